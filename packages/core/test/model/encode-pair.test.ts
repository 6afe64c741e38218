/**
 * The context/continuation split of lm-evaluation-harness v0.4.10+ (`TemplateLM._encode_pair` and
 * `loglikelihood` in lm_eval/api/model.py, `HFLM.tok_encode` in lm_eval/models/huggingface.py), on the
 * byte-level toy tokenizer (token id = UTF-8 byte, `<|endoftext|>` = 256 is BOS and EOS).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { loadTokenizer, type TextTokenizer } from '../../src/model/tokenizer.js';
import { byteLevelTokenizerConfig, byteLevelTokenizerJson } from '../../src/toy-model/index.js';

const BOS = 256;
const bytes = (text: string) => [...Buffer.from(text, 'utf8')];
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-encode-pair-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function tokenizer(addBosToken: boolean): Promise<TextTokenizer> {
  const dir = path.join(root, String(addBosToken));
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(byteLevelTokenizerJson()));
  writeFileSync(path.join(dir, 'tokenizer_config.json'), JSON.stringify({ ...byteLevelTokenizerConfig(64), add_bos_token: addBosToken }));
  return loadTokenizer(dir);
}

/**
 * Every code point for which CPython 3.11's `str.isspace()` is true, printed by
 *   python3 -c "print([hex(c) for c in range(0x110000) if chr(c).isspace()])"
 * JavaScript's `\s` differs: it lacks U+001C-U+001F and U+0085, and has U+FEFF.
 */
const PYTHON_WHITESPACE = [
  0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

function javascriptWhitespace(): number[] {
  const found: number[] = [];
  for (let c = 0; c < 0x110000; c++) {
    if ((c < 0xd800 || c > 0xdfff) && /\s/u.test(String.fromCodePoint(c))) found.push(c);
  }
  return found;
}

describe('context/continuation split', () => {
  let plain: TextTokenizer;
  let withBos: TextTokenizer;
  beforeAll(async () => {
    plain = await tokenizer(false);
    withBos = await tokenizer(true);
  });

  it('the JavaScript list differs from the Python one exactly where the issue says', () => {
    const js = javascriptWhitespace();
    expect(js.filter((c) => !PYTHON_WHITESPACE.includes(c))).toEqual([0xfeff]);
    expect(PYTHON_WHITESPACE.filter((c) => !js.includes(c))).toEqual([0x1c, 0x1d, 0x1e, 0x1f, 0x85]);
  });

  it('moves trailing whitespace to the continuation exactly as Python str.rstrip() does, for every Python or JavaScript whitespace', () => {
    const candidates = [...new Set([...PYTHON_WHITESPACE, ...javascriptWhitespace()])];
    for (const c of candidates) {
      const ch = String.fromCodePoint(c);
      const moved = PYTHON_WHITESPACE.includes(c);
      // Two of it, after a non-whitespace character that JavaScript and Python agree on.
      const split = tokenizeRequest(plain, { context: `Answer:${ch}${ch}`, continuation: 'x' });
      expect(split, `U+${c.toString(16).padStart(4, '0')}`).toEqual(
        moved
          ? { contextIds: bytes('Answer:'), continuationIds: bytes(`${ch}${ch}x`) }
          : { contextIds: bytes(`Answer:${ch}${ch}`), continuationIds: bytes('x') },
      );
    }
  });

  it('stops at the first character Python does not strip: U+FEFF stays, the spaces after it move', () => {
    expect(tokenizeRequest(plain, { context: 'A:\u0085\ufeff \t', continuation: 'y' })).toEqual({
      contextIds: bytes('A:\u0085\ufeff'),
      continuationIds: bytes(' \ty'),
    });
  });

  it('with add_bos_token, an empty context is BOS and the continuation gets no second BOS', () => {
    expect(tokenizeRequest(withBos, { context: '', continuation: ' Once upon' })).toEqual({
      contextIds: [BOS],
      continuationIds: bytes(' Once upon'),
    });
  });

  it('an empty context whose continuation starts with the prefix token takes that token as the context', () => {
    for (const tok of [plain, withBos]) {
      expect(tokenizeRequest(tok, { context: '', continuation: '<|endoftext|>Hi' })).toEqual({
        contextIds: [BOS],
        continuationIds: bytes('Hi'),
      });
    }
  });

  it('with add_bos_token, a context that already starts with the BOS text gets no second BOS', () => {
    expect(tokenizeRequest(withBos, { context: '<|endoftext|>Q:', continuation: ' a' })).toEqual({
      contextIds: [BOS, ...bytes('Q:')],
      continuationIds: bytes(' a'),
    });
    expect(tokenizeRequest(withBos, { context: 'Q:', continuation: ' a' })).toEqual({
      contextIds: [BOS, ...bytes('Q:')],
      continuationIds: bytes(' a'),
    });
  });
});
