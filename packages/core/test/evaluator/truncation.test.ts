/**
 * Requests whose prompt is longer than the model's maximum length lose the start of their context (as
 * in lm-eval); the results count them per task and the table shows the count, resumed runs included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleEvaluate } from '../../src/evaluator.js';
import { renderResultsTable } from '../../src/render-table.js';
import { writeToyModel } from '../../src/toy-model/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-truncation-'));
const cacheDir = path.join(root, 'cache');
const modelDir = path.join(root, 'model');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// 32 positions and a byte tokenizer: the short prompts ("Q1?\nA. a\nB. b\nAnswer:" and " A", 23 tokens)
// fit, the long ones (a 120-character question) cannot.
const short = (id: string) => ({ id, question: `${id}?`, choices: ['a', 'b'], answer: 'A' });
const long = (id: string) => ({ id, question: `${id}: ${'why '.repeat(30)}?`, choices: ['a', 'b', 'c'], answer: 'B' });
const ITEMS = [short('Q1'), long('Q2'), short('Q3'), long('Q4'), short('Q5')];
const suite = path.join(root, 'mixed.jsonl');
const generateSuite = path.join(root, 'mixed-generate.json');
const shortOnly = path.join(root, 'short.jsonl');

beforeAll(async () => {
  await writeToyModel(modelDir, { seed: 9, layers: 1, heads: 2, hidden: 16, maxPositions: 32, withPast: true });
  writeFileSync(suite, ITEMS.map((item) => JSON.stringify(item)).join('\n'));
  writeFileSync(generateSuite, JSON.stringify({ mode: 'generate', max_new_tokens: 4, items: ITEMS }));
  writeFileSync(shortOnly, [short('S1'), short('S2')].map((item) => JSON.stringify(item)).join('\n'));
});

describe('left-truncated requests', () => {
  it('are counted per task (every choice of the long questions; one generation each) and shown in the table', async () => {
    const results = await simpleEvaluate({
      model: modelDir,
      tasks: [`suite:${suite}`, `suite:${generateSuite}`, `suite:${shortOnly}`],
      batchSize: 4,
      progress: false,
      cacheDir,
    });
    expect(results.tasks['suite:mixed'].truncatedRequests).toBe(6);
    expect(results.tasks['suite:mixed-generate'].truncatedRequests).toBe(2);
    expect(results.tasks['suite:short'].truncatedRequests).toBeUndefined();
    const table = renderResultsTable(results).split('\n');
    const rowsAfter = (task: string) => table.slice(table.findIndex((line) => line.includes(`| ${task} `)) + 1);
    expect(rowsAfter('suite:mixed').find((line) => line.includes('left-truncated requests'))).toMatch(/\|\s+6 \|/);
    expect(table.filter((line) => line.includes('left-truncated requests'))).toHaveLength(2);
  });

  it('are counted as well when the requests come from a checkpoint', async () => {
    const checkpointDir = path.join(root, 'checkpoints');
    const first = await simpleEvaluate({ model: modelDir, tasks: [`suite:${suite}`], checkpointDir, progress: false, cacheDir });
    const resumed = await simpleEvaluate({ model: modelDir, tasks: [`suite:${suite}`], checkpointDir, resume: true, progress: false, cacheDir });
    expect(resumed.timings.resumedRequests).toBe(12);
    expect(resumed.tasks['suite:mixed'].truncatedRequests).toBe(6);
    expect(first.tasks['suite:mixed'].truncatedRequests).toBe(6);
  });
});
