/**
 * The committed action, end to end: run under Node 24 from a copy of the checkout with nothing
 * installed, against a local GitHub API, a local Actions cache service and a local npm registry
 * (TLS with its own CA, known to the runner only through its npm's global npmrc) that serves the
 * shipped runtime lockfile's tarballs, on toy models whose scores differ predictably (fixtures.ts).
 * Every run has an empty HOME, so npm starts from an empty cache, as on a fresh runner.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const RUNTIME_LOCKFILE = path.join(repoRoot, 'packages/action/dist-action/runtime/package-lock.json');
const NPM_CACHE = npmCacheDir();
const runtimeTarballs = lockfilePackages(RUNTIME_LOCKFILE, NPM_CACHE);
const skipped = missingTarballs(runtimeTarballs.missing, NPM_CACHE) !== null;

/** The sticky comment's first line starts so (it goes on to name the repository and PR). */
const STICKY_MARKER = '<!-- ftbench:sticky-comment ';
const CONFIG = `
tasks:
  - suite: suites/domain.jsonl
    gates:
      acc: { max-drop: 10, target: 0.9 }
    categories:
      alpha:
        acc: { min: 0.5 }
`;

let root: string;
let workspace: string;
let models: Models;
let github: FakeGitHub;
let cache: FakeCache;
let registry: LocalRegistry;
/** PATH with the runner's npm first: its global npmrc names the local registry and its CA. */
let runnerPath: string;
let runs = 0;
/** Seconds per scenario, printed at the end for the report. */
const timings: Record<string, number> = {};

beforeAll(async () => {
  if (skipped) return;
  root = isolatedTempDir('ftbench-e2e-');
  const tls = makeTlsIdentity(path.join(root, 'tls'));
  registry = await startLocalRegistry(runtimeTarballs.packages, tls);
  const npmPrefix = npmPrefixWithGlobalConfig(path.join(root, 'runner-npm'), `registry=${registry.url}\ncafile=${tls.caFile}\n`);
  runnerPath = `${path.join(npmPrefix, 'bin')}${path.delimiter}${process.env.PATH}`;
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'suites'), { recursive: true });
  models = await buildModels(path.join(workspace, 'models'));
  await buildSuiteFromBaseline(path.join(workspace, 'suites/domain.jsonl'), models.baseline);
  writeFileSync(path.join(workspace, 'ftbench.yml'), CONFIG);
  [github, cache] = await Promise.all([startFakeGitHub(), startFakeCache()]);
});

afterAll(async () => {
  if (skipped) return;
  await Promise.all([github?.close(), cache?.close(), registry?.close()]);
  rmSync(root, { recursive: true, force: true });
  console.log(`ftbench e2e timings (s): ${JSON.stringify(timings)}`);
});

const model = (name: keyof Models) => path.relative(workspace, models[name]);

/** Runs the action; defaults: PR #7 into main, baseline-model mode, cache service up, a fresh checkout only when asked. */
async function run(opts: {
  checkout: string;
  candidate: keyof Models;
  inputs?: Record<string, string>;
  event?: RunSpec['event'];
  env?: Record<string, string>;
}): Promise<ActionRun> {
  return runAction({
    checkout: opts.checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: { model: model(opts.candidate), 'baseline-model': model('baseline'), 'github-token': 'test-token', 'batch-size': '8', ...opts.inputs },
    event: opts.event ?? pullRequestEvent(7),
    env: { PATH: runnerPath, HOME: mkdtempSync(path.join(root, 'home-')), GITHUB_API_URL: github.url, ...cache.env(), ...opts.env },
  });
}

const commentsOn = (pr: number) => (github.comments.get(pr) ?? []).filter((comment) => comment.body.startsWith(STICKY_MARKER));
const warnings = (log: string) => log.split('\n').filter((line) => line.startsWith('::warning'));
const baselineCreatedAt = (result: ActionRun) => (JSON.parse(readFileSync(result.outputs['baseline-results'], 'utf8')) as { createdAt: string }).createdAt;

describe.skipIf(skipped)('the action on a pull request', () => {
  let firstCheckout: string;
  let firstBaselineCreatedAt: string;

  it('fails a damaged candidate: the comment and the failure name the regression and its limit', async () => {
    firstCheckout = copyActionCheckout(path.join(root, 'checkout-1'));
    const result = await run({ checkout: firstCheckout, candidate: 'damaged' });
    timings['damaged, first run (installs onnxruntime-node, scores the baseline)'] = result.seconds;

    expect(result.exitCode, result.log).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const regressions = JSON.parse(result.outputs.regressions) as {
      target: string;
      metric: string;
      verdict: string;
      baseline: number;
      candidate: number;
      reason: string;
    }[];
    expect(regressions.map((r) => [r.target, r.metric, r.verdict])).toContainEqual(['suite:domain', 'acc', 'regression']);
    const suiteRegression = regressions.find((r) => r.target === 'suite:domain');
    // The suite was built from the baseline's own answers.
    expect(suiteRegression?.baseline).toBe(1);
    expect(suiteRegression?.candidate).toBeLessThan(0.9);

    const [comment] = commentsOn(7);
    expect(commentsOn(7)).toHaveLength(1);
    expect(comment.body).toContain('suite:domain');
    expect(comment.body).toContain('100.0%');
    expect(comment.body).toMatch(/dropped \d+\.\d points \(limit 10\.0\)/);
    expect(result.log).toMatch(/::error::ftbench: \d gate\(s\) failed:%0A.*suite:domain acc .*dropped \d+\.\d points \(limit 10\.0\)/);
    expect(result.summary).toContain('suite:domain');
    expect(result.outputs['comment-url']).toBe(comment.html_url);

    expect(result.log).toContain('Installing onnxruntime-node');
    expect(registry.requests).toContainEqual(expect.stringMatching(/^\/onnxruntime-node\/-\/onnxruntime-node-[\d.]+\.tgz$/));
    expect(result.log).toContain('Scoring the baseline model');
    expect(cache.entries.map((entry) => entry.key)).toEqual([
      expect.stringMatching(/^ftbench-runtime-onnxruntime-node-[\d.]+-linux-x64-cpu-[0-9a-f]{16}$/),
      expect.stringMatching(/^ftbench-baseline-.*-cpu-[0-9a-f]{16}-model-[0-9a-f]{16}-[0-9a-f]{16}$/),
    ]);
    firstBaselineCreatedAt = baselineCreatedAt(result);
  });

  it('passes a harmless candidate with the cached baseline, which is not scored again, and updates the same comment', async () => {
    const writesBefore = writes(github).length;
    const commentId = commentsOn(7)[0].id;
    // A fresh runner: the same action path (the cache version covers it), nothing installed.
    rmSync(firstCheckout, { recursive: true });
    const result = await run({ checkout: copyActionCheckout(firstCheckout), candidate: 'harmless' });
    timings['harmless, cached baseline (fresh runner: runtime from cache)'] = result.seconds;

    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(JSON.parse(result.outputs.regressions)).toEqual([]);
    expect(result.log).toMatch(/onnxruntime-node [\d.]+ \(cpu\) restored from the Actions cache/);
    expect(result.log).toContain('not scored again');
    expect(result.log).not.toContain('Scoring the baseline model');
    expect(baselineCreatedAt(result)).toBe(firstBaselineCreatedAt);

    expect(commentsOn(7).map((comment) => comment.id)).toEqual([commentId]);
    expect(
      writes(github)
        .slice(writesBefore)
        .map((request) => request.method),
    ).toEqual(['PATCH']);
    expect(commentsOn(7)[0].body).not.toMatch(/dropped/);
    expect(warnings(result.log)).toEqual([]);
    expect(cache.entries).toHaveLength(2);
  });

  it('measures the same PR run with the cached baseline and with the baseline scored', async () => {
    const cached = await run({ checkout: firstCheckout, candidate: 'harmless' });
    const uncached = await run({ checkout: firstCheckout, candidate: 'harmless', env: cacheServiceEnv(await closedPortUrl()) });
    timings['harmless, cached baseline'] = cached.seconds;
    timings['harmless, no cache (baseline scored)'] = uncached.seconds;
    expect(cached.log).not.toContain('Scoring the baseline model');
    expect(uncached.log).toContain('Scoring the baseline model');
  });

  it('keeps working when the cache service is down: one warning, the baseline scored, the gate alone decides', async () => {
    const result = await run({ checkout: firstCheckout, candidate: 'damaged', env: cacheServiceEnv(await closedPortUrl()) });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(warnings(result.log)).toEqual([expect.stringMatching(/Actions cache is not available.*ECONNREFUSED/)]);
    expect(result.log).toContain('Scoring the baseline model');
  });

  it('survives the read-only token of a fork PR: no comment, a warning, outputs and summary kept', async () => {
    github.readOnly = true;
    try {
      const result = await run({ checkout: firstCheckout, candidate: 'harmless', event: pullRequestEvent(8) });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.passed).toBe('true');
      expect(result.outputs['comment-url']).toBe('');
      expect(result.summary).toContain('suite:domain');
      expect(readFileSync(result.outputs['comment-file'], 'utf8')).toContain('suite:domain');
      expect(JSON.parse(readFileSync(result.outputs['comment-source'], 'utf8'))).toMatchObject({ pullRequest: 8, headSha: 'c0ffee' });
      expect(warnings(result.log)).toEqual([expect.stringMatching(/may not comment on owner\/repo#8.*403.*two-workflow pattern/)]);
      expect(commentsOn(8)).toEqual([]);

      // The workflow_run half of the pattern renders the comment from the comment source with a write token, for the PR's own head commit only.
      github.readOnly = false;
      github.heads.set(8, 'c0ffee');
      const commenter = (headSha: string) =>
        runAction({
          checkout: firstCheckout,
          workspace,
          runDir: path.join(root, `run-${++runs}`),
          entry: 'comment.mjs',
          inputs: { 'comment-source': result.outputs['comment-source'], 'github-token': 'write-token' },
          event: {
            name: 'workflow_run',
            payload: { workflow_run: { id: 1, head_sha: headSha, html_url: 'https://github.test/owner/repo/actions/runs/1', conclusion: 'success' } },
          },
          env: { GITHUB_API_URL: github.url },
        });
      const mismatch = await commenter('deadbeef');
      expect(mismatch.exitCode).toBe(1);
      expect(mismatch.log).toMatch(/written for commit c0ffee, but the run that triggered this is for deadbeef/);
      expect(commentsOn(8)).toEqual([]);
      const posted = await commenter('c0ffee');
      expect(posted.exitCode, posted.log).toBe(0);
      expect(commentsOn(8)).toHaveLength(1);
      expect(commentsOn(8)[0].body).toContain(readFileSync(result.outputs['comment-file'], 'utf8').split('\n')[0]);
      expect(commentsOn(8)[0].body).toContain('Rendered by the ftbench commenter from the results of [run 1]');
    } finally {
      github.readOnly = false;
    }
  });
});

describe.skipIf(skipped)('the action with base-branch baselines', () => {
  it('saves the results of a push to main, and a PR into main compares with them', async () => {
    const checkout = path.join(root, 'checkout-1');
    const push = await run({
      checkout,
      candidate: 'baseline',
      inputs: { 'baseline-model': '' },
      event: { name: 'push', payload: { ref: 'refs/heads/main' } },
      env: { GITHUB_REF_NAME: 'main' },
    });
    expect(push.exitCode, push.log).toBe(0);
    expect(push.outputs['baseline-results']).toBe('');
    expect(cache.entries.map((entry) => entry.key)).toContainEqual(expect.stringMatching(/-branch-main-[0-9a-f]{16}-[0-9a-f]{16}$/));

    const pr = await run({ checkout, candidate: 'damaged', inputs: { 'baseline-model': '' }, event: pullRequestEvent(9, 'main') });
    expect(pr.exitCode, pr.log).toBe(1);
    expect(pr.log).toMatch(/Baseline restored from the base branch's results \(.*-branch-main-/);
    expect(commentsOn(9)[0].body).toMatch(/dropped \d+\.\d points \(limit 10\.0\)/);

    const other = await run({ checkout, candidate: 'damaged', inputs: { 'baseline-model': '' }, event: pullRequestEvent(10, 'release') });
    // No baseline on release, but the floor on alpha needs none: the damaged model scores 0 there.
    expect(other.exitCode, other.log).toBe(1);
    expect(other.outputs.passed).toBe('false');
    expect(JSON.parse(other.outputs.regressions)).toContainEqual(
      expect.objectContaining({ target: 'suite:domain/alpha', metric: 'acc', verdict: 'below-floor' }),
    );
    expect(commentsOn(10)[0].body).toContain('No baseline yet');
    expect(commentsOn(10)[0].body).toContain('below the floor 50.0%');
  });
});
