/**
 * The HTTP judge against a real chat completions server on 127.0.0.1: FastChat's request (n 1, temperature 0,
 * max_tokens 2048, Bearer key), the endpoint from an API base or a full URL, retries on 429 (honouring Retry-After
 * in seconds and as an HTTP date), 500, a hang past the timeout, malformed JSON and a reply without content;
 * failures after the last retry and refusals (401) are FtbenchErrors that never contain the key; concurrency
 * stays within its bound; calls and tokens are counted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { completionsEndpoint, createHttpJudge, type RetryEvent } from '../../src/judge/http-judge.js';
import type { ChatMessage } from '../../src/tasks/messages.js';
import { completion, startChatServer, type ChatServer, type ScriptedReply } from './chat-server.js';

const KEY = 'sk-test-0123456789abcdef-secret';
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: "[Instruction]\nPlease act as an impartial judge...\n[The End of Assistant's Answer]" },
];

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

async function serve(script: (index: number) => ScriptedReply): Promise<ChatServer> {
  server = await startChatServer((_, index) => script(index));
  return server;
}

describe('createHttpJudge', () => {
  it("sends FastChat's judge request to {url}/chat/completions with the key as a Bearer token, and counts the call and its tokens", async () => {
    const { url, requests } = await serve(() => completion('Rating: [[8]]', { prompt_tokens: 321, completion_tokens: 45 }));
    const judge = createHttpJudge({ url, model: 'gpt-4', apiKey: KEY });
    const reply = await judge.judge(MESSAGES);
    expect(reply).toEqual({ text: 'Rating: [[8]]', promptTokens: 321, completionTokens: 45, cached: false });
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('POST');
    expect(requests[0].path).toBe('/v1/chat/completions');
    expect(requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(requests[0].body)).toEqual({ model: 'gpt-4', messages: MESSAGES, n: 1, temperature: 0, max_tokens: 2048 });
    await judge.judge(MESSAGES);
    expect(judge.model).toBe('gpt-4');
    expect(judge.stats()).toEqual({ calls: 2, cacheHits: 0, failures: 0, promptTokens: 642, completionTokens: 90 });
  });

  it('takes an API base with or without a trailing slash, or the full endpoint as given; sends no Authorization without a key', async () => {
    expect(completionsEndpoint('http://127.0.0.1:8000/v1/').href).toBe('http://127.0.0.1:8000/v1/chat/completions');
    expect(completionsEndpoint('https://gw.example/openai/deployments/x/chat/completions?api-version=1').href).toBe(
      'https://gw.example/openai/deployments/x/chat/completions?api-version=1',
    );
    expect(() => completionsEndpoint('not a url')).toThrow(FtbenchError);
    expect(() => completionsEndpoint('ftp://127.0.0.1/v1')).toThrow(/must be http\(s\), got ftp:/);
    expect(() => completionsEndpoint(`http://user:${KEY}@127.0.0.1/v1`)).toThrow(/^the judge URL must not hold credentials \(user:password@\)$/);
    const { url, requests } = await serve(() => completion('[[5]]'));
    await createHttpJudge({ url: `${url}/chat/completions`, model: 'local-llm' }).judge(MESSAGES);
    expect(requests[0].path).toBe('/v1/chat/completions');
    expect(requests[0].headers.authorization).toBeUndefined();
  });

  it('retries 429 (waiting its Retry-After), 500, a hang past the timeout, malformed JSON and a reply without content, then answers', async () => {
    const script: ScriptedReply[] = [
      { status: 429, headers: { 'retry-after': '1' }, body: '{"error":"slow down"}' },
      { status: 500, body: 'oops' },
      'hang',
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{"choices": [' },
      completion(null, { prompt_tokens: 7, completion_tokens: 0 }),
      completion('The answer is fine. Rating: [[9]]'),
    ];
    const { url, requests } = await serve((index) => script[index]);
    const retries: RetryEvent[] = [];
    const judge = createHttpJudge({ url, model: 'gpt-4', apiKey: KEY, timeoutMs: 300, retryDelayMs: 5, maxRetries: 5, onRetry: (e) => retries.push(e) });
    const reply = await judge.judge(MESSAGES);
    expect(reply.text).toBe('The answer is fine. Rating: [[9]]');
    expect(requests).toHaveLength(6);
    expect(retries.map((e) => e.reason)).toEqual([
      'HTTP 429',
      'HTTP 500',
      'no complete reply within 0.3 s',
      'the reply is not JSON (13 bytes)',
      'the reply has no content (choices[0].message.content is empty or missing)',
    ]);
    expect(retries.map((e) => e.attempt)).toEqual([1, 2, 3, 4, 5]);
    // Retry-After: 1 is waited for, although the backoff alone would be 5 ms.
    expect(retries[0].delayMs).toBeGreaterThanOrEqual(1000);
    expect(requests[1].arrivedAt - requests[0].arrivedAt).toBeGreaterThanOrEqual(950);
    // The backoff doubles (with jitter between half and all of it).
    expect(retries[1].delayMs).toBeGreaterThanOrEqual(5);
    expect(retries[1].delayMs).toBeLessThanOrEqual(10);
    expect(retries[4].delayMs).toBeGreaterThanOrEqual(40);
    expect(retries[4].delayMs).toBeLessThanOrEqual(80);
    // The hang was cut at the timeout and the next attempt came after it.
    expect(requests[3].arrivedAt - requests[2].arrivedAt).toBeGreaterThanOrEqual(290);
    // One judgment, no failure; the tokens of the reply without content were spent too.
    expect(judge.stats()).toEqual({ calls: 1, cacheHits: 0, failures: 0, promptTokens: 107, completionTokens: 20 });
  });

  it('honours Retry-After given as an HTTP date', async () => {
    let retryAt = '';
    const { url, requests } = await serve((index) => {
      if (index > 0) return completion('[[3]]');
      retryAt = new Date(Date.now() + 2000).toUTCString();
      return { status: 503, headers: { 'retry-after': retryAt } };
    });
    const retries: RetryEvent[] = [];
    const judge = createHttpJudge({ url, model: 'gpt-4', retryDelayMs: 1, onRetry: (e) => retries.push(e) });
    expect((await judge.judge(MESSAGES)).text).toBe('[[3]]');
    expect(retries[0].reason).toBe('HTTP 503');
    // The date has whole seconds: the wait ends at it, 1 to 2 s after the first request.
    expect(requests[1].arrivedAt).toBeGreaterThanOrEqual(Date.parse(retryAt) - 50);
  });

  it('fails with an FtbenchError naming the last problem once the retries are spent, and counts the failure', async () => {
    const { url, requests } = await serve(() => completion(''));
    const judge = createHttpJudge({ url, model: 'gpt-4', apiKey: KEY, retryDelayMs: 1, maxRetries: 2, onRetry: () => {} });
    const error = await judge.judge(MESSAGES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as Error).message).toBe(
      `the judge ${url}/chat/completions failed after 3 attempts; last: the reply has no content (choices[0].message.content is empty or missing)`,
    );
    expect(requests).toHaveLength(3);
    expect(judge.stats()).toMatchObject({ calls: 1, failures: 1 });
  });

  it('fails at once on a refusal (401), with the reason the server gave but never the key, even when the server echoes it', async () => {
    const { url, requests } = await serve(() => ({ status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } }) }));
    const judge = createHttpJudge({ url, model: 'gpt-4', apiKey: KEY, retryDelayMs: 1 });
    const error = (await judge.judge(MESSAGES).catch((e: unknown) => e)) as FtbenchError;
    expect(error).toBeInstanceOf(FtbenchError);
    expect(error.message).toContain('refused the request: HTTP 401');
    expect(error.message).toContain('Incorrect API key provided: [redacted]');
    expect(`${error.message} ${error.hint}`).not.toContain(KEY);
    expect(requests).toHaveLength(1);
    expect(judge.stats()).toMatchObject({ calls: 1, failures: 1 });
  });

  it('never writes the key in its retry warnings or errors, and names an unreachable server', async () => {
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    const { url } = await serve(() => ({ status: 502, body: `bad gateway for ${KEY}` }));
    const judge = createHttpJudge({ url: `${url}?key=${KEY}`, model: 'gpt-4', apiKey: KEY, retryDelayMs: 1, maxRetries: 1 });
    const error = (await judge.judge(MESSAGES).catch((e: unknown) => e)) as FtbenchError;
    expect(error.message).toContain('failed after 2 attempts; last: HTTP 502');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^ftbench: judge http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions: HTTP 502; retrying in 1 s$/);
    expect([...warnings, error.message, String(error.hint)].join('\n')).not.toContain(KEY);
    await server?.close();
    server = undefined;
    const gone = createHttpJudge({ url, model: 'gpt-4', apiKey: KEY, retryDelayMs: 1, maxRetries: 1 });
    const refused = (await gone.judge(MESSAGES).catch((e: unknown) => e)) as FtbenchError;
    expect(refused.message).toMatch(/failed after 2 attempts; last: cannot reach the judge: ECONNREFUSED/);
  });

  it('keeps at most `concurrency` requests in flight, and answers every call', async () => {
    const { url, requests, maxOpen } = await serve((index) => ({ ...(completion(`[[${(index % 10) + 1}]]`) as object), delayMs: 40 }));
    const judge = createHttpJudge({ url, model: 'gpt-4', concurrency: 3 });
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => judge.judge([{ role: 'user', content: `question ${i}` }])));
    expect(replies).toHaveLength(12);
    expect(requests).toHaveLength(12);
    expect(maxOpen()).toBe(3);
    expect(judge.stats()).toMatchObject({ calls: 12, failures: 0, promptTokens: 1200, completionTokens: 240 });
  });

  it('refuses options that make no sense', () => {
    expect(() => createHttpJudge({ url: 'http://127.0.0.1/v1', model: 'm', concurrency: 0 })).toThrow(/concurrency must be an integer >= 1, got 0/);
    expect(() => createHttpJudge({ url: 'http://127.0.0.1/v1', model: 'm', maxRetries: -1 })).toThrow(/retry count must be an integer >= 0/);
  });
});
