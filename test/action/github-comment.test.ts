/** The sticky comment against a local stand-in for the GitHub REST and GraphQL API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nextPageUrl, upsertStickyComment, type GitHubApi } from '../../packages/reporter/src/github-comment.js';
import { startFakeGitHub, writes, type FakeGitHub } from './helpers/fake-github.js';

const MARKER = '<!-- test-sticky -->';
const BOT = 'github-actions[bot]';

let github: FakeGitHub;
let api: GitHubApi;
let issue = 0;
/** Each test gets its own PR number, so comments never leak between tests. */
const nextIssue = () => ({ owner: 'owner', repo: 'repo', number: ++issue });

beforeAll(async () => {
  github = await startFakeGitHub();
  api = { apiUrl: github.url, token: 'test-token' };
});
afterAll(() => github.close());
beforeEach(() => {
  github.requests.length = 0;
  github.viewerLogin = BOT;
  github.readOnly = false;
});

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and updates that same comment on the second', async () => {
    const pr = nextIssue();
    const first = await upsertStickyComment(api, pr, MARKER, `${MARKER}\nrun 1`);
    expect(first).toMatchObject({ status: 'created' });
    const second = await upsertStickyComment(api, pr, MARKER, `${MARKER}\nrun 2`);
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });

    expect(github.comments.get(pr.number)).toEqual([expect.objectContaining({ body: `${MARKER}\nrun 2`, user: { login: BOT } })]);
    expect(writes(github).map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(github.requests.every((request) => request.authorization === 'Bearer test-token')).toBe(true);
  });

  it("leaves a look-alike comment by another author alone and writes its own", async () => {
    const pr = nextIssue();
    const lookAlike = github.addComment(pr.number, 'mallory', `${MARKER}\nnot from the bot`);
    const result = await upsertStickyComment(api, pr, MARKER, `${MARKER}\nreal`);

    expect(result).toMatchObject({ status: 'created' });
    expect(lookAlike.body).toBe(`${MARKER}\nnot from the bot`);
    expect(github.comments.get(pr.number)?.map((c) => c.user.login)).toEqual(['mallory', BOT]);
  });

  it("matches the token's identity, not any bot: an app token leaves github-actions' comment alone", async () => {
    const pr = nextIssue();
    github.addComment(pr.number, BOT, `${MARKER}\nwritten with GITHUB_TOKEN`);
    github.viewerLogin = 'my-ci-app[bot]';
    expect(await upsertStickyComment(api, pr, MARKER, `${MARKER}\nfrom the app`)).toMatchObject({ status: 'created' });
    expect(github.comments.get(pr.number)?.map((c) => c.user.login)).toEqual([BOT, 'my-ci-app[bot]']);
  });

  it('pages through more than 100 comments to find its own on the second page', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 130; i++) github.addComment(pr.number, `user${i % 7}`, `comment ${i}`);
    const own = github.addComment(pr.number, BOT, `${MARKER}\nold report`);
    for (let i = 0; i < 40; i++) github.addComment(pr.number, 'someone', `later ${i}`);

    const result = await upsertStickyComment(api, pr, MARKER, `${MARKER}\nnew report`);

    expect(result).toMatchObject({ status: 'updated', id: own.id });
    expect(own.body).toBe(`${MARKER}\nnew report`);
    const listed = github.requests.filter((request) => request.method === 'GET').map((request) => request.path);
    expect(listed).toEqual([`/repos/owner/repo/issues/${pr.number}/comments?per_page=100`, `/repos/owner/repo/issues/${pr.number}/comments?per_page=100&page=2`]);
  });

  it('reads every page before deciding to create', async () => {
    const pr = nextIssue();
    for (let i = 0; i < 250; i++) github.addComment(pr.number, 'someone', `comment ${i}`);
    expect(await upsertStickyComment(api, pr, MARKER, `${MARKER}\nfirst`)).toMatchObject({ status: 'created' });
    expect(github.requests.filter((request) => request.method === 'GET')).toHaveLength(3);
  });

  it('survives a 403 on creation (a fork PR) and says what to do', async () => {
    const pr = nextIssue();
    github.readOnly = true;
    const result = await upsertStickyComment(api, pr, MARKER, `${MARKER}\nreport`);
    expect(result.status).toBe('forbidden');
    expect((result as { message: string }).message).toMatch(/owner\/repo#\d+.*403.*Resource not accessible by integration.*two-workflow pattern/s);
    expect(github.comments.get(pr.number)).toBeUndefined();
  });

  it('refuses a body without the marker, which the next run could not find', async () => {
    await expect(upsertStickyComment(api, nextIssue(), MARKER, 'no marker')).rejects.toThrow(/sticky marker/);
    expect(github.requests).toEqual([]);
  });
});

describe('nextPageUrl', () => {
  it('takes the rel="next" link wherever it stands in the header', () => {
    expect(nextPageUrl('<https://x/c?page=3>; rel="last", <https://x/c?page=2>; rel="next"')).toBe('https://x/c?page=2');
    expect(nextPageUrl('<https://x/c?page=1>; rel="prev", <https://x/c?page=1>; rel="first"')).toBeNull();
    expect(nextPageUrl(null)).toBeNull();
  });
});
