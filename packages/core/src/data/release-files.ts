/**
 * What a task family declares about the original public release of its benchmark (read with
 * `--data-dir`): where each split lives and how its text becomes rows in the column layout of the
 * Hugging Face dataset lm-evaluation-harness loads, so the same task code runs on either. The
 * readers here are shared by the families; data/local-release.ts reads the files.
 */
import { FtbenchError } from '../errors.js';
import type { RawDoc } from '../tasks/types.js';

/** Where one split of one dataset lives in the release, and how its text becomes Hub rows. */
export interface ReleaseFile {
  relativePath: string;
  toRows(text: string, where: string): RawDoc[];
}

export interface LocalRelease {
  /** The Hub dataset the release stands for, e.g. `allenai/ai2_arc`. */
  dataset: string;
  /** Its files under --data-dir, one line, for messages. */
  layout: string;
  /** The file of a config and split, or undefined when the release has none. */
  locate(config: string | undefined, split: string): ReleaseFile | undefined;
}

export function malformed(where: string, problem: string): FtbenchError {
  return new FtbenchError(`${where}: ${problem}`, 'Use the file exactly as the benchmark publishes it.');
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformed(where, `invalid JSON (${(error as Error).message})`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a release row is whatever JSON the file holds; each family's own code reads its fields
export type ReleaseRow = Record<string, any>;

/** One Hub row per non-blank line of a JSON Lines release. */
export function jsonlRows(text: string, where: string, toHubRow: (row: ReleaseRow, at: string) => RawDoc): RawDoc[] {
  const rows: RawDoc[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${where} line ${i + 1}`;
    const row = parseJson(line, at);
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw malformed(at, 'expected a JSON object');
    rows.push(toHubRow(row as ReleaseRow, at));
  });
  return rows;
}

export function requireStrings(row: ReleaseRow, fields: readonly string[], at: string): void {
  const missing = fields.filter((field) => typeof row[field] !== 'string');
  if (missing.length > 0) throw malformed(at, `expected string fields ${missing.join(', ')}`);
}
