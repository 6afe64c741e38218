/**
 * The two plans (lm-eval's full rows, shared prefixes) and their batches, on token ids written by hand,
 * and the work the engine actually does on a toy model, counted by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  estimateRowBytes,
  PADDED_TOKEN_RULES,
  passTokens,
  planBatches,
  type BatchLimit,
  type ModelShape,
  type PaddedTokenRule,
  type Pass,
} from '../../src/model/batching.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { planFullRows, planPrefixTree, planSharedPrefixes, plannedTokens, type TokenizedRequest } from '../../src/model/loglikelihood.js';
import { writeToyModel } from '../../src/toy-model/index.js';

const request = (contextIds: number[], continuationIds: number[]): TokenizedRequest => ({ contextIds, continuationIds });

describe('shared-prefix plan', () => {
  it('runs a multiple-choice context once and continues each option from its last position', () => {
    // inputs (context + continuation[:-1]): [1,2,3], [1,2,3,5], [1,2,3,5,7]; common prefix [1,2,3].
    const rows = planSharedPrefixes([request([1, 2, 3], [4]), request([1, 2, 3], [5, 6]), request([1, 2, 3], [5, 7, 8])], 100);
    expect(rows).toEqual([
      {
        tokens: [1, 2, 3],
        // Position 2 (the context's last token) predicts every option's first token.
        slots: [
          { request: 0, token: 0, position: 2, target: 4 },
          { request: 1, token: 0, position: 2, target: 5 },
          { request: 2, token: 0, position: 2, target: 5 },
        ],
        suffixes: [
          {
            tokens: [5, 7],
            slots: [
              { request: 2, token: 1, position: 0, target: 7 },
              { request: 2, token: 2, position: 1, target: 8 },
            ],
            suffixes: [],
          },
          { tokens: [5], slots: [{ request: 1, token: 1, position: 0, target: 6 }], suffixes: [] },
        ],
      },
    ]);
  });

  it('shares the common start of different contexts that end in the same continuation (winogrande)', () => {
    // inputs [1,2,9,4] and [1,2,8,4]: prefix [1,2] scores nothing; each suffix scores [4,5] from its own option.
    const rows = planSharedPrefixes([request([1, 2, 9], [4, 5]), request([1, 2, 8], [4, 5])], 100);
    expect(rows).toEqual([
      {
        tokens: [1, 2],
        slots: [],
        suffixes: [
          {
            tokens: [8, 4],
            slots: [
              { request: 1, token: 0, position: 0, target: 4 },
              { request: 1, token: 1, position: 1, target: 5 },
            ],
            suffixes: [],
          },
          {
            tokens: [9, 4],
            slots: [
              { request: 0, token: 0, position: 0, target: 4 },
              { request: 0, token: 1, position: 1, target: 5 },
            ],
            suffixes: [],
          },
        ],
      },
    ]);
  });

  it('keeps documents apart and orders prefixes longest first', () => {
    const rows = planSharedPrefixes([request([1, 2], [3]), request([1, 2], [4]), request([7, 8, 9], [3])], 100);
    expect(rows.map((row) => row.tokens)).toEqual([
      [7, 8, 9],
      [1, 2],
    ]);
  });

  it('shares nothing when truncation leaves no common start', () => {
    // maxLength 3 keeps the last 4 tokens: [2,3,4,5] and [3,4,6,7] -> inputs [2,3,4] and [3,4,6].
    const rows = planSharedPrefixes([request([1, 2, 3, 4], [5]), request([1, 2, 3, 4], [6, 7])], 3);
    expect(rows.map((row) => [row.tokens, row.suffixes.length])).toEqual([
      [[2, 3, 4], 0],
      [[3, 4, 6], 0],
    ]);
    expect(rows[1].slots).toEqual([
      { request: 1, token: 0, position: 1, target: 6 },
      { request: 1, token: 1, position: 2, target: 7 },
    ]);
  });

  it('shares within requests whose truncated windows start at the same token', () => {
    // maxLength 4 keeps the last 5 tokens. Continuations [7,8] and [7,9] give windows [4,5,6,7,8] and [4,5,6,7,9]
    // (inputs [4,5,6,7] twice: one row); [9] gives [3,4,5,6,9], shifted by one, so it stands alone.
    const rows = planSharedPrefixes([request([1, 2, 3, 4, 5, 6], [7, 8]), request([1, 2, 3, 4, 5, 6], [7, 9]), request([1, 2, 3, 4, 5, 6], [9])], 4);
    expect(rows).toEqual([
      { tokens: [3, 4, 5, 6], slots: [{ request: 2, token: 0, position: 3, target: 9 }], suffixes: [] },
      {
        tokens: [4, 5, 6, 7],
        slots: [
          { request: 0, token: 0, position: 2, target: 7 },
          { request: 0, token: 1, position: 3, target: 8 },
          { request: 1, token: 0, position: 2, target: 7 },
          { request: 1, token: 1, position: 3, target: 9 },
        ],
        suffixes: [],
      },
    ]);
  });

  it('forwards fewer tokens than lm-eval rows, except for one-token options where both run one pass', () => {
    const hellaswag = [request([1, 2, 3, 4], [5, 6, 7]), request([1, 2, 3, 4], [8, 9]), request([1, 2, 3, 4], [5, 6, 9])];
    // lm-eval groups by context + continuation[:-1]: requests 0 and 2 share the row [1,2,3,4,5,6], so 6 + 5 = 11. Shared: inputs [1,2,3,4,5,6], [1,2,3,4,8], [1,2,3,4,5,6] have the
    // common start [1,2,3,4]; suffixes [5,6] (the same for two requests, run once) and [8] -> 4 + 2 + 1 = 7.
    expect(plannedTokens(planFullRows(hellaswag, 100))).toBe(11);
    expect(plannedTokens(planSharedPrefixes(hellaswag, 100))).toBe(7);
    const letters = [5, 6, 7, 8].map((letter) => request([1, 2, 3], [letter]));
    expect(plannedTokens(planFullRows(letters, 100))).toBe(3);
    expect(plannedTokens(planSharedPrefixes(letters, 100))).toBe(3);
  });
});

describe('batches', () => {
  const rows = planSharedPrefixes(
    [request([1, 2, 3, 4, 5], [6, 7]), request([1, 2, 3, 4, 5], [8, 9]), request([1, 2], [3, 4]), request([1, 2], [5, 6]), request([9], [1])],
    100,
  );
  const tokensOf = (passes: Pass[]) => passes.map((pass) => pass.rows.map(({ row }) => row.tokens));
  const roomy = (padding: PaddedTokenRule): BatchLimit => ({ bytes: Infinity, shape: tinyShape, maxRows: 64, padding });
  const tinyShape: ModelShape = { hidden: 8, intermediate: 8, heads: 1, vocab: 8, cacheBytesPerToken: 8, scoring: 'host' };

  it("hold a fixed number of rows; a pass's suffixes run after it, in passes of their own, from its cache", () => {
    const passes = planBatches(rows, { rows: 2 }, 100);
    expect(tokensOf(passes)).toEqual([
      [
        [1, 2, 3, 4, 5],
        [1, 2],
      ],
      [[9]],
    ]);
    // [1,2,3,4,5] continues with [6] and [8], [1,2] with [3] and [5]: longest first, then by tokens, two per pass.
    expect(passes[0].next.map((pass) => pass.rows.map(({ row, parent, pastLength }) => [row.tokens, parent, pastLength]))).toEqual([
      [
        [[3], 1, 2],
        [[5], 1, 2],
      ],
      [
        [[6], 0, 5],
        [[8], 0, 5],
      ],
    ]);
    expect(passes[1].next).toEqual([]);
    expect(passTokens(passes)).toEqual({ tokens: 5 + 2 + 1 + 4, paddedTokens: 2 * 5 + 1 + 4 });
  });

  it('go down every level of a prefix tree, each pass counting the tokens cached before its rows', () => {
    const run = (from: number, length: number) => Array.from({ length }, (_, i) => from + i);
    // A 20-token primer, two 20-token questions, two one-token answers each (scored at the question's last position and in a row of their own).
    const [primer, first, second] = [run(1, 20), run(100, 20), run(200, 20)];
    const tree = planPrefixTree(
      [
        request([...primer, ...first], [31, 1]),
        request([...primer, ...first], [32, 2]),
        request([...primer, ...second], [33, 3]),
        request([...primer, ...second], [34, 4]),
      ],
      100,
    );
    const [top] = planBatches(tree, { rows: 8 }, 100);
    expect(tokensOf([top])).toEqual([[primer]]);
    expect(top.next.map((pass) => pass.rows.map(({ row, pastLength }) => [row.tokens, pastLength]))).toEqual([
      [
        [first, 20],
        [second, 20],
      ],
    ]);
    expect(top.next[0].next.map((pass) => pass.rows.map(({ row, parent, pastLength }) => [row.tokens, parent, pastLength]))).toEqual([
      [
        [[31], 0, 40],
        [[32], 0, 40],
        [[33], 1, 40],
        [[34], 1, 40],
      ],
    ]);
    expect(passTokens([top])).toEqual({ tokens: 20 + 40 + 4, paddedTokens: 20 + 40 + 4 });
  });

  it("never reach past the model's positions: a long prefix and a long continuation go to different passes", () => {
    // Inputs of 10 positions each: prefix 8 + continuation 2, and prefix 5 + continuation 5. Together
    // their continuation pass would run positions 8..12 of a cache of 8.
    const nearLimit = planSharedPrefixes(
      [
        request([1, 2, 3, 4, 5, 6, 7, 8], [9, 1, 2]),
        request([1, 2, 3, 4, 5, 6, 7, 8], [3, 4, 5]),
        request([9, 8, 7, 6, 5], [1, 2, 3, 4, 5, 6]),
        request([9, 8, 7, 6, 5], [2, 2, 2, 2, 2, 2]),
      ],
      10,
    );
    const suffixPasses = (passes: Pass[]) => passes.flatMap((pass) => pass.next.map((next) => next.rows.map(({ pastLength }) => pastLength)));
    expect(suffixPasses(planBatches(nearLimit, { rows: 8 }, 10))).toEqual([
      [5, 5],
      [8, 8],
    ]);
    expect(suffixPasses(planBatches(nearLimit, roomy({ maxPaddedTokens: Infinity, maxPaddingShare: 1, freePaddedTokens: 0 }), 10))).toEqual([
      [5, 5],
      [8, 8],
    ]);
    expect(suffixPasses(planBatches(nearLimit, { rows: 8 }, 13))).toEqual([[5, 5, 8, 8]]);
  });

  it('fill a memory budget by the estimate, one row at least', () => {
    const shape: ModelShape = { hidden: 64, intermediate: 256, heads: 4, vocab: 1000, cacheBytesPerToken: 1024, scoring: 'hidden-states' };
    const free: PaddedTokenRule = { maxPaddedTokens: Infinity, maxPaddingShare: 1, freePaddedTokens: 0 };
    // Top-level rows of 5, 2 and 1 tokens with 2, 2 and 1 slots: a pass of the first two pads to 5 tokens and 2 slots a row.
    const twoLongest = 2 * estimateRowBytes(shape, 5, 0, 2);
    const topRows = (limit: BatchLimit) => planBatches(rows, limit, 100).map((pass) => pass.rows.length);
    expect(topRows({ bytes: twoLongest, shape, maxRows: 64, padding: free })).toEqual([2, 1]);
    expect(topRows({ bytes: 1, shape, maxRows: 64, padding: free })).toEqual([1, 1, 1]);
    expect(topRows({ bytes: Infinity, shape, maxRows: 2, padding: free })).toEqual([2, 1]);
  });

  it('pack rows by padded tokens: a budget per pass, little padding, short passes pad freely', () => {
    const lengths = [40, 38, 24, 23, 22, 3, 2, 1];
    const flat = lengths.map((n, i) => ({ tokens: Array.from({ length: n }, () => i + 1), slots: [], suffixes: [] }));
    const passRows = (padding: PaddedTokenRule) => planBatches(flat, roomy(padding), 1000).map((pass) => pass.rows.map(({ row }) => row.tokens.length));
    // At most 1/8 padding: 40 + 38 pads 2 of 80; adding 24 would pad 18 of 120. 24, 23, 22 pad 3 of 72, adding 3 would pad 24 of 96;
    // the short rows pad freely (9 padded tokens).
    expect(passRows({ maxPaddedTokens: 1000, maxPaddingShare: 1 / 8, freePaddedTokens: 9 })).toEqual([
      [40, 38],
      [24, 23, 22],
      [3, 2, 1],
    ]);
    // A budget of 64 padded tokens: one 40-token row (two would be 80), 24 + 23 (48, a third is 72), 22 + 3 (44, a third is 66), ...
    expect(passRows({ maxPaddedTokens: 64, maxPaddingShare: 1, freePaddedTokens: 0 })).toEqual([[40], [38], [24, 23], [22, 3], [2, 1]]);
    // The rule per device: CPU packs only what pads little, CUDA takes every row here (320 padded tokens).
    expect(passRows(PADDED_TOKEN_RULES.cpu)).toEqual([
      [40, 38],
      [24, 23, 22],
      [3, 2, 1],
    ]);
    expect(passRows(PADDED_TOKEN_RULES.cuda)).toEqual([lengths]);
  });

  it('estimate memory that grows with scored slots, not with positions x vocabulary, when the head is gathered', () => {
    const shape: ModelShape = { hidden: 64, intermediate: 256, heads: 4, vocab: 50_000, cacheBytesPerToken: 0, scoring: 'hidden-states' };
    const vocabBytes = (scoring: ModelShape['scoring'], tokens: number, slots: number) =>
      estimateRowBytes({ ...shape, scoring }, tokens, 0, slots) - estimateRowBytes({ ...shape, scoring, vocab: 0 }, tokens, 0, slots);
    expect(vocabBytes('hidden-states', 1000, 4)).toBe(3 * 4 * 50_000 * 4);
    expect(vocabBytes('host', 1000, 4)).toBe(3 * 2 * 1000 * 50_000 * 4);
  });
});

describe('work done on a toy model', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-plan-'));
  const cacheDir = path.join(root, 'cache');
  let dir: string;
  beforeAll(async () => {
    dir = path.join(root, 'model');
    await writeToyModel(dir, { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 64, withPast: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // Byte tokenizer: "Q: sky?\nA:" is 10 tokens; continuations " blue" (5), " green" (6), " red" (4).
  const question = [' blue', ' green', ' red'].map((continuation) => ({ context: 'Q: sky?\nA:', continuation }));

  it('forwards the question once and each option after it', async () => {
    const model = await OnnxCausalLM.load(dir, { batchSize: 8, cacheDir });
    await model.loglikelihood(question);
    await model.dispose();
    // Inputs "Q: sky?\nA: blu", "...A: gree", "...A: re" share "Q: sky?\nA: " (11 tokens); suffixes "blu", "gree", "re" (3 + 4 + 2)
    // continue the question's cache in one pass of three rows.
    expect(model.counters.tokensForwarded).toBe(11 + 9);
    expect(model.counters.forwardPasses).toBe(1 + 3);
    expect(model.counters.sessionRuns).toBe(1 + 1);
    expect(model.counters.paddedTokensForwarded).toBe(11 + 3 * 4);
  });

  it('forwards every option in full with prefix reuse off, as lm-eval', async () => {
    const model = await OnnxCausalLM.load(dir, { batchSize: 8, cacheDir, prefixReuse: false });
    await model.loglikelihood(question);
    await model.dispose();
    expect(model.counters.tokensForwarded).toBe(14 + 15 + 13);
    expect(model.counters.forwardPasses).toBe(3);
  });

  it('hands back a few bytes per scored token instead of every position x vocabulary', async () => {
    const inGraph = await OnnxCausalLM.load(dir, { batchSize: 8, cacheDir, prefixReuse: false });
    const onHost = await OnnxCausalLM.load(dir, { batchSize: 8, cacheDir, prefixReuse: false, scoreInGraph: false });
    await inGraph.loglikelihood(question);
    await onHost.loglikelihood(question);
    await Promise.all([inGraph.dispose(), onHost.dispose()]);
    // 15 scored tokens x (float32 log-prob + int64 argmax); host: 3 rows x 15 padded positions x 257 x float32.
    expect(inGraph.counters.scoreOutputBytes).toBe(15 * (4 + 8));
    expect(onHost.counters.scoreOutputBytes).toBe(3 * 15 * 257 * 4);
    expect([inGraph.counters.cacheOutputBytes, onHost.counters.cacheOutputBytes]).toEqual([0, 0]);
  });

  it('runs one row per pass under a tiny auto budget, with the same scores', async () => {
    const questions = [...question, ...[' wet', ' dry', ' cold'].map((continuation) => ({ context: 'Q: rain?\nA:', continuation }))];
    const tiny = await OnnxCausalLM.load(dir, { batchSize: 'auto', memoryBudgetBytes: 1, cacheDir });
    const roomy = await OnnxCausalLM.load(dir, { batchSize: 'auto', cacheDir });
    const [small, large] = [await tiny.loglikelihood(questions), await roomy.loglikelihood(questions)];
    await Promise.all([tiny.dispose(), roomy.dispose()]);
    // Two questions of three options: one row per pass is 2 prefix + 6 option passes; roomy is a pass of both
    // questions, then one of all six options (CPU: short rows pad freely).
    expect(tiny.counters.sessionRuns).toBe(2 + 6);
    expect(roomy.counters.sessionRuns).toBe(1 + 1);
    small.forEach((result, i) => {
      expect(Math.abs(result.loglikelihood - large[i].loglikelihood)).toBeLessThan(1e-4);
      expect(result.isGreedy).toBe(large[i].isGreedy);
    });
  });
});
