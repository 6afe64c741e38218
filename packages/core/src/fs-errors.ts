/**
 * File-system failures the user can fix (a read-only folder, a full disk, a file where a folder
 * should be), turned into one readable line instead of a stack trace; and the probes that find
 * them before hours of scoring rather than after.
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { FtbenchError } from './errors.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** Failures of the machine, not of ftbench: a folder or disk that cannot take the write. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR']);

/** Node's error for a file-system call on a path that cannot be written (it sets code, syscall, path). */
export function isUnwritablePathError(error: unknown): error is NodeJS.ErrnoException & { code: string; path: string } {
  const e = error as NodeJS.ErrnoException | undefined;
  return typeof e?.code === 'string' && UNWRITABLE.has(e.code) && typeof e.path === 'string';
}

/** "permission denied", "no space left on device", ... (Node's own message for codes not listed). */
export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (error as Error).message;
}

/**
 * mkdir -p that reports why it failed. Node's recursive mkdir answers ENOENT when a folder cannot
 * be created on a read-only file system; creating the first missing folder alone gives the real
 * code (EROFS, EACCES), which the one-line errors above can name.
 */
export function makeDirs(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = path.resolve(dir);
    while (!existsSync(path.dirname(missing))) missing = path.dirname(missing);
    mkdirSync(missing);
    throw error;
  }
}

/**
 * Creates `dir` if needed and proves a file can be created in it (as root, permission bits say
 * nothing: only trying tells). Throws an FtbenchError naming `dir` and `what` it is for.
 */
export function assertWritableDir(dir: string, what: string, hint: string): void {
  const probe = path.join(dir, `.ftbench-write-probe-${process.pid}`);
  try {
    makeDirs(dir);
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch (error) {
    throw new FtbenchError(`cannot write to the ${what} ${dir}: ${fileSystemReason(error)}`, hint);
  }
}

/**
 * Checks, before any scoring, that `file` can be written later: not a folder, an existing file
 * opens for writing (without truncating it), a new one can be created (and its folders).
 */
export function assertWritableFile(file: string, what: string, hint: string): void {
  const fail = (reason: string): never => {
    throw new FtbenchError(`cannot write the ${what} to ${file}: ${reason}`, hint);
  };
  let stats: Stats | undefined;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(fileSystemReason(error));
  }
  if (stats?.isDirectory()) fail('it is a folder; name a file inside it');
  try {
    if (stats) {
      closeSync(openSync(file, 'r+'));
    } else {
      makeDirs(path.dirname(path.resolve(file)));
      closeSync(openSync(file, 'wx'));
      rmSync(file, { force: true });
    }
  } catch (error) {
    fail(fileSystemReason(error));
  }
}
