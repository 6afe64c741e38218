/**
 * A suite as a TaskDefinition (lm-eval MMLU layout), so the shared prompt builder and the
 * log-likelihood engine score it exactly like a standard multiple-choice task.
 */
import type { TaskDefinition } from '../tasks/types.js';
import { choiceLetter } from './items.js';
import type { SuiteItem } from './types.js';

/** Names of the "splits" a suite task reads: Suite.items and Suite.fewshot. */
export const SUITE_TEST_SPLIT = 'items';
export const SUITE_FEWSHOT_SPLIT = 'fewshot';

/** `{question}\nA. {choice}\nB. {choice}…\nAnswer:` – lm-eval's MMLU doc_to_text. */
export function renderSuiteQuestion(item: SuiteItem): string {
  const choiceLines = item.choices.map((choice, i) => `${choiceLetter(i)}. ${choice}`);
  return [item.question, ...choiceLines, 'Answer:'].join('\n');
}

export interface SuiteTaskSpec {
  /** Task name, `suite:<name>`. */
  name: string;
  version: string;
  path: string;
  /** Subject for the MMLU-style description line; only suites that name themselves get one. */
  topic?: string;
  numFewshot: number;
}

export function buildSuiteTask(spec: SuiteTaskSpec): TaskDefinition<SuiteItem> {
  const { topic } = spec;
  return {
    name: spec.name,
    version: spec.version,
    dataset: { path: spec.path },
    testSplit: SUITE_TEST_SPLIT,
    ...(spec.numFewshot > 0 ? { fewshotSplit: SUITE_FEWSHOT_SPLIT } : {}),
    // The suite's examples are shown as written, in order, every time.
    fewshotSampler: 'first_n',
    defaultNumFewshot: spec.numFewshot,
    ...(topic === undefined ? {} : { description: () => `The following are multiple choice questions (with answers) about ${topic}.\n\n` }),
    docToText: renderSuiteQuestion,
    docToChoice: (item) => item.choices.map((_, i) => choiceLetter(i)),
    docToTarget: (item) => item.answer,
    metrics: ['acc'],
  };
}
