/**
 * A byte-level GPT-2 style tokenizer with no merges: token id = UTF-8 byte value, plus `<|endoftext|>` = 256.
 * Every text round-trips, and the JSON is an ordinary Hugging Face `tokenizer.json`.
 */
import { END_OF_TEXT, END_OF_TEXT_ID } from './spec.js';

/**
 * GPT-2's `bytes_to_unicode`: printable Latin-1 bytes stand for themselves, the other bytes are
 * shifted to code points 256 and up, so every byte has a visible, whitespace-free character.
 */
export function gpt2ByteToUnicode(): string[] {
  const printable = (byte: number) => (byte >= 0x21 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xac) || (byte >= 0xae && byte <= 0xff);
  const chars: string[] = [];
  let shifted = 0;
  for (let byte = 0; byte < 256; byte++) {
    chars.push(String.fromCodePoint(printable(byte) ? byte : 256 + shifted++));
  }
  return chars;
}

const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };

export function byteLevelTokenizerJson(): Record<string, unknown> {
  const vocab: Record<string, number> = Object.fromEntries(gpt2ByteToUnicode().map((char, byte) => [char, byte]));
  vocab[END_OF_TEXT] = END_OF_TEXT_ID;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [
      {
        id: END_OF_TEXT_ID,
        content: END_OF_TEXT,
        single_word: false,
        lstrip: false,
        rstrip: false,
        normalized: true,
        special: true,
      },
    ],
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { ...byteLevel, trim_offsets: false },
    decoder: byteLevel,
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges: [],
    },
  };
}

/** GPT-2's tokenizer_config.json, sized to the model's context. */
export function byteLevelTokenizerConfig(modelMaxLength: number): Record<string, unknown> {
  return {
    tokenizer_class: 'GPT2Tokenizer',
    add_prefix_space: false,
    add_bos_token: false,
    bos_token: END_OF_TEXT,
    eos_token: END_OF_TEXT,
    unk_token: END_OF_TEXT,
    // Decoding must give back the exact text (" ." stays " .").
    clean_up_tokenization_spaces: false,
    model_max_length: modelMaxLength,
  };
}
