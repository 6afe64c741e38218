// @ts-check
/**
 * The request plans the bench counts (P1) and checks the engine against (P2), in one place. Each returns what
 * the tables show: tokens forwarded, rows run from position 0 and rows that continue from a cache.
 *
 * `ftbenchPlan` must be the plan `OnnxCausalLM.loglikelihood` runs (P2 throws when the engine's tokensForwarded
 * counter disagrees with it). When the engine's planner changes (a cross-document prefix tree, `planPrefixTree`),
 * point it at the new planner exported from @ftbench/core/engine here; nothing else in bench/ names a planner.
 */
import { planFullRows, planSharedPrefixes, plannedTokens } from '@ftbench/core/engine';

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
/** What the engine runs with prefix reuse on: today the per-document plan. */
export function ftbenchPlan(tokenized, maxLength) {
  return perDocumentPlan(tokenized, maxLength);
}
