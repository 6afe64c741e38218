/**
 * The fork-safe commenter: renders the comment from an untrusted comment source, checks it
 * against the workflow_run event and the PR, and posts it, against a local GitHub API.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { binaryOutcomes, makeRun } from '../../core/test/compare/fixtures.js';
import { CommentSourceError, postForkComment, readCommentSource, writeCommentSource, type WorkflowRun } from '../src/fork-comment.js';
import type { ReportInput } from '../src/report.js';
import { stickyMarker, type GitHubApi } from '../src/github-api.js';
import { HOSTILE_TEXT } from '../../reporter/test/hostile.js';
import { decodeCell, inertnessProblems } from '../../reporter/test/markdown.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleAction } from '../bundle.mjs';

const HEAD = 'c0ffee0000000000000000000000000000000001';
const repo = { owner: 'owner', repo: 'repo' };
const outcomes = binaryOutcomes({ b: 40, c: 2, bothRight: 100, bothWrong: 58 });
const hostile = HOSTILE_TEXT[0]; // a Markdown link
const report: ReportInput = {
  baseline: makeRun({ mmlu: { values: { acc: outcomes.baseline } }, [hostile]: { values: { acc: [1, 0] } } }),
  candidate: makeRun({ mmlu: { values: { acc: outcomes.candidate } }, [hostile]: { values: { acc: [1, 0] } } }),
  baselineCacheHit: true,
  gates: [
    { target: 'mmlu', metric: 'acc', maxDrop: 3 },
    { target: hostile, metric: 'acc', maxDrop: 3 },
  ],
  withoutBaseline: [],
  why: '',
};

let github: FakeGitHub;
let api: GitHubApi;
let dir: string;
let number = 100;
let pr: number;
let run: WorkflowRun;

const source = (overrides: Record<string, unknown> = {}) => {
  const file = path.join(dir, `source-${pr}-${Math.random()}.json`);
  writeCommentSource(file, { pullRequest: pr, headSha: HEAD, report });
  if (Object.keys(overrides).length > 0) {
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...overrides }));
  }
  return file;
};

beforeAll(async () => {
  github = await startFakeGitHub();
  dir = mkdtempSync(path.join(tmpdir(), 'ftbench-fork-comment-'));
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  pr = ++number;
  github.heads.set(pr, HEAD);
  api = { apiUrl: github.url, token: 'write-token', policy: { sleep: async () => {} } };
  run = { id: 4242, head_sha: HEAD, html_url: 'https://github.test/owner/repo/actions/runs/4242', conclusion: 'failure', pull_requests: [] };
});

describe('postForkComment', () => {
  it("renders the comment from the results, never from the artifact's Markdown, and says where they come from", async () => {
    // A forged artifact: Markdown claiming a pass, pinging a team, with a tracking image.
    const file = source({ comment: '### ✅ ftbench passed @org/team ![x](https://evil.example/p.png)' });
    await postForkComment({ sourceFile: file, api, repo, run });

    const [comment] = github.comments.get(pr) ?? [];
    const lines = comment.body.split('\n');
    expect(lines[0]).toBe(stickyMarker({ ...repo, number: pr }));
    expect(lines[1]).toBe('### ❌ ftbench: 1 regression');
    expect(comment.body).toContain(
      '> Rendered by the ftbench commenter from the results of [run 4242](https://github.test/owner/repo/actions/runs/4242) on c0ffee0 (conclusion: failure).',
    );
    expect(comment.body).not.toContain('evil.example/p.png');
    expect(comment.body).not.toContain('@org/team');
    expect(decodeCell(comment.body).replace(/\u200b/g, '')).toContain(hostile);
    const withoutProvenance = comment.body
      .split('\n')
      .filter((line) => !line.startsWith('> Rendered by'))
      .slice(1)
      .join('\n');
    expect(inertnessProblems(withoutProvenance)).toEqual([]);
  });

  it('warns in the comment when the run did not succeed but its results pass', async () => {
    const passing = { ...report, gates: [{ target: 'mmlu', metric: 'acc' as const, maxDrop: 50 }] };
    const file = path.join(dir, `passing-${pr}.json`);
    writeCommentSource(file, { pullRequest: pr, headSha: HEAD, report: passing });
    await postForkComment({ sourceFile: file, api, repo, run: { ...run, conclusion: 'failure' } });
    const [comment] = github.comments.get(pr) ?? [];
    expect(comment.body).toContain('### ✅ ftbench passed');
    expect(comment.body).toContain('⚠️ **That run did not succeed, yet these results pass every gate: do not rely on them.**');
  });

  it("refuses a source written for another commit than the triggering run's", async () => {
    await expect(postForkComment({ sourceFile: source(), api, repo, run: { ...run, head_sha: 'deadbeef' } })).rejects.toThrow(
      `the comment source was written for commit ${HEAD}, but the run that triggered this is for deadbeef: refusing to comment`,
    );
    expect(github.comments.get(pr)).toBeUndefined();
  });

  it("refuses to comment on a PR whose head is not the run's commit (a PR number pointed elsewhere)", async () => {
    github.heads.set(pr, 'feedface');
    await expect(postForkComment({ sourceFile: source(), api, repo, run })).rejects.toThrow(`PR #${pr} is at feedface, not at ${HEAD}`);
    expect(github.comments.get(pr)).toBeUndefined();
  });

  it("refuses a PR number the run's event does not list, when it lists any", async () => {
    await expect(postForkComment({ sourceFile: source(), api, repo, run: { ...run, pull_requests: [{ number: 1 }] } })).rejects.toThrow(
      /not among the run's pull requests/,
    );
  });
});

describe('readCommentSource', () => {
  it('refuses a file over the size limit before reading it', () => {
    const file = source();
    expect(() => readCommentSource(file, 1024)).toThrow(/MiB, more than the 0 MiB a comment source may have/);
  });

  it.each([
    ['not JSON', 'not json {', /is not JSON/],
    ['another format', JSON.stringify({ format: 'markdown', body: '✅' }), /is not a ftbench-comment-source file/],
  ])('refuses %s', (_, text, message) => {
    const file = path.join(dir, `bad-${Math.random()}.json`);
    writeFileSync(file, text);
    expect(() => readCommentSource(file)).toThrow(CommentSourceError);
    expect(() => readCommentSource(file)).toThrow(message);
  });

  const broken: [string, (input: ReportInput) => unknown, RegExp][] = [
    [
      'results of another schema version',
      (input) => ({ ...input, candidate: { ...input.candidate, schemaVersion: 2 } }),
      /report\.candidate does not hold ftbench results of schema version 1: schemaVersion: this ftbench reads version 1, got 2/,
    ],
    [
      'a metric value that is not a number',
      (input) => ({
        ...input,
        baseline: { ...input.baseline, tasks: { mmlu: { ...input.baseline?.tasks.mmlu, metrics: { acc: { value: '1', stderr: null } } } } },
      }),
      /report\.baseline does not hold ftbench results .*tasks\.mmlu\.metrics\.acc\.value: must be a number, got "1"/,
    ],
    [
      'a sample without metrics',
      (input) => ({ ...input, candidate: { ...input.candidate, samples: { mmlu: [{ docId: 1 }] } } }),
      /report\.candidate does not hold ftbench results .*samples\.mmlu\[0\]: missing required keys .*"metrics"/,
    ],
    ['a gate with no limit', (input) => ({ ...input, gates: [{ target: 'mmlu', metric: 'acc' }] }), /report\.gates\[0\]: Gate "mmlu acc": sets no limit/],
    [
      'a gate with a string limit',
      (input) => ({ ...input, gates: [{ target: 'mmlu', metric: 'acc', maxDrop: '3' }] }),
      /report\.gates\[0\]\.maxDrop is not a number/,
    ],
  ];
  it.each(broken)('refuses %s, naming where', (_, breakIt, message) => {
    const file = path.join(dir, `broken-${Math.random()}.json`);
    writeFileSync(file, JSON.stringify({ format: 'ftbench-comment-source', version: 1, pullRequest: 3, headSha: HEAD, report: breakIt(report) }));
    expect(() => readCommentSource(file)).toThrow(message);
  });

  it('reads back what the action wrote', () => {
    const read = readCommentSource(source());
    expect(read.pullRequest).toBe(pr);
    expect(read.report.gates).toEqual(report.gates);
  });
});

describe('comment.mjs, the bundled commenter', () => {
  /** Runs the commenter bundle as a runner does: a workflow_run event file, inputs in the environment, no onnxruntime-node anywhere. */
  async function runCommenter(bundleDir: string, sourceFile: string, workflowRun: WorkflowRun) {
    const eventFile = path.join(dir, `event-${pr}.json`);
    const outputFile = path.join(dir, `output-${pr}.txt`);
    writeFileSync(eventFile, JSON.stringify({ workflow_run: workflowRun }));
    writeFileSync(outputFile, '');
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_OUTPUT: outputFile,
      GITHUB_API_URL: github.url,
      'INPUT_COMMENT-SOURCE': sourceFile,
      'INPUT_GITHUB-TOKEN': 'write-token',
    };
    const result = await promisify(execFile)(process.execPath, [path.join(bundleDir, 'comment.mjs')], { env, cwd: dir }).then(
      ({ stdout }) => ({ code: 0, log: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, log: error.stdout + error.stderr }),
    );
    return { ...result, output: readFileSync(outputFile, 'utf8') };
  }

  it('loads without onnxruntime-node, posts the rendered comment, and refuses another commit', async () => {
    const bundleDir = mkdtempSync(path.join(tmpdir(), 'ftbench-comment-bundle-'));
    try {
      await bundleAction(bundleDir);
      const file = source();
      const refused = await runCommenter(bundleDir, file, { ...run, head_sha: 'deadbeef' });
      expect(refused.code, refused.log).toBe(1);
      expect(refused.log).toMatch(/::error::the comment source was written for commit c0ffee0+1, but the run that triggered this is for deadbeef/);
      expect(github.comments.get(pr)).toBeUndefined();

      const posted = await runCommenter(bundleDir, file, run);
      expect(posted.code, posted.log).toBe(0);
      const [comment] = github.comments.get(pr) ?? [];
      expect(comment.body.split('\n').slice(0, 2)).toEqual([stickyMarker({ ...repo, number: pr }), '### ❌ ftbench: 1 regression']);
      expect(posted.output).toContain(comment.html_url);
    } finally {
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });
});
