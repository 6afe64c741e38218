import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { loadTaskRegistry, type TaskRegistry } from '../../src/tasks/registry.js';

describe('task registry', () => {
  let registry: TaskRegistry;
  beforeAll(async () => {
    registry = await loadTaskRegistry();
  });

  it('discovers every family file', () => {
    for (const name of ['hellaswag', 'arc_easy', 'arc_challenge', 'winogrande', 'truthfulqa_mc1', 'truthfulqa_mc2', 'mmlu_anatomy']) {
      expect(registry.getTask(name).name).toBe(name);
    }
    expect(registry.getGroup('mmlu')?.weightBySize).toBe(true);
  });

  it('expands mmlu to its 57 subject tasks through the four category groups', () => {
    const { tasks, groups } = registry.resolve(['mmlu']);
    expect(tasks).toHaveLength(57);
    expect(new Set(tasks.map((task) => task.name)).size).toBe(57);
    expect(groups.map((group) => group.name)).toEqual(['mmlu', 'mmlu_stem', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_humanities']);
    // lm-eval's SUBJECTS map: 19 STEM, 13 other, 12 social sciences, 13 humanities.
    expect(groups.slice(1).map((group) => group.members.length)).toEqual([19, 13, 12, 13]);
    expect(registry.getGroup('mmlu_stem')?.members).toContain('mmlu_anatomy');
    expect(registry.getGroup('mmlu_humanities')?.members).toContain('mmlu_world_religions');
  });

  it('keeps requested tasks once each, in request order, next to the groups asked for', () => {
    const { tasks, groups } = registry.resolve(['hellaswag', 'mmlu_humanities', 'mmlu_philosophy', 'hellaswag']);
    expect(tasks[0].name).toBe('hellaswag');
    expect(tasks).toHaveLength(1 + 13);
    expect(groups.map((group) => group.name)).toEqual(['mmlu_humanities']);
  });

  it('rejects an unknown name with close matches and how to list tasks', () => {
    let error: unknown;
    try {
      registry.resolve(['mmlu_astronmy']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as FtbenchError).message).toContain('Unknown task or group "mmlu_astronmy"');
    expect((error as FtbenchError).message).toContain('mmlu_astronomy');
    expect((error as FtbenchError).hint).toContain('ftbench tasks');
    expect(() => registry.getTask('helaswag')).toThrow(/Did you mean: hellaswag/);
  });

  it('catalogs every task, group, tag and preset', () => {
    const entries = registry.catalog();
    // 57 MMLU subjects; hellaswag, arc_easy, arc_challenge, winogrande, truthfulqa_mc1, _mc2, _mc2_split; 5 groups; 2 tags; 1 preset
    expect(entries).toHaveLength(57 + 7 + 5 + 2 + 1);
    expect(entries.find((e) => e.name === 'mmlu')).toMatchObject({ kind: 'group', tasks: 57 });
    expect(entries.find((e) => e.name === 'arc_easy')).toMatchObject({ kind: 'task', dataset: { path: 'allenai/ai2_arc', name: 'ARC-Easy', split: 'test', fewshotSplit: 'train' } });
  });

  it('loads only module files: .js (dist) or .ts (src), never .d.ts or source maps', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ftbench-families-'));
    const family = (name: string) =>
      `export const family = { tasks: [{ name: '${name}', version: '1.0', dataset: { path: 'x' }, metrics: ['acc'] }] };\n`;
    writeFileSync(path.join(dir, 'compiled.js'), family('from_js'));
    writeFileSync(path.join(dir, 'compiled.d.ts'), 'this is not a module and would fail to import');
    writeFileSync(path.join(dir, 'compiled.js.map'), '{ "version": 3 }');
    writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const loaded = await loadTaskRegistry(dir);
    expect(loaded.catalog().map((entry) => entry.name)).toEqual(['from_js']);
  });
});
