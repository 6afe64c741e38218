/**
 * The air-gapped story with the built CLI: `ftbench fetch-data` where the Hub is reachable, then
 * `ftbench eval` with HF_HUB_OFFLINE=1 and no request at all; with a cold cache, a clear error.
 * Needs `npm run build` first (`npm test` does it).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';
import { startFakeHub, type FakeHub } from './fake-hub.js';
import { ARC_COLUMNS, hubParquet } from './hub-parquet.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const SHA = createHash('sha1').update('arc for the cli').digest('hex');
const arcRow = (id: string) => ({ id, question: `Question ${id}?`, choices: { text: ['yes', 'no'], label: ['A', 'B'] }, answerKey: 'A' });

let hub: FakeHub;
let root: string;
let modelDir: string;

/** Asynchronous, so the local Hub in this process can answer while the CLI runs. */
function ftbench(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, CI: 'true', HF_TOKEN: '', HF_ENDPOINT: hub.endpoint, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-cli-hub-'));
  modelDir = path.join(root, 'model');
  await writeToyModel(modelDir, { seed: 4, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
  hub = await startFakeHub({
    'allenai/ai2_arc': {
      refs: { main: SHA },
      commits: {
        [SHA]: {
          'ARC-Easy/test-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [arcRow('t1'), arcRow('t2'), arcRow('t3')]),
          'ARC-Easy/train-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [arcRow('r1')]),
        },
      },
    },
  });
});
afterAll(async () => {
  await hub.close();
  rmSync(root, { recursive: true, force: true });
});

describe('ftbench fetch-data, then ftbench eval offline', () => {
  it('pre-fetches, then evaluates with HF_HUB_OFFLINE=1 without a request', async () => {
    const cache = path.join(root, 'warm');
    const fetched = await ftbench(['fetch-data', '--tasks', 'arc_easy'], { FTBENCH_CACHE_DIR: cache });
    expect(fetched.stderr).toBe('');
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toContain(`allenai/ai2_arc ARC-Easy test @ ${SHA}: ARC-Easy/test-00000-of-00001.parquet`);
    expect(fetched.stdout).toContain(`allenai/ai2_arc ARC-Easy train @ ${SHA}: ARC-Easy/train-00000-of-00001.parquet`);

    hub.requests.length = 0;
    const output = path.join(root, 'results.json');
    const run = await ftbench(['eval', '--model', modelDir, '--tasks', 'arc_easy', '--num-fewshot', '1', '--output', output], {
      FTBENCH_CACHE_DIR: cache,
      HF_HUB_OFFLINE: '1',
    });
    expect(run.code).toBe(0);
    expect(hub.requests).toEqual([]);
    const results = JSON.parse(readFileSync(output, 'utf8'));
    expect(results.tasks.arc_easy.n).toBe(3);
    expect(results.tasks.arc_easy.dataset).toEqual({ source: 'hub', path: 'allenai/ai2_arc', name: 'ARC-Easy', split: 'test', revision: SHA });
  });

  it('with a cold cache offline, exits 2 saying how to pre-fetch', async () => {
    const run = await ftbench(['eval', '--model', modelDir, '--tasks', 'arc_easy'], { FTBENCH_CACHE_DIR: path.join(root, 'cold'), HF_HUB_OFFLINE: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ftbench: error: HF_HUB_OFFLINE is set and the cache has no listing of dataset allenai\/ai2_arc/m);
    expect(run.stderr).toContain('ftbench fetch-data --tasks');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('rejects a malformed --dataset-revision', async () => {
    const run = await ftbench(['fetch-data', '--tasks', 'arc_easy', '--dataset-revision', 'arc_easy'], { FTBENCH_CACHE_DIR: path.join(root, 'cold') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dataset-revision "arc_easy" is not KEY=REVISION.');
  });
});
