/**
 * Real broken ONNX models (the toy model builder's broken exports) through the engine, the evaluator
 * and the built CLI: a NaN or infinite log-probability is an error naming the model, the task and the
 * document, never a score; an onnxruntime failure while scoring is too, and the tasks scored before it
 * stay in the checkpoint for --resume; output that ignores the input is flagged as degenerate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRecord, readCheckpoint } from '../../src/checkpoint/index.js';
import { FtbenchError } from '../../src/errors.js';
import { simpleEvaluate } from '../../src/evaluator.js';
import { OnnxCausalLM, ScoringError } from '../../src/model/causal-lm.js';
import { renderResultsTable } from '../../src/render-table.js';
import { writeToyModel, type BrokenLogits, type ToyModelSpec } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';

const SPEC: ToyModelSpec = { seed: 13, layers: 1, heads: 2, hidden: 16, maxPositions: 64, withPast: false };
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-broken-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ITEMS = [
  { id: 'q1', question: 'Two plus two?', choices: ['4', '5'], answer: 'A' },
  { id: 'q2', question: 'Capital of Peru?', choices: ['Quito', 'Lima', 'Cusco'], answer: 'B' },
  { id: 'q3', question: 'Boiling point of water at sea level?', choices: ['50 C', '100 C'], answer: 'B' },
];
const suiteFile = path.join(root, 'quiz.jsonl');
const modelDir = (name: string) => path.join(root, name);

const BROKEN: { kind: BrokenLogits; logprob: string }[] = [
  { kind: 'nan-weights', logprob: 'NaN' },
  { kind: 'infinite-logits', logprob: 'NaN' },
  // Every continuation starts with a space (id 32, even): its log-probability is -Infinity.
  { kind: 'minus-infinity-logits', logprob: '-Infinity' },
];

beforeAll(async () => {
  writeFileSync(suiteFile, ITEMS.map((item) => JSON.stringify(item)).join('\n'));
  for (const { kind } of BROKEN) {
    await writeToyModel(modelDir(kind), { ...SPEC, broken: kind });
    await writeToyModel(modelDir(`${kind}-with-past`), { ...SPEC, broken: kind, withPast: true });
  }
});

describe('a model with non-finite log-probabilities is an error, never a score', () => {
  for (const { kind, logprob } of BROKEN) {
    for (const [path_, options] of [
      ['plain graph, scored in graph', { dir: kind }],
      ['plain graph, scored on host', { dir: kind, scoreInGraph: false }],
      ['with past, prefix reuse', { dir: `${kind}-with-past` }],
    ] as const) {
      it(`${kind}, ${path_}: the engine stops with the log-probability it got`, async () => {
        const { dir, ...load } = options;
        const model = await OnnxCausalLM.load(modelDir(dir), { ...load, batchSize: 4, cacheDir, onWarning: () => {} });
        try {
          const requests = [' yes', ' no'].map((continuation) => ({ context: 'Is it?', continuation }));
          const failure = await model.loglikelihood(requests).then(
            () => null,
            (err: unknown) => err,
          );
          expect(failure).toBeInstanceOf(ScoringError);
          expect((failure as ScoringError).message).toContain(`log-probability of ${logprob}`);
          expect((failure as ScoringError).requests.length).toBeGreaterThan(0);
        } finally {
          await model.dispose();
        }
      });
    }
  }

  it('the evaluator names the model, the task and the document', async () => {
    const failure = await simpleEvaluate({ model: modelDir('nan-weights'), tasks: [`suite:${suiteFile}`], progress: false, cacheDir }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(FtbenchError);
    const message = (failure as FtbenchError).message;
    expect(message).toContain(`model ${modelDir('nan-weights')}`);
    expect(message).toContain('task suite:quiz');
    expect(message).toMatch(/document "q\d"/);
    expect(message).toContain('log-probability of NaN');
    expect((failure as FtbenchError).hint).toMatch(/broken model/);
  });

  it('ftbench eval exits 2 with an ftbench: error line, no stack trace and no results', () => {
    const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
    const output = path.join(root, 'results.json');
    const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: cacheDir, HF_HUB_OFFLINE: '1' };
    const run = spawnSync(
      process.execPath,
      [cli, 'eval', '--model', modelDir('minus-infinity-logits'), '--tasks', `suite:${suiteFile}`, '--batch-size', 'auto', '--output', output],
      { encoding: 'utf8', env },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^ftbench: error: model .*minus-infinity-logits, task suite:quiz, document "q\d": the model gave a log-probability of -Infinity/m,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(output)).toBe(false);
  });
});

describe('a model whose output does not depend on its input', () => {
  // Enough questions that guessing would rarely answer them all alike: 4^-7 * 4 < 0.001.
  const questions = path.join(root, 'questions.jsonl');
  beforeAll(async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({
      id: `q${i}`,
      question: `Question ${i}: which is ${'odd '.repeat(i)}right?`,
      choices: ['one', 'two', 'three', 'four'],
      answer: i % 4,
    }));
    writeFileSync(questions, items.map((item) => JSON.stringify(item)).join('\n'));
    await writeToyModel(modelDir('constant-logits'), { ...SPEC, withPast: true, broken: 'constant-logits' });
    await writeToyModel(modelDir('intact'), { ...SPEC, withPast: true });
  });

  it('is flagged in the results and the table', async () => {
    const flagged = await simpleEvaluate({ model: modelDir('constant-logits'), tasks: [`suite:${questions}`], batchSize: 'auto', progress: false, cacheDir });
    expect(flagged.tasks['suite:questions'].degenerate).toEqual(['same-answer', 'equal-loglikelihoods']);
    expect(renderResultsTable(flagged)).toMatch(/\|\s+- ⚠ degenerate: the same answer for every document +\|/);
    expect(renderResultsTable(flagged)).toMatch(/\|\s+- ⚠ degenerate: the same log-likelihood for every choice +\|/);
    const intact = await simpleEvaluate({ model: modelDir('intact'), tasks: [`suite:${questions}`], batchSize: 'auto', progress: false, cacheDir });
    // The intact toy model has random weights: it too gives every question the same letter (rightly
    // flagged), but its choices' log-likelihoods differ.
    expect(intact.tasks['suite:questions'].degenerate).toEqual(['same-answer']);
    expect(renderResultsTable(intact)).not.toContain('the same log-likelihood');
  });
});

describe('an onnxruntime failure while scoring', () => {
  // One question whose options share their whole model input (one row), and a task of three.
  const oneRow = path.join(root, 'one-row.jsonl');
  const threeDocs = path.join(root, 'three-docs.jsonl');
  const staticBatch = modelDir('static-batch');
  beforeAll(async () => {
    writeFileSync(oneRow, JSON.stringify(ITEMS[0]));
    writeFileSync(threeDocs, ITEMS.map((item) => JSON.stringify(item)).join('\n'));
    await writeToyModel(staticBatch, { ...SPEC, staticBatch: true });
  });
  const tasks = [`suite:${oneRow}`, `suite:${threeDocs}`];

  it('names the task and the documents, keeps the tasks scored before it in the checkpoint, and --resume goes on', async () => {
    const checkpointDir = path.join(root, 'checkpoints');
    // The graph takes one row at a time: the first task runs one row, the second fails at two.
    const failure = await simpleEvaluate({ model: staticBatch, tasks, batchSize: 2, checkpointDir, progress: false, cacheDir }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(FtbenchError);
    expect((failure as FtbenchError).message).toMatch(
      /^model .*static-batch, task suite:three-docs, documents "q\d", "q\d": onnxruntime failed on a pass of 2 rows: .*input_ids/,
    );
    expect((failure as FtbenchError).hint).toContain(`checkpoint directory ${checkpointDir}`);
    const files = readdirSync(checkpointDir);
    expect(files.filter((file) => file.startsWith('suite_one-row-')).map((file) => readCheckpoint(path.join(checkpointDir, file)).records.size)).toEqual([2]);

    const resumed = await simpleEvaluate({ model: staticBatch, tasks, batchSize: 1, checkpointDir, resume: true, logSamples: true, progress: false, cacheDir });
    expect(resumed.timings.resumedRequests).toBe(2);
    const fresh = await simpleEvaluate({ model: staticBatch, tasks, batchSize: 1, logSamples: true, progress: false, cacheDir });
    expect(resumed.samples).toEqual(fresh.samples);
    expect(resumed.tasks['suite:three-docs'].n).toBe(3);
  });

  it('inside a task keeps the chunks scored before it', async () => {
    // config.json says 64 positions, the graph has 32: the last question (too long for the graph) fails
    // in the second checkpoint chunk, after the first 128 questions (256 requests).
    const overclaimed = modelDir('overclaimed');
    await writeToyModel(overclaimed, { ...SPEC, maxPositions: 32 });
    const config = JSON.parse(readFileSync(path.join(overclaimed, 'config.json'), 'utf8'));
    writeFileSync(path.join(overclaimed, 'config.json'), JSON.stringify({ ...config, n_positions: 64, n_ctx: 64 }));
    const manyDocs = path.join(root, 'many.jsonl');
    const items = Array.from({ length: 130 }, (_, i) => ({
      id: `m${i}`,
      question: i === 129 ? `${'long '.repeat(8)}?` : `${i}?`,
      choices: ['a', 'b'],
      answer: 'A',
    }));
    writeFileSync(manyDocs, items.map((item) => JSON.stringify(item)).join('\n'));
    const checkpointDir = path.join(root, 'chunk-checkpoints');
    const failure = await simpleEvaluate({ model: overclaimed, tasks: [`suite:${manyDocs}`], checkpointDir, progress: false, cacheDir }).then(
      () => null,
      (err: unknown) => err,
    );
    expect((failure as FtbenchError).message).toMatch(/task suite:many, document "m129": onnxruntime failed on a pass of 1 row: .*Gather.*idx=32/);
    expect((failure as FtbenchError).hint).toMatch(/longer than the graph's positions .*Requests scored before it are kept in the checkpoint directory/);
    const [file] = readdirSync(checkpointDir);
    expect(readCheckpoint(path.join(checkpointDir, file)).records.size).toBe(256);
  });
});

describe('a checkpoint that holds a non-finite log-likelihood', () => {
  it('is an error naming the document, not a score', async () => {
    const checkpointDir = path.join(root, 'null-checkpoints');
    const intact = modelDir('intact-for-checkpoint');
    await writeToyModel(intact, SPEC);
    await simpleEvaluate({ model: intact, tasks: [`suite:${suiteFile}`], checkpointDir, progress: false, cacheDir });
    // What an older ftbench wrote for a NaN model: JSON has no NaN, so the value was stored as null.
    const [name] = readdirSync(checkpointDir);
    const file = path.join(checkpointDir, name);
    const records = [...readCheckpoint(file).records].map(([key, value], i) =>
      encodeRecord({ key, value: i === 3 ? { ...(value as object), loglikelihood: null } : value }),
    );
    writeFileSync(file, records.join(''));
    const failure = await simpleEvaluate({ model: intact, tasks: [`suite:${suiteFile}`], checkpointDir, resume: true, progress: false, cacheDir }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(FtbenchError);
    expect((failure as FtbenchError).message).toMatch(/task suite:quiz, document "q2": the checkpoint holds a log-likelihood of null/);
    expect((failure as FtbenchError).hint).toContain(file);
  });
});
