/**
 * Reads the original public releases of the benchmarks from a directory (`--data-dir`) and returns rows
 * in the column layout of the Hugging Face datasets lm-evaluation-harness loads, so the same task code
 * runs on either.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import type { DatasetRef, RawDoc } from '../tasks/types.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import type { DatasetSource, LoadedSplit } from './source.js';
import { sha256Hex } from '../hash.js';

export const LOCAL_RELEASE_LAYOUT = [
  'mmlu/{test,dev,val}/<subject>_{test,dev,val}.csv   (header question,choice0,choice1,choice2,choice3,answer)',
  'truthfulqa/v0/mc_task.json',
  'hellaswag/hellaswag_{train,val,test}.jsonl',
  'arc/<ARC-Easy|ARC-Challenge>/<ARC-Easy|ARC-Challenge>-{Train,Dev,Test}.jsonl',
  'winogrande/{train_xl,dev,test}.jsonl',
].join('\n');

/** Where one split of one dataset lives in the release, and how its text becomes Hub rows. */
interface ReleaseFile {
  relativePath: string;
  toRows(text: string, where: string): RawDoc[];
}

type Locator = (name: string | undefined, split: string) => ReleaseFile | undefined;

const MMLU_SPLIT_FILES: Record<string, string> = { test: 'test', dev: 'dev', validation: 'val' };
const HELLASWAG_SPLIT_FILES: Record<string, string> = { train: 'train', validation: 'val', test: 'test' };
const ARC_SPLIT_FILES: Record<string, string> = { train: 'Train', validation: 'Dev', test: 'Test' };
const WINOGRANDE_SPLIT_FILES: Record<string, string> = { train: 'train_xl', validation: 'dev', test: 'test' };

const LOCATORS: Record<string, Locator> = {
  'cais/mmlu': (subject, split) => {
    const suffix = MMLU_SPLIT_FILES[split];
    if (!subject || !suffix || subject.includes('/') || subject.includes('\\')) return undefined;
    return { relativePath: `mmlu/${suffix}/${subject}_${suffix}.csv`, toRows: (text, where) => mmluRows(text, subject, where) };
  },
  'truthfulqa/truthful_qa': (name, split) =>
    name === 'multiple_choice' && split === 'validation'
      ? { relativePath: 'truthfulqa/v0/mc_task.json', toRows: truthfulqaRows }
      : undefined,
  'Rowan/hellaswag': (name, split) => {
    const file = HELLASWAG_SPLIT_FILES[split];
    if (name !== undefined || !file) return undefined;
    return { relativePath: `hellaswag/hellaswag_${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, hellaswagRow) };
  },
  'allenai/ai2_arc': (config, split) => {
    const file = ARC_SPLIT_FILES[split];
    if ((config !== 'ARC-Easy' && config !== 'ARC-Challenge') || !file) return undefined;
    return { relativePath: `arc/${config}/${config}-${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, arcRow) };
  },
  'allenai/winogrande': (config, split) => {
    const file = WINOGRANDE_SPLIT_FILES[split];
    if (config !== 'winogrande_xl' || !file) return undefined;
    return { relativePath: `winogrande/${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, winograndeRow) };
  },
};

export class LocalReleaseSource implements DatasetSource {
  constructor(readonly dataDir: string) {}

  async loadSplit(ref: DatasetRef, split: string): Promise<LoadedSplit> {
    const described = `${ref.path}${ref.name ? ` (${ref.name})` : ''} split "${split}"`;
    const release = LOCATORS[ref.path]?.(ref.name, split);
    if (!release) {
      throw new FtbenchError(
        `--data-dir has no local release for ${described}.`,
        `Local releases are read from this layout under --data-dir:\n${LOCAL_RELEASE_LAYOUT}`,
      );
    }
    const file = path.join(this.dataDir, release.relativePath);
    const bytes = await readRelease(file, described);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FtbenchError(`${file} is not valid UTF-8 text.`, 'Use the file exactly as the benchmark publishes it.');
    }
    return {
      rows: release.toRows(text, file),
      revision: sha256Hex(bytes),
      origin: file,
    };
  }
}

async function readRelease(file: string, described: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new FtbenchError(
      `Missing ${file}, needed for ${described}.`,
      `Put the original release there; --data-dir must follow this layout:\n${LOCAL_RELEASE_LAYOUT}`,
    );
  }
}

function malformed(where: string, problem: string): FtbenchError {
  return new FtbenchError(`${where}: ${problem}`, 'Use the file exactly as the benchmark publishes it.');
}

const MMLU_HEADER = ['question', 'choice0', 'choice1', 'choice2', 'choice3', 'answer'];

/** `cais/mmlu` rows: `{question, subject, choices, answer}` with `answer` the 0-based index. */
function mmluRows(text: string, subject: string, where: string): RawDoc[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw malformed(where, error.message);
    throw error;
  }
  const [header, ...rows] = records;
  if (header?.join(',') !== MMLU_HEADER.join(',')) {
    throw malformed(where, `expected the header "${MMLU_HEADER.join(',')}", found "${header?.join(',') ?? ''}"`);
  }
  return rows.map((row, i) => {
    const [question, choice0, choice1, choice2, choice3, answer] = row;
    if (row.length !== MMLU_HEADER.length || !/^[0-3]$/.test(answer)) {
      throw malformed(`${where} record ${i + 1}`, 'expected 6 fields ending with an answer index 0-3');
    }
    return { question, subject, choices: [choice0, choice1, choice2, choice3], answer: Number(answer) };
  });
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformed(where, `invalid JSON (${(error as Error).message})`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a release row is whatever JSON the file holds; each family's own code reads its fields
type ReleaseRow = Record<string, any>;

/** One Hub row per non-blank line of a JSON Lines release. */
function jsonlRows(text: string, where: string, toHubRow: (row: ReleaseRow, at: string) => RawDoc): RawDoc[] {
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

function requireStrings(row: ReleaseRow, fields: readonly string[], at: string): void {
  const missing = fields.filter((field) => typeof row[field] !== 'string');
  if (missing.length > 0) throw malformed(at, `expected string fields ${missing.join(', ')}`);
}

/** `truthfulqa/truthful_qa` `multiple_choice` rows; in the release, each targets object's key order is the choice order. */
function truthfulqaRows(text: string, where: string): RawDoc[] {
  const questions = parseJson(text, where);
  if (!Array.isArray(questions)) throw malformed(where, 'expected a JSON array of questions');
  return questions.map((item: ReleaseRow, i) => {
    const at = `${where} question ${i + 1}`;
    requireStrings(item ?? {}, ['question'], at);
    return {
      question: item.question,
      mc1_targets: targetsFromRelease(item.mc1_targets, `${at} mc1_targets`),
      mc2_targets: targetsFromRelease(item.mc2_targets, `${at} mc2_targets`),
    };
  });
}

function targetsFromRelease(targets: unknown, where: string): { choices: string[]; labels: number[] } {
  if (typeof targets !== 'object' || targets === null) throw malformed(where, 'expected an object of answer: 0|1');
  const choices = Object.keys(targets);
  // JavaScript lists integer-like keys first, which would silently reorder the choices.
  if (choices.some((choice) => /^(0|[1-9]\d*)$/.test(choice))) {
    throw malformed(where, 'an answer that is a bare integer cannot keep its position when read in JavaScript');
  }
  return { choices, labels: Object.values(targets as Record<string, number>) };
}

/** `Rowan/hellaswag` rows: the release's fields, with `label` as a string ("" in the unlabeled test split). */
function hellaswagRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['activity_label', 'ctx_a', 'ctx_b'], at);
  if (!Array.isArray(row.endings)) throw malformed(at, 'expected an "endings" list');
  return {
    ind: row.ind,
    activity_label: row.activity_label,
    ctx_a: row.ctx_a,
    ctx_b: row.ctx_b,
    ctx: row.ctx,
    endings: row.endings,
    source_id: row.source_id,
    split: row.split,
    split_type: row.split_type,
    label: row.label === undefined ? '' : String(row.label),
  };
}

/** `allenai/ai2_arc` rows: the question stem, and the choices as parallel text and label lists. */
function arcRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['id', 'answerKey'], at);
  requireStrings(row.question ?? {}, ['stem'], `${at} question`);
  const choices: { text: string; label: string }[] = row.question.choices;
  if (!Array.isArray(choices)) throw malformed(at, 'expected a "question.choices" list');
  return {
    id: row.id,
    question: row.question.stem,
    choices: { text: choices.map((choice) => choice.text), label: choices.map((choice) => choice.label) },
    answerKey: row.answerKey,
  };
}

/** `allenai/winogrande` rows: no `qID` column, and `answer` "" in the unlabeled test split. */
function winograndeRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['sentence', 'option1', 'option2'], at);
  return { sentence: row.sentence, option1: row.option1, option2: row.option2, answer: row.answer ?? '' };
}
