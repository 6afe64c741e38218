/**
 * The local judge end to end: a real ONNX model (the shared stories260k-with-past with a chat template added, and a
 * toy model) judges through its chat template and ftbench's batched greedy generation. Concurrent judgments are
 * gathered into batches and answer exactly what the model generates for each prompt alone; answers fit the model's
 * length; a prompt too long for it fails, counted, without taking the others down; the judge's name depends on the
 * weights and the template; behind the judgment cache a second run costs no generation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { withJudgmentCache } from '../../src/judge/judgment-cache.js';
import { loadLocalJudge } from '../../src/judge/local-judge.js';
import { loadChatTemplate } from '../../src/model/chat-template.js';
import { OnnxCausalLM } from '../../src/model/causal-lm.js';
import type { ChatMessage } from '../../src/tasks/messages.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { itWithShared, sharedModels } from '../paths.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-local-judge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TEMPLATES = [
  { name: 'default', template: "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}{% if add_generation_prompt %}assistant:{% endif %}" },
  { name: 'terse', template: "{% for m in messages %}{{ m['content'] }}\n{% endfor %}" },
];

/** A copy of a model directory with named chat templates added to its tokenizer_config.json. */
function withChatTemplates(source: string, name: string): string {
  const dir = path.join(root, name);
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'tokenizer_config.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), chat_template: TEMPLATES }));
  return dir;
}

const STORIES = [
  'Once upon a time, there was a little dog.',
  'Lily went to the park.',
  'Tom had a red ball.',
  'The sun was hot.',
  'Mom baked a cake.',
  'A bird sang.',
];
const judgePrompt = (story: string): ChatMessage[] => [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: `Rate this story: ${story}` },
];

/** What the model generates greedily for one judge prompt alone (batch size 1), and the passes it took. */
async function aloneAnswers(dir: string, prompts: ChatMessage[][]): Promise<{ texts: string[]; runs: number }> {
  const template = loadChatTemplate(dir);
  const model = await OnnxCausalLM.load(dir, { batchSize: 1 });
  try {
    const texts: string[] = [];
    for (const messages of prompts) {
      const context = template.render(messages);
      const [text] = await model.generate([{ context, until: [], maxNewTokens: Math.min(2048, model.record.maxLength - model.contextTokenCount(context)) }]);
      texts.push(text);
    }
    return { texts, runs: model.counters.sessionRuns };
  } finally {
    await model.dispose();
  }
}

async function expectJudgesLikeItsModel(dir: string, maxLength: number): Promise<void> {
  const prompts = STORIES.map(judgePrompt);
  const judge = await loadLocalJudge({ modelDir: dir });
  try {
    expect(judge.model).toMatch(/^local:[0-9a-f]{16}$/);
    const replies = await Promise.all(prompts.map((messages) => judge.judge(messages)));
    const alone = await aloneAnswers(dir, prompts);
    expect(replies.map((reply) => reply.text)).toEqual(alone.texts);
    expect(replies.some((reply) => reply.text.trim().length > 0)).toBe(true);
    // Gathered into one batch: fewer passes than one prompt at a time.
    expect(judge.counters.sessionRuns).toBeLessThan(alone.runs);
    for (const reply of replies) {
      expect(reply.cached).toBe(false);
      expect(reply.promptTokens).toBeGreaterThan(10);
      expect(reply.promptTokens + reply.completionTokens).toBeLessThanOrEqual(maxLength);
    }
    const sum = (key: 'promptTokens' | 'completionTokens') => replies.reduce((n, reply) => n + reply[key], 0);
    expect(judge.stats()).toEqual({ calls: 6, cacheHits: 0, failures: 0, promptTokens: sum('promptTokens'), completionTokens: sum('completionTokens') });

    // A prompt longer than the model fails alone, counted; the one beside it is answered.
    const [long, short] = await Promise.allSettled([judge.judge(judgePrompt('word '.repeat(maxLength))), judge.judge(prompts[0])]);
    expect(long.status === 'rejected' && long.reason).toBeInstanceOf(FtbenchError);
    expect(long.status === 'rejected' && (long.reason as Error).message).toMatch(
      new RegExp(`^the judge prompt is \\d+ tokens, leaving no room to answer within the local judge's maximum length ${maxLength}$`),
    );
    expect(short).toEqual({ status: 'fulfilled', value: replies[0] });
    expect(judge.stats()).toMatchObject({ calls: 8, failures: 1 });
  } finally {
    await judge.dispose();
  }
  // Another template of the same weights is another judge.
  const terse = await loadLocalJudge({ modelDir: dir, chatTemplate: 'terse' });
  try {
    expect(terse.model).toMatch(/^local:[0-9a-f]{16}$/);
    expect(terse.model).not.toBe(judge.model);
  } finally {
    await terse.dispose();
  }
}

describe('loadLocalJudge', () => {
  itWithShared(
    'judges with stories260k-with-past through its chat template, batching concurrent judgments',
    ['models/stories260k-with-past'],
    () => expectJudgesLikeItsModel(withChatTemplates(path.join(sharedModels, 'stories260k-with-past'), 'stories'), 512),
    120_000,
  );

  it('judges with a toy model, and behind the judgment cache a second run generates nothing', async () => {
    const source = path.join(root, 'toy-source');
    await writeToyModel(source, { seed: 5, layers: 1, heads: 2, hidden: 16, maxPositions: 192, withPast: true });
    const dir = withChatTemplates(source, 'toy');
    await expectJudgesLikeItsModel(dir, 192);

    const cacheDir = path.join(root, 'toy-judgments');
    const prompts = STORIES.map(judgePrompt);
    const first = await loadLocalJudge({ modelDir: dir });
    const firstReplies = await Promise.all(prompts.map((messages) => withJudgmentCache(first, cacheDir).judge(messages)));
    await first.dispose();
    const second = await loadLocalJudge({ modelDir: dir });
    try {
      const cached = withJudgmentCache(second, cacheDir);
      const replies = await Promise.all(prompts.map((messages) => cached.judge(messages)));
      expect(replies).toEqual(firstReplies.map((reply) => ({ ...reply, cached: true })));
      expect(second.counters.sessionRuns).toBe(0);
      expect(cached.stats()).toMatchObject({ calls: 0, cacheHits: 6 });
    } finally {
      await second.dispose();
    }
  });

  it('names a model without a chat template', async () => {
    const dir = path.join(root, 'no-template');
    await writeToyModel(dir, { seed: 6, layers: 1, heads: 2, hidden: 16, maxPositions: 64, withPast: true });
    await expect(loadLocalJudge({ modelDir: dir })).rejects.toThrow(/has no chat template/);
  });
});
