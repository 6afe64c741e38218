import type { TaskDefinition } from './types.js';

/** lm-eval's `eval_docs`: the test split when the task has one, otherwise the validation split. */
export function evaluationSplit(task: TaskDefinition): string {
  const split = task.testSplit ?? task.validationSplit;
  if (split === undefined) throw new Error(`Task ${task.name} defines neither a test nor a validation split`);
  return split;
}

/** lm-eval's `fewshot_docs()`: `fewshot_split`, else the training, validation, then test split. */
export function fewshotSplit(task: TaskDefinition): string {
  const split = task.fewshotSplit ?? task.trainingSplit ?? task.validationSplit ?? task.testSplit;
  if (split === undefined) throw new Error(`Task ${task.name} defines no split to draw few-shot examples from`);
  return split;
}
