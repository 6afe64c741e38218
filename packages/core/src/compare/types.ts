/**
 * What a baseline-vs-candidate comparison produces: one row per (task | group | suite category,
 * metric) present in both runs, and one verdict per configured gate (floors and goals are
 * judged on the candidate alone where there is no baseline).
 */
import type { MetricName } from '../tasks/types.js';
import type { Interval } from './stats.js';

/**
 * A limit on one metric of one target, e.g. "MMLU acc may drop at most 3 points".
 * `target` is a task or group name, `suite:<suite>` (same as the suite's task name) or
 * `suite:<suite>/<category>`.
 */
export interface GateConfig {
  target: string;
  metric: MetricName;
  /** Largest allowed drop, in points (0–1 metrics × 100). */
  maxDrop?: number;
  /** Largest allowed drop relative to the baseline, in %. */
  maxDropRelative?: number;
  /** Floor for the candidate's value, on the metric's scale (0–1). */
  min?: number;
  /** A goal on the metric's scale (0–1): reported as reached or not, never fails the check. */
  targetValue?: number;
  /** Fail on a drop past maxDrop/maxDropRelative only when it is significant at `alpha`. */
  requireSignificant?: boolean;
  /** Significance level for requireSignificant and for calling an improvement; default 0.05. */
  alpha?: number;
}

/**
 * pass: within limits. regression: a drop past a limit (fails the check). below-floor: the
 * candidate's value is under `min`, with or without a baseline (fails). improvement: a
 * significant gain within limits. not-significant: a drop past a limit that is not significant
 * with requireSignificant set (does not fail). no-baseline: the target has no baseline, so its
 * drop limits could not be checked; its floor was met (does not fail, and is reported as a
 * warning). missing: the target or metric is not in the candidate, or not in a baseline that
 * should have it (fails). not-comparable: the target's task hashes differ, or its MT-Bench ratings
 * came from another judge, prompts or temperature mode, or leave out too many unrated turns, so
 * there is nothing honest to compare (fails).
 */
export type GateVerdict = 'pass' | 'regression' | 'below-floor' | 'improvement' | 'not-significant' | 'no-baseline' | 'missing' | 'not-comparable';

/** Verdicts that fail the check. */
export const FAILING_VERDICTS: ReadonlySet<GateVerdict> = new Set<GateVerdict>(['regression', 'below-floor', 'missing', 'not-comparable']);

export type SignificanceTest = 'mcnemar' | 'bootstrap' | 'unpaired';

export interface DeltaStats {
  /** candidate − baseline, in points (metric × pointsScale). */
  points: number;
  /** (candidate − baseline) / baseline in %; null when the baseline is 0. */
  relative: number | null;
  /** 95 % interval on the difference, in points; null when it cannot be estimated (no stderr, < 2 paired docs). */
  ci: Interval | null;
  /** Two-sided p-value of the paired test; null for unpaired comparisons. */
  pValue: number | null;
  test: SignificanceTest;
  /** Whether per-document records were paired by docId on both sides. */
  paired: boolean;
  /** Paired documents; when unpaired, the smaller of the two runs' document counts. */
  n: number;
  /** Records left out of the pairing: the other side has no record for their document, or (MT-Bench) one of the two has no rating. */
  unmatched: number;
}

interface RowIdentity {
  kind: 'task' | 'group' | 'category';
  /** What a gate names to select this row: task or group name, or `suite:<suite>/<category>`. */
  target: string;
  /** The task or group name (the suite, for a category row). */
  task: string;
  category?: string;
  metric: MetricName;
  /** Aggregate values as each run reported them, on the metric's scale. */
  baseline: number;
  candidate: number;
  /** Multiplier from the metric's scale to points: 100 for 0–1 metrics. */
  pointsScale: number;
}

export type ComparisonRow = RowIdentity & ({ comparable: true; delta: DeltaStats } | { comparable: false; incomparableReason: string });

export interface GateResult {
  gate: GateConfig;
  /** `<target> <metric>`, how reasons name the gate. */
  label: string;
  /** The gate's limits in words, e.g. "max drop 3.0 points, floor 45.0%". */
  limits: string;
  verdict: GateVerdict;
  /** Whether this verdict fails the check (regression, below-floor, missing, not-comparable). */
  failed: boolean;
  /** The row the gate judged; null when its target is missing or has no baseline. */
  row: ComparisonRow | null;
  /** The candidate's value of the gate's metric; null when the candidate lacks it. */
  value: number | null;
  /** One line naming the gate, the observed value and the limit. */
  reason: string;
  /** Whether the candidate reached `targetValue`; null without a goal or a row. */
  goalReached: boolean | null;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Tasks and groups only the candidate run has. */
  added: string[];
  /** Tasks and groups only the baseline run has. */
  removed: string[];
  /**
   * Tasks and groups of the candidate without a baseline by design (none at all, or a base
   * branch that never scored them so): gates on them check floors and goals only.
   */
  withoutBaseline: string[];
  gates: GateResult[];
  passed: boolean;
  /** The reason of every failing gate. */
  reasons: string[];
}
