/**
 * @ftbench/core: the library. `simpleEvaluate` is the entry point; the schema types describe its
 * output. A named list, so an internal helper never becomes public by accident; the toy model is
 * at `@ftbench/core/testing`, the engine's building blocks (for bench/) at `@ftbench/core/engine`.
 */
export { simpleEvaluate, evaluate, DEFAULT_FEWSHOT_SEED, type EvaluateOptions, type Evaluation, type TaskRun } from './evaluator.js';
export type { MtBenchOptions } from './mt-bench/options.js';
export { FtbenchError } from './errors.js';
export { FTBENCH_VERSION } from './version.js';

// Results: the schema, its validating reader, rendering.
export {
  RESULTS_SCHEMA_VERSION,
  type CategoryResult,
  type DatasetRecord,
  type DegenerateSign,
  type EvalResults,
  type GroupResult,
  type MetricValue,
  type Metrics,
  type ModelRecord,
  type RunConfig,
  type SampleRecord,
  type TaskResult,
  type Timings,
} from './schema.js';
export { RESULTS_JSON_SCHEMA, parseResults } from './results-reader.js';
export { checkAgainstSchema, describeValue, type JsonSchema, type SchemaProblem } from './schema-check.js';
export { DEGENERATE_SIGN_TEXT, renderResultsTable } from './render-table.js';
export { lmEvalResults, currentEnvironment, type LmEvalEnvironment } from './lm-eval-format/results.js';
export { lmEvalSamples, lmEvalSamplesJsonl, samplesFromLmEvalJsonl, type LmEvalSample } from './lm-eval-format/samples.js';

// Comparing two runs under gates.
export { compareResults, metricValueOf, type CompareOptions } from './compare/compare.js';
export {
  checkTradeoffPoint,
  compareVariants,
  HEADLINE_METRICS,
  headlineMetric,
  topLevelTargets,
  variantsTradeoff,
  type Variant,
  type VariantCell,
  type VariantColumn,
  type VariantRow,
  type VariantsComparison,
  type VariantsOptions,
  type VariantsTradeoff,
} from './compare/variants.js';
export {
  bestBalance,
  paretoOptimal,
  targetTasksOf,
  tradeoffPoint,
  type BenchmarkChange,
  type BestBalanceRule,
  type GoalStatus,
  type LimitStatus,
  type TradeoffPoint,
} from './compare/tradeoff.js';
export { DEFAULT_STOP_SETTINGS, stopAdvice, type StopAdvice, type StopCriterion, type StopSettings, type StopVerdict } from './compare/stop-advice.js';
export {
  HISTORY_FORMAT,
  HISTORY_JSON_SCHEMA,
  HISTORY_VERSION,
  MAX_HISTORY_RECORDS,
  emptyHistory,
  parseHistory,
  recordIteration,
  type IterationRecord,
  type PrHistory,
} from './compare/history.js';
export { METRIC_POINTS_SCALE, METRIC_RANGE, describeLimits, gateLabel, validateGate } from './compare/gates.js';
export { formatPValue, formatPoints, formatScore, formatSignedPoints } from './compare/format.js';
// MT-Bench's task name and categories, for gate targets (mt_bench/<category>) checked before any scoring.
export { MT_BENCH_CATEGORIES, MT_BENCH_TASK, MT_BENCH_TURNS } from './mt-bench/data.js';
export { FAILING_VERDICTS, type Comparison, type ComparisonRow, type DeltaStats, type GateConfig, type GateResult, type GateVerdict } from './compare/types.js';

// What a run scores: tasks, groups and suites, and how they are named.
export { formatGateTarget, formatTaskRef, parseGateTarget, parseTaskRef, suiteTaskName, type GateTarget, type TaskRef } from './task-ref.js';
export type { DatasetRef, LoglikelihoodResult, MetricName, RawDoc, TaskDefinition, TaskFamily, TaskGroup, TaskPreset, TaskTag } from './tasks/types.js';
export { parseFewshotSetting, type FewshotSetting } from './tasks/fewshot-setting.js';
export { loadTaskRegistry } from './tasks/registry.js';
export { loadSuite } from './suites/index.js';
export type { DatasetSource, LoadedSplit } from './data/source.js';
export { LocalReleaseSource } from './data/local-release.js';

// The Hugging Face Hub, and what a CI job caches between runs.
export { HubClient } from './data/hub/client.js';
export { HubSource } from './data/hub/source.js';
export { isHubSuite, loadSuiteAt } from './data/hub/suite.js';
export { parseRevisionPins, pinnedDataset, type RevisionPins } from './data/hub/pins.js';
export { datasetCachePlan, hubDatasetsForTasks, prefetchTasks, type CachePlan } from './data/hub/prefetch.js';
export { checkpointCachePlan } from './checkpoint/cache-plan.js';
export { checkpointCacheDir, datasetCacheDir, ftbenchCacheDir, judgmentCacheDir } from './cache-dir.js';

// The model, and how its options are written.
export { OnnxCausalLM, ScoringError, type GenerationRequest, type LoadModelOptions } from './model/causal-lm.js';
export { parseDevice, type Device } from './device.js';
export { parseBooleanText, splitList } from './text-values.js';
export { hashFiles, sha256Hex } from './hash.js';

export { runDemo, DEMO_MODEL_SPEC } from './demo.js';

// Sharding one evaluation over jobs or workers, and merging the shards.
export { mergeShards, type ShardFile } from './shard/merge.js';
export { parseShardSpec, planShards, SHARD_PLAN_RULE, type ShardSpec } from './shard/plan.js';
