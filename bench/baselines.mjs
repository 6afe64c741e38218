// @ts-check
/**
 * What ftbench is measured against:
 * - the bare onnxruntime loop: the exact session.run calls one ftbench run made (same feeds, same
 *   graph, same session), replayed back to back: the runtime's own limit for that work;
 * - the naive loop: what a TypeScript user would write first: one forward pass per option over the
 *   whole prompt, full logits copied out, log-softmax at the continuation positions in JavaScript;
 * - naive generation: one token at a time, the whole sequence re-run each step (no cache), batch 1,
 *   full logits copied out, argmax of the last row in JavaScript.
 */
import * as ort from 'onnxruntime-node';
import path from 'node:path';

/**
 * Runs `work` while recording every InferenceSession.run call (session, feeds, fetches); returns
 * the work's result and the calls. Only the recording wraps run; the calls are not altered.
 */
export async function recordRuns(work) {
  // Every session ftbench creates is an instance of this class: its run is the single entry point to onnxruntime.
  const prototype = /** @type {any} */ (ort.InferenceSession).prototype;
  const original = prototype.run;
  const calls = [];
  prototype.run = function (feeds, fetches, options) {
    calls.push({ session: this, feeds, fetches });
    return original.call(this, feeds, fetches, options);
  };
  try {
    return { result: await work(), calls };
  } finally {
    prototype.run = original;
  }
}

/** Seconds to replay recorded calls, one after another, as a bare loop would. */
export async function replay(calls) {
  const start = performance.now();
  for (const { session, feeds, fetches } of calls) await session.run(feeds, fetches);
  return (performance.now() - start) / 1000;
}

const int64 = (values, dims) => new ort.Tensor('int64', BigInt64Array.from(values, BigInt), dims);

/**
 * Feeds for one unpadded row from position 0 (position ids when the graph takes them); a graph with past gets an
 * empty cache of `past`'s shape.
 * @param {ort.InferenceSession} session @param {number[]} input @param {{ layers: number, heads: number, headDim: number } | null} past
 */
function fullRowFeeds(session, input, past) {
  const n = input.length;
  /** @type {Record<string, ort.Tensor>} */
  const feeds = { input_ids: int64(input, [1, n]), attention_mask: int64(Array(n).fill(1), [1, n]) };
  if (session.inputNames.includes('position_ids')) {
    feeds.position_ids = int64(
      input.map((_, i) => i),
      [1, n],
    );
  }
  if (past) {
    for (let layer = 0; layer < past.layers; layer++) {
      for (const kind of ['key', 'value'])
        feeds[`past_key_values.${layer}.${kind}`] = new ort.Tensor('float32', new Float32Array(0), [1, past.heads, 0, past.headDim]);
    }
  }
  return feeds;
}

/** The naive per-option loop over already tokenized requests (same ids and truncation as ftbench). */
export async function naiveLoop(modelDir, tokenized, maxLength, past) {
  const session = await ort.InferenceSession.create(path.join(modelDir, 'model.onnx'));
  let scoreOutputBytes = 0;
  let maxRunScoreOutputBytes = 0;
  let tokens = 0;
  const start = performance.now();
  const results = [];
  for (const { contextIds, continuationIds } of tokenized) {
    const input = [...contextIds, ...continuationIds].slice(-(maxLength + 1)).slice(0, -1);
    const n = input.length;
    const feeds = fullRowFeeds(session, input, past);
    const out = await session.run(feeds);
    const logits = /** @type {Float32Array} */ (out.logits.data);
    const vocab = out.logits.dims[2];
    scoreOutputBytes += logits.byteLength;
    maxRunScoreOutputBytes = Math.max(maxRunScoreOutputBytes, logits.byteLength);
    tokens += n;
    let loglikelihood = 0;
    continuationIds.forEach((target, j) => {
      const base = (n - continuationIds.length + j) * vocab;
      let max = -Infinity;
      for (let v = 0; v < vocab; v++) max = Math.max(max, logits[base + v]);
      let sum = 0;
      for (let v = 0; v < vocab; v++) sum += Math.exp(logits[base + v] - max);
      loglikelihood += logits[base + target] - max - Math.log(sum);
    });
    results.push(loglikelihood);
  }
  const seconds = (performance.now() - start) / 1000;
  await session.release();
  return { seconds, results, counters: { tokensForwarded: tokens, sessionRuns: tokenized.length, scoreOutputBytes, maxRunScoreOutputBytes } };
}

/** Index of the first maximum of `row` of a [1, seq, vocab] logits array. */
function argmaxOfRow(logits, row, vocab) {
  let best = 0;
  for (let v = 1; v < vocab; v++) if (logits[row * vocab + v] > logits[row * vocab + best]) best = v;
  return best;
}

/**
 * Naive greedy generation: for each prompt (token ids, BOS included), one full forward pass per new token over
 * the whole sequence so far, stopping at EOS or after `maxNewTokens` (as ftbench's generation stops).
 * Returns the generated ids per prompt, and the seconds, tokens and runs it took.
 * @param {string} modelDir @param {number[][]} prompts
 * @param {{ maxNewTokens: number, eosTokenId: number | null, past: { layers: number, heads: number, headDim: number } | null }} opts
 */
export async function naiveGeneration(modelDir, prompts, { maxNewTokens, eosTokenId, past }) {
  const session = await ort.InferenceSession.create(path.join(modelDir, 'model.onnx'));
  let tokens = 0;
  let runs = 0;
  const start = performance.now();
  const generated = [];
  for (const prompt of prompts) {
    const ids = [...prompt];
    const added = [];
    while (added.length < maxNewTokens) {
      const out = await session.run(fullRowFeeds(session, ids, past));
      tokens += ids.length;
      runs++;
      const next = argmaxOfRow(/** @type {Float32Array} */ (out.logits.data), ids.length - 1, out.logits.dims[2]);
      if (next === eosTokenId) break;
      added.push(next);
      ids.push(next);
    }
    generated.push(added);
  }
  const seconds = (performance.now() - start) / 1000;
  await session.release();
  return { seconds, generated, tokensForwarded: tokens, sessionRuns: runs };
}
