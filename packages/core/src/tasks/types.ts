/**
 * Declarative task definitions, modelled on lm-evaluation-harness v0.4.x task YAML.
 * A task family (one file in tasks/families/) exports its tasks, groups and where its original
 * release keeps its files; registry.ts lists the families, so a benchmark lives in its one file.
 */
import type { LocalRelease } from '../data/release-files.js';

/** A dataset as lm-evaluation-harness names it on the Hugging Face Hub (`dataset_path`, `dataset_name`). */
export interface DatasetRef {
  path: string;
  name?: string;
  /** Hub revision (branch, tag or commit sha) to read, lm-eval's `dataset_kwargs.revision`; default `main`. */
  revision?: string;
}

/** One row of a split, in the Hub's column layout for that dataset (what lm-eval's task code sees). */
export type RawDoc = Record<string, unknown>;

/**
 * Metric names as lm-eval reports them (truthfulqa_mc2's score is reported as `acc`, as lm-eval does);
 * `score` is MT-Bench's judge rating on FastChat's 1–10 scale (not a fraction: gates on it are in score points).
 */
export type MetricName = 'acc' | 'acc_norm' | 'score';

/** Per-choice outcome of a log-likelihood request. */
export interface LoglikelihoodResult {
  loglikelihood: number;
  isGreedy: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: a family's documents are typed where it defines them; the registry holds them all
export interface TaskDefinition<Doc = any> {
  /** Task name as lm-eval spells it, e.g. `mmlu_abstract_algebra`, `arc_challenge`. */
  name: string;
  /** One line for `ftbench tasks`: what the task measures. */
  about?: string;
  /** lm-eval `task_alias`: the name its results show (`anatomy` for mmlu_anatomy); default the name. */
  alias?: string;
  /** lm-eval's `metadata.version` of the task; part of the task hash. */
  version: string;
  dataset: DatasetRef;
  trainingSplit?: string;
  validationSplit?: string;
  testSplit?: string;
  fewshotSplit?: string;
  /** lm-eval `process_docs`: applied to evaluation and few-shot docs alike. */
  processDoc?: (raw: RawDoc) => Doc;
  /** lm-eval `description`, prepended once before the few-shot examples. */
  description?: (doc: Doc) => string;
  /** lm-eval `doc_to_text`: a string, or an index into the choices (multiple-input tasks such as winogrande). */
  docToText: (doc: Doc) => string | number;
  docToChoice: (doc: Doc) => string[];
  /** lm-eval `doc_to_target`: an index into the choices, or the continuation string for multiple-input tasks. */
  docToTarget: (doc: Doc) => number | string;
  /** Default " ". */
  targetDelimiter?: string;
  /** Default "\n\n". */
  fewshotDelimiter?: string;
  /** lm-eval `fewshot_config.sampler`; default `default` (seeded random.sample). */
  fewshotSampler?: 'default' | 'first_n';
  /**
   * lm-eval `num_fewshot`: used when the user gives no count. An explicit 0 (TruthfulQA, whose prompt
   * holds its own examples) is one lm-eval never overrides: a manual count is ignored with a warning.
   */
  defaultNumFewshot?: number;
  metrics: MetricName[];
  /** lm-eval `process_results` override (truthfulqa_mc2). Receives per-choice results in choice order. */
  processResults?: (doc: Doc, results: LoglikelihoodResult[]) => Partial<Record<MetricName, number>>;
}

/** An lm-eval group (e.g. `mmlu`, `mmlu_stem`): aggregates its members' metrics. */
export interface TaskGroup {
  name: string;
  /** One line for `ftbench tasks`. */
  about?: string;
  /** lm-eval `group_alias` (`stem` for mmlu_stem); default the name. */
  alias?: string;
  /** Member tasks or groups. */
  members: string[];
  /** lm-eval `aggregate_metric_list[].weight_by_size`. */
  weightBySize: boolean;
  metrics: MetricName[];
  version: string;
}

/** An lm-eval member ftbench does not have, and why. */
export interface MissingMember {
  name: string;
  reason: string;
}

/**
 * An lm-eval tag (`ai2_arc`, `truthfulqa`): a name for several tasks, reported one by one with no
 * aggregate. When lm-eval's tag also holds tasks ftbench lacks, the name is refused, so a run never
 * quietly scores less than lm-eval's would.
 */
export interface TaskTag {
  name: string;
  about: string;
  members: string[];
  missing?: MissingMember[];
}

/** One member of a preset, with the settings lm-eval's group applies to it. */
export interface PresetMember {
  /** A task, group or tag. */
  name: string;
  numFewshot: number;
  /**
   * lm-eval's `fewshot_split` override. Besides naming the split, it changes the draws: lm-eval draws
   * one extra example only while `fewshot_split` equals `test_split`, so setting it on a task without a
   * test split (HellaSwag, Winogrande) makes each doc draw k examples instead of k + 1.
   */
  fewshotSplit?: string;
}

/**
 * A group of lm-eval's `benchmarks/` (`openllm`): tasks with their shot counts, no aggregate
 * metric. Members ftbench lacks are named in a warning and the rest is scored.
 */
export interface TaskPreset {
  name: string;
  /** lm-eval `group_alias`. */
  alias: string;
  about: string;
  members: PresetMember[];
  missing: MissingMember[];
}

/** What one file in tasks/families/ exports as `family`. */
export interface TaskFamily {
  tasks: TaskDefinition[];
  /** Where the benchmark's original release keeps its splits, for --data-dir. */
  localRelease?: LocalRelease;
  groups?: TaskGroup[];
  tags?: TaskTag[];
  presets?: TaskPreset[];
}
