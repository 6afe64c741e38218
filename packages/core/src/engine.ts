/**
 * @ftbench/core/engine: the scoring engine's building blocks, for bench/ (which times them) and
 * tools that need more than simpleEvaluate. No stability promise beyond the package's version.
 */
export { planFullRows, planPrefixTree, planSharedPrefixes, plannedTokens, tokenizeRequests } from './model/loglikelihood.js';
export { PADDED_TOKEN_RULES, passTokens, planBatches } from './model/batching.js';
export { loadTokenizer } from './model/tokenizer.js';
export { buildDocRequests } from './tasks/prompt.js';
export { evaluationSplit, fewshotSplit } from './tasks/splits.js';
export { mulberry32 } from './random.js';
export { prepareTasks } from './evaluator.js';
export { documentWeight } from './shard/weights.js';
export { documentChunks } from './checkpoint/resume.js';
