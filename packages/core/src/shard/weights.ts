/**
 * What a document weighs when shards are planned: the characters its scoring forwards, a proxy for
 * its tokens (about four characters a token in English BPE vocabularies). Not the tokens themselves:
 * every shard plans the whole run, and tokenizing the full general-ability set in JavaScript takes
 * minutes, a cost no number of shards would divide.
 */
import type { DocRequests } from '../tasks/prompt.js';

/** Characters per token assumed for a generation's new tokens and for the model's length limit. */
export const CHARS_PER_TOKEN = 4;

/** Per request, context plus continuation characters, capped at the model's length; a generation: its prompt plus the tokens it may add. */
export function documentWeight(doc: DocRequests, generate: { maxNewTokens: number } | undefined, maxLength: number): number {
  const cap = maxLength * CHARS_PER_TOKEN;
  if (generate) return Math.min(doc.requests[0].context.length, cap) + generate.maxNewTokens * CHARS_PER_TOKEN;
  return doc.requests.reduce((sum, r) => sum + Math.min(cap, r.context.length + r.continuation.length), 0);
}
