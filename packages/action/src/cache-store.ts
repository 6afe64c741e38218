/**
 * Where the action keeps what it must not recompute (baseline results, Hub datasets, checkpoints,
 * the onnxruntime-node install): the GitHub Actions cache through @actions/cache, behind a small
 * interface. Without a cache service (local runs, GHES without cache, service down) the store warns
 * once and turns into one that never hits and never saves: a missing cache costs time, never the check.
 *
 * Folders are handed to @actions/cache as given. An entry's version hashes those path strings, and
 * its archive holds the files relative to the workspace, so the job that restores must name the
 * folder by the same string as the one that saved it: the action's folders are relative to the
 * workspace, or absolute paths that are the same on every runner of one kind and keep their place
 * beside the workspace (under RUNNER_TEMP, `/home/runner/work/_temp` on GitHub's Linux runners; the
 * action's own folder).
 *
 * Every call is bounded. @actions/cache has no overall timeout of its own (its HTTP client drops a
 * connection only after 3 minutes of silence, and retries), so each restore and save runs against
 * a deadline here; one that passes it is abandoned with a warning, and the store asks the service
 * nothing more in this job. What was abandoned may still hold the process open: `abandoned` tells
 * the entry points to exit once the verdict is reported.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';

export interface CacheStore {
  /** Restores the entry saved under `key`, else the newest whose key starts with a restore key, into `dir`; the matched key or null. */
  restore(key: string, restoreKeys: string[], dir: string): Promise<string | null>;
  /** Saves `dir` under `key` (immutable: an existing key is kept); whether it was saved. */
  save(key: string, dir: string): Promise<boolean>;
  /** Whether a call passed its deadline and may still be running in the background. */
  readonly abandoned?: boolean;
}

export interface CacheTimeouts {
  /** The reachability probe, connection included. */
  probeMs: number;
  /** One restore: look-up, download, extraction. */
  restoreMs: number;
  /** One save: archive, look-up, reservation, upload, finalization. */
  saveMs: number;
}

export const DEFAULT_CACHE_TIMEOUTS: CacheTimeouts = { probeMs: 5000, restoreMs: 10 * 60_000, saveMs: 10 * 60_000 };

/**
 * The deadlines, the restore's from SEGMENT_DOWNLOAD_TIMEOUT_MINS when set: the variable
 * @actions/cache documents for its download timeout (10 minutes by default), which a runner on a
 * slow link may already raise.
 */
function timeoutsFromEnv(env: Record<string, string | undefined>): CacheTimeouts {
  const minutes = Number(env.SEGMENT_DOWNLOAD_TIMEOUT_MINS);
  const restoreMs = env.SEGMENT_DOWNLOAD_TIMEOUT_MINS && Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : DEFAULT_CACHE_TIMEOUTS.restoreMs;
  return { ...DEFAULT_CACHE_TIMEOUTS, restoreMs };
}

export const UNAVAILABLE_STORE: CacheStore = {
  restore: async () => null,
  save: async () => false,
};

const NOT_AFFECTED = 'The check is not affected.';

const seconds = (ms: number) => `${ms / 1000} s`;

type Bounded<T> = { finished: true; value: T } | { finished: false };

async function withDeadline<T>(ms: number, run: () => Promise<T>): Promise<Bounded<T>> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<Bounded<T>>((resolve) => (timer = setTimeout(() => resolve({ finished: false }), ms)));
  try {
    return await Promise.race([run().then((value): Bounded<T> => ({ finished: true, value })), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @actions/cache warns about most of its own failures and returns a miss; what it still throws (a
 * rejected key) is warned about here, as is a save that did not happen, which it often only logs.
 */
class ActionsCacheStore implements CacheStore {
  abandoned = false;
  /** Why the service is asked nothing more, once a call passed its deadline. */
  private stalled: string | null = null;
  private saveFailureWarned = false;

  constructor(private readonly timeouts: CacheTimeouts) {}

  async restore(key: string, restoreKeys: string[], dir: string): Promise<string | null> {
    if (this.stalled !== null) return null;
    const paths = [dir];
    // The download's own limits: 30 s of silence, and the deadline for the whole of it.
    const options = { timeoutInMs: 30_000, segmentTimeoutInMs: this.timeouts.restoreMs };
    try {
      const outcome = await withDeadline(this.timeouts.restoreMs, () => cache.restoreCache(paths, key, restoreKeys, options));
      if (outcome.finished) return outcome.value ?? null;
      this.stall(`restoring ${key}`, this.timeouts.restoreMs);
    } catch (error) {
      core.warning(`Cache restore of ${key} failed: ${(error as Error).message}`);
    }
    return null;
  }

  async save(key: string, dir: string): Promise<boolean> {
    if (this.stalled !== null) return false;
    const paths = [dir];
    try {
      // Entries are immutable: an existing key is kept, and looked up first so that no archive is built for nothing.
      const existing = await withDeadline(this.timeouts.saveMs, () => cache.restoreCache(paths, key, [], { lookupOnly: true }));
      if (!existing.finished) {
        this.stall(`looking up ${key}`, this.timeouts.saveMs);
        return false;
      }
      if (existing.value === key) return false;
      const outcome = await withDeadline(this.timeouts.saveMs, () => cache.saveCache(paths, key));
      if (!outcome.finished) {
        this.stall(`saving ${key}`, this.timeouts.saveMs);
        return false;
      }
      if (outcome.value !== -1) return true;
      this.saveFailed(key, 'the cache service refused or failed it; its messages are above');
    } catch (error) {
      this.saveFailed(key, (error as Error).message);
    }
    return false;
  }

  /** One warning for the first save that fails; later ones are logged, not warned about again. */
  private saveFailed(key: string, why: string): void {
    const message = `Could not save ${key} to the GitHub Actions cache (${why}): a later run computes it again. ${NOT_AFFECTED}`;
    if (this.saveFailureWarned) core.info(message);
    else core.warning(message);
    this.saveFailureWarned = true;
  }

  private stall(what: string, ms: number): void {
    this.stalled = what;
    this.abandoned = true;
    core.warning(
      `The GitHub Actions cache did not finish ${what} within ${seconds(ms)}: going on without it, and without the cache for the rest of this job. ${NOT_AFFECTED}`,
    );
  }
}

/**
 * Whether the cache service answers at all. @actions/cache logs and swallows its own failures
 * (a restore that failed looks like a miss), so without this probe a dead service would cost a
 * warning per call, and a service that refuses connections slowly a timeout per call.
 */
async function serviceAnswers(url: string, timeoutMs: number): Promise<string | null> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return null;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return `no answer within ${seconds(timeoutMs)}`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
}

function cacheServiceUrl(): string | undefined {
  return process.env.ACTIONS_CACHE_SERVICE_V2 ? process.env.ACTIONS_RESULTS_URL : process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL;
}

/** The Actions cache when its service is configured and answers; otherwise one warning and a store that does nothing. */
export async function openCacheStore(timeouts: Partial<CacheTimeouts> = {}): Promise<CacheStore> {
  const limits = { ...timeoutsFromEnv(process.env), ...timeouts };
  const url = cacheServiceUrl();
  const unavailable = (why: string) => {
    core.warning(`The GitHub Actions cache is not available (${why}): the baseline is scored on every run and nothing is cached. ${NOT_AFFECTED}`);
    return UNAVAILABLE_STORE;
  };
  if (!url || !cache.isFeatureAvailable()) return unavailable('no cache service is configured for this runner');
  const failure = await serviceAnswers(url, limits.probeMs);
  return failure === null ? new ActionsCacheStore(limits) : unavailable(`${new URL(url).origin} does not answer: ${failure}`);
}
