export { parseGeneratedAnswer } from './answer.js';
export { DEMO_SUITE_PATH, loadSuite, parseSuite } from './load.js';
export type { Suite } from './types.js';
