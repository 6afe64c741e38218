// @ts-check
/**
 * The request plans the bench counts (P1) and checks the engine against (P2), in one place. Each returns what
 * the tables show: tokens forwarded, rows run from position 0 and rows that continue from a cache.
 *
 * `ftbenchPlan` must be the plan `OnnxCausalLM.loglikelihood` runs on one call (P2 throws when the engine's
 * tokensForwarded counter disagrees with it); `ftbenchRunPlan` is what an evaluation runs: the same planner on
 * each scoring chunk (256 requests of whole documents) the evaluator hands the model. Nothing else in bench/
 * names a planner.
 */
import { documentChunks, planFullRows, planPrefixTree, planSharedPrefixes, plannedTokens } from '@ftbench/core/engine';

/** Rows continuing from a row's cache, at any depth (a prefix tree's rows have suffixes of their own). */
const rowsBelow = (row) => (row.suffixes ?? []).reduce((n, suffix) => n + 1 + rowsBelow(suffix), 0);

/** @param {ReturnType<typeof planFullRows>} rows */
function summary(rows) {
  return { tokens: plannedTokens(rows), prefixRows: rows.length, continuationRows: rows.reduce((n, row) => n + rowsBelow(row), 0) };
}

/** lm-eval's scheme: one full row per distinct model input. */
export const lmEvalPlan = (tokenized, maxLength) => summary(planFullRows(tokenized, maxLength));
/** Prefix sharing within each document (each document's common prefix once, its continuations from the cache). */
export const perDocumentPlan = (tokenized, maxLength) => summary(planSharedPrefixes(tokenized, maxLength));
/** What one `loglikelihood` call runs with prefix reuse on: a prefix tree over all its requests. */
export const ftbenchPlan = (tokenized, maxLength) => summary(planPrefixTree(tokenized, maxLength));

/** What an evaluation runs: the prefix tree of each scoring chunk, summed (`docs` in request order, with their requests). */
export function ftbenchRunPlan(docs, tokenized, maxLength) {
  const total = { tokens: 0, prefixRows: 0, continuationRows: 0 };
  let start = 0;
  // Chunks are runs of consecutive documents, so each is a slice of the request list.
  for (const chunk of documentChunks(docs.map((doc) => doc.requests.length))) {
    const size = chunk.reduce((n, doc) => n + docs[doc].requests.length, 0);
    const plan = summary(planPrefixTree(tokenized.slice(start, start + size), maxLength));
    start += size;
    for (const key of Object.keys(total)) total[key] += plan[key];
  }
  return total;
}
