/**
 * The scoring engine on toy models the test builds itself, checked against the independent
 * float64 reference forward pass (src/toy-model/reference.ts). The byte-level tokenizer has no
 * merges, so the expected token ids are simply the UTF-8 bytes of the text.
 */
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { referenceLogits, referenceLoglikelihood, writeToyModel, type ToyModelSpec } from '../../src/toy-model/index.js';

const SPEC: ToyModelSpec = { seed: 11, layers: 2, heads: 4, hidden: 32, maxPositions: 96, withPast: false };
const EOS = 256;
const bytes = (text: string) => [...Buffer.from(text, 'utf8')];

/** Expected lm-eval split for the byte tokenizer: trailing context whitespace moves to the continuation. */
function expectedIds(context: string, continuation: string): { ctx: number[]; cont: number[] } {
  const trimmed = context.replace(/\s+$/u, '');
  if (context === '') return { ctx: [EOS], cont: bytes(continuation) };
  return { ctx: bytes(trimmed), cont: bytes(context.slice(trimmed.length) + continuation) };
}

const REQUESTS = [
  { context: 'Question: 2+2=?\nAnswer:', continuation: ' 4' },
  { context: 'Question: 2+2=?\nAnswer:', continuation: ' 5' },
  { context: 'Question: 2+2=?\nAnswer:', continuation: ' four, I think' },
  { context: 'The capital of France is ', continuation: 'Paris' },
  { context: 'Café crème – ', continuation: 'déjà vu ✓' },
  { context: '', continuation: 'Hello' },
  { context: 'A', continuation: 'B' },
  { context: 'x'.repeat(40), continuation: ' y' },
  { context: 'Same prefix', continuation: ' one' },
  { context: 'Same prefix', continuation: ' two' },
];

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function buildModel(name: string, spec: ToyModelSpec): Promise<string> {
  const dir = path.join(root, name);
  await writeToyModel(dir, spec);
  return dir;
}

describe('log-likelihoods of a toy model', () => {
  let plainDir: string;
  let pastDir: string;
  const expected = REQUESTS.map(({ context, continuation }) => {
    const { ctx, cont } = expectedIds(context, continuation);
    return referenceLoglikelihood(SPEC, ctx, cont);
  });

  beforeAll(async () => {
    plainDir = await buildModel('plain', SPEC);
    pastDir = await buildModel('past', { ...SPEC, withPast: true });
  });

  it.each([1, 3, 8, 'auto' as const])('agree with the reference within 1e-4 at batch size %s', async (batchSize) => {
    const model = await OnnxCausalLM.load(plainDir, { batchSize });
    const results = await model.loglikelihood(REQUESTS);
    await model.dispose();
    results.forEach((r, i) => {
      expect(Math.abs(r.loglikelihood - expected[i].loglikelihood)).toBeLessThan(1e-4);
      expect(r.isGreedy).toBe(expected[i].isGreedy);
    });
  });

  it('differ between continuations (the check above can fail)', () => {
    expect(new Set(expected.map((e) => e.loglikelihood.toFixed(3))).size).toBe(REQUESTS.length);
  });

  it('are the same through the KV-cache signature (zero-length past)', async () => {
    const model = await OnnxCausalLM.load(pastDir, { batchSize: 4 });
    expect(model.record.hasPastKeyValues).toBe(true);
    const results = await model.loglikelihood(REQUESTS);
    await model.dispose();
    results.forEach((r, i) => expect(Math.abs(r.loglikelihood - expected[i].loglikelihood)).toBeLessThan(1e-4));
  });

  it('run one forward pass per distinct model input', async () => {
    const model = await OnnxCausalLM.load(plainDir, { batchSize: 8 });
    const letters = ['A', 'B', 'C', 'D'].map((l) => ({ context: 'Q: pick one\nAnswer:', continuation: ` ${l}` }));
    await model.loglikelihood(letters);
    await model.dispose();
    expect(model.counters.forwardPasses).toBe(1);
  });

  it('left-truncate to the maximum length as lm-eval does', async () => {
    const maxLength = 16;
    const model = await OnnxCausalLM.load(plainDir, { maxLength, batchSize: 2 });
    const request = { context: 'a long context that will not fit in sixteen tokens:', continuation: ' yes' };
    const [result] = await model.loglikelihood([request]);
    await model.dispose();
    const whole = [...bytes(request.context), ...bytes(request.continuation)];
    const window = whole.slice(-(maxLength + 1));
    const contLength = bytes(request.continuation).length;
    const reference = referenceLoglikelihood(SPEC, window.slice(0, -contLength), window.slice(-contLength));
    expect(Math.abs(result.loglikelihood - reference.loglikelihood)).toBeLessThan(1e-4);
  });

  it('upcast float16 logits and still agree at fp16 precision', async () => {
    const dir = await buildModel('fp16', { ...SPEC, logitsType: 'float16' });
    const model = await OnnxCausalLM.load(dir, { batchSize: 3 });
    expect(model.record.logitsType).toBe('float16');
    const results = await model.loglikelihood(REQUESTS);
    await model.dispose();
    // fp16 keeps ~3 significant digits of each logit: allow 0.02 nats per continuation token.
    results.forEach((r, i) => {
      const tolerance = 0.02 * expectedIds(REQUESTS[i].context, REQUESTS[i].continuation).cont.length;
      expect(Math.abs(r.loglikelihood - expected[i].loglikelihood)).toBeLessThan(tolerance);
    });
  });

  it('hash external data into the model fingerprint', async () => {
    const dir = await buildModel('external', { ...SPEC, externalData: true });
    const before = await OnnxCausalLM.load(dir);
    const [result] = await before.loglikelihood([REQUESTS[0]]);
    expect(Math.abs(result.loglikelihood - expected[0].loglikelihood)).toBeLessThan(1e-4);
    await before.dispose();
    appendFileSync(path.join(dir, 'model.onnx_data'), Buffer.alloc(4));
    const after = await OnnxCausalLM.load(dir);
    await after.dispose();
    expect(after.record.fingerprint).not.toBe(before.record.fingerprint);
  });
});

describe('greedy generation', () => {
  /** The reference's greedy continuation: argmax of the last position, one token at a time. */
  function referenceGreedy(spec: ToyModelSpec, ids: number[], steps: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < steps; i++) {
      const logits = referenceLogits(spec, [...ids, ...out]).at(-1) as Float64Array;
      const next = logits.indexOf(Math.max(...logits));
      if (next === EOS) break;
      out.push(next);
    }
    return out;
  }

  it('matches the reference, with and without KV cache', async () => {
    const context = 'Answer: ';
    const expectedIdsOut = referenceGreedy(SPEC, bytes('Answer:'.concat(' ')), 6);
    const expectedText = Buffer.from(expectedIdsOut.filter((id) => id < 256)).toString('utf8');
    for (const withPast of [false, true]) {
      const dir = await buildModel(`gen-${withPast}`, { ...SPEC, withPast });
      const model = await OnnxCausalLM.load(dir);
      const [text] = await model.generate([{ context, until: [], maxNewTokens: 6 }]);
      await model.dispose();
      expect(text).toBe(expectedText);
    }
  });

  it('stops at a stop string and returns the text before it', async () => {
    const dir = await buildModel('gen-stop', { ...SPEC, withPast: true });
    const model = await OnnxCausalLM.load(dir);
    const [full] = await model.generate([{ context: 'Hi', until: [], maxNewTokens: 8 }]);
    const stop = full.slice(2, 3);
    const [cut] = await model.generate([{ context: 'Hi', until: [stop], maxNewTokens: 8 }]);
    await model.dispose();
    expect(full.length).toBeGreaterThan(3);
    expect(cut).toBe(full.slice(0, full.indexOf(stop)));
  });
});

describe('bad model input', () => {
  const load = (dir: string, device?: string) => OnnxCausalLM.load(dir, { device });

  it('names a missing tokenizer', async () => {
    const dir = await buildModel('no-tokenizer', SPEC);
    rmSync(path.join(dir, 'tokenizer.json'));
    await expect(load(dir)).rejects.toThrow(FtbenchError);
    await expect(load(dir)).rejects.toThrow(/no tokenizer\.json/);
  });

  it('names a corrupt ONNX file', async () => {
    const dir = await buildModel('corrupt', SPEC);
    writeFileSync(path.join(dir, 'model.onnx'), 'version https://git-lfs.github.com/spec/v1\n');
    await expect(load(dir)).rejects.toThrow(/onnxruntime could not load .*model\.onnx/);
  });

  it('refuses CUDA where the provider is missing instead of running on CPU', async () => {
    const dir = await buildModel('cuda', SPEC);
    await expect(load(dir, 'cuda')).rejects.toThrow(/CUDA execution provider could not be loaded/);
    await expect(load(dir, 'gpu')).rejects.toThrow(/unknown device "gpu"/);
  });
});
