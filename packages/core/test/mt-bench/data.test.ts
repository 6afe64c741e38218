/** MT-Bench's files: FastChat's own parse as published, and each kind of broken file named in one line. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMtBenchData, MT_BENCH_FILES, parseJudgePrompts, parseQuestions, parseReferences } from '../../src/mt-bench/data.js';
import { loadLocalMtBench } from '../../src/mt-bench/load.js';
import { describeWithShared, sharedDatasets } from '../paths.js';
import { FtbenchError } from '../../src/errors.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeWithShared('the published MT-Bench files', ['datasets/mt_bench'], () => {
  it('hold 80 two-turn questions, 10 per category, GPT-4 references for math, reasoning and coding, and the four single prompts', async () => {
    const { data, dataset } = await loadLocalMtBench(sharedDatasets);
    expect(data.questions).toHaveLength(80);
    const perCategory: Record<string, number> = {};
    for (const q of data.questions) perCategory[q.category] = (perCategory[q.category] ?? 0) + 1;
    expect(perCategory).toEqual({
      writing: 10,
      roleplay: 10,
      reasoning: 10,
      math: 10,
      coding: 10,
      extraction: 10,
      stem: 10,
      humanities: 10,
    });
    expect(data.questions[0]).toMatchObject({ questionId: 81, category: 'writing' });
    expect(data.references.size).toBe(30);
    expect([...data.references.keys()].sort()).toEqual(
      data.questions.filter((q) => ['math', 'reasoning', 'coding'].includes(q.category)).map((q) => q.questionId),
    );
    expect(data.judgePrompts.size).toBe(8);
    expect(dataset).toMatchObject({ source: 'local', path: path.join(sharedDatasets, 'mt_bench'), split: 'question' });
    expect(dataset.revision).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a data dir without MT-Bench names the files and the layout', async () => {
    await expect(loadLocalMtBench(root)).rejects.toThrow(/Missing .*mt_bench\/question\.jsonl, needed for mt_bench/);
  });

  it('a changed reference answer changes the recorded revision', async () => {
    const copy = path.join(root, 'copy');
    cpSync(path.join(sharedDatasets, 'mt_bench'), path.join(copy, 'mt_bench'), { recursive: true });
    const before = (await loadLocalMtBench(copy)).dataset.revision;
    const file = path.join(copy, 'mt_bench', MT_BENCH_FILES.references);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Area = 0', 'Area = 3'));
    expect((await loadLocalMtBench(copy)).dataset.revision).not.toBe(before);
  });
});

describe('broken MT-Bench files', () => {
  const q = (o: object) => JSON.stringify({ question_id: 81, category: 'writing', turns: ['a', 'b'], ...o });
  it.each([
    ['{not json', /question\.jsonl line 1 is not JSON/],
    ['[1, 2]', /line 1 is not a JSON object/],
    ['', /question\.jsonl is empty/],
    [q({ question_id: '81' }), /line 1: "question_id" must be an integer/],
    [q({ turns: ['only one'] }), /"turns" must be a list of two strings/],
    [`${q({})}\n\n${q({})}\n`, /line 3: question_id 81 appears twice/],
  ])('%j', (text, message) => {
    expect(() => parseQuestions(text, 'question.jsonl')).toThrow(message);
    try {
      parseQuestions(text, 'question.jsonl');
    } catch (error) {
      expect(error).toBeInstanceOf(FtbenchError);
    }
  });

  it("a reference answer without choices[0].turns, and a math question without a reference (FastChat's check_data)", () => {
    expect(() => parseReferences(JSON.stringify({ question_id: 111, choices: [{ turns: ['x'] }] }), 'gpt-4.jsonl')).toThrow(
      /"turns" must be a list of at least two strings/,
    );
    const prompts = parseJudgePrompts(
      ['single-v1', 'single-math-v1', 'single-v1-multi-turn', 'single-math-v1-multi-turn']
        .map((name) => JSON.stringify({ name, type: 'single', system_prompt: 's', prompt_template: 't', output_format: '[[rating]]' }))
        .join('\n'),
      'judge_prompts.jsonl',
    );
    const data = { questions: parseQuestions(q({ question_id: 111, category: 'math' }), 'q'), references: new Map(), judgePrompts: prompts };
    const files = { questions: 'q', references: 'gpt-4.jsonl', judgePrompts: 'judge_prompts.jsonl' };
    expect(() => checkMtBenchData(data, files)).toThrow(/gpt-4\.jsonl has no reference answer for question 111/);
    prompts.delete('single-math-v1-multi-turn');
    expect(() => checkMtBenchData({ ...data, references: new Map([[111, ['r1', 'r2']]]) }, files)).toThrow(/no judge prompt "single-math-v1-multi-turn"/);
  });
});
