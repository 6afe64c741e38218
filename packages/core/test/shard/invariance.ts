/**
 * Shard-count invariance on the real releases: a run split into N shards (N = 1, 2, 3, 7) and merged
 * gives the bytes of the whole run: metrics, stderrs, groups, categories and per-document records
 * (prompt hashes included). Small scoring chunks (4 requests) split even these few documents of a task
 * over the shards, so the few-shot draws of a shard's documents must be the whole run's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions } from '../../src/evaluator.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import type { EvalResults } from '../../src/schema.js';
import { mergeShards } from '../../src/shard/merge.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const ITEMS = Array.from({ length: 9 }, (_, i) => ({
  id: `item-${i}`,
  category: i % 3 === 0 ? 'dosing' : 'interactions',
  question: `Question ${i}: which of these is listed ${['first', 'second', 'third'][i % 3]}?`,
  choices: ['alpha', 'beta', 'gamma'],
  answer: i % 3,
}));
const FEWSHOT = ITEMS.slice(0, 4).map((item) => ({ ...item, id: `shot-${item.id}` }));

/** A suite of 9 items with 4 few-shot examples to draw from, scored by log-likelihood or by generating. */
export function writeSuite(dir: string, name: string, mode: 'loglikelihood' | 'generate'): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, mode, ...(mode === 'generate' ? { max_new_tokens: 3 } : {}), fewshot: FEWSHOT, items: ITEMS }));
  return `suite:${file}`;
}

/** What must come out the same, as the bytes written. */
function scores(results: EvalResults): string {
  const { config, model, tasks, groups, samples, warnings } = results;
  return JSON.stringify({ config, model, tasks, groups, samples, warnings }, null, 2);
}

/** The invariance tests for one set of tasks; `setting` gives the tasks and their few-shot counts (suites written into `dir`). */
export function describeShardInvariance(
  name: string,
  needs: string[],
  setting: (dir: string) => Pick<EvaluateOptions, 'tasks' | 'numFewshot' | 'limit'>,
): void {
  describeWithShared(name, ['models/tiny-gpt2-with-past', ...needs], () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ftbench-shard-'));
    let model: OnnxCausalLM;
    let options: EvaluateOptions;
    let whole: EvalResults;
    beforeAll(async () => {
      model = await OnnxCausalLM.load(path.join(sharedModels, 'tiny-gpt2-with-past'), { batchSize: 4 });
      options = { model, limit: 3, ...setting(dir), chunkRequests: 4, dataDir: sharedDatasets, logSamples: true, progress: false, onWarning: () => {} };
      whole = (await evaluate(options)).results;
    });
    afterAll(async () => {
      await model?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each([1, 2, 3, 7])('%i shards', async (count) => {
      const shards: { file: string; results: EvalResults }[] = [];
      for (let index = 1; index <= count; index++) {
        const { results } = await evaluate({ ...options, shard: { index, count } });
        shards.push({ file: `shard-${index}.json`, results: JSON.parse(JSON.stringify(results)) as EvalResults });
      }
      if (count > 1) {
        // Tasks are split within, not only given whole to one shard or another.
        const holders = (task: number) => shards.filter((s) => (s.results.shard?.tasks[task].positions.length ?? 0) > 0).length;
        expect(Object.keys(whole.tasks).some((_, t) => holders(t) > 1)).toBe(true);
      }
      const merged = mergeShards(shards.reverse());
      expect(scores(merged)).toBe(scores(whole));
      expect(merged.timings.requests).toBe(whole.timings.requests);
      expect(merged.timings.shards?.map((s) => s.shard)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(merged.timings.totalSeconds).toBeCloseTo(merged.timings.shards?.reduce((sum, s) => sum + s.totalSeconds, 0) ?? -1, 9);
    });
  });
}
