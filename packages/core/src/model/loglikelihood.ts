/**
 * Log-likelihood scoring exactly as lm-evaluation-harness's HF backend does it:
 * request encoding (`_encode_pair`), longest-first ordering, one forward pass per distinct
 * model input, left truncation to the model's length, and per-token log-softmax sums.
 */
import { FtbenchError } from '../errors.js';
import type { LoglikelihoodResult } from '../tasks/types.js';
import type { TextTokenizer } from './tokenizer.js';

export interface LoglikelihoodRequest {
  context: string;
  continuation: string;
}

export interface TokenizedRequest {
  contextIds: number[];
  continuationIds: number[];
}

/**
 * lm-eval `_encode_pair`: trailing whitespace of the context moves to the continuation, and the
 * continuation's tokens are those of encode(context + continuation) after encode(context), so
 * merges across the boundary are scored as the model would see them. An empty context is the
 * prefix token (BOS, else EOS).
 */
export function tokenizeRequest(tokenizer: TextTokenizer, request: LoglikelihoodRequest): TokenizedRequest {
  const bos = tokenizer.addBosToken && tokenizer.bosTokenId !== null ? [tokenizer.bosTokenId] : [];
  if (request.context === '') {
    return { contextIds: [tokenizer.prefixTokenId], continuationIds: tokenizer.encode(request.continuation) };
  }
  const context = request.context.replace(/\s+$/u, '');
  const continuation = request.context.slice(context.length) + request.continuation;
  const whole = [...bos, ...tokenizer.encode(context + continuation)];
  const contextIds = [...bos, ...tokenizer.encode(context)];
  return { contextIds, continuationIds: whole.slice(contextIds.length) };
}

/** One forward pass: a model input shared by every request whose context+continuation[:-1] is the same. */
export interface PlannedRow {
  /** (context + continuation)[-(maxLength+1):][:-1] — the tokens fed to the model. */
  inputIds: number[];
  /** Indices into the request list, with the continuation each one scores at the end of the row. */
  members: { index: number; continuationIds: number[] }[];
}

/**
 * Groups requests by identical model input and orders rows longest first (lm-eval's
 * `-len(tokens), tuple(tokens)` sort), so batches pad little and OOM shows up first.
 */
export function planRows(requests: TokenizedRequest[], maxLength: number): PlannedRow[] {
  const rows = new Map<string, PlannedRow & { full: number[] }>();
  requests.forEach((request, index) => {
    const { contextIds, continuationIds } = request;
    if (continuationIds.length === 0) {
      throw new FtbenchError(`request ${index} has an empty continuation: there is nothing to score`, 'Every answer choice must be a non-empty string.');
    }
    if (continuationIds.length > maxLength) {
      throw new FtbenchError(`a continuation of ${continuationIds.length} tokens is longer than the model's maximum length ${maxLength}`, 'Use a model with a longer context or shorten the answer choices.');
    }
    const full = [...contextIds, ...continuationIds];
    const key = full.slice(0, -1).join(',');
    let row = rows.get(key);
    if (!row) {
      row = { inputIds: full.slice(-(maxLength + 1)).slice(0, -1), members: [], full };
      rows.set(key, row);
    }
    row.members.push({ index, continuationIds });
  });
  return [...rows.values()]
    .sort((a, b) => b.full.length - a.full.length || compareTokens(a.full, b.full))
    .map(({ inputIds, members }) => ({ inputIds, members }));
}

function compareTokens(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Sum of log-softmax at the continuation positions of one row, and whether every continuation
 * token is the argmax. Accumulates in float64 whatever the logits dtype (at least the fp32
 * that lm-eval's comparisons assume).
 */
export function continuationLoglikelihood(
  logits: Float32Array,
  rowOffset: number,
  rowLength: number,
  vocab: number,
  continuationIds: number[],
): LoglikelihoodResult {
  let loglikelihood = 0;
  let isGreedy = true;
  const first = rowLength - continuationIds.length;
  continuationIds.forEach((target, i) => {
    const base = rowOffset + (first + i) * vocab;
    let max = -Infinity;
    let argmax = 0;
    for (let v = 0; v < vocab; v++) {
      const x = logits[base + v];
      if (x > max) {
        max = x;
        argmax = v;
      }
    }
    let sum = 0;
    for (let v = 0; v < vocab; v++) sum += Math.exp(logits[base + v] - max);
    loglikelihood += logits[base + target] - max - Math.log(sum);
    if (argmax !== target) isGreedy = false; // argmax takes the first maximum, as torch's does
  });
  return { loglikelihood, isGreedy };
}

/** Splits longest-first rows into batches: a fixed size, or as many as fit a logits-memory budget. */
export function batchRows(rows: PlannedRow[], batchSize: number | 'auto', vocab: number, budgetBytes: number): PlannedRow[][] {
  const batches: PlannedRow[][] = [];
  let current: PlannedRow[] = [];
  for (const row of rows) {
    const longest = current[0]?.inputIds.length ?? row.inputIds.length;
    const fits = batchSize === 'auto' ? (current.length + 1) * longest * vocab * 4 <= budgetBytes : current.length < batchSize;
    if (current.length > 0 && !fits) {
      batches.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
