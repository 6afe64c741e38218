/** What `evaluate` does differently for `--shard I/N`: which documents it scores, and the record its results carry. */
import type { PreparedTask } from '../evaluator.js';
import type { OnnxCausalLM } from '../model/causal-lm.js';
import type { ShardRecord, ShardTaskRecord } from '../schema.js';
import type { TaskSummaryFacts } from '../metrics/task-result.js';
import type { TaskGroup } from '../tasks/types.js';
import { CHECKPOINT_CHUNK_REQUESTS, documentChunks } from '../checkpoint/resume.js';
import { planShards, SHARD_PLAN_RULE, type ShardSpec } from './plan.js';
import { documentWeight } from './weights.js';

/**
 * Per task, the positions of the documents shard `spec` scores (the tasks' prompts built for the whole
 * run): whole scoring chunks, as a whole run forms them, so that the model sees the same batches.
 */
export function shardPositions(prepared: readonly PreparedTask[], model: OnnxCausalLM, spec: ShardSpec, chunkRequests = CHECKPOINT_CHUNK_REQUESTS): number[][] {
  const chunks = prepared.map((p) =>
    documentChunks(
      p.docs.map((doc) => (p.generate ? 1 : doc.requests.length)),
      chunkRequests,
    ),
  );
  const weights = prepared.map((p, t) =>
    chunks[t].map((chunk) => chunk.reduce((sum, doc) => sum + documentWeight(p.docs[doc], p.generate, model.record.maxLength), 0)),
  );
  return planShards(weights, spec.count)[spec.index - 1].map((units, t) => units.flatMap((unit) => chunks[t][unit]));
}

/** The prepared task cut down to the documents at `positions`. */
export function keepDocuments(prepared: PreparedTask, positions: readonly number[]): PreparedTask {
  return { ...prepared, docs: positions.map((i) => prepared.docs[i]) };
}

/** The checkpoint of a shard's task is its own file: shards on one machine never append to one file. */
export function shardCheckpointTag(taskHash: string, spec: ShardSpec | undefined): string {
  return spec ? `${taskHash}\u0000shard ${spec.index}/${spec.count}` : taskHash;
}

export interface ScoredShardTask {
  facts: TaskSummaryFacts;
  hash: string;
  docs: number;
  positions: number[];
  choices: number[];
  truncatedRequests: number;
}

export function shardRecord(
  spec: ShardSpec,
  tasks: readonly ScoredShardTask[],
  groups: readonly TaskGroup[],
  chunkRequests = CHECKPOINT_CHUNK_REQUESTS,
): ShardRecord {
  const records: ShardTaskRecord[] = tasks.map(({ facts, hash, docs, positions, choices, truncatedRequests }) => ({
    ...facts,
    hash,
    docs,
    positions,
    choices,
    truncatedRequests,
  }));
  return { index: spec.index, count: spec.count, rule: SHARD_PLAN_RULE, chunkRequests, tasks: records, groups: [...groups] };
}
