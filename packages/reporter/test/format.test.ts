import { describe, expect, it } from 'vitest';
import { formatDuration, formatPValue, formatPoints, formatScore, formatSignedPoints } from '../src/format.js';

describe('number formats', () => {
  it('shows 0–1 metrics as percentages with one decimal', () => {
    expect(formatScore(0.4523, 100)).toBe('45.2%');
    expect(formatScore(1, 100)).toBe('100.0%');
  });

  it('signs points and never shows -0.0', () => {
    expect(formatSignedPoints(1.26)).toBe('+1.3');
    expect(formatSignedPoints(-15.2)).toBe('-15.2');
    expect(formatSignedPoints(-0.04)).toBe('0.0');
    expect(formatSignedPoints(0)).toBe('0.0');
  });

  it("shows MT-Bench's 1–10 ratings and their points with two decimals (pointsScale 1)", () => {
    expect(formatScore(7.4166, 1)).toBe('7.42');
    expect(formatSignedPoints(-0.314, 1)).toBe('-0.31');
    expect(formatSignedPoints(0.25, 1)).toBe('+0.25');
    expect(formatSignedPoints(-0.004, 1)).toBe('0.00');
    expect(formatPoints(0.5, 1)).toBe('0.50');
    expect(formatPoints(3)).toBe('3.0');
  });

  it('caps tiny p-values', () => {
    expect(formatPValue(0.0004)).toBe('p < 0.001');
    expect(formatPValue(0.125)).toBe('p = 0.125');
  });

  it('shows durations at a useful grain', () => {
    expect(formatDuration(42.25)).toBe('42.3 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });
});
