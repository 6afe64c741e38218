/**
 * Every way of scoring — shared-prefix reuse or lm-eval's full rows, log-probabilities in the graph
 * or from full logits on the host, at several batch sizes and with truncation — against the
 * independent float64 reference, on request lists shaped like each task type.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';
import { TASK_SHAPES as FIXED_SHAPES, greedyDoc, predictions, referenceResult, type Doc } from './task-shapes.js';

const SPEC: ToyModelSpec = { seed: 23, layers: 2, heads: 4, hidden: 32, maxPositions: 96, withPast: true };
const TOLERANCE = 1e-4;
/** Short enough that most requests below are left-truncated. */
const TRUNCATED_LENGTH = 40;

const TASK_SHAPES: Record<string, Doc[]> = { ...FIXED_SHAPES, 'greedy continuation': [greedyDoc({ ...SPEC, withPast: false })] };

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-paths-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Variant {
  name: string;
  withPast: boolean;
  options: LoadModelOptions;
  expectedScoring: string;
}

const VARIANTS: Variant[] = [
  { name: 'with past: prefix reuse, scored in graph', withPast: true, options: {}, expectedScoring: 'hidden-states' },
  { name: 'with past: prefix reuse, scored on host', withPast: true, options: { scoreInGraph: false }, expectedScoring: 'host' },
  { name: 'with past: full rows, scored in graph', withPast: true, options: { prefixReuse: false }, expectedScoring: 'hidden-states' },
  {
    name: "with past: full rows, scored on host (the lead's original path)",
    withPast: true,
    options: { prefixReuse: false, scoreInGraph: false },
    expectedScoring: 'host',
  },
  { name: 'plain graph: scored in graph', withPast: false, options: {}, expectedScoring: 'hidden-states' },
  { name: 'plain graph: scored on host', withPast: false, options: { scoreInGraph: false }, expectedScoring: 'host' },
];
const BATCH_SIZES: (number | 'auto')[] = [1, 3, 8, 'auto'];

describe('scoring paths agree with the float64 reference', () => {
  const dirs: Record<string, string> = {};
  beforeAll(async () => {
    for (const withPast of [false, true]) {
      dirs[String(withPast)] = path.join(root, `model-${withPast}`);
      await writeToyModel(dirs[String(withPast)], { ...SPEC, withPast });
    }
  });

  const expected = (maxLength: number) =>
    Object.fromEntries(
      Object.entries(TASK_SHAPES).map(([task, docs]) => [
        task,
        docs.flat().map((request) => referenceResult({ ...SPEC, withPast: false }, request, maxLength)),
      ]),
    );
  const expectations = { [SPEC.maxPositions]: expected(SPEC.maxPositions), [TRUNCATED_LENGTH]: expected(TRUNCATED_LENGTH) };

  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      for (const batchSize of BATCH_SIZES) {
        for (const maxLength of [SPEC.maxPositions, TRUNCATED_LENGTH]) {
          it(`batch size ${batchSize}, max length ${maxLength}: every task shape within ${TOLERANCE}, same greedy flags and predictions`, async () => {
            const model = await OnnxCausalLM.load(dirs[String(variant.withPast)], { ...variant.options, batchSize, maxLength, cacheDir });
            expect(model.scoring).toBe(variant.expectedScoring);
            for (const [task, docs] of Object.entries(TASK_SHAPES)) {
              const results = await model.loglikelihood(docs.flat());
              const reference = expectations[maxLength][task];
              results.forEach((result, i) => {
                expect(Math.abs(result.loglikelihood - reference[i].loglikelihood), `${task} request ${i}`).toBeLessThan(TOLERANCE);
                expect(result.isGreedy, `${task} request ${i}`).toBe(reference[i].isGreedy);
              });
              expect(predictions(docs, results), task).toEqual(predictions(docs, reference));
            }
            await model.dispose();
          });
        }
      }
    });
  }

  it('cover distinct scores, greedy continuations and truncation (the checks above can fail)', () => {
    const all = Object.values(expectations[SPEC.maxPositions]).flat();
    expect(new Set(all.map((r) => r.loglikelihood.toFixed(3))).size).toBe(all.length);
    expect(expectations[SPEC.maxPositions]['greedy continuation'].map((r) => r.isGreedy)).toEqual([true, false]);
    const truncated = Object.values(expectations[TRUNCATED_LENGTH]).flat();
    expect(truncated.filter((r, i) => Math.abs(r.loglikelihood - all[i].loglikelihood) > 1e-3).length).toBeGreaterThan(all.length / 2);
  });

  it('give every document the same prediction whether its tasks are scored together or apart', async () => {
    const model = await OnnxCausalLM.load(dirs.true, { batchSize: 5, cacheDir });
    const docs: Doc[] = Object.values(TASK_SHAPES).flat();
    const together = await model.loglikelihood(docs.flat());
    const apart = (await Promise.all(docs.map((doc) => model.loglikelihood(doc)))).flat();
    await model.dispose();
    together.forEach((result, i) => expect(Math.abs(result.loglikelihood - apart[i].loglikelihood)).toBeLessThan(TOLERANCE));
    expect(predictions(docs, together)).toEqual(predictions(docs, apart));
  });
});
