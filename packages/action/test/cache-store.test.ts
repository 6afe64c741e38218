/**
 * The cache adapter against a local implementation of the Actions cache service protocol:
 * @actions/cache really tars, uploads, finalizes, looks up and downloads.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCacheStore, type CacheStore } from '../src/cache-store.js';
import { cacheServiceEnv, closedPortUrl, startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const CACHE_ENV_NAMES = [
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
];

let workspace: string;
let savedEnv: Record<string, string | undefined>;
let stdout: string[];

function useEnv(env: Record<string, string>): void {
  for (const name of CACHE_ENV_NAMES) delete process.env[name];
  Object.assign(process.env, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(workspace, '.runner-temp') }, env);
}

/** `::warning::` lines @actions/core printed (workflow commands go to stdout). */
const warnings = () =>
  stdout
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::warning'));

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
    // The protocol's order: look up (entries are immutable), reserve, upload to the signed URL, finalize; look up, download from the signed URL.
    const calls = service.calls.slice(callsBefore);
    expect(calls.filter((call) => !call.endsWith(' blob'))).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL',
    ]);
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

  it('misses an unknown key, and keeps the first entry when a key is saved twice, without a warning', async () => {
    const dir = path.join(workspace, 'twice');
    expect(await store.restore('never-saved', [], dir)).toBeNull();
    writeFolder(dir, 'first');
    expect(await store.save('saved-twice', dir)).toBe(true);
    writeFolder(dir, 'second');
    expect(await store.save('saved-twice', dir)).toBe(false);
    expect(warnings()).toEqual([]);
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

// Last: calls abandoned here may still print once their connections are closed.
describe('CacheStore when the service misbehaves', () => {
  let service: FakeCache;
  beforeAll(async () => {
    service = await startFakeCache();
  });
  afterAll(() => service.close());
  beforeEach(() => {
    useEnv(service.env());
    service.faults.length = 0;
  });
  /** Fails on code without deadlines long before @actions/cache's own 3-minute socket timeout. */
  const BOUND = { timeout: 20_000 };

  it('round-trips a folder outside the workspace, under RUNNER_TEMP beside it as on a runner', async () => {
    const work = path.join(workspace, 'work');
    Object.assign(process.env, { GITHUB_WORKSPACE: path.join(work, 'repo', 'repo'), RUNNER_TEMP: path.join(work, '_temp') });
    mkdirSync(process.env.GITHUB_WORKSPACE as string, { recursive: true });
    const dir = path.join(work, '_temp', 'ftbench-cache', 'datasets');
    writeFolder(dir, 'outside');
    const store = await openCacheStore();
    expect(await store.save('outside-key', dir)).toBe(true);
    rmSync(dir, { recursive: true });
    expect(await store.restore('outside-key', [], dir)).toBe('outside-key');
    expect(readFileSync(path.join(dir, 'results.json'), 'utf8')).toBe('outside');
    expect(readdirSync(process.env.GITHUB_WORKSPACE as string)).toEqual([]);
  });

  it('ends a restore the service never answers at its deadline, warns once, and asks nothing more', BOUND, async () => {
    service.faults.push({ call: 'GetCacheEntryDownloadURL', kind: 'hang', times: 1 });
    const store = await openCacheStore({ restoreMs: 300 });
    const dir = path.join(workspace, 'hung');
    expect(await store.restore('hung-key', ['hung-'], dir)).toBeNull();
    expect(store.abandoned).toBe(true);
    const callsBefore = service.calls.length;
    writeFolder(dir, 'x');
    expect(await store.save('hung-key', dir)).toBe(false);
    expect(await store.restore('other-key', [], dir)).toBeNull();
    expect(service.calls.length).toBe(callsBefore);
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^::warning::The GitHub Actions cache did not finish restoring hung-key within 0\.3 s: going on without it, .*The check is not affected\.$/,
      ),
    ]);
  });

  it('ends a download that drips bytes at the restore deadline', BOUND, async () => {
    const dir = path.join(workspace, 'dripped');
    writeFolder(dir, 'x'.repeat(4096));
    expect(await (await openCacheStore()).save('drip-key', dir)).toBe(true);
    service.faults.push({ call: 'GET blob', kind: 'drip', times: 1 });
    const store = await openCacheStore({ restoreMs: 500 });
    expect(await store.restore('drip-key', [], dir)).toBeNull();
    expect(warnings().at(-1)).toMatch(/did not finish restoring drip-key within 0\.5 s/);
  });

  it('ends a save the service answers with 5xx (retried by @actions/cache) at its deadline, with a warning', BOUND, async () => {
    service.faults.push({ call: 'CreateCacheEntry', kind: { status: 500 }, times: 5 });
    const store = await openCacheStore({ saveMs: 500 });
    const dir = path.join(workspace, 'five-hundred');
    writeFolder(dir, 'x');
    expect(await store.save('five-hundred-key', dir)).toBe(false);
    expect(warnings()).toEqual([expect.stringMatching(/did not finish saving five-hundred-key within 0\.5 s/)]);
  });

  it('warns when a save fails, once: a second failure is only logged', async () => {
    // @actions/cache logs a refused reservation as an info line only.
    service.faults.push({ call: 'CreateCacheEntry', kind: { status: 403 }, times: 2 });
    const store = await openCacheStore();
    const dir = path.join(workspace, 'refused');
    writeFolder(dir, 'x');
    expect(await store.save('refused-1', dir)).toBe(false);
    expect(await store.save('refused-2', dir)).toBe(false);
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^::warning::Could not save refused-1 to the GitHub Actions cache \(.*\): a later run computes it again\. The check is not affected\.$/,
      ),
    ]);
    expect(stdout.join('')).toContain('Could not save refused-2 to the GitHub Actions cache');
  });

  it('takes a 429 with Retry-After as a miss at once, with the rate limit in the warning', BOUND, async () => {
    service.faults.push({ call: 'GetCacheEntryDownloadURL', kind: { status: 429, retryAfter: '600' }, times: 1 });
    const store = await openCacheStore({ restoreMs: 10_000 });
    expect(await store.restore('limited-key', [], path.join(workspace, 'limited'))).toBeNull();
    expect(store.abandoned).toBeFalsy();
    expect(warnings().join('\n')).toMatch(/rate limit/i);
  });

  it('calls a service that accepts connections and never answers the probe unavailable, within the probe timeout', BOUND, async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      useEnv(cacheServiceEnv(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`));
      const store = await openCacheStore({ probeMs: 300 });
      expect(await store.restore('k', [], path.join(workspace, 'silent'))).toBeNull();
      expect(warnings()).toEqual([expect.stringMatching(/Actions cache is not available .*does not answer: no answer within 0\.3 s/)]);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
