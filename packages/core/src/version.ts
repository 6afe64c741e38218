import { readFileSync } from 'node:fs';

/** The core package's version, read from its package.json (one source of truth for results and cache keys). */
export const FTBENCH_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
