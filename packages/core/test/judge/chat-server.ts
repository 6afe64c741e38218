/**
 * A real chat completions server on 127.0.0.1 for judge tests: each request is recorded (path, headers, body,
 * arrival time) and answered by the test's script: a reply (status, headers, body), or `hang` (never answer).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  arrivedAt: number;
}

export type ScriptedReply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number } | 'hang';

export interface ChatServer {
  /** The API base, `http://127.0.0.1:<port>/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** The most requests that were open at once. */
  maxOpen(): number;
  close(): Promise<void>;
}

/** A chat completion whose content is `content` (null: a message without content), with usage. */
export function completion(content: string | null, usage = { prompt_tokens: 100, completion_tokens: 20 }): ScriptedReply {
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'cmpl-1',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage,
    }),
  };
}

export async function startChatServer(script: (request: RecordedRequest, index: number) => ScriptedReply): Promise<ChatServer> {
  const requests: RecordedRequest[] = [];
  const hanging: ServerResponse[] = [];
  let open = 0;
  let maxOpen = 0;
  const server = createServer((req, res) => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    res.on('close', () => open--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        arrivedAt: Date.now(),
      };
      requests.push(request);
      const reply = script(request, requests.length - 1);
      if (reply === 'hang') {
        hanging.push(res);
        return;
      }
      const send = () => res.writeHead(reply.status ?? 200, reply.headers ?? {}).end(reply.body ?? '');
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    maxOpen: () => maxOpen,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
