import { a as getState, c as saveState, o as info } from "./core-CMdayhmP.mjs";
import { existsSync, readdirSync } from "node:fs";
// packages/action/src/checkpoint-state.ts
/**
* What the main step tells the post step (`runs.post` in action.yml) through the runner's state:
* the checkpoint folders it scored into, with the cache key of this attempt, and whether it
* finished. A main step that is cancelled or times out never reaches the end, so the post step
* (which runs anyway: `post-if: always()`) saves those folders, and a re-run of the job resumes
* from them. Kept free of the engine, so the post step loads no onnxruntime.
*/
const PENDING_STATE = "ftbench_checkpoints";
const FINISHED_STATE = "ftbench_finished";
/** Called whenever a model starts scoring into a checkpoint: the list so far (a later state value replaces an earlier one). */
function recordPendingCheckpoints(pending) {
	saveState(PENDING_STATE, JSON.stringify(pending));
}
/** The main step reached its end: its results are reported and nothing needs resuming. */
function markFinished() {
	saveState(FINISHED_STATE, "true");
}
function pendingFromState() {
	const text = getState(PENDING_STATE);
	return text ? JSON.parse(text) : [];
}
/**
* The post step: when main did not finish, saves each non-empty checkpoint folder under its
* attempt's key. The store is opened only then, so a finished job prints nothing here.
*/
async function saveUnfinishedCheckpoints(openStore) {
	if (getState(FINISHED_STATE) === "true") return;
	const left = pendingFromState().filter(({ dir }) => existsSync(dir) && readdirSync(dir).length > 0);
	if (left.length === 0) return;
	const store = await openStore();
	for (const { dir, key } of left) if (await store.save(key, dir)) info(`Scoring did not finish: saved its checkpoint ${dir} to the Actions cache as ${key}. Re-running this job resumes from it.`);
}
export { recordPendingCheckpoints as n, saveUnfinishedCheckpoints as r, markFinished as t };
