/**
 * The cache adapter against a local implementation of the Actions cache service protocol:
 * @actions/cache really tars, uploads, finalizes, looks up and downloads.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCacheStore, type CacheStore } from '../../packages/action/src/cache-store.js';
import { cacheServiceEnv, closedPortUrl, startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const CACHE_ENV_NAMES = ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE', 'RUNNER_TEMP'];

let workspace: string;
let savedEnv: Record<string, string | undefined>;
let stdout: string[];

function useEnv(env: Record<string, string>): void {
  for (const name of CACHE_ENV_NAMES) delete process.env[name];
  Object.assign(process.env, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(workspace, '.runner-temp') }, env);
}

/** `::warning::` lines @actions/core printed (workflow commands go to stdout). */
const warnings = () => stdout.join('').split('\n').filter((line) => line.startsWith('::warning'));

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ftbench-cache-store-'));
  savedEnv = Object.fromEntries(CACHE_ENV_NAMES.map((name) => [name, process.env[name]]));
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(workspace, { recursive: true, force: true });
});

function writeFolder(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'results.json'), text);
}

describe('CacheStore on the Actions cache service', () => {
  let service: FakeCache;
  let store: CacheStore;
  beforeAll(async () => {
    service = await startFakeCache();
  });
  afterAll(() => service.close());
  beforeEach(async () => {
    useEnv(service.env());
    store = await openCacheStore();
  });

  it('saves a folder, and a later restore of the key brings the same bytes back', async () => {
    const dir = path.join(workspace, 'baseline');
    writeFolder(dir, '{"score":0.75}');
    const callsBefore = service.calls.length;
    expect(await store.save('roundtrip-key', dir)).toBe(true);
    rmSync(dir, { recursive: true });

    expect(await store.restore('roundtrip-key', [], dir)).toBe('roundtrip-key');
    expect(readFileSync(path.join(dir, 'results.json'), 'utf8')).toBe('{"score":0.75}');
    // The protocol's order: reserve, upload to the signed URL, finalize; look up, download from the signed URL.
    const calls = service.calls.slice(callsBefore);
    expect(calls.filter((call) => !call.endsWith(' blob'))).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
    expect(calls.indexOf('PUT blob')).toBeGreaterThan(calls.indexOf('CreateCacheEntry'));
    expect(calls.indexOf('PUT blob')).toBeLessThan(calls.indexOf('FinalizeCacheEntryUpload'));
    expect(calls.lastIndexOf('GET blob')).toBeGreaterThan(calls.indexOf('GetCacheEntryDownloadURL'));
    expect(service.badAuth).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it('restores the newest entry whose key starts with a restore key', async () => {
    const dir = path.join(workspace, 'branch');
    writeFolder(dir, 'older');
    await store.save('branch-main-aaa', dir);
    writeFolder(dir, 'newer');
    await store.save('branch-main-bbb', dir);
    writeFolder(dir, 'other branch');
    await store.save('branch-dev-ccc', dir);
    rmSync(dir, { recursive: true });

    expect(await store.restore('branch-main-', ['branch-main-'], dir)).toBe('branch-main-bbb');
    expect(readFileSync(path.join(dir, 'results.json'), 'utf8')).toBe('newer');
  });

  it('misses an unknown key, and keeps the first entry when a key is saved twice', async () => {
    const dir = path.join(workspace, 'twice');
    expect(await store.restore('never-saved', [], dir)).toBeNull();
    writeFolder(dir, 'first');
    expect(await store.save('saved-twice', dir)).toBe(true);
    writeFolder(dir, 'second');
    expect(await store.save('saved-twice', dir)).toBe(false);
    rmSync(dir, { recursive: true });
    await store.restore('saved-twice', [], dir);
    expect(readFileSync(path.join(dir, 'results.json'), 'utf8')).toBe('first');
  });
});

describe('CacheStore without a cache service', () => {
  it('warns once when the service does not answer, then neither restores nor saves', async () => {
    useEnv(cacheServiceEnv(await closedPortUrl()));
    const store = await openCacheStore();
    const dir = path.join(workspace, 'down');
    writeFolder(dir, 'x');
    expect(await store.save('k', dir)).toBe(false);
    expect(await store.restore('k', ['k'], dir)).toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/Actions cache is not available .*does not answer: ECONNREFUSED.*The check is not affected/);
  });

  it('warns once when no service is configured (a local run)', async () => {
    useEnv({});
    const store = await openCacheStore();
    expect(await store.restore('k', [], path.join(workspace, 'none'))).toBeNull();
    expect(warnings()).toEqual([expect.stringMatching(/no cache service is configured/)]);
  });
});
