import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { DEMO_SUITE_PATH, loadSuite, parseSuite } from '../../src/suites/load.js';
import type { SuiteItem } from '../../src/suites/types.js';

const dir = mkdtempSync(join(tmpdir(), 'ftbench-suites-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSuite(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The same three items in every format: prefixed/unprefixed choices, letter/index answers, default id and category. */
const JSON_ITEMS = `[
  {"id": "q1", "category": "dosing", "question": "Q one?", "choices": ["A. x", "B. y", "C. z", "D. w"], "answer": "B"},
  {"id": 7, "question": "  Q two?\\n", "choices": ["alpha", "beta"], "answer": 0},
  {"category": "dosing", "question": "Q three?", "choices": ["A) p", "B) q", "C) r"], "answer": "c"}
]`;

const JSONL_ITEMS = [
  '{"id": "q1", "category": "dosing", "question": "Q one?", "choices": ["A. x", "B. y", "C. z", "D. w"], "answer": "B"}',
  '',
  '{"id": 7, "question": "  Q two?\\n", "choices": ["alpha", "beta"], "answer": 0}',
  '{"category": "dosing", "question": "Q three?", "choices": ["A) p", "B) q", "C) r"], "answer": "c"}',
  '',
].join('\n');

const YAML_ITEMS = `- id: q1
  category: dosing
  question: Q one?
  choices: ["A. x", "B. y", "C. z", "D. w"]
  answer: B
- id: 7
  question: "  Q two?\\n"
  choices:
    - alpha
    - beta
  answer: 0
- category: dosing
  question: Q three?
  choices: ["A) p", "B) q", "C) r"]
  answer: c
`;

const indent = (text: string) => text.replace(/\n/g, '\n  ');

const EXPECTED_ITEMS: Omit<SuiteItem, 'line'>[] = [
  { id: 'q1', category: 'dosing', question: 'Q one?', choices: ['x', 'y', 'z', 'w'], answer: 1 },
  { id: '7', category: 'uncategorized', question: 'Q two?', choices: ['alpha', 'beta'], answer: 0 },
  { id: '2', category: 'dosing', question: 'Q three?', choices: ['p', 'q', 'r'], answer: 2 },
];

const withoutLines = (items: SuiteItem[]) => items.map(({ line: _line, ...item }) => item);

describe('suite file formats', () => {
  const files = {
    'array.json': JSON_ITEMS,
    'object.json': `{"items": ${JSON_ITEMS}}`,
    'lines.jsonl': JSONL_ITEMS,
    'list.yaml': YAML_ITEMS,
    'object.yml': `items:\n  ${indent(YAML_ITEMS)}`,
  };

  for (const [name, text] of Object.entries(files)) {
    it(`${name} parses to the normalized items`, async () => {
      const suite = await loadSuite(writeSuite(name, text));
      expect(withoutLines(suite.items)).toEqual(EXPECTED_ITEMS);
      expect(suite.fewshot).toEqual([]);
      expect(suite.mode).toBe('loglikelihood');
      expect(suite.maxNewTokens).toBe(32);
    });
  }

  it('gives every format the same version, and the name of the file', async () => {
    const suites = await Promise.all(Object.entries(files).map(([name, text]) => loadSuite(writeSuite(name, text))));
    expect(new Set(suites.map((suite) => suite.version)).size).toBe(1);
    expect(suites[0].version).toMatch(/^[0-9a-f]{64}$/);
    expect(suites.map((suite) => suite.name)).toEqual(['array', 'object', 'lines', 'list', 'object']);
    expect(suites[2].task.name).toBe('suite:lines');
  });

  it('records JSONL line numbers (blank lines skipped) and YAML/JSON item lines', () => {
    expect(parseSuite(JSONL_ITEMS, 's.jsonl').items.map((item) => item.line)).toEqual([1, 3, 4]);
    expect(parseSuite(YAML_ITEMS, 's.yaml').items.map((item) => item.line)).toEqual([1, 6, 12]);
    expect(parseSuite(JSON_ITEMS, 's.json').items.map((item) => item.line)).toEqual([2, 3, 4]);
  });

  it('reads settings and few-shot examples from the object form', () => {
    const suite = parseSuite(
      `name: pharmacology
mode: generate
max_new_tokens: 8
fewshot:
  - question: Example?
    choices: [yes, no]
    answer: A
items:
  - question: Real?
    choices: [yes, no]
    answer: 1
`,
      'named.yaml',
    );
    expect(suite).toMatchObject({ name: 'pharmacology', mode: 'generate', maxNewTokens: 8 });
    expect(withoutLines(suite.fewshot)).toEqual([{ id: '0', category: 'uncategorized', question: 'Example?', choices: ['yes', 'no'], answer: 0 }]);
    expect(suite.task.name).toBe('suite:pharmacology');
  });

  it('changes the version with any content change, not with layout', () => {
    const base = parseSuite(JSONL_ITEMS, 's.jsonl').version;
    expect(parseSuite(`\n\n${JSONL_ITEMS}`, 's.jsonl').version).toBe(base);
    expect(parseSuite(JSONL_ITEMS.replace('Q one?', 'Q one!'), 's.jsonl').version).not.toBe(base);
    expect(parseSuite(JSONL_ITEMS.replace('"answer": "B"', '"answer": "C"'), 's.jsonl').version).not.toBe(base);
  });

  it('rejects a missing file and an unknown extension with FtbenchError', async () => {
    await expect(loadSuite(join(dir, 'nope.jsonl'))).rejects.toThrow(/nope\.jsonl does not exist/);
    await expect(loadSuite(writeSuite('suite.csv', 'a,b'))).rejects.toThrow(FtbenchError);
    await expect(loadSuite(join(dir, 'suite.csv'))).rejects.toThrow(/unsupported extension "\.csv"/);
  });
});

describe('suite files ftbench refuses instead of guessing', () => {
  const ITEM = '{"question": "Caf\u00e9 au lait?", "choices": ["oui", "non"], "answer": "A"}\n';

  it('refuses a file that is not UTF-8, naming the first bad byte and its offset', async () => {
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from(`{"id": 1, "question": "ok?", "choices": ["a", "b"], "answer": "A"}\n${ITEM}`, 'latin1'));
    const offset = 67 + '{"question": "Caf'.length; // the é, one byte in Latin-1
    await expect(loadSuite(latin1)).rejects.toThrow(new RegExp(`latin1\\.jsonl is not valid UTF-8: byte 0xE9 at byte offset ${offset} \\(line 2\\)`));
    const strayContinuation = writeSuite('stray.jsonl', '');
    writeFileSync(strayContinuation, Buffer.concat([Buffer.from('[{"question": "'), Buffer.from([0x80]), Buffer.from('"}]')]));
    await expect(loadSuite(strayContinuation)).rejects.toThrow(/byte 0x80 at byte offset 15 \(line 1\)/);
  });

  it('reads UTF-8 with or without a byte-order mark as the same text', async () => {
    const plain = await loadSuite(writeSuite('plain.jsonl', ITEM));
    const bom = join(dir, 'bom.jsonl');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ITEM)]));
    const withBom = await loadSuite(bom);
    expect(withBom.items[0].question).toBe('Café au lait?');
    expect(withBom.version).toBe(plain.version);
  });

  it('explains an empty suite path and a file without an extension', async () => {
    await expect(loadSuite('')).rejects.toThrow(/"suite:" needs the path of a suite file/);
    await expect(loadSuite(join(dir, 'suite'))).rejects.toThrow(/suite has no extension/);
  });

  it('refuses a YAML alias bomb quickly instead of expanding it', async () => {
    // Nine levels of nine aliases each: 9^9 copies of "lol" if expanded.
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    const bomb = writeSuite('bomb.yaml', `${levels.join('\n')}\nitems: *i\n`);
    await expect(loadSuite(bomb)).rejects.toThrow(FtbenchError);
    await expect(loadSuite(bomb)).rejects.toThrow(/bomb\.yaml invalid YAML: its aliases \(\*name\) expand to more than 10000 copies/);
  });

  it('still takes an alias reused on every item', () => {
    // yaml's default limit (100) would refuse this plain reuse.
    const items = Array.from({ length: 150 }, (_, i) => `- {question: "Q${i}?", choices: ${i === 0 ? '&yes_no [yes, no]' : '*yes_no'}, answer: A}`);
    const suite = parseSuite(`${items.join('\n')}\n`, 'reuse.yaml');
    expect(suite.items).toHaveLength(150);
    expect(suite.items[149].choices).toEqual(['yes', 'no']);
  });
});

describe('bundled demo suite', () => {
  it('has 24 four-choice items in 3 categories with answers spread over A–D', async () => {
    const suite = await loadSuite(DEMO_SUITE_PATH);
    expect(suite.items).toHaveLength(24);
    expect(suite.items.every((item) => item.choices.length === 4 && !/^[A-D]\. /.test(item.choices[0]))).toBe(true);
    const count = (values: (string | number)[]) => Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]));
    expect(count(suite.items.map((item) => item.category))).toEqual({ drug_interactions: 8, dosing: 8, adverse_effects: 8 });
    expect(count(suite.items.map((item) => item.answer))).toEqual({ 0: 6, 1: 6, 2: 6, 3: 6 });
  });
});
