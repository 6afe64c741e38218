import { describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { createFewshotSampler, formatLabeledExamples, pyEquals } from '../../src/tasks/fewshot.js';
import { buildDocRequests } from '../../src/tasks/prompt.js';
import type { TaskDefinition } from '../../src/tasks/types.js';

type QaDoc = { q: string; a: string };

function qaTask(overrides: Partial<TaskDefinition<QaDoc>>): TaskDefinition<QaDoc> {
  return {
    name: 'toy_qa',
    version: '1.0',
    dataset: { path: 'toy/qa' },
    docToText: (doc) => `Q: ${doc.q}\nA:`,
    docToChoice: (doc) => [doc.a, 'nothing'],
    docToTarget: () => 0,
    metrics: ['acc'],
    ...overrides,
  };
}

const docs: QaDoc[] = ['zero', 'one', 'two', 'three', 'four', 'five'].map((q) => ({ q, a: q.toUpperCase() }));

describe('createFewshotSampler', () => {
  // Index sequences from CPython 3.11.7 here:
  //   r = random.Random(1234); [r.sample(range(6), 3) for _ in range(2)] -> [[3, 0, 4], [0, 4, 5]]
  //   r = random.Random(1234); [r.sample(range(6), 2) for _ in range(2)] -> [[3, 0], [0, 5]]
  //   r = random.Random(99);   [r.sample(range(6), 3) for _ in range(2)] -> [[3, 5, 1], [4, 1, 5]]
  const evalDoc = { q: 'elsewhere', a: 'ELSEWHERE' };

  it('draws k+1 when neither fewshot_split nor test_split is set (lm-eval compares None == None)', () => {
    const sample = createFewshotSampler(qaTask({ trainingSplit: 'train', validationSplit: 'validation' }), docs);
    expect(sample(evalDoc, 2)).toEqual([docs[3], docs[0]]);
    expect(sample(evalDoc, 2)).toEqual([docs[0], docs[4]]);
  });

  it('draws k when the test split is set and differs from the few-shot split', () => {
    const sample = createFewshotSampler(qaTask({ trainingSplit: 'train', testSplit: 'test' }), docs);
    expect(sample(evalDoc, 2)).toEqual([docs[3], docs[0]]);
    expect(sample(evalDoc, 2)).toEqual([docs[0], docs[5]]);
  });

  it('uses the given seed', () => {
    const sample = createFewshotSampler(qaTask({ validationSplit: 'validation' }), docs, 99);
    expect(sample(evalDoc, 2)).toEqual([docs[3], docs[5]]);
    expect(sample(evalDoc, 2)).toEqual([docs[4], docs[1]]);
  });

  it('drops a drawn doc equal to the evaluated one (by value, as Python ==) and keeps the first k of the rest', () => {
    const sample = createFewshotSampler(qaTask({ trainingSplit: 'train' }), docs);
    // Draws [3, 0, 4]; doc 0, given as a copy with its keys in another order, is removed.
    expect(sample({ a: 'ZERO', q: 'zero' }, 2)).toEqual([docs[3], docs[4]]);
  });

  it('first_n takes the first k, or k+1 when few-shot and test split are the same', () => {
    const sameSplit = createFewshotSampler(qaTask({ testSplit: 'test', fewshotSplit: 'test', fewshotSampler: 'first_n' }), docs);
    expect(sameSplit(docs[1], 2)).toEqual([docs[0], docs[2]]);
    const otherSplit = createFewshotSampler(qaTask({ testSplit: 'test', fewshotSplit: 'dev', fewshotSampler: 'first_n' }), docs);
    expect(otherSplit(docs[5], 2)).toEqual([docs[0], docs[1]]);
    // An evaluated doc identical to a dev doc is still dropped, leaving k-1 examples as in lm-eval.
    expect(otherSplit(docs[0], 2)).toEqual([docs[1]]);
  });

  it('asking for more examples than the split holds is a user error', () => {
    const sample = createFewshotSampler(qaTask({ trainingSplit: 'train' }), docs.slice(0, 2));
    expect(() => sample(evalDoc, 2)).toThrow(FtbenchError);
  });
});

describe('formatLabeledExamples', () => {
  it('joins text, target delimiter, target and few-shot delimiter per example', () => {
    const task = qaTask({ targetDelimiter: '->', fewshotDelimiter: '|' });
    expect(formatLabeledExamples(task, docs.slice(1, 3))).toBe('Q: one\nA:->ONE|Q: two\nA:->TWO|');
  });

  it('an empty string target adds nothing after the text', () => {
    const task = qaTask({ docToTarget: () => '' });
    expect(formatLabeledExamples(task, [docs[1]])).toBe('Q: one\nA:');
  });
});

describe('buildDocRequests input checks', () => {
  it('rejects a negative or fractional few-shot count and limit', () => {
    const task = qaTask({ testSplit: 'test' });
    expect(() => buildDocRequests(task, docs, [], -1)).toThrow(FtbenchError);
    expect(() => buildDocRequests(task, docs, [], 0, { limit: 1.5 })).toThrow(FtbenchError);
  });

  it('an out-of-range gold answer is reported, not scored', () => {
    const task = qaTask({ testSplit: 'test', docToTarget: () => 2 });
    expect(() => buildDocRequests(task, docs, [], 0)).toThrow(/gold answer 2/);
  });
});

describe('pyEquals', () => {
  it('compares JSON-like values structurally, ignoring key order', () => {
    expect(pyEquals({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(pyEquals({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(pyEquals({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(pyEquals([1], { 0: 1 })).toBe(false);
  });
});
