/**
 * lm-eval's per-document records (`samples_<task>_<date>.jsonl`, `lm_eval/evaluator.py` with
 * `log_samples`, written by `EvaluationTracker.save_results_samples`), and reading them back into
 * ftbench's records for the paired statistics.
 */
import type { ScoredDoc, TaskRun } from '../evaluator.js';
import { FtbenchError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import type { SampleRecord } from '../schema.js';
import type { MetricName } from '../tasks/types.js';
import { PyFloat, pyJsonDumps, pyStr } from './python-json.js';

/** lm-eval's `utils.hash_string`. */
export function hashString(text: string): string {
  return sha256Hex(text);
}

/** The doc as lm-eval's task code sees it (after `process_docs`); a suite item without its file line number. */
function lmEvalDoc(doc: unknown): unknown {
  if (doc === null || typeof doc !== 'object' || !('line' in doc)) return doc;
  const { line: _line, ...rest } = doc as Record<string, unknown>;
  return rest;
}

/** `doc_to_target(doc)`: the gold index, or the continuation of a multiple-input task (Winogrande). */
function lmEvalTarget(run: TaskRun, scored: ScoredDoc): number | string {
  return run.prepared.task.docToTarget(scored.doc.doc);
}

export interface LmEvalSample {
  doc_id: number;
  doc: unknown;
  target: string;
  arguments: Record<string, Record<string, unknown>>;
  resps: string[][] | string[][][];
  filtered_resps: string[] | string[][];
  filter: 'none';
  metrics: string[];
  doc_hash: string;
  prompt_hash: string;
  target_hash: string;
  [metric: string]: unknown;
}

/**
 * One task's records in lm-eval's on-disk shape: `arguments` as `gen_args_<i>: {arg_0: context,
 * arg_1: continuation}`, responses stringified by Python's `str` (`sanitize_list`), `target` as
 * `str(target)`, the hashes over exactly what lm-eval hashes, then the per-doc metric values.
 */
export function lmEvalSamples(run: TaskRun): LmEvalSample[] {
  const generate = run.prepared.generate;
  return run.scored.map((scored, i) => {
    const { doc } = scored;
    const target = lmEvalTarget(run, scored);
    const metrics = run.samples[i].metrics;
    const requestArgs: unknown[][] = generate
      ? [[doc.requests[0].context, { until: ['\n\n'], max_gen_toks: generate.maxNewTokens }]]
      : doc.requests.map((r) => [r.context, r.continuation]);
    const docValue = lmEvalDoc(doc.doc);
    const record: LmEvalSample = {
      doc_id: doc.docIndex,
      doc: docValue,
      target: pyStr(target),
      arguments: Object.fromEntries(requestArgs.map((args, j) => [`gen_args_${j}`, Object.fromEntries(args.map((arg, k) => [`arg_${k}`, arg]))])),
      resps: generate ? [[scored.generated ?? '']] : scored.results.map((r) => [[pyStr(new PyFloat(r.loglikelihood)), pyStr(r.isGreedy)]]),
      filtered_resps: generate ? [scored.generated ?? ''] : scored.results.map((r) => [pyStr(new PyFloat(r.loglikelihood)), pyStr(r.isGreedy)]),
      filter: 'none',
      metrics: Object.keys(metrics),
      doc_hash: hashString(pyJsonDumps(docValue, 2)),
      prompt_hash: hashString(doc.requests[0].context),
      target_hash: hashString(pyStr(target)),
    };
    for (const [name, value] of Object.entries(metrics)) record[name] = new PyFloat(value as number);
    return record;
  });
}

/** The samples file's text: one `json.dumps(sample, ensure_ascii=False)` line per doc. */
export function lmEvalSamplesJsonl(samples: readonly LmEvalSample[]): string {
  return samples.map((sample) => `${pyJsonDumps(sample)}\n`).join('');
}

/** lm-eval's per-task hash in the results (`task_hashes`): over every doc's three hashes. */
export function lmEvalTaskHash(samples: readonly LmEvalSample[]): string {
  return hashString(samples.map((s) => s.doc_hash + s.prompt_hash + s.target_hash).join(''));
}

const METRICS: readonly MetricName[] = ['acc', 'acc_norm'];

/**
 * A samples file (ftbench's or lm-eval's own) as ftbench's per-document records, so a run logged
 * either way can be paired with another: docId, the per-doc metrics, and the per-choice log-likelihoods.
 */
export function samplesFromLmEvalJsonl(text: string, where: string): SampleRecord[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new FtbenchError(
          `${where}:${i + 1} is not JSON: ${(error as Error).message}`,
          'Pass a samples_<task>_<date>.jsonl file as lm-eval or ftbench --log-samples writes it.',
        );
      }
      if (typeof row.doc_id !== 'number' || !Array.isArray(row.metrics)) {
        throw new FtbenchError(`${where}:${i + 1} has no doc_id and metrics: it is not an lm-eval samples record`);
      }
      const metrics: Partial<Record<MetricName, number>> = {};
      for (const name of METRICS) if (typeof row[name] === 'number') metrics[name] = row[name] as number;
      const choices = Array.isArray(row.filtered_resps) ? row.filtered_resps.filter(Array.isArray) : [];
      const loglikelihoods = choices.map((choice) => Number((choice as unknown[])[0]));
      return {
        docId: row.doc_id,
        promptHash: String(row.prompt_hash ?? ''),
        gold: Number.isInteger(Number(row.target)) ? Number(row.target) : -1,
        loglikelihoods,
        isGreedy: choices.map((choice) => (choice as unknown[])[1] === 'True'),
        metrics,
        prediction: loglikelihoods.length > 0 ? loglikelihoods.indexOf(Math.max(...loglikelihoods)) : -1,
      };
    });
}
