/**
 * Builds the committed action bundle, packages/action/dist-action/, from the TypeScript sources
 * of the three packages. GitHub runs `dist-action/index.mjs` (and `post.mjs` after the job's steps) straight from a checkout at a tag,
 * with no `npm install`, so everything is bundled except onnxruntime-node: it is native (one
 * binary per platform, ~44 MB on linux-x64) and is installed beside the bundle on first run
 * (see src/runtime.ts), with `npm ci` from dist-action/runtime/: a package.json and a lockfile
 * cut out of this repository's package-lock.json, so the action installs exactly the versions and
 * tarballs (integrity) this repository was tested with.
 *
 *   node packages/action/bundle.mjs      rebuild dist-action/ and schema/ftbench.schema.json (commit both)
 *
 * packages/action/test/bundle.test.ts rebuilds both into a temporary folder and fails when the committed
 * files differ, so CI catches a stale bundle or schema.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const actionDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(actionDir, '../..');
const coreSrc = path.join(repoRoot, 'packages/core/src');
export const COMMITTED_BUNDLE_DIR = path.join(actionDir, 'dist-action');

/** Loaded at run time beside the bundle, never bundled. */
export const RUNTIME_EXTERNALS = ['onnxruntime-node'];

/**
 * One chunk per npm package and per workspace package, named after it (no content hashes), so a
 * change to one module rewrites only the chunk that holds it and a rebuild renames nothing. Our
 * own packages are split further by which entries use a module (entriesAware): the fork-safe
 * commenter and the post step load no module that imports onnxruntime-node.
 */
function chunkOf(id) {
  const normalized = id.split(path.sep).join('/');
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(normalized);
  if (inPackage) return `lib-${inPackage[1].replace('@', '').replace('/', '-')}`;
  const workspace = /\/packages\/(core|reporter|action)\/(src\/|package\.json$)/.exec(normalized);
  return workspace ? `ftbench-${workspace[1]}` : null;
}

const CODE_SPLITTING = {
  // A chunk holds its package's modules only, not the packages they import; the execution order
  // across chunks is then kept by rolldown (strictExecutionOrder below).
  includeDependenciesRecursively: false,
  groups: [
    { debugName: 'npm packages', name: (id) => (chunkOf(id)?.startsWith('lib-') ? chunkOf(id) : null) },
    { debugName: 'workspace packages', name: (id) => (chunkOf(id)?.startsWith('ftbench-') ? chunkOf(id) : null), entriesAware: true },
  ],
};

/** The folder of dist-action/ that holds the runtime's package.json and package-lock.json. */
export const RUNTIME_LOCK_DIR = 'runtime';

/**
 * package.json and package-lock.json that pin onnxruntime-node and everything it depends on to the
 * entries of the repository's lockfile: the packages reachable from node_modules/onnxruntime-node
 * by Node's resolution, at the same paths (a subset of a tree resolves as the whole tree did).
 */
export function runtimeLockfiles() {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
  const packages = lock.packages;
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!dir) throw new Error(`package-lock.json: ${name}, needed by ${from}, is not in the lockfile`);
    }
  };
  const closure = new Map();
  const visit = (location) => {
    if (closure.has(location)) return;
    const { dev, devOptional, peer, ...entry } = packages[location];
    closure.set(location, entry);
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(resolve(location, name));
  };
  for (const name of RUNTIME_EXTERNALS) visit(resolve('', name));
  const dependencies = Object.fromEntries(RUNTIME_EXTERNALS.map((name) => [name, closure.get(`node_modules/${name}`).version]));
  const packageJson = {
    name: 'ftbench-runtime',
    version: '0.0.0',
    private: true,
    description: 'What the ftbench action installs beside its bundle (see packages/action/src/runtime.ts).',
    dependencies,
    // npm 11 runs a dependency's install script only when allowed; onnxruntime-node's fetches the CUDA provider when asked to.
    allowScripts: Object.fromEntries(Object.entries(dependencies).map(([name, version]) => [`${name}@${version}`, true])),
  };
  const packageLock = {
    name: packageJson.name,
    version: packageJson.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: packageJson.name, version: packageJson.version, dependencies },
      ...Object.fromEntries([...closure].sort(([a], [b]) => a.localeCompare(b))),
    },
  };
  return { 'package.json': `${JSON.stringify(packageJson, null, 2)}\n`, 'package-lock.json': `${JSON.stringify(packageLock, null, 2)}\n` };
}

/** Empties `dir` except node_modules/, where the runtime bootstrap may have installed onnxruntime-node. */
function clearBundleDir(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(path.join(dir, entry), { recursive: true, force: true });
}

/** Writes the bundle into `outDir` and returns the names of the files written. */
export async function bundleAction(outDir = COMMITTED_BUNDLE_DIR) {
  clearBundleDir(outDir);
  const result = await build({
    input: {
      index: path.join(actionDir, 'src/entry.ts'),
      comment: path.join(actionDir, 'src/comment-entry.ts'),
      post: path.join(actionDir, 'src/post-entry.ts'),
    },
    cwd: repoRoot,
    platform: 'node',
    external: RUNTIME_EXTERNALS,
    // Required by includeDependenciesRecursively: false; the entries export nothing anyway.
    preserveEntrySignatures: 'allow-extension',
    resolve: {
      alias: {
        '@ftbench/core': path.join(coreSrc, 'index.ts'),
        '@ftbench/reporter': path.join(repoRoot, 'packages/reporter/src/index.ts'),
      },
      // The sources import './x.js' (NodeNext style) for './x.ts'.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    // Core's modules have no import-time side effects, so an entry gets only the modules it uses:
    // the fork-safe commenter (comment.mjs) compares results without loading onnxruntime-node,
    // which is not installed where it runs.
    treeshake: { moduleSideEffects: (id, external) => !(external ? id === 'onnxruntime-node' : id.startsWith(coreSrc)) },
    logLevel: 'warn',
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name].mjs',
      codeSplitting: CODE_SPLITTING,
      strictExecutionOrder: true,
    },
  });
  writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
  const lockfiles = runtimeLockfiles();
  mkdirSync(path.join(outDir, RUNTIME_LOCK_DIR), { recursive: true });
  for (const [name, text] of Object.entries(lockfiles)) writeFileSync(path.join(outDir, RUNTIME_LOCK_DIR, name), text);
  return [...result.output.map((file) => file.fileName), 'package.json', ...Object.keys(lockfiles).map((name) => `${RUNTIME_LOCK_DIR}/${name}`)].sort();
}

export const COMMITTED_SCHEMA_FILE = path.join(repoRoot, 'schema/ftbench.schema.json');

/** schema/ftbench.schema.json as config-schema.ts defines it (the TypeScript module is bundled in memory to be read here). */
export async function configSchemaJson() {
  const { output } = await build({
    input: path.join(actionDir, 'src/config-schema.ts'),
    cwd: repoRoot,
    logLevel: 'warn',
    write: false,
    output: { format: 'esm' },
  });
  const { CONFIG_SCHEMA } = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
  return `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await bundleAction();
  process.stdout.write(`wrote ${files.length} files to ${path.relative(process.cwd(), COMMITTED_BUNDLE_DIR) || '.'}\n`);
  mkdirSync(path.dirname(COMMITTED_SCHEMA_FILE), { recursive: true });
  writeFileSync(COMMITTED_SCHEMA_FILE, await configSchemaJson());
  process.stdout.write(`wrote ${path.relative(process.cwd(), COMMITTED_SCHEMA_FILE)}\n`);
}
