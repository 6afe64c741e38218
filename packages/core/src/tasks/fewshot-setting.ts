/**
 * `--num-fewshot`: one count for every task (`5`) or counts per task, group, tag or preset
 * (`mmlu=5,arc_challenge=25`), and how a task's count follows from it, the way lm-eval decides.
 */
import { FtbenchError } from '../errors.js';
import type { TaskDefinition } from './types.js';

/** One count for every task, or counts by name. */
export type FewshotSetting = number | Readonly<Record<string, number>>;

const HINT = 'e.g. --num-fewshot 5 (every task) or --num-fewshot mmlu=5,arc_challenge=25,hellaswag=10 (per task or group).';

function count(text: string, what: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) throw new FtbenchError(`${what} must be an integer >= 0, got "${text}"`, HINT);
  return n;
}

export function parseFewshotSetting(text: string, flag = '--num-fewshot'): FewshotSetting {
  const trimmed = text.trim();
  if (!trimmed.includes('=')) return count(trimmed, flag);
  const counts: Record<string, number> = {};
  for (const part of trimmed.split(',').map((p) => p.trim())) {
    const at = part.lastIndexOf('=');
    const name = part.slice(0, at).trim();
    if (at < 0 || name === '') throw new FtbenchError(`${flag} "${text}": "${part}" is not NAME=N`, HINT);
    if (Object.hasOwn(counts, name)) throw new FtbenchError(`${flag} gives ${name} twice`, 'Give each task or group once.');
    counts[name] = count(part.slice(at + 1).trim(), `${flag} ${name}`);
  }
  return counts;
}

/** The count the user asked for a task reached through `path` (requested name first): the most specific name wins. */
export function requestedFewshot(setting: FewshotSetting | undefined, path: readonly string[]): number | undefined {
  if (setting === undefined || typeof setting === 'number') return setting;
  for (let i = path.length - 1; i >= 0; i--) if (Object.hasOwn(setting, path[i])) return setting[path[i]];
  return undefined;
}

/** Names in a per-task setting that no selected task is reached through: a typo must not go unnoticed. */
export function assertFewshotNamesSelected(setting: FewshotSetting | undefined, paths: readonly (readonly string[])[]): void {
  if (setting === undefined || typeof setting === 'number') return;
  const reached = new Set(paths.flat());
  const unknown = Object.keys(setting).filter((name) => !reached.has(name));
  if (unknown.length > 0) {
    throw new FtbenchError(
      `--num-fewshot names ${unknown.join(', ')}, which --tasks does not select`,
      `Name tasks, groups or suites (suite:<name>) that --tasks selects: ${[...new Set(paths.map((p) => p[0]))].join(', ')}.`,
    );
  }
}

export interface FewshotChoice {
  numFewshot: number;
  /** Set when a requested count is not used. */
  warning?: string;
}

/**
 * lm-eval's rule (`evaluator.simple_evaluate`): a manual count replaces the task's own, except for a
 * task whose config sets `num_fewshot: 0` (TruthfulQA: its prompt is a fixed six-question primer),
 * which keeps 0 ("Manual configuration will be ignored"). Without a manual count: the preset's, else
 * the task's own, else 0.
 */
export function chooseStandardFewshot(task: TaskDefinition, requested: number | undefined, presetNumFewshot: number | undefined): FewshotChoice {
  if (requested === undefined) return { numFewshot: presetNumFewshot ?? task.defaultNumFewshot ?? 0 };
  if (task.defaultNumFewshot === 0 && requested !== 0) {
    return {
      numFewshot: 0,
      warning: `${task.name} is always scored 0-shot: its lm-eval config sets num_fewshot: 0 (the prompt carries its own examples), so the requested ${requested} is ignored, as lm-eval ignores it ("Manual configuration will be ignored").`,
    };
  }
  return { numFewshot: requested };
}
