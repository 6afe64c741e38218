/**
 * What action.yml runs after the job's other steps (`runs.post`, bundled as dist-action/post.mjs):
 * saves the checkpoints of a main step that was cancelled or timed out. It never fails the job:
 * a checkpoint that could not be saved only costs the next attempt time.
 */
import * as core from '@actions/core';
import { saveUnfinishedCheckpoints } from './checkpoint-state.js';
import { openCacheStore } from './cache-store.js';

try {
  // The checkpoint paths are relative to the workspace, as main recorded them.
  process.chdir(process.env.GITHUB_WORKSPACE ?? process.cwd());
  await saveUnfinishedCheckpoints(openCacheStore);
} catch (error) {
  core.warning(`ftbench could not save its checkpoint: ${error instanceof Error ? error.message : String(error)}`);
}
