/**
 * Every successful judgment on disk, keyed by content: sha256 of the judge model's name and the full prompt
 * messages (never the API key or the URL), so a re-run, a resumed run or a baseline's re-use pays for no
 * judgment twice. One file per judgment, `<dir>/<key[0..2]>/<key>.json`, written atomically; an entry that
 * does not parse, belongs to another key or fails its checksum is ignored with a warning, judged again and
 * replaced, never trusted. Failed judgments are not cached: the next run asks again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { assertWritableDir, fileSystemReason } from '../fs-errors.js';
import { sha256Hex } from '../hash.js';
import type { ChatMessage } from '../tasks/messages.js';
import type { Judge, JudgeReply, JudgeStats } from './types.js';

/** Bump when what a judgment means changes (the request settings), so older entries are not reused. */
const CACHE_VERSION = 1;

interface CacheEntry {
  version: number;
  key: string;
  model: string;
  text: string;
  promptTokens: number;
  completionTokens: number;
  /** sha256 of key and text: a damaged text is caught, not trusted. */
  check: string;
}

/** The cache key of a judgment: the judge model and the exact messages, in order. */
export function judgmentKey(model: string, messages: readonly ChatMessage[]): string {
  return sha256Hex(JSON.stringify({ version: CACHE_VERSION, model, messages: messages.map(({ role, content }) => ({ role, content })) }));
}

const checkOf = (key: string, text: string) => sha256Hex(`${key}\0${text}`);

/** The entry's reply, or why it cannot be trusted. */
function readEntry(file: string, key: string): { reply: Omit<JudgeReply, 'cached'> } | { problem: string } | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : { problem: (error as Error).message };
  }
  let entry: Partial<CacheEntry>;
  try {
    entry = JSON.parse(raw) as Partial<CacheEntry>;
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const counts = [entry.promptTokens, entry.completionTokens].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
  if (entry.version !== CACHE_VERSION || entry.key !== key || typeof entry.text !== 'string' || !counts || entry.check !== checkOf(key, entry.text)) {
    return { problem: 'its content does not match its key or checksum' };
  }
  return { reply: { text: entry.text, promptTokens: entry.promptTokens as number, completionTokens: entry.completionTokens as number } };
}

/**
 * `judge` behind the on-disk cache in `dir` (created and checked writable now). Concurrent asks for the same
 * prompt share one judgment. `stats()` is the judge's, with the hits counted.
 */
export function withJudgmentCache(judge: Judge, dir: string, opts: { onWarning?: (message: string) => void } = {}): Judge {
  assertWritableDir(dir, 'judgment cache folder', 'Pass a writable --judge-cache-dir, or fix the permissions of this one.');
  const warn = opts.onWarning ?? ((message: string) => console.warn(`ftbench: warning: ${message}`));
  const inFlight = new Map<string, Promise<JudgeReply>>();
  let cacheHits = 0;

  async function judgeAndStore(key: string, file: string, messages: ChatMessage[]): Promise<JudgeReply> {
    const reply = await judge.judge(messages);
    const entry: CacheEntry = {
      version: CACHE_VERSION,
      key,
      model: judge.model,
      text: reply.text,
      promptTokens: reply.promptTokens,
      completionTokens: reply.completionTokens,
      check: checkOf(key, reply.text),
    };
    try {
      writeFileAtomic(file, `${JSON.stringify(entry, null, 2)}\n`);
    } catch (error) {
      // The judgment is paid for and good: it is used, only the next run will ask again.
      warn(`could not cache the judgment in ${file}: ${fileSystemReason(error)}`);
    }
    return { ...reply, cached: false };
  }

  return {
    model: judge.model,
    async judge(messages) {
      const key = judgmentKey(judge.model, messages);
      const file = path.join(dir, key.slice(0, 2), `${key}.json`);
      const pending = inFlight.get(key);
      if (pending) {
        const reply = await pending;
        cacheHits++;
        return { ...reply, cached: true };
      }
      const found = readEntry(file, key);
      if (found && 'reply' in found) {
        cacheHits++;
        return { ...found.reply, cached: true };
      }
      if (found) warn(`ignoring the cached judgment ${file} (${found.problem}); judging again`);
      const judged = judgeAndStore(key, file, messages);
      inFlight.set(key, judged);
      try {
        return await judged;
      } finally {
        inFlight.delete(key);
      }
    },
    stats(): JudgeStats {
      return { ...judge.stats(), cacheHits };
    },
  };
}
