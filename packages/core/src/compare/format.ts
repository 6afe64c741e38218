/**
 * Numbers as reasons and reports show them, on each metric's own scale: 0–1 metrics as
 * percentages with deltas in percentage points to one decimal, MT-Bench's 1–10 score as a rating
 * with deltas in rating points to two decimals (a 0.3-point change is a lot on that scale).
 * `pointsScale` is METRIC_POINTS_SCALE of the metric: 100 for fractions, 1 for ratings.
 */

function pointsDecimals(pointsScale: number): number {
  return pointsScale === 100 ? 1 : 2;
}

/** A metric value: 0.4523 → "45.2%" (pointsScale 100), 7.4166 → "7.42" (pointsScale 1). */
export function formatScore(value: number, pointsScale: number): string {
  return pointsScale === 100 ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

/** A number of points without sign: 3 → "3.0" for percentages, 0.5 → "0.50" for ratings. */
export function formatPoints(points: number, pointsScale = 100): string {
  return points.toFixed(pointsDecimals(pointsScale));
}

/** Points with their sign, never "-0.0": 1.25 → "+1.3", -0.04 → "0.0"; ratings: -0.314 → "-0.31". */
export function formatSignedPoints(points: number, pointsScale = 100): string {
  const decimals = pointsDecimals(pointsScale);
  const rounded = Number(points.toFixed(decimals));
  if (rounded === 0) return (0).toFixed(decimals);
  return rounded > 0 ? `+${rounded.toFixed(decimals)}` : rounded.toFixed(decimals);
}

export function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
