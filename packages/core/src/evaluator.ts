/**
 * `simpleEvaluate`: the library entry point, and what `ftbench eval` calls. Resolves tasks,
 * reads their data, builds every prompt before any scoring (so a data mistake fails in seconds,
 * not after an hour), scores, then aggregates into the versioned results schema.
 */
import { createHash } from 'node:crypto';
import { buildWithChat, chatHashIdentity, chatRecord, resolveChatSettings, type ChatOptions, type ChatRecord, type ChatSettings } from './chat-settings.js';
import { checkpointFile, CheckpointStore, generationRequestKey, loglikelihoodRequestKey, modelCheckpointKey, scoreResumable } from './checkpoint/index.js';
import { HubClient, HubSource, assertPinsApply, isHubSuite, loadSuiteAt, pinnedDataset, type RevisionPins } from './data/hub/index.js';
import { LocalReleaseSource } from './data/local-release.js';
import type { DatasetSource } from './data/source.js';
import { FtbenchError } from './errors.js';
import { aggregateGroups, scoreMultipleChoice } from './metrics/index.js';
import { taskResultFromSamples, type TaskSummaryFacts } from './metrics/task-result.js';
import { OnnxCausalLM, ScoringError, type LoadModelOptions } from './model/causal-lm.js';
import { createProgress, type ProgressSink } from './progress.js';
import { RESULTS_SCHEMA_VERSION, type DatasetRecord, type EvalResults, type SampleRecord, type TaskResult } from './schema.js';
import { parseGeneratedAnswer, type Suite } from './suites/index.js';
import { DEFAULT_FEWSHOT_SEED } from './tasks/fewshot.js';
import { assertFewshotNamesSelected, chooseStandardFewshot, requestedFewshot, type FewshotSetting } from './tasks/fewshot-setting.js';
import { buildDocRequests, type DocRequests } from './tasks/prompt.js';
import { loadTaskRegistry, type ResolvedSelection } from './tasks/registry.js';
import { evaluationSplit, fewshotSplit } from './tasks/splits.js';
import type { LoglikelihoodResult, MetricName, RawDoc, TaskDefinition, TaskGroup } from './tasks/types.js';
import { FTBENCH_VERSION } from './version.js';
import { parseTaskRef } from './task-ref.js';
import { sha256Hex } from './hash.js';
import type { ShardSpec } from './shard/plan.js';
import { keepDocuments, shardCheckpointTag, shardPositions, shardRecord, type ScoredShardTask } from './shard/run.js';
import { judgeFlagsGiven, openJudge, prepareMtBenchTask, type MtBenchOptions } from './mt-bench/options.js';
import { MT_BENCH_TASK } from './mt-bench/data.js';
import { runMtBench } from './mt-bench/run.js';

export { DEFAULT_FEWSHOT_SEED };
export interface EvaluateOptions extends LoadModelOptions, ChatOptions, MtBenchOptions {
  /** A model directory, or a model already loaded (its own load options then apply). */
  model: string | OnnxCausalLM;
  /** Task and group names (`mmlu`, `arc_easy`, `mt_bench`, ...) and custom suites as `suite:path/to/file.jsonl`. */
  tasks: string[];
  /**
   * Few-shot examples per prompt: one count for every task, or counts by task, group, tag, preset or
   * suite name (the most specific wins). A task whose lm-eval config fixes 0 (TruthfulQA) keeps 0, with a warning.
   */
  numFewshot?: FewshotSetting;
  /** Score only the first N documents of each task. */
  limit?: number;
  /** Directory with the original public releases (layout in the README); without it, the Hugging Face Hub. */
  dataDir?: string;
  /** Where task data comes from; defaults to the local releases in `dataDir`, else the Hub. */
  dataSource?: DatasetSource;
  /** Keep per-document records in the results (needed for paired comparisons). */
  logSamples?: boolean;
  fewshotSeed?: number;
  /** Where progress goes (default stderr); false for silence. */
  progress?: ProgressSink | false;
  /** Hub revision per task name or dataset (`--dataset-revision`). */
  datasetRevisions?: RevisionPins;
  /** Append every scored request here (fsync'd per chunk), so a killed run can resume. */
  checkpointDir?: string;
  /** Take the requests already in `checkpointDir` instead of scoring them again. */
  resume?: boolean;
  /** Where warnings go (default: `ftbench: warning:` lines on stderr); they are also kept in the results. */
  onWarning?: (message: string) => void;
  /** Score only shard I of N (shard/plan.ts says which documents); the results are a shard's, for `ftbench merge`. */
  shard?: ShardSpec;
  /**
   * Requests per scoring chunk, of whole documents (default CHECKPOINT_CHUNK_REQUESTS): what a kill can
   * cost, and what a shard is made of. The model batches within a chunk, so the chunks fix the numbers.
   */
  chunkRequests?: number;
}

/** A task with every request built: what scoring needs, and what the results record. */
export interface PreparedTask {
  task: TaskDefinition;
  kind: 'standard' | 'suite';
  numFewshot: number;
  docs: DocRequests[];
  /** Documents before --limit. */
  docsInSplit: number;
  dataset: DatasetRecord;
  docId: (doc: DocRequests) => number | string;
  category?: (doc: DocRequests) => string;
  generate?: { maxNewTokens: number };
  /** Chat template, system instruction and multiturn setting the prompts were built with; absent for plain prompts. */
  chat?: ChatRecord;
  /** Set when the chat template refused the system message of some prompts. */
  chatWarning?: string;
}

/** What prepareTasks takes: the evaluation options, with the chat settings already resolved against the model. */
export type PrepareOptions = Omit<EvaluateOptions, 'model'> & { chatSettings?: ChatSettings };

/** Equal hashes mean the same definition produced the same prompts on the same data. */
function taskHash(prepared: PreparedTask): string {
  const hash = createHash('sha256');
  // Chat settings are appended only when set, so that plain prompts keep the hashes they had before chat templates existed.
  const chat = prepared.chat ? [chatHashIdentity(prepared.chat)] : [];
  hash.update(JSON.stringify([prepared.task.name, prepared.task.version, prepared.numFewshot, prepared.dataset.revision, prepared.generate ?? null, ...chat]));
  for (const doc of prepared.docs) {
    for (const request of doc.requests) hash.update(`${request.context}\u0000${request.continuation}\u0001`);
    hash.update(`${doc.gold}\u0002`);
  }
  return hash.digest('hex');
}

async function prepareStandardTask(
  task: TaskDefinition,
  numFewshot: number,
  source: DatasetSource,
  sourceKind: DatasetRecord['source'],
  opts: Omit<EvaluateOptions, 'model'>,
  settings: ChatSettings,
): Promise<PreparedTask> {
  const split = evaluationSplit(task);
  const dataset = pinnedDataset(task, opts.datasetRevisions ?? {});
  const evalSplit = await source.loadSplit(dataset, split);
  let fewshotRows: RawDoc[] = [];
  let revision = evalSplit.revision;
  if (numFewshot > 0) {
    const fewshotSplitName = fewshotSplit(task);
    const loaded = fewshotSplitName === split ? evalSplit : await source.loadSplit(dataset, fewshotSplitName);
    fewshotRows = loaded.rows;
    // Both splits of a Hub dataset come from one commit: keep its sha readable in the results.
    if (loaded.revision !== evalSplit.revision) revision = sha256Hex(`${evalSplit.revision}:${loaded.revision}`);
  }
  const built = buildWithChat(
    task,
    (chat) => buildDocRequests(task, evalSplit.rows, fewshotRows, numFewshot, { seed: opts.fewshotSeed ?? DEFAULT_FEWSHOT_SEED, limit: opts.limit, ...chat }),
    settings,
  );
  return {
    task,
    kind: 'standard',
    numFewshot,
    ...built,
    docsInSplit: evalSplit.rows.length,
    dataset: { source: sourceKind, path: task.dataset.path, name: task.dataset.name, split, revision },
    docId: (doc) => doc.docIndex,
  };
}

/** `requestedAs`: the name --tasks gave (`suite:path/x.jsonl`); a count may name it or the suite (`suite:<name>`). */
function prepareSuite(suite: Suite, requestedAs: string, opts: Omit<EvaluateOptions, 'model'>, settings: ChatSettings): PreparedTask {
  const requested = requestedFewshot(opts.numFewshot, [requestedAs, suite.task.name]);
  if (requested !== undefined && requested > suite.fewshot.length) {
    throw new FtbenchError(
      `${suite.task.name} has ${suite.fewshot.length} few-shot example${suite.fewshot.length === 1 ? '' : 's'} (its "fewshot" list), but ${requested} are asked for`,
      `Add examples to ${suite.path}, or give the suite its own count: --num-fewshot ${suite.task.name}=${suite.fewshot.length},<other tasks>=N.`,
    );
  }
  const numFewshot = requested ?? suite.fewshot.length;
  const built = buildWithChat(
    suite.task,
    (chat) =>
      buildDocRequests(suite.task, suite.items as unknown as RawDoc[], suite.fewshot as unknown as RawDoc[], numFewshot, {
        seed: opts.fewshotSeed ?? DEFAULT_FEWSHOT_SEED,
        limit: opts.limit,
        ...chat,
      }),
    settings,
  );
  const item = (doc: DocRequests) => suite.items[doc.docIndex];
  return {
    task: suite.task,
    kind: 'suite',
    numFewshot,
    ...built,
    docsInSplit: suite.items.length,
    dataset: { source: isHubSuite(suite.path) ? 'hub' : 'local', path: suite.path, split: 'items', revision: suite.version },
    docId: (doc) => item(doc).id,
    category: (doc) => item(doc).category,
    generate: suite.mode === 'generate' ? { maxNewTokens: suite.maxNewTokens } : undefined,
  };
}

/** Turns task/group/suite names into prepared tasks plus the groups to aggregate, and what the user should be warned of. */
export async function prepareTasks(
  opts: PrepareOptions,
): Promise<{ prepared: PreparedTask[]; groups: TaskGroup[]; selection?: ResolvedSelection; warnings: string[] }> {
  if (opts.tasks.length === 0)
    throw new FtbenchError('no tasks given', 'Pass --tasks, e.g. --tasks mmlu,hellaswag,suite:path/to/suite.jsonl (ftbench tasks lists them).');
  const chatSettings = opts.chatSettings ?? resolveChatSettings(opts, undefined);
  const suiteRefs = opts.tasks.flatMap((name) => {
    const ref = parseTaskRef(name);
    return ref.kind === 'suite' ? [{ name, location: ref.location }] : [];
  });
  const suiteNames = suiteRefs.map((suite) => suite.name);
  const standardNames = opts.tasks.map(parseTaskRef).flatMap((ref) => (ref.kind === 'registered' ? [ref.name] : []));
  const selection = standardNames.length > 0 ? (await loadTaskRegistry()).resolve(standardNames) : undefined;
  const hubClient = opts.dataSource instanceof HubSource ? opts.dataSource.client : undefined;
  const suites: Suite[] = [];
  for (const { location } of suiteRefs) suites.push(await loadSuiteAt(location, () => hubClient ?? new HubClient()));
  assertFewshotNamesSelected(opts.numFewshot, [
    ...(selection?.selected.map((s) => s.path) ?? []),
    ...suites.map((suite, i) => [suiteNames[i], suite.task.name]),
  ]);
  const prepared: PreparedTask[] = [];
  const warnings = [...(selection?.warnings ?? [])];
  if (selection) {
    // Without a data directory the datasets come from the Hub (HF_ENDPOINT, HF_TOKEN, HF_HUB_OFFLINE).
    const source = opts.dataSource ?? (opts.dataDir ? new LocalReleaseSource(opts.dataDir) : new HubSource());
    const sourceKind = source instanceof LocalReleaseSource ? 'local' : 'hub';
    const pins = opts.datasetRevisions ?? {};
    if (Object.keys(pins).length > 0 && source instanceof LocalReleaseSource) {
      throw new FtbenchError('--dataset-revision pins Hub datasets, but the data comes from --data-dir.', 'Drop --data-dir to read the datasets from the Hub.');
    }
    assertPinsApply(pins, selection.tasks);
    for (const { task, path, presetNumFewshot } of selection.selected) {
      const choice = chooseStandardFewshot(task, requestedFewshot(opts.numFewshot, path), presetNumFewshot);
      if (choice.warning) warnings.push(choice.warning);
      prepared.push(await prepareStandardTask(task, choice.numFewshot, source, sourceKind, opts, chatSettings));
    }
  }
  suites.forEach((suite, i) => prepared.push(prepareSuite(suite, suiteNames[i], opts, chatSettings)));
  for (const p of prepared) if (p.chatWarning) warnings.push(p.chatWarning);
  return { prepared, groups: selection?.groups ?? [], selection, warnings };
}

export interface ScoredDoc {
  doc: DocRequests;
  results: LoglikelihoodResult[];
  generated?: string;
}

function sampleRecord(prepared: PreparedTask, scored: ScoredDoc, metrics: Partial<Record<MetricName, number>>, prediction: number): SampleRecord {
  const { doc, results, generated } = scored;
  return {
    docId: prepared.docId(doc),
    promptHash: sha256Hex(doc.requests.map((r) => r.context).join('\u0000')),
    gold: doc.gold,
    loglikelihoods: results.map((r) => r.loglikelihood),
    isGreedy: results.map((r) => r.isGreedy),
    metrics,
    prediction,
    ...(prepared.category ? { category: prepared.category(doc) } : {}),
    ...(generated !== undefined ? { generated } : {}),
  };
}

/** What aggregating a task's records needs to know about it. */
export function taskSummaryFacts(prepared: PreparedTask): TaskSummaryFacts {
  const { task } = prepared;
  return {
    name: task.name,
    kind: prepared.kind,
    version: task.version,
    numFewshot: prepared.numFewshot,
    docsInSplit: prepared.docsInSplit,
    dataset: prepared.dataset,
    metrics: task.metrics,
    categorized: prepared.category !== undefined,
    generate: prepared.generate !== undefined,
  };
}

/** Per-doc records (metrics, answers), then the task's aggregate from them, with how many requests were left-truncated. */
function summarizeTask(
  prepared: PreparedTask,
  scoredDocs: ScoredDoc[],
  truncatedRequests: number,
): { result: Omit<TaskResult, 'hash'>; samples: SampleRecord[] } {
  const { task } = prepared;
  const samples: SampleRecord[] = [];
  for (const scored of scoredDocs) {
    const { doc, results } = scored;
    if (scored.generated !== undefined) {
      const parsed = parseGeneratedAnswer(scored.generated, doc.choices.length);
      samples.push(sampleRecord(prepared, scored, { acc: parsed === doc.gold ? 1 : 0 }, parsed ?? -1));
      continue;
    }
    const lls = results.map((r) => r.loglikelihood);
    const { prediction, values } = scoreMultipleChoice(lls, doc.choices, doc.gold, task.metrics);
    const metrics = { ...values, ...(task.processResults ? task.processResults(doc.doc, results) : {}) };
    for (const [name, value] of Object.entries(metrics)) {
      // A NaN metric would compare as "no drop" and pass every gate: never a score.
      if (!Number.isFinite(value)) {
        throw new FtbenchError(
          `task ${task.name}, document ${JSON.stringify(String(prepared.docId(scored.doc)))}: its ${name} came out as ${value}; a broken model or task is never scored`,
        );
      }
    }
    samples.push(sampleRecord(prepared, scored, metrics, prediction));
  }
  const choices = scoredDocs.map((scored) => scored.doc.choices.length);
  return { result: taskResultFromSamples(taskSummaryFacts(prepared), samples, choices, truncatedRequests), samples };
}

/** Where a scoring error happened: the model, the task and the first few documents. */
function scoringPlace(model: OnnxCausalLM, p: PreparedTask, docs: DocRequests[]): string {
  const ids = [...new Set(docs)].map(p.docId);
  const shown = ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(', ');
  return `model ${model.record.path}, task ${p.task.name}, ${ids.length === 1 ? 'document' : 'documents'} ${shown}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
}

/**
 * Scores `batch` (requests of one task) with `score`, a scoring failure retold as a user-facing error
 * that names the model, the task and the documents whose requests it was scoring, and where the
 * requests scored before it are kept.
 */
async function namingDocumentsOnFailure<R extends object, V>(
  score: () => Promise<V[]>,
  batch: R[],
  docOf: Map<object, DocRequests>,
  p: PreparedTask,
  model: OnnxCausalLM,
  checkpointDir: string | undefined,
): Promise<V[]> {
  try {
    return await score();
  } catch (err) {
    if (!(err instanceof ScoringError)) throw err;
    const docs = err.requests.map((i) => docOf.get(batch[i]) as DocRequests);
    const kept = checkpointDir
      ? `Requests scored before it are kept in the checkpoint directory ${checkpointDir} (--resume takes them while the model and the task are unchanged).`
      : undefined;
    throw new FtbenchError(`${scoringPlace(model, p, docs)}: ${err.message}`, [err.hint, kept].filter(Boolean).join(' ') || undefined);
  }
}

/**
 * Scores one task's requests through its checkpoint (skipping those already there when resuming):
 * one greedy generation per doc in generate mode, else every choice's log-likelihood.
 */
async function scoreTask(
  p: PreparedTask,
  model: OnnxCausalLM,
  store: CheckpointStore | undefined,
  onProgress: (done: number) => void,
  checkpointDir: string | undefined,
  chunkRequests: number | undefined,
): Promise<{ scored: ScoredDoc[]; requests: number; resumed: number; truncated: number }> {
  const docOf = new Map<object, DocRequests>();
  if (p.generate) {
    const { maxNewTokens } = p.generate;
    const requests = p.docs.map((d) => ({ context: d.requests[0].context, until: ['\n\n'], maxNewTokens }));
    requests.forEach((request, i) => docOf.set(request, p.docs[i]));
    const { values, resumed } = await scoreResumable({
      requests,
      groupSizes: requests.map(() => 1),
      keyOf: generationRequestKey,
      score: (batch, onBatchProgress) => namingDocumentsOnFailure(() => model.generate(batch, onBatchProgress), batch, docOf, p, model, checkpointDir),
      store,
      chunkRequests,
      onProgress,
    });
    const truncated = model.truncatedGenerations(requests);
    return { scored: p.docs.map((doc, i) => ({ doc, results: [], generated: values[i] })), requests: requests.length, resumed, truncated };
  }
  const requests = p.docs.flatMap((d) => d.requests);
  for (const doc of p.docs) for (const request of doc.requests) docOf.set(request, doc);
  const { values, resumed } = await scoreResumable({
    requests,
    groupSizes: p.docs.map((d) => d.requests.length),
    keyOf: loglikelihoodRequestKey,
    score: (batch, onBatchProgress) => namingDocumentsOnFailure(() => model.loglikelihood(batch, onBatchProgress), batch, docOf, p, model, checkpointDir),
    store,
    chunkRequests,
    onProgress,
  });
  // Results from a checkpoint get the check a pass gives fresh ones: an older ftbench stored NaN (as null).
  const broken = values.findIndex((value) => !Number.isFinite(value?.loglikelihood));
  if (broken >= 0) {
    throw new FtbenchError(
      `${scoringPlace(model, p, [docOf.get(requests[broken]) as DocRequests])}: the checkpoint holds a log-likelihood of ${values[broken]?.loglikelihood} for it`,
      store ? `Delete ${store.file} and score again.` : undefined,
    );
  }
  let cursor = 0;
  const scored = p.docs.map((doc) => ({ doc, results: values.slice(cursor, (cursor += doc.requests.length)) }));
  // Counted apart from scoring, so that requests taken from a checkpoint count too.
  return { scored, requests: requests.length, resumed, truncated: model.truncatedRequests(requests) };
}

/** One task as scored: its prompts, the model's answers and the per-document records (what lm-eval's samples files hold). */
export interface TaskRun {
  prepared: PreparedTask;
  scored: ScoredDoc[];
  samples: SampleRecord[];
}

/** What an evaluation produced: the results, and per task everything that went into them. */
export interface Evaluation {
  results: EvalResults;
  runs: TaskRun[];
  /** The names as resolved (absent when only suites were asked for). */
  selection?: ResolvedSelection;
}

function warnOnStderr(message: string): void {
  process.stderr.write(`ftbench: warning: ${message}\n`);
}

export async function simpleEvaluate(opts: EvaluateOptions): Promise<EvalResults> {
  return (await evaluate(opts)).results;
}

/** `simpleEvaluate`, also returning each task's prompts, answers and records (for lm-eval-shaped output). */
export async function evaluate(opts: EvaluateOptions): Promise<Evaluation> {
  const started = performance.now();
  if (opts.resume && !opts.checkpointDir)
    throw new FtbenchError('resuming needs a checkpoint directory', 'Pass checkpointDir (--checkpoint-dir) along with resume.');
  // Prepare (and so validate) every task before loading the model or scoring anything.
  const chatSettings = resolveChatSettings(opts, typeof opts.model === 'string' ? opts.model : opts.model.record.path);
  // MT-Bench is judged, not scored: it runs apart from the registry's tasks, after them.
  const withMtBench = opts.tasks.includes(MT_BENCH_TASK);
  const judgeFlags = judgeFlagsGiven(opts);
  if (!withMtBench && judgeFlags.length > 0) {
    throw new FtbenchError(
      `${judgeFlags.join(', ')} ${judgeFlags.length === 1 ? 'applies' : 'apply'} to ${MT_BENCH_TASK} only`,
      `Add ${MT_BENCH_TASK} to the tasks, or drop ${judgeFlags.length === 1 ? 'it' : 'them'}.`,
    );
  }
  if (withMtBench && opts.shard) throw new FtbenchError(`${MT_BENCH_TASK} cannot be sharded`, `Run ${MT_BENCH_TASK} in a job of its own, without --shard.`);
  const otherTasks = opts.tasks.filter((t) => t !== MT_BENCH_TASK);
  const { prepared, groups, selection, warnings } =
    withMtBench && otherTasks.length === 0
      ? { prepared: [], groups: [], selection: undefined, warnings: [] as string[] }
      : await prepareTasks({ ...opts, tasks: otherTasks, chatSettings });
  const opened = withMtBench ? await openJudge(opts) : undefined;
  let mtBench: Awaited<ReturnType<typeof prepareMtBenchTask>> | undefined;
  try {
    const hubClient = opts.dataSource instanceof HubSource ? opts.dataSource.client : undefined;
    mtBench = opened ? await prepareMtBenchTask({ ...opts, hubClient }, chatSettings, opened.judge.model) : undefined;
  } catch (error) {
    await opened?.close();
    throw error;
  }
  if (mtBench?.chatWarning) warnings.push(mtBench.chatWarning);
  for (const warning of warnings) (opts.onWarning ?? warnOnStderr)(warning);
  const model =
    typeof opts.model === 'string'
      ? await OnnxCausalLM.load(opts.model, opts).catch(async (error) => {
          await opened?.close();
          throw error;
        })
      : opts.model;
  const counters = { ...model.counters };
  // A shard: every prompt (and few-shot draw) is built above as for the whole run; only its documents are scored.
  const positions = opts.shard ? shardPositions(prepared, model, opts.shard, opts.chunkRequests) : undefined;
  const scoring = positions ? prepared.map((p, t) => keepDocuments(p, positions[t])) : prepared;
  const shardTasks: ScoredShardTask[] = [];
  const totalRequests = scoring.reduce((n, p) => n + p.docs.reduce((m, d) => m + (p.generate ? 1 : d.requests.length), 0), 0);
  let progress = opts.progress === false || (withMtBench && totalRequests === 0) ? null : createProgress('scoring', totalRequests, { sink: opts.progress });
  const finishScoringProgress = () => {
    progress?.finish();
    progress = null;
  };
  const tasks: Record<string, TaskResult> = {};
  const samples: Record<string, SampleRecord[]> = {};
  const runs: TaskRun[] = [];
  const perTaskSeconds: Record<string, number> = {};
  const modelKey = modelCheckpointKey(model.record, model.device);
  let offset = 0;
  let resumedRequests = 0;
  let mtBenchRequests = 0;
  try {
    for (const [t, p] of scoring.entries()) {
      const taskStarted = performance.now();
      const onProgress = (done: number) => progress?.update(offset + done);
      const hash = taskHash(prepared[t]);
      // Scored requests are appended per chunk; with resume, those already there are not scored again.
      const store = opts.checkpointDir
        ? CheckpointStore.open(checkpointFile(opts.checkpointDir, modelKey, p.task.name, shardCheckpointTag(hash, opts.shard)), {
            resume: opts.resume ?? false,
          })
        : undefined;
      let outcome: Awaited<ReturnType<typeof scoreTask>>;
      try {
        outcome = await scoreTask(p, model, store, onProgress, opts.checkpointDir, opts.chunkRequests);
        offset += outcome.requests;
        resumedRequests += outcome.resumed;
      } finally {
        store?.close();
      }
      if (positions) {
        const choices = p.docs.map((doc) => doc.choices.length);
        shardTasks.push({
          facts: taskSummaryFacts(p),
          hash,
          docs: prepared[t].docs.length,
          positions: positions[t],
          choices,
          truncatedRequests: outcome.truncated,
        });
      }
      // A shard may hold no document of a task: there is nothing of it to aggregate (the merge does it).
      const { result, samples: taskSamples } =
        p.docs.length > 0 || !positions ? summarizeTask(p, outcome.scored, outcome.truncated) : { result: undefined, samples: [] };
      if (result) tasks[p.task.name] = { ...result, hash };
      if (opts.logSamples || positions) samples[p.task.name] = taskSamples;
      runs.push({ prepared: p, scored: outcome.scored, samples: taskSamples });
      perTaskSeconds[p.task.name] = (performance.now() - taskStarted) / 1000;
    }
    finishScoringProgress();
    if (mtBench && opened) {
      const taskStarted = performance.now();
      const outcome = await runMtBench(mtBench, model, opened.judge, {
        progress: opts.progress,
        onWarning: (message) => {
          warnings.push(message);
          (opts.onWarning ?? warnOnStderr)(message);
        },
      });
      tasks[MT_BENCH_TASK] = outcome.result;
      if (opts.logSamples) samples[MT_BENCH_TASK] = outcome.samples;
      mtBenchRequests = outcome.requests;
      perTaskSeconds[MT_BENCH_TASK] = (performance.now() - taskStarted) / 1000;
    }
  } finally {
    finishScoringProgress();
    if (typeof opts.model === 'string') await model.dispose();
    await opened?.close();
  }
  const results: EvalResults = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ftbenchVersion: FTBENCH_VERSION,
    createdAt: new Date().toISOString(),
    config: {
      tasks: opts.tasks,
      numFewshot: typeof opts.numFewshot === 'number' ? opts.numFewshot : null,
      ...(typeof opts.numFewshot === 'object' ? { numFewshotByName: { ...opts.numFewshot } } : {}),
      batchSize: opts.batchSize ?? 1,
      device: model.device,
      limit: opts.limit ?? null,
      fewshotSeed: opts.fewshotSeed ?? DEFAULT_FEWSHOT_SEED,
      logSamples: opts.logSamples ?? false,
      ...chatRecord(chatSettings),
    },
    model: model.record,
    tasks,
    groups: positions ? {} : aggregateGroups(groups, tasks),
    timings: {
      totalSeconds: (performance.now() - started) / 1000,
      perTaskSeconds,
      requests: totalRequests + mtBenchRequests,
      forwardPasses: model.counters.forwardPasses - counters.forwardPasses,
      tokensForwarded: model.counters.tokensForwarded - counters.tokensForwarded,
      paddedTokens: model.counters.paddedTokensForwarded - counters.paddedTokensForwarded,
      ...(opts.checkpointDir ? { resumedRequests } : {}),
    },
    ...(opts.logSamples || positions ? { samples } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(opts.shard ? { shard: shardRecord(opts.shard, shardTasks, groups, opts.chunkRequests) } : {}),
  };
  return { results, runs, selection };
}
