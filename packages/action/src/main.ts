/**
 * The action: wires the packages together in four steps. Prepare (config, suites and gates
 * checked before any scoring), score (the candidate, then a baseline: cached, or scored once),
 * compare under the configured gates, then publish: outputs, job summary, sticky PR comment, and
 * the check's verdict. Hub datasets come from the Actions
 * cache when an earlier job downloaded them, and scoring resumes from the checkpoint of an
 * earlier attempt of the same run.
 * Over a matrix (shard-files.ts): a leg (`shard: I/N`) only scores its shard of each model that
 * needs scoring and writes the files for the merge job; the merge job (`merge: DIR`) takes the
 * place of the scoring step, merging the legs' shards, and then compares, gates and publishes as
 * above, once.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  FTBENCH_VERSION,
  FtbenchError,
  MT_BENCH_TASK,
  judgmentCacheDir,
  parseDevice,
  simpleEvaluate,
  suiteTaskName,
  type EvalResults,
  type GateConfig,
  type ShardSpec,
} from '@ftbench/core';
import * as core from '@actions/core';
import * as github from '@actions/github';
import {
  BASELINE_JUDGMENTS_DIR,
  baselineFromBranch,
  baselineFromModel,
  branchBaselinePrefix,
  modelBaselineCached,
  modelBaselineKey,
  modelContentHash,
  publishBranchBaseline,
  taskHashesOf,
  writeResultsFile,
  type Baseline,
  type ScoringIdentity,
} from './baseline.js';
import type { CacheStore } from './cache-store.js';
import { checkpointing, runAttemptFromEnv, type ModelRole } from './checkpoint-cache.js';
import { markFinished } from './checkpoint-state.js';
import { loadConfig, overrideTasks, type FtbenchConfig } from './config.js';
import { actionCacheRoot, cachedHubDatasets, type CachedHubDatasets } from './dataset-cache.js';
import { DEFAULT_CONFIG_FILE, Outputs } from './constants.js';
import type { ActionInputs } from './inputs.js';
import { configuredGates, loadSuites } from './loop.js';
import { PR_HISTORY_DIR, historyKey, historyKeyPrefix, restoreHistory, saveHistory, type HistoryPlace } from './pr-history.js';
import { writeCommentSource } from './fork-comment.js';
import { githubApiFromEnv, type IssueRef } from './github-api.js';
import { buildReports, fullReportAt, postComment, runUrlFromEnv, writeJobSummary, type ReportInput, type Reports } from './report.js';
import { ONNXRUNTIME_NODE_VERSION } from './runtime-version.js';
import { mergeShardFolder, readShardFolder, shardFileName, writeShardLeg } from './shard-files.js';

/** The config file, with the tasks input replacing its task list; the default file may be absent when tasks are given. */
function resolveConfig(inputs: ActionInputs, workspace: string): FtbenchConfig {
  const file = path.resolve(workspace, inputs.config);
  const config = existsSync(file) ? loadConfig(file) : null;
  if (inputs.tasks !== null && (config !== null || inputs.config === DEFAULT_CONFIG_FILE)) return overrideTasks(config, inputs.tasks, workspace);
  if (config === null) {
    throw new FtbenchError(
      `config file ${file} does not exist`,
      'Create it (see docs/action.md), set the config input to its path relative to the workspace, or list the tasks in the tasks input.',
    );
  }
  return config;
}

/** Without data-dir, the standard tasks read the Hub through the dataset cache, at the config's pinned revisions. */
async function hubDatasetsOf(
  inputs: ActionInputs,
  config: FtbenchConfig,
  store: CacheStore,
  where: { env: Record<string, string | undefined>; workspace: string },
): Promise<CachedHubDatasets | null> {
  const pins = config.options.datasetRevisions ?? {};
  if (inputs.dataDir === null) return cachedHubDatasets(store, { tasks: config.tasks.map((entry) => entry.task), pins, configFile: inputs.config, ...where });
  if (Object.keys(pins).length > 0) {
    throw new FtbenchError(
      `dataset-revisions in ${inputs.config} pins Hub datasets, but the data-dir input reads local releases.`,
      'Remove data-dir to read the datasets from the Hub (cached between runs), or remove dataset-revisions.',
    );
  }
  return null;
}

/** The PR this run is about, if any. */
function pullRequest(): (IssueRef & { baseRef: string; headSha: string }) | null {
  const pr = github.context.payload.pull_request;
  if (!pr) return null;
  return { ...github.context.repo, number: pr.number, baseRef: (pr.base as { ref: string }).ref, headSha: (pr.head as { sha: string }).sha };
}

/** Where this PR's iteration history is kept; null when the head commit is not a plain sha (then no history is kept). */
function prHistoryPlace(store: CacheStore, pr: IssueRef & { headSha: string }): HistoryPlace | null {
  if (!/^[0-9a-f]{40}$/.test(pr.headSha)) {
    core.info(`The PR head commit "${pr.headSha}" is not a commit sha: no iteration history is kept.`);
    return null;
  }
  const prefix = historyKeyPrefix(`${pr.owner}/${pr.repo}`, pr.number);
  return { store, dir: PR_HISTORY_DIR, prefix, key: historyKey(prefix, process.env), pullRequest: pr.number };
}

function setOutputs(outputs: Partial<Record<(typeof Outputs)[keyof typeof Outputs], string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** What the run scores and how, fixed before any scoring: config, suites and gates checked, caches opened. */
interface PreparedRun {
  inputs: ActionInputs;
  store: CacheStore;
  workspace: string;
  /** Where results, the comment and its source are written for the outputs. */
  outDir: string;
  config: FtbenchConfig;
  gates: GateConfig[];
  identity: ScoringIdentity;
  pr: ReturnType<typeof pullRequest>;
  score: (model: string, role: ModelRole) => Promise<EvalResults>;
  hubDatasets: CachedHubDatasets | null;
}

async function prepare(inputs: ActionInputs, store: CacheStore): Promise<PreparedRun> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // Cache paths are relative to the workspace (runners differ in where it lies); GitHub already starts actions there.
  process.chdir(workspace);
  const outDir = path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'ftbench');
  mkdirSync(outDir, { recursive: true });
  const config = resolveConfig(inputs, workspace);
  const suites = await loadSuites(config);
  const gates = await configuredGates(config, inputs.config, suites);
  const tasks = config.tasks.map((entry) => entry.task);
  const identity: ScoringIdentity = {
    ftbenchVersion: FTBENCH_VERSION,
    runtimeVersion: ONNXRUNTIME_NODE_VERSION,
    provider: parseDevice(inputs.device).kind,
    tasks: tasks.map((task) => {
      const suite = suites.get(task);
      return suite ? `${suiteTaskName(suite.name)}@${suite.version}` : task;
    }),
    options: { ...config.options },
  };
  const cacheEnv = { ...process.env, FTBENCH_CACHE_DIR: process.env.FTBENCH_CACHE_DIR || actionCacheRoot(process.env) };
  // The merge job scores nothing: it reads no dataset and keeps no checkpoint.
  const scores = inputs.merge === null;
  const hubDatasets = scores ? await hubDatasetsOf(inputs, config, store, { env: cacheEnv, workspace }) : null;
  const resumeOptions = scores && inputs.resume ? checkpointing(store, runAttemptFromEnv(process.env), inputs.shard, cacheEnv, workspace) : null;
  const score = async (model: string, role: ModelRole): Promise<EvalResults> => {
    core.startGroup(`Scoring the ${role} model ${model}`);
    try {
      const results = await simpleEvaluate({
        model: path.resolve(workspace, model),
        tasks,
        ...config.options,
        device: inputs.device,
        batchSize: inputs.batchSize,
        dataDir: inputs.dataDir === null ? undefined : path.resolve(workspace, inputs.dataDir),
        dataSource: hubDatasets?.source,
        logSamples: true,
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        ...mtBenchOptions(inputs, tasks, role, { workspace, cacheEnv }),
        ...(resumeOptions && (await resumeOptions(role, { model, identity }))),
      });
      const resumed = results.timings.resumedRequests ?? 0;
      if (resumed > 0) core.info(`${resumed} of ${results.timings.requests} requests came from the checkpoint, not scored again`);
      return results;
    } finally {
      core.endGroup();
    }
  };
  return { inputs, store, workspace, outDir, config, gates, identity, pr: pullRequest(), score, hubDatasets };
}

/**
 * MT-Bench's judge inputs for one model: the baseline's judgments are cached inside its baseline
 * cache entry (BASELINE_JUDGMENTS_DIR), the candidate's in the action's cache root (with the
 * datasets and checkpoints, not the runner's home).
 */
function mtBenchOptions(
  inputs: ActionInputs,
  tasks: readonly string[],
  role: ModelRole,
  { workspace, cacheEnv }: { workspace: string; cacheEnv: Record<string, string | undefined> },
) {
  const { judgeModelDir, ...rest } = inputs.mtBench;
  const judge = { ...rest, ...(judgeModelDir === undefined ? {} : { judgeModelDir: path.resolve(workspace, judgeModelDir) }) };
  // Without mt_bench, the judge inputs go to core as given, which refuses them.
  if (!tasks.includes(MT_BENCH_TASK)) return judge;
  return { ...judge, judgeCacheDir: role === 'baseline' ? path.join(workspace, BASELINE_JUDGMENTS_DIR) : judgmentCacheDir(cacheEnv) };
}

interface ScoredRun {
  candidate: EvalResults;
  candidateFile: string;
  obtained: ObtainedBaseline;
}

/** The candidate, then its baseline: cached, scored now, or from the base branch. */
async function scoreRun(run: PreparedRun): Promise<ScoredRun> {
  const candidate = await run.score(run.inputs.model, 'candidate');
  // Every dataset has been read by now; the baseline reads the same ones.
  await run.hubDatasets?.save();
  const candidateFile = path.join(run.outDir, 'candidate.json');
  writeResultsFile(candidateFile, candidate);
  const obtained = await obtainBaseline({
    ...run,
    candidate,
    modelHash: (role) => modelContentHash(path.resolve(run.workspace, role === 'baseline' ? (run.inputs.baselineModel as string) : run.inputs.model)),
    wholeBaseline: { obtain: () => run.score(run.inputs.baselineModel as string, 'baseline'), obtaining: 'scoring the baseline model' },
  });
  return { candidate, candidateFile, obtained };
}

/**
 * A matrix leg: its shard of the candidate, and of the baseline model when the whole baseline is not
 * cached (never saved: only the merge job saves, the whole baseline), written for the merge job with
 * what its cache keys need. Nothing is compared, gated or commented.
 */
async function scoreShard(run: PreparedRun, shard: ShardSpec): Promise<void> {
  const { inputs, identity, workspace } = run;
  const dir = path.join(run.outDir, 'shard');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (role: ModelRole, results: EvalResults) => {
    const file = path.join(dir, shardFileName(role, shard));
    writeResultsFile(file, results);
    return file;
  };
  const candidate = await run.score(inputs.model, 'candidate');
  await run.hubDatasets?.save();
  const candidateFile = write('candidate', candidate);
  let baselineModelHash: string | null = null;
  let baselineCached = false;
  let baselineFile = '';
  if (inputs.baselineModel !== null) {
    baselineModelHash = await modelContentHash(path.resolve(workspace, inputs.baselineModel));
    const key = modelBaselineKey(identity, baselineModelHash, taskHashesOf(candidate));
    baselineCached = await modelBaselineCached({ store: run.store, workspace }, key);
    if (!baselineCached) baselineFile = write('baseline', await run.score(inputs.baselineModel, 'baseline'));
  }
  // A branch run in base-branch mode: the merge job saves the candidate as the branch's baseline, named by its content.
  const candidateModelHash = inputs.baselineModel === null && run.pr === null ? await modelContentHash(path.resolve(workspace, inputs.model)) : null;
  writeShardLeg(dir, { shard, identity, baselineModelHash, baselineCached, candidateModelHash });
  setOutputs({ [Outputs.ShardDir]: dir, [Outputs.Results]: candidateFile, [Outputs.BaselineResults]: baselineFile });
  const what = `ftbench scored shard ${shard.index}/${shard.count}${baselineFile ? ' of the candidate and of the baseline' : ''}`;
  await writeJobSummary(`${what}. The merge job compares, gates and comments, once every shard is in.\n`);
  core.info(`${what}: its files are in ${dir} (the shard-dir output), for actions/upload-artifact`);
}

/**
 * The merge job: the candidate's whole results from the legs' shards, then its baseline as in an
 * unsharded run, with the legs' record of the models' hashes and, on a cache miss, the baseline
 * merged from the legs' shards of it (then saved, whole, once). A partial set is an error.
 */
async function mergeRun(run: PreparedRun, dir: string): Promise<ScoredRun> {
  const folder = readShardFolder(path.resolve(run.workspace, dir), dir);
  const merged = mergeShardFolder(folder, run.identity, run.inputs.baselineModel !== null);
  const { candidate } = merged;
  core.info(`Merged the candidate's ${folder.candidate.length} shards from ${dir}`);
  const candidateFile = path.join(run.outDir, 'candidate.json');
  writeResultsFile(candidateFile, candidate);
  const obtained = await obtainBaseline({
    ...run,
    candidate,
    modelHash: async (role) => merged.modelHash(role),
    wholeBaseline: { obtain: async () => merged.baseline(), obtaining: "merging the shard jobs' shards of the baseline" },
  });
  return { candidate, candidateFile, obtained };
}

/** The reports: the candidate against its baseline under the gates, with this PR's iteration history. */
async function compare(
  run: PreparedRun,
  { candidate, obtained: { baseline, withoutBaseline, why } }: ScoredRun,
): Promise<{ reportInput: ReportInput; reports: Reports }> {
  const { store, pr, config } = run;
  const reportInput: ReportInput = {
    candidate,
    baseline: baseline?.results ?? null,
    baselineCacheHit: baseline !== null && baseline.restoredFrom !== null,
    gates: run.gates,
    withoutBaseline,
    why,
  };
  const commitBaseUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY ?? ''}/commit/`;
  const historyPlace = pr !== null && baseline !== null ? prHistoryPlace(store, pr) : null;
  const history = historyPlace && {
    before: await restoreHistory(historyPlace),
    sha: (pr as NonNullable<typeof pr>).headSha,
    time: new Date().toISOString(),
    stop: config.stop,
    commitBaseUrl,
  };
  const runUrl = runUrlFromEnv(process.env);
  const sha = pr?.headSha ?? process.env.GITHUB_SHA;
  const context = {
    ...(sha ? { commit: { sha, url: `${commitBaseUrl}${sha}` } } : {}),
    ...(runUrl ? { runUrl } : {}),
    onnxruntimeVersion: ONNXRUNTIME_NODE_VERSION,
  };
  const reports = buildReports({ ...reportInput, ...(history ? { history } : {}) }, { fullReport: fullReportAt(runUrl), context });
  if (historyPlace && reports.history) await saveHistory(historyPlace, reports.history);
  return { reportInput, reports };
}

/** Outputs, job summary, comment file and source, the sticky comment: everything but the verdict. */
async function publish(run: PreparedRun, scored: ScoredRun, reportInput: ReportInput, reports: Reports): Promise<void> {
  const { inputs, outDir, pr } = run;
  setOutputs({
    [Outputs.Results]: scored.candidateFile,
    [Outputs.BaselineResults]: scored.obtained.baseline?.file ?? '',
    [Outputs.Passed]: String(reports.passed),
    [Outputs.Regressions]: JSON.stringify(reports.regressions),
  });
  await writeJobSummary(reports.summary);
  const commentFile = path.join(outDir, 'comment.md');
  writeFileSync(commentFile, reports.comment);
  core.setOutput(Outputs.CommentFile, commentFile);
  if (pr !== null) {
    // What the fork-safe commenter renders the comment from (never from comment.md).
    const commentSource = path.join(outDir, 'comment-source.json');
    writeCommentSource(commentSource, { pullRequest: pr.number, headSha: pr.headSha, report: reportInput });
    core.setOutput(Outputs.CommentSource, commentSource);
  }
  let commentUrl: string | null = null;
  if (inputs.comment && pr !== null) {
    if (!inputs.githubToken) core.warning('No github-token: the PR comment is skipped.');
    else commentUrl = await postComment(githubApiFromEnv(inputs.githubToken), pr, reports.comment);
  }
  core.setOutput(Outputs.CommentUrl, commentUrl ?? '');
}

export async function main(inputs: ActionInputs, store: CacheStore): Promise<void> {
  const started = performance.now();
  const run = await prepare(inputs, store);
  if (inputs.shard !== null) {
    await scoreShard(run, inputs.shard);
    markFinished();
    return;
  }
  const scored = inputs.merge === null ? await scoreRun(run) : await mergeRun(run, inputs.merge);
  const { reportInput, reports } = await compare(run, scored);
  await publish(run, scored, reportInput, reports);
  core.info(`ftbench finished in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  if (!reports.passed) {
    const message = `ftbench: ${reports.regressions.length} gate(s) failed:\n${reports.failure}`;
    if (inputs.failOnRegression) core.setFailed(message);
    else core.warning(`${message}\n(fail-on-regression is false: the check passes)`);
  }
  markFinished();
}

interface BaselineRequest {
  inputs: ActionInputs;
  pr: ReturnType<typeof pullRequest>;
  identity: ScoringIdentity;
  store: CacheStore;
  workspace: string;
  /** Where a baseline merged from base-branch saves is written, for the baseline-results output. */
  outDir: string;
  candidate: EvalResults;
  /** The content hash of a role's model directory (modelContentHash), for the cache keys. */
  modelHash: (role: ModelRole) => Promise<string>;
  /** The baseline model's whole results when none is cached: scored now, or merged from the legs' shards. */
  wholeBaseline: { obtain: () => Promise<EvalResults>; obtaining: string };
}

interface ObtainedBaseline {
  baseline: Baseline | null;
  /** The candidate's tasks and groups that have no baseline on purpose (warned about): their gates check floors only. */
  withoutBaseline: string[];
  /** Why there is nothing to compare with, when there is nothing. */
  why: string;
}

/**
 * baseline-model given: its cached results, else scored now (mode a). Otherwise a PR compares each
 * of its tasks with its base branch's newest saved results of the same task hashes (mode b), and
 * a branch run saves its own for later PRs.
 */
async function obtainBaseline(request: BaselineRequest): Promise<ObtainedBaseline> {
  const { inputs, pr, identity, workspace, candidate, modelHash, wholeBaseline } = request;
  const context = { store: request.store, workspace };
  if (inputs.baselineModel !== null) {
    const key = modelBaselineKey(identity, await modelHash('baseline'), taskHashesOf(candidate));
    return { baseline: await baselineFromModel(context, key, wholeBaseline.obtain, wholeBaseline.obtaining), withoutBaseline: [], why: '' };
  }
  if (pr !== null) {
    const found = await baselineFromBranch(context, branchBaselinePrefix(identity, pr.baseRef), candidate);
    const advice = `Run this workflow on pushes to \`${pr.baseRef}\`, or set \`baseline-model\`.`;
    if (found.results === null) {
      // Plain text: the report escapes it (backticks would show as written).
      const why = `No baseline yet: no results saved by runs on ${pr.baseRef} with these prompts and data. Drop limits are not checked; floors are. Run this workflow on pushes to ${pr.baseRef}, or set baseline-model.`;
      core.warning(why);
      return { baseline: null, withoutBaseline: found.withoutBaseline, why };
    }
    if (found.missingUnits.length > 0) {
      core.warning(
        `No baseline on \`${pr.baseRef}\` for ${found.missingUnits.join(', ')}: no results saved there with these prompts and data, so their drop limits are not checked (floors are). ${advice}`,
      );
    }
    const file = path.join(request.outDir, 'baseline.json');
    writeResultsFile(file, found.results);
    return { baseline: { results: found.results, file, restoredFrom: found.restoredFrom.join(', ') }, withoutBaseline: found.withoutBaseline, why: '' };
  }
  const branch = process.env.GITHUB_REF_NAME || github.context.ref.replace(/^refs\/heads\//, '');
  await publishBranchBaseline(context, branchBaselinePrefix(identity, branch), await modelHash('candidate'), candidate);
  return {
    baseline: null,
    withoutBaseline: [],
    why: `Scores of ${branch}, saved as the baseline for pull requests into it. Drop limits are not checked; floors are.`,
  };
}
