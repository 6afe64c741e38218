export {
  BYTE_VOCAB_SIZE,
  END_OF_TEXT,
  END_OF_TEXT_ID,
  toyModelWeights,
  validateToyModelSpec,
  vocabSizeOf,
  type BrokenLogits,
  type ToyLayerWeights,
  type ToyModelSpec,
  type ToyModelWeights,
  type WeightTensor,
} from './spec.js';
export { EXTERNAL_DATA_FILE, type EncodedToyModel } from './graph-builder.js';
export { encodeToyModel } from './onnx-graph.js';
export { byteLevelTokenizerConfig, byteLevelTokenizerJson, gpt2ByteToUnicode } from './tokenizer.js';
export { toyModelConfigJson, writeToyModel } from './write.js';
export { referenceLogits, referenceLoglikelihood } from './reference.js';
