/** Numbers as the comment shows them: 0–1 metrics as percentages, deltas in signed points. */

/** A metric value: 0.4523 → "45.2%" for 0–1 metrics (pointsScale 100). */
export function formatScore(value: number, pointsScale: number): string {
  return pointsScale === 100 ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

/** Points with their sign, never "-0.0": 1.25 → "+1.3", -0.04 → "0.0". */
export function formatSignedPoints(points: number): string {
  const rounded = Number(points.toFixed(1));
  if (rounded === 0) return '0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded.toFixed(1);
}

export function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** 42.3 → "42.3 s", 185 → "3 min 05 s", 3725 → "1 h 02 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const wholeSeconds = Math.round(seconds);
  const minutes = Math.floor(wholeSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(wholeSeconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
