/**
 * What action.yml runs after the job's other steps (`runs.post`, bundled as dist-action/post.mjs):
 * saves the checkpoints of a main step that was cancelled or timed out. It never fails the job:
 * a checkpoint that could not be saved only costs the next attempt time.
 */
import * as core from '@actions/core';
import { saveUnfinishedCheckpoints } from './checkpoint-state.js';
import { openCacheStore, type CacheStore } from './cache-store.js';

let store: CacheStore | undefined;
try {
  // Cache paths are taken relative to the workspace, as in the main step.
  process.chdir(process.env.GITHUB_WORKSPACE ?? process.cwd());
  await saveUnfinishedCheckpoints(async () => (store = await openCacheStore()));
} catch (error) {
  core.warning(`ftbench could not save its checkpoint: ${error instanceof Error ? error.message : String(error)}`);
}
// A save that passed its deadline may still hold a connection open: nothing is left to do.
if (store?.abandoned) process.exit();
