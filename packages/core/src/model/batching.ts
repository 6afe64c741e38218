/**
 * Passes over a planned prefix tree: the top-level rows longest first (length bucketing) in passes
 * from position 0; after each pass, the passes of its rows' suffixes, which continue from its cache;
 * and so on down the tree. A pass holds a fixed number of rows, or with `auto` as many as a budget of
 * padded tokens and an estimate of its memory allow, and never reaches past the model's positions.
 */
import { compareTokens, type PrefixRow } from './loglikelihood.js';
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

/**
 * How many padded tokens (rows x the longest row) a pass may hold with `auto`: up to `maxPaddedTokens`,
 * with padding at most `maxPaddingShare` of them, except that a pass of at most `freePaddedTokens`
 * may pad as it likes (it is bound by reading the weights, not by its tokens).
 */
export interface PaddedTokenRule {
  maxPaddedTokens: number;
  maxPaddingShare: number;
  freePaddedTokens: number;
}

/**
 * The rule per device. CPU: one row of a few hundred tokens already keeps every core busy, so a pass
 * gains nothing from more rows and every padded token is computed for nothing: rows are packed only
 * up to 512 padded tokens with at most 1/8 of them padding (short rows, such as answer options on a
 * cached prompt, still share a pass: up to 64 padded tokens pad freely). CUDA: a pass needs many
 * tokens to fill the device, and padding is cheap next to a pass's fixed cost: up to 8192 padded
 * tokens, at most 1/4 padding beyond 1024.
 */
export const PADDED_TOKEN_RULES: Record<'cpu' | 'cuda', PaddedTokenRule> = {
  cpu: { maxPaddedTokens: 512, maxPaddingShare: 1 / 8, freePaddedTokens: 64 },
  cuda: { maxPaddedTokens: 8192, maxPaddingShare: 1 / 4, freePaddedTokens: 1024 },
};

/** A fixed number of rows, or as many (up to `maxRows`) as the padded-token rule and `bytes` by the estimate allow. */
export type BatchLimit = { rows: number } | { bytes: number; shape: ModelShape; maxRows: number; padding: PaddedTokenRule };

/** A row of a pass: which row of the enclosing pass it continues (-1 at the top), and how many cached tokens come before it. */
export interface PassRow {
  row: PrefixRow;
  parent: number;
  pastLength: number;
}

/** One forward pass, and the passes that continue from its cache (its rows' suffixes). */
export interface Pass {
  rows: PassRow[];
  next: Pass[];
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
const widthOf = (rows: PassRow[]) => maxOf(rows.map(({ row }) => row.tokens.length));

/** rows x the longest row: the tokens a pass computes, padding included. */
function paddedTokens(rows: PassRow[]): number {
  return rows.length * widthOf(rows);
}

function withinPaddedTokens(rule: PaddedTokenRule, rows: PassRow[]): boolean {
  const padded = paddedTokens(rows);
  const padding = padded - rows.reduce((n, { row }) => n + row.tokens.length, 0);
  return padded <= rule.freePaddedTokens || (padded <= rule.maxPaddedTokens && padding <= rule.maxPaddingShare * padded);
}

/** The estimated peak of a pass: each row padded to the longest, on a cache as long as the longest past. */
function passBytes(shape: ModelShape, rows: PassRow[]): number {
  const past = maxOf(rows.map((r) => r.pastLength));
  return rows.length * estimateRowBytes(shape, widthOf(rows), past, maxOf(rows.map(({ row }) => row.slots.length)));
}

/**
 * The positions a pass reaches: its cache is as long as its longest past and it is as wide as its
 * longest row, so a long past with a short row beside a short past with a long row reaches further
 * than either row alone (each alone fits: it is part of one model input).
 */
function passPositions(rows: PassRow[]): number {
  return maxOf(rows.map((r) => r.pastLength)) + widthOf(rows);
}

/**
 * Rows in passes, each followed by the passes of its rows' suffixes; no pass reaches past
 * `maxPositions` (position ids and cache length alike). Rows run longest first (then by tokens, then
 * by past), so that a pass pads little; a pass's suffixes are batched among themselves only, so each
 * continuation pass reads one cache.
 */
export function planPasses(rows: PassRow[], limit: BatchLimit, maxPositions: number): Pass[] {
  const withinLimit =
    'rows' in limit
      ? (batch: PassRow[]) => batch.length <= limit.rows
      : (batch: PassRow[]) => batch.length <= limit.maxRows && withinPaddedTokens(limit.padding, batch) && passBytes(limit.shape, batch) <= limit.bytes;
  const ordered = [...rows].sort(
    (a, b) => b.row.tokens.length - a.row.tokens.length || compareTokens(a.row.tokens, b.row.tokens) || a.pastLength - b.pastLength || a.parent - b.parent,
  );
  return greedyBatches(ordered, (batch) => passPositions(batch) <= maxPositions && withinLimit(batch)).map((batch) => ({
    rows: batch,
    next: planPasses(
      batch.flatMap(({ row, pastLength }, parent) => row.suffixes.map((suffix) => ({ row: suffix, parent, pastLength: pastLength + row.tokens.length }))),
      limit,
      maxPositions,
    ),
  }));
}

/** Top-level rows (run from position 0) in passes: see planPasses. */
export function planBatches(rows: PrefixRow[], limit: BatchLimit, maxPositions: number): Pass[] {
  return planPasses(
    rows.map((row) => ({ row, parent: -1, pastLength: 0 })),
    limit,
    maxPositions,
  );
}

/** Real and padded tokens of planned passes (each pass and every pass after it), as the counters count them when nothing is evicted. */
export function passTokens(passes: Pass[]): { tokens: number; paddedTokens: number } {
  return passes.reduce(
    (sum, pass) => {
      const next = passTokens(pass.next);
      return {
        tokens: sum.tokens + pass.rows.reduce((n, { row }) => n + row.tokens.length, 0) + next.tokens,
        paddedTokens: sum.paddedTokens + paddedTokens(pass.rows) + next.paddedTokens,
      };
    },
    { tokens: 0, paddedTokens: 0 },
  );
}
