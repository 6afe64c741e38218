export { scoreMultipleChoice } from './multiple-choice.js';
export { aggregateByCategory, aggregateGroups, aggregateTask } from './aggregate.js';
export { degenerateSigns } from './degenerate.js';
