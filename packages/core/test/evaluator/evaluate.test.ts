/**
 * simpleEvaluate end to end on real parts: a toy ONNX model, real suite files, and the real
 * MMLU/TruthfulQA releases in ../shared when present.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleEvaluate } from '../../src/evaluator.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { renderResultsTable } from '../../src/render-table.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modelDir = path.join(root, 'model');
const suiteFile = path.join(root, 'clinic.jsonl');

const ITEMS = [
  { id: 'q1', category: 'dosing', question: 'Max daily paracetamol for a healthy adult?', choices: ['A. 1 g', 'B. 4 g', 'C. 10 g'], answer: 'B' },
  { id: 'q2', category: 'dosing', question: 'Usual amoxicillin adult dose?', choices: ['500 mg three times daily', '5 g once', '5 mg twice'], answer: 0 },
  { id: 'q3', category: 'interactions', question: 'Warfarin plus fluconazole raises?', choices: ['INR', 'Heart rate', 'Platelets', 'Sodium'], answer: 'A' },
  { id: 'q4', category: 'interactions', question: 'Clarithromycin plus simvastatin risks?', choices: ['Myopathy', 'Hair loss'], answer: 'a' },
  {
    id: 'q5',
    category: 'interactions',
    question: 'Rifampicin lowers levels of?',
    choices: ['A. Oral contraceptives', 'B. Water', 'C. Oxygen', 'D. Salt'],
    answer: 'A',
  },
];

beforeAll(async () => {
  await writeToyModel(modelDir, { seed: 5, layers: 2, heads: 2, hidden: 32, maxPositions: 256, withPast: true });
  writeFileSync(suiteFile, ITEMS.map((item) => JSON.stringify(item)).join('\n'));
});

describe('simpleEvaluate on a custom suite', () => {
  it('scores every item from the model log-likelihoods and aggregates per category', async () => {
    const results = await simpleEvaluate({ model: modelDir, tasks: [`suite:${suiteFile}`], logSamples: true, progress: false });
    const task = results.tasks['suite:clinic'];
    expect(task.n).toBe(5);
    expect(results.schemaVersion).toBe(1);
    const samples = results.samples?.['suite:clinic'] ?? [];
    expect(samples.map((s) => s.docId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(samples.map((s) => s.gold)).toEqual([1, 0, 0, 0, 0]);

    // Recompute the prediction of each item from a direct engine call on the MMLU-style prompt.
    const model = await OnnxCausalLM.load(modelDir);
    const prompt = `${ITEMS[2].question}\nA. INR\nB. Heart rate\nC. Platelets\nD. Sodium\nAnswer:`;
    const direct = await model.loglikelihood(['A', 'B', 'C', 'D'].map((l) => ({ context: prompt, continuation: ` ${l}` })));
    await model.dispose();
    expect(samples[2].loglikelihoods).toEqual(direct.map((r) => r.loglikelihood));

    const accs = samples.map((s) => s.metrics.acc as number);
    expect(task.metrics.acc?.value).toBeCloseTo(accs.reduce((a, b) => a + b) / 5, 12);
    expect(Object.keys(task.categories ?? {})).toEqual(['dosing', 'interactions']);
    expect(task.categories?.dosing.n).toBe(2);
    expect(task.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(renderResultsTable(results)).toContain('suite:clinic');
  });

  it('gives identical results at any batch size', async () => {
    const run = (batchSize: number | 'auto') =>
      simpleEvaluate({ model: modelDir, tasks: [`suite:${suiteFile}`], batchSize, logSamples: true, progress: false });
    const [one, eight, auto] = await Promise.all([run(1), run(8), run('auto')]);
    for (const other of [eight, auto]) {
      expect(other.samples).toEqual(one.samples);
      expect(other.tasks['suite:clinic'].hash).toBe(one.tasks['suite:clinic'].hash);
    }
  });

  it('counts unparseable answers in generate mode', async () => {
    const generateSuite = path.join(root, 'generate.json');
    writeFileSync(generateSuite, JSON.stringify({ name: 'gen', mode: 'generate', max_new_tokens: 4, items: ITEMS }));
    const results = await simpleEvaluate({ model: modelDir, tasks: [`suite:${generateSuite}`], logSamples: true, progress: false });
    const task = results.tasks['suite:gen'];
    const samples = results.samples?.['suite:gen'] ?? [];
    expect(samples.every((s) => typeof s.generated === 'string')).toBe(true);
    expect(task.unparseable).toBe(samples.filter((s) => s.prediction === -1).length);
    expect(task.n).toBe(5);
  });
});

describeWithShared(
  'standard tasks on the real releases',
  ['models/tiny-gpt2', 'models/tiny-gpt2-with-past', 'datasets/mmlu', 'datasets/truthfulqa/v0/mc_task.json'],
  () => {
    it('scores MMLU as 57 tasks and size-weighted groups', async () => {
      const results = await simpleEvaluate({
        model: path.join(sharedModels, 'tiny-gpt2-with-past'),
        tasks: ['mmlu'],
        limit: 2,
        batchSize: 16,
        dataDir: sharedDatasets,
        progress: false,
      });
      expect(Object.keys(results.tasks)).toHaveLength(57);
      expect(Object.keys(results.groups).sort()).toEqual(['mmlu', 'mmlu_humanities', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_stem']);
      const all = Object.values(results.tasks);
      expect(results.groups.mmlu.n).toBe(114);
      const micro = all.reduce((sum, t) => sum + (t.metrics.acc?.value ?? 0) * t.n, 0) / 114;
      expect(results.groups.mmlu.metrics.acc?.value).toBeCloseTo(micro, 12);
      // Per subject, the header and dev examples run once (prefix tree), then one row per question: the four letters share its input.
      expect(results.timings.forwardPasses).toBe(57 * (1 + 2));
    });

    it('scores truthfulqa mc1 and mc2 on the same prompts', async () => {
      const results = await simpleEvaluate({
        model: path.join(sharedModels, 'tiny-gpt2'),
        tasks: ['truthfulqa_mc1', 'truthfulqa_mc2'],
        limit: 3,
        batchSize: 8,
        dataDir: sharedDatasets,
        logSamples: true,
        progress: false,
      });
      // lm-eval reports the mc2 score under the name acc: the probability mass of the true answers,
      // recomputed here from the logged log-likelihoods and the release's own labels.
      const release = JSON.parse(readFileSync(path.join(sharedDatasets, 'truthfulqa/v0/mc_task.json'), 'utf8'));
      const mc2 = results.samples?.truthfulqa_mc2 ?? [];
      mc2.forEach((sample, i) => {
        const labels = Object.values(release[i].mc2_targets as Record<string, number>);
        const probabilities = sample.loglikelihoods.map(Math.exp);
        const trueMass = probabilities.reduce((sum, p, j) => sum + (labels[j] === 1 ? p : 0), 0);
        expect(sample.metrics.acc).toBeCloseTo(trueMass / probabilities.reduce((a, b) => a + b), 12);
      });
      expect(results.tasks.truthfulqa_mc2.metrics.acc?.value).toBeCloseTo(mc2.reduce((a, s) => a + (s.metrics.acc as number), 0) / 3, 12);
      expect(results.tasks.truthfulqa_mc1.dataset.revision).toMatch(/^[0-9a-f]{64}$/);
    });
  },
);
