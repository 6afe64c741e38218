/**
 * Batches of planned rows: prefix rows longest first (length bucketing), and after each prefix batch
 * the passes of the continuations that run from its cache. A batch holds a fixed number of rows, or
 * with `auto` as many as an estimate of its memory allows, and never reaches past the model's positions.
 */
import type { PrefixRow, SuffixRow } from './loglikelihood.js';
import type { ScoringMode } from './onnx-session.js';

/** What the memory estimate needs to know about the model. */
export interface ModelShape {
  hidden: number;
  intermediate: number;
  heads: number;
  vocab: number;
  /** Key and value bytes of one position over every layer (0 without a cache). */
  cacheBytesPerToken: number;
  scoring: ScoringMode;
}

/** A fixed number of rows, or as many (up to `maxRows`) as fit `bytes` by the estimate. */
export type BatchLimit = { rows: number } | { bytes: number; shape: ModelShape; maxRows: number };

export interface PrefixBatch {
  /** Prefix rows, those with the most continuations first. */
  rows: PrefixRow[];
  /**
   * Pass j continues prefix rows 0..n-1 (those with more than j continuations) with their j-th
   * continuation, each from its own row of the prefix pass's cache: no cache is copied.
   */
  suffixPasses: SuffixRow[][];
}

const FLOAT_BYTES = 4;

/**
 * Peak bytes of one row in a forward pass, an estimate on the safe side: activations of a block,
 * one layer's attention scores, the cache in and out, and the vocabulary-wide rows (only the scored
 * slots before a gathered head, every position when logits come back whole).
 */
export function estimateRowBytes(shape: ModelShape, newTokens: number, pastTokens: number, slots: number): number {
  const activations = newTokens * (16 * shape.hidden + 2 * shape.intermediate) * FLOAT_BYTES;
  const attention = 2 * shape.heads * newTokens * (pastTokens + newTokens) * FLOAT_BYTES;
  const cache = (pastTokens + 2 * (pastTokens + newTokens)) * shape.cacheBytesPerToken;
  const vocabRows = shape.scoring === 'hidden-states' ? slots : shape.scoring === 'logits' ? newTokens + slots : 2 * newTokens;
  return activations + attention + cache + 3 * vocabRows * shape.vocab * FLOAT_BYTES;
}

/** Splits items (already in the order to run them) into consecutive batches, each as long as `fits` allows (one item at least). */
function greedyBatches<T>(items: T[], fits: (batch: T[]) => boolean): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && !fits([...current, item])) {
      batches.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const maxOf = (values: number[]) => Math.max(0, ...values);

function withSuffixPasses(rows: PrefixRow[]): PrefixBatch {
  const ordered = [...rows].sort((a, b) => b.suffixes.length - a.suffixes.length);
  const passes = Array.from({ length: ordered[0]?.suffixes.length ?? 0 }, (_, j) =>
    ordered.filter((row) => row.suffixes.length > j).map((row) => row.suffixes[j]),
  );
  return { rows: ordered, suffixPasses: passes };
}

/** The estimated peak of a prefix batch: its own pass, or its largest continuation pass. */
function batchBytes(shape: ModelShape, rows: PrefixRow[]): number {
  const prefixLength = maxOf(rows.map((row) => row.tokens.length));
  const prefixPass = rows.length * estimateRowBytes(shape, prefixLength, 0, maxOf(rows.map((row) => row.slots.length)));
  const suffixPasses = withSuffixPasses(rows).suffixPasses.map(
    (pass) => pass.length * estimateRowBytes(shape, maxOf(pass.map((s) => s.tokens.length)), prefixLength, maxOf(pass.map((s) => s.slots.length))),
  );
  return Math.max(prefixPass, ...suffixPasses);
}

/**
 * The positions a prefix batch's continuation passes reach. Every row's cache is as long as the batch's
 * longest prefix and a pass is as wide as its longest continuation, so a long prefix with a short
 * continuation beside a short prefix with a long one reaches further than either row alone (each row
 * alone fits: its prefix and continuation are one model input).
 */
function batchPositions(rows: PrefixRow[]): number {
  return maxOf(rows.map((row) => row.tokens.length)) + maxOf(rows.flatMap((row) => row.suffixes.map((suffix) => suffix.tokens.length)));
}

/**
 * Prefix rows (longest first, as planned) in batches, each with the continuation passes that run from
 * its cache; no pass reaches past `maxPositions` (position ids and cache length alike).
 */
export function planBatches(rows: PrefixRow[], limit: BatchLimit, maxPositions: number): PrefixBatch[] {
  const withinLimit =
    'rows' in limit
      ? (batch: PrefixRow[]) => batch.length <= limit.rows
      : (batch: PrefixRow[]) => batch.length <= limit.maxRows && batchBytes(limit.shape, batch) <= limit.bytes;
  return greedyBatches(rows, (batch) => batchPositions(batch) <= maxPositions && withinLimit(batch)).map(withSuffixPasses);
}
