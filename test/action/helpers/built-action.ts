/**
 * The action built from today's sources into a checkout-like folder, for tests that run it as a
 * runner does (test/e2e/action-harness.ts) while the committed bundle may lag behind the sources.
 * onnxruntime-node is linked in from this repository instead of installed with npm, as a runner
 * that keeps its action folders already has it.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleAction, RUNTIME_EXTERNALS } from '../../../packages/action/bundle.mjs';
import { repoRoot } from '../../e2e/action-harness.js';

/** This repository's action.yml: what a runner reads to know which bundle files to run. */
export function readActionYml(): { runs: { using: string; main: string; post?: string; 'post-if'?: string } } {
  return parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'));
}

/** Builds the bundle into `dir`/packages/action/dist-action beside a copy of action.yml; returns `dir`. */
export async function buildActionCheckout(dir: string): Promise<string> {
  for (const file of ['action.yml', 'package.json', 'packages/action/package.json']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(dir, file));
  }
  const bundleDir = path.join(dir, 'packages/action/dist-action');
  await bundleAction(bundleDir);
  mkdirSync(path.join(bundleDir, 'node_modules'), { recursive: true });
  for (const name of RUNTIME_EXTERNALS as string[]) symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(bundleDir, 'node_modules', name), 'dir');
  return dir;
}
