/**
 * A small --data-dir in the original release layouts holding every task of lm-eval's openllm preset
 * (ARC-Challenge, HellaSwag, TruthfulQA, the 57 MMLU subjects, Winogrande). Invented rows; each doc
 * names itself in its text (`H7`, `C3`, ...) so a test can read which few-shot examples a prompt drew.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { family as mmlu } from '../../src/tasks/families/mmlu.js';

const jsonl = (rows: readonly object[]): string => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

export function hellaswagRow(ind: number, split: string) {
  return {
    ind,
    activity_label: `H${ind}`,
    ctx_a: `Scene ${ind} starts.`,
    ctx_b: 'then',
    ctx: `Scene ${ind} starts. then`,
    split,
    split_type: 'indomain',
    endings: ['it ends.', 'it goes on.', 'it stops.', 'it waits.'],
    source_id: `fixture~${ind}`,
    label: ind % 4,
  };
}

function arcRow(i: number) {
  return {
    id: `C${i}`,
    question: { stem: `C${i}: which one?`, choices: ['a', 'b', 'c', 'd'].map((text, j) => ({ text, label: 'ABCD'[j] })) },
    answerKey: 'ABCD'[i % 4],
  };
}

function winograndeRow(i: number) {
  return { qID: `w${i}`, sentence: `W${i}: Ann thanked Bea because _ helped.`, option1: 'Ann', option2: 'Bea', answer: i % 2 === 0 ? '2' : '1' };
}

/** Writes the release files; returns the directory. */
export async function writeOpenllmRelease(): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ftbench-openllm-'));
  const write = (relativePath: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dataDir, relativePath)), { recursive: true });
    writeFileSync(path.join(dataDir, relativePath), text);
  };
  write('hellaswag/hellaswag_train.jsonl', jsonl(Array.from({ length: 30 }, (_, i) => hellaswagRow(i, 'train'))));
  write('hellaswag/hellaswag_val.jsonl', jsonl(Array.from({ length: 3 }, (_, i) => hellaswagRow(100 + i, 'val'))));
  write('arc/ARC-Challenge/ARC-Challenge-Train.jsonl', jsonl(Array.from({ length: 30 }, (_, i) => arcRow(i))));
  write('arc/ARC-Challenge/ARC-Challenge-Dev.jsonl', jsonl(Array.from({ length: 3 }, (_, i) => arcRow(200 + i))));
  write('arc/ARC-Challenge/ARC-Challenge-Test.jsonl', jsonl(Array.from({ length: 2 }, (_, i) => arcRow(100 + i))));
  write('winogrande/train_xl.jsonl', jsonl(Array.from({ length: 8 }, (_, i) => winograndeRow(i))));
  write('winogrande/dev.jsonl', jsonl(Array.from({ length: 2 }, (_, i) => winograndeRow(100 + i))));
  write(
    'truthfulqa/v0/mc_task.json',
    JSON.stringify([
      { question: 'T1: is the sky green?', mc1_targets: { No: 1, Yes: 0 }, mc2_targets: { No: 1, 'Not at all': 1, Yes: 0 } },
      { question: 'T2: can fish fly?', mc1_targets: { 'Most cannot.': 1, 'All can.': 0 }, mc2_targets: { 'Most cannot.': 1, 'All can.': 0 } },
    ]),
  );
  for (const task of mmlu.tasks) {
    const subject = task.dataset.name as string;
    const csv = (prefix: string, n: number) =>
      ['question,choice0,choice1,choice2,choice3,answer', ...Array.from({ length: n }, (_, i) => `${prefix}${i} about ${subject}?,w,x,y,z,${i % 4}`)].join(
        '\n',
      ) + '\n';
    write(`mmlu/test/${subject}_test.csv`, csv('M', 1));
    write(`mmlu/dev/${subject}_dev.csv`, csv('D', 5));
  }
  return dataDir;
}
