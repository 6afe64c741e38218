/**
 * `ftbench fetch-data`'s engine and the air-gapped story: pre-fetch every split a task can read,
 * then run offline without a request. Also custom suites from a Hub repo, and the CI cache key.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetCachePlan, hubDatasetsForTasks, prefetchTasks } from '../../src/data/hub/prefetch.js';
import { HubSource } from '../../src/data/hub/source.js';
import { loadHubSuite, parseHubSuiteSpec } from '../../src/data/hub/suite.js';
import { FtbenchError } from '../../src/errors.js';
import { startFakeHub, type FakeHub, useFakeHub } from './fake-hub.js';
import { ARC_COLUMNS, hubParquet } from './hub-parquet.js';

const ARC_SHA = createHash('sha1').update('arc').digest('hex');
const SUITES_SHA = createHash('sha1').update('suites').digest('hex');
const arcRow = (id: string, answerKey: string) => ({ id, question: `Question ${id}?`, choices: { text: ['yes', 'no'], label: ['A', 'B'] }, answerKey });
const LEGAL = [
  { id: 'l1', question: 'Is a verbal contract binding?', choices: ['Often yes', 'Never'], answer: 'A' },
  { id: 'l2', question: 'Who signs a deed?', choices: ['The grantor', 'The notary only'], answer: 'A' },
];

let hub: FakeHub;
let root: string;

beforeAll(async () => {
  hub = await startFakeHub({
    'allenai/ai2_arc': {
      refs: { main: ARC_SHA },
      commits: {
        [ARC_SHA]: {
          'ARC-Easy/test-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [arcRow('t1', 'A'), arcRow('t2', 'B')]),
          'ARC-Easy/train-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [arcRow('r1', 'B')]),
          'ARC-Easy/validation-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [arcRow('v1', 'A')]),
        },
      },
    },
    'my-org/evals': {
      refs: { main: SUITES_SHA },
      commits: {
        [SUITES_SHA]: { 'README.md': '# suites\n', 'legal.jsonl': LEGAL.map((i) => JSON.stringify(i)).join('\n'), 'tax.jsonl': JSON.stringify(LEGAL[0]) },
      },
    },
  });
});
afterAll(async () => {
  await hub.close();
});
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-prefetch-'));
  useFakeHub(hub, root);
  hub.requests.length = 0;
  return () => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  };
});

describe('prefetchTasks', () => {
  it('fetches the evaluation and few-shot splits, after which an offline run needs no request', async () => {
    const fetched = await prefetchTasks(['arc_easy', 'suite:hf://my-org/evals/legal.jsonl'], new HubSource());
    expect(fetched).toEqual([
      { dataset: 'allenai/ai2_arc', config: 'ARC-Easy', split: 'test', sha: ARC_SHA, files: ['ARC-Easy/test-00000-of-00001.parquet'] },
      { dataset: 'allenai/ai2_arc', config: 'ARC-Easy', split: 'train', sha: ARC_SHA, files: ['ARC-Easy/train-00000-of-00001.parquet'] },
      { dataset: 'my-org/evals', config: 'suite', split: 'legal', sha: SUITES_SHA, files: ['legal.jsonl'] },
    ]);

    vi.stubEnv('HF_HUB_OFFLINE', '1');
    hub.requests.length = 0;
    const offline = new HubSource();
    expect((await offline.loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Easy' }, 'test')).rows.map((r) => r.id)).toEqual(['t1', 't2']);
    expect((await offline.loadSplit({ path: 'allenai/ai2_arc', name: 'ARC-Easy' }, 'train')).rows.map((r) => r.id)).toEqual(['r1']);
    expect((await loadHubSuite('hf://my-org/evals/legal.jsonl', offline.client)).items.map((i) => i.id)).toEqual(['l1', 'l2']);
    expect(hub.requests).toEqual([]);
  });
});

describe('suites from a Hub dataset repository', () => {
  it('names the suite by the commit it was read at', async () => {
    const suite = await loadHubSuite('hf://datasets/my-org/evals/legal.jsonl', new HubSource().client);
    expect(suite.name).toBe('legal');
    expect(suite.path).toBe(`hf://datasets/my-org/evals@${SUITES_SHA}/legal.jsonl`);
    expect(suite.items.map((i) => [i.question, i.answer])).toEqual([
      ['Is a verbal contract binding?', 0],
      ['Who signs a deed?', 0],
    ]);
  });

  it('asks which file to run when the repository holds several', async () => {
    const error = await loadHubSuite('hf://my-org/evals', new HubSource().client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as FtbenchError).message).toBe(`dataset my-org/evals at ${SUITES_SHA} holds 2 suite files; name the one to run.`);
    expect((error as FtbenchError).hint).toContain('Suite files there: legal.jsonl, tax.jsonl.');
  });

  it('parses org/name, a revision, and a path', () => {
    expect(parseHubSuiteSpec('hf://my-org/evals')).toEqual({ repo: 'my-org/evals', revision: 'main' });
    expect(parseHubSuiteSpec('hf://datasets/my-org/evals@v2/sub/legal.yaml')).toEqual({ repo: 'my-org/evals', revision: 'v2', path: 'sub/legal.yaml' });
    expect(parseHubSuiteSpec('hf://my-org/evals@refs%2Fpr%2F3')).toEqual({ repo: 'my-org/evals', revision: 'refs/pr/3' });
    expect(() => parseHubSuiteSpec('hf://just-a-name')).toThrow(FtbenchError);
  });
});

describe('datasetCachePlan', () => {
  const mmlu = { path: 'cais/mmlu', name: 'anatomy' };
  const arc = { path: 'allenai/ai2_arc', name: 'ARC-Easy' };

  it('caches the dataset directory under a key made of datasets, configs and revisions', () => {
    const plan = datasetCachePlan([mmlu, arc, mmlu], { FTBENCH_CACHE_DIR: '/ci/cache' });
    expect(plan.path).toBe('/ci/cache/datasets');
    expect(plan.key).toMatch(/^ftbench-hf-datasets-v1-[0-9a-f]{32}$/);
    expect(plan.restoreKeys).toEqual(['ftbench-hf-datasets-v1-']);
    expect(datasetCachePlan([arc, mmlu], {}).key).toBe(plan.key); // order and repeats do not matter
    expect(datasetCachePlan([arc, { ...mmlu, revision: 'main' }], {}).key).toBe(plan.key); // main is the default
    expect(datasetCachePlan([arc, { ...mmlu, revision: 'v2' }], {}).key).not.toBe(plan.key);
    expect(datasetCachePlan([arc, { ...mmlu, name: 'virology' }], {}).key).not.toBe(plan.key);
  });
});

describe('hubDatasetsForTasks', () => {
  it("leaves mt_bench out: it is no registry task, and its data comes through MT-Bench's own loader", async () => {
    expect(await hubDatasetsForTasks(['mt_bench'])).toEqual([]);
    expect((await hubDatasetsForTasks(['arc_easy', 'mt_bench'])).map(({ task }) => task.name)).toEqual(['arc_easy']);
  });
});
