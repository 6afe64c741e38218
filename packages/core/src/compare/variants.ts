/**
 * Several fine-tuned variants against one baseline: each variant goes through the same paired
 * comparison (and the same gates) as a PR candidate, and the table keeps one column per
 * benchmark's headline metric, so the variants can be read side by side.
 */
import type { EvalResults } from '../schema.js';
import type { MetricName } from '../tasks/types.js';
import { compareResults, metricValueOf } from './compare.js';
import { formatGateTarget, parseGateTarget } from '../task-ref.js';
import { DEFAULT_STOP_SETTINGS, stopAdvice, type StopAdvice, type StopSettings } from './stop-advice.js';
import { bestBalance, paretoOptimal, targetTasksOf, tradeoffPoint, type TradeoffPoint } from './tradeoff.js';
import type { Comparison, ComparisonRow, GateConfig } from './types.js';

/** One results file, named by the `--name` recorded at eval time or by its file stem. */
export interface Variant {
  name: string;
  results: EvalResults;
}

/** A benchmark of the table: a task, a group, or (on request) a suite's category. */
export interface VariantColumn {
  kind: ComparisonRow['kind'];
  /** As gates name it: a task or group, or `suite:<suite>/<category>`. */
  target: string;
  metric: MetricName;
}

export interface VariantCell {
  /** The run's value on the metric's scale; null when the run lacks it. */
  value: number | null;
  /** The comparison with the baseline; null in the baseline's row and where the variant lacks the column. */
  row: ComparisonRow | null;
}

export interface VariantRow {
  name: string;
  /** Against the baseline, under the gates; null for the baseline's own row. */
  comparison: Comparison | null;
  cells: VariantCell[];
}

export interface VariantsComparison {
  columns: VariantColumn[];
  /** The baseline's row first, then the variants in the order given. */
  rows: VariantRow[];
}

export interface VariantsOptions {
  /** Add a column per suite category. */
  categories?: boolean;
}

/** lm-eval's headline choice: the normalized accuracy where a task reports one (HellaSwag, ARC), else accuracy; MT-Bench's is its score. */
export const HEADLINE_METRICS: readonly MetricName[] = ['acc_norm', 'acc', 'score'];

/**
 * Tasks and groups that no group contains (mmlu, hellaswag, a suite; not MMLU's subjects or
 * its category groups), in the run's order.
 */
export function topLevelTargets(results: EvalResults): { kind: 'task' | 'group'; target: string }[] {
  const contained = new Set(Object.values(results.groups).flatMap((group) => group.members));
  return [
    ...Object.keys(results.groups).map((target) => ({ kind: 'group' as const, target })),
    ...Object.keys(results.tasks).map((target) => ({ kind: 'task' as const, target })),
  ].filter(({ target }) => !contained.has(target));
}

/** The metric a benchmark is shown by: the one a gate judges, else its headline metric. */
export function headlineMetric(results: EvalResults, target: string, gates: readonly GateConfig[]): MetricName | null {
  const gated = gates.find((gate) => gate.target === target || parseGateTarget(gate.target).task === target);
  const reported = (metric: MetricName) => metricValueOf(results, target, metric) !== undefined;
  if (gated !== undefined && reported(gated.metric)) return gated.metric;
  return HEADLINE_METRICS.find(reported) ?? null;
}

function columnsOf(baseline: EvalResults, gates: readonly GateConfig[], { categories = false }: VariantsOptions): VariantColumn[] {
  return topLevelTargets(baseline).flatMap(({ kind, target }): VariantColumn[] => {
    const metric = headlineMetric(baseline, target, gates);
    if (metric === null) return [];
    const own: VariantColumn = { kind, target, metric };
    if (!categories || kind !== 'task') return [own];
    const names = Object.keys(baseline.tasks[target].categories ?? {}).sort();
    return [own, ...names.map((category): VariantColumn => ({ kind: 'category', target: formatGateTarget({ task: target, category }), metric }))];
  });
}

export function compareVariants(
  baseline: Variant,
  variants: readonly Variant[],
  gates: readonly GateConfig[] = [],
  options: VariantsOptions = {},
): VariantsComparison {
  const columns = columnsOf(baseline.results, gates, options);
  const baselineRow: VariantRow = {
    name: baseline.name,
    comparison: null,
    cells: columns.map((column) => ({ value: metricValueOf(baseline.results, column.target, column.metric) ?? null, row: null })),
  };
  const variantRows = variants.map((variant): VariantRow => {
    const comparison = compareResults(baseline.results, variant.results, gates);
    return {
      name: variant.name,
      comparison,
      cells: columns.map((column) => ({
        value: metricValueOf(variant.results, column.target, column.metric) ?? null,
        row: comparison.rows.find((row) => row.target === column.target && row.metric === column.metric) ?? null,
      })),
    };
  });
  return { columns, rows: [baselineRow, ...variantRows] };
}

/** The variants' trade-off and the advice for the last one. */
export interface VariantsTradeoff {
  /** One per variant (the baseline's row excluded), in the table's order. */
  points: TradeoffPoint[];
  pareto: boolean[];
  /** Index into `points` of the best balance by `settings.bestBalance`; null when none qualifies. */
  best: number | null;
  settings: StopSettings;
  /** For the last variant, against the one before it (the previous iteration). */
  advice: StopAdvice | null;
}

/**
 * The trade-off of every variant over the table's task and group columns; the stop advice reads
 * the variants as iterations in the order given, so the last one is judged against the one before.
 */
export function variantsTradeoff(variants: VariantsComparison, gates: readonly GateConfig[], settings: StopSettings = DEFAULT_STOP_SETTINGS): VariantsTradeoff {
  const targetTasks = targetTasksOf(gates);
  const benchmarks = variants.columns.filter((column) => column.kind !== 'category');
  const points = variants.rows.flatMap((row) => (row.comparison === null ? [] : [tradeoffPoint(row.name, row.comparison, benchmarks, targetTasks)]));
  const last = points.length - 1;
  return {
    points,
    pareto: paretoOptimal(points),
    best: bestBalance(points, settings.bestBalance),
    settings,
    advice: last < 0 ? null : stopAdvice(points[last], last > 0 ? points[last - 1] : null, settings),
  };
}

/**
 * A PR check's trade-off point: the candidate over the baseline's top-level tasks and groups, by
 * their headline metrics, as the variants table would show it.
 */
export function checkTradeoffPoint(name: string, baseline: EvalResults, comparison: Comparison, gates: readonly GateConfig[]): TradeoffPoint {
  return tradeoffPoint(name, comparison, columnsOf(baseline, gates, {}), targetTasksOf(gates));
}
