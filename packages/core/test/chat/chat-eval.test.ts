/**
 * Chat templates through the whole run, on a real (toy) ONNX model: the library and the built `ftbench` binary,
 * the settings in the task hash and the results (ftbench's and lm-eval's), the one-line errors, and no second
 * BOS before a context whose template already starts with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, simpleEvaluate } from '../../src/evaluator.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-chat-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const chatModel = path.join(root, 'chat-model');
const baseModel = path.join(root, 'base-model');
const suite = path.join(root, 'suite.yaml');
const TEMPLATE =
  '{{ bos_token }}{% for m in messages %}<|{{ m.role }}|>\n{{ m.content }}\n{% endfor %}{% if add_generation_prompt %}<|assistant|>\n{% endif %}';

function ftbench(...args: string[]) {
  const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HOME: path.join(root, 'hf'), HF_HUB_OFFLINE: '1' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUserError(run: ReturnType<typeof ftbench>, message: RegExp) {
  expect(run.stderr).toMatch(/^ftbench: error: /m);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(2);
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const spec = { seed: 5, layers: 1, heads: 2, hidden: 16, maxPositions: 512, withPast: false };
  await writeToyModel(chatModel, spec);
  await writeToyModel(baseModel, spec);
  const configFile = path.join(chatModel, 'tokenizer_config.json');
  writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), chat_template: TEMPLATE }));
  writeFileSync(
    suite,
    [
      'name: chat check',
      'fewshot:',
      '  - {id: s, category: x, question: "0+1?", choices: ["1", "2"], answer: A}',
      'items:',
      '  - {id: a, category: x, question: "1+1?", choices: ["2", "3"], answer: A}',
      '  - {id: b, category: y, question: "2+2?", choices: ["5", "4"], answer: B}',
      '',
    ].join('\n'),
  );
});

describe('evaluate with a chat template', () => {
  it('renders every prompt, records the settings, and gives each setting its own task hash', async () => {
    const base = { model: chatModel, tasks: [`suite:${suite}`], progress: false as const, logSamples: true };
    const plain = await evaluate(base);
    const chat = await evaluate({ ...base, applyChatTemplate: true, systemInstruction: 'Be brief.' });
    const singleTurn = await simpleEvaluate({ ...base, applyChatTemplate: true, systemInstruction: 'Be brief.', fewshotAsMultiturn: false });
    const [request] = chat.runs[0].prepared.docs[0].requests;
    expect(request).toEqual({
      context:
        '<|endoftext|><|system|>\nBe brief.\n\nThe following are multiple choice questions (with answers) about chat check.\n\n\n' +
        '<|user|>\n0+1?\nA. 1\nB. 2\nAnswer:\n<|assistant|>\nA\n<|user|>\n1+1?\nA. 2\nB. 3\nAnswer:\n<|assistant|>\n',
      continuation: 'A',
    });
    expect(singleTurn.config.fewshotAsMultiturn).toBe(false);
    const hashes = [plain.results, chat.results, singleTurn].map((r) => r.tasks['suite:chat check'].hash);
    expect(new Set(hashes).size).toBe(3);
    expect(chat.results.config).toMatchObject({
      systemInstruction: 'Be brief.',
      fewshotAsMultiturn: true,
      chatTemplate: { name: 'default', file: 'tokenizer_config.json', text: TEMPLATE, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(plain.results.config).not.toHaveProperty('chatTemplate');
    expect(plain.results.config).not.toHaveProperty('fewshotAsMultiturn');
  });

  it('adds no BOS to a generation context that starts with the BOS text (lm-eval tok_batch_encode)', async () => {
    const model = await OnnxCausalLM.load(baseModel, { addBosToken: true });
    try {
      const context = `${model.tokenizer.prefixTokenText}Hi`;
      await model.generate([{ context, until: [], maxNewTokens: 1 }]);
      expect(model.counters.tokensForwarded).toBe(model.tokenizer.encode(context).length);
    } finally {
      await model.dispose();
    }
  });
});

describe('ftbench eval and show-prompt with chat options', () => {
  it('eval --apply-chat-template (no value, followed by another option) writes the settings into lm-eval-shaped results', () => {
    const out = path.join(root, 'lm-eval-out');
    const run = ftbench(
      'eval',
      '--model',
      chatModel,
      '--apply-chat-template',
      '--system-instruction',
      'Be brief.',
      '--tasks',
      `suite:${suite}`,
      '--output-path',
      out,
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const [modelFolder] = readdirSync(out);
    const file = readdirSync(path.join(out, modelFolder)).find((name) => /^results_.*\.json$/.test(name) && !name.endsWith('.ftbench.json')) as string;
    const results = JSON.parse(readFileSync(path.join(out, modelFolder, file), 'utf8'));
    expect(results).toMatchObject({
      chat_template: TEMPLATE,
      chat_template_sha: expect.stringMatching(/^[0-9a-f]{64}$/),
      system_instruction: 'Be brief.',
      fewshot_as_multiturn: true,
    });
    // lm-eval's hash_string: sha256 of the UTF-8 text (printf 'Be brief.' | sha256sum).
    expect(results.system_instruction_sha).toBe('213c22ed7234eb11116e1e88f314c73cb3a019b5c87fe224b6ce5665bd9ec50e');
  });

  it('show-prompt --apply-chat-template NAME --model DIR --fewshot-as-multiturn false shows the single-turn prompt', () => {
    const run = ftbench(
      'show-prompt',
      '--task',
      `suite:${suite}`,
      '--doc',
      '1',
      '--model',
      chatModel,
      '--apply-chat-template',
      'default',
      '--fewshot-as-multiturn',
      'false',
      '--json',
    );
    expect(run.code).toBe(0);
    const requests = JSON.parse(run.stdout);
    expect(requests[0].context).toBe(
      '<|endoftext|><|system|>\nThe following are multiple choice questions (with answers) about chat check.\n\n\n<|user|>\n0+1?\nA. 1\nB. 2\nAnswer: A\n\n2+2?\nA. 5\nB. 4\nAnswer:\n<|assistant|>\n',
    );
    expect(requests.map((r: { continuation: string }) => r.continuation)).toEqual(['A', 'B']);
  });

  it('one-line errors: multiturn without a template, a model without one, a bad multiturn value, a missing --model', () => {
    expectUserError(
      ftbench('eval', '--model', chatModel, '--tasks', `suite:${suite}`, '--fewshot-as-multiturn'),
      /--fewshot-as-multiturn needs --apply-chat-template/,
    );
    expectUserError(ftbench('eval', '--model', baseModel, '--tasks', `suite:${suite}`, '--apply-chat-template'), /has no chat template/);
    expectUserError(
      ftbench('eval', '--model', chatModel, '--tasks', `suite:${suite}`, '--apply-chat-template', 'chatml'),
      /single chat template, not named ones/,
    );
    expectUserError(
      ftbench('eval', '--model', chatModel, '--tasks', `suite:${suite}`, '--apply-chat-template', '--fewshot-as-multiturn', 'yes'),
      /--fewshot-as-multiturn must be true or false/,
    );
    expectUserError(
      ftbench('eval', '--model', chatModel, '--tasks', `suite:${suite}`, '--apply-chat-template', '--apply-chat-template'),
      /--apply-chat-template is given twice/,
    );
    expectUserError(ftbench('show-prompt', '--task', `suite:${suite}`, '--doc', '0', '--apply-chat-template'), /needs the model/);
  });
});
