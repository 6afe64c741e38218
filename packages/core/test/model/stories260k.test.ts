/**
 * A real, trained Llama-architecture model (llama2.c stories260K: RMSNorm, rotary positions, grouped-query
 * attention, SentencePiece BPE with byte fallback) against its PyTorch reference log-likelihoods, split as
 * lm-eval's HF backend splits with add_bos_token true (see ../shared/models/SOURCE-stories260k.md).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { loadTokenizer } from '../../src/model/tokenizer.js';
import { describeWithShared, sharedModels } from '../paths.js';

interface ReferenceRequest {
  context: string;
  continuation: string;
  context_ids: number[];
  continuation_ids: number[];
  loglikelihood: number;
  is_greedy: boolean;
}

const cacheDir = mkdtempSync(path.join(tmpdir(), 'ftbench-stories260k-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const PATHS: [string, string, LoadModelOptions][] = [
  ['stories260k-with-past', 'prefix reuse on', {}],
  ['stories260k-with-past', 'prefix reuse off', { prefixReuse: false }],
  ['stories260k', 'no cache (full rows)', {}],
];

describeWithShared(
  'stories260k (trained Llama) vs PyTorch reference',
  ['models/stories260k-reference.json', 'models/stories260k', 'models/stories260k-with-past'],
  () => {
    const reference: ReferenceRequest[] = JSON.parse(readFileSync(path.join(sharedModels, 'stories260k-reference.json'), 'utf8'));

    it('splits every request into the reference token ids: BOS first, byte fallback, no second BOS for an empty context', async () => {
      const model = await OnnxCausalLM.load(path.join(sharedModels, 'stories260k'), { cacheDir });
      await model.dispose();
      expect(model.tokenizer.addBosToken).toBe(true);
      const splits = reference.map((r) => tokenizeRequest(model.tokenizer, r));
      expect(splits).toEqual(reference.map((r) => ({ contextIds: r.context_ids, continuationIds: r.continuation_ids })));
      // The reference covers what makes this tokenizer differ from GPT-2's: empty contexts and byte-fallback pieces.
      expect(reference.filter((r) => r.context === '').length).toBeGreaterThan(0);
      expect(reference.some((r) => [...r.context_ids, ...r.continuation_ids].some((id) => id >= 3 && id <= 258))).toBe(true);
    });

    it("splits Python/JavaScript whitespace edge cases and BOS-text prompts as lm-eval's own tokenization does", async () => {
      // Written by ../reference/lm_eval_encode_pair.py: lm-eval's HFLM.loglikelihood on this tokenizer.json.
      const golden: { requests: Omit<ReferenceRequest, 'loglikelihood' | 'is_greedy'>[] } = JSON.parse(
        readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../reference/lm-eval-encode-pair.json'), 'utf8'),
      );
      const tokenizer = await loadTokenizer(path.join(sharedModels, 'stories260k'));
      expect(golden.requests.map((r) => tokenizeRequest(tokenizer, r))).toEqual(
        golden.requests.map((r) => ({ contextIds: r.context_ids, continuationIds: r.continuation_ids })),
      );
    });

    for (const [variant, name, options] of PATHS) {
      it.each([1, 3, 'auto' as const])(`${variant}, ${name}, batch size %s: log-likelihoods within 1e-4, same greedy flags`, async (batchSize) => {
        const model = await OnnxCausalLM.load(path.join(sharedModels, variant), { ...options, batchSize, cacheDir });
        const results = await model.loglikelihood(reference);
        await model.dispose();
        expect(model.record.hasPastKeyValues).toBe(variant.endsWith('with-past'));
        const worst = Math.max(...results.map((result, i) => Math.abs(result.loglikelihood - reference[i].loglikelihood)));
        expect(worst).toBeLessThan(1e-4);
        expect(results.map((result) => result.isGreedy)).toEqual(reference.map((r) => r.is_greedy));
      });
    }
  },
);
