/**
 * An ONNX causal LM as the evaluator sees it: log-likelihoods of (context, continuation)
 * requests and greedy generations, with counters for the results' timings.
 */
import { freemem } from 'node:os';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import type { ModelRecord } from '../schema.js';
import type { LoglikelihoodResult } from '../tasks/types.js';
import { PADDED_TOKEN_RULES, planBatches, planPasses, type BatchLimit, type ModelShape, type PassRow } from './batching.js';
import { hashFiles } from '../hash.js';
import { assertModelDir, modelWeightFiles, readOptionalJson } from './files.js';
import { generateBatch, type GeneratedText, type Sampling } from './generation.js';
import {
  isLeftTruncated,
  planFullRows,
  planPrefixTree,
  planSharedPrefixes,
  tokenizeRequests,
  withBos,
  type LoglikelihoodRequest,
  type PrefixRow,
  type TokenizedRequest,
} from './loglikelihood.js';
import { parseDevice } from '../device.js';
import {
  CausalLMSession,
  DeviceMemoryError,
  OnnxRunError,
  type GraphOptimizationLevel,
  type GraphSignature,
  type PastState,
  type ScoringMode,
  type SessionOptions,
} from './onnx-session.js';
import { ftbenchCacheDir } from '../cache-dir.js';
import { cachedScoringGraph } from './score-graph-cache.js';
import { newCounters, oneLine, scorePlan, ScoringError, type ModelCounters } from './scorer.js';
import { loadTokenizer, type TextTokenizer } from './tokenizer.js';

export { ScoringError, type ModelCounters } from './scorer.js';

export interface LoadModelOptions {
  /** `cpu` (default), `cuda` or `cuda:N`. */
  device?: string;
  /**
   * Rows per forward pass, or `auto`: as many (up to 64) as the device's padded-token rule (batching.ts
   * PADDED_TOKEN_RULES) allows and an estimate of a pass's peak memory keeps under `memoryBudgetBytes`;
   * on CUDA, passes that still run out of device memory are halved and retried.
   */
  batchSize?: number | 'auto';
  /** Overrides config.json / tokenizer_config.json. */
  maxLength?: number;
  /** Overrides tokenizer_config.json's add_bos_token. */
  addBosToken?: boolean;
  /** onnxruntime intra-op threads (default: every core). */
  intraOpThreads?: number;
  /** onnxruntime inter-op threads (default 1: operators run one after another, each on every core). */
  interOpThreads?: number;
  /** onnxruntime graph optimisation level (default `all`). */
  graphOptimizationLevel?: GraphOptimizationLevel;
  /** onnxruntime's CPU memory arena (default on). */
  memoryArena?: boolean;
  /** Memory one forward pass may use with `batchSize: 'auto'` (default: half the memory available at load time). */
  memoryBudgetBytes?: number;
  /**
   * Score inside the graph (default true): the graph is rewritten once, and cached, to return the
   * target tokens' log-probabilities and argmax instead of full logits. False copies full logits to
   * the host and scores there. Graphs that cannot be rewritten fall back to that with a warning.
   */
  scoreInGraph?: boolean;
  /**
   * Run each shared prefix once and score its continuations from the key/value cache
   * (default true; graphs with past_key_values only). False runs one full sequence per distinct input, as lm-eval.
   */
  prefixReuse?: boolean;
  /**
   * With prefix reuse, share prefixes across the documents of a scoring chunk as a prefix tree over token ids
   * (default true: a few-shot primer runs once); false shares them within each document only.
   */
  prefixTree?: boolean;
  /**
   * Bytes of prefix caches held between passes (default: a quarter of the memory available at load time). Over
   * it the outermost caches are dropped and computed again when a later pass needs them: more work, the same numbers.
   */
  cacheBudgetBytes?: number;
  /** Where rewritten graphs are cached (default: ftbench's cache root, see cache-dir.ts); they go in `graphs/<hash>/`. */
  cacheDir?: string;
  /** Receives one-line warnings, e.g. a graph that scores on the host (default: stderr). */
  onWarning?: (message: string) => void;
}

export interface GenerationRequest {
  context: string;
  /** Stop strings; generation also stops at EOS. */
  until: string[];
  maxNewTokens: number;
  /**
   * Sample instead of decoding greedily (temperature > 0): each token is drawn from softmax(logits / temperature)
   * over the whole vocabulary, or over its `topK` most likely tokens when given (transformers' generate() defaults
   * to top_k 50). The seed (an integer, used modulo 2^32) fixes this request's draws, so its text is the same run
   * to run and at any batch size; absent or temperature 0: greedy.
   */
  sampling?: Sampling;
}

/** A generation and its token counts (the local judge reports them). */
export interface Generation extends GeneratedText {
  /** Tokens of the context the model saw (after BOS and truncation). */
  contextTokens: number;
}

/**
 * The ids that end a generation: the tokenizer's EOS and every `eos_token_id` of generation_config.json (else
 * config.json), an id or a list, as transformers' generate() stops on them: instruct models list their
 * end-of-turn tokens there (Llama 3's <|eot_id|>), and an answer must end with its turn.
 */
function stopTokenIds(dir: string, config: Record<string, unknown>, tokenizer: TextTokenizer): Set<number> {
  const generationConfig = readOptionalJson(path.join(dir, 'generation_config.json'), 'generation_config.json');
  const listed = 'eos_token_id' in generationConfig ? generationConfig.eos_token_id : config.eos_token_id;
  const ids = (Array.isArray(listed) ? listed : [listed]).filter((id): id is number => Number.isInteger(id));
  return new Set([...(tokenizer.eosTokenId === null ? [] : [tokenizer.eosTokenId]), ...ids]);
}

/** The request's sampling settings when it samples, after checking them; undefined for greedy. */
function samplingOf(request: GenerationRequest): GenerationRequest['sampling'] {
  if (!request.sampling) return undefined;
  const { temperature, seed, topK } = request.sampling;
  if (!(Number.isFinite(temperature) && temperature >= 0)) throw new FtbenchError(`sampling temperature must be a number >= 0, got ${temperature}`);
  if (!Number.isSafeInteger(seed)) throw new FtbenchError(`sampling seed must be an integer, got ${seed}`);
  if (topK !== undefined && !(Number.isInteger(topK) && topK >= 0)) throw new FtbenchError(`sampling top_k must be an integer >= 0, got ${topK}`);
  return temperature > 0 ? request.sampling : undefined;
}

export type ProgressCallback = (done: number, total: number) => void;

/** Rows per generation batch with --batch-size auto. */
const AUTO_GENERATION_ROWS = 16;
/** lm-eval's default --max_batch_size for --batch_size auto. */
const MAX_AUTO_BATCH_ROWS = 64;
/** Largest per-token log-probability difference the prefix-reuse check accepts (float16 graphs differ by ~1e-2 between batch shapes). */
const PREFIX_REUSE_TOLERANCE = 0.05;

/** Which plan scores log-likelihoods: lm-eval's full rows, shared prefixes within each document, or the prefix tree. */
type PrefixPlan = 'full-rows' | 'documents' | 'tree';
const PLANS: Record<PrefixPlan, (requests: TokenizedRequest[], maxLength: number) => PrefixRow[]> = {
  'full-rows': planFullRows,
  documents: planSharedPrefixes,
  tree: planPrefixTree,
};

const warnOnStderr = (message: string) => console.warn(`ftbench: ${message}`);

function configuredMaxLength(config: Record<string, unknown>, tokenizerConfig: Record<string, unknown>): number {
  for (const key of ['max_position_embeddings', 'n_positions', 'n_ctx', 'seq_length']) {
    if (typeof config[key] === 'number') return config[key] as number;
  }
  const fromTokenizer = tokenizerConfig.model_max_length;
  // HF writes a huge sentinel when a tokenizer has no limit.
  if (typeof fromTokenizer === 'number' && fromTokenizer < 1e7) return fromTokenizer;
  return 2048;
}

function numberField(config: Record<string, unknown>, keys: string[]): number | undefined {
  const value = keys.map((key) => config[key]).find((v) => typeof v === 'number');
  return value as number | undefined;
}

/** The model's size as config.json (or the cache's shape) tells it, for the batch memory estimate. */
function modelShape(config: Record<string, unknown>, signature: GraphSignature, scoring: ScoringMode): ModelShape {
  const past = signature.past;
  const hidden = numberField(config, ['n_embd', 'hidden_size', 'd_model']) ?? (past ? past.heads * past.headDim : 4096);
  return {
    hidden,
    intermediate: numberField(config, ['n_inner', 'intermediate_size', 'ffn_dim']) ?? 4 * hidden,
    heads: numberField(config, ['n_head', 'num_attention_heads']) ?? past?.heads ?? 32,
    vocab: numberField(config, ['vocab_size']) ?? 32_000,
    cacheBytesPerToken: past ? past.layers * 2 * past.heads * past.headDim * (past.type === 'float16' ? 2 : 4) : 0,
    scoring,
  };
}

/** The scoring graph's session when the graph can be rewritten and loaded, else the plain graph's (with a warning). */
async function loadSession(dir: string, fingerprint: string, sessionOptions: SessionOptions, opts: LoadModelOptions): Promise<CausalLMSession> {
  if (opts.scoreInGraph === false) return CausalLMSession.load(dir, sessionOptions);
  let failure: unknown;
  try {
    const scoringGraph = cachedScoringGraph(dir, fingerprint, opts.cacheDir ?? ftbenchCacheDir());
    return await CausalLMSession.load(dir, { ...sessionOptions, scoringGraph });
  } catch (err) {
    failure = err;
  }
  // A model that cannot load at all fails here with its own error, without the warning.
  const session = await CausalLMSession.load(dir, sessionOptions);
  (opts.onWarning ?? warnOnStderr)(
    `in-graph scoring is off for ${dir} (${(failure as Error).message.split('\n')[0]}); scoring from full logits on the host instead`,
  );
  return session;
}

/**
 * The largest difference between scoring whole sequences and continuing a padded cache, on a probe of
 * two documents: prefixes [1..5] and [6,7] run as one right-padded batch (the second leaves a hole in
 * its cache), continue with [8,9] and [10], and are checked against each whole sequence run alone.
 * A graph that takes positions or attention from the cache length instead of the mask fails it.
 */
async function cacheContinuationError(session: CausalLMSession): Promise<number> {
  const prefixes = [
    [1, 2, 3, 4, 5],
    [6, 7],
  ];
  const suffixes = [[8, 9], [10]];
  const targets = [[11, 12], [13]];
  const slotsOf = (r: number, row: number, offset: number) => targets[r].map((target, i) => ({ row, position: offset + i, target }));
  try {
    const prefix = await session.score({ rows: prefixes, past: null, slots: [], keepPresent: true });
    const past = { state: prefix.present as PastState, lengths: prefixes.map((p) => p.length) };
    const continued = await session.score({ rows: suffixes, past, slots: [...slotsOf(0, 0, 0), ...slotsOf(1, 1, 0)], keepPresent: false });
    const whole = await Promise.all(
      prefixes.map((p, r) => session.score({ rows: [[...p, ...suffixes[r]]], past: null, slots: slotsOf(r, 0, p.length), keepPresent: false })),
    );
    const alone = [...whole[0].logprobs, ...whole[1].logprobs];
    return Math.max(...alone.map((logprob, i) => Math.abs(logprob - continued.logprobs[i])));
  } catch {
    return Infinity;
  }
}

export class OnnxCausalLM {
  readonly counters: ModelCounters = newCounters();

  private constructor(
    readonly record: ModelRecord,
    readonly tokenizer: TextTokenizer,
    private readonly session: CausalLMSession,
    private readonly batchLimit: BatchLimit,
    private readonly plan: PrefixPlan,
    private readonly cacheBudgetBytes: number,
    /** The token ids that end a generation (see stopTokenIds). */
    private readonly stopTokenIds: ReadonlySet<number>,
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
    const fingerprint = await hashFiles(dir, modelWeightFiles(dir));
    const sessionOptions: SessionOptions = {
      device: parseDevice(opts.device ?? 'cpu'),
      intraOpThreads: opts.intraOpThreads,
      interOpThreads: opts.interOpThreads,
      graphOptimizationLevel: opts.graphOptimizationLevel,
      memoryArena: opts.memoryArena,
      modelConfig: config,
    };
    const session = await loadSession(dir, fingerprint, sessionOptions, opts);
    const record: ModelRecord = {
      path: path.resolve(dir),
      fingerprint,
      tokenizerFingerprint: tokenizer.fingerprint,
      maxLength: opts.maxLength ?? configuredMaxLength(config, tokenizerConfig),
      hasPastKeyValues: session.signature.past !== null,
      logitsType: session.signature.logitsType,
      addBosToken: tokenizer.addBosToken,
    };
    const batchLimit: BatchLimit =
      batchSize === 'auto'
        ? {
            bytes: opts.memoryBudgetBytes ?? Math.floor(freemem() / 2),
            shape: modelShape(config, session.signature, session.scoring),
            maxRows: MAX_AUTO_BATCH_ROWS,
            padding: PADDED_TOKEN_RULES[session.device.kind],
          }
        : { rows: batchSize };
    let prefixReuse = opts.prefixReuse !== false && session.signature.past !== null;
    if (prefixReuse) {
      const error = await cacheContinuationError(session);
      if (!(error <= PREFIX_REUSE_TOLERANCE)) {
        (opts.onWarning ?? warnOnStderr)(
          `prefix reuse is off for ${dir}: continuing from a padded key/value cache changes its log-probabilities (by ${error.toPrecision(2)}); every option runs in full instead`,
        );
        prefixReuse = false;
      }
    }
    const plan: PrefixPlan = !prefixReuse ? 'full-rows' : opts.prefixTree === false ? 'documents' : 'tree';
    return new OnnxCausalLM(
      record,
      tokenizer,
      session,
      batchLimit,
      plan,
      opts.cacheBudgetBytes ?? Math.floor(freemem() / 4),
      stopTokenIds(dir, config, tokenizer),
    );
  }

  get device(): string {
    return this.session.device.kind === 'cpu' ? 'cpu' : `cuda:${this.session.device.deviceId}`;
  }

  /** Where log-probabilities are computed: before the LM head in the graph, from logits in the graph, or on the host. */
  get scoring(): ScoringMode {
    return this.session.scoring;
  }

  async loglikelihood(requests: LoglikelihoodRequest[], onProgress?: ProgressCallback): Promise<LoglikelihoodResult[]> {
    const tokenized = tokenizeRequests(this.tokenizer, requests);
    const rows = PLANS[this.plan](tokenized, this.record.maxLength);
    const replan = (passRows: PassRow[]) => planPasses(passRows, this.batchLimit, this.record.maxLength);
    const lengths = tokenized.map((request) => request.continuationIds.length);
    return scorePlan(this.session, planBatches(rows, this.batchLimit, this.record.maxLength), lengths, this.counters, {
      replan,
      cacheBudgetBytes: this.cacheBudgetBytes,
      onProgress,
    });
  }

  /** How many of these requests lose the start of their context to the model's maximum length. */
  truncatedRequests(requests: LoglikelihoodRequest[]): number {
    return tokenizeRequests(this.tokenizer, requests).filter((request) => isLeftTruncated(request, this.record.maxLength)).length;
  }

  /** How many of these generation requests lose the start of their context (see generationContext). */
  truncatedGenerations(requests: GenerationRequest[]): number {
    return requests.filter((request) => this.generationContext(request).truncated).length;
  }

  /** A generation context's tokens before truncation: BOS (unless the text starts with it) and the text's tokens. */
  private contextIds(context: string): number[] {
    return withBos(this.tokenizer, context, this.tokenizer.encode(context));
  }

  /** How many tokens the model sees for a generation context before any truncation (for callers that size maxNewTokens to fit). */
  contextTokenCount(context: string): number {
    return this.contextIds(context).length;
  }

  /**
   * lm-eval leaves room for the answer: the context keeps its last (max_length - max_gen_toks) tokens. As its
   * `tok_batch_encode`, no BOS is added to a context that starts with the BOS text (a chat template's own BOS).
   */
  private generationContext({ context, maxNewTokens }: GenerationRequest): { ids: number[]; truncated: boolean } {
    const all = this.contextIds(context);
    const ids = all.slice(-Math.max(1, this.record.maxLength - maxNewTokens));
    return { ids, truncated: ids.length < all.length };
  }

  /**
   * Greedy or sampled decoding (per request) in batches of up to --batch-size requests (16 with `auto`), longest
   * contexts first as lm-eval orders them, answers in request order. Graphs with a key/value cache decode on it when
   * the load-time check found that they continue a right-padded cache correctly (prefix reuse on); otherwise one
   * request at a time.
   */
  async generate(requests: GenerationRequest[], onProgress?: ProgressCallback): Promise<string[]> {
    return (await this.generateWithCounts(requests, onProgress)).map((generation) => generation.text);
  }

  /** `generate`, with each answer's context and new token counts. */
  async generateWithCounts(requests: GenerationRequest[], onProgress?: ProgressCallback): Promise<Generation[]> {
    const usePast = this.session.signature.past !== null;
    const batchRows = usePast && this.plan === 'full-rows' ? 1 : 'rows' in this.batchLimit ? this.batchLimit.rows : AUTO_GENERATION_ROWS;
    const rows = requests.map((request) => ({
      ids: this.generationContext(request).ids,
      until: request.until,
      maxNewTokens: request.maxNewTokens,
      sampling: samplingOf(request),
    }));
    const order = rows.map((_, i) => i).sort((a, b) => rows[b].ids.length - rows[a].ids.length || a - b);
    const outputs: Generation[] = new Array(requests.length);
    let done = 0;
    for (let start = 0; start < order.length; start += batchRows) {
      const batch = order.slice(start, start + batchRows);
      let texts: GeneratedText[];
      try {
        texts = await generateBatch(
          this.session,
          this.tokenizer,
          this.counters,
          batch.map((i) => rows[i]),
          {
            maxLength: this.record.maxLength,
            usePast,
            stopTokenIds: this.stopTokenIds,
            onFinished: () => onProgress?.(++done, requests.length),
          },
        );
      } catch (err) {
        if (!(err instanceof OnnxRunError || err instanceof DeviceMemoryError)) throw err;
        throw new ScoringError(`onnxruntime failed while generating: ${oneLine(err.message)}`, batch);
      }
      batch.forEach((i, k) => (outputs[i] = { ...texts[k], contextTokens: rows[i].ids.length }));
    }
    return outputs;
  }

  async dispose(): Promise<void> {
    await this.session.dispose();
  }
}
