/**
 * Per-document scoring of a multiple-choice request, as lm-evaluation-harness v0.4.x
 * `ConfigurableTask.process_results` does for `output_type: multiple_choice`.
 */
import type { MetricName } from '../tasks/types.js';

/**
 * numpy.argmax semantics: the first maximum wins on ties, and a NaN counts as the maximum
 * (numpy returns the index of the first NaN), so predictions match lm-eval even in degenerate cases.
 */
export function argmax(values: readonly number[]): number {
  if (values.length === 0) throw new Error('argmax of an empty list');
  let best = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) return i;
    if (values[i] > values[best]) best = i;
  }
  return best;
}

/** Python's `len(str)`: Unicode code points, not UTF-16 code units (an emoji counts 1, not 2). */
export function codePointLength(text: string): number {
  return [...text].length;
}

export interface MultipleChoiceScore {
  /** argmax of the raw log-likelihoods. */
  prediction: number;
  /** argmax of log-likelihood / choice length; present when acc_norm was asked for. */
  predictionNorm?: number;
  /** 0/1 per requested metric among acc and acc_norm (mc2 comes from the task's processResults). */
  values: Partial<Record<MetricName, number>>;
}

/**
 * acc = [argmax(lls) == gold]; acc_norm = [argmax(lls / len(choice)) == gold] with len counted in
 * code points of the choice string as doc_to_choice returns it (without the target delimiter).
 * A gold index outside the choices scores 0, as lm-eval's gold = -100 fallback does.
 */
export function scoreMultipleChoice(lls: readonly number[], choices: readonly string[], gold: number, metrics: readonly MetricName[]): MultipleChoiceScore {
  if (lls.length !== choices.length) {
    throw new Error(`scoreMultipleChoice: ${lls.length} log-likelihoods for ${choices.length} choices`);
  }
  const prediction = argmax(lls);
  const values: Partial<Record<MetricName, number>> = {};
  if (metrics.includes('acc')) values.acc = prediction === gold ? 1 : 0;
  if (!metrics.includes('acc_norm')) return { prediction, values };

  // JS division matches numpy float64 division, including ll / 0 -> -Infinity for an empty choice.
  const predictionNorm = argmax(lls.map((ll, i) => ll / codePointLength(choices[i])));
  values.acc_norm = predictionNorm === gold ? 1 : 0;
  return { prediction, predictionNorm, values };
}
