/**
 * A small Hub client: a dataset repository's commit and file listing at a revision, and its files,
 * through the cache.
 *
 * Endpoints (as huggingface_hub's `hf_api.py` `dataset_info` and `file_download.py` use them):
 *   GET {HF_ENDPOINT}/api/datasets/{repo}/revision/{quote(revision)}?blobs=true
 *       → { sha, siblings: [{ rfilename, size, blobId, lfs?: { sha256, size } }] }
 *   GET {HF_ENDPOINT}/datasets/{repo}/resolve/{sha}/{path}   (see download.ts)
 *
 * Once a branch or tag has been resolved, the cache keeps answering with that commit (no request),
 * so every run on a machine, and every run restoring the same CI cache, reads the same data until
 * the cache is refreshed (`ftbench fetch-data --refresh`) or another revision is pinned.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { FtbenchError } from '../../errors.js';
import { writeFileAtomic } from '../../atomic-write.js';
import { cachedFilePath, integrityRecordFile, manifestFile, refFile, repoCacheDir } from './cache.js';
import { downloadToCache } from './download.js';
import {
  bodyText,
  DEFAULT_REQUEST_TIMEOUTS,
  DEFAULT_RETRY_POLICY,
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
import { cachedFileProblem, type ExpectedContent } from './integrity.js';
import { hubSettingsFromEnv, type HubSettings } from './settings.js';

export const DEFAULT_REVISION = 'main';

export interface HubFile {
  /** Path inside the repository. */
  path: string;
  size?: number;
  sha256?: string;
  blobId?: string;
}

/** Where on the Hub a repository lives: datasets (every task's data), or a Space (MT-Bench's data, see mt-bench/load.ts). */
export type HubRepoType = 'datasets' | 'spaces';

/** A dataset repository (or a Space) at one commit. */
export interface RepoSnapshot {
  repo: string;
  /** Absent for a dataset. */
  repoType?: 'spaces';
  sha: string;
  files: HubFile[];
}

export interface HubClientOptions extends Partial<HubSettings> {
  retry?: RetryPolicy;
  /** Re-resolve branch and tag names on the Hub instead of trusting the cache's earlier answer. */
  refresh?: boolean;
  /** How long one request may stay silent, and last in all, before it is dropped and retried. */
  timeouts?: Partial<RequestTimeouts>;
  fetchImpl?: typeof fetch;
  /** Receives one-line warnings, e.g. a damaged cached file that is downloaded again (default: stderr). */
  onWarning?: (message: string) => void;
}

const COMMIT_SHA = /^[0-9a-f]{40}$/;

export function isCommitSha(revision: string): boolean {
  return COMMIT_SHA.test(revision);
}

interface RevisionInfo {
  sha?: unknown;
  siblings?: { rfilename?: unknown; size?: unknown; blobId?: unknown; lfs?: { sha256?: unknown; size?: unknown } }[];
}

function snapshotFromApi(repo: string, body: RevisionInfo): RepoSnapshot {
  if (typeof body.sha !== 'string' || !isCommitSha(body.sha) || !Array.isArray(body.siblings)) {
    throw new FtbenchError(
      `The Hub's answer for dataset ${repo} has no commit sha and file listing.`,
      'Check HF_ENDPOINT: it must point at a Hugging Face Hub (or a mirror of its API).',
    );
  }
  const files = body.siblings
    .filter((s) => typeof s.rfilename === 'string')
    .map(
      (s): HubFile => ({
        path: s.rfilename as string,
        ...(typeof s.size === 'number' ? { size: s.size } : {}),
        ...(typeof s.lfs?.sha256 === 'string' ? { sha256: s.lfs.sha256 } : {}),
        ...(typeof s.blobId === 'string' ? { blobId: s.blobId } : {}),
      }),
    );
  return { repo, sha: body.sha, files };
}

function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readText(file) ?? 'null') ?? undefined;
  } catch {
    return undefined; // written atomically, so only damage from outside gets here: fetch again
  }
}

export const PREFETCH_HINT =
  'Pre-fetch where the Hub is reachable with `ftbench fetch-data --tasks <the same tasks>`, then copy the cache directory ' +
  '(FTBENCH_CACHE_DIR, default $HF_HOME/ftbench) to this machine; or unset HF_HUB_OFFLINE.';

export class HubClient {
  readonly settings: HubSettings;
  private readonly retry: RetryPolicy;
  private readonly refresh: boolean;
  private readonly fetchImpl: typeof fetch;
  private readonly timeouts: RequestTimeouts;
  private readonly warn: (message: string) => void;
  /** One answer per repo@revision per process, so every task of a run reads the same commit. */
  private readonly snapshots = new Map<string, Promise<RepoSnapshot>>();

  constructor(options: HubClientOptions = {}) {
    const { retry, refresh, fetchImpl, timeouts, onWarning, ...settings } = options;
    const fromEnv = hubSettingsFromEnv();
    this.settings = { ...fromEnv, ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) };
    this.retry = retry ?? DEFAULT_RETRY_POLICY;
    this.refresh = refresh ?? false;
    this.fetchImpl = fetchImpl ?? fetch;
    this.timeouts = { ...DEFAULT_REQUEST_TIMEOUTS, ...timeouts };
    this.warn = onWarning ?? ((message) => console.warn(`ftbench: ${message}`));
  }

  snapshot(repo: string, revision: string = DEFAULT_REVISION, repoType: HubRepoType = 'datasets'): Promise<RepoSnapshot> {
    const key = `${repoType}/${repo}@${revision}`;
    let pending = this.snapshots.get(key);
    if (!pending) {
      pending = this.loadSnapshot(repo, revision, repoType);
      pending.catch(() => this.snapshots.delete(key));
      this.snapshots.set(key, pending);
    }
    return pending;
  }

  /** The commit and listing from the cache alone, or undefined. */
  cachedSnapshot(repo: string, revision: string, repoType: HubRepoType = 'datasets'): RepoSnapshot | undefined {
    const repoDir = repoCacheDir(this.settings.cacheDir, repo, repoType);
    const sha = isCommitSha(revision) ? revision : readText(refFile(repoDir, revision))?.trim();
    if (!sha || !isCommitSha(sha)) return undefined;
    const manifest = readJson<RepoSnapshot>(manifestFile(repoDir, sha));
    return manifest?.sha === sha && Array.isArray(manifest.files) ? manifest : undefined;
  }

  private async loadSnapshot(repo: string, revision: string, repoType: HubRepoType): Promise<RepoSnapshot> {
    const cached = this.refresh && !isCommitSha(revision) ? undefined : this.cachedSnapshot(repo, revision, repoType);
    if (cached) return cached;
    if (this.settings.offline) {
      throw new FtbenchError(
        `HF_HUB_OFFLINE is set and the cache has no listing of dataset ${repo} at revision "${revision}" (cache: ${this.settings.cacheDir}).`,
        PREFETCH_HINT,
      );
    }
    const url = `${this.settings.endpoint}/api/${repoType}/${repo}/revision/${encodeURIComponent(revision)}?blobs=true`;
    const subject = this.subject(repo, revision);
    const body = await withRetries(this.retry, `Looking up dataset ${repo} at revision "${revision}"`, async () => {
      const clock = requestSignal(this.timeouts);
      try {
        const response = await fetchTransient(this.fetchImpl, url, { headers: this.authHeaders(), signal: clock.signal });
        if (!response.ok) {
          await response.body?.cancel();
          throw hubResponseError(response, subject);
        }
        const text = await bodyText(response, clock.touch).catch((error: unknown) => {
          throw new TransientError(`the listing was cut off (${networkReason(error)})`);
        });
        try {
          return JSON.parse(text) as RevisionInfo;
        } catch (error) {
          throw new FtbenchError(`The Hub's answer for dataset ${repo} is not JSON (${(error as Error).message}).`, 'Check HF_ENDPOINT.');
        }
      } finally {
        clock.clear();
      }
    });
    const snapshot = { ...snapshotFromApi(repo, body), ...(repoType === 'spaces' ? { repoType } : {}) };
    const repoDir = repoCacheDir(this.settings.cacheDir, repo, repoType);
    writeFileAtomic(manifestFile(repoDir, snapshot.sha), `${JSON.stringify(snapshot)}\n`);
    if (!isCommitSha(revision)) writeFileAtomic(refFile(repoDir, revision), `${snapshot.sha}\n`);
    return snapshot;
  }

  /** Where a file of a snapshot lives in the cache (whether or not it is there yet). */
  cachedPath(snapshot: RepoSnapshot, file: HubFile): string {
    return cachedFilePath(repoCacheDir(this.settings.cacheDir, snapshot.repo, snapshot.repoType), snapshot.sha, file.path);
  }

  /**
   * The file's local path, downloaded first unless cached. A cached file is checked against its
   * integrity record on every use; one that fails is downloaded again (offline: an error).
   */
  async download(snapshot: RepoSnapshot, file: HubFile): Promise<string> {
    const repoDir = repoCacheDir(this.settings.cacheDir, snapshot.repo, snapshot.repoType);
    const target = this.cachedPath(snapshot, file);
    const record = integrityRecordFile(repoDir, snapshot.sha, file.path);
    const expected: ExpectedContent = { size: file.size, sha256: file.sha256, gitBlobId: file.sha256 ? undefined : file.blobId };
    const where = `${file.path} of dataset ${snapshot.repo}@${snapshot.sha}`;
    if (existsSync(target)) {
      const problem = await cachedFileProblem(target, record, expected);
      if (problem === undefined) return target;
      if (this.settings.offline) {
        throw new FtbenchError(
          `HF_HUB_OFFLINE is set and the cached ${where} is not what was downloaded (${problem}): ${target}.`,
          'Delete it and fetch it again where the Hub is reachable (ftbench fetch-data --tasks …), then copy the cache over; or unset HF_HUB_OFFLINE.',
        );
      }
      this.warn(`the cached ${where} is not what was downloaded (${problem}); downloading it again`);
      rmSync(target, { force: true });
      rmSync(record, { force: true });
    } else if (this.settings.offline) {
      throw new FtbenchError(`HF_HUB_OFFLINE is set and ${where} is not cached (expected at ${target}).`, PREFETCH_HINT);
    }
    const encodedPath = file.path.split('/').map(encodeURIComponent).join('/');
    await downloadToCache({
      url: `${this.settings.endpoint}/${snapshot.repoType ?? 'datasets'}/${snapshot.repo}/resolve/${snapshot.sha}/${encodedPath}`,
      target,
      record,
      sha: snapshot.sha,
      expected,
      token: this.settings.token,
      subject: { ...this.subject(snapshot.repo, snapshot.sha), path: file.path },
      retry: this.retry,
      fetchImpl: this.fetchImpl,
      timeouts: this.timeouts,
    });
    return target;
  }

  private authHeaders(): Record<string, string> {
    return this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {};
  }

  private subject(repo: string, revision: string): HubSubject {
    return { endpoint: this.settings.endpoint, repo, revision, hasToken: this.settings.token !== undefined };
  }
}
