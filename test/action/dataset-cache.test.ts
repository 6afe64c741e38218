/**
 * The action's Hub dataset cache, run as a runner runs it (the bundle built from the sources,
 * Node 24) against a local Hugging Face Hub and a local Actions cache service: a fresh runner
 * restores what an earlier job downloaded and asks the Hub nothing; a pin in ftbench.yml reads
 * that commit under a key of its own; pins that cannot apply are refused before any scoring.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeToyModel } from '../../packages/core/src/index.js';
import { startFakeHub, type FakeHub } from '../../packages/core/test/hub/fake-hub.js';
import { ARC_COLUMNS, hubParquet } from '../../packages/core/test/hub/hub-parquet.js';
import { isolatedTempDir, runAction, type ActionRun } from '../e2e/action-harness.js';
import { buildActionCheckout } from './helpers/built-action.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

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
let checkout: string;
let hub: FakeHub;
let cache: FakeCache;
let runs = 0;

beforeAll(async () => {
  root = isolatedTempDir('ftbench-dataset-cache-');
  workspace = path.join(root, 'workspace');
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

/** A run on a fresh runner: the workspace keeps the checked-out files, nothing ftbench wrote there. */
function runOnFreshRunner(inputs: Record<string, string>): Promise<ActionRun> {
  rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: { model: 'model', 'batch-size': '8', comment: 'false', ...inputs },
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    env: { ...cache.env(), GITHUB_REF_NAME: 'main', HF_ENDPOINT: hub.endpoint, HF_TOKEN: '', HF_HOME: path.join(root, 'hf-home') },
  });
}

const datasetKeys = () => cache.entries.filter((entry) => entry.key.startsWith('ftbench-hf-datasets-')).map((entry) => entry.key);
const arcOf = (run: ActionRun) =>
  (JSON.parse(readFileSync(run.outputs.results, 'utf8')) as { tasks: Record<string, { n: number; metrics: unknown; dataset: { revision: string } }> }).tasks.arc_easy;

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
    expect(arcOf(first)).toMatchObject({ n: 3, dataset: { revision: V2 } });

    const requestsBefore = hub.requests.length;
    const second = await runOnFreshRunner({ tasks: 'arc_easy' });
    expect(second.exitCode, second.log).toBe(0);
    expect(hub.requests.slice(requestsBefore)).toEqual([]);
    expect(second.log).toContain(`Hub datasets restored from the Actions cache (${firstKey})`);
    expect(datasetKeys()).toEqual([firstKey]);
    expect(arcOf(second)).toEqual(arcOf(first));
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
      expect(stray.log).toMatch(/dataset-revisions in ftbench\.yml names cais\/mmlu, which is neither a selected task nor its Hub dataset\..*allenai\/ai2_arc/s);

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
});
