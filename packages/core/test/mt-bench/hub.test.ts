/**
 * MT-Bench from the Hub: FastChat's files in the lmsys/mt-bench Space (the fake Hub on 127.0.0.1 serving the shared
 * copies), read through the Hub client's cache at the commit the branch resolved to, pinned by content: a Space whose
 * file differs from FastChat's by one byte is refused, and an offline run reads what the cache holds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HubClient } from '../../src/data/hub/client.js';
import { hubDatasetsForTasks, prefetchTasks } from '../../src/data/hub/prefetch.js';
import { HubSource } from '../../src/data/hub/source.js';
import { loadHubMtBench, loadLocalMtBench } from '../../src/mt-bench/load.js';
import { startFakeHub, type FakeHub } from '../hub/fake-hub.js';
import { describeWithShared, sharedDatasets } from '../paths.js';

const GOOD = 'a'.repeat(40);
const TAMPERED = 'b'.repeat(40);

describeWithShared('MT-Bench from the lmsys/mt-bench Space', ['datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-hub-'));
  const read = (file: string) => readFileSync(path.join(sharedDatasets, 'mt_bench', file));
  const files = {
    'data/mt_bench/question.jsonl': read('question.jsonl'),
    'data/mt_bench/reference_answer/gpt-4.jsonl': read('reference_answer/gpt-4.jsonl'),
    'data/judge_prompts.jsonl': read('judge_prompts.jsonl'),
    'app.py': 'print("the Space app")\n',
  };
  let hub: FakeHub;
  const client = (cacheDir: string, offline = false) => new HubClient({ endpoint: hub.endpoint, cacheDir, token: undefined, offline, onWarning: () => {} });
  beforeAll(async () => {
    hub = await startFakeHub({ 'spaces/lmsys/mt-bench': { commits: { [GOOD]: files }, refs: { main: GOOD } } });
  });
  afterAll(async () => {
    await hub?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("reads FastChat's files at the commit main resolved to, the same data as the shared copies, and again offline from the cache", async () => {
    const cacheDir = path.join(root, 'cache');
    const { data, dataset } = await loadHubMtBench(client(cacheDir));
    expect(dataset).toEqual({ source: 'hub', path: 'spaces/lmsys/mt-bench', split: 'question', revision: GOOD });
    expect(data).toEqual((await loadLocalMtBench(sharedDatasets)).data);
    expect(hub.requests.map((r) => r.path)).toContain('/api/spaces/lmsys/mt-bench/revision/main');
    expect(hub.requests.some((r) => r.path === '/spaces/lmsys/mt-bench/resolve/' + GOOD + '/data/mt_bench/question.jsonl')).toBe(true);
    const before = hub.requests.length;
    const offline = await loadHubMtBench(client(cacheDir, true));
    expect(offline.dataset.revision).toBe(GOOD);
    expect(hub.requests.length).toBe(before);
  });

  it("ftbench fetch-data --tasks mt_bench caches the three files; the action's dataset list leaves MT-Bench out", async () => {
    const cacheDir = path.join(root, 'cache-prefetch');
    const fetched = await prefetchTasks(['mt_bench'], new HubSource({ client: client(cacheDir) }));
    expect(fetched).toEqual([
      {
        dataset: 'spaces/lmsys/mt-bench',
        config: 'mt_bench',
        split: 'question',
        sha: GOOD,
        files: ['data/mt_bench/question.jsonl', 'data/mt_bench/reference_answer/gpt-4.jsonl', 'data/judge_prompts.jsonl'],
      },
    ]);
    expect((await loadHubMtBench(client(cacheDir, true))).dataset.revision).toBe(GOOD);
    expect((await hubDatasetsForTasks(['mt_bench', 'arc_easy'])).map((d) => d.task.name)).toEqual(['arc_easy']);
  });

  it("refuses a Space whose judge prompts are not byte for byte FastChat's", async () => {
    await hub.close();
    // One changed character: "[[rating]]" becomes "[[score]]" in the first single-answer prompt.
    const tampered = Buffer.from(files['data/judge_prompts.jsonl'].toString('utf8').replace('[[rating]]', '[[score]]'));
    hub = await startFakeHub({
      'spaces/lmsys/mt-bench': { commits: { [TAMPERED]: { ...files, 'data/judge_prompts.jsonl': tampered } }, refs: { main: TAMPERED } },
    });
    await expect(loadHubMtBench(client(path.join(root, 'cache-tampered')))).rejects.toThrow(
      /data\/judge_prompts\.jsonl is not FastChat's judge_prompts\.jsonl \(its sha256 differs/,
    );
  });
});
