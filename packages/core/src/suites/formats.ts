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
      `Suite file ${file} has an unsupported extension "${extension}".`,
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

/**
 * Line of a JSON syntax error: from V8's "at position N" when it gives one, else from the YAML
 * parser's first error on the same text (some V8 messages, e.g. "Unexpected token", carry no offset).
 */
function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  return parseDocument(text).errors[0]?.linePos?.[0].line;
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
      // V8 counts lines within the one line it was given; the column is what helps here.
      const message = (error as Error).message.replace(/\(line 1 column (\d+)\)/, '(column $1)');
      problems.push(`${file}:${line} invalid JSON: ${message}; each line must hold one item object`);
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
    // V8's message quotes the offending text, newlines included: keep the problem on one line.
    const message = (error as Error).message.replace(/\n/g, '\\n');
    const line = jsonErrorLine(text, message);
    const where = line === undefined ? file : `${file}:${line}`;
    return { format: 'json', root: undefined, problems: [`${where} invalid JSON: ${message}`], lineOf: () => undefined };
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
      const line = error.linePos?.[0].line;
      // The first line of yaml's message is the description (ending in ":"); the rest is a source excerpt.
      const description = error.message.split('\n')[0].replace(/:\s*$/, '');
      return `${line === undefined ? file : `${file}:${line}`} invalid YAML: ${description}`;
    });
    return { format: 'yaml', root: undefined, problems, lineOf: () => undefined };
  }
  return { format: 'yaml', root: document.toJS(), problems: [], lineOf: nodeLineFinder(document, lineCounter) };
}

function nodeLineFinder(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): (path: DataPath) => number | undefined {
  return (path) => {
    const node = document.getIn(path, true) as { range?: Range } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}
