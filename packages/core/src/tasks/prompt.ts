/**
 * Prompt and request construction for multiple-choice tasks, as lm-evaluation-harness v0.4.x does it
 * (`ConfigurableTask.fewshot_context` and `construct_requests` in `lm_eval/api/task.py`).
 */
import { FtbenchError } from '../errors.js';
import { createFewshotSampler, DEFAULT_FEWSHOT_SEED, fewshotMessages } from './fewshot.js';
import { maybeDelimit, qaTurn, renderPrompt, type ChatFormat, type PromptMessage } from './messages.js';
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
  /** lm-eval `--system_instruction`: the system message, before the task's description. */
  systemInstruction?: string;
  /** lm-eval `--apply_chat_template`: render every context with the model's chat template. */
  chat?: ChatFormat;
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
      ? createFewshotSampler(
          task,
          fewshotRows.map((row) => processDoc(row)),
          options.seed ?? DEFAULT_FEWSHOT_SEED,
        )
      : undefined;
  return evalDocs.map((doc, docIndex) => {
    const examples = sampler ? sampler(doc, numFewshot) : [];
    // lm-eval `fewshot_context`: the system message (instruction and description), then the labeled examples.
    const system = maybeDelimit(options.systemInstruction, task.description?.(doc), task.fewshotDelimiter ?? '\n\n');
    const preamble: PromptMessage[] = [...(system ? [{ role: 'system' as const, content: system, delimiter: '' }] : []), ...fewshotMessages(task, examples)];
    return { docIndex, doc, ...constructRequests(task, doc, preamble, options.chat) };
  });
}

/**
 * The requests for one doc given its preamble (system message and labeled examples), the question appended
 * as a user message and the whole rendered as plain text or through the chat template.
 * Multiple choice: one (context, delimiter + choice) per choice.
 * Multiple input (`docToText` returns the gold index): one (context with that choice, delimiter + target) per choice.
 * Under a chat template the delimiter is "", as lm-eval's `construct_requests` makes it (no task sets `gen_prefix`).
 */
export function constructRequests<Doc>(
  task: TaskDefinition<Doc>,
  doc: Doc,
  preamble: readonly PromptMessage[],
  chat?: ChatFormat,
): Pick<DocRequests<Doc>, 'gold' | 'choices' | 'requests'> {
  const targetDelimiter = chat ? '' : (task.targetDelimiter ?? ' ');
  const contextWith = (question: string) => renderPrompt([...preamble, ...qaTurn(question, undefined, '', '')], chat);
  const text = task.docToText(doc);
  const target = task.docToTarget(doc);
  const choices = task.docToChoice(doc);
  if (typeof text === 'number') {
    const continuation = targetDelimiter + String(target);
    return {
      gold: checkedGold(task, text, choices),
      choices,
      requests: choices.map((choice) => ({ context: contextWith(choice), continuation })),
    };
  }
  const context = contextWith(text);
  return {
    gold: checkedGold(task, typeof target === 'number' ? target : choices.indexOf(target), choices),
    choices,
    requests: choices.map((choice) => ({ context, continuation: targetDelimiter + choice })),
  };
}

/** lm-eval only logs a gold index outside the choices and scores the doc 0; here it is a task or data bug to fix. */
function checkedGold(task: TaskDefinition, gold: number, choices: readonly string[]): number {
  if (!Number.isInteger(gold) || gold < 0 || gold >= choices.length) {
    throw new Error(`Task ${task.name}: gold answer ${gold} is not one of the doc's ${choices.length} choices`);
  }
  return gold;
}
