/**
 * The Llama-architecture toy (RMSNorm, rotary, grouped-query attention, SwiGLU; tied or untied head): its ONNX
 * graphs as onnxruntime runs them against the float64 reference, with and without past key/values, and ftbench's
 * engine scoring it.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { referenceLogits, referenceLoglikelihood } from '../../src/toy-model/reference.js';
import type { ToyModelSpec } from '../../src/toy-model/spec.js';
import { writeToyModel } from '../../src/toy-model/write.js';
import { PAD_ID, int64Tensor, loadSession, logitsRow, maxAbsDiff, sampleIds, writeTinyModel } from './helpers.js';

/** 4 query heads on 2 key/value heads (GQA), head size 8, an MLP narrower than 4x, a vocabulary past the bytes. */
const LLAMA: ToyModelSpec = {
  seed: 5,
  architecture: 'llama',
  layers: 2,
  heads: 4,
  kvHeads: 2,
  hidden: 32,
  intermediate: 48,
  maxPositions: 128,
  withPast: false,
  vocabSize: 300,
};
const PAST = { ...LLAMA, withPast: true };
const headDim = LLAMA.hidden / LLAMA.heads;
const kvHeads = 2;

const positions = (length: number, start = 0) => Array.from({ length }, (_, t) => start + t);

function emptyPast(spec: ToyModelSpec, batch: number): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (let i = 0; i < spec.layers; i++) {
    for (const kind of ['key', 'value']) feeds[`past_key_values.${i}.${kind}`] = new ort.Tensor('float32', new Float32Array(0), [batch, kvHeads, 0, headDim]);
  }
  return feeds;
}

function presentAsPast(out: ort.InferenceSession.OnnxValueMapType): Record<string, ort.Tensor> {
  return Object.fromEntries(
    Object.entries(out)
      .filter(([name]) => name.startsWith('present.'))
      .map(([name, tensor]) => [name.replace('present.', 'past_key_values.'), tensor as ort.Tensor]),
  );
}

async function plainRun(session: ort.InferenceSession, ids: number[]) {
  return session.run({ input_ids: int64Tensor([ids]), attention_mask: int64Tensor([ids.map(() => 1)]), position_ids: int64Tensor([positions(ids.length)]) });
}

describe('Llama toy, plain graph', () => {
  let session: ort.InferenceSession;
  beforeAll(async () => {
    session = await loadSession(await writeTinyModel(LLAMA));
  });

  it("has optimum's Llama input and output names", () => {
    expect(session.inputNames).toEqual(['input_ids', 'attention_mask', 'position_ids']);
    expect(session.outputNames).toEqual(['logits']);
  });

  it.each([
    ['tied', LLAMA],
    ['untied', { ...LLAMA, tieWordEmbeddings: false }],
  ])('matches the float64 reference within 1e-4 (%s head)', async (_, spec) => {
    const model = spec === LLAMA ? session : await loadSession(await writeTinyModel(spec));
    for (const ids of [sampleIds(1, 1), sampleIds(9, 2), sampleIds(60, 3)]) {
      const out = await plainRun(model, ids);
      expect(out.logits.dims).toEqual([1, ids.length, 300]);
      referenceLogits(spec, ids).forEach((expected, t) => expect(maxAbsDiff(logitsRow(out.logits, 0, t), expected)).toBeLessThan(1e-4));
    }
  });

  it('is rotary: shifting every position id by the same amount keeps the logits, spreading them apart changes them', async () => {
    const ids = sampleIds(3, 9);
    const run = (positionIds: number[]) =>
      session.run({ input_ids: int64Tensor([ids]), attention_mask: int64Tensor([[1, 1, 1]]), position_ids: int64Tensor([positionIds]) });
    const last = async (positionIds: number[]) => logitsRow((await run(positionIds)).logits, 0, 2);
    const base = await last([0, 1, 2]);
    expect(maxAbsDiff(await last([5, 6, 7]), base)).toBeLessThan(1e-4);
    expect(maxAbsDiff(await last([0, 2, 4]), base)).toBeGreaterThan(0.1);
  });

  it('the untied head, grouped-query attention and the seed each change the logits', async () => {
    const ids = sampleIds(7, 4);
    const base = referenceLogits(LLAMA, ids)[6];
    for (const other of [{ tieWordEmbeddings: false }, { kvHeads: 4 }, { seed: 6 }]) {
      expect(maxAbsDiff(referenceLogits({ ...LLAMA, ...other }, ids)[6], base)).toBeGreaterThan(0.1);
    }
  });
});

describe('Llama toy, with-past graph', () => {
  let session: ort.InferenceSession;
  beforeAll(async () => {
    session = await loadSession(await writeTinyModel(PAST));
  });

  it('has the optimum with-past names, with key/value heads in the cache', async () => {
    expect(session.inputNames).toEqual([
      'input_ids',
      'attention_mask',
      'position_ids',
      'past_key_values.0.key',
      'past_key_values.0.value',
      'past_key_values.1.key',
      'past_key_values.1.value',
    ]);
    expect(session.outputNames).toEqual(['logits', 'present.0.key', 'present.0.value', 'present.1.key', 'present.1.value']);
  });

  it('prefix then rest on the returned cache equals the reference of the whole sequence', async () => {
    const ids = sampleIds(30, 6);
    const split = 11;
    const first = await session.run({
      input_ids: int64Tensor([ids.slice(0, split)]),
      attention_mask: int64Tensor([Array(split).fill(1)]),
      position_ids: int64Tensor([positions(split)]),
      ...emptyPast(PAST, 1),
    });
    expect(first['present.1.key'].dims).toEqual([1, kvHeads, split, headDim]);
    const second = await session.run({
      input_ids: int64Tensor([ids.slice(split)]),
      attention_mask: int64Tensor([ids.map(() => 1)]),
      position_ids: int64Tensor([positions(ids.length - split, split)]),
      ...presentAsPast(first),
    });
    expect(second['present.0.value'].dims).toEqual([1, kvHeads, ids.length, headDim]);
    referenceLogits(PAST, ids).forEach((expected, t) => {
      const actual = t < split ? logitsRow(first.logits, 0, t) : logitsRow(second.logits, 0, t - split);
      expect(maxAbsDiff(actual, expected)).toBeLessThan(1e-4);
    });
  });

  it('masks left padding in the cache: a padded batch decoded in two steps matches each sequence alone', async () => {
    const sequences = [sampleIds(9, 7), sampleIds(4, 8)];
    const tail = 3;
    const prefixes = sequences.map((ids) => ids.slice(0, -tail));
    const width = Math.max(...prefixes.map((p) => p.length));
    const padLeft = (row: number[], fill: number) => [...Array(width - row.length).fill(fill), ...row];
    const prefixMask = prefixes.map((p) => padLeft(Array(p.length).fill(1), 0));
    const first = await session.run({
      input_ids: int64Tensor(prefixes.map((p) => padLeft(p, PAD_ID))),
      attention_mask: int64Tensor(prefixMask),
      position_ids: int64Tensor(prefixes.map((p) => padLeft(positions(p.length), 0))),
      ...emptyPast(PAST, 2),
    });
    const second = await session.run({
      input_ids: int64Tensor(sequences.map((ids) => ids.slice(-tail))),
      attention_mask: int64Tensor(prefixMask.map((m) => [...m, ...Array(tail).fill(1)])),
      position_ids: int64Tensor(prefixes.map((p) => positions(tail, p.length))),
      ...presentAsPast(first),
    });
    sequences.forEach((ids, b) => {
      const reference = referenceLogits(PAST, ids);
      reference.slice(-tail).forEach((expected, t) => expect(maxAbsDiff(logitsRow(second.logits, b, t), expected)).toBeLessThan(1e-4));
      const offset = width - prefixes[b].length;
      reference.slice(0, -tail).forEach((expected, t) => expect(maxAbsDiff(logitsRow(first.logits, b, offset + t), expected)).toBeLessThan(1e-4));
    });
  });
});

describe('Llama toy, files and spec', () => {
  it('writes a LlamaConfig and keeps the weights byte-identical per seed', async () => {
    const dir = await writeTinyModel({ ...PAST, tieWordEmbeddings: false, externalData: true });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toMatchObject({
      model_type: 'llama',
      hidden_size: 32,
      intermediate_size: 48,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      head_dim: 8,
      vocab_size: 300,
      max_position_embeddings: 128,
      tie_word_embeddings: false,
      use_cache: true,
    });
    // Hand count: embedding, per block 2 norms + q (h x h) + k, v (h x kv*hd) + out (h x h) + 3 MLP matrices, final norm, head, rotary table.
    const h = 32;
    const perBlock = 2 * h + 2 * h * h + 2 * h * (kvHeads * headDim) + 3 * h * 48;
    expect(fs.statSync(path.join(dir, 'model.onnx_data')).size).toBe(4 * (300 * h + 2 * perBlock + h + h * 300 + headDim / 2));
    const again = await writeTinyModel({ ...PAST, tieWordEmbeddings: false, externalData: true });
    expect(fs.readFileSync(path.join(again, 'model.onnx_data')).equals(fs.readFileSync(path.join(dir, 'model.onnx_data')))).toBe(true);
  });

  it.each([
    [{ kvHeads: 3 }, /kvHeads must be a positive integer that divides heads \(4\)/],
    [{ hidden: 30, heads: 6 }, /rotary embeddings need an even head size/],
    [{ intermediate: 0 }, /intermediate must be a positive integer/],
    [{ logitsType: 'float16' as const }, /logitsType are not built for architecture "llama"/],
  ])('refuses a spec it cannot build: %o', async (change, message) => {
    await expect(writeToyModel('/nonexistent/never-written', { ...LLAMA, ...change })).rejects.toThrow(message);
  });

  it('refuses Llama-only fields on a GPT-2 spec', () => {
    expect(() => referenceLogits({ seed: 1, layers: 1, heads: 2, hidden: 8, maxPositions: 8, withPast: false, kvHeads: 1 }, [1])).toThrow(FtbenchError);
  });
});

describe("ftbench's engine on the Llama toy", () => {
  const requests = [
    { context: 'Question: 2+2=?\nAnswer:', continuation: ' 4' },
    { context: 'Question: 2+2=?\nAnswer:', continuation: ' five' },
    { context: 'The capital of France is', continuation: ' Paris' },
    { context: 'Once upon a time', continuation: ' there was a dog.' },
  ];
  // The byte tokenizer has no merges and adds no BOS: ids are the UTF-8 bytes; trailing context whitespace stays in the continuation.
  const bytes = (text: string) => [...Buffer.from(text, 'utf8')];
  const expected = requests.map(({ context, continuation }) => referenceLoglikelihood(PAST, bytes(context), bytes(continuation)));

  it.each([1, 3])('scores with prefix reuse on the cache within 1e-4 of the reference at batch size %s', async (batchSize) => {
    const dir = await writeTinyModel(PAST);
    const model = await OnnxCausalLM.load(dir, { batchSize, cacheDir: path.join(dir, 'cache') });
    expect(model.record.hasPastKeyValues).toBe(true);
    expect(model.scoring).toBe('hidden-states');
    const results = await model.loglikelihood(requests);
    results.forEach((result, i) => {
      expect(Math.abs(result.loglikelihood - expected[i].loglikelihood)).toBeLessThan(1e-4);
      expect(result.isGreedy).toBe(expected[i].isGreedy);
    });
    await model.dispose();
  });
});
