/**
 * Reads the original public releases of the benchmarks from a directory (`--data-dir`) and returns rows
 * in the column layout of the Hugging Face datasets lm-evaluation-harness loads, so the same task code
 * runs on either. Each task family says where its release's files are (its `localRelease`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { TASK_FAMILIES } from '../tasks/registry.js';
import type { DatasetRef } from '../tasks/types.js';
import type { LocalRelease } from './release-files.js';
import type { DatasetSource, LoadedSplit } from './source.js';
import { sha256Hex } from '../hash.js';

const RELEASES = new Map<string, LocalRelease>(
  TASK_FAMILIES.flatMap((family) => (family.localRelease ? [[family.localRelease.dataset, family.localRelease]] : [])),
);

const LOCAL_RELEASE_LAYOUT = [...RELEASES.values()].map((release) => release.layout).join('\n');

export class LocalReleaseSource implements DatasetSource {
  constructor(readonly dataDir: string) {}

  async loadSplit(ref: DatasetRef, split: string): Promise<LoadedSplit> {
    const described = `${ref.path}${ref.name ? ` (${ref.name})` : ''} split "${split}"`;
    const release = RELEASES.get(ref.path)?.locate(ref.name, split);
    if (!release) {
      throw new FtbenchError(
        `--data-dir has no local release for ${described}.`,
        `Local releases are read from this layout under --data-dir:\n${LOCAL_RELEASE_LAYOUT}`,
      );
    }
    const file = path.join(this.dataDir, release.relativePath);
    const bytes = await readRelease(file, described);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FtbenchError(`${file} is not valid UTF-8 text.`, 'Use the file exactly as the benchmark publishes it.');
    }
    return {
      rows: release.toRows(text, file),
      revision: sha256Hex(bytes),
      origin: file,
    };
  }
}

async function readRelease(file: string, described: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new FtbenchError(
      `Missing ${file}, needed for ${described}.`,
      `Put the original release there; --data-dir must follow this layout:\n${LOCAL_RELEASE_LAYOUT}`,
    );
  }
}
