/**
 * Batched greedy generation (lm-eval's `generate_until` with greedy decoding): the prompts of a batch run as one
 * right-padded pass, then each step feeds every unfinished row its last token on top of the key/value cache
 * (the padding stays in the cache as masked holes, and each row's positions count only its real tokens), or,
 * for a graph without a cache, re-runs every unfinished row in full. A row leaves the batch as soon as it
 * finishes: EOS, one of its stop strings, its own `maxNewTokens`, or the model's maximum length.
 */
import * as ort from 'onnxruntime-node';
import type { PastState, ScoreInput, ScoreOutput } from './onnx-session.js';
import { countedScore, type ModelCounters, type ScoringSession } from './scorer.js';
import type { TextTokenizer } from './tokenizer.js';

export interface GenerationRow {
  /** The context's token ids (BOS and truncation already applied). */
  ids: number[];
  until: string[];
  maxNewTokens: number;
}

interface Decoding {
  row: GenerationRow;
  generated: number[];
  text: string;
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

/** The text up to the first stop string, as lm-eval cuts it. */
function cutAtStop(text: string, until: string[]): string {
  return text.slice(0, Math.min(...until.map((stop) => text.indexOf(stop)).filter((i) => i >= 0), text.length));
}

/**
 * Greedy answers for one batch, in row order. `usePast`: decode on the cache (the graph must continue
 * correctly from a right-padded cache; the caller checks that); `onFinished` hears of each row that is done.
 */
export async function generateBatch(
  session: ScoringSession,
  tokenizer: TextTokenizer,
  counters: ModelCounters,
  rows: GenerationRow[],
  opts: { maxLength: number; usePast: boolean; onFinished?: () => void },
): Promise<string[]> {
  const decodings: Decoding[] = rows.map((row) => ({ row, generated: [], text: '' }));
  const lastPositions = (inputs: number[][]): ScoreInput['slots'] => inputs.map((input, row) => ({ row, position: input.length - 1, target: 0 }));
  const prompts = rows.map((row) => row.ids);
  let out: ScoreOutput = await countedScore(session, counters, { rows: prompts, past: null, slots: lastPositions(prompts), keepPresent: opts.usePast });
  const width = Math.max(...prompts.map((ids) => ids.length));
  // Per live row: which cache positions hold its tokens (the prompt, then one per step; the rest is padding).
  let valid = prompts.map((ids) => Uint8Array.from({ length: width }, (_, k) => (k < ids.length ? 1 : 0)));
  let live = decodings.map((_, i) => i);
  while (live.length > 0) {
    const keep: number[] = [];
    live.forEach((d, k) => {
      if (advance(decodings[d], out.argmax[k], tokenizer, opts.maxLength)) keep.push(k);
      else opts.onFinished?.();
    });
    live = keep.map((k) => live[k]);
    if (live.length === 0) break;
    if (opts.usePast && out.present) {
      const state = selectRows(out.present, keep);
      valid = keep.map((k) => valid[k]);
      const lengths = live.map((d) => decodings[d].row.ids.length + decodings[d].generated.length - 1);
      const inputs = live.map((d) => [decodings[d].generated.at(-1) as number]);
      out = await countedScore(session, counters, { rows: inputs, past: { state, lengths, valid }, slots: lastPositions(inputs), keepPresent: true });
      valid = valid.map((v) => Uint8Array.from([...v, 1]));
    } else {
      const inputs = live.map((d) => [...decodings[d].row.ids, ...decodings[d].generated]);
      out = await countedScore(session, counters, { rows: inputs, past: null, slots: lastPositions(inputs), keepPresent: false });
    }
  }
  return decodings.map((d) => cutAtStop(d.text, d.row.until));
}

/** Takes the model's next token for a row; true while the row goes on (another pass is needed). */
function advance(d: Decoding, next: number, tokenizer: TextTokenizer, maxLength: number): boolean {
  const { ids, until, maxNewTokens } = d.row;
  if (d.generated.length >= maxNewTokens || ids.length + d.generated.length >= maxLength) return false;
  if (next === tokenizer.eosTokenId) return false;
  d.generated.push(next);
  d.text = tokenizer.decode(d.generated);
  if (until.some((stop) => d.text.includes(stop))) return false;
  return d.generated.length < maxNewTokens && ids.length + d.generated.length < maxLength;
}
