/**
 * Where `--output FILE` / `--output-path DIR` put the results and, with `--log-samples`, the
 * per-task samples files, following lm-eval's `EvaluationTracker`: a path ending in `.json` is a
 * file stem, anything else a folder holding a subfolder per (sanitized) model name.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '../evaluator.js';
import { lmEvalResults, sanitizeModelName, type LmEvalEnvironment } from './results.js';
import { pyJsonDumps } from './python-json.js';
import { lmEvalSamples, lmEvalSamplesJsonl } from './samples.js';

/** lm-eval's `date_id`: `datetime.now().isoformat().replace(":", "-")`, local time with microseconds. */
export function lmEvalDateId(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`;
  const micro = date.getMilliseconds() * 1000;
  return `${day}T${time}${micro > 0 ? `.${pad(micro, 6)}` : ''}`;
}

/** lm-eval's `sanitize_task_name` (`\W` → `_`), so a suite's name cannot leave the folder. */
export function sanitizeTaskName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_]/gu, '_');
}

export interface OutputPlan {
  /** lm-eval-shaped results file (with --output-path). */
  lmEvalResults?: string;
  /** ftbench's schema v1 next to it (with --output-path), for the reporter and the action. */
  ftbenchResults?: string;
  /** Folder for samples_<task>_<date>.jsonl (with --log-samples and an output). */
  samplesDir?: string;
}

export function planOutput(options: { output?: string; outputPath?: string; modelPath: string; logSamples: boolean; dateId: string }): OutputPlan {
  const { output, outputPath, dateId } = options;
  const plan: OutputPlan = {};
  if (outputPath !== undefined) {
    if (outputPath.endsWith('.json')) {
      const dir = path.dirname(outputPath);
      const stem = path.basename(outputPath, '.json');
      plan.lmEvalResults = path.join(dir, `${stem}_${dateId}.json`);
      plan.ftbenchResults = path.join(dir, `${stem}_${dateId}.ftbench.json`);
    } else {
      const dir = path.join(outputPath, sanitizeModelName(options.modelPath));
      plan.lmEvalResults = path.join(dir, `results_${dateId}.json`);
      plan.ftbenchResults = path.join(dir, `results_${dateId}.ftbench.json`);
    }
  }
  if (options.logSamples) {
    const beside = plan.lmEvalResults ?? output;
    if (beside !== undefined) plan.samplesDir = path.dirname(beside);
  }
  return plan;
}

/** Writes the lm-eval-shaped results and the samples files the plan names; returns what was written. */
export function writeLmEvalOutput(
  evaluation: Evaluation,
  plan: OutputPlan,
  options: { environment: LmEvalEnvironment; startDate: number; dateId: string; modelName: string },
): string[] {
  const { dateId } = options;
  const written: string[] = [];
  if (plan.samplesDir !== undefined) {
    for (const run of evaluation.runs) {
      const file = path.join(plan.samplesDir, `samples_${sanitizeTaskName(run.prepared.task.name)}_${dateId}.jsonl`);
      writeFileSync(file, lmEvalSamplesJsonl(lmEvalSamples(run)));
      written.push(file);
    }
  }
  if (plan.lmEvalResults !== undefined) {
    writeFileSync(plan.lmEvalResults, pyJsonDumps(lmEvalResults(evaluation, options), 2));
    written.push(plan.lmEvalResults);
  }
  return written;
}
