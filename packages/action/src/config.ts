/**
 * ftbench.yml: which tasks and suites to score, how, and the gates that fail the check.
 * Parsed with `yaml`, checked against the shipped JSON Schema (every problem at once, each
 * naming its key path), then turned into plain data: evaluator task names and gate configs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_STOP_SETTINGS,
  FtbenchError,
  MT_BENCH_CATEGORIES,
  MT_BENCH_TASK,
  checkAgainstSchema,
  formatGateTarget,
  formatTaskRef,
  isHubSuite,
  loadTaskRegistry,
  parseTaskRef,
  suiteTaskName,
  type BestBalanceRule,
  type GateConfig,
  type loadSuiteAt,
  type MetricName,
  type RevisionPins,
  type SchemaProblem,
  type StopSettings,
} from '@ftbench/core';
import { parseDocument } from 'yaml';
import { CONFIG_SCHEMA } from './config-schema.js';

/** One metric's limits; the names of GateConfig without its target and metric. */
export type GateLimits = Omit<GateConfig, 'target' | 'metric'>;
export type MetricGates = Partial<Record<MetricName, GateLimits>>;

export interface TaskEntry {
  /** What the evaluator takes: a task or group name, or `suite:<absolute path>`. */
  task: string;
  /** Where the entry is written, for messages: `tasks[2]` of the config file, or `the tasks input`. */
  at: string;
  gates: MetricGates;
  /** Per-category gates (custom suites and mt_bench). */
  categories: Record<string, MetricGates>;
  /** The entry's own `num-fewshot`; it wins over `options.num-fewshot`. */
  numFewshot?: number;
}

/** Options that change the prompts or the documents scored, so they are part of the baseline cache key. */
export interface ScoringOptions {
  /** One count for every task (`options.num-fewshot`), or per task when entries set their own `num-fewshot`. */
  numFewshot?: number | Record<string, number>;
  limit?: number;
  fewshotSeed?: number;
  maxLength?: number;
  /** `dataset-revisions:`, the Hub revision per task or dataset; absent when nothing is pinned. */
  datasetRevisions?: RevisionPins;
  /** `apply-chat-template`, `system-instruction`, `fewshot-as-multiturn`: the evaluator's chat options. */
  applyChatTemplate?: boolean | string;
  systemInstruction?: string;
  fewshotAsMultiturn?: boolean;
}

export interface FtbenchConfig {
  tasks: TaskEntry[];
  options: ScoringOptions;
  /** `options.num-fewshot` when entries set their own counts (options.numFewshot is then per task): what a task the tasks input adds gets. */
  defaultNumFewshot?: number;
  /** The `stop:` section, defaults filled in. */
  stop: StopSettings;
}

/** The config's `options.num-fewshot`. */
function defaultFewshotOf(config: FtbenchConfig | null): number | undefined {
  return typeof config?.options.numFewshot === 'number' ? config.options.numFewshot : config?.defaultNumFewshot;
}

function withFewshot(tasks: TaskEntry[], options: ScoringOptions, defaultNumFewshot: number | undefined, stop: StopSettings): FtbenchConfig {
  const numFewshot = fewshotSetting(tasks, defaultNumFewshot);
  const { numFewshot: _previous, ...rest } = options;
  return {
    tasks,
    options: numFewshot === undefined ? rest : { numFewshot, ...rest },
    ...(typeof numFewshot === 'object' && defaultNumFewshot !== undefined ? { defaultNumFewshot } : {}),
    stop,
  };
}

/** The evaluator's few-shot setting: one count, or per entry its own count, else the default. */
function fewshotSetting(tasks: readonly TaskEntry[], defaultNumFewshot: number | undefined): ScoringOptions['numFewshot'] {
  if (tasks.every((entry) => entry.numFewshot === undefined)) return defaultNumFewshot;
  const counts = tasks.map((entry) => [entry.task, entry.numFewshot ?? defaultNumFewshot] as const).filter(([, n]) => n !== undefined);
  return Object.fromEntries(counts) as Record<string, number>;
}

/** Where a task that only the tasks input names is written. */
const TASKS_INPUT = 'the tasks input';

const SCHEMA_HINT = 'See docs/action.md for the format; schema/ftbench.schema.json gives completion in editors.';

/** Reads and checks the config file. */
export function loadConfig(file: string): FtbenchConfig {
  return parseConfig(readFileSync(file, 'utf8'), file);
}

export function parseConfig(text: string, file: string): FtbenchConfig {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new FtbenchError(`${file} is not valid YAML:\n${document.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  const raw: unknown = document.toJS();
  const problems = [...checkAgainstSchema(raw, CONFIG_SCHEMA)];
  if (problems.length === 0) problems.push(...semanticProblems(raw as RawConfig));
  if (problems.length > 0) throw configError(file, problems);
  return toConfig(raw as RawConfig, path.dirname(path.resolve(file)));
}

/** One problem on one line (`file: key.path: what is wrong`), several as a list. */
function configError(file: string, problems: readonly SchemaProblem[]): FtbenchError {
  const where = (at: string) => at || '(top level)';
  if (problems.length === 1) return new FtbenchError(`${file}: ${where(problems[0].path)}: ${problems[0].message}`, SCHEMA_HINT);
  return new FtbenchError(
    `${file} has ${problems.length} problems:\n${problems.map((problem) => `  - ${where(problem.path)}: ${problem.message}`).join('\n')}`,
    SCHEMA_HINT,
  );
}

interface RawGate {
  'max-drop'?: number;
  'max-drop-relative'?: number;
  min?: number;
  target?: number;
  'require-significant'?: boolean;
  alpha?: number;
}
type RawMetricGates = Partial<Record<MetricName, RawGate>>;
interface RawTask {
  task?: string;
  suite?: string;
  'num-fewshot'?: number;
  gates?: RawMetricGates;
  categories?: Record<string, RawMetricGates>;
}
interface RawConfig {
  tasks: (string | RawTask)[];
  options?: {
    'num-fewshot'?: number;
    limit?: number;
    'fewshot-seed'?: number;
    'max-length'?: number;
    'apply-chat-template'?: boolean | string;
    'system-instruction'?: string;
    'fewshot-as-multiturn'?: boolean;
  };
  'dataset-revisions'?: Record<string, string>;
  stop?: { 'min-gain'?: number; 'best-balance'?: BestBalanceRule };
}

const LIMIT_KEYS = ['max-drop', 'max-drop-relative', 'min', 'target'] as const;

/** What the schema cannot say: one of task/suite, categories on suites only, gates that can fire. */
function semanticProblems(raw: RawConfig): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const checkGates = (gates: RawMetricGates | undefined, at: string) => {
    for (const [metric, gate] of Object.entries(gates ?? {})) {
      if (!LIMIT_KEYS.some((key) => gate[key] !== undefined)) {
        problems.push({ path: `${at}.${metric}`, message: `sets no limit, so it could never fail; set one of: ${LIMIT_KEYS.join(', ')}` });
      }
    }
  };
  raw.tasks.forEach((entry, i) => {
    const at = `tasks[${i}]`;
    if (typeof entry === 'string') return;
    if ((entry.task === undefined) === (entry.suite === undefined)) {
      problems.push({ path: at, message: 'give either `task` (a task or group name) or `suite` (a suite file), not both or neither' });
    }
    if (entry.categories && entry.suite === undefined && entry.task !== MT_BENCH_TASK) {
      problems.push({
        path: `${at}.categories`,
        message: `per-category gates need a custom suite (\`suite:\`) or ${MT_BENCH_TASK}; lm-eval tasks have no categories`,
      });
    }
    checkGates(entry.gates, `${at}.gates`);
    for (const [category, gates] of Object.entries(entry.categories ?? {})) checkGates(gates, `${at}.categories.${category}`);
  });
  if (raw.options?.['fewshot-as-multiturn'] === true && !raw.options['apply-chat-template']) {
    problems.push({ path: 'options.fewshot-as-multiturn', message: 'needs apply-chat-template: few-shot turns are chat messages' });
  }
  return problems;
}

function toLimits(gate: RawGate): GateLimits {
  const limits: GateLimits = {
    maxDrop: gate['max-drop'],
    maxDropRelative: gate['max-drop-relative'],
    min: gate.min,
    targetValue: gate.target,
    requireSignificant: gate['require-significant'],
    alpha: gate.alpha,
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)) as GateLimits;
}

function toMetricGates(gates: RawMetricGates | undefined): MetricGates {
  return Object.fromEntries(Object.entries(gates ?? {}).map(([metric, gate]) => [metric, toLimits(gate)]));
}

/** `suite:x.jsonl` with x relative to `baseDir`, made absolute; task names pass through. */
export function resolveTaskName(name: string, baseDir: string): string {
  const ref = parseTaskRef(name);
  // A suite in a Hub dataset repository (suite:hf://org/name) is no path.
  if (ref.kind === 'registered' || isHubSuite(ref.location)) return name;
  return formatTaskRef({ kind: 'suite', location: path.resolve(baseDir, ref.location) });
}

function toConfig(raw: RawConfig, baseDir: string): FtbenchConfig {
  const tasks = raw.tasks.map((entry, i): TaskEntry => {
    const at = `tasks[${i}]`;
    if (typeof entry === 'string') return { task: resolveTaskName(entry, baseDir), at, gates: {}, categories: {} };
    const name = entry.task ?? formatTaskRef({ kind: 'suite', location: entry.suite as string });
    return {
      task: resolveTaskName(name, baseDir),
      at,
      gates: toMetricGates(entry.gates),
      categories: Object.fromEntries(Object.entries(entry.categories ?? {}).map(([category, gates]) => [category, toMetricGates(gates)])),
      ...(entry['num-fewshot'] === undefined ? {} : { numFewshot: entry['num-fewshot'] }),
    };
  });
  const options = raw.options ?? {};
  const scoring: ScoringOptions = {
    limit: options.limit,
    fewshotSeed: options['fewshot-seed'],
    maxLength: options['max-length'],
    applyChatTemplate: options['apply-chat-template'],
    systemInstruction: options['system-instruction'],
    fewshotAsMultiturn: options['fewshot-as-multiturn'],
    datasetRevisions: Object.keys(raw['dataset-revisions'] ?? {}).length > 0 ? raw['dataset-revisions'] : undefined,
  };
  const stop: StopSettings = {
    minGain: raw.stop?.['min-gain'] ?? DEFAULT_STOP_SETTINGS.minGain,
    bestBalance: raw.stop?.['best-balance'] ?? DEFAULT_STOP_SETTINGS.bestBalance,
  };
  return withFewshot(tasks, Object.fromEntries(Object.entries(scoring).filter(([, value]) => value !== undefined)), options['num-fewshot'], stop);
}

/**
 * The `tasks` input replaces the config's list; a task the config also lists keeps its gates.
 * Suite paths in the input are relative to the workspace.
 */
export function overrideTasks(config: FtbenchConfig | null, tasks: string[], workspace: string): FtbenchConfig {
  const configured = new Map((config?.tasks ?? []).map((entry) => [entry.task, entry]));
  const entries = tasks.map((name) => {
    const task = resolveTaskName(name, workspace);
    return configured.get(task) ?? { task, at: TASKS_INPUT, gates: {}, categories: {} };
  });
  return withFewshot(entries, config?.options ?? {}, defaultFewshotOf(config), config?.stop ?? DEFAULT_STOP_SETTINGS);
}

/**
 * Gate configs for compareResults. `suiteNames` maps each `suite:<path>` task to the suite's name,
 * since compare targets a suite as `suite:<name>` and a category as `suite:<name>/<category>`
 * (mt_bench's as `mt_bench/<category>`).
 */
export function gateConfigs(tasks: readonly TaskEntry[], suiteNames: ReadonlyMap<string, string>): GateConfig[] {
  const gatesOf = (target: string, gates: MetricGates): GateConfig[] =>
    Object.entries(gates).map(([metric, limits]) => ({ target, metric: metric as MetricName, ...limits }));
  return tasks.flatMap((entry) => {
    const suite = suiteNames.get(entry.task);
    const target = suite === undefined ? entry.task : suiteTaskName(suite);
    return [
      ...gatesOf(target, entry.gates),
      ...Object.entries(entry.categories).flatMap(([category, gates]) => gatesOf(formatGateTarget({ task: target, category }), gates)),
    ];
  });
}

/** What a task list entry's results will report, known before scoring: from the task registry, or from the loaded suite. */
export interface ReportedScores {
  /** The name its results use: truthfulqa_mc2, mmlu, suite:pharmacy. */
  name: string;
  metrics: readonly MetricName[];
  /** A suite's categories among the items scored, or MT-Bench's; undefined for lm-eval tasks and groups. */
  categories?: readonly string[];
}

/** What an lm-eval task or group reports, by the task registry; an unknown name throws its FtbenchError (with suggestions). */
export async function registryScores(): Promise<(name: string) => ReportedScores> {
  const registry = await loadTaskRegistry();
  return (name) => {
    // MT-Bench is judged apart from the registry's tasks; its questions come in these categories.
    if (name === MT_BENCH_TASK) return { name, metrics: ['score'], categories: MT_BENCH_CATEGORIES };
    const group = registry.getGroup(name);
    // A tag or preset (ai2_arc, openllm) stands for tasks reported one by one: nothing of its own to gate.
    if (group === undefined) return { name, metrics: registry.resolve([name]).tasks.some((task) => task.name === name) ? registry.getTask(name).metrics : [] };
    // A group reports the metrics it declares that some member task has.
    const leafMetrics = new Set<MetricName>(registry.resolve([name]).tasks.flatMap((task) => task.metrics));
    return { name, metrics: group.metrics.filter((metric) => leafMetrics.has(metric)) };
  };
}

/** What a loaded suite reports; with `limit` only the first items are scored, so a category beyond them is never reported. */
export function suiteScores(suite: Awaited<ReturnType<typeof loadSuiteAt>>, options: ScoringOptions): ReportedScores {
  const scored = suite.items.slice(0, options.limit ?? suite.items.length);
  return { name: suiteTaskName(suite.name), metrics: suite.task.metrics, categories: [...new Set(scored.map((item) => item.category))].sort() };
}

/**
 * Every task is known, and every gate names a metric its task reports and, for suites, a category
 * it has: checked before any scoring, so a typo costs seconds, not the hours of scoring both
 * models. `file` names the config in the message; `reportedBy` throws an FtbenchError for an unknown task.
 */
export function checkGateTargets(config: FtbenchConfig, file: string, reportedBy: (task: string) => ReportedScores): void {
  const problems = config.tasks.flatMap((entry): SchemaProblem[] => {
    let reported: ReportedScores;
    try {
      reported = reportedBy(entry.task);
    } catch (error) {
      // A name from the tasks input has no place in the file: its own message says it all.
      if (error instanceof FtbenchError && entry.at !== TASKS_INPUT) return [{ path: entry.at, message: error.message }];
      throw error;
    }
    const metricProblems = (gates: MetricGates, at: string, of: string): SchemaProblem[] =>
      Object.keys(gates)
        .filter((metric) => !reported.metrics.includes(metric as MetricName))
        .map((metric) => ({ path: `${at}.${metric}`, message: `${of} reports ${reported.metrics.join(', ') || 'no metric'}, not ${metric}` }));
    const categories = reported.categories ?? [];
    return [
      ...metricProblems(entry.gates, `${entry.at}.gates`, reported.name),
      ...Object.entries(entry.categories).flatMap(([category, gates]): SchemaProblem[] => {
        const at = `${entry.at}.categories.${category}`;
        if (categories.includes(category)) return metricProblems(gates, at, `${reported.name}/${category}`);
        return [
          { path: at, message: `${reported.name} has no category "${category}" among the items scored (categories: ${categories.join(', ') || 'none'})` },
        ];
      }),
    ];
  });
  if (problems.length > 0) throw configError(file, problems);
}
