/** Numbers as the comment shows them: core's formatting (0–1 metrics as percentages, MT-Bench as 1–10 ratings), and durations. */
export { formatPValue, formatPoints, formatScore, formatSignedPoints } from '@ftbench/core';

/** 42.3 → "42.3 s", 185 → "3 min 05 s", 3725 → "1 h 02 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const wholeSeconds = Math.round(seconds);
  const minutes = Math.floor(wholeSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(wholeSeconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
