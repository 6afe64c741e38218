import { describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { referenceLoglikelihood } from '../../src/toy-model/reference.js';
import { TINY } from './helpers.js';

const context = [...Buffer.from('The cat')];
const singleTokenResults = Array.from({ length: 257 }, (_, token) => referenceLoglikelihood(TINY, context, [token]));

describe('referenceLoglikelihood', () => {
  it('gives a probability distribution over the next token', () => {
    const total = singleTokenResults.reduce((sum, r) => sum + Math.exp(r.loglikelihood), 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('marks exactly the most likely next token as greedy', () => {
    const best = singleTokenResults.reduce((b, r, token) => (r.loglikelihood > singleTokenResults[b].loglikelihood ? token : b), 0);
    expect(singleTokenResults.filter((r) => r.isGreedy)).toHaveLength(1);
    expect(singleTokenResults[best].isGreedy).toBe(true);
  });

  it('spreads log-likelihoods widely enough to tell continuations apart', () => {
    const values = singleTokenResults.map((r) => r.loglikelihood);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(5);
  });

  it('follows the chain rule over multi-token continuations', () => {
    const [a, b] = [...Buffer.from(' s')];
    const joint = referenceLoglikelihood(TINY, context, [a, b]);
    const first = referenceLoglikelihood(TINY, context, [a]);
    const second = referenceLoglikelihood(TINY, [...context, a], [b]);
    expect(joint.loglikelihood).toBeCloseTo(first.loglikelihood + second.loglikelihood, 10);
    expect(joint.isGreedy).toBe(first.isGreedy && second.isGreedy);
  });

  it('rejects empty inputs, unknown ids and over-long sequences with a clear error', () => {
    expect(() => referenceLoglikelihood(TINY, [], [1])).toThrow(FtbenchError);
    expect(() => referenceLoglikelihood(TINY, [1], [257])).toThrow(/outside the toy model's vocabulary/);
    // The last continuation token is never forwarded: 128 + 1 tokens fit, 129 + 1 do not.
    expect(referenceLoglikelihood(TINY, Array(128).fill(1), [1]).loglikelihood).toBeLessThan(0);
    expect(() => referenceLoglikelihood(TINY, Array(129).fill(1), [1])).toThrow(/exceeds the toy model's 128 positions/);
  });
});
