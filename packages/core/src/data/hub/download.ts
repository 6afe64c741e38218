/**
 * One file from the Hub into the cache: resumable, verified, atomic.
 *
 * As huggingface_hub's `file_download.py` does: the `resolve` URL is requested without following
 * redirects, so the Hub's own metadata headers can be read (`X-Repo-Commit`; for LFS files, which
 * is every parquet file, `X-Linked-Etag` = the sha256 of the content and `X-Linked-Size`) before
 * the redirect to the content server is followed, without the Authorization header when it leaves
 * the Hub's origin. Bytes go to `<file>.incomplete`; after a dropped connection the next try asks
 * for the rest with `Range: bytes=<have>-`. Only a file whose size and hash match what the Hub
 * announced is renamed into place, after its integrity record (size, sha256) is written.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { FtbenchError } from '../../errors.js';
import { fsyncDir } from '../../atomic-write.js';
import { digestFile, digestMismatch, writeIntegrityRecord, type ExpectedContent } from './integrity.js';
import {
  fetchTransient,
  hubResponseError,
  networkReason,
  requestSignal,
  TransientError,
  withRetries,
  type HubSubject,
  type RequestTimeouts,
  type RetryPolicy,
} from './http.js';
import { makeDirs } from '../../fs-errors.js';

export interface DownloadRequest {
  url: string;
  target: string;
  /** Where the integrity record of `target` goes. */
  record: string;
  /** The commit the file is read at; the Hub's X-Repo-Commit must agree. */
  sha: string;
  expected: ExpectedContent;
  token?: string;
  subject: HubSubject;
  retry: RetryPolicy;
  fetchImpl: typeof fetch;
  timeouts: RequestTimeouts;
}

const MAX_REDIRECTS = 5;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const SHA1_HEX = /^[0-9a-f]{40}$/;

/** `"abc"` or `W/"abc"` → `abc` (huggingface_hub's `_normalize_etag`). */
function normalizeEtag(value: string | null): string | undefined {
  return value ? value.replace(/^W\//, '').replace(/^"|"$/g, '') : undefined;
}

/** Fills what the listing did not say from the Hub's headers. */
function expectedFromHeaders(headers: Headers, known: ExpectedContent): ExpectedContent {
  const linkedEtag = normalizeEtag(headers.get('x-linked-etag'));
  const etag = normalizeEtag(headers.get('etag'));
  const linkedSize = headers.get('x-linked-size');
  return {
    size: known.size ?? (linkedSize !== null ? Number(linkedSize) : undefined),
    sha256: known.sha256 ?? (linkedEtag && SHA256_HEX.test(linkedEtag) ? linkedEtag : undefined),
    gitBlobId: known.gitBlobId ?? (!linkedEtag && etag && SHA1_HEX.test(etag) ? etag : undefined),
  };
}

/** Total size from a 200's Content-Length or a 206's Content-Range ("bytes 10-99/100"). */
function totalSizeOf(response: Response): number | undefined {
  const range = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  if (range) return Number(range[1]);
  const length = response.headers.get('content-length');
  return response.status === 200 && length !== null ? Number(length) : undefined;
}

function rangeStartOf(response: Response): number | undefined {
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * GET with manual redirects: the first hop is the Hub (its headers carry the metadata), later hops
 * may be a CDN that must not receive the token.
 */
async function getFollowing(
  request: DownloadRequest,
  range: string | undefined,
  signal: AbortSignal,
): Promise<{ response: Response; expected: ExpectedContent }> {
  let url = request.url;
  let expected = request.expected;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const sameOrigin = new URL(url).origin === new URL(request.url).origin;
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    if (range) headers.range = range;
    if (request.token && sameOrigin) headers.authorization = `Bearer ${request.token}`;
    const response = await fetchTransient(request.fetchImpl, url, { headers, redirect: 'manual', signal });
    const commit = response.headers.get('x-repo-commit');
    if (commit && commit !== request.sha) {
      throw new FtbenchError(
        `${request.subject.endpoint} served commit ${commit} when asked for ${request.sha} (file ${request.subject.path}).`,
        'Check HF_ENDPOINT: a mirror must serve the commit it is asked for.',
      );
    }
    expected = expectedFromHeaders(response.headers, expected);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url).href;
      continue;
    }
    return { response, expected };
  }
  throw new TransientError(`more than ${MAX_REDIRECTS} redirects`);
}

async function appendBody(response: Response, file: string, append: boolean, onData: () => void): Promise<void> {
  const handle = await open(file, append ? 'a' : 'w');
  let written = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body) {
        onData();
        await handle.write(chunk);
        written += chunk.byteLength;
      }
    }
    await handle.sync();
  } catch (error) {
    await handle.sync().catch(() => undefined);
    throw new TransientError(`connection dropped after ${written} bytes (${networkReason(error)}); the next try resumes`);
  } finally {
    await handle.close();
  }
}

async function downloadAttempt(request: DownloadRequest): Promise<void> {
  const partial = `${request.target}.incomplete`;
  const have = existsSync(partial) ? statSync(partial).size : 0;
  let expected = request.expected;
  if (expected.size === undefined || have < expected.size) {
    const clock = requestSignal(request.timeouts);
    try {
      expected = await fetchInto(request, partial, have, clock);
    } finally {
      clock.clear();
    }
  }
  const digest = await digestFile(partial);
  const problem = digestMismatch(digest, expected);
  if (problem) {
    rmSync(partial, { force: true });
    throw new TransientError(`integrity check failed (${problem}); downloading again`);
  }
  // The record first: a file in place always has one (a record left without its file is rewritten).
  writeIntegrityRecord(request.record, digest);
  renameSync(partial, request.target);
  fsyncDir(path.dirname(request.target));
}

/** One GET into the partial file (resuming after `have` bytes); returns what the file must be. */
async function fetchInto(request: DownloadRequest, partial: string, have: number, clock: ReturnType<typeof requestSignal>): Promise<ExpectedContent> {
  const fetched = await getFollowing(request, have > 0 ? `bytes=${have}-` : undefined, clock.signal);
  const { response } = fetched;
  if (response.status === 416) {
    await response.body?.cancel();
    rmSync(partial, { force: true });
    throw new TransientError('the server refused to resume the partial download; starting over');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw hubResponseError(response, request.subject);
  }
  // A server that ignores Range answers 200 with the whole file: start over rather than append.
  const resumes = have > 0 && response.status === 206 && rangeStartOf(response) === have;
  await appendBody(response, partial, resumes, clock.touch);
  return { ...fetched.expected, size: fetched.expected.size ?? totalSizeOf(response) };
}

/** Downloads `url` to `target` (which the caller found absent). */
export async function downloadToCache(request: DownloadRequest): Promise<void> {
  makeDirs(path.dirname(request.target));
  const { repo, path: file } = request.subject;
  await withRetries(request.retry, `Downloading ${file} of dataset ${repo}`, () => downloadAttempt(request));
}
