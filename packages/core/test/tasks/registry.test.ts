import { beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { TASK_FAMILIES, loadTaskRegistry, type TaskRegistry } from '../../src/tasks/registry.js';

describe('task registry', () => {
  let registry: TaskRegistry;
  beforeAll(async () => {
    registry = await loadTaskRegistry();
  });

  it('holds every family', () => {
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

  it('catalogs every task, group, tag and preset of every family, once each, sorted by name', () => {
    const entries = registry.catalog();
    const names = entries.map((entry) => entry.name);
    const kinds = ['tasks', 'groups', 'tags', 'presets'] as const;
    const defined = TASK_FAMILIES.flatMap((family) => kinds.flatMap((kind) => (family[kind] ?? []).map((entry) => entry.name)));
    expect([...names].sort()).toEqual([...defined].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort());
    for (const entry of entries) if (entry.kind === 'group') expect(entry.tasks).toBe(registry.resolve([entry.name]).tasks.length);
    expect(entries.find((e) => e.name === 'mmlu')).toMatchObject({ kind: 'group', tasks: 57 });
    expect(entries.find((e) => e.name === 'arc_easy')).toMatchObject({
      kind: 'task',
      dataset: { path: 'allenai/ai2_arc', name: 'ARC-Easy', split: 'test', fewshotSplit: 'train' },
    });
  });
});
