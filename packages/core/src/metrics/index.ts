export { scoreMultipleChoice } from './multiple-choice.js';
export { aggregateGroups } from './aggregate.js';
