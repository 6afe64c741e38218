/**
 * A stand-in for the parts of the GitHub API the action uses, on 127.0.0.1: issue comments
 * (listed 100 per page with Link headers, created, updated), the GraphQL `viewer`, and pull
 * requests' head commits. Every request is recorded so tests can assert what was called, and
 * `faults` makes chosen requests misbehave as real servers do: hang, drip bytes, or fail.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An account as REST shows it on a comment. */
export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
}

/** github-actions[bot] as github.com shows it. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/**
 * What the next request that `matches` gets instead of its answer (each fault is used once):
 * hang: headers never come; drip: headers, then a byte every 20 ms, never the end;
 * answer: this status, headers and JSON body; with `handled`, after doing what was asked (an answer lost on the way back).
 */
export type Fault = { matches?: (request: { method: string; path: string }) => boolean } & (
  | { kind: 'hang' }
  | { kind: 'drip' }
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: unknown; handled?: boolean }
);

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Comments per issue number, oldest first. */
  comments: Map<number, FakeComment[]>;
  /** Head commit per pull request number. */
  heads: Map<number, string>;
  /** The token's account: comments it writes show this user; GraphQL `viewer` answers its id and `viewerLogin` (default: its login). */
  identity: FakeUser;
  viewerLogin: string | null;
  /** Answer GraphQL with 403, as for a token that may not read its viewer. */
  graphqlForbidden: boolean;
  /** Answer 403 to comment creation and updates (a fork PR's read-only token). */
  readOnly: boolean;
  faults: Fault[];
  /** A comment by `user`; a login alone is a User account (a Bot when it ends in [bot]) with an id of its own. */
  addComment(issue: number, user: string | FakeUser, body: string): FakeComment;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  let baseUrl = '';
  const accounts = new Map<string, FakeUser>();
  const accountFor = (login: string): FakeUser => {
    if (!accounts.has(login)) accounts.set(login, { login, id: 500 + accounts.size, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
    return accounts.get(login) as FakeUser;
  };
  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    requests: [],
    comments: new Map(),
    heads: new Map(),
    identity: ACTIONS_BOT,
    viewerLogin: null,
    graphqlForbidden: false,
    readOnly: false,
    faults: [],
    addComment(issue, user, body) {
      const id = nextId++;
      const author = typeof user === 'string' ? accountFor(user) : user;
      const comment = { id, body, user: author, html_url: `https://github.test/owner/repo/pull/${issue}#issuecomment-${id}` };
      fake.comments.set(issue, [...(fake.comments.get(issue) ?? []), comment]);
      return comment;
    },
  };

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', baseUrl);
    const body = await readJson(request);
    fake.requests.push({ method: request.method ?? '', path: url.pathname + url.search, authorization: request.headers.authorization, body });
    let lostAnswer: Extract<Fault, { kind: 'answer' }> | null = null;
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      if (lostAnswer) [status, data, headers] = [lostAnswer.status, lostAnswer.body ?? { message: `fault ${lostAnswer.status}` }, lostAnswer.headers ?? {}];
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const forbidden = () => send(403, { message: 'Resource not accessible by integration' });

    const faultAt = fake.faults.findIndex((f) => f.matches?.({ method: request.method ?? '', path: url.pathname }) ?? true);
    if (faultAt !== -1) {
      const [fault] = fake.faults.splice(faultAt, 1);
      if (fault.kind === 'hang') return;
      if (fault.kind === 'drip') {
        response.writeHead(200, { 'content-type': 'application/json' });
        const drip = setInterval(() => response.write(' '), 20);
        response.on('close', () => clearInterval(drip));
        return;
      }
      if (fault.handled) lostAnswer = fault;
      else return send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    }

    if (request.method === 'POST' && url.pathname === '/graphql') {
      if (fake.graphqlForbidden) return forbidden();
      return send(200, { data: { viewer: { login: fake.viewerLogin ?? fake.identity.login, databaseId: fake.identity.id } } });
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match && request.method === 'GET') {
      const all = fake.comments.get(Number(match[1])) ?? [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < pages) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next", <${baseUrl}${url.pathname}?per_page=${perPage}&page=${pages}>; rel="last"`;
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if (match && request.method === 'POST') {
      if (fake.readOnly) return forbidden();
      return send(201, fake.addComment(Number(match[1]), fake.identity, (body as { body: string }).body));
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && request.method === 'PATCH') {
      if (fake.readOnly) return forbidden();
      const comment = [...fake.comments.values()].flat().find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(200, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (match && request.method === 'GET') {
      const sha = fake.heads.get(Number(match[1]));
      return sha ? send(200, { number: Number(match[1]), head: { sha } }) : send(404, { message: 'Not Found' });
    }
    send(404, { message: `fake GitHub has no ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // hung and dripping answers hold their connections open
        server.closeAllConnections();
      }),
  });
}

/** The comment-writing requests (POST/PATCH) recorded so far. */
export function writes(github: FakeGitHub): RecordedRequest[] {
  return github.requests.filter((request) => (request.method === 'POST' && request.path.includes('/comments')) || request.method === 'PATCH');
}
