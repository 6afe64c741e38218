#!/usr/bin/env node
/**
 * The `ftbench` command. npm links a package's bin when it installs it, and in this repository that
 * happens (npm ci) before anything is built: so the bin is this committed file, and it runs the
 * compiled CLI — or says how to build it, instead of npx going to the public registry.
 */
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'ftbench: error: the CLI is not built yet (packages/core/dist/cli.js is missing)\n  Run npm run build at the repository root, then run ftbench again.\n',
  );
  process.exitCode = 2;
}
