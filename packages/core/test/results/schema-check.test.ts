/** How schema problems are worded: key paths, allowed values, hints, in the document's order. */
import { describe, expect, it } from 'vitest';
import { checkAgainstSchema } from '../../src/schema-check.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'size', 'tags'],
  properties: {
    name: { type: 'string', minLength: 1 },
    size: { type: 'integer', minimum: 1, maximum: 9 },
    'max-drop': { type: 'number' },
    tags: { type: 'array', items: { type: ['string', 'null'] } },
    nested: { type: 'object', additionalProperties: { enum: ['a', 'b'] } },
  },
} as const;

describe('checkAgainstSchema', () => {
  it('words each problem with its key path, in the order of the document', () => {
    expect(checkAgainstSchema({ max_drop: 1, size: 12, tags: ['x', 3], nested: { k: 'c' }, name: '' }, schema)).toEqual([
      { path: 'max_drop', message: 'unknown key (did you mean "max-drop"?); allowed here: name, size, max-drop, tags, nested' },
      { path: 'size', message: 'must be ≥ 1 and ≤ 9, got 12' },
      { path: 'tags[1]', message: 'must be a string or null, got 3' },
      { path: 'nested.k', message: 'must be one of "a", "b", got "c"' },
      { path: 'name', message: 'must not be empty' },
    ]);
  });

  it('lists missing keys as one problem, and takes a key whose value is undefined as missing', () => {
    expect(checkAgainstSchema({ name: undefined, tags: [] }, schema)).toEqual([{ path: '', message: 'missing required keys "name", "size"' }]);
  });

  it('gives a value of the wrong type that one problem, not the ones of its keys', () => {
    expect(checkAgainstSchema({ name: 'n', size: 1, tags: { 0: 1 } }, schema)).toEqual([{ path: 'tags', message: 'must be a list, got a mapping' }]);
  });

  it('refuses a schema keyword it does not know instead of ignoring it', () => {
    expect(() => checkAgainstSchema({}, { type: 'object', requird: ['x'] })).toThrow(/unknown keyword/);
  });
});
