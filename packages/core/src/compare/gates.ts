/**
 * Gate verdicts: each configured limit judged against its comparison row. A gate whose target
 * cannot be found fails with a reason: a gate that silently never fires would let regressions
 * through branch protection.
 */
import { FtbenchError } from '../errors.js';
import { formatGateTarget, isEmptyGateTarget, parseGateTarget } from '../task-ref.js';
import type { MetricName } from '../tasks/types.js';
import { formatPValue, formatPoints, formatScore, formatSignedPoints } from './format.js';
import type { ComparisonRow, DeltaStats, GateConfig, GateResult, GateVerdict } from './types.js';
import { FAILING_VERDICTS } from './types.js';

/** Multiplier from a metric's scale to points: accuracies lie in [0, 1] (points are percent), MT-Bench's score is already in points (1–10). */
export const METRIC_POINTS_SCALE: Readonly<Record<MetricName, number>> = { acc: 100, acc_norm: 100, score: 1 };

/** The values a metric can take, on its own scale: floors and goals must lie in it, and no drop can exceed its span. */
export const METRIC_RANGE: Readonly<Record<MetricName, { low: number; high: number }>> = {
  acc: { low: 0, high: 1 },
  acc_norm: { low: 0, high: 1 },
  score: { low: 1, high: 10 },
};

const DEFAULT_ALPHA = 0.05;

/**
 * Slack for comparing a drop with its limit: 0.65 → 0.62 is 3.0000000000000027 points in
 * floating point, and "may drop at most 3 points" must let it pass.
 */
const LIMIT_TOLERANCE = 1e-9;

function rowTargetOf(gateTarget: string): string {
  return formatGateTarget(parseGateTarget(gateTarget));
}

export function gateLabel(gate: GateConfig): string {
  return `${gate.target} ${gate.metric}`;
}

/** Rejects gates that could never fire or whose numbers are on the wrong scale. */
export function validateGate(gate: GateConfig): void {
  const label = typeof gate.target === 'string' && gate.metric ? gateLabel(gate) : JSON.stringify(gate);
  const fail = (problem: string, hint?: string): never => {
    throw new FtbenchError(`Gate "${label}": ${problem}`, hint);
  };
  if (typeof gate.target !== 'string' || isEmptyGateTarget(parseGateTarget(gate.target))) {
    fail('target must name a task, a group, suite:<suite>, or a category as <task>/<category> (suite:<suite>/<category>, mt_bench/<category>)');
  }
  if (!Object.hasOwn(METRIC_POINTS_SCALE, gate.metric)) {
    fail(`unknown metric "${gate.metric}"`, `Use one of: ${Object.keys(METRIC_POINTS_SCALE).join(', ')}.`);
  }
  if ([gate.maxDrop, gate.maxDropRelative, gate.min, gate.targetValue].every((limit) => limit === undefined)) {
    fail('sets no limit, so it could never fail', 'Set maxDrop, maxDropRelative, min or targetValue.');
  }
  const nonNegative = (name: string, value: number | undefined, unit: string) => {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) fail(`${name} must be a non-negative number of ${unit}, got ${value}`);
  };
  nonNegative('maxDrop', gate.maxDrop, 'points');
  nonNegative('maxDropRelative', gate.maxDropRelative, 'percent');
  const { low, high } = METRIC_RANGE[gate.metric];
  const scaleHint = METRIC_POINTS_SCALE[gate.metric] === 100 ? 'Write 0.45 for 45%.' : "MT-Bench's score is FastChat's 1–10 rating: write 7.5 for 7.5.";
  // A limit past the metric's span could never fire: a 0–1 metric moves at most 100 points, a 1–10 rating 9.
  const span = (high - low) * METRIC_POINTS_SCALE[gate.metric];
  if (gate.maxDrop !== undefined && gate.maxDrop > span)
    fail(`maxDrop must be at most ${span} points (the whole ${low}–${high} scale), got ${gate.maxDrop}`, scaleHint);
  if (gate.maxDropRelative !== undefined && gate.maxDropRelative > 100) fail(`maxDropRelative must be at most 100 percent, got ${gate.maxDropRelative}`);
  for (const [name, value] of [
    ['min', gate.min],
    ['targetValue', gate.targetValue],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= low && value <= high)) {
      fail(`${name} must be on the metric's ${low}–${high} scale, got ${value}`, scaleHint);
    }
  }
  if (gate.alpha !== undefined && !(gate.alpha > 0 && gate.alpha < 1)) fail(`alpha must be between 0 and 1, got ${gate.alpha}`);
}

/** The gate's limits in words, e.g. "max drop 3.0 points, floor 45.0%". */
export function describeLimits(gate: GateConfig): string {
  const scale = METRIC_POINTS_SCALE[gate.metric];
  const limits = [
    gate.maxDrop !== undefined && `max drop ${formatPoints(gate.maxDrop, scale)} points`,
    gate.maxDropRelative !== undefined && `max relative drop ${gate.maxDropRelative.toFixed(1)}%`,
    gate.min !== undefined && `floor ${formatScore(gate.min, scale)}`,
    gate.targetValue !== undefined && `goal ${formatScore(gate.targetValue, scale)}`,
    gate.requireSignificant && `drops count when significant (alpha ${gate.alpha ?? DEFAULT_ALPHA})`,
  ];
  return limits.filter((limit): limit is string => typeof limit === 'string').join(', ');
}

/** What a gate is judged against: the comparison's rows, the tasks present on one side only, and the candidate alone. */
export interface GateContext {
  rows: readonly ComparisonRow[];
  added: readonly string[];
  removed: readonly string[];
  /** Tasks and groups of the candidate with no baseline to compare with: their gates check floors and goals only. */
  withoutBaseline: readonly string[];
  /** The candidate's value of a metric of a gate target (as `rows` name targets); undefined when it has none. */
  candidateValue: (target: string, metric: MetricName) => number | undefined;
  /** Why the candidate's own value of a task cannot be judged alone (MT-Bench with too many unrated turns); null when it can. */
  candidateCaveat: (task: string) => string | null;
}

export function evaluateGate(gate: GateConfig, context: GateContext): GateResult {
  const label = gateLabel(gate);
  const target = rowTargetOf(gate.target);
  const row = context.rows.find((candidate) => candidate.target === target && candidate.metric === gate.metric);
  const value = row?.candidate ?? context.candidateValue(target, gate.metric) ?? null;
  const goalReached = gate.targetValue === undefined || value === null ? null : value >= gate.targetValue - LIMIT_TOLERANCE;
  const result = (verdict: GateVerdict, reason: string): GateResult => ({
    gate,
    label,
    limits: describeLimits(gate),
    verdict,
    failed: FAILING_VERDICTS.has(verdict),
    row: row ?? null,
    value,
    reason: `${reason}${goalNote(gate, goalReached)}`,
    goalReached,
  });
  const scale = METRIC_POINTS_SCALE[gate.metric];
  const floorBreach =
    gate.min !== undefined && value !== null && value < gate.min - LIMIT_TOLERANCE
      ? `is ${formatScore(value, scale)}, below the floor ${formatScore(gate.min, scale)}`
      : null;

  if (row === undefined) {
    const { task } = parseGateTarget(gate.target);
    if (value === null || !context.withoutBaseline.includes(task)) return result('missing', `${label}: ${missingReason(gate, context)}`);
    const caveat = context.candidateCaveat(task);
    if (caveat !== null) return result('not-comparable', `${label} cannot be judged: ${caveat}`);
    // No baseline: what needs none (the floor, the goal) is still judged on the candidate alone.
    if (floorBreach !== null) return result('below-floor', `${label} ${floorBreach} (no baseline to compare with)`);
    const floorMet = gate.min === undefined ? '' : `, at or above the floor ${formatScore(gate.min, scale)}`;
    if (gate.maxDrop === undefined && gate.maxDropRelative === undefined) return result('pass', `${label} is ${formatScore(value, scale)}${floorMet}`);
    return result('no-baseline', `${label} is ${formatScore(value, scale)}${floorMet}; no baseline, so its drop limit is not checked`);
  }
  if (!row.comparable) {
    const floorNote = floorBreach === null ? '' : `; and it ${floorBreach}`;
    return result('not-comparable', `${label} cannot be compared: ${row.incomparableReason}${floorNote}`);
  }
  const { verdict, finding } = judge(gate, row.delta, floorBreach);
  return result(verdict, `${label} ${finding}`);
}

/** A comparable row's verdict: a counted drop past a limit is a regression, a floor miss alone is below-floor. */
function judge(gate: GateConfig, delta: DeltaStats, floorBreach: string | null): { verdict: GateVerdict; finding: string } {
  const scale = METRIC_POINTS_SCALE[gate.metric];
  const alpha = gate.alpha ?? DEFAULT_ALPHA;
  const significant = delta.pValue === null ? null : delta.pValue < alpha;
  const pNote = delta.pValue === null ? '' : ` (${formatPValue(delta.pValue)})`;
  const dropBreaches = [
    gate.maxDrop !== undefined &&
      -delta.points > gate.maxDrop + LIMIT_TOLERANCE &&
      `dropped ${formatPoints(-delta.points, scale)} points (limit ${formatPoints(gate.maxDrop, scale)})`,
    gate.maxDropRelative !== undefined &&
      delta.relative !== null &&
      -delta.relative > gate.maxDropRelative + LIMIT_TOLERANCE &&
      `dropped ${(-delta.relative).toFixed(1)}% relative to the baseline (limit ${gate.maxDropRelative.toFixed(1)}%)`,
  ].filter((breach): breach is string => typeof breach === 'string');
  const uncountedDrop =
    dropBreaches.length > 0 && gate.requireSignificant && significant === false
      ? `${dropBreaches.join('; ')}, but not significantly (${formatPValue(delta.pValue as number)}, alpha ${alpha})`
      : null;

  if (dropBreaches.length > 0 && uncountedDrop === null) {
    // requireSignificant with no paired test (p = null) fails: without samples the gate must not go quiet.
    const untested =
      gate.requireSignificant && significant === null
        ? ' (significance untested: a run lacks per-sample records; evaluate both models with --log-samples)'
        : '';
    const floor = floorBreach === null ? [] : [floorBreach];
    return { verdict: 'regression', finding: `${[...floor, ...dropBreaches].join('; ')}${pNote}${untested}` };
  }
  // The floor is on the candidate's value alone: the delta's test says nothing about it.
  if (floorBreach !== null) return { verdict: 'below-floor', finding: uncountedDrop === null ? floorBreach : `${floorBreach}; it also ${uncountedDrop}` };
  if (uncountedDrop !== null) return { verdict: 'not-significant', finding: uncountedDrop };
  if (delta.points > 0 && significant === true) {
    return { verdict: 'improvement', finding: `improved by ${formatPoints(delta.points, scale)} points${pNote}` };
  }
  return { verdict: 'pass', finding: `changed by ${formatSignedPoints(delta.points, scale)} points, within limits${pNote}` };
}

function goalNote(gate: GateConfig, goalReached: boolean | null): string {
  if (gate.targetValue === undefined || goalReached === null) return '';
  const goal = formatScore(gate.targetValue, METRIC_POINTS_SCALE[gate.metric]);
  return goalReached ? `; goal ${goal} reached` : `; goal ${goal} not reached yet`;
}

function missingReason(gate: GateConfig, { rows, added, removed }: GateContext): string {
  const { task, category } = parseGateTarget(gate.target);
  const target = rowTargetOf(gate.target);
  const targetRows = rows.filter((row) => row.target === target);
  if (targetRows.length > 0) {
    const compared = [...new Set(targetRows.map((row) => row.metric))].join(', ');
    return `metric ${gate.metric} is not reported for ${target} by both runs (compared: ${compared})`;
  }
  if (removed.includes(task)) return `${task} is in the baseline results but not in the candidate's; was it dropped from the task list?`;
  if (added.includes(task)) return `${task} is only in the candidate results; the baseline has no score to compare with`;
  if (category !== undefined && rows.some((row) => row.kind === 'task' && row.task === task)) {
    return `${task} has no category "${category}" in both runs`;
  }
  return `${gate.target} is in neither run's results; check the gate's target (a category is written <task>/<category>: suite:<suite>/<category>, mt_bench/<category>)`;
}
