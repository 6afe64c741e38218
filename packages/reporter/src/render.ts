/**
 * The PR comment and the job summary: a headline verdict, the delta table, per-category
 * breakdowns and the run facts, kept under a size budget by dropping whole rows (never a
 * regression) rather than cutting text.
 */
import type { Comparison, ComparisonRow, GateResult, GateVerdict } from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from './escape.js';
import type { RunFacts } from './facts.js';
import { runNotes } from './notes.js';
import { formatDuration, formatPValue, formatScore, formatSignedPoints } from './format.js';

/** First line of the comment: how the action finds its own comment to update it in place. */
export const STICKY_COMMENT_MARKER = '<!-- ftbench:sticky-comment -->';

/** GitHub rejects comments over 65,536 characters; the default leaves a margin. */
export const COMMENT_BUDGET = 65_000;

/** GitHub caps a step's job summary at 1 MiB. */
export const JOB_SUMMARY_BUDGET = 1_000_000;

export interface RenderOptions {
  /** Largest length in characters; rows are dropped to fit. */
  budget?: number;
}

export function renderComment(comparison: Comparison, facts: RunFacts, { budget = COMMENT_BUDGET }: RenderOptions = {}): string {
  return renderReport(comparison, facts, { marker: true, budget });
}

export function renderJobSummary(comparison: Comparison, facts: RunFacts, { budget = JOB_SUMMARY_BUDGET }: RenderOptions = {}): string {
  return renderReport(comparison, facts, { marker: false, budget });
}

/** What the failing check prints: one line per failing gate, each with its observed value and limit. */
export function regressionMessage(comparison: Comparison): string {
  return comparison.reasons.join('\n');
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

function renderReport(comparison: Comparison, facts: RunFacts, { marker, budget }: { marker: boolean; budget: number }): string {
  const gatesByRow = new Map<string, GateResult[]>();
  for (const gate of comparison.gates) {
    if (gate.row === null) continue;
    const key = rowKey(gate.row.target, gate.row.metric);
    gatesByRow.set(key, [...(gatesByRow.get(key) ?? []), gate]);
  }
  const main = mainEntries(comparison, gatesByRow);
  const categories = categoryEntries(comparison, gatesByRow);
  const droppableMain = main.filter((entry) => importance(entry) > 0).length;

  // Rows go in a fixed order, category rows (from the last) first, then the least important main
  // rows (the tail of `main`); each dropped row shortens the text, so the fewest drops that fit
  // can be found by bisection.
  const render = (dropped: number): string => {
    const droppedCategories = Math.min(dropped, categories.length);
    return renderDocument(comparison, facts, {
      marker,
      main: main.slice(0, main.length - (dropped - droppedCategories)),
      categories: categories.slice(0, categories.length - droppedCategories),
      omitted: dropped,
    });
  };
  const full = render(0);
  if (full.length <= budget) return full;
  let low = 1;
  let high = categories.length + droppableMain;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (render(middle).length <= budget) high = middle;
    else low = middle + 1;
  }
  // Over budget even now only when the failing rows alone exceed it: they are never dropped.
  return render(low);
}

interface Layout {
  marker: boolean;
  main: Entry[];
  categories: Entry[];
  omitted: number;
}

function renderDocument(comparison: Comparison, facts: RunFacts, layout: Layout): string {
  const sections = [
    layout.marker ? STICKY_COMMENT_MARKER : '',
    headline(comparison),
    comparison.reasons.map((reason) => `- ${escapeMarkdown(reason)}`).join('\n'),
    runNotes(facts),
    layout.main.length > 0 ? deltaTable('Task', layout.main) : '_No task was scored by both runs._',
    layout.omitted > 0
      ? `> ⚠️ ${layout.omitted} ${plural(layout.omitted, 'row')} omitted to stay within the size limit; regressions are always shown.`
      : '',
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
  const test = row === null || !row.comparable ? '' : row.delta.pValue === null ? 'unpaired' : formatPValue(row.delta.pValue);
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

function addedRemovedNote({ added, removed }: Comparison): string {
  const list = (names: readonly string[]) => names.map(escapeMarkdown).join(', ');
  return [
    added.length > 0 ? `**Only in the candidate run:** ${list(added)}` : '',
    removed.length > 0 ? `**Only in the baseline run:** ${list(removed)}` : '',
  ]
    .filter((line) => line !== '')
    .join('  \n');
}

/** Gates must never switch off silently: the tasks compared with nothing are named. */
function withoutBaselineNote({ withoutBaseline }: Comparison): string {
  if (withoutBaseline.length === 0) return '';
  return `> ⚠️ **No baseline** for ${withoutBaseline.map(escapeMarkdown).join(', ')}: their drop limits are not checked (floors are).`;
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
