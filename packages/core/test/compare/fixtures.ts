/**
 * Small hand-made EvalResults for the comparison tests: a task's aggregate value is the plain
 * mean of the per-document values given, so expected numbers can be worked out by hand.
 */
import { RESULTS_SCHEMA_VERSION, type EvalResults, type GroupResult, type Metrics, type SampleRecord, type TaskResult } from '../../src/schema.js';
import type { MetricName } from '../../src/tasks/types.js';

export interface TaskSpec {
  /** Per-document metric values, one per doc. */
  values: Partial<Record<MetricName, number[]>>;
  /** Default 0..n-1. */
  docIds?: (number | string)[];
  /** One per doc; undefined entries are uncategorized. */
  categories?: (string | undefined)[];
  /** Aggregate metrics to report instead of the means (e.g. to fix a stderr). */
  metrics?: Metrics;
  categoryResults?: TaskResult['categories'];
  hash?: string;
  version?: string;
  numFewshot?: number;
  /** Write per-sample records (default true). */
  logSamples?: boolean;
}

export interface GroupSpec {
  members: string[];
  weightBySize: boolean;
  metrics: Metrics;
  n?: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function docCount(spec: TaskSpec): number {
  return Object.values(spec.values)[0]?.length ?? 0;
}

function taskResult(name: string, spec: TaskSpec): TaskResult {
  const means = Object.fromEntries(Object.entries(spec.values).map(([metric, values]) => [metric, { value: mean(values), stderr: null }]));
  return {
    name,
    kind: spec.categoryResults ? 'suite' : 'standard',
    version: spec.version ?? '1.0',
    hash: spec.hash ?? `hash-of-${name}`,
    numFewshot: spec.numFewshot ?? 0,
    n: docCount(spec),
    metrics: spec.metrics ?? means,
    categories: spec.categoryResults,
    dataset: { source: 'local', path: `/data/${name}`, split: 'test', revision: 'rev-0123456789abcdef' },
  };
}

function samples(spec: TaskSpec): SampleRecord[] {
  return Array.from({ length: docCount(spec) }, (_, i) => ({
    docId: spec.docIds?.[i] ?? i,
    promptHash: `prompt-${i}`,
    gold: 0,
    loglikelihoods: [],
    isGreedy: [],
    metrics: Object.fromEntries(Object.entries(spec.values).map(([metric, values]) => [metric, values[i]])),
    prediction: 0,
    category: spec.categories?.[i],
  }));
}

export function makeRun(tasks: Record<string, TaskSpec>, groups: Record<string, GroupSpec> = {}): EvalResults {
  const groupResults: Record<string, GroupResult> = Object.fromEntries(
    Object.entries(groups).map(([name, group]) => [
      name,
      { name, members: group.members, n: group.n ?? 0, weightBySize: group.weightBySize, metrics: group.metrics },
    ]),
  );
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ftbenchVersion: '0.1.0',
    createdAt: '2025-01-01T00:00:00Z',
    config: { tasks: Object.keys(tasks), numFewshot: null, batchSize: 1, device: 'cpu', limit: null, fewshotSeed: 1234, logSamples: true },
    model: {
      path: '/models/m',
      fingerprint: 'f'.repeat(64),
      tokenizerFingerprint: 't'.repeat(64),
      maxLength: 2048,
      hasPastKeyValues: true,
      logitsType: 'float32',
      addBosToken: false,
    },
    tasks: Object.fromEntries(Object.entries(tasks).map(([name, spec]) => [name, taskResult(name, spec)])),
    groups: groupResults,
    timings: { totalSeconds: 1, perTaskSeconds: {}, requests: 0, forwardPasses: 0, tokensForwarded: 0 },
    samples: Object.fromEntries(
      Object.entries(tasks)
        .filter(([, spec]) => spec.logSamples !== false)
        .map(([name, spec]) => [name, samples(spec)]),
    ),
  };
}

/**
 * 0/1 values of a baseline and a candidate with the given outcome counts:
 * b = baseline right only, c = candidate right only, then both right, then both wrong.
 */
export function binaryOutcomes(counts: { b: number; c: number; bothRight?: number; bothWrong?: number }): { baseline: number[]; candidate: number[] } {
  const pairs: [number, number][] = [
    ...Array<[number, number]>(counts.b).fill([1, 0]),
    ...Array<[number, number]>(counts.c).fill([0, 1]),
    ...Array<[number, number]>(counts.bothRight ?? 0).fill([1, 1]),
    ...Array<[number, number]>(counts.bothWrong ?? 0).fill([0, 0]),
  ];
  return { baseline: pairs.map(([base]) => base), candidate: pairs.map(([, cand]) => cand) };
}
