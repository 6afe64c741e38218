/**
 * BOS policy: tokenizer_config.json's add_bos_token decides, --add-bos-token overrides. With BOS,
 * contexts start with it (the continuation split is unchanged), and scores match the reference
 * computed on [BOS, ...bytes].
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { tokenizeRequest } from '../../src/model/loglikelihood.js';
import { referenceLoglikelihood, writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';

const SPEC: ToyModelSpec = { seed: 21, layers: 1, heads: 2, hidden: 16, maxPositions: 64, withPast: true };
const BOS = 256;
const bytes = (text: string) => [...Buffer.from(text, 'utf8')];
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-bos-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const request = { context: 'Question: why?\nAnswer:', continuation: ' because' };

describe('BOS policy', () => {
  let plain: string;
  let withBos: string;
  beforeAll(async () => {
    plain = path.join(root, 'plain');
    withBos = path.join(root, 'bos');
    await writeToyModel(plain, SPEC);
    await writeToyModel(withBos, SPEC);
    const configFile = path.join(withBos, 'tokenizer_config.json');
    writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), add_bos_token: true }));
  });

  it('follows tokenizer_config.json, and the explicit override wins', async () => {
    for (const [dir, override, expected] of [
      [plain, undefined, false],
      [withBos, undefined, true],
      [withBos, false, false],
      [plain, true, true],
    ] as const) {
      const model = await OnnxCausalLM.load(dir, { addBosToken: override });
      expect(model.record.addBosToken).toBe(expected);
      const { contextIds, continuationIds } = tokenizeRequest(model.tokenizer, request);
      expect(contextIds).toEqual(expected ? [BOS, ...bytes(request.context)] : bytes(request.context));
      expect(continuationIds).toEqual(bytes(request.continuation));
      await model.dispose();
    }
  });

  it('scores after BOS exactly as the reference does', async () => {
    const model = await OnnxCausalLM.load(withBos);
    const [result] = await model.loglikelihood([request]);
    await model.dispose();
    const reference = referenceLoglikelihood(SPEC, [BOS, ...bytes(request.context)], bytes(request.continuation));
    expect(Math.abs(result.loglikelihood - reference.loglikelihood)).toBeLessThan(1e-4);
    const without = referenceLoglikelihood(SPEC, bytes(request.context), bytes(request.continuation));
    expect(Math.abs(result.loglikelihood - without.loglikelihood)).toBeGreaterThan(1e-3);
  });
});
