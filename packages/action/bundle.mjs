/**
 * Builds the committed action bundle, packages/action/dist-action/, from the TypeScript sources
 * of the three packages. GitHub runs `dist-action/index.mjs` (and `post.mjs` after the job's steps) straight from a checkout at a tag,
 * with no `npm install`, so everything is bundled except onnxruntime-node: it is native (one
 * binary per platform, ~44 MB on linux-x64) and is installed beside the bundle on first run
 * (see src/runtime.ts).
 *
 *   node packages/action/bundle.mjs      rebuild dist-action/ and schema/ftbench.schema.json (commit both)
 *
 * test/action/bundle.test.ts rebuilds both into a temporary folder and fails when the committed
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
 * Core's task registry imports every file of tasks/families/ at run time, found relative to its
 * own module. Each family becomes an entry of its own, written to families/ beside the chunk
 * that holds the registry, so "adding a benchmark is adding a file" holds for the bundle too.
 */
function familyEntries() {
  const dir = path.join(coreSrc, 'tasks/families');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .sort()
      .map((file) => [`families/${path.basename(file, '.ts')}`, path.join(dir, file)]),
  );
}

/**
 * Two modules read a package.json next to their source at run time (core's version, and the
 * onnxruntime-node version core depends on); in a bundle those files are elsewhere, so the
 * values are inlined.
 */
function inlinePackageReads() {
  const corePackage = JSON.parse(readFileSync(path.join(repoRoot, 'packages/core/package.json'), 'utf8'));
  const replacements = new Map([
    [path.join(coreSrc, 'version.ts'), `export const FTBENCH_VERSION = ${JSON.stringify(corePackage.version)};\n`],
    [
      path.join(actionDir, 'src/runtime-version.ts'),
      `export const ONNXRUNTIME_NODE_VERSION = ${JSON.stringify(corePackage.dependencies['onnxruntime-node'])};\n`,
    ],
  ]);
  return {
    name: 'ftbench-inline-package-reads',
    load: (id) => replacements.get(path.resolve(id)) ?? null,
  };
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
      ...familyEntries(),
    },
    cwd: repoRoot,
    platform: 'node',
    external: RUNTIME_EXTERNALS,
    resolve: {
      alias: {
        '@ftbench/core': path.join(coreSrc, 'index.ts'),
        '@ftbench/reporter': path.join(repoRoot, 'packages/reporter/src/index.ts'),
      },
      // The sources import './x.js' (NodeNext style) for './x.ts'.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    plugins: [inlinePackageReads()],
    // Core's modules have no import-time side effects, so an entry gets only the modules it uses:
    // the fork-safe commenter (comment.mjs) compares results without loading onnxruntime-node,
    // which is not installed where it runs.
    treeshake: { moduleSideEffects: (id, external) => !(external ? id === 'onnxruntime-node' : id.startsWith(coreSrc)) },
    logLevel: 'warn',
    output: {
      dir: outDir,
      format: 'esm',
      // Family entries keep the `.js` ending the registry looks for; the package.json below makes it ESM.
      entryFileNames: (chunk) => (chunk.name.startsWith('families/') ? '[name].js' : '[name].mjs'),
      chunkFileNames: '[name]-[hash].mjs',
    },
  });
  writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
  return [...result.output.map((file) => file.fileName), 'package.json'].sort();
}

export const COMMITTED_SCHEMA_FILE = path.join(repoRoot, 'schema/ftbench.schema.json');

/** schema/ftbench.schema.json as config-schema.ts defines it (the TypeScript module is bundled in memory to be read here). */
export async function configSchemaJson() {
  const { output } = await build({ input: path.join(actionDir, 'src/config-schema.ts'), cwd: repoRoot, logLevel: 'warn', write: false, output: { format: 'esm' } });
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
