export { parseGeneratedAnswer, ANSWER_SEARCH_WINDOW } from './answer.js';
export { DEMO_SUITE_PATH, loadSuite, parseSuite } from './load.js';
export { choiceLetter, stripLetterPrefixes } from './items.js';
export { SUITE_FEWSHOT_SPLIT, SUITE_TEST_SPLIT, buildSuiteTask, renderSuiteQuestion } from './task.js';
export type { Suite, SuiteItem, SuiteMode } from './types.js';
