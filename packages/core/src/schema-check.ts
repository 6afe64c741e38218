/**
 * Checks a parsed YAML/JSON value against a subset of JSON Schema: the one the action's
 * ftbench.yml schema (so the schema shipped for editors is the one enforced) and the results
 * schema (results-reader.ts) use. Every problem names its key path and what is allowed there. A
 * keyword outside the subset throws: a schema keyword that is silently ignored would let bad
 * input through. Hand-written because no JSON Schema validator is among the dependencies.
 */

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface SchemaProblem {
  /** Where, e.g. `tasks[1].gates.acc.max-drop`; empty for the document itself. */
  path: string;
  message: string;
}

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'default', 'examples']);
const VALIDATIONS = new Set([
  'type',
  'properties',
  'additionalProperties',
  'required',
  'minProperties',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  '$ref',
]);

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

export function checkAgainstSchema(value: unknown, schema: JsonSchema): SchemaProblem[] {
  return checkNode(value, schema, schema, '');
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
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

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (ref === undefined) return schema;
  const match = /^#\/\$defs\/([^/]+)$/.exec(String(ref));
  const target = match ? (root.$defs as Record<string, JsonSchema> | undefined)?.[match[1]] : undefined;
  if (!target) throw new Error(`schema-check: unresolvable $ref ${String(ref)}`);
  return resolveRef(target, root);
}

/** The types the branches accept, in words. */
function describeAlternatives(branches: JsonSchema[]): string {
  return branches.map((branch) => TYPE_WORDS[branch.type as JsonType] ?? 'a value').join(' or ');
}

function closeKey(key: string, allowed: string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[_\s]/g, '-');
  return allowed.find((candidate) => normal(candidate) === normal(key));
}

function checkNode(value: unknown, rawSchema: JsonSchema, root: JsonSchema, path: string): SchemaProblem[] {
  const schema = resolveRef(rawSchema, root);
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !VALIDATIONS.has(keyword)) throw new Error(`schema-check: keyword "${keyword}" is not supported`);
  }
  const problem = (message: string): SchemaProblem[] => [{ path, message }];

  if (schema.anyOf) return checkAnyOf(value, (schema.anyOf as JsonSchema[]).map((branch) => resolveRef(branch, root)), root, path);
  const type = schema.type as JsonType | undefined;
  if (type && !hasType(value, type)) return problem(`must be ${TYPE_WORDS[type]}, got ${describeValue(value)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) {
    return problem(`must be one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`);
  }
  if (typeof value === 'number') return checkNumber(value, schema, path);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return problem('must not be empty');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
      return problem(`must match ${schema.pattern}, got ${describeValue(value)}`);
    }
    return [];
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      return problem(`must list at least ${schema.minItems} ${schema.minItems === 1 ? 'entry' : 'entries'}`);
    }
    const items = schema.items as JsonSchema | undefined;
    return items ? value.flatMap((item, i) => checkNode(item, items, root, childPath(path, i))) : [];
  }
  if (typeOf(value) === 'object') return checkObject(value as Record<string, unknown>, schema, root, path);
  return [];
}

function checkNumber(value: number, schema: JsonSchema, path: string): SchemaProblem[] {
  const bounds: [unknown, (limit: number) => boolean, string][] = [
    [schema.minimum, (limit) => value >= limit, '≥'],
    [schema.exclusiveMinimum, (limit) => value > limit, '>'],
    [schema.maximum, (limit) => value <= limit, '≤'],
    [schema.exclusiveMaximum, (limit) => value < limit, '<'],
  ];
  const broken = bounds.filter(([limit, holds]) => typeof limit === 'number' && !holds(limit));
  if (broken.length === 0) return [];
  const allowed = bounds
    .filter(([limit]) => typeof limit === 'number')
    .map(([limit, , sign]) => `${sign} ${limit}`)
    .join(' and ');
  return [{ path, message: `must be ${allowed}, got ${value}` }];
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, root: JsonSchema, path: string): SchemaProblem[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const allowed = Object.keys(properties);
  const problems: SchemaProblem[] = [];
  // As in JSON, a key whose value is undefined is absent (values checked before serialising may hold such keys).
  const present = (key: string) => Object.hasOwn(value, key) && value[key] !== undefined;
  const missing = ((schema.required as string[] | undefined) ?? []).filter((key) => !present(key)).map((key) => `"${key}"`);
  if (missing.length > 0) problems.push({ path, message: `missing required ${missing.length === 1 ? 'key' : 'keys'} ${missing.join(', ')}` });
  if (typeof schema.minProperties === 'number' && Object.keys(value).length < schema.minProperties) {
    problems.push({ path, message: `must set at least one of: ${allowed.join(', ')}` });
  }
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (Object.hasOwn(properties, key)) {
      problems.push(...checkNode(child, properties[key], root, childPath(path, key)));
    } else if (schema.additionalProperties === false) {
      const suggestion = closeKey(key, allowed);
      problems.push({
        path: childPath(path, key),
        message: `unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; allowed here: ${allowed.join(', ')}`,
      });
    } else if (typeof schema.additionalProperties === 'object') {
      problems.push(...checkNode(child, schema.additionalProperties as JsonSchema, root, childPath(path, key)));
    }
  }
  return problems;
}

/** The branch whose type fits the value decides the message; a value no branch's type fits gets the list of types. */
function checkAnyOf(value: unknown, branches: JsonSchema[], root: JsonSchema, path: string): SchemaProblem[] {
  const fitting = branches.filter((branch) => branch.type === undefined || hasType(value, branch.type as JsonType));
  if (fitting.length === 0) return [{ path, message: `must be ${describeAlternatives(branches)}, got ${describeValue(value)}` }];
  const results = fitting.map((branch) => checkNode(value, branch, root, path));
  return results.find((problems) => problems.length === 0) ?? results[0];
}
