import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compare.js';
import { describeLimits, validateGate } from '../../src/compare/gates.js';
import type { GateConfig, GateResult } from '../../src/compare/types.js';
import { FtbenchError } from '../../src/errors.js';
import { binaryOutcomes, makeRun, type TaskSpec } from './fixtures.js';

/** Baseline and candidate runs of one task `mmlu` with the given 0/1 outcome counts. */
function runs(counts: Parameters<typeof binaryOutcomes>[0], extra: Partial<TaskSpec> = {}) {
  const { baseline, candidate } = binaryOutcomes(counts);
  return {
    baseline: makeRun({ mmlu: { values: { acc: baseline }, ...extra } }),
    candidate: makeRun({ mmlu: { values: { acc: candidate }, ...extra } }),
  };
}

function judge(counts: Parameters<typeof binaryOutcomes>[0], gate: Omit<GateConfig, 'target' | 'metric'>, extra: Partial<TaskSpec> = {}): GateResult {
  const { baseline, candidate } = runs(counts, extra);
  return compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', ...gate }]).gates[0];
}

// 500 docs: baseline 380/500 = 76.0 %, candidate 304/500 = 60.8 %: a 15.2-point drop; McNemar b=80, c=4 → p < 0.001
const bigDrop = { b: 80, c: 4, bothRight: 300, bothWrong: 116 };
// 100 docs: 65 % → 61 %, b=4 c=0 → p = 2/16 = 0.125
const smallDrop = { b: 4, c: 0, bothRight: 61, bothWrong: 35 };

describe('gate verdicts', () => {
  it('regression: a drop past maxDrop fails and names the value and the limit', () => {
    const result = judge(bigDrop, { maxDrop: 3 });
    expect(result).toMatchObject({ verdict: 'regression', failed: true });
    expect(result.reason).toBe('mmlu acc dropped 15.2 points (limit 3.0) (p < 0.001)');
  });

  it('regression: a relative drop past maxDropRelative', () => {
    // 50 % → 44 %: -12 % of the baseline
    const result = judge({ b: 6, c: 0, bothRight: 44, bothWrong: 50 }, { maxDrop: 20, maxDropRelative: 10 });
    expect(result.verdict).toBe('regression');
    expect(result.reason).toContain('dropped 12.0% relative to the baseline (limit 10.0%)');
    expect(result.reason).not.toContain('points (limit');
  });

  it('below-floor: a candidate under the floor is labelled as such, without the delta test', () => {
    const result = judge(bigDrop, { min: 0.7 });
    expect(result).toMatchObject({ verdict: 'below-floor', failed: true, value: 0.608 });
    expect(result.reason).toBe('mmlu acc is 60.8%, below the floor 70.0%');
  });

  it('below-floor: also after a gain, which is no regression (p = 1 would be nonsense)', () => {
    // 50 % → 52 %: one discordant pair each way but one, p = 1.000 under McNemar.
    const result = judge({ b: 1, c: 3, bothRight: 49, bothWrong: 47 }, { min: 0.6, maxDrop: 3 });
    expect(result).toMatchObject({ verdict: 'below-floor', failed: true });
    expect(result.reason).toBe('mmlu acc is 52.0%, below the floor 60.0%');
  });

  it('regression: a drop past its limit and under the floor names both', () => {
    const result = judge(bigDrop, { min: 0.7, maxDrop: 3 });
    expect(result.verdict).toBe('regression');
    expect(result.reason).toBe('mmlu acc is 60.8%, below the floor 70.0%; dropped 15.2 points (limit 3.0) (p < 0.001)');
  });

  it('pass: a drop of exactly the limit (0.65 → 0.62, maxDrop 3) despite floating point', () => {
    const result = judge({ b: 3, c: 0, bothRight: 62, bothWrong: 35 }, { maxDrop: 3 });
    expect(result).toMatchObject({ verdict: 'pass', failed: false });
    expect(result.reason).toMatch(/^mmlu acc changed by -3\.0 points, within limits/);
  });

  it('pass: a gain that is not significant', () => {
    expect(judge({ b: 1, c: 2, bothRight: 50, bothWrong: 47 }, { maxDrop: 3 }).verdict).toBe('pass');
  });

  it('improvement: a significant gain', () => {
    const result = judge({ b: 0, c: 20, bothRight: 50, bothWrong: 30 }, { maxDrop: 3 });
    expect(result).toMatchObject({ verdict: 'improvement', failed: false });
    expect(result.reason).toBe('mmlu acc improved by 20.0 points (p < 0.001)');
  });

  it('not-significant: a drop past the limit that requireSignificant excuses', () => {
    const result = judge(smallDrop, { maxDrop: 3, requireSignificant: true });
    expect(result).toMatchObject({ verdict: 'not-significant', failed: false });
    expect(result.reason).toBe('mmlu acc dropped 4.0 points (limit 3.0), but not significantly (p = 0.125, alpha 0.05)');
  });

  it('requireSignificant still fails a significant drop, and honours a custom alpha', () => {
    expect(judge(bigDrop, { maxDrop: 3, requireSignificant: true }).verdict).toBe('regression');
    expect(judge(smallDrop, { maxDrop: 3, requireSignificant: true, alpha: 0.2 }).verdict).toBe('regression');
  });

  it('requireSignificant without per-sample records fails rather than going quiet', () => {
    const result = judge(smallDrop, { maxDrop: 3, requireSignificant: true }, { logSamples: false });
    expect(result.verdict).toBe('regression');
    expect(result.reason).toContain('significance untested');
    expect(result.reason).toContain('--log-samples');
  });

  it('a floor is absolute: requireSignificant does not excuse it, even with a drop it excuses', () => {
    expect(judge(smallDrop, { min: 0.62, requireSignificant: true }).verdict).toBe('below-floor');
    const both = judge(smallDrop, { min: 0.62, maxDrop: 3, requireSignificant: true });
    expect(both).toMatchObject({ verdict: 'below-floor', failed: true });
    expect(both.reason).toBe('mmlu acc is 61.0%, below the floor 62.0%; it also dropped 4.0 points (limit 3.0), but not significantly (p = 0.125, alpha 0.05)');
  });

  it('reports a goal without failing on it', () => {
    const missed = judge(bigDrop, { targetValue: 0.8 });
    expect(missed).toMatchObject({ verdict: 'pass', goalReached: false });
    expect(missed.reason).toContain('goal 80.0% not reached yet');
    expect(judge(bigDrop, { targetValue: 0.6 }).goalReached).toBe(true);
  });

  it('not-comparable: task hashes differ', () => {
    const baseline = makeRun({ mmlu: { values: { acc: [1, 0] } } });
    const candidate = makeRun({ mmlu: { values: { acc: [1, 0] }, version: '2.0', hash: 'other' } });
    const result = compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', maxDrop: 3 }]).gates[0];
    expect(result).toMatchObject({ verdict: 'not-comparable', failed: true });
    expect(result.reason).toContain('mmlu acc cannot be compared: task hashes differ (task version 1.0 → 2.0)');
  });

  it('not-comparable still says when the candidate is below its floor', () => {
    const baseline = makeRun({ mmlu: { values: { acc: [1, 0] } } });
    const candidate = makeRun({ mmlu: { values: { acc: [0, 0] }, hash: 'other' } });
    const result = compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc', min: 0.4 }]).gates[0];
    expect(result).toMatchObject({ verdict: 'not-comparable', failed: true, value: 0 });
    expect(result.reason).toMatch(/^mmlu acc cannot be compared: task hashes differ .*; and it is 0\.0%, below the floor 40\.0%$/);
  });
});

describe('missing gate targets fail with a reason', () => {
  const baseline = makeRun({
    mmlu: { values: { acc: [1, 0] } },
    retired: { values: { acc: [1] } },
    'suite:support': { values: { acc: [1] }, categories: ['billing'], categoryResults: { billing: { n: 1, metrics: { acc: { value: 1, stderr: null } } } } },
  });
  const candidate = makeRun({
    mmlu: { values: { acc: [1, 1] } },
    newcomer: { values: { acc: [1] } },
    'suite:support': { values: { acc: [1] }, categories: ['billing'], categoryResults: { billing: { n: 1, metrics: { acc: { value: 1, stderr: null } } } } },
  });
  const cases: [GateConfig, string][] = [
    [{ target: 'mmlu_typo', metric: 'acc', maxDrop: 3 }, "mmlu_typo acc: mmlu_typo is in neither run's results"],
    [{ target: 'mmlu', metric: 'acc_norm', maxDrop: 3 }, 'mmlu acc_norm: metric acc_norm is not reported for mmlu by both runs (compared: acc)'],
    [{ target: 'retired', metric: 'acc', maxDrop: 3 }, "retired acc: retired is in the baseline results but not in the candidate's"],
    [{ target: 'newcomer', metric: 'acc', min: 0.5 }, 'newcomer acc: newcomer is only in the candidate results'],
    [{ target: 'suite:support/shipping', metric: 'acc', maxDrop: 3 }, 'suite:support/shipping acc: suite:support has no category "shipping" in both runs'],
  ];

  it.each(cases)('%o', (gate, reason) => {
    const comparison = compareResults(baseline, candidate, [gate]);
    expect(comparison.gates[0]).toMatchObject({ verdict: 'missing', failed: true, row: null });
    expect(comparison.gates[0].reason.startsWith(reason)).toBe(true);
    expect(comparison.passed).toBe(false);
    expect(comparison.reasons).toEqual([comparison.gates[0].reason]);
  });

  it('finds suite targets: suite:<suite> is the task, suite:<suite>/<category> its category', () => {
    const gates: GateConfig[] = [
      { target: 'suite:support', metric: 'acc', maxDrop: 3 },
      { target: 'suite:support/billing', metric: 'acc', maxDrop: 3 },
    ];
    const comparison = compareResults(baseline, candidate, gates);
    expect(comparison.gates.map((gate) => [gate.verdict, gate.row?.target])).toEqual([
      ['pass', 'suite:support'],
      ['pass', 'suite:support/billing'],
    ]);
    expect(comparison.passed).toBe(true);
  });
});

describe('gates without a baseline', () => {
  const candidate = makeRun({
    mmlu: { values: { acc: [1, 1, 0, 0] } },
    'suite:support': {
      values: { acc: [1, 0] },
      categories: ['billing', 'shipping'],
      categoryResults: { billing: { n: 1, metrics: { acc: { value: 1, stderr: null } } }, shipping: { n: 1, metrics: { acc: { value: 0, stderr: null } } } },
    },
  });
  const gates: GateConfig[] = [
    { target: 'mmlu', metric: 'acc', min: 0.6 },
    { target: 'mmlu', metric: 'acc', min: 0.4, targetValue: 0.8 },
    { target: 'mmlu', metric: 'acc', maxDrop: 3, min: 0.4 },
    { target: 'suite:support/shipping', metric: 'acc', min: 0.5 },
    { target: 'suite:support/billing', metric: 'acc', maxDrop: 1 },
    { target: 'mmlu', metric: 'acc_norm', min: 0.1 },
  ];

  it('check floors and goals on the candidate alone; a drop limit is reported unchecked, never passed silently', () => {
    const comparison = compareResults(null, candidate, gates);
    expect(comparison.withoutBaseline).toEqual(['mmlu', 'suite:support']);
    expect(comparison.gates.map((gate) => [gate.verdict, gate.failed, gate.reason])).toEqual([
      ['below-floor', true, 'mmlu acc is 50.0%, below the floor 60.0% (no baseline to compare with)'],
      ['pass', false, 'mmlu acc is 50.0%, at or above the floor 40.0%; goal 80.0% not reached yet'],
      ['no-baseline', false, 'mmlu acc is 50.0%, at or above the floor 40.0%; no baseline, so its drop limit is not checked'],
      ['below-floor', true, 'suite:support/shipping acc is 0.0%, below the floor 50.0% (no baseline to compare with)'],
      ['no-baseline', false, 'suite:support/billing acc is 100.0%; no baseline, so its drop limit is not checked'],
      ['missing', true, expect.stringContaining('mmlu acc_norm: ')],
    ]);
    expect(comparison.passed).toBe(false);
    expect(comparison).toMatchObject({ rows: [], added: [], removed: [] });
  });

  it('per task: tasks the baseline lacks on purpose check floors only, the others compare as usual', () => {
    const baseline = makeRun({ mmlu: { values: { acc: [1, 1, 1, 1] } } });
    const comparison = compareResults(baseline, candidate, [gates[2], gates[3], gates[4]], { withoutBaseline: ['suite:support'] });
    expect(comparison.withoutBaseline).toEqual(['suite:support']);
    expect(comparison.added).toEqual([]);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['regression', 'below-floor', 'no-baseline']);
    // Without the declaration a task only the candidate has is a missing baseline, and fails.
    expect(compareResults(baseline, candidate, [gates[4]]).gates[0].verdict).toBe('missing');
  });
});

describe('overall verdict', () => {
  it('fails when any gate fails and lists only the failing reasons', () => {
    const { baseline, candidate } = runs(bigDrop);
    const comparison = compareResults(baseline, candidate, [
      { target: 'mmlu', metric: 'acc', maxDrop: 20 },
      { target: 'mmlu', metric: 'acc', maxDrop: 3 },
    ]);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['pass', 'regression']);
    expect(comparison.passed).toBe(false);
    expect(comparison.reasons).toEqual(['mmlu acc dropped 15.2 points (limit 3.0) (p < 0.001)']);
  });

  it('passes without gates', () => {
    const { baseline, candidate } = runs(bigDrop);
    expect(compareResults(baseline, candidate)).toMatchObject({ passed: true, reasons: [], gates: [] });
  });
});

describe('validateGate', () => {
  const invalid: [string, GateConfig, RegExp][] = [
    ['no limit', { target: 'mmlu', metric: 'acc' }, /sets no limit/],
    ['a floor in percent', { target: 'mmlu', metric: 'acc', min: 45 }, /min must be on the metric's 0–1 scale, got 45/],
    ['an unknown metric', { target: 'mmlu', metric: 'f1' as GateConfig['metric'], maxDrop: 1 }, /unknown metric "f1"/],
    ['a negative drop', { target: 'mmlu', metric: 'acc', maxDrop: -3 }, /maxDrop must be a non-negative number of points/],
    ['an empty suite', { target: 'suite:', metric: 'acc', maxDrop: 3 }, /target must name/],
    ['alpha out of range', { target: 'mmlu', metric: 'acc', maxDrop: 3, alpha: 5 }, /alpha must be between 0 and 1/],
  ];

  it.each(invalid)('rejects %s', (_, gate, message) => {
    expect(() => validateGate(gate)).toThrow(FtbenchError);
    expect(() => validateGate(gate)).toThrow(message);
  });

  it('compareResults validates before comparing', () => {
    const { baseline, candidate } = runs(bigDrop);
    expect(() => compareResults(baseline, candidate, [{ target: 'mmlu', metric: 'acc' }])).toThrow(FtbenchError);
  });
});

describe('describeLimits', () => {
  it('puts every limit into words', () => {
    expect(describeLimits({ target: 'x', metric: 'acc', maxDrop: 3, maxDropRelative: 5, min: 0.45, targetValue: 0.8, requireSignificant: true })).toBe(
      'max drop 3.0 points, max relative drop 5.0%, floor 45.0%, goal 80.0%, drops count when significant (alpha 0.05)',
    );
  });
});
