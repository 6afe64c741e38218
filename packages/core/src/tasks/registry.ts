/**
 * The task families, listed here: adding a benchmark is adding its file to families/ and one line
 * below. A static list (not a directory scan) so every build, the action's bundle included, holds
 * exactly these modules.
 */
import { FtbenchError } from '../errors.js';
import { family as arc } from './families/arc.js';
import { family as hellaswag } from './families/hellaswag.js';
import { family as mmlu } from './families/mmlu.js';
import { family as truthfulqa } from './families/truthfulqa.js';
import { family as winogrande } from './families/winogrande.js';
import type { TaskDefinition, TaskFamily, TaskGroup } from './types.js';

export const TASK_FAMILIES: readonly TaskFamily[] = [arc, hellaswag, mmlu, truthfulqa, winogrande];

/** The tasks and groups a list of requested names stands for. */
export interface ResolvedSelection {
  /** Leaf tasks, each once, in the order the requested names reach them. */
  tasks: TaskDefinition[];
  /** Every group reached (requested ones and their subgroups), parents before children, each once. */
  groups: TaskGroup[];
}

export interface TaskRegistry {
  /** Expands group names to their leaf tasks; unknown names raise an FtbenchError with suggestions. */
  resolve(names: readonly string[]): ResolvedSelection;
  getTask(name: string): TaskDefinition;
  getGroup(name: string): TaskGroup | undefined;
  /** One line per task and group, sorted by name; a group's line says how many tasks it covers. */
  list(): string[];
}

/** The registry of TASK_FAMILIES, checked (unique names, known group members). */
export async function loadTaskRegistry(): Promise<TaskRegistry> {
  return createTaskRegistry(TASK_FAMILIES);
}

export function createTaskRegistry(families: readonly TaskFamily[]): TaskRegistry {
  const tasks = new Map<string, TaskDefinition>();
  const groups = new Map<string, TaskGroup>();
  const checkNewName = (name: string): void => {
    if (tasks.has(name) || groups.has(name)) throw new Error(`Two task families define "${name}"`);
  };
  for (const family of families) {
    for (const task of family.tasks) {
      checkNewName(task.name);
      tasks.set(task.name, task);
    }
    for (const group of family.groups ?? []) {
      checkNewName(group.name);
      groups.set(group.name, group);
    }
  }
  for (const group of groups.values()) {
    const unknown = group.members.filter((member) => !tasks.has(member) && !groups.has(member));
    if (unknown.length > 0) throw new Error(`Group ${group.name} lists unknown members: ${unknown.join(', ')}`);
  }
  const allNames = [...tasks.keys(), ...groups.keys()];

  function unknownName(name: string): FtbenchError {
    const suggestions = closeMatches(name, allNames);
    return new FtbenchError(
      `Unknown task or group "${name}".` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
      'Run `ftbench tasks` to list the available tasks and groups.',
    );
  }

  function resolve(names: readonly string[]): ResolvedSelection {
    const selection: ResolvedSelection = { tasks: [], groups: [] };
    const expand = (name: string, chain: readonly string[]): void => {
      const task = tasks.get(name);
      if (task) {
        if (!selection.tasks.includes(task)) selection.tasks.push(task);
        return;
      }
      const group = groups.get(name);
      if (!group) throw unknownName(name);
      if (chain.includes(name)) throw new Error(`Group cycle: ${[...chain, name].join(' -> ')}`);
      if (!selection.groups.includes(group)) selection.groups.push(group);
      for (const member of group.members) expand(member, [...chain, name]);
    };
    for (const name of names) expand(name, []);
    return selection;
  }

  return {
    resolve,
    getTask(name) {
      const task = tasks.get(name);
      if (!task) throw unknownName(name);
      return task;
    },
    getGroup: (name) => groups.get(name),
    list() {
      const lines = [...tasks.keys()].map((name) => ({ name, line: name }));
      for (const name of groups.keys()) {
        lines.push({ name, line: `${name}  (group of ${resolve([name]).tasks.length} tasks)` });
      }
      return lines.sort((a, b) => (a.name < b.name ? -1 : 1)).map(({ line }) => line);
    },
  };
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
