import { beforeAll, describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { referenceLogits } from '../../src/toy-model/reference.js';
import { PAD_ID, TINY, int64Tensor, loadSession, logitsRow, maxAbsDiff, sampleIds, writeTinyModel } from './helpers.js';

const spec = { ...TINY, withPast: true };
const headDim = spec.hidden / spec.heads;

function emptyPast(batch: number): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (let i = 0; i < spec.layers; i++) {
    for (const kind of ['key', 'value']) {
      feeds[`past_key_values.${i}.${kind}`] = new ort.Tensor('float32', new Float32Array(0), [batch, spec.heads, 0, headDim]);
    }
  }
  return feeds;
}

/** The present.* outputs renamed as the next call's past_key_values.* inputs. */
function presentAsPast(out: ort.InferenceSession.OnnxValueMapType): Record<string, ort.Tensor> {
  return Object.fromEntries(
    Object.entries(out)
      .filter(([name]) => name.startsWith('present.'))
      .map(([name, tensor]) => [name.replace('present.', 'past_key_values.'), tensor as ort.Tensor]),
  );
}

describe('toy model, with-past graph', () => {
  let session: ort.InferenceSession;
  let plain: ort.InferenceSession;
  beforeAll(async () => {
    session = await loadSession(await writeTinyModel(spec));
    plain = await loadSession(await writeTinyModel(TINY));
  });

  it('has the optimum input and output names', () => {
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

  it('with an empty past gives the plain graph logits and presents of the full length', async () => {
    const ids = sampleIds(23, 5);
    const ones = [ids.map(() => 1)];
    const out = await session.run({
      input_ids: int64Tensor([ids]),
      attention_mask: int64Tensor(ones),
      position_ids: int64Tensor([ids.map((_, t) => t)]),
      ...emptyPast(1),
    });
    const expected = await plain.run({ input_ids: int64Tensor([ids]), attention_mask: int64Tensor(ones) });
    expect(maxAbsDiff(out.logits.data as Float32Array, expected.logits.data as Float32Array)).toBeLessThan(1e-5);
    expect(out['present.1.value'].dims).toEqual([1, spec.heads, ids.length, headDim]);
  });

  it('prefix then rest with the returned cache equals one full pass', async () => {
    const ids = sampleIds(30, 6);
    const split = 11;
    const first = await session.run({
      input_ids: int64Tensor([ids.slice(0, split)]),
      attention_mask: int64Tensor([Array(split).fill(1)]),
      position_ids: int64Tensor([ids.slice(0, split).map((_, t) => t)]),
      ...emptyPast(1),
    });
    const second = await session.run({
      input_ids: int64Tensor([ids.slice(split)]),
      attention_mask: int64Tensor([ids.map(() => 1)]),
      position_ids: int64Tensor([ids.slice(split).map((_, t) => split + t)]),
      ...presentAsPast(first),
    });
    expect(second['present.0.key'].dims).toEqual([1, spec.heads, ids.length, headDim]);
    const reference = referenceLogits(spec, ids);
    reference.forEach((expected, t) => {
      const actual = t < split ? logitsRow(first.logits, 0, t) : logitsRow(second.logits, 0, t - split);
      expect(maxAbsDiff(actual, expected)).toBeLessThan(1e-4);
    });
  });

  it('masks left padding in the cache: a padded batch decoded in two steps matches each sequence alone', async () => {
    const sequences = [sampleIds(9, 7), sampleIds(4, 8)];
    const tailLength = 3; // the last 3 tokens of each sequence come in the second call
    const prefixes = sequences.map((ids) => ids.slice(0, -tailLength));
    const width = Math.max(...prefixes.map((p) => p.length));
    const padLeft = (row: number[], fill: number) => [...Array(width - row.length).fill(fill), ...row];
    const prefixMask = prefixes.map((p) =>
      padLeft(
        p.map(() => 1),
        0,
      ),
    );
    // Positions count real tokens only, as optimum/transformers compute them for left padding.
    const prefixPositions = prefixes.map((p) =>
      padLeft(
        p.map((_, t) => t),
        0,
      ),
    );
    const first = await session.run({
      input_ids: int64Tensor(prefixes.map((p) => padLeft(p, PAD_ID))),
      attention_mask: int64Tensor(prefixMask),
      position_ids: int64Tensor(prefixPositions),
      ...emptyPast(2),
    });
    const second = await session.run({
      input_ids: int64Tensor(sequences.map((ids) => ids.slice(-tailLength))),
      attention_mask: int64Tensor(prefixMask.map((m) => [...m, ...Array(tailLength).fill(1)])),
      position_ids: int64Tensor(prefixes.map((p) => Array.from({ length: tailLength }, (_, t) => p.length + t))),
      ...presentAsPast(first),
    });
    sequences.forEach((ids, b) => {
      const reference = referenceLogits(spec, ids);
      const tail = reference.slice(-tailLength);
      tail.forEach((expected, t) => expect(maxAbsDiff(logitsRow(second.logits, b, t), expected)).toBeLessThan(1e-4));
      const prefix = reference.slice(0, -tailLength);
      const offset = width - prefixes[b].length;
      prefix.forEach((expected, t) => expect(maxAbsDiff(logitsRow(first.logits, b, offset + t), expected)).toBeLessThan(1e-4));
    });
  });
});
