import { homedir } from 'node:os';
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface (huggingface_hub's default). */
export function hfHome(env: Env = process.env): string {
  if (env.HF_HOME) return env.HF_HOME;
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'huggingface');
}

/**
 * ftbench's one cache root — datasets, checkpoints and rewritten scoring graphs live below it:
 * FTBENCH_CACHE_DIR, else $HF_HOME/ftbench.
 */
export function ftbenchCacheDir(env: Env = process.env): string {
  return env.FTBENCH_CACHE_DIR || path.join(hfHome(env), 'ftbench');
}

/** The Hub datasets ftbench downloaded (data/hub/cache.ts lays them out). */
export function datasetCacheDir(env: Env = process.env): string {
  return path.join(ftbenchCacheDir(env), 'datasets');
}

/** Where `ftbench eval` keeps its resume checkpoints unless --checkpoint-dir says otherwise. */
export function checkpointCacheDir(env: Env = process.env): string {
  return path.join(ftbenchCacheDir(env), 'checkpoints');
}

/** Where MT-Bench's judgments are cached unless --judge-cache-dir says otherwise. */
export function judgmentCacheDir(env: Env = process.env): string {
  return path.join(ftbenchCacheDir(env), 'judgments');
}
