/**
 * User mistakes with the built `ftbench` binary: each ends in one `ftbench: error:` line with what
 * to fix and exit 2, never a stack trace, and never after scoring when it could be known before;
 * a late write failure keeps everything computed. Real processes, real files, a real closed pipe.
 * Needs `npm run build` first (`npm test` does it).
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';
import { startFakeHub, type FakeHub } from '../hub/fake-hub.js';
import { ARC_COLUMNS, hubParquet } from '../hub/hub-parquet.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-cli-errors-'));
// Readable by the unprivileged user the permission tests run as.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modelDir = path.join(root, 'model');
const suite = path.join(root, 'two.jsonl');
const cacheDir = path.join(root, 'cache');

/**
 * Permission bits do not stop root, so as root the permission tests make the folders read-only
 * for real: the CLI runs in a mount namespace of its own where they are bind-mounted read-only
 * (EROFS instead of EACCES; the CLI names both). Elsewhere chmod is enough.
 */
const asRoot = process.getuid?.() === 0;
/** What the error says about a folder the CLI may not write: permission bits, or a read-only mount as root. */
const READ_ONLY = asRoot ? 'read-only file system' : 'permission denied';

/** The command that runs `command` with `readOnlyPaths` read-only (as root: read-only bind mounts in a private mount namespace). */
function withReadOnly(readOnlyPaths: string[], command: string[]): [string, string[]] {
  if (!asRoot) return [command[0], command.slice(1)];
  const mountAll = 'for p in "$@"; do [ "$p" = -- ] && { shift; break; }; mount --bind -o ro "$p" "$p" || exit 97; shift; done; exec "$@"';
  return ['unshare', ['--mount', '--propagation', 'private', 'sh', '-c', mountAll, 'sh', ...readOnlyPaths, '--', ...command]];
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: cacheDir, HF_HOME: path.join(root, 'hf'), HF_HUB_OFFLINE: '1', TMPDIR: root, ...extra };
}

function ftbench(args: string[], options: { env?: Record<string, string>; spawn?: SpawnSyncOptions; readOnly?: string[] } = {}) {
  const [command, commandArgs] = withReadOnly(options.readOnly ?? [], [process.execPath, cli, ...args]);
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', env: env(options.env), ...options.spawn });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

/** A user mistake: exit 2, one error line naming the problem, no stack trace, nothing scored. */
function expectUserError(run: ReturnType<typeof ftbench>, message: RegExp) {
  expect(run.stderr).toMatch(/^ftbench: error: /m);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(2);
}

const scored = (run: ReturnType<typeof ftbench>) => /scoring \d+\/\d+/.test(run.stderr);

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  await writeToyModel(modelDir, { seed: 5, layers: 1, heads: 2, hidden: 16, maxPositions: 256, withPast: false });
  writeFileSync(suite, '{"question": "1+1?", "choices": ["2", "3"], "answer": "A"}\n{"question": "2+2?", "choices": ["5", "4"], "answer": "B"}\n');
});

const evalArgs = (...extra: string[]) => ['eval', '--model', modelDir, '--tasks', `suite:${suite}`, ...extra];

describe('--help on every subcommand', () => {
  it.each([
    [
      ['eval', '--help'],
      ['--model DIR', '--tasks LIST', '--limit N', '--batch-size N|auto', '--checkpoint-dir DIR'],
    ],
    [
      ['eval', '-h'],
      ['--model DIR', '--resume'],
    ],
    [['eval', '--model', 'x', '--help'], ['--model DIR']],
    [
      ['fetch-data', '--help'],
      ['--tasks LIST', '--dataset-revision KEY=REV', '--refresh'],
    ],
    [
      ['demo', '--help'],
      ['--output FILE', '--workdir DIR'],
    ],
    [['tasks', '--help'], ['-h, --help']],
    [['help', 'demo'], ['--workdir DIR']],
  ])('ftbench %j prints that command’s options', (args, flags) => {
    const run = ftbench(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: ftbench ${args[0] === 'help' ? args[1] : args[0]}\\b`));
    for (const flag of flags) expect(run.stdout).toContain(flag);
  });

  it('shows each command only its own options', () => {
    expect(ftbench(['demo', '--help']).stdout).not.toContain('--model');
    expect(ftbench(['fetch-data', '--help']).stdout).not.toContain('--output');
  });

  it('documents --batch-size auto as the engine budgets it: half the free host memory, on cuda too', () => {
    expect(ftbench(['eval', '--help']).stdout).toMatch(/auto: .*half the free host memory at load, on cuda too/);
  });
});

describe('flags', () => {
  it('refuses a single-value flag given twice instead of silently keeping the last', () => {
    const tasks = ftbench(['eval', '--model', modelDir, '--tasks', 'arc_easy', '--tasks', `suite:${suite}`]);
    expectUserError(tasks, /--tasks is given twice \("arc_easy" and "suite:.*two\.jsonl"\)/);
    expect(tasks.stderr).toMatch(/--tasks arc_easy,suite:/);
    expectUserError(ftbench(evalArgs('--limit', '1', '--limit', '2')), /--limit is given twice/);
    expectUserError(ftbench(evalArgs('--log-samples', '--log-samples')), /--log-samples is given twice/);
    expectUserError(ftbench(['fetch-data', '--tasks', 'a', '--tasks', 'b']), /--tasks is given twice/);
  });

  it.each([
    ['--limit', '-1', 1],
    ['--limit', '0', 1],
    ['--limit', '1.5', 1],
    ['--limit', '0x10', 1],
    ['--limit', '1e3', 1],
    ['--num-fewshot', '-2', 0],
    ['--max-length', 'long', 1],
    ['--fewshot-seed', '-5', 0],
    ['--batch-size', '-8', 1],
    ['--batch-size', '99999999999999999999', 1],
  ])('%s %s gets ftbench’s own message', (flag, value, min) => {
    const run = ftbench(evalArgs(flag, value));
    expectUserError(run, new RegExp(`${flag} must be an integer >= ${min}, got "${value.replace('.', '\\.')}"`));
    expect(run.stderr).not.toMatch(/ambiguous|ERR_PARSE_ARGS/);
  });

  it('explains a missing value, also when the next word is another option', () => {
    expectUserError(ftbench(['eval', '--model', '--tasks', `suite:${suite}`]), /--model needs a value \(got the option --tasks\)/);
    expectUserError(ftbench(evalArgs('--limit')), /--limit needs a value/);
    expectUserError(ftbench(evalArgs('--limit=')), /--limit must be an integer >= 1, got ""/);
  });

  it('explains unknown options, values on switches and stray words', () => {
    expectUserError(ftbench(evalArgs('--bogus')), /unknown option --bogus for ftbench eval[\s\S]*ftbench eval --help/);
    expectUserError(ftbench(evalArgs('--resume=yes')), /--resume takes no value/);
    expectUserError(ftbench(evalArgs('extra')), /unexpected argument "extra"/);
    expectUserError(ftbench(evalArgs('--device', 'gpu')), /unknown device "gpu"/);
  });
});

describe('--model and --tasks mistakes', () => {
  it('takes the path of model.onnx as its directory', () => {
    const run = ftbench(['eval', '--model', path.join(modelDir, 'model.onnx'), '--tasks', `suite:${suite}`]);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\|\s*suite:two\s*\|/);
  });

  it('says precisely what is wrong with another file passed as --model', () => {
    expectUserError(
      ftbench(['eval', '--model', path.join(modelDir, 'tokenizer.json'), '--tasks', `suite:${suite}`]),
      /--model .*tokenizer\.json is a file; --model takes the directory of an ONNX export/,
    );
  });

  it('explains "suite:" without a path', () => {
    const run = ftbench(['eval', '--model', modelDir, '--tasks', 'suite:']);
    expectUserError(run, /"suite:" needs the path of a suite file/);
    expect(run.stderr).not.toMatch(/extension ""/);
  });

  it('refuses a suite that is not UTF-8, naming the byte offset, and reads one with a byte-order mark', () => {
    const latin1 = path.join(root, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.from('{"question": "Caf\u00e9?", "choices": ["oui", "non"], "answer": "A"}\n', 'latin1'));
    expectUserError(
      ftbench(['eval', '--model', modelDir, '--tasks', `suite:${latin1}`]),
      /latin1\.jsonl is not valid UTF-8: byte 0xE9 at byte offset 17 \(line 1\)/,
    );
    const bom = path.join(root, 'bom.jsonl');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(suite)]));
    expect(ftbench(['eval', '--model', modelDir, '--tasks', `suite:${bom}`]).code).toBe(0);
  });

  it('gives line and column of a .json suite syntax error', () => {
    const broken = path.join(root, 'broken.json');
    writeFileSync(broken, '[\n  {"question": "Q", "choices": ["a", "b"], "answer": "A"},\n]\n');
    expectUserError(ftbench(['eval', '--model', modelDir, '--tasks', `suite:${broken}`]), /broken\.json:3:1 invalid JSON/);
  });

  it('refuses a YAML alias bomb with a clear error', () => {
    const letters = 'abcdefghi';
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < letters.length; i++)
      lines.push(
        `${letters[i]}: &${letters[i]} [${Array(9)
          .fill(`*${letters[i - 1]}`)
          .join(', ')}]`,
      );
    const bomb = path.join(root, 'bomb.yaml');
    writeFileSync(bomb, `${lines.join('\n')}\nitems: *i\n`);
    expectUserError(ftbench(['eval', '--model', modelDir, '--tasks', `suite:${bomb}`]), /bomb\.yaml invalid YAML: its aliases .* expand to more than/);
  });
});

describe('--output is checked before scoring, and a late failure loses nothing', () => {
  it('refuses a folder, a path below a file, before scoring anything', () => {
    const folder = path.join(root, 'a-folder');
    mkdirSync(folder);
    const asFolder = ftbench(evalArgs('--output', folder));
    expectUserError(asFolder, /cannot write the results to .*a-folder: it is a folder/);
    expect(scored(asFolder)).toBe(false);
    const belowFile = ftbench(evalArgs('--output', path.join(suite, 'results.json')));
    expectUserError(belowFile, /cannot write the results to .*two\.jsonl\/results\.json: part of the path is a file/);
    expect(scored(belowFile)).toBe(false);
    expectUserError(ftbench(['demo', '--eval-only', '--workdir', path.join(root, 'demo'), '--output', folder]), /it is a folder/);
    // The loop demo writes its results into --workdir; --output belongs to --eval-only.
    expectUserError(ftbench(['demo', '--workdir', path.join(root, 'demo'), '--output', folder]), /--output is for ftbench demo --eval-only/);
  });

  it('refuses a read-only results file and a read-only folder before scoring', () => {
    const readOnlyFile = path.join(root, 'read-only.json');
    writeFileSync(readOnlyFile, 'old results\n');
    chmodSync(readOnlyFile, 0o444);
    const readOnlyDir = path.join(root, 'read-only-dir');
    mkdirSync(readOnlyDir, { mode: 0o555 });
    for (const output of [readOnlyFile, path.join(readOnlyDir, 'results.json')]) {
      const run = ftbench(evalArgs('--output', output), { readOnly: [readOnlyFile, readOnlyDir] });
      expectUserError(run, new RegExp(`cannot write the results to .*: ${READ_ONLY}`));
      expect(scored(run)).toBe(false);
    }
    expect(readFileSync(readOnlyFile, 'utf8')).toBe('old results\n');
  });

  it('on a full disk at the end, keeps a copy of the results and says where the checkpoint is', () => {
    const checkpointDir = path.join(root, 'full-disk-checkpoints');
    // /dev/full accepts the open and fails every write with ENOSPC: a disk that filled up while scoring.
    const run = ftbench(evalArgs('--output', '/dev/full', '--checkpoint-dir', checkpointDir, '--log-samples'));
    expectUserError(run, /could not write the results to \/dev\/full: no space left on device/);
    expect(scored(run)).toBe(true);
    expect(run.stdout).toMatch(/\|\s*suite:two\s*\|/); // the table was printed
    expect(run.stderr).toContain(`every scored request is in the checkpoint folder ${checkpointDir}`);
    const rescue = /a copy of the results is in (\S+\.json)/.exec(run.stderr)?.[1] as string;
    const results = JSON.parse(readFileSync(rescue, 'utf8'));
    expect(results.tasks['suite:two'].n).toBe(2);
    expect(results.samples['suite:two']).toHaveLength(2);

    // What the message promises: --resume rebuilds the results without scoring again.
    const output = path.join(root, 'rebuilt.json');
    const resumed = ftbench(evalArgs('--output', output, '--checkpoint-dir', checkpointDir, '--log-samples', '--resume'));
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/4 requests \(4 from the checkpoint\)/);
    expect(JSON.parse(readFileSync(output, 'utf8')).samples).toEqual(results.samples);
  });
});

describe('read-only checkpoint and cache folders', () => {
  it('names a read-only --checkpoint-dir before scoring', () => {
    const dir = path.join(root, 'read-only-checkpoints');
    mkdirSync(dir, { mode: 0o555 });
    chmodSync(dir, 0o555);
    const run = ftbench(evalArgs('--checkpoint-dir', dir), { readOnly: [dir] });
    expectUserError(run, new RegExp(`cannot write to the checkpoint folder ${dir}: ${READ_ONLY}`));
    expect(run.stderr).toMatch(/pass another --checkpoint-dir/);
    expect(scored(run)).toBe(false);
    const belowFile = ftbench(evalArgs('--checkpoint-dir', path.join(suite, 'checkpoints')));
    expectUserError(belowFile, /cannot write to the checkpoint folder .*: part of the path is a file/);
  });

  it('points at FTBENCH_CACHE_DIR when the default cache is read-only', () => {
    const readOnlyCache = path.join(root, 'read-only-cache');
    mkdirSync(readOnlyCache, { mode: 0o555 });
    chmodSync(readOnlyCache, 0o555);
    const run = ftbench(evalArgs(), { env: { FTBENCH_CACHE_DIR: readOnlyCache }, readOnly: [readOnlyCache] });
    expectUserError(run, new RegExp(`cannot write to the checkpoint folder ${readOnlyCache}/checkpoints: ${READ_ONLY}`));
    expect(run.stderr).toMatch(/set FTBENCH_CACHE_DIR to a writable folder/);
  });
});

describe('a read-only dataset cache', () => {
  let hub: FakeHub;
  const sha = 'c'.repeat(40);
  beforeAll(async () => {
    const row = (id: string) => ({ id, question: `Question ${id}?`, choices: { text: ['yes', 'no'], label: ['A', 'B'] }, answerKey: 'A' });
    hub = await startFakeHub({
      'allenai/ai2_arc': {
        refs: { main: sha },
        commits: {
          [sha]: {
            'ARC-Easy/test-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [row('t1')]),
            'ARC-Easy/train-00000-of-00001.parquet': hubParquet(ARC_COLUMNS, [row('r1')]),
          },
        },
      },
    });
  });
  afterAll(() => hub.close());

  it('ftbench fetch-data names the folder and FTBENCH_CACHE_DIR, without a stack trace', async () => {
    const readOnlyCache = path.join(root, 'read-only-datasets');
    mkdirSync(readOnlyCache, { mode: 0o555 });
    chmodSync(readOnlyCache, 0o555);
    // Asynchronous, so the Hub in this process can answer.
    const [command, args] = withReadOnly([readOnlyCache], [process.execPath, cli, 'fetch-data', '--tasks', 'arc_easy']);
    const child = spawn(command, args, { env: env({ FTBENCH_CACHE_DIR: readOnlyCache, HF_HUB_OFFLINE: '', HF_TOKEN: '', HF_ENDPOINT: hub.endpoint }) });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expectUserError({ code: code as number, stdout: '', stderr }, new RegExp(`${readOnlyCache}.* failed: ${READ_ONLY}`));
    expect(stderr).toMatch(new RegExp(`ftbench keeps its cache in ${readOnlyCache}: make it writable, or set FTBENCH_CACHE_DIR`));
    expect(readdirSync(readOnlyCache)).toEqual([]);
  });
});

describe('a closed stdout (ftbench … | head)', () => {
  /** Runs the CLI with the reading end of its stdout closed before it writes a byte. */
  function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [cli, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  }

  it('ends quietly, without an EPIPE stack trace', async () => {
    const run = await withClosedStdout(['tasks']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('still writes --output after the table could not be printed', async () => {
    const output = path.join(root, 'piped.json');
    const run = await withClosedStdout([...evalArgs('--output', output)]);
    expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).tasks['suite:two'].n).toBe(2);
  });
});
