/**
 * --mt-bench-temperature fastchat on the shared trained model: writing (0.7) and stem (0.1) answers are sampled with
 * a seed derived from the run seed, the question and the turn, so they are the same at batch size 1 and 4 and run
 * to run, change with the run seed, and differ from greedy; a greedy category (reasoning) answers as greedy does.
 * The mode and the seed are recorded and part of the hash.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions } from '../../src/evaluator.js';
import type { Judge } from '../../src/judge/types.js';
import type { EvalResults } from '../../src/schema.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const CHATML =
  "{% for m in messages %}{{ '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** A judge in this process (the HTTP path has its own tests): a rating from the prompt's length. */
function lengthJudge(): Judge {
  let calls = 0;
  return {
    model: 'length-judge',
    judge: async (messages) => {
      calls++;
      return { text: `Rating: [[${(messages[1].content.length % 10) + 1}]]`, promptTokens: 1, completionTokens: 1, cached: false };
    },
    stats: () => ({ calls, cacheHits: 0, failures: 0, promptTokens: calls, completionTokens: calls }),
  };
}

describeWithShared('mt_bench with FastChat temperatures', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-sampling-'));
  const model = path.join(root, 'model');
  const dataDir = path.join(root, 'data');
  const runs: Record<string, EvalResults> = {};
  const answers = (name: string) => runs[name].samples?.mt_bench.map((s) => s.turns?.map((t) => t.answer)) ?? [];
  const run = async (name: string, opts: Partial<EvaluateOptions>) => {
    runs[name] = (
      await evaluate({
        model,
        tasks: ['mt_bench'],
        dataDir,
        limit: 3,
        applyChatTemplate: true,
        judge: lengthJudge(),
        logSamples: true,
        progress: false,
        ...opts,
      })
    ).results;
  };

  beforeAll(async () => {
    cpSync(path.join(sharedModels, 'stories260k-with-past'), model, { recursive: true });
    const file = path.join(model, 'tokenizer_config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), chat_template: CHATML }));
    // Questions 81 (writing, 0.7), 101 (reasoning, greedy) and 141 (stem, 0.1) first.
    const lines = readFileSync(path.join(sharedDatasets, 'mt_bench', 'question.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const first = [0, 20, 60];
    cpSync(path.join(sharedDatasets, 'mt_bench'), path.join(dataDir, 'mt_bench'), { recursive: true });
    writeFileSync(
      path.join(dataDir, 'mt_bench', 'question.jsonl'),
      `${[...first.map((i) => lines[i]), ...lines.filter((_, i) => !first.includes(i))].join('\n')}\n`,
    );
    await run('greedy', { batchSize: 4 });
    await run('fastchat-b1', { mtBenchTemperature: 'fastchat', batchSize: 1 });
    await run('fastchat-b4', { mtBenchTemperature: 'fastchat', batchSize: 4 });
    await run('fastchat-seed7', { mtBenchTemperature: 'fastchat', batchSize: 4, mtBenchSeed: 7 });
  }, 600_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sampled answers are the same at batch size 1 and 4', () => {
    expect(answers('fastchat-b4')).toEqual(answers('fastchat-b1'));
  });

  it('writing and stem are sampled (unlike greedy, and per run seed); reasoning stays greedy', () => {
    const [writing, reasoning, stem] = [0, 1, 2];
    expect(answers('fastchat-b4')[writing]).not.toEqual(answers('greedy')[writing]);
    expect(answers('fastchat-b4')[stem]).not.toEqual(answers('greedy')[stem]);
    expect(answers('fastchat-b4')[reasoning]).toEqual(answers('greedy')[reasoning]);
    expect(answers('fastchat-seed7')[writing]).not.toEqual(answers('fastchat-b4')[writing]);
    expect(answers('fastchat-seed7')[reasoning]).toEqual(answers('greedy')[reasoning]);
  });

  it('the mode and the seed are recorded and hashed', () => {
    expect(runs.greedy.tasks.mt_bench.mtBench).toMatchObject({ temperature: 'greedy' });
    expect(runs.greedy.tasks.mt_bench.mtBench?.seed).toBeUndefined();
    expect(runs['fastchat-b4'].tasks.mt_bench.mtBench).toMatchObject({ temperature: 'fastchat', seed: 0 });
    expect(runs['fastchat-seed7'].tasks.mt_bench.mtBench).toMatchObject({ temperature: 'fastchat', seed: 7 });
    const hashes = ['greedy', 'fastchat-b4', 'fastchat-seed7'].map((name) => runs[name].tasks.mt_bench.hash);
    expect(new Set(hashes).size).toBe(3);
    expect(runs['fastchat-b1'].tasks.mt_bench.hash).toBe(runs['fastchat-b4'].tasks.mt_bench.hash);
  });
});
