/**
 * Baseline cache keys, model content hashes, and when a baseline is scored, restored or refused:
 * real results of toy models, stored through @actions/cache in a local Actions cache service.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { simpleEvaluate, type EvalResults } from '../../core/src/index.js';
import { writeToyModel } from '../../core/src/testing.js';
import {
  BASELINE_CACHE_DIR,
  BASELINE_JUDGMENTS_DIR,
  baselineFromBranch,
  baselineFromModel,
  branchBaselinePrefix,
  modelBaselineCached,
  modelBaselineKey,
  modelContentHash,
  publishBranchBaseline,
  resultUnits,
  taskHashesOf,
  type ScoringIdentity,
} from '../src/baseline.js';
import { openCacheStore, type CacheStore } from '../src/cache-store.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const IDENTITY: ScoringIdentity = {
  ftbenchVersion: '0.1.0',
  runtimeVersion: '1.29.0',
  provider: 'cpu',
  tasks: ['mmlu', 'suite:pharmacy@abc123'],
  options: { numFewshot: 5 },
};
const MODEL_HASH = 'f'.repeat(64);
const ENV_NAMES = ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE'];

let root: string;
let workspace: string;
let service: FakeCache;
let store: CacheStore;
let stdout: string[];
let savedEnv: Record<string, string | undefined>;
let savedCwd: string;
/** Real results: one model on the suites named, keyed by `model/suite,suite`. */
const runs = new Map<string, EvalResults>();

/** A small suite of its own questions (the name is the file's, so tasks are `suite:<name>`). */
function writeSuite(name: string, questions = 6): string {
  const file = path.join(root, 'suites', `${name}.jsonl`);
  const items = Array.from({ length: questions }, (_, i) => ({
    id: `${name}-${i}`,
    category: i % 2 ? 'odd' : 'even',
    question: `${name} question ${i}: which comes after ${i}?`,
    choices: [String(i + 1), String(i + 2), String(i - 1)],
    answer: 'A',
  }));
  writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n'));
  return `suite:${file}`;
}

async function scored(model: 'base' | 'other', suites: string[]): Promise<EvalResults> {
  const id = `${model}/${suites.join(',')}`;
  if (!runs.has(id)) {
    const tasks = suites.map((name) => `suite:${path.join(root, 'suites', `${name}.jsonl`)}`);
    runs.set(id, await simpleEvaluate({ model: path.join(root, 'models', model), tasks, logSamples: true, progress: false }));
  }
  return structuredClone(runs.get(id) as EvalResults);
}

/** Shard `index` of 2 of a model on the suites named (small chunks, so each shard holds documents of every suite). */
async function scoredShard(model: 'base' | 'other', suites: string[], index: number): Promise<EvalResults> {
  const tasks = suites.map((name) => `suite:${path.join(root, 'suites', `${name}.jsonl`)}`);
  return simpleEvaluate({ model: path.join(root, 'models', model), tasks, logSamples: true, progress: false, shard: { index, count: 2 }, chunkRequests: 3 });
}

/** `::warning::` lines @actions/core printed. */
const warnings = () =>
  stdout
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::warning'));

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-baseline-'));
  mkdirSync(path.join(root, 'suites'));
  for (const name of ['alpha', 'beta', 'gamma']) writeSuite(name);
  const shape = { layers: 1, heads: 2, hidden: 16, maxPositions: 128, withPast: false };
  await writeToyModel(path.join(root, 'models/base'), { ...shape, seed: 5 });
  await writeToyModel(path.join(root, 'models/other'), { ...shape, seed: 6 });
  service = await startFakeCache();
});

afterAll(async () => {
  await service?.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  workspace = mkdtempSync(path.join(root, 'ws-'));
  savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
  Object.assign(process.env, service.env(), { GITHUB_WORKSPACE: workspace });
  // As in a job, the action runs in the workspace, where @actions/cache resolves relative paths.
  savedCwd = process.cwd();
  process.chdir(workspace);
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

/** Saves `text` as a cache entry's results.json, as a broken or foreign writer would have. */
async function saveRaw(key: string, text: string): Promise<void> {
  const dir = path.join(workspace, BASELINE_CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'results.json'), text);
  expect(await store.save(key, BASELINE_CACHE_DIR)).toBe(true);
  rmSync(dir, { recursive: true });
}

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

  it('base-branch saves share a prefix that the task list and the options the task hashes carry do not change', () => {
    const prefix = branchBaselinePrefix(IDENTITY, 'release,v2');
    expect(prefix).not.toContain(',');
    expect(branchBaselinePrefix(IDENTITY, 'main')).not.toBe(prefix);
    const main = branchBaselinePrefix(IDENTITY, 'main');
    expect(branchBaselinePrefix({ ...IDENTITY, tasks: ['arc_easy'], options: { numFewshot: 0, limit: 10, fewshotSeed: 7 } }, 'main')).toBe(main);
    // What the task hashes do not carry still separates the saves.
    for (const changed of [{ options: { numFewshot: 5, maxLength: 512 } }, { runtimeVersion: '1.30.0' }, { provider: 'cuda' }, { ftbenchVersion: '0.2.0' }]) {
      expect(branchBaselinePrefix({ ...IDENTITY, ...changed }, 'main')).not.toBe(main);
    }
  });
});

describe('modelContentHash', () => {
  const model = (name: string, files: Record<string, string>) => {
    const modelDir = path.join(workspace, name);
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

describe('baselineFromModel', () => {
  it('scores on a miss and saves; the next run restores the same results without scoring', async () => {
    const results = await scored('base', ['alpha']);
    const score = vi.fn(async () => results);
    const first = await baselineFromModel({ store, workspace }, 'model-key-a', score);
    expect(first.restoredFrom).toBeNull();

    const second = await baselineFromModel({ store, workspace }, 'model-key-a', score);
    expect(score).toHaveBeenCalledTimes(1);
    expect(second.restoredFrom).toBe('model-key-a');
    expect(second.results).toEqual(results);
  });

  it("saves the baseline's MT-Bench judgments with its results, and nothing else left in the folder", async () => {
    const results = await scored('base', ['alpha']);
    const judgment = path.join(workspace, BASELINE_JUDGMENTS_DIR, 'ab', 'abcdef.json');
    const score = async () => {
      // What scoring the baseline with judgeCacheDir = BASELINE_JUDGMENTS_DIR leaves, and a stray file beside it.
      mkdirSync(path.dirname(judgment), { recursive: true });
      writeFileSync(judgment, '{"text":"Rating: [[7]]"}');
      writeFileSync(path.join(workspace, BASELINE_CACHE_DIR, 'stray.txt'), 'stale');
      return results;
    };
    await baselineFromModel({ store, workspace }, 'model-key-judged', score);
    rmSync(path.join(workspace, BASELINE_CACHE_DIR), { recursive: true });
    expect(await store.restore('model-key-judged', [], BASELINE_CACHE_DIR)).toBe('model-key-judged');
    expect(readFileSync(judgment, 'utf8')).toBe('{"text":"Rating: [[7]]"}');
    expect(existsSync(path.join(workspace, BASELINE_CACHE_DIR, 'stray.txt'))).toBe(false);
  });

  it('never takes a results file left in the workspace by an earlier job for a hit', async () => {
    mkdirSync(path.join(workspace, BASELINE_CACHE_DIR), { recursive: true });
    writeFileSync(path.join(workspace, BASELINE_CACHE_DIR, 'results.json'), JSON.stringify({ ...(await scored('other', ['alpha'])), createdAt: 'stale' }));
    const fresh = await scored('base', ['alpha']);
    const baseline = await baselineFromModel({ store, workspace }, 'model-key-b', async () => fresh);
    expect(baseline.results.createdAt).toBe(fresh.createdAt);
  });

  it('scores again when the cached results lack per-sample records', async () => {
    const withoutSamples = await scored('base', ['alpha']);
    delete withoutSamples.samples;
    await saveRaw('model-key-c', JSON.stringify(withoutSamples));
    const score = vi.fn(async () => scored('base', ['alpha']));
    expect((await baselineFromModel({ store, workspace }, 'model-key-c', score)).restoredFrom).toBeNull();
    expect(score).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'parses but lacks fields',
      '{"schemaVersion":1,"samples":{}}',
      /Cache entry model-key-\d does not hold ftbench results of schema version 1: \(top level\): missing required keys "ftbenchVersion"/,
    ],
    ['another ftbench version wrote it', JSON.stringify({ schemaVersion: 2, results: {} }), /schemaVersion: this ftbench reads version 1, got 2/],
    ['a task lost its hash', 'TASK_WITHOUT_HASH', /tasks\.suite:alpha: missing required key "hash"/],
    ['holds one shard only', 'SHARD', /^::warning::Cache entry model-key-\d+ holds the results of shard 1\/2 only/],
  ])('discards a cached baseline that %s, with a warning, and scores the baseline again', async (_, text, warning) => {
    const key = `model-key-${service.entries.length}`;
    const broken = await scored('base', ['alpha']);
    delete (broken.tasks['suite:alpha'] as Partial<EvalResults['tasks'][string]>).hash;
    const raw = { TASK_WITHOUT_HASH: () => JSON.stringify(broken), SHARD: async () => JSON.stringify(await scoredShard('base', ['alpha'], 1)) }[text];
    await saveRaw(key, raw ? await raw() : text);
    const rescored = await scored('base', ['alpha']);
    const score = vi.fn(async () => rescored);
    const baseline = await baselineFromModel({ store, workspace }, key, score);
    expect(score).toHaveBeenCalledTimes(1);
    expect(baseline.results).toEqual(rescored);
    expect(warnings()).toEqual([expect.stringMatching(warning)]);
    expect(warnings()[0]).toMatch(/; scoring the baseline model again\.$/);
    // The refused entry cannot be overwritten; the next run restores what was scored instead of it.
    const next = await baselineFromModel({ store, workspace }, key, score);
    expect(score).toHaveBeenCalledTimes(1);
    expect(next.restoredFrom).toMatch(new RegExp(`^${key}-rescored-\\d+$`));
    expect(next.results).toEqual(rescored);
  });
});

describe('baselines of a sharded run', () => {
  it('every shard, and the whole run, give the same task hashes, so one baseline key', async () => {
    const whole = await scored('base', ['alpha', 'beta']);
    const shards = [await scoredShard('base', ['alpha', 'beta'], 1), await scoredShard('base', ['alpha', 'beta'], 2)];
    // The shards' own task results hold part of the documents; the key takes the whole tasks' hashes from the shard record.
    expect(shards.map((shard) => shard.tasks['suite:alpha'].n)).not.toContain(whole.tasks['suite:alpha'].n);
    for (const shard of shards) expect(taskHashesOf(shard).sort()).toEqual(taskHashesOf(whole).sort());
    expect(modelBaselineKey(IDENTITY, MODEL_HASH, taskHashesOf(shards[0]))).toBe(modelBaselineKey(IDENTITY, MODEL_HASH, taskHashesOf(whole)));
  });

  it("a shard job's look-up finds a whole cached baseline, and never takes a cached shard for one", async () => {
    const context = { store, workspace };
    expect(await modelBaselineCached(context, 'sharded-key-a')).toBe(false);
    await saveRaw('sharded-key-a', JSON.stringify(await scored('base', ['alpha'])));
    expect(await modelBaselineCached(context, 'sharded-key-a')).toBe(true);
    await saveRaw('sharded-key-b', JSON.stringify(await scoredShard('base', ['alpha'], 2)));
    expect(await modelBaselineCached(context, 'sharded-key-b')).toBe(false);
    expect(warnings()).toEqual([expect.stringMatching(/Cache entry sharded-key-b holds the results of shard 2\/2 only; scoring the baseline model again\.$/)]);
  });
});

describe('base-branch baselines, per task', () => {
  const prefix = (branch: string) => branchBaselinePrefix(IDENTITY, branch);

  it('a PR that edits the task list still compares every task whose prompts and data are unchanged', async () => {
    const context = { store, workspace };
    const base = await scored('base', ['alpha', 'beta']);
    await publishBranchBaseline(context, prefix('main'), 'a'.repeat(64), base);
    // The PR drops beta and adds gamma: alpha keeps its baseline, gamma has none.
    const candidate = await scored('other', ['alpha', 'gamma']);
    const found = await baselineFromBranch(context, prefix('main'), candidate);
    expect(Object.keys(found.results?.tasks ?? {})).toEqual(['suite:alpha']);
    expect(found.results?.tasks['suite:alpha']).toEqual(base.tasks['suite:alpha']);
    expect(found.results?.samples?.['suite:alpha']).toEqual(base.samples?.['suite:alpha']);
    expect(found).toMatchObject({ missingUnits: ['suite:gamma'], withoutBaseline: ['suite:gamma'] });
    expect(found.restoredFrom).toEqual([expect.stringMatching(new RegExp(`^${prefix('main')}[0-9a-f]{16}-a{16}$`))]);

    // Another branch's saves are not this branch's baseline.
    expect((await baselineFromBranch(context, prefix('release'), candidate)).results).toBeNull();
  });

  it("restores each task's newest save, and says when the tasks come from different base models", async () => {
    const context = { store, workspace };
    await publishBranchBaseline(context, prefix('dev'), 'b'.repeat(64), await scored('other', ['alpha', 'beta']));
    await publishBranchBaseline(context, prefix('dev'), 'c'.repeat(64), await scored('base', ['alpha']));
    const found = await baselineFromBranch(context, prefix('dev'), await scored('base', ['alpha', 'beta']));
    expect(found.missingUnits).toEqual([]);
    expect(found.restoredFrom.map((key) => key.slice(-16))).toEqual(['c'.repeat(16), 'b'.repeat(16)]);
    expect(found.results?.tasks['suite:alpha']).toEqual((await scored('base', ['alpha'])).tasks['suite:alpha']);
    expect(warnings()).toEqual([expect.stringMatching(/come from 2 different models .*: tasks are compared with the base model that last scored them/)]);
  });

  it('a saved unit that does not validate is discarded with a warning: that task has no baseline', async () => {
    const context = { store, workspace };
    const candidate = await scored('base', ['alpha', 'beta']);
    const [alpha] = resultUnits(candidate);
    await saveRaw(`${prefix('broken')}${alpha.hash}-${'d'.repeat(16)}`, '{"schemaVersion":1,"samples":{}}');
    await publishBranchBaseline(context, prefix('broken'), 'e'.repeat(64), await scored('base', ['beta']));
    const found = await baselineFromBranch(context, prefix('broken'), candidate);
    expect(found).toMatchObject({ missingUnits: ['suite:alpha'], withoutBaseline: ['suite:alpha'] });
    expect(Object.keys(found.results?.tasks ?? {})).toEqual(['suite:beta']);
    expect(warnings()).toEqual([expect.stringMatching(/does not hold ftbench results of schema version 1: .*; suite:alpha has no baseline\.$/)]);
  });
});

describe('resultUnits', () => {
  it('makes one unit of a group and its members, hashed over their task hashes', async () => {
    const results = await scored('base', ['alpha', 'beta']);
    const grouped: EvalResults = {
      ...results,
      groups: { letters: { name: 'letters', members: ['suite:alpha', 'suite:beta'], n: 12, weightBySize: true, metrics: {} } },
    };
    const [unit] = resultUnits(grouped);
    expect(resultUnits(grouped)).toEqual([{ name: 'letters', hash: unit.hash, tasks: ['suite:alpha', 'suite:beta'], groups: ['letters'] }]);
    const moved = structuredClone(grouped);
    moved.tasks['suite:beta'].hash = 'another prompt';
    expect(resultUnits(moved)[0].hash).not.toBe(unit.hash);
    expect(resultUnits(results).map((u) => u.name)).toEqual(['suite:alpha', 'suite:beta']);
  });
});
