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
