/**
 * The Llama-architecture toy (`architecture: 'llama'`), as transformers' LlamaForCausalLM computes it: pre-RMSNorm
 * blocks, rotary position embeddings on queries and keys (rotate_half layout, angles from position_ids),
 * grouped-query attention (kvHeads key/value heads, each shared by heads / kvHeads query heads), a SwiGLU MLP,
 * no biases, a final RMSNorm and a tied or untied LM head. Weights come from the seed, as the GPT-2 toy's.
 */
import { FtbenchError } from '../errors.js';
import { headDimOf, intermediateOf, kvHeadsOf, normalTensor, validateToyModelSpec, vocabSizeOf, type ToyModelSpec, type WeightTensor } from './spec.js';

export const RMS_NORM_EPSILON = 1e-5;
/** Llama 2's base; the angle of pair j at position p is p * ROPE_THETA^(-2j / headDim). */
export const ROPE_THETA = 10000;

export interface ToyLlamaLayerWeights {
  attnNorm: WeightTensor; // [hidden]
  queryWeight: WeightTensor; // [hidden, heads * headDim], applied as x @ W
  keyWeight: WeightTensor; // [hidden, kvHeads * headDim]
  valueWeight: WeightTensor; // [hidden, kvHeads * headDim]
  attnOutWeight: WeightTensor; // [heads * headDim, hidden]
  mlpNorm: WeightTensor; // [hidden]
  gateWeight: WeightTensor; // [hidden, intermediate]
  upWeight: WeightTensor; // [hidden, intermediate]
  downWeight: WeightTensor; // [intermediate, hidden]
}

export interface ToyLlamaWeights {
  tokenEmbedding: WeightTensor; // [vocab, hidden]
  layers: ToyLlamaLayerWeights[];
  finalNorm: WeightTensor; // [hidden]
  /** [hidden, vocab] (logits = h @ lmHead) when the head is untied; null when it is the token embedding (h @ embedding^T). */
  lmHead: WeightTensor | null;
}

export function isTied(spec: ToyModelSpec): boolean {
  return spec.tieWordEmbeddings !== false;
}

/**
 * Scales as the GPT-2 toy's: embeddings std 1, projections ~1/sqrt(fan_in), norm gains about 1, and a final
 * gain of about 3/sqrt(hidden) so the head (tied: embedding rows of std 1; untied: entries of std 1) gives
 * logits with std ~3.
 */
export function toyLlamaWeights(spec: ToyModelSpec): ToyLlamaWeights {
  validateToyModelSpec(spec);
  if (spec.architecture !== 'llama') throw new FtbenchError('toy model: toyLlamaWeights builds Llama weights; the spec says GPT-2');
  const h = spec.hidden;
  const attention = spec.heads * headDimOf(spec);
  const kv = kvHeadsOf(spec) * headDimOf(spec);
  const inner = intermediateOf(spec);
  const tensor = (name: string, dims: number[], mean: number, std: number) => normalTensor(spec.seed, name, dims, mean, std);
  const layers = Array.from({ length: spec.layers }, (_, i): ToyLlamaLayerWeights => {
    const p = `llama.layer${i}.`;
    return {
      attnNorm: tensor(p + 'attnNorm', [h], 1, 0.1),
      queryWeight: tensor(p + 'queryWeight', [h, attention], 0, 1 / Math.sqrt(h)),
      keyWeight: tensor(p + 'keyWeight', [h, kv], 0, 1 / Math.sqrt(h)),
      valueWeight: tensor(p + 'valueWeight', [h, kv], 0, 1 / Math.sqrt(h)),
      attnOutWeight: tensor(p + 'attnOutWeight', [attention, h], 0, 1 / Math.sqrt(attention)),
      mlpNorm: tensor(p + 'mlpNorm', [h], 1, 0.1),
      gateWeight: tensor(p + 'gateWeight', [h, inner], 0, 1 / Math.sqrt(h)),
      upWeight: tensor(p + 'upWeight', [h, inner], 0, 1 / Math.sqrt(h)),
      downWeight: tensor(p + 'downWeight', [inner, h], 0, 1 / Math.sqrt(inner)),
    };
  });
  return {
    tokenEmbedding: tensor('llama.tokenEmbedding', [vocabSizeOf(spec), h], 0, 1),
    layers,
    finalNorm: tensor('llama.finalNorm', [h], 3 / Math.sqrt(h), 0.3 / Math.sqrt(h)),
    lmHead: isTied(spec) ? null : tensor('llama.lmHead', [h, vocabSizeOf(spec)], 0, 1),
  };
}

/** Rotary inverse frequencies ROPE_THETA^(-2j / headDim), j < headDim / 2, as transformers computes them. */
export function rotaryInverseFrequencies(headDim: number): number[] {
  return Array.from({ length: headDim / 2 }, (_, j) => 1 / ROPE_THETA ** ((2 * j) / headDim));
}
