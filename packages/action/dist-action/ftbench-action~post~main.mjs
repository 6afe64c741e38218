import { n as __esmMin } from "./rolldown-runtime.mjs";
import { a as getState, l as saveState, o as info, s as init_core } from "./lib-actions-core.mjs";
import { a as init_constants, i as State } from "./ftbench-action~index~comment~post~main.mjs";
import { existsSync, readdirSync } from "node:fs";
// packages/action/src/checkpoint-state.ts
/**
* What the main step tells the post step (`runs.post` in action.yml) through the runner's state:
* the checkpoint folders it scored into, with the cache key of this attempt, and whether it
* finished. A main step that is cancelled or times out never reaches the end, so the post step
* (which runs anyway: `post-if: always()`) saves those folders, and a re-run of the job resumes
* from them. Kept free of the engine, so the post step loads no onnxruntime.
*/
/** Called whenever a model starts scoring into a checkpoint: the list so far (a later state value replaces an earlier one). */
function recordPendingCheckpoints(pending) {
	saveState(State.PendingCheckpoints, JSON.stringify(pending));
}
/** The main step reached its end: its results are reported and nothing needs resuming. */
function markFinished() {
	saveState(State.Finished, "true");
}
function pendingFromState() {
	const text = getState(State.PendingCheckpoints);
	return text ? JSON.parse(text) : [];
}
/**
* The post step: when main did not finish, saves each non-empty checkpoint folder under its
* attempt's key. The store is opened only then, so a finished job prints nothing here.
*/
async function saveUnfinishedCheckpoints(openStore) {
	if (getState(State.Finished) === "true") return;
	const left = pendingFromState().filter(({ dir }) => existsSync(dir) && readdirSync(dir).length > 0);
	if (left.length === 0) return;
	const store = await openStore();
	for (const { dir, key } of left) if (await store.save(key, dir)) info(`Scoring did not finish: saved its checkpoint ${dir} to the Actions cache as ${key}. Re-running this job resumes from it.`);
}
function init_checkpoint_state() {
	return (init_checkpoint_state = __esmMin((() => {
		init_core();
		init_constants();
	})))();
}
export { saveUnfinishedCheckpoints as i, markFinished as n, recordPendingCheckpoints as r, init_checkpoint_state as t };
