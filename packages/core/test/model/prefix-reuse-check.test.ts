/**
 * Prefix reuse continues right-padded caches, which is only right for graphs that take positions and
 * attention from position_ids and the mask. A graph that derives positions from the cache length is
 * caught at load: prefix reuse is switched off with a warning and the scores stay right.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { afterAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';
import { TASK_SHAPES, referenceResult } from './task-shapes.js';

const { onnx } = onnxProto;
const SPEC: ToyModelSpec = { seed: 8, layers: 1, heads: 2, hidden: 16, maxPositions: 96, withPast: true };
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-reuse-check-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const int64Constant = (name: string, values: number[], scalar = false) => ({
  opType: 'Constant',
  output: [name],
  attribute: [
    {
      name: 'value',
      type: onnx.AttributeProto.AttributeType.TENSOR,
      t: { dataType: onnx.TensorProto.DataType.INT64, dims: scalar ? [] : [values.length], int64Data: values },
    },
  ],
});

/** Rewires the toy graph's position embedding to read positions pastLength .. pastLength + seq - 1, ignoring position_ids. */
function positionsFromCacheLength(file: string): void {
  const model = onnx.ModelProto.decode(readFileSync(file));
  const graph = model.graph!;
  const node = (opType: string, input: string[], output: string) => ({ opType, input, output: [output] });
  graph.node!.unshift(
    int64Constant('one_', [1], true),
    int64Constant('axis0_', [0]),
    node('Shape', ['attention_mask'], 'mask_shape_'),
    node('Gather', ['mask_shape_', 'one_'], 'total_'),
    node('Shape', ['input_ids'], 'ids_shape_'),
    node('Gather', ['ids_shape_', 'one_'], 'seq_'),
    node('Sub', ['total_', 'seq_'], 'past_'),
    node('Range', ['past_', 'total_', 'one_'], 'range_'),
    node('Unsqueeze', ['range_', 'axis0_'], 'cache_positions_'),
  );
  for (const n of graph.node!) if (n.opType === 'Gather') n.input = n.input!.map((name) => (name === 'position_ids' ? 'cache_positions_' : name));
  writeFileSync(file, onnx.ModelProto.encode(model).finish());
}

describe('the prefix-reuse check at load', () => {
  const requests = Object.values(TASK_SHAPES).flat(2);
  const expected = requests.map((request) => referenceResult({ ...SPEC, withPast: false }, request, SPEC.maxPositions));

  it.each([
    ['keeps prefix reuse for a graph that follows position_ids and the mask', false],
    ['switches prefix reuse off, with a warning, for a graph that counts positions from the cache length', true],
  ])('%s', async (_, broken) => {
    const dir = path.join(root, broken ? 'broken' : 'sound');
    await writeToyModel(dir, SPEC);
    if (broken) positionsFromCacheLength(path.join(dir, 'model.onnx'));
    const warnings: string[] = [];
    const model = await OnnxCausalLM.load(dir, { batchSize: 4, cacheDir, onWarning: (message) => warnings.push(message) });
    const results = await model.loglikelihood(requests);
    await model.dispose();
    const fullRows = await OnnxCausalLM.load(dir, { batchSize: 4, cacheDir, prefixReuse: false });
    await fullRows.loglikelihood(requests);
    await fullRows.dispose();
    if (broken) {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/prefix reuse is off .*padded key\/value cache changes its log-probabilities/);
      expect(model.counters.tokensForwarded).toBe(fullRows.counters.tokensForwarded);
    } else {
      expect(warnings).toEqual([]);
      expect(model.counters.tokensForwarded).toBeLessThan(fullRows.counters.tokensForwarded);
    }
    // Full rows start every sequence at position 0, where both graphs agree with the reference.
    results.forEach((result, i) => expect(Math.abs(result.loglikelihood - expected[i].loglikelihood)).toBeLessThan(1e-4));
  });
});
