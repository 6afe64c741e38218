/**
 * The exported GPT-2 graphs (real BPE tokenizer, PyTorch reference log-likelihoods, see
 * ../shared/models/SOURCE.md) through every scoring path and several batch sizes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { describeWithShared, sharedModels } from '../paths.js';

interface ReferenceRequest {
  context: string;
  continuation: string;
  loglikelihood: number;
  is_greedy: boolean;
}

const cacheDir = mkdtempSync(path.join(tmpdir(), 'ftbench-shared-paths-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const PATHS: [string, string, LoadModelOptions][] = [
  ['tiny-gpt2-with-past', 'prefix reuse, in graph', {}],
  ['tiny-gpt2-with-past', 'prefix reuse, on host', { scoreInGraph: false }],
  ['tiny-gpt2-with-past', 'full rows, in graph', { prefixReuse: false }],
  ['tiny-gpt2', 'full rows, in graph', {}],
];

describeWithShared('shared exported models on every scoring path', ['models/reference.json', 'models/tiny-gpt2', 'models/tiny-gpt2-with-past'], () => {
  const reference: ReferenceRequest[] = JSON.parse(readFileSync(path.join(sharedModels, 'reference.json'), 'utf8'));

  for (const [variant, name, options] of PATHS) {
    it.each([1, 5, 'auto' as const])(`${variant}, ${name}, batch size %s: reference log-likelihoods within 1e-4 and greedy flags`, async (batchSize) => {
      const model = await OnnxCausalLM.load(path.join(sharedModels, variant), { ...options, batchSize, cacheDir });
      const results = await model.loglikelihood(reference);
      await model.dispose();
      expect(model.scoring).toBe(options.scoreInGraph === false ? 'host' : 'hidden-states');
      results.forEach((result, i) => {
        expect(Math.abs(result.loglikelihood - reference[i].loglikelihood)).toBeLessThan(1e-4);
        expect(result.isGreedy).toBe(reference[i].is_greedy);
      });
    });
  }

  it('reuses the shared question of the reference requests: fewer tokens than full rows', async () => {
    const counts: number[] = [];
    for (const prefixReuse of [true, false]) {
      const model = await OnnxCausalLM.load(path.join(sharedModels, 'tiny-gpt2-with-past'), { prefixReuse, batchSize: 8, cacheDir });
      await model.loglikelihood(reference);
      await model.dispose();
      counts.push(model.counters.tokensForwarded);
    }
    // Requests 0-1 share a 61-token context with one-token options: one row of 61 either way. Requests 2-3
    // share a 15-token context; their 11- and 9-token endings start differently (" is" / " starts"): full rows
    // 25 + 23, shared 15 + 10 + 8. The other requests stand alone. So reuse saves exactly 15 tokens.
    expect(counts[1] - counts[0]).toBe(15);
  });
});
