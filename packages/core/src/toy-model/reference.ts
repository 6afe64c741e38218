/**
 * An independent float64 forward pass of the toy models (GPT-2 or Llama) for one unpadded sequence, written
 * straight from the math (it shares only the weights with the ONNX graph), to check the engine's
 * log-likelihoods against.
 */
import type { LoglikelihoodResult } from '../tasks/types.js';
import { FtbenchError } from '../errors.js';
import { RMS_NORM_EPSILON, rotaryInverseFrequencies, toyLlamaWeights } from './llama.js';
import { LAYER_NORM_EPSILON, headDimOf, kvHeadsOf, toyModelWeights, vocabSizeOf, type ToyModelSpec, type WeightTensor } from './spec.js';

type Vector = Float64Array;

function rowOf(matrix: WeightTensor, row: number): Vector {
  const width = matrix.dims[1];
  return Float64Array.from(matrix.data.subarray(row * width, (row + 1) * width));
}

function add(a: Vector, b: Vector): Vector {
  return a.map((value, i) => value + b[i]);
}

function dot(a: Vector, b: ArrayLike<number>, bOffset = 0): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[bOffset + i];
  return sum;
}

function layerNorm(x: Vector, gamma: WeightTensor, beta: WeightTensor): Vector {
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
  const scale = 1 / Math.sqrt(variance + LAYER_NORM_EPSILON);
  return x.map((value, i) => (value - mean) * scale * gamma.data[i] + beta.data[i]);
}

function rmsNorm(x: Vector, gain: WeightTensor): Vector {
  const scale = 1 / Math.sqrt(x.reduce((a, b) => a + b * b, 0) / x.length + RMS_NORM_EPSILON);
  return x.map((value, i) => value * scale * gain.data[i]);
}

/** x @ W (+ b), with W stored [in, out] row-major. */
function linear(x: Vector, weight: WeightTensor, bias?: WeightTensor): Vector {
  const [inSize, outSize] = weight.dims;
  const out = bias ? Float64Array.from(bias.data) : new Float64Array(outSize);
  for (let i = 0; i < inSize; i++) {
    for (let j = 0; j < outSize; j++) out[j] += x[i] * weight.data[i * outSize + j];
  }
  return out;
}

function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

function logSoftmax(logits: Vector): Vector {
  const max = logits.reduce((a, b) => Math.max(a, b), -Infinity);
  const logTotal = Math.log(logits.reduce((a, b) => a + Math.exp(b - max), 0)) + max;
  return logits.map((value) => value - logTotal);
}

/** Index of the first maximum, as torch.argmax picks it. */
function argmax(values: Vector): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function checkIds(spec: ToyModelSpec, ids: number[]): void {
  if (ids.length === 0) throw new FtbenchError('reference forward pass needs at least one token');
  if (ids.length > spec.maxPositions) {
    throw new FtbenchError(`sequence of ${ids.length} tokens exceeds the toy model's ${spec.maxPositions} positions`);
  }
  checkVocabulary(spec, ids);
}

function checkVocabulary(spec: ToyModelSpec, ids: number[]): void {
  const vocab = vocabSizeOf(spec);
  const bad = ids.find((id) => !Number.isInteger(id) || id < 0 || id >= vocab);
  if (bad !== undefined) throw new FtbenchError(`token id ${bad} is outside the toy model's vocabulary [0, ${vocab})`);
}

/** Logits (one row of `vocab` values per position) of an unpadded sequence at positions 0..n-1. */
export function referenceLogits(spec: ToyModelSpec, ids: number[]): Float64Array[] {
  if (spec.broken && spec.broken !== 'nan-weights') throw new FtbenchError(`the reference computes the intact toy model, not one with ${spec.broken}`);
  checkIds(spec, ids);
  return spec.architecture === 'llama' ? llamaLogits(spec, ids) : gpt2Logits(spec, ids);
}

function gpt2Logits(spec: ToyModelSpec, ids: number[]): Float64Array[] {
  const weights = toyModelWeights(spec);
  const headDim = headDimOf(spec);
  let hidden = ids.map((id, position) => add(rowOf(weights.tokenEmbedding, id), rowOf(weights.positionEmbedding, position)));

  for (const layer of weights.layers) {
    const normed = hidden.map((x) => layerNorm(x, layer.attnNormGamma, layer.attnNormBeta));
    const queries = normed.map((x) => linear(x, layer.queryWeight, layer.queryBias));
    const keys = normed.map((x) => linear(x, layer.keyWeight, layer.keyBias));
    const values = normed.map((x) => linear(x, layer.valueWeight, layer.valueBias));
    const contexts = queries.map((query, t) => {
      const context = new Float64Array(spec.hidden);
      for (let head = 0; head < spec.heads; head++) {
        const offset = head * headDim;
        const q = query.subarray(offset, offset + headDim);
        // Causal: position t sees positions 0..t.
        const scores = keys.slice(0, t + 1).map((key) => dot(q, key, offset) / Math.sqrt(headDim));
        softmax(scores).forEach((p, s) => {
          for (let d = 0; d < headDim; d++) context[offset + d] += p * values[s][offset + d];
        });
      }
      return context;
    });
    hidden = hidden.map((x, t) => add(x, linear(contexts[t], layer.attnOutWeight, layer.attnOutBias)));
    hidden = hidden.map((x) => {
      const up = linear(layerNorm(x, layer.mlpNormGamma, layer.mlpNormBeta), layer.mlpUpWeight, layer.mlpUpBias);
      return add(x, linear(up.map(geluTanh), layer.mlpDownWeight, layer.mlpDownBias));
    });
  }

  const vocab = vocabSizeOf(spec);
  const embedding = weights.tokenEmbedding.data;
  return hidden.map((x) => {
    const final = layerNorm(x, weights.finalNormGamma, weights.finalNormBeta);
    const logits = new Float64Array(vocab);
    for (let token = 0; token < vocab; token++) logits[token] = dot(final, embedding, token * spec.hidden);
    return logits;
  });
}

/** A head's vector rotated by its position's angles: v * cos + rotate_half(v) * sin, rotate_half(v) = [-v[half:], v[:half]]. */
function rotary(v: Vector, position: number, inverse: number[]): Vector {
  const half = v.length / 2;
  return v.map((value, i) => {
    const angle = position * inverse[i % half];
    const rotated = i < half ? -v[i + half] : v[i - half];
    return value * Math.cos(angle) + rotated * Math.sin(angle);
  });
}

function llamaLogits(spec: ToyModelSpec, ids: number[]): Float64Array[] {
  const weights = toyLlamaWeights(spec);
  const headDim = headDimOf(spec);
  const groups = spec.heads / kvHeadsOf(spec);
  const inverse = rotaryInverseFrequencies(headDim);
  const headsOf = (x: Vector, heads: number, position: number) =>
    Array.from({ length: heads }, (_, head) => rotary(x.subarray(head * headDim, (head + 1) * headDim), position, inverse));
  let hidden = ids.map((id) => rowOf(weights.tokenEmbedding, id));

  for (const layer of weights.layers) {
    const normed = hidden.map((x) => rmsNorm(x, layer.attnNorm));
    const queries = normed.map((x, t) => headsOf(linear(x, layer.queryWeight), spec.heads, t));
    const keys = normed.map((x, t) => headsOf(linear(x, layer.keyWeight), kvHeadsOf(spec), t));
    const values = normed.map((x) => linear(x, layer.valueWeight));
    const contexts = queries.map((query, t) => {
      const context = new Float64Array(spec.heads * headDim);
      query.forEach((q, head) => {
        // Query head `head` reads key/value head floor(head / groups); causal: position t sees 0..t.
        const kvHead = Math.floor(head / groups);
        const scores = keys.slice(0, t + 1).map((key) => dot(q, key[kvHead]) / Math.sqrt(headDim));
        softmax(scores).forEach((p, s) => {
          for (let d = 0; d < headDim; d++) context[head * headDim + d] += p * values[s][kvHead * headDim + d];
        });
      });
      return context;
    });
    hidden = hidden.map((x, t) => add(x, linear(contexts[t], layer.attnOutWeight)));
    hidden = hidden.map((x) => {
      const normedX = rmsNorm(x, layer.mlpNorm);
      const gate = linear(normedX, layer.gateWeight);
      const up = linear(normedX, layer.upWeight);
      return add(
        x,
        linear(
          gate.map((g, i) => (g / (1 + Math.exp(-g))) * up[i]),
          layer.downWeight,
        ),
      );
    });
  }

  const vocab = vocabSizeOf(spec);
  return hidden.map((x) => {
    const final = rmsNorm(x, weights.finalNorm);
    if (weights.lmHead) return linear(final, weights.lmHead);
    const logits = new Float64Array(vocab);
    for (let token = 0; token < vocab; token++) logits[token] = dot(final, weights.tokenEmbedding.data, token * spec.hidden);
    return logits;
  });
}

/**
 * lm-eval's loglikelihood of `continuationIds` after `contextIds`: the sum of log-softmax at the position
 * before each continuation token, and whether every continuation token is the argmax there.
 */
export function referenceLoglikelihood(spec: ToyModelSpec, contextIds: number[], continuationIds: number[]): LoglikelihoodResult {
  if (contextIds.length === 0 || continuationIds.length === 0) {
    throw new FtbenchError('referenceLoglikelihood needs a non-empty context and a non-empty continuation');
  }
  checkVocabulary(spec, continuationIds);
  // The last continuation token predicts nothing: a request of maxPositions + 1 tokens fits, as in lm-eval.
  const logits = referenceLogits(spec, [...contextIds, ...continuationIds.slice(0, -1)]);
  let loglikelihood = 0;
  let isGreedy = true;
  continuationIds.forEach((token, j) => {
    const predicting = logits[contextIds.length - 1 + j];
    loglikelihood += logSoftmax(predicting)[token];
    isGreedy &&= argmax(predicting) === token;
  });
  return { loglikelihood, isGreedy };
}
