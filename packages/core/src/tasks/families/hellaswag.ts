/**
 * HellaSwag as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/hellaswag/hellaswag.yaml` + `utils.py`).
 */
import { pyCapitalize, pyStrip } from '../python-str.js';
import type { RawDoc, TaskFamily } from '../types.js';

/** A `Rowan/hellaswag` row plus the fields lm-eval's `process_docs` adds. */
interface HellaswagDoc {
  activity_label: string;
  ctx_a: string;
  ctx_b: string;
  endings: string[];
  label: string;
  query: string;
  choices: string[];
  gold: number;
}

/** lm-eval's `preprocess`: the brackets are artifacts of the WikiHow part of HellaSwag. */
export function preprocess(text: string): string {
  return pyStrip(text)
    .replaceAll(' [title]', '. ')
    .replace(/\[[^\n]*?\]/g, '') // Python's `re.sub("\\[.*?\\]", "", text)`: its `.` excludes only "\n"
    .replaceAll('  ', ' ');
}

/** lm-eval's `process_docs`; `datasets.map` keeps the original columns next to the new ones. */
function processDoc(raw: RawDoc): HellaswagDoc {
  const row = raw as Omit<HellaswagDoc, 'query' | 'choices' | 'gold'>;
  const ctx = row.ctx_a + ' ' + pyCapitalize(row.ctx_b);
  return {
    ...row,
    query: preprocess(row.activity_label + ': ' + ctx),
    choices: row.endings.map(preprocess),
    gold: Number.parseInt(row.label, 10),
  };
}

export const family: TaskFamily = {
  tasks: [
    {
      name: 'hellaswag',
      about: 'HellaSwag: pick the most plausible continuation of an everyday scene',
      version: '1.0',
      dataset: { path: 'Rowan/hellaswag' },
      trainingSplit: 'train',
      validationSplit: 'validation',
      processDoc,
      docToText: (doc: HellaswagDoc) => doc.query,
      docToChoice: (doc: HellaswagDoc) => doc.choices,
      // `doc_to_target: "{{label}}"`: the rendered digit string is parsed back to an int.
      docToTarget: (doc: HellaswagDoc) => doc.gold,
      metrics: ['acc', 'acc_norm'],
    },
  ],
};
