/**
 * stories260k, a real trained Llama-architecture model, against its PyTorch reference: the lm-eval token split
 * (BOS, byte fallback, empty contexts) and the graph without a cache (the with-past graph: stories260k-with-past.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { loadTokenizer } from '../../src/model/tokenizer.js';
import { describeWithShared, sharedModels } from '../paths.js';
import { expectReferenceScores, STORIES_NEEDS, storiesReference, type ReferenceRequest } from './stories260k-reference.js';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'ftbench-stories260k-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describeWithShared('stories260k (trained Llama) vs PyTorch reference', STORIES_NEEDS, () => {
  it('splits every request into the reference token ids: BOS first, byte fallback, no second BOS for an empty context', async () => {
    const reference = storiesReference();
    const tokenizer = await loadTokenizer(path.join(sharedModels, 'stories260k'));
    expect(tokenizer.addBosToken).toBe(true);
    expect(reference.map((r) => tokenizeRequest(tokenizer, r))).toEqual(
      reference.map((r) => ({ contextIds: r.context_ids, continuationIds: r.continuation_ids })),
    );
    // The reference covers what makes this tokenizer differ from GPT-2's: empty contexts and byte-fallback pieces (ids 3-258).
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

  it.each(['stories260k', 'stories260k-with-past'])('%s writes real text: greedy decoding from BOS gives what torch gives', async (variant) => {
    const model = await OnnxCausalLM.load(path.join(sharedModels, variant), { cacheDir });
    const [text] = await model.generate([{ context: '', until: [], maxNewTokens: 64 }]);
    await model.dispose();
    // SOURCE-stories260k.md, "Verification": greedy decoding from BOS with a plain-torch implementation.
    expect(
      text.startsWith(
        'Once upon a time, there was a little girl named Lily. She loved to play outside in the park. One day, she saw a big, red ball. She wanted to play with it, but it was too high.',
      ),
    ).toBe(true);
  });

  it.each([1, 3, 'auto' as const])('stories260k (no cache, full rows), batch size %s: log-likelihoods within 1e-4, same greedy flags', async (batchSize) => {
    await expectReferenceScores('stories260k', { batchSize, cacheDir });
  });
});
