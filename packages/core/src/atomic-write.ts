/**
 * The one way ftbench replaces a file that others read (caches, checkpoints): written aside,
 * flushed, renamed over the target, and the folder flushed, so a reader sees the old content or
 * the new, never a mix, and a power cut keeps one of them.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { makeDirs } from './fs-errors.js';

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

/** Writes aside, flushes, renames over `file`, flushes its folder. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  makeDirs(path.dirname(file));
  const aside = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const fd = openSync(aside, 'w');
  try {
    // One write may take less than all of a large buffer.
    for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written);
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
