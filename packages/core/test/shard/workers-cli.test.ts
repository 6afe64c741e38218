/**
 * `ftbench eval --workers N` and `--device a,b` (the built binary, real child processes, real files):
 * results identical to one session, and a worker that fails stops the run with an error naming it.
 * Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResults } from '../../src/schema.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-workers-'));
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

const evalArgs = (...extra: string[]) => [
  'eval',
  '--model',
  at('model'),
  '--tasks',
  'suite:mc.jsonl,suite:gen.json',
  '--batch-size',
  '4',
  '--log-samples',
  ...extra,
];
const read = (name: string): EvalResults => JSON.parse(readFileSync(at(name), 'utf8'));
const scores = ({ config, model, tasks, groups, samples }: EvalResults) => JSON.stringify({ config, model, tasks, groups, samples });

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  await writeToyModel(at('model'), { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: true });
  const items = Array.from({ length: 200 }, (_, i) => ({
    id: `q${i}`,
    category: `c${i % 3}`,
    question: `Item ${i}?`,
    choices: ['yes', 'no', 'maybe'],
    answer: i % 3,
  }));
  writeFileSync(at('mc.jsonl'), items.map((item) => JSON.stringify(item)).join('\n'));
  writeFileSync(at('gen.json'), JSON.stringify({ name: 'gen', mode: 'generate', max_new_tokens: 2, items: items.slice(0, 30) }));
  const one = ftbench(...evalArgs('--output', 'one.json'));
  expect(one.code).toBe(0);
});

describe('ftbench eval --workers', () => {
  it('gives the results of one session, with each worker’s timings', () => {
    const run = ftbench(...evalArgs('--workers', '2', '--output', 'two.json'));
    expect(run.stderr).not.toMatch(/error|warning/);
    expect(run.code).toBe(0);
    const [one, two] = [read('one.json'), read('two.json')];
    expect(scores(two)).toBe(scores(one));
    expect(two.shard).toBeUndefined();
    expect(two.timings.shards?.map((s) => s.shard)).toEqual([1, 2]);
    expect(two.timings.requests).toBe(one.timings.requests);
    // Each worker has its own checkpoint files: a worker never appends to another's.
    expect(readdirSync(at('cache/checkpoints')).length).toBe(2 + 4);
  });

  it('runs one worker per device of a --device list', () => {
    const run = ftbench(...evalArgs('--device', 'cpu,cpu,cpu', '--output', 'three.json'));
    expect(run.code).toBe(0);
    expect(scores(read('three.json'))).toBe(scores(read('one.json')));
    expect(read('three.json').timings.shards).toHaveLength(3);
  });

  it('stops the run when a worker fails, naming the worker and its device', () => {
    const run = ftbench(...evalArgs('--device', 'cpu,cuda:7', '--output', 'failed.json'));
    expectUserError(run, /worker 2 of 2 \(cuda:7\) failed: /);
    expect(run.stderr).toMatch(/The other workers were stopped\. What the workers scored is kept in /);
    expect(existsSync(at('failed.json'))).toBe(false);
  });

  it('refuses workers that disagree with the devices, and workers within a shard', () => {
    expectUserError(
      ftbench(...evalArgs('--workers', '2', '--device', 'cpu,cpu,cpu', '--output', 'x.json')),
      /--workers 2 and --device cpu,cpu,cpu \(3 devices\) disagree/,
    );
    expectUserError(ftbench(...evalArgs('--workers', '2', '--shard', '1/2', '--output', 'x.json')), /--shard with several workers/);
    expectUserError(ftbench(...evalArgs('--workers', '0')), /--workers must be an integer >= 1/);
    expectUserError(ftbench(...evalArgs('--device', 'cpu,tpu')), /unknown device "tpu"/);
  });
});
