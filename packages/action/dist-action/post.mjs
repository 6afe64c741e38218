import { p as warning } from "./core-BsaXlejp.mjs";
import { r as saveUnfinishedCheckpoints } from "./checkpoint-state-BCUg83gn.mjs";
import { t as openCacheStore } from "./cache-store-BIZjgSd7.mjs";
// packages/action/src/post-entry.ts
/**
* What action.yml runs after the job's other steps (`runs.post`, bundled as dist-action/post.mjs):
* saves the checkpoints of a main step that was cancelled or timed out. It never fails the job:
* a checkpoint that could not be saved only costs the next attempt time.
*/
try {
	process.chdir(process.env.GITHUB_WORKSPACE ?? process.cwd());
	await saveUnfinishedCheckpoints(openCacheStore);
} catch (error) {
	warning(`ftbench could not save its checkpoint: ${error instanceof Error ? error.message : String(error)}`);
}
export {};
