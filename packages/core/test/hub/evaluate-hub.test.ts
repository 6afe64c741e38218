/**
 * simpleEvaluate on Hub data: the commit read is recorded, a pin selects it, and a different
 * commit gives a different task hash even when the rows are the same (a baseline scored on other
 * data is never compared as equal). Also a custom suite from a Hub repository.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HubSource } from '../../src/data/hub/source.js';
import { FtbenchError } from '../../src/errors.js';
import { simpleEvaluate } from '../../src/evaluator.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { startFakeHub, type FakeHub, useFakeHub } from './fake-hub.js';
import { ARC_COLUMNS, hubParquet } from './hub-parquet.js';

const commit = (label: string) => createHash('sha1').update(label).digest('hex');
const V1 = commit('arc v1');
const V2 = commit('arc v2, same rows');
const SUITES = commit('suites');
const rows = [
  { id: 'e1', question: 'Which is a mammal?', choices: { text: ['shark', 'whale', 'trout'], label: ['A', 'B', 'C'] }, answerKey: 'B' },
  { id: 'e2', question: 'What melts ice?', choices: { text: ['heat', 'cold'], label: ['A', 'B'] }, answerKey: 'A' },
];
const arcFiles = () => ({
  'ARC-Easy/test-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, rows),
  'ARC-Easy/train-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, rows.slice(0, 1)),
});

let hub: FakeHub;
let root: string;
let modelDir: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-eval-hub-'));
  modelDir = path.join(root, 'model');
  await writeToyModel(modelDir, { seed: 11, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
  hub = await startFakeHub({
    'allenai/ai2_arc': { refs: { main: V2 }, commits: { [V1]: arcFiles(), [V2]: arcFiles() } },
    'my-org/evals': { refs: { main: SUITES }, commits: { [SUITES]: { 'legal.jsonl': '{"question": "Binding?", "choices": ["yes", "no"], "answer": "A"}\n' } } },
  });
  useFakeHub(hub, path.join(root, 'cache'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await hub.close();
  rmSync(root, { recursive: true, force: true });
});

const evaluate = (extra: Partial<Parameters<typeof simpleEvaluate>[0]> = {}) =>
  simpleEvaluate({ model: modelDir, tasks: ['arc_easy'], dataSource: new HubSource(), progress: false, ...extra });

describe('simpleEvaluate with Hub data', () => {
  it('records the commit it read, honours a pin, and hashes the revision into the task', async () => {
    const latest = await evaluate();
    const pinned = await evaluate({ datasetRevisions: { 'allenai/ai2_arc': V1 } });
    expect(latest.tasks.arc_easy.dataset).toEqual({ source: 'hub', path: 'allenai/ai2_arc', name: 'ARC-Easy', split: 'test', revision: V2 });
    expect(pinned.tasks.arc_easy.dataset.revision).toBe(V1);
    // Same rows, same prompts, same scores; only the revision differs, and so does the hash.
    expect(pinned.tasks.arc_easy.metrics).toEqual(latest.tasks.arc_easy.metrics);
    expect(pinned.tasks.arc_easy.hash).not.toBe(latest.tasks.arc_easy.hash);
    expect((await evaluate({ datasetRevisions: { arc_easy: V2 } })).tasks.arc_easy.hash).toBe(latest.tasks.arc_easy.hash);
  });

  it('refuses a pin for a task that is not selected', async () => {
    await expect(evaluate({ datasetRevisions: { 'cais/mmlu': V1 } })).rejects.toThrow(FtbenchError);
  });

  it('scores a suite stored in a Hub repository and says where it came from', async () => {
    const results = await simpleEvaluate({ model: modelDir, tasks: ['suite:hf://my-org/evals/legal.jsonl'], progress: false });
    expect(results.tasks['suite:legal'].dataset).toMatchObject({ source: 'hub', path: `hf://datasets/my-org/evals@${SUITES}/legal.jsonl` });
    expect(results.tasks['suite:legal'].n).toBe(1);
  });
});
