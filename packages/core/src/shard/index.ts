export { parseShardSpec, planShards, SHARD_PLAN_RULE, type ShardSpec } from './plan.js';
export { mergeShards, type ShardFile } from './merge.js';
