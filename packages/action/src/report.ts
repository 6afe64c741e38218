/**
 * What a run leaves behind: the step outputs, the job summary, the sticky PR comment and the
 * check's verdict. The comment is best effort (a fork PR's token cannot write it); the summary,
 * the outputs and the verdict never depend on it.
 */
import { renderResultsTable, type Comparison, type EvalResults, type GateResult } from '@ftbench/core';
import { STICKY_COMMENT_MARKER, escapeMarkdown, upsertStickyComment, type GitHubApi, type IssueRef } from '@ftbench/reporter';
import * as core from '@actions/core';

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

export function regressionsOf(comparison: Comparison): RegressionOutput[] {
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

/** The report when there is nothing to compare with: the candidate's scores, why, and the gates judged without a baseline (floors). */
export function renderWithoutBaseline(candidate: EvalResults, why: string, gates: readonly GateResult[] = []): string {
  const mark = (gate: GateResult) => (gate.failed ? '❌' : gate.verdict === 'pass' ? '✅' : '⚠️');
  const verdicts = gates.length === 0 ? '' : `${gates.map((gate) => `- ${mark(gate)} ${escapeMarkdown(gate.reason)}`).join('\n')}\n\n`;
  return `${STICKY_COMMENT_MARKER}\n## ftbench\n\n${why}\n\n${verdicts}${renderResultsTable(candidate)}\n`;
}

export async function writeJobSummary(markdown: string): Promise<void> {
  // Outside Actions (a local run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Posts or updates the sticky comment; a failure is a warning, never the check's verdict. Returns the comment's URL. */
export async function postComment(api: GitHubApi, issue: IssueRef, body: string): Promise<string | null> {
  try {
    const result = await upsertStickyComment(api, issue, STICKY_COMMENT_MARKER, body);
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
