/**
 * Brings onnxruntime-node to a runner that has only Node. It is native (one binary per platform)
 * so it cannot live in the committed bundle: on first use it is installed with `npm ci` from the
 * lockfile shipped beside the bundle (dist-action/runtime/, written by bundle.mjs), so every
 * package is the exact version and tarball (integrity) this repository was tested with. Each
 * flavor (cpu, cuda12) has a folder of its own, pruned to this platform's binaries (44 MB instead
 * of 280) and saved in the Actions cache, so the next run on a fresh runner restores it instead.
 * A runner that keeps its action folders (most self-hosted ones) finds it in place.
 *
 * Whatever is found in place or restored is checked against the manifest written right after
 * the install (every file's SHA-256, the lockfile, flavor and platform) before anything loads it.
 * npm runs as the runner's own npm would (its global and user npmrc, registry, proxy and CA
 * settings) but with no secrets in its environment: install scripts are code from the registry.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { parseDevice, sha256Hex } from '@ftbench/core';
import type { CacheStore } from './cache-store.js';

const RUNTIME_PACKAGE = 'onnxruntime-node';

/** dist-action's folder with the runtime's package.json and package-lock.json (bundle.mjs's RUNTIME_LOCK_DIR). */
const LOCK_DIR = 'runtime';
const LOCK_FILES = ['package.json', 'package-lock.json'];
/** Written into a flavor's folder after a complete install; what a later run checks that folder against. */
export const MANIFEST_FILE = 'ftbench-runtime-manifest.json';

/** `cuda12` adds the CUDA execution provider, which onnxruntime-node's install script fetches from NuGet. */
export type RuntimeFlavor = 'cpu' | 'cuda12';

function runtimeFlavor(device: string): RuntimeFlavor {
  return parseDevice(device).kind === 'cuda' ? 'cuda12' : 'cpu';
}

/** Where a flavor is installed: its own folder, so switching `device` never finds the other flavor's files. */
export function runtimeInstallDir(bundleDir: string, flavor: RuntimeFlavor): string {
  return path.join(bundleDir, 'node_modules', '.ftbench-runtime', flavor);
}

/** The shipped lockfile's hash: a different lockfile (another action version) never reuses an install. */
function lockHash(bundleDir: string): string {
  const hash = createHash('sha256');
  for (const file of LOCK_FILES) {
    const full = path.join(bundleDir, LOCK_DIR, file);
    if (!existsSync(full)) throw new Error(`${full} is missing: the action bundle is incomplete (rebuild it with node packages/action/bundle.mjs)`);
    hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
  }
  return hash.digest('hex');
}

function runtimeCacheKey(version: string, flavor: RuntimeFlavor, lock: string): string {
  return `ftbench-runtime-${RUNTIME_PACKAGE}-${version}-${process.platform}-${process.arch}-${flavor}-${lock.slice(0, 16)}`;
}

/** The binaries a flavor must have, relative to the installed package. */
function requiredBinaries(flavor: RuntimeFlavor): string[] {
  const dir = path.posix.join('bin', 'napi-v6', process.platform, process.arch);
  const binding = path.posix.join(dir, 'onnxruntime_binding.node');
  return flavor === 'cuda12' ? [binding, path.posix.join(dir, 'libonnxruntime_providers_cuda.so')] : [binding];
}

interface Manifest {
  lock: string;
  flavor: RuntimeFlavor;
  platform: string;
  arch: string;
  /** Relative POSIX path → `sha256:<hex>` for a file, `link:<target>` for a symbolic link. */
  entries: Record<string, string>;
}

/** Every file and link under `dir` (except the manifest), as the manifest records them. */
function treeEntries(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const rel = relative ? `${relative}/${name}` : name;
      if (rel === MANIFEST_FILE) continue;
      const full = path.join(dir, rel);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) entries[rel] = `link:${readlinkSync(full)}`;
      else if (stat.isDirectory()) walk(rel);
      else if (stat.isFile()) entries[rel] = `sha256:${sha256Hex(readFileSync(full))}`;
      else entries[rel] = 'special';
    }
  };
  walk('');
  return entries;
}

/** Why the folder cannot be used for this lockfile and flavor, or null when every file is as installed. */
function verifyRuntime(dir: string, flavor: RuntimeFlavor, lock: string): string | null {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return `no ${MANIFEST_FILE}`;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (error) {
    return `${MANIFEST_FILE} is not JSON (${(error as Error).message})`;
  }
  if (typeof manifest !== 'object' || manifest === null) return `${MANIFEST_FILE} is not a manifest`;
  const expected = { lock, flavor, platform: process.platform, arch: process.arch };
  for (const [field, value] of Object.entries(expected)) {
    if (manifest[field as keyof typeof expected] !== value)
      return `it was installed for ${field} ${String(manifest[field as keyof typeof expected])}, not ${value}`;
  }
  const recorded = manifest.entries ?? {};
  for (const binary of requiredBinaries(flavor)) {
    if (!recorded[`node_modules/${RUNTIME_PACKAGE}/${binary}`]?.startsWith('sha256:')) return `it has no ${binary}`;
  }
  const actual = treeEntries(dir);
  for (const [rel, entry] of Object.entries(actual)) {
    if (!(rel in recorded)) return `${rel} is not part of the install`;
    if (recorded[rel] !== entry) return `${rel} was modified`;
  }
  for (const rel of Object.keys(recorded)) if (!(rel in actual)) return `${rel} is missing`;
  return null;
}

/** Records the flavor's folder of `bundleDir` as installed now: what verifyRuntime checks it against later. */
export function recordRuntimeManifest(bundleDir: string, flavor: RuntimeFlavor): void {
  const dir = runtimeInstallDir(bundleDir, flavor);
  const lock = lockHash(bundleDir);
  const manifest: Manifest = { lock, flavor, platform: process.platform, arch: process.arch, entries: treeEntries(dir) };
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The first `npm` on PATH, as [command, leading args] and the prefix its global npmrc lives under. */
interface Npm {
  command: string;
  args: string[];
  /** `<prefix>/etc/npmrc` is the global npmrc of the npm at `<prefix>/bin/npm` (`npm config get globalconfig`). */
  prefix: string;
}

function npmOnPath(env: NodeJS.ProcessEnv): Npm | null {
  const windows = process.platform === 'win32';
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)) {
    const found = path.join(dir, windows ? 'npm.cmd' : 'npm');
    if (!existsSync(found)) continue;
    const prefix = windows || path.basename(dir) !== 'bin' ? dir : path.dirname(dir);
    const cli = windows ? path.join(dir, 'node_modules', 'npm', 'bin', 'npm-cli.js') : realpathSync(found);
    // npm's JavaScript entry runs on this Node; anything else (a wrapper script) runs as it is.
    if (/\.c?js$/.test(cli) && existsSync(cli)) return { command: process.execPath, args: [cli], prefix };
    if (!windows) return { command: found, args: [], prefix };
  }
  return null;
}

/** The runner's npm (the one on PATH, as a workflow step runs it), else the one shipped beside this Node. */
function findNpm(env: NodeJS.ProcessEnv): Npm {
  const onPath = npmOnPath(env);
  if (onPath) return onPath;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  const bundled = path.join(prefix, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(bundled)) return { command: process.execPath, args: [bundled], prefix };
  throw new Error(
    `${RUNTIME_PACKAGE} must be installed on this runner and no npm was found (neither on PATH nor beside ${process.execPath}). ` +
      'Install Node with npm (for example actions/setup-node) on the runner.',
  );
}

/**
 * Variables the install keeps: what locates the user and temporary folders, the locale, the
 * standard proxy and CA settings (npm reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY; onnxruntime-node's
 * script GLOBAL_AGENT_*), and npm's own configuration. Everything else (INPUT_*, the runner's and
 * GitHub's tokens, HF_TOKEN, the workflow's secrets) stays out of reach of the install scripts.
 */
const KEPT_VARIABLES =
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LC_\w+|TZ|TERM|CI|TMPDIR|TMP|TEMP|XDG_(CACHE|CONFIG|DATA)_HOME|SYSTEMROOT|SYSTEMDRIVE|WINDIR|COMSPEC|PATHEXT|APPDATA|LOCALAPPDATA|USERPROFILE|HOMEDRIVE|HOMEPATH|PROGRAMDATA|PROGRAMFILES|HTTPS?_PROXY|NO_PROXY|GLOBAL_AGENT_\w+|NODE_EXTRA_CA_CERTS|NODE_OPTIONS|SSL_CERT_(FILE|DIR)|NPM_CONFIG_\w[\w/:.@-]*)$/i;
/** Kept variables that still look like credentials (an npm auth token, a client key) are dropped too. */
const SECRET_LOOKING = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|KEY|_PASS/i;
/** npm settings that would move the install elsewhere or make it a global one. */
const RELOCATING = /^NPM_CONFIG_(PREFIX|GLOBAL|LOCATION|GLOBALCONFIG)$/i;

function installEnvironment(env: NodeJS.ProcessEnv, flavor: RuntimeFlavor, npmPrefix: string): Record<string, string> {
  const kept: Record<string, string> = {};
  let globalconfig: string | undefined;
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !KEPT_VARIABLES.test(name) || SECRET_LOOKING.test(name)) continue;
    if (/^NPM_CONFIG_GLOBALCONFIG$/i.test(name)) globalconfig = value;
    if (!RELOCATING.test(name)) kept[name] = value;
  }
  return {
    ...kept,
    // Run from the install folder, npm would take its global npmrc from the Node that runs it (the
    // runner's own, not the runner's npm); say which one the runner's npm reads.
    npm_config_globalconfig: globalconfig ?? path.join(npmPrefix, 'etc', 'npmrc'),
    // onnxruntime-node's install script downloads the CUDA provider only when asked to.
    ONNXRUNTIME_NODE_INSTALL: flavor === 'cpu' ? 'skip' : flavor,
  };
}

async function npmCi(bundleDir: string, dir: string, flavor: RuntimeFlavor, env: NodeJS.ProcessEnv): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const file of LOCK_FILES) copyFileSync(path.join(bundleDir, LOCK_DIR, file), path.join(dir, file));
  const npm = findNpm(env);
  // The locked versions never change, so a copy in npm's cache is exactly what the registry would send (npm checks its integrity).
  const args = [...npm.args, 'ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  const child = spawn(npm.command, args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: installEnvironment(env, flavor, npm.prefix) });
  const failure = await new Promise<string | null>((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code, signal) => resolve(code === 0 ? null : signal ? `killed by ${signal}` : `exit code ${code}`));
  });
  if (failure !== null) throw new Error(`npm ci of ${RUNTIME_PACKAGE} in ${dir} failed (${failure}); see the npm output above`);
}

/** Removes the other platforms' binaries, so the cached folder holds only what this runner loads. */
function pruneOtherPlatforms(packageDir: string): void {
  const napiDir = path.join(packageDir, 'bin', 'napi-v6');
  if (!existsSync(napiDir)) return;
  for (const platform of readdirSync(napiDir)) {
    if (platform !== process.platform) rmSync(path.join(napiDir, platform), { recursive: true, force: true });
    else
      for (const arch of readdirSync(path.join(napiDir, platform)))
        if (arch !== process.arch) rmSync(path.join(napiDir, platform, arch), { recursive: true, force: true });
  }
}

/** Points the bundle's `import 'onnxruntime-node'` at the verified flavor (Node resolves its dependencies from there). */
function linkRuntime(bundleDir: string, dir: string): void {
  const link = path.join(bundleDir, 'node_modules', RUNTIME_PACKAGE);
  const target = path.join(dir, 'node_modules', RUNTIME_PACKAGE);
  try {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
    rmSync(link, { recursive: true, force: true });
  } catch {
    // nothing there yet
  }
  symlinkSync(target, link, 'junction');
}

export type RuntimeSource = 'present' | 'cache' | 'npm';

export interface RuntimeOptions {
  bundleDir: string;
  device: string;
  version: string;
  store: CacheStore;
  /** The step's environment: npm's configuration comes from it, its secrets are kept from the install. */
  env?: NodeJS.ProcessEnv;
}

/** Makes onnxruntime-node importable from the bundle in `bundleDir`, verified; says where it came from. */
export async function ensureRuntime(opts: RuntimeOptions): Promise<RuntimeSource> {
  const { bundleDir, version, store, env = process.env } = opts;
  const flavor = runtimeFlavor(opts.device);
  const lock = lockHash(bundleDir);
  const dir = runtimeInstallDir(bundleDir, flavor);
  const label = `${RUNTIME_PACKAGE} ${version} (${flavor})`;
  const refuse = (where: string, reason: string) => {
    core.warning(`Refusing the ${label} ${where} in ${dir}: ${reason}. It is installed again.`);
    rmSync(dir, { recursive: true, force: true });
  };

  const source = await (async (): Promise<RuntimeSource> => {
    if (existsSync(dir)) {
      const problem = verifyRuntime(dir, flavor, lock);
      if (problem === null) return 'present';
      refuse('found', problem);
    }
    const key = runtimeCacheKey(version, flavor, lock);
    if (await store.restore(key, [], dir)) {
      const problem = verifyRuntime(dir, flavor, lock);
      if (problem === null) {
        core.info(`${label} restored from the Actions cache`);
        return 'cache';
      }
      refuse('restored from the Actions cache', problem);
    }
    core.info(`Installing ${label} into ${dir} (first run on this runner)`);
    const started = performance.now();
    await npmCi(bundleDir, dir, flavor, env);
    pruneOtherPlatforms(path.join(dir, 'node_modules', RUNTIME_PACKAGE));
    recordRuntimeManifest(bundleDir, flavor);
    const problem = verifyRuntime(dir, flavor, lock);
    if (problem !== null) throw new Error(`${RUNTIME_PACKAGE} was installed into ${dir} but cannot be used: ${problem}`);
    core.info(`Installed ${RUNTIME_PACKAGE} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    if (await store.save(key, dir)) core.info(`Saved ${RUNTIME_PACKAGE} to the Actions cache as ${key}`);
    return 'npm';
  })();
  linkRuntime(bundleDir, dir);
  return source;
}
