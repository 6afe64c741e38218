/**
 * Request lists shaped like each lm-eval task type, for the toy models' byte-level tokenizer (token
 * ids are the UTF-8 bytes; `<|endoftext|>` = 256 stands in for an empty context), with the expected
 * scores from the independent float64 reference forward pass.
 */
import type { LoglikelihoodRequest } from '../../src/model/loglikelihood.js';
import { referenceLogits, referenceLoglikelihood, type ToyModelSpec } from '../../src/toy-model/index.js';
import type { LoglikelihoodResult } from '../../src/tasks/types.js';

export const END_OF_TEXT_ID = 256;
const bytes = (text: string) => [...Buffer.from(text, 'utf8')];

/** One document: its requests, consecutive as the evaluator emits them. */
export type Doc = LoglikelihoodRequest[];

const choices = (context: string, continuations: string[]): Doc => continuations.map((continuation) => ({ context, continuation }));

/** Every continuation fits in 40 bytes and every request in 96, the toy models' positions. */
export const TASK_SHAPES: Record<string, Doc[]> = {
  // One token per option: lm-eval and ftbench alike run one pass per question.
  'MMLU letters': [
    choices('Q: 2+2=?\nA. 3\nB. 4\nC. 5\nD. 22\nAnswer:', [' A', ' B', ' C', ' D']),
    choices('Q: Capital of Peru?\nA. Lima\nB. Quito\nC. Cusco\nD. Bogota\nAnswer:', [' A', ' B', ' C', ' D']),
  ],
  // Multi-token endings, some sharing their first words.
  'HellaSwag endings': [
    choices('Roofing: A man is on a roof. He', [
      ' starts pulling up shingles.',
      ' starts to sing loudly.',
      ' falls asleep in the sun.',
      ' is using wrap on skis.',
    ]),
    choices('Baking: She cracks two eggs into a bowl and', [' whisks them.', ' throws the bowl away.', ' whisks the flour in slowly.', ' sits down.']),
  ],
  // Many long options after one question.
  'TruthfulQA mc2': [
    choices('Q: What happens if you crack your knuckles a lot?\nA:', [
      ' Nothing in particular happens.',
      ' It does not cause arthritis.',
      ' You will get arthritis.',
      ' Your joints will swell up over time.',
      ' It is harmless for most people.',
      ' Your fingers will fall off.',
      ' You will get arthritis when old.',
      ' Nothing bad happens to most of you.',
    ]),
  ],
  // Different contexts, one shared continuation (partial scoring).
  'Winogrande partial': [
    [
      { context: 'The trophy would not fit in the suitcase because the trophy', continuation: ' was too big.' },
      { context: 'The trophy would not fit in the suitcase because the suitcase', continuation: ' was too big.' },
    ],
    [
      { context: 'Ann asked Mary what time it was, because Ann', continuation: ' had no watch.' },
      { context: 'Ann asked Mary what time it was, because Mary', continuation: ' had no watch.' },
    ],
  ],
  // No context: the continuation is scored after <|endoftext|>.
  'empty context': [choices('', ['Hello', 'Help me', 'Hello there, friend'])],
  // Trailing whitespace moves from the context to the continuation.
  'trailing space': [choices('The answer is ', ['yes', 'no', 'maybe so'])],
};

const PRINTABLE = (id: number) => id >= 0x21 && id <= 0x7e;

/**
 * A document whose first option is the reference model's own greedy continuation (so is_greedy is
 * true for it) and whose second differs in the last character: the first context "Item k:" whose two
 * argmax steps are printable ASCII.
 */
export function greedyDoc(spec: ToyModelSpec): Doc {
  for (let k = 0; k < 200; k++) {
    const context = `Item ${k}:`;
    const ids = bytes(context);
    const first = argmax(referenceLogits(spec, ids).at(-1) as Float64Array);
    if (!PRINTABLE(first)) continue;
    const second = argmax(referenceLogits(spec, [...ids, first]).at(-1) as Float64Array);
    if (!PRINTABLE(second)) continue;
    const greedy = String.fromCharCode(first, second);
    const other = String.fromCharCode(first, second === 0x21 ? 0x22 : second - 1);
    return choices(context, [greedy, other]);
  }
  throw new Error('no context with a printable greedy continuation: pick another seed');
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** lm-eval's split for the byte tokenizer: trailing context whitespace joins the continuation; an empty context is EOS. */
export function expectedIds({ context, continuation }: LoglikelihoodRequest): { contextIds: number[]; continuationIds: number[] } {
  if (context === '') return { contextIds: [END_OF_TEXT_ID], continuationIds: bytes(continuation) };
  const trimmed = context.replace(/\s+$/u, '');
  return { contextIds: bytes(trimmed), continuationIds: bytes(context.slice(trimmed.length) + continuation) };
}

/** The reference score of a request on a model of `maxLength` positions: lm-eval keeps the last maxLength + 1 tokens. */
export function referenceResult(spec: ToyModelSpec, request: LoglikelihoodRequest, maxLength: number): LoglikelihoodResult {
  const { contextIds, continuationIds } = expectedIds(request);
  const window = [...contextIds, ...continuationIds].slice(-(maxLength + 1));
  return referenceLoglikelihood(spec, window.slice(0, -continuationIds.length), continuationIds);
}

/** Index of the highest score of each document: the multiple-choice prediction. */
export function predictions(docs: Doc[], results: LoglikelihoodResult[]): number[] {
  let offset = 0;
  return docs.map((doc) => {
    const scores = results.slice(offset, offset + doc.length).map((r) => r.loglikelihood);
    offset += doc.length;
    return scores.indexOf(Math.max(...scores));
  });
}
