/**
 * MT-Bench in the PR check, run as a runner runs the action (the bundle built from the sources,
 * Node 24, a local Actions cache service): the shared trained model (stories260k-with-past, given
 * a ChatML template) is candidate and baseline, a real HTTP judge on 127.0.0.1 rates the answers
 * (the candidate's writing lower), its key reaches the judge from the step's env through
 * judge-api-key-env and is never printed, the category gate fails the check, and a second PR run
 * reuses the cached baseline without asking the judge about it again.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isolatedTempDir, pullRequestEvent, runAction, type ActionRun } from '../../../test/e2e/action-harness.js';
import { startJudgeServer, type JudgeServer } from '../../core/test/helpers/judge-server.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../../core/test/paths.js';
import { buildActionCheckout } from './helpers/built-action.js';
import { startFakeCache, type FakeCache } from './helpers/fake-cache.js';

const CHATML =
  "{% for m in messages %}{{ '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
const API_KEY = 'sk-action-test-never-printed-4242';
// limit 2: question 81 (writing) and 91 (roleplay), 4 judgments per model.
const FTBENCH_YML = `
tasks:
  - task: mt_bench
    gates:
      score: { max-drop: 9 }
    categories:
      writing: { score: { max-drop: 1 } }
      roleplay: { score: { max-drop: 1 } }
options:
  apply-chat-template: true
  limit: 2
`;

describeWithShared('MT-Bench through the action (stories260k-with-past, an HTTP judge)', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  let root: string;
  let workspace: string;
  let checkout: string;
  let cache: FakeCache;
  let judge: JudgeServer;
  let runs = 0;
  /** The candidate is scored first: its writing turns get 3, everything else 8. */
  let candidateJudgments = 4;

  const run = (): Promise<ActionRun> => {
    rmSync(path.join(workspace, '.ftbench'), { recursive: true, force: true });
    return runAction({
      checkout,
      workspace,
      runDir: path.join(root, `run-${++runs}`),
      inputs: {
        model: 'models/candidate',
        'baseline-model': 'models/baseline',
        'data-dir': 'data',
        'batch-size': '4',
        comment: 'false',
        'judge-url': judge.url,
        'judge-api-key-env': 'JUDGE_KEY',
      },
      event: pullRequestEvent(7, 'main'),
      env: { ...cache.env(), JUDGE_KEY: API_KEY },
    });
  };

  let first: ActionRun;
  let second: ActionRun;
  let judgedFirst: number;

  beforeAll(async () => {
    root = isolatedTempDir('ftbench-mt-bench-action-');
    workspace = path.join(root, 'workspace');
    for (const name of ['candidate', 'baseline']) {
      const dir = path.join(workspace, 'models', name);
      cpSync(path.join(sharedModels, 'stories260k-with-past'), dir, { recursive: true });
      const configFile = path.join(dir, 'tokenizer_config.json');
      writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), chat_template: CHATML }, null, 1));
    }
    const data = path.join(workspace, 'data', 'mt_bench');
    cpSync(path.join(sharedDatasets, 'mt_bench'), data, { recursive: true });
    const lines = readFileSync(path.join(data, 'question.jsonl'), 'utf8').trimEnd().split('\n');
    writeFileSync(path.join(data, 'question.jsonl'), `${[...lines.filter((_, i) => i % 10 === 0), ...lines.filter((_, i) => i % 10 !== 0)].join('\n')}\n`);
    writeFileSync(path.join(workspace, 'ftbench.yml'), FTBENCH_YML);
    mkdirSync(path.join(workspace, 'suites'), { recursive: true });
    checkout = await buildActionCheckout(path.join(root, 'checkout'));
    cache = await startFakeCache();
    const writing = JSON.parse(lines[0]).turns[0] as string;
    judge = await startJudgeServer((request) => {
      const candidate = candidateJudgments-- > 0;
      const rating = candidate && request.body.messages[1].content.includes(writing) ? 3 : 8;
      return { kind: 'reply', content: `Fine.\n\nRating: [[${rating}]]`, promptTokens: 100, completionTokens: 5 };
    });
    first = await run();
    judgedFirst = judge.requests.length;
    candidateJudgments = 4;
    second = await run();
  }, 900_000);

  afterAll(async () => {
    await judge?.close();
    await cache?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("fails the check on the writing category's drop, with the judge in the job summary", () => {
    expect(first.exitCode, first.log).toBe(1);
    const regressions = JSON.parse(first.outputs.regressions) as { target: string; verdict: string }[];
    expect(regressions.map((r) => [r.target, r.verdict])).toEqual([['mt_bench/writing', 'regression']]);
    expect(first.summary).toContain('mt&#95;bench/writing score dropped 5.00 points (limit 1.00)');
    expect(first.summary).toContain('| MT-Bench judge | gpt-4, greedy temperatures | gpt-4, greedy temperatures |');
  });

  it('sends the key from the env variable judge-api-key-env names, and never prints it', () => {
    expect(judgedFirst).toBe(8);
    expect(judge.requests.every((request) => request.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    for (const result of [first, second]) expect(`${result.log}${result.summary}${JSON.stringify(result.outputs)}`).not.toContain(API_KEY);
  });

  it('a second run reuses the cached baseline: only the candidate is judged', () => {
    expect(second.exitCode, second.log).toBe(1);
    expect(second.log).toMatch(/Baseline restored from the Actions cache/);
    expect(judge.requests.length - judgedFirst).toBe(4);
  });
});
