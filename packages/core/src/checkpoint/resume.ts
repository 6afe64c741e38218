/**
 * Resumable scoring. A task's requests are scored in chunks of whole documents; each chunk's
 * results are appended to the task's checkpoint (keyed by model, task hash and request) before
 * the next chunk starts, and a resumed run scores only what the checkpoint lacks.
 *
 * Chunks are formed greedily over the documents still to score, in order, so a run resumed after
 * k complete chunks scores exactly the chunks an uninterrupted run scored after its k-th: the
 * model sees the same batches and produces the same numbers.
 */
import path from 'node:path';
import type { ModelRecord } from '../schema.js';
import type { CheckpointStore } from './store.js';
import { sha256Hex } from '../hash.js';

/** Requests per chunk (rounded up to whole documents): what a kill can cost at most. */
export const CHECKPOINT_CHUNK_REQUESTS = 256;

/** What makes a model score a request the way it does: weights, tokenizer, truncation, BOS, device. */
export function modelCheckpointKey(model: ModelRecord, device: string): string {
  const { fingerprint, tokenizerFingerprint, maxLength, addBosToken, logitsType } = model;
  return sha256Hex(JSON.stringify({ fingerprint, tokenizerFingerprint, maxLength, addBosToken, logitsType, device }));
}

/** One file per model and task (its hash covers definition, data revision and every prompt). */
export function checkpointFile(dir: string, modelKey: string, taskName: string, taskHash: string): string {
  const readable = taskName.replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(dir, `${readable}-${sha256Hex(`${modelKey}\u0000${taskHash}`).slice(0, 32)}.jsonl`);
}

export function loglikelihoodRequestKey(request: { context: string; continuation: string }): string {
  return sha256Hex(`loglikelihood\u0000${request.context}\u0000${request.continuation}`);
}

export function generationRequestKey(request: { context: string; until: string[]; maxNewTokens: number }): string {
  return sha256Hex(`generate\u0000${JSON.stringify([request.context, request.until, request.maxNewTokens])}`);
}

export interface ResumableScoring<R, V> {
  /** Every request of the task, in order. */
  requests: readonly R[];
  /** Sizes of the consecutive runs of requests that belong together (a document's choices). */
  groupSizes: readonly number[];
  keyOf: (request: R) => string;
  score: (requests: R[], onProgress: (done: number) => void) => Promise<V[]>;
  /** Where each chunk goes once scored. Without one the chunks (and so the batches, and the numbers) are the same; nothing is kept. */
  store?: CheckpointStore;
  chunkRequests?: number;
  /** Requests done so far, those from the checkpoint included. */
  onProgress?: (done: number) => void;
}

/**
 * The chunks a whole task is scored in: consecutive documents (by their request counts), each chunk
 * closed once it holds `size` requests. Scoring any union of these chunks, in order, forms them again.
 */
export function documentChunks(groupSizes: readonly number[], size = CHECKPOINT_CHUNK_REQUESTS): number[][] {
  const groups = groupSizes.map((n, doc) => new Array<number>(n).fill(doc));
  return chunksOf(groups, size).map((chunk) => [...new Set(chunk)]);
}

/** Groups of pending request indices, cut into chunks of at least `size` requests. */
function chunksOf(groups: number[][], size: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const group of groups) {
    current.push(...group);
    if (current.length >= size) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export async function scoreResumable<R, V>(run: ResumableScoring<R, V>): Promise<{ values: V[]; resumed: number }> {
  const { requests, store } = run;
  const keys = requests.map(run.keyOf);
  // The checkpoint holds what `score` returned for these very requests (same model, same task hash).
  const done = (store?.loaded.records ?? new Map()) as Map<string, V>;
  const values: V[] = new Array(requests.length);
  const pendingGroups: number[][] = [];
  let start = 0;
  for (const size of run.groupSizes) {
    const pending: number[] = [];
    for (let i = start; i < start + size; i++) {
      if (done.has(keys[i])) values[i] = done.get(keys[i]) as V;
      else pending.push(i);
    }
    if (pending.length > 0) pendingGroups.push(pending);
    start += size;
  }
  if (start !== requests.length) throw new Error(`group sizes cover ${start} of ${requests.length} requests`);
  const resumed = requests.length - pendingGroups.reduce((n, group) => n + group.length, 0);
  run.onProgress?.(resumed);
  const chunks = chunksOf(pendingGroups, run.chunkRequests ?? CHECKPOINT_CHUNK_REQUESTS);
  let scored = 0;
  for (const chunk of chunks.filter((c) => c.length > 0)) {
    const results = await run.score(
      chunk.map((i) => requests[i]),
      (d) => run.onProgress?.(resumed + scored + d),
    );
    chunk.forEach((index, j) => (values[index] = results[j]));
    store?.append(chunk.map((index, j) => ({ key: keys[index], value: results[j] })));
    scored += chunk.length;
  }
  return { values, resumed };
}
