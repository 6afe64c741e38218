/**
 * `ftbench demo`: the whole scoring path on a fresh machine with no GPU and no network —
 * a small GPT-2-shaped ONNX model built from a seed, and the bundled domain suites in
 * packages/core/demo/. The weights are random, so the accuracies are near chance: the demo
 * shows the pipeline and the report, not a good model.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleEvaluate } from './evaluator.js';
import { formatTaskRef } from './task-ref.js';
import { DEMO_SUITE_PATH } from './suites/index.js';
import type { ProgressSink } from './progress.js';
import type { EvalResults } from './schema.js';
import { writeToyModel, type ToyModelSpec } from './toy-model/index.js';

export const DEMO_MODEL_SPEC: ToyModelSpec = { seed: 2026, layers: 2, heads: 4, hidden: 64, maxPositions: 1024, withPast: true };

/** packages/core/demo: every suite file there is part of the demo. */
export const DEMO_DIR = path.dirname(DEMO_SUITE_PATH);

export function demoSuites(): string[] {
  return readdirSync(DEMO_DIR)
    .filter((name) => /\.(jsonl?|ya?ml)$/.test(name))
    .sort()
    .map((name) => formatTaskRef({ kind: 'suite', location: path.join(DEMO_DIR, name) }));
}

export async function runDemo(opts: { workdir?: string; progress?: ProgressSink | false } = {}): Promise<EvalResults> {
  const modelDir = path.join(opts.workdir ?? path.join(tmpdir(), 'ftbench-demo'), `toy-model-seed${DEMO_MODEL_SPEC.seed}`);
  // The model is a pure function of its spec: build once, reuse. Built aside and renamed into
  // place, so an interrupted build never leaves a half model behind.
  if (!existsSync(modelDir)) {
    const partial = `${modelDir}.partial-${process.pid}`;
    await writeToyModel(partial, DEMO_MODEL_SPEC);
    try {
      renameSync(partial, modelDir);
    } catch (err) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(modelDir)) throw err; // else a concurrent demo built it first
    }
  }
  return simpleEvaluate({ model: modelDir, tasks: demoSuites(), batchSize: 8, logSamples: true, progress: opts.progress });
}
