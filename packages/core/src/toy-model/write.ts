import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTERNAL_DATA_FILE } from './graph-builder.js';
import { encodeToyModel } from './onnx-graph.js';
import { RMS_NORM_EPSILON, ROPE_THETA, isTied } from './llama.js';
import { END_OF_TEXT_ID, LAYER_NORM_EPSILON, headDimOf, intermediateOf, kvHeadsOf, vocabSizeOf, type ToyModelSpec, type ToyModelWeights } from './spec.js';
import { byteLevelTokenizerConfig, byteLevelTokenizerJson } from './tokenizer.js';

/** The Hugging Face config.json that describes the toy model (GPT2Config, or LlamaConfig for a Llama toy). */
export function toyModelConfigJson(spec: ToyModelSpec): Record<string, unknown> {
  if (spec.architecture === 'llama') {
    return {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: vocabSizeOf(spec),
      max_position_embeddings: spec.maxPositions,
      hidden_size: spec.hidden,
      intermediate_size: intermediateOf(spec),
      num_hidden_layers: spec.layers,
      num_attention_heads: spec.heads,
      num_key_value_heads: kvHeadsOf(spec),
      head_dim: headDimOf(spec),
      hidden_act: 'silu',
      rms_norm_eps: RMS_NORM_EPSILON,
      rope_theta: ROPE_THETA,
      rope_scaling: null,
      attention_bias: false,
      mlp_bias: false,
      tie_word_embeddings: isTied(spec),
      bos_token_id: END_OF_TEXT_ID,
      eos_token_id: END_OF_TEXT_ID,
      torch_dtype: 'float32',
      use_cache: spec.withPast,
    };
  }
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

/** Writes an optimum-style model directory (model.onnx, tokenizer and configs) for the spec, with the seed's weights unless given others (GPT-2 toys only). */
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
