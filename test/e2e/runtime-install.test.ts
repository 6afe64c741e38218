/**
 * The runtime bootstrap (packages/action/src/runtime.ts) against a registry on 127.0.0.1 behind
 * TLS with its own CA, configured only as a runner's npm is configured (its global npmrc, or the
 * standard environment variables), from an empty npm cache and HOME. The package installed is a
 * small stand-in for onnxruntime-node, packed here, with a real install script that records the
 * environment it gets and adds the CUDA provider when asked to, as onnxruntime-node's does.
 * (The e2e test installs the real onnxruntime-node from the shipped lockfile.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../packages/action/src/cache-store.js';
import { ensureRuntime, MANIFEST_FILE, runtimeInstallDir, type RuntimeFlavor } from '../../packages/action/src/runtime.js';
import {
  makeTlsIdentity,
  npmPrefixWithGlobalConfig,
  packPackage,
  startConnectProxy,
  startLocalRegistry,
  type ConnectProxy,
  type LocalRegistry,
  type RegistryPackage,
  type TlsIdentity,
} from './local-registry.js';

const VERSION = '0.0.0-ftbench-test';
const binDir = `bin/napi-v6/${process.platform}/${process.arch}`;
const INSTALL_SCRIPT = `
const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(__dirname, 'install-env.json'), JSON.stringify(process.env));
if (process.env.ONNXRUNTIME_NODE_INSTALL === 'cuda12') {
  fs.writeFileSync(path.join(__dirname, '${binDir}', 'libonnxruntime_providers_cuda.so'), 'cuda provider');
}
`;
const STAND_IN: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'onnxruntime-node', version: VERSION, main: 'index.js', scripts: { postinstall: 'node install.js' } }),
  'index.js': 'module.exports = {};\n',
  'install.js': INSTALL_SCRIPT,
  [`${binDir}/onnxruntime_binding.node`]: 'binding',
  'bin/napi-v6/otheros/otherarch/onnxruntime_binding.node': 'another platform',
};

/** What the step's environment holds that no install script may see. */
const SECRETS = {
  'INPUT_GITHUB-TOKEN': 'ghs_input',
  INPUT_MODEL: 'models/candidate',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
  GITHUB_TOKEN: 'ghs_workflow',
  HF_TOKEN: 'hf_secret',
  AWS_SECRET_ACCESS_KEY: 'aws-secret',
  DEPLOY_KEY: 'ssh-key',
  NODE_AUTH_TOKEN: 'npm-token',
};

let root: string;
let tls: TlsIdentity;
let standIn: RegistryPackage;
let registry: LocalRegistry;
let proxy: ConnectProxy;
let runs = 0;

/** A folder shaped like dist-action/ for the stand-in: the runtime's package.json and lockfile. */
function bundleDir(): string {
  const dir = path.join(root, `bundle-${++runs}`);
  mkdirSync(path.join(dir, 'runtime'), { recursive: true });
  const dependencies = { 'onnxruntime-node': VERSION };
  writeFileSync(
    path.join(dir, 'runtime/package.json'),
    JSON.stringify({ name: 'ftbench-runtime', version: '0.0.0', private: true, dependencies, allowScripts: { [`onnxruntime-node@${VERSION}`]: true } }),
  );
  writeFileSync(
    path.join(dir, 'runtime/package-lock.json'),
    JSON.stringify({
      name: 'ftbench-runtime',
      version: '0.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'ftbench-runtime', version: '0.0.0', dependencies },
        'node_modules/onnxruntime-node': { version: VERSION, integrity: standIn.integrity, hasInstallScript: true },
      },
    }),
  );
  return dir;
}

/** A runner's environment: the npm on PATH whose global npmrc points at the local registry and its CA, an empty HOME, the step's secrets. */
function runnerEnv(npmrc = `registry=${registry.url}\ncafile=${tls.caFile}\n`): NodeJS.ProcessEnv {
  const home = mkdtempSync(path.join(root, 'home-'));
  const prefix = npmPrefixWithGlobalConfig(mkdtempSync(path.join(root, 'npm-prefix-')), npmrc);
  return { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, HOME: home, ...SECRETS };
}

/** The Actions cache as a folder per key. */
class FolderStore implements CacheStore {
  readonly saved = new Map<string, string>();
  async restore(key: string, _restoreKeys: string[], dir: string): Promise<string | null> {
    const copy = this.saved.get(key);
    if (!copy) return null;
    cpSync(copy, dir, { recursive: true, verbatimSymlinks: true });
    return key;
  }
  async save(key: string, dir: string): Promise<boolean> {
    const copy = mkdtempSync(path.join(root, 'cache-entry-'));
    cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
    this.saved.set(key, copy);
    return true;
  }
}
const NO_CACHE: CacheStore = { restore: async () => null, save: async () => false };

const ensure = (bundle: string, env: NodeJS.ProcessEnv, device = 'cpu', store = NO_CACHE) =>
  ensureRuntime({ bundleDir: bundle, device, version: VERSION, store, env });
const installed = (bundle: string, flavor: RuntimeFlavor) => path.join(runtimeInstallDir(bundle, flavor), 'node_modules/onnxruntime-node');
/** The folder `import 'onnxruntime-node'` from the bundle loads. */
const loaded = (bundle: string) => realpathSync(path.join(bundle, 'node_modules/onnxruntime-node'));
const tarballRequests = () => registry.requests.filter((request) => request.endsWith('.tgz')).length;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-runtime-'));
  tls = makeTlsIdentity(path.join(root, 'tls'));
  standIn = packPackage(path.join(root, 'stand-in'), STAND_IN);
  [registry, proxy] = await Promise.all([startLocalRegistry([standIn], tls), startConnectProxy()]);
});

afterAll(async () => {
  await Promise.all([registry?.close(), proxy?.close()]);
  rmSync(root, { recursive: true, force: true });
});

describe('the runtime bootstrap', () => {
  it("installs the locked package with the runner's npm configuration: the global npmrc beside the npm on PATH (registry, CA)", async () => {
    const bundle = bundleDir();
    const before = tarballRequests();
    expect(await ensure(bundle, runnerEnv())).toBe('npm');
    expect(tarballRequests()).toBe(before + 1);
    expect(loaded(bundle)).toBe(realpathSync(installed(bundle, 'cpu')));
    expect(readFileSync(path.join(loaded(bundle), binDir, 'onnxruntime_binding.node'), 'utf8')).toBe('binding');
    // Pruned to this platform, no CUDA provider for cpu.
    expect(existsSync(path.join(loaded(bundle), 'bin/napi-v6/otheros'))).toBe(false);
    expect(existsSync(path.join(loaded(bundle), binDir, 'libonnxruntime_providers_cuda.so'))).toBe(false);
    expect(existsSync(path.join(runtimeInstallDir(bundle, 'cpu'), MANIFEST_FILE))).toBe(true);
  });

  it('keeps every secret from the install script, and the proxy, CA and registry settings of the environment', async () => {
    const bundle = bundleDir();
    const env = { ...runnerEnv(''), NPM_CONFIG_REGISTRY: registry.url, NODE_EXTRA_CA_CERTS: tls.caFile, HTTPS_PROXY: proxy.url };
    const tunnelsBefore = proxy.tunnels.length;
    expect(await ensure(bundle, env)).toBe('npm');
    expect(proxy.tunnels.slice(tunnelsBefore)).toContain(new URL(registry.url).host);

    const seen = JSON.parse(readFileSync(path.join(installed(bundle, 'cpu'), 'install-env.json'), 'utf8')) as Record<string, string>;
    const values = Object.values(seen);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(
        Object.keys(seen).map((key) => key.toUpperCase()),
        name,
      ).not.toContain(name.toUpperCase());
      expect(values, name).not.toContain(value);
    }
    expect(seen.HTTPS_PROXY).toBe(proxy.url);
    expect(seen.NODE_EXTRA_CA_CERTS).toBe(tls.caFile);
    expect(seen.NPM_CONFIG_REGISTRY).toBe(registry.url);
    expect(seen.ONNXRUNTIME_NODE_INSTALL).toBe('skip');
  });

  const poisonings: [string, (dir: string) => void][] = [
    ['a modified binding', (dir) => writeFileSync(path.join(dir, 'node_modules/onnxruntime-node', binDir, 'onnxruntime_binding.node'), 'evil')],
    ['an extra file', (dir) => writeFileSync(path.join(dir, 'node_modules/onnxruntime-node/evil.js'), 'process.exit(0)')],
    ['a missing file', (dir) => rmSync(path.join(dir, 'node_modules/onnxruntime-node/index.js'))],
    [
      'a manifest made for another lockfile',
      (dir) => {
        writeFileSync(path.join(dir, 'node_modules/onnxruntime-node/index.js'), 'evil');
        const manifestFile = path.join(dir, MANIFEST_FILE);
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { lock: string };
        writeFileSync(manifestFile, JSON.stringify({ ...manifest, lock: 'another lockfile' }));
      },
    ],
    ['no manifest', (dir) => rmSync(path.join(dir, MANIFEST_FILE))],
  ];

  it.each(poisonings)('refuses a runtime folder with %s and installs it again', async (_name, poison) => {
    const bundle = bundleDir();
    const env = runnerEnv();
    expect(await ensure(bundle, env)).toBe('npm');
    expect(await ensure(bundle, env)).toBe('present');
    poison(runtimeInstallDir(bundle, 'cpu'));
    expect(await ensure(bundle, env)).toBe('npm');
    expect(readFileSync(path.join(loaded(bundle), binDir, 'onnxruntime_binding.node'), 'utf8')).toBe('binding');
    expect(readFileSync(path.join(loaded(bundle), 'index.js'), 'utf8')).toBe(STAND_IN['index.js']);
    expect(existsSync(path.join(loaded(bundle), 'evil.js'))).toBe(false);
  });

  it('restores a verified copy from the Actions cache on a fresh runner, and refuses a poisoned one', async () => {
    const store = new FolderStore();
    expect(await ensure(bundleDir(), runnerEnv(), 'cpu', store)).toBe('npm');
    expect(store.saved.size).toBe(1);
    const before = tarballRequests();
    expect(await ensure(bundleDir(), runnerEnv(), 'cpu', store)).toBe('cache');
    expect(tarballRequests()).toBe(before);

    const [saved] = store.saved.values();
    writeFileSync(path.join(saved, 'node_modules/onnxruntime-node', binDir, 'onnxruntime_binding.node'), 'evil');
    const fresh = bundleDir();
    expect(await ensure(fresh, runnerEnv(), 'cpu', store)).toBe('npm');
    expect(readFileSync(path.join(loaded(fresh), binDir, 'onnxruntime_binding.node'), 'utf8')).toBe('binding');
  });

  it('installs cuda12 beside cpu and loads the flavor the device asks for, never the other', async () => {
    const bundle = bundleDir();
    const env = runnerEnv();
    expect(await ensure(bundle, env, 'cpu')).toBe('npm');
    expect(await ensure(bundle, env, 'cuda:0')).toBe('npm');
    expect(loaded(bundle)).toBe(realpathSync(installed(bundle, 'cuda12')));
    expect(readFileSync(path.join(loaded(bundle), binDir, 'libonnxruntime_providers_cuda.so'), 'utf8')).toBe('cuda provider');
    expect(await ensure(bundle, env, 'cpu')).toBe('present');
    expect(loaded(bundle)).toBe(realpathSync(installed(bundle, 'cpu')));
    expect(existsSync(path.join(loaded(bundle), binDir, 'libonnxruntime_providers_cuda.so'))).toBe(false);
    expect(await ensure(bundle, env, 'cuda')).toBe('present');
  });
});
