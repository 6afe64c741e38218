import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FtbenchError } from '../errors.js';
import { suiteTaskName } from '../task-ref.js';
import { parseSuiteFile, suiteFormatOf } from './formats.js';
import { MAX_CHOICES, MIN_CHOICES, readSuiteContent } from './items.js';
import { buildSuiteTask } from './task.js';
import type { Suite, SuiteItem } from './types.js';
import { sha256Hex } from '../hash.js';

/** The bundled demo suite in packages/core/demo (same relative path from src/ and dist/). */
export const DEMO_SUITE_PATH = fileURLToPath(new URL('../../demo/pharmacology.jsonl', import.meta.url));

const SUITE_FORMAT_HINT =
  `Each item needs "question" (text), "choices" (${MIN_CHOICES}–${MAX_CHOICES} strings, "A. " prefixes optional) and ` +
  '"answer" (a letter such as "B", or a 0-based index); "id" and "category" are optional.';

export async function loadSuite(path: string): Promise<Suite> {
  if (path.trim() === '') {
    throw new FtbenchError(
      '"suite:" needs the path of a suite file after it.',
      'e.g. --tasks suite:suites/pharmacy.jsonl, or suite:hf://org/name/suite.jsonl for a Hub dataset.',
    );
  }
  suiteFormatOf(path); // reject an unsupported extension before touching the disk
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${(error as Error).message})`;
    throw new FtbenchError(`Suite file ${path} ${reason}.`, 'Check the path passed as the suite.');
  }
  return parseSuite(bytes, path);
}

/**
 * A suite file's bytes as text. Anything but UTF-8 is refused with the offset of the first bad
 * byte: decoding it leniently would turn accented letters into U+FFFD and change the prompts
 * silently. TextDecoder drops a byte-order mark (Windows editors write one).
 */
export function decodeSuiteText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    throw new FtbenchError(
      `Suite file ${file} is not valid UTF-8: byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} (line ${line}).`,
      'Save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8), so every question reads as written.',
    );
  }
}

/**
 * Offset of the first byte that starts no valid UTF-8 sequence: the end of the longest beginning
 * that decodes as complete characters plus, possibly, one unfinished sequence (which is where it starts).
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decodesAsStart = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0; // longest beginning that decodes
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (decodesAsStart(middle)) low = middle;
    else high = middle - 1;
  }
  // An unfinished sequence at the end of that beginning is the bad one: back up to its lead byte.
  let start = low;
  while (start > low - 3 && start > 0 && !decodesCompletely(bytes.subarray(0, start))) start--;
  return start;
}

function decodesCompletely(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A suite from its file text or bytes; `file` names it in messages and decides the format by extension. */
export function parseSuite(source: string | Uint8Array, file: string): Suite {
  const text = typeof source === 'string' ? source : decodeSuiteText(source, file);
  // TextDecoder drops a byte-order mark from bytes; text given as a string may still start with one, which JSON.parse rejects.
  const { content, problems } = readSuiteContent(parseSuiteFile(text.replace(/^\uFEFF/, ''), file), file);
  if (!content) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new FtbenchError(`Suite ${file} has ${count}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, SUITE_FORMAT_HINT);
  }
  const name = content.name ?? basename(file, extname(file));
  const version = contentVersion(content.items, content.fewshot);
  return {
    name,
    path: file,
    mode: content.mode,
    maxNewTokens: content.maxNewTokens,
    version,
    items: content.items,
    fewshot: content.fewshot,
    task: buildSuiteTask({ name: suiteTaskName(name), version, path: file, topic: content.name, numFewshot: content.fewshot.length }),
  };
}

/** sha256 over what the model is asked (items and examples), not over file layout or line numbers. */
function contentVersion(items: readonly SuiteItem[], fewshot: readonly SuiteItem[]): string {
  const withoutLines = (list: readonly SuiteItem[]) => list.map(({ id, category, question, choices, answer }) => ({ id, category, question, choices, answer }));
  return sha256Hex(JSON.stringify({ items: withoutLines(items), fewshot: withoutLines(fewshot) }));
}
