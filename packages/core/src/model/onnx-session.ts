/**
 * The onnxruntime edge: loads a causal-LM graph (the model's own, or its scoring graph), checks its
 * signature, and runs forward passes. Everything above this file asks one question of a pass: the
 * log-probability and argmax at given (row, position, target) slots, plus the key/value cache when
 * asked for it. The scoring graph answers it in-graph; a plain graph answers it here, from the full
 * logits.
 */
import * as ort from 'onnxruntime-node';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { halvesToFloat32 } from './half.js';
import { SCORE_INPUTS, SCORE_OUTPUTS, type GatherPoint } from './score-graph.js';
import type { CachedScoringGraph } from './score-graph-cache.js';
import type { Device } from '../device.js';

export interface PastSpec {
  layers: number;
  heads: number;
  headDim: number;
  type: 'float32' | 'float16';
}

export interface GraphSignature {
  hasPositionIds: boolean;
  /** Present for optimum "with past" exports. */
  past: PastSpec | null;
  logitsType: string;
}

/** Past key/values of one forward pass, per layer, in the graph's own tensors. */
export type PastState = ort.Tensor[];

/** Where slots are scored: in the scoring graph (before the head or from its logits), or here from full logits. */
export type ScoringMode = GatherPoint | 'host';

/** Score `target` at `position` of the new tokens of `row`. */
export interface SlotRequest {
  row: number;
  position: number;
  target: number;
}

export interface ScoreInput {
  /** New tokens of each row, unpadded (this file pads them on the right). */
  rows: number[][];
  /**
   * The cache the rows continue from ([rows, heads, pastLength, headDim] per tensor) and each row's real length in it;
   * the rest is padding. `valid`, when given, says per row which cache positions are real (generation leaves holes
   * where shorter rows were padded); `lengths` then counts them (the next token's position).
   */
  past: { state: PastState; lengths: number[]; valid?: Uint8Array[] } | null;
  slots: SlotRequest[];
  /** Hand back the present key/values (needed when later passes continue from this one). */
  keepPresent: boolean;
  /** Also hand back each slot's log-probabilities over the whole vocabulary (sampled generation draws from them). */
  distributions?: boolean;
}

export interface ScoreOutput {
  /** log-softmax of each slot's target, in slot order. */
  logprobs: Float64Array;
  /** argmax token at each slot's position (the first maximum, as torch's). */
  argmax: Int32Array;
  present: PastState | null;
  /** With `distributions`: float32 log-softmax [slots, vocab], row-major. */
  distributions?: Float32Array;
  /** Bytes onnxruntime handed back to JavaScript for this pass: the scores (full logits, or log-probabilities and argmax), and the cache. */
  scoreBytes: number;
  cacheBytes: number;
  /** rows x padded width: the tokens the device actually processed. */
  paddedTokens: number;
}

/** The device ran out of memory for this pass; a smaller batch may fit. */
export class DeviceMemoryError extends Error {}

/** onnxruntime failed to run a pass for any other reason (a bad shape, an index out of range, a kernel error). */
export class OnnxRunError extends Error {}

export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';

export interface SessionOptions {
  device: Device;
  /** Threads inside one operator; defaults to every core (throughput over latency). */
  intraOpThreads?: number;
  /** Threads across independent operators; defaults to 1 (sequential execution, all cores inside each op). */
  interOpThreads?: number;
  /** Default `all`: every fusion onnxruntime knows, on CPU and CUDA alike. */
  graphOptimizationLevel?: GraphOptimizationLevel;
  /** onnxruntime's CPU memory arena (default on: allocations are reused across passes). */
  memoryArena?: boolean;
  /** Used to size past tensors when the graph's shapes are symbolic. */
  modelConfig?: Record<string, unknown>;
  /** Load this scoring graph instead of the directory's model.onnx. */
  scoringGraph?: CachedScoringGraph;
}

const SUPPORTED_INPUTS = 'input_ids, attention_mask, optional position_ids, optional past_key_values.<i>.key/value';
const SCORE_INPUT_NAMES: string[] = Object.values(SCORE_INPUTS);
const pastName = (i: number, prefix: 'past_key_values' | 'present') => `${prefix}.${i >> 1}.${i & 1 ? 'value' : 'key'}`;

function detectSignature(session: ort.InferenceSession, modelConfig: Record<string, unknown>, scoring: CachedScoringGraph | undefined): GraphSignature {
  const inputs = session.inputNames.filter((name) => !scoring || !SCORE_INPUT_NAMES.includes(name));
  const outputs = session.outputNames;
  const problems: string[] = [];
  for (const required of ['input_ids', 'attention_mask']) if (!inputs.includes(required)) problems.push(`no input "${required}"`);
  if (!scoring && !outputs.includes('logits')) problems.push('no output "logits"');
  const pastInputs = inputs.filter((name) => name.startsWith('past_key_values.'));
  const unknown = inputs.filter((name) => !['input_ids', 'attention_mask', 'position_ids'].includes(name) && !/^past_key_values\.\d+\.(key|value)$/.test(name));
  if (unknown.length > 0) problems.push(`unexpected inputs ${unknown.map((n) => `"${n}"`).join(', ')}`);
  const layers = pastInputs.length / 2;
  for (let i = 0; i < layers * 2; i++) {
    if (!inputs.includes(pastName(i, 'past_key_values'))) problems.push(`no input "${pastName(i, 'past_key_values')}"`);
    if (!outputs.includes(pastName(i, 'present'))) problems.push(`no output "${pastName(i, 'present')}"`);
  }
  if (problems.length > 0) {
    throw new FtbenchError(
      `model.onnx does not have a causal-LM signature: ${problems.join('; ')}. Found inputs [${inputs.join(', ')}], outputs [${outputs.join(', ')}].`,
      `Expected inputs ${SUPPORTED_INPUTS} and output logits (optional present.<i>.key/value), as \`optimum-cli export onnx --task text-generation(-with-past)\` writes.`,
    );
  }
  const metadata = (name: string) => (session.inputMetadata as readonly ort.InferenceSession.ValueMetadata[]).find((m) => m.name === name);
  const outputMeta = (session.outputMetadata as readonly ort.InferenceSession.ValueMetadata[]).find((m) => m.name === 'logits');
  let past: PastSpec | null = null;
  if (layers > 0) {
    const meta = metadata('past_key_values.0.key');
    const shape = meta?.isTensor ? meta.shape : [];
    const configHeads = (modelConfig.num_key_value_heads ?? modelConfig.n_head ?? modelConfig.num_attention_heads) as number | undefined;
    const hidden = (modelConfig.n_embd ?? modelConfig.hidden_size) as number | undefined;
    const heads = typeof shape[1] === 'number' ? shape[1] : configHeads;
    const headDim =
      typeof shape[3] === 'number'
        ? shape[3]
        : ((modelConfig.head_dim as number | undefined) ??
          (hidden && configHeads ? hidden / ((modelConfig.num_attention_heads ?? modelConfig.n_head) as number) : undefined));
    if (!heads || !headDim) {
      throw new FtbenchError(
        'cannot tell the shape of past_key_values: the graph leaves it symbolic and config.json has no head counts',
        'Add num_attention_heads / num_key_value_heads / hidden_size to config.json.',
      );
    }
    const type = meta?.isTensor && meta.type === 'float16' ? 'float16' : 'float32';
    past = { layers, heads, headDim, type };
  }
  return {
    hasPositionIds: inputs.includes('position_ids'),
    past,
    logitsType: scoring ? scoring.logitsType : outputMeta?.isTensor ? String(outputMeta.type) : 'float32',
  };
}

function int64Tensor(data: BigInt64Array, dims: number[]): ort.Tensor {
  return new ort.Tensor('int64', data, dims);
}

/** input_ids, attention_mask and position_ids for right-padded rows continuing from `past` (holes in the mask mark padded cache positions). */
function tokenFeeds(rows: number[][], past: ScoreInput['past']): { inputIds: ort.Tensor; attentionMask: ort.Tensor; positionIds: ort.Tensor; width: number } {
  const width = Math.max(...rows.map((r) => r.length));
  const pastLength = past ? (past.state[0].dims[2] as number) : 0;
  const total = pastLength + width;
  const ids = new BigInt64Array(rows.length * width);
  const mask = new BigInt64Array(rows.length * total);
  const positions = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) => {
    const cached = past ? past.lengths[r] : 0;
    const valid = past?.valid?.[r];
    if (valid) for (let k = 0; k < pastLength; k++) mask[r * total + k] = valid[k] ? 1n : 0n;
    else for (let k = 0; k < cached; k++) mask[r * total + k] = 1n;
    for (let i = 0; i < row.length; i++) {
      ids[r * width + i] = BigInt(row[i]);
      mask[r * total + pastLength + i] = 1n;
    }
    for (let i = 0; i < width; i++) positions[r * width + i] = BigInt(cached + i);
  });
  return {
    inputIds: int64Tensor(ids, [rows.length, width]),
    attentionMask: int64Tensor(mask, [rows.length, total]),
    positionIds: int64Tensor(positions, [rows.length, width]),
    width,
  };
}

function toFloat32(data: ort.Tensor['data'], type: string): Float32Array {
  if (type === 'float32') return data as Float32Array;
  // onnxruntime-common hands float16 back as raw halves, or as a Float16Array where the runtime has one (Node >= 24).
  if (type === 'float16') return data instanceof Uint16Array ? halvesToFloat32(data) : Float32Array.from(data as ArrayLike<number>);
  throw new FtbenchError(`logits of type ${type} are not supported`, 'Export the model with float32, float16 or bfloat16 logits.');
}

/** Host-side scoring from full logits [batch, width, vocab]: float64 log-softmax and first-maximum argmax per slot. */
function scoreFromLogits(logits: ort.Tensor, width: number, slots: SlotRequest[]): { logprobs: Float64Array; argmax: Int32Array } {
  const vocab = logits.dims[2] as number;
  const logprobs = new Float64Array(slots.length);
  const argmax = new Int32Array(slots.length);
  const perPosition = new Map<number, { values: Float32Array; logTotal: number; best: number }>();
  slots.forEach((slot, s) => {
    const base = (slot.row * width + slot.position) * vocab;
    let position = perPosition.get(base);
    if (!position) {
      const values = toFloat32((logits.data as Float32Array).subarray(base, base + vocab), logits.type);
      let best = 0;
      for (let v = 1; v < vocab; v++) if (values[v] > values[best]) best = v;
      let sum = 0;
      for (let v = 0; v < vocab; v++) sum += Math.exp(values[v] - values[best]);
      position = { values, logTotal: values[best] + Math.log(sum), best };
      perPosition.set(base, position);
    }
    logprobs[s] = position.values[slot.target] - position.logTotal;
    argmax[s] = position.best;
  });
  return { logprobs, argmax };
}

/** Host-side log-softmax over the vocabulary at each slot's position, from full logits [batch, width, vocab]. */
function distributionsFromLogits(logits: ort.Tensor, width: number, slots: SlotRequest[]): Float32Array {
  const vocab = logits.dims[2] as number;
  const out = new Float32Array(slots.length * vocab);
  slots.forEach((slot, s) => {
    const base = (slot.row * width + slot.position) * vocab;
    const values = toFloat32((logits.data as Float32Array).subarray(base, base + vocab), logits.type);
    let max = -Infinity;
    for (let v = 0; v < vocab; v++) max = Math.max(max, values[v]);
    let sum = 0;
    for (let v = 0; v < vocab; v++) sum += Math.exp(values[v] - max);
    const logTotal = max + Math.log(sum);
    for (let v = 0; v < vocab; v++) out[s * vocab + v] = values[v] - logTotal;
  });
  return out;
}

const OUT_OF_MEMORY = /out of memory|failed to allocate|bad_alloc|BFCArena/i;

export class CausalLMSession {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly signature: GraphSignature,
    readonly device: Device,
    readonly scoring: ScoringMode,
  ) {}

  static async load(modelDir: string, opts: SessionOptions): Promise<CausalLMSession> {
    const file = opts.scoringGraph?.file ?? path.join(modelDir, 'model.onnx');
    const executionProviders: ort.InferenceSession.ExecutionProviderConfig[] =
      opts.device.kind === 'cuda' ? [{ name: 'cuda', deviceId: opts.device.deviceId }] : ['cpu'];
    const externalDataDir = opts.scoringGraph?.externalDataDir ?? null;
    const sessionOptions: ort.InferenceSession.SessionOptions = {
      executionProviders,
      graphOptimizationLevel: opts.graphOptimizationLevel ?? 'all',
      executionMode: 'sequential',
      intraOpNumThreads: opts.intraOpThreads ?? availableParallelism(),
      interOpNumThreads: opts.interOpThreads ?? 1,
      enableCpuMemArena: opts.memoryArena ?? true,
      // Fatal only: a failed run is reported once, by ftbench, with onnxruntime's message in it.
      logSeverityLevel: 4,
      // A cached scoring graph sits outside the model directory: its external data is found through this setting.
      ...(externalDataDir ? { extra: { session: { model_external_initializers_file_folder_path: externalDataDir } } } : {}),
    };
    let session: ort.InferenceSession;
    try {
      session = externalDataDir
        ? await ort.InferenceSession.create(readFileSync(file), sessionOptions)
        : await ort.InferenceSession.create(file, sessionOptions);
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      if (opts.device.kind === 'cuda' && /cuda|provider|shared library/i.test(message)) {
        throw new FtbenchError(
          `the CUDA execution provider could not be loaded: ${message}`,
          'Install onnxruntime-node with its CUDA binaries (ONNXRUNTIME_NODE_INSTALL=cuda12 npm install, or place libonnxruntime_providers_cuda.so and libonnxruntime_providers_shared.so next to libonnxruntime.so.1), and make CUDA/cuDNN libraries resolvable via LD_LIBRARY_PATH. ftbench never falls back to CPU silently: use --device cpu to run on CPU.',
        );
      }
      throw new FtbenchError(
        `onnxruntime could not load ${file}: ${message}`,
        'Check that the file is a complete ONNX model (an interrupted download or a Git LFS pointer gives this error) and that its external data files sit beside it.',
      );
    }
    const signature = detectSignature(session, opts.modelConfig ?? {}, opts.scoringGraph);
    return new CausalLMSession(session, signature, opts.device, opts.scoringGraph?.gatherAt ?? 'host');
  }

  /** A zero-length past for a batch, as optimum graphs expect on the first pass. */
  private emptyPast(batch: number): PastState | null {
    const past = this.signature.past;
    if (!past) return null;
    const dims = [batch, past.heads, 0, past.headDim];
    return Array.from({ length: past.layers * 2 }, () =>
      past.type === 'float16' ? new ort.Tensor('float16', new Uint16Array(0), dims) : new ort.Tensor('float32', new Float32Array(0), dims),
    );
  }

  async score(input: ScoreInput): Promise<ScoreOutput> {
    const { inputIds, attentionMask, positionIds, width } = tokenFeeds(input.rows, input.past);
    const feeds: Record<string, ort.Tensor> = { input_ids: inputIds, attention_mask: attentionMask };
    if (this.signature.hasPositionIds) feeds.position_ids = positionIds;
    const past = input.past?.state ?? this.emptyPast(input.rows.length);
    past?.forEach((tensor, i) => (feeds[pastName(i, 'past_key_values')] = tensor));
    const presentNames =
      this.signature.past && input.keepPresent ? Array.from({ length: this.signature.past.layers * 2 }, (_, i) => pastName(i, 'present')) : [];
    const inGraph = this.scoring !== 'host';
    if (inGraph) {
      feeds[SCORE_INPUTS.positions] = int64Tensor(
        BigInt64Array.from(input.slots, (s) => BigInt(s.row * width + s.position)),
        [input.slots.length],
      );
      feeds[SCORE_INPUTS.targets] = int64Tensor(
        BigInt64Array.from(input.slots, (s) => BigInt(s.target)),
        [input.slots.length, 1],
      );
    }
    const distributionFetch = inGraph && input.distributions ? [SCORE_OUTPUTS.distribution] : [];
    const fetches = [...(inGraph ? [SCORE_OUTPUTS.logprobs, SCORE_OUTPUTS.argmax, ...distributionFetch] : ['logits']), ...presentNames];
    let out: ort.InferenceSession.ReturnType;
    try {
      out = await this.session.run(feeds, fetches);
    } catch (err) {
      const message = (err as Error).message;
      if (OUT_OF_MEMORY.test(message)) throw new DeviceMemoryError(message);
      throw new OnnxRunError(message);
    }
    const bytesOf = (names: string[]) => names.reduce((n, name) => n + (out[name].data as ArrayBufferView).byteLength, 0);
    const scored = inGraph
      ? {
          logprobs: Float64Array.from(out[SCORE_OUTPUTS.logprobs].data as Float32Array),
          argmax: Int32Array.from(out[SCORE_OUTPUTS.argmax].data as BigInt64Array, Number),
        }
      : scoreFromLogits(out.logits, width, input.slots);
    const distributions = !input.distributions
      ? undefined
      : inGraph
        ? (out[SCORE_OUTPUTS.distribution].data as Float32Array)
        : distributionsFromLogits(out.logits, width, input.slots);
    return {
      ...scored,
      distributions,
      present: presentNames.length > 0 ? presentNames.map((name) => out[name]) : null,
      scoreBytes: bytesOf(fetches.slice(0, fetches.length - presentNames.length)),
      cacheBytes: bytesOf(presentNames),
      paddedTokens: input.rows.length * width,
    };
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

/** Where a row of a continuation pass takes its cache from: row `from` of an earlier pass, which ran `length` new tokens on `pastLength` cached ones. */
export interface CachedRow {
  from: number;
  pastLength: number;
  length: number;
}

/**
 * The cache for a continuation pass, one row per `rows` entry, copied from `present` (the cache a pass
 * handed back; its cache input was `pastWidth` positions wide, so a row's new positions start there):
 * each row's real positions, its own cache then its new tokens, packed from position 0, and zeros after
 * them (masked out by the row's length). Copies, because rows may repeat (a prompt broadcast to every
 * question that continues it), and packing keeps the cache no wider than the longest real one.
 */
export function gatherPast(present: PastState, pastWidth: number, rows: CachedRow[]): PastState {
  const width = Math.max(...rows.map((row) => row.pastLength + row.length));
  return present.map((tensor) => {
    const [, heads, sourceWidth, headDim] = tensor.dims as number[];
    const source = tensor.data as Float32Array;
    const data = new (source.constructor as Float32ArrayConstructor)(rows.length * heads * width * headDim);
    rows.forEach(({ from, pastLength, length }, r) => {
      for (let h = 0; h < heads; h++) {
        const src = (from * heads + h) * sourceWidth * headDim;
        const dst = (r * heads + h) * width * headDim;
        data.set(source.subarray(src, src + pastLength * headDim), dst);
        data.set(source.subarray(src + pastWidth * headDim, src + (pastWidth + length) * headDim), dst + pastLength * headDim);
      }
    });
    return new ort.Tensor(tensor.type as 'float32', data, [rows.length, heads, width, headDim]);
  });
}
