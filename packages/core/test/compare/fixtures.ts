/**
 * Small hand-made EvalResults for the comparison tests: a task's aggregate value is the plain
 * mean of the per-document values given, so expected numbers can be worked out by hand.
 */
import { RESULTS_SCHEMA_VERSION, type EvalResults, type GroupResult, type Metrics, type SampleRecord, type TaskResult } from '../../src/schema.js';
import { MT_BENCH_CATEGORIES } from '../../src/mt-bench/data.js';
import type { MetricName } from '../../src/tasks/types.js';

export interface TaskSpec {
  /** Per-document metric values, one per doc. */
  values: Partial<Record<MetricName, number[]>>;
  /** Default 0..n-1. */
  docIds?: (number | string)[];
  /** One per doc; undefined entries are uncategorized. */
  categories?: (string | undefined)[];
  /** Aggregate metrics to report instead of the means (e.g. to fix a stderr). */
  metrics?: Metrics;
  categoryResults?: TaskResult['categories'];
  hash?: string;
  version?: string;
  numFewshot?: number;
  /** Write per-sample records (default true). */
  logSamples?: boolean;
}

export interface GroupSpec {
  members: string[];
  weightBySize: boolean;
  metrics: Metrics;
  n?: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function docCount(spec: TaskSpec): number {
  return Object.values(spec.values)[0]?.length ?? 0;
}

function taskResult(name: string, spec: TaskSpec): TaskResult {
  const means = Object.fromEntries(Object.entries(spec.values).map(([metric, values]) => [metric, { value: mean(values), stderr: null }]));
  return {
    name,
    kind: spec.categoryResults ? 'suite' : 'standard',
    version: spec.version ?? '1.0',
    hash: spec.hash ?? `hash-of-${name}`,
    numFewshot: spec.numFewshot ?? 0,
    n: docCount(spec),
    metrics: spec.metrics ?? means,
    categories: spec.categoryResults,
    dataset: { source: 'local', path: `/data/${name}`, split: 'test', revision: 'rev-0123456789abcdef' },
  };
}

function samples(spec: TaskSpec): SampleRecord[] {
  return Array.from({ length: docCount(spec) }, (_, i) => ({
    docId: spec.docIds?.[i] ?? i,
    promptHash: `prompt-${i}`,
    gold: 0,
    loglikelihoods: [],
    isGreedy: [],
    metrics: Object.fromEntries(Object.entries(spec.values).map(([metric, values]) => [metric, values[i]])),
    prediction: 0,
    category: spec.categories?.[i],
  }));
}

export function makeRun(tasks: Record<string, TaskSpec>, groups: Record<string, GroupSpec> = {}): EvalResults {
  const groupResults: Record<string, GroupResult> = Object.fromEntries(
    Object.entries(groups).map(([name, group]) => [
      name,
      { name, members: group.members, n: group.n ?? 0, weightBySize: group.weightBySize, metrics: group.metrics },
    ]),
  );
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ftbenchVersion: '0.1.0',
    createdAt: '2025-01-01T00:00:00Z',
    config: { tasks: Object.keys(tasks), numFewshot: null, batchSize: 1, device: 'cpu', limit: null, fewshotSeed: 1234, logSamples: true },
    model: {
      path: '/models/m',
      fingerprint: 'f'.repeat(64),
      tokenizerFingerprint: 't'.repeat(64),
      maxLength: 2048,
      hasPastKeyValues: true,
      logitsType: 'float32',
      addBosToken: false,
    },
    tasks: Object.fromEntries(Object.entries(tasks).map(([name, spec]) => [name, taskResult(name, spec)])),
    groups: groupResults,
    timings: { totalSeconds: 1, perTaskSeconds: {}, requests: 0, forwardPasses: 0, tokensForwarded: 0 },
    samples: Object.fromEntries(
      Object.entries(tasks)
        .filter(([, spec]) => spec.logSamples !== false)
        .map(([name, spec]) => [name, samples(spec)]),
    ),
  };
}

/**
 * 0/1 values of a baseline and a candidate with the given outcome counts:
 * b = baseline right only, c = candidate right only, then both right, then both wrong.
 */
export function binaryOutcomes(counts: { b: number; c: number; bothRight?: number; bothWrong?: number }): { baseline: number[]; candidate: number[] } {
  const pairs: [number, number][] = [
    ...Array<[number, number]>(counts.b).fill([1, 0]),
    ...Array<[number, number]>(counts.c).fill([0, 1]),
    ...Array<[number, number]>(counts.bothRight ?? 0).fill([1, 1]),
    ...Array<[number, number]>(counts.bothWrong ?? 0).fill([0, 0]),
  ];
  return { baseline: pairs.map(([base]) => base), candidate: pairs.map(([, cand]) => cand) };
}

/** One MT-Bench question: its category and its two turns' ratings (-1: the judgment gave no rating). */
export interface MtBenchQuestionSpec {
  category: string;
  ratings: [number, number];
}

export interface MtBenchSpec {
  /** question_id 81, 82, … in order. */
  questions: MtBenchQuestionSpec[];
  judge?: string;
  temperature?: 'fastchat' | 'greedy';
  judgePrompts?: string[];
}

const meanOf = (values: readonly number[]) => (values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * An MT-Bench task result as FastChat's show_result averages it: the score is the mean of every
 * rated judgment (both turns pooled), per category likewise; a question's record holds the mean of
 * its rated turns, and none when neither turn was rated.
 */
export function mtBenchTask(spec: MtBenchSpec): { task: TaskResult; samples: SampleRecord[] } {
  const rated = (questions: readonly MtBenchQuestionSpec[]) => questions.flatMap((question) => question.ratings.filter((rating) => rating >= 0));
  const score = (questions: readonly MtBenchQuestionSpec[]) => ({ score: { value: meanOf(rated(questions)), stderr: null } });
  const categories = [...new Set(spec.questions.map((question) => question.category))];
  const task: TaskResult = {
    name: 'mt_bench',
    kind: 'mt-bench',
    version: '1.0',
    hash: 'hash-of-mt_bench',
    numFewshot: 0,
    n: spec.questions.length,
    metrics: score(spec.questions),
    categories: Object.fromEntries(
      categories.map((category) => {
        const members = spec.questions.filter((question) => question.category === category);
        return [category, { n: members.length, metrics: score(members) }];
      }),
    ),
    dataset: { source: 'local', path: '/data/mt_bench', split: 'train', revision: 'rev-0123456789abcdef' },
    mtBench: {
      judge: spec.judge ?? 'gpt-4',
      judgePrompts: spec.judgePrompts ?? ['single-v1', 'single-v1-multi-turn'],
      temperature: spec.temperature ?? 'greedy',
      turns: [0, 1].map((turn) => ({ value: meanOf(spec.questions.map((q) => q.ratings[turn]).filter((rating) => rating >= 0)), stderr: null })),
      failedJudgments: spec.questions.flatMap((question) => question.ratings).filter((rating) => rating < 0).length,
      judgeCalls: 2 * spec.questions.length,
      judgeCacheHits: 0,
      judgePromptTokens: 1000 * spec.questions.length,
      judgeCompletionTokens: 200 * spec.questions.length,
    },
  };
  const samples = spec.questions.map((question, i): SampleRecord => {
    const questionRated = question.ratings.filter((rating) => rating >= 0);
    return {
      docId: 81 + i,
      promptHash: `prompt-${81 + i}`,
      gold: 0,
      loglikelihoods: [],
      isGreedy: [],
      metrics: questionRated.length === 0 ? {} : { score: meanOf(questionRated) },
      prediction: 0,
      category: question.category,
      turns: question.ratings.map((rating, turn) => ({
        answer: `answer ${turn + 1}`,
        rating,
        judgment: rating < 0 ? 'no rating' : `Rating: [[${rating}]]`,
        judgePrompt: turn === 0 ? 'single-v1' : 'single-v1-multi-turn',
      })),
    };
  });
  return { task, samples };
}

/** A run holding one MT-Bench task (and nothing else). */
export function mtBenchRun(spec: MtBenchSpec): EvalResults {
  const run = makeRun({});
  const { task, samples } = mtBenchTask(spec);
  return { ...run, config: { ...run.config, tasks: ['mt_bench'] }, tasks: { mt_bench: task }, samples: { mt_bench: samples } };
}

export { MT_BENCH_CATEGORIES };

/** 5 questions per category, ratings varying by question: 6–9 on turn 1, 5–7 on turn 2 (mean 6.7375). */
export function mtBenchQuestions(): MtBenchQuestionSpec[] {
  return MT_BENCH_CATEGORIES.flatMap((category, c) =>
    Array.from({ length: 5 }, (_, q): MtBenchQuestionSpec => {
      const i = c * 5 + q;
      return { category, ratings: [6 + (i % 4), 5 + (i % 3)] };
    }),
  );
}

/** The questions with both turns of every question of `category` rated `drop` lower: the whole score drops drop × (its judgments / all). */
export function lowerCategory(questions: readonly MtBenchQuestionSpec[], category: string, drop: number): MtBenchQuestionSpec[] {
  return questions.map((question) =>
    question.category === category ? { ...question, ratings: [question.ratings[0] - drop, question.ratings[1] - drop] } : question,
  );
}
