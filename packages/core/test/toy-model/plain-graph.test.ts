import { beforeAll, describe, expect, it } from 'vitest';
import type * as ort from 'onnxruntime-node';
import { referenceLogits } from '../../src/toy-model/reference.js';
import { PAD_ID, TINY, int64Tensor, loadSession, logitsRow, maxAbsDiff, sampleIds, writeTinyModel } from './helpers.js';

const spec = TINY;
const sequences = [sampleIds(1, 1), sampleIds(5, 2), sampleIds(17, 3), sampleIds(40, 4)];

describe('toy model, plain graph', () => {
  let session: ort.InferenceSession;
  beforeAll(async () => {
    session = await loadSession(await writeTinyModel(spec));
  });

  it('has the optimum input and output names', () => {
    expect(session.inputNames).toEqual(['input_ids', 'attention_mask']);
    expect(session.outputNames).toEqual(['logits']);
  });

  it('matches the float64 reference on single sequences', async () => {
    for (const ids of sequences) {
      const out = await session.run({
        input_ids: int64Tensor([ids]),
        attention_mask: int64Tensor([ids.map(() => 1)]),
      });
      expect(out.logits.dims).toEqual([1, ids.length, 257]);
      referenceLogits(spec, ids).forEach((expected, t) => {
        expect(maxAbsDiff(logitsRow(out.logits, 0, t), expected)).toBeLessThan(1e-4);
      });
    }
  });

  for (const side of ['right', 'left'] as const) {
    it(`gives each sequence its own logits in a ${side}-padded batch`, async () => {
      const width = Math.max(...sequences.map((s) => s.length));
      const pad = (row: number[], fill: number) => {
        const padding = Array<number>(width - row.length).fill(fill);
        return side === 'right' ? [...row, ...padding] : [...padding, ...row];
      };
      const out = await session.run({
        input_ids: int64Tensor(sequences.map((ids) => pad(ids, PAD_ID))),
        attention_mask: int64Tensor(
          sequences.map((ids) =>
            pad(
              ids.map(() => 1),
              0,
            ),
          ),
        ),
      });
      sequences.forEach((ids, b) => {
        const firstReal = side === 'right' ? 0 : width - ids.length;
        referenceLogits(spec, ids).forEach((expected, t) => {
          expect(maxAbsDiff(logitsRow(out.logits, b, firstReal + t), expected)).toBeLessThan(1e-4);
        });
      });
    });
  }
});
