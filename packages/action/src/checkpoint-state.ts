/**
 * What the main step tells the post step (`runs.post` in action.yml) through the runner's state:
 * the checkpoint folders it scored into, with the cache key of this attempt, and whether it
 * finished. A main step that is cancelled or times out never reaches the end, so the post step
 * (which runs anyway: `post-if: always()`) saves those folders, and a re-run of the job resumes
 * from them. Kept free of the engine, so the post step loads no onnxruntime.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';
import { State } from './constants.js';

/** A checkpoint folder (the cache store hands it to @actions/cache relative to the workspace) and the key to save it under. */
export interface PendingCheckpoint {
  dir: string;
  key: string;
}

/** Called whenever a model starts scoring into a checkpoint: the list so far (a later state value replaces an earlier one). */
export function recordPendingCheckpoints(pending: readonly PendingCheckpoint[]): void {
  core.saveState(State.PendingCheckpoints, JSON.stringify(pending));
}

/** The main step reached its end: its results are reported and nothing needs resuming. */
export function markFinished(): void {
  core.saveState(State.Finished, 'true');
}

function pendingFromState(): PendingCheckpoint[] {
  const text = core.getState(State.PendingCheckpoints);
  return text ? (JSON.parse(text) as PendingCheckpoint[]) : [];
}

/**
 * The post step: when main did not finish, saves each non-empty checkpoint folder under its
 * attempt's key. The store is opened only then, so a finished job prints nothing here.
 */
export async function saveUnfinishedCheckpoints(openStore: () => Promise<CacheStore>): Promise<void> {
  if (core.getState(State.Finished) === 'true') return;
  const left = pendingFromState().filter(({ dir }) => existsSync(dir) && readdirSync(dir).length > 0);
  if (left.length === 0) return;
  const store = await openStore();
  for (const { dir, key } of left) {
    if (await store.save(key, dir)) {
      core.info(`Scoring did not finish: saved its checkpoint ${dir} to the Actions cache as ${key}. Re-running this job resumes from it.`);
    }
  }
}
