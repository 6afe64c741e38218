/**
 * A real judge endpoint for tests: an HTTP server on 127.0.0.1 speaking OpenAI's chat completions protocol
 * (`POST /v1/chat/completions`), whose replies a test scripts per request, faults included: 429 with Retry-After,
 * 500, a hang (no answer until the client gives up), a body that is not JSON, and of course replies with or without
 * a rating. Every request is recorded (headers and parsed body), so a test can check what was sent and how often.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatCompletionRequest {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  max_tokens?: number;
  n?: number;
}

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: ChatCompletionRequest;
  /** How many times this same conversation (its messages) had been asked before, from 1. */
  attempt: number;
}

/** What the server does with one request. */
export type JudgeServerAction =
  | { kind: 'reply'; content: string; promptTokens?: number; completionTokens?: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error' }
  | { kind: 'hang' }
  | { kind: 'malformed-json' };

export type JudgeScript = (request: ReceivedRequest) => JudgeServerAction;

export interface JudgeServer {
  /** The API base, e.g. http://127.0.0.1:PORT/v1. */
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the server; `script` decides every reply (a request it cannot parse gets a 400). */
export async function startJudgeServer(script: JudgeScript): Promise<JudgeServer> {
  const requests: ReceivedRequest[] = [];
  const attempts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
        return;
      }
      let body: ChatCompletionRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatCompletionRequest;
      } catch {
        sendJson(res, 400, { error: { message: 'request body is not JSON' } });
        return;
      }
      const key = JSON.stringify(body.messages);
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const received = { headers: req.headers, body, attempt };
      requests.push(received);
      const action = script(received);
      switch (action.kind) {
        case 'reply':
          sendJson(res, 200, {
            id: `chatcmpl-${requests.length}`,
            object: 'chat.completion',
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content: action.content }, finish_reason: 'stop' }],
            usage: {
              prompt_tokens: action.promptTokens ?? 100,
              completion_tokens: action.completionTokens ?? 20,
              total_tokens: (action.promptTokens ?? 100) + (action.completionTokens ?? 20),
            },
          });
          return;
        case 'rate-limit':
          sendJson(res, 429, { error: { message: 'Rate limit reached', type: 'requests' } }, { 'retry-after': String(action.retryAfterSeconds) });
          return;
        case 'server-error':
          sendJson(res, 500, { error: { message: 'The server had an error while processing your request.' } });
          return;
        case 'hang':
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          return;
        case 'malformed-json':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id": "chatcmpl-broken", "choices": [{"message": ');
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
