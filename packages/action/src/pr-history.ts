/**
 * Where a PR's iteration history lives: the Actions cache, one immutable entry per run under a
 * key that names the PR, so the newest entry is the latest history. Only the action writes it
 * (a comment can be edited by anyone with access, so the comment is never read back), a run
 * cache is scoped to the PR's ref by GitHub, and what is restored is validated (parseHistory)
 * before use: an unreadable or foreign entry starts a new history with a warning, never a failed
 * check.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyHistory, parseHistory, type PrHistory } from '@ftbench/core';
import * as core from '@actions/core';
import type { CacheStore } from './cache-store.js';

const FILE = 'history.json';

/** Relative to the workspace, like the baseline's folder: the cache version hashes the path as written. */
export const PR_HISTORY_DIR = '.ftbench/pr-history';

export function historyKeyPrefix(repository: string, pullRequest: number): string {
  return `ftbench-pr-history-v1-${repository.replace(/[^\w.-]/g, '_')}-pr${pullRequest}-`;
}

/** A run's own key: a re-run gets a new attempt number, so every save is a new entry. */
export function historyKey(prefix: string, env: Record<string, string | undefined>): string {
  return `${prefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
}

export interface HistoryPlace {
  store: CacheStore;
  /** Folder the entry is restored into and saved from (PR_HISTORY_DIR in the action). */
  dir: string;
  prefix: string;
  key: string;
  pullRequest: number;
}

/** The history before this push: restored and validated, else empty. */
export async function restoreHistory(place: HistoryPlace): Promise<PrHistory> {
  rmSync(place.dir, { recursive: true, force: true });
  const matched = await place.store.restore(place.key, [place.prefix], place.dir);
  const file = path.join(place.dir, FILE);
  if (matched === null || !existsSync(file)) return emptyHistory(place.pullRequest);
  try {
    const history = parseHistory(readFileSync(file, 'utf8'), place.pullRequest, `the PR history in the Actions cache (${matched})`);
    core.info(`PR history restored from the Actions cache (${matched}): ${history.iterations.length} earlier push(es)`);
    return history;
  } catch (error) {
    core.warning(`${(error as Error).message}: starting a new history. The check is not affected.`);
    return emptyHistory(place.pullRequest);
  }
}

export async function saveHistory(place: HistoryPlace, history: PrHistory): Promise<void> {
  mkdirSync(place.dir, { recursive: true });
  writeFileSync(path.join(place.dir, FILE), `${JSON.stringify(history)}\n`);
  await place.store.save(place.key, place.dir);
}
