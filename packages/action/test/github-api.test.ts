/** The sticky comment against a local stand-in for the GitHub REST and GraphQL API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  nextPageUrl,
  pullRequestHeadSha,
  requestedWaitMs,
  stickyMarker,
  upsertStickyComment,
  type GitHubApi,
  type IssueRef,
} from '../src/github-api.js';
import { ACTIONS_BOT, startFakeGitHub, writes, type FakeGitHub } from './helpers/fake-github.js';

let github: FakeGitHub;
let api: GitHubApi;
/** The waits the client asked for between retries: recorded, not slept, so no test waits for them. */
let sleeps: number[];
let issue = 0;
/** Each test gets its own PR number, so comments never leak between tests. */
const nextIssue = (): IssueRef => ({ owner: 'owner', repo: 'repo', number: ++issue });
const body = (pr: IssueRef, text: string) => `${stickyMarker(pr)}\n${text}`;

beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(() => github.close());
beforeEach(() => {
  sleeps = [];
  api = {
    apiUrl: github.url,
    token: 'test-token',
    policy: { connectTimeoutMs: 200, totalTimeoutMs: 400, attempts: 3, baseDelayMs: 5, maxDelayMs: 90_000, sleep: async (ms) => void sleeps.push(ms) },
  };
  github.requests.length = 0;
  github.faults.length = 0;
  github.identity = ACTIONS_BOT;
  github.viewerLogin = null;
  github.graphqlForbidden = false;
  github.readOnly = false;
});

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and updates that same comment on the second', async () => {
    const pr = nextIssue();
    const first = await upsertStickyComment(api, pr, 'run 1');
    expect(first).toMatchObject({ status: 'created' });
    const second = await upsertStickyComment(api, pr, 'run 2');
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });

    expect(github.comments.get(pr.number)).toEqual([expect.objectContaining({ body: body(pr, 'run 2'), user: ACTIONS_BOT })]);
    expect(writes(github).map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(github.requests.every((request) => request.authorization === 'Bearer test-token')).toBe(true);
  });

  it('puts a marker naming the repository and PR on the first line', async () => {
    const pr = nextIssue();
    await upsertStickyComment(api, pr, 'report');
    expect(github.comments.get(pr.number)?.[0].body.split('\n')[0]).toBe(`<!-- ftbench:sticky-comment owner/repo#${pr.number} -->`);
  });

  it('leaves a look-alike comment by another author alone and writes its own', async () => {
    const pr = nextIssue();
    const lookAlike = github.addComment(pr.number, 'mallory', body(pr, 'not from the bot'));
    const result = await upsertStickyComment(api, pr, 'real');

    expect(result).toMatchObject({ status: 'created' });
    expect(lookAlike.body).toBe(body(pr, 'not from the bot'));
    expect(github.comments.get(pr.number)?.map((c) => c.user.login)).toEqual(['mallory', ACTIONS_BOT.login]);
  });

  it('never takes a human "ftbench-app" for the app "ftbench-app[bot]", however GraphQL spells the login', async () => {
    const pr = nextIssue();
    github.identity = { login: 'ftbench-app[bot]', id: 9001, type: 'Bot' };
    github.viewerLogin = 'ftbench-app';
    const human = github.addComment(pr.number, { login: 'ftbench-app', id: 77, type: 'User' }, body(pr, 'forged'));
    expect(await upsertStickyComment(api, pr, 'from the app')).toMatchObject({ status: 'created' });
    expect(human.body).toBe(body(pr, 'forged'));
    // and the app's own comment is found on the next run
    expect(await upsertStickyComment(api, pr, 'again')).toMatchObject({ status: 'updated' });
    expect(github.comments.get(pr.number)?.map((c) => c.user.login)).toEqual(['ftbench-app', 'ftbench-app[bot]']);
  });

  it('without a viewer (GITHUB_TOKEN), matches github-actions[bot] as a Bot account only, not a user called github-actions', async () => {
    const pr = nextIssue();
    github.graphqlForbidden = true;
    const user = github.addComment(pr.number, { login: 'github-actions', id: 12, type: 'User' }, body(pr, 'a user'));
    const own = github.addComment(pr.number, ACTIONS_BOT, body(pr, 'old report'));
    expect(await upsertStickyComment(api, pr, 'new report')).toMatchObject({ status: 'updated', id: own.id });
    expect(user.body).toBe(body(pr, 'a user'));
  });

  it('a comment by the same account that quotes the marker below its first line, or names another PR, is not the sticky comment', async () => {
    const pr = nextIssue();
    const quoting = github.addComment(pr.number, ACTIONS_BOT, `Thanks for the PR! You wrote:\n> ${stickyMarker(pr)}\n> ✅ passed`);
    const otherPr = github.addComment(pr.number, ACTIONS_BOT, `${stickyMarker({ ...pr, number: pr.number + 1000 })}\ncopied`);
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'created' });
    expect(quoting.body).toContain('Thanks for the PR!');
    expect(otherPr.body).toContain('copied');
  });

  it("matches the token's identity, not any bot: an app token leaves github-actions' comment alone", async () => {
    const pr = nextIssue();
    github.addComment(pr.number, ACTIONS_BOT, body(pr, 'written with GITHUB_TOKEN'));
    github.identity = { login: 'my-ci-app[bot]', id: 4242, type: 'Bot' };
    expect(await upsertStickyComment(api, pr, 'from the app')).toMatchObject({ status: 'created' });
    expect(github.comments.get(pr.number)?.map((c) => c.user.login)).toEqual([ACTIONS_BOT.login, 'my-ci-app[bot]']);
  });

  it('pages through more than 100 comments to find its own on the second page', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 130; i++) github.addComment(pr.number, `user${i % 7}`, `comment ${i}`);
    const own = github.addComment(pr.number, ACTIONS_BOT, body(pr, 'old report'));
    for (let i = 0; i < 40; i++) github.addComment(pr.number, 'someone', `later ${i}`);

    const result = await upsertStickyComment(api, pr, 'new report');

    expect(result).toMatchObject({ status: 'updated', id: own.id });
    expect(own.body).toBe(body(pr, 'new report'));
    const listed = github.requests.filter((request) => request.method === 'GET').map((request) => request.path);
    expect(listed).toEqual([
      `/repos/owner/repo/issues/${pr.number}/comments?per_page=100`,
      `/repos/owner/repo/issues/${pr.number}/comments?per_page=100&page=2`,
    ]);
  });

  it('reads every page before deciding to create', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 250; i++) github.addComment(pr.number, 'someone', `comment ${i}`);
    expect(await upsertStickyComment(api, pr, 'first')).toMatchObject({ status: 'created' });
    expect(github.requests.filter((request) => request.method === 'GET')).toHaveLength(3);
  });

  it('survives a 403 on creation (a fork PR) and says what to do', async () => {
    const pr = nextIssue();
    github.readOnly = true;
    const result = await upsertStickyComment(api, pr, 'report');
    expect(result.status).toBe('forbidden');
    expect((result as { message: string }).message).toMatch(/owner\/repo#\d+.*403.*Resource not accessible by integration.*two-workflow pattern/s);
    expect(github.comments.get(pr.number)).toBeUndefined();
    expect(sleeps).toEqual([]);
  });

  it("never sends more than GitHub's 65,536 characters, and keeps the start", async () => {
    const pr = nextIssue();
    await upsertStickyComment(api, pr, `### ❌ ftbench: 1 regression\n\n${'| row |\n'.repeat(20_000)}`);
    const [comment] = github.comments.get(pr.number) ?? [];
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body.split('\n').slice(0, 2)).toEqual([stickyMarker(pr), '### ❌ ftbench: 1 regression']);
    expect(comment.body).toMatch(/full report is in this run's job summary/);
  });
});

describe('GitHub API failures', () => {
  const onWrite = (request: { method: string; path: string }) => request.method === 'POST' && request.path.endsWith('/comments');

  it('retries a 502 and writes the comment once', async () => {
    const pr = nextIssue();
    github.faults.push({ kind: 'answer', status: 502, matches: onWrite });
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'created' });
    expect(github.comments.get(pr.number)).toHaveLength(1);
    expect(sleeps).toEqual([5]);
  });

  it('a creation whose answer is lost (502 after the write) is found on the retry and updated, not written twice', async () => {
    const pr = nextIssue();
    github.faults.push({ kind: 'answer', status: 502, handled: true, matches: onWrite });
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'updated' });
    expect(github.comments.get(pr.number)).toHaveLength(1);
    expect(writes(github).map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('waits what a 429 asks with Retry-After', async () => {
    const pr = nextIssue();
    github.faults.push({ kind: 'answer', status: 429, headers: { 'retry-after': '7' }, matches: onWrite });
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'created' });
    expect(sleeps).toEqual([7000]);
  });

  it('takes a 403 secondary rate limit for what it is: waits (Retry-After, else a minute) and retries, no fork-token warning', async () => {
    const pr = nextIssue();
    github.faults.push(
      { kind: 'answer', status: 403, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit.' }, matches: onWrite },
      {
        kind: 'answer',
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        matches: onWrite,
      },
    );
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'created' });
    expect(sleeps).toEqual([3000, 60_000]);
  });

  it('a used-up rate limit that resets in an hour is an error saying so, not "the token may not comment"', async () => {
    const pr = nextIssue();
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    github.faults.push({
      kind: 'answer',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      matches: onWrite,
    });
    const failure = await upsertStickyComment(api, pr, 'report').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).kind).toBe('rate-limited');
    expect((failure as Error).message).toMatch(/403: API rate limit exceeded.*rate limited.*asks to wait 3[56]\d\d(\.\d)? s before retrying/);
    expect((failure as Error).message).not.toMatch(/fork|may not comment/);
    expect(sleeps).toEqual([]);
  });

  it("a GraphQL rate limit (200 with RATE_LIMITED) is waited out, not taken as a GITHUB_TOKEN's identity", async () => {
    const pr = nextIssue();
    github.identity = { login: 'my-ci-app[bot]', id: 4242, type: 'Bot' };
    const own = github.addComment(pr.number, github.identity, body(pr, 'old'));
    github.faults.push({
      kind: 'answer',
      status: 200,
      headers: { 'retry-after': '2' },
      body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }] },
      matches: (request) => request.path === '/graphql',
    });
    expect(await upsertStickyComment(api, pr, 'new')).toMatchObject({ status: 'updated', id: own.id });
    expect(sleeps).toEqual([2000]);
  });

  it('gives up after the configured attempts and says how it failed', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 3; i++) github.faults.push({ kind: 'answer', status: 503, matches: onWrite });
    await expect(upsertStickyComment(api, pr, 'report')).rejects.toThrow(/answered 503.*gave up after 3 attempts/);
    expect(sleeps).toEqual([5, 10]);
    expect(github.comments.get(pr.number)).toBeUndefined();
  });

  it('a server that never answers is cut off by the connect timeout, and the retry gets through', async () => {
    const pr = nextIssue();
    github.faults.push({ kind: 'hang', matches: (request) => request.method === 'GET' });
    expect(await upsertStickyComment(api, pr, 'report')).toMatchObject({ status: 'created' });
    expect(sleeps).toHaveLength(1);
  });

  it('a server that drips its answer byte by byte is cut off by the overall timeout', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 3; i++) github.faults.push({ kind: 'drip', matches: (request) => request.method === 'GET' });
    await expect(upsertStickyComment(api, pr, 'report')).rejects.toThrow(/GET .* failed: no complete answer within 0\.4 s \(gave up after 3 attempts\)/);
  });

  it('a hang on every try ends in an error naming the timeout', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 3; i++) github.faults.push({ kind: 'hang', matches: (request) => request.path.includes('/pulls/') });
    await expect(pullRequestHeadSha(api, pr)).rejects.toThrow(/failed: no answer within 0\.2 s \(gave up after 3 attempts\)/);
  });

  it('reads Retry-After as seconds or a date, and the rate-limit reset when nothing is left', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(requestedWaitMs(new Headers({ 'retry-after': '12' }), now)).toBe(12_000);
    expect(requestedWaitMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(30_000);
    expect(requestedWaitMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }), now)).toBe(90_000);
    expect(requestedWaitMs(new Headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': String(now / 1000 + 90) }), now)).toBeUndefined();
  });
});

describe('nextPageUrl', () => {
  it('takes the rel="next" link wherever it stands in the header', () => {
    expect(nextPageUrl('<https://x/c?page=3>; rel="last", <https://x/c?page=2>; rel="next"')).toBe('https://x/c?page=2');
    expect(nextPageUrl('<https://x/c?page=1>; rel="prev", <https://x/c?page=1>; rel="first"')).toBeNull();
    expect(nextPageUrl(null)).toBeNull();
  });
});
