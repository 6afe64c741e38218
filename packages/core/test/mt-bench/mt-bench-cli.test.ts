/**
 * `ftbench eval --tasks mt_bench` through the built binary: an API judge (the fake chat completions server) with the
 * key from the environment, never printed or written; progress for answering and judging; the judgment cache under
 * --judge-cache-dir; and the local judge (--judge-model-dir, a toy ONNX model that never gives a rating), whose run
 * fails loudly in one line instead of scoring nothing as something.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseResults } from '../../src/results-reader.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { startJudgeServer, type JudgeServer } from '../helpers/judge-server.js';
import { describeWithShared, repoRoot, sharedDatasets, sharedModels } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const CHATML =
  "{% for m in messages %}{{ '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
const API_KEY = 'sk-cli-secret-9876543210';

/** The binary, asynchronously (the judge server runs in this process). */
function ftbench(root: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HOME: path.join(root, 'hf'), HF_HUB_OFFLINE: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function withChatTemplate(source: string, dir: string): string {
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'tokenizer_config.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), chat_template: CHATML }));
  return dir;
}

describeWithShared('ftbench eval --tasks mt_bench', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-cli-'));
  const model = path.join(root, 'model');
  let server: JudgeServer;
  beforeAll(async () => {
    withChatTemplate(path.join(sharedModels, 'stories260k-with-past'), model);
    server = await startJudgeServer((request) => ({ kind: 'reply', content: `Rating: [[${(request.body.messages[1].content.length % 10) + 1}]]` }));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('judges through the API named by --judge-url with the key from --judge-api-key-env, and caches every judgment', async () => {
    const output = path.join(root, 'results.json');
    const cacheDir = path.join(root, 'judgments');
    const args = ['eval', '--model', model, '--tasks', 'mt_bench', '--data-dir', sharedDatasets, '--limit', '2', '--apply-chat-template', '--batch-size', '2'];
    const judgeArgs = [
      '--judge-url',
      server.url,
      '--judge-model',
      'judge-x',
      '--judge-api-key-env',
      'MY_JUDGE_KEY',
      '--judge-cache-dir',
      cacheDir,
      '--output',
      output,
    ];
    const run = await ftbench(root, [...args, ...judgeArgs], { MY_JUDGE_KEY: API_KEY });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/mt_bench answers, turn 1 2\/2/);
    expect(run.stderr).toMatch(/mt_bench answers, turn 2 2\/2/);
    expect(run.stderr).toMatch(/mt_bench judgments 4\/4/);
    expect(run.stdout).toMatch(/\| mt_bench +\| fastchat-llm_judge-1 \|/);
    expect(run.stdout).toMatch(/mt_bench: turn 1 \d+\.\d\d, turn 2 \d+\.\d\d; judged by judge-x: 4 calls, 0 from the cache/);
    const results = parseResults(readFileSync(output, 'utf8'), output);
    expect(results.tasks.mt_bench.mtBench).toMatchObject({ judge: 'judge-x', judgeCalls: 4, failedJudgments: 0, temperature: 'greedy' });
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${API_KEY}` && r.body.model === 'judge-x')).toBe(true);
    for (const text of [run.stdout, run.stderr, readFileSync(output, 'utf8')]) expect(text).not.toContain(API_KEY);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);

    const again = await ftbench(root, [...args, ...judgeArgs], { MY_JUDGE_KEY: API_KEY });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/judged by judge-x: 0 calls, 4 from the cache/);
  }, 300_000);

  it('a named key variable that is unset is a one-line error before anything runs', async () => {
    const run = await ftbench(root, [
      'eval',
      '--model',
      model,
      '--tasks',
      'mt_bench',
      '--data-dir',
      sharedDatasets,
      '--apply-chat-template',
      '--judge-url',
      server.url,
      '--judge-api-key-env',
      'NOT_SET_FTBENCH',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ftbench: error: --judge-api-key-env NOT_SET_FTBENCH: that environment variable is not set\n/);
  });

  it('--mt-bench-temperature takes greedy or fastchat only', async () => {
    const run = await ftbench(root, ['eval', '--model', model, '--tasks', 'mt_bench', '--mt-bench-temperature', 'hot']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ftbench: error: --mt-bench-temperature must be fastchat or greedy, got "hot"/);
  });

  it('the local judge (--judge-model-dir) runs through the engine; a judge that never rates fails the run in one line', async () => {
    // Toy models tokenize bytes: a judge prompt is ~2,000 tokens, so the judge gets a long context.
    await writeToyModel(path.join(root, 'toy-answerer-src'), { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 320, withPast: true });
    const answerer = withChatTemplate(path.join(root, 'toy-answerer-src'), path.join(root, 'toy-answerer'));
    const judge = path.join(root, 'toy-judge');
    await writeToyModel(judge, { seed: 11, layers: 1, heads: 2, hidden: 16, maxPositions: 2600, withPast: true });
    withChatTemplate(judge, path.join(root, 'toy-judge-chat'));
    const run = await ftbench(root, [
      'eval',
      '--model',
      answerer,
      '--tasks',
      'mt_bench',
      '--data-dir',
      sharedDatasets,
      '--limit',
      '1',
      '--apply-chat-template',
      '--judge-model-dir',
      path.join(root, 'toy-judge-chat'),
      '--judge-cache-dir',
      path.join(root, 'local-judgments'),
    ]);
    expect(run.stderr).toMatch(/mt_bench judgments 2\/2/);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ftbench: error: MT-Bench: no judgment of turn 1 gave a rating \(2 of 2 judgments failed\), so there is no score\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
