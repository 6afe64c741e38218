/**
 * An evaluation killed part-way resumes where its checkpoint ends: a real `ftbench eval` process
 * is SIGKILLed after some chunks were checkpointed, run again with --resume, and must produce
 * the results of an uninterrupted run while scoring only the requests that were left.
 * Needs the built CLI (`npm run build`; `npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeToyModel } from '../../packages/core/src/toy-model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modelDir = path.join(root, 'model');
const suiteFile = path.join(root, 'long-suite.jsonl');
const DOCS = 1200;
const CHOICES = 4;
const TOTAL_REQUESTS = DOCS * CHOICES;
/** The CLI checkpoints every 256 requests: kill once at least one chunk is on disk. */
const KILL_AFTER_RECORDS = 256;

const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache') };
const evalArgs = (checkpointDir: string, output: string) => [
  cli,
  'eval',
  '--model',
  modelDir,
  '--tasks',
  `suite:${suiteFile}`,
  '--log-samples',
  '--checkpoint-dir',
  checkpointDir,
  '--output',
  output,
];

function runToEnd(args: string[]) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`ftbench exited with ${run.status}: ${run.stderr}`);
  return run;
}

/** Complete (newline-terminated) lines of the only checkpoint file in `dir`, counted without ftbench's code. */
function checkpointLines(dir: string): number {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : [];
  if (files.length === 0) return 0;
  expect(files).toHaveLength(1);
  return readFileSync(path.join(dir, files[0]), 'utf8').split('\n').length - 1;
}

async function killAfterCheckpoint(args: string[], checkpointDir: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let finished = false;
  void exited.then(() => (finished = true));
  while (!finished && checkpointLines(checkpointDir) < KILL_AFTER_RECORDS) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  return exited;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm test does)`);
  await writeToyModel(modelDir, { seed: 21, layers: 2, heads: 2, hidden: 32, maxPositions: 512, withPast: false });
  const items = Array.from({ length: DOCS }, (_, i) => ({
    id: `q${i}`,
    category: i % 2 ? 'odd' : 'even',
    question: `Item ${i}: which number is ${i % 7} more than ${i % 11}?`,
    choices: [0, 1, 2, 3].map((k) => String((i % 11) + (i % 7) + k - 1)),
    answer: 1,
  }));
  writeFileSync(suiteFile, items.map((item) => JSON.stringify(item)).join('\n'));
});

describe('ftbench eval --resume after SIGKILL', () => {
  it('gives the results of an uninterrupted run and scores only what was left', async () => {
    const straightOut = path.join(root, 'straight.json');
    runToEnd(evalArgs(path.join(root, 'ck-straight'), straightOut));
    const straight = JSON.parse(readFileSync(straightOut, 'utf8'));
    expect(straight.timings.requests).toBe(TOTAL_REQUESTS);
    expect(straight.timings.resumedRequests).toBe(0);

    const checkpointDir = path.join(root, 'ck-killed');
    const resumedOut = path.join(root, 'resumed.json');
    const signal = await killAfterCheckpoint(evalArgs(checkpointDir, resumedOut), checkpointDir);
    expect(signal).toBe('SIGKILL'); // it was still running: killed, not finished
    expect(existsSync(resumedOut)).toBe(false);
    const done = checkpointLines(checkpointDir);
    expect(done).toBeGreaterThanOrEqual(KILL_AFTER_RECORDS);
    expect(done).toBeLessThan(TOTAL_REQUESTS);

    const run = runToEnd([...evalArgs(checkpointDir, resumedOut), '--resume']);
    expect(run.stdout).toContain(`${TOTAL_REQUESTS} requests (${done} from the checkpoint)`);
    const resumed = JSON.parse(readFileSync(resumedOut, 'utf8'));
    expect(resumed.timings.resumedRequests).toBe(done);
    expect(resumed.timings.requests - resumed.timings.resumedRequests).toBe(TOTAL_REQUESTS - done);
    expect(resumed.timings.forwardPasses).toBeLessThan(straight.timings.forwardPasses);

    expect(resumed.tasks).toEqual(straight.tasks);
    expect(resumed.groups).toEqual(straight.groups);
    expect(resumed.samples).toEqual(straight.samples);
    expect(checkpointLines(checkpointDir)).toBe(TOTAL_REQUESTS);
  });
});
