/**
 * Aggregation of per-document metric values into task, group and category results, with the
 * formulas (and the order of floating-point operations) of lm-evaluation-harness v0.4.x:
 * `lm_eval/api/metrics.py` (mean, sample_stddev, mean_stderr, aggregate_subtask_metrics,
 * pooled_sample_stderr) and `lm_eval/evaluator_utils.py` (consolidate_group_results).
 *
 * Sums run left to right like Python < 3.12's `sum`; Python 3.12+ uses compensated summation,
 * which can differ in the last bit or so for non-0/1 values (mc2).
 */
import type { CategoryResult, GroupResult, MetricValue, Metrics } from '../schema.js';
import type { MetricName, TaskGroup } from '../tasks/types.js';

/** A task, group or category result as far as aggregation is concerned. */
export interface SizedMetrics {
  /** Number of documents behind the metrics. */
  n: number;
  metrics: Metrics;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** lm-eval `mean`: sum(arr) / len(arr). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return sum(values) / values.length;
}

/**
 * lm-eval `mean_stderr`: sample standard deviation (n - 1 denominator) / sqrt(n).
 * Null when n < 2, where lm-eval reports "N/A".
 */
export function sampleStderr(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mu = mean(values);
  const squaredDeviations = values.map((x) => (x - mu) * (x - mu));
  const sampleStddev = Math.sqrt(sum(squaredDeviations) / (values.length - 1));
  return sampleStddev / Math.sqrt(values.length);
}

/** A task's metrics from its per-document values (every list holds one value per document). */
export function aggregateTask(perDocValues: Partial<Record<MetricName, readonly number[]>>): Metrics {
  const metrics: Metrics = {};
  for (const [name, values] of Object.entries(perDocValues) as [MetricName, readonly number[]][]) {
    metrics[name] = { value: mean(values), stderr: sampleStderr(values) };
  }
  return metrics;
}

/**
 * lm-eval `pooled_sample_stderr`: sqrt( [Σ (n_i − 1)·se_i²·n_i / (Σn_i − k)] / Σn_i ).
 * se_i²·n_i is member i's sample variance, so this pools the within-member variances; lm-eval
 * notes it matches the stderr of all members' samples concatenated.
 */
function pooledStderr(stderrs: readonly number[], sizes: readonly number[]): number {
  const weightedVariances = sizes.map((size, i) => (size - 1) * (stderrs[i] * stderrs[i]) * size);
  const pooledVariance = sum(weightedVariances) / (sum(sizes) - sizes.length);
  return Math.sqrt(pooledVariance / sum(sizes));
}

/** lm-eval `aggregate_subtask_metrics`: mean of the members' values, weighted by size or not. */
function aggregateValues(values: readonly number[], sizes: readonly number[], weightBySize: boolean): number {
  const weights = weightBySize ? sizes : sizes.map(() => 1);
  return sum(values.map((value, i) => value * weights[i])) / sum(weights);
}

/**
 * One group's metrics from its members' results. The stderr is pooled over the real sizes even
 * when the value is an unweighted mean, and is null as soon as one member's stderr is (lm-eval's "N/A").
 * For lm-eval parity pass the group's leaf tasks, not its subgroups: see `aggregateGroups`.
 */
export function aggregateGroup(members: readonly SizedMetrics[], weightBySize: boolean): SizedMetrics {
  const metricNames = new Set(members.flatMap((member) => Object.keys(member.metrics) as MetricName[]));
  const metrics: Metrics = {};
  for (const name of metricNames) {
    const scored = members.filter((member) => member.metrics[name] !== undefined);
    const results = scored.map((member) => member.metrics[name] as MetricValue);
    const sizes = scored.map((member) => member.n);
    const stderrs = results.map((result) => result.stderr);
    metrics[name] = {
      value: aggregateValues(
        results.map((result) => result.value),
        sizes,
        weightBySize,
      ),
      stderr: stderrs.some((stderr) => stderr === null) ? null : pooledStderr(stderrs as number[], sizes),
    };
  }
  return { n: sum(members.map((member) => member.n)), metrics };
}

/**
 * Every group's result, as lm-eval's `consolidate_group_results` computes it: a group aggregates
 * the LEAF tasks below it (a subgroup contributes its tasks, not its own value and stderr), and
 * only the metrics the group declares. With weight_by_size the value equals aggregating the
 * subgroups, but the pooled stderr does not, and an unweighted mean differs in value too.
 */
export function aggregateGroups(groups: readonly TaskGroup[], tasks: Readonly<Record<string, SizedMetrics>>): Record<string, GroupResult> {
  const groupsByName = new Map(groups.map((group) => [group.name, group]));

  const leafTasks = (group: TaskGroup, ancestors: readonly string[]): string[] => {
    if (ancestors.includes(group.name)) {
      throw new Error(`Group cycle: ${[...ancestors, group.name].join(' -> ')}`);
    }
    return group.members.flatMap((member) => {
      const subgroup = groupsByName.get(member);
      return subgroup ? leafTasks(subgroup, [...ancestors, group.name]) : [member];
    });
  };

  const results: Record<string, GroupResult> = {};
  for (const group of groups) {
    const members = leafTasks(group, []).map((taskName) => {
      const task = tasks[taskName];
      if (!task) throw new Error(`Group ${group.name}: no result for member task ${taskName}`);
      return { n: task.n, metrics: pickMetrics(task.metrics, group.metrics) };
    });
    const { n, metrics } = aggregateGroup(members, group.weightBySize);
    results[group.name] = { name: group.name, members: group.members, n, weightBySize: group.weightBySize, metrics };
  }
  return results;
}

function pickMetrics(metrics: Metrics, names: readonly MetricName[]): Metrics {
  return Object.fromEntries(names.filter((name) => metrics[name] !== undefined).map((name) => [name, metrics[name]]));
}

/** Category of suite items that name none. */
export const UNCATEGORIZED = 'uncategorized';

/** One document's metric values and its category (missing means UNCATEGORIZED). */
export interface CategorizedValues {
  category?: string;
  metrics: Partial<Record<MetricName, number>>;
}

/** Per-category breakdown for suites: each category aggregated like a task of its own, keys sorted. */
export function aggregateByCategory(docs: readonly CategorizedValues[]): Record<string, CategoryResult> {
  const docsByCategory = new Map<string, CategorizedValues[]>();
  for (const doc of docs) {
    const category = doc.category ?? UNCATEGORIZED;
    const categoryDocs = docsByCategory.get(category) ?? [];
    categoryDocs.push(doc);
    docsByCategory.set(category, categoryDocs);
  }
  const results: Record<string, CategoryResult> = {};
  for (const category of [...docsByCategory.keys()].sort()) {
    const categoryDocs = docsByCategory.get(category) as CategorizedValues[];
    const perDocValues: Partial<Record<MetricName, number[]>> = {};
    for (const doc of categoryDocs) {
      for (const [name, value] of Object.entries(doc.metrics) as [MetricName, number][]) {
        (perDocValues[name] ??= []).push(value);
      }
    }
    results[category] = { n: categoryDocs.length, metrics: aggregateTask(perDocValues) };
  }
  return results;
}
