/**
 * A --limit run is flagged, as lm-eval warns ("--limit SHOULD ONLY BE USED FOR TESTING"): each task cut short
 * records how many documents its split has (lm-eval's n-samples.original), and the table says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleEvaluate } from '../../src/evaluator.js';
import { renderResultsTable } from '../../src/render-table.js';
import { parseResults } from '../../src/results-reader.js';
import type { EvalResults } from '../../src/schema.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { ARC_CHALLENGE_TEST, WINOGRANDE_DEV, writeReleaseFixtures } from '../data/release-fixtures.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-limit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modelDir = path.join(root, 'model');
let dataDir: string;

beforeAll(async () => {
  await writeToyModel(modelDir, { seed: 8, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
  dataDir = writeReleaseFixtures();
});

const run = (limit?: number): Promise<EvalResults> =>
  simpleEvaluate({ model: modelDir, tasks: ['arc_challenge', 'winogrande'], limit, dataDir, progress: false });

describe('--limit', () => {
  it('records the split size of each task it cut short, shows "n of N" and says the scores are for testing only', async () => {
    const results = await run(1);
    expect(results.tasks.arc_challenge).toMatchObject({ n: 1, nOriginal: ARC_CHALLENGE_TEST.length });
    expect(results.tasks.winogrande).toMatchObject({ n: 1, nOriginal: WINOGRANDE_DEV.length });
    const table = renderResultsTable(results);
    expect(table).toMatch(/\|\s*arc_challenge\s*\|.*\|\s*1 of 3\s*\|/);
    expect(table).toContain('Limited run (--limit 1): 2 of 2 tasks scored on their first 1 documents only');
    expect(table).toContain('not comparable with full runs');
    expect(parseResults(JSON.stringify(results), 'a limited run').tasks.arc_challenge.nOriginal).toBe(3);
  });

  it('flags only the tasks it cut short; a full run carries no flag', async () => {
    const limited = await run(WINOGRANDE_DEV.length);
    expect(limited.tasks.winogrande.nOriginal).toBeUndefined();
    expect(limited.tasks.arc_challenge.nOriginal).toBe(ARC_CHALLENGE_TEST.length);
    expect(renderResultsTable(limited)).toContain(`1 of 2 tasks scored on their first ${WINOGRANDE_DEV.length} documents`);

    const full = await run();
    expect(Object.values(full.tasks).map((task) => task.nOriginal)).toEqual([undefined, undefined]);
    expect(renderResultsTable(full)).not.toContain('Limited run');
  });

  it('the reader refuses a malformed nOriginal', async () => {
    const results = await run(1);
    const bad = { ...results, tasks: { ...results.tasks, winogrande: { ...results.tasks.winogrande, nOriginal: -1 } } };
    expect(() => parseResults(JSON.stringify(bad), 'a hand-edited file')).toThrow(/nOriginal/);
  });
});
