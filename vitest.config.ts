import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One vitest run covers every package and the cross-package tests in test/.
// Packages import each other through their built dist (npm run build first; `npm test` does).
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Caches that tests do not set themselves (scoring graphs, checkpoints, Hub files) go to a
    // throwaway folder, never into the user's ~/.cache.
    env: { FTBENCH_CACHE_DIR: path.join(tmpdir(), 'ftbench-test-cache') },
  },
});
