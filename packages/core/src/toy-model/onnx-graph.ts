/**
 * Builds the toy GPT-2 as an ONNX ModelProto with the same inputs and outputs as a Hugging Face
 * optimum export (`model.onnx`, with or without past key/values), using standard opset-17 ops only.
 */
import { FtbenchError } from '../errors.js';
import {
  DataType,
  GraphBuilder,
  attend,
  attentionBias,
  cacheValueInfos,
  encodeModel,
  floatAttr,
  intAttr,
  intsAttr,
  tensorValueInfo,
  type EncodedToyModel,
  type ValueInfoProto,
  withCache,
} from './graph-builder.js';
import { encodeToyLlama } from './llama-graph.js';
import { LAYER_NORM_EPSILON, headDimOf, toyModelWeights, vocabSizeOf, type ToyLayerWeights, type ToyModelSpec, type ToyModelWeights } from './spec.js';

/** Plain export: position = (number of real tokens so far) - 1, clipped at 0, so left and right padding both work. */
function positionsFromMask(g: GraphBuilder): string {
  const counts = g.op('CumSum', ['attention_mask', g.int64(1)]);
  return g.op('Max', [g.op('Sub', [counts, g.int64(1)]), g.int64(0)]);
}

function layerNorm(g: GraphBuilder, x: string, gamma: string, beta: string): string {
  return g.op('LayerNormalization', [x, gamma, beta], [intAttr('axis', -1), floatAttr('epsilon', LAYER_NORM_EPSILON)]);
}

function linear(g: GraphBuilder, x: string, weight: string, bias: string): string {
  return g.op('Add', [g.op('MatMul', [x, weight]), bias]);
}

/** GPT-2's tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). */
function geluTanh(g: GraphBuilder, x: string): string {
  const cube = g.op('Mul', [g.op('Mul', [x, x]), x]);
  const inner = g.op('Mul', [g.op('Add', [x, g.op('Mul', [cube, g.float(0.044715)])]), g.float(Math.sqrt(2 / Math.PI))]);
  const onePlusTanh = g.op('Add', [g.op('Tanh', [inner]), g.float(1)]);
  return g.op('Mul', [g.op('Mul', [x, onePlusTanh]), g.float(0.5)]);
}

/** Initializer names of one block's weights. */
type LayerWeightNames = Record<keyof ToyLayerWeights, string>;

function selfAttention(g: GraphBuilder, spec: ToyModelSpec, layer: number, x: string, bias: string, w: LayerWeightNames): string {
  const headDim = headDimOf(spec);
  // [batch, seq, hidden] -> [batch, heads, seq, headDim]
  const splitHeads = (t: string) => g.op('Transpose', [g.op('Reshape', [t, g.int64([0, 0, spec.heads, headDim])])], [intsAttr('perm', [0, 2, 1, 3])]);
  const query = splitHeads(linear(g, x, w.queryWeight, w.queryBias));
  const newKey = splitHeads(linear(g, x, w.keyWeight, w.keyBias));
  const newValue = splitHeads(linear(g, x, w.valueWeight, w.valueBias));
  const key = withCache(g, spec.withPast, layer, 'key', newKey);
  const value = withCache(g, spec.withPast, layer, 'value', newValue);
  const merged = attend(g, query, key, value, bias, headDim, spec.hidden);
  return linear(g, merged, w.attnOutWeight, w.attnOutBias);
}

const batchDim = (spec: ToyModelSpec) => (spec.staticBatch ? 1 : 'batch_size');

function graphInputs(spec: ToyModelSpec): ValueInfoProto[] {
  const int64 = DataType.INT64;
  const batch = batchDim(spec);
  if (!spec.withPast) {
    return [tensorValueInfo('input_ids', int64, [batch, 'sequence_length']), tensorValueInfo('attention_mask', int64, [batch, 'sequence_length'])];
  }
  const pastShape = [batch, spec.heads, 'past_sequence_length', headDimOf(spec)];
  return [
    tensorValueInfo('input_ids', int64, [batch, 'sequence_length']),
    tensorValueInfo('attention_mask', int64, [batch, 'past_sequence_length + sequence_length']),
    tensorValueInfo('position_ids', int64, [batch, 'sequence_length']),
    ...cacheValueInfos('past_key_values', spec.layers, pastShape),
  ];
}

function graphOutputs(spec: ToyModelSpec): ValueInfoProto[] {
  const logitsType = spec.logitsType === 'float16' ? DataType.FLOAT16 : DataType.FLOAT;
  const logits = tensorValueInfo('logits', logitsType, [batchDim(spec), 'sequence_length', vocabSizeOf(spec)]);
  if (!spec.withPast) return [logits];
  const presentShape = [batchDim(spec), spec.heads, 'past_sequence_length + sequence_length', headDimOf(spec)];
  return [logits, ...cacheValueInfos('present', spec.layers, presentShape)];
}

/** Serializes the toy model; a GPT-2 toy's weights default to `toyModelWeights(spec)`. */
export function encodeToyModel(spec: ToyModelSpec, weights?: ToyModelWeights): EncodedToyModel {
  if (spec.architecture === 'llama') {
    if (weights) throw new FtbenchError('toy model: custom weights are for the GPT-2 architecture; a Llama toy takes its weights from the seed');
    return encodeToyLlama(spec);
  }
  return encodeToyGpt2(spec, weights ?? toyModelWeights(spec));
}

function encodeToyGpt2(spec: ToyModelSpec, weights: ToyModelWeights): EncodedToyModel {
  const g = new GraphBuilder(spec.externalData ?? false);
  const tokenEmbedding = g.weight('transformer.wte.weight', weights.tokenEmbedding);
  const positionEmbedding = g.weight('transformer.wpe.weight', weights.positionEmbedding);

  const positionIds = spec.withPast ? 'position_ids' : positionsFromMask(g);
  const bias = attentionBias(g);
  let x = g.op('Add', [g.op('Gather', [tokenEmbedding, 'input_ids']), g.op('Gather', [positionEmbedding, positionIds])]);

  weights.layers.forEach((layerWeights, i) => {
    const w: LayerWeightNames = g.weights(`transformer.h.${i}.`, layerWeights);
    const attended = selfAttention(g, spec, i, layerNorm(g, x, w.attnNormGamma, w.attnNormBeta), bias, w);
    x = g.op('Add', [x, attended]);
    const up = linear(g, layerNorm(g, x, w.mlpNormGamma, w.mlpNormBeta), w.mlpUpWeight, w.mlpUpBias);
    x = g.op('Add', [x, linear(g, geluTanh(g, up), w.mlpDownWeight, w.mlpDownBias)]);
  });

  const finalGamma = g.weight('transformer.ln_f.weight', weights.finalNormGamma);
  const finalBeta = g.weight('transformer.ln_f.bias', weights.finalNormBeta);
  const final = layerNorm(g, x, finalGamma, finalBeta);
  // Tied LM head: logits = h @ wte^T, then what a broken export does to them, then the cast; the last op writes `logits`.
  const lmHead = g.op('Transpose', [tokenEmbedding], [intsAttr('perm', [1, 0])]);
  const head: ((input: string, output?: string) => string)[] = [(_, output) => g.op('MatMul', [final, lmHead], [], output)];
  if (spec.broken === 'infinite-logits') head.push((input, output) => g.op('Add', [input, g.float(Infinity)], [], output));
  if (spec.broken === 'minus-infinity-logits') {
    const evenIdsMasked = Float32Array.from({ length: vocabSizeOf(spec) }, (_, id) => (id % 2 === 0 ? -Infinity : 0));
    const mask = g.weight('lm_head.mask', { dims: [evenIdsMasked.length], data: evenIdsMasked });
    head.push((input, output) => g.op('Add', [input, mask], [], output));
  }
  if (spec.broken === 'constant-logits') head.push((input, output) => g.op('Mul', [input, g.float(0)], [], output));
  if (spec.logitsType === 'float16') head.push((input, output) => g.op('Cast', [input], [intAttr('to', DataType.FLOAT16)], output));
  head.reduce((input, step, i) => step(input, i === head.length - 1 ? 'logits' : undefined), final);

  return encodeModel(g, 'toy_gpt2', graphInputs(spec), graphOutputs(spec));
}
