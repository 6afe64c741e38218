/**
 * What a cached Hub file must be, and whether it still is. Every download that passed its check
 * leaves a record beside the cache's files (size and sha256 of the content, see cache.ts); each
 * time a cached file is used, its size and sha256 are compared with the record again, so a file
 * that was damaged, truncated or swapped in the cache is never read as task data. Hashing is cheap
 * next to parsing (an MMLU-sized 3.3 MB parquet: ~6 ms of sha256 against ~60–120 ms to read it), so
 * it is done on every use rather than remembered.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../../atomic-write.js';

/** What the file must be, as far as the Hub told us. */
export interface ExpectedContent {
  size?: number;
  /** LFS files: sha256 of the content. */
  sha256?: string;
  /** Git blob id (sha1 of "blob <size>\0" + content), for files stored in git itself. */
  gitBlobId?: string;
}

/** What a file holds: its size, sha256 and git blob id, from one read. */
export interface ContentDigest {
  size: number;
  sha256: string;
  gitBlobId: string;
}

/** What the cache records of a verified download. */
interface IntegrityRecord {
  size: number;
  sha256: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export async function digestFile(file: string): Promise<ContentDigest> {
  const size = statSync(file).size;
  const sha256 = createHash('sha256');
  const gitBlob = createHash('sha1').update(`blob ${size}\0`);
  for await (const chunk of createReadStream(file)) {
    sha256.update(chunk as Buffer);
    gitBlob.update(chunk as Buffer);
  }
  return { size, sha256: sha256.digest('hex'), gitBlobId: gitBlob.digest('hex') };
}

/** Why content with this digest is not what was expected, or undefined when it is. */
export function digestMismatch(digest: ContentDigest, expected: ExpectedContent): string | undefined {
  if (expected.size !== undefined && digest.size !== expected.size) return `size ${digest.size}, expected ${expected.size}`;
  if (expected.sha256 && digest.sha256 !== expected.sha256) return `sha256 ${digest.sha256}, expected ${expected.sha256}`;
  if (!expected.sha256 && expected.gitBlobId && digest.gitBlobId !== expected.gitBlobId) {
    return `git blob id ${digest.gitBlobId}, expected ${expected.gitBlobId}`;
  }
  return undefined;
}

export function writeIntegrityRecord(recordFile: string, digest: ContentDigest): void {
  const record: IntegrityRecord = { size: digest.size, sha256: digest.sha256 };
  writeFileAtomic(recordFile, `${JSON.stringify(record)}\n`);
}

function readIntegrityRecord(recordFile: string): IntegrityRecord | undefined {
  if (!existsSync(recordFile)) return undefined;
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<IntegrityRecord>;
    return Number.isSafeInteger(record.size) && typeof record.sha256 === 'string' && SHA256_HEX.test(record.sha256) ? (record as IntegrityRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the cached `file` cannot be used, or undefined when it matches its record (and what the
 * listing says of it). The size is compared before anything is read. A file cached by an ftbench
 * that kept no records is checked against the listing's hash and gets its record then; one the
 * listing has no hash for cannot be vouched for.
 */
export async function cachedFileProblem(file: string, recordFile: string, listed: ExpectedContent): Promise<string | undefined> {
  const record = readIntegrityRecord(recordFile);
  if (record === undefined && !listed.sha256 && !listed.gitBlobId) return 'it has no integrity record';
  const expected: ExpectedContent = record ? { size: record.size, sha256: record.sha256 } : listed;
  const size = statSync(file).size;
  if (expected.size !== undefined && size !== expected.size) return `size ${size}, expected ${expected.size}`;
  const digest = await digestFile(file);
  const problem = digestMismatch(digest, expected) ?? (record ? digestMismatch(digest, listed) : undefined);
  if (problem) return problem;
  if (!record) writeIntegrityRecord(recordFile, digest);
  return undefined;
}
