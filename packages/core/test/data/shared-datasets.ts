import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real benchmark data kept next to the repository (`../shared/datasets`), never copied into it. */
export const SHARED_DATASETS = path.resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/datasets');

export function hasSharedFile(relativePath: string): boolean {
  return existsSync(path.join(SHARED_DATASETS, relativePath));
}
