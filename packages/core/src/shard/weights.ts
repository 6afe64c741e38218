/** The tokens a document's scoring forwards: what `planShards` balances. */
import type { OnnxCausalLM } from '../model/causal-lm.js';
import { tokenizeRequests } from '../model/loglikelihood.js';
import type { DocRequests } from '../tasks/prompt.js';

export function documentTokens(model: OnnxCausalLM, doc: DocRequests, generate: { maxNewTokens: number } | undefined): number {
  const { maxLength } = model.record;
  if (generate) {
    const prompt = model.tokenizer.encode(doc.requests[0].context).length;
    return Math.min(prompt, Math.max(1, maxLength - generate.maxNewTokens)) + generate.maxNewTokens;
  }
  return tokenizeRequests(model.tokenizer, doc.requests).reduce((sum, r) => sum + Math.min(maxLength, r.contextIds.length + r.continuationIds.length), 0);
}
