import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointCachePlan } from '../../src/checkpoint/cache-plan.js';
import { checkpointFile, loglikelihoodRequestKey, modelCheckpointKey, scoreResumable } from '../../src/checkpoint/resume.js';
import { CheckpointStore } from '../../src/checkpoint/store.js';
import type { ModelRecord } from '../../src/schema.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-resume-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Req {
  context: string;
  continuation: string;
}
/** 10 documents of 3 choices. */
const requests: Req[] = Array.from({ length: 30 }, (_, i) => ({ context: `doc ${Math.floor(i / 3)}`, continuation: ` choice ${i % 3}` }));
const groupSizes = Array(10).fill(3);
/** A stand-in model: the score of a request is a function of its text alone. */
const scoreOf = (r: Req) => -(r.context.length * 10 + Number(r.continuation.at(-1)));

function fakeModel() {
  const calls: Req[][] = [];
  return {
    calls,
    score: async (batch: Req[], onProgress: (done: number) => void) => {
      calls.push(batch);
      onProgress(batch.length);
      return batch.map(scoreOf);
    },
  };
}

describe('scoreResumable', () => {
  it('without a checkpoint scores everything in one call', async () => {
    const model = fakeModel();
    const { values, resumed } = await scoreResumable({ requests, groupSizes, keyOf: loglikelihoodRequestKey, score: model.score });
    expect(values).toEqual(requests.map(scoreOf));
    expect(resumed).toBe(0);
    expect(model.calls.map((c) => c.length)).toEqual([30]);
  });

  it('scores the same chunks without a checkpoint as with one: the batches, and so the numbers, are the same', async () => {
    const model = fakeModel();
    await scoreResumable({ requests, groupSizes, keyOf: loglikelihoodRequestKey, score: model.score, chunkRequests: 8 });
    expect(model.calls.map((c) => c.length)).toEqual([9, 9, 9, 3]);
  });

  it('appends whole documents chunk by chunk, and a resumed run scores only what is missing', async () => {
    const file = path.join(root, 'chunks.jsonl');
    const first = fakeModel();
    const store = CheckpointStore.open(file, { resume: false });
    const progress: number[] = [];
    await scoreResumable({
      requests,
      groupSizes,
      keyOf: loglikelihoodRequestKey,
      score: first.score,
      store,
      chunkRequests: 8,
      onProgress: (d) => progress.push(d),
    });
    store.close();
    // 8 requests round up to 3 whole documents (9 requests): 9, 9, 9, then the last document.
    expect(first.calls.map((c) => c.length)).toEqual([9, 9, 9, 3]);
    expect(progress).toEqual([0, 9, 18, 27, 30]);

    // Keep what the first two chunks wrote, as if the process had died during the third.
    const partial = CheckpointStore.open(file, { resume: true });
    const kept = [...partial.loaded.records].slice(0, 18);
    partial.close();
    const truncated = CheckpointStore.open(file, { resume: false });
    truncated.append(kept.map(([key, value]) => ({ key, value })));
    truncated.close();

    const second = fakeModel();
    const resumedStore = CheckpointStore.open(file, { resume: true });
    const { values, resumed } = await scoreResumable({
      requests,
      groupSizes,
      keyOf: loglikelihoodRequestKey,
      score: second.score,
      store: resumedStore,
      chunkRequests: 8,
    });
    resumedStore.close();
    expect(resumed).toBe(18);
    expect(second.calls).toEqual([requests.slice(18, 27), requests.slice(27, 30)]); // the same chunks as the uninterrupted run's last two
    expect(values).toEqual(requests.map(scoreOf));
  });

  it('rejects group sizes that do not cover the requests', async () => {
    await expect(scoreResumable({ requests, groupSizes: [3, 3], keyOf: loglikelihoodRequestKey, score: fakeModel().score })).rejects.toThrow(
      'group sizes cover 6 of 30 requests',
    );
  });
});

describe('checkpoint keys', () => {
  const model: ModelRecord = {
    path: '/models/a',
    fingerprint: 'f'.repeat(64),
    tokenizerFingerprint: 't'.repeat(64),
    maxLength: 1024,
    hasPastKeyValues: true,
    logitsType: 'float32',
    addBosToken: false,
  };

  it('ignore where the model lives, and change with what changes its scores', () => {
    const key = modelCheckpointKey(model, 'cpu');
    expect(modelCheckpointKey({ ...model, path: '/elsewhere' }, 'cpu')).toBe(key);
    for (const changed of [
      { ...model, fingerprint: 'e'.repeat(64) },
      { ...model, maxLength: 512 },
      { ...model, addBosToken: true },
    ]) {
      expect(modelCheckpointKey(changed, 'cpu')).not.toBe(key);
    }
    expect(modelCheckpointKey(model, 'cuda:0')).not.toBe(key);
  });

  it('name one file per model and task hash', () => {
    const a = checkpointFile('/ck', 'm1', 'suite:clinic', 'h1');
    expect(path.dirname(a)).toBe('/ck');
    expect(path.basename(a)).toMatch(/^suite_clinic-[0-9a-f]{32}\.jsonl$/);
    expect(checkpointFile('/ck', 'm1', 'suite:clinic', 'h2')).not.toBe(a);
    expect(checkpointFile('/ck', 'm2', 'suite:clinic', 'h1')).not.toBe(a);
  });

  it('tell requests apart by context and continuation', () => {
    const key = loglikelihoodRequestKey({ context: 'a b', continuation: ' c' });
    expect(loglikelihoodRequestKey({ context: 'a', continuation: ' b c' })).not.toBe(key);
    expect(loglikelihoodRequestKey({ context: 'a b', continuation: ' c' })).toBe(key);
  });
});

describe('checkpointCachePlan', () => {
  it('saves each CI attempt under its own key and restores the newest of the same scope', () => {
    const plan = checkpointCachePlan('octo/repo#42', 2, { FTBENCH_CACHE_DIR: '/ci/ftbench' });
    expect(plan).toEqual({
      path: '/ci/ftbench/checkpoints',
      key: 'ftbench-checkpoints-v1-octo_repo_42-2',
      restoreKeys: ['ftbench-checkpoints-v1-octo_repo_42-'],
    });
  });
});
