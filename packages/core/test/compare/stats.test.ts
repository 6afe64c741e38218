import { describe, expect, it } from 'vitest';
import { discordantPairs, mcnemarExact, pairedBootstrap, pairedNormalInterval, stratifiedPairedBootstrap, unpairedInterval } from '../../src/compare/stats.js';

describe('mcnemarExact', () => {
  it('matches hand-derived values', () => {
    // b=0, c=5: 2 · C(5,0) / 2^5 = 2/32
    expect(mcnemarExact(0, 5)).toBeCloseTo(0.0625, 15);
    expect(mcnemarExact(5, 0)).toBeCloseTo(0.0625, 15);
    // b=4, c=0: 2/16
    expect(mcnemarExact(4, 0)).toBeCloseTo(0.125, 15);
    // b = c: the lower tail holds at least half the mass, so p is capped at 1
    expect(mcnemarExact(7, 7)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
  });

  it('matches exact rational sums from python3 math.comb', () => {
    // python3: p = min(1, 2 * Fraction(sum(comb(b+c, i) for i in range(min(b,c)+1)), 2**(b+c))), printed as float
    const cases: [number, number, number][] = [
      [3, 12, 0.03515625],
      [10, 20, 0.09873714670538902],
      [6, 7, 1.0],
      [400, 480, 0.007707305043339141],
      [1500, 1600, 0.07537169707532781],
      [2000, 2200, 0.0021323556719912346],
    ];
    for (const [b, c, expected] of cases) {
      expect(mcnemarExact(b, c)).toBeCloseTo(expected, 12);
      expect(mcnemarExact(c, b)).toBeCloseTo(expected, 12);
    }
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 3)).toThrow(RangeError);
  });
});

describe('discordantPairs', () => {
  it('counts baseline-only and candidate-only successes across strata', () => {
    const strata = [
      { weight: 1, baseline: [1, 1, 0, 0], candidate: [0, 1, 1, 0] },
      { weight: 1, baseline: [1, 0], candidate: [0, 1] },
    ];
    expect(discordantPairs(strata)).toEqual({ b: 2, c: 2 });
  });
});

describe('pairedNormalInterval', () => {
  it('is mean(diff) ± z·sd(diff)/√n for one stratum', () => {
    // diffs [0,-1,1,1,0]: mean 0.2, sample variance 2.8/4 = 0.7; python3: 0.2 ∓ 1.959963984540054*sqrt(0.7/5)
    const interval = pairedNormalInterval([{ weight: 1, baseline: [1, 1, 0, 0, 1], candidate: [1, 0, 1, 1, 1] }]);
    expect(interval?.low).toBeCloseTo(-0.533351372056518, 12);
    expect(interval?.high).toBeCloseTo(0.9333513720565181, 12);
  });

  it('weights strata: Σw·mean ± z·√(Σ w²·var/n), weights normalised', () => {
    // python3 with weights 0.4 / 0.6 and statistics.variance per stratum
    const interval = pairedNormalInterval([
      { weight: 4, baseline: [1, 1, 0, 1], candidate: [0, 1, 1, 0] },
      { weight: 6, baseline: [0, 0, 1, 1, 1, 0], candidate: [1, 1, 1, 1, 0, 1] },
    ]);
    expect(interval?.low).toBeCloseTo(-0.4426894534813469, 12);
    expect(interval?.high).toBeCloseTo(0.6426894534813469, 12);
  });

  it('is null when a stratum has a single document', () => {
    expect(pairedNormalInterval([{ weight: 1, baseline: [1], candidate: [0] }])).toBeNull();
  });
});

describe('unpairedInterval', () => {
  it('combines the two stderrs in quadrature', () => {
    // √(0.03² + 0.04²) = 0.05; 0.1 ∓ 1.959963984540054 * 0.05
    const interval = unpairedInterval(0.1, 0.03, 0.04);
    expect(interval?.low).toBeCloseTo(0.002001800772997303, 12);
    expect(interval?.high).toBeCloseTo(0.1979981992270027, 12);
  });

  it('is null without both stderrs', () => {
    expect(unpairedInterval(0.1, null, 0.04)).toBeNull();
  });
});

/** Values that look random but are fixed: a linear congruential sequence in [0, 1). */
function spread(n: number, multiplier: number): number[] {
  return Array.from({ length: n }, (_, i) => ((i * multiplier) % 101) / 101);
}

describe('pairedBootstrap', () => {
  const baseline = spread(300, 37);
  // candidate = baseline + 0.04 + a zero-mean wobble of ±0.1: the true mean delta is known by construction
  const wobble = spread(300, 53).map((x) => (x - 0.5) * 0.2);
  const candidate = baseline.map((value, i) => value + 0.04 + wobble[i]);
  const meanDelta = candidate.reduce((total, value, i) => total + value - baseline[i], 0) / baseline.length;

  it('is deterministic for a seed and changes with the seed', () => {
    const first = pairedBootstrap(baseline, candidate, { resamples: 2000, seed: 7 });
    expect(pairedBootstrap(baseline, candidate, { resamples: 2000, seed: 7 })).toEqual(first);
    expect(pairedBootstrap(baseline, candidate, { resamples: 2000, seed: 8 }).ciLow).not.toBe(first.ciLow);
  });

  it('brackets the true delta and agrees with the normal interval on a large sample', () => {
    const result = pairedBootstrap(baseline, candidate);
    expect(result.meanDelta).toBeCloseTo(meanDelta, 12);
    expect(Math.abs(meanDelta - 0.04)).toBeLessThan(0.01);
    expect(result.ciLow).toBeLessThan(meanDelta);
    expect(result.ciHigh).toBeGreaterThan(meanDelta);
    expect(result.ciLow).toBeGreaterThan(0);
    // n = 300: the percentile interval should sit within a few percent of its width of mean ± 1.96 se
    const normal = pairedNormalInterval([{ weight: 1, baseline, candidate }]);
    const width = (normal?.high ?? 0) - (normal?.low ?? 0);
    expect(Math.abs(result.ciLow - (normal?.low ?? 0))).toBeLessThan(0.05 * width);
    expect(Math.abs(result.ciHigh - (normal?.high ?? 0))).toBeLessThan(0.05 * width);
  });

  it('never reports p = 0: with every resample above 0, p = 2·(0+1)/(R+1)', () => {
    const shifted = baseline.map((value) => value + 0.5);
    expect(pairedBootstrap(baseline, shifted, { resamples: 999 }).pValue).toBeCloseTo(2 / 1000, 15);
  });

  it('gives p = 1 and a zero-width interval when nothing changed', () => {
    const result = pairedBootstrap(baseline, baseline, { resamples: 500 });
    expect(result).toEqual({ meanDelta: 0, ciLow: 0, ciHigh: 0, pValue: 1 });
  });

  it('a noisy zero-mean difference is not significant', () => {
    const noisy = baseline.map((value, i) => value + wobble[i] - wobble.reduce((a, b) => a + b, 0) / wobble.length);
    expect(pairedBootstrap(baseline, noisy).pValue).toBeGreaterThan(0.5);
  });

  it('stratified: the point estimate is the weighted mean of stratum means', () => {
    const result = stratifiedPairedBootstrap(
      [
        { weight: 1, baseline: [0.2, 0.4], candidate: [0.3, 0.5] }, // +0.1
        { weight: 3, baseline: [0.5, 0.5, 0.5], candidate: [0.3, 0.3, 0.3] }, // -0.2
      ],
      { resamples: 200 },
    );
    // 0.25 · 0.1 + 0.75 · (-0.2) = -0.125; each stratum's differences are constant, so every resample equals it
    expect(result.meanDelta).toBeCloseTo(-0.125, 12);
    expect(result.ciLow).toBeCloseTo(-0.125, 12);
    expect(result.ciHigh).toBeCloseTo(-0.125, 12);
  });

  it('rejects mismatched lengths', () => {
    expect(() => pairedBootstrap([1, 0], [1])).toThrow(RangeError);
  });
});
