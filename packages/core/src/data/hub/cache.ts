/**
 * The on-disk dataset cache. One folder per dataset repository:
 *
 *   datasets--<org>--<name>/refs/<revision>                  the commit sha a branch or tag resolved to
 *   datasets--<org>--<name>/snapshots/<sha>/manifest.json    the repository's file listing at that commit
 *   datasets--<org>--<name>/snapshots/<sha>/files/<path>     downloaded files, verified
 *   datasets--<org>--<name>/snapshots/<sha>/files/<path>.incomplete   a download in progress (resumable)
 *   datasets--<org>--<name>/snapshots/<sha>/integrity/<path>.json     size and sha256 the download was verified with
 *
 * A commit's files never change, so everything under snapshots/<sha> is valid forever; a file is
 * still checked against its integrity record each time it is used (integrity.ts), since a cache
 * can be damaged or tampered with after the download. Every file is written aside and renamed into
 * place, so a reader never sees half of one.
 */
import path from 'node:path';
import { FtbenchError } from '../../errors.js';

const REPO_ID = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;

export function assertRepoId(repo: string): void {
  if (!REPO_ID.test(repo) || repo.includes('..')) {
    throw new FtbenchError(`"${repo}" is not a Hub dataset name.`, 'Name datasets as on the Hub: organisation/name, e.g. cais/mmlu.');
  }
}

/** Repository paths come from the Hub's listing; refuse any that would step outside the cache. */
function safeSegments(repoPath: string): string[] {
  const segments = repoPath.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) {
    throw new FtbenchError(`Refusing the repository path "${repoPath}": it would leave the dataset cache.`);
  }
  return segments;
}

/** A dataset's folder (`datasets--org--name`), or a Space's (`spaces--org--name`). */
export function repoCacheDir(cacheDir: string, repo: string, repoType: 'datasets' | 'spaces' = 'datasets'): string {
  assertRepoId(repo);
  return path.join(cacheDir, `${repoType}--${repo.split('/').join('--')}`);
}

export function refFile(repoDir: string, revision: string): string {
  return path.join(repoDir, 'refs', encodeURIComponent(revision));
}

export function snapshotDir(repoDir: string, sha: string): string {
  return path.join(repoDir, 'snapshots', sha);
}

export function manifestFile(repoDir: string, sha: string): string {
  return path.join(snapshotDir(repoDir, sha), 'manifest.json');
}

export function cachedFilePath(repoDir: string, sha: string, repoPath: string): string {
  return path.join(snapshotDir(repoDir, sha), 'files', ...safeSegments(repoPath));
}

/** The integrity record of a cached file: its own tree, so no repository path can collide with it. */
export function integrityRecordFile(repoDir: string, sha: string, repoPath: string): string {
  const segments = safeSegments(repoPath);
  segments[segments.length - 1] += '.json';
  return path.join(snapshotDir(repoDir, sha), 'integrity', ...segments);
}
