import { describe, expect, it } from 'vitest';
import { parseGeneratedAnswer } from '../../src/suites/answer.js';

describe('parseGeneratedAnswer', () => {
  it.each([
    ['B', 1],
    [' B', 1],
    ['\n\n  C. Because it inhibits CYP2C9', 2],
    ['(B)', 1],
    ['B.', 1],
    ['Answer: B', 1],
    ['The answer is D', 3],
    ['A', 0],
    ['d', null], // lowercase letters are words, not answers
    ['Because of the interaction', null],
    ['ABBA', null],
    ['E is my answer', null], // E is not among 4 choices
    ['E or maybe C', 2],
    ['I think it is B', 1],
    ['Theoretically speaking, B', null], // B is past the first 20 characters
    ['Theoretically, B', 1],
    ['', null],
  ])('%j with 4 choices -> %s', (text, expected) => {
    expect(parseGeneratedAnswer(text, 4)).toBe(expected);
  });

  it('counts characters as code points', () => {
    // 18 emoji (36 UTF-16 units) then " B": B is the 20th code point.
    expect(parseGeneratedAnswer(`${'🙂'.repeat(18)} B`, 4)).toBe(1);
    expect(parseGeneratedAnswer(`${'🙂'.repeat(19)} B`, 4)).toBeNull();
  });

  it("accepts letters up to the item's choice count", () => {
    expect(parseGeneratedAnswer('F', 6)).toBe(5);
    expect(parseGeneratedAnswer('F', 5)).toBeNull();
  });
});
