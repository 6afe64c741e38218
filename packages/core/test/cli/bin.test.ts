/**
 * `npx ftbench` after `npm ci` in a fresh clone: npm links a workspace's bin at install time, which
 * comes before the build, so the bin must be a committed file — otherwise npx asks the public
 * registry for a package named "ftbench". Real npm, offline, on a workspace laid out like this
 * one (the core package's own package.json and bin, without its dependencies, so nothing is fetched).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../paths.js';

const core = path.join(repoRoot, 'packages/core');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-bin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const workspace = path.join(root, 'clone');

function npm(args: string[]) {
  // npm's settings from whoever started the tests (an outer npm run passes its own as npm_config_*) stay out.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
  const env = {
    ...inherited,
    npm_config_cache: path.join(root, 'npm-cache'),
    npm_config_userconfig: path.join(root, 'npmrc'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const run = spawnSync('npm', args, { cwd: workspace, encoding: 'utf8', env });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

beforeAll(() => {
  const manifest = JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8'));
  delete manifest.dependencies;
  mkdirSync(path.join(workspace, 'packages/core'), { recursive: true });
  writeFileSync(path.join(workspace, 'package.json'), JSON.stringify({ name: 'clone', private: true, workspaces: ['packages/core'] }));
  writeFileSync(path.join(workspace, 'packages/core/package.json'), JSON.stringify(manifest));
  writeFileSync(path.join(root, 'npmrc'), '');
  // What a clone has before the build: the bin targets that are in git (so not dist/).
  for (const target of Object.values(manifest.bin as Record<string, string>)) {
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', target], { cwd: core, stdio: 'ignore' }).status === 0;
    if (tracked) cpSync(path.join(core, target), path.join(workspace, 'packages/core', target));
  }
  const install = npm(['install', '--ignore-scripts']);
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
});

describe('npx ftbench in a fresh clone', () => {
  it('before the build, says to build instead of going to the registry', () => {
    const run = npm(['exec', '--', 'ftbench', '--help']);
    expect(run.stderr).not.toMatch(/registry|ENOTCACHED|404/);
    expect(run.stderr).toMatch(/ftbench: error: the CLI is not built yet[\s\S]*npm run build/);
    expect(run.code).toBe(2);
  });

  it('after the build, runs the workspace’s CLI', () => {
    symlinkSync(path.join(core, 'dist'), path.join(workspace, 'packages/core/dist'));
    const run = npm(['exec', '--', 'ftbench', 'eval', '--help']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ftbench eval --model DIR --tasks LIST/);
  });
});

describe('the @ftbench/core package as npm packs it', () => {
  it('ships what the installed CLI and library read at run time: the bin, dist and the demo suites', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: core,
      encoding: 'utf8',
      env: { ...process.env, npm_config_offline: 'true' },
    });
    expect(run.status).toBe(0);
    const files: string[] = JSON.parse(run.stdout)[0].files.map((file: { path: string }) => file.path);
    const demoSuites = readdirSync(path.join(core, 'demo')).filter((name) => /\.(jsonl?|ya?ml)$/.test(name));
    expect(demoSuites.length).toBeGreaterThan(0);
    for (const needed of ['bin/ftbench.js', 'dist/cli.js', 'dist/index.js', 'dist/tasks/families/mmlu.js', ...demoSuites.map((name) => `demo/${name}`)]) {
      expect(files).toContain(needed);
    }
  });
});
