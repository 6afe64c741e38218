/**
 * The PR comment and the job summary: a headline verdict, the delta table, per-category
 * breakdowns and the run facts, kept under a size budget by dropping whole rows, least important
 * first, and naming where the full report is. The headline always stays. Every text that comes
 * from the results (names, reasons) goes through escapeMarkdown; the sticky marker is added by
 * the comment writer (github-comment.ts), not here.
 */
import type { Comparison, ComparisonRow, EvalResults, GateResult, GateVerdict, MetricValue } from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from './escape.js';
import type { RunFacts } from './facts.js';
import { runNotes } from './notes.js';
import { formatDuration, formatPValue, formatScore, formatSignedPoints } from './format.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** The comment's budget: below GitHub's limit, leaving room for the sticky marker line. */
export const COMMENT_BUDGET = 65_000;

/** GitHub caps a step's job summary at 1 MiB; this budget is in UTF-8 bytes, with a margin. */
export const JOB_SUMMARY_BUDGET = 1_000_000;

/** How a budget counts: GitHub limits comments in characters and job summaries in bytes. */
type Measure = (text: string) => number;
const characters: Measure = (text) => text.length;
const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** Names listed in a sentence ("Only in the candidate run: …") before the rest are counted instead. */
const MAX_LISTED_NAMES = 20;

export interface RenderOptions {
  /** Largest size, in characters for the comment and in UTF-8 bytes for the job summary; rows are dropped to fit. */
  budget?: number;
  /** Where the full report is, named when rows had to be left out: trusted Markdown, e.g. a link to the run. */
  fullReport?: string;
  /** Trusted Markdown shown under the headline, e.g. where the results came from. Never PR text. */
  notice?: string;
  /** Without a baseline: the gates judged on the candidate alone (floors, goals), listed under the headline. */
  gates?: readonly GateResult[];
}

const COMMENT_FULL_REPORT = "this run's job summary";
const SUMMARY_FULL_REPORT = "the results files (the action's `results` and `baseline-results` outputs)";

export function renderComment(comparison: Comparison, facts: RunFacts, options: RenderOptions = {}): string {
  return renderReport(comparison, facts, { budget: COMMENT_BUDGET, fullReport: COMMENT_FULL_REPORT, measure: characters, ...options });
}

export function renderJobSummary(comparison: Comparison, facts: RunFacts, options: RenderOptions = {}): string {
  return renderReport(comparison, facts, { budget: JOB_SUMMARY_BUDGET, fullReport: SUMMARY_FULL_REPORT, measure: utf8Bytes, ...options });
}

/** What the failing check prints: one line per failing gate, each with its observed value and limit. */
export function regressionMessage(comparison: Comparison): string {
  return comparison.reasons.join('\n');
}

/**
 * Last resort for a text still over `budget`: cut at a line end and say where the rest is. The
 * start, with the headline, always stays.
 */
export function clipToBudget(markdown: string, budget: number, fullReport: string, measure: Measure = characters): string {
  if (measure(markdown) <= budget) return markdown;
  const pointer = `> ⚠️ Cut short to stay within the size limit; the full report is in ${fullReport}.\n`;
  const firstLineEnd = markdown.indexOf('\n');
  const headline = markdown.slice(0, firstLineEnd === -1 ? markdown.length : firstLineEnd);
  // Whole lines from the start while they fit; characters count at least once in any measure.
  let room = budget - measure(pointer) - 2;
  for (;;) {
    const lineEnd = markdown.lastIndexOf('\n', Math.max(0, room));
    const kept = lineEnd > firstLineEnd ? markdown.slice(0, lineEnd) : headline;
    const clipped = `${kept}\n\n${pointer}`;
    if (kept === headline || measure(clipped) <= budget) return clipped;
    room = lineEnd - (measure(clipped) - budget);
  }
}

export function renderScoresComment(results: EvalResults, why: string, options: RenderOptions = {}): string {
  return renderScores(results, why, { budget: COMMENT_BUDGET, fullReport: COMMENT_FULL_REPORT, measure: characters, ...options });
}

export function renderScoresSummary(results: EvalResults, why: string, options: RenderOptions = {}): string {
  return renderScores(results, why, { budget: JOB_SUMMARY_BUDGET, fullReport: "the results file (the action's `results` output)", measure: utf8Bytes, ...options });
}

const SCORE_COLUMNS = ['Task', 'Version', 'n-shot', 'Metric', 'Value', 'Stderr', 'n'];
const SCORE_ALIGN = ['l', 'l', 'r', 'l', 'r', 'r', 'r'];

/**
 * The report when there is nothing to compare with: why, then the candidate's scores, one row
 * per task (or group) and metric, and one per suite category. Category rows are dropped first to
 * fit the budget, then task rows from the last.
 */
function renderScores(results: EvalResults, why: string, options: ReportOptions): string {
  const metricCells = (metric: string, value: MetricValue) => [
    escapeMarkdown(metric),
    value.value.toFixed(4),
    value.stderr === null ? '—' : `± ${value.stderr.toFixed(4)}`,
  ];
  const main: string[][] = [];
  const categories: string[][] = [];
  for (const task of Object.values(results.tasks)) {
    const version = escapeMarkdown(task.kind === 'suite' ? task.version.slice(0, 8) : task.version);
    for (const [metric, value] of Object.entries(task.metrics)) {
      main.push([escapeMarkdown(task.name), version, String(task.numFewshot), ...metricCells(metric, value as MetricValue), String(task.n)]);
    }
    if (task.unparseable) main.push([escapeMarkdown(task.name), version, String(task.numFewshot), 'unparseable answers', String(task.unparseable), '—', String(task.n)]);
    for (const [category, result] of Object.entries(task.categories ?? {})) {
      for (const [metric, value] of Object.entries(result.metrics)) {
        categories.push([escapeMarkdown(`${task.name} / ${category}`), '', '', ...metricCells(metric, value as MetricValue), String(result.n)]);
      }
    }
  }
  for (const group of Object.values(results.groups)) {
    for (const [metric, value] of Object.entries(group.metrics)) {
      main.push([`${escapeMarkdown(group.name)} (group)`, '', '', ...metricCells(metric, value as MetricValue), String(group.n)]);
    }
  }
  const gates = options.gates ?? [];
  const failing = gates.filter((gate) => gate.failed).length;
  const mark = (gate: GateResult) => (gate.failed ? '❌' : gate.verdict === 'pass' ? '✅' : '⚠️');
  const verdicts = gates.map((gate) => `- ${mark(gate)} ${escapeMarkdown(gate.reason)}`).join('\n');
  const render = (dropped: number): string => {
    const droppedCategories = Math.min(dropped, categories.length);
    const rows = [...main.slice(0, main.length - (dropped - droppedCategories)), ...categories.slice(0, categories.length - droppedCategories)];
    const sections = [
      failing === 0 ? '### ftbench: scores only, no baseline to compare with' : `### ❌ ftbench: ${failing} failing ${plural(failing, 'gate')}, no baseline to compare with`,
      options.notice ?? '',
      escapeMarkdown(why, 2000),
      verdicts,
      rows.length > 0 ? markdownTable([SCORE_COLUMNS, ...rows], { align: SCORE_ALIGN, alignDelimiters: false }) : '',
      dropped > 0 ? `> ⚠️ ${dropped} ${plural(dropped, 'row')} omitted to stay within the size limit. All scores are in ${options.fullReport}.` : '',
      `Model: ${escapeMarkdown(results.model.fingerprint.slice(0, 12))}. Device: ${escapeMarkdown(results.config.device)}.`,
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
  };
  return fitToBudget(render, main.length + categories.length, options);
}

/** One line of a delta table: a comparison row with the gates on it, or a gate whose target is missing. */
interface Entry {
  /** First column: task, group, `suite / category`, or the category alone in a breakdown. */
  label: string;
  metric: string;
  row: ComparisonRow | null;
  gates: GateResult[];
  /** The suite, for category rows. */
  suite?: string;
}

/** Lower is more important: failing rows are never dropped, ungated rows go first. */
function importance(entry: Entry): number {
  if (entry.gates.some((gate) => gate.failed)) return 0;
  if (entry.gates.some((gate) => gate.verdict === 'not-significant')) return 1;
  return entry.gates.length > 0 ? 2 : 3;
}

const rowKey = (target: string, metric: string) => `${target}\u0000${metric}`;

/**
 * The delta table's entries, most important first: gates with a missing target, every task and
 * group row, and the category rows a gate looks at (their regressions must be in the main table).
 * Gates are matched to rows by target and metric, so a comparison read back from JSON works too.
 */
function mainEntries(comparison: Comparison, gatesByRow: Map<string, GateResult[]>): Entry[] {
  const missing: Entry[] = comparison.gates
    .filter((gate) => gate.row === null)
    .map((gate) => ({ label: gate.gate.target, metric: gate.gate.metric, row: null, gates: [gate] }));
  const rows: Entry[] = comparison.rows
    .filter((row) => row.kind !== 'category' || gatesByRow.has(rowKey(row.target, row.metric)))
    .map((row) => ({
      label: row.kind === 'category' ? `${row.task} / ${row.category}` : row.task,
      metric: row.metric,
      row,
      gates: gatesByRow.get(rowKey(row.target, row.metric)) ?? [],
    }));
  return [...missing, ...rows].sort((a, b) => importance(a) - importance(b));
}

function categoryEntries(comparison: Comparison, gatesByRow: Map<string, GateResult[]>): Entry[] {
  return comparison.rows
    .filter((row) => row.kind === 'category')
    .map((row) => ({
      label: row.category ?? '',
      metric: row.metric,
      row,
      gates: gatesByRow.get(rowKey(row.target, row.metric)) ?? [],
      suite: row.task,
    }));
}

/**
 * The fewest reductions that fit: `render(k)` must get no longer as `k` grows, up to `most`; if
 * even `render(most)` is over budget, it is cut at a line end.
 */
function fitToBudget(render: (reductions: number) => string, most: number, { budget, fullReport, measure }: ReportOptions): string {
  const full = render(0);
  if (measure(full) <= budget) return full;
  let low = 1;
  let high = most;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (measure(render(middle)) <= budget) high = middle;
    else low = middle + 1;
  }
  return clipToBudget(render(Math.min(low, most)), budget, fullReport, measure);
}

type ReportOptions = Required<Pick<RenderOptions, 'budget' | 'fullReport'>> & Pick<RenderOptions, 'notice' | 'gates'> & { measure: Measure };

function renderReport(comparison: Comparison, facts: RunFacts, options: ReportOptions): string {
  const gatesByRow = new Map<string, GateResult[]>();
  for (const gate of comparison.gates) {
    if (gate.row === null) continue;
    const key = rowKey(gate.row.target, gate.row.metric);
    gatesByRow.set(key, [...(gatesByRow.get(key) ?? []), gate]);
  }
  const main = mainEntries(comparison, gatesByRow);
  const categories = categoryEntries(comparison, gatesByRow);
  const failingMain = main.filter((entry) => importance(entry) === 0).length;
  const droppable = categories.length + main.length - failingMain;

  // Rows go in a fixed order: category rows (from the last) first, then the least important main
  // rows (the tail of `main`), and only then failing rows and reasons, which the full report keeps.
  const render = (reductions: number): string => {
    const droppedCategories = Math.min(reductions, categories.length);
    const droppedMain = Math.min(reductions - droppedCategories, main.length);
    const hidden = Math.max(0, reductions - droppable);
    return renderDocument(comparison, facts, options, {
      main: main.slice(0, main.length - droppedMain),
      categories: categories.slice(0, categories.length - droppedCategories),
      omittedRows: droppedCategories + droppedMain,
      omittedFailingRows: Math.min(hidden, failingMain),
      reasons: comparison.reasons.slice(0, Math.max(0, comparison.reasons.length - hidden)),
    });
  };
  return fitToBudget(render, droppable + Math.max(failingMain, comparison.reasons.length), options);
}

interface Layout {
  main: Entry[];
  categories: Entry[];
  omittedRows: number;
  /** Of the omitted rows, those with a failing gate. */
  omittedFailingRows: number;
  /** The reasons shown, the first of comparison.reasons. */
  reasons: string[];
}

function renderDocument(comparison: Comparison, facts: RunFacts, options: ReportOptions, layout: Layout): string {
  const hiddenReasons = comparison.reasons.length - layout.reasons.length;
  const reasons = [
    ...layout.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
    hiddenReasons > 0 ? `- … and ${hiddenReasons} more failing ${plural(hiddenReasons, 'gate')}, listed in ${options.fullReport}` : '',
  ];
  const omitted =
    layout.omittedRows === 0
      ? ''
      : layout.omittedFailingRows === 0
        ? `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, 'row')} omitted to stay within the size limit; regressions are always shown. All rows are in ${options.fullReport}.`
        : `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, 'row')} omitted to stay within the size limit, ${layout.omittedFailingRows} of them failing. All rows are in ${options.fullReport}.`;
  const sections = [
    headline(comparison),
    options.notice ?? '',
    reasons.filter((line) => line !== '').join('\n'),
    runNotes(facts),
    layout.main.length > 0 ? deltaTable('Task', layout.main) : layout.omittedRows > 0 ? '' : '_No task was scored by both runs._',
    omitted,
    incomparableNotes(layout.main),
    addedRemovedNote(comparison),
    withoutBaselineNote(comparison),
    ...categorySections(layout.categories),
    factsSection(facts),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

function headline(comparison: Comparison): string {
  const failing = comparison.gates.filter((gate) => gate.failed);
  const gateCount = comparison.gates.length;
  if (failing.length === 0) {
    return gateCount === 0
      ? '### ✅ ftbench: no gates configured'
      : `### ✅ ftbench passed: ${gateCount} ${plural(gateCount, 'gate')}, no regressions`;
  }
  if (failing.every((gate) => gate.verdict === 'regression')) {
    return `### ❌ ftbench: ${failing.length} ${plural(failing.length, 'regression')}`;
  }
  const counts = new Map<GateVerdict, number>();
  for (const gate of failing) counts.set(gate.verdict, (counts.get(gate.verdict) ?? 0) + 1);
  const parts = [...counts].map(([verdict, count]) => `${count} ${verdict.replace('-', ' ')}`);
  return `### ❌ ftbench: ${failing.length} failing ${plural(failing.length, 'gate')} (${parts.join(', ')})`;
}

const TABLE_COLUMNS = ['Metric', 'Baseline', 'Candidate', 'Δ', '95 % CI', 'Gate', 'Status'];
const TABLE_ALIGN = ['l', 'l', 'r', 'r', 'r', 'c', 'l', 'l'];

function deltaTable(firstColumn: string, entries: readonly Entry[]): string {
  return markdownTable([[firstColumn, ...TABLE_COLUMNS], ...entries.map(tableCells)], { align: TABLE_ALIGN, alignDelimiters: false });
}

function tableCells(entry: Entry): string[] {
  const { row } = entry;
  const delta = row !== null && row.comparable ? row.delta : null;
  const scale = row?.pointsScale ?? 100;
  return [
    escapeMarkdown(entry.label),
    escapeMarkdown(entry.metric),
    row ? formatScore(row.baseline, scale) : '—',
    row ? formatScore(row.candidate, scale) : '—',
    delta ? `${formatSignedPoints(delta.points)} pts` : '—',
    delta?.ci ? `[${formatSignedPoints(delta.ci.low)}, ${formatSignedPoints(delta.ci.high)}]` : '—',
    entry.gates.length > 0 ? escapeMarkdown(entry.gates.map((gate) => gate.limits).join('; ')) : '—',
    statusCell(entry),
  ];
}

/** Worst first: the status cell shows the first of these among the entry's gate verdicts. */
const VERDICT_STATUS: Record<GateVerdict, string> = {
  regression: '❌ regression',
  'below-floor': '❌ below floor',
  missing: '❌ missing',
  'not-comparable': '❌ not comparable',
  'not-significant': '⚠️ drop not significant',
  'no-baseline': '⚠️ no baseline',
  improvement: '🚀 improvement',
  pass: '✅ pass',
};

function statusCell(entry: Entry): string {
  const { row } = entry;
  const test = row === null || !row.comparable ? '' : row.delta.pValue === null ? 'unpaired' : escapeMarkdown(formatPValue(row.delta.pValue));
  const verdicts = new Set(entry.gates.map((gate) => gate.verdict));
  const worst = (Object.keys(VERDICT_STATUS) as GateVerdict[]).find((verdict) => verdicts.has(verdict));
  // A floor is on the candidate alone: the delta's test says nothing about it.
  if (worst !== undefined) return test === '' || worst === 'below-floor' ? VERDICT_STATUS[worst] : `${VERDICT_STATUS[worst]} (${test})`;
  if (row !== null && !row.comparable) return '⚠️ not comparable';
  return test === '' ? '—' : test;
}

/** Why rows in the table could not be compared, once per target. */
function incomparableNotes(entries: readonly Entry[]): string {
  const reasons = new Map<string, string>();
  for (const { row } of entries) if (row !== null && !row.comparable) reasons.set(row.target, row.incomparableReason);
  if (reasons.size === 0) return '';
  const lines = [...reasons].map(([target, reason]) => `- ${escapeMarkdown(target)}: ${escapeMarkdown(reason)}`);
  return [`**Not comparable** (scores are shown, but no delta is computed):`, ...lines].join('\n');
}

/** Names in a sentence, the first MAX_LISTED_NAMES of them, the rest counted. */
function nameList(names: readonly string[]): string {
  const listed = names.slice(0, MAX_LISTED_NAMES).map((name) => escapeMarkdown(name));
  const rest = names.length - listed.length;
  return rest > 0 ? `${listed.join(', ')} and ${rest} more` : listed.join(', ');
}

function addedRemovedNote({ added, removed }: Comparison): string {
  return [
    added.length > 0 ? `**Only in the candidate run:** ${nameList(added)}` : '',
    removed.length > 0 ? `**Only in the baseline run:** ${nameList(removed)}` : '',
  ]
    .filter((line) => line !== '')
    .join('  \n');
}

/** Gates must never switch off silently: the tasks compared with nothing are named. */
function withoutBaselineNote({ withoutBaseline }: Comparison): string {
  if (withoutBaseline.length === 0) return '';
  return `> ⚠️ **No baseline** for ${withoutBaseline.map((name) => escapeMarkdown(name)).join(', ')}: their drop limits are not checked (floors are).`;
}

/** One collapsed breakdown per suite, each a whole table. */
function categorySections(entries: readonly Entry[]): string[] {
  const bySuite = new Map<string, Entry[]>();
  for (const entry of entries) bySuite.set(entry.suite ?? '', [...(bySuite.get(entry.suite ?? '') ?? []), entry]);
  return [...bySuite].map(
    ([suite, suiteEntries]) =>
      `<details><summary>Per-category breakdown: ${escapeMarkdown(suite)}</summary>\n\n${deltaTable('Category', suiteEntries)}\n\n</details>`,
  );
}

function factsSection(facts: RunFacts): string {
  const model = (fingerprint: string) => escapeMarkdown(fingerprint.slice(0, 12));
  const duration = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds));
  const table = markdownTable(
    [
      ['', 'Baseline', 'Candidate'],
      ['Model', model(facts.baseline.modelFingerprint), model(facts.candidate.modelFingerprint)],
      ['Duration', duration(facts.baseline.seconds), duration(facts.candidate.seconds)],
    ],
    { alignDelimiters: false },
  );
  const cache = facts.baselineCacheHit ? 'cache hit, results reused' : 'cache miss, evaluated in this run';
  return `#### Run\n\n${table}\n\nDevice: ${escapeMarkdown(facts.device)}. Baseline: ${cache}.`;
}
