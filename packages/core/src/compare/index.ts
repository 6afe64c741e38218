export { compareResults, type CompareOptions } from './compare.js';
export {
  METRIC_POINTS_SCALE,
  describeLimits,
  evaluateGate,
  gateLabel,
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
