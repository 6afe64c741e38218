import { describe, expect, it } from 'vitest';
import { normalizeItem, stripLetterPrefixes } from '../../src/suites/items.js';

describe('stripLetterPrefixes', () => {
  it('strips "A. ", "B) ", "C: " when every choice carries its letter in sequence', () => {
    expect(stripLetterPrefixes(['A. 5 mg', 'B. 10 mg'])).toEqual(['5 mg', '10 mg']);
    expect(stripLetterPrefixes(['A) one', 'B: two', 'C.   three'])).toEqual(['one', 'two', 'three']);
  });

  it('keeps choices without prefixes as they are', () => {
    expect(stripLetterPrefixes(['5 mg', '10 mg'])).toEqual(['5 mg', '10 mg']);
  });

  it('keeps an answer text that itself starts with "A. " when the others have no prefix', () => {
    expect(stripLetterPrefixes(['A. fumigatus', 'Candida albicans', 'Cryptococcus'])).toEqual(['A. fumigatus', 'Candida albicans', 'Cryptococcus']);
  });

  it('keeps prefixes that are out of sequence, lowercase or not followed by a space', () => {
    expect(stripLetterPrefixes(['B. x', 'A. y'])).toEqual(['B. x', 'A. y']);
    expect(stripLetterPrefixes(['a. x', 'b. y'])).toEqual(['a. x', 'b. y']);
    expect(stripLetterPrefixes(['A.5 mg', 'B.10 mg'])).toEqual(['A.5 mg', 'B.10 mg']);
  });
});

describe('normalizeItem', () => {
  const base = { question: 'Which?', choices: ['A. a', 'B. b', 'C. c'] };

  it('accepts the answer as a letter in either case, or as a 0-based index', () => {
    expect(normalizeItem({ ...base, answer: 'B' }, 0, 'f:1').item?.answer).toBe(1);
    expect(normalizeItem({ ...base, answer: 'c' }, 0, 'f:1').item?.answer).toBe(2);
    expect(normalizeItem({ ...base, answer: ' a ' }, 0, 'f:1').item?.answer).toBe(0);
    expect(normalizeItem({ ...base, answer: 2 }, 0, 'f:1').item?.answer).toBe(2);
  });

  it('defaults the id to the position and the category to "uncategorized", and keeps the line', () => {
    expect(normalizeItem({ ...base, answer: 0 }, 4, 'f:9', 9).item).toEqual({
      id: '4',
      category: 'uncategorized',
      question: 'Which?',
      choices: ['a', 'b', 'c'],
      answer: 0,
      line: 9,
    });
  });

  it('takes numeric ids as strings', () => {
    expect(normalizeItem({ ...base, id: 17, answer: 0 }, 0, 'f:1').item?.id).toBe('17');
  });

  it('rejects a choice that is only a prefix', () => {
    expect(normalizeItem({ question: 'Q', choices: ['A. x', 'B. '], answer: 0 }, 0, 'f:1').problems).toEqual([
      'f:1 field "choices[1]": is empty; every choice needs answer text',
    ]);
  });
});
