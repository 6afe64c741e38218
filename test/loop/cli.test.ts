/**
 * `ftbench check` and `ftbench compare` as a user runs them: the built CLI in a real process, on
 * real results files and a real ftbench.yml. `check` must print byte for byte the comment the
 * action builds from the same inputs (the action's own buildReports).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResults } from '@ftbench/core';
import { loadConfig } from '../../packages/action/src/config.js';
import { configuredGates, loadSuites } from '../../packages/action/src/loop.js';
import { buildReports } from '../../packages/action/src/report.js';
import { FINE_TUNE, realisticRuns } from './realistic.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'ftbench-loop-cli-'));
afterAll(() => (process.env.KEEP ? undefined : rmSync(dir, { recursive: true, force: true })));
const file = (name: string) => path.join(dir, name);

function ftbench(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, FTBENCH_CACHE_DIR: file('cache'), HF_HUB_OFFLINE: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const write = (name: string, results: EvalResults) => writeFileSync(file(name), JSON.stringify(results));

const CONFIG = `tasks:
  - suite: pharmacy.jsonl
    gates:
      acc: { target: 0.8, min: 0.6 }
  - task: mmlu
    gates:
      acc: { max-drop: 3 }
  - task: hellaswag
    gates:
      acc_norm: { max-drop: 2 }
  - task: arc_challenge
    gates:
      acc_norm: { max-drop: 2 }
  - truthfulqa_mc2
stop:
  min-gain: 1
`;

let baseline: EvalResults;
let candidate: EvalResults;

beforeAll(async () => {
  ({ baseline, candidate } = await realisticRuns());
  write('base.json', baseline);
  write('r8-ep3.json', candidate);
  const mild = await realisticRuns({ ...FINE_TUNE, hellaswag: { base: 0.58, cand: 0.575 }, suite: { base: 0.632, cand: 0.69 } });
  write('r8-ep2.json', { ...mild.candidate, name: 'r8-ep2' });
  const strong = await realisticRuns({ ...FINE_TUNE, mmlu: { base: 0.63, cand: 0.59 }, suite: { base: 0.632, cand: 0.78 } });
  // No --name at eval time: the file stem names it.
  const { name: _, ...unnamed } = strong.candidate;
  write('r16-ep3.json', unnamed as EvalResults);
  writeFileSync(file('pharmacy.jsonl'), '{"question": "q?", "choices": ["a", "b"], "answer": "A", "category": "dosing"}\n');
  writeFileSync(file('ftbench.yml'), CONFIG);
});

describe('ftbench check', () => {
  it('prints byte for byte the comment the action builds from the same inputs, and exits 1 when a gate fails', async () => {
    const run = ftbench('check', '--baseline', 'base.json', '--candidate', 'r8-ep3.json', '--config', 'ftbench.yml', '--markdown', 'comment.md');
    const config = loadConfig(file('ftbench.yml'));
    const gates = await configuredGates(config, file('ftbench.yml'), await loadSuites(config));
    const action = buildReports({ baseline, candidate, gates, baselineCacheHit: false, withoutBaseline: [], why: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(action.comment);
    expect(readFileSync(file('comment.md'), 'utf8')).toBe(action.comment);
    expect(run.stderr).toBe(`written to comment.md\nftbench check: failed:\n${action.failure}\n`);
    expect(action.comment.split('\n')[0]).toBe('### ❌ ftbench: 1 regression');
  });

  it('exits 0 when every gate passes', () => {
    const run = ftbench('check', '--baseline', 'base.json', '--candidate', 'r8-ep2.json', '--config', 'ftbench.yml');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^### ✅ ftbench passed: 4 gates/);
  });

  it('a missing flag, a file that is not results or a config problem is one error line, exit 2', () => {
    for (const [args, message] of [
      [['check', '--candidate', 'r8-ep3.json'], /--baseline is required/],
      [['check', '--baseline', 'ftbench.yml', '--candidate', 'r8-ep3.json'], /ftbench\.yml/],
      [['check', '--baseline', 'nope.json', '--candidate', 'r8-ep3.json'], /cannot read the results file nope\.json \(ENOENT\)/],
    ] as const) {
      const run = ftbench(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ftbench: error: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    writeFileSync(file('bad.yml'), 'tasks: [mmlu]\nstop: { min-gain: -2 }\n');
    const bad = ftbench('check', '--baseline', 'base.json', '--candidate', 'r8-ep3.json', '--config', 'bad.yml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yml: stop\.min-gain: must be ≥ 0, got -2/);
  });

  it('has its own --help', () => {
    const run = ftbench('check', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ftbench check --baseline FILE --candidate FILE/);
    expect(run.stdout).toContain('--markdown FILE');
  });
});

describe('ftbench compare', () => {
  it('puts the baseline first and each variant under its --name or file stem, with the trade-off and the stop advice', () => {
    const run = ftbench(
      'compare',
      'base.json',
      'r8-ep3.json',
      'r16-ep3.json',
      'r8-ep2.json',
      '--config',
      'ftbench.yml',
      '--markdown',
      'compare.md',
      '--json',
      'compare.json',
      '--svg',
      'compare.svg',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('ftbench compare: 3 variants against base');
    const models = lines
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Model') && !line.startsWith('| :'))
      .slice(0, 4)
      .map((line) => line.split('|')[1].trim());
    expect(models).toEqual(['base (baseline)', 'r8-ep3', 'r16-ep3', 'r8-ep2']);
    // The suite (last column): value, Δ, the paired CI, marked significant.
    expect(run.stdout).toMatch(/^\| r8-ep3 \| .* \| 7\d\.\d% \+\d+\.\d \[\+\d+\.\d, \+\d+\.\d\] ✱ \|$/m);
    expect(run.stdout).toContain('general drop ◀ │ ▶ task gain (points)');
    expect(run.stdout).toMatch(/Stop advice for r8-ep2\n\n.+\n\n- . Target: .+\n- . General: .+\n- . Marginal gain: .+ vs r16-ep3 /);

    const json = JSON.parse(readFileSync(file('compare.json'), 'utf8'));
    expect(json.baseline).toBe('base');
    expect(json.variants.map((variant: { name: string }) => variant.name)).toEqual(['r8-ep3', 'r16-ep3', 'r8-ep2']);
    expect(json.variants.filter((variant: { bestBalance: boolean }) => variant.bestBalance)).toHaveLength(1);
    expect(json.stop.settings).toEqual({ minGain: 1, bestBalance: 'within-limits' });
    expect(readFileSync(file('compare.md'), 'utf8')).toContain('```mermaid\nxychart-beta');
    expect(readFileSync(file('compare.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('needs a baseline and a variant, each with its own name', () => {
    const one = ftbench('compare', 'base.json');
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/ftbench: error: ftbench compare needs the baseline's results and at least one variant's \(got 1 file\)/);
    const twice = ftbench('compare', 'base.json', 'r8-ep3.json', 'r8-ep3.json');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two results files are both named "r8-ep3"/);
  });
});
