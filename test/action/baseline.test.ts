/** Baseline cache keys, model content hashes, and when a baseline is scored versus restored. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvalResults } from '@ftbench/core';
import {
  BASELINE_CACHE_DIR,
  baselineFromBranch,
  baselineFromModel,
  branchBaselineKey,
  branchBaselinePrefix,
  modelBaselineKey,
  modelContentHash,
  publishBranchBaseline,
  type ScoringIdentity,
} from '../../packages/action/src/baseline.js';
import type { CacheStore } from '../../packages/action/src/cache-store.js';

const IDENTITY: ScoringIdentity = {
  ftbenchVersion: '0.1.0',
  runtimeVersion: '1.29.0',
  provider: 'cpu',
  tasks: ['mmlu', 'suite:pharmacy@abc123'],
  options: { numFewshot: 5 },
};
const MODEL_HASH = 'f'.repeat(64);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ftbench-baseline-'));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('baseline cache keys', () => {
  it('change with every part of what the scores depend on', () => {
    const hashes = ['mmlu_anatomy:aa', 'suite:pharmacy:bb'];
    const key = modelBaselineKey(IDENTITY, MODEL_HASH, hashes);
    expect(modelBaselineKey({ ...IDENTITY }, MODEL_HASH, [...hashes].reverse())).toBe(key);
    const changed = [
      modelBaselineKey(IDENTITY, 'e'.repeat(64), hashes),
      modelBaselineKey({ ...IDENTITY, ftbenchVersion: '0.2.0' }, MODEL_HASH, hashes),
      modelBaselineKey({ ...IDENTITY, runtimeVersion: '1.30.0' }, MODEL_HASH, hashes),
      modelBaselineKey({ ...IDENTITY, provider: 'cuda' }, MODEL_HASH, hashes),
      modelBaselineKey({ ...IDENTITY, tasks: ['mmlu', 'suite:pharmacy@abc124'] }, MODEL_HASH, hashes),
      modelBaselineKey({ ...IDENTITY, options: { numFewshot: 0 } }, MODEL_HASH, hashes),
      // New data or prompts (say a dataset revision moved): the baseline is scored again.
      modelBaselineKey(IDENTITY, MODEL_HASH, ['mmlu_anatomy:cc', 'suite:pharmacy:bb']),
    ];
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
    expect(key).toMatch(/^ftbench-baseline-0\.1\.0-cpu-[0-9a-f]{16}-model-f{16}-[0-9a-f]{16}$/);
  });

  it("puts every save of a branch under one prefix, and keeps keys free of commas", () => {
    const prefix = branchBaselinePrefix(IDENTITY, 'release,v2');
    expect(prefix).not.toContain(',');
    expect(branchBaselineKey(IDENTITY, 'release,v2', MODEL_HASH).startsWith(prefix)).toBe(true);
    expect(branchBaselinePrefix(IDENTITY, 'main')).not.toBe(prefix);
  });
});

describe('modelContentHash', () => {
  const model = (name: string, files: Record<string, string>) => {
    const modelDir = path.join(dir, name);
    mkdirSync(modelDir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(modelDir, file), text);
    return modelDir;
  };

  it('depends on file names and bytes, not on where the model lies or on hidden files', async () => {
    const files = { 'model.onnx': 'weights', 'tokenizer.json': '{}' };
    const a = await modelContentHash(model('a', files));
    expect(await modelContentHash(model('b', { ...files, '.DS_Store': 'x' }))).toBe(a);
    expect(await modelContentHash(model('c', { ...files, 'model.onnx': 'weightz' }))).not.toBe(a);
    expect(await modelContentHash(model('d', { 'model.onnx_data': 'weights', 'tokenizer.json': '{}' }))).not.toBe(a);
    expect(await modelContentHash(model('e', { ...files, 'config.json': '{}' }))).not.toBe(a);
  });
});

/**
 * A cache in a folder with the service's semantics (immutable keys, exact match, else newest by
 * prefix); relative paths are relative to the workspace, as @actions/cache treats them in a job.
 */
function folderStore(root: string, workspace: string): CacheStore & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    async restore(key, restoreKeys, target) {
      const hit = saved.includes(key) ? key : restoreKeys.map((prefix) => saved.filter((k) => k.startsWith(prefix)).at(-1)).find(Boolean);
      if (!hit) return null;
      cpSync(path.join(root, hit), path.resolve(workspace, target), { recursive: true });
      return hit;
    },
    async save(key, source) {
      if (saved.includes(key)) return false;
      cpSync(path.resolve(workspace, source), path.join(root, key), { recursive: true });
      saved.push(key);
      return true;
    },
  };
}

function results(createdAt: string, withSamples = true): EvalResults {
  return { schemaVersion: 1, createdAt, tasks: {}, groups: {}, ...(withSamples ? { samples: {} } : {}) } as unknown as EvalResults;
}

describe('baselineFromModel', () => {
  it('scores on a miss and saves; the next run restores the same results without scoring', async () => {
    const workspace = path.join(dir, 'ws');
    const store = folderStore(path.join(dir, 'cache'), workspace);
    const score = vi.fn(async () => results('first run'));

    const first = await baselineFromModel({ store, workspace }, 'key-a', score);
    expect(first.restoredFrom).toBeNull();
    expect(store.saved).toEqual(['key-a']);

    const second = await baselineFromModel({ store, workspace }, 'key-a', score);
    expect(score).toHaveBeenCalledTimes(1);
    expect(second.restoredFrom).toBe('key-a');
    expect(second.results.createdAt).toBe('first run');
  });

  it('never takes a results file left in the workspace by an earlier job for a hit', async () => {
    const workspace = path.join(dir, 'ws');
    mkdirSync(path.join(workspace, BASELINE_CACHE_DIR), { recursive: true });
    writeFileSync(path.join(workspace, BASELINE_CACHE_DIR, 'results.json'), JSON.stringify(results('stale')));
    const baseline = await baselineFromModel({ store: folderStore(path.join(dir, 'cache'), workspace), workspace }, 'key-b', async () => results('fresh'));
    expect(baseline.results.createdAt).toBe('fresh');
  });

  it('scores again when the cached results lack per-sample records', async () => {
    const workspace = path.join(dir, 'ws');
    const store = folderStore(path.join(dir, 'cache'), workspace);
    await baselineFromModel({ store, workspace }, 'key-c', async () => results('no samples', false));
    const rescored = await baselineFromModel({ store, workspace }, 'key-c', async () => results('rescored'));
    expect(rescored.results.createdAt).toBe('rescored');
  });
});

describe('base-branch baselines', () => {
  it('restores the newest results a branch published, and nothing for another branch', async () => {
    const workspace = path.join(dir, 'ws');
    const store = folderStore(path.join(dir, 'cache'), workspace);
    const context = { store, workspace };
    await publishBranchBaseline(context, branchBaselineKey(IDENTITY, 'main', 'a'.repeat(64)), results('main, older'));
    await publishBranchBaseline(context, branchBaselineKey(IDENTITY, 'main', 'b'.repeat(64)), results('main, newer'));
    await publishBranchBaseline(context, branchBaselineKey(IDENTITY, 'dev', 'c'.repeat(64)), results('dev'));

    const restored = await baselineFromBranch(context, branchBaselinePrefix(IDENTITY, 'main'));
    expect(restored?.results.createdAt).toBe('main, newer');
    expect(await baselineFromBranch(context, branchBaselinePrefix(IDENTITY, 'release'))).toBeNull();
    expect(existsSync(path.join(workspace, BASELINE_CACHE_DIR, 'results.json'))).toBe(false);
  });
});
