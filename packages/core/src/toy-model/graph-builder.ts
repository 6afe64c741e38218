/**
 * The ONNX building blocks the toy models share: a graph builder that accumulates nodes and weight
 * initializers (inline or in one external-data file), value infos, and the causal attention bias.
 */
// onnx-proto is CommonJS; Node's ESM loader only exposes its module.exports as the default import.
import onnxProto from 'onnx-proto';
import type { WeightTensor } from './spec.js';

const { onnx } = onnxProto;
export type AttributeProto = onnxProto.onnx.IAttributeProto;
type NodeProto = onnxProto.onnx.INodeProto;
type TensorProto = onnxProto.onnx.ITensorProto;
export type ValueInfoProto = onnxProto.onnx.IValueInfoProto;

export const DataType = onnx.TensorProto.DataType;
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

export const intAttr = (name: string, i: number): AttributeProto => ({ name, type: AttributeType.INT, i });
export const intsAttr = (name: string, ints: number[]): AttributeProto => ({ name, type: AttributeType.INTS, ints });
export const floatAttr = (name: string, f: number): AttributeProto => ({ name, type: AttributeType.FLOAT, f });

/** Little-endian bytes of a typed array (ONNX raw_data is little-endian, as is every platform Node runs on). */
const bytesOf = (array: Float32Array | BigInt64Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

export function tensorValueInfo(name: string, elemType: number, dims: (string | number)[]): ValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

/** Accumulates nodes and weight initializers; every op returns the name of its (first) output. */
export class GraphBuilder {
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

  /** Every tensor of a record as a weight named `<prefix><key>`, in the record's order; the initializer names by key. */
  weights<K extends string>(prefix: string, tensors: Record<K, WeightTensor>): Record<K, string> {
    return Object.fromEntries(Object.entries<WeightTensor>(tensors).map(([key, tensor]) => [key, this.weight(prefix + key, tensor)])) as Record<K, string>;
  }

  externalData(): Uint8Array | null {
    return this.useExternalData ? Buffer.concat(this.externalChunks) : null;
  }
}

/** Additive attention bias [batch, 1, seq, past+seq]: 0 where a query may attend a key, MASKED_SCORE elsewhere. */
export function attentionBias(g: GraphBuilder): string {
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

/** In a with-past export, the layer's cached key or value joined with the fresh one (its `present` output); else the fresh one. */
export function withCache(g: GraphBuilder, withPast: boolean, layer: number, kind: 'key' | 'value', fresh: string): string {
  return withPast ? g.op('Concat', [`past_key_values.${layer}.${kind}`, fresh], [intAttr('axis', 2)], `present.${layer}.${kind}`) : fresh;
}

/**
 * Scaled dot-product attention of [batch, heads, seq, headDim] query/key/value under `bias`, merged back to
 * [batch, seq, width].
 */
export function attend(g: GraphBuilder, query: string, key: string, value: string, bias: string, headDim: number, width: number): string {
  const keyT = g.op('Transpose', [key], [intsAttr('perm', [0, 1, 3, 2])]);
  const scores = g.op('Mul', [g.op('MatMul', [query, keyT]), g.float(1 / Math.sqrt(headDim))]);
  const probs = g.op('Softmax', [g.op('Add', [scores, bias])], [intAttr('axis', -1)]);
  const context = g.op('Transpose', [g.op('MatMul', [probs, value])], [intsAttr('perm', [0, 2, 1, 3])]);
  return g.op('Reshape', [context, g.int64([0, 0, width])]);
}

/** The float value infos `<prefix>.<i>.key` and `<prefix>.<i>.value` of every layer (`past_key_values` or `present`). */
export function cacheValueInfos(prefix: string, layers: number, shape: (string | number)[]): ValueInfoProto[] {
  return Array.from({ length: layers }, (_, i) => [
    tensorValueInfo(`${prefix}.${i}.key`, DataType.FLOAT, shape),
    tensorValueInfo(`${prefix}.${i}.value`, DataType.FLOAT, shape),
  ]).flat();
}

/** Serializes the builder's graph with the given inputs and outputs as an opset-17 ModelProto. */
export function encodeModel(g: GraphBuilder, name: string, input: ValueInfoProto[], output: ValueInfoProto[]): EncodedToyModel {
  const model = onnx.ModelProto.encode({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'ftbench-toy-model',
    graph: { name, node: g.nodes, initializer: g.initializers, input, output },
  }).finish();
  return { model, externalData: g.externalData() };
}
