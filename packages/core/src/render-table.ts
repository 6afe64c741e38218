/** The lm-eval-like results tables that `ftbench eval` prints. */
import { markdownTable } from 'markdown-table';
import type { DegenerateSign, EvalResults, MetricValue, TaskResult } from './schema.js';

/** How a table, a comment or a summary says what each sign of a broken model is. */
export const DEGENERATE_SIGN_TEXT: Record<DegenerateSign, string> = {
  'same-answer': 'the same answer for every document',
  'equal-loglikelihoods': 'the same log-likelihood for every choice',
};

const HEADER = ['Tasks', 'Version', 'n-shot', 'Metric', 'Value', '', 'Stderr', 'n'];

function metricCells(metric: string, value: MetricValue): string[] {
  return [metric, value.value.toFixed(4), '±', value.stderr === null ? 'N/A' : value.stderr.toFixed(4)];
}

/** A task cut short by --limit shows how much of its split was scored. */
function docCount(task: TaskResult): string {
  return task.nOriginal === undefined ? String(task.n) : `${task.n} of ${task.nOriginal}`;
}

/** One row per task and metric; suites add a row per category, indented under the suite. */
export function renderResultsTable(results: EvalResults): string {
  const rows: string[][] = [];
  for (const task of Object.values(results.tasks)) {
    const version = task.kind === 'suite' ? task.version.slice(0, 8) : task.version;
    for (const [metric, value] of Object.entries(task.metrics)) {
      rows.push([task.name, version, String(task.numFewshot), ...metricCells(metric, value as MetricValue), docCount(task)]);
    }
    for (const [category, result] of Object.entries(task.categories ?? {})) {
      for (const [metric, value] of Object.entries(result.metrics)) {
        rows.push([` - ${category}`, '', '', ...metricCells(metric, value as MetricValue), String(result.n)]);
      }
    }
    if (task.unparseable) rows.push([' - unparseable answers', '', '', '', String(task.unparseable), '', '', '']);
    if (task.truncatedRequests) rows.push([' - left-truncated requests', '', '', '', String(task.truncatedRequests), '', '', '']);
    for (const sign of task.degenerate ?? []) rows.push([` - ⚠ degenerate: ${DEGENERATE_SIGN_TEXT[sign]}`, '', '', '', '', '', '', '']);
  }
  const align: ('l' | 'r' | 'c')[] = ['l', 'r', 'r', 'l', 'r', 'c', 'r', 'r'];
  let text = markdownTable([HEADER, ...rows], { align });
  const groups = Object.values(results.groups);
  if (groups.length > 0) {
    const groupRows = groups.flatMap((group) =>
      Object.entries(group.metrics).map(([metric, value]) => [group.name, '', '', ...metricCells(metric, value as MetricValue), String(group.n)]),
    );
    text += `\n\n${markdownTable([['Groups', ...HEADER.slice(1)], ...groupRows], { align })}`;
  }
  const limited = Object.values(results.tasks).filter((task) => task.nOriginal !== undefined);
  if (limited.length > 0) {
    // lm-eval: "--limit SHOULD ONLY BE USED FOR TESTING. REAL METRICS SHOULD NOT BE COMPUTED USING LIMIT."
    const tasks = Object.keys(results.tasks).length;
    text +=
      `\n\nLimited run (--limit ${results.config.limit}): ${limited.length} of ${tasks} task${tasks === 1 ? '' : 's'} scored on their first ` +
      `${results.config.limit} documents only (n: scored of available). Use --limit for testing only: these scores are not comparable with full runs.`;
  }
  return text;
}
