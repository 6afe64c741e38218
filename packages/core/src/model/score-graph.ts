/**
 * The scoring graph: the model's own ONNX graph rewritten once so that a forward pass hands back,
 * for a list of (position, target token) slots, the target's log-probability and the argmax token,
 * instead of logits for every position and every vocabulary entry.
 *
 * Where the graph ends in a recognisable LM head (a MatMul by a constant weight, optionally followed
 * by element-wise ops with constant operands: bias, scale, soft-capping, a cast), the slots are
 * gathered from the hidden states *before* the head, so the head runs on the scored positions only.
 * Any other graph keeps its head and the slots are gathered from `logits` inside the graph: the full
 * logits still exist on the device, but never cross to the host.
 */
// onnx-proto is CommonJS; Node's ESM loader only exposes its module.exports as the default import.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
type ModelProto = onnxProto.onnx.IModelProto;
type GraphProto = onnxProto.onnx.IGraphProto;
type NodeProto = onnxProto.onnx.INodeProto;
type AttributeProto = onnxProto.onnx.IAttributeProto;
type ValueInfoProto = onnxProto.onnx.IValueInfoProto;

/** Bump when the rewrite changes, so cached graphs of older versions are not reused. */
export const SCORE_GRAPH_VERSION = 2;

/** Inputs the rewrite adds: flat positions (row * paddedWidth + position) [slots] and target ids [slots, 1]. */
export const SCORE_INPUTS = { positions: 'ftbench_score_positions', targets: 'ftbench_score_targets' } as const;
/**
 * Outputs it adds: float32 log-probabilities [slots, 1] and int64 argmax ids [slots, 1]; `logits` is removed.
 * `distribution` is each slot's log-softmax over the whole vocabulary [slots, vocab], fetched only by sampled
 * generation (the scores already compute it, so asking for it costs the copy alone).
 */
export const SCORE_OUTPUTS = { logprobs: 'ftbench_logprobs', argmax: 'ftbench_argmax', distribution: 'ftbench_distribution' } as const;

/** Where the slots are gathered: before the LM head (it then runs on them only), or from the full logits. */
export type GatherPoint = 'hidden-states' | 'logits';

export interface ScoringGraph {
  model: ModelProto;
  gatherAt: GatherPoint;
}

/** The graph is one the rewrite does not understand; the caller falls back to host-side scoring. */
export class ScoreGraphError extends Error {}

/** Element-wise ops that may follow the LM head (bias, logit scaling, Gemma-style soft-capping, dtype casts). */
const UNARY_AFTER_HEAD = new Set(['Cast', 'Identity', 'Tanh']);
const BINARY_AFTER_HEAD = new Set(['Add', 'Sub', 'Mul', 'Div']);
/** Ops that turn constants into constants (a transposed or cast weight is still a weight). */
const CONSTANT_PRESERVING = new Set(['Transpose', 'Cast', 'Reshape', 'Identity', 'Unsqueeze', 'Squeeze', 'Constant']);
/** Flatten with a negative axis and GatherElements need opset 11. */
const MIN_OPSET = 11;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const INT = onnx.AttributeProto.AttributeType.INT;

const intAttr = (name: string, i: number): AttributeProto => ({ name, type: INT, i });

function tensorInfo(name: string, elemType: number, dims: (string | number)[]): ValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

function defaultOpset(model: ModelProto): number {
  const entry = (model.opsetImport ?? []).find((o) => !o.domain || o.domain === 'ai.onnx');
  return entry ? Number(entry.version) : 0;
}

/** Every value name a node reads, including outer-scope names read inside its subgraphs (If/Loop/Scan). */
function valuesRead(node: NodeProto): string[] {
  const names = [...(node.input ?? [])];
  for (const attribute of node.attribute ?? []) {
    for (const graph of [attribute.g, ...(attribute.graphs ?? [])]) {
      for (const inner of graph?.node ?? []) names.push(...valuesRead(inner));
    }
  }
  return names.filter((name) => name !== '');
}

/** Which values are constants (weights, Constant nodes, and weights reshaped/transposed/cast), and the rank where it is known. */
function constantRanks(graph: GraphProto): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  for (const init of graph.initializer ?? []) ranks.set(init.name ?? '', (init.dims ?? []).length);
  for (const node of graph.node ?? []) {
    if (node.opType === 'Constant') {
      const value = (node.attribute ?? []).find((a) => a.name === 'value');
      ranks.set(node.output?.[0] ?? '', value?.t ? (value.t.dims ?? []).length : null);
    } else if (CONSTANT_PRESERVING.has(node.opType ?? '') && (node.input ?? []).every((name) => ranks.has(name))) {
      const rank = node.opType === 'Transpose' || node.opType === 'Cast' || node.opType === 'Identity' ? (ranks.get(node.input?.[0] ?? '') ?? null) : null;
      for (const output of node.output ?? []) ranks.set(output, rank);
    }
  }
  return ranks;
}

interface LmHead {
  /** The MatMul whose first input is the hidden states. */
  head: NodeProto;
  /** Element-wise ops from the head's output to `logits`, in graph order, with the input that carries the activations. */
  after: { node: NodeProto; activation: string }[];
}

/** The input of an element-wise op that carries the activations, when its other operand is a constant that broadcasts over the vocabulary only. */
function activationInput(node: NodeProto, constants: Map<string, number | null>): string | null {
  const inputs = node.input ?? [];
  if (UNARY_AFTER_HEAD.has(node.opType ?? '') && inputs.length === 1) return inputs[0];
  if (!BINARY_AFTER_HEAD.has(node.opType ?? '') || inputs.length !== 2) return null;
  const dynamic = inputs.filter((name) => !constants.has(name));
  const constant = inputs.find((name) => constants.has(name));
  const rank = constant === undefined ? null : constants.get(constant);
  // A rank <= 1 constant broadcasts the same way over [batch, seq, vocab] and over [slots, vocab].
  return dynamic.length === 1 && rank !== null && rank !== undefined && rank <= 1 ? dynamic[0] : null;
}

function findLmHead(graph: GraphProto): LmHead | null {
  const producer = new Map<string, NodeProto>();
  for (const node of graph.node ?? []) for (const output of node.output ?? []) producer.set(output, node);
  const constants = constantRanks(graph);
  const after: LmHead['after'] = [];
  let value = 'logits';
  for (;;) {
    const node = producer.get(value);
    if (!node) return null;
    const inputs = node.input ?? [];
    if (node.opType === 'MatMul' && inputs.length === 2 && constants.has(inputs[1]) && !constants.has(inputs[0])) {
      const rank = constants.get(inputs[1]);
      return rank === null || rank === 2 ? { head: node, after } : null;
    }
    const activation = activationInput(node, constants);
    if (activation === null) return null;
    after.unshift({ node, activation });
    value = activation;
  }
}

/** Drops nodes whose outputs nothing needs (the original head, once `logits` is no longer an output). */
function pruneDeadNodes(graph: GraphProto): void {
  const needed = new Set((graph.output ?? []).map((o) => o.name ?? ''));
  const kept: NodeProto[] = [];
  for (const node of [...(graph.node ?? [])].reverse()) {
    if ((node.output ?? []).some((name) => needed.has(name))) {
      kept.push(node);
      for (const name of valuesRead(node)) needed.add(name);
    }
  }
  graph.node = kept.reverse();
}

/**
 * Rewrites a causal-LM graph (mutating and returning `model`) into the scoring graph described at the
 * top of this file. Throws ScoreGraphError for graphs it cannot rewrite safely.
 */
export function buildScoringGraph(model: ModelProto): ScoringGraph {
  const graph = model.graph;
  if (!graph) throw new ScoreGraphError('the model has no graph');
  const opset = defaultOpset(model);
  if (opset < MIN_OPSET) throw new ScoreGraphError(`opset ${opset} is older than ${MIN_OPSET}`);
  if (!(graph.output ?? []).some((o) => o.name === 'logits')) throw new ScoreGraphError('the graph has no "logits" output');
  const taken = new Set([...(graph.input ?? []).map((i) => i.name), ...(graph.node ?? []).flatMap((n) => n.output ?? [])]);
  if ([...Object.values(SCORE_INPUTS), ...Object.values(SCORE_OUTPUTS)].some((name) => taken.has(name))) {
    throw new ScoreGraphError('the graph already uses ftbench_* names');
  }

  const lmHead = findLmHead(graph);
  const added: NodeProto[] = [];
  const op = (opType: string, input: string[], attribute: AttributeProto[] = [], output = `ftbench/${opType}_${added.length}`): string => {
    added.push({ name: `ftbench/${opType}_node_${added.length}`, opType, input, output: [output], attribute });
    return output;
  };
  // [batch, seq, width] -> [batch * seq, width] -> the scored rows [slots, width].
  const gatherSlots = (value: string) => op('Gather', [op('Flatten', [value], [intAttr('axis', -1)]), SCORE_INPUTS.positions], [intAttr('axis', 0)]);

  let scores: string;
  if (lmHead) {
    scores = op('MatMul', [gatherSlots(lmHead.head.input?.[0] ?? ''), lmHead.head.input?.[1] ?? '']);
    for (const { node, activation } of lmHead.after) {
      const input = (node.input ?? []).map((name) => (name === activation ? scores : name));
      scores = op(node.opType ?? '', input, node.attribute ?? []);
    }
  } else {
    scores = gatherSlots('logits');
  }
  const logits = op('Cast', [scores], [intAttr('to', FLOAT)]);
  const logprobs = op('LogSoftmax', [logits], [intAttr('axis', 1)], SCORE_OUTPUTS.distribution);
  op('GatherElements', [logprobs, SCORE_INPUTS.targets], [intAttr('axis', 1)], SCORE_OUTPUTS.logprobs);
  // ArgMax keeps the first maximum, as torch.argmax does.
  op('ArgMax', [logits], [intAttr('axis', 1), intAttr('keepdims', 1)], SCORE_OUTPUTS.argmax);

  graph.node = [...(graph.node ?? []), ...added];
  graph.input = [
    ...(graph.input ?? []),
    tensorInfo(SCORE_INPUTS.positions, INT64, ['scored_slots']),
    tensorInfo(SCORE_INPUTS.targets, INT64, ['scored_slots', 1]),
  ];
  graph.output = [
    ...(graph.output ?? []).filter((o) => o.name !== 'logits'),
    tensorInfo(SCORE_OUTPUTS.logprobs, FLOAT, ['scored_slots', 1]),
    tensorInfo(SCORE_OUTPUTS.argmax, INT64, ['scored_slots', 1]),
    tensorInfo(SCORE_OUTPUTS.distribution, FLOAT, ['scored_slots', 'vocab']),
  ];
  pruneDeadNodes(graph);
  return { model, gatherAt: lmHead ? 'hidden-states' : 'logits' };
}

export function decodeModel(bytes: Uint8Array): ModelProto {
  return onnx.ModelProto.decode(bytes);
}

export function encodeModel(model: ModelProto): Uint8Array {
  return onnx.ModelProto.encode(model).finish();
}

/** Whether any weight lives in an external data file (then it must be resolved against the original directory). */
export function usesExternalData(model: ModelProto): boolean {
  return (model.graph?.initializer ?? []).some((t) => t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL);
}
