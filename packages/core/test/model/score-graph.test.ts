/**
 * The scoring-graph rewrite: where it gathers, that its scores match the float64 reference on graph
 * shapes it must handle (LM head found, head not recognisable, external data, fp16 logits), that it
 * is cached by model hash, and that graphs it cannot rewrite fall back to host scoring with a warning.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type onnxProto from 'onnx-proto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { buildScoringGraph, decodeModel, encodeModel, ScoreGraphError, SCORE_OUTPUTS } from '../../src/model/score-graph.js';
import { ftbenchCacheDir } from '../../src/cache-dir.js';
import { writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';
import { describeWithShared, sharedModels } from '../paths.js';
import { TASK_SHAPES, referenceResult } from './task-shapes.js';

const SPEC: ToyModelSpec = { seed: 5, layers: 1, heads: 2, hidden: 16, maxPositions: 96, withPast: true };
const REQUESTS = [...TASK_SHAPES['HellaSwag endings'].flat(), ...TASK_SHAPES['empty context'].flat()];

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-graph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let models = 0;

async function toyModel(spec: ToyModelSpec = SPEC): Promise<string> {
  const dir = path.join(root, `model-${models++}`);
  await writeToyModel(dir, spec);
  return dir;
}

/** Rewrites a model directory's model.onnx in place. */
function editGraph(dir: string, edit: (model: onnxProto.onnx.IModelProto) => void): void {
  const model = decodeModel(readFileSync(path.join(dir, 'model.onnx')));
  edit(model);
  writeFileSync(path.join(dir, 'model.onnx'), encodeModel(model));
}

const producerOf = (model: onnxProto.onnx.IModelProto, name: string) => model.graph?.node?.find((n) => n.output?.includes(name));

/** Loads the model, scores REQUESTS and checks them against the float64 reference of `spec`. */
async function expectReferenceScores(dir: string, spec: ToyModelSpec, cacheDir: string, onWarning?: (message: string) => void): Promise<OnnxCausalLM> {
  const expected = REQUESTS.map((request) => referenceResult({ ...spec, withPast: false }, request, spec.maxPositions));
  const model = await OnnxCausalLM.load(dir, { batchSize: 4, cacheDir, onWarning });
  const results = await model.loglikelihood(REQUESTS);
  await model.dispose();
  results.forEach((result, i) => {
    expect(Math.abs(result.loglikelihood - expected[i].loglikelihood)).toBeLessThan(1e-4);
    expect(result.isGreedy).toBe(expected[i].isGreedy);
  });
  return model;
}

describe('the scoring-graph rewrite', () => {
  it('gathers before the LM head and drops the full logits', async () => {
    const dir = await toyModel();
    const model = decodeModel(readFileSync(path.join(dir, 'model.onnx')));
    const headBefore = producerOf(model, 'logits');
    expect(headBefore?.opType).toBe('MatMul');
    const { gatherAt } = buildScoringGraph(model);
    expect(gatherAt).toBe('hidden-states');
    expect(model.graph?.output?.map((o) => o.name)).not.toContain('logits');
    expect(model.graph?.output?.map((o) => o.name)).toEqual(expect.arrayContaining([SCORE_OUTPUTS.logprobs, SCORE_OUTPUTS.argmax, 'present.0.key']));
    expect(producerOf(model, 'logits')).toBeUndefined();
    // The only vocabulary-wide MatMul left reads the gathered rows.
    const heads = (model.graph?.node ?? []).filter((n) => n.opType === 'MatMul' && n.input?.[1] === headBefore?.input?.[1]);
    expect(heads).toHaveLength(1);
    expect(producerOf(model, heads[0].input?.[0] ?? '')?.opType).toBe('Gather');
  });

  it('refuses graphs it cannot rewrite safely', async () => {
    const dir = await toyModel();
    const fresh = () => decodeModel(readFileSync(path.join(dir, 'model.onnx')));
    const oldOpset = fresh();
    oldOpset.opsetImport = [{ domain: '', version: 10 }];
    expect(() => buildScoringGraph(oldOpset)).toThrow(ScoreGraphError);
    const noLogits = fresh();
    noLogits.graph!.output = noLogits.graph!.output!.filter((o) => o.name !== 'logits');
    expect(() => buildScoringGraph(noLogits)).toThrow(/no "logits" output/);
  });

  it('gathers from the logits inside the graph when the head is not recognisable, with the same scores', async () => {
    const dir = await toyModel();
    // logits = Reshape(h @ W, Shape(h @ W)): a reshape is not element-wise, so the head is not moved.
    editGraph(dir, (model) => {
      const head = producerOf(model, 'logits')!;
      head.output = ['pre_logits'];
      model.graph!.node!.push(
        { opType: 'Shape', input: ['pre_logits'], output: ['pre_logits_shape'], name: 'shape' },
        { opType: 'Reshape', input: ['pre_logits', 'pre_logits_shape'], output: ['logits'], name: 'reshape' },
      );
    });
    const model = await expectReferenceScores(dir, SPEC, path.join(root, 'cache-logits'));
    expect(model.scoring).toBe('logits');
  });

  it('falls back to host scoring with one warning for a graph it refuses', async () => {
    const dir = await toyModel();
    // An internal value already named like an output the rewrite adds.
    editGraph(dir, (model) => {
      const head = producerOf(model, 'logits')!;
      const hidden = head.input![0];
      for (const node of model.graph!.node!) {
        node.input = node.input!.map((name) => (name === hidden ? SCORE_OUTPUTS.logprobs : name));
        node.output = node.output!.map((name) => (name === hidden ? SCORE_OUTPUTS.logprobs : name));
      }
    });
    const warnings: string[] = [];
    const model = await expectReferenceScores(dir, SPEC, path.join(root, 'cache-refused'), (message) => warnings.push(message));
    expect(model.scoring).toBe('host');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/in-graph scoring is off .*ftbench_\* names.*scoring from full logits on the host/);
  });

  it('keeps external weights where they are and resolves them from the model directory', async () => {
    // A vocabulary large enough that the weights dwarf the graph.
    const spec = { ...SPEC, externalData: true, vocabSize: 4096 };
    const dir = await toyModel(spec);
    const cacheDir = path.join(root, 'cache-external');
    const model = await expectReferenceScores(dir, spec, cacheDir);
    expect(model.scoring).toBe('hidden-states');
    const [key] = readdirSync(path.join(cacheDir, 'graphs'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(path.join(cacheDir, 'graphs', key)).sort()).toEqual(['meta.json', 'model.onnx']);
    // The graph alone: a few kB, against the weights' hundreds of kB.
    expect(statSync(path.join(cacheDir, 'graphs', key, 'model.onnx')).size).toBeLessThan(statSync(path.join(dir, 'model.onnx_data')).size / 10);
  });

  it('scores float16 logits in the graph', async () => {
    const dir = await toyModel({ ...SPEC, logitsType: 'float16' });
    const model = await OnnxCausalLM.load(dir, { batchSize: 4, cacheDir: path.join(root, 'cache-fp16') });
    const host = await OnnxCausalLM.load(dir, { batchSize: 4, scoreInGraph: false });
    const [inGraph, onHost] = [await model.loglikelihood(REQUESTS), await host.loglikelihood(REQUESTS)];
    await Promise.all([model.dispose(), host.dispose()]);
    expect(model.scoring).toBe('hidden-states');
    expect(model.record.logitsType).toBe('float16');
    // Both see the same float16 logits; only the log-softmax arithmetic differs (float32 in graph, float64 on host).
    inGraph.forEach((result, i) => {
      expect(Math.abs(result.loglikelihood - onHost[i].loglikelihood)).toBeLessThan(1e-4);
      expect(result.isGreedy).toBe(onHost[i].isGreedy);
    });
  });
});

describe('the scoring-graph cache', () => {
  const savedEnv = process.env.FTBENCH_CACHE_DIR;
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.FTBENCH_CACHE_DIR;
    else process.env.FTBENCH_CACHE_DIR = savedEnv;
  });

  it('builds a graph once per model content and reuses it', async () => {
    const dir = await toyModel();
    const cacheDir = path.join(root, 'cache-reuse');
    await (await OnnxCausalLM.load(dir, { cacheDir })).dispose();
    const [key] = readdirSync(path.join(cacheDir, 'graphs'));
    const file = path.join(cacheDir, 'graphs', key, 'model.onnx');
    const built = statSync(file).mtimeMs;
    await (await OnnxCausalLM.load(dir, { cacheDir })).dispose();
    expect(statSync(file).mtimeMs).toBe(built);
    // Same directory, different weights: a new entry.
    await writeToyModel(dir, { ...SPEC, seed: SPEC.seed + 1 });
    await (await OnnxCausalLM.load(dir, { cacheDir })).dispose();
    expect(readdirSync(path.join(cacheDir, 'graphs'))).toHaveLength(2);
  });

  it('lives in FTBENCH_CACHE_DIR when set', async () => {
    process.env.FTBENCH_CACHE_DIR = path.join(root, 'cache-env');
    expect(ftbenchCacheDir()).toBe(path.join(root, 'cache-env'));
    const dir = await toyModel();
    await (await OnnxCausalLM.load(dir)).dispose();
    expect(readdirSync(path.join(root, 'cache-env', 'graphs'))).toHaveLength(1);
  });
});

describeWithShared('the exported GPT-2 graphs', ['models/tiny-gpt2', 'models/tiny-gpt2-with-past'], () => {
  it.each(['tiny-gpt2', 'tiny-gpt2-with-past'])('%s: the LM head is found', (variant) => {
    const model = decodeModel(readFileSync(path.join(sharedModels, variant, 'model.onnx')));
    expect(buildScoringGraph(model).gatherAt).toBe('hidden-states');
  });

  it('copies nothing into the model directory', async () => {
    const dir = path.join(root, 'shared-copy');
    cpSync(path.join(sharedModels, 'tiny-gpt2'), dir, { recursive: true });
    const before = readdirSync(dir).sort();
    await (await OnnxCausalLM.load(dir, { cacheDir: path.join(root, 'cache-shared') })).dispose();
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
