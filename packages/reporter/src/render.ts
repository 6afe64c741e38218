/**
 * The PR comment and the job summary: a headline verdict, the delta table, per-category
 * breakdowns and the run facts, kept under a size budget by dropping whole rows, least important
 * first, and naming where the full report is. The headline always stays. Every text that comes
 * from the results (names, reasons) goes through escapeMarkdown; the sticky marker is added by
 * the action's comment writer (packages/action/src/github-api.ts), not here.
 */
import {
  HEADLINE_METRICS,
  METRIC_POINTS_SCALE,
  targetTasksOf,
  type Comparison,
  type ComparisonRow,
  type EvalResults,
  type GateConfig,
  type GateResult,
  type GateVerdict,
  type MetricValue,
} from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from './escape.js';
import { type MtBenchFacts, mtBenchFactsOf, type RunFacts } from './facts.js';
import { runNotes } from './notes.js';
import { formatDuration, formatPValue, formatPoints, formatScore, formatSignedPoints } from './format.js';

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
  /** Trusted Markdown sections placed before the run facts (the PR's iteration history). */
  extraSections?: readonly string[];
  /** Where the run happened, for the run facts; the caller checks each URL is a plain URL. */
  context?: RunContext;
}

/** The commit, the workflow run and the runtime of a CI run (the action's environment). */
export interface RunContext {
  /** The evaluated commit, 40 hex digits, and the URL showing it. */
  commit?: { sha: string; url: string };
  runUrl?: string;
  onnxruntimeVersion?: string;
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
  return renderScores(results, why, {
    budget: JOB_SUMMARY_BUDGET,
    fullReport: "the results file (the action's `results` output)",
    measure: utf8Bytes,
    ...options,
  });
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
    if (task.unparseable)
      main.push([escapeMarkdown(task.name), version, String(task.numFewshot), 'unparseable answers', String(task.unparseable), '—', String(task.n)]);
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
      failing === 0
        ? '### ftbench: scores only, no baseline to compare with'
        : `### ❌ ftbench: ${failing} failing ${plural(failing, 'gate')}, no baseline to compare with`,
      options.notice ?? '',
      escapeMarkdown(why, 2000),
      verdicts,
      rows.length > 0 ? markdownTable([SCORE_COLUMNS, ...rows], { align: SCORE_ALIGN, alignDelimiters: false }) : '',
      dropped > 0 ? `> ⚠️ ${dropped} ${plural(dropped, 'row')} omitted to stay within the size limit. All scores are in ${options.fullReport}.` : '',
      `Model: ${escapeMarkdown(results.model.fingerprint.slice(0, 12))}. Device: ${escapeMarkdown(results.config.device)}.`,
      ...mtBenchFactsOf(Object.values(results.tasks)).map(mtBenchFactLine),
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
  };
  return fitToBudget(render, main.length + categories.length, options);
}

/** One line of a delta table: a comparison row with the gates on it, or a gate whose target is missing. */
interface Entry {
  /** First column: task, group, `suite / category`, or the member alone in a breakdown. */
  label: string;
  metric: string;
  row: ComparisonRow | null;
  gates: GateResult[];
  /** For rows in a collapsed breakdown: its title (already escaped). */
  section?: string;
  /** A gate judges this row or the group above it (mmlu's gate covers mmlu_stem). */
  covered?: boolean;
}

/** p below this is called significant in the table and in the trade-off line. */
const SIGNIFICANCE = 0.05;

/** A drop the paired test calls significant. */
function significantDrop(row: ComparisonRow | null): boolean {
  return row !== null && row.comparable && row.delta.points < 0 && row.delta.pValue !== null && row.delta.pValue < SIGNIFICANCE;
}

/** Lower is more important, and sorts first: failing rows (never dropped), significant drops, drops a gate let pass, gated rows, the rest. */
function importance(entry: Entry): number {
  if (entry.gates.some((gate) => gate.failed)) return 0;
  if (significantDrop(entry.row)) return 1;
  if (entry.gates.some((gate) => gate.verdict === 'not-significant')) return 2;
  return entry.gates.length > 0 ? 3 : 4;
}

const rowKey = (target: string, metric: string) => `${target}\u0000${metric}`;

/**
 * The top-level group a task belongs to (mmlu for mmlu_anatomy and for mmlu_stem), or null for a
 * task or group no group contains.
 */
function topGroupOf(name: string, groups: Readonly<Record<string, string[]>>): string | null {
  let current = name;
  for (let depth = 0; depth < 10; depth++) {
    const parent = Object.keys(groups).find((group) => groups[group].includes(current));
    if (parent === undefined) return current === name ? null : current;
    current = parent;
  }
  return current;
}

/**
 * The table's entries: the main table holds tasks and groups by their headline metric, most
 * important first; MMLU's subjects (tasks inside a group), other metrics and suite categories go
 * into collapsed breakdowns, unless a gate judges them or they drop significantly. Gates with a
 * missing target come first. Gates are matched to rows by target and metric, so a comparison read
 * back from JSON works too.
 */
function tableEntries(comparison: Comparison, gatesByRow: Map<string, GateResult[]>, facts: RunFacts): { main: Entry[]; details: Entry[] } {
  const groups = facts.groups ?? {};
  const missing: Entry[] = comparison.gates
    .filter((gate) => gate.row === null)
    .map((gate) => ({ label: gate.gate.target, metric: gate.gate.metric, row: null, gates: [gate] }));
  const metricsOf = new Map<string, string[]>();
  for (const row of comparison.rows) metricsOf.set(row.target, [...(metricsOf.get(row.target) ?? []), row.metric]);
  const headline = (target: string) => {
    const gated = comparison.gates.find((gate) => gate.row?.target === target);
    return gated?.gate.metric ?? HEADLINE_METRICS.find((metric) => metricsOf.get(target)?.includes(metric)) ?? metricsOf.get(target)?.[0];
  };
  const main: Entry[] = [...missing];
  const details: Entry[] = [];
  for (const row of comparison.rows) {
    const gates = gatesByRow.get(rowKey(row.target, row.metric)) ?? [];
    const top = row.kind === 'category' ? null : topGroupOf(row.task, groups);
    const covered = gates.length > 0 || (top !== null && comparison.gates.some((gate) => gate.row?.target === top));
    const entry: Entry = { label: row.kind === 'category' ? `${row.task} / ${row.category}` : row.task, metric: row.metric, row, gates, covered };
    const section =
      row.kind === 'category'
        ? `Per-category breakdown: ${escapeMarkdown(row.task)}`
        : top !== null && row.kind === 'task'
          ? `Tasks of ${escapeMarkdown(top)}`
          : row.metric !== headline(row.target)
            ? 'Other metrics'
            : null;
    // A breakdown's significant drops stay in it, flagged, and its title counts them: 57 subjects
    // at p < 0.05 give about three by chance, which must not crowd the main table.
    if (section === null || gates.length > 0) main.push(entry);
    else details.push({ ...entry, label: row.kind === 'category' ? (row.category ?? '') : row.task, section });
  }
  // A stable sort: within one importance, the comparison's order (groups, then tasks, then categories).
  return { main: main.sort((a, b) => importance(a) - importance(b)), details: details.sort((a, b) => importance(a) - importance(b)) };
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

type ReportOptions = Required<Pick<RenderOptions, 'budget' | 'fullReport'>> &
  Pick<RenderOptions, 'notice' | 'gates' | 'extraSections' | 'context'> & { measure: Measure };

function renderReport(comparison: Comparison, facts: RunFacts, options: ReportOptions): string {
  const gatesByRow = new Map<string, GateResult[]>();
  for (const gate of comparison.gates) {
    if (gate.row === null) continue;
    const key = rowKey(gate.row.target, gate.row.metric);
    gatesByRow.set(key, [...(gatesByRow.get(key) ?? []), gate]);
  }
  const { main, details: categories } = tableEntries(comparison, gatesByRow, facts);
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
    ...layout.reasons.map((reason) => `- ${escapeMarkdown(reason)}${inconclusiveNote(comparison, reason)}`),
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
    tradeoffLine(comparison, facts),
    goalLines(comparison),
    options.notice ?? '',
    reasons.filter((line) => line !== '').join('\n'),
    runNotes(facts),
    layout.main.length > 0 ? deltaTable('Task', layout.main) : layout.omittedRows > 0 ? '' : '_No task was scored by both runs._',
    legend(comparison, layout.main),
    omitted,
    incomparableNotes(layout.main),
    addedRemovedNote(comparison),
    withoutBaselineNote(comparison),
    ...detailSections(layout.categories),
    ...(options.extraSections ?? []),
    factsSection(facts, options.context),
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
    return gateCount === 0 ? '### ✅ ftbench: no gates configured' : `### ✅ ftbench passed: ${gateCount} ${plural(gateCount, 'gate')}, no regressions`;
  }
  const kind = (gate: GateResult) => (inconclusive(gate) ? 'inconclusive' : gate.verdict.replace('-', ' '));
  if (failing.every((gate) => kind(gate) === 'regression')) {
    return `### ❌ ftbench: ${failing.length} ${plural(failing.length, 'regression')}`;
  }
  const counts = new Map<string, number>();
  for (const gate of failing) counts.set(kind(gate), (counts.get(kind(gate)) ?? 0) + 1);
  const parts = [...counts].map(([verdict, count]) => `${count} ${verdict}`);
  return `### ❌ ftbench: ${failing.length} failing ${plural(failing.length, 'gate')} (${parts.join(', ')})`;
}

const TABLE_COLUMNS = ['Metric', 'Baseline', 'Candidate', 'Δ pts', '95 % CI', 'Gate', 'Status'];

/** No-break spaces inside an interval, so a 920-px comment column wraps the words around it, never "[-4.3," apart from "-3.3]". */
const keepTogether = (text: string) => text.replace(/ /g, '\u00a0');
const TABLE_ALIGN = ['l', 'l', 'r', 'r', 'r', 'c', 'l', 'l'];

function deltaTable(firstColumn: string, entries: readonly Entry[]): string {
  return markdownTable([[firstColumn, ...TABLE_COLUMNS], ...entries.map(tableCells)], { align: TABLE_ALIGN, alignDelimiters: false });
}

function tableCells(entry: Entry): string[] {
  const { row } = entry;
  const delta = row?.comparable ? row.delta : null;
  const scale = row?.pointsScale ?? 100;
  return [
    escapeMarkdown(entry.label),
    escapeMarkdown(entry.metric),
    row ? formatScore(row.baseline, scale) : '—',
    row ? formatScore(row.candidate, scale) : '—',
    delta ? formatSignedPoints(delta.points, scale) : '—',
    delta?.ci ? keepTogether(`[${formatSignedPoints(delta.ci.low, scale)}, ${formatSignedPoints(delta.ci.high, scale)}]`) : '—',
    entry.gates.length > 0 ? entry.gates.map((gate) => shortLimits(gate.gate)).join('; ') : '—',
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

/**
 * A drop past its limit whose 95 % interval reaches back within the limit: the data cannot tell
 * whether the limit was crossed. It still fails (the gate is the user's rule), and says so.
 */
function inconclusive(gate: GateResult): boolean {
  const { row } = gate;
  if (gate.verdict !== 'regression' || row === null || !row.comparable || row.delta.ci === null || gate.gate.maxDrop === undefined) return false;
  return row.delta.ci.high > -gate.gate.maxDrop;
}

/** For a failing reason whose drop's CI reaches back within the limit: says so, with the interval and n. */
function inconclusiveNote(comparison: Comparison, reason: string): string {
  const gate = comparison.gates.find((candidate) => candidate.failed && candidate.reason === reason);
  if (gate === undefined || !inconclusive(gate) || !gate.row?.comparable || gate.row.delta.ci === null) return '';
  const { ci, n } = gate.row.delta;
  const scale = gate.row.pointsScale;
  return ` — inconclusive: the 95 % CI [${formatSignedPoints(ci.low, scale)}, ${formatSignedPoints(ci.high, scale)}] reaches back within the limit (n = ${n})`;
}

function statusCell(entry: Entry): string {
  const { row } = entry;
  const test = row === null || !row.comparable ? '' : row.delta.pValue === null ? 'unpaired' : escapeMarkdown(formatPValue(row.delta.pValue));
  const verdicts = new Set(entry.gates.map((gate) => gate.verdict));
  const worst = (Object.keys(VERDICT_STATUS) as GateVerdict[]).find((verdict) => verdicts.has(verdict));
  if (worst === 'regression' && row?.comparable && entry.gates.some(inconclusive))
    return `❌ inconclusive: past the limit, CI crosses it (${keepTogether(`n = ${row.delta.n}`)})`;
  // A floor is on the candidate alone: the delta's test says nothing about it.
  if (worst !== undefined) return test === '' || worst === 'below-floor' ? VERDICT_STATUS[worst] : `${VERDICT_STATUS[worst]} (${test})`;
  if (row !== null && !row.comparable) return '⚠️ not comparable';
  if (significantDrop(row) && !entry.covered) return `⚠️ significant drop, no gate (${test})`;
  return test === '' ? '—' : test;
}

/** A gate's limits in a few characters; the reasons above the table say them in full. */
function shortLimits(gate: GateConfig): string {
  const scale = METRIC_POINTS_SCALE[gate.metric];
  const score = (value: number) => (scale === 100 ? `${Number((value * 100).toFixed(1))} %` : formatScore(value, scale));
  return [
    gate.maxDrop !== undefined && `max −${formatPoints(gate.maxDrop, scale)}`,
    gate.maxDropRelative !== undefined && `max −${gate.maxDropRelative.toFixed(1)} %rel`,
    gate.min !== undefined && `floor ${score(gate.min)}`,
    gate.targetValue !== undefined && `goal ${score(gate.targetValue)}`,
    gate.requireSignificant && 'if significant',
  ]
    .filter((part): part is string => typeof part === 'string')
    .join(', ');
}

/** Points as the trade-off line shows them: −2.8, +9.8, ±0.2; ratings (pointsScale 1) to two decimals: −0.31, ±0.02. */
function tradeoffPoints(points: number, pointsScale: number): string {
  const noise = pointsScale === 100 ? 0.5 : 0.05;
  const magnitude = formatPoints(Math.abs(points), pointsScale);
  return Math.abs(points) < noise ? `±${magnitude}` : points > 0 ? `+${magnitude}` : `−${magnitude}`;
}

/** A row's two values as the trade-off line shows them: "63.2 → 73.0 %", or "7.42 → 7.10" for ratings. */
function tradeoffValues(row: ComparisonRow): string {
  if (row.pointsScale !== 100) return `${formatScore(row.baseline, row.pointsScale)} → ${formatScore(row.candidate, row.pointsScale)}`;
  return `${(row.baseline * 100).toFixed(1)} → ${(row.candidate * 100).toFixed(1)} %`;
}

/** The headline row of each top-level task and group, by target. */
function topLevelRows(comparison: Comparison, facts: RunFacts): ComparisonRow[] {
  const groups = facts.groups ?? {};
  const byTarget = new Map<string, ComparisonRow[]>();
  for (const row of comparison.rows) {
    if (row.kind === 'category' || topGroupOf(row.task, groups) !== null) continue;
    byTarget.set(row.target, [...(byTarget.get(row.target) ?? []), row]);
  }
  return [...byTarget.values()].map((rows) => {
    const gated = comparison.gates.find((gate) => gate.row?.target === rows[0].target);
    return rows.find((row) => row.metric === gated?.gate.metric) ?? rows.find((row) => row.metric === 'acc_norm') ?? rows[0];
  });
}

/**
 * One line under the headline: what the fine-tune gained on its target tasks (those with a goal
 * or a floor) against what it cost everywhere else, e.g.
 * "Task: pharmacy 63.2 → 73.0 % (+9.8; goal 80 % not reached) · General: MMLU −2.8, ARC ±0.2".
 */
function tradeoffLine(comparison: Comparison, facts: RunFacts): string {
  const targets = targetTasksOf(comparison.gates.map((gate) => gate.gate));
  const rows = topLevelRows(comparison, facts);
  const goalValue = (value: number, scale: number) =>
    scale !== 100 ? formatScore(value, scale) : `${Number.isInteger(value * 100) ? String(value * 100) : (value * 100).toFixed(1)} %`;
  const taskParts = rows
    .filter((row) => targets.has(row.target))
    .map((row) => {
      const goal = comparison.gates.find((gate) => gate.row === row && gate.gate.targetValue !== undefined);
      const goalText = goal ? `; goal ${goalValue(goal.gate.targetValue as number, row.pointsScale)} ${goal.goalReached ? 'reached' : 'not reached'}` : '';
      const delta = row.comparable ? tradeoffPoints(row.delta.points, row.pointsScale) : 'not comparable';
      return `${escapeMarkdown(row.task)} ${tradeoffValues(row)} (${delta}${goalText})`;
    });
  const generalParts = rows
    .filter((row) => !targets.has(row.target))
    .map((row) => {
      const gated = comparison.gates.some((gate) => gate.row?.target === row.target);
      return `${escapeMarkdown(row.task)} ${row.comparable ? tradeoffPoints(row.delta.points, row.pointsScale) : 'not comparable'}${significantDrop(row) && !gated ? ' ⚠️' : ''}`;
    });
  const listed = (parts: readonly string[]) =>
    parts.length > LISTED_BENCHMARKS ? `${parts.slice(0, LISTED_BENCHMARKS).join(', ')} and ${parts.length - LISTED_BENCHMARKS} more` : parts.join(', ');
  const parts = [taskParts.length > 0 ? `Task: ${listed(taskParts)}` : '', generalParts.length > 0 ? `General: ${listed(generalParts)}` : ''];
  return parts.filter((part) => part !== '').join(' · ');
}

/** Benchmarks the trade-off line names, and goal lines shown, before the rest are counted. */
const LISTED_BENCHMARKS = 8;

/** Goals never fail the check; each says reached or not on its own line. */
function goalLines(comparison: Comparison): string {
  const goals = comparison.gates.filter((gate) => gate.gate.targetValue !== undefined);
  const more = goals.length - LISTED_BENCHMARKS;
  const lines = goals.slice(0, LISTED_BENCHMARKS).map((gate) => {
    const scale = METRIC_POINTS_SCALE[gate.gate.metric];
    const value = gate.value === null ? 'missing' : formatScore(gate.value, scale);
    return `🎯 Goal ${escapeMarkdown(gate.label)} ≥ ${formatScore(gate.gate.targetValue as number, scale)}: ${gate.goalReached ? 'reached' : 'not reached'} (${value})`;
  });
  if (more > 0)
    lines.push(`🎯 … and ${more} more ${plural(more, 'goal')}, ${goals.slice(LISTED_BENCHMARKS).filter((gate) => gate.goalReached).length} of them reached`);
  return lines.join('  \n');
}

/** What the numbers mean, naming only the tests that produced them. */
function legend(comparison: Comparison, entries: readonly Entry[]): string {
  const tests = new Set(comparison.rows.flatMap((row) => (row.comparable ? [row.delta.test] : [])));
  const named = [
    tests.has('mcnemar') && 'McNemar exact test (0/1 scores, paired by document)',
    tests.has('bootstrap') && 'paired bootstrap (continuous scores such as TruthfulQA mc2 and MT-Bench ratings, paired per question)',
    tests.has('unpaired') && '"unpaired": no per-document records, no test',
  ].filter((text): text is string => typeof text === 'string');
  if (entries.length === 0 || named.length === 0) return '';
  const flagged = entries.some((entry) => !entry.covered && significantDrop(entry.row))
    ? ` ⚠️: a significant drop (p below ${SIGNIFICANCE}) that no gate covers.`
    : '';
  const units = comparison.rows.some((row) => row.pointsScale !== 100)
    ? "1 point = 0.01 of a 0–1 score; MT-Bench's score is FastChat's 1–10 rating, 1 point = 1 rating step"
    : '1 point = 0.01 of a 0–1 score';
  return `Δ and 95 % CI in points (${units}). p: two-sided, ${named.join('; ')}.${flagged}`;
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

/** One collapsed breakdown per section (a suite's categories, a group's tasks, other metrics), each a whole table. */
function detailSections(entries: readonly Entry[]): string[] {
  const bySection = new Map<string, Entry[]>();
  for (const entry of entries) bySection.set(entry.section ?? '', [...(bySection.get(entry.section ?? '') ?? []), entry]);
  return [...bySection].map(([section, sectionEntries]) => {
    const drops = sectionEntries.filter((entry) => significantDrop(entry.row) && !entry.covered).length;
    const flagged = drops > 0 ? ` (⚠️ ${drops} significant ${plural(drops, 'drop')})` : '';
    return `<details><summary>${section}${flagged}</summary>\n\n${deltaTable(section.startsWith('Per-category') ? 'Category' : 'Task', sectionEntries)}\n\n</details>`;
  });
}

/** Distinct values, as "a, b and 3 more". */
function distinctList(values: readonly string[]): string {
  return nameList([...new Set(values)]);
}

/** The run's commit and workflow run as links, and the runtime version; empty outside CI. */
function contextLine(context: RunContext | undefined): string {
  if (context === undefined) return '';
  const parts = [
    context.commit && /^[0-9a-f]{40}$/.test(context.commit.sha) ? `Commit [${context.commit.sha.slice(0, 7)}](${context.commit.url})` : '',
    context.runUrl ? `[workflow run](${context.runUrl})` : '',
    context.onnxruntimeVersion ? `onnxruntime-node ${escapeMarkdown(context.onnxruntimeVersion, 40)}` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : ` ${parts.join(' · ')}.`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What judging cost: "160 new, 0 from the cache; 182,400 prompt + 21,050 completion tokens". */
function judgeCost(facts: MtBenchFacts): string {
  return `${count(facts.judgeCalls)} new, ${count(facts.judgeCacheHits)} from the cache; ${count(facts.judgePromptTokens)} prompt + ${count(facts.judgeCompletionTokens)} completion tokens`;
}

/** One MT-Bench task's judging in a sentence, for the scores-only report. */
function mtBenchFactLine(facts: MtBenchFacts): string {
  const failed = facts.failedJudgments > 0 ? '⚠️ ' : '';
  return (
    `MT-Bench ${escapeMarkdown(facts.task)}: judged by ${escapeMarkdown(facts.judge, 80)} (${escapeMarkdown(facts.temperature, 20)} temperatures); ` +
    `${failed}${count(facts.failedJudgments)} of ${count(facts.judgments)} judgments gave no rating (left out of the score); judge calls: ${judgeCost(facts)}.`
  );
}

/** MT-Bench's judging, side by side: the judge and answer sampling, failed judgments, judge calls (cached) and tokens. */
function mtBenchFactRows(baseline: readonly MtBenchFacts[], candidate: readonly MtBenchFacts[]): string[][] {
  if (baseline.length === 0 && candidate.length === 0) return [];
  const tasks = [...new Set([...baseline, ...candidate].map((facts) => facts.task))];
  return tasks.flatMap((task) => {
    const label = tasks.length === 1 ? '' : ` (${escapeMarkdown(task)})`;
    const cell = (side: readonly MtBenchFacts[], text: (facts: MtBenchFacts) => string) => {
      const facts = side.find((candidate) => candidate.task === task);
      return facts === undefined ? '—' : text(facts);
    };
    const row = (name: string, text: (facts: MtBenchFacts) => string) => [`${name}${label}`, cell(baseline, text), cell(candidate, text)];
    return [
      row('MT-Bench judge', (facts) => `${escapeMarkdown(facts.judge, 80)}, ${escapeMarkdown(facts.temperature, 20)} temperatures`),
      row('Failed judgments', (facts) => `${count(facts.failedJudgments)} of ${count(facts.judgments)}`),
      row('Judge calls', judgeCost),
    ];
  });
}

function factsSection(facts: RunFacts, context?: RunContext): string {
  const model = (side: RunFacts['baseline']) => {
    const fingerprint = escapeMarkdown(side.modelFingerprint.slice(0, 12));
    return side.model === undefined ? fingerprint : `${escapeMarkdown(side.model, 60)} (${fingerprint})`;
  };
  const duration = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds));
  const rows = [
    ['', 'Baseline', 'Candidate'],
    ['Model', model(facts.baseline), model(facts.candidate)],
    ['Duration', duration(facts.baseline.seconds), duration(facts.candidate.seconds)],
  ];
  if (facts.baseline.ftbenchVersion !== undefined || facts.candidate.ftbenchVersion !== undefined) {
    rows.push(['ftbench', escapeMarkdown(facts.baseline.ftbenchVersion ?? '—'), escapeMarkdown(facts.candidate.ftbenchVersion ?? '—')]);
  }
  rows.push(...mtBenchFactRows(facts.baseline.mtBench ?? [], facts.candidate.mtBench ?? []));
  const table = markdownTable(rows, { alignDelimiters: false });
  const cache = facts.baselineCacheHit ? 'cache hit, results reused' : 'cache miss, evaluated in this run';
  const tasks = facts.candidate.tasks ?? [];
  const shots = new Map<number, string[]>();
  for (const task of tasks) shots.set(task.numFewshot, [...(shots.get(task.numFewshot) ?? []), task.task]);
  const fewshot =
    tasks.length === 0
      ? ''
      : ` n-shot: ${[...shots].map(([n, names]) => `${n} (${names.length > 3 ? `${names.length} tasks` : names.map((name) => escapeMarkdown(name)).join(', ')})`).join('; ')}.`;
  const data =
    tasks.length === 0
      ? ''
      : ` Data: ${distinctList(tasks.map((task) => `${task.dataset.startsWith('/') ? task.dataset.split('/').pop() : task.dataset}@${task.revision.slice(0, 12)}`))}.`;
  return `#### Run\n\n${table}\n\nDevice: ${escapeMarkdown(facts.device)}. Baseline: ${cache}.${contextLine(context)}${fewshot}${data}`;
}
