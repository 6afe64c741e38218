/**
 * The iteration history as a runner runs the action (the bundle built from the sources, a local
 * Actions cache service, toy models): every push to a PR adds a row to its comment, a re-run of
 * the same commit does not, and the stop advice reads the latest push against the one before.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedTempDir, pullRequestEvent, runAction, type ActionRun } from '../../../test/e2e/action-harness.js';
import { buildModels, buildSuiteFromBaseline, type Models } from '../../../test/e2e/fixtures.js';
import { buildActionCheckout } from './helpers/built-action.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

let root: string;
let workspace: string;
let checkout: string;
let models: Models;
let cache: FakeCache;
let runs = 0;

const CONFIG = `
tasks:
  - suite: suites/alpha.jsonl
    gates: { acc: { max-drop: 10, target: 0.9 } }
stop: { min-gain: 1 }
`;

beforeAll(async () => {
  root = isolatedTempDir('ftbench-pr-history-');
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'suites'), { recursive: true });
  models = await buildModels(path.join(workspace, 'models'));
  await buildSuiteFromBaseline(path.join(workspace, 'suites/alpha.jsonl'), models.baseline, 12);
  writeFileSync(path.join(workspace, 'ftbench.yml'), CONFIG);
  checkout = await buildActionCheckout(path.join(root, 'checkout'));
  cache = await startFakeCache();
});

afterAll(async () => {
  await cache?.close();
  rmSync(root, { recursive: true, force: true });
});

/** One job of PR #9 on a fresh runner (nothing of the last job's files left), comparing `model` with the baseline model. */
function push(model: keyof Models, headSha: string, runId: string, attempt = '1'): Promise<ActionRun> {
  rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: {
      model: path.relative(workspace, models[model]),
      'baseline-model': path.relative(workspace, models.baseline),
      'batch-size': '4',
      comment: 'false',
    },
    event: pullRequestEvent(9, 'main', headSha),
    env: { ...cache.env(), GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, GITHUB_SERVER_URL: 'https://github.com' },
  });
}

const comment = (result: ActionRun) => readFileSync(result.outputs['comment-file'], 'utf8');
const historyRows = (text: string) =>
  text
    .slice(text.indexOf('#### Iterations'))
    .split('\n')
    .filter((line) => line.startsWith('| ['))
    .map((line) => line.slice(3, 10));

describe('the iteration history on a PR', () => {
  it('keeps one row per pushed commit, newest first, across re-runs, with the stop advice', async () => {
    const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];
    const first = await push('damaged', a, '1');
    expect(first.exitCode, first.log).toBe(1);
    expect(historyRows(comment(first))).toEqual(['aaaaaaa']);
    expect(comment(first)).toContain('Marginal gain: no previous iteration to compare with');

    const second = await push('harmless', b, '2');
    expect(second.exitCode, second.log).toBe(0);
    expect(historyRows(comment(second))).toEqual(['bbbbbbb', 'aaaaaaa']);
    expect(comment(second)).toContain('(https://github.com/owner/repo/commit/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)');
    expect(comment(second)).toMatch(/Marginal gain: \+100\.0 points of task gain vs aaaaaa/);

    // The second push's job run again: still two rows.
    const rerun = await push('harmless', b, '2', '2');
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(historyRows(comment(rerun))).toEqual(['bbbbbbb', 'aaaaaaa']);
    expect(comment(rerun)).toContain('#### Iterations on this PR (2 pushes, newest first)');
  });
});
