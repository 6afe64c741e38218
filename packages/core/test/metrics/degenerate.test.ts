import { describe, expect, it } from 'vitest';
import { degenerateSigns, type AnsweredDoc } from '../../src/metrics/degenerate.js';

const doc = (prediction: number, loglikelihoods: number[]): AnsweredDoc => ({ prediction, choices: loglikelihoods.length, loglikelihoods });

describe('degenerateSigns', () => {
  it('flag the same answer everywhere once guessing would give it less than once in a thousand runs', () => {
    // 4 choices: 4 * 4^-6 = 0.00098 for 6 documents, 0.0039 for 5.
    const four = (n: number) => Array.from({ length: n }, (_, i) => doc(2, [-4 - i, -3 - i, -1 - i, -2 - i]));
    expect(degenerateSigns(four(6))).toEqual(['same-answer']);
    expect(degenerateSigns(four(5))).toEqual([]);
    // 2 choices need 11 documents.
    const two = (n: number) => Array.from({ length: n }, (_, i) => doc(0, [-1 - i, -2 - i]));
    expect(degenerateSigns(two(11))).toEqual(['same-answer']);
    expect(degenerateSigns(two(10))).toEqual([]);
    expect(degenerateSigns([...four(6), doc(1, [-2, -1, -3, -4])])).toEqual([]);
  });

  it('flag every choice of every document having one log-likelihood', () => {
    const tied = [doc(0, [-11.09, -11.09, -11.09]), doc(0, [-5.5, -5.5])];
    expect(degenerateSigns(tied)).toEqual(['equal-loglikelihoods']);
    expect(degenerateSigns([...tied, doc(1, [-5.5, -5.4])])).toEqual([]);
  });

  it('see nothing in generate mode answers that differ or that have no letter, or in no documents', () => {
    expect(
      degenerateSigns([
        { prediction: 0, choices: 4, loglikelihoods: [] },
        { prediction: -1, choices: 4, loglikelihoods: [] },
      ]),
    ).toEqual([]);
    expect(degenerateSigns([])).toEqual([]);
    // Unparseable everywhere is counted as such, not as an answer.
    expect(degenerateSigns(Array.from({ length: 20 }, () => ({ prediction: -1, choices: 4, loglikelihoods: [] })))).toEqual([]);
    expect(degenerateSigns(Array.from({ length: 20 }, () => ({ prediction: 1, choices: 4, loglikelihoods: [] })))).toEqual(['same-answer']);
  });
});
