/**
 * `ftbench fetch-data`: everything a set of tasks reads from the Hub, into the cache, so that a
 * later run (an air-gapped runner with HF_HUB_OFFLINE=1, or a CI job restoring the cache) needs
 * no network. Also what a CI cache is keyed by.
 */
import { evaluationSplit, fewshotSplit } from '../../tasks/splits.js';
import { loadTaskRegistry } from '../../tasks/registry.js';
import type { DatasetRef, TaskDefinition } from '../../tasks/types.js';
import { DEFAULT_REVISION } from './client.js';
import { configName } from './layout.js';
import { assertPinsApply, pinnedDataset, type RevisionPins } from './pins.js';
import type { HubSource } from './source.js';
import { fetchHubSuite, isHubSuite } from './suite.js';
import { datasetCacheDir } from '../../cache-dir.js';
import { parseTaskRef } from '../../task-ref.js';
import { sha256Hex } from '../../hash.js';
import { MT_BENCH_TASK } from '../../mt-bench/data.js';
import { loadHubMtBench, MT_BENCH_HUB_PATHS } from '../../mt-bench/load.js';

export interface FetchedSplit {
  dataset: string;
  config: string;
  split: string;
  /** The commit the files were read at. */
  sha: string;
  files: string[];
}

/** A task's splits that a run may read: the evaluation split and the few-shot pool. */
function taskSplits(task: TaskDefinition): string[] {
  return [...new Set([evaluationSplit(task), fewshotSplit(task)])];
}

/** The leaf tasks behind task and group names (suites are left out), with their pinned datasets. */
export async function hubDatasetsForTasks(names: readonly string[], pins: RevisionPins = {}): Promise<{ task: TaskDefinition; dataset: DatasetRef }[]> {
  // MT-Bench's files are not a dataset's splits (prefetchTasks fetches them apart).
  const standard = names.map(parseTaskRef).flatMap((ref) => (ref.kind === 'registered' && ref.name !== MT_BENCH_TASK ? [ref.name] : []));
  if (standard.length === 0) {
    assertPinsApply(pins, []);
    return [];
  }
  const { tasks } = (await loadTaskRegistry()).resolve(standard);
  assertPinsApply(pins, tasks);
  return tasks.map((task) => ({ task, dataset: pinnedDataset(task, pins) }));
}

export async function prefetchTasks(names: readonly string[], source: HubSource, pins: RevisionPins = {}): Promise<FetchedSplit[]> {
  const fetched: FetchedSplit[] = [];
  for (const { task, dataset } of await hubDatasetsForTasks(names, pins)) {
    for (const split of taskSplits(task)) {
      const { snapshot, files } = await source.fetchSplit(dataset, split);
      fetched.push({ dataset: dataset.path, config: configName(dataset.name), split, sha: snapshot.sha, files: files.map((f) => f.path) });
    }
  }
  const hubSuites = names.map(parseTaskRef).flatMap((ref) => (ref.kind === 'suite' && isHubSuite(ref.location) ? [ref.location] : []));
  for (const location of hubSuites) {
    const { suite, repo, sha, file } = await fetchHubSuite(location, source.client);
    fetched.push({ dataset: repo, config: 'suite', split: suite.name, sha, files: [file] });
  }
  if (names.includes(MT_BENCH_TASK)) {
    const { dataset } = await loadHubMtBench(source.client);
    fetched.push({ dataset: dataset.path, config: MT_BENCH_TASK, split: dataset.split, sha: dataset.revision, files: Object.values(MT_BENCH_HUB_PATHS) });
  }
  return fetched;
}

/** What a CI job hands to @actions/cache. */
export interface CachePlan {
  /** The directory to cache. */
  path: string;
  /** Exact key to save under. */
  key: string;
  /** Prefixes for restoreKeys: the newest older cache is better than none. */
  restoreKeys: string[];
}

const CACHE_KEY_PREFIX = 'ftbench-hf-datasets-v1-';

/**
 * What a CI job should cache for these datasets: the cache directory, and a key from each
 * dataset, config and revision (the revision as pinned, `main` when not: the cache itself then
 * remembers which commit `main` was when it was filled, so restored runs read the same data).
 */
export function datasetCachePlan(datasets: readonly DatasetRef[], env: Record<string, string | undefined> = process.env): CachePlan {
  const entries = [...new Set(datasets.map((d) => `${d.path}:${configName(d.name)}@${d.revision ?? DEFAULT_REVISION}`))].sort();
  const digest = sha256Hex(entries.join('\n')).slice(0, 32);
  return { path: datasetCacheDir(env), key: `${CACHE_KEY_PREFIX}${digest}`, restoreKeys: [CACHE_KEY_PREFIX] };
}
