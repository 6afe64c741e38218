/** Shard-count invariance (invariance.ts) on MMLU's humanities, 5-shot, and ARC-Challenge, 25-shot. */
import { describeShardInvariance } from './invariance.js';

// MMLU's humanities: 13 subjects, so the groups are merged too; 2 documents each (one chunk each).
describeShardInvariance('sharded MMLU and ARC-Challenge merge into the whole run', ['datasets/mmlu', 'datasets/arc/ARC-Challenge'], () => ({
  tasks: ['mmlu_humanities', 'arc_challenge'],
  numFewshot: { mmlu_humanities: 5, arc_challenge: 25 },
  limit: 2,
}));
