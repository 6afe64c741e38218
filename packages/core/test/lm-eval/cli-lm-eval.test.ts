/**
 * The built CLI's lm-eval-facing commands and flags as a user runs them: `ftbench tasks [--json]`,
 * `ftbench show-prompt`, and --num-fewshot / --output-path in the help and in one-line errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocRequests } from '../../src/tasks/prompt.js';
import { loadTaskRegistry } from '../../src/tasks/registry.js';
import { repoRoot } from '../paths.js';
import { hellaswagRow, writeOpenllmRelease } from './openllm-release.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-cli-lmeval-'));
let dataDir: string;
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  dataDir = await writeOpenllmRelease();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

function ftbench(...args: string[]) {
  const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HUB_OFFLINE: '1' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUserError(run: ReturnType<typeof ftbench>, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr.split('\n')[0]).toMatch(/^ftbench: error: /);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('ftbench tasks', () => {
  it('--json lists every task with its description, default few-shot, metrics, dataset and split, and every group, tag and preset with members', () => {
    const run = ftbench('tasks', '--json');
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Record<string, unknown>[];
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('truthfulqa_mc2')).toMatchObject({
      kind: 'task',
      numFewshot: 0,
      metrics: ['acc'],
      dataset: { path: 'truthfulqa/truthful_qa', name: 'multiple_choice', split: 'validation' },
    });
    expect(byName.get('mmlu_anatomy')).toMatchObject({ kind: 'task', dataset: { split: 'test', fewshotSplit: 'dev' } });
    expect(byName.get('ai2_arc')).toMatchObject({ kind: 'tag', members: ['arc_easy', 'arc_challenge'] });
    expect(byName.get('openllm')).toMatchObject({ kind: 'preset', missing: [{ name: 'gsm8k' }] });
    expect((byName.get('mmlu_stem') as { members: string[] }).members).toHaveLength(19);
    for (const entry of entries) expect(typeof entry.about === 'string' && (entry.about as string).length > 0, `${entry.name} has a description`).toBe(true);
  });

  it('prints the same as tables', () => {
    const run = ftbench('tasks');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| hellaswag +\| 0 +\| acc, acc_norm +\| Rowan\/hellaswag +\| validation +\| train +\|/);
    expect(run.stdout).toMatch(/\| openllm +\| preset +\| arc_challenge 25-shot \(few-shot from train\), hellaswag 10-shot/);
  });
});

describe('ftbench show-prompt', () => {
  it("prints the exact context and each continuation of a document, with lm-eval's few-shot draws", async () => {
    const run = ftbench('show-prompt', '--task', 'hellaswag', '--doc', '2', '--num-fewshot', '3', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    // The same prompt as the library builds for doc 2 (the few-shot generator consumed by docs 0 and 1 first).
    const task = (await loadTaskRegistry()).getTask('hellaswag');
    const rows = (n: number, split: string, from = 0) =>
      Array.from({ length: n }, (_, i) => ({ ...hellaswagRow(from + i, split), label: String((from + i) % 4) }));
    const built = buildDocRequests(task, rows(3, 'val', 100), rows(30, 'train'), 3)[2];
    const expected = [
      'hellaswag, document 2 of 3 (validation split), 3-shot, gold choice 2',
      '===== context =====',
      built.requests[0].context,
      ...built.requests.flatMap((r, i) => [`===== continuation ${i}${i === 2 ? ' (gold)' : ''} =====`, JSON.stringify(r.continuation)]),
    ].join('\n');
    expect(run.stdout).toBe(`${expected}\n`);
  });

  it('--json gives the requests for tools, and Winogrande shows one context per option', () => {
    const run = ftbench('show-prompt', '--task', 'winogrande', '--doc', '0', '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { context: 'W100: Ann thanked Bea because Ann', continuation: ' helped.' },
      { context: 'W100: Ann thanked Bea because Bea', continuation: ' helped.' },
    ]);
  });

  it('keeps TruthfulQA 0-shot with a warning, as lm-eval does', () => {
    const run = ftbench('show-prompt', '--task', 'truthfulqa_mc1', '--doc', '1', '--num-fewshot', '5', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^ftbench: warning: truthfulqa_mc1 is always scored 0-shot/);
    expect(run.stdout).toMatch(/0-shot/);
    expect(run.stdout).toContain('Q: T2: can fish fly?\nA:');
  });

  it.each([
    [['--doc', '0'], /--task is required/],
    [['--task', 'hellaswag'], /--doc is required/],
    [['--task', 'hellaswag', '--doc', 'x'], /--doc must be an integer >= 0/],
    [['--task', 'hellaswag', '--doc', '3'], /--doc 3 is past the end of hellaswag: its validation split has 3 documents/],
    [['--task', 'mmlu', '--doc', '0'], /--task mmlu stands for 57 tasks; show-prompt shows one/],
    [['--task', 'hellaswag', '--doc', '0', '--num-fewshot', 'lots'], /--num-fewshot must be an integer >= 0/],
  ])('%j is a one-line user error', (args, message) => {
    expectUserError(ftbench('show-prompt', ...(args as string[]), '--data-dir', dataDir), message as RegExp);
  });
});

describe('new eval flags', () => {
  it('are in the help', () => {
    const help = ftbench('eval', '--help').stdout;
    expect(help).toMatch(/--num-fewshot N\|NAME=N,\.\.\. +few-shot examples per prompt, for every task or per task\/group\/suite/);
    expect(help).toMatch(/--output-path DIR +as lm-eval's --output_path/);
    expect(help).toMatch(/--log-samples +.*samples_<task>_<date>\.jsonl/);
    expect(ftbench('show-prompt', '--help').stdout).toMatch(/--task NAME[\s\S]*--doc N[\s\S]*--num-fewshot N/);
    expect(ftbench('tasks', '--help').stdout).toMatch(/--json/);
    expect(ftbench('--help').stdout).toMatch(/ftbench show-prompt +print a document's exact prompt/);
  });

  it.each([
    [['--num-fewshot', 'mmlu=five'], /--num-fewshot mmlu must be an integer >= 0, got "five"/],
    [['--num-fewshot', 'arc_easy=2'], /--num-fewshot names arc_easy, which --tasks does not select/],
    [['--tasks', 'truthfulqa'], /lm-eval's truthfulqa also runs truthfulqa_gen/],
  ])('%j is a one-line user error before any model is loaded', (args, message) => {
    const argv = ['eval', '--model', path.join(root, 'no-model'), '--tasks', 'hellaswag', '--data-dir', dataDir, ...(args as string[])];
    // --tasks given twice is its own error; the last pair replaces the default one.
    const tasksAt = argv.lastIndexOf('--tasks');
    if (tasksAt !== argv.indexOf('--tasks')) argv.splice(argv.indexOf('--tasks'), 2);
    expectUserError(ftbench(...argv), message as RegExp);
  });

  it('--output-path that cannot be written fails before scoring', () => {
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'x');
    expectUserError(
      ftbench('eval', '--model', path.join(root, 'no-model'), '--tasks', 'hellaswag', '--data-dir', dataDir, '--output-path', path.join(file, 'out')),
      /cannot write to the output folder/,
    );
  });
});
