/**
 * Builds the Llama toy (llama.ts) as an ONNX ModelProto with optimum's Llama signature: inputs `input_ids`,
 * `attention_mask` and `position_ids` (optimum's Llama exports take position ids with or without past), plus
 * `past_key_values.<i>.key/value` [batch, kvHeads, past, headDim] in the with-past export; outputs `logits`, plus
 * `present.<i>.key/value` (keys after rotary, as transformers caches them). Standard opset-17 ops only.
 */
import {
  DataType,
  GraphBuilder,
  attend,
  attentionBias,
  cacheValueInfos,
  encodeModel,
  intAttr,
  intsAttr,
  tensorValueInfo,
  type EncodedToyModel,
  type ValueInfoProto,
  withCache,
} from './graph-builder.js';
import { RMS_NORM_EPSILON, rotaryInverseFrequencies, toyLlamaWeights, type ToyLlamaLayerWeights } from './llama.js';
import { headDimOf, kvHeadsOf, vocabSizeOf, type ToyModelSpec } from './spec.js';

type LayerWeightNames = Record<keyof ToyLlamaLayerWeights, string>;

/** x / sqrt(mean(x^2) + eps) * gain, over the last axis (opset 17 has no RMSNormalization op). */
function rmsNorm(g: GraphBuilder, x: string, gain: string): string {
  const meanSquare = g.op('ReduceMean', [g.op('Mul', [x, x])], [intsAttr('axes', [-1]), intAttr('keepdims', 1)]);
  return g.op('Mul', [g.op('Div', [x, g.op('Sqrt', [g.op('Add', [meanSquare, g.float(RMS_NORM_EPSILON)])])]), gain]);
}

/** cos and sin of the rotary angles, [batch, 1, seq, headDim] (each pair's angle repeated in both halves, as transformers does). */
function rotaryTables(g: GraphBuilder, headDim: number): { cos: string; sin: string } {
  const inverse = g.weight('rotary.inv_freq', { dims: [headDim / 2], data: Float32Array.from(rotaryInverseFrequencies(headDim)) });
  const positions = g.op('Unsqueeze', [g.op('Cast', ['position_ids'], [intAttr('to', DataType.FLOAT)]), g.int64([2])]);
  const angles = g.op('Mul', [positions, inverse]);
  const both = g.op('Concat', [angles, angles], [intAttr('axis', -1)]);
  return { cos: g.op('Unsqueeze', [g.op('Cos', [both]), g.int64([1])]), sin: g.op('Unsqueeze', [g.op('Sin', [both]), g.int64([1])]) };
}

/** t * cos + rotate_half(t) * sin, with rotate_half(t) = [-t[half:], t[:half]] along the head axis. */
function rotate(g: GraphBuilder, t: string, headDim: number, { cos, sin }: { cos: string; sin: string }): string {
  const half = headDim / 2;
  const slice = (start: number, end: number) => g.op('Slice', [t, g.int64([start]), g.int64([end]), g.int64([-1])]);
  const rotated = g.op('Concat', [g.op('Neg', [slice(half, headDim)]), slice(0, half)], [intAttr('axis', -1)]);
  return g.op('Add', [g.op('Mul', [t, cos]), g.op('Mul', [rotated, sin])]);
}

function selfAttention(g: GraphBuilder, spec: ToyModelSpec, layer: number, x: string, bias: string, rotary: { cos: string; sin: string }, w: LayerWeightNames) {
  const headDim = headDimOf(spec);
  const kvHeads = kvHeadsOf(spec);
  const groups = spec.heads / kvHeads;
  // [batch, seq, heads * headDim] -> [batch, heads, seq, headDim]
  const splitHeads = (t: string, heads: number) => g.op('Transpose', [g.op('Reshape', [t, g.int64([0, 0, heads, headDim])])], [intsAttr('perm', [0, 2, 1, 3])]);
  const query = rotate(g, splitHeads(g.op('MatMul', [x, w.queryWeight]), spec.heads), headDim, rotary);
  const newKey = rotate(g, splitHeads(g.op('MatMul', [x, w.keyWeight]), kvHeads), headDim, rotary);
  const newValue = splitHeads(g.op('MatMul', [x, w.valueWeight]), kvHeads);
  // Grouped-query attention: key/value head k serves query heads k * groups ... k * groups + groups - 1 (transformers' repeat_kv).
  const repeatKv = (t: string) =>
    groups === 1
      ? t
      : g.op('Reshape', [g.op('Expand', [g.op('Unsqueeze', [t, g.int64([2])]), g.int64([1, 1, groups, 1, 1])]), g.int64([0, spec.heads, -1, headDim])]);
  const key = repeatKv(withCache(g, spec.withPast, layer, 'key', newKey));
  const value = repeatKv(withCache(g, spec.withPast, layer, 'value', newValue));

  const merged = attend(g, query, key, value, bias, headDim, spec.heads * headDim);
  return g.op('MatMul', [merged, w.attnOutWeight]);
}

/** down(silu(x @ gate) * (x @ up)). */
function swiglu(g: GraphBuilder, x: string, w: LayerWeightNames): string {
  const gate = g.op('MatMul', [x, w.gateWeight]);
  const silu = g.op('Mul', [gate, g.op('Sigmoid', [gate])]);
  return g.op('MatMul', [g.op('Mul', [silu, g.op('MatMul', [x, w.upWeight])]), w.downWeight]);
}

function graphInputs(spec: ToyModelSpec): ValueInfoProto[] {
  const int64 = DataType.INT64;
  const totalLength = spec.withPast ? 'past_sequence_length + sequence_length' : 'sequence_length';
  const pastShape = ['batch_size', kvHeadsOf(spec), 'past_sequence_length', headDimOf(spec)];
  return [
    tensorValueInfo('input_ids', int64, ['batch_size', 'sequence_length']),
    tensorValueInfo('attention_mask', int64, ['batch_size', totalLength]),
    tensorValueInfo('position_ids', int64, ['batch_size', 'sequence_length']),
    ...(spec.withPast ? cacheValueInfos('past_key_values', spec.layers, pastShape) : []),
  ];
}

function graphOutputs(spec: ToyModelSpec): ValueInfoProto[] {
  const logits = tensorValueInfo('logits', DataType.FLOAT, ['batch_size', 'sequence_length', vocabSizeOf(spec)]);
  if (!spec.withPast) return [logits];
  const presentShape = ['batch_size', kvHeadsOf(spec), 'past_sequence_length + sequence_length', headDimOf(spec)];
  return [logits, ...cacheValueInfos('present', spec.layers, presentShape)];
}

/** Serializes the Llama toy with the seed's weights. */
export function encodeToyLlama(spec: ToyModelSpec): EncodedToyModel {
  const weights = toyLlamaWeights(spec);
  const g = new GraphBuilder(spec.externalData ?? false);
  const tokenEmbedding = g.weight('model.embed_tokens.weight', weights.tokenEmbedding);
  const bias = attentionBias(g);
  const rotary = rotaryTables(g, headDimOf(spec));
  let x = g.op('Gather', [tokenEmbedding, 'input_ids']);
  weights.layers.forEach((layerWeights, i) => {
    const w: LayerWeightNames = g.weights(`model.layers.${i}.`, layerWeights);
    x = g.op('Add', [x, selfAttention(g, spec, i, rmsNorm(g, x, w.attnNorm), bias, rotary, w)]);
    x = g.op('Add', [x, swiglu(g, rmsNorm(g, x, w.mlpNorm), w)]);
  });
  const final = rmsNorm(g, x, g.weight('model.norm.weight', weights.finalNorm));
  // Tied: logits = h @ embed_tokens^T (a transposed weight, which the scoring-graph rewrite recognises as the head); untied: h @ lm_head.
  const head = weights.lmHead ? g.weight('lm_head.weight', weights.lmHead) : g.op('Transpose', [tokenEmbedding], [intsAttr('perm', [1, 0])]);
  g.op('MatMul', [final, head], [], 'logits');
  return encodeModel(g, 'toy_llama', graphInputs(spec), graphOutputs(spec));
}
