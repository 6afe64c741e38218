/**
 * When a pass runs out of device memory (onnxruntime on CUDA reports it as an error), the scorer
 * halves its passes until they fit, with the same results; a single sequence that does not fit is a
 * clear error. A stand-in session makes the limit exact and the scores a known function.
 */
import { describe, expect, it } from 'vitest';
import { planBatches, planPasses, type PassRow } from '../../src/model/batching.js';
import { planSharedPrefixes, type TokenizedRequest } from '../../src/model/loglikelihood.js';
import { DeviceMemoryError, type ScoreInput, type ScoreOutput } from '../../src/model/onnx-session.js';
import { newCounters, scorePlan } from '../../src/model/scorer.js';
import * as ort from 'onnxruntime-node';

/** log-prob = -(target + position / 100); argmax = 7; fails above `maxRows` rows. Cache tensors are 1-element-per-position stubs. */
function standInSession(maxRows: number) {
  const rowsSeen: number[] = [];
  return {
    rowsSeen,
    async score(input: ScoreInput): Promise<ScoreOutput> {
      rowsSeen.push(input.rows.length);
      if (input.rows.length > maxRows) throw new DeviceMemoryError('CUDA failure 2: out of memory');
      const width = Math.max(...input.rows.map((r) => r.length));
      const pastLength = input.past ? (input.past.state[0].dims[2] as number) : 0;
      const present = [new ort.Tensor('float32', new Float32Array(input.rows.length * (pastLength + width)), [input.rows.length, 1, pastLength + width, 1])];
      return {
        logprobs: Float64Array.from(input.slots, (s) => -(s.target + s.position / 100)),
        argmax: Int32Array.from(input.slots, () => 7),
        present,
        scoreBytes: 0,
        cacheBytes: 0,
        paddedTokens: input.rows.length * width,
      };
    },
  };
}

const requests: TokenizedRequest[] = [
  ...[[7], [8, 9], [7, 7, 9]].map((continuationIds) => ({ contextIds: [1, 2, 3], continuationIds })),
  ...[[4], [5, 6]].map((continuationIds) => ({ contextIds: [4, 5], continuationIds })),
  { contextIds: [9, 9, 9, 9], continuationIds: [7] },
];
const lengths = requests.map((r) => r.continuationIds.length);

async function score(maxRows: number) {
  const session = standInSession(maxRows);
  const replan = (rows: PassRow[]) => planPasses(rows, { rows: 8 }, 1024);
  const passes = planBatches(planSharedPrefixes(requests, 100), { rows: 8 }, 1024);
  const results = await scorePlan(session, passes, lengths, newCounters(), { replan, cacheBudgetBytes: Infinity });
  return { results, rowsSeen: session.rowsSeen };
}

describe('running out of device memory', () => {
  it('halves passes until they fit, with the same results', async () => {
    const roomy = await score(Infinity);
    const tight = await score(1);
    expect(tight.results).toEqual(roomy.results);
    // Hand check of request 2 ([1,2,3] + [7,7,9]): prefix position 2 -> 7, suffix [7,7] positions 0, 1 -> 7, 9.
    expect(roomy.results[2].loglikelihood).toBeCloseTo(-(7 + 0.02) - 7 - (9 + 0.01), 12);
    expect(roomy.results.map((r) => r.isGreedy)).toEqual([true, false, false, false, false, true]);
    // The first 3-row prefix pass fails, then nothing runs with more than one row. Rows run longest
    // first: [9,9,9,9] is the first single row, which is what fails below.
    expect(tight.rowsSeen[0]).toBe(3);
    expect(tight.rowsSeen.slice(1).every((rows) => rows === 1)).toBe(true);
  });

  it('names the problem when one sequence alone does not fit', async () => {
    await expect(score(0)).rejects.toThrow(/ran out of memory on a single sequence of 4 tokens/);
  });
});
