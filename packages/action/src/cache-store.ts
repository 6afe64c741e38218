/**
 * Where the action keeps what it must not recompute (baseline results, the onnxruntime-node
 * install): the GitHub Actions cache through @actions/cache, behind a small interface. Without a
 * cache service (local runs, GHES without cache, service down) the store warns once and turns
 * into one that never hits and never saves: a missing cache costs time, never the check.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';

export interface CacheStore {
  /** Restores the entry saved under `key`, else the newest whose key starts with a restore key, into `dir`; the matched key or null. */
  restore(key: string, restoreKeys: string[], dir: string): Promise<string | null>;
  /** Saves `dir` under `key` (immutable: an existing key is kept); whether it was saved. */
  save(key: string, dir: string): Promise<boolean>;
}

/** How long the reachability probe waits before calling the service down. */
const PROBE_TIMEOUT_MS = 5000;

export const UNAVAILABLE_STORE: CacheStore = {
  restore: async () => null,
  save: async () => false,
};

/** @actions/cache warns about its own failures and returns a miss; what it still throws (a rejected key) is warned about here. */
class ActionsCacheStore implements CacheStore {
  async restore(key: string, restoreKeys: string[], dir: string): Promise<string | null> {
    try {
      return (await cache.restoreCache([dir], key, restoreKeys)) ?? null;
    } catch (error) {
      core.warning(`Cache restore of ${key} failed: ${(error as Error).message}`);
      return null;
    }
  }

  async save(key: string, dir: string): Promise<boolean> {
    try {
      return (await cache.saveCache([dir], key)) !== -1;
    } catch (error) {
      core.warning(`Cache save of ${key} failed: ${(error as Error).message}`);
      return false;
    }
  }
}

/**
 * Whether the cache service answers at all. @actions/cache logs and swallows its own failures
 * (a restore that failed looks like a miss), so without this probe a dead service would cost a
 * warning per call, and a service that refuses connections slowly a timeout per call.
 */
async function serviceAnswers(url: string): Promise<string | null> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
}

function cacheServiceUrl(): string | undefined {
  return process.env.ACTIONS_CACHE_SERVICE_V2 ? process.env.ACTIONS_RESULTS_URL : process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL;
}

/** The Actions cache when its service is configured and answers; otherwise one warning and a store that does nothing. */
export async function openCacheStore(): Promise<CacheStore> {
  const url = cacheServiceUrl();
  const unavailable = (why: string) => {
    core.warning(`The GitHub Actions cache is not available (${why}): the baseline is scored on every run and nothing is cached. The check is not affected.`);
    return UNAVAILABLE_STORE;
  };
  if (!url || !cache.isFeatureAvailable()) return unavailable('no cache service is configured for this runner');
  const failure = await serviceAnswers(url);
  return failure === null ? new ActionsCacheStore() : unavailable(`${new URL(url).origin} does not answer: ${failure}`);
}
