/**
 * HellaSwag as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/hellaswag/hellaswag.yaml` + `utils.py`).
 */
import { pyCapitalize, pyStrip } from '../python-str.js';
import type { RawDoc, TaskFamily } from '../types.js';
import { type LocalRelease, type ReleaseRow, jsonlRows, malformed, requireStrings } from '../../data/release-files.js';

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

/** `Rowan/hellaswag` rows: the release's fields, with `label` as a string ("" in the unlabeled test split). */
function hellaswagRow(row: ReleaseRow, at: string): RawDoc {
  requireStrings(row, ['activity_label', 'ctx_a', 'ctx_b'], at);
  if (!Array.isArray(row.endings)) throw malformed(at, 'expected an "endings" list');
  return {
    ind: row.ind,
    activity_label: row.activity_label,
    ctx_a: row.ctx_a,
    ctx_b: row.ctx_b,
    ctx: row.ctx,
    endings: row.endings,
    source_id: row.source_id,
    split: row.split,
    split_type: row.split_type,
    label: row.label === undefined ? '' : String(row.label),
  };
}

const HELLASWAG_SPLIT_FILES: Record<string, string> = { train: 'train', validation: 'val', test: 'test' };

const localRelease: LocalRelease = {
  dataset: 'Rowan/hellaswag',
  layout: 'hellaswag/hellaswag_{train,val,test}.jsonl',
  locate: (name, split) => {
    const file = HELLASWAG_SPLIT_FILES[split];
    if (name !== undefined || !file) return undefined;
    return { relativePath: `hellaswag/hellaswag_${file}.jsonl`, toRows: (text, where) => jsonlRows(text, where, hellaswagRow) };
  },
};

export const family: TaskFamily = {
  localRelease,
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
