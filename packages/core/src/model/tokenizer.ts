import { Tokenizer } from '@huggingface/tokenizers';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { hashFiles } from '../hash.js';
import { readJsonFile, readOptionalJson } from './files.js';

export interface TextTokenizer {
  /** Plain encoding: never adds special tokens (BOS is the caller's policy, see `addBosToken`). */
  encode(text: string): number[];
  decode(ids: number[]): string;
  bosTokenId: number | null;
  eosTokenId: number | null;
  /** Whether contexts start with BOS: tokenizer_config's `add_bos_token` unless overridden. */
  addBosToken: boolean;
  /** lm-eval's prefix token for empty contexts: BOS if the model has one, else EOS. */
  prefixTokenId: number;
  /** The prefix token as text (lm-eval's `tokenizer.decode(prefix_token_id)`): a text starting with it gets no second BOS. */
  prefixTokenText: string;
  fingerprint: string;
}

function specialTokenId(tokenizer: Tokenizer, config: Record<string, unknown>, key: string): number | null {
  const entry = config[key];
  const content = typeof entry === 'string' ? entry : (entry as { content?: string } | undefined)?.content;
  if (content === undefined) return null;
  return tokenizer.token_to_id(content) ?? null;
}

export async function loadTokenizer(dir: string, opts: { addBosToken?: boolean } = {}): Promise<TextTokenizer> {
  const tokenizerJson = readJsonFile(path.join(dir, 'tokenizer.json'), 'tokenizer.json');
  const config = readOptionalJson(path.join(dir, 'tokenizer_config.json'), 'tokenizer_config.json');
  const modelConfig = readOptionalJson(path.join(dir, 'config.json'), 'config.json');
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, config);
  } catch (err) {
    throw new FtbenchError(
      `tokenizer.json in ${dir} could not be loaded: ${(err as Error).message}`,
      'It must be a Hugging Face tokenizers JSON file (what `tokenizer.save_pretrained` writes).',
    );
  }
  const bosTokenId = specialTokenId(tokenizer, config, 'bos_token') ?? (modelConfig.bos_token_id as number | undefined) ?? null;
  const eosTokenId = specialTokenId(tokenizer, config, 'eos_token') ?? (modelConfig.eos_token_id as number | undefined) ?? null;
  const prefixTokenId = bosTokenId ?? eosTokenId;
  if (prefixTokenId === null) {
    throw new FtbenchError(
      `tokenizer in ${dir} has neither a BOS nor an EOS token`,
      'Set bos_token or eos_token in tokenizer_config.json: empty contexts are scored after that token, as lm-evaluation-harness does.',
    );
  }
  const addBosToken = opts.addBosToken ?? config.add_bos_token === true;
  if (addBosToken && bosTokenId === null) {
    throw new FtbenchError(`add_bos_token is set but the tokenizer in ${dir} has no BOS token`);
  }
  const fileNames = ['tokenizer.json', 'tokenizer_config.json'].filter((name) => name === 'tokenizer.json' || Object.keys(config).length > 0);
  return {
    encode: (text) => (text === '' ? [] : tokenizer.encode(text, { add_special_tokens: false }).ids),
    decode: (ids) => tokenizer.decode(ids, { skip_special_tokens: true }),
    bosTokenId,
    eosTokenId,
    addBosToken,
    prefixTokenId,
    prefixTokenText: tokenizer.decode([prefixTokenId], { skip_special_tokens: false }),
    fingerprint: await hashFiles(dir, fileNames),
  };
}
