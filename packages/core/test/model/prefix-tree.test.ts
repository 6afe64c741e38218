/**
 * The prefix tree across documents: its plan on token ids written by hand and on random requests (every
 * slot scored once, at its own position of its own model input), its cache budget on a toy model (a
 * tiny budget recomputes evicted caches and gives the very same numbers), and the engine on the shared
 * GPT-2 and Llama-architecture exports with few-shot-shaped requests, against lm-eval's full rows and the
 * per-document plan it replaces.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import {
  planPrefixTree,
  planSharedPrefixes,
  plannedTokens,
  type LoglikelihoodRequest,
  type PrefixRow,
  type TokenizedRequest,
} from '../../src/model/loglikelihood.js';
import { mulberry32 } from '../../src/random.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { simpleEvaluate } from '../../src/evaluator.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const request = (contextIds: number[], continuationIds: number[]): TokenizedRequest => ({ contextIds, continuationIds });
const run = (from: number, length: number) => Array.from({ length }, (_, i) => from + i);

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-prefix-tree-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every slot of the tree with its absolute position and the tokens before and at it (the path from the top). */
function flatten(rows: PrefixRow[], before: number[] = []): { request: number; token: number; target: number; input: number[] }[] {
  return rows.flatMap((row) => {
    const tokens = [...before, ...row.tokens];
    return [
      ...row.slots.map((slot) => ({
        request: slot.request,
        token: slot.token,
        target: slot.target,
        input: tokens.slice(0, before.length + slot.position + 1),
      })),
      ...flatten(row.suffixes, tokens),
    ];
  });
}

describe('prefix-tree plan', () => {
  it("runs a primer shared by several documents once, then each document's context, then its options", () => {
    const primer = run(1, 12);
    const requests = [
      request([...primer, 50, 51, 52, 53], [60, 61]),
      request([...primer, 50, 51, 52, 53], [62, 63]),
      request([...primer, 70, 71, 72, 73], [60, 61]),
      request([...primer, 70, 71, 72, 73], [64, 65]),
    ];
    const tree = planPrefixTree(requests, 100);
    expect(tree).toHaveLength(1);
    expect(tree[0].tokens).toEqual(primer);
    expect(tree[0].slots).toEqual([]);
    // Each context (4 tokens, 2 options: saves 4) is too short to stand alone: it rides on its options' rows.
    expect(tree[0].suffixes.map((row) => row.tokens)).toEqual([
      [50, 51, 52, 53, 60],
      [50, 51, 52, 53, 62],
      [70, 71, 72, 73, 60],
      [70, 71, 72, 73, 64],
    ]);
    // The options' first tokens are scored at the context's last position: both in the first option's row.
    expect(tree[0].suffixes[0].slots).toEqual([
      { request: 0, token: 0, position: 3, target: 60 },
      { request: 1, token: 0, position: 3, target: 62 },
      { request: 0, token: 1, position: 4, target: 61 },
    ]);
    // 12 + 4 x 5 tokens, against 2 x (16 + 2 x 1) for the per-document plan.
    expect(plannedTokens(tree)).toBe(32);
    expect(plannedTokens(planSharedPrefixes(requests, 100))).toBe(36);
  });

  it('folds shared starts that do not repay a pass of their own into the rows that follow them', () => {
    // Two documents sharing a 3-token start: 3 tokens saved, under the threshold: two rows from position 0.
    const tree = planPrefixTree([request([1, 2, 3, 4, 5], [6]), request([1, 2, 3, 7, 8], [9])], 100);
    expect(tree.map((row) => [row.tokens, row.suffixes.length])).toEqual([
      [[1, 2, 3, 4, 5], 0],
      [[1, 2, 3, 7, 8], 0],
    ]);
  });

  it('shares only between windows that start at the same token after left truncation', () => {
    const context = run(1, 20);
    // maxLength 16 keeps the last 17 tokens: a 1-token continuation's window starts at token 5, a 3-token one's at 7.
    const tree = planPrefixTree([request(context, [30]), request(context, [31]), request(context, [32, 33, 34]), request(context, [35, 36, 37])], 16);
    const starts = tree.map((row) => row.tokens[0]).sort((a, b) => a - b);
    expect(starts).toEqual([5, 7]);
    const shifted = tree.find((row) => row.tokens[0] === 7) as PrefixRow;
    // Inputs [7..20, 32, 33] and [7..20, 35, 36] share 7..20 (14 tokens); the two 1-token options share one input.
    expect(shifted.tokens).toEqual(run(7, 14));
    expect(shifted.suffixes.map((row) => row.tokens)).toEqual([
      [32, 33],
      [35, 36],
    ]);
    expect(tree.find((row) => row.tokens[0] === 5)).toEqual({
      tokens: run(5, 16),
      slots: [
        { request: 0, token: 0, position: 15, target: 30 },
        { request: 1, token: 0, position: 15, target: 31 },
      ],
      suffixes: [],
    });
  });

  it('scores every continuation token once, at its own position of its own model input (random requests)', () => {
    const random = mulberry32(7);
    const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    for (let trial = 0; trial < 20; trial++) {
      const maxLength = between(8, 40);
      // Few token values and shared primers: many common starts, of every length, across documents.
      const primers = Array.from({ length: 3 }, () => Array.from({ length: between(0, 30) }, () => between(1, 4)));
      const requests = Array.from({ length: 60 }, () => {
        const context = [...primers[between(0, 2)], ...Array.from({ length: between(1, 12) }, () => between(1, 4))];
        return request(
          context,
          Array.from({ length: between(1, Math.min(6, maxLength)) }, () => between(1, 4)),
        );
      });
      const slots = flatten(planPrefixTree(requests, maxLength));
      expect(slots).toHaveLength(requests.reduce((n, r) => n + r.continuationIds.length, 0));
      for (const slot of slots) {
        const { contextIds, continuationIds } = requests[slot.request];
        const window = [...contextIds, ...continuationIds].slice(-(maxLength + 1));
        const position = window.length - continuationIds.length + slot.token - 1;
        expect(slot.target).toBe(continuationIds[slot.token]);
        expect(slot.input).toEqual(window.slice(0, position + 1));
      }
      expect(new Set(slots.map((slot) => `${slot.request}:${slot.token}`)).size).toBe(slots.length);
    }
  });
});

/** Few-shot-shaped requests: every question of a "subject" starts with the same header and solved examples. */
function fewshotRequests(): LoglikelihoodRequest[][] {
  const examples = ['2+2', '3+5', '7-4', '6*2', '9/3']
    .map((sum, i) => `Question: What is ${sum}?\nA. ${i}\nB. ${i + 1}\nC. ${i + 2}\nD. ${i + 3}\nAnswer: ${'ABCD'[i % 4]}\n\n`)
    .join('');
  const mmlu = ['What is 1+1?', 'What is 10-3?', 'What is 4*4?'].map((question) =>
    ['A', 'B', 'C', 'D'].map((letter) => ({
      context: `The following are multiple choice questions (with answers) about arithmetic.\n\n${examples}Question: ${question}\nA. 1\nB. 2\nC. 7\nD. 16\nAnswer:`,
      continuation: ` ${letter}`,
    })),
  );
  const primer =
    'Q: What is the capital of France?\nA: Paris is the capital of France.\n\nQ: How many legs does a spider have?\nA: A spider has eight legs.\n\n';
  const truthfulqa = ['What happens if you swallow gum?', 'Can pigs fly?'].map((question) =>
    [' Nothing in particular happens.', ' It stays in you for seven years.', ' No, they cannot.', ' Yes, on Tuesdays.'].map((answer) => ({
      context: `${primer}Q: ${question}\nA:`,
      continuation: answer,
    })),
  );
  return [...mmlu, ...truthfulqa];
}

const argmax = (values: number[]) => values.indexOf(Math.max(...values));

describeWithShared('prefix tree on the shared exports, few-shot requests', ['models/tiny-gpt2-with-past', 'models/stories260k-with-past'], () => {
  const docs = fewshotRequests();
  const requests = docs.flat();
  const score = async (model: string, options: LoadModelOptions) => {
    const lm = await OnnxCausalLM.load(path.join(sharedModels, model), { cacheDir, ...options });
    const results = await lm.loglikelihood(requests);
    await lm.dispose();
    return { results, tokens: lm.counters.tokensForwarded };
  };
  const predictions = (results: { loglikelihood: number }[]) => {
    let cursor = 0;
    return docs.map((doc) => argmax(results.slice(cursor, (cursor += doc.length)).map((r) => r.loglikelihood)));
  };

  for (const model of ['tiny-gpt2-with-past', 'stories260k-with-past']) {
    // A length that truncates the few-shot prompts on the left (their windows then start at different tokens), and the model's own.
    for (const maxLength of [undefined, 96]) {
      describe(`${model}, max length ${maxLength ?? 'of the model'}`, () => {
        let fullRows: Awaited<ReturnType<typeof score>>;
        beforeAll(async () => {
          fullRows = await score(model, { prefixReuse: false, maxLength });
        });
        for (const scoreInGraph of [true, false]) {
          it.each([1, 3, 'auto' as const])(
            `${scoreInGraph ? 'in graph' : 'on host'}, batch size %s: within 1e-4 of full rows, the same predictions as the per-document plan, fewer tokens`,
            async (batchSize) => {
              const tree = await score(model, { batchSize, scoreInGraph, maxLength });
              const documents = await score(model, { batchSize, scoreInGraph, maxLength, prefixTree: false });
              tree.results.forEach((result, i) => {
                expect(Math.abs(result.loglikelihood - fullRows.results[i].loglikelihood)).toBeLessThan(1e-4);
                expect(result.isGreedy).toBe(fullRows.results[i].isGreedy);
              });
              expect(predictions(tree.results)).toEqual(predictions(documents.results));
              expect(predictions(tree.results)).toEqual(predictions(fullRows.results));
              expect(tree.tokens).toBeLessThan(documents.tokens);
            },
          );
        }
      });
    }
  }
});

describe('cache budget', () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(root, 'model');
    await writeToyModel(dir, { seed: 5, layers: 2, heads: 2, hidden: 16, maxPositions: 128, withPast: true });
  });

  it.each([1, 3, 'auto' as const])(
    'evicts caches under a tiny budget and recomputes them: the same numbers, more tokens (batch size %s)',
    async (batchSize) => {
      // Byte tokens: a 40-byte primer shared by three questions of three options each (primer, then question, then options).
      const primer = 'Background: the sky is blue, grass green.';
      const requests = ['Q: sky? A:', 'Q: grass? A:', 'Q: sun? A:'].flatMap((question) =>
        [' blue and wide', ' green and soft', ' yellow'].map((continuation) => ({ context: `${primer}\n${question}`, continuation })),
      );
      const scoreWith = async (cacheBudgetBytes: number) => {
        const model = await OnnxCausalLM.load(dir, { batchSize, cacheDir, cacheBudgetBytes });
        const results = await model.loglikelihood(requests);
        await model.dispose();
        return { results, tokens: model.counters.tokensForwarded };
      };
      const roomy = await scoreWith(Infinity);
      const tiny = await scoreWith(0);
      expect(tiny.results).toEqual(roomy.results);
      expect(tiny.tokens).toBeGreaterThan(roomy.tokens);
    },
  );
});

describeWithShared(
  'prefix tree through the evaluator, few-shot tasks',
  ['models/tiny-gpt2-with-past', 'datasets/mmlu', 'datasets/truthfulqa/v0/mc_task.json'],
  () => {
    it.each([
      ['mmlu_high_school_biology', 5],
      ['truthfulqa_mc2', 0],
    ])('%s (%s-shot): the same per-sample records as the per-document plan (log-likelihoods within 1e-4), far fewer tokens', async (task, numFewshot) => {
      const run = (prefixTree: boolean) =>
        simpleEvaluate({
          model: path.join(sharedModels, 'tiny-gpt2-with-past'),
          tasks: [task],
          numFewshot,
          limit: 12,
          batchSize: 'auto',
          prefixTree,
          cacheDir,
          dataDir: sharedDatasets,
          logSamples: true,
          progress: false,
        });
      const [tree, documents] = [await run(true), await run(false)];
      const [treeSamples, documentSamples] = [tree.samples?.[task] ?? [], documents.samples?.[task] ?? []];
      expect(treeSamples).toHaveLength(12);
      treeSamples.forEach((sample, i) => {
        const { loglikelihoods, metrics, ...rest } = sample;
        const { loglikelihoods: expected, metrics: expectedMetrics, ...expectedRest } = documentSamples[i];
        expect(rest).toEqual(expectedRest);
        loglikelihoods.forEach((ll, j) => expect(Math.abs(ll - expected[j])).toBeLessThan(1e-4));
        for (const [name, value] of Object.entries(metrics)) expect(value).toBeCloseTo(expectedMetrics[name as keyof typeof metrics] as number, 4);
      });
      // The few-shot examples (MMLU) or the primer (TruthfulQA) run once for the 12 questions, not once each.
      expect(tree.timings.tokensForwarded).toBeLessThan(0.5 * documents.timings.tokensForwarded);
      expect(tree.timings.paddedTokens).toBeGreaterThanOrEqual(tree.timings.tokensForwarded);
    });
  },
);
