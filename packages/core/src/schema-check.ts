/**
 * Checks a parsed YAML/JSON value against a JSON Schema (draft 2020-12): the action's ftbench.yml
 * schema (so the schema shipped for editors is the one enforced) and the results schema
 * (results-reader.ts). Ajv validates; this module only words its findings: every problem names
 * its key path (`tasks[1].gates.acc.max-drop`) and what is allowed there, an unknown key gets a
 * "did you mean" hint, and problems come in the order of the document. Ajv's strict mode refuses
 * a schema keyword it does not know: a keyword that is silently ignored would let bad input through.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface SchemaProblem {
  /** Where, e.g. `tasks[1].gates.acc.max-drop`; empty for the document itself. */
  path: string;
  message: string;
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

const TYPE_WORDS: Record<JsonType, string> = {
  object: 'a mapping of keys to values',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

export function checkAgainstSchema(value: unknown, schema: JsonSchema): SchemaProblem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  // As in JSON, a key whose value is undefined is absent (values checked before serialising may hold such keys).
  const document = withoutUndefined(value);
  if (validate(document)) return [];
  return describeErrors(validate.errors ?? [], document);
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (child === undefined ? [] : [[key, withoutUndefined(child)]])));
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** How a value is shown in a message: short, and typed ("3%" is a string, 3 a number). */
export function describeValue(value: unknown): string {
  const type = typeOf(value);
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  // undefined and functions have no JSON text.
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A JSON pointer's segments (`/tasks/1/a~1b` → tasks, 1, a/b). */
function pointerSegments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `tasks[1].gates.acc`: list positions in brackets, keys after dots. */
function keyPath(document: unknown, segments: readonly string[]): string {
  let path = '';
  let node = document;
  for (const segment of segments) {
    path = Array.isArray(node) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

/** The position of every key path in a depth-first walk of the document: problems are listed in that order. */
function documentOrder(document: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (node: unknown, segments: string[]): void => {
    order.set(segments.join('\0'), order.size);
    if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...segments, key]);
  };
  walk(document, []);
  return order;
}

function closeKey(key: string, allowed: string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[_\s]/g, '-');
  return allowed.find((candidate) => normal(candidate) === normal(key));
}

function boundsMessage(schema: JsonSchema, value: unknown): string {
  const bounds: [unknown, string][] = [
    [schema.minimum, '≥'],
    [schema.exclusiveMinimum, '>'],
    [schema.maximum, '≤'],
    [schema.exclusiveMaximum, '<'],
  ];
  const allowed = bounds
    .filter(([limit]) => typeof limit === 'number')
    .map(([limit, sign]) => `${sign} ${limit}`)
    .join(' and ');
  return `must be ${allowed}, got ${value}`;
}

interface Worded extends SchemaProblem {
  /** Where the problem sits in the document, and, at one place, which comes first. */
  segments: string[];
  rank: number;
  wrongType?: boolean;
}

/** One error of Ajv in words, or null for one that only says a branch failed (its own errors say why). */
function wordError(error: ErrorObject, document: unknown): Worded | null {
  const segments = pointerSegments(error.instancePath);
  const schema = (error.parentSchema ?? {}) as JsonSchema;
  const at = (message: string, rank = 1, where = segments): Worded => ({ path: keyPath(document, where), message, segments: where, rank });
  const allowedKeys = () => Object.keys((schema.properties ?? {}) as object);
  switch (error.keyword) {
    case 'type': {
      const declared = error.params.type as JsonType | JsonType[];
      const types = Array.isArray(declared) ? declared : [declared];
      return { ...at(`must be ${types.map((type) => TYPE_WORDS[type]).join(' or ')}, got ${describeValue(error.data)}`, 0), wrongType: true };
    }
    case 'enum':
      return at(`must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(error.data)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(boundsMessage(schema, error.data));
    case 'minLength':
      return at('must not be empty');
    case 'pattern':
      return at(`must match ${error.params.pattern}, got ${describeValue(error.data)}`);
    case 'minItems': {
      const n = error.params.limit as number;
      return at(`must list at least ${n} ${n === 1 ? 'entry' : 'entries'}`);
    }
    case 'required':
      return at(`missing required key "${error.params.missingProperty}"`, 0.25);
    case 'minProperties':
      return at(`must set at least one of: ${allowedKeys().join(', ')}`, 0.5);
    case 'additionalProperties': {
      const key = error.params.additionalProperty as string;
      const suggestion = closeKey(key, allowedKeys());
      return at(`unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; allowed here: ${allowedKeys().join(', ')}`, 1, [...segments, key]);
    }
    case 'if':
      return null;
    default:
      return at(error.message ?? `fails ${error.keyword}`);
  }
}

function describeErrors(errors: readonly ErrorObject[], document: unknown): SchemaProblem[] {
  const worded = errors.map((error) => wordError(error, document)).filter((problem): problem is Worded => problem !== null);
  // A value of the wrong type gets that one problem: what its other branches or keywords say of it is noise.
  const wrongType = worded.filter((problem) => problem.wrongType).map((problem) => problem.segments);
  const under = (segments: string[], prefix: string[]) => prefix.length <= segments.length && prefix.every((segment, i) => segments[i] === segment);
  const kept = worded.filter((problem) => problem.wrongType || !wrongType.some((prefix) => under(problem.segments, prefix)));
  // Several missing keys of one mapping are one problem, as are several broken bounds of one number.
  const merged: Worded[] = [];
  for (const problem of kept) {
    const same = merged.find((earlier) => earlier.path === problem.path && earlier.rank === problem.rank);
    // The first type problem of a value is the schema's own; later ones come from the branch that was tried for it.
    if (same?.wrongType && problem.wrongType) continue;
    if (same && problem.message.startsWith('missing required key') && same.message.startsWith('missing required key')) {
      same.message = `missing required keys ${[same.message, problem.message].map((m) => m.replace(/^missing required keys? /, '')).join(', ')}`;
    } else if (!merged.some((earlier) => earlier.path === problem.path && earlier.message === problem.message)) {
      merged.push({ ...problem });
    }
  }
  const order = documentOrder(document);
  const position = (problem: Worded) => order.get(problem.segments.join('\0')) ?? order.size;
  return merged.sort((a, b) => position(a) - position(b) || a.rank - b.rank).map(({ path, message }) => ({ path, message }));
}
