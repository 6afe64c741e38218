/**
 * Checkpoints across CI attempts: a job that is pre-empted or times out is retried with the
 * checkpoint directory of its previous attempt restored, and `ftbench eval --resume` goes on
 * from there. Cache entries are immutable, so each attempt saves under its own key (also when
 * it failed or was cancelled) and the next restores the newest by prefix.
 */
import type { CachePlan } from '../data/hub/prefetch.js';
import { checkpointCacheDir } from '../cache-dir.js';

/**
 * `scope` groups the attempts that may share checkpoints (e.g. repository + PR number, or the
 * head commit); files inside are keyed by model and task hash, so a stale one is never used.
 */
export function checkpointCachePlan(scope: string, attempt: number | string, env: Record<string, string | undefined> = process.env): CachePlan {
  const prefix = `ftbench-checkpoints-v1-${scope.replace(/[^\w.-]/g, '_')}-`;
  return { path: checkpointCacheDir(env), key: `${prefix}${attempt}`, restoreKeys: [prefix] };
}
