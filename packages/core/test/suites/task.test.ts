import { describe, expect, it } from 'vitest';
import { parseSuite } from '../../src/suites/load.js';

const ITEM = {
  id: 'pharm_001',
  category: 'drug_interactions',
  question: 'Which enzyme does fluconazole inhibit?',
  choices: ['A. CYP1A2', 'B. CYP2C9', 'C. CYP2E1', 'D. UGT1A1'],
  answer: 'B',
};

describe('suite task definition', () => {
  const suite = parseSuite(JSON.stringify(ITEM), '/data/pharm.jsonl');
  const [item] = suite.items;

  it('renders the MMLU-style question', () => {
    expect(suite.task.docToText(item)).toBe('Which enzyme does fluconazole inhibit?\nA. CYP1A2\nB. CYP2C9\nC. CYP2E1\nD. UGT1A1\nAnswer:');
  });

  it('scores the letters, with the answer index as target and acc as metric', () => {
    expect(suite.task.docToChoice(item)).toEqual(['A', 'B', 'C', 'D']);
    expect(suite.task.docToTarget(item)).toBe(1);
    expect(suite.task.metrics).toEqual(['acc']);
    expect(suite.task.targetDelimiter ?? ' ').toBe(' ');
  });

  it('is named after the file and versioned by content, without a description or few-shot', () => {
    expect(suite.task.name).toBe('suite:pharm');
    expect(suite.task.version).toBe(suite.version);
    expect(suite.task.description).toBeUndefined();
    expect(suite.task.defaultNumFewshot).toBe(0);
    expect(suite.task.fewshotSplit).toBeUndefined();
  });

  it('describes a named suite like MMLU and shows its few-shot examples first, in order', () => {
    const named = parseSuite(JSON.stringify({ name: 'clinical pharmacology', fewshot: [ITEM, { ...ITEM, id: 'x' }], items: [ITEM] }), 'named.json');
    expect(named.task.name).toBe('suite:clinical pharmacology');
    expect(named.task.description?.(named.items[0])).toBe('The following are multiple choice questions (with answers) about clinical pharmacology.\n\n');
    expect(named.task).toMatchObject({ fewshotSplit: 'fewshot', fewshotSampler: 'first_n', defaultNumFewshot: 2 });
  });
});
