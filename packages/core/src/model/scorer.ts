/**
 * Runs a batch plan through a session and assembles each request's log-likelihood: per-token
 * log-probabilities summed in token order (so the result does not depend on how the plan was
 * batched), and whether every continuation token was the argmax.
 */
import { FtbenchError } from '../errors.js';
import type { LoglikelihoodResult } from '../tasks/types.js';
import type { Pass, PassRow } from './batching.js';
import type { PrefixRow, ScoreSlot } from './loglikelihood.js';
import { DeviceMemoryError, gatherPast, OnnxRunError, type PastState, type ScoreInput, type ScoreOutput } from './onnx-session.js';

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

/**
 * The cache a pass handed back, held while the passes that continue from it run. Evicted, it is
 * computed again by running the same pass on the same input (its parent's cache, itself held or
 * computed again): the same numbers, so eviction changes work, never results.
 */
interface CacheEntry {
  pass: Pass;
  parent: CacheEntry | null;
  /** Width of the cache this pass ran on: its new positions start there in `present`. */
  pastWidth: number;
  present: PastState | null;
  bytes: number;
}

const cacheBytes = (state: PastState) => state.reduce((n, tensor) => n + (tensor.data as ArrayBufferView).byteLength, 0);
const slotsUnder = (rows: PrefixRow[]): ScoreSlot[] => rows.flatMap((row) => [...row.slots, ...slotsUnder(row.suffixes)]);

class PlanExecution {
  /** After the device ran out of memory at n rows, no pass has more than n/2. */
  private rowCap = Infinity;
  private readonly tokenLogprobs: Float64Array[];
  private readonly greedy: boolean[];
  private readonly pendingSlots: number[];
  private finished = 0;
  /** Caches held now, outermost first. */
  private readonly held: CacheEntry[] = [];

  constructor(
    private readonly session: ScoringSession,
    private readonly counters: ModelCounters,
    private readonly replan: (rows: PassRow[]) => Pass[],
    private readonly cacheBudgetBytes: number,
    continuationLengths: number[],
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.tokenLogprobs = continuationLengths.map((n) => new Float64Array(n));
    this.greedy = continuationLengths.map(() => true);
    this.pendingSlots = [...continuationLengths];
  }

  async run(passes: Pass[]): Promise<LoglikelihoodResult[]> {
    for (const pass of passes) await this.runPass(pass, null);
    return this.tokenLogprobs.map((logprobs, i) => ({ loglikelihood: logprobs.reduce((a, b) => a + b, 0), isGreedy: this.greedy[i] }));
  }

  /** Runs a pass (its rows continuing rows of `parent`'s pass), records its slots, then the passes that continue from it. */
  private async runPass(pass: Pass, parent: CacheEntry | null): Promise<void> {
    if (pass.rows.length > this.rowCap) {
      for (const chunk of chunks(pass.rows, this.rowCap)) for (const smaller of this.replan(chunk)) await this.runPass(smaller, parent);
      return;
    }
    const past = await this.pastFor(pass, parent);
    const out = await this.pass(pass, past, pass.next.length > 0, true);
    if (!out) return this.runPass(pass, parent);
    this.onProgress?.(this.finished, this.pendingSlots.length);
    if (pass.next.length === 0) return;
    const present = out.present as PastState;
    const entry: CacheEntry = { pass, parent, pastWidth: past ? (past.state[0].dims[2] as number) : 0, present, bytes: cacheBytes(present) };
    this.held.push(entry);
    for (const next of pass.next) await this.runPass(next, entry);
    this.release(entry);
  }

  /** The cache a pass runs on, gathered from its parent's (computed again if it was evicted); null from position 0. */
  private async pastFor(pass: Pass, parent: CacheEntry | null): Promise<ScoreInput['past']> {
    if (!parent) return null;
    const present = await this.presentOf(parent);
    const rows = pass.rows.map(({ parent: from }) => ({
      from,
      pastLength: parent.pass.rows[from].pastLength,
      length: parent.pass.rows[from].row.tokens.length,
    }));
    const past = {
      state: gatherPast(present, parent.pastWidth, rows),
      lengths: rows.map((row) => row.pastLength + row.length),
    };
    this.evictOverBudget();
    return past;
  }

  private async presentOf(entry: CacheEntry): Promise<PastState> {
    if (entry.present) return entry.present;
    const out = await this.pass(entry.pass, await this.pastFor(entry.pass, entry.parent), true, false);
    // The pass ran at this size before; a device that no longer fits it cannot reproduce the cache.
    if (!out) throw new ScoringError('the device ran out of memory recomputing an evicted prefix cache', this.requestsOf(entry.pass));
    entry.present = out.present as PastState;
    this.held.push(entry);
    return entry.present;
  }

  /** Drops held caches, outermost first (the ones needed again last), until the rest fit the budget. */
  private evictOverBudget(): void {
    let total = this.held.reduce((n, entry) => n + entry.bytes, 0);
    while (total > this.cacheBudgetBytes && this.held.length > 0) {
      const entry = this.held.shift() as CacheEntry;
      entry.present = null;
      total -= entry.bytes;
    }
  }

  private release(entry: CacheEntry): void {
    const at = this.held.indexOf(entry);
    if (at >= 0) this.held.splice(at, 1);
    entry.present = null;
  }

  private requestsOf(pass: Pass): number[] {
    return [...new Set(slotsUnder(pass.rows.map(({ row }) => row)).map((slot) => slot.request))];
  }

  /**
   * One pass, its slots recorded when `record` (a recomputed pass has recorded them already); null
   * when the device ran out of memory and the caller must retry in smaller passes.
   */
  private async pass(pass: Pass, past: ScoreInput['past'], keepPresent: boolean, record: boolean): Promise<ScoreOutput | null> {
    const rows = pass.rows.map(({ row }) => row.tokens);
    const slots: BatchSlot[] = pass.rows.flatMap(({ row }, r) => row.slots.map((slot) => ({ row: r, slot })));
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
        throw new ScoringError(
          `onnxruntime failed on a pass of ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}: ${oneLine(err.message)}`,
          this.requestsOf(pass),
          hint,
        );
      }
      if (!(err instanceof DeviceMemoryError)) throw err;
      if (rows.length === 1) {
        throw new ScoringError(
          `the device ran out of memory on a single sequence of ${rows[0].length} tokens: ${oneLine(err.message)}`,
          this.requestsOf(pass),
          'Lower --max-length, or use a device with more memory.',
        );
      }
      this.rowCap = Math.floor(rows.length / 2);
      return null;
    }
    if (!record) return out;
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

/** How scorePlan runs a plan besides its passes. */
export interface PlanRunOptions {
  /** Re-batches a pass's rows when the device runs out of memory (on CUDA onnxruntime reports it as an error; passes then halve until they fit). */
  replan: (rows: PassRow[]) => Pass[];
  /** Bytes of prefix caches held between passes; over it, the outermost are evicted and computed again when needed. */
  cacheBudgetBytes: number;
  onProgress?: (done: number, total: number) => void;
}

/** Scores every planned slot: `continuationLengths[i]` slots of request i. */
export function scorePlan(
  session: ScoringSession,
  passes: Pass[],
  continuationLengths: number[],
  counters: ModelCounters,
  { replan, cacheBudgetBytes, onProgress }: PlanRunOptions,
): Promise<LoglikelihoodResult[]> {
  return new PlanExecution(session, counters, replan, cacheBudgetBytes, continuationLengths, onProgress).run(passes);
}
