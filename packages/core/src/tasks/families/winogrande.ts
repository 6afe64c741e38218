/**
 * Winogrande as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/winogrande/default.yaml` +
 * `preprocess_winogrande.py`): partial scoring. Each option fills the blank and everything before it is
 * the context; the model scores the rest of the sentence (the same continuation for both options).
 */
import { pyStrip } from '../python-str.js';
import type { RawDoc, TaskFamily } from '../types.js';
import { type LocalRelease, type ReleaseRow, jsonlRows, requireStrings } from '../../data/release-files.js';

/** An `allenai/winogrande` row. */
interface WinograndeDoc {
  sentence: string;
  option1: string;
  option2: string;
  answer: string;
}

function blankIndex(doc: WinograndeDoc): number {
  const index = doc.sentence.indexOf('_');
  if (index < 0) throw new Error(`winogrande: sentence has no "_" blank: ${doc.sentence}`);
  return index;
}

/** `allenai/winogrande` rows: no `qID` column, and `answer` "" in the unlabeled test split. */
function winograndeRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['sentence', 'option1', 'option2'], at);
  return { sentence: row.sentence, option1: row.option1, option2: row.option2, answer: row.answer ?? '' };
}

const WINOGRANDE_SPLIT_FILES: Record<string, string> = { train: 'train_xl', validation: 'dev', test: 'test' };

const localRelease: LocalRelease = {
  dataset: 'allenai/winogrande',
  layout: 'winogrande/{train_xl,dev,test}.jsonl',
  locate: (config, split) => {
    const file = WINOGRANDE_SPLIT_FILES[split];
    if (config !== 'winogrande_xl' || !file) return undefined;
    return { relativePath: `winogrande/${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, winograndeRow) };
  },
};

export const family: TaskFamily = {
  localRelease,
  tasks: [
    {
      name: 'winogrande',
      about: 'Winogrande: which of two options fills the blank (pronoun-resolution style commonsense)',
      version: '1.0',
      dataset: { path: 'allenai/winogrande', name: 'winogrande_xl' },
      trainingSplit: 'train',
      validationSplit: 'validation',
      // The gold option's index: an int `doc_to_text` is what makes lm-eval treat the task as multiple-input.
      docToText: (doc: WinograndeDoc) => {
        if (doc.answer !== '1' && doc.answer !== '2') throw new Error(`winogrande: answer must be "1" or "2", got "${doc.answer}"`);
        return doc.answer === '1' ? 0 : 1;
      },
      docToChoice: (doc: WinograndeDoc) => {
        const before = doc.sentence.slice(0, blankIndex(doc));
        return [before + doc.option1, before + doc.option2];
      },
      docToTarget: (doc: WinograndeDoc) => pyStrip(doc.sentence.slice(blankIndex(doc) + 1)),
      metrics: ['acc'],
    },
  ],
};
