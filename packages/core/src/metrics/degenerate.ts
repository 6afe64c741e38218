/**
 * Signs that a model's answers do not depend on the question, as a broken export or weights that
 * lost their values give: every document got the same answer, or every choice of every document got
 * the same log-likelihood (constant logits). Scores of such a model mean nothing, so the reports flag them.
 */
import type { DegenerateSign } from '../schema.js';

/** One scored document: its answer (-1 when none was found) and its choices' log-likelihoods (none in generate mode). */
export interface AnsweredDoc {
  prediction: number;
  choices: number;
  loglikelihoods: readonly number[];
}

/** "The same answer everywhere" is flagged only when guessing at random would give it less often than this. */
export const SAME_ANSWER_CHANCE = 1e-3;

/** Relative difference under which two log-likelihoods count as equal. */
const EQUAL_TOLERANCE = 1e-9;

/** The chance that guessing uniformly gives every document the same answer index. */
function sameAnswerChance(docs: readonly AnsweredDoc[]): number {
  const shared = Math.min(...docs.map((doc) => doc.choices));
  return docs.reduce((chance, doc) => chance / doc.choices, shared);
}

const allEqual = (values: readonly number[]) =>
  values.length >= 2 && values.every((value) => Math.abs(value - values[0]) <= EQUAL_TOLERANCE * Math.max(1, Math.abs(values[0])));

export function degenerateSigns(docs: readonly AnsweredDoc[]): DegenerateSign[] {
  if (docs.length === 0) return [];
  const signs: DegenerateSign[] = [];
  // No answer at all (-1 everywhere, generate mode) is what the unparseable count reports.
  const answer = docs[0].prediction;
  if (answer >= 0 && docs.every((doc) => doc.prediction === answer) && sameAnswerChance(docs) < SAME_ANSWER_CHANCE) signs.push('same-answer');
  if (docs.every((doc) => allEqual(doc.loglikelihoods))) signs.push('equal-loglikelihoods');
  return signs;
}
