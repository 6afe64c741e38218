/**
 * MT-Bench in the comparison: gates on the 1–10 score in rating points, for the task and as
 * mt_bench/<category>, paired per question; ratings from another judge, another sampling mode or
 * with an excess of failed judgments are not comparable, which fails the check.
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compare.js';
import { describeLimits, validateGate } from '../../src/compare/gates.js';
import { compareVariants } from '../../src/compare/variants.js';
import type { GateConfig } from '../../src/compare/types.js';
import { FtbenchError } from '../../src/errors.js';
import { lowerCategory, MT_BENCH_CATEGORIES, type MtBenchQuestionSpec, type MtBenchSpec, mtBenchQuestions, mtBenchRun } from './fixtures.js';

const CATEGORIES = MT_BENCH_CATEGORIES;
const baselineQuestions = mtBenchQuestions();
const writingDrop = (drop: number) => lowerCategory(baselineQuestions, 'writing', drop);

function compare(candidate: MtBenchQuestionSpec[], gates: GateConfig[], candidateSpec: Partial<MtBenchSpec> = {}, baselineSpec: Partial<MtBenchSpec> = {}) {
  return compareResults(mtBenchRun({ questions: baselineQuestions, ...baselineSpec }), mtBenchRun({ questions: candidate, ...candidateSpec }), gates);
}

describe('MT-Bench comparison rows', () => {
  it('one row for the score and one per category, each paired per question with the bootstrap, in rating points', () => {
    const comparison = compare(writingDrop(3), []);
    expect(comparison.rows.map((row) => row.target)).toEqual(['mt_bench', ...[...CATEGORIES].sort().map((category) => `mt_bench/${category}`)]);
    const task = comparison.rows[0];
    expect(task).toMatchObject({ kind: 'task', metric: 'score', pointsScale: 1, comparable: true });
    if (!task.comparable) throw new Error('expected a comparable row');
    // 5 writing questions × 2 turns × 3 points over 80 judgments.
    expect(task.delta.points).toBeCloseTo(-30 / 80, 10);
    expect(task.delta).toMatchObject({ test: 'bootstrap', paired: true, n: 40, unmatched: 0 });
    expect(task.delta.ci?.high).toBeLessThan(0);

    const writing = comparison.rows.find((row) => row.target === 'mt_bench/writing');
    expect(writing).toMatchObject({ kind: 'category', task: 'mt_bench', category: 'writing', comparable: true });
    if (!writing?.comparable) throw new Error('expected a comparable row');
    expect(writing.delta).toMatchObject({ points: -3, test: 'bootstrap', paired: true, n: 5 });
    const math = comparison.rows.find((row) => row.target === 'mt_bench/math');
    expect(math?.comparable && math.delta.points).toBe(0);
  });

  it('leaves a question neither of whose turns got a rating out of the pairing, and counts it', () => {
    const unrated = (at: number) => baselineQuestions.map((question, i): MtBenchQuestionSpec => (i === at ? { ...question, ratings: [-1, -1] } : question));
    const [task] = compareResults(mtBenchRun({ questions: unrated(3) }), mtBenchRun({ questions: unrated(7) })).rows;
    // Left out: both records of question 84 and of question 88, each unrated on one side.
    expect(task.comparable && task.delta).toMatchObject({ paired: true, n: 38, unmatched: 4 });
  });
});

describe('MT-Bench gates', () => {
  it('a drop of the score past max-drop fails, in rating points to two decimals', () => {
    const [gate] = compare(writingDrop(3), [{ target: 'mt_bench', metric: 'score', maxDrop: 0.3 }]).gates;
    expect(gate).toMatchObject({ verdict: 'regression', failed: true });
    expect(gate.reason).toMatch(/^mt_bench score dropped 0\.38 points \(limit 0\.30\) \(p = /);
  });

  it('a category drop fails its category gate while the whole score stays within its limit', () => {
    const comparison = compare(writingDrop(3), [
      { target: 'mt_bench', metric: 'score', maxDrop: 0.5 },
      { target: 'mt_bench/writing', metric: 'score', maxDrop: 1 },
      { target: 'mt_bench/math', metric: 'score', maxDrop: 1 },
    ]);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['pass', 'regression', 'pass']);
    expect(comparison.passed).toBe(false);
    expect(comparison.reasons).toEqual([expect.stringMatching(/^mt_bench\/writing score dropped 3\.00 points \(limit 1\.00\)/)]);
  });

  it('a floor is on the 1–10 scale', () => {
    const [gate] = compare(writingDrop(3), [{ target: 'mt_bench/writing', metric: 'score', min: 6 }]).gates;
    // writing's baseline ratings (i = 0..4): 6,5 7,6 8,7 9,5 6,6 → mean 6.5; 3 lower → 3.5.
    expect(gate).toMatchObject({ verdict: 'below-floor', failed: true, value: 3.5 });
    expect(gate.reason).toBe('mt_bench/writing score is 3.50, below the floor 6.00');
  });

  it('a category neither run has is missing, which fails', () => {
    const [gate] = compare(baselineQuestions, [{ target: 'mt_bench/poetry', metric: 'score', maxDrop: 1 }]).gates;
    expect(gate).toMatchObject({ verdict: 'missing', failed: true });
    expect(gate.reason).toBe('mt_bench/poetry score: mt_bench has no category "poetry" in both runs');
  });
});

describe('MT-Bench ratings that must not be compared fail the gate', () => {
  const gates: GateConfig[] = [
    { target: 'mt_bench', metric: 'score', maxDrop: 9 },
    { target: 'mt_bench/writing', metric: 'score', maxDrop: 9 },
  ];

  it.each([
    ['another judge', { judge: 'local:abc123' }, /judged by gpt-4 for the baseline but local:abc123 for the candidate/],
    ['another temperature mode', { temperature: 'fastchat' as const }, /mt-bench-temperature greedy for the baseline but fastchat for the candidate/],
    ['other judge prompts', { judgePrompts: ['single-v2', 'single-v1-multi-turn'] }, /judge prompts differ/],
  ])('%s: every row is not comparable, and every gate on it fails', (_, candidateSpec, reason) => {
    const comparison = compare(baselineQuestions, gates, candidateSpec);
    expect(comparison.rows.every((row) => !row.comparable)).toBe(true);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['not-comparable', 'not-comparable']);
    expect(comparison.passed).toBe(false);
    expect(comparison.reasons[0]).toMatch(reason);
  });

  it('far more failed judgments in the candidate: not comparable, even though leaving them out raises its score', () => {
    // The candidate's three worst writing turns got no rating: its average would rise without them.
    const candidate = baselineQuestions.map((question, i): MtBenchQuestionSpec => (i < 3 ? { ...question, ratings: [question.ratings[0], -1] } : question));
    const comparison = compare(candidate, gates);
    const [task] = comparison.rows;
    expect(task.candidate).toBeGreaterThan(task.baseline);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['not-comparable', 'not-comparable']);
    expect(comparison.reasons[0]).toMatch(/the candidate has 3 failed judgments \(no rating\) against the baseline's 0/);
  });

  it('one failed judgment more than the baseline is within the slack; as many as the baseline always are', () => {
    const failOne = (questions: MtBenchQuestionSpec[], at: number) =>
      questions.map((question, i): MtBenchQuestionSpec => (i === at ? { ...question, ratings: [question.ratings[0], -1] } : question));
    expect(compare(failOne(baselineQuestions, 10), gates).passed).toBe(true);
    const baselineFailures = failOne(failOne(baselineQuestions, 1), 2);
    const comparison = compareResults(
      mtBenchRun({ questions: baselineFailures }),
      mtBenchRun({ questions: failOne(failOne(failOne(baselineQuestions, 5), 6), 7) }),
      gates,
    );
    expect(comparison.passed).toBe(true);
  });

  it('a run without its judging record is not comparable', () => {
    const baseline = mtBenchRun({ questions: baselineQuestions });
    const candidate = mtBenchRun({ questions: baselineQuestions });
    delete candidate.tasks.mt_bench.mtBench;
    const comparison = compareResults(baseline, candidate, gates);
    expect(comparison.reasons[0]).toMatch(/the candidate run has no MT-Bench judging record/);
  });
});

describe('validateGate on the 1–10 score', () => {
  it.each<[string, Partial<GateConfig>, RegExp]>([
    ['a floor above 10', { min: 75 }, /min must be on the metric's 1–10 scale, got 75/],
    ['a floor written as a fraction', { min: 0.75 }, /min must be on the metric's 1–10 scale, got 0\.75/],
    ['a goal above 10', { targetValue: 11 }, /targetValue must be on the metric's 1–10 scale/],
    ['a drop past the whole scale', { maxDrop: 9.5 }, /maxDrop must be at most 9 points \(the whole 1–10 scale\), got 9\.5/],
  ])('rejects %s', (_, limits, message) => {
    const gate = { target: 'mt_bench', metric: 'score' as const, ...limits };
    expect(() => validateGate(gate)).toThrow(FtbenchError);
    expect(() => validateGate(gate)).toThrow(message);
  });

  it('accepts limits on the rating scale, and on a category', () => {
    expect(() => validateGate({ target: 'mt_bench/writing', metric: 'score', maxDrop: 9, min: 1, targetValue: 10 })).not.toThrow();
    expect(() => validateGate({ target: 'mt_bench/', metric: 'score', maxDrop: 1 })).toThrow(/target must name/);
  });

  it('puts rating limits into words on their scale', () => {
    expect(describeLimits({ target: 'mt_bench', metric: 'score', maxDrop: 0.25, min: 7.5, targetValue: 8 })).toBe(
      'max drop 0.25 points, floor 7.50, goal 8.00',
    );
  });
});

describe('MT-Bench floors without a baseline', () => {
  const floor: GateConfig[] = [
    { target: 'mt_bench', metric: 'score', min: 6, maxDrop: 0.5 },
    { target: 'mt_bench/writing', metric: 'score', min: 6 },
  ];
  const unrated = (count: number) =>
    mtBenchQuestions().map((question, i): MtBenchQuestionSpec => (i < count ? { ...question, ratings: [question.ratings[0], -1] } : question));

  it('are judged on the candidate alone while its unrated turns are within the slack', () => {
    const comparison = compareResults(null, mtBenchRun({ questions: unrated(1) }), floor);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['no-baseline', 'pass']);
  });

  it('fail as not comparable when more turns are unrated: their score could be propped up by leaving the worst out', () => {
    const comparison = compareResults(null, mtBenchRun({ questions: unrated(3) }), floor);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['not-comparable', 'not-comparable']);
    expect(comparison.passed).toBe(false);
    expect(comparison.reasons[0]).toBe(
      "mt_bench score cannot be judged: the candidate has 3 failed judgments (no rating) with no baseline to weigh them against: unrated turns are left out of the score, so its score would hide them; check the judge and the candidate's answers",
    );
  });
});

describe('MT-Bench in ftbench compare', () => {
  it('is a column by its score, ungated too, with a column per category on request', () => {
    const table = compareVariants(
      { name: 'base', results: mtBenchRun({ questions: baselineQuestions }) },
      [{ name: 'tuned', results: mtBenchRun({ questions: writingDrop(3) }) }],
      [],
      { categories: true },
    );
    expect(table.columns.map((column) => column.target)).toEqual(['mt_bench', ...[...CATEGORIES].sort().map((category) => `mt_bench/${category}`)]);
    expect(table.columns.every((column) => column.metric === 'score')).toBe(true);
    const writing = table.rows[1].cells[table.columns.findIndex((column) => column.target === 'mt_bench/writing')];
    expect(writing.row?.comparable && writing.row.delta.points).toBe(-3);
  });
});
