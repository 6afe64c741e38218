import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTERNAL_DATA_FILE, encodeToyModel } from './onnx-graph.js';
import { END_OF_TEXT_ID, LAYER_NORM_EPSILON, vocabSizeOf, type ToyModelSpec, type ToyModelWeights } from './spec.js';
import { byteLevelTokenizerConfig, byteLevelTokenizerJson } from './tokenizer.js';

/** The Hugging Face GPT-2 config.json that describes the toy model. */
export function toyModelConfigJson(spec: ToyModelSpec): Record<string, unknown> {
  return {
    model_type: 'gpt2',
    architectures: ['GPT2LMHeadModel'],
    vocab_size: vocabSizeOf(spec),
    n_positions: spec.maxPositions,
    n_ctx: spec.maxPositions,
    n_embd: spec.hidden,
    n_head: spec.heads,
    n_layer: spec.layers,
    activation_function: 'gelu_new',
    layer_norm_epsilon: LAYER_NORM_EPSILON,
    bos_token_id: END_OF_TEXT_ID,
    eos_token_id: END_OF_TEXT_ID,
    use_cache: spec.withPast,
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Writes an optimum-style model directory (model.onnx, tokenizer and configs) for the spec, with the seed's weights unless given others. */
export async function writeToyModel(dir: string, spec: ToyModelSpec, weights?: ToyModelWeights): Promise<void> {
  const { model, externalData } = encodeToyModel(spec, weights);
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(path.join(dir, 'model.onnx'), model),
    externalData && writeFile(path.join(dir, EXTERNAL_DATA_FILE), externalData),
    writeFile(path.join(dir, 'tokenizer.json'), json(byteLevelTokenizerJson())),
    writeFile(path.join(dir, 'tokenizer_config.json'), json(byteLevelTokenizerConfig(spec.maxPositions))),
    writeFile(path.join(dir, 'config.json'), json(toyModelConfigJson(spec))),
    writeFile(path.join(dir, 'generation_config.json'), json({ bos_token_id: END_OF_TEXT_ID, eos_token_id: END_OF_TEXT_ID })),
  ]);
}
