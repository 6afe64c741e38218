/**
 * HTTP against the Hub: retries with exponential backoff on what is worth retrying (429, 5xx,
 * refused, dropped or timed-out connections, a download that fails its integrity check), waiting
 * at least what Retry-After asks; and errors that say what to do on what is not (401/403/404, read
 * with the Hub's `X-Error-Code` header as huggingface_hub's `hf_raise_for_status` does).
 *
 * Every request has two clocks (`RequestTimeouts`): one for silence, which also bounds connecting
 * and waiting for the answer (Node's fetch itself gives up connecting after 10 s), and one for the
 * whole request, so a server that drips bytes cannot hold a run forever. With the retries' count
 * bounded, so is every call.
 */
import { FtbenchError } from '../../errors.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  /** Cap of the exponential delay (a longer Retry-After is still waited for). */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once and says so. */
  maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export interface RequestTimeouts {
  /** Without a byte for this long, from the request's start on, a request is dropped (and retried). huggingface_hub waits 10 s. */
  idleMs: number;
  /** One request from its start to its last byte; a download cut here resumes where it stopped on the next try. */
  totalMs: number;
}

export const DEFAULT_REQUEST_TIMEOUTS: RequestTimeouts = { idleMs: 30_000, totalMs: 10 * 60_000 };

/** A failure worth another try. */
export class TransientError extends Error {
  constructor(
    message: string,
    /** What the server asked for with Retry-After. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'TransientError';
  }
}

/** Delay before the next try: doubling from the base up to the cap, and at least what Retry-After asks. */
export function backoffMs(policy: RetryPolicy, failedAttempt: number, retryAfterMs?: number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.max(exponential, retryAfterMs ?? 0);
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const OFFLINE_HINT =
  'Check the network and HF_ENDPOINT. On a runner without network, run `ftbench fetch-data --tasks …` where the Hub is reachable, ' +
  'copy the cache directory over (FTBENCH_CACHE_DIR, default $HF_HOME/ftbench) and set HF_HUB_OFFLINE=1; or read the original releases with --data-dir.';

/**
 * An abort signal for one request: it fires after `idleMs` without a call to `touch()` (each
 * chunk received) or `totalMs` after the start, whichever comes first, with a reason that says which.
 */
export function requestSignal(timeouts: RequestTimeouts): { signal: AbortSignal; touch(): void; clear(): void } {
  const controller = new AbortController();
  const seconds = (ms: number) => `${ms / 1000} s`;
  const total = setTimeout(() => controller.abort(new Error(`not finished within ${seconds(timeouts.totalMs)}`)), timeouts.totalMs);
  let idle: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(new Error(`no data for ${seconds(timeouts.idleMs)}`)), timeouts.idleMs);
  };
  touch();
  return {
    signal: controller.signal,
    touch,
    clear: () => {
      clearTimeout(idle);
      clearTimeout(total);
    },
  };
}

/** A response's body as text, with `onData` called for each chunk (it keeps the idle clock from running out). */
export async function bodyText(response: Response, onData: () => void): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  if (response.body) {
    for await (const chunk of response.body) {
      onData();
      text += decoder.decode(chunk, { stream: true });
    }
  }
  return text + decoder.decode();
}

export async function withRetries<T>(
  policy: RetryPolicy,
  what: string,
  run: () => Promise<T>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (attempt >= policy.attempts) {
        throw new FtbenchError(`${what} failed after ${attempt} attempts; last error: ${error.message}`, OFFLINE_HINT);
      }
      const limit = policy.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs ?? Infinity;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > limit) {
        throw new FtbenchError(
          `${what} failed: the server answered ${error.message} and asks to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, longer than ftbench waits (${limit / 1000} s).`,
          `Try again later; the Hub allows more requests to logged-in users (set HF_TOKEN). ${OFFLINE_HINT}`,
        );
      }
      await sleep(backoffMs(policy, attempt, error.retryAfterMs));
    }
  }
}

/**
 * fetch, with a network failure (refused, reset, no answer in time) turned into a TransientError.
 * A host that DNS says does not exist is an answer, not a hiccup: no retry.
 */
export async function fetchTransient(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchImpl(url, init);
  } catch (error) {
    const { origin } = new URL(url);
    if (init.signal?.aborted) throw new TransientError(`no answer from ${origin}: ${networkReason(init.signal.reason)}`);
    const reason = networkReason(error);
    if (reason === 'ENOTFOUND') throw new FtbenchError(`Cannot reach ${origin}: host not found (ENOTFOUND).`, OFFLINE_HINT);
    throw new TransientError(`cannot reach ${origin}: ${reason}`);
  }
}

export function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export interface HubSubject {
  endpoint: string;
  repo: string;
  revision: string;
  /** The file, for downloads. */
  path?: string;
  hasToken: boolean;
}

/**
 * What a non-2xx answer means. 429 and 5xx are transient; 401, 403 and 404 become errors that say
 * what to fix. The Hub answers 401 "RepoNotFound" for a repository that does not exist as well as
 * for a private one when no token is sent, so both are named.
 */
export function hubResponseError(response: Response, subject: HubSubject): Error {
  const { status } = response;
  if (status === 429 || status >= 500) {
    return new TransientError(`HTTP ${status}`, parseRetryAfter(response.headers.get('retry-after')));
  }
  const code = response.headers.get('x-error-code');
  const { repo, revision, endpoint, hasToken } = subject;
  const page = `${endpoint}/datasets/${repo}`;
  const tokenHint = 'set HF_TOKEN to a token with read access (https://huggingface.co/settings/tokens)';
  if (code === 'RevisionNotFound') {
    return new FtbenchError(
      `Revision "${revision}" not found in dataset ${repo}.`,
      'Pin a branch, tag or commit sha that exists in the dataset repository (--dataset-revision).',
    );
  }
  if (code === 'EntryNotFound' || (status === 404 && subject.path !== undefined && code !== 'RepoNotFound')) {
    return new FtbenchError(
      `File ${subject.path} not found in dataset ${repo} at ${revision}.`,
      'The dataset listing and its files disagree; try again, or pin another revision.',
    );
  }
  if (code === 'GatedRepo') {
    return new FtbenchError(
      `Dataset ${repo} is gated: its conditions must be accepted at ${page}.`,
      hasToken ? 'Accept them with the account whose token HF_TOKEN holds.' : `Accept them on the Hub, then ${tokenHint}.`,
    );
  }
  if (status === 401) {
    return hasToken
      ? new FtbenchError(
          `The Hub rejected HF_TOKEN (HTTP 401) for dataset ${repo}.`,
          'The token is invalid or expired, or the dataset name is wrong; create a new read token and set HF_TOKEN.',
        )
      : new FtbenchError(`Dataset ${repo} was not found, or it is private or gated (HTTP 401).`, `Check the name; if it is private or gated, ${tokenHint}.`);
  }
  if (status === 403) {
    return new FtbenchError(
      `Access to dataset ${repo} is forbidden (HTTP 403).`,
      hasToken ? 'The account of HF_TOKEN has no read access to it.' : `It needs authentication: ${tokenHint}.`,
    );
  }
  if (status === 404) {
    return new FtbenchError(`Dataset ${repo} not found on ${endpoint}.`, 'Check the dataset name (organisation/name, as on the Hub).');
  }
  return new FtbenchError(`The Hub answered HTTP ${status} for dataset ${repo}${subject.path ? ` file ${subject.path}` : ''}.`);
}
