/**
 * MT-Bench as one task of a run: prepared (data checked, turn-1 prompts rendered, hash taken) before the model
 * loads, then answered in two batched passes (every question's turn 1, then every turn 2) and judged, each turn
 * once, through a Judge. A judgment that fails for good (retries spent) is FastChat's `$ERROR$` judgment: no
 * rating, counted and left out of the scores, never cached, so the next run asks again.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { chatHashIdentity, chatRecord, type ChatSettings } from '../chat-settings.js';
import { FtbenchError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import type { Judge, JudgeReply } from '../judge/types.js';
import type { GenerationRequest, OnnxCausalLM } from '../model/causal-lm.js';
import { SPECIAL_TOKENS, tokenText, type ChatTemplate } from '../model/chat-template.js';
import { readOptionalJson } from '../model/files.js';
import { createProgress, type ProgressSink } from '../progress.js';
import type { MtBenchTurnRecord, SampleRecord, TaskResult } from '../schema.js';
import { answerSeed, answerTemperature, cleanAnswer, conversation, MT_BENCH_MAX_NEW_TOKENS, type MtBenchTemperatureMode } from './answers.js';
import { MT_BENCH_TASK, SINGLE_JUDGE_PROMPTS, type MtBenchQuestion } from './data.js';
import { judgeMessages, NO_RATING, parseRating } from './judge-messages.js';
import type { LoadedMtBench } from './load.js';
import { mtBenchScores, type Judged } from './scores.js';

/** Bumped when ftbench changes how it asks or judges MT-Bench (part of the hash). */
const MT_BENCH_VERSION = 'fastchat-llm_judge-1';
/** FastChat's judgment text when the judge API failed for good (common.py API_ERROR_OUTPUT). */
const API_ERROR_OUTPUT = '$ERROR$';

export interface PreparedMtBench {
  loaded: LoadedMtBench;
  questions: MtBenchQuestion[];
  template: ChatTemplate;
  systemInstruction?: string;
  temperature: MtBenchTemperatureMode;
  seed: number;
  judgeModel: string;
  /** Turn 1's prompts, in question order. */
  firstPrompts: string[];
  hash: string;
  /** Set when the chat template refused the system message. */
  chatWarning?: string;
}

export interface PrepareMtBenchOptions {
  limit?: number;
  temperature: MtBenchTemperatureMode;
  seed: number;
  judgeModel: string;
}

/** Checks what MT-Bench needs and builds turn 1's prompts; `chat` must carry the model's chat template. */
export function prepareMtBench(loaded: LoadedMtBench, chat: ChatSettings, opts: PrepareMtBenchOptions): PreparedMtBench {
  const { template, systemInstruction } = chat;
  if (!template) {
    throw new FtbenchError(
      'mt_bench needs the chat template of an instruction model: its two turns are a conversation',
      "Add --apply-chat-template (the model's tokenizer_config.json or chat_template.jinja must hold its template).",
    );
  }
  const questions = opts.limit === undefined ? loaded.data.questions : loaded.data.questions.slice(0, opts.limit);
  let dropped: string | undefined;
  const firstPrompts = questions.map((q) =>
    template.render(conversation(q, 1, undefined, systemInstruction), (reason) => {
      dropped = reason.split('\n')[0].slice(0, 200);
    }),
  );
  const record = chatRecord(chat);
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      MT_BENCH_TASK,
      MT_BENCH_VERSION,
      loaded.dataset.revision,
      opts.judgeModel,
      opts.temperature,
      opts.temperature === 'fastchat' ? opts.seed : null,
      MT_BENCH_MAX_NEW_TOKENS,
      record ? chatHashIdentity(record) : null,
    ]),
  );
  for (const [i, q] of questions.entries()) {
    hash.update(JSON.stringify([q, loaded.data.references.get(q.questionId) ?? null, firstPrompts[i]]));
  }
  for (const name of SINGLE_JUDGE_PROMPTS) hash.update(JSON.stringify(loaded.data.judgePrompts.get(name)));
  return {
    loaded,
    questions,
    template,
    systemInstruction,
    temperature: opts.temperature,
    seed: opts.seed,
    judgeModel: opts.judgeModel,
    firstPrompts,
    hash: hash.digest('hex'),
    ...(dropped
      ? {
          chatWarning: `${MT_BENCH_TASK}: the chat template refused the system message ("${dropped}"), so the prompts were rendered without --system-instruction`,
        }
      : {}),
  };
}

/** gen_model_answer.py's special_tokens_map: the texts its clean-up removes from every answer. */
function specialTokenTexts(modelDir: string): string[] {
  const config = readOptionalJson(path.join(modelDir, 'tokenizer_config.json'), 'tokenizer_config.json');
  const additional = Array.isArray(config.additional_special_tokens) ? config.additional_special_tokens : [];
  return [...SPECIAL_TOKENS.map((key) => config[key]), ...additional].map(tokenText).filter((text): text is string => text !== undefined);
}

export interface RunMtBenchOptions {
  /** Where progress goes; false for silence. */
  progress?: ProgressSink | false;
  onWarning: (message: string) => void;
}

/** What the run adds: the task's result, its per-question records, and the generation requests it made. */
export interface MtBenchOutcome {
  result: TaskResult;
  samples: SampleRecord[];
  requests: number;
}

/** FastChat asks for at most 1024 new tokens; here no more than the model's length leaves after the prompt, so no prompt loses its start. */
function answerRequests(model: OnnxCausalLM, prepared: PreparedMtBench, prompts: string[], turn: 1 | 2): GenerationRequest[] {
  return prepared.questions.map((q, i) => {
    const room = model.record.maxLength - model.contextTokenCount(prompts[i]);
    const temperature = answerTemperature(q.category, prepared.temperature);
    return {
      context: prompts[i],
      until: [],
      maxNewTokens: Math.max(1, Math.min(MT_BENCH_MAX_NEW_TOKENS, room)),
      ...(temperature > 0 ? { sampling: { temperature, seed: answerSeed(prepared.seed, q.questionId, turn) } } : {}),
    };
  });
}

async function answerTurn(model: OnnxCausalLM, prepared: PreparedMtBench, prompts: string[], turn: 1 | 2, opts: RunMtBenchOptions) {
  const requests = answerRequests(model, prepared, prompts, turn);
  const progress =
    opts.progress === false ? null : createProgress(`${MT_BENCH_TASK} answers, turn ${turn}`, requests.length, { sink: opts.progress, unit: 'answer' });
  try {
    const decoded = await model.generate(requests, (done) => progress?.update(done));
    return { requests, decoded };
  } finally {
    progress?.finish();
  }
}

interface TurnJudgment {
  reply?: JudgeReply;
  error?: string;
}

/** Every judgment at once: the judge bounds its own concurrency. A failure for good becomes a judgment without a rating. */
async function judgeAll(judge: Judge, messageSets: ReturnType<typeof judgeMessages>[], opts: RunMtBenchOptions): Promise<TurnJudgment[]> {
  const progress = opts.progress === false ? null : createProgress(`${MT_BENCH_TASK} judgments`, messageSets.length, { sink: opts.progress, unit: 'judgment' });
  let done = 0;
  try {
    return await Promise.all(
      messageSets.map(async ({ messages }): Promise<TurnJudgment> => {
        try {
          return { reply: await judge.judge(messages) };
        } catch (error) {
          if (!(error instanceof FtbenchError)) throw error;
          return { error: error.message.split('\n')[0].slice(0, 300) };
        } finally {
          progress?.update(++done);
        }
      }),
    );
  } finally {
    progress?.finish();
  }
}

export async function runMtBench(prepared: PreparedMtBench, model: OnnxCausalLM, judge: Judge, opts: RunMtBenchOptions): Promise<MtBenchOutcome> {
  const { questions, loaded } = prepared;
  const specialTokens = specialTokenTexts(model.record.path);
  const first = await answerTurn(model, prepared, prepared.firstPrompts, 1, opts);
  const firstAnswers = first.decoded.map((text) => cleanAnswer(text, specialTokens));
  const secondPrompts = questions.map((q, i) => prepared.template.render(conversation(q, 2, firstAnswers[i], prepared.systemInstruction)));
  const second = await answerTurn(model, prepared, secondPrompts, 2, opts);
  const secondAnswers = second.decoded.map((text) => cleanAnswer(text, specialTokens));

  const statsBefore = judge.stats();
  const inputs = questions.flatMap((question, i) =>
    ([1, 2] as const).map((turn) => ({
      question,
      turn,
      answers: turn === 1 ? [firstAnswers[i]] : [firstAnswers[i], secondAnswers[i]],
      reference: loaded.data.references.get(question.questionId),
    })),
  );
  // FastChat passes the reference only to the reference-judged categories' prompts; the others' templates name no reference field.
  const messageSets = inputs.map((input) => judgeMessages(input, loaded.data.judgePrompts));
  const judgments = await judgeAll(judge, messageSets, opts);
  const errors = judgments.filter((j) => j.error !== undefined);
  if (errors.length === judgments.length) {
    throw new FtbenchError(
      `${MT_BENCH_TASK}: every judgment failed (${judge.model}): ${errors[0].error}`,
      'Fix what the first failure names; every successful judgment is cached, so a re-run asks only for the rest.',
    );
  }
  const judged: Judged[] = inputs.map((input, k) => ({
    questionId: input.question.questionId,
    category: input.question.category,
    turn: input.turn,
    rating: judgments[k].reply ? parseRating(judgments[k].reply.text) : NO_RATING,
  }));
  const scores = mtBenchScores(judged);
  if (scores.failed > 0) {
    const calls = errors.length > 0 ? `; ${errors.length} judge call${errors.length === 1 ? '' : 's'} failed for good, e.g. ${errors[0].error}` : '';
    opts.onWarning(`${MT_BENCH_TASK}: ${scores.failed} of ${judged.length} judgments gave no rating and are left out of the scores${calls}`);
  }
  const stats = judge.stats();
  const turnRecords = (i: number): MtBenchTurnRecord[] =>
    ([0, 1] as const).map((t) => {
      const k = 2 * i + t;
      const { reply, error } = judgments[k];
      return {
        answer: t === 0 ? firstAnswers[i] : secondAnswers[i],
        rating: judged[k].rating,
        judgment: reply ? reply.text : API_ERROR_OUTPUT,
        judgePrompt: messageSets[k].prompt,
        ...(error !== undefined ? { judgeError: error } : {}),
      };
    });
  const samples: SampleRecord[] = questions.map((q, i) => {
    const score = scores.questionScores.get(q.questionId);
    return {
      docId: q.questionId,
      promptHash: sha256Hex(`${prepared.firstPrompts[i]}\u0000${secondPrompts[i]}`),
      gold: -1,
      loglikelihoods: [],
      isGreedy: [],
      metrics: score === undefined ? {} : { score },
      prediction: -1,
      category: q.category,
      turns: turnRecords(i),
    };
  });
  const requests = [...first.requests, ...second.requests];
  const truncated = model.truncatedGenerations(requests);
  const result: TaskResult = {
    name: MT_BENCH_TASK,
    kind: 'mt-bench',
    version: MT_BENCH_VERSION,
    hash: prepared.hash,
    numFewshot: 0,
    n: questions.length,
    ...(questions.length < loaded.data.questions.length ? { nOriginal: loaded.data.questions.length } : {}),
    metrics: { score: scores.overall },
    categories: scores.categories,
    dataset: loaded.dataset,
    ...(truncated > 0 ? { truncatedRequests: truncated } : {}),
    mtBench: {
      judge: judge.model,
      judgePrompts: [...new Set(messageSets.map((m) => m.prompt))].sort(),
      temperature: prepared.temperature,
      ...(prepared.temperature === 'fastchat' ? { seed: prepared.seed } : {}),
      turns: scores.turns,
      failedJudgments: scores.failed,
      judgeErrors: errors.length,
      judgeCalls: stats.calls - statsBefore.calls,
      judgeCacheHits: stats.cacheHits - statsBefore.cacheHits,
      judgePromptTokens: stats.promptTokens - statsBefore.promptTokens,
      judgeCompletionTokens: stats.completionTokens - statsBefore.completionTokens,
    },
  };
  return { result, samples, requests: requests.length };
}
