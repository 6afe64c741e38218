/**
 * Several sessions on one machine (`--workers N`, `--device cuda:0,cuda:1`): one child process per
 * worker, each scoring shard w of W of the run (shard/plan.ts) on its own device, then merged in
 * memory. Results are those of one worker, bit for bit (the shards' invariance). A worker that fails
 * stops the run: the others are stopped too, and the error names the worker and its device; each
 * worker's scored chunks are already in its own checkpoint file, so the same command with --resume
 * (and the same workers) scores only what is missing.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { FtbenchError } from '../errors.js';
import type { EvaluateOptions } from '../evaluator.js';
import { formatDevice, parseDevice } from '../device.js';
import type { EvalResults } from '../schema.js';
import { mergeShards, type ShardFile } from './merge.js';

/** What a worker is told: options that travel between processes (no functions, the model as a path). */
export type WorkerOptions = Omit<EvaluateOptions, 'model' | 'progress' | 'onWarning' | 'dataSource' | 'shard' | 'device'> & { model: string };

export interface WorkerTask {
  options: WorkerOptions;
  shard: { index: number; count: number };
  device: string;
  /** Print warnings (one worker does, so they show once). */
  warn: boolean;
}

/** `bug`: not a user-facing error; its message holds the stack, which the parent keeps. */
export type WorkerReply = { ok: true; results: EvalResults } | { ok: false; message: string; hint?: string; bug?: boolean };

/**
 * The devices of `--device` (a comma-separated list) and `--workers`: a list gives one worker per
 * device; a single device (default cpu) with --workers N gives it N workers.
 */
export function workerDevices(device: string | undefined, workers: number | undefined): string[] {
  const devices = (device ?? 'cpu').split(',').map((spec) => formatDevice(parseDevice(spec)));
  if (workers === undefined) return devices;
  if (devices.length === 1) return new Array<string>(workers).fill(devices[0]);
  if (devices.length !== workers) {
    throw new FtbenchError(
      `--workers ${workers} and --device ${device} (${devices.length} devices) disagree`,
      'Give one of them: --device lists one worker per device.',
    );
  }
  return devices;
}

function runWorker(child: ChildProcess, task: WorkerTask, label: string): Promise<EvalResults> {
  return new Promise((resolve, reject) => {
    let reply: WorkerReply | undefined;
    child.on('message', (message: WorkerReply) => (reply = message));
    child.on('error', (error) => reject(new FtbenchError(`${label} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (reply?.ok) resolve(reply.results);
      else if (reply?.bug) reject(new Error(`${label} failed: ${reply.message}`));
      else if (reply) reject(new FtbenchError(`${label} failed: ${reply.message}`, reply.hint));
      else reject(new FtbenchError(`${label} stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) before it sent its results`));
    });
    child.send(task);
  });
}

/** Scores the run on one worker per device and merges their shards. */
export async function evaluateOnWorkers(options: WorkerOptions, devices: readonly string[]): Promise<EvalResults> {
  const started = performance.now();
  const count = devices.length;
  const children = devices.map(() =>
    fork(new URL('./worker-child.js', import.meta.url), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  const runs = devices.map((device, i) =>
    runWorker(children[i], { options, shard: { index: i + 1, count }, device, warn: i === 0 }, `worker ${i + 1} of ${count} (${device})`),
  );
  let shards: ShardFile[];
  try {
    shards = (await Promise.all(runs)).map((results, i) => ({ file: `worker ${i + 1}`, results }));
  } catch (error) {
    for (const child of children) if (child.exitCode === null) child.kill();
    await Promise.allSettled(runs);
    const kept = options.checkpointDir
      ? ` What the workers scored is kept in ${options.checkpointDir}: the same command with --resume and the same workers scores only the rest.`
      : '';
    if (error instanceof FtbenchError) throw new FtbenchError(error.message, `${error.hint ? `${error.hint} ` : ''}The other workers were stopped.${kept}`);
    throw error;
  }
  const merged = mergeShards(shards);
  // The workers ran side by side: the run took the wall time, each worker's own time is in timings.shards.
  return { ...merged, timings: { ...merged.timings, totalSeconds: (performance.now() - started) / 1000 } };
}
