/**
 * Builds the toy GPT-2 as an ONNX ModelProto with the same inputs and outputs as a Hugging Face
 * optimum export (`model.onnx`, with or without past key/values), using standard opset-17 ops only.
 */
// onnx-proto is CommonJS; Node's ESM loader only exposes its module.exports as the default import.
import onnxProto from 'onnx-proto';
import {
  LAYER_NORM_EPSILON,
  headDimOf,
  toyModelWeights,
  vocabSizeOf,
  type ToyLayerWeights,
  type ToyModelSpec,
  type ToyModelWeights,
  type WeightTensor,
} from './spec.js';

const { onnx } = onnxProto;
type AttributeProto = onnxProto.onnx.IAttributeProto;
type NodeProto = onnxProto.onnx.INodeProto;
type TensorProto = onnxProto.onnx.ITensorProto;
type ValueInfoProto = onnxProto.onnx.IValueInfoProto;

const DataType = onnx.TensorProto.DataType;
const AttributeType = onnx.AttributeProto.AttributeType;

export const EXTERNAL_DATA_FILE = 'model.onnx_data';
const OPSET = 17;
/** IR version 8 is the one that goes with opset 17. */
const IR_VERSION = 8;
/**
 * Added to the scores of keys a query may not see. Finite (not -inf) so a query row whose keys are all
 * masked (a left-padding position) gives a harmless uniform softmax instead of NaN.
 */
const MASKED_SCORE = -1e9;

export interface EncodedToyModel {
  /** The serialized ModelProto (`model.onnx`). */
  model: Uint8Array;
  /** The weights (`model.onnx_data`) when the spec asks for external data, else null. */
  externalData: Uint8Array | null;
}

const intAttr = (name: string, i: number): AttributeProto => ({ name, type: AttributeType.INT, i });
const intsAttr = (name: string, ints: number[]): AttributeProto => ({ name, type: AttributeType.INTS, ints });
const floatAttr = (name: string, f: number): AttributeProto => ({ name, type: AttributeType.FLOAT, f });

/** Little-endian bytes of a typed array (ONNX raw_data is little-endian, as is every platform Node runs on). */
const bytesOf = (array: Float32Array | BigInt64Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

function tensorValueInfo(name: string, elemType: number, dims: (string | number)[]): ValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

/** Accumulates nodes and weight initializers; every op returns the name of its (first) output. */
class GraphBuilder {
  readonly nodes: NodeProto[] = [];
  readonly initializers: TensorProto[] = [];
  private readonly externalChunks: Uint8Array[] = [];
  private externalLength = 0;
  private nextId = 0;

  constructor(private readonly useExternalData: boolean) {}

  op(opType: string, inputs: string[], attribute: AttributeProto[] = [], output?: string): string {
    const id = this.nextId++;
    const out = output ?? `${opType}_${id}`;
    this.nodes.push({ name: `${opType}_node_${id}`, opType, input: inputs, output: [out], attribute });
    return out;
  }

  private constant(dataType: number, dims: number[], rawData: Uint8Array): string {
    return this.op('Constant', [], [{ name: 'value', type: AttributeType.TENSOR, t: { dataType, dims, rawData } }]);
  }

  /** A float32 scalar. */
  float(value: number): string {
    return this.constant(DataType.FLOAT, [], bytesOf(Float32Array.of(value)));
  }

  /** An int64 scalar (`int64(5)`) or 1-D tensor (`int64([0, 0, 4, 8])`). */
  int64(value: number | number[]): string {
    const values = Array.isArray(value) ? value : [value];
    const dims = Array.isArray(value) ? [values.length] : [];
    return this.constant(DataType.INT64, dims, bytesOf(BigInt64Array.from(values, BigInt)));
  }

  /** A weight initializer, inline or appended to the external-data file. */
  weight(name: string, tensor: WeightTensor): string {
    const bytes = bytesOf(tensor.data);
    if (!this.useExternalData) {
      this.initializers.push({ name, dataType: DataType.FLOAT, dims: tensor.dims, rawData: bytes });
      return name;
    }
    this.initializers.push({
      name,
      dataType: DataType.FLOAT,
      dims: tensor.dims,
      dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
      externalData: [
        { key: 'location', value: EXTERNAL_DATA_FILE },
        { key: 'offset', value: String(this.externalLength) },
        { key: 'length', value: String(bytes.byteLength) },
      ],
    });
    this.externalChunks.push(bytes);
    this.externalLength += bytes.byteLength;
    return name;
  }

  externalData(): Uint8Array | null {
    return this.useExternalData ? Buffer.concat(this.externalChunks) : null;
  }
}

/** Additive attention bias [batch, 1, seq, past+seq]: 0 where a query may attend a key, MASKED_SCORE elsewhere. */
function attentionBias(g: GraphBuilder): string {
  const seqLen = g.op('Gather', [g.op('Shape', ['input_ids']), g.int64(1)]);
  const totalLen = g.op('Gather', [g.op('Shape', ['attention_mask']), g.int64(1)]);
  const pastLen = g.op('Sub', [totalLen, seqLen]);
  const keyPositions = g.op('Range', [g.int64(0), totalLen, g.int64(1)]);
  const queryPositions = g.op('Range', [pastLen, totalLen, g.int64(1)]);
  // [seq, total]: key k is visible from query q (absolute position past+q) iff k <= past+q.
  const causal = g.op('LessOrEqual', [g.op('Unsqueeze', [keyPositions, g.int64([0])]), g.op('Unsqueeze', [queryPositions, g.int64([1])])]);
  // [batch, 1, 1, total]: key k is a real token.
  const realKeys = g.op('Unsqueeze', [g.op('Equal', ['attention_mask', g.int64(1)]), g.int64([1, 2])]);
  const visible = g.op('And', [causal, realKeys]);
  return g.op('Where', [visible, g.float(0), g.float(MASKED_SCORE)]);
}

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
  const withCache = (fresh: string, kind: 'key' | 'value') =>
    spec.withPast ? g.op('Concat', [`past_key_values.${layer}.${kind}`, fresh], [intAttr('axis', 2)], `present.${layer}.${kind}`) : fresh;
  const key = withCache(newKey, 'key');
  const value = withCache(newValue, 'value');

  const keyT = g.op('Transpose', [key], [intsAttr('perm', [0, 1, 3, 2])]);
  const scores = g.op('Mul', [g.op('MatMul', [query, keyT]), g.float(1 / Math.sqrt(headDim))]);
  const probs = g.op('Softmax', [g.op('Add', [scores, bias])], [intAttr('axis', -1)]);
  const context = g.op('Transpose', [g.op('MatMul', [probs, value])], [intsAttr('perm', [0, 2, 1, 3])]);
  const merged = g.op('Reshape', [context, g.int64([0, 0, spec.hidden])]);
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
    ...Array.from({ length: spec.layers }, (_, i) => [
      tensorValueInfo(`past_key_values.${i}.key`, DataType.FLOAT, pastShape),
      tensorValueInfo(`past_key_values.${i}.value`, DataType.FLOAT, pastShape),
    ]).flat(),
  ];
}

function graphOutputs(spec: ToyModelSpec): ValueInfoProto[] {
  const logitsType = spec.logitsType === 'float16' ? DataType.FLOAT16 : DataType.FLOAT;
  const logits = tensorValueInfo('logits', logitsType, [batchDim(spec), 'sequence_length', vocabSizeOf(spec)]);
  if (!spec.withPast) return [logits];
  const presentShape = [batchDim(spec), spec.heads, 'past_sequence_length + sequence_length', headDimOf(spec)];
  return [
    logits,
    ...Array.from({ length: spec.layers }, (_, i) => [
      tensorValueInfo(`present.${i}.key`, DataType.FLOAT, presentShape),
      tensorValueInfo(`present.${i}.value`, DataType.FLOAT, presentShape),
    ]).flat(),
  ];
}

/** Serializes the toy model; weights default to `toyModelWeights(spec)`. */
export function encodeToyModel(spec: ToyModelSpec, weights: ToyModelWeights = toyModelWeights(spec)): EncodedToyModel {
  const g = new GraphBuilder(spec.externalData ?? false);
  const tokenEmbedding = g.weight('transformer.wte.weight', weights.tokenEmbedding);
  const positionEmbedding = g.weight('transformer.wpe.weight', weights.positionEmbedding);

  const positionIds = spec.withPast ? 'position_ids' : positionsFromMask(g);
  const bias = attentionBias(g);
  let x = g.op('Add', [g.op('Gather', [tokenEmbedding, 'input_ids']), g.op('Gather', [positionEmbedding, positionIds])]);

  weights.layers.forEach((layerWeights, i) => {
    const w = Object.fromEntries(
      Object.entries(layerWeights).map(([name, tensor]) => [name, g.weight(`transformer.h.${i}.${name}`, tensor)]),
    ) as LayerWeightNames;
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

  const model = onnx.ModelProto.encode({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'ftbench-toy-model',
    graph: {
      name: 'toy_gpt2',
      node: g.nodes,
      initializer: g.initializers,
      input: graphInputs(spec),
      output: graphOutputs(spec),
    },
  }).finish();
  return { model, externalData: g.externalData() };
}
