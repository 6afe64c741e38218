/**
 * MT-Bench in the PR check through the real pipeline: the shared trained Llama-architecture model
 * (stories260k-with-past, given a ChatML template) answers as baseline and as candidate, a real
 * HTTP judge on 127.0.0.1 rates them (the candidate's writing answers lower), the gates come from an
 * ftbench.yml, and the comment is rendered from the comparison. A different judge model makes every
 * MT-Bench gate fail as not comparable.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkGateTargets, gateConfigs, parseConfig, registryScores } from '../../packages/action/src/config.js';
import { compareResults } from '../../packages/core/src/compare/compare.js';
import { simpleEvaluate } from '../../packages/core/src/evaluator.js';
import { parseQuestions } from '../../packages/core/src/mt-bench/data.js';
import type { EvalResults } from '../../packages/core/src/schema.js';
import { startJudgeServer, type JudgeServer, type ReceivedRequest } from '../../packages/core/test/helpers/judge-server.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../../packages/core/test/paths.js';
import { runFactsFrom } from '../../packages/reporter/src/facts.js';
import { renderComment } from '../../packages/reporter/src/render.js';

const CHATML =
  "{% for m in messages %}{{ '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const FTBENCH_YML = `
tasks:
  - task: mt_bench
    gates:
      score: { max-drop: 1 }
    categories:
      writing: { score: { max-drop: 1 } }
      math: { score: { max-drop: 1 } }
options:
  apply-chat-template: true
  limit: 8
`;

describeWithShared('MT-Bench in the PR check (stories260k-with-past, an HTTP judge)', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-pr-'));
  const modelDir = path.join(root, 'model');
  const dataDir = path.join(root, 'data');
  const source = path.join(sharedDatasets, 'mt_bench');
  // The first question of each category leads, so that limit 8 covers all eight.
  const lines = readFileSync(path.join(source, 'question.jsonl'), 'utf8').trimEnd().split('\n');
  const chosen = parseQuestions(readFileSync(path.join(source, 'question.jsonl'), 'utf8'), 'question.jsonl').filter((_, i) => i % 10 === 0);
  const categoryOf = (request: ReceivedRequest): string => {
    const user = request.body.messages[1].content;
    const found = chosen.find((q) => user.includes(`[Question]\n${q.turns[0]}\n`) || user.includes(`### User:\n${q.turns[0]}\n`));
    if (!found) throw new Error(`the judge was asked about no question of the run: ${user.slice(0, 200)}`);
    return found.category;
  };

  /** Whose answers the judge is rating: the candidate's writing gets 3, everything else 8. */
  let judging: 'baseline' | 'candidate' = 'baseline';
  let server: JudgeServer;
  let baseline: EvalResults;
  let candidate: EvalResults;
  let otherJudge: EvalResults;
  const config = parseConfig(FTBENCH_YML, path.join(root, 'ftbench.yml'));
  const gates = gateConfigs(config.tasks, new Map());

  const score = (judgeCacheDir: string, judgeModel?: string) =>
    simpleEvaluate({
      model: modelDir,
      tasks: config.tasks.map((entry) => entry.task),
      ...config.options,
      dataDir,
      batchSize: 4,
      judgeUrl: server.url,
      ...(judgeModel ? { judgeModel } : {}),
      judgeCacheDir: path.join(root, judgeCacheDir),
      logSamples: true,
      progress: false,
      onWarning: () => {},
    });

  beforeAll(async () => {
    cpSync(path.join(sharedModels, 'stories260k-with-past'), modelDir, { recursive: true });
    const configFile = path.join(modelDir, 'tokenizer_config.json');
    writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), chat_template: CHATML }, null, 1));
    cpSync(source, path.join(dataDir, 'mt_bench'), { recursive: true });
    writeFileSync(
      path.join(dataDir, 'mt_bench', 'question.jsonl'),
      `${[...lines.filter((_, i) => i % 10 === 0), ...lines.filter((_, i) => i % 10 !== 0)].join('\n')}\n`,
    );
    server = await startJudgeServer((request) => {
      const rating = judging === 'candidate' && categoryOf(request) === 'writing' ? 3 : 8;
      return { kind: 'reply', content: `Fine.\n\nRating: [[${rating}]]`, promptTokens: 100, completionTokens: 5 };
    });
    baseline = await score('baseline-judgments');
    judging = 'candidate';
    candidate = await score('candidate-judgments');
    otherJudge = await score('candidate-judgments', 'another-judge');
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("the config's MT-Bench gates are known before scoring", async () => {
    const registered = await registryScores();
    expect(() => checkGateTargets(config, 'ftbench.yml', registered)).not.toThrow();
  });

  it('pairs the two runs per question; the writing drop fails its category gate, the whole score stays within its limit', () => {
    const comparison = compareResults(baseline, candidate, gates);
    const task = comparison.rows.find((row) => row.target === 'mt_bench');
    // 16 judgments, 8 each; the writing question's two turns 8 → 3: −10/16 points.
    expect(task).toMatchObject({ baseline: 8, candidate: 8 - 10 / 16, comparable: true });
    expect(task?.comparable && task.delta).toMatchObject({ test: 'bootstrap', paired: true, n: 8, unmatched: 0 });
    expect(comparison.gates.map((gate) => [gate.gate.target, gate.verdict])).toEqual([
      ['mt_bench', 'pass'],
      ['mt_bench/writing', 'regression'],
      ['mt_bench/math', 'pass'],
    ]);
    const comment = renderComment(comparison, runFactsFrom(baseline, candidate, false));
    expect(comment.split('\n')[0]).toBe('### ❌ ftbench: 1 regression');
    expect(comment).toContain('- mt&#95;bench/writing score dropped 5.00 points (limit 1.00)');
    expect(comment).toContain('| mt&#95;bench | score | 8.00 | 7.38 | -0.63 |');
    expect(comment).toContain('| Failed judgments | 0 of 16 | 0 of 16 |');
  });

  it('another judge model: not comparable, which fails every MT-Bench gate', () => {
    const comparison = compareResults(candidate, otherJudge, gates);
    expect(comparison.gates.map((gate) => gate.verdict)).toEqual(['not-comparable', 'not-comparable', 'not-comparable']);
    expect(comparison.reasons[0]).toMatch(/judged by gpt-4 for the baseline but another-judge for the candidate/);
  });
});
