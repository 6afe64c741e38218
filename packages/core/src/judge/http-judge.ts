/**
 * A judge behind any OpenAI-compatible chat completions API (OpenAI, Azure-style gateways, vLLM, llama.cpp,
 * TGI...), asked as FastChat's llm_judge asks GPT-4: `n: 1, temperature: 0, max_tokens: 2048`.
 *
 * The endpoint is `{url}/chat/completions`, or `url` itself when it already ends in `/chat/completions` (so both
 * an API base such as `https://api.openai.com/v1` and a full endpoint work). At most `concurrency` requests are in
 * flight (a judgment keeps its slot while it backs off, so a rate-limited API is not asked harder); each attempt has
 * `timeoutMs` to answer in full (a hang is aborted and retried). 408, 409, 429, 5xx and network failures are retried
 * with exponential backoff and jitter, waiting at least what `Retry-After` (or `retry-after-ms`) asks; a reply that
 * is not a chat completion (malformed JSON, no content) is retried the same bounded number of times, then the
 * judgment fails with an FtbenchError that names the problem (the caller counts it). Other 4xx answers (a bad key,
 * an unknown model) fail at once. The API key only ever travels in the Authorization header: it is redacted
 * from every message this file writes, and the URL is printed without credentials or query.
 */
import { FtbenchError } from '../errors.js';
import { backoffMs, networkReason, parseRetryAfter, type RetryPolicy, TransientError } from '../data/hub/http.js';
import type { ChatMessage } from '../tasks/messages.js';
import type { Judge, JudgeReply, JudgeStats } from './types.js';

/** FastChat llm_judge's settings for a judge call (common.py `run_judge_single` -> `chat_completion_openai`). */
const JUDGE_REQUEST_SETTINGS = { n: 1, temperature: 0, max_tokens: 2048 } as const;

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the judge waits before the next one. */
  delayMs: number;
  /** Why, in one line (never with the API key). */
  reason: string;
}

export interface HttpJudgeOptions {
  /** API base (`https://host/v1`) or the full `.../chat/completions` endpoint. */
  url: string;
  /** The judge model's name, sent as `model` and recorded in results. */
  model: string;
  /** Sent as `Authorization: Bearer <key>`; never printed. */
  apiKey?: string;
  /** Requests in flight at most (default 8). */
  concurrency?: number;
  /** One attempt, from sending to the reply's last byte (default 120 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 6). */
  maxRetries?: number;
  /** First backoff delay, doubling per retry up to a minute (default 1 s). */
  retryDelayMs?: number;
  /** Hears of every retry (default: a warning on stderr). */
  onRetry?: (event: RetryEvent) => void;
}

/** A Retry-After beyond this fails the attempt's judgment rather than stalling the run. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 60_000;
const COMPLETIONS_PATH = '/chat/completions';
/** Besides 5xx, what the OpenAI clients retry: request timeout, conflict (a lock), rate limit. */
const RETRY_STATUSES = new Set([408, 409, 429]);

/** The wait a reply asks for: OpenAI's `retry-after-ms` (milliseconds), else `Retry-After` (seconds or an HTTP date). */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  return Number.isFinite(ms) && ms >= 0 ? ms : parseRetryAfter(headers.get('retry-after'));
}

/** The chat completions endpoint for `url` (see the top of this file), or an FtbenchError for a URL that is not http(s). */
export function completionsEndpoint(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FtbenchError(`the judge URL "${url}" is not a URL`, 'Pass the API base, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FtbenchError(`the judge URL must be http(s), got ${parsed.protocol}`, 'Pass the API base, e.g. https://api.openai.com/v1.');
  }
  if (parsed.username || parsed.password) {
    throw new FtbenchError('the judge URL must not hold credentials (user:password@)', 'Pass the API key through the environment variable instead.');
  }
  const base = parsed.pathname.replace(/\/+$/, '');
  if (!base.endsWith(COMPLETIONS_PATH)) parsed.pathname = base + COMPLETIONS_PATH;
  return parsed;
}

/** A chat completions response body: the tokens it reports (spent even when the content is missing), and the text or what is wrong. */
type ParsedReply = { promptTokens: number; completionTokens: number } & ({ text: string } | { problem: string });
type Completion = Omit<JudgeReply, 'cached'>;

const tokenCount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

function parseReply(body: string): ParsedReply {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: `the reply is not JSON (${body.length} bytes)`, promptTokens: 0, completionTokens: 0 };
  }
  const reply = (json ?? {}) as { choices?: unknown; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } };
  const promptTokens = tokenCount(reply.usage?.prompt_tokens);
  const completionTokens = tokenCount(reply.usage?.completion_tokens);
  if (!Array.isArray(reply.choices) || reply.choices.length === 0) return { problem: 'the reply has no choices', promptTokens, completionTokens };
  const content = (reply.choices[0] as { message?: { content?: unknown } } | null)?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    return { problem: 'the reply has no content (choices[0].message.content is empty or missing)', promptTokens, completionTokens };
  }
  return { text: content, promptTokens, completionTokens };
}

/** At most `limit` calls of `run` at once; the others wait in order. */
function limiter(limit: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (run) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function integerOption(value: number | undefined, fallback: number, what: string, min = 1): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min) throw new FtbenchError(`the judge's ${what} must be an integer >= ${min}, got ${value}`);
  return n;
}

export function createHttpJudge(opts: HttpJudgeOptions): Judge {
  const endpoint = completionsEndpoint(opts.url);
  const shown = `${endpoint.origin}${endpoint.pathname}`;
  const concurrency = integerOption(opts.concurrency, 8, 'concurrency');
  const timeoutMs = integerOption(opts.timeoutMs, 120_000, 'timeout (ms)');
  const policy: RetryPolicy = {
    attempts: integerOption(opts.maxRetries, 6, 'retry count', 0) + 1,
    baseDelayMs: integerOption(opts.retryDelayMs, 1000, 'retry delay (ms)', 0),
    maxDelayMs: MAX_BACKOFF_MS,
  };
  const apiKey = opts.apiKey ?? '';
  const redact = (text: string) => (apiKey === '' ? text : text.split(apiKey).join('[redacted]'));
  const onRetry =
    opts.onRetry ?? ((event: RetryEvent) => console.warn(`ftbench: judge ${shown}: ${event.reason}; retrying in ${Math.ceil(event.delayMs / 1000)} s`));
  const stats: JudgeStats = { calls: 0, cacheHits: 0, failures: 0, promptTokens: 0, completionTokens: 0 };
  const limit = limiter(concurrency);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey !== '') headers.authorization = `Bearer ${apiKey}`;

  /** One attempt: the completion, or a TransientError / FtbenchError. */
  async function attempt(body: string): Promise<Completion> {
    let response: Response;
    let text: string;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      response = await fetch(endpoint, { method: 'POST', headers, body, signal });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw new TransientError(`no complete reply within ${timeoutMs / 1000} s`);
      throw new TransientError(`cannot reach the judge: ${networkReason(error)}`);
    }
    if (RETRY_STATUSES.has(response.status) || response.status >= 500) throw new TransientError(`HTTP ${response.status}`, retryAfterMs(response.headers));
    if (!response.ok) {
      const detail = text.replace(/\s+/g, ' ').trim().slice(0, 300);
      throw new FtbenchError(
        `the judge ${shown} refused the request: HTTP ${response.status}${detail ? ` (${detail})` : ''}`,
        'Check --judge-model and the API key in the environment variable; 401/403 is the key, 404 the URL or model name.',
      );
    }
    const parsed = parseReply(text);
    stats.promptTokens += parsed.promptTokens;
    stats.completionTokens += parsed.completionTokens;
    if ('problem' in parsed) throw new TransientError(parsed.problem);
    return parsed;
  }

  async function judgeOnce(messages: ChatMessage[]): Promise<JudgeReply> {
    const body = JSON.stringify({ model: opts.model, messages, ...JUDGE_REQUEST_SETTINGS });
    for (let n = 1; ; n++) {
      try {
        const completion = await attempt(body);
        return { ...completion, cached: false };
      } catch (error) {
        if (error instanceof FtbenchError) throw new FtbenchError(redact(error.message), error.hint);
        if (!(error instanceof TransientError)) throw error;
        const reason = redact(error.message);
        if (n >= policy.attempts) throw new FtbenchError(`the judge ${shown} failed after ${n} attempts; last: ${reason}`);
        if (error.retryAfterMs !== undefined && error.retryAfterMs > MAX_RETRY_AFTER_MS) {
          throw new FtbenchError(
            `the judge ${shown} answered ${reason} and asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s, longer than ftbench waits (${MAX_RETRY_AFTER_MS / 1000} s)`,
            'Run again later: judgments already made are cached.',
          );
        }
        const jittered = backoffMs(policy, n) * (0.5 + Math.random() / 2);
        const delayMs = Math.max(jittered, error.retryAfterMs ?? 0);
        onRetry({ attempt: n, delayMs, reason });
        await sleep(delayMs);
      }
    }
  }

  return {
    model: opts.model,
    async judge(messages) {
      return limit(async () => {
        stats.calls++;
        try {
          return await judgeOnce(messages);
        } catch (error) {
          stats.failures++;
          throw error;
        }
      });
    },
    stats: () => ({ ...stats }),
  };
}
