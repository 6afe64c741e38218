import { describe, expect, it } from 'vitest';
import { aggregateByCategory, aggregateGroup, aggregateGroups, aggregateTask, mean, sampleStderr, type SizedMetrics } from '../../src/metrics/aggregate.js';
import type { TaskGroup } from '../../src/tasks/types.js';

// Expected literals come from python3 (3.11): statistics.stdev(x) / math.sqrt(len(x)) for task
// stderrs, and lm-eval's aggregate_subtask_metrics / pooled_sample_stderr formulas retyped in python.
const A = [1, 0, 1, 1, 0];
const B = [0, 0, 1, 0, 1, 1, 1, 0];
const C = [1, 1, 1];
const D = [0, 1, 0, 0, 1, 0];

const taskOf = (values: number[]): SizedMetrics => ({ n: values.length, metrics: aggregateTask({ acc: values }) });

describe('mean and sampleStderr', () => {
  it('match python statistics on 0/1 values', () => {
    const values = [1, 0, 1, 1, 0, 1, 0, 0, 1, 1];
    expect(mean(values)).toBe(0.6);
    expect(sampleStderr(values)).toBeCloseTo(0.16329931618554522, 15);
  });

  it('match python statistics on fractional (mc2-like) values', () => {
    const values = [0.25, 0.8, 0.61, 0.05, 0.9];
    expect(mean(values)).toBeCloseTo(0.522, 15);
    expect(sampleStderr(values)).toBeCloseTo(0.16196913286178943, 15);
  });

  it('gives no stderr below two documents (lm-eval "N/A")', () => {
    expect(sampleStderr([1])).toBeNull();
    expect(aggregateTask({ acc: [1] })).toEqual({ acc: { value: 1, stderr: null } });
  });

  it('refuses the mean of nothing', () => {
    expect(() => mean([])).toThrow(/empty/);
  });
});

describe('aggregateTask', () => {
  it('aggregates every metric given', () => {
    const metrics = aggregateTask({ acc: A, acc_norm: C });
    expect(metrics.acc?.value).toBe(0.6);
    expect(metrics.acc?.stderr).toBeCloseTo(0.24494897427831777, 15);
    expect(metrics.acc_norm).toEqual({ value: 1, stderr: 0 });
  });
});

describe('aggregateGroup', () => {
  const members = [taskOf(A), taskOf(B), taskOf(C)];

  it('weights by size and pools the stderr', () => {
    const group = aggregateGroup(members, true);
    expect(group.n).toBe(16);
    expect(group.metrics.acc?.value).toBe(0.625);
    expect(group.metrics.acc?.stderr).toBeCloseTo(0.12403473458920844, 15);
  });

  it('averages members equally without weight_by_size, still pooling with the real sizes', () => {
    const group = aggregateGroup(members, false);
    expect(group.metrics.acc?.value).toBeCloseTo(0.7000000000000001, 15);
    expect(group.metrics.acc?.stderr).toBeCloseTo(0.12403473458920844, 15);
  });

  it('has no stderr when a member has none', () => {
    const group = aggregateGroup([taskOf(A), taskOf([1])], true);
    expect(group.metrics.acc?.value).toBeCloseTo(4 / 6, 15);
    expect(group.metrics.acc?.stderr).toBeNull();
  });

  it('aggregates a metric only over the members that report it', () => {
    const withNorm: SizedMetrics = { n: 5, metrics: aggregateTask({ acc: A, acc_norm: [1, 1, 1, 1, 0] }) };
    const group = aggregateGroup([withNorm, taskOf(B)], true);
    expect(group.metrics.acc_norm?.value).toBe(0.8);
    expect(group.metrics.acc?.value).toBeCloseTo(7 / 13, 15);
  });

  it('pools to about the stderr of all samples concatenated (lm-eval claim)', () => {
    // Deterministic 0/1 samples for 5 subtasks of different sizes, success rate ~0.6 each.
    let state = 12345;
    const nextUniform = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const subtasks = [40, 75, 120, 200, 310].map((size) => Array.from({ length: size }, () => (nextUniform() < 0.6 ? 1 : 0)));
    const pooled = aggregateGroup(subtasks.map(taskOf), true).metrics.acc?.stderr as number;
    const concatenated = sampleStderr(subtasks.flat()) as number;
    expect(Math.abs(pooled - concatenated) / concatenated).toBeLessThan(0.02);
  });
});

describe('aggregateGroups (lm-eval consolidate_group_results)', () => {
  const tasks = { a: taskOf(A), b: taskOf(B), c: taskOf(C), d: taskOf(D) };
  const group = (name: string, members: string[], weightBySize = true): TaskGroup => ({
    name,
    members,
    weightBySize,
    metrics: ['acc'],
    version: '1',
  });

  it('aggregates a group of groups over its leaf tasks, not over the subgroups', () => {
    const results = aggregateGroups([group('top', ['g1', 'g2']), group('g1', ['a', 'b']), group('g2', ['c', 'd'])], tasks);
    expect(results.g1.metrics.acc?.value).toBeCloseTo(0.5384615384615384, 15);
    expect(results.g1.metrics.acc?.stderr).toBeCloseTo(0.14959151840135312, 15);
    expect(results.top).toMatchObject({ name: 'top', members: ['g1', 'g2'], n: 22, weightBySize: true });
    expect(results.top.metrics.acc?.value).toBeCloseTo(0.5454545454545454, 15);
    // Pooling the leaves gives 0.10699444587365947; pooling the subgroups would give 0.10675714383929594.
    expect(results.top.metrics.acc?.stderr).toBeCloseTo(0.10699444587365947, 15);
  });

  it('takes an unweighted mean over the leaf tasks', () => {
    const results = aggregateGroups([group('top', ['g1', 'g2'], false), group('g1', ['a', 'b']), group('g2', ['c', 'd'])], tasks);
    // Mean of the four task accuracies; the mean of the two subgroup values would be 0.5470085470085471.
    expect(results.top.metrics.acc?.value).toBeCloseTo(0.6083333333333334, 15);
  });

  it('aggregates only the metrics the group declares', () => {
    const withNorm = { a: { n: 5, metrics: aggregateTask({ acc: A, acc_norm: A }) } };
    expect(Object.keys(aggregateGroups([group('g', ['a'])], withNorm).g.metrics)).toEqual(['acc']);
  });

  it('reports a member without results and a cycle', () => {
    expect(() => aggregateGroups([group('g', ['a', 'zzz'])], tasks)).toThrow(/no result for member task zzz/);
    expect(() => aggregateGroups([group('x', ['y']), group('y', ['x'])], tasks)).toThrow(/cycle: x -> y -> x/);
  });
});

describe('aggregateByCategory', () => {
  it('aggregates each category like a task, with sorted keys', () => {
    const docs = [
      ...A.map((acc) => ({ category: 'dosing', metrics: { acc } })),
      ...C.map((acc) => ({ category: 'adverse_effects', metrics: { acc } })),
      { metrics: { acc: 0 } },
    ];
    const categories = aggregateByCategory(docs);
    expect(Object.keys(categories)).toEqual(['adverse_effects', 'dosing', 'uncategorized']);
    expect(categories.adverse_effects).toEqual({ n: 3, metrics: { acc: { value: 1, stderr: 0 } } });
    expect(categories.dosing.n).toBe(5);
    expect(categories.dosing.metrics.acc?.value).toBe(0.6);
    expect(categories.dosing.metrics.acc?.stderr).toBeCloseTo(0.24494897427831777, 15);
    expect(categories.uncategorized).toEqual({ n: 1, metrics: { acc: { value: 0, stderr: null } } });
  });
});
