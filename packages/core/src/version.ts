import corePackage from '../package.json' with { type: 'json' };

/** The core package's version, from its package.json (one source of truth for results and cache keys). */
export const FTBENCH_VERSION: string = corePackage.version;
