/**
 * Resumable scoring across attempts of one workflow run. Each model scores into its own checkpoint
 * folder; before scoring, the newest checkpoint that an earlier attempt of the same run and job
 * saved (the post step does, when an attempt is cancelled or times out) is restored into it, and
 * the evaluator takes the requests already there instead of scoring them again. Checkpoint files
 * are keyed by model and task content, so a restored one never changes a score.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkpointCachePlan, sha256Hex, type ShardSpec } from '@ftbench/core';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';
import { recordPendingCheckpoints, type PendingCheckpoint } from './checkpoint-state.js';

export type ModelRole = 'candidate' | 'baseline';

/** Which run, job and attempt this is (the runner's GITHUB_RUN_ID, GITHUB_JOB, GITHUB_RUN_ATTEMPT). */
export interface RunAttempt {
  runId: string;
  job: string;
  attempt: string;
}

export function runAttemptFromEnv(env: Record<string, string | undefined>): RunAttempt {
  return { runId: env.GITHUB_RUN_ID || 'local', job: env.GITHUB_JOB || 'job', attempt: env.GITHUB_RUN_ATTEMPT || '1' };
}

interface CheckpointEntry extends PendingCheckpoint {
  restoreKeys: string[];
}

/**
 * The folder and cache keys of one model's checkpoint in this run. The legs of a matrix share
 * GITHUB_JOB, so the scope also hashes what the leg scores (`scoring`: model path, tasks, options,
 * provider) and names the shard a leg scores; without that, two legs would save under one key and
 * the second would lose, and a re-run leg would resume from another shard's checkpoint.
 */
function checkpointEntry(
  run: RunAttempt,
  role: ModelRole,
  shard: ShardSpec | null,
  scoring: unknown,
  env: Record<string, string | undefined>,
): CheckpointEntry {
  const leg = sha256Hex(JSON.stringify(scoring)).slice(0, 12);
  const part = shard ? `-shard-${shard.index}of${shard.count}` : '';
  const plan = checkpointCachePlan(`${run.runId}-${run.job}-${role}${part}-${leg}`, run.attempt, env);
  return { dir: path.join(plan.path, role), key: plan.key, restoreKeys: plan.restoreKeys };
}

/**
 * Empties the folder (a self-hosted runner keeps the workspace, and this run's checkpoint is the
 * only one to resume from), then restores an earlier attempt's checkpoint into it, if any.
 */
async function restoreCheckpoint(store: CacheStore, entry: CheckpointEntry, role: ModelRole): Promise<void> {
  rmSync(entry.dir, { recursive: true, force: true });
  const matched = await store.restore(entry.key, entry.restoreKeys, entry.dir);
  if (matched !== null) core.info(`Resuming the ${role} model from the checkpoint of an earlier attempt (${matched})`);
}

export type ResumeOptions = (role: ModelRole, scoring: unknown) => Promise<{ checkpointDir: string; resume: true }>;

/**
 * Per model about to be scored: restores its checkpoint folder, records it for the post step, and
 * gives the evaluator options that checkpoint into it and resume from it.
 */
export function checkpointing(
  store: CacheStore,
  run: RunAttempt,
  shard: ShardSpec | null,
  env: Record<string, string | undefined>,
  workspace: string,
): ResumeOptions {
  const pending: PendingCheckpoint[] = [];
  return async (role, scoring) => {
    const entry = checkpointEntry(run, role, shard, scoring, env);
    await restoreCheckpoint(store, entry, role);
    pending.push({ dir: entry.dir, key: entry.key });
    recordPendingCheckpoints(pending);
    return { checkpointDir: path.resolve(workspace, entry.dir), resume: true };
  };
}
