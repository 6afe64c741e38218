/**
 * The PR's iteration history through the real @actions/cache client against a cache service on
 * 127.0.0.1: each run saves a new entry, the next restores the newest, re-runs of a commit keep
 * one row, and an entry that is not a valid history of this PR starts a new one with a warning.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyHistory, recordIteration, type IterationRecord, type PrHistory } from '@ftbench/core';
import { openCacheStore, type CacheStore } from '../src/cache-store.js';
import { historyKey, historyKeyPrefix, restoreHistory, saveHistory, type HistoryPlace } from '../src/pr-history.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const ENV_NAMES = ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'GITHUB_WORKSPACE'];

let service: FakeCache;
let root: string;
let store: CacheStore;
let stdout: string[];
let savedEnv: Record<string, string | undefined>;
let savedCwd: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-pr-history-'));
  service = await startFakeCache();
});

afterAll(async () => {
  await service?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
  Object.assign(process.env, service.env(), { GITHUB_WORKSPACE: root });
  savedCwd = process.cwd();
  process.chdir(root);
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  store = await openCacheStore();
});

afterEach(() => {
  vi.restoreAllMocks();
  process.chdir(savedCwd);
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const warnings = () =>
  stdout
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::warning'));

/** One run of the action on PR `pr`: its own key (run id and attempt), the same folder. */
function place(pr: number, runId: string, attempt = '1'): HistoryPlace {
  const prefix = historyKeyPrefix('acme/llm', pr);
  return {
    store,
    dir: path.join(root, 'ftbench', 'pr-history'),
    prefix,
    key: historyKey(prefix, { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt }),
    pullRequest: pr,
  };
}

const record = (sha: string, taskGain: number): IterationRecord => ({
  sha: sha.repeat(40).slice(0, 40),
  time: '2026-12-01T10:00:00.000Z',
  passed: true,
  point: { name: sha, taskGain, generalDrop: 0, worstGeneral: null, tasks: [], general: [], goals: [], limits: [] },
});

/** What a run does: restore, record its push, save. */
async function run(at: HistoryPlace, iteration: IterationRecord): Promise<PrHistory> {
  const history = recordIteration(await restoreHistory(at), iteration);
  await saveHistory(at, history);
  return history;
}

describe('the PR history in the Actions cache', () => {
  it('grows by one row per push across runs; a re-run of the same commit replaces its row', async () => {
    expect(await restoreHistory(place(1, '100'))).toEqual(emptyHistory(1));
    await run(place(1, '100'), record('a', 1));
    await run(place(1, '101'), record('b', 2));
    // The second push's job re-run (attempt 2), then a third push.
    await run(place(1, '101', '2'), { ...record('b', 2.5), time: '2026-12-01T11:00:00.000Z' });
    const latest = await run(place(1, '102'), record('c', 3));
    expect(latest.iterations.map((iteration) => [iteration.sha[0], iteration.point.taskGain])).toEqual([
      ['a', 1],
      ['b', 2.5],
      ['c', 3],
    ]);
    expect((await restoreHistory(place(1, '103'))).iterations).toHaveLength(3);
    // Another PR's entries are under another prefix.
    expect(await restoreHistory(place(2, '104'))).toEqual(emptyHistory(2));
    expect(warnings()).toEqual([]);
  });

  it('starts a new history, with a warning, from an entry that is not a valid history of this PR', async () => {
    const at = place(3, '200');
    mkdirSync(at.dir, { recursive: true });
    writeFileSync(
      path.join(at.dir, 'history.json'),
      JSON.stringify({ ...emptyHistory(3), iterations: [{ ...record('d', 1), sha: '[x](https://evil.example)' }] }),
    );
    expect(await store.save(`${at.prefix}forged`, at.dir)).toBe(true);
    expect(await restoreHistory(place(3, '201'))).toEqual(emptyHistory(3));
    expect(warnings().join('\n')).toMatch(/is not an ftbench PR history: iterations\[0\]\.sha: .*starting a new history\. The check is not affected\./);
  });
});
