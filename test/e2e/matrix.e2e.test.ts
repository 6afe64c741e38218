/**
 * The action over a matrix, end to end: the committed bundle under Node 24, from a copy of the
 * checkout with nothing installed, against a local GitHub API, a local Actions cache service and a
 * local npm registry, as action.e2e.test.ts runs it. Three shard jobs (shard: 1/3, 2/3, 3/3), then
 * the merge job, the artifacts passed between them as files (what upload-artifact and
 * download-artifact move): one sticky comment, one verdict, and merged results equal to an unsharded
 * run's. A merge job short of one shard fails, naming it, and posts nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResults } from '../../packages/core/src/index.js';
import { startFakeCache, cacheServiceEnv, closedPortUrl, type FakeCache } from '../../packages/action/test/helpers/fake-cache.js';
import { startFakeGitHub, writes, type FakeGitHub } from '../../packages/action/test/helpers/fake-github.js';
import { copyActionCheckout, isolatedTempDir, pullRequestEvent, repoRoot, runAction, type ActionRun, type RunSpec } from './action-harness.js';
import { buildModels, buildSuiteFromBaseline, type Models } from './fixtures.js';
import {
  lockfilePackages,
  makeTlsIdentity,
  missingTarballs,
  npmCacheDir,
  npmPrefixWithGlobalConfig,
  startLocalRegistry,
  type LocalRegistry,
} from './local-registry.js';

const NPM_CACHE = npmCacheDir();
const runtimeTarballs = lockfilePackages(path.join(repoRoot, 'packages/action/dist-action/runtime/package-lock.json'), NPM_CACHE);
const skipped = missingTarballs(runtimeTarballs.missing, NPM_CACHE) !== null;

const STICKY_MARKER = '<!-- ftbench:sticky-comment ';
/** 200 questions of 4 choices: 800 requests, four scoring chunks of up to 256, so each of three shards gets some. */
const QUESTIONS = 200;
const SHARDS = 3;
const CONFIG = `
tasks:
  - suite: suites/domain.jsonl
    gates:
      acc: { max-drop: 10 }
    categories:
      alpha:
        acc: { min: 0.5 }
`;

let root: string;
let workspace: string;
let checkout: string;
let models: Models;
let github: FakeGitHub;
let cache: FakeCache;
let registry: LocalRegistry;
let runnerPath: string;
let runs = 0;

beforeAll(async () => {
  if (skipped) return;
  root = isolatedTempDir('ftbench-matrix-');
  const tls = makeTlsIdentity(path.join(root, 'tls'));
  registry = await startLocalRegistry(runtimeTarballs.packages, tls);
  const npmPrefix = npmPrefixWithGlobalConfig(path.join(root, 'runner-npm'), `registry=${registry.url}\ncafile=${tls.caFile}\n`);
  runnerPath = `${path.join(npmPrefix, 'bin')}${path.delimiter}${process.env.PATH}`;
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'suites'), { recursive: true });
  models = await buildModels(path.join(workspace, 'models'));
  await buildSuiteFromBaseline(path.join(workspace, 'suites/domain.jsonl'), models.baseline, QUESTIONS);
  writeFileSync(path.join(workspace, 'ftbench.yml'), CONFIG);
  checkout = copyActionCheckout(path.join(root, 'checkout'));
  [github, cache] = await Promise.all([startFakeGitHub(), startFakeCache()]);
});

afterAll(async () => {
  if (skipped) return;
  await Promise.all([github?.close(), cache?.close(), registry?.close()]);
  rmSync(root, { recursive: true, force: true });
});

const model = (name: keyof Models) => path.relative(workspace, models[name]);

/** One job of the workflow on a fresh runner (its own RUNNER_TEMP and HOME); PR `pr`, baseline-model mode. */
function job(opts: {
  pr: number;
  runId: string;
  job: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  event?: RunSpec['event'];
}): Promise<ActionRun> {
  // A fresh runner's workspace holds the checkout, nothing the action wrote.
  rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: { 'baseline-model': model('baseline'), 'github-token': 'test-token', 'batch-size': '8', ...opts.inputs },
    event: opts.event ?? pullRequestEvent(opts.pr),
    env: {
      PATH: runnerPath,
      HOME: mkdtempSync(path.join(root, 'home-')),
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: opts.runId,
      GITHUB_JOB: opts.job,
      GITHUB_RUN_ATTEMPT: '1',
      ...cache.env(),
      ...opts.env,
    },
  });
}

/** The shard jobs of one workflow run; each leg's shard-dir output copied to `artifacts`/ftbench-shard-I, as upload- then download-artifact do. */
async function shardJobs(
  pr: number,
  runId: string,
  candidate: keyof Models,
  artifacts: string,
  more: Partial<Parameters<typeof job>[0]> = {},
): Promise<ActionRun[]> {
  const legs: ActionRun[] = [];
  for (let index = 1; index <= SHARDS; index++) {
    const leg = await job({ pr, runId, job: 'shard', ...more, inputs: { model: model(candidate), shard: `${index}/${SHARDS}`, ...more.inputs } });
    expect(leg.exitCode, leg.log).toBe(0);
    cpSync(leg.outputs['shard-dir'], path.join(artifacts, `ftbench-shard-${index}`), { recursive: true });
    legs.push(leg);
  }
  return legs;
}

const mergeJob = (pr: number, runId: string, artifacts: string) => job({ pr, runId, job: 'merge', inputs: { merge: path.relative(workspace, artifacts) } });

const commentsOn = (pr: number) => (github.comments.get(pr) ?? []).filter((comment) => comment.body.startsWith(STICKY_MARKER));
const readResults = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as EvalResults;
const baselineKeys = () => cache.entries.map((entry) => entry.key).filter((key) => key.startsWith('ftbench-baseline-'));

describe.skipIf(skipped)('the action over a matrix of shard jobs and a merge job', () => {
  let merged: ActionRun;

  it('shard jobs score their shards of the candidate and, with no baseline cached, of the baseline, and neither compare nor save a baseline', async () => {
    const artifacts = path.join(workspace, 'artifacts-run-1');
    const legs = await shardJobs(7, '101', 'damaged', artifacts);
    legs.forEach((leg, i) => {
      const shard = `${i + 1}-of-${SHARDS}`;
      expect(readdirSync(leg.outputs['shard-dir']).sort()).toEqual([`baseline-${shard}.json`, `candidate-${shard}.json`, `leg-${shard}.json`]);
      expect(readResults(leg.outputs.results).shard).toMatchObject({ index: i + 1, count: SHARDS });
      expect(readResults(leg.outputs['baseline-results']).shard).toMatchObject({ index: i + 1, count: SHARDS });
      expect(leg.log).toContain('No cached baseline under');
      expect(leg.outputs.passed).toBeUndefined();
      expect(leg.summary).toContain(`ftbench scored shard ${i + 1}/${SHARDS} of the candidate and of the baseline`);
    });
    // Every shard holds some of the documents, and together all of them once.
    const positions = legs.map((leg) => (readResults(leg.outputs.results).shard as NonNullable<EvalResults['shard']>).tasks[0].positions);
    expect(positions.every((p) => p.length > 0)).toBe(true);
    expect(positions.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: QUESTIONS }, (_, i) => i));
    expect(commentsOn(7)).toEqual([]);
    expect(writes(github)).toEqual([]);
    expect(baselineKeys()).toEqual([]);
  });

  it('a merge job short of one shard fails naming it, posts no comment and saves no baseline', async () => {
    const partial = path.join(workspace, 'artifacts-partial');
    cpSync(path.join(workspace, 'artifacts-run-1'), partial, { recursive: true });
    rmSync(path.join(partial, 'ftbench-shard-2'), { recursive: true });
    const result = await mergeJob(7, '101', partial);
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toMatch(/::error::the candidate's shards: shard 2\/3 is missing \(given: .*candidate-1-of-3\.json, .*candidate-3-of-3\.json\)/);
    expect(result.outputs.passed).toBeUndefined();
    expect(commentsOn(7)).toEqual([]);
    expect(writes(github)).toEqual([]);
    expect(baselineKeys()).toEqual([]);
  });

  it('the merge job merges every shard, saves the whole baseline once, gates once and posts one sticky comment', async () => {
    // download-artifact with merge-multiple: every leg's files in one folder.
    const flat = path.join(workspace, 'artifacts-flat');
    mkdirSync(flat);
    for (const leg of readdirSync(path.join(workspace, 'artifacts-run-1'))) cpSync(path.join(workspace, 'artifacts-run-1', leg), flat, { recursive: true });
    merged = await mergeJob(7, '101', flat);
    expect(merged.exitCode, merged.log).toBe(1);
    expect(merged.outputs.passed).toBe('false');
    expect(JSON.parse(merged.outputs.regressions)).toContainEqual(
      expect.objectContaining({ target: 'suite:domain', metric: 'acc', verdict: 'regression', baseline: 1 }),
    );
    expect(merged.log).toMatch(/::error::ftbench: \d gate\(s\) failed:%0A.*suite:domain acc .*dropped \d+\.\d points \(limit 10\.0\)/);
    expect(merged.log).toContain('No cached baseline under');
    expect(merged.log).toContain("merging the shard jobs' shards of the baseline");
    expect(merged.log).not.toContain('Scoring the');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0].body).toMatch(/dropped \d+\.\d points \(limit 10\.0\)/);
    expect(merged.outputs['comment-url']).toBe(commentsOn(7)[0].html_url);
    expect(baselineKeys()).toEqual([expect.stringMatching(/^ftbench-baseline-.*-cpu-[0-9a-f]{16}-model-[0-9a-f]{16}-[0-9a-f]{16}$/)]);
    for (const file of [merged.outputs.results, merged.outputs['baseline-results']]) {
      expect(readResults(file).shard).toBeUndefined();
      expect(readResults(file).timings.shards).toHaveLength(SHARDS);
    }
  });

  it('the merged results are those of an unsharded run: metrics, groups and per-sample records, candidate and baseline', async () => {
    // No cache: the unsharded run scores its baseline itself.
    const whole = await job({
      pr: 8,
      runId: '102',
      job: 'evaluate',
      inputs: { model: model('damaged'), comment: 'false' },
      env: cacheServiceEnv(await closedPortUrl()),
    });
    expect(whole.exitCode, whole.log).toBe(1);
    expect(whole.log).toContain('Scoring the baseline model');
    for (const output of ['results', 'baseline-results']) {
      const [sharded, unsharded] = [readResults(merged.outputs[output]), readResults(whole.outputs[output])];
      expect(sharded.tasks, output).toEqual(unsharded.tasks);
      expect(sharded.groups, output).toEqual(unsharded.groups);
      expect(sharded.samples, output).toEqual(unsharded.samples);
      expect(sharded.model, output).toEqual(unsharded.model);
    }
    expect(JSON.parse(merged.outputs.regressions)).toEqual(JSON.parse(whole.outputs.regressions));
    // An unsharded run finds the baseline the merge job saved.
    const cached = await job({ pr: 8, runId: '103', job: 'evaluate', inputs: { model: model('damaged'), comment: 'false' } });
    expect(cached.log).toContain('not scored again');
    expect(readResults(cached.outputs['baseline-results']).samples).toEqual(readResults(whole.outputs['baseline-results']).samples);
  });

  it('with the whole baseline cached, no leg scores it and the merge job uses it: a harmless candidate passes, updating its one comment', async () => {
    const artifacts = path.join(workspace, 'artifacts-run-4');
    const legs = await shardJobs(9, '104', 'harmless', artifacts);
    for (const leg of legs) {
      expect(leg.log).toContain('Baseline found in the Actions cache');
      expect(leg.log).not.toContain('Scoring the baseline model');
      expect(leg.outputs['baseline-results']).toBe('');
      expect(readdirSync(leg.outputs['shard-dir']).some((name) => name.startsWith('baseline-'))).toBe(false);
    }
    const first = await mergeJob(9, '104', artifacts);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs.passed).toBe('true');
    expect(first.log).toContain('not scored again');
    const again = await mergeJob(9, '104', artifacts);
    expect(again.exitCode, again.log).toBe(0);
    expect(commentsOn(9)).toHaveLength(1);
    expect(commentsOn(9)[0].body).not.toMatch(/dropped/);
    expect(baselineKeys()).toHaveLength(1);
  });

  it('a merge job set up unlike its legs (another device) refuses to gate, naming the leg, and installs no CUDA runtime', async () => {
    const result = await job({ pr: 9, runId: '104', job: 'merge', inputs: { merge: 'artifacts-run-4', device: 'cuda' } });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toMatch(
      /::error::artifacts-run-4\/ftbench-shard-1\/leg-1-of-3\.json: that leg scored with another device \(execution provider\) than this merge job/,
    );
    // The merge job scores nothing, so it loads the CPU runtime whatever the device input says.
    expect(result.log).not.toContain('(cuda)');
    expect(result.outputs.passed).toBeUndefined();
    expect(commentsOn(9)).toHaveLength(1);
  });

  it('in base-branch mode, the merge job of a push saves the merged results as the branch baseline, which a PR then compares with', async () => {
    const push = { event: { name: 'push', payload: { ref: 'refs/heads/main' } }, env: { GITHUB_REF_NAME: 'main' }, inputs: { 'baseline-model': '' } };
    const artifacts = path.join(workspace, 'artifacts-push');
    await shardJobs(0, '105', 'baseline', artifacts, push);
    const merge = await job({ ...push, pr: 0, runId: '105', job: 'merge', inputs: { merge: 'artifacts-push', 'baseline-model': '' } });
    expect(merge.exitCode, merge.log).toBe(0);
    expect(cache.entries.map((entry) => entry.key)).toContainEqual(expect.stringMatching(/-branch-main-[0-9a-f]{16}-[0-9a-f]{16}$/));
    const pr = await job({ pr: 11, runId: '106', job: 'evaluate', inputs: { model: model('damaged'), 'baseline-model': '' } });
    expect(pr.exitCode, pr.log).toBe(1);
    expect(pr.log).toMatch(/Baseline restored from the base branch's results \(.*-branch-main-/);
    expect(commentsOn(11)[0].body).toMatch(/dropped \d+\.\d points \(limit 10\.0\)/);
  });

  it('a leg with a bad shard input fails at once with one line saying what it must be', async () => {
    const result = await job({ pr: 12, runId: '107', job: 'shard', inputs: { model: model('damaged'), shard: '4/3' } });
    expect(result.exitCode).toBe(1);
    expect(result.log.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([
      expect.stringMatching(/^::error::input shard must be I\/N with 1 <= I <= N \(this job scores shard I of N\), got "4\/3"%0Ae\.g\. shard: 2\/4/),
    ]);
    expect(result.log).not.toContain('Scoring');
    expect(commentsOn(12)).toEqual([]);
  });
});
