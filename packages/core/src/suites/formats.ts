/**
 * Reading a suite file's text into plain data, per format (chosen by extension), keeping enough
 * position information to point every validation message at a line.
 */
import { extname } from 'node:path';
import { LineCounter, parseDocument, type Range } from 'yaml';
import { FtbenchError } from '../errors.js';

export type SuiteFormat = 'json' | 'jsonl' | 'yaml';

/** Path of a value inside the parsed data, e.g. ['items', 3] or [3] or ['mode']. */
export type DataPath = readonly (string | number)[];

export interface ParsedSuiteFile {
  format: SuiteFormat;
  /** The file's data: a list of items or the object form; undefined when the syntax was broken. */
  root: unknown;
  /** Syntax problems (invalid JSON, JSONL line or YAML), already located. */
  problems: string[];
  /** 1-based line of the value at `path`, when the format lets us know it. */
  lineOf(path: DataPath): number | undefined;
}

/**
 * yaml's guard against exponential alias expansion ("billion laughs"): the uses of an anchor times
 * the aliases nested in it. Its default (100) would refuse a plain `choices: *yes_no` on 101
 * items; this allows that and still stops a bomb a few levels deep.
 */
const MAX_YAML_ALIAS_EXPANSION = 10_000;

const FORMATS_BY_EXTENSION: Record<string, SuiteFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

export function suiteFormatOf(file: string): SuiteFormat {
  const extension = extname(file).toLowerCase();
  const format = FORMATS_BY_EXTENSION[extension];
  if (!format) {
    throw new FtbenchError(
      extension === '' ? `Suite file ${file} has no extension, which says its format.` : `Suite file ${file} has an unsupported extension "${extension}".`,
      'Name it .json (a list of items or {"items": [...]}), .jsonl (one item per line), .yaml or .yml.',
    );
  }
  return format;
}

export function parseSuiteFile(text: string, file: string): ParsedSuiteFile {
  const format = suiteFormatOf(file);
  if (format === 'jsonl') return parseJsonLines(text, file);
  if (format === 'json') return parseJson(text, file);
  return parseYaml(text, file);
}

/** "file:line:column" of a character offset in `text` (both 1-based). */
function positionOf(file: string, text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return `${file}:${before.split('\n').length}:${offset - lineStart + 1}`;
}

/** Whether JSON.parse fails on `text` before its end: what an incomplete but valid beginning does not do. */
function failsBeforeEnd(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/Unexpected end of JSON input/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !position || Number(position[1]) < text.length;
  }
}

/**
 * Where JSON.parse gave up on `text`, as a character offset. V8 names the position for some
 * errors only ("Unexpected token ']'" has none), so otherwise it is found as the shortest
 * beginning of the text that JSON.parse already rejects before its end: the offending character is
 * its last (a valid beginning of JSON stays valid when shortened, so a binary search finds it).
 */
function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsBeforeEnd(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return failsBeforeEnd(text.slice(0, low)) ? low - 1 : text.length;
}

/** V8's message without its own position (ours is in front) and on one line (it quotes the text). */
function jsonErrorMessage(error: unknown): string {
  return (error as Error).message.replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?/, '').replace(/\n/g, '\\n');
}

function parseJsonLines(text: string, file: string): ParsedSuiteFile {
  const items: unknown[] = [];
  const itemLines: number[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    try {
      items.push(JSON.parse(content));
      itemLines.push(line);
    } catch (error) {
      const column = jsonErrorOffset(content, (error as Error).message) + 1;
      problems.push(`${file}:${line}:${column} invalid JSON: ${jsonErrorMessage(error)}; each line must hold one item object`);
    }
  });
  return {
    format: 'jsonl',
    root: items,
    problems,
    lineOf: (path) => (path.length > 0 && typeof path[0] === 'number' ? itemLines[path[0]] : undefined),
  };
}

function parseJson(text: string, file: string): ParsedSuiteFile {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const where = positionOf(file, text, jsonErrorOffset(text, (error as Error).message));
    return { format: 'json', root: undefined, problems: [`${where} invalid JSON: ${jsonErrorMessage(error)}`], lineOf: () => undefined };
  }
  // JSON is YAML 1.2, so the YAML parser gives node positions; JSON.parse stays the judge of validity.
  const lineCounter = new LineCounter();
  const located = parseDocument(text, { lineCounter });
  const positions = located.errors.length === 0 ? nodeLineFinder(located, lineCounter) : () => undefined;
  return { format: 'json', root, problems: [], lineOf: positions };
}

function parseYaml(text: string, file: string): ParsedSuiteFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const start = error.linePos?.[0];
      // The first line of yaml's message is the description (ending in ":" or "at line L, column C:"); the rest is a source excerpt.
      const description = error.message.split('\n')[0].replace(/( at line \d+, column \d+)?:\s*$/, '');
      return `${start === undefined ? file : `${file}:${start.line}:${start.col}`} invalid YAML: ${description}`;
    });
    return { format: 'yaml', root: undefined, problems, lineOf: () => undefined };
  }
  try {
    return { format: 'yaml', root: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSION }), problems: [], lineOf: nodeLineFinder(document, lineCounter) };
  } catch (error) {
    if (!(error instanceof ReferenceError && /alias/i.test(error.message))) throw error;
    const problem = `${file} invalid YAML: its aliases (*name) expand to more than ${MAX_YAML_ALIAS_EXPANSION} copies, as an "alias bomb" does; write the repeated parts out`;
    return { format: 'yaml', root: undefined, problems: [problem], lineOf: () => undefined };
  }
}

function nodeLineFinder(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter): (path: DataPath) => number | undefined {
  return (path) => {
    const node = document.getIn(path, true) as { range?: Range } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}
