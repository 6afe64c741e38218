/**
 * Baseline vs candidate: one row per (task | group | suite category, metric) present in both runs,
 * with the delta, its 95 % interval and a paired significance test, then every gate's verdict.
 * Where there is no baseline (none at all, or none for some tasks), floors and goals are still judged.
 */
import { UNCATEGORIZED } from '../metrics/aggregate.js';
import { MT_BENCH_TURNS } from '../mt-bench/data.js';
import type { EvalResults, MetricValue, Metrics, MtBenchTaskRecord, SampleRecord, TaskResult } from '../schema.js';
import type { MetricName } from '../tasks/types.js';
import { formatGateTarget, parseGateTarget } from '../task-ref.js';
import { METRIC_POINTS_SCALE, evaluateGate, validateGate } from './gates.js';
import { groupLeafTasks, groupLeafWeights, pairedStrata, type PairedSet } from './pairing.js';
import {
  discordantPairs,
  mcnemarExact,
  pairedNormalInterval,
  stratifiedPairedBootstrap,
  unpairedInterval,
  type Interval,
  type PairedStratum,
} from './stats.js';
import type { Comparison, ComparisonRow, DeltaStats, GateConfig } from './types.js';

/** Something both runs scored, before its metrics are compared. */
interface Target {
  kind: ComparisonRow['kind'];
  target: string;
  task: string;
  category?: string;
  baseline: { n: number; metrics: Metrics };
  candidate: { n: number; metrics: Metrics };
  /** Why the two scores must not be compared; null when they may. */
  incomparableReason: string | null;
  /** The metric's per-document values paired across runs; null when a run lacks samples. */
  pair: (metric: MetricName) => PairedSet | null;
}

export interface CompareOptions {
  /**
   * Tasks and groups the baseline lacks on purpose (mode (b): the base branch never scored them
   * with these prompts): their gates check floors and goals on the candidate, and are not
   * counted as missing. With no baseline at all, every task and group of the candidate is so.
   */
  withoutBaseline?: readonly string[];
}

/** `baseline` null: nothing to compare with; floors and goals are still judged. */
export function compareResults(
  baseline: EvalResults | null,
  candidate: EvalResults,
  gates: readonly GateConfig[] = [],
  options: CompareOptions = {},
): Comparison {
  gates.forEach(validateGate);
  const namesOf = (results: EvalResults) => new Set([...Object.keys(results.tasks), ...Object.keys(results.groups)]);
  const candidateNames = namesOf(candidate);
  const baselineNames = baseline === null ? new Set<string>() : namesOf(baseline);
  const unscored = baseline === null ? candidateNames : new Set(options.withoutBaseline ?? []);
  const withoutBaseline = [...candidateNames].filter((name) => unscored.has(name) && !baselineNames.has(name)).sort();
  const rows =
    baseline === null
      ? []
      : [...groupTargets(baseline, candidate), ...taskTargets(baseline, candidate), ...categoryTargets(baseline, candidate)].flatMap(compareTarget);
  const added = [...candidateNames].filter((name) => !baselineNames.has(name) && !unscored.has(name)).sort();
  const removed = [...baselineNames].filter((name) => !candidateNames.has(name)).sort();
  const context = {
    rows,
    added,
    removed,
    withoutBaseline,
    candidateValue: (target: string, metric: MetricName) => metricValueOf(candidate, target, metric),
    candidateCaveat: (task: string) => (candidate.tasks[task]?.kind === 'mt-bench' ? unmeasuredJudgments(candidate.tasks[task]) : null),
  };
  const gateResults = gates.map((gate) => evaluateGate(gate, context));
  const failing = gateResults.filter((result) => result.failed);
  return { rows, added, removed, withoutBaseline, gates: gateResults, passed: failing.length === 0, reasons: failing.map((result) => result.reason) };
}

/** A run's value of a metric of a row target: a task, a group, or a task's category (`suite:<suite>/<category>`, `mt_bench/<category>`). */
export function metricValueOf(results: EvalResults, target: string, metric: MetricName): number | undefined {
  const { task, category } = parseGateTarget(target);
  const scored = category === undefined ? (results.tasks[task] ?? results.groups[task]) : results.tasks[task]?.categories?.[category];
  return scored?.metrics[metric]?.value;
}

function sharedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys(a)
    .filter((key) => Object.hasOwn(b, key))
    .sort();
}

function taskTargets(baseline: EvalResults, candidate: EvalResults): Target[] {
  return sharedKeys(baseline.tasks, candidate.tasks).map((name) => ({
    kind: 'task',
    target: name,
    task: name,
    baseline: baseline.tasks[name],
    candidate: candidate.tasks[name],
    incomparableReason: taskIncomparableReason(baseline.tasks[name], candidate.tasks[name]),
    pair: (metric) => pairedStrata(baseline, candidate, [{ task: name, weight: 1 }], metric),
  }));
}

function groupTargets(baseline: EvalResults, candidate: EvalResults): Target[] {
  return sharedKeys(baseline.groups, candidate.groups).map((name) => ({
    kind: 'group',
    target: name,
    task: name,
    baseline: baseline.groups[name],
    candidate: candidate.groups[name],
    incomparableReason: groupIncomparableReason(baseline, candidate, name),
    // Paired tests run over the member tasks' documents, each task weighted as in the group score.
    pair: (metric) => pairedStrata(baseline, candidate, groupLeafWeights(baseline, name), metric),
  }));
}

function categoryTargets(baseline: EvalResults, candidate: EvalResults): Target[] {
  return sharedKeys(baseline.tasks, candidate.tasks).flatMap((task) => {
    const baselineCategories = baseline.tasks[task].categories ?? {};
    const candidateCategories = candidate.tasks[task].categories ?? {};
    return sharedKeys(baselineCategories, candidateCategories).map(
      (category): Target => ({
        kind: 'category',
        target: formatGateTarget({ task, category }),
        task,
        category,
        baseline: baselineCategories[category],
        candidate: candidateCategories[category],
        incomparableReason: taskIncomparableReason(baseline.tasks[task], candidate.tasks[task]),
        pair: (metric) =>
          pairedStrata(baseline, candidate, [{ task, weight: 1 }], metric, (sample: SampleRecord) => (sample.category ?? UNCATEGORIZED) === category),
      }),
    );
  });
}

/**
 * Equal task hashes mean the same prompts on the same data; anything else is not comparable. An
 * MT-Bench score also depends on who judged it and how (mtBenchIncomparableReason).
 */
function taskIncomparableReason(baseline: TaskResult, candidate: TaskResult): string | null {
  const judging =
    baseline.kind === 'mt-bench' || candidate.kind === 'mt-bench' ? mtBenchIncomparableReason(baseline.mtBench, candidate.mtBench, candidate.n) : null;
  if (judging !== null) return judging;
  if (baseline.hash === candidate.hash) return null;
  const changes = [
    baseline.version !== candidate.version && `task version ${baseline.version} → ${candidate.version}`,
    baseline.numFewshot !== candidate.numFewshot && `num_fewshot ${baseline.numFewshot} → ${candidate.numFewshot}`,
    baseline.dataset.revision !== candidate.dataset.revision &&
      `dataset revision ${baseline.dataset.revision.slice(0, 12)} → ${candidate.dataset.revision.slice(0, 12)}`,
    baseline.n !== candidate.n && `${baseline.n} → ${candidate.n} documents`,
  ].filter((change): change is string => typeof change === 'string');
  return `task hashes differ (${changes.length > 0 ? changes.join(', ') : 'the prompts differ'}): the runs scored different prompts or data`;
}

/**
 * More failed judgments (no rating) in the candidate than this many above the baseline's make
 * the scores incomparable: a failed turn is left out of FastChat's average, so a model whose
 * answers derail the judge would otherwise have its worst turns dropped from its score. One
 * judgment, or 1 % of them, of slack keeps a stray judge hiccup from failing a check.
 */
const FAILED_JUDGMENT_SLACK = { judgments: 1, share: 0.01 };

/** Ratings are comparable only from the same judge, prompts and answer sampling, with no excess of judgments that gave none. */
function mtBenchIncomparableReason(baseline: MtBenchTaskRecord | undefined, candidate: MtBenchTaskRecord | undefined, questions: number): string | null {
  if (baseline === undefined || candidate === undefined) {
    return `the ${baseline === undefined ? 'baseline' : 'candidate'} run has no MT-Bench judging record (judge, failed judgments): its ratings cannot be checked`;
  }
  if (baseline.judge !== candidate.judge) {
    return `judged by ${baseline.judge} for the baseline but ${candidate.judge} for the candidate: ratings of different judges are not on one scale`;
  }
  if (baseline.temperature !== candidate.temperature) {
    return `answers sampled with mt-bench-temperature ${baseline.temperature} for the baseline but ${candidate.temperature} for the candidate`;
  }
  const prompts = (record: MtBenchTaskRecord) => [...new Set(record.judgePrompts)].sort().join(', ');
  if (prompts(baseline) !== prompts(candidate)) {
    return `judge prompts differ (baseline: ${prompts(baseline) || 'none'}; candidate: ${prompts(candidate) || 'none'})`;
  }
  return excessFailedJudgments(candidate, questions, baseline.failedJudgments);
}

/**
 * The candidate's failed judgments past the slack above the baseline's (none without a baseline),
 * in words; null within it.
 */
function excessFailedJudgments(candidate: MtBenchTaskRecord, questions: number, baselineFailed: number | null): string | null {
  const slack = Math.max(FAILED_JUDGMENT_SLACK.judgments, Math.floor(FAILED_JUDGMENT_SLACK.share * questions * MT_BENCH_TURNS));
  if (candidate.failedJudgments - (baselineFailed ?? 0) <= slack) return null;
  const against = baselineFailed === null ? 'with no baseline to weigh them against' : `against the baseline's ${baselineFailed}`;
  return (
    `the candidate has ${candidate.failedJudgments} failed judgments (no rating) ${against}: ` +
    "unrated turns are left out of the score, so its score would hide them; check the judge and the candidate's answers"
  );
}

/** Without a baseline, an MT-Bench floor is judged on the candidate alone: not when unrated turns could be propping its score up. */
function unmeasuredJudgments(candidate: TaskResult): string | null {
  if (candidate.mtBench === undefined) return 'the candidate run has no MT-Bench judging record (judge, failed judgments): its ratings cannot be checked';
  return excessFailedJudgments(candidate.mtBench, candidate.n, null);
}

function groupIncomparableReason(baseline: EvalResults, candidate: EvalResults, group: string): string | null {
  const baselineLeaves = groupLeafTasks(baseline, group);
  const candidateLeaves = groupLeafTasks(candidate, group);
  const onlyBaseline = baselineLeaves.filter((task) => !candidateLeaves.includes(task));
  const onlyCandidate = candidateLeaves.filter((task) => !baselineLeaves.includes(task));
  if (onlyBaseline.length > 0 || onlyCandidate.length > 0) {
    return `the group's member tasks differ (only in baseline: ${onlyBaseline.join(', ') || 'none'}; only in candidate: ${onlyCandidate.join(', ') || 'none'})`;
  }
  for (const task of baselineLeaves) {
    const side = !baseline.tasks[task] ? 'baseline' : !candidate.tasks[task] ? 'candidate' : null;
    if (side !== null) return `member task ${task} has no result in the ${side} run`;
    const reason = taskIncomparableReason(baseline.tasks[task], candidate.tasks[task]);
    if (reason !== null) return `member task ${task}: ${reason}`;
  }
  return null;
}

function compareTarget(target: Target): ComparisonRow[] {
  return sharedKeys(target.baseline.metrics, target.candidate.metrics).map((key) => {
    const metric = key as MetricName;
    const baseline = target.baseline.metrics[metric] as MetricValue;
    const candidate = target.candidate.metrics[metric] as MetricValue;
    const identity = {
      kind: target.kind,
      target: target.target,
      task: target.task,
      category: target.category,
      metric,
      baseline: baseline.value,
      candidate: candidate.value,
      pointsScale: METRIC_POINTS_SCALE[metric],
    };
    if (target.incomparableReason !== null) return { ...identity, comparable: false, incomparableReason: target.incomparableReason };
    const unpairedN = Math.min(target.baseline.n, target.candidate.n);
    return { ...identity, comparable: true, delta: deltaStats(metric, baseline, candidate, unpairedN, target.pair(metric)) };
  });
}

/**
 * The delta of the reported scores with its interval and test: 0/1 per-document values get
 * McNemar and the paired normal interval, continuous ones (truthfulqa_mc2's probability mass,
 * MT-Bench's per-question mean rating over both turns) the paired bootstrap, and without
 * per-document records on both sides the interval comes from the two stderrs, untested.
 */
function deltaStats(metric: MetricName, baseline: MetricValue, candidate: MetricValue, unpairedN: number, paired: PairedSet | null): DeltaStats {
  const scale = METRIC_POINTS_SCALE[metric];
  const difference = candidate.value - baseline.value;
  const toPoints = (interval: Interval | null) => interval && { low: interval.low * scale, high: interval.high * scale };
  const change = { points: difference * scale, relative: baseline.value === 0 ? null : (difference / baseline.value) * 100 };

  if (paired === null) {
    const ci = toPoints(unpairedInterval(difference, baseline.stderr, candidate.stderr));
    return { ...change, ci, pValue: null, test: 'unpaired', paired: false, n: unpairedN, unmatched: 0 };
  }
  const pairing = { paired: true, n: paired.strata.reduce((n, stratum) => n + stratum.baseline.length, 0), unmatched: paired.unmatched };
  // MT-Bench's 1–10 ratings are never 0/1 outcomes, even where every rating happens to be 1.
  if (metric !== 'score' && isBinary(paired.strata)) {
    const { b, c } = discordantPairs(paired.strata);
    return { ...change, ...pairing, ci: toPoints(pairedNormalInterval(paired.strata)), pValue: mcnemarExact(b, c), test: 'mcnemar' };
  }
  const bootstrap = stratifiedPairedBootstrap(paired.strata);
  return { ...change, ...pairing, ci: toPoints({ low: bootstrap.ciLow, high: bootstrap.ciHigh }), pValue: bootstrap.pValue, test: 'bootstrap' };
}

function isBinary(strata: readonly PairedStratum[]): boolean {
  return strata.every((stratum) => [...stratum.baseline, ...stratum.candidate].every((value) => value === 0 || value === 1));
}
