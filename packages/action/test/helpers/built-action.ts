/**
 * The action built from today's sources into a checkout-like folder, for tests that run it as a
 * runner does (test/e2e/action-harness.ts) while the committed bundle may lag behind the sources.
 * onnxruntime-node is hard-linked in from this repository's node_modules (the same lockfile
 * entries) and recorded as installed, instead of installed with npm, as a runner that keeps its
 * action folders already has it.
 */
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleAction, RUNTIME_LOCK_DIR } from '../../bundle.mjs';
import { recordRuntimeManifest, runtimeInstallDir } from '../../src/runtime.js';
import { repoRoot } from '../../../../test/e2e/action-harness.js';

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
  const installDir = runtimeInstallDir(bundleDir, 'cpu');
  const lock = JSON.parse(readFileSync(path.join(bundleDir, RUNTIME_LOCK_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  for (const location of Object.keys(lock.packages)) if (location) hardLinkPackage(path.join(repoRoot, location), path.join(installDir, location));
  recordRuntimeManifest(bundleDir, 'cpu');
  return dir;
}

/** The package's files, without its nested node_modules (entries of their own) or other platforms' binaries. */
function hardLinkPackage(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    const otherPlatform = path.basename(from) === 'napi-v6' && name !== process.platform;
    if (name === 'node_modules' || otherPlatform) continue;
    if (statSync(source).isDirectory()) hardLinkPackage(source, path.join(to, name));
    else linkSync(source, path.join(to, name));
  }
}
