/**
 * The onnxruntime edge: loads a causal-LM graph, checks its signature, and runs forward passes.
 * Everything above this file sees token rows in and fp32 logits out.
 */
import * as ort from 'onnxruntime-node';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { halvesToFloat32 } from './half.js';

export type Device = { kind: 'cpu' } | { kind: 'cuda'; deviceId: number };

export function parseDevice(spec: string): Device {
  const match = /^(cpu|cuda)(?::(\d+))?$/.exec(spec.trim());
  if (!match) throw new FtbenchError(`unknown device "${spec}"`, 'Use cpu, cuda or cuda:<device id>.');
  return match[1] === 'cpu' ? { kind: 'cpu' } : { kind: 'cuda', deviceId: Number(match[2] ?? 0) };
}

export function formatDevice(device: Device): string {
  return device.kind === 'cpu' ? 'cpu' : `cuda:${device.deviceId}`;
}

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

export interface ForwardInput {
  /** Rows of equal length (the caller pads); new tokens only when `past` is given. */
  inputIds: number[][];
  /** 1 for real tokens, over past + new positions. */
  attentionMask: number[][];
  positionIds: number[][];
  past: PastState | null;
}

export interface ForwardOutput {
  /** fp32 logits [batch, seq, vocab], whatever the graph's logits dtype. */
  logits: Float32Array;
  batch: number;
  seq: number;
  vocab: number;
  present: PastState | null;
}

export interface SessionOptions {
  device: Device;
  /** Defaults to every core (throughput over latency). */
  intraOpThreads?: number;
  /** Used to size past tensors when the graph's shapes are symbolic. */
  modelConfig?: Record<string, unknown>;
}

const SUPPORTED_INPUTS = 'input_ids, attention_mask, optional position_ids, optional past_key_values.<i>.key/value';

function detectSignature(session: ort.InferenceSession, modelConfig: Record<string, unknown>): GraphSignature {
  const inputs = session.inputNames;
  const outputs = session.outputNames;
  const problems: string[] = [];
  for (const required of ['input_ids', 'attention_mask']) if (!inputs.includes(required)) problems.push(`no input "${required}"`);
  if (!outputs.includes('logits')) problems.push('no output "logits"');
  const pastInputs = inputs.filter((name) => name.startsWith('past_key_values.'));
  const unknown = inputs.filter((name) => !['input_ids', 'attention_mask', 'position_ids'].includes(name) && !/^past_key_values\.\d+\.(key|value)$/.test(name));
  if (unknown.length > 0) problems.push(`unexpected inputs ${unknown.map((n) => `"${n}"`).join(', ')}`);
  const layers = pastInputs.length / 2;
  for (let i = 0; i < layers; i++) {
    for (const kind of ['key', 'value']) {
      if (!inputs.includes(`past_key_values.${i}.${kind}`)) problems.push(`no input "past_key_values.${i}.${kind}"`);
      if (!outputs.includes(`present.${i}.${kind}`)) problems.push(`no output "present.${i}.${kind}"`);
    }
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
    const headDim = typeof shape[3] === 'number' ? shape[3] : ((modelConfig.head_dim as number | undefined) ?? (hidden && configHeads ? hidden / ((modelConfig.num_attention_heads ?? modelConfig.n_head) as number) : undefined));
    if (!heads || !headDim) {
      throw new FtbenchError('cannot tell the shape of past_key_values: the graph leaves it symbolic and config.json has no head counts', 'Add num_attention_heads / num_key_value_heads / hidden_size to config.json.');
    }
    const type = meta?.isTensor && meta.type === 'float16' ? 'float16' : 'float32';
    past = { layers, heads, headDim, type };
  }
  return {
    hasPositionIds: inputs.includes('position_ids'),
    past,
    logitsType: outputMeta?.isTensor ? String(outputMeta.type) : 'float32',
  };
}

function int64Tensor(rows: number[][]): ort.Tensor {
  const width = rows[0]?.length ?? 0;
  const data = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) => row.forEach((v, c) => (data[r * width + c] = BigInt(v))));
  return new ort.Tensor('int64', data, [rows.length, width]);
}

function toFloat32(tensor: ort.Tensor): Float32Array {
  if (tensor.type === 'float32') return tensor.data as Float32Array;
  if (tensor.type === 'float16') return halvesToFloat32(tensor.data as unknown as Uint16Array);
  throw new FtbenchError(`logits of type ${tensor.type} are not supported`, 'Export the model with float32, float16 or bfloat16 logits.');
}

export class CausalLMSession {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly signature: GraphSignature,
    readonly device: Device,
  ) {}

  static async load(modelDir: string, opts: SessionOptions): Promise<CausalLMSession> {
    const file = path.join(modelDir, 'model.onnx');
    const executionProviders: ort.InferenceSession.ExecutionProviderConfig[] =
      opts.device.kind === 'cuda' ? [{ name: 'cuda', deviceId: opts.device.deviceId }] : ['cpu'];
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(file, {
        executionProviders,
        graphOptimizationLevel: 'all',
        intraOpNumThreads: opts.intraOpThreads ?? availableParallelism(),
        logSeverityLevel: 3,
      });
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      if (opts.device.kind === 'cuda' && /cuda|provider|shared library/i.test(message)) {
        throw new FtbenchError(
          `the CUDA execution provider could not be loaded: ${message}`,
          'Install onnxruntime-node with its CUDA binaries (ONNXRUNTIME_NODE_INSTALL=cuda12 npm install, or place libonnxruntime_providers_cuda.so and libonnxruntime_providers_shared.so next to libonnxruntime.so.1), and make CUDA/cuDNN libraries resolvable via LD_LIBRARY_PATH. ftbench never falls back to CPU silently: use --device cpu to run on CPU.',
        );
      }
      throw new FtbenchError(`onnxruntime could not load ${file}: ${message}`, 'Check that the file is a complete ONNX model (an interrupted download or a Git LFS pointer gives this error) and that its external data files sit beside it.');
    }
    return new CausalLMSession(session, detectSignature(session, opts.modelConfig ?? {}), opts.device);
  }

  /** A zero-length past for a batch, as optimum graphs expect on the first pass. */
  emptyPast(batch: number): PastState | null {
    const past = this.signature.past;
    if (!past) return null;
    const dims = [batch, past.heads, 0, past.headDim];
    return Array.from({ length: past.layers * 2 }, () =>
      past.type === 'float16' ? new ort.Tensor('float16', new Uint16Array(0), dims) : new ort.Tensor('float32', new Float32Array(0), dims),
    );
  }

  async forward(input: ForwardInput): Promise<ForwardOutput> {
    const feeds: Record<string, ort.Tensor> = {
      input_ids: int64Tensor(input.inputIds),
      attention_mask: int64Tensor(input.attentionMask),
    };
    if (this.signature.hasPositionIds) feeds.position_ids = int64Tensor(input.positionIds);
    const past = input.past ?? this.emptyPast(input.inputIds.length);
    past?.forEach((tensor, i) => (feeds[`past_key_values.${i >> 1}.${i & 1 ? 'value' : 'key'}`] = tensor));
    const out = await this.session.run(feeds);
    const logits = out.logits;
    const [batch, seq, vocab] = logits.dims as number[];
    const present = this.signature.past
      ? Array.from({ length: this.signature.past.layers * 2 }, (_, i) => out[`present.${i >> 1}.${i & 1 ? 'value' : 'key'}`])
      : null;
    return { logits: toFloat32(logits), batch, seq, vocab, present };
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}
