/**
 * `ftbench eval --shard I/N` and `ftbench merge` as a user runs them (the built binary, real files):
 * the merge of a complete set is the whole run, and a missing, duplicated or foreign shard is a
 * one-line error naming the files. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResults } from '../../src/schema.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-merge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => path.join(root, name);

function ftbench(...args: string[]) {
  const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: at('cache'), HF_HUB_OFFLINE: '1' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUserError(run: ReturnType<typeof ftbench>, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^ftbench: error: /m);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** 200 items of 3 choices: 600 requests, three scoring chunks, so every shard of two or three has some. */
function writeSuite(file: string, name: string): void {
  const items = Array.from({ length: 200 }, (_, i) => ({
    id: `${name}-${i}`,
    category: `c${i % 4}`,
    question: `Item ${i} of ${name}?`,
    choices: ['yes', 'no', 'maybe'],
    answer: i % 3,
  }));
  writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n'));
}

function evalRun(model: string, ...extra: string[]) {
  const run = ftbench('eval', '--model', at(model), '--tasks', 'suite:one.jsonl', '--batch-size', '4', ...extra);
  expect(run.stderr).not.toMatch(/error|warning/);
  expect(run.code).toBe(0);
}

const read = (name: string): EvalResults => JSON.parse(readFileSync(at(name), 'utf8'));

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  await writeToyModel(at('model-a'), { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
  await writeToyModel(at('model-b'), { seed: 4, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
  writeSuite(at('one.jsonl'), 'one');
  writeSuite(at('two.jsonl'), 'two');
  evalRun('model-a', '--log-samples', '--output', 'whole.json');
  for (const index of [1, 2]) evalRun('model-a', '--log-samples', '--shard', `${index}/2`, '--output', `a${index}.json`);
  evalRun('model-b', '--log-samples', '--shard', '2/2', '--output', 'b2.json');
  evalRun('model-a', '--log-samples', '--limit', '150', '--shard', '2/2', '--output', 'limit2.json');
  evalRun('model-a', '--log-samples', '--shard', '2/3', '--output', 'of3.json');
  const tasks = ftbench(
    'eval',
    '--model',
    at('model-a'),
    '--tasks',
    'suite:one.jsonl,suite:two.jsonl',
    '--log-samples',
    '--shard',
    '2/2',
    '--output',
    'tasks2.json',
  );
  expect(tasks.code).toBe(0);
  copyFileSync(at('a1.json'), at('a1-again.json'));
});

describe('ftbench merge', () => {
  it('merges a complete set into the whole run, timings summed and kept per shard', () => {
    const shards = [read('a1.json'), read('a2.json')];
    // Chunks of 86 documents (258 requests; the last 28): one to a shard, the last to the lighter.
    expect(shards.map((s) => s.shard?.tasks[0].positions.length)).toEqual([86, 114]);
    const run = ftbench('merge', 'a2.json', 'a1.json', '--output', 'merged.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('suite:one');
    const merged = read('merged.json');
    const whole = read('whole.json');
    for (const key of ['config', 'model', 'tasks', 'groups', 'samples'] as const) expect(JSON.stringify(merged[key])).toBe(JSON.stringify(whole[key]));
    expect(merged.shard).toBeUndefined();
    expect(merged.timings.requests).toBe(600);
    expect(merged.timings.shards?.map((s) => [s.shard, s.requests])).toEqual([
      [1, shards[0].timings.requests],
      [2, shards[1].timings.requests],
    ]);
    expect(merged.timings.totalSeconds).toBeCloseTo(shards[0].timings.totalSeconds + shards[1].timings.totalSeconds, 9);
  });

  it('refuses a missing shard', () => {
    expectUserError(ftbench('merge', 'a1.json', '--output', 'out.json'), /shard 2\/2 is missing \(given: a1\.json\)/);
    expect(existsSync(at('out.json'))).toBe(false);
  });

  it('refuses a shard given twice', () => {
    expectUserError(ftbench('merge', 'a1.json', 'a1-again.json', 'a2.json', '--output', 'out.json'), /a1\.json and a1-again\.json are both shard 1\/2/);
  });

  it('refuses shards of another model, other options, other tasks or another count', () => {
    expectUserError(ftbench('merge', 'a1.json', 'b2.json', '--output', 'out.json'), /b2\.json does not belong with a1\.json: not the same model/);
    expectUserError(ftbench('merge', 'a1.json', 'limit2.json', '--output', 'out.json'), /limit2\.json does not belong with a1\.json: not the same options/);
    expectUserError(ftbench('merge', 'a1.json', 'tasks2.json', '--output', 'out.json'), /tasks2\.json does not belong with a1\.json: not the same tasks/);
    expectUserError(ftbench('merge', 'a1.json', 'of3.json', '--output', 'out.json'), /of3\.json is shard 2\/3, but a1\.json is of 2 shards/);
  });

  it('refuses whole results, and files that are no results', () => {
    expectUserError(ftbench('merge', 'a1.json', 'whole.json', '--output', 'out.json'), /whole\.json is not a shard's results/);
    writeFileSync(at('broken.json'), '{"schemaVersion": 1');
    expectUserError(ftbench('merge', 'a1.json', 'broken.json', '--output', 'out.json'), /broken\.json is not valid JSON/);
    expectUserError(ftbench('merge', 'a1.json', 'nowhere.json', '--output', 'out.json'), /cannot read nowhere\.json/);
    expectUserError(ftbench('merge', '--output', 'out.json'), /no shard results given/);
    expectUserError(ftbench('merge', 'a1.json', 'a2.json'), /--output is required/);
  });
});

describe('ftbench eval --shard', () => {
  it('takes I/N with 1 <= I <= N, and needs --output', () => {
    for (const bad of ['0/2', '3/2', '1/0', 'x', '1/2/3'])
      expectUserError(ftbench('eval', '--model', at('model-a'), '--tasks', 'suite:one.jsonl', '--shard', bad, '--output', 'x.json'), /--shard must be I\/N/);
    expectUserError(ftbench('eval', '--model', at('model-a'), '--tasks', 'suite:one.jsonl', '--shard', '1/2'), /--shard needs --output/);
    expectUserError(
      ftbench('eval', '--model', at('model-a'), '--tasks', 'suite:one.jsonl', '--shard', '1/2', '--output', 'x.json', '--output-path', 'lm'),
      /--output-path writes lm-eval's files/,
    );
  });
});
