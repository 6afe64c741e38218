/**
 * What a run leaves behind: the step outputs, the job summary, the sticky PR comment and the
 * check's verdict. The comment is best effort (a fork PR's token cannot write it); the summary,
 * the outputs and the verdict never depend on it. The reports are built from a ReportInput only,
 * here, so the fork-safe commenter (fork-comment.ts) renders the very same comment from the same
 * data, and never has to trust Markdown from the evaluating run.
 */
import {
  checkTradeoffPoint,
  compareResults,
  recordIteration,
  type Comparison,
  type EvalResults,
  type GateConfig,
  type PrHistory,
  type StopSettings,
} from '@ftbench/core';
import {
  regressionMessage,
  renderComment,
  renderJobSummary,
  renderScoresComment,
  renderHistory,
  renderScoresSummary,
  runFactsFrom,
  type RenderOptions,
  type RunContext,
} from '@ftbench/reporter';
import * as core from '@actions/core';
import { upsertStickyComment, type GitHubApi, type IssueRef } from './github-api.js';
import { assertWholeResults } from './whole-results.js';

/** One failing gate, as the `regressions` output lists it. */
export interface RegressionOutput {
  target: string;
  metric: string;
  verdict: string;
  limits: string;
  baseline: number | null;
  candidate: number | null;
  reason: string;
}

function regressionsOf(comparison: Comparison): RegressionOutput[] {
  return comparison.gates
    .filter((gate) => gate.failed)
    .map((gate) => ({
      target: gate.gate.target,
      metric: gate.gate.metric,
      verdict: gate.verdict,
      limits: gate.limits,
      baseline: gate.row?.baseline ?? null,
      candidate: gate.row?.candidate ?? gate.value,
      reason: gate.reason,
    }));
}

/** Everything the reports are made from: results and gates, no Markdown. */
export interface ReportInput {
  candidate: EvalResults;
  /** null when there is nothing to compare with; `why` says why. */
  baseline: EvalResults | null;
  /** The baseline's results came from the cache. */
  baselineCacheHit: boolean;
  gates: GateConfig[];
  /** Tasks and groups the baseline has no results for (base-branch mode): their drop limits are unchecked. */
  withoutBaseline: string[];
  why: string;
  /** A PR run: the iterations before this push (restored and validated), and this push. */
  history?: HistoryInput;
}

export interface HistoryInput {
  before: PrHistory;
  /** This push's head commit and when its check ran (ISO 8601). */
  sha: string;
  time: string;
  stop: StopSettings;
  /** Trusted: where commits are shown, `<server>/<repo>/commit/`; checked to be a plain URL. */
  commitBaseUrl?: string;
}

export interface Reports {
  passed: boolean;
  regressions: RegressionOutput[];
  /** The sticky comment's body, without the marker line (the comment writer adds it). */
  comment: string;
  summary: string;
  /** What the failing check prints, one line per failing gate. */
  failure: string;
  /** With a history input and a baseline: the history with this push recorded, for the caller to store. */
  history?: PrHistory;
}

/** A URL that can go into a Markdown link as is: http(s), host and path, nothing that could end the link. */
export function isPlainUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[\w.:-]+\/[\w./%-]*$/.test(url);
}

/** Where the comment points when it had to leave rows out: the job summary of `runUrl`, as a link when it is a plain URL. */
export function fullReportAt(runUrl: string | null): string | undefined {
  return isPlainUrl(runUrl) ? `the [job summary of this run](${runUrl})` : undefined;
}

/** The URL of this workflow run, from the runner's environment. */
export function runUrlFromEnv(env: NodeJS.ProcessEnv): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

export interface ReportOptions extends Pick<RenderOptions, 'fullReport'> {
  /** Trusted Markdown under the headline, given the verdict. */
  notice?: (passed: boolean) => string;
  /** The run's commit, workflow run and runtime, for the run facts; URLs that are not plain are left out. */
  context?: RunContext;
}

/** The context with only plain URLs kept. */
function plainContext(context: RunContext | undefined): RunContext | undefined {
  if (context === undefined) return undefined;
  return {
    ...(context.commit && isPlainUrl(context.commit.url) && /^[0-9a-f]{40}$/.test(context.commit.sha) ? { commit: context.commit } : {}),
    ...(isPlainUrl(context.runUrl) ? { runUrl: context.runUrl } : {}),
    ...(context.onnxruntimeVersion ? { onnxruntimeVersion: context.onnxruntimeVersion } : {}),
  };
}

export function buildReports(input: ReportInput, options: ReportOptions = {}): Reports {
  assertWholeResults(input.candidate, 'the candidate');
  if (input.baseline !== null) assertWholeResults(input.baseline, 'the baseline');
  // Floors and goals need no baseline: they are judged with or without one.
  const comparison = compareResults(input.baseline, input.candidate, input.gates, { withoutBaseline: input.withoutBaseline });
  const notice = options.notice?.(comparison.passed);
  const context = plainContext(options.context);
  const render = {
    comment: { ...(options.fullReport ? { fullReport: options.fullReport } : {}), ...(notice ? { notice } : {}), ...(context ? { context } : {}) },
    summary: { ...(notice ? { notice } : {}), ...(context ? { context } : {}) },
  };
  if (input.baseline === null) {
    return {
      passed: comparison.passed,
      regressions: regressionsOf(comparison),
      comment: renderScoresComment(input.candidate, input.why, { ...render.comment, gates: comparison.gates }),
      summary: renderScoresSummary(input.candidate, input.why, { ...render.summary, gates: comparison.gates }),
      failure: regressionMessage(comparison),
    };
  }
  const facts = runFactsFrom(input.baseline, input.candidate, input.baselineCacheHit);
  const history = input.history && withThisPush(input.history, input.baseline, comparison, input.gates);
  const historySection =
    history && input.history ? [renderHistory(history, { settings: input.history.stop, commitBaseUrl: plainCommitBase(input.history.commitBaseUrl) })] : [];
  return {
    passed: comparison.passed,
    regressions: regressionsOf(comparison),
    comment: renderComment(comparison, facts, { ...render.comment, extraSections: historySection }),
    summary: renderJobSummary(comparison, facts, { ...render.summary, extraSections: historySection }),
    failure: regressionMessage(comparison),
    ...(history ? { history } : {}),
  };
}

function withThisPush(input: HistoryInput, baseline: EvalResults, comparison: Comparison, gates: readonly GateConfig[]): PrHistory {
  const point = checkTradeoffPoint(input.sha.slice(0, 7), baseline, comparison, gates);
  return recordIteration(input.before, { sha: input.sha, time: input.time, passed: comparison.passed, point });
}

function plainCommitBase(url: string | undefined): string | undefined {
  return url !== undefined && isPlainUrl(url) && url.endsWith('/commit/') ? url : undefined;
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Outside Actions (a local run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Posts or updates the sticky comment; a failure is a warning, never the check's verdict. Returns the comment's URL. */
export async function postComment(api: GitHubApi, issue: IssueRef, body: string): Promise<string | null> {
  try {
    const result = await upsertStickyComment(api, issue, body);
    if (result.status === 'forbidden') {
      core.warning(result.message);
      return null;
    }
    core.info(`${result.status === 'created' ? 'Created' : 'Updated'} the PR comment ${result.url}`);
    return result.url;
  } catch (error) {
    core.warning(`Could not write the PR comment: ${(error as Error).message}`);
    return null;
  }
}
