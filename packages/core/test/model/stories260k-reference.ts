/**
 * The PyTorch reference of the trained Llama-architecture model stories260k (llama2.c stories260K: RMSNorm, rotary
 * positions, grouped-query attention, SentencePiece BPE with byte fallback), split as lm-eval's HF backend splits
 * with add_bos_token true (see ../shared/models/SOURCE-stories260k.md); shared by the stories260k tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { OnnxCausalLM, type LoadModelOptions } from '../../src/model/causal-lm.js';
import { sharedModels } from '../paths.js';

export interface ReferenceRequest {
  context: string;
  continuation: string;
  context_ids: number[];
  continuation_ids: number[];
  loglikelihood: number;
  is_greedy: boolean;
}

/** What the stories260k tests read from ../shared. */
export const STORIES_NEEDS = ['models/stories260k-reference.json', 'models/stories260k', 'models/stories260k-with-past'];

export function storiesReference(): ReferenceRequest[] {
  return JSON.parse(readFileSync(path.join(sharedModels, 'stories260k-reference.json'), 'utf8'));
}

/**
 * Scores every reference request on `variant` and checks log-likelihoods within 1e-4 and the greedy flags;
 * returns the tokens the model forwarded.
 */
export async function expectReferenceScores(variant: string, options: LoadModelOptions): Promise<number> {
  const reference = storiesReference();
  const model = await OnnxCausalLM.load(path.join(sharedModels, variant), options);
  const results = await model.loglikelihood(reference);
  await model.dispose();
  expect(model.record.hasPastKeyValues).toBe(variant.endsWith('with-past'));
  const worst = Math.max(...results.map((result, i) => Math.abs(result.loglikelihood - reference[i].loglikelihood)));
  expect(worst).toBeLessThan(1e-4);
  expect(results.map((result) => result.isGreedy)).toEqual(reference.map((r) => r.is_greedy));
  return model.counters.tokensForwarded;
}
