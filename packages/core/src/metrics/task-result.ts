/**
 * A task's result from its per-document records: the one aggregation both a whole run and a merge
 * of shards go through, so that the two give the same bytes.
 */
import type { DatasetRecord, SampleRecord, TaskResult } from '../schema.js';
import type { MetricName } from '../tasks/types.js';
import { aggregateByCategory, aggregateTask } from './aggregate.js';
import { degenerateSigns } from './degenerate.js';

/** What the aggregation needs to know about a task besides its records. */
export interface TaskSummaryFacts {
  name: string;
  kind: 'standard' | 'suite';
  version: string;
  numFewshot: number;
  /** Documents in the evaluation split (before --limit). */
  docsInSplit: number;
  dataset: DatasetRecord;
  /** The task's metrics, in its definition's order (the order of the result's keys). */
  metrics: MetricName[];
  /** Suites: a per-category breakdown. */
  categorized: boolean;
  /** Generate-mode suites: unparseable answers are counted. */
  generate: boolean;
}

/**
 * `samples` in document order, `choices` the number of choices of each; `truncatedRequests` how many of
 * the task's requests were left-truncated. Generate mode records an unparseable answer as prediction -1.
 */
export function taskResultFromSamples(
  facts: TaskSummaryFacts,
  samples: readonly SampleRecord[],
  choices: readonly number[],
  truncatedRequests: number,
): Omit<TaskResult, 'hash'> {
  const perMetric: Partial<Record<MetricName, number[]>> = {};
  for (const name of facts.metrics) perMetric[name] = samples.map((s) => s.metrics[name] as number);
  const degenerate = degenerateSigns(
    samples.map((sample, i) => ({ prediction: sample.prediction, choices: choices[i], loglikelihoods: sample.loglikelihoods })),
  );
  return {
    name: facts.name,
    kind: facts.kind,
    version: facts.version,
    numFewshot: facts.numFewshot,
    n: samples.length,
    ...(samples.length < facts.docsInSplit ? { nOriginal: facts.docsInSplit } : {}),
    metrics: aggregateTask(perMetric),
    ...(facts.categorized ? { categories: aggregateByCategory(samples) } : {}),
    dataset: facts.dataset,
    ...(facts.generate ? { unparseable: samples.filter((s) => s.prediction === -1).length } : {}),
    ...(degenerate.length > 0 ? { degenerate } : {}),
    ...(truncatedRequests > 0 ? { truncatedRequests } : {}),
  };
}
