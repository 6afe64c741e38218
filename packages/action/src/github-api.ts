/**
 * The sticky PR comment: one comment per PR, updated in place on every run. It is found by its
 * first line, a marker naming the repository and PR, AND by its author being exactly the token's
 * identity (same account id, or the same login and account type), so neither a look-alike login
 * (`ftbench-app` for `ftbench-app[bot]`) nor a comment that quotes the marker is ever taken for it.
 *
 * Plain fetch against the REST API the runner names (GITHUB_API_URL), so GHES and test servers
 * work the same. Every request has a connect and an overall timeout; an operation is retried on
 * 5xx, 429, a rate-limit 403 and network failures, waiting at least what Retry-After (or the
 * rate-limit reset) asks. Only a 403 that is not a rate limit means the token may not write (the
 * read-only token of a fork PR): that is an answer, not a crash, and the caller keeps its summary
 * and outputs.
 */
import { GITHUB_COMMENT_LIMIT, clipToBudget } from '@ftbench/reporter';

export interface RequestPolicy {
  /** Until the answer's headers arrive: connecting, TLS, and the server starting to answer. */
  connectTimeoutMs: number;
  /** The whole request, body included (a server that drips bytes is cut off here). */
  totalTimeoutMs: number;
  /** Tries per operation, the first included. */
  attempts: number;
  /** First wait before a retry; doubled each time. */
  baseDelayMs: number;
  /** Longest wait before a retry. A server that asks for longer gets an error saying so: a comment is not worth a stalled job. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_REQUEST_POLICY: RequestPolicy = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  attempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** GitHub asks clients hit by a secondary rate limit without Retry-After to wait at least a minute. */
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;

export interface GitHubApi {
  /** REST root, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  apiUrl: string;
  /** GraphQL endpoint; defaults to the one beside `apiUrl`. */
  graphqlUrl?: string;
  token: string;
  /** Timeouts and retries, DEFAULT_REQUEST_POLICY where not given. */
  policy?: Partial<RequestPolicy>;
}

/** The API the runner names: GITHUB_API_URL (GHES, test servers), else github.com; GITHUB_GRAPHQL_URL when set. */
export function githubApiFromEnv(token: string, env: NodeJS.ProcessEnv = process.env): GitHubApi {
  return { apiUrl: env.GITHUB_API_URL || 'https://api.github.com', graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined, token };
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export type StickyCommentResult =
  | { status: 'created' | 'updated'; id: number; url: string }
  /** The token may not write comments here (fork PRs): `message` says so for a warning. */
  | { status: 'forbidden'; message: string };

/**
 * forbidden: a plain 403, the token lacks the permission. rate-limited: 429, or a 403 that is a
 * primary or secondary rate limit. server: 5xx. network: no (complete) answer. other: the rest.
 */
export type GitHubFailure = 'forbidden' | 'rate-limited' | 'server' | 'network' | 'other';

const TRANSIENT: ReadonlySet<GitHubFailure> = new Set(['rate-limited', 'server', 'network']);

export class GitHubApiError extends Error {
  readonly status: number | null;
  readonly kind: GitHubFailure;
  /** How long the server asked to wait before trying again, if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(what: { method: string; url: string; status: number | null; kind: GitHubFailure; detail: string; retryAfterMs?: number }) {
    const answer = what.status === null ? 'failed' : `answered ${what.status}`;
    super(`GitHub API ${what.method} ${what.url} ${answer}: ${what.detail}`);
    this.name = 'GitHubApiError';
    this.status = what.status;
    this.kind = what.kind;
    this.retryAfterMs = what.retryAfterMs;
  }
}

/** The login a GITHUB_TOKEN comments as, when the token cannot tell its own identity. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** Who a token writes comments as. `id` is the account's id when the token could tell it. */
export interface TokenIdentity {
  id: number | null;
  login: string;
  bot: boolean;
}

const PAGE_SIZE = 100;

interface CommentAuthor {
  login: string;
  id?: number;
  type?: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: CommentAuthor | null;
}

function policyOf(api: GitHubApi): RequestPolicy {
  return { ...DEFAULT_REQUEST_POLICY, ...api.policy };
}

function restRoot(api: GitHubApi): string {
  return api.apiUrl.replace(/\/+$/, '');
}

function defaultGraphqlUrl(api: GitHubApi): string {
  const root = restRoot(api);
  // GHES serves REST under /api/v3 and GraphQL at /api/graphql.
  return root.endsWith('/api/v3') ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** What the server asked to wait: Retry-After (seconds or a date), else the rate-limit reset when the limit is used up. */
export function requestedWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (headers.get('x-ratelimit-remaining')?.trim() === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

function failedAnswer(method: string, url: string, status: number, headers: Headers, text: string): GitHubApiError {
  let detail = text.slice(0, 300);
  try {
    detail = (JSON.parse(text) as { message?: string }).message ?? detail;
  } catch {
    // not JSON: keep the text
  }
  const wait = requestedWaitMs(headers);
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers.get('x-ratelimit-remaining')?.trim() === '0' || headers.has('retry-after') || /rate limit|abuse detection/i.test(detail)));
  const kind: GitHubFailure = rateLimited ? 'rate-limited' : status >= 500 ? 'server' : status === 403 ? 'forbidden' : 'other';
  const retryAfterMs = kind === 'rate-limited' ? (wait ?? SECONDARY_RATE_LIMIT_WAIT_MS) : wait;
  return new GitHubApiError({ method, url, status, kind, detail: kind === 'rate-limited' ? `${detail} (rate limited)` : detail, retryAfterMs });
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** One request, no retries: aborted when the headers take longer than connectTimeoutMs or the whole answer longer than totalTimeoutMs. */
async function request<T>(api: GitHubApi, method: string, url: string, body?: unknown): Promise<{ data: T; headers: Headers }> {
  const policy = policyOf(api);
  const controller = new AbortController();
  let timedOut: string | null = null;
  const abortAfter = (ms: number, why: string) =>
    setTimeout(() => {
      timedOut = why;
      controller.abort();
    }, ms);
  const overall = abortAfter(policy.totalTimeoutMs, `no complete answer within ${seconds(policy.totalTimeoutMs)}`);
  const connect = abortAfter(policy.connectTimeoutMs, `no answer within ${seconds(policy.connectTimeoutMs)}`);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${api.token}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          'user-agent': 'ftbench-action',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      clearTimeout(connect);
      text = await response.text();
    } catch (error) {
      throw new GitHubApiError({ method, url, status: null, kind: 'network', detail: timedOut ?? networkReason(error) });
    }
    if (!response.ok) throw failedAnswer(method, url, response.status, response.headers, text);
    return { data: (text ? JSON.parse(text) : null) as T, headers: response.headers };
  } finally {
    clearTimeout(overall);
    clearTimeout(connect);
  }
}

/**
 * Runs `operation` until it succeeds, retrying transient failures with doubling waits, at least
 * what the server asked for. A wait past maxDelayMs is not made: the error says how long GitHub
 * asked for instead.
 */
export async function withGitHubRetries<T>(api: GitHubApi, operation: () => Promise<T>): Promise<T> {
  const policy = policyOf(api);
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof GitHubApiError) || !TRANSIENT.has(error.kind)) throw error;
      const wait = Math.max(policy.baseDelayMs * 2 ** (attempt - 1), error.retryAfterMs ?? 0);
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxDelayMs) {
        error.message += `; GitHub asks to wait ${seconds(error.retryAfterMs)} before retrying, longer than the ${seconds(policy.maxDelayMs)} ftbench waits`;
        throw error;
      }
      if (attempt >= policy.attempts) {
        error.message += ` (gave up after ${attempt} attempts)`;
        throw error;
      }
      await policy.sleep(Math.min(wait, policy.maxDelayMs));
    }
  }
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextPageUrl(link: string | null): string | null {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (match) return match[1];
  }
  return null;
}

/**
 * Who the token writes as. `GET /user` does not work for a GITHUB_TOKEN or an app token, GraphQL's
 * `viewer` does for most (its `databaseId` is the id REST shows as the comment's `user.id`); when
 * it does not, a GITHUB_TOKEN is assumed: github-actions[bot], an account of type Bot.
 */
export async function tokenIdentity(api: GitHubApi): Promise<TokenIdentity> {
  const url = api.graphqlUrl ?? defaultGraphqlUrl(api);
  try {
    const { data, headers } = await request<{
      data?: { viewer?: { login?: string; databaseId?: number } | null };
      errors?: { type?: string; message?: string }[];
    }>(api, 'POST', url, {
      query: 'query { viewer { login databaseId } }',
    });
    // GraphQL answers a used-up rate limit with 200 and an error; guessing the identity then could match the wrong comment.
    const limited = data?.errors?.find((error) => error.type === 'RATE_LIMITED');
    if (limited) {
      const detail = `${limited.message ?? 'rate limit exceeded'} (rate limited)`;
      throw new GitHubApiError({
        method: 'POST',
        url,
        status: 200,
        kind: 'rate-limited',
        detail,
        retryAfterMs: requestedWaitMs(headers) ?? SECONDARY_RATE_LIMIT_WAIT_MS,
      });
    }
    const viewer = data?.data?.viewer;
    if (viewer?.login) {
      return { id: Number.isInteger(viewer.databaseId) ? (viewer.databaseId as number) : null, login: viewer.login, bot: viewer.login.endsWith('[bot]') };
    }
  } catch (error) {
    if (!(error instanceof GitHubApiError) || TRANSIENT.has(error.kind)) throw error;
  }
  return { id: null, login: GITHUB_ACTIONS_BOT, bot: true };
}

/** Whether `user` is exactly the token's account: the same id, else the same login and account type. */
function isTokenAuthor(user: CommentAuthor | null, identity: TokenIdentity): boolean {
  if (user === null) return false;
  if (identity.id !== null) return user.id === identity.id;
  return user.login === identity.login && (user.type === 'Bot') === identity.bot;
}

/** The first line of every sticky comment: names the repository and PR, and is HTML comment syntax, so it does not show. */
export function stickyMarker(issue: IssueRef): string {
  const name = (part: string) => part.replace(/[^\w.-]/g, '_');
  return `<!-- ftbench:sticky-comment ${name(issue.owner)}/${name(issue.repo)}#${issue.number} -->`;
}

function firstLine(text: string | null | undefined): string {
  return (text ?? '').split(/\r?\n/, 1)[0];
}

/** The first comment written by `identity` whose first line is this PR's marker, looking through every page. */
export async function findStickyComment(api: GitHubApi, issue: IssueRef, identity: TokenIdentity): Promise<IssueComment | null> {
  const marker = stickyMarker(issue);
  let url: string | null = `${restRoot(api)}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments?per_page=${PAGE_SIZE}`;
  while (url !== null) {
    const page: { data: IssueComment[]; headers: Headers } = await request<IssueComment[]>(api, 'GET', url);
    const found = page.data.find((comment) => isTokenAuthor(comment.user, identity) && firstLine(comment.body) === marker);
    if (found) return found;
    url = nextPageUrl(page.headers.get('link'));
  }
  return null;
}

/** The head commit of a pull request: lets a workflow_run commenter check that a PR number from an artifact belongs to the run. */
export async function pullRequestHeadSha(api: GitHubApi, pr: IssueRef): Promise<string> {
  return withGitHubRetries(api, async () => {
    const { data } = await request<{ head: { sha: string } }>(api, 'GET', `${restRoot(api)}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`);
    return data.head.sha;
  });
}

/**
 * Creates the PR's sticky comment, or updates the one this token wrote before. `body` is the
 * report without the marker; the marker becomes its first line, and the whole stays within
 * GitHub's limit. A transient failure repeats the whole find-then-write, so a comment whose
 * creation was answered by a 502 is found and updated on the retry, not written twice.
 */
export async function upsertStickyComment(api: GitHubApi, issue: IssueRef, body: string): Promise<StickyCommentResult> {
  const marker = stickyMarker(issue);
  const full = clipToBudget(`${marker}\n${body}`, GITHUB_COMMENT_LIMIT, "this run's job summary");
  const root = restRoot(api);
  let identity: TokenIdentity | null = null;
  try {
    return await withGitHubRetries(api, async (): Promise<StickyCommentResult> => {
      identity ??= await tokenIdentity(api);
      const existing = await findStickyComment(api, issue, identity);
      if (existing) {
        const { data } = await request<IssueComment>(api, 'PATCH', `${root}/repos/${issue.owner}/${issue.repo}/issues/comments/${existing.id}`, { body: full });
        return { status: 'updated', id: data.id, url: data.html_url };
      }
      const { data } = await request<IssueComment>(api, 'POST', `${root}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments`, { body: full });
      return { status: 'created', id: data.id, url: data.html_url };
    });
  } catch (error) {
    if (error instanceof GitHubApiError && error.kind === 'forbidden') {
      return {
        status: 'forbidden',
        message:
          `The token may not comment on ${issue.owner}/${issue.repo}#${issue.number} (${error.message}). ` +
          'Pull requests from forks get a read-only token: use the two-workflow pattern (docs/action.md) to comment from workflow_run.',
      };
    }
    throw error;
  }
}
