/**
 * An ONNX causal LM as the evaluator sees it: log-likelihoods of (context, continuation)
 * requests and greedy generations, with counters for the results' timings.
 */
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import type { ModelRecord } from '../schema.js';
import type { LoglikelihoodResult } from '../tasks/types.js';
import { assertModelDir, hashFiles, modelWeightFiles, readOptionalJson } from './files.js';
import { batchRows, continuationLoglikelihood, planRows, tokenizeRequest, type LoglikelihoodRequest } from './loglikelihood.js';
import { CausalLMSession, parseDevice, type ForwardOutput } from './onnx-session.js';
import { loadTokenizer, type TextTokenizer } from './tokenizer.js';

export interface LoadModelOptions {
  /** `cpu` (default), `cuda` or `cuda:N`. */
  device?: string;
  /** Rows per forward pass, or `auto`: as many as keep the logits under `memoryBudgetBytes`. */
  batchSize?: number | 'auto';
  /** Overrides config.json / tokenizer_config.json. */
  maxLength?: number;
  /** Overrides tokenizer_config.json's add_bos_token. */
  addBosToken?: boolean;
  intraOpThreads?: number;
  /** Host memory allowed for one batch's logits with `batchSize: 'auto'` (default 1 GiB). */
  memoryBudgetBytes?: number;
}

export interface GenerationRequest {
  context: string;
  /** Stop strings; generation also stops at EOS. */
  until: string[];
  maxNewTokens: number;
}

export type ProgressCallback = (done: number, total: number) => void;

export interface ModelCounters {
  forwardPasses: number;
  tokensForwarded: number;
}

const DEFAULT_MEMORY_BUDGET = 1 << 30;

function configuredMaxLength(config: Record<string, unknown>, tokenizerConfig: Record<string, unknown>): number {
  for (const key of ['max_position_embeddings', 'n_positions', 'n_ctx', 'seq_length']) {
    if (typeof config[key] === 'number') return config[key] as number;
  }
  const fromTokenizer = tokenizerConfig.model_max_length;
  // HF writes a huge sentinel when a tokenizer has no limit.
  if (typeof fromTokenizer === 'number' && fromTokenizer < 1e7) return fromTokenizer;
  return 2048;
}

function padRows(rows: number[][]): { inputIds: number[][]; attentionMask: number[][]; positionIds: number[][] } {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    inputIds: rows.map((r) => [...r, ...Array(width - r.length).fill(0)]),
    attentionMask: rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? 1 : 0))),
    positionIds: rows.map(() => Array.from({ length: width }, (_, i) => i)),
  };
}

function argmaxLast(out: ForwardOutput, row: number, position: number): number {
  const base = (row * out.seq + position) * out.vocab;
  let best = 0;
  for (let v = 1; v < out.vocab; v++) if (out.logits[base + v] > out.logits[base + best]) best = v;
  return best;
}

export class OnnxCausalLM {
  readonly counters: ModelCounters = { forwardPasses: 0, tokensForwarded: 0 };

  private constructor(
    readonly record: ModelRecord,
    readonly tokenizer: TextTokenizer,
    private readonly session: CausalLMSession,
    private readonly batchSize: number | 'auto',
    private readonly vocabSize: number,
    private readonly memoryBudgetBytes: number,
  ) {}

  static async load(dir: string, opts: LoadModelOptions = {}): Promise<OnnxCausalLM> {
    assertModelDir(dir);
    const config = readOptionalJson(path.join(dir, 'config.json'), 'config.json');
    const tokenizerConfig = readOptionalJson(path.join(dir, 'tokenizer_config.json'), 'tokenizer_config.json');
    const tokenizer = await loadTokenizer(dir, { addBosToken: opts.addBosToken });
    const batchSize = opts.batchSize ?? 1;
    if (batchSize !== 'auto' && (!Number.isInteger(batchSize) || batchSize < 1)) {
      throw new FtbenchError(`batch size must be a positive integer or "auto", got ${batchSize}`);
    }
    const session = await CausalLMSession.load(dir, { device: parseDevice(opts.device ?? 'cpu'), intraOpThreads: opts.intraOpThreads, modelConfig: config });
    const maxLength = opts.maxLength ?? configuredMaxLength(config, tokenizerConfig);
    const record: ModelRecord = {
      path: path.resolve(dir),
      fingerprint: await hashFiles(dir, modelWeightFiles(dir)),
      tokenizerFingerprint: tokenizer.fingerprint,
      maxLength,
      hasPastKeyValues: session.signature.past !== null,
      logitsType: session.signature.logitsType,
      addBosToken: tokenizer.addBosToken,
    };
    const vocabSize = typeof config.vocab_size === 'number' ? config.vocab_size : 32_000;
    return new OnnxCausalLM(record, tokenizer, session, batchSize, vocabSize, opts.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET);
  }

  get device(): string {
    return this.session.device.kind === 'cpu' ? 'cpu' : `cuda:${this.session.device.deviceId}`;
  }

  private async forwardRows(rows: number[][]): Promise<ForwardOutput> {
    const out = await this.session.forward({ ...padRows(rows), past: null });
    this.counters.forwardPasses += rows.length;
    this.counters.tokensForwarded += rows.reduce((n, r) => n + r.length, 0);
    return out;
  }

  async loglikelihood(requests: LoglikelihoodRequest[], onProgress?: ProgressCallback): Promise<LoglikelihoodResult[]> {
    const tokenized = requests.map((request) => tokenizeRequest(this.tokenizer, request));
    const rows = planRows(tokenized, this.record.maxLength);
    const results: LoglikelihoodResult[] = new Array(requests.length);
    let done = 0;
    for (const batch of batchRows(rows, this.batchSize, this.vocabSize, this.memoryBudgetBytes)) {
      const out = await this.forwardRows(batch.map((row) => row.inputIds));
      batch.forEach((row, r) => {
        for (const member of row.members) {
          results[member.index] = continuationLoglikelihood(out.logits, r * out.seq * out.vocab, row.inputIds.length, out.vocab, member.continuationIds);
        }
        done += row.members.length;
      });
      onProgress?.(done, requests.length);
    }
    return results;
  }

  /**
   * Greedy decoding, one request at a time. With a past-key-values graph each new token is one
   * incremental step; otherwise the whole sequence is re-run per token.
   */
  async generate(requests: GenerationRequest[], onProgress?: ProgressCallback): Promise<string[]> {
    const outputs: string[] = [];
    for (const request of requests) {
      outputs.push(await this.generateOne(request));
      onProgress?.(outputs.length, requests.length);
    }
    return outputs;
  }

  private async generateOne({ context, until, maxNewTokens }: GenerationRequest): Promise<string> {
    const bos = this.tokenizer.addBosToken && this.tokenizer.bosTokenId !== null ? [this.tokenizer.bosTokenId] : [];
    // lm-eval leaves room for the answer: the context keeps its last (max_length - max_gen_toks) tokens.
    const ids = [...bos, ...this.tokenizer.encode(context)].slice(-Math.max(1, this.record.maxLength - maxNewTokens));
    const generated: number[] = [];
    const usePast = this.session.signature.past !== null;
    let out = await this.forwardRows([ids]);
    let text = '';
    while (generated.length < maxNewTokens && ids.length + generated.length < this.record.maxLength) {
      const next = argmaxLast(out, 0, out.seq - 1);
      if (next === this.tokenizer.eosTokenId) break;
      generated.push(next);
      text = this.tokenizer.decode(generated);
      if (until.some((stop) => text.includes(stop))) break;
      if (generated.length === maxNewTokens) break;
      const length = ids.length + generated.length;
      if (usePast) {
        out = await this.session.forward({ inputIds: [[next]], attentionMask: [Array(length).fill(1)], positionIds: [[length - 1]], past: out.present });
        this.counters.forwardPasses += 1;
        this.counters.tokensForwarded += 1;
      } else {
        out = await this.forwardRows([[...ids, ...generated]]);
      }
    }
    const stopAt = Math.min(...until.map((stop) => text.indexOf(stop)).filter((i) => i >= 0), text.length);
    return text.slice(0, stopAt);
  }

  async dispose(): Promise<void> {
    await this.session.dispose();
  }
}
