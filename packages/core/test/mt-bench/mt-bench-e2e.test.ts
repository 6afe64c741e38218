/**
 * MT-Bench end to end through the real pipeline: the shared trained Llama-architecture model (stories260k-with-past,
 * given a ChatML template) answers both turns through onnxruntime, a real HTTP judge on 127.0.0.1 grades them through
 * createHttpJudge and the judgment cache, with faults: a 429 with Retry-After, a 500, a hang past the timeout and a
 * malformed body (each once, then a rating), a reply without a rating, and a judgment whose every attempt fails.
 * Nothing may be lost: every retried judgment is rated, both kinds of failure are counted and reported, the judge saw
 * exactly FastChat's messages with the model's answers, and a second run takes every good judgment from the cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluator.js';
import { createHttpJudge } from '../../src/judge/http-judge.js';
import { withJudgmentCache } from '../../src/judge/judgment-cache.js';
import { parseJudgePrompts, parseQuestions, parseReferences, type MtBenchQuestion } from '../../src/mt-bench/data.js';
import { judgeMessages } from '../../src/mt-bench/judge-messages.js';
import { conversation } from '../../src/mt-bench/answers.js';
import { loadChatTemplate } from '../../src/model/chat-template.js';
import { sha256Hex } from '../../src/hash.js';
import { parseResults } from '../../src/results-reader.js';
import type { EvalResults, SampleRecord } from '../../src/schema.js';
import { startJudgeServer, type JudgeServer, type JudgeServerAction, type ReceivedRequest } from '../helpers/judge-server.js';
import { describeWithShared, sharedDatasets, sharedModels } from '../paths.js';

const CHATML =
  "{% for m in messages %}{{ '<|im_start|>' + m.role + '\\n' + m.content + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
const API_KEY = 'sk-test-do-not-print-0123456789';

describeWithShared('mt_bench end to end (stories260k-with-past, a faulty HTTP judge)', ['models/stories260k-with-past', 'datasets/mt_bench'], () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ftbench-mt-bench-e2e-'));
  const modelDir = path.join(root, 'model');
  const dataDir = path.join(root, 'data');
  const cacheDir = path.join(root, 'judgments');
  const source = path.join(sharedDatasets, 'mt_bench');
  const questions = parseQuestions(readFileSync(path.join(source, 'question.jsonl'), 'utf8'), 'question.jsonl');
  const prompts = parseJudgePrompts(readFileSync(path.join(source, 'judge_prompts.jsonl'), 'utf8'), 'judge_prompts.jsonl');
  const references = parseReferences(readFileSync(path.join(source, 'reference_answer/gpt-4.jsonl'), 'utf8'), 'gpt-4.jsonl');
  // The first question of each category leads, so that --limit 8 covers all eight (reference-judged ones too).
  const lines = readFileSync(path.join(source, 'question.jsonl'), 'utf8').trimEnd().split('\n');
  const leading = lines.filter((_, i) => i % 10 === 0);
  const chosen = questions.filter((_, i) => i % 10 === 0);
  const [rateLimited, erroring, hanging, malformed, unrated, failing] = chosen.map((q) => q.questionId);

  const turnOf = (request: ReceivedRequest): 1 | 2 => (request.body.messages[0].content === 'You are a helpful assistant.' ? 1 : 2);
  const questionOf = (request: ReceivedRequest): MtBenchQuestion => {
    const user = request.body.messages[1].content;
    const found = chosen.find((q) => user.includes(`[Question]\n${q.turns[0]}\n`) || user.includes(`### User:\n${q.turns[0]}\n`));
    if (!found) throw new Error(`the judge was asked about no question of the run: ${user.slice(0, 200)}`);
    return found;
  };
  /** The scripted rating of a judgment: a function of the question and the turn. */
  const ratingOf = (q: MtBenchQuestion, turn: 1 | 2) => ((3 * Math.floor(q.questionId / 10) + turn) % 10) + 1;
  const script = (request: ReceivedRequest): JudgeServerAction => {
    const q = questionOf(request);
    const turn = turnOf(request);
    const first = request.attempt === 1;
    const rated: JudgeServerAction = {
      kind: 'reply',
      content: `The answer rambles.\n\nRating: [[${ratingOf(q, turn)}]]`,
      promptTokens: 300,
      completionTokens: 12,
    };
    if (turn === 1 && q.questionId === rateLimited && first) return { kind: 'rate-limit', retryAfterSeconds: 1 };
    if (turn === 1 && q.questionId === erroring && first) return { kind: 'server-error' };
    if (turn === 1 && q.questionId === hanging && first) return { kind: 'hang' };
    if (turn === 2 && q.questionId === malformed && first) return { kind: 'malformed-json' };
    if (turn === 2 && q.questionId === unrated) return { kind: 'reply', content: 'I cannot rate this answer.' };
    if (turn === 2 && q.questionId === failing) return { kind: 'server-error' };
    return rated;
  };

  let server: JudgeServer;
  let first: EvalResults;
  let second: EvalResults;
  const warnings: string[][] = [[], []];
  const run = async (k: number) => {
    const judge = withJudgmentCache(
      createHttpJudge({ url: server.url, model: 'gpt-4', apiKey: API_KEY, timeoutMs: 1500, maxRetries: 2, retryDelayMs: 1, onRetry: () => {} }),
      cacheDir,
    );
    const { results } = await evaluate({
      model: modelDir,
      tasks: ['mt_bench'],
      dataDir,
      limit: 8,
      applyChatTemplate: true,
      batchSize: 4,
      judge,
      logSamples: true,
      progress: false,
      onWarning: (message) => warnings[k].push(message),
    });
    return results;
  };

  beforeAll(async () => {
    cpSync(path.join(sharedModels, 'stories260k-with-past'), modelDir, { recursive: true });
    const configFile = path.join(modelDir, 'tokenizer_config.json');
    writeFileSync(configFile, JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), chat_template: CHATML }, null, 1));
    cpSync(source, path.join(dataDir, 'mt_bench'), { recursive: true });
    writeFileSync(path.join(dataDir, 'mt_bench', 'question.jsonl'), `${[...leading, ...lines.filter((_, i) => i % 10 !== 0)].join('\n')}\n`);
    server = await startJudgeServer(script);
    first = await run(0);
    second = await run(1);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const task = () => first.tasks.mt_bench;
  const samples = () => first.samples?.mt_bench as SampleRecord[];

  it('answers the first 8 questions, one per category, and records them in the results schema', () => {
    expect(parseResults(JSON.stringify(first), 'results')).toBeTruthy();
    expect(task()).toMatchObject({ name: 'mt_bench', kind: 'mt-bench', n: 8, nOriginal: 80, numFewshot: 0 });
    expect(Object.keys(task().categories ?? {})).toEqual(['coding', 'extraction', 'humanities', 'math', 'reasoning', 'roleplay', 'stem', 'writing']);
    expect(samples().map((s) => s.docId)).toEqual(chosen.map((q) => q.questionId));
    for (const sample of samples()) {
      expect(sample.turns).toHaveLength(2);
      for (const turn of sample.turns ?? []) expect(turn.answer).toBe(turn.answer.trim());
    }
  });

  it('every fault that heals is rated; the unrated reply and the judgment that failed for good are counted and reported', () => {
    const rating = (id: number, turn: 0 | 1) => samples().find((s) => s.docId === id)?.turns?.[turn];
    for (const id of [rateLimited, erroring, hanging])
      expect(rating(id, 0)?.rating).toBe(ratingOf(chosen.find((q) => q.questionId === id) as MtBenchQuestion, 1));
    expect(rating(malformed, 1)?.rating).toBe(ratingOf(chosen.find((q) => q.questionId === malformed) as MtBenchQuestion, 2));
    expect(rating(unrated, 1)).toMatchObject({ rating: -1, judgment: 'I cannot rate this answer.' });
    expect(rating(failing, 1)).toMatchObject({ rating: -1, judgment: '$ERROR$', judgeError: expect.stringMatching(/failed after 3 attempts; last: HTTP 500/) });
    expect(task().mtBench).toMatchObject({ judge: 'gpt-4', temperature: 'greedy', failedJudgments: 2, judgeErrors: 1, judgeCacheHits: 0 });
    expect(warnings[0].join('\n')).toMatch(/mt_bench: 2 of 16 judgments gave no rating and are left out of the scores; 1 judge call failed for good/);
    // Each heal cost one extra request; the failing judgment three; 16 judgments in all.
    const attempts = server.requests.filter((r) => questionOf(r).questionId === failing && turnOf(r) === 2);
    expect(attempts.length).toBe(3 + 3);
  });

  it('the scores are the mean of exactly the rated judgments (turns, categories, overall), and each question the mean of its rated turns', () => {
    const rated = chosen.flatMap((q) =>
      ([1, 2] as const).filter((t) => !(t === 2 && (q.questionId === unrated || q.questionId === failing))).map((t) => ratingOf(q, t)),
    );
    expect(rated).toHaveLength(14);
    expect(task().metrics.score?.value).toBeCloseTo(rated.reduce((a, b) => a + b, 0) / 14, 12);
    expect(task().mtBench?.turns[0].value).toBeCloseTo(chosen.reduce((a, q) => a + ratingOf(q, 1), 0) / 8, 12);
    const unratedQuestion = chosen.find((q) => q.questionId === unrated) as MtBenchQuestion;
    expect(samples().find((s) => s.docId === unrated)?.metrics.score).toBe(ratingOf(unratedQuestion, 1));
    expect(task().categories?.[unratedQuestion.category].metrics.score?.value).toBe(ratingOf(unratedQuestion, 1));
  });

  it("the judge got FastChat's exact messages with the model's answers (turn 2 with turn 1's), at temperature 0, with the key only in the header", () => {
    for (const sample of samples()) {
      const q = chosen.find((c) => c.questionId === sample.docId) as MtBenchQuestion;
      const answers = (sample.turns ?? []).map((t) => t.answer);
      for (const turn of [1, 2] as const) {
        const expected = judgeMessages({ question: q, turn, answers: answers.slice(0, turn), reference: references.get(q.questionId) }, prompts);
        const asked = server.requests.filter((r) => JSON.stringify(r.body.messages) === JSON.stringify(expected.messages));
        expect(asked.length).toBeGreaterThan(0);
        expect(asked[0].body).toMatchObject({ model: 'gpt-4', temperature: 0, n: 1 });
        expect(asked[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
        expect(sample.turns?.[turn - 1].judgePrompt).toBe(expected.prompt);
      }
    }
    expect(JSON.stringify(first)).not.toContain(API_KEY);
  });

  it("turn 2 was asked through the chat template with turn 1's answer in the conversation", () => {
    const template = loadChatTemplate(modelDir);
    for (const sample of samples()) {
      const q = chosen.find((c) => c.questionId === sample.docId) as MtBenchQuestion;
      const firstAnswer = sample.turns?.[0].answer as string;
      const prompts = [template.render(conversation(q, 1)), template.render(conversation(q, 2, firstAnswer))];
      expect(prompts[1]).toBe(`${prompts[0]}${firstAnswer}<|im_end|>\n<|im_start|>user\n${q.turns[1]}<|im_end|>\n<|im_start|>assistant\n`);
      expect(sample.promptHash).toBe(sha256Hex(prompts.join('\u0000')));
    }
  });

  it('a second run answers the same (greedy) and takes every good judgment from the cache: only the failed one is asked again', () => {
    expect(second.samples?.mt_bench.map((s) => s.turns?.map((t) => t.answer))).toEqual(samples().map((s) => s.turns?.map((t) => t.answer)));
    expect(second.tasks.mt_bench.mtBench).toMatchObject({ judgeCacheHits: 15, judgeCalls: 1, failedJudgments: 2, judgeErrors: 1 });
    expect(second.tasks.mt_bench.metrics).toEqual(task().metrics);
    expect(second.tasks.mt_bench.hash).toBe(task().hash);
  });
});
