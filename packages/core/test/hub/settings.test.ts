import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backoffMs, parseRetryAfter } from '../../src/data/hub/http.js';
import { checkpointCacheDir } from '../../src/cache-dir.js';
import { hubSettingsFromEnv } from '../../src/data/hub/settings.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hubSettingsFromEnv', () => {
  it('defaults to huggingface.co and a cache under ~/.cache/huggingface', () => {
    expect(hubSettingsFromEnv({ HF_TOKEN_PATH: path.join(root, 'no-token-here') })).toEqual({
      endpoint: 'https://huggingface.co',
      token: undefined,
      offline: false,
      cacheDir: path.join(homedir(), '.cache', 'huggingface', 'ftbench', 'datasets'),
    });
  });

  it('follows HF_ENDPOINT, HF_TOKEN, HF_HUB_OFFLINE and HF_HOME', () => {
    const env = { HF_ENDPOINT: 'http://127.0.0.1:9999//', HF_TOKEN: ' hf_abc\n', HF_HUB_OFFLINE: 'yes', HF_HOME: '/data/hf' };
    expect(hubSettingsFromEnv(env)).toEqual({ endpoint: 'http://127.0.0.1:9999', token: 'hf_abc', offline: true, cacheDir: '/data/hf/ftbench/datasets' });
    expect(hubSettingsFromEnv({ HF_HUB_OFFLINE: '0' }).offline).toBe(false);
  });

  it('puts datasets and checkpoints under FTBENCH_CACHE_DIR when set', () => {
    const env = { FTBENCH_CACHE_DIR: '/ci/ftbench', HF_HOME: '/data/hf' };
    expect(hubSettingsFromEnv(env).cacheDir).toBe('/ci/ftbench/datasets');
    expect(checkpointCacheDir(env)).toBe('/ci/ftbench/checkpoints');
  });

  it('reads the token file `hf auth login` writes when HF_TOKEN is unset', () => {
    writeFileSync(path.join(root, 'token'), 'hf_from_file\n');
    expect(hubSettingsFromEnv({ HF_HOME: root }).token).toBe('hf_from_file');
    expect(hubSettingsFromEnv({ HF_HOME: root, HF_TOKEN: 'hf_env' }).token).toBe('hf_env');
  });
});

describe('retry timing', () => {
  const policy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000 };

  it('doubles from the base delay up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(policy, n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
  });

  it('waits at least what Retry-After asks, also beyond the cap of the backoff', () => {
    expect(backoffMs(policy, 1, parseRetryAfter('7'))).toBe(7000);
    expect(backoffMs(policy, 1, parseRetryAfter('120'))).toBe(120_000);
    expect(backoffMs(policy, 6, parseRetryAfter('1'))).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
