import { n as __esmMin } from "./rolldown-runtime.mjs";
import { m as warning, s as init_core } from "./lib-actions-core.mjs";
import { n as openCacheStore, t as init_cache_store } from "./ftbench-action~index~post.mjs";
import { i as saveUnfinishedCheckpoints, t as init_checkpoint_state } from "./ftbench-action~post~main.mjs";
// packages/action/src/post-entry.ts
var store;
function init_post_entry() {
	return (init_post_entry = __esmMin((async () => {
		init_core();
		init_checkpoint_state();
		init_cache_store();
		try {
			process.chdir(process.env.GITHUB_WORKSPACE ?? process.cwd());
			await saveUnfinishedCheckpoints(async () => store = await openCacheStore());
		} catch (error) {
			warning(`ftbench could not save its checkpoint: ${error instanceof Error ? error.message : String(error)}`);
		}
		if (store?.abandoned) process.exit();
	})))();
}
export { init_post_entry as t };
