/**
 * A stand-in for the GitHub Actions cache service v2, on 127.0.0.1, implementing what
 * @actions/cache 6 calls (node_modules/@actions/cache/lib): the twirp CacheService
 * (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL, JSON with proto field
 * names) and the blob storage behind the signed URLs it hands out, as the Azure SDK uses it
 * (single-shot PUT upload, HEAD for the size, ranged GETs for the download). Faults can be queued
 * per call: a status (with Retry-After), a hang (the request is read and never answered) or a
 * drip (a download that sends a byte now and then).
 *
 * The environment that points @actions/cache at it: `env()`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const RUNTIME_TOKEN = 'fake-runtime-token';

export interface CacheEntry {
  key: string;
  version: string;
  data: Buffer | null;
  finalized: boolean;
  /** Creation order: a prefix restore returns the newest. */
  serial: number;
}

export interface CacheFault {
  /** A twirp method (`CreateCacheEntry`) or a blob operation (`GET blob`, `PUT blob`). */
  call: string;
  kind: 'hang' | 'drip' | { status: number; retryAfter?: string };
  times: number;
}

export interface FakeCache {
  url: string;
  entries: CacheEntry[];
  faults: CacheFault[];
  /** Twirp method names and blob operations, in order, e.g. `CreateCacheEntry`, `PUT blob`. */
  calls: string[];
  /** Authorization headers that were not the runtime token (should stay empty). */
  badAuth: string[];
  env(): Record<string, string>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeCache(): Promise<FakeCache> {
  let baseUrl = '';
  let serial = 0;
  const entries: CacheEntry[] = [];
  const calls: string[] = [];
  const badAuth: string[] = [];
  const faults: CacheFault[] = [];
  const takeFault = (call: string) => {
    const fault = faults.find((f) => f.times > 0 && f.call === call);
    if (fault) fault.times--;
    return fault?.kind;
  };
  /** Answers the fault, if one is queued for this call; whether it did. */
  const faulted = (call: string, response: ServerResponse, body: Buffer): boolean => {
    const fault = takeFault(call);
    if (fault === undefined) return false;
    if (fault === 'hang') return true;
    if (fault === 'drip') {
      // A byte every 50 ms, never the last one: silence never lasts, the answer never ends.
      response.writeHead(200, { 'content-length': String(body.length + 1) });
      let sent = 0;
      const timer = setInterval(() => (sent < body.length ? response.write(body.subarray(sent, ++sent)) : clearInterval(timer)), 50);
      response.on('close', () => clearInterval(timer));
      return true;
    }
    response.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
    response.end(JSON.stringify({ code: 'fault', msg: `fake cache fault ${fault.status}` }));
    return true;
  };
  const blobUrl = (entry: CacheEntry) => `${baseUrl}/blob/devstoreaccount1/cache/${entry.serial}?sig=fake`;

  function twirp(method: string, request: Record<string, unknown>): Record<string, unknown> {
    const version = String(request.version);
    switch (method) {
      case 'CreateCacheEntry': {
        if (entries.some((entry) => entry.key === request.key && entry.version === version)) {
          return { ok: false, message: `cache entry ${String(request.key)} already exists` };
        }
        const entry: CacheEntry = { key: String(request.key), version, data: null, finalized: false, serial: ++serial };
        entries.push(entry);
        return { ok: true, signed_upload_url: blobUrl(entry) };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === request.key && e.version === version && e.data !== null);
        if (!entry || entry.data?.length !== Number(request.size_bytes)) return { ok: false, message: 'upload incomplete' };
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.serial) };
      }
      case 'GetCacheEntryDownloadURL': {
        const usable = entries.filter((e) => e.finalized && e.version === version);
        const exact = usable.find((e) => e.key === request.key);
        const byPrefix = ((request.restore_keys as string[] | undefined) ?? [])
          .map((prefix) => usable.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.serial - a.serial)[0])
          .find((e) => e !== undefined);
        const hit = exact ?? byPrefix;
        return hit ? { ok: true, signed_download_url: blobUrl(hit), matched_key: hit.key } : { ok: false };
      }
      default:
        throw new Error(`fake cache has no twirp method ${method}`);
    }
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', baseUrl);
    const body = await readBody(request);
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      const method = url.pathname.slice(TWIRP_PREFIX.length);
      calls.push(method);
      if (request.headers.authorization !== `Bearer ${RUNTIME_TOKEN}`) badAuth.push(String(request.headers.authorization));
      if (faulted(method, response, Buffer.alloc(0))) return;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(twirp(method, JSON.parse(body.toString('utf8')))));
      return;
    }
    const blob = /^\/blob\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname);
    const entry = blob ? entries.find((e) => e.serial === Number(blob[1])) : undefined;
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    calls.push(`${request.method} blob`);
    if (faulted(`${request.method} blob`, response, entry.data ?? Buffer.alloc(0))) return;
    if (request.method === 'PUT') {
      // Archives above the SDK's 128 MiB single-shot size would come as blocks; the test archives never do.
      if (url.searchParams.has('comp')) {
        response.writeHead(400).end('block uploads are not implemented by the fake');
        return;
      }
      entry.data = body;
      response.writeHead(201, { etag: `"${entry.serial}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    const data = entry.data ?? Buffer.alloc(0);
    const headers = { 'x-ms-blob-type': 'BlockBlob', 'accept-ranges': 'bytes', etag: `"${entry.serial}"`, 'last-modified': new Date().toUTCString() };
    if (request.method === 'HEAD') {
      response.writeHead(200, { ...headers, 'content-length': String(data.length) }).end();
      return;
    }
    const range = /bytes=(\d+)-(\d*)/.exec(String(request.headers['x-ms-range'] ?? request.headers.range ?? ''));
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
    const slice = data.subarray(start, end + 1);
    response.writeHead(range ? 206 : 200, {
      ...headers,
      'content-length': String(slice.length),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${data.length}` } : {}),
    });
    response.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    entries,
    faults,
    calls,
    badAuth,
    env: () => cacheServiceEnv(baseUrl),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // hung and dripping requests included
      }),
  };
}

/** What a runner sets for @actions/cache to use the v2 service at `url`. */
export function cacheServiceEnv(url: string): Record<string, string> {
  return {
    ACTIONS_RESULTS_URL: `${url}/`,
    ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    // github.com: the v2 service applies (GHES falls back to v1).
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

/** A URL on which nothing listens: a cache service that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
