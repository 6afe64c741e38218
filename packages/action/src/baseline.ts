/**
 * Baseline results and their cache keys. A key names everything the scores depend on: the
 * baseline model's content, the tasks and suites (suites by content, not path), the scoring
 * options, the ftbench and onnxruntime versions and the execution provider. Two ways to get a
 * baseline: score `baseline-model` once and reuse it under its key, or restore the newest
 * results that runs on the PR's base branch saved (PR runs may read the base branch's caches).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_SCHEMA_VERSION, type EvalResults } from '@ftbench/core';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';

/** Where baseline results are restored to and saved from, relative to the workspace: the cache version hashes the path as written. */
export const BASELINE_CACHE_DIR = '.ftbench/baseline';
const RESULTS_FILE = 'results.json';

/** sha256 over every file of a model directory (relative path, size and bytes), streamed: multi-GB weights are fine. */
export async function modelContentHash(dir: string): Promise<string> {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.')) && statSync(path.join(dir, name)).isFile())
    .sort();
  const hash = createHash('sha256');
  for (const name of files) {
    hash.update(`${name.split(path.sep).join('/')}\0${statSync(path.join(dir, name)).size}\0`);
    for await (const chunk of createReadStream(path.join(dir, name))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
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
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
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

/** The task hashes of a run's results, as `modelBaselineKey` takes them. */
export function taskHashesOf(results: EvalResults): string[] {
  return Object.values(results.tasks).map((task) => `${task.name}:${task.hash}`);
}

/** Mode (b): every save of a branch shares this prefix, so a restore by prefix finds the newest. */
export function branchBaselinePrefix(identity: ScoringIdentity, branch: string): string {
  return `${identityPrefix(identity)}-branch-${keySafe(branch)}-`;
}

export function branchBaselineKey(identity: ScoringIdentity, branch: string, modelHash: string): string {
  return `${branchBaselinePrefix(identity, branch)}${modelHash.slice(0, 16)}`;
}

export function writeResults(file: string, results: EvalResults): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results)}\n`);
}

/** Results read back from a cache entry; null (with a warning) when the entry is unusable. */
function readCachedResults(file: string, key: string): EvalResults | null {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8')) as EvalResults;
    if (results.schemaVersion === RESULTS_SCHEMA_VERSION && results.samples) return results;
    core.warning(`Cache entry ${key} holds results of schema ${results.schemaVersion} or without per-sample records; scoring again.`);
  } catch (error) {
    core.warning(`Cache entry ${key} has no readable ${RESULTS_FILE} (${(error as Error).message}); scoring again.`);
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

/** Restores into a clean folder: a self-hosted runner keeps the workspace, and a stale file must never pass for a hit. */
async function restoreResults({ store, workspace }: BaselineContext, key: string, restoreKeys: string[]): Promise<Baseline | null> {
  const dir = path.join(workspace, BASELINE_CACHE_DIR);
  rmSync(dir, { recursive: true, force: true });
  const matched = await store.restore(key, restoreKeys, BASELINE_CACHE_DIR);
  const file = path.join(dir, RESULTS_FILE);
  if (matched === null || !existsSync(file)) return null;
  const results = readCachedResults(file, matched);
  return results && { results, file, restoredFrom: matched };
}

async function saveResults({ store, workspace }: BaselineContext, key: string, results: EvalResults): Promise<string> {
  const file = path.join(workspace, BASELINE_CACHE_DIR, RESULTS_FILE);
  rmSync(path.dirname(file), { recursive: true, force: true });
  writeResults(file, results);
  if (await store.save(key, BASELINE_CACHE_DIR)) core.info(`Saved the baseline results to the Actions cache as ${key}`);
  return file;
}

/** Mode (a): the cached results of `baseline-model`, else scored now and saved for the next run. */
export async function baselineFromModel(
  context: BaselineContext,
  key: string,
  score: () => Promise<EvalResults>,
): Promise<Baseline> {
  const restored = await restoreResults(context, key, []);
  if (restored) {
    core.info(`Baseline restored from the Actions cache (${key}): not scored again`);
    return restored;
  }
  core.info(`No cached baseline under ${key}: scoring the baseline model`);
  const results = await score();
  return { results, file: await saveResults(context, key, results), restoredFrom: null };
}

/** Mode (b) on a PR: the newest results saved by the base branch, if any. */
export async function baselineFromBranch(context: BaselineContext, prefix: string): Promise<Baseline | null> {
  const restored = await restoreResults(context, prefix, [prefix]);
  if (restored) core.info(`Baseline restored from the base branch's results (${restored.restoredFrom})`);
  return restored;
}

/** Mode (b) on the base branch: this run's results become the baseline later PRs restore. */
export async function publishBranchBaseline(context: BaselineContext, key: string, results: EvalResults): Promise<string> {
  return saveResults(context, key, results);
}
