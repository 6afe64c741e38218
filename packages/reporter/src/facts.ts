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
}

/** What the comment says about how the numbers were produced. */
export interface RunFacts {
  baseline: RunSide;
  candidate: RunSide;
  device: string;
  /** The baseline's results came from the cache instead of a fresh evaluation. */
  baselineCacheHit: boolean;
}

export function runFactsFrom(baseline: EvalResults, candidate: EvalResults, baselineCacheHit: boolean): RunFacts {
  const side = (results: EvalResults): RunSide => {
    const tasks = Object.values(results.tasks);
    return {
      modelFingerprint: results.model.fingerprint,
      seconds: results.timings.totalSeconds,
      degenerate: tasks.filter((task) => (task.degenerate ?? []).length > 0).map((task) => ({ task: task.name, signs: task.degenerate ?? [] })),
      truncated: tasks.filter((task) => (task.truncatedRequests ?? 0) > 0).map((task) => ({ task: task.name, requests: task.truncatedRequests ?? 0 })),
    };
  };
  return { baseline: side(baseline), candidate: side(candidate), device: candidate.config.device, baselineCacheHit };
}
