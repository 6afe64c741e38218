export { compareResults, metricValueOf, type CompareOptions } from './compare.js';
export { compareVariants, headlineMetric, topLevelTargets, type Variant, type VariantCell, type VariantColumn, type VariantRow, type VariantsComparison, type VariantsOptions, type VariantsTradeoff, checkTradeoffPoint, variantsTradeoff } from './variants.js';
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
} from './tradeoff.js';
export { DEFAULT_STOP_SETTINGS, stopAdvice, type StopAdvice, type StopCriterion, type StopSettings, type StopVerdict } from './stop-advice.js';
export {
  METRIC_POINTS_SCALE,
  categoryTarget,
  describeLimits,
  evaluateGate,
  gateLabel,
  parseGateTarget,
  validateGate,
  type GateContext,
} from './gates.js';
export {
  groupLeafTasks,
  groupLeafWeights,
  pairByDocId,
  pairedStrata,
  type PairedSet,
  type PairedValues,
  type WeightedTask,
} from './pairing.js';
export {
  Z_95,
  discordantPairs,
  mcnemarExact,
  pairedBootstrap,
  pairedNormalInterval,
  stratifiedPairedBootstrap,
  unpairedInterval,
  type BootstrapOptions,
  type BootstrapResult,
  type Interval,
  type PairedStratum,
} from './stats.js';
export {
  FAILING_VERDICTS,
  type Comparison,
  type ComparisonRow,
  type DeltaStats,
  type GateConfig,
  type GateResult,
  type GateVerdict,
  type SignificanceTest,
} from './types.js';
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
} from './history.js';
