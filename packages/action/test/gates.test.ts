/**
 * Gates never switch off silently, run as a runner runs the action (the bundle built from the
 * sources, Node 24, a local Actions cache service, toy models whose scores differ predictably):
 * a PR that edits the task list still meets the base branch's baseline for every unchanged
 * task, floors hold without a baseline, and a gate on a metric the task does not report fails
 * in seconds, before any model is loaded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedTempDir, pullRequestEvent, runAction, type ActionRun, type RunSpec } from '../../../test/e2e/action-harness.js';
import { buildModels, buildSuiteFromBaseline, type Models } from '../../../test/e2e/fixtures.js';
import { buildActionCheckout } from './helpers/built-action.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

let root: string;
let workspace: string;
let checkout: string;
let models: Models;
let cache: FakeCache;
let runs = 0;

beforeAll(async () => {
  root = isolatedTempDir('ftbench-gates-');
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'suites'), { recursive: true });
  models = await buildModels(path.join(workspace, 'models'));
  // Answers are the baseline's own choices: the baseline scores 100 %, the damaged model far less.
  for (const name of ['alpha', 'beta', 'gamma']) await buildSuiteFromBaseline(path.join(workspace, `suites/${name}.jsonl`), models.baseline, 12);
  checkout = await buildActionCheckout(path.join(root, 'checkout'));
  cache = await startFakeCache();
});

afterAll(async () => {
  await cache?.close();
  rmSync(root, { recursive: true, force: true });
});

/** One job on a fresh runner, with `config` as the checked-out ftbench.yml. */
function run(config: string, spec: { model: keyof Models | string; event: RunSpec['event']; env?: Record<string, string> }): Promise<ActionRun> {
  rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
  writeFileSync(path.join(workspace, 'ftbench.yml'), config);
  const model = spec.model in models ? path.relative(workspace, models[spec.model as keyof Models]) : spec.model;
  return runAction({
    checkout,
    workspace,
    runDir: path.join(root, `run-${++runs}`),
    inputs: { model, 'batch-size': '4', comment: 'false' },
    event: spec.event,
    env: { ...cache.env(), ...spec.env },
  });
}

const pushTo = (branch: string) => ({ event: { name: 'push', payload: { ref: `refs/heads/${branch}` } }, env: { GITHUB_REF_NAME: branch } });
const warnings = (log: string) => log.split('\n').filter((line) => line.startsWith('::warning'));
const regressions = (result: ActionRun) =>
  (JSON.parse(result.outputs.regressions) as { target: string; verdict: string; reason: string }[]).map((r) => [r.target, r.verdict]);

describe('base-branch baselines are found per task', () => {
  it('a PR that drops one task and adds another still fails the regression on the task both scored', async () => {
    const base = `
tasks:
  - suite: suites/alpha.jsonl
    gates: { acc: { max-drop: 10 } }
  - suite: suites/beta.jsonl
`;
    const push = await run(base, { model: 'baseline', ...pushTo('main') });
    expect(push.exitCode, push.log).toBe(0);

    // The PR's config differs (beta dropped, gamma added, a new option that the task hashes carry): alpha's baseline is still found.
    const edited = `
tasks:
  - suite: suites/alpha.jsonl
    gates: { acc: { max-drop: 10 } }
  - suite: suites/gamma.jsonl
    gates: { acc: { max-drop: 10 } }
options: { fewshot-seed: 1234 }
`;
    const pr = await run(edited, { model: 'damaged', event: pullRequestEvent(3, 'main') });
    expect(pr.exitCode, pr.log).toBe(1);
    expect(regressions(pr)).toEqual([['suite:alpha', 'regression']]);
    expect(pr.log).toMatch(/::error::ftbench: 1 gate\(s\) failed:%0Asuite:alpha acc dropped \d+\.\d points \(limit 10\.0\)/);
    // gamma has no baseline: said in the log, the summary and the comment, never passed in silence.
    expect(warnings(pr.log)).toEqual([expect.stringMatching(/^::warning::No baseline on `main` for suite:gamma: .*their drop limits are not checked/)]);
    expect(pr.summary).toMatch(/\*\*No baseline\*\* for suite:gamma/);
    expect(pr.summary).toMatch(/\| suite:gamma \| acc \| — \| — \|.*\| ⚠️ no baseline \|/);
    expect(pr.outputs['baseline-results']).toMatch(/baseline\.json$/);
  });
});

describe('floors without a baseline', () => {
  const floored = `
tasks:
  - suite: suites/alpha.jsonl
    gates: { acc: { max-drop: 10, min: 0.9 } }
`;

  it('a PR into a branch with no saved results still fails a candidate below its floor', async () => {
    const pr = await run(floored, { model: 'damaged', event: pullRequestEvent(4, 'release') });
    expect(pr.exitCode, pr.log).toBe(1);
    expect(regressions(pr)).toEqual([['suite:alpha', 'below-floor']]);
    // Workflow commands escape % as %25.
    expect(pr.log).toMatch(/::error::ftbench: 1 gate\(s\) failed:%0Asuite:alpha acc is \d+\.\d%25, below the floor 90\.0%25 \(no baseline to compare with\)/);
    expect(pr.summary).toContain('No baseline yet');
    expect(pr.summary).toMatch(/- ❌ suite:alpha acc is \d+\.\d%, below the floor 90\.0%/);
  });

  it('a push whose model is below a floor fails too; one above it passes with the drop limit reported unchecked', async () => {
    expect((await run(floored, { model: 'damaged', ...pushTo('dev') })).exitCode).toBe(1);
    const good = await run(floored, { model: 'baseline', ...pushTo('dev') });
    expect(good.exitCode, good.log).toBe(0);
    expect(good.summary).toMatch(/- ⚠️ suite:alpha acc is 100\.0%, at or above the floor 90\.0%; no baseline, so its drop limit is not checked/);
  });
});

describe('gate targets are checked before anything is scored', () => {
  it('a gate on a metric the task does not report fails with its key path; no model is even needed', async () => {
    const config = `
tasks:
  - suite: suites/alpha.jsonl
  - task: truthfulqa_mc2
    gates: { acc_norm: { max-drop: 2 } }
`;
    const result = await run(config, { model: 'models/not-there', event: pullRequestEvent(5, 'main') });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toContain('::error::ftbench.yml: tasks[1].gates.acc_norm: truthfulqa_mc2 reports acc, not acc_norm');
    expect(result.log).not.toContain('Scoring the');
    expect(result.log).not.toMatch(/not-there/);
  });

  it('so is a category the suite does not have', async () => {
    const config = `
tasks:
  - suite: suites/alpha.jsonl
    categories: { gamma: { acc: { min: 0.5 } } }
`;
    const result = await run(config, { model: 'models/not-there', event: pullRequestEvent(6, 'main') });
    expect(result.exitCode, result.log).toBe(1);
    expect(result.log).toContain(
      '::error::ftbench.yml: tasks[0].categories.gamma: suite:alpha has no category "gamma" among the items scored (categories: alpha, beta)',
    );
    expect(result.log).not.toContain('Scoring the');
  });
});
