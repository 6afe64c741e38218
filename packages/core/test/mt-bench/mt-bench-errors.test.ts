/**
 * MT-Bench's user mistakes, each a one-line FtbenchError before any answer is generated: no chat template, no judge,
 * judge flags without mt_bench, a named key variable that is unset, two judges at once, sharding.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { evaluate, type EvaluateOptions } from '../../src/evaluator.js';
import type { Judge } from '../../src/judge/types.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

/** A judge no test should reach: these runs must stop before judging. */
const unreachableJudge: Judge = {
  model: 'never',
  judge: async () => {
    throw new Error('judged');
  },
  stats: () => ({ calls: 0, cacheHits: 0, failures: 0, promptTokens: 0, completionTokens: 0 }),
};

describeWithShared('mt_bench refuses what it cannot run', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-errors-'));
  const chatModel = path.join(root, 'chat-model');
  const baseModel = path.join(sharedModels, 'stories260k-with-past');
  beforeAll(() => {
    cpSync(baseModel, chatModel, { recursive: true });
    const file = path.join(chatModel, 'tokenizer_config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), chat_template: '{% for m in messages %}{{ m.content }}{% endfor %}' }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const base: EvaluateOptions = {
    model: chatModel,
    tasks: ['mt_bench'],
    dataDir: sharedDatasets,
    limit: 1,
    applyChatTemplate: true,
    progress: false,
    judge: unreachableJudge,
  };
  const fails = async (opts: Partial<EvaluateOptions>, message: RegExp) => {
    const run = evaluate({ ...base, ...opts });
    await expect(run).rejects.toBeInstanceOf(FtbenchError);
    await expect(run).rejects.toThrow(message);
  };

  it('without a chat template: names the flag to add', () =>
    fails({ applyChatTemplate: undefined }, /mt_bench needs the chat template of an instruction model/));
  it('a base model has none to apply', () => fails({ model: baseModel }, /has no chat template/));
  it('without a judge', () => fails({ judge: undefined }, /mt_bench needs a judge/));
  it('judge flags without mt_bench', () =>
    fails(
      { tasks: ['arc_easy'], judge: undefined, judgeUrl: 'http://127.0.0.1:1/v1', mtBenchTemperature: 'fastchat' },
      /--judge-url, --mt-bench-temperature apply to mt_bench only/,
    ));
  it('two judges', () =>
    fails({ judge: undefined, judgeUrl: 'http://127.0.0.1:1/v1', judgeModelDir: chatModel }, /--judge-url and --judge-model-dir both name a judge/));
  it('a key variable named but unset', () =>
    fails(
      { judge: undefined, judgeUrl: 'http://127.0.0.1:1/v1', judgeApiKeyEnv: 'FTBENCH_TEST_UNSET_KEY', judgeCacheDir: path.join(root, 'j') },
      /FTBENCH_TEST_UNSET_KEY: that environment variable is not set/,
    ));
  it('sharding', () => fails({ shard: { index: 1, count: 2 } }, /mt_bench cannot be sharded/));
  it('a data dir without MT-Bench', () => fails({ dataDir: root }, /Missing .*question\.jsonl, needed for mt_bench/));
});
