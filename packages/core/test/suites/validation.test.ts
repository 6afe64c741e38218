import { describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { parseSuite } from '../../src/suites/load.js';

/** The FtbenchError a suite text raises, with its problem lines. */
function problemsOf(text: string, file: string): string[] {
  try {
    parseSuite(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as FtbenchError).hint).toMatch(/"question".*"choices".*"answer"/);
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^ {2}- /, ''));
  }
  throw new Error(`${file} was accepted`);
}

const item = (fields: Record<string, unknown>) => JSON.stringify({ question: 'Q?', choices: ['x', 'y', 'z', 'w'], answer: 'A', ...fields });

describe('suite validation: every problem of a JSONL file, each with file:line and field', () => {
  const lines = [
    item({ id: 'a' }),
    '{"id": "b", "question": "Q?", "choices": ["x", "y"], "answer": "A"',
    item({ question: undefined }),
    item({ choices: [] }),
    item({ answer: 'E' }),
    item({ choices: ['only'], answer: 0 }),
    item({ choices: Array.from({ length: 27 }, (_, i) => `c${i}`), answer: 0 }),
    item({ id: 'a', answer: 'Z' }),
    item({ id: true, question: 5, choices: 'x, y', answer: '1', category: null }),
    item({ choices: ['x', 3, ''], answer: 3 }),
    '[1, 2]',
    item({ answer: -1 }),
    item({ answer: undefined }),
    item({ question: '   ' }),
    item({ answer: 4 }),
    item({ answer: 'BC' }),
  ];
  const problems = problemsOf(lines.join('\n'), 'suite.jsonl');

  it('reports them all at once, in file order', () => {
    expect(problems).toEqual([
      // V8's wording varies across Node versions; the location and the advice are ours.
      expect.stringMatching(/^suite\.jsonl:2:67 invalid JSON: .+; each line must hold one item object$/),
      'suite.jsonl:3 field "question": missing; every item needs the question text',
      'suite.jsonl:4 field "choices": has 0 choices; between 2 and 26 (A–Z) are allowed',
      `suite.jsonl:5 field "answer": "E" is not one of the item's 4 choices; use a letter A–D or a 0-based index 0–3`,
      'suite.jsonl:6 field "choices": has 1 choice; between 2 and 26 (A–Z) are allowed',
      'suite.jsonl:7 field "choices": has 27 choices; between 2 and 26 (A–Z) are allowed',
      `suite.jsonl:8 field "answer": "Z" is not one of the item's 4 choices; use a letter A–D or a 0-based index 0–3`,
      'suite.jsonl:8 field "id": "a" is already used by suite.jsonl:1; ids must be unique',
      'suite.jsonl:9 field "id": must be a string or an integer (got true)',
      'suite.jsonl:9 field "category": must be a non-empty string (got null)',
      'suite.jsonl:9 field "question": must be a string (got 5)',
      'suite.jsonl:9 field "choices": must be a list of 2–26 strings (got a string)',
      'suite.jsonl:9 field "answer": "1" is not a valid answer; use a choice letter (A, B, …) or a 0-based index (0, 1, …)',
      'suite.jsonl:10 field "choices[1]": must be a string (got 3); quote it',
      'suite.jsonl:10 field "choices[2]": is empty; every choice needs answer text',
      `suite.jsonl:10 field "answer": 3 is not one of the item's 3 choices; use a letter A–C or a 0-based index 0–2`,
      'suite.jsonl:11: an item must be an object with "question", "choices" and "answer" (got a list)',
      'suite.jsonl:12 field "answer": -1 is not a valid answer; use a letter A–D or a 0-based index 0–3',
      'suite.jsonl:13 field "answer": missing; give the correct choice as a letter A–D or a 0-based index 0–3',
      'suite.jsonl:14 field "question": is empty',
      `suite.jsonl:15 field "answer": 4 is not one of the item's 4 choices; use a letter A–D or a 0-based index 0–3`,
      'suite.jsonl:16 field "answer": "BC" is not a valid answer; use a letter A–D or a 0-based index 0–3',
    ]);
  });

  it('counts them in the headline', () => {
    expect(() => parseSuite(lines.join('\n'), 'suite.jsonl')).toThrow(/^Suite suite\.jsonl has 22 problems:\n/);
  });
});

describe('suite validation: JSON and YAML locations', () => {
  it('names the item index and its line in JSON', () => {
    const text = `{
  "items": [
    ${item({ id: 1 })},
    ${item({ id: 2, answer: 'Z' })},
    ${item({ id: 1 })}
  ]
}`;
    expect(problemsOf(text, 'suite.json')).toEqual([
      `suite.json:4 items[1] field "answer": "Z" is not one of the item's 4 choices; use a letter A–D or a 0-based index 0–3`,
      'suite.json:5 items[2] field "id": "1" is already used by suite.json:3 items[0]; ids must be unique',
    ]);
  });

  it('names the item index and its line in YAML, for items and few-shot examples', () => {
    const text = `fewshot:
  - question: Example?
    choices: [a]
    answer: A
items:
  - question: Q?
    choices: [a, b]
    answer: 0
  - question: Q2?
    choices: a
    answer: 0
`;
    expect(problemsOf(text, 'suite.yaml')).toEqual([
      'suite.yaml:9 items[1] field "choices": must be a list of 2–26 strings (got a string)',
      'suite.yaml:2 fewshot[0] field "choices": has 1 choice; between 2 and 26 (A–Z) are allowed',
    ]);
  });

  it('reports top-level settings problems together with item problems', () => {
    const text = `{"name": "", "mode": "chat", "max_new_tokens": 0, "fewshots": [],
 "items": [{"question": "Q", "choices": ["a", "b"], "answer": "C"}]}`;
    expect(problemsOf(text, 'suite.json')).toEqual([
      'suite.json:1 field "fewshots": unknown; the allowed top-level fields are name, mode, max_new_tokens, fewshot, items',
      'suite.json:1 field "name": must be a non-empty string (got "")',
      'suite.json:1 field "mode": "chat" is not a mode; use "loglikelihood" or "generate"',
      'suite.json:1 field "max_new_tokens": must be a positive integer (got 0)',
      `suite.json:2 items[0] field "answer": "C" is not one of the item's 2 choices; use a letter A–B or a 0-based index 0–1`,
    ]);
  });

  it('reports syntax errors with their line and column', () => {
    expect(problemsOf('{\n  "items": [\n    {"question": "Q" "choices": []}\n  ]\n}', 'broken.json')).toEqual([
      expect.stringMatching(/^broken\.json:3:22 invalid JSON: /),
    ]);
    expect(problemsOf('items:\n  - question: Q\n    choices: [a, b\n', 'broken.yaml')).toEqual([
      expect.stringMatching(/^broken\.yaml:\d+:\d+ invalid YAML: .*Flow sequence/),
    ]);
  });

  // V8 names no position for these ("Unexpected token ']'"), so ftbench finds it.
  it.each([
    ['a trailing comma', '[\n  {"question": "Q", "choices": ["a", "b"], "answer": "A"},\n]\n', 'trailing.json:3:1'],
    ['single quotes', "{\n  'items': []\n}", 'quotes.json:2:3'],
    ['a bare word', '{"items": [{"question": "Q", "choices": ["a", "b"], "answer": A}]}', 'word.json:1:63'],
    ['a tab inside a string', '{"items": [{"question": "Q\tR"}]}', 'tab.json:1:27'],
    ['a truncated file', '{"items": [', 'cut.json:1:12'],
  ])('locates %s in a .json suite by line and column', (_, text, where) => {
    const file = where.split(':')[0];
    expect(problemsOf(text, file)).toEqual([expect.stringMatching(new RegExp(`^${where.replace('.', '\\.')} invalid JSON: [^\\n]+$`))]);
  });

  it('gives the column of a broken JSONL line', () => {
    const line = '{"question": "Q", "choices": ["a", "b",], "answer": "A"}';
    expect(problemsOf(`${line}\n`, 'lines.jsonl')[0]).toMatch(/^lines\.jsonl:1:40 invalid JSON: .*; each line must hold one item object$/);
  });

  it('rejects files without items', () => {
    expect(problemsOf('{"items": []}', 'empty.json')).toEqual(['empty.json: has no items; a suite needs at least one question']);
    expect(problemsOf('{"mode": "generate"}', 'none.json')).toEqual(['none.json field "items": missing; give the questions as "items": [...]']);
    expect(problemsOf('', 'blank.yaml')).toEqual(['blank.yaml: must hold a list of items, or an object with "items": [...] (got null)']);
    expect(problemsOf('\n\n', 'blank.jsonl')).toEqual(['blank.jsonl: has no items; a suite needs at least one question']);
  });
});
