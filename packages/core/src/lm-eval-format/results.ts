/**
 * The results as lm-eval writes them (`results_<date>.json`; keys per `lm_eval/result_schema.py`):
 * `results` with `"<metric>,<filter>"` keys, `groups`, `group_subtasks`, `configs`, `versions`,
 * `n-shot`, `higher_is_better`, `n-samples`, `config`, `task_hashes`, `date` and environment versions.
 * A file of its own: `config` and `groups` mean other things in ftbench's schema v1, which stays as it is.
 */
import { execFileSync } from 'node:child_process';
import { env } from 'onnxruntime-node';
import type { Evaluation, TaskRun } from '../evaluator.js';
import type { GroupResult, MetricValue, TaskResult } from '../schema.js';
import { evaluationSplit } from '../tasks/splits.js';
import type { TaskGroup } from '../tasks/types.js';
import { FTBENCH_VERSION } from '../version.js';
import { PyFloat } from './python-json.js';
import { hashString, lmEvalSamples, lmEvalTaskHash } from './samples.js';

/** lm-eval's filter name for tasks without filters. */
const FILTER = 'none';

export interface LmEvalEnvironment {
  onnxruntimeVersion: string;
  nodeVersion: string;
  /** `git describe --always` of the working directory, as lm-eval records; null outside a repository. */
  gitHash: string | null;
}

/** The versions ftbench runs with, and the git commit of the working directory when there is one. */
export function currentEnvironment(cwd: string = process.cwd()): LmEvalEnvironment {
  let gitHash: string | null = null;
  try {
    gitHash = execFileSync('git', ['describe', '--always'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    gitHash = null;
  }
  return { onnxruntimeVersion: env.versions.node ?? env.versions.common, nodeVersion: process.version, gitHash };
}

/** lm-eval's `sanitize_model_name`: the folder `--output_path DIR` writes into. */
export function sanitizeModelName(name: string): string {
  return name.replace(/["<>:/|\\?*[\]]+/g, '__');
}

/** A metric value as lm-eval writes it: a float, and a stderr of "N/A" where it cannot be computed. */
function metricEntries(metrics: Partial<Record<string, MetricValue>>): Record<string, PyFloat | string> {
  const entries: Record<string, PyFloat | string> = {};
  for (const [name, metric] of Object.entries(metrics)) {
    if (!metric) continue;
    entries[`${name},${FILTER}`] = new PyFloat(metric.value);
    entries[`${name}_stderr,${FILTER}`] = metric.stderr === null ? 'N/A' : new PyFloat(metric.stderr);
  }
  return entries;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The task's effective config, in lm-eval's YAML keys (its prompt functions are code, so they are named, not dumped). */
function taskConfig(run: TaskRun): Record<string, unknown> {
  const { task, numFewshot, kind, generate } = run.prepared;
  return {
    task: task.name,
    ...(task.alias ? { task_alias: task.alias } : {}),
    dataset_path: task.dataset.path,
    dataset_name: task.dataset.name ?? null,
    training_split: task.trainingSplit ?? null,
    validation_split: task.validationSplit ?? null,
    test_split: task.testSplit ?? null,
    fewshot_split: task.fewshotSplit ?? null,
    description: '',
    target_delimiter: task.targetDelimiter ?? ' ',
    fewshot_delimiter: task.fewshotDelimiter ?? '\n\n',
    fewshot_config: { sampler: task.fewshotSampler ?? 'default' },
    num_fewshot: numFewshot,
    metric_list: task.metrics.map((metric) => ({ metric, aggregation: 'mean', higher_is_better: true })),
    output_type: generate ? 'generate_until' : 'multiple_choice',
    ...(generate ? { generation_kwargs: { until: ['\n\n'], max_gen_toks: generate.maxNewTokens } } : {}),
    repeats: 1,
    should_decontaminate: false,
    metadata: { version: kind === 'suite' ? task.version : new PyFloat(Number(task.version)) },
    // What lm-eval's dump does not have: where ftbench read the data and which split it scored.
    ftbench: { kind, evaluation_split: evaluationSplit(task), dataset: run.prepared.dataset },
  };
}

interface GroupLike {
  name: string;
  alias: string;
  children: string[];
  version: string;
}

function groupEntry(group: GroupResult, alias: string): Record<string, unknown> {
  return { name: group.name, alias, sample_len: group.n, ...metricEntries(group.metrics) };
}

export interface LmEvalResultsOptions {
  environment: LmEvalEnvironment;
  /** Seconds since the epoch when the run started (lm-eval's `date`). */
  startDate: number;
  /** The model as the user named it (lm-eval's `model_name`, and the output folder's name); default its resolved path. */
  modelName?: string;
}

export function lmEvalResults(evaluation: Evaluation, options: LmEvalResultsOptions): Record<string, unknown> {
  const { results, runs, selection } = evaluation;
  const taskResult = (name: string): TaskResult => results.tasks[name];
  const groups: GroupLike[] = [
    ...(selection?.presets ?? []).map((p) => ({
      name: p.name,
      alias: p.alias,
      // A tag member stands for its tasks, as lm-eval expands it inside the group.
      children: p.members.flatMap((m) => selection?.tags.find((t) => t.name === m.name)?.members ?? [m.name]),
      version: '2',
    })),
    ...(selection?.groups ?? []).map((g: TaskGroup) => ({ name: g.name, alias: g.alias ?? g.name, children: [...g.members], version: g.version })),
  ];
  const taskEntries: Record<string, unknown> = {};
  const configs: Record<string, unknown> = {};
  const versions: Record<string, unknown> = {};
  const nShot: Record<string, number> = {};
  const higherIsBetter: Record<string, Record<string, boolean>> = {};
  const nSamples: Record<string, { original: number; effective: number }> = {};
  const taskHashes: Record<string, string> = {};
  for (const run of runs) {
    const name = run.prepared.task.name;
    const result = taskResult(name);
    taskEntries[name] = { name, alias: run.prepared.task.alias ?? name, sample_len: result.n, ...metricEntries(result.metrics) };
    configs[name] = taskConfig(run);
    versions[name] = run.prepared.kind === 'suite' ? result.version : new PyFloat(Number(result.version));
    nShot[name] = result.numFewshot;
    higherIsBetter[name] = Object.fromEntries(run.prepared.task.metrics.map((metric) => [metric, true]));
    nSamples[name] = { original: run.prepared.docsInSplit, effective: result.n };
    // lm-eval hashes tasks only when it logs samples.
    if (results.config.logSamples) taskHashes[name] = lmEvalTaskHash(lmEvalSamples(run));
  }
  const groupResults: Record<string, unknown> = {};
  for (const group of groups) {
    const aggregated = results.groups[group.name];
    taskEntries[group.name] = aggregated ? groupEntry(aggregated, group.alias) : { alias: group.alias, name: group.name };
    if (aggregated) groupResults[group.name] = taskEntries[group.name];
    versions[group.name] = group.version;
  }
  // lm-eval's `_propagate_num_fewshot` / `_propagate_higher_is_better`, children before parents.
  for (const group of [...groups].reverse()) {
    const shots = new Set(group.children.filter((c) => c in nShot).map((c) => nShot[c]));
    if (shots.size === 1) nShot[group.name] = [...shots][0];
    const better: Record<string, boolean> = {};
    for (const child of group.children) Object.assign(better, higherIsBetter[child] ?? {});
    higherIsBetter[group.name] = better;
  }
  const modelName = options.modelName ?? results.model.path;
  return {
    results: taskEntries,
    ...(Object.keys(groupResults).length > 0 ? { groups: groupResults } : {}),
    group_subtasks: Object.fromEntries(groups.map((g) => [g.name, g.children])),
    configs: sortedByKey(configs),
    versions: sortedByKey(versions),
    'n-shot': sortedByKey(nShot),
    higher_is_better: sortedByKey(higherIsBetter),
    'n-samples': nSamples,
    config: {
      model: 'ftbench-onnx',
      model_args: `pretrained=${modelName}`,
      model_sha: results.model.fingerprint,
      batch_size: String(results.config.batchSize),
      batch_sizes: [],
      device: results.config.device,
      use_cache: null,
      limit: results.config.limit,
      bootstrap_iters: 0,
      gen_kwargs: null,
      fewshot_seed: results.config.fewshotSeed,
    },
    git_hash: options.environment.gitHash,
    date: new PyFloat(options.startDate),
    pretty_env_info: `ftbench ${FTBENCH_VERSION}, onnxruntime-node ${options.environment.onnxruntimeVersion}, Node.js ${options.environment.nodeVersion}`,
    transformers_version: 'N/A',
    lm_eval_version: 'N/A',
    upper_git_hash: null,
    ftbench_version: FTBENCH_VERSION,
    onnxruntime_version: options.environment.onnxruntimeVersion,
    node_version: options.environment.nodeVersion,
    max_length: results.model.maxLength,
    task_hashes: taskHashes,
    model_source: 'ftbench-onnx',
    model_name: modelName,
    model_name_sanitized: sanitizeModelName(modelName),
    system_instruction: results.config.systemInstruction ?? null,
    system_instruction_sha: results.config.systemInstruction ? hashString(results.config.systemInstruction) : null,
    fewshot_as_multiturn: results.config.fewshotAsMultiturn ?? false,
    chat_template: results.config.chatTemplate?.text ?? null,
    chat_template_sha: results.config.chatTemplate?.sha256 ?? null,
    total_evaluation_time_seconds: String(results.timings.totalSeconds),
  };
}
