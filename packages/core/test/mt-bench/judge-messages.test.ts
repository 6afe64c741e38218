/**
 * The exact messages FastChat's run_judge_single sends for single-answer grading, built from the shared judge
 * prompts file (byte for byte FastChat's), and the rating FastChat reads back. The expected strings are written out
 * here from FastChat's templates, newline by newline: a moved newline or a swapped field fails them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJudgePrompts, parseQuestions, parseReferences, type MtBenchQuestion } from '../../src/mt-bench/data.js';
import { judgeMessages, judgePromptName, parseRating, pyFormat } from '../../src/mt-bench/judge-messages.js';
import { describeWithShared, sharedDatasets } from '../paths.js';

const dir = path.join(sharedDatasets, 'mt_bench');
const NEEDS = ['datasets/mt_bench/judge_prompts.jsonl', 'datasets/mt_bench/question.jsonl', 'datasets/mt_bench/reference_answer/gpt-4.jsonl'];

const SINGLE_INSTRUCTION =
  'Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. ' +
  'Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. ' +
  'Begin your evaluation by providing a short explanation. Be as objective as possible. ' +
  'After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: "[[rating]]", for example: "Rating: [[5]]".';
const MATH_INSTRUCTION =
  'Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. ' +
  "Your evaluation should consider correctness and helpfulness. You will be given a reference answer and the assistant's answer. " +
  "Begin your evaluation by comparing the assistant's answer with the reference answer. Identify and correct any mistakes. Be as objective as possible. " +
  'After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: "[[rating]]", for example: "Rating: [[5]]".';
const MULTI_TURN_SYSTEM =
  'Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. ' +
  'Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. ' +
  "You evaluation should focus on the assistant's answer to the second user question. " +
  'Begin your evaluation by providing a short explanation. Be as objective as possible. ' +
  'After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: "[[rating]]", for example: "Rating: [[5]]".\n\n';
const MATH_MULTI_TURN_SYSTEM =
  'Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question. ' +
  "Your evaluation should consider correctness and helpfulness. You will be given a reference answer and the assistant's answer. " +
  "You evaluation should focus on the assistant's answer to the second question. " +
  "Begin your evaluation by comparing the assistant's answer with the reference answer. Identify and correct any mistakes. Be as objective as possible. " +
  'After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: "[[rating]]", for example: "Rating: [[5]]".\n\n';

describeWithShared('MT-Bench judge messages (FastChat run_judge_single)', NEEDS, () => {
  const prompts = parseJudgePrompts(readFileSync(path.join(dir, 'judge_prompts.jsonl'), 'utf8'), 'judge_prompts.jsonl');
  const questions = new Map(parseQuestions(readFileSync(path.join(dir, 'question.jsonl'), 'utf8'), 'question.jsonl').map((q) => [q.questionId, q]));
  const references = parseReferences(readFileSync(path.join(dir, 'reference_answer/gpt-4.jsonl'), 'utf8'), 'gpt-4.jsonl');
  const q = (id: number) => questions.get(id) as MtBenchQuestion;
  const travel = 'Aloha! My week on Oahu began at the Polynesian Cultural Center.\n\n1. Hanauma Bay\n2. Pearl Harbor';
  const rewrite = 'A week on Oahu began at the Polynesian Cultural Center. Always visit Hanauma Bay.';
  const area = 'The area is 3 square units.';
  const circle = 'The circle has area 5*pi.';

  it('single-v1 for turn 1 of a writing question: the fixed system prompt and the instruction, question and answer', () => {
    const built = judgeMessages({ question: q(81), turn: 1, answers: [travel] }, prompts);
    expect(built.prompt).toBe('single-v1');
    expect(built.messages).toEqual([
      { role: 'system', content: 'You are a helpful assistant.' },
      {
        role: 'user',
        content:
          `[Instruction]\n${SINGLE_INSTRUCTION}\n\n` +
          '[Question]\nCompose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.\n\n' +
          `[The Start of Assistant's Answer]\n${travel}\n[The End of Assistant's Answer]`,
      },
    ]);
  });

  it("single-math-v1 for turn 1 of a math question: GPT-4's reference (turn 1, wrong as published) between question and answer", () => {
    const reference = references.get(111);
    const built = judgeMessages({ question: q(111), turn: 1, answers: [area], reference }, prompts);
    expect(built.prompt).toBe('single-math-v1');
    expect(reference?.[0].startsWith('To find the area of the triangle')).toBe(true);
    expect(built.messages).toEqual([
      { role: 'system', content: 'You are a helpful assistant.' },
      {
        role: 'user',
        content:
          `[Instruction]\n${MATH_INSTRUCTION}\n\n` +
          '[Question]\nThe vertices of a triangle are at points (0, 0), (-1, 1), and (3, 3). What is the area of the triangle?\n\n' +
          `[The Start of Reference Answer]\n${reference?.[0]}\n[The End of Reference Answer]\n\n` +
          `[The Start of Assistant's Answer]\n${area}\n[The End of Assistant's Answer]`,
      },
    ]);
  });

  it('single-v1-multi-turn for turn 2: the judging instruction is the system prompt (ending in two newlines), the whole conversation the user message', () => {
    const built = judgeMessages({ question: q(81), turn: 2, answers: [travel, rewrite] }, prompts);
    expect(built.prompt).toBe('single-v1-multi-turn');
    expect(built.messages).toEqual([
      { role: 'system', content: MULTI_TURN_SYSTEM },
      {
        role: 'user',
        content:
          "<|The Start of Assistant A's Conversation with User|>\n\n" +
          '### User:\nCompose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.\n\n' +
          `### Assistant A:\n${travel}\n\n` +
          '### User:\nRewrite your previous response. Start every sentence with the letter A.\n\n' +
          `### Assistant A:\n${rewrite}\n\n` +
          "<|The End of Assistant A's Conversation with User|>",
      },
    ]);
  });

  it('single-math-v1-multi-turn for turn 2 of a math question: both reference turns, then the conversation', () => {
    const reference = references.get(111) as [string, string];
    const built = judgeMessages({ question: q(111), turn: 2, answers: [area, circle], reference }, prompts);
    expect(built.prompt).toBe('single-math-v1-multi-turn');
    expect(built.messages).toEqual([
      { role: 'system', content: MATH_MULTI_TURN_SYSTEM },
      {
        role: 'user',
        content:
          '<|The Start of Reference Answer|>\n\n' +
          '### User:\nThe vertices of a triangle are at points (0, 0), (-1, 1), and (3, 3). What is the area of the triangle?\n\n' +
          `### Reference answer:\n${reference[0]}\n\n` +
          "### User:\nWhat's area of the circle circumscribing the triangle?\n\n" +
          `### Reference answer:\n${reference[1]}\n\n` +
          '<|The End of Reference Answer|>\n\n\n' +
          "<|The Start of Assistant A's Conversation with User|>\n\n" +
          '### User:\nThe vertices of a triangle are at points (0, 0), (-1, 1), and (3, 3). What is the area of the triangle?\n\n' +
          `### Assistant A:\n${area}\n\n` +
          "### User:\nWhat's area of the circle circumscribing the triangle?\n\n" +
          `### Assistant A:\n${circle}\n\n` +
          "<|The End of Assistant A's Conversation with User|>",
      },
    ]);
  });

  it('an extraction question (131, multi-line) is judged without a reference; reasoning and coding with one', () => {
    expect(judgeMessages({ question: q(131), turn: 1, answers: ['[5, 1, 3]'] }, prompts).messages[1].content).toContain(
      '[Question]\nEvaluate the following movie reviews on a scale of 1 to 5, with 1 being very negative, 3 being neutral, and 5 being very positive:\n1. This movie',
    );
    expect(
      [...questions.values()].map((question) => `${question.category}:${judgePromptName(question.category, 1)}`).filter((x, i, all) => all.indexOf(x) === i),
    ).toEqual([
      'writing:single-v1',
      'roleplay:single-v1',
      'reasoning:single-math-v1',
      'math:single-math-v1',
      'coding:single-math-v1',
      'extraction:single-v1',
      'stem:single-v1',
      'humanities:single-v1',
    ]);
  });

  it("an answer holding braces or a template field stays as it is (Python's format does not re-read values)", () => {
    const sneaky = 'Use {question} and {{x}} and {answer_2}';
    expect(judgeMessages({ question: q(81), turn: 1, answers: [sneaky] }, prompts).messages[1].content).toContain(
      `[The Start of Assistant's Answer]\n${sneaky}\n[The End of Assistant's Answer]`,
    );
  });
});

describe("pyFormat (Python's str.format for plain fields)", () => {
  it('fills fields, keeps doubled braces as one, ignores extra fields', () => {
    expect(pyFormat('{a} {{b}} {a}}}', { a: 'x', unused: 'y' })).toBe('x {b} x}');
  });
  it('refuses a field it was not given and a lone brace, as Python raises', () => {
    expect(() => pyFormat('{missing}', {})).toThrow(/\{missing\}/);
    expect(() => pyFormat('a } b', {})).toThrow(/single "\}"/);
  });
});

describe("parseRating (FastChat's one_score_pattern, then its backup)", () => {
  it.each([
    ['Rating: [[5]]', 5],
    ['The answer is fine.\n\nRating: [[10]]', 10],
    ['Rating: [[7.5]]', 7.5],
    ['Rating: [[8.]]', 8],
    // The double-bracket pattern wins wherever it is, even after a single-bracket number.
    ['Points [3] and [4] are weak. Rating: [[6]]', 6],
    // No [[N]]: the first [N].
    ['Rating: [4]. Another [9].', 4],
    ['Rating: [[6]] then [[2]]', 6],
    // Spaces or signs inside the brackets are not the pattern; FastChat then scores -1.
    ['Rating: [[ 5 ]]', -1],
    ['Rating: [[-3]]', -1],
    ['Rating: 5/10', -1],
    ['', -1],
    // Off the 1-10 scale the prompt asks for: no rating (FastChat would average it in).
    ['Rating: [[0]]', -1],
    ['Rating: [[11]]', -1],
    ['Rating: [[100]]', -1],
  ])('%j -> %d', (judgment, rating) => {
    expect(parseRating(judgment)).toBe(rating);
  });
});
