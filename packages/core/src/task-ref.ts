/**
 * How a run names what it scores, and how a gate names what it checks. The one home of the
 * `suite:` prefix, which means two things: in a task list it is followed by a suite's location
 * (`suite:suites/pharmacy.jsonl`, `suite:hf://org/name/x.jsonl`); in results and gate targets by
 * the suite's name (`suite:pharmacy`, `suite:pharmacy/dosing` for its category dosing). A gate
 * names any task's category the same way: `mt_bench/writing`.
 */

const SUITE_PREFIX = 'suite:';

/** An entry of a task list: a task or group of the registry, or a custom suite file. */
export type TaskRef = { kind: 'registered'; name: string } | { kind: 'suite'; location: string };

export function parseTaskRef(text: string): TaskRef {
  return text.startsWith(SUITE_PREFIX) ? { kind: 'suite', location: text.slice(SUITE_PREFIX.length) } : { kind: 'registered', name: text };
}

export function formatTaskRef(ref: TaskRef): string {
  return ref.kind === 'suite' ? `${SUITE_PREFIX}${ref.location}` : ref.name;
}

/** The task name a suite's results use: `suite:<suite name>`. */
export function suiteTaskName(suiteName: string): string {
  return `${SUITE_PREFIX}${suiteName}`;
}

/**
 * What a gate checks: a task or group (a suite's task is `suite:<name>`), or one category of a
 * task that reports categories (a suite, MT-Bench). Written `<task>/<category>`: task, group and
 * suite names hold no slash, so the first one splits (`suite:pharmacy/dosing`, `mt_bench/writing`).
 */
export interface GateTarget {
  task: string;
  category?: string;
}

export function parseGateTarget(target: string): GateTarget {
  const slash = target.indexOf('/');
  return slash < 0 ? { task: target } : { task: target.slice(0, slash), category: target.slice(slash + 1) };
}

export function formatGateTarget({ task, category }: GateTarget): string {
  return category === undefined ? task : `${task}/${category}`;
}

/** A gate target that names nothing: empty, `suite:` with no suite name, or a task with an empty category (`mt_bench/`). */
export function isEmptyGateTarget(target: GateTarget): boolean {
  return target.task === '' || target.task === SUITE_PREFIX || target.category === '';
}
