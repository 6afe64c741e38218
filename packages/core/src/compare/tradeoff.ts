/**
 * The fine-tuner's trade-off: what a variant gained on the tasks it was tuned for against what it
 * cost in general ability. The tasks it was tuned for are the config's target tasks (those with a
 * `target` goal or a `min` floor); every other benchmark is general ability. Points are plain
 * data, so a PR's iteration history can store them and the stop advice read them back.
 */
import { parseGateTarget } from '../task-ref.js';
import { METRIC_POINTS_SCALE } from './gates.js';
import type { Comparison, GateConfig } from './types.js';

/** A benchmark's change against the baseline, in points; null when it could not be compared. */
export interface BenchmarkChange {
  target: string;
  metric: string;
  points: number | null;
  /** Whether the paired test found the change significant (p < 0.05); null without a test. */
  significant: boolean | null;
  /** The candidate's value on the metric's scale; null when it lacks it. */
  value: number | null;
}

/** A `target` goal (or, without one, a `min` floor) of a target task, as the candidate met it. */
export interface GoalStatus {
  label: string;
  /** On the metric's scale; null when the candidate lacks it. */
  value: number | null;
  goal: number;
  pointsScale: number;
  reached: boolean;
}

/** A drop limit on a general benchmark, as the candidate kept it. */
export interface LimitStatus {
  label: string;
  points: number | null;
  /** The gate's limits in words, e.g. "max drop 3.0 points". */
  limits: string;
  within: boolean;
}

export interface TradeoffPoint {
  name: string;
  /** Mean change over the target tasks, in points; null without target tasks or comparable rows. */
  taskGain: number | null;
  /** The largest drop among the general benchmarks, in points (0 when none dropped). */
  generalDrop: number;
  /** The general benchmark with that drop; null when none dropped. */
  worstGeneral: string | null;
  tasks: BenchmarkChange[];
  general: BenchmarkChange[];
  goals: GoalStatus[];
  limits: LimitStatus[];
}

/** Targets with a goal or a floor: what the fine-tune is for. Suite categories count as their suite. */
export function targetTasksOf(gates: readonly GateConfig[]): Set<string> {
  return new Set(gates.filter((gate) => gate.targetValue !== undefined || gate.min !== undefined).map((gate) => parseGateTarget(gate.target).task));
}

const SIGNIFICANCE = 0.05;

/**
 * A comparison as a trade-off point over `benchmarks` (the table's task and group columns, by
 * target and metric): the target tasks' mean gain, and the worst general drop.
 */
export function tradeoffPoint(
  name: string,
  comparison: Comparison,
  benchmarks: readonly { target: string; metric: string }[],
  targetTasks: ReadonlySet<string>,
): TradeoffPoint {
  const change = ({ target, metric }: { target: string; metric: string }): BenchmarkChange => {
    const row = comparison.rows.find((candidate) => candidate.target === target && candidate.metric === metric);
    const delta = row?.comparable ? row.delta : null;
    return {
      target,
      metric,
      points: delta?.points ?? null,
      significant: delta?.pValue == null ? null : delta.pValue < SIGNIFICANCE,
      value: row?.candidate ?? null,
    };
  };
  const tasks = benchmarks.filter(({ target }) => targetTasks.has(target)).map(change);
  const general = benchmarks.filter(({ target }) => !targetTasks.has(target)).map(change);
  const gains = tasks.flatMap(({ points }) => (points === null ? [] : [points]));
  const worst = general.reduce<BenchmarkChange | null>((found, benchmark) => {
    if (benchmark.points === null || benchmark.points >= 0) return found;
    return found === null || (benchmark.points as number) < (found.points as number) ? benchmark : found;
  }, null);
  return {
    name,
    taskGain: gains.length === 0 ? null : gains.reduce((a, b) => a + b, 0) / gains.length,
    generalDrop: worst === null ? 0 : -(worst.points as number),
    worstGeneral: worst?.target ?? null,
    tasks,
    general,
    goals: goalsOf(comparison, targetTasks),
    limits: limitsOf(comparison, targetTasks),
  };
}

function goalsOf(comparison: Comparison, targetTasks: ReadonlySet<string>): GoalStatus[] {
  return comparison.gates.flatMap((result): GoalStatus[] => {
    const { gate } = result;
    const goal = gate.targetValue ?? gate.min;
    if (goal === undefined || !targetTasks.has(parseGateTarget(gate.target).task)) return [];
    const reached = gate.targetValue !== undefined ? result.goalReached === true : result.verdict !== 'below-floor' && result.value !== null;
    return [{ label: result.label, value: result.value, goal, pointsScale: METRIC_POINTS_SCALE[gate.metric], reached }];
  });
}

function limitsOf(comparison: Comparison, targetTasks: ReadonlySet<string>): LimitStatus[] {
  return comparison.gates
    .filter(({ gate }) => (gate.maxDrop !== undefined || gate.maxDropRelative !== undefined) && !targetTasks.has(parseGateTarget(gate.target).task))
    .map((result) => ({
      label: result.label,
      points: result.row?.comparable ? result.row.delta.points : null,
      limits: result.limits,
      within: !result.failed,
    }));
}

/** A point is Pareto-optimal when no other point gains at least as much on the tasks for at most as much general drop, and is better in one. */
export function paretoOptimal(points: readonly TradeoffPoint[]): boolean[] {
  const gain = (point: TradeoffPoint) => point.taskGain ?? -Infinity;
  return points.map(
    (point) =>
      point.taskGain !== null &&
      !points.some(
        (other) =>
          other !== point &&
          gain(other) >= gain(point) &&
          other.generalDrop <= point.generalDrop &&
          (gain(other) > gain(point) || other.generalDrop < point.generalDrop),
      ),
  );
}

/**
 * How the best balance is chosen. within-limits: the largest task gain among the variants whose
 * general drops all stay within their limits (ties: the smaller drop). gain-minus-drop: the largest
 * task gain minus general drop, limits or not.
 */
export type BestBalanceRule = 'within-limits' | 'gain-minus-drop';

/** The index of the best-balanced point by the rule; null when none qualifies. */
export function bestBalance(points: readonly TradeoffPoint[], rule: BestBalanceRule): number | null {
  const score = (point: TradeoffPoint) => (rule === 'gain-minus-drop' ? (point.taskGain as number) - point.generalDrop : (point.taskGain as number));
  let best: number | null = null;
  points.forEach((point, i) => {
    if (point.taskGain === null || (rule === 'within-limits' && !point.limits.every((limit) => limit.within))) return;
    if (best === null) {
      best = i;
      return;
    }
    const current = points[best];
    if (score(point) > score(current) || (score(point) === score(current) && point.generalDrop < current.generalDrop)) best = i;
  });
  return best;
}
