/**
 * The versioned results schema: what `ftbench eval` writes and what the reporter and the
 * action read. Bump RESULTS_SCHEMA_VERSION on any breaking change; files read back (a cached
 * baseline, an artifact) go through `parseResults` (results-reader.ts), which checks them against
 * RESULTS_JSON_SCHEMA.
 */
import type { MetricName, TaskGroup } from './tasks/types.js';

export const RESULTS_SCHEMA_VERSION = 1 as const;

export interface MetricValue {
  value: number;
  /** lm-eval's stderr: sample std (n-1) / sqrt(n); pooled for groups. Null when n < 2. */
  stderr: number | null;
}

export type Metrics = Partial<Record<MetricName, MetricValue>>;

export interface DatasetRecord {
  source: 'local' | 'hub';
  path: string;
  name?: string;
  split: string;
  /** Hub commit sha, or sha256 of the local files that were read. */
  revision: string;
}

export interface CategoryResult {
  n: number;
  metrics: Metrics;
}

export interface TaskResult {
  name: string;
  kind: 'standard' | 'suite' | 'mt-bench';
  /** Task definition version (lm-eval `metadata.version`, or the suite's content hash). */
  version: string;
  /** sha256 over the definition, the few-shot setting and every prompt built: equal hashes mean comparable scores. */
  hash: string;
  numFewshot: number;
  /** Number of documents scored. */
  n: number;
  /**
   * Documents in the evaluation split, present only when --limit scored fewer (lm-eval's `n-samples.original`):
   * such a score is for testing, not for comparing models.
   */
  nOriginal?: number;
  metrics: Metrics;
  /** Per-category breakdown (custom suites; MMLU subjects are tasks of their own). */
  categories?: Record<string, CategoryResult>;
  dataset: DatasetRecord;
  /** Generate-mode suites: answers in which no choice letter was found. */
  unparseable?: number;
  /** Signs of a broken model seen in this task's answers (see metrics/degenerate.ts); absent when none. */
  degenerate?: DegenerateSign[];
  /** Requests whose context was cut on the left to fit the model's maximum length; absent when none. */
  truncatedRequests?: number;
  /** MT-Bench only: how it was judged and what judging cost. */
  mtBench?: MtBenchTaskRecord;
}

/** MT-Bench's judging record (task kind `mt-bench`; its `score` metric and categories are FastChat's show_result averages). */
export interface MtBenchTaskRecord {
  /** The judge model's name (an API model, or `local:<fingerprint>` for --judge-model-dir). */
  judge: string;
  /** FastChat judge prompt names used (e.g. single-v1, single-math-v1-multi-turn). */
  judgePrompts: string[];
  /** `fastchat` (per-category temperatures) or `greedy`. */
  temperature: 'fastchat' | 'greedy';
  /** With `fastchat`: the run's sampling seed (each answer's seed derives from it, the question and the turn). */
  seed?: number;
  /** Mean rating per turn (1 and 2), over judgments that gave a rating. */
  turns: MetricValue[];
  /** Judgments with no parsable rating (FastChat's score -1): excluded from every average. */
  failedJudgments: number;
  /** Of those, judgments whose judge call failed for good (retries spent): FastChat's `$ERROR$` judgment. */
  judgeErrors?: number;
  judgeCalls: number;
  judgeCacheHits: number;
  judgePromptTokens: number;
  judgeCompletionTokens: number;
}

/** One MT-Bench turn of a question (SampleRecord.turns). */
export interface MtBenchTurnRecord {
  answer: string;
  /** 1–10, or -1 when the judgment had no rating. */
  rating: number;
  judgment: string;
  judgePrompt: string;
  /** Why the judge call failed for good (the judgment is then `$ERROR$`); absent when the judge answered. */
  judgeError?: string;
}

/** Every document got the same answer (when guessing would rarely do that), or every choice of every document the same log-likelihood. */
export type DegenerateSign = 'same-answer' | 'equal-loglikelihoods';

export interface GroupResult {
  name: string;
  members: string[];
  n: number;
  weightBySize: boolean;
  metrics: Metrics;
}

export interface SampleRecord {
  /** Index of the doc in the evaluation split (or the suite item's id). */
  docId: number | string;
  /** sha256 of the full context strings of this doc's requests, joined: identifies the prompt. */
  promptHash: string;
  gold: number;
  /** Log-likelihood per choice (empty in generate mode). */
  loglikelihoods: number[];
  isGreedy: boolean[];
  /** Per-doc metric values (acc and acc_norm are 0/1; truthfulqa_mc2's acc is a probability mass in [0,1]) – what paired tests consume. */
  metrics: Partial<Record<MetricName, number>>;
  prediction: number;
  category?: string;
  /** Generate mode: the model's raw answer. */
  generated?: string;
  /** MT-Bench: both turns of the question (docId is its question_id; metrics.score the mean of its rated turns). */
  turns?: MtBenchTurnRecord[];
}

export interface ModelRecord {
  path: string;
  /** sha256 over model.onnx and its external data files. */
  fingerprint: string;
  /** sha256 over tokenizer.json and tokenizer_config.json. */
  tokenizerFingerprint: string;
  maxLength: number;
  hasPastKeyValues: boolean;
  logitsType: string;
  addBosToken: boolean;
}

export interface RunConfig {
  tasks: string[];
  /** --num-fewshot as one count for every task; null when not given or given per name. */
  numFewshot: number | null;
  /** --num-fewshot given per task, group or suite name (`mmlu=5,arc_challenge=25`); each task's count is its `numFewshot`. */
  numFewshotByName?: Record<string, number>;
  batchSize: number | 'auto';
  device: string;
  limit: number | null;
  fewshotSeed: number;
  logSamples: boolean;
  /** --apply-chat-template: the model's template every prompt was rendered with; absent without one. */
  chatTemplate?: { name: string; file: string; sha256: string; text: string };
  /** --system-instruction, when given. */
  systemInstruction?: string;
  /** --fewshot-as-multiturn as applied (with a chat template only). */
  fewshotAsMultiturn?: boolean;
}

export interface Timings {
  totalSeconds: number;
  perTaskSeconds: Record<string, number>;
  requests: number;
  forwardPasses: number;
  tokensForwarded: number;
  /** Tokens the passes computed, right padding included (each pass: rows x its longest row); absent in files of older versions. */
  paddedTokens?: number;
  /** Requests taken from a resume checkpoint instead of being scored (present when checkpointing). */
  resumedRequests?: number;
  /** Merged shards: each shard's own timings, by shard index (the totals above are their sums). */
  shards?: (Omit<Timings, 'shards'> & { shard: number })[];
}

/** One task as a shard holds it: what merging needs besides the shard's sample records. */
export interface ShardTaskRecord {
  name: string;
  /** The hash of the whole task (every document's prompts), the same in every shard. */
  hash: string;
  kind: 'standard' | 'suite';
  version: string;
  numFewshot: number;
  /** Documents of the whole run (after --limit). */
  docs: number;
  docsInSplit: number;
  dataset: DatasetRecord;
  metrics: MetricName[];
  categorized: boolean;
  generate: boolean;
  /** Positions (in the whole run's document order) of the documents this shard scored, ascending; its samples follow them. */
  positions: number[];
  /** Number of choices of each of those documents. */
  choices: number[];
  /** Of this shard's requests, those left-truncated. */
  truncatedRequests: number;
}

/** Marks a shard results file (`ftbench eval --shard I/N`) and holds what `ftbench merge` needs and checks. */
export interface ShardRecord {
  /** 1-based. */
  index: number;
  count: number;
  /** How documents were given to shards (shard/plan.ts). */
  rule: string;
  /** Requests per scoring chunk: shards are made of whole chunks, and the chunks fix the batches. */
  chunkRequests: number;
  /** Every task of the run, in run order, even those this shard has no document of. */
  tasks: ShardTaskRecord[];
  /** The groups the whole run aggregates. */
  groups: TaskGroup[];
}

export interface EvalResults {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  ftbenchVersion: string;
  createdAt: string;
  /** The label given with `ftbench eval --name` (e.g. r8-ep2): how `ftbench compare` names this model; absent without one. */
  name?: string;
  config: RunConfig;
  model: ModelRecord;
  tasks: Record<string, TaskResult>;
  groups: Record<string, GroupResult>;
  timings: Timings;
  /** Per-task per-doc records, present with --log-samples. */
  samples?: Record<string, SampleRecord[]>;
  /** Warnings the run printed (a preset's members ftbench lacks, an ignored few-shot count); absent when none. */
  warnings?: string[];
  /**
   * Present only in a shard's file: its tasks hold the shard's documents only and its groups are empty;
   * `ftbench merge` turns a complete set into whole results. Never compare or gate on a shard.
   */
  shard?: ShardRecord;
}
