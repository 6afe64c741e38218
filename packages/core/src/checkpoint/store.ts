/**
 * An append-only checkpoint of scored requests: one JSON line per request,
 * `{"k": <request key>, "v": <result>, "c": <checksum of k and v>}`, appended in batches that are
 * fsync'd before the batch counts as done.
 *
 * A process killed mid-write leaves at most a torn last line (no newline, or bytes that fail to
 * parse or to match their checksum). Opening the file drops every such record, rewrites the file
 * without them (aside, then renamed over it) and goes on appending after the last good one.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeFileAtomic } from '../atomic-write.js';
import { FtbenchError } from '../errors.js';
import { fileSystemReason, isUnwritablePathError, makeDirs } from '../fs-errors.js';
import { sha256Hex } from '../hash.js';

/** A scored request; the value is whatever the scorer returned, stored as JSON. */
export interface CheckpointRecord {
  key: string;
  value: unknown;
}

function checksum(key: string, valueJson: string): string {
  return sha256Hex(`${key}\u0000${valueJson}`).slice(0, 16);
}

export function encodeRecord(record: CheckpointRecord): string {
  const valueJson = JSON.stringify(record.value);
  return `{"k":${JSON.stringify(record.key)},"v":${valueJson},"c":"${checksum(record.key, valueJson)}"}\n`;
}

/** The record a line holds, or undefined when the line is damaged. */
function decodeLine(line: string): CheckpointRecord | undefined {
  let parsed: { k?: unknown; v?: unknown; c?: unknown };
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed?.k !== 'string' || parsed.v === undefined || parsed.c !== checksum(parsed.k, JSON.stringify(parsed.v))) return undefined;
  return { key: parsed.k, value: parsed.v };
}

export interface LoadedCheckpoint {
  records: Map<string, unknown>;
  /** Damaged records dropped (a torn tail, or bytes damaged some other way). */
  dropped: number;
}

/** Reads a checkpoint file, keeping every intact record; a missing file is an empty checkpoint. */
export function readCheckpoint(file: string): LoadedCheckpoint {
  const records = new Map<string, unknown>();
  if (!existsSync(file)) return { records, dropped: 0 };
  const lines = readFileSync(file, 'utf8').split('\n');
  const tail = lines.pop() as string; // after the last newline: '' unless the last write was torn
  let dropped = tail === '' ? 0 : 1;
  for (const line of lines) {
    const record = decodeLine(line);
    if (record) records.set(record.key, record.value);
    else dropped++;
  }
  return { records, dropped };
}

export class CheckpointStore {
  private constructor(
    readonly file: string,
    private fd: number | undefined,
    /** Records found on opening (empty when started fresh). */
    readonly loaded: LoadedCheckpoint,
  ) {}

  /**
   * Opens `file` for appending. `resume`: keep its intact records (and drop damaged ones);
   * otherwise start it afresh.
   */
  static open(file: string, { resume }: { resume: boolean }): CheckpointStore {
    try {
      makeDirs(path.dirname(file));
      const loaded: LoadedCheckpoint = resume ? readCheckpoint(file) : { records: new Map(), dropped: 0 };
      if (!resume || loaded.dropped > 0) {
        writeFileAtomic(file, [...loaded.records].map(([key, value]) => encodeRecord({ key, value })).join(''));
      }
      const fd = openSync(file, 'a');
      fsyncDir(path.dirname(file));
      return new CheckpointStore(file, fd, loaded);
    } catch (error) {
      if (!isUnwritablePathError(error)) throw error;
      throw new FtbenchError(
        `cannot write the checkpoint ${file}: ${fileSystemReason(error)}`,
        `Make ${path.dirname(file)} writable, pass --checkpoint-dir DIR, or set FTBENCH_CACHE_DIR to a writable folder.`,
      );
    }
  }

  /** Appends a batch and waits until it is on disk. */
  append(records: readonly CheckpointRecord[]): void {
    if (this.fd === undefined) throw new Error(`checkpoint ${this.file} is closed`);
    if (records.length === 0) return;
    const bytes = Buffer.from(records.map(encodeRecord).join(''));
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset);
      fsyncSync(this.fd);
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error; // writeSync's errors carry no path
      // Records already there are intact; a torn tail from this batch is dropped when resuming.
      throw new FtbenchError(
        `could not append to the checkpoint ${this.file}: ${fileSystemReason(error)}`,
        'What was scored before this batch is kept there: fix the problem and run the same command with --resume.',
      );
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
