import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceLogits } from '../../src/toy-model/reference.js';
import type { ToyModelSpec } from '../../src/toy-model/spec.js';
import { TINY, int64Tensor, loadSession, logitsRow, maxAbsDiff, sampleIds, writeTinyModel } from './helpers.js';

const ids = sampleIds(12, 9);

async function plainLogits(spec: ToyModelSpec) {
  const session = await loadSession(await writeTinyModel(spec));
  const out = await session.run({ input_ids: int64Tensor([ids]), attention_mask: int64Tensor([ids.map(() => 1)]) });
  return out.logits;
}

/** IEEE 754 binary16 bits -> number, written out from the format's definition. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

describe('toy model variants', () => {
  it('float16 logits: tensor type is float16 and values are the float32 ones rounded to half precision', async () => {
    const half = await plainLogits({ ...TINY, logitsType: 'float16' });
    const full = await plainLogits(TINY);
    expect(half.type).toBe('float16');
    expect(half.dims).toEqual(full.dims);
    // onnxruntime-node hands fp16 tensors back as raw halves (Uint16Array), or as Float16Array where
    // the runtime has one (Node 24): decode the former by hand, read the latter as numbers.
    const decoded = half.data instanceof Uint16Array ? Array.from(half.data, halfToNumber) : Array.from(half.data as ArrayLike<number>);
    expect(decoded).toHaveLength(full.data.length);
    const fp32 = full.data as Float32Array;
    decoded.forEach((value, i) => {
      // Round-to-nearest half: relative error at most 2^-11; allow 2^-10 plus a subnormal-sized floor.
      expect(Math.abs(value - fp32[i])).toBeLessThanOrEqual(Math.abs(fp32[i]) * 2 ** -10 + 2 ** -24);
    });
  });

  it('external data: model.onnx holds only the graph, model.onnx_data the weights, and logits are identical', async () => {
    const spec = { ...TINY, externalData: true };
    const dir = await writeTinyModel(spec);
    const { hidden: h, layers, maxPositions } = spec;
    // Hand count of float32 parameters: wte, wpe, per block (2 norms, q/k/v/out, MLP up/down), final norm.
    const perBlock = 2 * 2 * h + 4 * (h * h + h) + (h * 4 * h + 4 * h) + (4 * h * h + h);
    const parameters = 257 * h + maxPositions * h + layers * perBlock + 2 * h;
    expect(fs.statSync(path.join(dir, 'model.onnx_data')).size).toBe(4 * parameters);
    expect(fs.statSync(path.join(dir, 'model.onnx')).size).toBeLessThan(32 * 1024);

    const external = await plainLogits(spec);
    const inline = await plainLogits(TINY);
    expect(Array.from(external.data as Float32Array)).toEqual(Array.from(inline.data as Float32Array));
  });

  it('a larger vocabSize adds logits columns and keeps matching the reference', async () => {
    const spec = { ...TINY, vocabSize: 300 };
    const logits = await plainLogits(spec);
    expect(logits.dims).toEqual([1, ids.length, 300]);
    referenceLogits(spec, ids).forEach((expected, t) => {
      expect(maxAbsDiff(logitsRow(logits, 0, t), expected)).toBeLessThan(1e-4);
    });
  });

  it('is deterministic: same seed gives a byte-identical model.onnx, another seed a different one', async () => {
    const read = async (spec: ToyModelSpec) => fs.readFileSync(path.join(await writeTinyModel(spec), 'model.onnx'));
    const first = await read(TINY);
    const again = await read(TINY);
    const otherSeed = await read({ ...TINY, seed: TINY.seed + 1 });
    expect(first.equals(again)).toBe(true);
    expect(first.length).toBe(otherSeed.length);
    expect(first.equals(otherSeed)).toBe(false);
  });

  it('writes GPT-2 style config files', async () => {
    const dir = await writeTinyModel({ ...TINY, withPast: true });
    const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    expect(readJson('config.json')).toMatchObject({
      model_type: 'gpt2',
      n_layer: 2,
      n_head: 4,
      n_embd: 32,
      n_positions: 128,
      vocab_size: 257,
      bos_token_id: 256,
      eos_token_id: 256,
    });
    expect(readJson('tokenizer_config.json')).toMatchObject({
      bos_token: '<|endoftext|>',
      eos_token: '<|endoftext|>',
      unk_token: '<|endoftext|>',
      add_bos_token: false,
      model_max_length: 128,
    });
    expect(readJson('generation_config.json')).toEqual({ bos_token_id: 256, eos_token_id: 256 });
    expect(fs.existsSync(path.join(dir, 'model.onnx_data'))).toBe(false);
  });
});
