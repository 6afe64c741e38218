import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** The repository root, and the real data that CI lays beside the checkout. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const sharedModels = path.join(sharedDir, 'models');
export const sharedDatasets = path.join(sharedDir, 'datasets');

/**
 * Where the real data must be there: `.ci/run` runs with CI=true and ../shared beside the checkout, so a
 * missing file is a failure. The project's GitHub workflow also sets CI=true but has no ../shared, and a
 * contributor may not have it either: there the tests skip, saying what is missing.
 */
export const sharedRequired = process.env.CI === 'true' && process.env.GITHUB_ACTIONS !== 'true';

/** The paths (relative to ../shared) that are not there. */
function missingShared(needs: readonly string[]): string[] {
  return needs.filter((relative) => !existsSync(path.join(sharedDir, relative)));
}

function missingMessage(missing: readonly string[]): string {
  return `needs ${missing.map((relative) => `../shared/${relative}`).join(', ')}, not found at ${sharedDir}`;
}

/**
 * `describe` for tests on the real models and data in ../shared. `needs` lists the paths, relative to
 * ../shared, that the tests read. When one is missing the body never runs (it may read them freely):
 * the suite skips with a message, or fails where the data is required (see `sharedRequired`).
 */
export function describeWithShared(name: string, needs: readonly string[], body: () => void): void {
  const missing = missingShared(needs);
  if (missing.length === 0) {
    describe(name, body);
  } else if (sharedRequired) {
    describe(name, () => {
      it('has its real data in ../shared', () => {
        throw new Error(`${missingMessage(missing)}; CI=true requires it (lay ../shared beside the checkout)`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${missingMessage(missing)})`, () => {
      it('needs the real data in ../shared', () => {});
    });
  }
}

/** `it` for one test on the real data in ../shared; the same rules as `describeWithShared`. */
export function itWithShared(name: string, needs: readonly string[], test: () => unknown, timeout?: number): void {
  const missing = missingShared(needs);
  if (missing.length === 0) {
    it(name, test, timeout);
  } else if (sharedRequired) {
    it(name, () => {
      throw new Error(`${missingMessage(missing)}; CI=true requires it (lay ../shared beside the checkout)`);
    });
  } else {
    it.skip(`${name} (skipped: ${missingMessage(missing)})`, () => {});
  }
}
