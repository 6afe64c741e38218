/**
 * The task families, listed here: adding a benchmark is adding its file to families/ and one line
 * below. A static list (not a directory scan) so every build, the action's bundle included, holds
 * exactly these modules.
 */
import { FtbenchError } from '../errors.js';
import { family as arc } from './families/arc.js';
import { family as benchmarks } from './families/benchmarks.js';
import { family as hellaswag } from './families/hellaswag.js';
import { family as mmlu } from './families/mmlu.js';
import { family as truthfulqa } from './families/truthfulqa.js';
import { family as winogrande } from './families/winogrande.js';
import { evaluationSplit, fewshotSplit } from './splits.js';
import type { MissingMember, PresetMember, TaskDefinition, TaskFamily, TaskGroup, TaskPreset, TaskTag } from './types.js';

/** How a selected task is reached and the settings a preset gives it. */
export interface SelectedTask {
  task: TaskDefinition;
  /** The names from the requested one down to the task, e.g. `mmlu`, `mmlu_stem`, `mmlu_anatomy`. */
  path: string[];
  /** The shot count a preset member sets (`openllm`: mmlu 5); the user's --num-fewshot still wins, as in lm-eval. */
  presetNumFewshot?: number;
}

export const TASK_FAMILIES: readonly TaskFamily[] = [arc, benchmarks, hellaswag, mmlu, truthfulqa, winogrande];

/** The tasks and groups a list of requested names stands for. */
export interface ResolvedSelection {
  /** Leaf tasks, each once, in the order the requested names reach them; a preset's `fewshot_split` is applied. */
  tasks: TaskDefinition[];
  /** The same tasks, with how each was reached. */
  selected: SelectedTask[];
  /** Every group reached (requested ones and their subgroups), parents before children, each once. */
  groups: TaskGroup[];
  /** Presets and tags reached: they aggregate nothing, but lm-eval's results list their members. */
  presets: TaskPreset[];
  tags: TaskTag[];
  /** What the user should know, e.g. the lm-eval members of a preset that ftbench lacks. */
  warnings: string[];
}

/** One entry of `ftbench tasks`. */
export type CatalogEntry =
  | {
      kind: 'task';
      name: string;
      about: string;
      numFewshot: number;
      metrics: string[];
      dataset: { path: string; name?: string; split: string | null; fewshotSplit: string | null };
    }
  | { kind: 'group'; name: string; about: string; members: string[]; tasks: number; metrics: string[]; weightBySize: boolean }
  | { kind: 'tag'; name: string; about: string; members: string[]; missing: MissingMember[] }
  | { kind: 'preset'; name: string; about: string; members: PresetMember[]; missing: MissingMember[] };

export interface TaskRegistry {
  /** Expands group, tag and preset names to their leaf tasks; unknown names raise an FtbenchError with suggestions. */
  resolve(names: readonly string[]): ResolvedSelection;
  getTask(name: string): TaskDefinition;
  getGroup(name: string): TaskGroup | undefined;
  /** Every task, group, tag and preset, sorted by name. */
  catalog(): CatalogEntry[];
}

/** The registry of TASK_FAMILIES, checked (unique names, known group members). */
export async function loadTaskRegistry(): Promise<TaskRegistry> {
  return createTaskRegistry(TASK_FAMILIES);
}

export function createTaskRegistry(families: readonly TaskFamily[]): TaskRegistry {
  const tasks = new Map<string, TaskDefinition>();
  const groups = new Map<string, TaskGroup>();
  const tags = new Map<string, TaskTag>();
  const presets = new Map<string, TaskPreset>();
  const checkNewName = (name: string): void => {
    if (tasks.has(name) || groups.has(name) || tags.has(name) || presets.has(name)) throw new Error(`Two task families define "${name}"`);
  };
  const add = <T extends { name: string }>(into: Map<string, T>, items: readonly T[] | undefined): void => {
    for (const item of items ?? []) {
      checkNewName(item.name);
      into.set(item.name, item);
    }
  };
  for (const family of families) {
    add(tasks, family.tasks);
    add(groups, family.groups);
    add(tags, family.tags);
    add(presets, family.presets);
  }
  const known = (member: string) => tasks.has(member) || groups.has(member) || tags.has(member);
  const collections: [string, readonly string[]][] = [
    ...[...groups.values()].map((g): [string, readonly string[]] => [g.name, g.members]),
    ...[...tags.values()].map((t): [string, readonly string[]] => [t.name, t.members]),
    ...[...presets.values()].map((p): [string, readonly string[]] => [p.name, p.members.map((m) => m.name)]),
  ];
  for (const [name, members] of collections) {
    const unknown = members.filter((member) => !known(member));
    if (unknown.length > 0) throw new Error(`Group ${name} lists unknown members: ${unknown.join(', ')}`);
  }
  const allNames = [...tasks.keys(), ...groups.keys(), ...tags.keys(), ...presets.keys()];

  function unknownName(name: string): FtbenchError {
    const suggestions = closeMatches(name, allNames);
    return new FtbenchError(
      `Unknown task or group "${name}".` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
      'Run `ftbench tasks` to list the available tasks and groups.',
    );
  }

  function resolve(names: readonly string[]): ResolvedSelection {
    const selection: ResolvedSelection = { tasks: [], selected: [], groups: [], presets: [], tags: [], warnings: [] };
    const expand = (name: string, chain: readonly string[], preset: PresetMember | undefined): void => {
      const path = [...chain, name];
      const task = tasks.get(name);
      if (task) {
        const chosen = preset?.fewshotSplit === undefined ? task : { ...task, fewshotSplit: preset.fewshotSplit };
        const earlier = selection.selected.find((s) => s.task.name === name);
        if (!earlier) {
          selection.tasks.push(chosen);
          selection.selected.push({ task: chosen, path, ...(preset ? { presetNumFewshot: preset.numFewshot } : {}) });
        } else if (earlier.task.fewshotSplit !== chosen.fewshotSplit || earlier.presetNumFewshot !== preset?.numFewshot) {
          throw new FtbenchError(
            `${name} is selected twice with different settings (through ${earlier.path.join(' > ')} and through ${path.join(' > ')})`,
            `Name it once in --tasks.`,
          );
        }
        return;
      }
      if (chain.includes(name)) throw new Error(`Group cycle: ${path.join(' -> ')}`);
      const group = groups.get(name);
      if (group) {
        if (!selection.groups.includes(group)) selection.groups.push(group);
        for (const member of group.members) expand(member, path, preset);
        return;
      }
      const tag = tags.get(name);
      if (tag) {
        if (tag.missing?.length && preset === undefined) {
          throw new FtbenchError(
            `lm-eval's ${name} also runs ${describeMissing(tag.missing)}; ftbench has only ${tag.members.join(', ')} of it.`,
            `Pass --tasks ${tag.members.join(',')} to score those (their scores match lm-eval's tasks of the same names).`,
          );
        }
        if (!selection.tags.includes(tag)) selection.tags.push(tag);
        for (const member of tag.members) expand(member, path, preset);
        return;
      }
      const chosenPreset = presets.get(name);
      if (!chosenPreset || chain.length > 0) throw unknownName(name);
      if (!selection.presets.includes(chosenPreset)) selection.presets.push(chosenPreset);
      const missing = [...chosenPreset.missing, ...chosenPreset.members.flatMap((member) => tags.get(member.name)?.missing ?? [])];
      if (missing.length > 0) {
        selection.warnings.push(
          `${name}: lm-eval's ${name} also runs ${describeMissing(missing)}; ftbench scores the rest, so its ${name} is not lm-eval's whole ${name}.`,
        );
      }
      for (const member of chosenPreset.members) expand(member.name, path, member);
    };
    for (const name of names) expand(name, [], undefined);
    return selection;
  }

  function taskEntry(task: TaskDefinition): CatalogEntry {
    const hasSplits = task.testSplit !== undefined || task.validationSplit !== undefined;
    return {
      kind: 'task',
      name: task.name,
      about: task.about ?? '',
      numFewshot: task.defaultNumFewshot ?? 0,
      metrics: [...task.metrics],
      dataset: {
        path: task.dataset.path,
        ...(task.dataset.name ? { name: task.dataset.name } : {}),
        split: hasSplits ? evaluationSplit(task) : null,
        fewshotSplit: hasSplits ? fewshotSplit(task) : null,
      },
    };
  }

  return {
    resolve,
    getTask(name) {
      const task = tasks.get(name);
      if (!task) throw unknownName(name);
      return task;
    },
    getGroup: (name) => groups.get(name),
    catalog() {
      const entries: CatalogEntry[] = [
        ...[...tasks.values()].map(taskEntry),
        ...[...groups.values()].map(
          (g): CatalogEntry => ({
            kind: 'group',
            name: g.name,
            about: g.about ?? '',
            members: [...g.members],
            tasks: resolve([g.name]).tasks.length,
            metrics: [...g.metrics],
            weightBySize: g.weightBySize,
          }),
        ),
        ...[...tags.values()].map(
          (t): CatalogEntry => ({ kind: 'tag', name: t.name, about: t.about, members: [...t.members], missing: [...(t.missing ?? [])] }),
        ),
        ...[...presets.values()].map(
          (p): CatalogEntry => ({ kind: 'preset', name: p.name, about: p.about, members: p.members.map((m) => ({ ...m })), missing: [...p.missing] }),
        ),
      ];
      return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    },
  };
}

function describeMissing(missing: readonly MissingMember[]): string {
  return missing.map((m) => `${m.name} (${m.reason})`).join(' and ');
}

/** Up to five names within a small edit distance of `name`, or containing it, closest first. */
function closeMatches(name: string, candidates: readonly string[]): string[] {
  const maxDistance = Math.max(2, Math.floor(name.length / 4));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .filter(({ candidate, distance }) => distance <= maxDistance || candidate.includes(name))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 5)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
