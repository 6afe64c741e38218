/**
 * Paired strata from two runs' per-document records: documents are matched by docId, and a group
 * expands to its leaf tasks, weighted the way lm-eval aggregates the group.
 */
import { FtbenchError } from '../errors.js';
import type { EvalResults, SampleRecord } from '../schema.js';
import type { MetricName } from '../tasks/types.js';
import type { PairedStratum } from './stats.js';

export interface PairedValues {
  baseline: number[];
  candidate: number[];
  /** Records on either side left out of the pairing: the other side lacks their docId, or one of the two has no rating (UNRATED_ALLOWED). */
  unmatched: number;
}

/**
 * Metrics a record may lack by design: an MT-Bench question whose every judgment failed has no
 * score, and FastChat's averages leave it out, so the pairing does too (counted as unmatched; the
 * comparison refuses runs with an excess of failed judgments).
 */
const UNRATED_ALLOWED: ReadonlySet<MetricName> = new Set<MetricName>(['score']);

/**
 * One metric's values for the documents both runs scored, in the baseline's order. Null when a
 * record on either side lacks the metric (except for UNRATED_ALLOWED): pairing only part of a task would bias the test.
 */
export function pairByDocId(
  task: string,
  allBaseline: readonly SampleRecord[],
  allCandidate: readonly SampleRecord[],
  metric: MetricName,
): PairedValues | null {
  const scored = (samples: readonly SampleRecord[]) =>
    UNRATED_ALLOWED.has(metric) ? samples.filter((sample) => sample.metrics[metric] !== undefined) : samples;
  const baseline = scored(allBaseline);
  const candidate = scored(allCandidate);
  if ([...baseline, ...candidate].some((sample) => sample.metrics[metric] === undefined)) return null;
  const baselineByDoc = indexByDocId(task, 'baseline', baseline);
  const candidateByDoc = indexByDocId(task, 'candidate', candidate);
  const paired: PairedValues = { baseline: [], candidate: [], unmatched: 0 };
  for (const [docId, sample] of baselineByDoc) {
    const partner = candidateByDoc.get(docId);
    if (partner === undefined) continue;
    paired.baseline.push(sample.metrics[metric] as number);
    paired.candidate.push(partner.metrics[metric] as number);
  }
  paired.unmatched = allBaseline.length + allCandidate.length - 2 * paired.baseline.length;
  return paired;
}

function indexByDocId(task: string, side: string, samples: readonly SampleRecord[]): Map<string, SampleRecord> {
  const byDoc = new Map<string, SampleRecord>();
  for (const sample of samples) {
    // String keys: 7 and "7" are the same document whichever way a results file spelled it.
    const key = String(sample.docId);
    if (byDoc.has(key)) {
      throw new FtbenchError(
        `The ${side} results list doc ${key} of task ${task} twice: its per-sample records are corrupt.`,
        'Re-run that evaluation with --log-samples.',
      );
    }
    byDoc.set(key, sample);
  }
  return byDoc;
}

/** A leaf task and its weight in the score being compared. */
export interface WeightedTask {
  task: string;
  weight: number;
}

/** Paired strata of one aggregate, and how many records could not be paired. */
export interface PairedSet {
  strata: PairedStratum[];
  unmatched: number;
}

/**
 * Paired strata of a metric over the given tasks, optionally restricted to some documents (a
 * suite category). Null unless both runs logged samples for every task and at least one document
 * of each pairs up: then only an unpaired comparison is possible.
 */
export function pairedStrata(
  baseline: EvalResults,
  candidate: EvalResults,
  tasks: readonly WeightedTask[],
  metric: MetricName,
  keep: (sample: SampleRecord) => boolean = () => true,
): PairedSet | null {
  const set: PairedSet = { strata: [], unmatched: 0 };
  for (const { task, weight } of tasks) {
    const baselineSamples = baseline.samples?.[task];
    const candidateSamples = candidate.samples?.[task];
    if (baselineSamples === undefined || candidateSamples === undefined) return null;
    const values = pairByDocId(task, baselineSamples.filter(keep), candidateSamples.filter(keep), metric);
    if (values === null || values.baseline.length === 0) return null;
    set.strata.push({ weight, baseline: values.baseline, candidate: values.candidate });
    set.unmatched += values.unmatched;
  }
  return set;
}

/** A group's leaf tasks: lm-eval aggregates a group over the tasks below it, subgroups expanded. */
export function groupLeafTasks(results: EvalResults, groupName: string, ancestors: readonly string[] = []): string[] {
  if (ancestors.includes(groupName)) {
    throw new FtbenchError(`The results contain a group cycle: ${[...ancestors, groupName].join(' -> ')}.`);
  }
  return results.groups[groupName].members.flatMap((member) =>
    results.groups[member] ? groupLeafTasks(results, member, [...ancestors, groupName]) : [member],
  );
}

/** Each leaf task's weight in the group's score: n_t / Σn with weight_by_size, else 1 / #leaves. */
export function groupLeafWeights(results: EvalResults, groupName: string): WeightedTask[] {
  const leaves = groupLeafTasks(results, groupName);
  const totalSize = leaves.reduce((total, leaf) => total + results.tasks[leaf].n, 0);
  return leaves.map((task) => ({
    task,
    weight: results.groups[groupName].weightBySize ? results.tasks[task].n / totalSize : 1 / leaves.length,
  }));
}
