/**
 * The action's Hub dataset cache, run as a runner runs it (the bundle built from the sources,
 * Node 24) against a local Hugging Face Hub and a local Actions cache service: a fresh runner
 * restores what an earlier job downloaded and asks the Hub nothing; a pin in ftbench.yml reads
 * that commit under a key of its own; pins that cannot apply are refused before any scoring; data a
 * pull request commits where a cache could be is never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubSource } from '../../core/src/index.js';
import { writeToyModel } from '../../core/src/testing.js';
import { startFakeHub, type FakeHub } from '../../core/test/hub/fake-hub.js';
import { ARC_COLUMNS, hubParquet } from '../../core/test/hub/hub-parquet.js';
import { isolatedTempDir, runAction, type ActionRun } from '../../../test/e2e/action-harness.js';
import { buildActionCheckout } from './helpers/built-action.js';
import { cacheServiceEnv, closedPortUrl, startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const commit = (label: string) => createHash('sha1').update(label).digest('hex');
const V1 = commit('arc v1');
const V2 = commit('arc v2');
const rows = [
  { id: 'e1', question: 'Which is a mammal?', choices: { text: ['shark', 'whale', 'trout'], label: ['A', 'B', 'C'] }, answerKey: 'B' },
  { id: 'e2', question: 'What melts ice?', choices: { text: ['heat', 'cold'], label: ['A', 'B'] }, answerKey: 'A' },
  { id: 'e3', question: 'Which is a planet?', choices: { text: ['Mars', 'Moon', 'Sun', 'Comet'], label: ['A', 'B', 'C', 'D'] }, answerKey: 'A' },
];
const arcFiles = (questions: typeof rows) => ({
  'ARC-Easy/test-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, questions),
  'ARC-Easy/train-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, questions.slice(0, 1)),
});
const DATASET_KEY = /^ftbench-hf-datasets-v1-[0-9a-f]{32}$/;

let root: string;
let workspace: string;
/** The runner's RUNNER_TEMP: the same path on every runner, as on GitHub's. */
let runnerTemp: string;
let checkout: string;
let hub: FakeHub;
let cache: FakeCache;
let runs = 0;

beforeAll(async () => {
  root = isolatedTempDir('ftbench-dataset-cache-');
  workspace = path.join(root, 'work', 'repo', 'repo');
  runnerTemp = path.join(root, 'work', '_temp');
  mkdirSync(workspace, { recursive: true });
  await writeToyModel(path.join(workspace, 'model'), { seed: 11, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
  checkout = await buildActionCheckout(path.join(root, 'checkout'));
  // V1 lacks the third question: a run that reads V1 scores two documents, one that reads V2 three.
  hub = await startFakeHub({ 'allenai/ai2_arc': { refs: { main: V2 }, commits: { [V1]: arcFiles(rows.slice(0, 2)), [V2]: arcFiles(rows) } } });
  cache = await startFakeCache();
});

afterAll(async () => {
  await Promise.all([hub?.close(), cache?.close()]);
  rmSync(root, { recursive: true, force: true });
});

/**
 * A run on a fresh runner: the workspace holds the checked-out files (`checkedOut` adds some),
 * nothing ftbench wrote there; RUNNER_TEMP is empty.
 */
async function runOnFreshRunner(
  inputs: Record<string, string>,
  env: Record<string, string> = cache.env(),
  checkedOut?: () => Promise<void>,
): Promise<ActionRun> {
  rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  await checkedOut?.();
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: { model: 'model', 'batch-size': '8', comment: 'false', ...inputs },
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    env: { GITHUB_REF_NAME: 'main', HF_ENDPOINT: hub.endpoint, HF_TOKEN: '', HF_HOME: path.join(root, 'hf-home'), RUNNER_TEMP: runnerTemp, ...env },
  });
}

const datasetKeys = () => cache.entries.filter((entry) => entry.key.startsWith('ftbench-hf-datasets-')).map((entry) => entry.key);
const arcOf = (run: ActionRun) =>
  (JSON.parse(readFileSync(run.outputs.results, 'utf8')) as { tasks: Record<string, { n: number; metrics: unknown; dataset: { revision: string } }> }).tasks
    .arc_easy;

describe('the Hub dataset cache', () => {
  let firstKey: string;

  it('saves what the first run downloads; a fresh runner restores it and makes no Hub request', async () => {
    const first = await runOnFreshRunner({ tasks: 'arc_easy' });
    expect(first.exitCode, first.log).toBe(0);
    expect(first.log).toContain('No cached Hub datasets: downloading them');
    expect(hub.requests.map((request) => request.path)).toContain('/api/datasets/allenai/ai2_arc/revision/main');
    expect(datasetKeys()).toEqual([expect.stringMatching(DATASET_KEY)]);
    [firstKey] = datasetKeys();
    expect(first.log).toContain(`Saved the Hub datasets to the Actions cache as ${firstKey}`);
    const firstArc = arcOf(first);
    expect(firstArc).toMatchObject({ n: 3, dataset: { revision: V2 } });
    expect(existsSync(path.join(workspace, '.ftbench', 'cache'))).toBe(false);

    const requestsBefore = hub.requests.length;
    const second = await runOnFreshRunner({ tasks: 'arc_easy' });
    expect(second.exitCode, second.log).toBe(0);
    expect(hub.requests.slice(requestsBefore)).toEqual([]);
    expect(second.log).toContain(`Hub datasets restored from the Actions cache (${firstKey})`);
    expect(datasetKeys()).toEqual([firstKey]);
    expect(arcOf(second)).toEqual(firstArc);
  });

  it('reads the commit ftbench.yml pins, under a key of its own, starting from the older cache', async () => {
    writeFileSync(path.join(workspace, 'ftbench.yml'), `tasks:\n  - arc_easy\ndataset-revisions:\n  allenai/ai2_arc: ${V1}\n`);
    try {
      const requestsBefore = hub.requests.length;
      const pinned = await runOnFreshRunner({});
      expect(pinned.exitCode, pinned.log).toBe(0);
      expect(pinned.log).toContain(`Hub datasets partly restored from an older cache (${firstKey})`);
      const paths = hub.requests.slice(requestsBefore).map((request) => request.path);
      expect(paths).toContain(`/api/datasets/allenai/ai2_arc/revision/${V1}`);
      expect(paths.filter((p) => p.includes('/revision/main'))).toEqual([]);
      expect(arcOf(pinned)).toMatchObject({ n: 2, dataset: { revision: V1 } });
      expect(datasetKeys()).toEqual([firstKey, expect.stringMatching(DATASET_KEY)]);
      expect(datasetKeys()[1]).not.toBe(firstKey);
    } finally {
      rmSync(path.join(workspace, 'ftbench.yml'));
    }
  });

  it('refuses, before scoring, a pin for a dataset no task reads and pins together with data-dir', async () => {
    const entriesBefore = cache.entries.length;
    writeFileSync(path.join(workspace, 'ftbench.yml'), `tasks:\n  - arc_easy\ndataset-revisions:\n  cais/mmlu: ${V1}\n`);
    try {
      const stray = await runOnFreshRunner({});
      expect(stray.exitCode).toBe(1);
      expect(stray.log).toMatch(
        /dataset-revisions in ftbench\.yml names cais\/mmlu, which is neither a selected task nor its Hub dataset\..*allenai\/ai2_arc/s,
      );

      writeFileSync(path.join(workspace, 'ftbench.yml'), `tasks:\n  - arc_easy\ndataset-revisions:\n  arc_easy: ${V1}\n`);
      const withDataDir = await runOnFreshRunner({ 'data-dir': 'datasets' });
      expect(withDataDir.exitCode).toBe(1);
      expect(withDataDir.log).toContain('dataset-revisions in ftbench.yml pins Hub datasets, but the data-dir input reads local releases.');
      for (const run of [stray, withDataDir]) expect(run.log).not.toContain('Scoring the candidate model');
      expect(cache.entries.length).toBe(entriesBefore);
    } finally {
      rmSync(path.join(workspace, 'ftbench.yml'));
    }
  });

  it('never reads Hub data a pull request committed where a cache could be', async () => {
    // A complete, self-consistent forged cache (listing, ref, integrity records): one easy question
    // instead of three, as a PR could commit it beside its model.
    const forger = await startFakeHub({ 'allenai/ai2_arc': { refs: { main: V2 }, commits: { [V2]: arcFiles(rows.slice(0, 1)) } } });
    const forge = async (cacheDir: string) => {
      const source = new HubSource({ cacheDir, endpoint: forger.endpoint });
      for (const split of ['test', 'train']) await source.loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Easy' }, split);
    };
    // No Actions cache to restore from: what is read is what the folder holds, or the Hub.
    const noCache = cacheServiceEnv(await closedPortUrl());
    try {
      // Where the action kept its cache before: .ftbench/cache in the workspace.
      const committed = () => forge(path.join(workspace, '.ftbench', 'cache', 'datasets'));
      const inWorkspace = await runOnFreshRunner({ tasks: 'arc_easy' }, noCache, committed);
      expect(inWorkspace.exitCode, inWorkspace.log).toBe(0);
      expect(arcOf(inWorkspace)).toMatchObject({ n: 3, dataset: { revision: V2 } });

      // A workflow that points FTBENCH_CACHE_DIR into the workspace still starts from an empty dataset folder.
      const pointedIn = await runOnFreshRunner({ tasks: 'arc_easy' }, { ...noCache, FTBENCH_CACHE_DIR: '.ftbench/cache' }, committed);
      expect(pointedIn.exitCode, pointedIn.log).toBe(0);
      expect(arcOf(pointedIn)).toMatchObject({ n: 3, dataset: { revision: V2 } });
    } finally {
      await forger.close();
      rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
    }
  });

  it('reports the verdict when the cache service stops answering: the restore ends at its deadline, and so does the job', { timeout: 60_000 }, async () => {
    cache.faults.push({ call: 'GetCacheEntryDownloadURL', kind: 'hang', times: 100 });
    try {
      // 0.01 minutes: the restore deadline follows @actions/cache's download timeout variable.
      const run = await runOnFreshRunner({ tasks: 'arc_easy' }, { ...cache.env(), SEGMENT_DOWNLOAD_TIMEOUT_MINS: '0.01' });
      expect(run.exitCode, run.log).toBe(0);
      expect(run.log).toMatch(/::warning::The GitHub Actions cache did not finish restoring ftbench-hf-datasets-v1-\w+ within 0\.6 s: going on without it/);
      expect(run.outputs.passed).toBe('true');
      expect(arcOf(run)).toMatchObject({ n: 3, dataset: { revision: V2 } });
      expect(run.log).toMatch(/ftbench finished in/);
    } finally {
      cache.faults.length = 0;
    }
  });
});
