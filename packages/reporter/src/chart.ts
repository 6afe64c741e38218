/**
 * The trade-off as a picture: a Mermaid `xychart-beta` block for GitHub (rendered there, no image to
 * host), diverging bars for a terminal, and a standalone SVG file. Task gain is drawn up/right,
 * general drop down/left, both in points.
 */
import type { TradeoffPoint } from '@ftbench/core';

/** Mermaid takes labels in double quotes with no escape for them: anything but plain characters becomes `_`. */
function mermaidLabel(text: string, width = 24): string {
  const plain = text.replace(/[^A-Za-z0-9 ._+:/#%(),-]/g, '_');
  return `"${plain.length > width ? `${plain.slice(0, width - 1)}…` : plain}"`;
}

const round = (value: number) => Number(value.toFixed(1));

/** Bars per variant (or iteration): task gain above zero, general drop below it. */
export function mermaidTradeoffChart(
  points: readonly { name: string; taskGain: number | null; generalDrop: number }[],
  title = 'Task gain (first bar) vs general drop (second bar), points',
): string {
  const values = points.flatMap((point) => [point.taskGain ?? 0, -point.generalDrop]);
  const low = Math.floor(Math.min(0, ...values) - 1);
  const high = Math.ceil(Math.max(0, ...values) + 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidLabel(title, 80)}`,
    `  x-axis [${points.map((point) => mermaidLabel(point.name)).join(', ')}]`,
    `  y-axis "points" ${low} --> ${high}`,
    `  bar [${points.map((point) => round(point.taskGain ?? 0)).join(', ')}]`,
    `  bar [${points.map((point) => round(-point.generalDrop)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The history's trajectory: the task gain and the worst general drop per push, oldest first. */
export function mermaidTrajectoryChart(points: readonly { name: string; taskGain: number | null; generalDrop: number }[]): string {
  return mermaidTradeoffChart(points, 'Per push: task gain (first line) vs general drop (second line), points').replace(/ {2}bar \[/g, '  line [');
}

const BAR_WIDTH = 20;

/**
 *           general drop ◀ │ ▶ task gain
 * r8-ep3       −3.3 ██████ │ ████████████ +8.3
 */
export function divergingBars(entries: readonly { name: string; gain: number | null; drop: number }[]): string {
  const largest = Math.max(1, ...entries.flatMap((entry) => [Math.abs(entry.gain ?? 0), entry.drop]));
  const bar = (value: number) => '█'.repeat(Math.round((Math.abs(value) / largest) * BAR_WIDTH));
  const nameWidth = Math.max(...entries.map((entry) => entry.name.length), 4);
  const left = (entry: (typeof entries)[number]) => `${entry.drop === 0 ? '0.0' : `−${entry.drop.toFixed(1)}`} ${bar(entry.drop)}`;
  const leftWidth = Math.max(...entries.map((entry) => left(entry).length), 'general drop ◀'.length);
  const right = (gain: number | null) =>
    gain === null ? ' no task gain' : gain >= 0 ? ` ${bar(gain)} +${gain.toFixed(1)}` : ` (${gain.toFixed(1)} task gain)`;
  return [
    `${''.padEnd(nameWidth)}  ${'general drop ◀'.padStart(leftWidth)} │ ▶ task gain (points)`,
    ...entries.map((entry) => `${entry.name.padEnd(nameWidth)}  ${left(entry).padStart(leftWidth)} │${right(entry.gain)}`),
  ].join('\n');
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A scatter of task gain (y) against general drop (x), one labelled dot per variant; Pareto-optimal ones filled. */
export function tradeoffSvg(points: readonly TradeoffPoint[], pareto: readonly boolean[]): string {
  const width = 640;
  const height = 420;
  const margin = { left: 60, right: 20, top: 30, bottom: 50 };
  const maxDrop = Math.max(1, ...points.map((point) => point.generalDrop)) * 1.15;
  const gains = points.map((point) => point.taskGain ?? 0);
  const lowGain = Math.min(0, ...gains) - 1;
  const highGain = Math.max(1, ...gains) * 1.15;
  const x = (drop: number) => margin.left + (drop / maxDrop) * (width - margin.left - margin.right);
  const y = (gain: number) => height - margin.bottom - ((gain - lowGain) / (highGain - lowGain)) * (height - margin.top - margin.bottom);
  const dots = points.map((point, i) => {
    const cx = x(point.generalDrop).toFixed(1);
    const cy = y(point.taskGain ?? 0).toFixed(1);
    const label = `${point.name} (${point.taskGain === null ? 'no gain' : `${point.taskGain >= 0 ? '+' : ''}${point.taskGain.toFixed(1)}`}, −${point.generalDrop.toFixed(1)})`;
    return `  <circle cx="${cx}" cy="${cy}" r="6" fill="${pareto[i] ? '#1f6feb' : 'white'}" stroke="#1f6feb" stroke-width="2"/>\n  <text x="${(Number(cx) + 9).toFixed(1)}" y="${(Number(cy) - 8).toFixed(1)}" font-size="12">${xmlText(label)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `  <rect width="${width}" height="${height}" fill="white"/>`,
    `  <text x="${width / 2}" y="18" font-size="14" text-anchor="middle">Task gain vs general drop (points); filled: Pareto-optimal</text>`,
    `  <line x1="${margin.left}" y1="${y(0).toFixed(1)}" x2="${width - margin.right}" y2="${y(0).toFixed(1)}" stroke="#888"/>`,
    `  <line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${height - margin.bottom}" stroke="#888"/>`,
    `  <text x="${width / 2}" y="${height - 15}" font-size="12" text-anchor="middle">general drop (worst general benchmark, points) →</text>`,
    `  <text x="15" y="${height / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 15 ${height / 2})">task gain (points) →</text>`,
    ...dots,
    '</svg>',
    '',
  ].join('\n');
}
