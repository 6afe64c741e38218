import type { DegenerateSign, EvalResults } from '@ftbench/core';

/** One side of the comparison as the run-facts footer shows it. */
export interface RunSide {
  /** sha256 of the model files; shown shortened. */
  modelFingerprint: string;
  /** Wall-clock seconds of the evaluation; null when unknown. */
  seconds: number | null;
  /** Tasks whose answers show signs of a broken model. */
  degenerate?: { task: string; signs: DegenerateSign[] }[];
  /** Tasks with left-truncated requests, and how many. */
  truncated?: { task: string; requests: number }[];
  /** The `--name` label, else the model's path as given to the evaluator. */
  model?: string;
  ftbenchVersion?: string;
  /** Per task: few-shot examples and the dataset revision read. */
  tasks?: { task: string; numFewshot: number; dataset: string; revision: string }[];
}

/** What the comment says about how the numbers were produced. */
export interface RunFacts {
  baseline: RunSide;
  candidate: RunSide;
  device: string;
  /** The baseline's results came from the cache instead of a fresh evaluation. */
  baselineCacheHit: boolean;
  /** Each group's members, from both runs: which rows are groups, and which tasks are in one (MMLU's subjects). */
  groups?: Record<string, string[]>;
}

export function runFactsFrom(baseline: EvalResults, candidate: EvalResults, baselineCacheHit: boolean): RunFacts {
  const side = (results: EvalResults): RunSide => {
    const tasks = Object.values(results.tasks);
    return {
      modelFingerprint: results.model.fingerprint,
      seconds: results.timings.totalSeconds,
      degenerate: tasks.filter((task) => (task.degenerate ?? []).length > 0).map((task) => ({ task: task.name, signs: task.degenerate ?? [] })),
      truncated: tasks.filter((task) => (task.truncatedRequests ?? 0) > 0).map((task) => ({ task: task.name, requests: task.truncatedRequests ?? 0 })),
      model: results.name ?? results.model.path,
      ftbenchVersion: results.ftbenchVersion,
      tasks: tasks.map((task) => ({ task: task.name, numFewshot: task.numFewshot, dataset: task.dataset.path, revision: task.dataset.revision })),
    };
  };
  const groups: Record<string, string[]> = {};
  for (const results of [baseline, candidate])
    for (const group of Object.values(results.groups)) groups[group.name] = [...new Set([...(groups[group.name] ?? []), ...group.members])];
  return { baseline: side(baseline), candidate: side(candidate), device: candidate.config.device, baselineCacheHit, groups };
}
