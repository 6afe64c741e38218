/**
 * A tiny causal LM whose weights are generated from a seed, so tests, the demo and benchmarks get a real
 * ONNX model without downloading anything: GPT-2 blocks by default, or Llama's (llama.ts).
 */
import { FtbenchError } from '../errors.js';
import { mulberry32 } from '../random.js';

/** 256 byte tokens plus `<|endoftext|>`. */
export const BYTE_VOCAB_SIZE = 257;
export const END_OF_TEXT_ID = 256;
export const END_OF_TEXT = '<|endoftext|>';
export const LAYER_NORM_EPSILON = 1e-5;

export interface ToyModelSpec {
  seed: number;
  /** GPT-2 blocks (default: learned positions, LayerNorm, GELU MLP, biases), or Llama's (RMSNorm, rotary, GQA, SwiGLU). */
  architecture?: 'gpt2' | 'llama';
  /** Llama only: key/value heads (default `heads`); fewer than `heads` is grouped-query attention. */
  kvHeads?: number;
  /** Llama only: the SwiGLU MLP's width (default 4 * hidden). */
  intermediate?: number;
  /** Llama only: the LM head is the token embedding (default true), or a weight of its own. */
  tieWordEmbeddings?: boolean;
  layers: number;
  heads: number;
  hidden: number;
  maxPositions: number;
  /** Export with KV-cache inputs/outputs, as optimum's `*-with-past` models. */
  withPast: boolean;
  /** Default float32; float16 casts the logits at the end of the graph. */
  logitsType?: 'float32' | 'float16';
  /** Store the weights in `model.onnx_data` next to `model.onnx`. */
  externalData?: boolean;
  /** Default 257; rows past the byte vocabulary exist but no token maps to them. */
  vocabSize?: number;
  /**
   * A broken export, to test what ftbench makes of one: NaN in the final norm's weights (NaN logits),
   * +Infinity added to every logit, -Infinity logits for every even token id (their log-probability is
   * -Infinity), or logits that are 0 whatever the input. The reference computes only the intact model.
   */
  broken?: BrokenLogits;
  /** Inputs and outputs with a batch dimension of 1, as `torch.onnx.export` without dynamic axes writes them. */
  staticBatch?: boolean;
}

export type BrokenLogits = 'nan-weights' | 'infinite-logits' | 'minus-infinity-logits' | 'constant-logits';

/** A row-major float32 tensor. */
export interface WeightTensor {
  dims: number[];
  data: Float32Array;
}

export interface ToyLayerWeights {
  attnNormGamma: WeightTensor; // [hidden]
  attnNormBeta: WeightTensor; // [hidden]
  queryWeight: WeightTensor; // [hidden, hidden], applied as x @ W
  queryBias: WeightTensor; // [hidden]
  keyWeight: WeightTensor;
  keyBias: WeightTensor;
  valueWeight: WeightTensor;
  valueBias: WeightTensor;
  attnOutWeight: WeightTensor; // [hidden, hidden]
  attnOutBias: WeightTensor;
  mlpNormGamma: WeightTensor;
  mlpNormBeta: WeightTensor;
  mlpUpWeight: WeightTensor; // [hidden, 4*hidden]
  mlpUpBias: WeightTensor; // [4*hidden]
  mlpDownWeight: WeightTensor; // [4*hidden, hidden]
  mlpDownBias: WeightTensor; // [hidden]
}

export interface ToyModelWeights {
  /** [vocab, hidden]; also the LM head (tied, logits = h @ tokenEmbedding^T). */
  tokenEmbedding: WeightTensor;
  positionEmbedding: WeightTensor; // [maxPositions, hidden]
  layers: ToyLayerWeights[];
  finalNormGamma: WeightTensor;
  finalNormBeta: WeightTensor;
}

export function vocabSizeOf(spec: ToyModelSpec): number {
  return spec.vocabSize ?? BYTE_VOCAB_SIZE;
}

export function headDimOf(spec: ToyModelSpec): number {
  return spec.hidden / spec.heads;
}

/** Heads of the key/value cache: fewer than the query heads in a grouped-query Llama. */
export function kvHeadsOf(spec: ToyModelSpec): number {
  return spec.kvHeads ?? spec.heads;
}

export function intermediateOf(spec: ToyModelSpec): number {
  return spec.intermediate ?? 4 * spec.hidden;
}

/** The fields only one architecture has must not be set on the other: a spec means what it says. */
function validateArchitecture(spec: ToyModelSpec): void {
  if (spec.architecture !== undefined && spec.architecture !== 'gpt2' && spec.architecture !== 'llama') {
    throw new FtbenchError(`toy model spec: architecture must be "gpt2" or "llama", got ${String(spec.architecture)}`);
  }
  if (spec.architecture !== 'llama') {
    const llamaOnly = (['kvHeads', 'intermediate', 'tieWordEmbeddings'] as const).filter((field) => spec[field] !== undefined);
    if (llamaOnly.length > 0) throw new FtbenchError(`toy model spec: ${llamaOnly.join(', ')} apply to architecture "llama" only`);
    return;
  }
  const gpt2Only = (['broken', 'logitsType', 'staticBatch'] as const).filter((field) => spec[field] !== undefined);
  if (gpt2Only.length > 0) throw new FtbenchError(`toy model spec: ${gpt2Only.join(', ')} are not built for architecture "llama"`);
  const kvHeads = kvHeadsOf(spec);
  if (!Number.isInteger(kvHeads) || kvHeads < 1 || spec.heads % kvHeads !== 0) {
    throw new FtbenchError(`toy model spec: kvHeads must be a positive integer that divides heads (${spec.heads}), got ${kvHeads}`);
  }
  const intermediate = intermediateOf(spec);
  if (!Number.isInteger(intermediate) || intermediate < 1)
    throw new FtbenchError(`toy model spec: intermediate must be a positive integer, got ${intermediate}`);
  if (headDimOf(spec) % 2 !== 0) {
    throw new FtbenchError(`toy model spec: rotary embeddings need an even head size, got hidden / heads = ${headDimOf(spec)}`);
  }
}

export function validateToyModelSpec(spec: ToyModelSpec): void {
  const positive = { layers: spec.layers, heads: spec.heads, hidden: spec.hidden, maxPositions: spec.maxPositions };
  for (const [field, value] of Object.entries(positive)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new FtbenchError(`toy model spec: ${field} must be a positive integer, got ${value}`);
    }
  }
  if (spec.hidden % spec.heads !== 0) {
    throw new FtbenchError(
      `toy model spec: hidden (${spec.hidden}) must be divisible by heads (${spec.heads})`,
      'pick a hidden size that is a multiple of the head count',
    );
  }
  const vocab = vocabSizeOf(spec);
  if (!Number.isInteger(vocab) || vocab < BYTE_VOCAB_SIZE) {
    throw new FtbenchError(`toy model spec: vocabSize must be an integer >= ${BYTE_VOCAB_SIZE} (the byte tokenizer's size), got ${vocab}`);
  }
  if (!Number.isInteger(spec.seed)) {
    throw new FtbenchError(`toy model spec: seed must be an integer, got ${spec.seed}`);
  }
  validateArchitecture(spec);
}

/** FNV-1a, to give every tensor its own stream: changing vocabSize or maxPositions leaves the other weights alone. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/** Box-Muller normal samples: mean + std * N(0, 1), from the tensor's own stream (the seed and its name). */
export function normalTensor(seed: number, name: string, dims: number[], mean: number, std: number): WeightTensor {
  const uniform = mulberry32(seed ^ fnv1a(name));
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
  for (let i = 0; i < data.length; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform())); // 1 - u is in (0, 1]: log never sees 0
    const angle = 2 * Math.PI * uniform();
    data[i] = mean + std * radius * Math.cos(angle);
    if (i + 1 < data.length) data[i + 1] = mean + std * radius * Math.sin(angle);
  }
  return { dims, data };
}

/**
 * Scales: token embeddings std 1 (distinct tokens), projections ~1/sqrt(fan_in) so activations stay O(1)
 * through the blocks, non-zero biases so every bias path is exercised, and a final-norm gain of about
 * 3/sqrt(hidden) so the tied LM head gives logits with std ~3: clearly different log-likelihoods
 * without a single token taking all the probability.
 */
export function toyModelWeights(spec: ToyModelSpec): ToyModelWeights {
  validateToyModelSpec(spec);
  if (spec.architecture === 'llama') throw new FtbenchError('toy model: toyModelWeights builds GPT-2 weights; use toyLlamaWeights for a Llama spec');
  const h = spec.hidden;
  const tensor = (name: string, dims: number[], mean: number, std: number) => normalTensor(spec.seed, name, dims, mean, std);
  const layers = Array.from({ length: spec.layers }, (_, i): ToyLayerWeights => {
    const p = `layer${i}.`;
    return {
      attnNormGamma: tensor(p + 'attnNormGamma', [h], 1, 0.1),
      attnNormBeta: tensor(p + 'attnNormBeta', [h], 0, 0.1),
      queryWeight: tensor(p + 'queryWeight', [h, h], 0, 1 / Math.sqrt(h)),
      queryBias: tensor(p + 'queryBias', [h], 0, 0.1),
      keyWeight: tensor(p + 'keyWeight', [h, h], 0, 1 / Math.sqrt(h)),
      keyBias: tensor(p + 'keyBias', [h], 0, 0.1),
      valueWeight: tensor(p + 'valueWeight', [h, h], 0, 1 / Math.sqrt(h)),
      valueBias: tensor(p + 'valueBias', [h], 0, 0.1),
      attnOutWeight: tensor(p + 'attnOutWeight', [h, h], 0, 1 / Math.sqrt(h)),
      attnOutBias: tensor(p + 'attnOutBias', [h], 0, 0.1),
      mlpNormGamma: tensor(p + 'mlpNormGamma', [h], 1, 0.1),
      mlpNormBeta: tensor(p + 'mlpNormBeta', [h], 0, 0.1),
      mlpUpWeight: tensor(p + 'mlpUpWeight', [h, 4 * h], 0, 1 / Math.sqrt(h)),
      mlpUpBias: tensor(p + 'mlpUpBias', [4 * h], 0, 0.1),
      mlpDownWeight: tensor(p + 'mlpDownWeight', [4 * h, h], 0, 1 / Math.sqrt(4 * h)),
      mlpDownBias: tensor(p + 'mlpDownBias', [h], 0, 0.1),
    };
  });
  const finalNormGamma = tensor('finalNormGamma', [h], 3 / Math.sqrt(h), 0.3 / Math.sqrt(h));
  if (spec.broken === 'nan-weights') finalNormGamma.data.fill(NaN);
  return {
    tokenEmbedding: tensor('tokenEmbedding', [vocabSizeOf(spec), h], 0, 1),
    positionEmbedding: tensor('positionEmbedding', [spec.maxPositions, h], 0, 0.5),
    layers,
    finalNormGamma,
    finalNormBeta: tensor('finalNormBeta', [h], 0, 0.1),
  };
}
