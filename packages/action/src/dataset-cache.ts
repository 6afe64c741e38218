/**
 * Hub datasets across jobs: the standard tasks' datasets are downloaded into the action's dataset
 * cache, which the Actions cache keeps under a key naming each dataset, config and revision
 * (core's `datasetCachePlan`). A run with the same datasets restores them and makes no Hub
 * request; a run with other datasets or pins restores the newest older cache by prefix (what it
 * shares still counts) and saves its own key once the data is in.
 *
 * The cache lives outside the checkout (under RUNNER_TEMP), and its folder is emptied before each
 * restore: what is read as benchmark data is what the Actions cache or the Hub delivered, never
 * files a pull request committed, nor what an earlier job left on a self-hosted runner.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FtbenchError, HubSource, datasetCachePlan, hubDatasetsForTasks, pinnedDataset, type CachePlan, type RevisionPins } from '@ftbench/core';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';

/**
 * The cache plan for the Hub datasets the tasks read at their pinned revisions; null when they
 * read none (suites only). A pin naming no selected task or dataset is a typo, refused here
 * with the config's key before anything is downloaded or scored.
 */
async function hubDatasetPlan(
  tasks: readonly string[],
  pins: RevisionPins,
  configFile: string,
  env: Record<string, string | undefined>,
): Promise<CachePlan | null> {
  const selected = await hubDatasetsForTasks(tasks);
  const unknown = Object.keys(pins).filter((key) => !selected.some(({ task }) => task.name === key || task.dataset.path === key));
  if (unknown.length > 0) {
    const datasets = [...new Set(selected.map(({ task }) => task.dataset.path))];
    throw new FtbenchError(
      `dataset-revisions in ${configFile} names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} neither a selected task nor its Hub dataset.`,
      `Key each pin by a task name or a dataset of the selected tasks: ${datasets.join(', ') || 'none (only custom suites are selected)'}.`,
    );
  }
  if (selected.length === 0) return null;
  return datasetCachePlan(
    selected.map(({ task }) => pinnedDataset(task, pins)),
    env,
  );
}

/**
 * ftbench's cache root in the action (datasets, checkpoints) unless FTBENCH_CACHE_DIR says
 * otherwise: the runner's temporary folder, outside the checkout, which a PR cannot write to and
 * whose path relative to the workspace is the same on every runner (see cache-store.ts).
 */
export function actionCacheRoot(env: Record<string, string | undefined>): string {
  return path.join(env.RUNNER_TEMP || tmpdir(), 'ftbench-cache');
}

/** Empties `plan.path`, then restores the cached datasets into it; the matched key, or null. */
async function restoreDatasets(store: CacheStore, plan: CachePlan): Promise<string | null> {
  rmSync(plan.path, { recursive: true, force: true });
  const matched = await store.restore(plan.key, plan.restoreKeys, plan.path);
  if (matched === plan.key) core.info(`Hub datasets restored from the Actions cache (${matched})`);
  else if (matched !== null) core.info(`Hub datasets partly restored from an older cache (${matched}); the rest is downloaded`);
  else core.info('No cached Hub datasets: downloading them');
  return matched;
}

/** Saves the datasets under the plan's key, unless that exact entry was restored (entries are immutable). */
async function saveDatasets(store: CacheStore, plan: CachePlan, restored: string | null): Promise<void> {
  if (restored === plan.key || !existsSync(plan.path)) return;
  if (await store.save(plan.key, plan.path)) core.info(`Saved the Hub datasets to the Actions cache as ${plan.key}`);
}

export interface CachedHubDatasets {
  /** Reads through the restored cache; one source for every model, so all read the same commits. */
  source: HubSource;
  /** Saves what was downloaded, once every dataset has been read. */
  save(): Promise<void>;
}

/** Restores the tasks' Hub datasets from the Actions cache; null when the tasks read none. */
export async function cachedHubDatasets(
  store: CacheStore,
  request: { tasks: readonly string[]; pins: RevisionPins; configFile: string; env: Record<string, string | undefined>; workspace: string },
): Promise<CachedHubDatasets | null> {
  const plan = await hubDatasetPlan(request.tasks, request.pins, request.configFile, request.env);
  if (plan === null) return null;
  const restored = await restoreDatasets(store, plan);
  return { source: new HubSource({ cacheDir: path.resolve(request.workspace, plan.path) }), save: () => saveDatasets(store, plan, restored) };
}
