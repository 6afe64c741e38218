/**
 * GitHub runs the committed bundle, not the sources: rebuilding must reproduce it byte for byte,
 * or CI fails here with the command that fixes it. The same holds for the shipped JSON Schema.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { bundleAction, COMMITTED_BUNDLE_DIR, COMMITTED_SCHEMA_FILE, configSchemaJson } from '../bundle.mjs';

const FIX = 'run `node packages/action/bundle.mjs` and commit packages/action/dist-action/ and schema/ftbench.schema.json';

/** Relative path → content of every file under `dir`, except the runtime installed into node_modules/. */
function filesUnder(dir: string): Map<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => !name.split(path.sep).includes('node_modules') && statSync(path.join(dir, name)).isFile())
    .sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

describe('the committed action bundle', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'ftbench-bundle-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what the sources build to today', async () => {
    await bundleAction(fresh);
    const built = filesUnder(fresh);
    const committed = filesUnder(COMMITTED_BUNDLE_DIR);
    expect([...committed.keys()], `file list differs: ${FIX}`).toEqual([...built.keys()]);
    const stale = [...built].filter(([name, text]) => committed.get(name) !== text).map(([name]) => name);
    expect(stale, `stale files: ${FIX}`).toEqual([]);
  });

  it('ships the JSON Schema that the action validates with', async () => {
    expect(readFileSync(COMMITTED_SCHEMA_FILE, 'utf8'), `schema/ftbench.schema.json is stale: ${FIX}`).toBe(await configSchemaJson());
  });
});
