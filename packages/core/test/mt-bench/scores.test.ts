/** MT-Bench's aggregation as FastChat's show_result.py (display_result_single) computes it. */
import { describe, expect, it } from 'vitest';
import { mtBenchScores, type Judged } from '../../src/mt-bench/scores.js';

const j = (questionId: number, category: string, turn: 1 | 2, rating: number): Judged => ({ questionId, category, turn, rating });

describe('mtBenchScores', () => {
  const judged = [j(81, 'writing', 1, 10), j(81, 'writing', 2, 2), j(111, 'math', 1, 8), j(111, 'math', 2, -1), j(112, 'math', 1, -1), j(112, 'math', 2, -1)];
  const scores = mtBenchScores(judged);

  it('drops score -1, then averages turn 1, turn 2, and every rated judgment (not the mean of the turn means)', () => {
    expect(scores.turns.map((t) => t.value)).toEqual([9, 2]);
    expect(scores.overall.value).toBeCloseTo(20 / 3, 12);
    expect(scores.failed).toBe(3);
  });

  it("stderr is the sample standard deviation over the rated judgments / sqrt(n), as lm-eval's", () => {
    const ratings = [10, 2, 8];
    const mu = 20 / 3;
    const sd = Math.sqrt(ratings.reduce((s, x) => s + (x - mu) ** 2, 0) / 2);
    expect(scores.overall.stderr).toBeCloseTo(sd / Math.sqrt(3), 12);
    expect(scores.turns[1].stderr).toBeNull();
  });

  it('per category the same mean over its judgments, n counting questions; per question the mean of its rated turns', () => {
    expect(scores.categories).toEqual({
      math: { n: 2, metrics: { score: { value: 8, stderr: null } } },
      writing: { n: 1, metrics: { score: { value: 6, stderr: expect.any(Number) } } },
    });
    expect([...scores.questionScores]).toEqual([
      [81, 6],
      [111, 8],
    ]);
  });

  it('a category whose every judgment failed keeps its count and has no score', () => {
    const only = mtBenchScores([...judged, j(131, 'extraction', 1, -1), j(131, 'extraction', 2, -1)]);
    expect(only.categories.extraction).toEqual({ n: 1, metrics: {} });
  });

  it('a turn without a single rating is an error, not a score', () => {
    expect(() => mtBenchScores([j(81, 'writing', 1, 7), j(81, 'writing', 2, -1)])).toThrow(/no judgment of turn 2 gave a rating \(1 of 2 judgments failed\)/);
  });
});
