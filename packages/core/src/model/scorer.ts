/**
 * Runs a batch plan through a session and assembles each request's log-likelihood: per-token
 * log-probabilities summed in token order (so the result does not depend on how the plan was
 * batched), and whether every continuation token was the argmax.
 */
import { FtbenchError } from '../errors.js';
import type { LoglikelihoodResult } from '../tasks/types.js';
import type { PrefixBatch } from './batching.js';
import type { PrefixRow, ScoreSlot, SuffixRow } from './loglikelihood.js';
import { DeviceMemoryError, OnnxRunError, pastRows, type PastState, type ScoreInput, type ScoreOutput } from './onnx-session.js';

/**
 * Scoring stopped: a pass failed, or gave a log-probability that is not a finite number (a broken
 * model: never a score). `requests` are the indices, in the scored list, of the requests it was
 * scoring, so that callers can name the documents.
 */
export class ScoringError extends FtbenchError {
  constructor(
    message: string,
    readonly requests: number[],
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** onnxruntime's messages run over several lines; an error line holds one. */
export const oneLine = (message: string) => message.trim().replace(/\s*\n\s*/g, ' ');
/** onnxruntime's Gather error for an index past a table (position or token embeddings). */
const OUT_OF_BOUNDS = /out of (data )?bounds/i;
const OUT_OF_BOUNDS_HINT =
  "An index past a table is a sequence longer than the graph's positions (check --max-length and config.json's n_positions or max_position_embeddings) or a token id past its vocabulary (a tokenizer that does not match the model).";
const requestsOf = (slots: ScoreSlot[]) => [...new Set(slots.map((slot) => slot.request))];

export interface ModelCounters {
  /** Rows forwarded (one row is one sequence in a batch). */
  forwardPasses: number;
  /** Real tokens forwarded (cached positions are not forwarded again). */
  tokensForwarded: number;
  /** Tokens including right padding: rows x padded width, summed over passes. */
  paddedTokensForwarded: number;
  /** onnxruntime `run` calls. */
  sessionRuns: number;
  /** Score bytes onnxruntime handed back to JavaScript (device to host on CUDA): full logits, or log-probabilities and argmax ids. */
  scoreOutputBytes: number;
  /** The most score bytes one run handed back. */
  maxRunScoreOutputBytes: number;
  /** Key/value cache bytes handed back (prefix passes whose continuations run next). */
  cacheOutputBytes: number;
}

export function newCounters(): ModelCounters {
  return {
    forwardPasses: 0,
    tokensForwarded: 0,
    paddedTokensForwarded: 0,
    sessionRuns: 0,
    scoreOutputBytes: 0,
    maxRunScoreOutputBytes: 0,
    cacheOutputBytes: 0,
  };
}

export interface ScoringSession {
  score(input: ScoreInput): Promise<ScoreOutput>;
}

/** One pass through the session, counted. */
export async function countedScore(session: ScoringSession, counters: ModelCounters, input: ScoreInput): Promise<ScoreOutput> {
  const out = await session.score(input);
  counters.forwardPasses += input.rows.length;
  counters.tokensForwarded += input.rows.reduce((n, row) => n + row.length, 0);
  counters.paddedTokensForwarded += out.paddedTokens;
  counters.sessionRuns += 1;
  counters.scoreOutputBytes += out.scoreBytes;
  counters.maxRunScoreOutputBytes = Math.max(counters.maxRunScoreOutputBytes, out.scoreBytes);
  counters.cacheOutputBytes += out.cacheBytes;
  return out;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A slot of a batch: which row of the pass it belongs to. */
type BatchSlot = { row: number; slot: ScoreSlot };

class PlanExecution {
  /** After the device ran out of memory at n rows, no pass has more than n/2. */
  private rowCap = Infinity;
  private readonly tokenLogprobs: Float64Array[];
  private readonly greedy: boolean[];
  private readonly pendingSlots: number[];
  private finished = 0;

  constructor(
    private readonly session: ScoringSession,
    private readonly counters: ModelCounters,
    private readonly replan: (rows: PrefixRow[]) => PrefixBatch[],
    continuationLengths: number[],
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.tokenLogprobs = continuationLengths.map((n) => new Float64Array(n));
    this.greedy = continuationLengths.map(() => true);
    this.pendingSlots = [...continuationLengths];
  }

  async run(batches: PrefixBatch[]): Promise<LoglikelihoodResult[]> {
    for (const batch of batches) await this.runPrefixBatch(batch);
    return this.tokenLogprobs.map((logprobs, i) => ({ loglikelihood: logprobs.reduce((a, b) => a + b, 0), isGreedy: this.greedy[i] }));
  }

  private async runPrefixBatch(batch: PrefixBatch): Promise<void> {
    if (batch.rows.length > this.rowCap) {
      for (const chunk of chunks(batch.rows, this.rowCap)) for (const smaller of this.replan(chunk)) await this.runPrefixBatch(smaller);
      return;
    }
    const slots = batch.rows.flatMap((row, r) => row.slots.map((slot) => ({ row: r, slot })));
    const requests = requestsOf(batch.rows.flatMap((row) => [...row.slots, ...row.suffixes.flatMap((suffix) => suffix.slots)]));
    const out = await this.pass(
      batch.rows.map((row) => row.tokens),
      null,
      slots,
      batch.suffixPasses.length > 0,
      requests,
    );
    if (!out) return this.runPrefixBatch(batch);
    for (const suffixes of batch.suffixPasses) await this.runSuffixPass(suffixes, 0, batch.rows, out.present as PastState);
    this.onProgress?.(this.finished, this.pendingSlots.length);
  }

  /** Continues prefix rows first, first + 1, ... of `present` with `suffixes`, one each. */
  private async runSuffixPass(suffixes: SuffixRow[], first: number, prefixes: PrefixRow[], present: PastState): Promise<void> {
    if (suffixes.length > this.rowCap) {
      for (let offset = 0; offset < suffixes.length; offset += this.rowCap) {
        await this.runSuffixPass(suffixes.slice(offset, offset + this.rowCap), first + offset, prefixes, present);
      }
      return;
    }
    const lengths = prefixes.slice(first, first + suffixes.length).map((prefix) => prefix.tokens.length);
    const past = { state: pastRows(present, first, first + suffixes.length), lengths };
    const slots = suffixes.flatMap((suffix, r) => suffix.slots.map((slot) => ({ row: r, slot })));
    const out = await this.pass(
      suffixes.map((suffix) => suffix.tokens),
      past,
      slots,
      false,
      requestsOf(suffixes.flatMap((suffix) => suffix.slots)),
    );
    if (!out) return this.runSuffixPass(suffixes, first, prefixes, present);
  }

  /**
   * One pass over `requests` (those its rows belong to), its slots recorded; null when the device ran
   * out of memory and the caller must retry in smaller passes.
   */
  private async pass(rows: number[][], past: ScoreInput['past'], slots: BatchSlot[], keepPresent: boolean, requests: number[]): Promise<ScoreOutput | null> {
    let out: ScoreOutput;
    try {
      out = await countedScore(this.session, this.counters, {
        rows,
        past,
        slots: slots.map(({ row, slot }) => ({ row, position: slot.position, target: slot.target })),
        keepPresent,
      });
    } catch (err) {
      if (err instanceof OnnxRunError) {
        const hint = OUT_OF_BOUNDS.test(err.message) ? OUT_OF_BOUNDS_HINT : undefined;
        throw new ScoringError(`onnxruntime failed on a pass of ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}: ${oneLine(err.message)}`, requests, hint);
      }
      if (!(err instanceof DeviceMemoryError)) throw err;
      if (rows.length === 1) {
        throw new ScoringError(
          `the device ran out of memory on a single sequence of ${rows[0].length} tokens: ${oneLine(err.message)}`,
          requests,
          'Lower --max-length, or use a device with more memory.',
        );
      }
      this.rowCap = Math.floor(rows.length / 2);
      return null;
    }
    const broken = slots.findIndex((_, s) => !Number.isFinite(out.logprobs[s]));
    if (broken >= 0) {
      const { slot } = slots[broken];
      throw new ScoringError(
        `the model gave a log-probability of ${out.logprobs[broken]} (token ${slot.token + 1} of a continuation)`,
        [slot.request],
        'NaN or infinite log-probabilities come from a broken model (NaN or infinite weights, an overflow in float16): it cannot be scored.',
      );
    }
    slots.forEach(({ slot }, s) => {
      this.tokenLogprobs[slot.request][slot.token] = out.logprobs[s];
      if (out.argmax[s] !== slot.target) this.greedy[slot.request] = false;
      if (--this.pendingSlots[slot.request] === 0) this.finished++;
    });
    return out;
  }
}

/**
 * Scores every planned slot. `replan` re-batches prefix rows when the device runs out of memory
 * (on CUDA onnxruntime reports it as an error; passes then halve until they fit).
 */
export function scorePlan(
  session: ScoringSession,
  batches: PrefixBatch[],
  replan: (rows: PrefixRow[]) => PrefixBatch[],
  continuationLengths: number[],
  counters: ModelCounters,
  onProgress?: (done: number, total: number) => void,
): Promise<LoglikelihoodResult[]> {
  return new PlanExecution(session, counters, replan, continuationLengths, onProgress).run(batches);
}
