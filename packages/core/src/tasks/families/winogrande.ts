/**
 * Winogrande as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/winogrande/default.yaml` +
 * `preprocess_winogrande.py`): partial scoring. Each option fills the blank and everything before it is
 * the context; the model scores the rest of the sentence (the same continuation for both options).
 */
import { pyStrip } from '../python-str.js';
import type { TaskFamily } from '../types.js';

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

export const family: TaskFamily = {
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
