/**
 * Batched greedy generation on the key/value cache: the same text at batch sizes 1, 4 and 16 on the shared
 * trained model (Llama architecture, GQA, rotary positions), with contexts of different lengths, per-request
 * max_new_tokens and stop strings; rows leave the batch as they finish (every batch size forwards the same rows
 * in total, in fewer passes); and a graph without a cache batches its full re-runs the same way.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM, type GenerationRequest } from '../../src/model/causal-lm.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { describeWithShared, sharedModels } from '../paths.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { simpleEvaluate } from '../../src/evaluator.js';
import { tmpdir } from 'node:os';

const STARTS = [
  'Once upon a time',
  'Lily and Tom went to the park. They saw a big dog.',
  'The sun',
  'One day, a little girl named Sue found a shiny red ball under her bed. She',
  'Tim had a toy car.',
  '',
  'Mom said',
  'There was a bird who could not fly. Every day it watched the other birds and felt sad. One morning,',
];

/** 16 requests: every start twice, with different budgets, and stop strings on some. */
const REQUESTS: GenerationRequest[] = [...STARTS, ...STARTS].map((context, i) => ({
  context,
  maxNewTokens: 4 + ((i * 7) % 37),
  until: i % 3 === 0 ? ['.'] : i % 3 === 1 ? ['\n\n', ' the'] : [],
}));

async function generateAt(dir: string, batchSize: number, requests = REQUESTS) {
  const model = await OnnxCausalLM.load(dir, { batchSize });
  try {
    const texts = await model.generate(requests);
    return { texts, rows: model.counters.forwardPasses, runs: model.counters.sessionRuns };
  } finally {
    await model.dispose();
  }
}

describeWithShared('batched generation on stories260k-with-past', ['models/stories260k-with-past'], () => {
  const dir = path.join(sharedModels, 'stories260k-with-past');

  it('gives the same text at batch sizes 1, 4 and 16, forwarding the same rows in fewer passes', async () => {
    const [one, four, sixteen] = [await generateAt(dir, 1), await generateAt(dir, 4), await generateAt(dir, 16)];
    expect(four.texts).toEqual(one.texts);
    expect(sixteen.texts).toEqual(one.texts);
    // Finished rows leave the batch: the rows forwarded are the same whatever the batch size.
    expect(four.rows).toBe(one.rows);
    expect(sixteen.rows).toBe(one.rows);
    expect(four.runs).toBeLessThan(one.runs);
    expect(sixteen.runs).toBeLessThan(four.runs);
    // The requests are really decoded: stories, cut at their stop strings, within their budgets.
    expect(one.texts.filter((text) => text.length > 10).length).toBeGreaterThan(8);
    REQUESTS.forEach((request, i) => request.until.forEach((stop) => expect(one.texts[i]).not.toContain(stop)));
  }, 120_000);
});

describe('batched generation without a key/value cache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-batched-gen-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('re-runs the unfinished rows together and gives the text of one request at a time', async () => {
    const dir = path.join(root, 'plain');
    await writeToyModel(dir, { seed: 11, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
    // The toy tokenizer adds no BOS, so an empty context would leave nothing to run.
    const requests = REQUESTS.filter((request) => request.context !== '');
    const [one, four] = [await generateAt(dir, 1, requests), await generateAt(dir, 4, requests)];
    expect(four.texts).toEqual(one.texts);
    expect(four.rows).toBe(one.rows);
    expect(four.runs).toBeLessThan(one.runs);
  });

  it("a generate-mode suite's answers come through the batched path: the same answers at --batch-size 1 and 4, in fewer passes", async () => {
    const dir = path.join(root, 'suite-model');
    await writeToyModel(dir, { seed: 12, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
    const suite = path.join(root, 'generate.yaml');
    const items = ['1+1?', 'Capital of France?', 'Is ice cold?', 'Pick one.', 'Two plus three?'].map(
      (question, i) => `  - {id: q${i}, category: c, question: "${question}", choices: ["yes", "no", "maybe"], answer: A}`,
    );
    writeFileSync(suite, ['mode: generate', 'max_new_tokens: 6', 'items:', ...items, ''].join('\n'));
    const run = async (batchSize: number) => {
      const model = await OnnxCausalLM.load(dir, { batchSize });
      try {
        const results = await simpleEvaluate({ model, tasks: [`suite:${suite}`], logSamples: true, progress: false });
        return { answers: results.samples?.['suite:generate']?.map((s) => s.generated), runs: model.counters.sessionRuns };
      } finally {
        await model.dispose();
      }
    };
    const [one, four] = [await run(1), await run(4)];
    expect(one.answers).toHaveLength(5);
    expect(four.answers).toEqual(one.answers);
    expect(four.runs).toBeLessThan(one.runs);
  });
});
