/**
 * A graph that is not a causal LM (an encoder-style signature) must be refused with the names
 * found and expected, not run into a shape error deep in scoring.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { afterAll, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { writeToyModel } from '../../src/toy-model/index.js';

const { onnx } = onnxProto;
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-signature-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** input_ids + token_type_ids → last_hidden_state: a BERT-like signature, built with a single Identity node. */
function encoderGraph(): Uint8Array {
  const tensor = (name: string, elemType: number) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'seq' }] } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'encoder',
      node: [
        { opType: 'Cast', input: ['input_ids'], output: ['last_hidden_state'], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: 1 }] },
        { opType: 'Identity', input: ['token_type_ids'], output: ['types_out'] },
      ],
      input: [tensor('input_ids', onnx.TensorProto.DataType.INT64), tensor('token_type_ids', onnx.TensorProto.DataType.INT64)],
      output: [tensor('last_hidden_state', onnx.TensorProto.DataType.FLOAT), tensor('types_out', onnx.TensorProto.DataType.INT64)],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

it('refuses a non-causal-LM graph, naming what it found and what it expects', async () => {
  const dir = path.join(root, 'encoder');
  await writeToyModel(dir, { seed: 1, layers: 1, heads: 1, hidden: 8, maxPositions: 32, withPast: false });
  writeFileSync(path.join(dir, 'model.onnx'), encoderGraph());
  await expect(OnnxCausalLM.load(dir)).rejects.toThrow(
    /no input "attention_mask"; no output "logits"; unexpected inputs "token_type_ids"\. Found inputs \[input_ids, token_type_ids\]/,
  );
});
