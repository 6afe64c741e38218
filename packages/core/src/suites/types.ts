import type { TaskDefinition } from '../tasks/types.js';

/**
 * How a suite is scored: `loglikelihood` compares the log-likelihood of each answer letter
 * (MMLU style); `generate` lets the model answer greedily and reads the first choice letter.
 */
export type SuiteMode = 'loglikelihood' | 'generate';

/** A suite question after normalization: the shape the task definition and the engine consume. */
export interface SuiteItem {
  id: string;
  category: string;
  question: string;
  /** Answer texts without any "A. " prefix. */
  choices: string[];
  /** 0-based index of the correct choice. */
  answer: number;
  /** Line of the item in the suite file, when known (for messages only; not part of the version). */
  line?: number;
}

export interface Suite {
  /** The file's `name`, else the file name without extension. */
  name: string;
  path: string;
  mode: SuiteMode;
  /** Generation budget in `generate` mode. */
  maxNewTokens: number;
  /** sha256 of the normalized items and few-shot examples: any content change changes it. */
  version: string;
  items: SuiteItem[];
  /** Examples shown before every question, in file order. */
  fewshot: SuiteItem[];
  /** The suite as a task, so the engine and the shared prompt builder score it like any lm-eval task. */
  task: TaskDefinition<SuiteItem>;
}
