/**
 * The model's side of MT-Bench, as FastChat's gen_model_answer.py asks it: turn 1 alone, then turn 2 with turn 1's
 * (cleaned) answer in the conversation, through the model's chat template (ftbench's stand-in for FastChat's
 * per-model conversation templates), at most 1024 new tokens, at FastChat's per-category temperature or greedily.
 */
import { sha256Hex } from '../hash.js';
import { pyStrip } from '../tasks/python-str.js';
import type { MtBenchTaskRecord } from '../schema.js';
import type { ChatMessage } from '../tasks/messages.js';
import type { MtBenchQuestion } from './data.js';

/** gen_model_answer.py's --max-new-token default. */
export const MT_BENCH_MAX_NEW_TOKENS = 1024;

/** FastChat common.py temperature_config; a category not in it is sampled at 0.7. */
const FASTCHAT_TEMPERATURES: Readonly<Record<string, number>> = {
  writing: 0.7,
  roleplay: 0.7,
  extraction: 0.0,
  math: 0.0,
  coding: 0.0,
  reasoning: 0.0,
  stem: 0.1,
  humanities: 0.1,
};
const FASTCHAT_DEFAULT_TEMPERATURE = 0.7;
/** gen_model_answer.py samples only above this temperature. */
const GREEDY_BELOW = 1e-4;

/**
 * `fastchat`: FastChat's per-category temperatures (writing and roleplay sampled at 0.7, stem and humanities at 0.1,
 * the rest greedy). `greedy`: every answer decoded greedily.
 *
 * The default is `greedy`, because ftbench's MT-Bench score gates pull requests: a PR check compares two runs
 * question by question, and sampling at 0.7 adds to every writing and roleplay delta a noise that has nothing to do
 * with the change under review, so a real regression hides in it (or a lucky draw passes it). Greedy answers also
 * repeat exactly, so an unchanged model's judgments come from the judgment cache. `fastchat` reproduces FastChat's
 * generation for numbers comparable with published MT-Bench scores; the mode is in the task hash, so the two never
 * compare as equal.
 */
export type MtBenchTemperatureMode = MtBenchTaskRecord['temperature'];
export const DEFAULT_MT_BENCH_TEMPERATURE: MtBenchTemperatureMode = 'greedy';

export function answerTemperature(category: string, mode: MtBenchTemperatureMode): number {
  if (mode === 'greedy') return 0;
  const temperature = FASTCHAT_TEMPERATURES[category] ?? FASTCHAT_DEFAULT_TEMPERATURE;
  return temperature < GREEDY_BELOW ? 0 : temperature;
}

/**
 * The sampling seed of one answer: a function of the run's seed, the question and the turn only, so an answer's
 * draws are the same run to run and whatever the batch it is decoded in.
 */
export function answerSeed(runSeed: number, questionId: number, turn: 1 | 2): number {
  return Number.parseInt(sha256Hex(`mt_bench\u0000${runSeed}\u0000${questionId}\u0000${turn}`).slice(0, 8), 16);
}

/** The conversation the model answers at `turn`: turn 1's question, or it with turn 1's answer and turn 2's question. */
export function conversation(question: MtBenchQuestion, turn: 1 | 2, firstAnswer?: string, systemInstruction?: string): ChatMessage[] {
  const system: ChatMessage[] = systemInstruction === undefined ? [] : [{ role: 'system', content: systemInstruction }];
  const first: ChatMessage = { role: 'user', content: question.turns[0] };
  if (turn === 1) return [...system, first];
  return [...system, first, { role: 'assistant', content: firstAnswer ?? '' }, { role: 'user', content: question.turns[1] }];
}

/**
 * gen_model_answer.py's clean-up of a decoded answer: every special token's text (the tokenizer's
 * special_tokens_map, additional special tokens included) removed wherever it appears, then Python's strip().
 * (Its cut at the conversation template's stop string has no counterpart: generation stops at EOS.)
 */
export function cleanAnswer(decoded: string, specialTokens: readonly string[]): string {
  let text = decoded;
  for (const token of specialTokens) if (token !== '') text = text.split(token).join('');
  return pyStrip(text);
}
