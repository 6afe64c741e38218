import "./rolldown-runtime-DYf_mQCB.mjs";
import { p as warning } from "./core-CMdayhmP.mjs";
import { r as saveUnfinishedCheckpoints } from "./checkpoint-state-C4XL7eKB.mjs";
import { t as openCacheStore } from "./cache-store-Am3WTVYd.mjs";
// packages/action/src/post-entry.ts
/**
* What action.yml runs after the job's other steps (`runs.post`, bundled as dist-action/post.mjs):
* saves the checkpoints of a main step that was cancelled or timed out. It never fails the job:
* a checkpoint that could not be saved only costs the next attempt time.
*/
let store;
try {
	process.chdir(process.env.GITHUB_WORKSPACE ?? process.cwd());
	await saveUnfinishedCheckpoints(async () => store = await openCacheStore());
} catch (error) {
	warning(`ftbench could not save its checkpoint: ${error instanceof Error ? error.message : String(error)}`);
}
if (store?.abandoned) process.exit();
export {};
