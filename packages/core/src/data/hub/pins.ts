/**
 * `--dataset-revision KEY=REVISION`: read a task's dataset at a given branch, tag or commit sha.
 * KEY is a task name (`arc_easy`) or a Hub dataset (`cais/mmlu`, every task reading it); a task
 * name wins over its dataset.
 */
import { FtbenchError } from '../../errors.js';
import type { DatasetRef, TaskDefinition } from '../../tasks/types.js';
import { splitList } from '../../text-values.js';

export type RevisionPins = Record<string, string>;

const PIN_HINT =
  'Write KEY=REVISION, KEY a task name (arc_easy) or a Hub dataset (cais/mmlu), REVISION a branch, tag or commit sha; separate several with commas.';

/** Each value may hold several comma-separated pins. */
export function parseRevisionPins(values: readonly string[]): RevisionPins {
  const pins: RevisionPins = {};
  for (const entry of values.flatMap(splitList)) {
    const at = entry.indexOf('=');
    const key = entry.slice(0, at).trim();
    const revision = entry.slice(at + 1).trim();
    if (at < 0 || key === '' || revision === '') throw new FtbenchError(`--dataset-revision "${entry}" is not KEY=REVISION.`, PIN_HINT);
    if (pins[key] !== undefined && pins[key] !== revision) {
      throw new FtbenchError(`--dataset-revision pins ${key} twice (${pins[key]} and ${revision}).`, PIN_HINT);
    }
    pins[key] = revision;
  }
  return pins;
}

/** The task's dataset with the revision the pins give it. */
export function pinnedDataset(task: TaskDefinition, pins: RevisionPins): DatasetRef {
  const revision = pins[task.name] ?? pins[task.dataset.path] ?? task.dataset.revision;
  return revision === undefined ? task.dataset : { ...task.dataset, revision };
}

/** A pin that matches no selected task is a typo, not a no-op. */
export function assertPinsApply(pins: RevisionPins, tasks: readonly TaskDefinition[]): void {
  const keys = new Set(tasks.flatMap((task) => [task.name, task.dataset.path]));
  const unused = Object.keys(pins).filter((key) => !keys.has(key));
  if (unused.length > 0) {
    const datasets = [...new Set(tasks.map((task) => task.dataset.path))];
    throw new FtbenchError(
      `--dataset-revision names ${unused.join(', ')}, which ${unused.length === 1 ? 'is' : 'are'} neither a selected task nor its dataset.`,
      `Datasets of the selected tasks: ${datasets.join(', ') || 'none'}.`,
    );
  }
}
