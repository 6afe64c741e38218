/**
 * The built `ftbench` binary as a user runs it: real processes, real files, exit codes and
 * messages. Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeToyModel } from '../../src/toy-model/index.js';
import { itWithShared, repoRoot, sharedDatasets, sharedModels } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modelDir = path.join(root, 'model');
const okSuite = path.join(root, 'ok.jsonl');

function ftbench(...args: string[]) {
  // Caches (checkpoints, Hub downloads) stay inside the test's temp dir; the Hub is offline.
  const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HOME: path.join(root, 'hf'), HF_HUB_OFFLINE: '1' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A user mistake: exit 2, a message naming the problem, no stack trace. */
function expectUserError(run: ReturnType<typeof ftbench>, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^ftbench: error: /m);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  await writeToyModel(modelDir, { seed: 3, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
  writeFileSync(okSuite, '{"question": "q?", "choices": ["a", "b"], "answer": "A"}\n');
});

describe('ftbench eval', () => {
  it('scores a suite, prints the table and writes schema-v1 results', () => {
    const suite = path.join(root, 'mini.yaml');
    writeFileSync(
      suite,
      '- {id: a, category: x, question: "1+1?", choices: ["2", "3"], answer: A}\n- {id: b, category: y, question: "2+2?", choices: ["5", "4"], answer: 1}\n',
    );
    const output = path.join(root, 'out', 'results.json');
    const run = ftbench('eval', '--model', modelDir, '--tasks', `suite:${suite}`, '--batch-size', 'auto', '--output', output, '--log-samples');
    expect(run.stderr).toMatch(/scoring 4\/4 \(100\.0%\)/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\|\s*suite:mini\s*\|/);
    expect(run.stdout).toMatch(/\|\s*- x\s*\|/);
    const results = JSON.parse(readFileSync(output, 'utf8'));
    expect(results.schemaVersion).toBe(1);
    expect(results.tasks['suite:mini'].n).toBe(2);
    expect(results.samples['suite:mini']).toHaveLength(2);
    expect(results.model.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(results.name).toBeUndefined();
  });

  it('stores the --name label in the results, where ftbench compare reads it', () => {
    const suite = path.join(root, 'named.yaml');
    writeFileSync(suite, '- {question: "1+1?", choices: ["2", "3"], answer: A}\n');
    const output = path.join(root, 'named.json');
    const run = ftbench('eval', '--model', modelDir, '--tasks', `suite:${suite}`, '--name', 'r8-ep2', '--output', output, '--log-samples');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).name).toBe('r8-ep2');
    const empty = ftbench('eval', '--model', modelDir, '--tasks', `suite:${suite}`, '--name', ' ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/ftbench: error: --name must not be empty/);
  });

  it('explains a model directory without a tokenizer', () => {
    const dir = path.join(root, 'no-tokenizer');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'model.onnx'), readFileSync(path.join(modelDir, 'model.onnx')));
    expectUserError(ftbench('eval', '--model', dir, '--tasks', `suite:${okSuite}`), /has no tokenizer\.json/);
  });

  it('explains a corrupt ONNX file', () => {
    const dir = path.join(root, 'corrupt');
    mkdirSync(dir);
    for (const f of ['tokenizer.json', 'tokenizer_config.json', 'config.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(modelDir, f)));
    writeFileSync(path.join(dir, 'model.onnx'), Buffer.from('not a protobuf at all'));
    expectUserError(ftbench('eval', '--model', dir, '--tasks', `suite:${okSuite}`), /onnxruntime could not load .*model\.onnx/);
  });

  it('explains an unknown task', () => {
    expectUserError(ftbench('eval', '--model', modelDir, '--tasks', 'hellaswagg', '--data-dir', root), /hellaswagg/);
  });

  it('lists every problem of a malformed suite with its line and field', () => {
    const suite = path.join(root, 'bad.jsonl');
    writeFileSync(suite, '{"id": 1, "question": "ok?", "choices": ["a", "b"], "answer": "E"}\n{"id": 2, "choices": ["a"], "answer": "A"}\nnot json\n');
    const run = ftbench('eval', '--model', modelDir, '--tasks', `suite:${suite}`);
    expectUserError(run, /bad\.jsonl:1.*answer/);
    expect(run.stderr).toMatch(/bad\.jsonl:2.*question/);
    expect(run.stderr).toMatch(/bad\.jsonl:3/);
  });

  it('says how to pre-fetch when offline with an empty cache, and rejects bad numbers', () => {
    expectUserError(ftbench('eval', '--model', modelDir, '--tasks', 'arc_easy'), /ftbench fetch-data --tasks/);
    expectUserError(ftbench('eval', '--model', modelDir, '--tasks', 'arc_easy', '--batch-size', 'lots'), /--batch-size must be an integer/);
    expectUserError(ftbench('eval', '--model', modelDir, '--tasks', 'arc_easy', '--bogus'), /bogus/);
  });

  itWithShared('runs MMLU few-shot on the real release', ['models/tiny-gpt2', 'datasets/mmlu'], () => {
    const run = ftbench(
      'eval',
      '--model',
      path.join(sharedModels, 'tiny-gpt2'),
      '--tasks',
      'mmlu_anatomy',
      '--num-fewshot',
      '5',
      '--limit',
      '3',
      '--batch-size',
      '4',
      '--data-dir',
      sharedDatasets,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\|\s*mmlu_anatomy\s*\|.*\|\s*5\s*\|\s*acc\s*\|/);
  });
});

describe('ftbench demo and tasks', () => {
  it('demo --eval-only scores one model offline and prints a real table', () => {
    const run = ftbench('demo', '--eval-only', '--workdir', path.join(root, 'demo'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\|\s*suite:\S+\s*\|/);
    expect(run.stdout).toMatch(/requests, \d+ forward rows/);
  });

  it('demo runs the loop: says how the candidate was made, shows a failing PR check and its stop advice, then compares three variants, and exits 0', () => {
    const workdir = path.join(root, 'loop-demo');
    const run = ftbench('demo', '--workdir', workdir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/The "fine-tuned" models are not trained: each moves every weight of the baseline/);
    const check = run.stdout.slice(run.stdout.indexOf('== The PR check'), run.stdout.indexOf('== The variants side by side'));
    expect(check).toMatch(/^### ❌ ftbench: /m);
    expect(check).toMatch(/^Task: suite:pharmacology \d+\.\d → \d+\.\d % \(\+\d+\.\d; goal 80 % not reached\) · General: suite:general-knowledge −\d\.\d$/m);
    const compare = run.stdout.slice(run.stdout.indexOf('== The variants side by side'));
    expect(compare).toMatch(/ftbench compare: 3 variants against base/);
    expect(compare).toMatch(/Stop advice for ft-40pct\n\n.+\n\n- . Target: .+\n- . General: .+\n- . Marginal gain: .+/);
    // What it wrote is what a user would pass to ftbench check and compare again.
    for (const name of ['base.json', 'ft-20pct.json', 'ft-30pct.json', 'ft-40pct.json', 'ftbench.yml']) expect(existsSync(path.join(workdir, name))).toBe(true);
    const again = ftbench(
      'check',
      '--baseline',
      path.join(workdir, 'base.json'),
      '--candidate',
      path.join(workdir, 'ft-40pct.json'),
      '--config',
      path.join(workdir, 'ftbench.yml'),
    );
    expect(again.code).toBe(1);
    // The demo shows the comment decoded for a terminal (no character references); its headline and trade-off line are the same.
    expect(check).toContain(again.stdout.split('\n').slice(0, 3).join('\n'));
    expect(check).not.toMatch(/&#\d+;/);
  });

  it('lists the registered tasks and groups', () => {
    const run = ftbench('tasks');
    expect(run.code).toBe(0);
    for (const name of ['mmlu', 'mmlu_anatomy', 'hellaswag', 'truthfulqa_mc2', 'arc_challenge', 'winogrande']) expect(run.stdout).toContain(name);
  });
});
