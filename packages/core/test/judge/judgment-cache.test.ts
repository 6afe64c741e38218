/**
 * The judgment cache in front of a real HTTP judge (a chat completions server on 127.0.0.1) and real files:
 * a repeated prompt is a hit that costs no call; the key depends on the judge model and the messages, not on the
 * API key; a corrupt or tampered entry is ignored with a warning and judged again; failures are not cached;
 * concurrent asks for one prompt make one call.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { createHttpJudge } from '../../src/judge/http-judge.js';
import { judgmentKey, withJudgmentCache } from '../../src/judge/judgment-cache.js';
import type { ChatMessage } from '../../src/tasks/messages.js';
import { completion, startChatServer, type ChatServer } from './chat-server.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-judgment-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const prompt = (question: string): ChatMessage[] => [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: `[Question]\n${question}\n\n[The Start of Assistant's Answer]\n...` },
];

let server: ChatServer;
let dir: string;
let runs = 0;
/** The server rates each distinct user message with a number of its own, so a reply shows which prompt it answers. */
beforeEach(async () => {
  dir = path.join(root, `cache-${runs++}`);
  server = await startChatServer((request) => {
    const { messages, model } = JSON.parse(request.body) as { messages: ChatMessage[]; model: string };
    if (messages[1].content.includes('refuse')) return { status: 400, body: '{"error": "bad request"}' };
    return completion(`${model} says [[${messages[1].content.length % 10}]]`);
  });
});
afterEach(() => server.close());

const httpJudge = (model = 'gpt-4', apiKey = 'sk-one') => createHttpJudge({ url: server.url, model, apiKey, maxRetries: 0 });

describe('withJudgmentCache', () => {
  it('answers a repeated prompt from disk without a call, counting the hit; other prompts and other judge models miss', async () => {
    const judge = withJudgmentCache(httpJudge(), dir);
    const first = await judge.judge(prompt('What is 2+2?'));
    expect(first.cached).toBe(false);
    const again = await judge.judge(prompt('What is 2+2?'));
    expect(again).toEqual({ ...first, cached: true });
    expect(server.requests).toHaveLength(1);
    await judge.judge(prompt('What is 3+3?'));
    expect(server.requests).toHaveLength(2);
    expect(judge.stats()).toEqual({ calls: 2, cacheHits: 1, failures: 0, promptTokens: 200, completionTokens: 40 });
    expect(judge.model).toBe('gpt-4');

    // A second run (a resumed run, a baseline's re-use) with another API key: every judgment is a hit.
    const rerun = withJudgmentCache(httpJudge('gpt-4', 'sk-two'), dir);
    expect(await rerun.judge(prompt('What is 2+2?'))).toEqual({ ...first, cached: true });
    expect(await rerun.judge(prompt('What is 3+3?'))).toMatchObject({ cached: true });
    expect(rerun.stats()).toMatchObject({ calls: 0, cacheHits: 2 });
    expect(server.requests).toHaveLength(2);

    // Another judge model is another judgment; so is a message that differs in one character or in its role.
    const other = withJudgmentCache(httpJudge('gpt-4o'), dir);
    expect(await other.judge(prompt('What is 2+2?'))).toMatchObject({ cached: false, text: expect.stringMatching(/^gpt-4o says/) });
    await judge.judge(prompt('What is 2+2? '));
    const [system, user] = prompt('What is 2+2?');
    await judge.judge([{ ...system, role: 'user' }, user]);
    expect(server.requests).toHaveLength(5);
  });

  it('the key is the model and the messages only, and no entry holds the API key', async () => {
    const judge = withJudgmentCache(httpJudge('gpt-4', 'sk-secret-key-42'), dir);
    await judge.judge(prompt('Why is the sky blue?'));
    const key = judgmentKey('gpt-4', prompt('Why is the sky blue?'));
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    expect(entry).toMatchObject({ key, model: 'gpt-4', text: expect.stringMatching(/^gpt-4 says \[\[\d\]\]$/), promptTokens: 100, completionTokens: 20 });
    expect(readFileSync(file, 'utf8')).not.toContain('sk-secret-key-42');
    expect(judgmentKey('gpt-4', prompt('Why is the sky blue?'))).toBe(key);
    expect(judgmentKey('gpt-4-0613', prompt('Why is the sky blue?'))).not.toBe(key);
  });

  it('ignores a corrupt or tampered entry with a warning, judges again and replaces it', async () => {
    const warnings: string[] = [];
    const judge = withJudgmentCache(httpJudge(), dir, { onWarning: (message) => warnings.push(message) });
    const messages = prompt('Name a prime.');
    const first = await judge.judge(messages);
    const key = judgmentKey('gpt-4', messages);
    const file = path.join(dir, key.slice(0, 2), `${key}.json`);
    const good = readFileSync(file, 'utf8');

    writeFileSync(file, good.slice(0, good.length / 2));
    expect(await judge.judge(messages)).toEqual(first);
    expect(warnings).toEqual([`ignoring the cached judgment ${file} (it is not valid JSON); judging again`]);
    expect(server.requests).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(good);

    // Valid JSON whose rating was edited: the checksum catches it.
    writeFileSync(file, good.replace(/\[\[\d\]\]/, '[[10]]'));
    expect(await judge.judge(messages)).toEqual(first);
    expect(warnings[1]).toBe(`ignoring the cached judgment ${file} (its content does not match its key or checksum); judging again`);
    expect(server.requests).toHaveLength(3);

    expect(await judge.judge(messages)).toMatchObject({ cached: true, text: first.text });
    expect(server.requests).toHaveLength(3);
  });

  it('does not cache a failed judgment, and asks once for a prompt asked many times at once', async () => {
    const judge = withJudgmentCache(httpJudge(), dir);
    await expect(judge.judge(prompt('Please refuse.'))).rejects.toThrow(FtbenchError);
    await expect(judge.judge(prompt('Please refuse.'))).rejects.toThrow(/HTTP 400/);
    expect(server.requests).toHaveLength(2);
    const replies = await Promise.all(Array.from({ length: 5 }, () => judge.judge(prompt('Same question'))));
    expect(server.requests).toHaveLength(3);
    expect(new Set(replies.map((reply) => reply.text)).size).toBe(1);
    expect(replies.filter((reply) => reply.cached)).toHaveLength(4);
    expect(judge.stats()).toMatchObject({ calls: 3, failures: 2, cacheHits: 4 });
  });

  it('names a cache folder that cannot be written before judging anything', () => {
    const file = path.join(root, 'a-file');
    writeFileSync(file, '');
    expect(() => withJudgmentCache(httpJudge(), path.join(file, 'cache'))).toThrow(/^cannot write to the judgment cache folder .*a-file\/cache: /);
  });
});
