/**
 * Batched generation (lm-eval's `generate_until`), greedy or sampled per row: the prompts of a batch run as one
 * right-padded pass, then each step feeds every unfinished row its last token on top of the key/value cache
 * (the padding stays in the cache as masked holes, and each row's positions count only its real tokens), or,
 * for a graph without a cache, re-runs every unfinished row in full. A row leaves the batch as soon as it
 * finishes: EOS (any of the model's stop token ids), one of its stop strings, its own `maxNewTokens`, or the model's
 * maximum length.
 *
 * A sampled row draws each token from the temperature-scaled softmax of the full next-token distribution (or of
 * its top k, as transformers' TopKLogitsWarper) with its own seeded PRNG (one uniform per token), so its text
 * depends on its prompt and sampling settings only: the same run to run, at any batch size, whatever rows run
 * beside it.
 */
import * as ort from 'onnxruntime-node';
import { FtbenchError } from '../errors.js';
import { mulberry32 } from '../random.js';
import type { PastState, ScoreInput, ScoreOutput } from './onnx-session.js';
import { countedScore, type ModelCounters, type ScoringSession } from './scorer.js';
import type { TextTokenizer } from './tokenizer.js';

export interface GenerationRow {
  /** The context's token ids (BOS and truncation already applied). */
  ids: number[];
  until: string[];
  maxNewTokens: number;
  /** Absent: greedy. */
  sampling?: Sampling;
}

/** How a row samples: temperature > 0; `topK` (absent or 0: the whole vocabulary) keeps the k most likely tokens, ties at the k-th included. */
export interface Sampling {
  temperature: number;
  seed: number;
  topK?: number;
}

interface Decoding {
  row: GenerationRow;
  generated: number[];
  /** When the row samples: its settings and its own uniform draws in [0, 1). */
  sampler: { sampling: Sampling; draw: () => number } | null;
}

/** What generation made of a row: the text (cut at a stop string) and how many tokens it generated for it. */
export interface GeneratedText {
  text: string;
  newTokens: number;
}

/** The k-th largest value (k >= 1), found in one pass keeping the k largest in a sorted array (k is small, e.g. 50). */
function kthLargest(values: Float32Array, k: number): number {
  const top: number[] = [];
  for (const value of values) {
    if (top.length === k && !(value > top[k - 1])) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && top[i - 1] < value) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = value;
  }
  return top[top.length - 1];
}

/**
 * The token whose cumulative probability first exceeds `uniform` (in vocabulary order) under softmax(logprobs / T)
 * restricted to the top k, computed in float64; `logprobs` is one slot's log-softmax over the vocabulary.
 */
export function sampleToken(logprobs: Float32Array, { temperature, topK }: Pick<Sampling, 'temperature' | 'topK'>, uniform: number): number {
  const floor = topK && topK < logprobs.length ? kthLargest(logprobs, topK) : -Infinity;
  let max = -Infinity;
  for (const value of logprobs) if (value > max) max = value;
  // NaN is not below the floor: it makes the total NaN, and the distribution is refused.
  const weightOf = (value: number) => (value < floor ? 0 : Math.exp((value - max) / temperature));
  let total = 0;
  for (const value of logprobs) total += weightOf(value);
  if (!(total > 0 && Number.isFinite(total) && Number.isFinite(max))) {
    throw new FtbenchError(
      'the model gave a next-token distribution with NaN or infinite values, so no token can be sampled from it',
      'Check the export: the same model gives NaN or infinite scores.',
    );
  }
  const threshold = uniform * total;
  let cumulative = 0;
  let last = 0;
  for (let v = 0; v < logprobs.length; v++) {
    const weight = weightOf(logprobs[v]);
    if (weight === 0) continue;
    cumulative += weight;
    last = v;
    if (cumulative > threshold) return v;
  }
  // Rounding can leave the threshold a hair above the last sum: the last token with any probability.
  return last;
}

/** Rows `keep` of a cache, copied (the rows of a [batch, heads, positions, headDim] tensor are contiguous). */
function selectRows(state: PastState, keep: number[]): PastState {
  return state.map((tensor) => {
    const [rows, ...perRow] = tensor.dims as number[];
    if (keep.length === rows) return tensor;
    const rowSize = perRow.reduce((a, b) => a * b, 1);
    const source = tensor.data as Float32Array | Uint16Array;
    const data = new (source.constructor as Float32ArrayConstructor | Uint16ArrayConstructor)(keep.length * rowSize);
    keep.forEach((row, i) => data.set(source.subarray(row * rowSize, (row + 1) * rowSize), i * rowSize));
    return new ort.Tensor(tensor.type as 'float32', data, [keep.length, ...perRow]);
  });
}

/** A row's cache positions after one more step: the ones it had, then the real token just fed. */
function withRealPosition(valid: Uint8Array): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(valid.length + 1);
  next.set(valid);
  next[valid.length] = 1;
  return next;
}

/** The text up to the first stop string, as lm-eval cuts it. */
function cutAtStop(text: string, until: string[]): string {
  return text.slice(0, Math.min(...until.map((stop) => text.indexOf(stop)).filter((i) => i >= 0), text.length));
}

/**
 * Answers for one batch, in row order. `usePast`: decode on the cache (the graph must continue
 * correctly from a right-padded cache; the caller checks that); `onFinished` hears of each row that is done.
 */
export async function generateBatch(
  session: ScoringSession,
  tokenizer: TextTokenizer,
  counters: ModelCounters,
  rows: GenerationRow[],
  opts: { maxLength: number; usePast: boolean; stopTokenIds: ReadonlySet<number>; onFinished?: () => void },
): Promise<GeneratedText[]> {
  const decodings: Decoding[] = rows.map((row) => ({
    row,
    generated: [],
    sampler: row.sampling ? { sampling: row.sampling, draw: mulberry32(row.sampling.seed) } : null,
  }));
  // Full distributions cross to the host only for passes where some row samples.
  const distributions = (live: number[]) => live.some((d) => decodings[d].sampler !== null);
  const lastPositions = (inputs: number[][]): ScoreInput['slots'] => inputs.map((input, row) => ({ row, position: input.length - 1, target: 0 }));
  const prompts = rows.map((row) => row.ids);
  let live = decodings.map((_, i) => i);
  let out: ScoreOutput = await countedScore(session, counters, {
    rows: prompts,
    past: null,
    slots: lastPositions(prompts),
    keepPresent: opts.usePast,
    distributions: distributions(live),
  });
  const width = Math.max(...prompts.map((ids) => ids.length));
  // Per live row: which cache positions hold its tokens (the prompt, then one per step; the rest is padding).
  let valid = prompts.map((ids) => Uint8Array.from({ length: width }, (_, k) => (k < ids.length ? 1 : 0)));
  while (live.length > 0) {
    const keep: number[] = [];
    live.forEach((d, k) => {
      if (advance(decodings[d], nextToken(decodings[d], out, k, live.length), tokenizer, opts)) keep.push(k);
      else opts.onFinished?.();
    });
    live = keep.map((k) => live[k]);
    if (live.length === 0) break;
    if (opts.usePast && out.present) {
      const state = selectRows(out.present, keep);
      valid = keep.map((k) => valid[k]);
      const lengths = live.map((d) => decodings[d].row.ids.length + decodings[d].generated.length - 1);
      const inputs = live.map((d) => [decodings[d].generated.at(-1) as number]);
      out = await countedScore(session, counters, {
        rows: inputs,
        past: { state, lengths, valid },
        slots: lastPositions(inputs),
        keepPresent: true,
        distributions: distributions(live),
      });
      valid = valid.map(withRealPosition);
    } else {
      const inputs = live.map((d) => [...decodings[d].row.ids, ...decodings[d].generated]);
      out = await countedScore(session, counters, {
        rows: inputs,
        past: null,
        slots: lastPositions(inputs),
        keepPresent: false,
        distributions: distributions(live),
      });
    }
  }
  return decodings.map((d) => ({
    text: d.generated.length === 0 ? '' : cutAtStop(tokenizer.decode(d.generated), d.row.until),
    newTokens: d.generated.length,
  }));
}

/** The next token of live row `k` of a pass with `slots` slots (one per live row): the argmax, or a draw from the distribution. */
function nextToken(d: Decoding, out: ScoreOutput, k: number, slots: number): number {
  if (!d.sampler) return out.argmax[k];
  const all = out.distributions as Float32Array;
  const vocab = all.length / slots;
  return sampleToken(all.subarray(k * vocab, (k + 1) * vocab), d.sampler.sampling, d.sampler.draw());
}

/** Takes the model's next token for a row; true while the row goes on (another pass is needed). */
function advance(
  d: Decoding,
  next: number,
  tokenizer: TextTokenizer,
  { maxLength, stopTokenIds }: { maxLength: number; stopTokenIds: ReadonlySet<number> },
): boolean {
  const { ids, until, maxNewTokens } = d.row;
  if (d.generated.length >= maxNewTokens || ids.length + d.generated.length >= maxLength) return false;
  if (stopTokenIds.has(next)) return false;
  d.generated.push(next);
  // Only stop strings need the text as it grows; without them it is decoded once, at the end.
  if (until.length > 0) {
    const text = tokenizer.decode(d.generated);
    if (until.some((stop) => text.includes(stop))) return false;
  }
  return d.generated.length < maxNewTokens && ids.length + d.generated.length < maxLength;
}
