import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll } from 'vitest';
import { writeToyModel } from '../../src/toy-model/write.js';
import type { ToyModelSpec } from '../../src/toy-model/spec.js';

/** Tiny enough for the whole suite to run in seconds on 2 cores. */
export const TINY: ToyModelSpec = { seed: 7, layers: 2, heads: 4, hidden: 32, maxPositions: 128, withPast: false };

export const PAD_ID = 256;

/** One fresh temp dir per test file, removed when the file's tests are done. */
const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ftbench-toy-'));
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

export async function writeTinyModel(spec: ToyModelSpec): Promise<string> {
  const dir = fs.mkdtempSync(path.join(tempRoot, 'model-'));
  await writeToyModel(dir, spec);
  return dir;
}

export function loadSession(dir: string): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(path.join(dir, 'model.onnx'));
}

export function int64Tensor(rows: number[][]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(rows.flat(), BigInt), [rows.length, rows[0].length]);
}

/** Logits row of batch item `b` at position `t` from a [batch, seq, vocab] float32 tensor. */
export function logitsRow(logits: ort.Tensor, b: number, t: number): Float32Array {
  const [, seq, vocab] = logits.dims;
  const start = (b * seq + t) * vocab;
  return (logits.data as Float32Array).subarray(start, start + vocab);
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch: ${a.length} vs ${b.length}`);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

/** Tokens drawn from the byte vocabulary, varied per (length, salt). */
export function sampleIds(length: number, salt: number): number[] {
  return Array.from({ length }, (_, i) => (i * 37 + salt * 101 + ((i * i) % 13)) % 256);
}
