import { n as __esmMin } from "./rolldown-runtime.mjs";
import { m as warning, o as info, s as init_core } from "./lib-actions-core.mjs";
import { i as saveCache, n as isFeatureAvailable, r as restoreCache, t as init_cache } from "./lib-actions-cache.mjs";
// packages/action/src/cache-store.ts
/**
* The deadlines, the restore's from SEGMENT_DOWNLOAD_TIMEOUT_MINS when set: the variable
* @actions/cache documents for its download timeout (10 minutes by default), which a runner on a
* slow link may already raise.
*/
function timeoutsFromEnv(env) {
	const minutes = Number(env.SEGMENT_DOWNLOAD_TIMEOUT_MINS);
	const restoreMs = env.SEGMENT_DOWNLOAD_TIMEOUT_MINS && Number.isFinite(minutes) && minutes > 0 ? minutes * 6e4 : DEFAULT_CACHE_TIMEOUTS.restoreMs;
	return {
		...DEFAULT_CACHE_TIMEOUTS,
		restoreMs
	};
}
async function withDeadline(ms, run) {
	let timer;
	const expired = new Promise((resolve) => timer = setTimeout(() => resolve({ finished: false }), ms));
	try {
		return await Promise.race([run().then((value) => ({
			finished: true,
			value
		})), expired]);
	} finally {
		clearTimeout(timer);
	}
}
/**
* Whether the cache service answers at all. @actions/cache logs and swallows its own failures
* (a restore that failed looks like a miss), so without this probe a dead service would cost a
* warning per call, and a service that refuses connections slowly a timeout per call.
*/
async function serviceAnswers(url, timeoutMs) {
	try {
		await (await fetch(url, {
			method: "HEAD",
			signal: AbortSignal.timeout(timeoutMs)
		})).body?.cancel();
		return null;
	} catch (error) {
		if (error.name === "TimeoutError") return `no answer within ${seconds(timeoutMs)}`;
		const cause = error.cause;
		return cause?.code ?? cause?.message ?? error.message;
	}
}
function cacheServiceUrl() {
	return process.env.ACTIONS_CACHE_SERVICE_V2 ? process.env.ACTIONS_RESULTS_URL : process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL;
}
/** The Actions cache when its service is configured and answers; otherwise one warning and a store that does nothing. */
async function openCacheStore(timeouts = {}) {
	const limits = {
		...timeoutsFromEnv(process.env),
		...timeouts
	};
	const url = cacheServiceUrl();
	const unavailable = (why) => {
		warning(`The GitHub Actions cache is not available (${why}): the baseline is scored on every run and nothing is cached. ${NOT_AFFECTED}`);
		return UNAVAILABLE_STORE;
	};
	if (!url || !isFeatureAvailable()) return unavailable("no cache service is configured for this runner");
	const failure = await serviceAnswers(url, limits.probeMs);
	return failure === null ? new ActionsCacheStore(limits) : unavailable(`${new URL(url).origin} does not answer: ${failure}`);
}
var DEFAULT_CACHE_TIMEOUTS, UNAVAILABLE_STORE, NOT_AFFECTED, seconds, ActionsCacheStore;
function init_cache_store() {
	return (init_cache_store = __esmMin((() => {
		init_cache();
		init_core();
		DEFAULT_CACHE_TIMEOUTS = {
			probeMs: 5e3,
			restoreMs: 6e5,
			saveMs: 6e5
		};
		UNAVAILABLE_STORE = {
			restore: async () => null,
			save: async () => false
		};
		NOT_AFFECTED = "The check is not affected.";
		seconds = (ms) => `${ms / 1e3} s`;
		ActionsCacheStore = class {
			timeouts;
			abandoned = false;
			/** Why the service is asked nothing more, once a call passed its deadline. */
			stalled = null;
			saveFailureWarned = false;
			constructor(timeouts) {
				this.timeouts = timeouts;
			}
			async restore(key, restoreKeys, dir) {
				if (this.stalled !== null) return null;
				const paths = [dir];
				const options = {
					timeoutInMs: 3e4,
					segmentTimeoutInMs: this.timeouts.restoreMs
				};
				try {
					const outcome = await withDeadline(this.timeouts.restoreMs, () => restoreCache(paths, key, restoreKeys, options));
					if (outcome.finished) return outcome.value ?? null;
					this.stall(`restoring ${key}`, this.timeouts.restoreMs);
				} catch (error) {
					warning(`Cache restore of ${key} failed: ${error.message}`);
				}
				return null;
			}
			async save(key, dir) {
				if (this.stalled !== null) return false;
				const paths = [dir];
				try {
					const existing = await withDeadline(this.timeouts.saveMs, () => restoreCache(paths, key, [], { lookupOnly: true }));
					if (!existing.finished) {
						this.stall(`looking up ${key}`, this.timeouts.saveMs);
						return false;
					}
					if (existing.value === key) return false;
					const outcome = await withDeadline(this.timeouts.saveMs, () => saveCache(paths, key));
					if (!outcome.finished) {
						this.stall(`saving ${key}`, this.timeouts.saveMs);
						return false;
					}
					if (outcome.value !== -1) return true;
					this.saveFailed(key, "the cache service refused or failed it; its messages are above");
				} catch (error) {
					this.saveFailed(key, error.message);
				}
				return false;
			}
			/** One warning for the first save that fails; later ones are logged, not warned about again. */
			saveFailed(key, why) {
				const message = `Could not save ${key} to the GitHub Actions cache (${why}): a later run computes it again. ${NOT_AFFECTED}`;
				if (this.saveFailureWarned) info(message);
				else warning(message);
				this.saveFailureWarned = true;
			}
			stall(what, ms) {
				this.stalled = what;
				this.abandoned = true;
				warning(`The GitHub Actions cache did not finish ${what} within ${seconds(ms)}: going on without it, and without the cache for the rest of this job. ${NOT_AFFECTED}`);
			}
		};
	})))();
}
export { openCacheStore as n, init_cache_store as t };
