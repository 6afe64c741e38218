/** The model's side of MT-Bench as gen_model_answer.py asks it: temperatures, seeds, the conversation, the clean-up. */
import { describe, expect, it } from 'vitest';
import { answerSeed, answerTemperature, cleanAnswer, conversation } from '../../src/mt-bench/answers.js';

const question = { questionId: 81, category: 'writing', turns: ['Write a poem.', 'Now shorter.'] as [string, string] };

describe('answer temperatures', () => {
  it("fastchat: FastChat's per-category table (0.7 writing/roleplay, 0.1 stem/humanities, greedy otherwise; 0.7 for an unknown category)", () => {
    const categories = ['writing', 'roleplay', 'extraction', 'math', 'coding', 'reasoning', 'stem', 'humanities', 'other'];
    expect(categories.map((c) => answerTemperature(c, 'fastchat'))).toEqual([0.7, 0.7, 0, 0, 0, 0, 0.1, 0.1, 0.7]);
  });
  it('greedy: 0 everywhere', () => {
    expect(['writing', 'stem', 'math'].map((c) => answerTemperature(c, 'greedy'))).toEqual([0, 0, 0]);
  });
});

describe('answer seeds', () => {
  it('depend on the run seed, the question and the turn only: the same every call, different across any of them', () => {
    expect(answerSeed(0, 81, 1)).toBe(answerSeed(0, 81, 1));
    const seeds = new Set([answerSeed(0, 81, 1), answerSeed(0, 81, 2), answerSeed(0, 82, 1), answerSeed(1, 81, 1)]);
    expect(seeds.size).toBe(4);
    for (const seed of seeds) expect(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });
});

describe('the conversation answered', () => {
  it("turn 1 is the first question; turn 2 adds turn 1's answer and the second question; a system instruction leads", () => {
    expect(conversation(question, 1)).toEqual([{ role: 'user', content: 'Write a poem.' }]);
    expect(conversation(question, 2, 'Roses.', 'Be brief.')).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Write a poem.' },
      { role: 'assistant', content: 'Roses.' },
      { role: 'user', content: 'Now shorter.' },
    ]);
  });
});

describe('cleanAnswer (gen_model_answer.py)', () => {
  it("removes every special token's text wherever it is, then strips Python's whitespace", () => {
    expect(cleanAnswer('\u00a0 <s>Hello</s> wor<unk>ld </s>\n\u2028', ['<s>', '</s>', '<unk>'])).toBe('Hello world');
  });
  it('keeps inner whitespace and everything else', () => {
    expect(cleanAnswer('  a\n\nb  ', [])).toBe('a\n\nb');
  });
});
