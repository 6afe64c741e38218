import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the real data that CI lays beside the checkout. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const sharedModels = path.join(sharedDir, 'models');
export const sharedDatasets = path.join(sharedDir, 'datasets');
export const hasSharedModels = existsSync(path.join(sharedModels, 'reference.json'));
export const hasSharedDatasets = existsSync(sharedDatasets);
/** Shown when a test is skipped: say what is missing and where it should be. */
export const sharedMissing = `../shared not found at ${sharedDir}: tests on the real models and data are skipped`;
