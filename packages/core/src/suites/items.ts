/**
 * Validation and normalization of a parsed suite file. Every problem is collected (not just the
 * first), each pointing at file, line or item, and field, saying what is wrong and what is allowed.
 */
import { UNCATEGORIZED } from '../metrics/aggregate.js';
import type { DataPath, ParsedSuiteFile } from './formats.js';
import type { SuiteItem, SuiteMode } from './types.js';

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 26;
const DEFAULT_MAX_NEW_TOKENS = 32;
const MODES: readonly SuiteMode[] = ['loglikelihood', 'generate'];
const TOP_LEVEL_FIELDS = ['name', 'mode', 'max_new_tokens', 'fewshot', 'items'];

export interface SuiteContent {
  /** The file's own `name`, if it gives one. */
  name?: string;
  mode: SuiteMode;
  maxNewTokens: number;
  items: SuiteItem[];
  fewshot: SuiteItem[];
}

/** "A" for 0, "B" for 1, ... */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A suite's items and settings, or every problem found in the file. */
export function readSuiteContent(parsed: ParsedSuiteFile, file: string): { content?: SuiteContent; problems: string[] } {
  // Broken JSON or YAML leaves nothing to check; a JSONL file still has its other lines.
  if (parsed.root === undefined) return { problems: parsed.problems };
  const problems = [...parsed.problems];
  const fieldProblem = (path: DataPath, field: string, message: string) => problems.push(`${locationOf(parsed, file, path)} field "${field}": ${message}`);

  const root = parsed.root;
  let settings: Record<string, unknown> = {};
  let itemsPath: DataPath = [];
  if (isPlainObject(root)) {
    settings = root;
    itemsPath = ['items'];
    for (const key of Object.keys(root).filter((key) => !TOP_LEVEL_FIELDS.includes(key))) {
      fieldProblem([key], key, `unknown; the allowed top-level fields are ${TOP_LEVEL_FIELDS.join(', ')}`);
    }
  } else if (!Array.isArray(root)) {
    return {
      problems: [`${file}: must hold a list of items, or an object with "items": [...] (got ${describeType(root)})`],
    };
  }

  const name = settings.name;
  if (name !== undefined && !isNonEmptyString(name)) fieldProblem(['name'], 'name', `must be a non-empty string (got ${describe(name)})`);
  const mode = settings.mode ?? 'loglikelihood';
  if (!MODES.includes(mode as SuiteMode)) {
    fieldProblem(['mode'], 'mode', `${describe(mode)} is not a mode; use ${MODES.map((m) => `"${m}"`).join(' or ')}`);
  }
  const maxNewTokens = settings.max_new_tokens ?? DEFAULT_MAX_NEW_TOKENS;
  if (!Number.isInteger(maxNewTokens) || (maxNewTokens as number) < 1) {
    fieldProblem(['max_new_tokens'], 'max_new_tokens', `must be a positive integer (got ${describe(maxNewTokens)})`);
  }

  const rawItems = Array.isArray(root) ? root : settings.items;
  if (!Array.isArray(rawItems)) {
    problems.push(
      rawItems === undefined
        ? `${file} field "items": missing; give the questions as "items": [...]`
        : `${locationOf(parsed, file, itemsPath)} field "items": must be a list of items (got ${describeType(rawItems)})`,
    );
  } else if (rawItems.length === 0) {
    problems.push(`${file}: has no items; a suite needs at least one question`);
  }
  const rawFewshot = settings.fewshot ?? [];
  if (!Array.isArray(rawFewshot)) fieldProblem(['fewshot'], 'fewshot', `must be a list of items (got ${describeType(rawFewshot)})`);

  const items = normalizeList(parsed, file, 'items', itemsPath, Array.isArray(rawItems) ? rawItems : [], problems);
  const fewshot = normalizeList(parsed, file, 'fewshot', ['fewshot'], Array.isArray(rawFewshot) ? rawFewshot : [], problems);
  if (problems.length > 0) return { problems };
  return {
    content: { name: name as string | undefined, mode: mode as SuiteMode, maxNewTokens: maxNewTokens as number, items, fewshot },
    problems: [],
  };
}

/** "suite.jsonl:7" for JSONL; "suite.yaml:12 items[3]" (or "suite.json items[3]" without a line) otherwise. */
function locationOf(parsed: ParsedSuiteFile, file: string, path: DataPath, label?: string): string {
  const line = parsed.lineOf(path);
  const at = line === undefined ? file : `${file}:${line}`;
  return parsed.format === 'jsonl' || label === undefined ? at : `${at} ${label}`;
}

function normalizeList(
  parsed: ParsedSuiteFile,
  file: string,
  listName: 'items' | 'fewshot',
  listPath: DataPath,
  rawItems: readonly unknown[],
  problems: string[],
): SuiteItem[] {
  const items: SuiteItem[] = [];
  const firstLocationById = new Map<string, string>();
  rawItems.forEach((raw, index) => {
    const path = [...listPath, index];
    const where = locationOf(parsed, file, path, `${listName}[${index}]`);
    const { item, id, problems: itemProblems } = normalizeItem(raw, index, where, parsed.lineOf(path));
    problems.push(...itemProblems);
    if (id === undefined) return;
    const firstLocation = firstLocationById.get(id);
    if (firstLocation !== undefined) {
      problems.push(`${where} field "id": "${id}" is already used by ${firstLocation}; ids must be unique`);
    } else {
      firstLocationById.set(id, where);
      if (item) items.push(item);
    }
  });
  return items;
}

/**
 * One item, normalized: id as a string (default: its position), choices without letter prefixes,
 * answer as an index. The id comes back whenever it is valid, so duplicates are found even in bad items.
 */
export function normalizeItem(raw: unknown, index: number, where: string, line?: number): { item?: SuiteItem; id?: string; problems: string[] } {
  if (!isPlainObject(raw)) {
    return {
      problems: [`${where}: an item must be an object with "question", "choices" and "answer" (got ${describeType(raw)})`],
    };
  }
  const problems: string[] = [];
  const fieldProblem = (field: string, message: string) => problems.push(`${where} field "${field}": ${message}`);

  const { id = index, category = UNCATEGORIZED, question, choices, answer } = raw;
  const validId = isNonEmptyString(id) || Number.isInteger(id) ? String(id) : undefined;
  if (validId === undefined) fieldProblem('id', `must be a string or an integer (got ${describe(id)})`);
  if (!isNonEmptyString(category)) fieldProblem('category', `must be a non-empty string (got ${describe(category)})`);

  if (question === undefined) fieldProblem('question', 'missing; every item needs the question text');
  else if (typeof question !== 'string') fieldProblem('question', `must be a string (got ${describe(question)})`);
  else if (question.trim() === '') fieldProblem('question', 'is empty');

  const normalizedChoices = normalizeChoices(choices, fieldProblem);
  // The answer's range is checkable as soon as the number of choices is right, even if a choice is bad.
  const answerIndex = normalizeAnswer(answer, hasAllowedChoiceCount(choices) ? choices.length : undefined, fieldProblem);

  if (problems.length > 0) return { id: validId, problems };
  return {
    id: validId,
    item: {
      id: validId as string,
      category: (category as string).trim(),
      // Trimmed as lm-eval's MMLU template strips the question; stray YAML newlines would break the prompt layout.
      question: (question as string).trim(),
      choices: normalizedChoices as string[],
      answer: answerIndex as number,
      ...(line === undefined ? {} : { line }),
    },
    problems: [],
  };
}

type FieldProblem = (field: string, message: string) => void;

/** The item's choices, normalized, or undefined after reporting what is wrong with them. */
function normalizeChoices(choices: unknown, fieldProblem: FieldProblem): string[] | undefined {
  if (choices === undefined) {
    fieldProblem('choices', `missing; give a list of ${MIN_CHOICES}–${MAX_CHOICES} answer texts`);
    return undefined;
  }
  if (!Array.isArray(choices)) {
    fieldProblem('choices', `must be a list of ${MIN_CHOICES}–${MAX_CHOICES} strings (got ${describeType(choices)})`);
    return undefined;
  }
  if (!hasAllowedChoiceCount(choices)) {
    const count = choices.length === 1 ? '1 choice' : `${choices.length} choices`;
    fieldProblem('choices', `has ${count}; between ${MIN_CHOICES} and ${MAX_CHOICES} (A–Z) are allowed`);
    return undefined;
  }
  const stripped = stripLetterPrefixes(choices.map((choice) => (typeof choice === 'string' ? choice : '')));
  const choiceProblems = choices.map((choice, i) => {
    if (typeof choice !== 'string') return `must be a string (got ${describe(choice)}); quote it`;
    return stripped[i].trim() === '' ? 'is empty; every choice needs answer text' : undefined;
  });
  choiceProblems.forEach((problem, i) => problem && fieldProblem(`choices[${i}]`, problem));
  return choiceProblems.some(Boolean) ? undefined : stripped.map((choice) => choice.trim());
}

function hasAllowedChoiceCount(choices: unknown): choices is unknown[] {
  return Array.isArray(choices) && choices.length >= MIN_CHOICES && choices.length <= MAX_CHOICES;
}

const LETTER_PREFIX = /^([A-Z])[.):]\s+/;

/**
 * Drops "A. ", "B) ", "C: " prefixes, but only when every choice carries its own letter in
 * sequence: an answer text that happens to start with "A. " among unprefixed choices is content.
 */
export function stripLetterPrefixes(choices: readonly string[]): string[] {
  const allPrefixed = choices.every((choice, i) => LETTER_PREFIX.exec(choice)?.[1] === choiceLetter(i));
  return allPrefixed ? choices.map((choice) => choice.replace(LETTER_PREFIX, '')) : [...choices];
}

/** The answer as a 0-based index; `numChoices` is undefined when the choices were invalid (range unchecked). */
function normalizeAnswer(answer: unknown, numChoices: number | undefined, fieldProblem: FieldProblem): number | undefined {
  const allowed =
    numChoices === undefined
      ? 'a choice letter (A, B, …) or a 0-based index (0, 1, …)'
      : `a letter A–${choiceLetter(numChoices - 1)} or a 0-based index 0–${numChoices - 1}`;
  let index: number;
  if (answer === undefined) {
    fieldProblem('answer', `missing; give the correct choice as ${allowed}`);
    return undefined;
  } else if (typeof answer === 'string' && /^[A-Za-z]$/.test(answer.trim())) {
    index = answer.trim().toUpperCase().charCodeAt(0) - 65;
  } else if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 0) {
    index = answer;
  } else {
    fieldProblem('answer', `${describe(answer)} is not a valid answer; use ${allowed}`);
    return undefined;
  }
  if (numChoices !== undefined && index >= numChoices) {
    fieldProblem('answer', `${describe(answer)} is not one of the item's ${numChoices} choices; use ${allowed}`);
    return undefined;
  }
  return index;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A short rendering of a bad value for messages, e.g. `"E"`, `3.5`, `a list`. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}
