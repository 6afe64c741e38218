import { describe, expect, it } from 'vitest';
import { argmax, codePointLength, scoreMultipleChoice } from '../../src/metrics/multiple-choice.js';

// Expected values checked with python3 + numpy 2.4 (np.argmax, len(str)); see each case.
describe('argmax (numpy semantics)', () => {
  it('returns the first maximum on ties', () => {
    // np.argmax([-1.0, -0.5, -0.5]) == 1
    expect(argmax([-1, -0.5, -0.5])).toBe(1);
  });

  it('treats NaN as the maximum, like numpy', () => {
    // np.argmax([1.0, nan, 2.0]) == 1
    expect(argmax([1, Number.NaN, 2])).toBe(1);
  });

  it('rejects an empty list', () => {
    expect(() => argmax([])).toThrow(/empty/);
  });
});

describe('codePointLength (Python len)', () => {
  it('counts code points, not UTF-16 units or graphemes', () => {
    // python: len("🙂🙂") == 2, len("e\u0301") == 2, len("naïve café") == 10
    expect(codePointLength('🙂🙂')).toBe(2);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('naïve café')).toBe(10);
  });
});

describe('scoreMultipleChoice', () => {
  it('scores acc on raw log-likelihoods and acc_norm on per-character ones', () => {
    // lls / len = [-10/2, -12/8] = [-5, -1.5]: raw argmax 0, normalized argmax 1.
    const score = scoreMultipleChoice([-10, -12], ['ab', 'abcdefgh'], 1, ['acc', 'acc_norm']);
    expect(score).toEqual({ prediction: 0, predictionNorm: 1, values: { acc: 0, acc_norm: 1 } });
  });

  it('gives the tie to the first choice, as numpy does', () => {
    const score = scoreMultipleChoice([-2, -2, -3], ['x', 'y', 'z'], 1, ['acc']);
    expect(score).toEqual({ prediction: 0, values: { acc: 0 } });
  });

  it('normalizes by code points for emoji', () => {
    // numpy: argmax([-4, -3] / [len("🙂🙂"), len("abc")]) = argmax([-2, -1]) = 1.
    // With UTF-16 lengths (4, 3) it would be a tie at -1 and pick 0.
    const score = scoreMultipleChoice([-4, -3], ['🙂🙂', 'abc'], 1, ['acc_norm']);
    expect(score.predictionNorm).toBe(1);
    expect(score.values).toEqual({ acc_norm: 1 });
  });

  it('does not Unicode-normalize accented choices', () => {
    // numpy: [-10, -8.2] / [len("cafe\u0301")=5, len("café")=4] = [-2, -2.05] -> argmax 0.
    // An NFC-normalized length (4) would give [-2.5, -2.05] -> 1.
    const score = scoreMultipleChoice([-10, -8.2], ['cafe\u0301', 'café'], 0, ['acc', 'acc_norm']);
    expect(score).toEqual({ prediction: 1, predictionNorm: 0, values: { acc: 0, acc_norm: 1 } });
  });

  it('scores 0 when gold is outside the choices (lm-eval gold = -100)', () => {
    expect(scoreMultipleChoice([-1, -2], ['a', 'b'], 5, ['acc']).values).toEqual({ acc: 0 });
  });

  it('rejects a log-likelihood count that does not match the choices', () => {
    expect(() => scoreMultipleChoice([-1], ['a', 'b'], 0, ['acc'])).toThrow(/1 log-likelihoods for 2 choices/);
  });
});
