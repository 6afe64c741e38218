/**
 * The fine-tuner's loop on plain data: variants against a baseline, their trade-off (task gain
 * against general drop, Pareto front, best balance) and the stop advice, criterion by criterion.
 */
import { describe, expect, it } from 'vitest';
import { compareVariants, variantsTradeoff } from '../../src/compare/variants.js';
import { bestBalance, paretoOptimal, type TradeoffPoint } from '../../src/compare/tradeoff.js';
import { stopAdvice, type StopSettings } from '../../src/compare/stop-advice.js';
import { emptyHistory, parseHistory, recordIteration, MAX_HISTORY_RECORDS, type IterationRecord } from '../../src/compare/history.js';
import type { GateConfig } from '../../src/compare/types.js';
import { makeRun } from './fixtures.js';

/** n documents, the first `correct` of them right. */
const docs = (n: number, correct: number) => Array.from({ length: n }, (_, i) => (i < correct ? 1 : 0));

/** A run with a domain suite and a general task; each 100 documents, `domain` and `general` right. */
const run = (domain: number, general: number) =>
  makeRun({ 'suite:pharmacy': { values: { acc: docs(100, domain) } }, mmlu: { values: { acc: docs(100, general) } } });

const GATES: GateConfig[] = [
  { target: 'suite:pharmacy', metric: 'acc', targetValue: 0.8 },
  { target: 'mmlu', metric: 'acc', maxDrop: 3 },
];
const SETTINGS: StopSettings = { minGain: 1, bestBalance: 'within-limits' };

describe('compareVariants', () => {
  it('has the baseline first, then one row per variant, each cell the paired comparison with the baseline', () => {
    const table = compareVariants(
      { name: 'base', results: run(60, 63) },
      [
        { name: 'r8-ep3', results: run(72, 61) },
        { name: 'r16-ep3', results: run(78, 59) },
      ],
      GATES,
    );
    expect(table.columns.map((column) => `${column.target} ${column.metric}`)).toEqual(['suite:pharmacy acc', 'mmlu acc']);
    expect(table.rows.map((row) => row.name)).toEqual(['base', 'r8-ep3', 'r16-ep3']);
    expect(table.rows[0].cells.map((cell) => [cell.value, cell.row])).toEqual([
      [0.6, null],
      [0.63, null],
    ]);
    const r16 = table.rows[2].cells[0].row;
    // 18 documents flip 0 → 1 and none the other way: McNemar's exact p = 2 · 0.5^18.
    expect(r16?.comparable && r16.delta.points).toBeCloseTo(18, 10);
    expect(r16?.comparable && r16.delta.pValue).toBeCloseTo(2 * 0.5 ** 18, 12);
  });

  it('adds a column per suite category on request', () => {
    const withCategories = (values: number[]) =>
      makeRun({
        'suite:s': {
          values: { acc: values },
          categories: ['a', 'a', 'b', 'b'],
          categoryResults: {
            a: { n: 2, metrics: { acc: { value: (values[0] + values[1]) / 2, stderr: null } } },
            b: { n: 2, metrics: { acc: { value: (values[2] + values[3]) / 2, stderr: null } } },
          },
        },
      });
    const table = compareVariants({ name: 'base', results: withCategories([1, 0, 0, 0]) }, [{ name: 'v', results: withCategories([1, 1, 0, 0]) }], [], {
      categories: true,
    });
    expect(table.columns.map((column) => column.target)).toEqual(['suite:s', 'suite:s/a', 'suite:s/b']);
    expect(table.rows[1].cells.map((cell) => cell.value)).toEqual([0.5, 1, 0]);
  });
});

describe('the trade-off of the issue example', () => {
  // Iteration 1: r=8 ep3 → task 72, MMLU 61 (base 63): −2, acceptable. 2: r=16 ep3 → 78, 59: −4, too much.
  // 3: r=8 ep2 → 74, 62: best balance (+14 task, −1 MMLU).
  const table = compareVariants(
    { name: 'base', results: run(60, 63) },
    [
      { name: 'r8-ep3', results: run(72, 61) },
      { name: 'r16-ep3', results: run(78, 59) },
      { name: 'r8-ep2', results: run(74, 62) },
    ],
    GATES,
  );
  const tradeoff = variantsTradeoff(table, GATES, SETTINGS);

  it('measures task gain on the target tasks and the worst drop on the rest, in points', () => {
    expect(tradeoff.points.map((point) => [point.name, Number(point.taskGain?.toFixed(6)), Number(point.generalDrop.toFixed(6)), point.worstGeneral])).toEqual([
      ['r8-ep3', 12, 2, 'mmlu'],
      ['r16-ep3', 18, 4, 'mmlu'],
      ['r8-ep2', 14, 1, 'mmlu'],
    ]);
    expect(tradeoff.points.map((point) => point.limits.map((limit) => limit.within))).toEqual([[true], [false], [true]]);
  });

  it('marks the Pareto front and names the best balance by the configured rule', () => {
    // r8-ep3 (+12, −2) is dominated by r8-ep2 (+14, −1).
    expect(tradeoff.pareto).toEqual([false, true, true]);
    expect(tradeoff.best).toBe(2);
    // gain − drop: r16-ep3 14 vs r8-ep2 13.
    expect(bestBalance(tradeoff.points, 'gain-minus-drop')).toBe(1);
  });

  it('advises on the last variant against the one before it, one criterion per line with its numbers', () => {
    expect(tradeoff.advice?.criteria.map((criterion) => [criterion.name, criterion.met, criterion.text])).toEqual([
      ['target', false, 'Target: suite:pharmacy acc 74.0 % (goal 80.0 %, not reached)'],
      ['general', true, 'General: mmlu acc −1.0 points (max drop 3.0 points, within)'],
      ['marginal-gain', true, 'Marginal gain: −4.0 points of task gain vs r16-ep3 (below min-gain 1.0)'],
    ]);
    // A milder round that gains less and still misses the goal: more of the same will not reach it.
    expect(tradeoff.advice?.verdict).toBe('plateau');
  });
});

const point = (name: string, overrides: Partial<TradeoffPoint>): TradeoffPoint => ({
  name,
  taskGain: 0,
  generalDrop: 0,
  worstGeneral: null,
  tasks: [],
  general: [],
  goals: [],
  limits: [],
  ...overrides,
});
const goal = (reached: boolean) => [{ label: 'suite:pharmacy acc', value: reached ? 0.82 : 0.74, goal: 0.8, pointsScale: 100, reached }];
const limit = (within: boolean) => [{ label: 'mmlu acc', points: within ? -1 : -4, limits: 'max drop 3.0 points', within }];

describe('stopAdvice', () => {
  it('stop: target met, general drop within limits, and the last round gained less than min-gain', () => {
    const advice = stopAdvice(point('v3', { taskGain: 22.5, goals: goal(true), limits: limit(true) }), point('v2', { taskGain: 22 }), SETTINGS);
    expect(advice.verdict).toBe('stop');
    expect(advice.criteria.map((criterion) => criterion.met)).toEqual([true, true, true]);
    expect(advice.criteria[2].text).toBe('Marginal gain: +0.5 points of task gain vs v2 (below min-gain 1.0)');
  });

  it('back-off: a general benchmark dropped past its limit, whatever the target says', () => {
    expect(stopAdvice(point('v', { taskGain: 30, goals: goal(true), limits: limit(false) }), null, SETTINGS).verdict).toBe('back-off');
  });

  it('target-met: reached within limits, but the last round still gained min-gain or more', () => {
    expect(stopAdvice(point('v3', { taskGain: 25, goals: goal(true), limits: limit(true) }), point('v2', { taskGain: 20 }), SETTINGS).verdict).toBe(
      'target-met',
    );
  });

  it('plateau: the goal is not reached and the last round gained little', () => {
    const advice = stopAdvice(point('v3', { taskGain: 10.4, goals: goal(false), limits: limit(true) }), point('v2', { taskGain: 10 }), SETTINGS);
    expect(advice.verdict).toBe('plateau');
  });

  it('continue: the goal is not reached and the rounds still gain; min-gain is the setting', () => {
    const current = point('v3', { taskGain: 12, goals: goal(false), limits: limit(true) });
    const previous = point('v2', { taskGain: 10 });
    expect(stopAdvice(current, previous, SETTINGS).verdict).toBe('continue');
    expect(stopAdvice(current, previous, { ...SETTINGS, minGain: 3 }).verdict).toBe('plateau');
  });

  it('names the unmet limits first and counts the rest when there are many', () => {
    const limits = Array.from({ length: 10 }, (_, i) => ({ label: `task${i} acc`, points: -1, limits: 'max drop 3.0 points', within: i !== 7 }));
    const advice = stopAdvice(point('v', { taskGain: 1, limits }), null, SETTINGS);
    expect(advice.criteria[1].text).toMatch(
      /^General: task7 acc −1\.0 points \(max drop 3\.0 points, past the limit\); task0 acc .*; and 4 more \(1 of all 10 not met\)$/,
    );
  });

  it('says what cannot be judged instead of guessing', () => {
    const advice = stopAdvice(point('v1', { taskGain: null }), null, SETTINGS);
    expect(advice.criteria.map((criterion) => criterion.met)).toEqual([null, null, null]);
    expect(advice.criteria[0].text).toMatch(/no goal set/);
    expect(advice.criteria[2].text).toBe('Marginal gain: no previous iteration to compare with');
  });
});

describe('paretoOptimal', () => {
  it('keeps points no other beats on both axes; a point without task gain is never on the front', () => {
    const points = [
      point('a', { taskGain: 5, generalDrop: 1 }),
      point('b', { taskGain: 5, generalDrop: 2 }),
      point('c', { taskGain: 8, generalDrop: 3 }),
      point('d', { taskGain: null }),
    ];
    expect(paretoOptimal(points)).toEqual([true, false, true, false]);
  });
});

describe('the PR history', () => {
  const record = (i: number, time = `2026-12-01T10:${String(i % 60).padStart(2, '0')}:00Z`): IterationRecord => ({
    sha: (i + 1).toString(16).padStart(40, 'a'),
    time,
    passed: i % 2 === 0,
    point: point(`push ${i}`, { taskGain: i }),
  });

  it('appends a new commit, replaces a re-run of the same commit in place, and keeps the newest records', () => {
    let history = emptyHistory(7);
    for (let i = 0; i < 3; i++) history = recordIteration(history, record(i));
    history = recordIteration(history, { ...record(1), time: '2026-12-01T11:00:00Z', passed: true });
    expect(history.iterations.map((iteration) => [iteration.sha.slice(-1), iteration.time])).toEqual([
      ['1', '2026-12-01T10:00:00Z'],
      ['2', '2026-12-01T11:00:00Z'],
      ['3', '2026-12-01T10:02:00Z'],
    ]);
    for (let i = 3; i < MAX_HISTORY_RECORDS + 10; i++) history = recordIteration(history, record(i));
    expect(history.iterations).toHaveLength(MAX_HISTORY_RECORDS);
    expect(history.iterations[0].point.name).toBe('push 10');
  });

  it('reads back what it wrote, and refuses anything else or another PR’s history', () => {
    const history = recordIteration(emptyHistory(7), record(0));
    expect(parseHistory(JSON.stringify(history), 7, 'cache')).toEqual(history);
    expect(() => parseHistory(JSON.stringify(history), 8, 'cache')).toThrow(/history of PR #7, not of #8/);
    expect(() => parseHistory('{"format": "ftbench-pr-history"', 7, 'cache')).toThrow(/not JSON/);
    const forged = { ...history, iterations: [{ ...history.iterations[0], sha: '](https://evil.example)' }] };
    expect(() => parseHistory(JSON.stringify(forged), 7, 'cache')).toThrow(/iterations\[0\]\.sha/);
    const extra = { ...history, iterations: [{ ...history.iterations[0], markdown: '**x**' }] };
    expect(() => parseHistory(JSON.stringify(extra), 7, 'cache')).toThrow(/markdown/);
  });
});
