import type { EvalResults } from '@ftbench/core';

/** One side of the comparison as the run-facts footer shows it. */
export interface RunSide {
  /** sha256 of the model files; shown shortened. */
  modelFingerprint: string;
  /** Wall-clock seconds of the evaluation; null when unknown. */
  seconds: number | null;
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
  const side = (results: EvalResults): RunSide => ({ modelFingerprint: results.model.fingerprint, seconds: results.timings.totalSeconds });
  return { baseline: side(baseline), candidate: side(candidate), device: candidate.config.device, baselineCacheHit };
}
