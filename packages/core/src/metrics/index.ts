export { argmax, codePointLength, scoreMultipleChoice, type MultipleChoiceScore } from './multiple-choice.js';
export {
  UNCATEGORIZED,
  aggregateByCategory,
  aggregateGroup,
  aggregateGroups,
  aggregateTask,
  mean,
  sampleStderr,
  type CategorizedValues,
  type SizedMetrics,
} from './aggregate.js';
export { SAME_ANSWER_CHANCE, degenerateSigns, type AnsweredDoc } from './degenerate.js';
