import { defineConfig } from 'vitest/config';

// One vitest run covers every package and the cross-package tests in test/.
// Packages import each other through their built dist (npm run build first; `npm test` does).
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
