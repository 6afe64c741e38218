/** sha256, the one hash behind ftbench's cache keys, fingerprints and content versions. */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 over the named files of a directory (relative path, size and bytes), streamed so multi-GB weights are fine. */
export async function hashFiles(dir: string, names: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const name of [...names].sort()) {
    hash.update(`${name.split(path.sep).join('/')}\0${statSync(path.join(dir, name)).size}\0`);
    for await (const chunk of createReadStream(path.join(dir, name))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
