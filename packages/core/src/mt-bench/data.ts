/**
 * MT-Bench's data as FastChat llm_judge publishes it (fastchat/llm_judge/data): the 80 two-turn questions, GPT-4's
 * reference answers for the categories judged against one, and the judge prompts. Parsed from the files' text with
 * each broken line named; the I/O (a data directory or the Hub) is in load.ts.
 */
import { FtbenchError } from '../errors.js';

/** The task's name in task lists and results. */
export const MT_BENCH_TASK = 'mt_bench';

/** Every MT-Bench question has two turns, each judged once. */
export const MT_BENCH_TURNS = 2;

/** FastChat common.py NEED_REF_CATS: categories whose judgments compare the answer with GPT-4's reference. */
export const NEED_REF_CATEGORIES: readonly string[] = ['math', 'reasoning', 'coding'];

/** MT-Bench's eight categories (FastChat's question.jsonl, 10 questions each, in this order): what a gate may name as mt_bench/<category> before any data is read. */
export const MT_BENCH_CATEGORIES: readonly string[] = ['writing', 'roleplay', 'reasoning', 'math', 'coding', 'extraction', 'stem', 'humanities'];

/** The files, relative to an MT-Bench data folder (FastChat's data/mt_bench, with judge_prompts.jsonl beside them as in ../shared). */
export const MT_BENCH_FILES = {
  questions: 'question.jsonl',
  references: 'reference_answer/gpt-4.jsonl',
  judgePrompts: 'judge_prompts.jsonl',
} as const;

export type MtBenchFileKind = keyof typeof MT_BENCH_FILES;

export interface MtBenchQuestion {
  questionId: number;
  category: string;
  /** The user's two messages. */
  turns: [string, string];
}

/** A FastChat judge prompt (data/judge_prompts.jsonl). */
export interface JudgePrompt {
  name: string;
  type: string;
  systemPrompt: string;
  promptTemplate: string;
  outputFormat: string;
}

export interface MtBenchData {
  /** In file order (FastChat's order; --limit takes the first N). */
  questions: MtBenchQuestion[];
  /** GPT-4's answers to both turns, by question id. */
  references: Map<number, [string, string]>;
  judgePrompts: Map<string, JudgePrompt>;
}

/** The single-answer grading prompts gen_judgment.py's make_judge_single uses. */
export const SINGLE_JUDGE_PROMPTS = ['single-v1', 'single-math-v1', 'single-v1-multi-turn', 'single-math-v1-multi-turn'] as const;

type JsonObject = Record<string, unknown>;

/** The JSON objects of a JSON Lines text; blank lines (a trailing newline) are skipped, anything else that is not an object is an error. */
function jsonLines(text: string, file: string): { line: number; value: JsonObject }[] {
  const rows: { line: number; value: JsonObject }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new FtbenchError(`${file} line ${i + 1} is not JSON (${(error as Error).message})`, 'Use the file exactly as FastChat publishes it.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FtbenchError(`${file} line ${i + 1} is not a JSON object`);
    rows.push({ line: i + 1, value: value as JsonObject });
  });
  if (rows.length === 0) throw new FtbenchError(`${file} is empty`, 'Use the file exactly as FastChat publishes it.');
  return rows;
}

function field<T>(row: JsonObject, key: string, file: string, line: number, check: (v: unknown) => v is T, what: string): T {
  const value = row[key];
  if (!check(value)) throw new FtbenchError(`${file} line ${line}: "${key}" must be ${what}`, 'Use the file exactly as FastChat publishes it.');
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is number => Number.isSafeInteger(v);
const isTwoStrings = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every(isString);
const isTurns = (v: unknown): v is string[] => Array.isArray(v) && v.length >= 2 && v.every(isString);

export function parseQuestions(text: string, file: string): MtBenchQuestion[] {
  const seen = new Set<number>();
  return jsonLines(text, file).map(({ line, value }) => {
    const questionId = field(value, 'question_id', file, line, isId, 'an integer');
    if (seen.has(questionId)) throw new FtbenchError(`${file} line ${line}: question_id ${questionId} appears twice`);
    seen.add(questionId);
    return {
      questionId,
      category: field(value, 'category', file, line, isString, 'a string'),
      turns: field(value, 'turns', file, line, isTwoStrings, 'a list of two strings (MT-Bench questions have two turns)'),
    };
  });
}

/** FastChat reads `choices[0].turns[0]` and `[1]` of each reference answer. */
export function parseReferences(text: string, file: string): Map<number, [string, string]> {
  const references = new Map<number, [string, string]>();
  for (const { line, value } of jsonLines(text, file)) {
    const questionId = field(value, 'question_id', file, line, isId, 'an integer');
    const choices = field(value, 'choices', file, line, (v): v is unknown[] => Array.isArray(v) && v.length > 0, 'a non-empty list');
    const turns = field((choices[0] ?? {}) as JsonObject, 'turns', `${file} (choices[0])`, line, isTurns, 'a list of at least two strings');
    if (references.has(questionId)) throw new FtbenchError(`${file} line ${line}: question_id ${questionId} appears twice`);
    references.set(questionId, [turns[0], turns[1]]);
  }
  return references;
}

export function parseJudgePrompts(text: string, file: string): Map<string, JudgePrompt> {
  const prompts = new Map<string, JudgePrompt>();
  for (const { line, value } of jsonLines(text, file)) {
    const prompt: JudgePrompt = {
      name: field(value, 'name', file, line, isString, 'a string'),
      type: field(value, 'type', file, line, isString, 'a string'),
      systemPrompt: field(value, 'system_prompt', file, line, isString, 'a string'),
      promptTemplate: field(value, 'prompt_template', file, line, isString, 'a string'),
      outputFormat: field(value, 'output_format', file, line, isString, 'a string'),
    };
    // As FastChat's load_judge_prompts: a later line with the same name replaces an earlier one.
    prompts.set(prompt.name, prompt);
  }
  return prompts;
}

/** FastChat's check_data, for single-answer grading: every prompt it uses is there and rates, every reference-judged question has a reference. */
export function checkMtBenchData(data: MtBenchData, files: Record<MtBenchFileKind, string>): void {
  for (const name of SINGLE_JUDGE_PROMPTS) {
    const prompt = data.judgePrompts.get(name);
    if (!prompt)
      throw new FtbenchError(
        `${files.judgePrompts} has no judge prompt "${name}"`,
        `MT-Bench's single-answer grading uses ${SINGLE_JUDGE_PROMPTS.join(', ')}.`,
      );
    if (prompt.type !== 'single' || prompt.outputFormat !== '[[rating]]') {
      throw new FtbenchError(
        `${files.judgePrompts}: judge prompt "${name}" is not a single-answer rating prompt (type "${prompt.type}", output_format "${prompt.outputFormat}")`,
      );
    }
  }
  const missing = data.questions.filter((q) => NEED_REF_CATEGORIES.includes(q.category) && !data.references.has(q.questionId)).map((q) => q.questionId);
  if (missing.length > 0) {
    throw new FtbenchError(
      `${files.references} has no reference answer for question${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
      `Questions in ${NEED_REF_CATEGORIES.join(', ')} are judged against GPT-4's reference answer (FastChat's check_data).`,
    );
  }
}
