/**
 * Prompt and request construction for multiple-choice tasks, as lm-evaluation-harness v0.4.x does it
 * (`ConfigurableTask.fewshot_context` and `construct_requests` in `lm_eval/api/task.py`).
 */
import { FtbenchError } from '../errors.js';
import { createFewshotSampler, DEFAULT_FEWSHOT_SEED, formatLabeledExamples } from './fewshot.js';
import type { RawDoc, TaskDefinition } from './types.js';

/** One log-likelihood request: score `continuation` given `context`. */
export interface LoglikelihoodRequest {
  context: string;
  continuation: string;
}

/** Everything needed to score one evaluated doc. */
export interface DocRequests<Doc = unknown> {
  /** Position of the doc in its evaluation split. */
  docIndex: number;
  /** The doc after `processDoc`. */
  doc: Doc;
  /** Index of the correct choice. */
  gold: number;
  /** `doc_to_choice(doc)`; for multiple-input tasks these are the alternative contexts. */
  choices: string[];
  /** One request per choice, in choice order. */
  requests: LoglikelihoodRequest[];
}

export interface BuildOptions {
  /** lm-eval `--fewshot_random_seed`; default 1234. */
  seed?: number;
  /** Build only the first `limit` docs; only those consume the few-shot random generator, as in lm-eval. */
  limit?: number;
}

/**
 * Builds the requests of every evaluated doc, in order. Rows are in the Hub's column layout; `processDoc`
 * is applied here to evaluation and few-shot rows alike. The few-shot sampler is consumed sequentially,
 * so the result for doc i depends only on docs 0..i, never on batching.
 */
export function buildDocRequests<Doc>(
  task: TaskDefinition<Doc>,
  evalRows: readonly RawDoc[],
  fewshotRows: readonly RawDoc[],
  numFewshot: number,
  options: BuildOptions = {},
): DocRequests<Doc>[] {
  if (!Number.isInteger(numFewshot) || numFewshot < 0) {
    throw new FtbenchError(`The number of few-shot examples must be a whole number >= 0, got ${numFewshot}.`);
  }
  const limit = options.limit ?? evalRows.length;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new FtbenchError(`--limit must be a whole number >= 0, got ${options.limit}.`);
  }
  const processDoc = task.processDoc ?? ((raw: RawDoc) => raw as Doc);
  const evalDocs = evalRows.slice(0, limit).map((row) => processDoc(row));
  const sampler =
    numFewshot > 0
      ? createFewshotSampler(task, fewshotRows.map((row) => processDoc(row)), options.seed ?? DEFAULT_FEWSHOT_SEED)
      : undefined;
  return evalDocs.map((doc, docIndex) => {
    const examples = sampler ? sampler(doc, numFewshot) : [];
    const preamble = (task.description?.(doc) ?? '') + formatLabeledExamples(task, examples);
    return { docIndex, doc, ...constructRequests(task, doc, preamble) };
  });
}

/**
 * The requests for one doc given its preamble (description + labeled examples).
 * Multiple choice: one (preamble + text, delimiter + choice) per choice.
 * Multiple input (`docToText` returns the gold index): one (preamble + choice, delimiter + target) per choice.
 */
export function constructRequests<Doc>(
  task: TaskDefinition<Doc>,
  doc: Doc,
  preamble: string,
): Pick<DocRequests<Doc>, 'gold' | 'choices' | 'requests'> {
  const targetDelimiter = task.targetDelimiter ?? ' ';
  const text = task.docToText(doc);
  const target = task.docToTarget(doc);
  const choices = task.docToChoice(doc);
  if (typeof text === 'number') {
    const continuation = targetDelimiter + String(target);
    return {
      gold: checkedGold(task, text, choices),
      choices,
      requests: choices.map((choice) => ({ context: preamble + choice, continuation })),
    };
  }
  return {
    gold: checkedGold(task, typeof target === 'number' ? target : choices.indexOf(target), choices),
    choices,
    requests: choices.map((choice) => ({ context: preamble + text, continuation: targetDelimiter + choice })),
  };
}

/** lm-eval only logs a gold index outside the choices and scores the doc 0; here it is a task or data bug to fix. */
function checkedGold(task: TaskDefinition, gold: number, choices: readonly string[]): number {
  if (!Number.isInteger(gold) || gold < 0 || gold >= choices.length) {
    throw new Error(`Task ${task.name}: gold answer ${gold} is not one of the doc's ${choices.length} choices`);
  }
  return gold;
}
