/**
 * Resuming across attempts of a workflow run, run as a runner runs it (the bundle built from the
 * sources, Node 24, a local Actions cache service): attempt 1's main step is killed while the
 * baseline is being scored, its post step saves both models' checkpoints, and attempt 2 on a fresh
 * runner restores them, scores only what was left, and reports what a run without checkpoints
 * reports. The same for one leg of a matrix (shard: I/N): it resumes from its own shard's
 * checkpoint, never from another leg's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResults } from '../../core/src/index.js';
import { writeToyModel } from '../../core/src/testing.js';
import { isolatedTempDir, runAction, type ActionRun, type RunSpec } from '../../../test/e2e/action-harness.js';
import { buildActionCheckout, readActionYml } from './helpers/built-action.js';
import { cacheServiceEnv, closedPortUrl, startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const DOCS = 400;
const CHOICES = 4;
const REQUESTS = DOCS * CHOICES;
/** The evaluator appends to the checkpoint every 256 requests: kill once one chunk of the baseline is on disk. */
const KILL_AFTER_RECORDS = 256;
const RUN = { GITHUB_RUN_ID: '4242', GITHUB_JOB: 'evaluate' };
const INPUTS = { model: 'models/candidate', 'baseline-model': 'models/baseline', tasks: 'suite:suites/long.jsonl', 'batch-size': '8', comment: 'false' };

let root: string;
let workspace: string;
/** The runner's RUNNER_TEMP, where the action keeps its checkpoints: the same path on every runner, as on GitHub's. */
let runnerTemp: string;
let checkout: string;
let cache: FakeCache;
let runs = 0;

beforeAll(async () => {
  root = isolatedTempDir('ftbench-resume-');
  workspace = path.join(root, 'work', 'repo', 'repo');
  runnerTemp = path.join(root, 'work', '_temp');
  mkdirSync(path.join(workspace, 'suites'), { recursive: true });
  const shape = { layers: 1, heads: 2, hidden: 32, maxPositions: 256, withPast: false };
  await writeToyModel(path.join(workspace, 'models/candidate'), { ...shape, seed: 21 });
  await writeToyModel(path.join(workspace, 'models/baseline'), { ...shape, seed: 22 });
  // Every question differs, so each request is one checkpoint record.
  const items = Array.from({ length: DOCS }, (_, i) => ({
    id: `q${i}`,
    category: i % 2 ? 'odd' : 'even',
    question: `Item ${i}: which number is ${i % 7} more than ${i % 11}?`,
    choices: Array.from({ length: CHOICES }, (_, k) => String((i % 11) + (i % 7) + k - 1)),
    answer: 'B',
  }));
  writeFileSync(path.join(workspace, 'suites/long.jsonl'), items.map((item) => JSON.stringify(item)).join('\n'));
  checkout = await buildActionCheckout(path.join(root, 'checkout'));
  cache = await startFakeCache();
});

afterAll(async () => {
  await cache?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Complete (newline-terminated) checkpoint lines in a model's folder, counted without ftbench's code. */
function checkpointLines(role: 'candidate' | 'baseline'): number {
  const dir = path.join(runnerTemp, 'ftbench-cache/checkpoints', role);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .reduce((lines, file) => lines + readFileSync(path.join(dir, file), 'utf8').split('\n').length - 1, 0);
}

/** One step of the job on a fresh runner: the checkout's files are there, nothing ftbench wrote, RUNNER_TEMP is empty. */
function step(spec: Partial<RunSpec> & { env: Record<string, string> }, freshRunner = true): Promise<ActionRun> {
  if (freshRunner) {
    rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
    rmSync(runnerTemp, { recursive: true, force: true });
  }
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: INPUTS,
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    ...spec,
    env: { RUNNER_TEMP: runnerTemp, ...spec.env },
  });
}

const readResults = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as EvalResults;
const checkpointKeys = () => cache.entries.filter((entry) => entry.key.startsWith('ftbench-checkpoints-')).map((entry) => entry.key);

describe('resume across attempts of a run', () => {
  it('declares the post step that saves the checkpoint of a step that did not finish', () => {
    expect(readActionYml().runs).toMatchObject({ post: 'packages/action/dist-action/post.mjs', 'post-if': 'always()' });
  });

  it('attempt 2 restores what the killed attempt 1 scored and reports the results of a run without checkpoints', async () => {
    const straight = await step({ inputs: { ...INPUTS, resume: 'false' }, env: cacheServiceEnv(await closedPortUrl()) });
    expect(straight.exitCode, straight.log).toBe(0);
    expect(existsSync(path.join(runnerTemp, 'ftbench-cache/checkpoints'))).toBe(false);
    expect(existsSync(path.join(workspace, '.ftbench/cache'))).toBe(false);

    const env = { ...cache.env(), ...RUN };
    const attempt1 = await step({ env: { ...env, GITHUB_RUN_ATTEMPT: '1' }, stopWhen: () => checkpointLines('baseline') >= KILL_AFTER_RECORDS });
    expect(attempt1.signal, attempt1.log).toBe('SIGKILL');
    expect(checkpointLines('candidate')).toBe(REQUESTS);
    const baselineDone = checkpointLines('baseline');
    expect(baselineDone).toBeGreaterThanOrEqual(KILL_AFTER_RECORDS);
    expect(baselineDone).toBeLessThan(REQUESTS);

    const post1 = await step({ entry: 'post.mjs', state: attempt1.state, env: { ...env, GITHUB_RUN_ATTEMPT: '1' } }, false);
    expect(post1.exitCode, post1.log).toBe(0);
    expect(checkpointKeys()).toEqual([
      expect.stringMatching(/^ftbench-checkpoints-v1-4242-evaluate-candidate-[0-9a-f]{12}-1$/),
      expect.stringMatching(/^ftbench-checkpoints-v1-4242-evaluate-baseline-[0-9a-f]{12}-1$/),
    ]);

    const attempt2 = await step({ env: { ...env, GITHUB_RUN_ATTEMPT: '2' } });
    expect(attempt2.exitCode, attempt2.log).toBe(0);
    expect(attempt2.log).toMatch(
      /Resuming the candidate model from the checkpoint of an earlier attempt \(ftbench-checkpoints-v1-4242-evaluate-candidate-\w+-1\)/,
    );
    expect(attempt2.log).toMatch(
      /Resuming the baseline model from the checkpoint of an earlier attempt \(ftbench-checkpoints-v1-4242-evaluate-baseline-\w+-1\)/,
    );
    const results = { candidate: readResults(attempt2.outputs.results), baseline: readResults(attempt2.outputs['baseline-results']) };
    const reference = { candidate: readResults(straight.outputs.results), baseline: readResults(straight.outputs['baseline-results']) };
    expect(results.candidate.timings.resumedRequests).toBe(REQUESTS);
    expect(results.baseline.timings.resumedRequests).toBe(baselineDone);
    for (const role of ['candidate', 'baseline'] as const) {
      expect(results[role].timings.requests).toBe(REQUESTS);
      expect(results[role].tasks).toEqual(reference[role].tasks);
      expect(results[role].samples).toEqual(reference[role].samples);
    }

    // Attempt 2 finished: its post step has nothing to save.
    const post2 = await step({ entry: 'post.mjs', state: attempt2.state, env: { ...env, GITHUB_RUN_ATTEMPT: '2' } }, false);
    expect(post2.exitCode, post2.log).toBe(0);
    expect(post2.log).toBe('');
    expect(checkpointKeys()).toHaveLength(2);
  });

  it("a re-run matrix leg resumes from its own shard's checkpoint, and reports what an uninterrupted leg reports", async () => {
    // Base-branch mode on a push: the legs score the candidate only.
    const leg = (index: number, more: Record<string, string> = {}) => ({ ...INPUTS, 'baseline-model': '', shard: `${index}/2`, ...more });
    const shardFile = (run: ActionRun) => readResults(run.outputs.results);
    // The next step's fresh runner empties RUNNER_TEMP: each leg's shard file is read at once.
    const straightRun = await step({ inputs: leg(2, { resume: 'false' }), env: cacheServiceEnv(await closedPortUrl()) });
    expect(straightRun.exitCode, straightRun.log).toBe(0);
    const straight = shardFile(straightRun);
    const keysBefore = checkpointKeys();

    const env = { ...cache.env(), GITHUB_RUN_ID: '4343', GITHUB_JOB: 'shard' };
    const leg1 = await step({ inputs: leg(1), env: { ...env, GITHUB_RUN_ATTEMPT: '1' } });
    expect(leg1.exitCode, leg1.log).toBe(0);
    const leg1Samples = shardFile(leg1).samples;
    const leg2 = await step({ inputs: leg(2), env: { ...env, GITHUB_RUN_ATTEMPT: '1' }, stopWhen: () => checkpointLines('candidate') >= KILL_AFTER_RECORDS });
    expect(leg2.signal, leg2.log).toBe('SIGKILL');
    const done = checkpointLines('candidate');
    const requests = straight.timings.requests;
    expect(done).toBeGreaterThanOrEqual(KILL_AFTER_RECORDS);
    expect(done).toBeLessThan(requests);
    for (const [run, attempt] of [
      [leg1, '1'],
      [leg2, '1'],
    ] as const) {
      const post = await step({ entry: 'post.mjs', inputs: leg(1), state: run.state, env: { ...env, GITHUB_RUN_ATTEMPT: attempt } }, false);
      expect(post.exitCode, post.log).toBe(0);
    }
    // Only the killed leg saved a checkpoint, under a key naming its shard.
    expect(checkpointKeys().slice(keysBefore.length)).toEqual([
      expect.stringMatching(/^ftbench-checkpoints-v1-4343-shard-candidate-shard-2of2-[0-9a-f]{12}-1$/),
    ]);

    // "Re-run failed jobs": leg 2 again, attempt 2, on a fresh runner; leg 1 re-run too finds nothing of leg 2's.
    const rerun2 = await step({ inputs: leg(2), env: { ...env, GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun2.exitCode, rerun2.log).toBe(0);
    expect(rerun2.log).toMatch(
      /Resuming the candidate model from the checkpoint of an earlier attempt \(ftbench-checkpoints-v1-4343-shard-candidate-shard-2of2-\w+-1\)/,
    );
    const resumed = shardFile(rerun2);
    expect(resumed.timings.resumedRequests).toBe(done);
    expect(resumed.shard).toEqual(straight.shard);
    expect(resumed.tasks).toEqual(straight.tasks);
    expect(resumed.samples).toEqual(straight.samples);
    const rerun1 = await step({ inputs: leg(1), env: { ...env, GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun1.exitCode, rerun1.log).toBe(0);
    expect(rerun1.log).not.toContain('Resuming');
    expect(shardFile(rerun1).samples).toEqual(leg1Samples);
  });
});
