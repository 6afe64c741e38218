/**
 * Few-shot example selection and formatting, as lm-evaluation-harness v0.4.x does it
 * (`lm_eval/api/samplers.py`: `ContextSampler.get_context`, `FirstNSampler`).
 */
import { FtbenchError } from '../errors.js';
import { messagesToText, qaTurn, type PromptMessage } from './messages.js';
import { PyRandom } from './pyrandom.js';
import type { TaskDefinition } from './types.js';

/** lm-eval's default `fewshot_random_seed`. */
export const DEFAULT_FEWSHOT_SEED = 1234;

/**
 * Picks the few-shot examples for one evaluated doc. Stateful for the `default` sampler: lm-eval keeps one
 * `random.Random(seed)` per task and consumes it doc by doc, so call it for the docs in evaluation order.
 */
export type FewshotSampler<Doc> = (evalDoc: Doc, numFewshot: number) => Doc[];

export function createFewshotSampler<Doc>(task: TaskDefinition<Doc>, fewshotDocs: readonly Doc[], seed: number = DEFAULT_FEWSHOT_SEED): FewshotSampler<Doc> {
  // lm-eval draws one extra doc when `fewshot_split == test_split`, so that dropping the evaluated doc
  // still leaves k. It compares the raw config values: a task with neither (hellaswag, winogrande,
  // truthfulqa) counts as equal and draws k+1 too.
  const drawsExtraDoc = task.fewshotSplit === task.testSplit;
  const draw = task.fewshotSampler === 'first_n' ? firstN(task, fewshotDocs) : randomSample(task, fewshotDocs, seed);
  return (evalDoc, numFewshot) =>
    draw(drawsExtraDoc ? numFewshot + 1 : numFewshot)
      .filter((candidate) => !pyEquals(candidate, evalDoc))
      .slice(0, numFewshot);
}

function firstN<Doc>(task: TaskDefinition<Doc>, docs: readonly Doc[]): (n: number) => Doc[] {
  return (n) => {
    if (n > docs.length) throw tooFewDocs(task, n, docs.length);
    return docs.slice(0, n);
  };
}

function randomSample<Doc>(task: TaskDefinition<Doc>, docs: readonly Doc[], seed: number): (n: number) => Doc[] {
  const rnd = new PyRandom(seed);
  return (n) => {
    if (n > docs.length) throw tooFewDocs(task, n, docs.length);
    return rnd.sample(docs, n);
  };
}

function tooFewDocs(task: TaskDefinition, wanted: number, available: number): FtbenchError {
  return new FtbenchError(
    `Task ${task.name} needs ${wanted} few-shot candidate docs per prompt but its few-shot split has ${available}.`,
    'Lower --num-fewshot.',
  );
}

/**
 * The labeled examples as lm-eval's `build_qa_turn` makes them: per doc, the text as a user message followed
 * by the target delimiter, and the target as an assistant message followed by the few-shot delimiter.
 * An int text (multiple-input tasks such as winogrande) stands for `choices[text]`; an int target for `choices[target]`.
 */
export function fewshotMessages<Doc>(task: TaskDefinition<Doc>, docs: readonly Doc[]): PromptMessage[] {
  const targetDelimiter = task.targetDelimiter ?? ' ';
  const fewshotDelimiter = task.fewshotDelimiter ?? '\n\n';
  return docs.flatMap((doc) => {
    const text = task.docToText(doc);
    const target = task.docToTarget(doc);
    const question = typeof text === 'number' ? choiceAt(task, doc, text) : text;
    // lm-eval appends nothing after the text when the target is empty.
    const answer = typeof target === 'number' ? choiceAt(task, doc, target) : target === '' ? undefined : target;
    return qaTurn(question, answer, targetDelimiter, fewshotDelimiter);
  });
}

/** The labeled examples block as plain text: for each doc, text + target delimiter + target + few-shot delimiter. */
export function formatLabeledExamples<Doc>(task: TaskDefinition<Doc>, docs: readonly Doc[]): string {
  return messagesToText(fewshotMessages(task, docs));
}

/** `doc_to_choice(doc)[index]`, failing loudly where Python would raise IndexError. */
export function choiceAt<Doc>(task: TaskDefinition<Doc>, doc: Doc, index: number): string {
  const choices = task.docToChoice(doc);
  if (!Number.isInteger(index) || index < 0 || index >= choices.length) {
    throw new Error(`Task ${task.name}: index ${index} is outside the doc's ${choices.length} choices`);
  }
  return choices[index];
}

/** Python `==` on JSON-like data (dicts compare by keys and values, whatever the key order). */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  return keys.length === Object.keys(bRecord).length && keys.every((key) => Object.hasOwn(bRecord, key) && pyEquals(aRecord[key], bRecord[key]));
}
