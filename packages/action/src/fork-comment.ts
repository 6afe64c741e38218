/**
 * The fork-safe pattern's two halves. The pull_request run (read-only token) writes a comment
 * source: the PR number, the head commit it evaluated and the ReportInput (results and gates, no
 * Markdown). The workflow_run commenter (write token) reads that file from the artifact, which a
 * fork can forge entirely, so it trusts none of it:
 * - the file is size-limited and validated (results against the results schema, gates as the
 *   config's are);
 * - the comment is rendered here, by the same buildReports as the action's own, so every name in
 *   it is escaped and no Markdown of the artifact is ever posted;
 * - the head commit in the file must be the commit of the run that triggered the commenter (from
 *   the workflow_run event, which GitHub writes) and the PR's current head (from the API);
 * - the comment says which run it comes from, and warns when that run failed but its results pass.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseResults, validateGate, type GateConfig } from '@ftbench/core';
import { escapeMarkdown } from '@ftbench/reporter';
import { pullRequestHeadSha, upsertStickyComment, type GitHubApi } from './github-api.js';
import { buildReports, fullReportAt, isPlainUrl, type ReportInput } from './report.js';
import { MERGE_FIRST, shardProblem } from './whole-results.js';

export const COMMENT_SOURCE_FORMAT = 'ftbench-comment-source';
export const COMMENT_SOURCE_VERSION = 1;

/** Largest comment source read: two results files with per-sample records fit many times over. */
export const MAX_COMMENT_SOURCE_BYTES = 64 * 1024 * 1024;

export interface CommentSource {
  format: typeof COMMENT_SOURCE_FORMAT;
  version: typeof COMMENT_SOURCE_VERSION;
  pullRequest: number;
  /** The PR head commit the evaluation ran on. */
  headSha: string;
  report: ReportInput;
}

export function writeCommentSource(file: string, source: Omit<CommentSource, 'format' | 'version'>): void {
  writeFileSync(file, `${JSON.stringify({ format: COMMENT_SOURCE_FORMAT, version: COMMENT_SOURCE_VERSION, ...source })}\n`);
}

/** A comment source the commenter will not use: says what is wrong with it. */
export class CommentSourceError extends Error {
  constructor(file: string, problem: string) {
    super(`comment source ${file}: ${problem}`);
    this.name = 'CommentSourceError';
  }
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Core's one results reader, as a problem line instead of a throw; a shard's results are a problem too. */
function resultsProblem(value: unknown, where: string): string | null {
  try {
    const problem = shardProblem(parseResults(value, where), where);
    return problem && `${problem}. ${MERGE_FIRST}`;
  } catch (error) {
    return (error as Error).message;
  }
}

function gateProblem(value: unknown, index: number): string | null {
  if (!isRecord(value) || typeof value.target !== 'string' || typeof value.metric !== 'string') return `report.gates[${index}] has no target and metric`;
  for (const field of ['maxDrop', 'maxDropRelative', 'min', 'targetValue', 'alpha'] as const) {
    if (value[field] !== undefined && !isNumber(value[field])) return `report.gates[${index}].${field} is not a number`;
  }
  if (value.requireSignificant !== undefined && typeof value.requireSignificant !== 'boolean')
    return `report.gates[${index}].requireSignificant is not true/false`;
  try {
    validateGate(value as unknown as GateConfig);
  } catch (error) {
    return `report.gates[${index}]: ${(error as Error).message}`;
  }
  return null;
}

/** Reads and validates a comment source; throws CommentSourceError naming the first problem. */
export function readCommentSource(file: string, maxBytes = MAX_COMMENT_SOURCE_BYTES): CommentSource {
  const fail = (problem: string): never => {
    throw new CommentSourceError(file, problem);
  };
  let size = 0;
  try {
    size = statSync(file).size;
  } catch (error) {
    fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size > maxBytes) fail(`is ${(size / 2 ** 20).toFixed(1)} MiB, more than the ${(maxBytes / 2 ** 20).toFixed(0)} MiB a comment source may have`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`is not JSON (${(error as Error).message})`);
  }
  if (!isRecord(value) || value.format !== COMMENT_SOURCE_FORMAT) fail(`is not a ${COMMENT_SOURCE_FORMAT} file (the ftbench action's comment-source output)`);
  const source = value as Json;
  if (source.version !== COMMENT_SOURCE_VERSION) fail(`has version ${JSON.stringify(source.version)}; this commenter reads version ${COMMENT_SOURCE_VERSION}`);
  if (!Number.isInteger(source.pullRequest) || (source.pullRequest as number) < 1) fail('pullRequest is not a pull request number');
  if (typeof source.headSha !== 'string' || !/^[0-9a-f]{1,64}$/.test(source.headSha)) fail('headSha is not a commit sha');
  const report = source.report;
  if (!isRecord(report)) return fail('has no report');
  const candidateProblem = resultsProblem(report.candidate, 'report.candidate');
  if (candidateProblem) fail(candidateProblem);
  if (report.baseline !== null) {
    const baselineProblem = resultsProblem(report.baseline, 'report.baseline');
    if (baselineProblem) fail(baselineProblem);
  }
  if (!Array.isArray(report.withoutBaseline) || !report.withoutBaseline.every((name) => typeof name === 'string')) {
    fail('report.withoutBaseline is not a list of task names');
  }
  if (typeof report.baselineCacheHit !== 'boolean') fail('report.baselineCacheHit is not true/false');
  if (typeof report.why !== 'string') fail('report.why is not a string');
  if (!Array.isArray(report.gates)) fail('report.gates is not a list');
  (report.gates as unknown[]).forEach((gate, index) => {
    const problem = gateProblem(gate, index);
    if (problem) fail(problem);
  });
  return source as unknown as CommentSource;
}

/** The fields of a workflow_run event the commenter trusts: GitHub writes them. */
export interface WorkflowRun {
  id: number;
  head_sha: string;
  html_url: string;
  conclusion: string | null;
  pull_requests?: { number: number }[];
}

export function workflowRunOf(payload: Record<string, unknown>): WorkflowRun {
  const run = payload.workflow_run as Partial<WorkflowRun> | undefined;
  if (!run || typeof run.head_sha !== 'string' || !Number.isInteger(run.id)) {
    throw new Error('the ftbench commenter runs on workflow_run events (on: workflow_run), and this event has no workflow_run');
  }
  return {
    id: run.id as number,
    head_sha: run.head_sha,
    html_url: String(run.html_url ?? ''),
    conclusion: run.conclusion ?? null,
    pull_requests: run.pull_requests,
  };
}

/** Trusted Markdown under the headline: which run the results come from, and a warning when that run failed but its results pass. */
function provenance(run: WorkflowRun, headSha: string, passed: boolean): string {
  const conclusion = escapeMarkdown(run.conclusion ?? 'unknown');
  const link = isPlainUrl(run.html_url) ? `[run ${run.id}](${run.html_url})` : `run ${run.id}`;
  const from = `> Rendered by the ftbench commenter from the results of ${link} on ${headSha.slice(0, 7)} (conclusion: ${conclusion}).`;
  if (passed && run.conclusion !== 'success') {
    return `${from}\n>\n> ⚠️ **That run did not succeed, yet these results pass every gate: do not rely on them.**`;
  }
  return from;
}

export interface ForkCommentRequest {
  sourceFile: string;
  api: GitHubApi;
  repo: { owner: string; repo: string };
  run: WorkflowRun;
}

/** Validates the comment source against the run and the PR, renders the comment and posts it. Returns its URL. */
export async function postForkComment({ sourceFile, api, repo, run }: ForkCommentRequest): Promise<string> {
  const source = readCommentSource(sourceFile);
  const number = source.pullRequest;
  if (source.headSha !== run.head_sha) {
    throw new Error(`the comment source was written for commit ${source.headSha}, but the run that triggered this is for ${run.head_sha}: refusing to comment`);
  }
  if (run.pull_requests && run.pull_requests.length > 0 && !run.pull_requests.some((pr) => pr.number === number)) {
    throw new Error(`the comment source names PR #${number}, which is not among the run's pull requests: refusing to comment`);
  }
  const pr = { ...repo, number };
  const actual = await pullRequestHeadSha(api, pr);
  if (actual !== run.head_sha)
    throw new Error(`PR #${number} is at ${actual}, not at ${run.head_sha} (the commit the evaluation ran on): refusing to comment on it`);
  const reports = buildReports(source.report, { fullReport: fullReportAt(run.html_url), notice: (passed) => provenance(run, run.head_sha, passed) });
  const result = await upsertStickyComment(api, pr, reports.comment);
  if (result.status === 'forbidden') throw new Error(result.message);
  return result.url;
}
