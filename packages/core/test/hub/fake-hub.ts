/**
 * A Hugging Face Hub on 127.0.0.1 with the endpoints ftbench uses, answering as the real Hub does
 * (huggingface_hub `hf_api.py` / `file_download.py` conventions):
 *   GET /api/datasets/{repo}/revision/{revision}?blobs=true  → { id, sha, siblings: [{ rfilename, size, blobId, lfs? }] }
 *   GET /datasets/{repo}/resolve/{revision}/{path}
 *   (and the same under /api/spaces/ and /spaces/ for a Space, keyed `spaces/{repo}`)
 *       files in git (suites, README): 200 with ETag = git blob id
 *       LFS files (parquet): 302 to a separate content server (another origin) with X-Linked-Etag = sha256
 *       and X-Linked-Size; every answer carries X-Repo-Commit
 *   errors: 401 RepoNotFound (unknown or private repo, no token), 401/403 GatedRepo, 404 RevisionNotFound,
 *   all with the X-Error-Code header
 * The content server honours Range. Faults can be queued to make requests fail, drop, stall, drip,
 * hang (accept the connection and never answer) or lie.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

export interface FakeRepo {
  /** Files per commit sha. */
  commits: Record<string, Record<string, Uint8Array | string>>;
  /** Branches and tags → sha (e.g. main, refs/convert/parquet). */
  refs: Record<string, string>;
  access?: 'public' | 'gated' | 'private';
}

export interface LoggedRequest {
  server: 'hub' | 'cdn';
  path: string;
  range?: string;
  authorization?: string;
  /** 0: never answered (a hang). */
  status: number;
  /** When it was logged (performance.now()): after the answer's headers. */
  at: number;
}

export type FaultKind = 'status-503' | 'status-429' | 'drop-mid-file' | 'stall-mid-file' | 'drip' | 'hang' | 'corrupt';

export interface Fault {
  kind: FaultKind;
  server: 'hub' | 'cdn';
  /** Applies to requests whose path contains this. */
  pathIncludes: string;
  /** How many times it fires. */
  times: number;
  /** status-429: the Retry-After header sent (default "0"). */
  retryAfter?: string;
}

export interface FakeHub {
  endpoint: string;
  requests: LoggedRequest[];
  faults: Fault[];
  close(): Promise<void>;
}

export const sha1 = (data: Uint8Array): string => createHash('sha1').update(data).digest('hex');
export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const gitBlobId = (data: Uint8Array): string => createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
const isLfs = (path: string): boolean => path.endsWith('.parquet');
const bytesOf = (content: Uint8Array | string): Uint8Array => (typeof content === 'string' ? Buffer.from(content) : content);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function takeFault(faults: Fault[], server: Fault['server'], path: string): Fault | undefined {
  const fault = faults.find((f) => f.times > 0 && f.server === server && path.includes(f.pathIncludes));
  if (fault) fault.times--;
  return fault;
}

/** A byte every 50 ms: never silent for long, never done soon. */
const DRIP_INTERVAL_MS = 50;

function drip(res: ServerResponse, body: Buffer): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= body.length) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(body.subarray(sent, ++sent));
  }, DRIP_INTERVAL_MS);
  res.on('close', () => clearInterval(timer));
}

/** Bytes with Range support; faults may cut the connection half-way or flip a byte. */
function serveBytes(req: IncomingMessage, res: ServerResponse, data: Uint8Array, headers: Record<string, string>, fault: FaultKind | undefined): number {
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const start = range ? Number(range[1]) : 0;
  if (start > data.length) {
    res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
    return 416;
  }
  const body = Buffer.from(data.subarray(start));
  if (fault === 'corrupt') body[body.length - 1] ^= 0xff;
  const status = range ? 206 : 200;
  res.writeHead(status, {
    ...headers,
    'accept-ranges': 'bytes',
    'content-length': String(body.length),
    ...(range ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {}),
  });
  if (fault === 'stall-mid-file') {
    res.write(body.subarray(0, Math.floor(body.length / 2))); // and then nothing, connection open
  } else if (fault === 'drip') {
    drip(res, body);
  } else if (fault === 'drop-mid-file') {
    // Half the body reaches the client, then the connection dies. The pause lets the client read
    // what arrived: a fetch body stream that errors discards chunks it has not handed out yet.
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 100));
  } else {
    res.end(body);
  }
  return status;
}

export async function startFakeHub(repos: Record<string, FakeRepo>, options: { token?: string } = {}): Promise<FakeHub> {
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const blobs = new Map<string, Uint8Array>();
  for (const repo of Object.values(repos)) {
    for (const files of Object.values(repo.commits)) for (const content of Object.values(files)) blobs.set(sha256(bytesOf(content)), bytesOf(content));
  }

  const cdn = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const taken = takeFault(faults, 'cdn', path);
    const fault = taken?.kind;
    const data = blobs.get(path.slice(1));
    let status: number;
    if (fault === 'hang') {
      status = 0;
    } else if (fault === 'status-503' || fault === 'status-429') {
      status = fault === 'status-503' ? 503 : 429;
      res.writeHead(status, status === 429 ? { 'retry-after': taken?.retryAfter ?? '0' } : {}).end();
    } else if (!data) {
      status = 404;
      res.writeHead(404).end();
    } else {
      status = serveBytes(req, res, data, {}, fault);
    }
    requests.push({ server: 'cdn', path, range: req.headers.range, authorization: req.headers.authorization, status, at: performance.now() });
  });
  const cdnUrl = await listen(cdn);

  const hub = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const log = (status: number) =>
      requests.push({ server: 'hub', path, range: req.headers.range, authorization: req.headers.authorization, status, at: performance.now() });
    const fail = (status: number, code?: string, headers: Record<string, string> = {}) => {
      res
        .writeHead(status, { 'content-type': 'application/json', ...(code ? { 'x-error-code': code } : {}), ...headers })
        .end(JSON.stringify({ error: code ?? 'error' }));
      log(status);
    };
    const taken = takeFault(faults, 'hub', path);
    const fault = taken?.kind;
    if (fault === 'hang') return log(0);
    if (fault === 'status-503') return fail(503);
    if (fault === 'status-429') return fail(429, undefined, { 'retry-after': taken?.retryAfter ?? '0' });

    // A Space's repository is keyed `spaces/org/name` in `repos`; a dataset's `org/name`.
    const api = /^\/api\/(datasets|spaces)\/([^/]+\/[^/]+)\/revision\/(.+)$/.exec(url.pathname);
    const resolve = /^\/(datasets|spaces)\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
    const found = api ?? resolve;
    if (!found) return fail(404);
    const match = [found[0], ...found.slice(2)];
    const repoId = found[1] === 'spaces' ? `spaces/${match[1]}` : match[1];
    const repo = repos[repoId];
    const auth = req.headers.authorization;
    const authorized = options.token !== undefined && auth === `Bearer ${options.token}`;
    if (!repo || (repo.access === 'private' && !authorized)) return fail(auth ? 404 : 401, 'RepoNotFound');
    if (repo.access === 'gated' && !authorized) return fail(auth ? 403 : 401, 'GatedRepo');
    const revision = decodeURIComponent(match[2]);
    const sha = repo.refs[revision] ?? (repo.commits[revision] ? revision : undefined);
    if (!sha) return fail(404, 'RevisionNotFound');
    const files = repo.commits[sha];

    if (api) {
      const siblings = Object.entries(files).map(([rfilename, content]) => {
        const data = bytesOf(content);
        return isLfs(rfilename)
          ? {
              rfilename,
              size: data.length,
              blobId: sha1(Buffer.from(`pointer ${rfilename}`)),
              lfs: { sha256: sha256(data), size: data.length, pointerSize: 134 },
            }
          : { rfilename, size: data.length, blobId: gitBlobId(data) };
      });
      const listing = Buffer.from(JSON.stringify({ id: repoId, sha, private: repo.access === 'private', siblings }));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(listing.length) });
      if (fault === 'drip') drip(res, listing);
      else res.end(listing);
      return log(200);
    }
    const filePath = decodeURIComponent(match[3]);
    const content = files[filePath];
    if (content === undefined) return fail(404, 'EntryNotFound');
    const data = bytesOf(content);
    if (isLfs(filePath)) {
      res
        .writeHead(302, {
          location: `${cdnUrl}/${sha256(data)}`,
          'x-repo-commit': sha,
          'x-linked-etag': `"${sha256(data)}"`,
          'x-linked-size': String(data.length),
          etag: `"${sha1(Buffer.from(`pointer ${filePath}`))}"`,
        })
        .end();
      return log(302);
    }
    log(serveBytes(req, res, data, { 'x-repo-commit': sha, etag: `"${gitBlobId(data)}"` }, fault));
  });
  const endpoint = await listen(hub);

  return {
    endpoint,
    requests,
    faults,
    close: async () => {
      for (const server of [hub, cdn]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

/** Points the Hub settings at `hub` (no token, online) with ftbench's cache in `cacheDir`; undo with vi.unstubAllEnvs(). */
export function useFakeHub(hub: FakeHub, cacheDir: string): void {
  vi.stubEnv('HF_ENDPOINT', hub.endpoint);
  vi.stubEnv('HF_TOKEN', '');
  vi.stubEnv('HF_HUB_OFFLINE', '');
  vi.stubEnv('FTBENCH_CACHE_DIR', cacheDir);
}
