import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/compare.js';
import type { ComparisonRow, DeltaStats } from '../../src/compare/types.js';
import { FtbenchError } from '../../src/errors.js';
import { makeRun } from './fixtures.js';

function row(rows: ComparisonRow[], target: string, metric = 'acc'): ComparisonRow {
  const found = rows.find((r) => r.target === target && r.metric === metric);
  if (!found) throw new Error(`no row ${target} ${metric}`);
  return found;
}

function delta(rows: ComparisonRow[], target: string, metric = 'acc'): DeltaStats {
  const found = row(rows, target, metric);
  if (!found.comparable) throw new Error(`${target} is not comparable: ${found.incomparableReason}`);
  return found.delta;
}

describe('compareResults: pairing by docId', () => {
  // baseline scored docs 0..9, candidate docs 2..11: docs 2..9 pair up, 0, 1, 10, 11 do not.
  const baseline = makeRun({ arc_easy: { values: { acc: [1, 1, 1, 1, 0, 0, 1, 0, 1, 1] } } });
  const candidate = makeRun({
    arc_easy: { values: { acc: [0, 0, 0, 0, 0, 0, 1, 0, 1, 1] }, docIds: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
  });
  const { rows } = compareResults(baseline, candidate);

  it('reports the runs’ own aggregates and the delta in points', () => {
    const arc = row(rows, 'arc_easy');
    expect(arc.baseline).toBeCloseTo(0.7, 15);
    expect(arc.candidate).toBeCloseTo(0.3, 15);
    const stats = delta(rows, 'arc_easy');
    expect(stats.points).toBeCloseTo(-40, 12);
    expect(stats.relative).toBeCloseTo(-57.142857142857146, 10); // -0.4 / 0.7 · 100
  });

  it('tests only the documents present on both sides', () => {
    const stats = delta(rows, 'arc_easy');
    // docs 2..9: baseline [1,1,0,0,1,0,1,1], candidate [0,0,0,0,0,0,1,0] → b = 4, c = 0 → p = 2/2^4
    expect(stats).toMatchObject({ test: 'mcnemar', paired: true, n: 8, unmatched: 4 });
    expect(stats.pValue).toBeCloseTo(0.125, 15);
    // python3: diffs mean -0.5, statistics.variance 2/7; -0.5 ∓ 1.959963984540054*sqrt((2/7)/8), ×100
    expect(stats.ci?.low).toBeCloseTo(-87.03983772668732, 10);
    expect(stats.ci?.high).toBeCloseTo(-12.96016227331267, 10);
  });

  it('pairs docId 3 with docId "3"', () => {
    const stringIds = makeRun({ arc_easy: { values: { acc: [0, 1] }, docIds: ['3', '2'] } });
    const numericIds = makeRun({ arc_easy: { values: { acc: [1, 1] }, docIds: [2, 3] } });
    const stats = delta(compareResults(numericIds, stringIds).rows, 'arc_easy');
    // doc 2: 1 → 1, doc 3: 1 → 0
    expect(stats).toMatchObject({ n: 2, unmatched: 0 });
    expect(stats.pValue).toBe(1); // b = 1, c = 0: 2 · 1/2
  });

  it('refuses samples that list a document twice', () => {
    const duplicated = makeRun({ arc_easy: { values: { acc: [1, 0] }, docIds: [4, 4] } });
    expect(() => compareResults(duplicated, candidate)).toThrow(FtbenchError);
  });
});

describe('compareResults: tests by kind of metric', () => {
  it('uses the paired bootstrap for continuous values (truthfulqa_mc2 reports its probability mass as acc)', () => {
    const base = Array.from({ length: 60 }, (_, i) => ((i * 37) % 61) / 61);
    const cand = base.map((value, i) => value + 0.05 + (((i * 13) % 7) - 3) / 100);
    const meanDelta = cand.reduce((total, value, i) => total + value - base[i], 0) / base.length;
    const comparison = compareResults(makeRun({ tqa: { values: { acc: base } } }), makeRun({ tqa: { values: { acc: cand } } }));
    const stats = delta(comparison.rows, 'tqa', 'acc');
    expect(stats).toMatchObject({ test: 'bootstrap', paired: true, n: 60 });
    expect(stats.points).toBeCloseTo(meanDelta * 100, 10);
    expect(stats.ci!.low).toBeLessThan(meanDelta * 100);
    expect(stats.ci!.high).toBeGreaterThan(meanDelta * 100);
    expect(stats.pValue).toBeLessThan(0.01);
    // same inputs, same seed: the same numbers on every run
    expect(compareResults(makeRun({ tqa: { values: { acc: base } } }), makeRun({ tqa: { values: { acc: cand } } })).rows).toEqual(comparison.rows);
  });

  it('falls back to an unpaired interval from the stderrs when a run has no samples', () => {
    const baseline = makeRun({ hs: { values: { acc: [1, 0] }, metrics: { acc: { value: 0.6, stderr: 0.02 } }, logSamples: false } });
    const candidate = makeRun({ hs: { values: { acc: [1, 0] }, metrics: { acc: { value: 0.55, stderr: 0.015 } } } });
    const stats = delta(compareResults(baseline, candidate).rows, 'hs');
    expect(stats).toMatchObject({ test: 'unpaired', paired: false, pValue: null, n: 2 });
    // python3: 100 * (-0.05 ∓ 1.959963984540054 * sqrt(0.02**2 + 0.015**2))
    expect(stats.points).toBeCloseTo(-5, 10);
    expect(stats.ci?.low).toBeCloseTo(-9.89990996135013, 10);
    expect(stats.ci?.high).toBeCloseTo(-0.10009003864985822, 10);
  });

  it('has no interval when unpaired and a stderr is missing', () => {
    const run = makeRun({ hs: { values: { acc: [1] }, logSamples: false } });
    expect(delta(compareResults(run, run).rows, 'hs').ci).toBeNull();
  });
});

describe('compareResults: task hashes', () => {
  it('flags a hash mismatch as not comparable, naming what changed, for the task and its categories', () => {
    const baseline = makeRun({
      'suite:support': {
        values: { acc: [1, 0] },
        categories: ['billing', 'billing'],
        categoryResults: { billing: { n: 2, metrics: { acc: { value: 0.5, stderr: null } } } },
      },
    });
    const candidate = makeRun({
      'suite:support': {
        values: { acc: [1, 1] },
        categories: ['billing', 'billing'],
        categoryResults: { billing: { n: 2, metrics: { acc: { value: 1, stderr: null } } } },
        hash: 'another-hash',
        numFewshot: 5,
      },
    });
    const { rows } = compareResults(baseline, candidate);
    for (const target of ['suite:support', 'suite:support/billing']) {
      const flagged = row(rows, target);
      expect(flagged.comparable).toBe(false);
      if (!flagged.comparable) expect(flagged.incomparableReason).toMatch(/task hashes differ \(num_fewshot 0 → 5\)/);
    }
  });

  it('lists tasks present on one side only as added or removed', () => {
    const baseline = makeRun({ a: { values: { acc: [1] } }, gone: { values: { acc: [1] } } });
    const candidate = makeRun({ a: { values: { acc: [1] } }, fresh: { values: { acc: [0] } } });
    const comparison = compareResults(baseline, candidate);
    expect(comparison.added).toEqual(['fresh']);
    expect(comparison.removed).toEqual(['gone']);
    expect(comparison.rows.map((r) => r.target)).toEqual(['a']);
  });
});

describe('compareResults: groups', () => {
  // t1 and t2 in subgroup stem; mmlu = stem + t3. Values chosen for python3 to check by hand.
  const t1 = { baseline: [1, 1, 0, 1], candidate: [0, 1, 1, 0] };
  const t2 = { baseline: [0, 0, 1, 1, 1, 0], candidate: [1, 1, 1, 1, 0, 1] };
  const t3 = { baseline: [1, 0, 1, 0, 1, 0, 1, 0, 1, 1], candidate: [1, 1, 1, 0, 1, 1, 1, 0, 1, 1] };
  const groups = (mmluValue: number) => ({
    stem: { members: ['t1', 't2'], weightBySize: true, metrics: { acc: { value: 0, stderr: null } } },
    mmlu: { members: ['stem', 't3'], weightBySize: true, n: 20, metrics: { acc: { value: mmluValue, stderr: null } } },
    plain: { members: ['t1', 't2', 't3'], weightBySize: false, metrics: { acc: { value: mmluValue, stderr: null } } },
  });
  const run = (side: 'baseline' | 'candidate', mmluValue: number) =>
    makeRun({ t1: { values: { acc: t1[side] } }, t2: { values: { acc: t2[side] } }, t3: { values: { acc: t3[side] } } }, groups(mmluValue));

  const { rows } = compareResults(run('baseline', 0.6), run('candidate', 0.75));

  it('compares the reported group values', () => {
    expect(delta(rows, 'mmlu').points).toBeCloseTo(15, 10);
  });

  it('tests the members’ concatenated documents, each task weighted as in the group score', () => {
    // python3: strata weights 4/20, 6/20, 10/20; CI = Σw·mean(d) ∓ z·√(Σw²·var(d)/n); McNemar over all 20 docs b=3, c=6
    const mmlu = delta(rows, 'mmlu');
    expect(mmlu).toMatchObject({ test: 'mcnemar', n: 20 });
    expect(mmlu.pValue).toBeCloseTo(0.5078125, 15);
    expect(mmlu.ci?.low).toBeCloseTo(-15.116625150266563, 10);
    expect(mmlu.ci?.high).toBeCloseTo(45.116625150266565, 10);
    // weight_by_size false: each leaf 1/3 → center 0.094444…
    const plain = delta(rows, 'plain');
    expect(plain.ci?.low).toBeCloseTo(-29.64882966003866, 10);
    expect(plain.ci?.high).toBeCloseTo(48.53771854892755, 10);
  });

  it('is not comparable when a member task’s hash differs', () => {
    const changed = run('candidate', 0.75);
    changed.tasks.t2.hash = 'changed';
    const mmlu = row(compareResults(run('baseline', 0.6), changed).rows, 'mmlu');
    expect(mmlu.comparable).toBe(false);
    if (!mmlu.comparable) expect(mmlu.incomparableReason).toMatch(/^member task t2: task hashes differ/);
  });

  it('is not comparable when the member tasks differ', () => {
    const fewer = run('candidate', 0.75);
    fewer.groups.plain.members = ['t1', 't2'];
    const plain = row(compareResults(run('baseline', 0.6), fewer).rows, 'plain');
    expect(plain.comparable).toBe(false);
    if (!plain.comparable) expect(plain.incomparableReason).toContain('only in baseline: t3');
  });
});

describe('compareResults: suite categories', () => {
  const categories = ['billing', 'refunds', 'billing', undefined, 'refunds', 'billing'];
  const categoryResults = (billing: number, refunds: number, uncategorized: number) => ({
    billing: { n: 3, metrics: { acc: { value: billing, stderr: null } } },
    refunds: { n: 2, metrics: { acc: { value: refunds, stderr: null } } },
    uncategorized: { n: 1, metrics: { acc: { value: uncategorized, stderr: null } } },
  });
  const baseline = makeRun({ 'suite:support': { values: { acc: [1, 1, 1, 0, 1, 1] }, categories, categoryResults: categoryResults(1, 1, 0) } });
  const candidate = makeRun({ 'suite:support': { values: { acc: [0, 1, 0, 1, 1, 0] }, categories, categoryResults: categoryResults(0, 1, 1) } });
  const { rows } = compareResults(baseline, candidate);

  it('makes one row per category, targeted as suite:<suite>/<category>', () => {
    expect(rows.filter((r) => r.kind === 'category').map((r) => r.target)).toEqual([
      'suite:support/billing',
      'suite:support/refunds',
      'suite:support/uncategorized',
    ]);
  });

  it('pairs only the category’s documents', () => {
    // billing docs 0, 2, 5: all 1 → 0, so b = 3, c = 0 → p = 2/8
    const billing = delta(rows, 'suite:support/billing');
    expect(billing).toMatchObject({ n: 3, points: -100 });
    expect(billing.pValue).toBeCloseTo(0.25, 14);
    // doc 3 has no category: 0 → 1
    expect(delta(rows, 'suite:support/uncategorized')).toMatchObject({ n: 1, pValue: 1, ci: null });
  });
});
