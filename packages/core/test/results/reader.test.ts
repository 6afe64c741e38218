/**
 * The one validating reader of results files: real results written by ftbench read back as
 * they were, and files that parse but are not results (a cache entry from another version, a
 * truncated or hand-made file) are refused naming their key paths, before anything reads a field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compare.js';
import { FtbenchError } from '../../src/errors.js';
import { simpleEvaluate } from '../../src/evaluator.js';
import { parseResults } from '../../src/results-reader.js';
import type { EvalResults } from '../../src/schema.js';
import { writeToyModel } from '../../src/toy-model/index.js';

let dir: string;
let results: EvalResults;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ftbench-reader-'));
  await writeToyModel(path.join(dir, 'model'), { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 128, withPast: false });
  const items = ['red', 'green', 'blue', 'cyan'].map((colour, i) => ({
    id: `q${i}`,
    category: i % 2 ? 'odd' : 'even',
    question: `Pick ${colour}`,
    choices: [colour, 'none'],
    answer: 'A',
  }));
  writeFileSync(path.join(dir, 'colours.jsonl'), items.map((item) => JSON.stringify(item)).join('\n'));
  results = await simpleEvaluate({ model: path.join(dir, 'model'), tasks: [`suite:${path.join(dir, 'colours.jsonl')}`], logSamples: true, progress: false });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error parseResults throws for `value`. */
function refusal(value: unknown, source = 'cache entry k'): FtbenchError {
  try {
    parseResults(value, source);
  } catch (error) {
    expect(error).toBeInstanceOf(FtbenchError);
    return error as FtbenchError;
  }
  throw new Error('expected the results to be refused');
}

// biome-ignore lint/suspicious/noExplicitAny: the tests damage results in arbitrary ways
const edited = (edit: (copy: Record<string, any>) => void): string => {
  const copy = JSON.parse(JSON.stringify(results));
  edit(copy);
  return JSON.stringify(copy);
};

describe('parseResults', () => {
  it('reads back what ftbench wrote, from text or from a parsed value', () => {
    expect(parseResults(JSON.stringify(results), 'results.json')).toEqual(results);
    expect(parseResults(JSON.parse(JSON.stringify(results)), 'results.json')).toEqual(results);
  });

  it('tolerates keys it does not know: a later version may add optional fields', () => {
    const text = edited((copy) => {
      copy.truncatedRequests = 3;
      copy.tasks['suite:colours'].flags = { degenerate: false };
    });
    expect(parseResults(text, 'results.json').tasks['suite:colours'].n).toBe(4);
  });

  it('refuses the cached baseline that crashed the comparison, naming the missing keys', () => {
    const text = '{"schemaVersion":1,"samples":{}}';
    // What happened before: the comparison read a field of a file nobody had checked.
    expect(() => compareResults(JSON.parse(text), results)).toThrow(TypeError);
    expect(refusal(text).message).toBe(
      'cache entry k does not hold ftbench results of schema version 1: (top level): missing required keys ' +
        '"ftbenchVersion", "createdAt", "config", "model", "tasks", "groups", "timings"',
    );
  });

  it('names the key path of a field that is missing or of the wrong type deep inside', () => {
    expect(refusal(edited((copy) => delete copy.tasks['suite:colours'].hash)).message).toContain('tasks.suite:colours: missing required key "hash"');
    expect(refusal(edited((copy) => (copy.tasks['suite:colours'].metrics.acc.value = null))).message).toContain(
      'tasks.suite:colours.metrics.acc.value: must be a number, got null',
    );
    expect(refusal(edited((copy) => (copy.samples['suite:colours'][2].metrics = 'acc'))).message).toContain(
      'samples.suite:colours[2].metrics: must be a mapping of keys to values, got "acc"',
    );
  });

  it('refuses group members that are not in the file', () => {
    const text = edited(
      (copy) => (copy.groups.colours = { name: 'colours', members: ['suite:colours', 'suite:shapes'], n: 4, weightBySize: true, metrics: {} }),
    );
    expect(refusal(text).message).toContain('groups.colours.members: names "suite:shapes", which is neither a task nor a group of these results');
  });

  it('names another schema version as such', () => {
    expect(refusal(edited((copy) => (copy.schemaVersion = 2))).message).toBe(
      'cache entry k does not hold ftbench results of schema version 1: schemaVersion: this ftbench reads version 1, got 2',
    );
  });

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    expect(refusal('{"schemaVersion":1,', 'artifact results.json').message).toMatch(/^artifact results\.json is not valid JSON: /);
    expect(refusal('[]').message).toContain('(top level): must be a mapping of keys to values, got a list');
  });
});
