/** @ftbench/core: the library. `simpleEvaluate` is the entry point; the schema types describe its output. */
export { simpleEvaluate, DEFAULT_FEWSHOT_SEED, type EvaluateOptions } from './evaluator.js';
export { FtbenchError } from './errors.js';
export * from './schema.js';
export { RESULTS_JSON_SCHEMA, parseResults } from './results-reader.js';
export { checkAgainstSchema, describeValue, type JsonSchema, type SchemaProblem } from './schema-check.js';
export type { DatasetRef, LoglikelihoodResult, MetricName, RawDoc, TaskDefinition, TaskFamily, TaskGroup } from './tasks/types.js';
export type { DatasetSource, LoadedSplit } from './data/source.js';
export { LocalReleaseSource } from './data/local-release.js';
export { loadTaskRegistry } from './tasks/registry.js';
export { loadSuite } from './suites/index.js';
export { OnnxCausalLM, ScoringError, type GenerationRequest, type LoadModelOptions } from './model/causal-lm.js';
export { DEGENERATE_SIGN_TEXT, renderResultsTable } from './render-table.js';
export { runDemo, DEMO_MODEL_SPEC } from './demo.js';
export { writeToyModel, type ToyModelSpec } from './toy-model/index.js';
export { FTBENCH_VERSION } from './version.js';
export * from './compare/index.js';
export * from './data/hub/index.js';
export * from './checkpoint/index.js';
