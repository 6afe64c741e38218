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
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FtbenchError } from '../../errors.js';
import { makeDirs } from '../../fs-errors.js';

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

export function repoCacheDir(cacheDir: string, repo: string): string {
  assertRepoId(repo);
  return path.join(cacheDir, `datasets--${repo.split('/').join('--')}`);
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

/** Makes a rename or a new file in `dir` survive a power cut (a no-op where directories cannot be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes aside, flushes, renames over `file`: readers see the old content or the new, never a mix. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  makeDirs(path.dirname(file));
  const aside = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(aside, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(aside, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(aside, file);
  fsyncDir(path.dirname(file));
}
