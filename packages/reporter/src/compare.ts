/**
 * `ftbench compare` as Markdown or terminal text: the variants side by side (value, Δ vs the
 * baseline and its paired 95 % interval per cell), the trade-off with the Pareto-optimal
 * variants and the best balance, the stop advice criterion by criterion, and a chart.
 */
import {
  METRIC_POINTS_SCALE,
  type StopAdvice,
  type TradeoffPoint,
  type VariantCell,
  type VariantColumn,
  type VariantsComparison,
  type VariantsTradeoff,
} from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { divergingBars, mermaidTradeoffChart } from './chart.js';
import { escapeMarkdown } from './escape.js';
import { formatScore, formatSignedPoints } from './format.js';

export type CompareFormat = 'markdown' | 'terminal';

/** Where names go in terminal text: control characters (escape sequences) become visible. */
export function terminalSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A comment as a terminal shows it: character references decoded, the zero-width spaces that stop
 * GitHub's autolinks dropped, and control characters (escape sequences) made visible.
 */
export function markdownForTerminal(markdown: string): string {
  const decoded = markdown
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&(amp|lt|gt|quot|apos);/gi, (whole, decimal?: string, hex?: string, name?: string) =>
      decimal !== undefined
        ? String.fromCodePoint(Number(decimal))
        : hex !== undefined
          ? String.fromCodePoint(parseInt(hex, 16))
          : (NAMED_REFERENCES[(name as string).toLowerCase()] ?? whole),
    )
    .replace(/\u200b/g, '');
  return decoded.split('\n').map(terminalSafe).join('\n');
}

const SIGNIFICANT_MARK = '✱';

const BEST_BALANCE_RULE_TEXT = {
  'within-limits': 'the largest task gain with every general drop within its limit',
  'gain-minus-drop': 'the largest task gain minus general drop',
} as const;

const ADVICE_MARK = { stop: '🛑', 'target-met': '🎯', plateau: '📉', 'back-off': '↩️', continue: '🔁' } as const;

function columnLabel(column: VariantColumn): string {
  return `${column.target} ${column.metric}`;
}

function cellText(cell: VariantCell, scale: number): string {
  if (cell.value === null) return '—';
  const value = formatScore(cell.value, scale);
  const row = cell.row;
  if (row === null) return value;
  if (!row.comparable) return `${value} (not comparable)`;
  const { delta } = row;
  const ci = delta.ci ? ` [${formatSignedPoints(delta.ci.low, scale)}, ${formatSignedPoints(delta.ci.high, scale)}]` : '';
  const significant = delta.pValue !== null && delta.pValue < 0.05 ? ` ${SIGNIFICANT_MARK}` : '';
  return `${value} ${formatSignedPoints(delta.points, scale)}${ci}${significant}`;
}

export function variantsTable(variants: VariantsComparison, name: (text: string) => string): string {
  const header = ['Model', ...variants.columns.map((column) => name(columnLabel(column)))];
  const rows = variants.rows.map((row, i) => [
    i === 0 ? `${name(row.name)} (baseline)` : name(row.name),
    ...row.cells.map((cell, c) => cellText(cell, METRIC_POINTS_SCALE[variants.columns[c].metric])),
  ]);
  return markdownTable([header, ...rows], { align: ['l', ...variants.columns.map(() => 'r' as const)], alignDelimiters: false });
}

function tradeoffTable(tradeoff: VariantsTradeoff, name: (text: string) => string, bold: (text: string) => string): string {
  const rows = tradeoff.points.map((point, i) => [
    name(point.name),
    point.taskGain === null ? '—' : formatSignedPoints(point.taskGain),
    point.generalDrop === 0 ? '0.0' : `−${point.generalDrop.toFixed(1)}${point.worstGeneral === null ? '' : ` (${name(point.worstGeneral)})`}`,
    point.limits.length === 0 ? '—' : point.limits.every((limit) => limit.within) ? 'yes' : 'no',
    [tradeoff.pareto[i] ? 'Pareto-optimal' : '', tradeoff.best === i ? bold('best balance') : ''].filter(Boolean).join(', ') || '—',
  ]);
  return markdownTable([['Model', 'Task gain', 'General drop (worst)', 'Within limits', ''], ...rows], {
    align: ['l', 'r', 'r', 'c', 'l'],
    alignDelimiters: false,
  });
}

function criterionMark(met: boolean | null): string {
  return met === null ? '➖' : met ? '✅' : '❌';
}

/** The stop advice: the verdict, then each criterion on its own line with its numbers. */
export function adviceLines(advice: StopAdvice, name: (text: string) => string, bold = (text: string) => `**${text}**`): string {
  return [
    bold(`${ADVICE_MARK[advice.verdict]} ${name(advice.summary)}`),
    '',
    ...advice.criteria.map((criterion) => `- ${criterionMark(criterion.met)} ${name(criterion.text)}`),
  ].join('\n');
}

function bestBalanceLine(tradeoff: VariantsTradeoff, points: readonly TradeoffPoint[], name: (text: string) => string, bold: (text: string) => string): string {
  const rule = `${tradeoff.settings.bestBalance}: ${BEST_BALANCE_RULE_TEXT[tradeoff.settings.bestBalance]}`;
  if (tradeoff.best === null) return `Best balance (${rule}): none qualifies.`;
  return `Best balance (${rule}): ${bold(name(points[tradeoff.best].name))}.`;
}

export function renderVariants(variants: VariantsComparison, tradeoff: VariantsTradeoff, format: CompareFormat): string {
  const name = format === 'markdown' ? escapeMarkdown : terminalSafe;
  const heading = format === 'markdown' ? '### ' : '';
  const subheading = format === 'markdown' ? '#### ' : '';
  const bold = format === 'markdown' ? (text: string) => `**${text}**` : (text: string) => text;
  const count = variants.rows.length - 1;
  const sections = [
    `${heading}ftbench compare: ${count} variant${count === 1 ? '' : 's'} against ${name(variants.rows[0].name)}`,
    variantsTable(variants, name),
    `Cells: value, Δ vs the baseline in points, the paired 95 % CI in brackets; ${SIGNIFICANT_MARK} significant (McNemar exact or paired bootstrap, p below 0.05).`,
    `${subheading}Trade-off: task gain vs general drop (points)`,
    tradeoff.points.some((point) => point.taskGain !== null)
      ? tradeoffTable(tradeoff, name, bold)
      : 'No target task: give a task or suite a `target:` or `min:` in ftbench.yml (--config) to say what the fine-tune is for.',
    bestBalanceLine(tradeoff, tradeoff.points, name, bold),
    format === 'markdown'
      ? mermaidTradeoffChart(tradeoff.points)
      : divergingBars(tradeoff.points.map((point) => ({ name: terminalSafe(point.name), gain: point.taskGain, drop: point.generalDrop }))),
  ];
  if (tradeoff.advice !== null) {
    const judged = tradeoff.points[tradeoff.points.length - 1].name;
    sections.push(`${subheading}Stop advice for ${name(judged)}`, adviceLines(tradeoff.advice, name, bold));
  }
  return `${sections.join('\n\n')}\n`;
}
