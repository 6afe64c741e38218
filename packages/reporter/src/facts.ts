import { MT_BENCH_TURNS, type DegenerateSign, type EvalResults, type TaskResult } from '@ftbench/core';

/** How an MT-Bench task was judged and what judging cost (from TaskResult.mtBench). */
export interface MtBenchFacts {
  task: string;
  judge: string;
  temperature: string;
  /** Judgments that gave no rating (left out of the score), of `judgments` (two per question). */
  failedJudgments: number;
  judgments: number;
  judgeCalls: number;
  judgeCacheHits: number;
  judgePromptTokens: number;
  judgeCompletionTokens: number;
}

/** The MT-Bench tasks of a run, with their judging facts. */
export function mtBenchFactsOf(tasks: readonly TaskResult[]): MtBenchFacts[] {
  return tasks.flatMap((task) => {
    const record = task.mtBench;
    if (record === undefined) return [];
    const { judge, temperature, failedJudgments, judgeCalls, judgeCacheHits, judgePromptTokens, judgeCompletionTokens } = record;
    const judgments = MT_BENCH_TURNS * task.n;
    return [{ task: task.name, judge, temperature, failedJudgments, judgments, judgeCalls, judgeCacheHits, judgePromptTokens, judgeCompletionTokens }];
  });
}

/** One side of the comparison as the run-facts footer shows it. */
export interface RunSide {
  /** sha256 of the model files; shown shortened. */
  modelFingerprint: string;
  /** Wall-clock seconds of the evaluation; null when unknown. */
  seconds: number | null;
  /** Tasks whose answers show signs of a broken model. */
  degenerate?: { task: string; signs: DegenerateSign[] }[];
  /** Tasks with left-truncated requests, and how many. */
  truncated?: { task: string; requests: number }[];
  /** The `--name` label, else the model's path as given to the evaluator. */
  model?: string;
  ftbenchVersion?: string;
  /** Per task: few-shot examples and the dataset revision read. */
  tasks?: { task: string; numFewshot: number; dataset: string; revision: string }[];
  /** MT-Bench tasks: judge, failed judgments, judge calls and tokens. */
  mtBench?: MtBenchFacts[];
}

/** What the comment says about how the numbers were produced. */
export interface RunFacts {
  baseline: RunSide;
  candidate: RunSide;
  device: string;
  /** The baseline's results came from the cache instead of a fresh evaluation. */
  baselineCacheHit: boolean;
  /** Each group's members, from both runs: which rows are groups, and which tasks are in one (MMLU's subjects). */
  groups?: Record<string, string[]>;
}

export function runFactsFrom(baseline: EvalResults, candidate: EvalResults, baselineCacheHit: boolean): RunFacts {
  const side = (results: EvalResults): RunSide => {
    const tasks = Object.values(results.tasks);
    return {
      modelFingerprint: results.model.fingerprint,
      seconds: results.timings.totalSeconds,
      degenerate: tasks.filter((task) => (task.degenerate ?? []).length > 0).map((task) => ({ task: task.name, signs: task.degenerate ?? [] })),
      truncated: tasks.filter((task) => (task.truncatedRequests ?? 0) > 0).map((task) => ({ task: task.name, requests: task.truncatedRequests ?? 0 })),
      model: results.name ?? results.model.path,
      ftbenchVersion: results.ftbenchVersion,
      tasks: tasks.map((task) => ({ task: task.name, numFewshot: task.numFewshot, dataset: task.dataset.path, revision: task.dataset.revision })),
      mtBench: mtBenchFactsOf(tasks),
    };
  };
  const groups: Record<string, string[]> = {};
  for (const results of [baseline, candidate])
    for (const group of Object.values(results.groups)) groups[group.name] = [...new Set([...(groups[group.name] ?? []), ...group.members])];
  return { baseline: side(baseline), candidate: side(candidate), device: candidate.config.device, baselineCacheHit, groups };
}
