/**
 * Where MT-Bench's files come from: `<data-dir>/mt_bench/` (the layout of ../shared/datasets/mt_bench), or the Hub.
 *
 * On the Hub, FastChat's data lives in the lmsys/mt-bench Space (`data/mt_bench/…`, `data/judge_prompts.jsonl`), where
 * FastChat's own download_mt_bench_pregenerated.py fetches MT-Bench files from; the Hub's datasets hold re-shaped
 * copies (HuggingFaceH4/mt_bench_prompts renames `turns` and carries its own short references, not GPT-4's answers).
 * The files are pinned by content: each must be byte for byte FastChat's (commit 0e6d3e4 of lm-sys/FastChat), whatever
 * commit the Space's branch resolved to, and that commit is recorded (the cache keeps answering with it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FtbenchError } from '../errors.js';
import { sha256Hex } from '../hash.js';
import { DEFAULT_REVISION, type HubClient } from '../data/hub/client.js';
import type { DatasetRecord } from '../schema.js';
import { checkMtBenchData, MT_BENCH_FILES, parseJudgePrompts, parseQuestions, parseReferences, type MtBenchData, type MtBenchFileKind } from './data.js';

/** The folder under --data-dir. */
export const MT_BENCH_DIR = 'mt_bench';

const MT_BENCH_HUB_SPACE = 'lmsys/mt-bench';
export const MT_BENCH_HUB_PATHS: Record<MtBenchFileKind, string> = {
  questions: 'data/mt_bench/question.jsonl',
  references: 'data/mt_bench/reference_answer/gpt-4.jsonl',
  judgePrompts: 'data/judge_prompts.jsonl',
};
/** sha256 of FastChat's files (lm-sys/FastChat 0e6d3e4, fastchat/llm_judge/data). */
const FASTCHAT_SHA256: Record<MtBenchFileKind, string> = {
  questions: '119565adbab82227089cefdb44c8d7e2cf04dc0a0ec233634c82e7d4e2a944f7',
  references: 'f957a5bc977badb66885ec970e6cd08527845780313f0995764260e5777b9b3f',
  judgePrompts: 'fd283293406d024f44c174b094ef48031d0687a4682fd3a56b29b138f80281b6',
};
const KINDS = Object.keys(MT_BENCH_FILES) as MtBenchFileKind[];

export interface LoadedMtBench {
  data: MtBenchData;
  dataset: DatasetRecord;
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FtbenchError(`${file} is not valid UTF-8 text`, 'Use the file exactly as FastChat publishes it.');
  }
}

/** Parses and checks the three files (bytes by kind, `names` saying where each came from). */
function parseFiles(bytes: Record<MtBenchFileKind, Uint8Array>, names: Record<MtBenchFileKind, string>): MtBenchData {
  const data: MtBenchData = {
    questions: parseQuestions(utf8(bytes.questions, names.questions), names.questions),
    references: parseReferences(utf8(bytes.references, names.references), names.references),
    judgePrompts: parseJudgePrompts(utf8(bytes.judgePrompts, names.judgePrompts), names.judgePrompts),
  };
  checkMtBenchData(data, names);
  return data;
}

/** sha256 over the three files, each named: what identifies local data. */
function contentRevision(bytes: Record<MtBenchFileKind, Uint8Array>): string {
  return sha256Hex(KINDS.map((kind) => `${MT_BENCH_FILES[kind]}\u0000${sha256Hex(bytes[kind])}`).join('\u0001'));
}

export async function loadLocalMtBench(dataDir: string): Promise<LoadedMtBench> {
  const dir = path.join(dataDir, MT_BENCH_DIR);
  const names = Object.fromEntries(KINDS.map((kind) => [kind, path.join(dir, MT_BENCH_FILES[kind])])) as Record<MtBenchFileKind, string>;
  const bytes = {} as Record<MtBenchFileKind, Uint8Array>;
  for (const kind of KINDS) {
    try {
      bytes[kind] = await readFile(names[kind]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new FtbenchError(
        `Missing ${names[kind]}, needed for mt_bench.`,
        `--data-dir must hold FastChat's MT-Bench files as ${MT_BENCH_DIR}/${MT_BENCH_FILES.questions}, ${MT_BENCH_DIR}/${MT_BENCH_FILES.references} and ${MT_BENCH_DIR}/${MT_BENCH_FILES.judgePrompts} (fastchat/llm_judge/data).`,
      );
    }
  }
  return { data: parseFiles(bytes, names), dataset: { source: 'local', path: dir, split: 'question', revision: contentRevision(bytes) } };
}

export async function loadHubMtBench(client: HubClient): Promise<LoadedMtBench> {
  const snapshot = await client.snapshot(MT_BENCH_HUB_SPACE, DEFAULT_REVISION, 'spaces');
  const names = {} as Record<MtBenchFileKind, string>;
  const bytes = {} as Record<MtBenchFileKind, Uint8Array>;
  for (const kind of KINDS) {
    const where = `hf://spaces/${MT_BENCH_HUB_SPACE}@${snapshot.sha}/${MT_BENCH_HUB_PATHS[kind]}`;
    const file = snapshot.files.find((f) => f.path === MT_BENCH_HUB_PATHS[kind]);
    if (!file) throw new FtbenchError(`The Hub Space ${MT_BENCH_HUB_SPACE} at ${snapshot.sha} has no ${MT_BENCH_HUB_PATHS[kind]}.`, localHint());
    bytes[kind] = await readFile(await client.download(snapshot, file));
    if (sha256Hex(bytes[kind]) !== FASTCHAT_SHA256[kind]) {
      throw new FtbenchError(`${where} is not FastChat's ${MT_BENCH_FILES[kind]} (its sha256 differs from lm-sys/FastChat 0e6d3e4's).`, localHint());
    }
    names[kind] = where;
  }
  return { data: parseFiles(bytes, names), dataset: { source: 'hub', path: `spaces/${MT_BENCH_HUB_SPACE}`, split: 'question', revision: snapshot.sha } };
}

function localHint(): string {
  return `Read FastChat's files from a folder instead: --data-dir DIR with ${MT_BENCH_DIR}/ (question.jsonl, reference_answer/gpt-4.jsonl, judge_prompts.jsonl) from lm-sys/FastChat fastchat/llm_judge/data.`;
}
