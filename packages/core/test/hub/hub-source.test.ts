/**
 * HubSource against a local Hub (fake-hub.ts) serving parquet files written here: download,
 * cache, retries, resume, integrity, authentication, offline mode, pins and the parquet
 * conversion branch.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { HubSource, type HubSourceOptions } from '../../src/data/hub/source.js';
import { startFakeHub, sha256, type FakeHub, type FakeRepo } from './fake-hub.js';
import { HELLASWAG_COLUMNS, hubParquet, MMLU_COLUMNS } from './hub-parquet.js';

const commit = (label: string): string => createHash('sha1').update(label).digest('hex');
const OLD = commit('mmlu old');
const NEW = commit('mmlu new');
const CONVERTED = commit('hellaswag parquet conversion');
const SCRIPT_ONLY = commit('hellaswag script');

const ALGEBRA_OLD = [{ question: 'Find the order of the group Z_4.', subject: 'abstract_algebra', choices: ['1', '2', '4', '8'], answer: 2 }];
const ALGEBRA_NEW = [
  { question: 'Find the order of the group Z_4.', subject: 'abstract_algebra', choices: ['1', '2', '4', '8'], answer: 2 },
  { question: 'Is every cyclic group abelian?', subject: 'abstract_algebra', choices: ['Yes', 'No', 'Only if finite', 'Only if infinite'], answer: 0 },
];
const ANATOMY = [{ question: 'Which bone is in the thigh?', subject: 'anatomy', choices: ['femur', 'ulna', 'radius', 'tibia'], answer: 0 }];
const HELLASWAG_VALIDATION = [
  {
    ind: 24,
    activity_label: 'Roof shingle removal',
    ctx_a: 'A man is sitting on a roof.',
    ctx_b: 'he',
    ctx: 'A man is sitting on a roof. he',
    endings: ['is using wrap to wrap a pair of skis.', 'is ripping level tiles off.', "is holding a rubik's cube.", 'starts pulling up roofing on a roof.'],
    source_id: 'activitynet~v_-JhWjGDPHMY',
    split: 'val',
    split_type: 'indomain',
    label: '3',
  },
];

const ALGEBRA_TEST = 'abstract_algebra/test-00000-of-00001.parquet';
const newAlgebraParquet = hubParquet(MMLU_COLUMNS, ALGEBRA_NEW);

function repos(): Record<string, FakeRepo> {
  return {
    'cais/mmlu': {
      refs: { main: NEW },
      commits: {
        [OLD]: { 'README.md': '# MMLU\n', [ALGEBRA_TEST]: hubParquet(MMLU_COLUMNS, ALGEBRA_OLD) },
        [NEW]: {
          'README.md': '# MMLU\n',
          [ALGEBRA_TEST]: newAlgebraParquet,
          'abstract_algebra/dev-00000-of-00001.parquet': hubParquet(MMLU_COLUMNS, ALGEBRA_OLD),
          'anatomy/test-00000-of-00001.parquet': hubParquet(MMLU_COLUMNS, ANATOMY, 'GZIP'),
        },
      },
    },
    'Rowan/hellaswag': {
      refs: { main: SCRIPT_ONLY, 'refs/convert/parquet': CONVERTED },
      commits: {
        [SCRIPT_ONLY]: { 'hellaswag.py': 'import datasets\n', 'README.md': '# HellaSwag\n' },
        [CONVERTED]: { 'default/validation/0000.parquet': hubParquet(HELLASWAG_COLUMNS, HELLASWAG_VALIDATION) },
      },
    },
    'org/gated-set': { access: 'gated', refs: { main: OLD }, commits: { [OLD]: { [ALGEBRA_TEST]: hubParquet(MMLU_COLUMNS, ALGEBRA_OLD) } } },
  };
}

const TOKEN = 'hf_test_token_never_printed';
const FAST_RETRY = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };
const MMLU_ALGEBRA = { path: 'cais/mmlu', name: 'abstract_algebra' };

let hub: FakeHub;
let cacheRoot: string;
const roots: string[] = [];

beforeAll(async () => {
  hub = await startFakeHub(repos(), { token: TOKEN });
});
afterAll(async () => {
  await hub.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  cacheRoot = mkdtempSync(path.join(tmpdir(), 'ftbench-hub-'));
  roots.push(cacheRoot);
  vi.stubEnv('HF_ENDPOINT', `${hub.endpoint}/`);
  vi.stubEnv('HF_HOME', cacheRoot);
  vi.stubEnv('FTBENCH_CACHE_DIR', '');
  vi.stubEnv('HF_TOKEN', '');
  vi.stubEnv('HF_TOKEN_PATH', '');
  vi.stubEnv('HF_HUB_OFFLINE', '');
  hub.requests.length = 0;
  hub.faults.length = 0;
  warnings = [];
});
afterEach(() => vi.unstubAllEnvs());

let warnings: string[];
const source = (options: HubSourceOptions = {}) => new HubSource({ retry: FAST_RETRY, onWarning: (message) => warnings.push(message), ...options });
const snapshotRoot = (sha: string) => path.join(cacheRoot, 'ftbench', 'datasets', 'datasets--cais--mmlu', 'snapshots', sha);
const cachedAlgebraFile = (sha: string) => path.join(snapshotRoot(sha), 'files', 'abstract_algebra', 'test-00000-of-00001.parquet');
const algebraRecord = (sha: string) => path.join(snapshotRoot(sha), 'integrity', 'abstract_algebra', 'test-00000-of-00001.parquet.json');

/** The cached file with one word changed: still a valid parquet of the same size, with other data. */
function forgeCachedAlgebra(): void {
  const bytes = readFileSync(cachedAlgebraFile(NEW));
  const at = bytes.indexOf('abelian');
  expect(at).toBeGreaterThan(0);
  bytes.write('ABELIAN', at);
  writeFileSync(cachedAlgebraFile(NEW), bytes);
}

async function rejection(promise: Promise<unknown>): Promise<FtbenchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FtbenchError);
  return error as FtbenchError;
}

describe('HubSource downloads', () => {
  it('fetches a split on first use, records the commit, and returns the Hub rows', async () => {
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW); // int64 `answer` arrives as a number
    expect(loaded.revision).toBe(NEW);
    expect(loaded.origin).toBe(`hf://datasets/cais/mmlu@${NEW}/${ALGEBRA_TEST}`);
    expect(hub.requests.map((r) => [r.server, r.status])).toEqual([
      ['hub', 200], // revision listing
      ['hub', 302], // resolve → content server
      ['cdn', 200],
    ]);
    expect(hub.requests[0].path).toBe('/api/datasets/cais/mmlu/revision/main');
    expect(readFileSync(cachedAlgebraFile(NEW))).toEqual(Buffer.from(newAlgebraParquet));
  });

  it('reads a warm cache without a single request', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    hub.requests.length = 0;
    const again = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(again.rows).toEqual(ALGEBRA_NEW);
    expect(again.revision).toBe(NEW);
    expect(hub.requests).toEqual([]);
  });

  it('decodes gzip-compressed parquet through hyparquet-compressors', async () => {
    const loaded = await source().loadSplit({ path: 'cais/mmlu', name: 'anatomy' }, 'test');
    expect(loaded.rows).toEqual(ANATOMY);
  });

  it('retries 503 and 429 with backoff, then succeeds', async () => {
    hub.faults.push({ kind: 'status-429', server: 'hub', pathIncludes: '/api/', times: 1 });
    hub.faults.push({ kind: 'status-503', server: 'cdn', pathIncludes: '/', times: 2 });
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests.map((r) => [r.server, r.status])).toEqual([
      ['hub', 429],
      ['hub', 200],
      ['hub', 302],
      ['cdn', 503],
      ['hub', 302],
      ['cdn', 503],
      ['hub', 302],
      ['cdn', 200],
    ]);
  });

  it('resumes a download whose connection dropped mid-file with a Range request', async () => {
    hub.faults.push({ kind: 'drop-mid-file', server: 'cdn', pathIncludes: '/', times: 1 });
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    const cdn = hub.requests.filter((r) => r.server === 'cdn');
    const half = Math.floor(newAlgebraParquet.length / 2);
    expect(cdn.map((r) => [r.range, r.status])).toEqual([
      [undefined, 200],
      [`bytes=${half}-`, 206],
    ]);
    expect(sha256(readFileSync(cachedAlgebraFile(NEW)))).toBe(sha256(newAlgebraParquet));
  });

  it('drops a connection that stalls and resumes it', async () => {
    hub.faults.push({ kind: 'stall-mid-file', server: 'cdn', pathIncludes: '/', times: 1 });
    const loaded = await new HubSource({ retry: FAST_RETRY, timeouts: { idleMs: 300 } }).loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    const half = Math.floor(newAlgebraParquet.length / 2);
    expect(hub.requests.filter((r) => r.server === 'cdn').map((r) => r.range)).toEqual([undefined, `bytes=${half}-`]);
  });

  it('never leaves a partial file where data is read, and picks the partial up on the next run', async () => {
    hub.faults.push({ kind: 'drop-mid-file', server: 'cdn', pathIncludes: '/', times: FAST_RETRY.attempts });
    const error = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toMatch(/failed after 4 attempts.*connection dropped/);
    expect(existsSync(cachedAlgebraFile(NEW))).toBe(false);
    const partial = `${cachedAlgebraFile(NEW)}.incomplete`;
    const kept = readFileSync(partial);
    expect(kept.length).toBeGreaterThan(0);
    expect(Buffer.from(newAlgebraParquet.subarray(0, kept.length))).toEqual(kept);

    hub.requests.length = 0;
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests.find((r) => r.server === 'cdn')?.range).toBe(`bytes=${kept.length}-`);
    expect(existsSync(partial)).toBe(false);
  });

  it('discards a download that fails its sha256 check and downloads it again', async () => {
    hub.faults.push({ kind: 'corrupt', server: 'cdn', pathIncludes: '/', times: 1 });
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests.filter((r) => r.server === 'cdn').map((r) => r.status)).toEqual([200, 200]);

    hub.faults.push({ kind: 'corrupt', server: 'cdn', pathIncludes: '/', times: FAST_RETRY.attempts });
    const error = await rejection(source().loadSplit({ path: 'cais/mmlu', name: 'abstract_algebra' }, 'dev'));
    expect(error.message).toMatch(/integrity check failed \(sha256/);
    expect(readdirSync(path.dirname(cachedAlgebraFile(NEW)))).not.toContain('dev-00000-of-00001.parquet');
  });
});

describe('HubSource revisions', () => {
  it('reads a pinned commit and records it', async () => {
    const pinned = await source().loadSplit({ ...MMLU_ALGEBRA, revision: OLD }, 'test');
    expect(pinned.rows).toEqual(ALGEBRA_OLD);
    expect(pinned.revision).toBe(OLD);
    expect(hub.requests[0].path).toBe(`/api/datasets/cais/mmlu/revision/${OLD}`);
  });

  it('keeps the commit a branch resolved to until asked to refresh', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    const server = await startFakeHub({ 'cais/mmlu': { ...repos()['cais/mmlu'], refs: { main: OLD } } });
    try {
      vi.stubEnv('HF_ENDPOINT', server.endpoint);
      expect((await source().loadSplit(MMLU_ALGEBRA, 'test')).revision).toBe(NEW);
      expect(server.requests).toEqual([]);
      const refreshed = await source({ refresh: true }).loadSplit(MMLU_ALGEBRA, 'test');
      expect(refreshed.revision).toBe(OLD);
      expect(refreshed.rows).toEqual(ALGEBRA_OLD);
    } finally {
      await server.close();
    }
  });

  it("falls back to the Hub's parquet conversion when the branch holds no parquet", async () => {
    const loaded = await source().loadSplit({ path: 'Rowan/hellaswag' }, 'validation');
    expect(loaded.rows).toEqual(HELLASWAG_VALIDATION);
    expect(loaded.revision).toBe(CONVERTED);
    expect(hub.requests.filter((r) => r.path.startsWith('/api/')).map((r) => r.path)).toEqual([
      '/api/datasets/Rowan/hellaswag/revision/main',
      '/api/datasets/Rowan/hellaswag/revision/refs/convert/parquet',
    ]);
  });

  it('does not fall back when a commit without parquet is pinned', async () => {
    const error = await rejection(source().loadSplit({ path: 'Rowan/hellaswag', revision: SCRIPT_ONLY }, 'validation'));
    expect(error.message).toBe(`Dataset Rowan/hellaswag at ${SCRIPT_ONLY} has no parquet files.`);
    expect(error.hint).toContain('refs/convert/parquet');
  });
});

describe('HubSource errors', () => {
  it('names the configs when the config is unknown, and the splits when the split is', async () => {
    const config = await rejection(source().loadSplit({ path: 'cais/mmlu', name: 'astronomy' }, 'test'));
    expect(config.message).toBe(`Dataset cais/mmlu has no config "astronomy" at main (${NEW}).`);
    expect(config.hint).toBe('Its configs: abstract_algebra, anatomy.');
    const split = await rejection(source().loadSplit(MMLU_ALGEBRA, 'validation'));
    expect(split.message).toBe(`Dataset cais/mmlu config "abstract_algebra" has no split "validation" at main (${NEW}).`);
    expect(split.hint).toBe('Its splits: dev, test.');
  });

  it('says when a dataset or a revision does not exist', async () => {
    const dataset = await rejection(source().loadSplit({ path: 'cais/mmlu-typo' }, 'test'));
    expect(dataset.message).toContain('Dataset cais/mmlu-typo was not found, or it is private or gated');
    const revision = await rejection(source().loadSplit({ ...MMLU_ALGEBRA, revision: 'v9' }, 'test'));
    expect(revision.message).toBe('Revision "v9" not found in dataset cais/mmlu.');
  });

  it('asks for HF_TOKEN on a gated dataset, sends it to the Hub only, and never prints it', async () => {
    const anonymous = await rejection(source().loadSplit({ path: 'org/gated-set', name: 'abstract_algebra' }, 'test'));
    expect(anonymous.message).toContain('org/gated-set is gated');
    expect(anonymous.hint).toContain('set HF_TOKEN');
    expect(hub.requests.at(-1)?.status).toBe(401);

    vi.stubEnv('HF_TOKEN', 'hf_wrong_token');
    const wrong = await rejection(source().loadSplit({ path: 'org/gated-set', name: 'abstract_algebra' }, 'test'));
    expect(hub.requests.at(-1)?.status).toBe(403);
    expect(`${wrong.message} ${wrong.hint} ${wrong.stack}`).not.toContain('hf_wrong_token');

    vi.stubEnv('HF_TOKEN', TOKEN);
    hub.requests.length = 0;
    const loaded = await source().loadSplit({ path: 'org/gated-set', name: 'abstract_algebra' }, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_OLD);
    expect(hub.requests.filter((r) => r.server === 'hub').map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(hub.requests.filter((r) => r.server === 'cdn').map((r) => r.authorization)).toEqual([undefined]);
  });

  it('fails at once, with the offline story, when the Hub host does not exist', async () => {
    vi.stubEnv('HF_ENDPOINT', 'http://hub.ftbench-test.invalid');
    const error = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toMatch(
      /^(Cannot reach http:\/\/hub\.ftbench-test\.invalid: host not found|Looking up dataset cais\/mmlu at revision "main" failed after 4 attempts)/,
    );
    expect(error.hint).toContain('HF_HUB_OFFLINE=1');
    expect(error.hint).toContain('--data-dir');
  });

  it('gives up after the last retry with a message that says how to work offline', async () => {
    hub.faults.push({ kind: 'status-503', server: 'hub', pathIncludes: '/api/', times: FAST_RETRY.attempts });
    const error = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toBe('Looking up dataset cais/mmlu at revision "main" failed after 4 attempts; last error: HTTP 503');
    expect(error.hint).toContain('HF_HUB_OFFLINE=1');
  });
});

describe('HubSource offline (HF_HUB_OFFLINE=1)', () => {
  it('reads a warm cache with no request', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    hub.requests.length = 0;
    vi.stubEnv('HF_HUB_OFFLINE', '1');
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(loaded.revision).toBe(NEW);
    expect(hub.requests).toEqual([]);
  });

  it('with a cold cache, says what is missing and how to pre-fetch, without a request', async () => {
    vi.stubEnv('HF_HUB_OFFLINE', 'true');
    const noListing = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(noListing.message).toContain('the cache has no listing of dataset cais/mmlu at revision "main"');
    expect(noListing.hint).toContain('ftbench fetch-data --tasks');

    vi.stubEnv('HF_HUB_OFFLINE', '');
    await source().client.snapshot('cais/mmlu'); // the listing is cached, the files are not
    vi.stubEnv('HF_HUB_OFFLINE', '1');
    hub.requests.length = 0;
    const noFiles = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(noFiles.message).toContain(`1 file(s) of dataset cais/mmlu (config abstract_algebra) split "test" at ${NEW} are not in the cache`);
    expect(noFiles.message).toContain(ALGEBRA_TEST);
    expect(noFiles.hint).toContain('ftbench fetch-data --tasks');
    expect(hub.requests).toEqual([]);
  });
});

describe('HubSource cache integrity', () => {
  it('records the size and sha256 of each download beside the cache', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(JSON.parse(readFileSync(algebraRecord(NEW), 'utf8'))).toEqual({ size: newAlgebraParquet.length, sha256: sha256(newAlgebraParquet) });
  });

  it('never reads a cached file whose bytes changed (same size): it is downloaded again, with a warning', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    forgeCachedAlgebra();
    // The forged file parses: read unchecked it would be the task's data.
    hub.requests.length = 0;
    const loaded = await source().loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests.filter((r) => r.server === 'cdn').map((r) => r.status)).toEqual([200]);
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^the cached ${ALGEBRA_TEST} of dataset cais/mmlu@${NEW} is not what was downloaded \\(sha256 [0-9a-f]{64}, expected ${sha256(newAlgebraParquet)}\\); downloading it again$`,
        ),
      ),
    ]);
    expect(readFileSync(cachedAlgebraFile(NEW))).toEqual(Buffer.from(newAlgebraParquet));
  });

  it('never reads a cached file of another size, nor a file whose record was forged to match it', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    appendFileSync(cachedAlgebraFile(NEW), 'tail');
    expect((await source().loadSplit(MMLU_ALGEBRA, 'test')).rows).toEqual(ALGEBRA_NEW);
    expect(warnings).toEqual([expect.stringContaining(`(size ${newAlgebraParquet.length + 4}, expected ${newAlgebraParquet.length})`)]);

    // A record rewritten for the forged file still disagrees with the listing the file came with.
    forgeCachedAlgebra();
    const forged = readFileSync(cachedAlgebraFile(NEW));
    writeFileSync(algebraRecord(NEW), JSON.stringify({ size: forged.length, sha256: sha256(forged) }));
    expect((await source().loadSplit(MMLU_ALGEBRA, 'test')).rows).toEqual(ALGEBRA_NEW);
    expect(warnings[1]).toContain(`expected ${sha256(newAlgebraParquet)}`);
  });

  it('offline, refuses a tampered cached file with an error that names it', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    forgeCachedAlgebra();
    vi.stubEnv('HF_HUB_OFFLINE', '1');
    hub.requests.length = 0;
    const error = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toMatch(
      new RegExp(`^HF_HUB_OFFLINE is set and the cached ${ALGEBRA_TEST} of dataset cais/mmlu@${NEW} is not what was downloaded \\(sha256 `),
    );
    expect(error.message).toContain(cachedAlgebraFile(NEW));
    expect(error.hint).toContain('ftbench fetch-data');
    expect(hub.requests).toEqual([]);
  });

  it('checks a file cached without a record (an older ftbench) against the listing, then records it', async () => {
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    rmSync(algebraRecord(NEW));
    hub.requests.length = 0;
    expect((await source().loadSplit(MMLU_ALGEBRA, 'test')).rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests).toEqual([]);
    expect(existsSync(algebraRecord(NEW))).toBe(true);

    rmSync(algebraRecord(NEW));
    forgeCachedAlgebra();
    expect((await source().loadSplit(MMLU_ALGEBRA, 'test')).rows).toEqual(ALGEBRA_NEW);
    expect(warnings).toEqual([expect.stringContaining(`expected ${sha256(newAlgebraParquet)}`)]);
  });
});

describe('HubSource network timeouts', () => {
  const QUICK = { idleMs: 300, totalMs: 2000 };

  it('drops a request the server accepts and never answers, and retries it', async () => {
    hub.faults.push({ kind: 'hang', server: 'hub', pathIncludes: '/api/', times: 1 });
    hub.faults.push({ kind: 'hang', server: 'cdn', pathIncludes: '/', times: 1 });
    const loaded = await source({ timeouts: QUICK }).loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    expect(hub.requests.map((r) => [r.server, r.status])).toEqual([
      ['hub', 0],
      ['hub', 200],
      ['hub', 302],
      ['cdn', 0],
      ['hub', 302],
      ['cdn', 200],
    ]);
  });

  it('cuts a download that drips bytes at its overall timeout and resumes it', async () => {
    hub.faults.push({ kind: 'drip', server: 'cdn', pathIncludes: '/', times: 1 });
    const loaded = await source({ timeouts: { idleMs: 1000, totalMs: 400 } }).loadSplit(MMLU_ALGEBRA, 'test');
    expect(loaded.rows).toEqual(ALGEBRA_NEW);
    const ranges = hub.requests.filter((r) => r.server === 'cdn').map((r) => r.range);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toBeUndefined();
    expect(ranges[1]).toMatch(/^bytes=[1-9]\d*-$/);
  });

  it('gives up on a server that only ever drips, within its attempts, saying why', async () => {
    hub.faults.push({ kind: 'drip', server: 'hub', pathIncludes: '/api/', times: FAST_RETRY.attempts });
    const error = await rejection(source({ timeouts: { idleMs: 1000, totalMs: 200 } }).loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toMatch(/^Looking up dataset cais\/mmlu at revision "main" failed after 4 attempts; last error: .*not finished within 0\.2 s/);
    expect(error.hint).toContain('HF_HUB_OFFLINE=1');
  });

  it('waits what Retry-After asks, beyond the backoff cap', async () => {
    hub.faults.push({ kind: 'status-429', server: 'hub', pathIncludes: '/api/', times: 1, retryAfter: '1' });
    await source().loadSplit(MMLU_ALGEBRA, 'test');
    const [limited, retried] = hub.requests;
    expect([limited.status, retried.status]).toEqual([429, 200]);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
  });

  it('fails at once, saying so, when Retry-After asks for longer than ftbench waits', async () => {
    hub.faults.push({ kind: 'status-429', server: 'hub', pathIncludes: '/api/', times: 1, retryAfter: '3600' });
    const error = await rejection(source().loadSplit(MMLU_ALGEBRA, 'test'));
    expect(error.message).toBe(
      'Looking up dataset cais/mmlu at revision "main" failed: the server answered HTTP 429 and asks to retry after 3600 s, longer than ftbench waits (120 s).',
    );
    expect(error.hint).toContain('HF_TOKEN');
    expect(hub.requests).toHaveLength(1);
  });
});
