import fs from 'node:fs';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { byteLevelTokenizerConfig, byteLevelTokenizerJson } from '../../src/toy-model/tokenizer.js';
import { TINY, writeTinyModel } from './helpers.js';

const tokenizer = new Tokenizer(byteLevelTokenizerJson(), byteLevelTokenizerConfig(128));
const texts = [
  'Hi',
  ' Hello, world!  Two spaces, a tab\tand\nnew lines\r\n',
  'Question: what is 2+2?\nAnswer: 4 .',
  'naïve café — “quotes” 日本語 한국어 🙂👍🏽',
  '\u0000control\u007f bytes',
  ' leading and trailing ',
];

describe('byte-level tokenizer', () => {
  it('maps "Hi" to its UTF-8 bytes', () => {
    expect(tokenizer.encode('Hi').ids).toEqual([72, 105]);
  });

  it('gives one token per UTF-8 byte, ids equal to the byte values', () => {
    for (const text of texts) {
      expect(tokenizer.encode(text).ids).toEqual([...Buffer.from(text, 'utf8')]);
    }
  });

  it('round-trips arbitrary UTF-8 text', () => {
    for (const text of texts) {
      expect(tokenizer.decode(tokenizer.encode(text).ids)).toBe(text);
    }
  });

  it('knows <|endoftext|> as special token 256', () => {
    expect(tokenizer.encode('a<|endoftext|>').ids).toEqual([97, 256]);
    expect(tokenizer.decode([97, 256], { skip_special_tokens: true })).toBe('a');
  });

  it('loads from the files writeToyModel writes', async () => {
    const dir = await writeTinyModel(TINY);
    const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    const loaded = new Tokenizer(readJson('tokenizer.json'), readJson('tokenizer_config.json'));
    expect(loaded.encode('ok é').ids).toEqual([111, 107, 32, 195, 169]);
  });
});
