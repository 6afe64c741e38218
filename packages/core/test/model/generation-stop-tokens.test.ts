/**
 * Generation ends at any of the model's stop token ids, as transformers' generate() does: the tokenizer's EOS and
 * every `eos_token_id` of generation_config.json (an id or a list), else of config.json. Instruct models list their
 * end-of-turn tokens there; without this a turn would run on to max_new_tokens.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { OnnxCausalLM, type GenerationRequest } from '../../src/model/causal-lm.js';
import { itWithShared, sharedModels } from '../paths.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-stop-tokens-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const REQUESTS: GenerationRequest[] = [
  { context: 'Once upon a time', until: [], maxNewTokens: 24 },
  { context: 'Once upon a time', until: [], maxNewTokens: 24, sampling: { temperature: 0.8, seed: 3 } },
];

async function generate(dir: string): Promise<{ texts: string[]; ids: number[][] }> {
  const model = await OnnxCausalLM.load(dir, { batchSize: 2 });
  try {
    const texts = await model.generate(REQUESTS);
    return { texts, ids: texts.map((text) => model.tokenizer.encode(text)) };
  } finally {
    await model.dispose();
  }
}

itWithShared(
  'stops at the ids generation_config.json or config.json lists as eos_token_id, greedy and sampled',
  ['models/stories260k-with-past'],
  async () => {
    const source = path.join(sharedModels, 'stories260k-with-past');
    const plain = await generate(source);
    expect(plain.ids[0].length).toBeGreaterThan(8);
    // Each request's 6th token becomes an end-of-turn token: each stops before it (the other's may come earlier).
    const stops = plain.ids.map((ids) => ids[5]);
    const expected = plain.ids.map((ids) => ids.findIndex((id) => stops.includes(id)));

    const withGenerationConfig = path.join(root, 'generation-config');
    cpSync(source, withGenerationConfig, { recursive: true });
    writeFileSync(path.join(withGenerationConfig, 'generation_config.json'), JSON.stringify({ bos_token_id: 1, eos_token_id: [2, ...stops] }));
    const listed = await generate(withGenerationConfig);

    const withConfigList = path.join(root, 'config-list');
    cpSync(source, withConfigList, { recursive: true });
    const configFile = path.join(withConfigList, 'config.json');
    writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), eos_token_id: [2, ...stops] }));
    const fromConfig = await generate(withConfigList);

    for (const run of [listed, fromConfig]) {
      run.ids.forEach((ids, r) => {
        expect(ids).toEqual(plain.ids[r].slice(0, expected[r]));
        expect(plain.texts[r].startsWith(run.texts[r])).toBe(true);
      });
    }
    // A single id (not a list) in generation_config.json counts too.
    writeFileSync(path.join(withGenerationConfig, 'generation_config.json'), JSON.stringify({ eos_token_id: stops[0] }));
    const single = await generate(withGenerationConfig);
    expect(single.ids[0]).toEqual(plain.ids[0].slice(0, plain.ids[0].indexOf(stops[0])));
  },
  120_000,
);
