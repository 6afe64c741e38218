/**
 * The PR's iterations in its sticky comment: one row per push, newest first (commit, time, the
 * target tasks' headline value and gain, each general benchmark's Δ, the verdict), the trajectory
 * as a chart, and the stop advice from the latest push against the one before it.
 */
import { METRIC_POINTS_SCALE, stopAdvice, type MetricName, type PrHistory, type StopSettings } from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { mermaidTrajectoryChart } from './chart.js';
import { adviceLines } from './compare.js';
import { escapeMarkdown } from './escape.js';
import { formatScore, formatSignedPoints } from './format.js';

/** Rows shown; older pushes stay stored but are counted, not shown. */
export const SHOWN_ITERATIONS = 20;

/** General benchmarks given a column; the rest are in the table of the push itself. */
const GENERAL_COLUMNS = 6;

export interface HistoryRenderOptions {
  settings: StopSettings;
  /** Trusted: the repository's commit URL prefix (`https://github.com/o/r/commit/`), when it is a plain URL. */
  commitBaseUrl?: string;
}

const shortSha = (sha: string) => sha.slice(0, 7);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "01 Dec 19:00" (UTC), with no-break spaces: one line in a narrow column. The history is validated, so the ISO text has its shape. */
function timeText(iso: string): string {
  return [iso.slice(8, 10), MONTHS[Number(iso.slice(5, 7)) - 1], iso.slice(11, 16)].join('\u00a0');
}

export function renderHistory(history: PrHistory, { settings, commitBaseUrl }: HistoryRenderOptions): string {
  const iterations = history.iterations;
  if (iterations.length === 0) return '';
  const newest = iterations[iterations.length - 1];
  const shown = iterations.slice(-SHOWN_ITERATIONS).reverse();
  const taskTargets = newest.point.tasks.map((task) => task.target);
  const generalTargets = newest.point.general.slice(0, GENERAL_COLUMNS).map((benchmark) => benchmark.target);
  // A sha is 40 hex digits (the history is validated), so it needs no escaping, as link text or in the URL.
  const commit = (sha: string) => (commitBaseUrl ? `[${shortSha(sha)}](${commitBaseUrl}${sha})` : shortSha(sha));
  const rows = shown.map((iteration) => {
    const task = (target: string) => {
      const change = iteration.point.tasks.find((candidate) => candidate.target === target);
      if (change === undefined || change.value === null) return '—';
      const scale = METRIC_POINTS_SCALE[change.metric as MetricName] ?? 100;
      return `${formatScore(change.value, scale)}${change.points === null ? '' : ` (${formatSignedPoints(change.points, scale)})`}`;
    };
    const general = (target: string) => {
      const change = iteration.point.general.find((candidate) => candidate.target === target);
      return change?.points == null ? '—' : formatSignedPoints(change.points, METRIC_POINTS_SCALE[change.metric as MetricName] ?? 100);
    };
    return [commit(iteration.sha), timeText(iteration.time), ...taskTargets.map(task), ...generalTargets.map(general), iteration.passed ? '✅' : '❌'];
  });
  const header = [
    'Push',
    'UTC',
    ...taskTargets.map((target) => `${escapeMarkdown(target, 40)} (task)`),
    ...generalTargets.map((target) => `${escapeMarkdown(target, 40)} Δ`),
    'Check',
  ];
  const table = markdownTable([header, ...rows], {
    alignDelimiters: false,
    align: ['l', 'l', ...taskTargets.map(() => 'r' as const), ...generalTargets.map(() => 'r' as const), 'c'],
  });
  const older = iterations.length - shown.length;
  const previous = iterations.length > 1 ? iterations[iterations.length - 2] : null;
  const named = (iteration: (typeof iterations)[number]) => ({ ...iteration.point, name: shortSha(iteration.sha) });
  const advice = stopAdvice(named(newest), previous === null ? null : named(previous), settings);
  const chart = iterations.length > 1 ? mermaidTrajectoryChart(iterations.slice(-SHOWN_ITERATIONS).map(named)) : '';
  return [
    `#### Iterations on this PR (${iterations.length} ${iterations.length === 1 ? 'push' : 'pushes'}, newest first)`,
    table,
    older > 0 ? `_${older} older ${older === 1 ? 'push is' : 'pushes are'} stored but not shown._` : '',
    chart,
    `#### Stop advice`,
    adviceLines(advice, escapeMarkdown),
  ]
    .filter((section) => section !== '')
    .join('\n\n');
}
