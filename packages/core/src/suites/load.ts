import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FtbenchError } from '../errors.js';
import { parseSuiteFile, suiteFormatOf } from './formats.js';
import { MAX_CHOICES, MIN_CHOICES, readSuiteContent } from './items.js';
import { buildSuiteTask } from './task.js';
import type { Suite, SuiteItem } from './types.js';

/** The bundled demo suite (copied next to the compiled module at build time). */
/** The bundled demo suite in packages/core/demo (same relative path from src/ and dist/). */
export const DEMO_SUITE_PATH = fileURLToPath(new URL('../../demo/pharmacology.jsonl', import.meta.url));

const SUITE_FORMAT_HINT =
  `Each item needs "question" (text), "choices" (${MIN_CHOICES}–${MAX_CHOICES} strings, "A. " prefixes optional) and ` +
  '"answer" (a letter such as "B", or a 0-based index); "id" and "category" are optional.';

export async function loadSuite(path: string): Promise<Suite> {
  suiteFormatOf(path); // reject an unsupported extension before touching the disk
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new FtbenchError(`Suite file ${path} ${reason}.`, 'Check the path passed as the suite.');
  }
  return parseSuite(text, path);
}

/** A suite from its file text; `file` names it in messages and decides the format by extension. */
export function parseSuite(text: string, file: string): Suite {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
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
    task: buildSuiteTask({ name: `suite:${name}`, version, path: file, topic: content.name, numFewshot: content.fewshot.length }),
  };
}

/** sha256 over what the model is asked (items and examples), not over file layout or line numbers. */
function contentVersion(items: readonly SuiteItem[], fewshot: readonly SuiteItem[]): string {
  const withoutLines = (list: readonly SuiteItem[]) =>
    list.map(({ id, category, question, choices, answer }) => ({ id, category, question, choices, answer }));
  return createHash('sha256').update(JSON.stringify({ items: withoutLines(items), fewshot: withoutLines(fewshot) })).digest('hex');
}
