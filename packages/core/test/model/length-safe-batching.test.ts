/**
 * Batches near the model's positions: random documents whose requests run up to the maximum length
 * and past it (left-truncated), at every batch size from 1 to 8 and auto, with and without past
 * key/values, scored as the float64 reference scores each request alone. On a graph with past, a batch
 * that continued a long prefix with a short option beside a short prefix with a long option used to
 * index position embeddings past the last one (onnxruntime's `Gather … idx=<max>`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { mulberry32 } from '../../src/random.js';
import { writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';
import { describeWithShared, sharedModels } from '../paths.js';
import { referenceResult, type Doc } from './task-shapes.js';

const SPEC: ToyModelSpec = { seed: 31, layers: 1, heads: 2, hidden: 16, maxPositions: 32, withPast: true };
const TOLERANCE = 1e-4;
const BATCH_SIZES: (number | 'auto')[] = [1, 2, 3, 4, 5, 6, 7, 8, 'auto'];
const TRIALS = 3;

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-length-safe-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lower-case letters: one byte token each, no whitespace to move between context and continuation. */
function letters(random: () => number, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}

/**
 * Documents of 2-5 options whose context and option lengths are drawn so that whole requests run from
 * a few tokens to well past the model's positions; every option fits on its own.
 */
function randomDocs(seed: number, maxPositions: number): Doc[] {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: 8 }, () => {
    const context = letters(random, between(1, maxPositions + 8));
    return Array.from({ length: between(2, 5) }, () => ({ context, continuation: letters(random, between(1, maxPositions / 2)) }));
  });
}

const VARIANTS: { name: string; withPast: boolean; options: LoadModelOptions }[] = [
  { name: 'plain graph', withPast: false, options: {} },
  { name: 'with past, prefix reuse, scored in graph', withPast: true, options: {} },
  { name: 'with past, prefix reuse, scored on host', withPast: true, options: { scoreInGraph: false } },
];

describe(`random lengths up to ${SPEC.maxPositions} positions and past them, every batch size`, () => {
  const dirs: Record<string, string> = {};
  beforeAll(async () => {
    for (const withPast of [false, true]) {
      dirs[String(withPast)] = path.join(root, `model-${withPast}`);
      await writeToyModel(dirs[String(withPast)], { ...SPEC, withPast });
    }
  });
  const trials = Array.from({ length: TRIALS }, (_, trial) => {
    const docs = randomDocs(1000 + trial, SPEC.maxPositions);
    return { docs, reference: docs.flat().map((request) => referenceResult({ ...SPEC, withPast: false }, request, SPEC.maxPositions)) };
  });

  it('draw requests that reach the last position and requests that are left-truncated (the checks below can fail)', () => {
    const lengths = trials.flatMap(({ docs }) => docs.flat().map((r) => r.context.length + r.continuation.length));
    expect(lengths.some((n) => n === SPEC.maxPositions || n === SPEC.maxPositions + 1)).toBe(true);
    expect(lengths.filter((n) => n > SPEC.maxPositions + 1).length).toBeGreaterThan(5);
    expect(lengths.filter((n) => n < SPEC.maxPositions / 2).length).toBeGreaterThan(5);
  });

  for (const variant of VARIANTS) {
    for (const batchSize of BATCH_SIZES) {
      it(`${variant.name}, batch size ${batchSize}: equal to the reference within ${TOLERANCE}`, async () => {
        const model = await OnnxCausalLM.load(dirs[String(variant.withPast)], { ...variant.options, batchSize, cacheDir, onWarning: (m) => expect.fail(m) });
        try {
          for (const [t, { docs, reference }] of trials.entries()) {
            const results = await model.loglikelihood(docs.flat());
            results.forEach((result, i) => {
              expect(Math.abs(result.loglikelihood - reference[i].loglikelihood), `trial ${t}, request ${i}`).toBeLessThan(TOLERANCE);
              expect(result.isGreedy, `trial ${t}, request ${i}`).toBe(reference[i].isGreedy);
            });
          }
        } finally {
          await model.dispose();
        }
      });
    }
  }
});

describeWithShared('the 1,024-position GPT-2 export with past, batched near its limit', ['models/tiny-gpt2-with-past'], () => {
  // Two questions of a 25-shot-like length: a longer one with short options (1,017 + 3-4 tokens), a shorter one
  // with long options (996 + 11-13): batched, the first's continuation pass ran positions past 1,023 (idx=1024).
  const docs: Doc[] = [
    [' yes it is', ' no it is not'].map((continuation) => ({ context: 'Question: is the sky blue?'.repeat(145) + ' Answer:', continuation })),
    [' a very long answer that runs on and on for quite a while', ' another long answer, just as long as the first one'].map((continuation) => ({
      context: 'Question: what colour is grass?'.repeat(142) + ' Answer:',
      continuation,
    })),
  ];

  it('batch sizes 2 and auto score as batch size 1 does', async () => {
    const dir = path.join(sharedModels, 'tiny-gpt2-with-past');
    const scores = async (batchSize: number | 'auto') => {
      const model = await OnnxCausalLM.load(dir, { batchSize, cacheDir });
      try {
        return await model.loglikelihood(docs.flat());
      } finally {
        await model.dispose();
      }
    };
    const alone = await scores(1);
    for (const batchSize of [2, 'auto'] as const) {
      const batched = await scores(batchSize);
      batched.forEach((result, i) =>
        expect(Math.abs(result.loglikelihood - alone[i].loglikelihood), `batch size ${batchSize}, request ${i}`).toBeLessThan(TOLERANCE),
      );
    }
  });
});
