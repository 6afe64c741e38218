/**
 * Baseline results and their cache keys. A key names everything the scores depend on: the
 * baseline model's content, the tasks and suites (suites by content, not path), the scoring
 * options, the ftbench and onnxruntime versions and the execution provider. Two ways to get a
 * baseline: score `baseline-model` once and reuse it under its key, or restore the newest
 * results that runs on the PR's base branch saved (PR runs may read the base branch's caches).
 * A base branch saves its results per unit (a top-level task or group) under that unit's task
 * hashes, so a PR that edits the task list or the options still finds every unit whose prompts
 * and data are unchanged; the rest are reported as having no baseline, never silently passed.
 * Every file restored from the cache is checked against the results schema before use.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FtbenchError, hashFiles, parseResults, sha256Hex, type EvalResults } from '@ftbench/core';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';

/** Where baseline results are restored to and saved from, relative to the workspace: the cache version hashes the path as written. */
export const BASELINE_CACHE_DIR = '.ftbench/baseline';
const RESULTS_FILE = 'results.json';
/** The baseline's MT-Bench judgment cache, inside its cache entry: a baseline scored again after a refused entry pays no judge calls twice. */
export const BASELINE_JUDGMENTS_DIR = path.join(BASELINE_CACHE_DIR, 'judgments');

/** sha256 over every file of a model directory (relative path, size and bytes), streamed: multi-GB weights are fine. */
export async function modelContentHash(dir: string): Promise<string> {
  // hashFiles sorts the names itself.
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter(
    (name) => !name.split(path.sep).some((part) => part.startsWith('.')) && statSync(path.join(dir, name)).isFile(),
  );
  return hashFiles(dir, files);
}

/** What, besides the model, decides the baseline's scores. */
export interface ScoringIdentity {
  ftbenchVersion: string;
  runtimeVersion: string;
  /** `cpu` or `cuda`: the execution provider (cuda:0 and cuda:1 score alike). */
  provider: string;
  /** Task and group names, and suites as `suite:<name>@<content version>`, in run order. */
  tasks: string[];
  /** The scoring options (few-shot, limit, seed, max length, dataset revision pins), as plain data. */
  options: Record<string, unknown>;
}

function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

/** Keys may not contain commas and are at most 512 characters; branch names may contain anything git allows. */
function keySafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 200);
}

function identityPrefix(identity: ScoringIdentity): string {
  const configHash = shortHash(JSON.stringify({ tasks: identity.tasks, options: identity.options, runtime: identity.runtimeVersion }));
  return `ftbench-baseline-${identity.ftbenchVersion}-${identity.provider}-${configHash}`;
}

/**
 * Mode (a): the results of one baseline model on exactly the candidate's prompts and data.
 * `taskHashes` are the candidate's task hashes (definition, few-shot, every prompt, dataset
 * revision; they do not depend on the model): when the data or prompts move, the cached baseline
 * stops matching and is scored again, instead of failing the check as not comparable.
 */
export function modelBaselineKey(identity: ScoringIdentity, modelHash: string, taskHashes: readonly string[]): string {
  return `${identityPrefix(identity)}-model-${modelHash.slice(0, 16)}-${shortHash([...taskHashes].sort().join('\n'))}`;
}

/**
 * The task hashes of a run's results, as `modelBaselineKey` takes them. A shard's come from its shard
 * record, which lists every task of the run with its whole-task hash (its `tasks` lack those it has no
 * document of): every shard of a run, the merged results and an unsharded run give the same key.
 */
export function taskHashesOf(results: EvalResults): string[] {
  return (results.shard?.tasks ?? Object.values(results.tasks)).map((task) => `${task.name}:${task.hash}`);
}

/** Options whose effect the task hashes already carry (they change the prompts or the documents), so a branch save need not name them. */
const OPTIONS_IN_TASK_HASHES = new Set(['numFewshot', 'limit', 'fewshotSeed', 'datasetRevisions']);

/**
 * Mode (b): what every save of a branch shares, whatever its task list: the versions, the provider
 * and the options the task hashes do not carry (max-length; any new option, until proven carried).
 */
export function branchBaselinePrefix(identity: ScoringIdentity, branch: string): string {
  const unhashed = Object.fromEntries(Object.entries(identity.options).filter(([name]) => !OPTIONS_IN_TASK_HASHES.has(name)));
  const setupHash = shortHash(JSON.stringify({ options: unhashed, runtime: identity.runtimeVersion }));
  return `ftbench-baseline-${identity.ftbenchVersion}-${identity.provider}-${setupHash}-branch-${keySafe(branch)}-`;
}

/** A top-level task or group of a run and everything its scores consist of: what a branch saves and a PR looks up as one. */
export interface ResultUnit {
  name: string;
  /** Over the unit's task hashes and group structure: equal hashes, comparable scores. */
  hash: string;
  tasks: string[];
  groups: string[];
}

/** The units of a run: its groups that are no other group's member, and its tasks that are no group's member. */
export function resultUnits(results: EvalResults): ResultUnit[] {
  const members = new Set(Object.values(results.groups).flatMap((group) => group.members));
  const unitOf = (name: string): ResultUnit => {
    const groups: string[] = [];
    const tasks: string[] = [];
    const visit = (member: string) => {
      const group = results.groups[member];
      if (group === undefined) {
        if (!tasks.includes(member)) tasks.push(member);
      } else if (!groups.includes(member)) {
        groups.push(member);
        group.members.forEach(visit);
      }
    };
    visit(name);
    const structure = {
      tasks: tasks.map((task) => `${task}:${results.tasks[task].hash}`).sort(),
      groups: groups.map((group) => [group, results.groups[group].members, results.groups[group].weightBySize]).sort(),
    };
    return { name, hash: shortHash(JSON.stringify([name, structure])), tasks, groups };
  };
  return [...Object.keys(results.groups), ...Object.keys(results.tasks)].filter((name) => !members.has(name)).map(unitOf);
}

/** A branch save of one unit: found by its prefix (the unit's hash), the newest save first. */
function unitKeyPrefix(branchPrefix: string, unit: ResultUnit): string {
  return `${branchPrefix}${unit.hash}-`;
}

/** One unit's part of a run: what a branch saves under the unit's key. */
function unitResults(results: EvalResults, unit: ResultUnit): EvalResults {
  const pick = <T>(record: Record<string, T> | undefined, names: string[]) =>
    Object.fromEntries(names.filter((name) => record !== undefined && Object.hasOwn(record, name)).map((name) => [name, (record as Record<string, T>)[name]]));
  return {
    ...results,
    config: { ...results.config, tasks: [unit.name] },
    tasks: pick(results.tasks, unit.tasks),
    groups: pick(results.groups, unit.groups),
    ...(results.samples ? { samples: pick(results.samples, unit.tasks) } : {}),
  };
}

/** Why a restored unit must not stand in for the candidate's: null when its tasks, hashes and records are all there. */
function unitMismatch(restored: EvalResults, unit: ResultUnit, candidate: EvalResults): string | null {
  for (const task of unit.tasks) {
    if (restored.tasks[task]?.hash !== candidate.tasks[task].hash) return `it lacks ${task} as the candidate scored it`;
    if (restored.samples?.[task] === undefined) return `it has no per-sample records of ${task}`;
  }
  const group = unit.groups.find((name) => restored.groups[name] === undefined);
  return group === undefined ? null : `it lacks the group ${group}`;
}

export function writeResultsFile(file: string, results: EvalResults): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results)}\n`);
}

/** Results read back from a cache entry, checked against the results schema; null (with a warning saying what happens instead) when unusable. */
function readCachedResults(file: string, key: string, instead: string): EvalResults | null {
  try {
    const results = parseResults(readFileSync(file, 'utf8'), `Cache entry ${key}`);
    // Only whole results are ever saved; one shard's must never stand in for a baseline.
    if (results.shard) core.warning(`Cache entry ${key} holds the results of shard ${results.shard.index}/${results.shard.count} only; ${instead}.`);
    else if (results.samples) return results;
    else core.warning(`Cache entry ${key} holds results without per-sample records; ${instead}.`);
  } catch (error) {
    const reason = error instanceof FtbenchError ? error.message : `Cache entry ${key} has no readable ${RESULTS_FILE} (${(error as Error).message})`;
    core.warning(`${reason}; ${instead}.`);
  }
  return null;
}

export interface Baseline {
  results: EvalResults;
  /** The results file, for the baseline-results output. */
  file: string;
  /** The cache key the results were restored from; null when scored in this run. */
  restoredFrom: string | null;
}

interface BaselineContext {
  store: CacheStore;
  /** The workspace, where BASELINE_CACHE_DIR lives. */
  workspace: string;
}

/** What a restore found: usable results, an entry that was refused (with a warning), or nothing. */
type Restored = { baseline: Baseline } | { refused: string } | null;

/** Restores into a clean folder: a self-hosted runner keeps the workspace, and a stale file must never pass for a hit. */
async function restoreResults({ store, workspace }: BaselineContext, key: string, restoreKeys: string[], instead: string): Promise<Restored> {
  const dir = path.join(workspace, BASELINE_CACHE_DIR);
  rmSync(dir, { recursive: true, force: true });
  const matched = await store.restore(key, restoreKeys, BASELINE_CACHE_DIR);
  const file = path.join(dir, RESULTS_FILE);
  if (matched === null || !existsSync(file)) return null;
  const results = readCachedResults(file, matched, instead);
  return results ? { baseline: { results, file, restoredFrom: matched } } : { refused: matched };
}

async function cacheResults({ store, workspace }: BaselineContext, key: string, results: EvalResults): Promise<string> {
  const file = path.join(workspace, BASELINE_CACHE_DIR, RESULTS_FILE);
  // Only fresh results are saved, with the judgments the baseline's scoring just used or made.
  const judgments = path.join(workspace, BASELINE_JUDGMENTS_DIR);
  if (existsSync(path.dirname(file))) {
    for (const name of readdirSync(path.dirname(file))) {
      const entry = path.join(path.dirname(file), name);
      if (entry !== judgments) rmSync(entry, { recursive: true, force: true });
    }
  }
  writeResultsFile(file, results);
  if (await store.save(key, BASELINE_CACHE_DIR)) core.info(`Saved the baseline results to the Actions cache as ${key}`);
  return file;
}

/** Mode (a): the newest usable entry under `key` (a refused one is warned about), restored into BASELINE_CACHE_DIR. */
function restoreModelBaseline(context: BaselineContext, key: string): Promise<Restored> {
  return restoreResults(context, `${key}-newest`, [key], 'scoring the baseline model again');
}

/**
 * Mode (a): the cached results of `baseline-model`, else obtained now (`obtain`, described by `obtaining`:
 * scored, or merged from the shard jobs' baseline shards) and saved for the next run. Only whole results
 * reach this save. Keys are immutable, so results scored again after a refused entry are saved under the
 * key plus a suffix; the lookup takes the newest entry starting with the key, which is then theirs.
 */
export async function baselineFromModel(
  context: BaselineContext,
  key: string,
  obtain: () => Promise<EvalResults>,
  obtaining = 'scoring the baseline model',
): Promise<Baseline> {
  const restored = await restoreModelBaseline(context, key);
  if (restored !== null && 'baseline' in restored) {
    core.info(`Baseline restored from the Actions cache (${restored.baseline.restoredFrom}): not scored again`);
    return restored.baseline;
  }
  if (restored === null) core.info(`No cached baseline under ${key}: ${obtaining}`);
  const results = await obtain();
  const saveAs = restored === null ? key : `${key}-rescored-${Date.now()}`;
  return { results, file: await cacheResults(context, saveAs, results), restoredFrom: null };
}

/**
 * Mode (a) in a shard job: whether the whole baseline is cached under `key`. A hit serves every leg and
 * the merge job, and no leg scores the baseline; on a miss each leg scores its shard of it, and the merge
 * job merges them and saves the whole baseline, once.
 */
export async function modelBaselineCached(context: BaselineContext, key: string): Promise<boolean> {
  const restored = await restoreModelBaseline(context, key);
  rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), { recursive: true, force: true });
  if (restored !== null && 'baseline' in restored) {
    core.info(`Baseline found in the Actions cache (${restored.baseline.restoredFrom}): no shard of it is scored; the merge job uses it`);
    return true;
  }
  core.info(`No cached baseline under ${key}: this job scores its shard of the baseline; the merge job merges the shards and saves the whole baseline`);
  return false;
}

/** What a PR finds of its base branch's results. */
export interface BranchBaseline {
  /** The units found, merged into one run's results; null when none was found. */
  results: EvalResults | null;
  /** The cache keys they came from. */
  restoredFrom: string[];
  /** The candidate's units without saved results, by name. */
  missingUnits: string[];
  /** Every task and group of those units: the comparison's `withoutBaseline`. */
  withoutBaseline: string[];
}

/** Mode (b) on a PR: for each unit of the candidate, the newest results the base branch saved with the same task hashes. */
export async function baselineFromBranch(context: BaselineContext, branchPrefix: string, candidate: EvalResults): Promise<BranchBaseline> {
  const parts: EvalResults[] = [];
  const restoredFrom: string[] = [];
  const missing: ResultUnit[] = [];
  for (const unit of resultUnits(candidate)) {
    const prefix = unitKeyPrefix(branchPrefix, unit);
    const found = await restoreResults(context, prefix, [prefix], `${unit.name} has no baseline`);
    const restored = found !== null && 'baseline' in found ? found.baseline : null;
    const mismatch = restored && unitMismatch(restored.results, unit, candidate);
    if (restored && mismatch)
      core.warning(`Cache entry ${restored.restoredFrom} does not hold ${unit.name}'s baseline (${mismatch}); ${unit.name} has no baseline.`);
    if (!restored || mismatch) {
      missing.push(unit);
      continue;
    }
    core.info(`Baseline restored from the base branch's results (${restored.restoredFrom}): ${unit.name}`);
    parts.push(unitResults(restored.results, unit));
    restoredFrom.push(restored.restoredFrom as string);
  }
  rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), { recursive: true, force: true });
  const models = [...new Set(parts.map((results) => results.model.fingerprint))];
  if (models.length > 1) {
    core.warning(
      `The base branch's newest results of these tasks come from ${models.length} different models (${models.map((m) => m.slice(0, 12)).join(', ')}): tasks are compared with the base model that last scored them.`,
    );
  }
  return {
    results: parts.length === 0 ? null : mergeResults(parts),
    restoredFrom,
    missingUnits: missing.map((unit) => unit.name),
    withoutBaseline: missing.flatMap((unit) => [...unit.groups, ...unit.tasks]),
  };
}

/** Units of (possibly) several runs as one run's results; run-level fields come from the first. */
function mergeResults(parts: EvalResults[]): EvalResults {
  const merge = <T>(records: (Record<string, T> | undefined)[]) => Object.assign({}, ...records) as Record<string, T>;
  return {
    ...parts[0],
    config: { ...parts[0].config, tasks: parts.flatMap((part) => part.config.tasks) },
    tasks: merge(parts.map((part) => part.tasks)),
    groups: merge(parts.map((part) => part.groups)),
    samples: merge(parts.map((part) => part.samples)),
  };
}

/** Mode (b) on the base branch: each unit of this run's results becomes the baseline later PRs restore it from. */
export async function publishBranchBaseline(context: BaselineContext, branchPrefix: string, modelHash: string, results: EvalResults): Promise<void> {
  for (const unit of resultUnits(results)) {
    await cacheResults(context, `${unitKeyPrefix(branchPrefix, unit)}${modelHash.slice(0, 16)}`, unitResults(results, unit));
  }
  rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), { recursive: true, force: true });
}
