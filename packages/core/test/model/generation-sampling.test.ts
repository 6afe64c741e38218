/**
 * Sampled generation: each request draws from softmax(logits / temperature) with its own seeded PRNG, so its text
 * is the same at batch sizes 1, 4 and 16, whatever runs beside it (greedy rows, other seeds), on the shared trained
 * model and on toy models with and without a key/value cache, in-graph and on the host; different seeds give
 * different texts; temperature 0 is greedy; and the draw itself follows the tempered distribution.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { OnnxCausalLM, type GenerationRequest, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { sampleToken } from '../../src/model/generation.js';
import { mulberry32 } from '../../src/random.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { itWithShared, sharedModels } from '../paths.js';

const STARTS = [
  'Once upon a time',
  'Lily and Tom went to the park. They saw a big dog.',
  'The sun',
  'One day, a little girl named Sue found a shiny red ball under her bed. She',
  'Tim had a toy car.',
  'Mom said',
  'There was a bird who could not fly.',
  'The cat',
];

/** 16 requests: every start twice, with its own seed, budgets and stop strings; temperatures 0.7 and 1. */
const SAMPLED: GenerationRequest[] = [...STARTS, ...STARTS].map((context, i) => ({
  context,
  maxNewTokens: 8 + ((i * 7) % 29),
  until: i % 3 === 0 ? ['.'] : [],
  sampling: { temperature: i % 2 === 0 ? 0.7 : 1, seed: 1000 + i },
}));
const greedy = (requests: GenerationRequest[]) => requests.map(({ sampling: _, ...request }) => request);
const reseeded = (requests: GenerationRequest[], offset: number) =>
  requests.map((request) => ({ ...request, sampling: { temperature: request.sampling?.temperature ?? 1, seed: (request.sampling?.seed ?? 0) + offset } }));

async function generateAt(dir: string, batchSize: number, requests: GenerationRequest[], opts: LoadModelOptions = {}): Promise<string[]> {
  const model = await OnnxCausalLM.load(dir, { batchSize, ...opts });
  try {
    return await model.generate(requests);
  } finally {
    await model.dispose();
  }
}

/** The properties every model must show; `requests` are all sampled. */
async function expectReproducibleSampling(dir: string, requests: GenerationRequest[], opts: LoadModelOptions = {}): Promise<void> {
  const [one, four, sixteen] = [await generateAt(dir, 1, requests, opts), await generateAt(dir, 4, requests, opts), await generateAt(dir, 16, requests, opts)];
  expect(four).toEqual(one);
  expect(sixteen).toEqual(one);
  // Beside greedy rows (interleaved) and in the other order, each sampled request keeps its text; the greedy rows keep theirs.
  const greedyTexts = await generateAt(dir, 1, greedy(requests), opts);
  const mixed = requests.flatMap((request, i) => [request, greedy(requests)[i]]).reverse();
  const mixedTexts = (await generateAt(dir, 16, mixed, opts)).reverse();
  expect(mixedTexts.filter((_, i) => i % 2 === 0)).toEqual(one);
  expect(mixedTexts.filter((_, i) => i % 2 === 1)).toEqual(greedyTexts);
  // Sampling is not greedy decoding, and other seeds draw other texts.
  expect(one.filter((text, i) => text !== greedyTexts[i]).length).toBeGreaterThan(requests.length / 2);
  const otherSeeds = await generateAt(dir, 4, reseeded(requests, 1), opts);
  expect(otherSeeds.filter((text, i) => text !== one[i]).length).toBeGreaterThan(requests.length / 2);
  // Temperature 0 is greedy, whatever the seed.
  const zero = requests.map((request) => ({ ...request, sampling: { temperature: 0, seed: 7 } }));
  expect(await generateAt(dir, 4, zero, opts)).toEqual(greedyTexts);
}

itWithShared(
  'sampled generation on stories260k-with-past is the same at batch sizes 1, 4 and 16, beside greedy rows, and seed by seed',
  ['models/stories260k-with-past'],
  async () => {
    const dir = path.join(sharedModels, 'stories260k-with-past');
    await expectReproducibleSampling(dir, SAMPLED);
    // The texts are stories, cut at their stop strings.
    const texts = await generateAt(dir, 16, SAMPLED);
    expect(texts.filter((text) => /[a-z]{3,} [a-z]{2,}/.test(text)).length).toBeGreaterThan(8);
    SAMPLED.forEach((request, i) => request.until.forEach((stop) => expect(texts[i]).not.toContain(stop)));
  },
  240_000,
);

describe('sampled generation on toy models', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-sampling-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // The toy tokenizer is byte-level without BOS: every context needs a token; a high temperature spreads the draws.
  const requests = SAMPLED.map((request) => ({ ...request, sampling: { temperature: 1.5, seed: request.sampling?.seed ?? 0 } }));

  it('with a key/value cache, scored in the graph and on the host, the draws are the same', async () => {
    const dir = path.join(root, 'past');
    await writeToyModel(dir, { seed: 21, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
    await expectReproducibleSampling(dir, requests);
    expect(await generateAt(dir, 4, requests, { scoreInGraph: false })).toEqual(await generateAt(dir, 4, requests));
  });

  it('without a key/value cache (full re-runs)', async () => {
    const dir = path.join(root, 'plain');
    await writeToyModel(dir, { seed: 22, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
    await expectReproducibleSampling(dir, requests);
  });

  it('refuses a negative or non-finite temperature and a seed that is not an integer, naming it', async () => {
    const dir = path.join(root, 'past');
    const model = await OnnxCausalLM.load(dir);
    try {
      const ask = (sampling: { temperature: number; seed: number }) => model.generate([{ context: 'Hi', until: [], maxNewTokens: 2, sampling }]);
      await expect(ask({ temperature: -1, seed: 1 })).rejects.toThrow(new FtbenchError('sampling temperature must be a number >= 0, got -1'));
      await expect(ask({ temperature: Number.NaN, seed: 1 })).rejects.toThrow(/temperature must be a number >= 0, got NaN/);
      await expect(ask({ temperature: 0.5, seed: 1.5 })).rejects.toThrow(new FtbenchError('sampling seed must be an integer, got 1.5'));
    } finally {
      await model.dispose();
    }
  });
});

describe('sampleToken', () => {
  const logprobs = Float32Array.from([0.5, 0.25, 0.125, 0.125, 0], (p) => Math.log(p));

  it('inverts the cumulative distribution in vocabulary order, never picking a token of probability 0', () => {
    expect(sampleToken(logprobs, 1, 0)).toBe(0);
    expect(sampleToken(logprobs, 1, 0.49)).toBe(0);
    expect(sampleToken(logprobs, 1, 0.51)).toBe(1);
    expect(sampleToken(logprobs, 1, 0.8)).toBe(2);
    expect(sampleToken(logprobs, 1, 0.99)).toBe(3);
    expect(sampleToken(logprobs, 1, 1 - 1e-17)).toBe(3);
  });

  it('draws with the frequencies of softmax(logprobs / T)', () => {
    for (const temperature of [0.5, 1, 2]) {
      const draw = mulberry32(99);
      const counts = [0, 0, 0, 0, 0];
      const n = 40_000;
      for (let i = 0; i < n; i++) counts[sampleToken(logprobs, temperature, draw())]++;
      const weights = [...logprobs].map((l) => Math.exp(l / temperature));
      const total = weights.reduce((a, b) => a + b, 0);
      weights.forEach((w, v) => expect(Math.abs(counts[v] / n - w / total)).toBeLessThan(0.01));
      expect(counts[4]).toBe(0);
    }
  });

  it('refuses a distribution with NaN in it', () => {
    expect(() => sampleToken(Float32Array.from([0, Number.NaN]), 1, 0.5)).toThrow(FtbenchError);
  });
});
