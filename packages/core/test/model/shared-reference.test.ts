import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { describeWithShared, sharedModels } from '../paths.js';

interface ReferenceRequest {
  context: string;
  continuation: string;
  context_ids: number[];
  continuation_ids: number[];
  loglikelihood: number;
  is_greedy: boolean;
}

// PyTorch reference log-likelihoods shipped with the exported GPT-2-shaped models (see ../shared/models/SOURCE.md).
describeWithShared('shared exported models vs PyTorch reference', ['models/reference.json', 'models/tiny-gpt2', 'models/tiny-gpt2-with-past'], () => {
  const reference: ReferenceRequest[] = JSON.parse(readFileSync(path.join(sharedModels, 'reference.json'), 'utf8'));

  for (const variant of ['tiny-gpt2', 'tiny-gpt2-with-past']) {
    describe(variant, () => {
      let model: OnnxCausalLM;
      beforeAll(async () => {
        model = await OnnxCausalLM.load(path.join(sharedModels, variant), { batchSize: 3 });
      });
      afterAll(() => model.dispose());

      it('splits requests into the same token ids as lm-eval', () => {
        for (const r of reference) {
          expect(tokenizeRequest(model.tokenizer, r)).toEqual({ contextIds: r.context_ids, continuationIds: r.continuation_ids });
        }
      });

      it('reproduces the reference log-likelihoods and greedy flags', async () => {
        const results = await model.loglikelihood(reference);
        results.forEach((result, i) => {
          expect(result.loglikelihood).toBeCloseTo(reference[i].loglikelihood, 4);
          expect(result.isGreedy).toBe(reference[i].is_greedy);
        });
      });

      it('detects the graph signature', () => {
        expect(model.record.hasPastKeyValues).toBe(variant.endsWith('with-past'));
        expect(model.record.maxLength).toBe(1024);
        expect(model.record.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      });
    });
  }
});
