/**
 * ARC as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/arc/arc_easy.yaml`, `arc_challenge.yaml`).
 */
import type { RawDoc, TaskDefinition, TaskFamily } from '../types.js';
import { type LocalRelease, type ReleaseRow, jsonlRows, malformed, requireStrings } from '../../data/release-files.js';

/** An `allenai/ai2_arc` row. */
interface ArcDoc {
  id: string;
  question: string;
  choices: { text: string[]; label: string[] };
  answerKey: string;
}

function arcTask(name: string, config: string, about: string): TaskDefinition<ArcDoc> {
  return {
    name,
    about,
    version: '1.0',
    dataset: { path: 'allenai/ai2_arc', name: config },
    trainingSplit: 'train',
    validationSplit: 'validation',
    testSplit: 'test',
    docToText: (doc) => `Question: ${doc.question}\nAnswer:`,
    docToChoice: (doc) => doc.choices.text,
    // `choices.label.index(answerKey)`: labels are A-E or, for some questions, 1-4.
    docToTarget: (doc) => {
      const index = doc.choices.label.indexOf(doc.answerKey);
      if (index < 0) throw new Error(`${name}: answerKey ${doc.answerKey} of ${doc.id} is not among its labels`);
      return index;
    },
    metrics: ['acc', 'acc_norm'],
  };
}

/** `allenai/ai2_arc` rows: the question stem, and the choices as parallel text and label lists. */
function arcRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['id', 'answerKey'], at);
  requireStrings(row.question ?? {}, ['stem'], `${at} question`);
  const choices: { text: string; label: string }[] = row.question.choices;
  if (!Array.isArray(choices)) throw malformed(at, 'expected a "question.choices" list');
  return {
    id: row.id,
    question: row.question.stem,
    choices: { text: choices.map((choice) => choice.text), label: choices.map((choice) => choice.label) },
    answerKey: row.answerKey,
  };
}

const ARC_SPLIT_FILES: Record<string, string> = { train: 'Train', validation: 'Dev', test: 'Test' };

const localRelease: LocalRelease = {
  dataset: 'allenai/ai2_arc',
  layout: 'arc/<ARC-Easy|ARC-Challenge>/<ARC-Easy|ARC-Challenge>-{Train,Dev,Test}.jsonl',
  locate: (config, split) => {
    const file = ARC_SPLIT_FILES[split];
    if ((config !== 'ARC-Easy' && config !== 'ARC-Challenge') || !file) return undefined;
    return { relativePath: `arc/${config}/${config}-${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, arcRow) };
  },
};

export const family: TaskFamily = {
  localRelease,
  tasks: [
    arcTask('arc_easy', 'ARC-Easy', 'AI2 Reasoning Challenge, easy set: grade-school science questions'),
    arcTask('arc_challenge', 'ARC-Challenge', 'AI2 Reasoning Challenge, challenge set: the questions simple retrieval and co-occurrence methods miss'),
  ],
  // lm-eval's `tag: ai2_arc` on arc_easy.yaml (arc_challenge.yaml includes it).
  tags: [{ name: 'ai2_arc', about: "lm-eval's ai2_arc tag: arc_easy and arc_challenge, reported one by one", members: ['arc_easy', 'arc_challenge'] }],
};
