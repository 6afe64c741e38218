/**
 * The sticky PR comment: one comment per PR, found by a hidden marker AND its author (the
 * token's own identity, so a look-alike posted by someone else is never overwritten), updated in
 * place on every run. Plain fetch against the REST API the runner names (GITHUB_API_URL), so
 * GHES and test servers work the same. A 403 (the read-only token of a fork PR) is an answer,
 * not a crash: the caller keeps its summary and outputs.
 */

export interface GitHubApi {
  /** REST root, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  apiUrl: string;
  /** GraphQL endpoint; defaults to the one beside `apiUrl`. */
  graphqlUrl?: string;
  token: string;
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

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    detail: string,
  ) {
    super(`GitHub API ${method} ${url} answered ${status}: ${detail}`);
    this.name = 'GitHubApiError';
  }
}

/** The login a GITHUB_TOKEN comments as, when the token cannot tell its own identity. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

const PAGE_SIZE = 100;

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

function restRoot(api: GitHubApi): string {
  return api.apiUrl.replace(/\/+$/, '');
}

function defaultGraphqlUrl(api: GitHubApi): string {
  const root = restRoot(api);
  // GHES serves REST under /api/v3 and GraphQL at /api/graphql.
  return root.endsWith('/api/v3') ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

async function request<T>(api: GitHubApi, method: string, url: string, body?: unknown): Promise<{ data: T; headers: Headers }> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${api.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'ftbench-action',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    let detail = text.slice(0, 300);
    try {
      detail = (JSON.parse(text) as { message?: string }).message ?? detail;
    } catch {
      // not JSON: keep the text
    }
    throw new GitHubApiError(response.status, method, url, detail);
  }
  return { data: (text ? JSON.parse(text) : null) as T, headers: response.headers };
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
 * The token's login. `GET /user` does not work for a GITHUB_TOKEN or an app token, GraphQL's
 * `viewer` does for every kind (github-actions[bot], <app-slug>[bot], or the user of a PAT).
 */
export async function tokenLogin(api: GitHubApi): Promise<string> {
  try {
    const { data } = await request<{ data?: { viewer?: { login?: string } } }>(api, 'POST', api.graphqlUrl ?? defaultGraphqlUrl(api), {
      query: 'query { viewer { login } }',
    });
    const login = data?.data?.viewer?.login;
    if (login) return login;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
  }
  return GITHUB_ACTIONS_BOT;
}

/** GraphQL and REST spell bot logins with and without the `[bot]` suffix. */
function sameLogin(a: string, b: string): boolean {
  const normal = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return normal(a) === normal(b);
}

/** The first comment by `author` whose body carries `marker`, looking through every page. */
export async function findStickyComment(api: GitHubApi, issue: IssueRef, marker: string, author: string): Promise<IssueComment | null> {
  let url: string | null = `${restRoot(api)}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments?per_page=${PAGE_SIZE}`;
  while (url !== null) {
    const page: { data: IssueComment[]; headers: Headers } = await request<IssueComment[]>(api, 'GET', url);
    const found = page.data.find((comment) => comment.user !== null && sameLogin(comment.user.login, author) && (comment.body ?? '').includes(marker));
    if (found) return found;
    url = nextPageUrl(page.headers.get('link'));
  }
  return null;
}

/** The head commit of a pull request: lets a workflow_run commenter check that a PR number from an artifact belongs to the run. */
export async function pullRequestHeadSha(api: GitHubApi, pr: IssueRef): Promise<string> {
  const { data } = await request<{ head: { sha: string } }>(api, 'GET', `${restRoot(api)}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`);
  return data.head.sha;
}

/** Creates the PR's sticky comment, or updates the one this token wrote before. `body` must contain `marker`. */
export async function upsertStickyComment(api: GitHubApi, issue: IssueRef, marker: string, body: string): Promise<StickyCommentResult> {
  if (!body.includes(marker)) throw new Error('the comment body must contain the sticky marker, or the next run could not find it');
  const root = restRoot(api);
  try {
    const existing = await findStickyComment(api, issue, marker, await tokenLogin(api));
    if (existing) {
      const { data } = await request<IssueComment>(api, 'PATCH', `${root}/repos/${issue.owner}/${issue.repo}/issues/comments/${existing.id}`, { body });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await request<IssueComment>(api, 'POST', `${root}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments`, { body });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403) {
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
