/**
 * Paired significance tests and confidence intervals for the difference between two runs
 * scored on the same documents. Everything here works on the metric's own scale (0–1);
 * `compare.ts` converts to points.
 */
import { mulberry32 } from '../random.js';

/** Two-sided 97.5 % standard normal quantile: the z of a 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Paired per-document values of one stratum (a task, or a suite category) and its weight in
 * the aggregate being compared. A task is one stratum of weight 1; a group is one stratum per
 * leaf task, weighted the way lm-eval aggregates the group.
 */
export interface PairedStratum {
  weight: number;
  baseline: readonly number[];
  candidate: readonly number[];
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Two-sided exact McNemar test: under H0 the b + c discordant pairs split like a fair coin, so
 * p = min(1, 2 · P[Binomial(b + c, ½) ≤ min(b, c)]). Summed in log space so that thousands of
 * discordant pairs neither overflow C(n, i) nor underflow 2^-n.
 *
 * @param b pairs right on one side only (say baseline right, candidate wrong)
 * @param c pairs right on the other side only
 */
export function mcnemarExact(b: number, c: number): number {
  for (const count of [b, c]) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`mcnemarExact: discordant counts must be non-negative integers, got ${b} and ${c}`);
    }
  }
  const n = b + c;
  if (n === 0) return 1;
  const logTerms: number[] = [];
  let logBinomial = 0; // log C(n, i), built up term by term
  for (let i = 0; i <= Math.min(b, c); i++) {
    logTerms.push(logBinomial - n * Math.LN2);
    logBinomial += Math.log(n - i) - Math.log(i + 1);
  }
  return Math.min(1, 2 * Math.exp(logSumExp(logTerms)));
}

function logSumExp(logs: readonly number[]): number {
  const max = logs.reduce((a, b) => Math.max(a, b), -Infinity);
  let total = 0;
  for (const log of logs) total += Math.exp(log - max);
  return max + Math.log(total);
}

/** Discordant pair counts over 0/1 values: b = baseline 1 & candidate 0, c = baseline 0 & candidate 1. */
export function discordantPairs(strata: readonly PairedStratum[]): { b: number; c: number } {
  let b = 0;
  let c = 0;
  for (const stratum of strata) {
    stratum.baseline.forEach((base, i) => {
      const cand = stratum.candidate[i];
      if (base === 1 && cand === 0) b++;
      if (base === 0 && cand === 1) c++;
    });
  }
  return { b, c };
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** The interval covers 1 − alpha. */
  alpha?: number;
}

export interface BootstrapResult {
  meanDelta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}

/** Paired bootstrap of mean(candidate − baseline) over one list of paired documents. */
export function pairedBootstrap(baseline: readonly number[], candidate: readonly number[], options: BootstrapOptions = {}): BootstrapResult {
  return stratifiedPairedBootstrap([{ weight: 1, baseline, candidate }], options);
}

/**
 * Paired bootstrap of the weighted mean difference Σ w_s · mean_s(candidate − baseline):
 * documents are resampled with replacement within each stratum (so a group keeps its member
 * sizes), the interval is the percentile interval of the resampled deltas, and the two-sided
 * p-value is 2 · (resampled deltas on the other side of 0, + 1) / (resamples + 1), capped at 1;
 * the +1 keeps a finite number of resamples from ever claiming p = 0.
 */
export function stratifiedPairedBootstrap(
  strata: readonly PairedStratum[],
  { resamples = 10_000, seed = 1234, alpha = 0.05 }: BootstrapOptions = {},
): BootstrapResult {
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`bootstrap: alpha must be in (0, 1), got ${alpha}`);
  const weights = normalizedWeights(strata);
  const differences = strata.map(pairedDifferences);
  const meanDelta = weightedMean(differences.map(mean), weights);

  const random = mulberry32(seed);
  const deltas = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let delta = 0;
    differences.forEach((diffs, s) => {
      let total = 0;
      for (let i = 0; i < diffs.length; i++) total += diffs[Math.floor(random() * diffs.length)];
      delta += weights[s] * (total / diffs.length);
    });
    deltas[r] = delta;
  }
  deltas.sort();

  let otherSide = 0;
  for (const delta of deltas) if (meanDelta > 0 ? delta <= 0 : delta >= 0) otherSide++;
  return {
    meanDelta,
    ciLow: percentile(deltas, alpha / 2),
    ciHigh: percentile(deltas, 1 - alpha / 2),
    pValue: meanDelta === 0 ? 1 : Math.min(1, (2 * (otherSide + 1)) / (resamples + 1)),
  };
}

/**
 * Paired normal interval on the weighted mean difference: Δ ± z · √(Σ w_s² · var_s(diff) / n_s),
 * with the sample variance (n − 1). For one stratum this is mean(diff) ± z · sd(diff) / √n.
 * Null when a stratum has fewer than 2 documents (no variance to estimate).
 */
export function pairedNormalInterval(strata: readonly PairedStratum[], z = Z_95): Interval | null {
  const weights = normalizedWeights(strata);
  const differences = strata.map(pairedDifferences);
  if (differences.some((diffs) => diffs.length < 2)) return null;
  const meanDelta = weightedMean(differences.map(mean), weights);
  const variance = differences.reduce((total, diffs, s) => total + (weights[s] * weights[s] * sampleVariance(diffs)) / diffs.length, 0);
  const halfWidth = z * Math.sqrt(variance);
  return { low: meanDelta - halfWidth, high: meanDelta + halfWidth };
}

/** Interval on a difference of two independent estimates: Δ ± z · √(se₁² + se₂²); null without both stderrs. */
export function unpairedInterval(delta: number, stderrBaseline: number | null, stderrCandidate: number | null, z = Z_95): Interval | null {
  if (stderrBaseline === null || stderrCandidate === null) return null;
  const halfWidth = z * Math.hypot(stderrBaseline, stderrCandidate);
  return { low: delta - halfWidth, high: delta + halfWidth };
}

function pairedDifferences(stratum: PairedStratum): number[] {
  if (stratum.baseline.length !== stratum.candidate.length) {
    throw new RangeError(`paired values differ in length: ${stratum.baseline.length} baseline vs ${stratum.candidate.length} candidate`);
  }
  if (stratum.baseline.length === 0) throw new RangeError('paired comparison of an empty stratum');
  return stratum.candidate.map((cand, i) => cand - stratum.baseline[i]);
}

function normalizedWeights(strata: readonly PairedStratum[]): number[] {
  if (strata.length === 0) throw new RangeError('paired comparison without strata');
  const total = strata.reduce((sum, stratum) => sum + stratum.weight, 0);
  if (!(total > 0) || strata.some((stratum) => stratum.weight < 0)) {
    throw new RangeError('stratum weights must be non-negative and not all zero');
  }
  return strata.map((stratum) => stratum.weight / total);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function weightedMean(values: readonly number[], weights: readonly number[]): number {
  return values.reduce((total, value, i) => total + weights[i] * value, 0);
}

function sampleVariance(values: readonly number[]): number {
  const mu = mean(values);
  return values.reduce((total, value) => total + (value - mu) * (value - mu), 0) / (values.length - 1);
}

/** Linear interpolation between closest ranks (numpy's default) on sorted values. */
function percentile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
