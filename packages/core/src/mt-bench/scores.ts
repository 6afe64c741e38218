/**
 * MT-Bench's scores as FastChat's show_result.py (`display_result_single`) computes them: judgments with score -1
 * are dropped, then the first turn, the second turn and the overall score are plain means over the remaining
 * judgments (so the overall score weighs every rated judgment equally, not the two turn means). A category's
 * score is the same mean over its own judgments (the per-category numbers of FastChat's radar plot).
 */
import { FtbenchError } from '../errors.js';
import { mean, sampleStderr } from '../metrics/aggregate.js';
import type { CategoryResult, MetricValue } from '../schema.js';
import { NO_RATING } from './judge-messages.js';

/** One judged turn of one question. */
export interface Judged {
  questionId: number;
  category: string;
  turn: 1 | 2;
  /** The parsed rating, or NO_RATING. */
  rating: number;
}

export interface MtBenchScores {
  overall: MetricValue;
  /** Turn 1, then turn 2 (a turn without any rated judgment is an error). */
  turns: [MetricValue, MetricValue];
  /** By category, keys sorted; n counts questions. */
  categories: Record<string, CategoryResult>;
  /** Per question: the mean of its rated turns; absent when neither turn was rated. */
  questionScores: Map<number, number>;
  /** Judgments without a rating, left out of every mean. */
  failed: number;
}

function metric(ratings: readonly number[]): MetricValue {
  return { value: mean(ratings), stderr: sampleStderr(ratings) };
}

export function mtBenchScores(judged: readonly Judged[]): MtBenchScores {
  const rated = judged.filter((j) => j.rating !== NO_RATING);
  const turnRatings = ([1, 2] as const).map((turn) => rated.filter((j) => j.turn === turn).map((j) => j.rating));
  const empty = turnRatings.findIndex((ratings) => ratings.length === 0);
  if (empty >= 0) {
    throw new FtbenchError(
      `MT-Bench: no judgment of turn ${empty + 1} gave a rating (${judged.length - rated.length} of ${judged.length} judgments failed), so there is no score`,
      'Check the judge: its replies must hold a rating such as "Rating: [[5]]"; every reply it gave is in the judgment cache (--judge-cache-dir).',
    );
  }
  const categories: Record<string, CategoryResult> = {};
  for (const category of [...new Set(judged.map((j) => j.category))].sort()) {
    const questions = new Set(judged.filter((j) => j.category === category).map((j) => j.questionId));
    const ratings = rated.filter((j) => j.category === category).map((j) => j.rating);
    // A category whose every judgment failed has no score to gate on; its count of questions still shows.
    categories[category] = { n: questions.size, metrics: ratings.length > 0 ? { score: metric(ratings) } : {} };
  }
  const questionScores = new Map<number, number>();
  for (const questionId of new Set(judged.map((j) => j.questionId))) {
    const ratings = rated.filter((j) => j.questionId === questionId).map((j) => j.rating);
    if (ratings.length > 0) questionScores.set(questionId, mean(ratings));
  }
  return {
    overall: metric(rated.map((j) => j.rating)),
    turns: [metric(turnRatings[0]), metric(turnRatings[1])],
    categories,
    questionScores,
    failed: judged.length - rated.length,
  };
}
