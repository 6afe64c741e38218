/**
 * The README's ftbench commands work as printed: each is run through npx (which resolves to the
 * workspace's bin, see bin.test.ts; a bare `ftbench` is only found after a global install), names a
 * real command, and uses only options that command's --help lists. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths.js';

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** Shell lines of fenced bash blocks and indented blocks, continuation lines joined. */
function shellCommands(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^```(\w*)/.exec(line);
    if (opening) {
      fence = fence === undefined ? opening[1] : undefined;
      continue;
    }
    if (fence === 'bash' || (fence === undefined && /^ {4}\S/.test(line))) lines.push(line.trim());
  }
  return lines
    .join('\n')
    .replace(/\\\n\s*/g, ' ')
    .split('\n');
}

const commands = shellCommands(readme).filter((line) => /(^|\s)ftbench\s/.test(line));

describe("the README's ftbench commands", () => {
  it('are found', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it.each(commands)('%s', (line) => {
    const words = line.replace(/#.*$/, '').trim().split(/\s+/);
    const at = words.indexOf('ftbench');
    expect(words[at - 1], 'run ftbench through npx').toBe('npx');
    const [command, rest] = [words[at + 1], words.slice(at + 2).join(' ')];
    const help = spawnSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
    expect(help.status, `ftbench ${command} --help`).toBe(0);
    for (const flag of rest.match(/(?<=\s|^)--[a-z][a-z-]*/g) ?? []) expect(help.stdout, `${flag} of ftbench ${command}`).toContain(`${flag}`);
  });
});
