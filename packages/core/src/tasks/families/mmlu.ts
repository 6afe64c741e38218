/**
 * MMLU as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/mmlu/default/`): 57 `mmlu_<subject>`
 * tasks from `_default_template_yaml`, grouped by category (`_generate_configs.py` SUBJECTS) into
 * `mmlu_stem`, `mmlu_other`, `mmlu_social_sciences`, `mmlu_humanities`, and those into `mmlu`.
 */
import { pyStrip } from '../python-str.js';
import type { RawDoc, TaskDefinition, TaskFamily, TaskGroup } from '../types.js';
import { CsvSyntaxError, parseCsv } from '../../data/csv.js';
import { type LocalRelease, malformed } from '../../data/release-files.js';

/** A `cais/mmlu` row. */
interface MmluDoc {
  question: string;
  subject: string;
  choices: string[];
  answer: number;
}

type Category = 'stem' | 'other' | 'social_sciences' | 'humanities';

const SUBJECT_CATEGORIES: Record<string, Category> = {
  abstract_algebra: 'stem',
  anatomy: 'stem',
  astronomy: 'stem',
  business_ethics: 'other',
  clinical_knowledge: 'other',
  college_biology: 'stem',
  college_chemistry: 'stem',
  college_computer_science: 'stem',
  college_mathematics: 'stem',
  college_medicine: 'other',
  college_physics: 'stem',
  computer_security: 'stem',
  conceptual_physics: 'stem',
  econometrics: 'social_sciences',
  electrical_engineering: 'stem',
  elementary_mathematics: 'stem',
  formal_logic: 'humanities',
  global_facts: 'other',
  high_school_biology: 'stem',
  high_school_chemistry: 'stem',
  high_school_computer_science: 'stem',
  high_school_european_history: 'humanities',
  high_school_geography: 'social_sciences',
  high_school_government_and_politics: 'social_sciences',
  high_school_macroeconomics: 'social_sciences',
  high_school_mathematics: 'stem',
  high_school_microeconomics: 'social_sciences',
  high_school_physics: 'stem',
  high_school_psychology: 'social_sciences',
  high_school_statistics: 'stem',
  high_school_us_history: 'humanities',
  high_school_world_history: 'humanities',
  human_aging: 'other',
  human_sexuality: 'social_sciences',
  international_law: 'humanities',
  jurisprudence: 'humanities',
  logical_fallacies: 'humanities',
  machine_learning: 'stem',
  management: 'other',
  marketing: 'other',
  medical_genetics: 'other',
  miscellaneous: 'other',
  moral_disputes: 'humanities',
  moral_scenarios: 'humanities',
  nutrition: 'other',
  philosophy: 'humanities',
  prehistory: 'humanities',
  professional_accounting: 'other',
  professional_law: 'humanities',
  professional_medicine: 'other',
  professional_psychology: 'social_sciences',
  public_relations: 'social_sciences',
  security_studies: 'social_sciences',
  sociology: 'social_sciences',
  us_foreign_policy: 'social_sciences',
  virology: 'other',
  world_religions: 'humanities',
};

/** The order of `_mmlu.yaml`. */
const CATEGORIES: Category[] = ['stem', 'other', 'social_sciences', 'humanities'];

function subjectTask(subject: string): TaskDefinition<MmluDoc> {
  const description = `The following are multiple choice questions (with answers) about ${subject.replaceAll('_', ' ')}.\n\n`;
  return {
    name: `mmlu_${subject}`,
    alias: subject,
    about: `MMLU ${subject.replaceAll('_', ' ')} (${SUBJECT_CATEGORIES[subject].replace('_', ' ')})`,
    version: '1.0',
    dataset: { path: 'cais/mmlu', name: subject },
    testSplit: 'test',
    fewshotSplit: 'dev',
    fewshotSampler: 'first_n',
    description: () => description,
    docToText: (doc) => `${pyStrip(doc.question)}\nA. ${doc.choices[0]}\nB. ${doc.choices[1]}\nC. ${doc.choices[2]}\nD. ${doc.choices[3]}\nAnswer:`,
    docToChoice: () => ['A', 'B', 'C', 'D'],
    docToTarget: (doc) => doc.answer,
    metrics: ['acc'],
  };
}

function categoryGroup(category: Category): TaskGroup {
  return {
    name: `mmlu_${category}`,
    alias: category.replace('_', ' '),
    about: `MMLU ${category.replace('_', ' ')} subjects, weighted by size`,
    members: Object.keys(SUBJECT_CATEGORIES)
      .filter((subject) => SUBJECT_CATEGORIES[subject] === category)
      .map((subject) => `mmlu_${subject}`),
    weightBySize: true,
    metrics: ['acc'],
    version: '2',
  };
}

const MMLU_HEADER = ['question', 'choice0', 'choice1', 'choice2', 'choice3', 'answer'];

/** `cais/mmlu` rows: `{question, subject, choices, answer}` with `answer` the 0-based index. */
function mmluRows(text: string, subject: string, where: string): RawDoc[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw malformed(where, error.message);
    throw error;
  }
  const [header, ...rows] = records;
  if (header?.join(',') !== MMLU_HEADER.join(',')) {
    throw malformed(where, `expected the header "${MMLU_HEADER.join(',')}", found "${header?.join(',') ?? ''}"`);
  }
  return rows.map((row, i) => {
    const [question, choice0, choice1, choice2, choice3, answer] = row;
    if (row.length !== MMLU_HEADER.length || !/^[0-3]$/.test(answer)) {
      throw malformed(`${where} record ${i + 1}`, 'expected 6 fields ending with an answer index 0-3');
    }
    return { question, subject, choices: [choice0, choice1, choice2, choice3], answer: Number(answer) };
  });
}

const MMLU_SPLIT_FILES: Record<string, string> = { test: 'test', dev: 'dev', validation: 'val' };

const localRelease: LocalRelease = {
  dataset: 'cais/mmlu',
  layout: 'mmlu/{test,dev,val}/<subject>_{test,dev,val}.csv   (header question,choice0,choice1,choice2,choice3,answer)',
  locate: (subject, split) => {
    const suffix = MMLU_SPLIT_FILES[split];
    if (!subject || !suffix || subject.includes('/') || subject.includes('\\')) return undefined;
    return { relativePath: `mmlu/${suffix}/${subject}_${suffix}.csv`, toRows: (text, where) => mmluRows(text, subject, where) };
  },
};

export const family: TaskFamily = {
  localRelease,
  tasks: Object.keys(SUBJECT_CATEGORIES).map(subjectTask),
  groups: [
    {
      name: 'mmlu',
      about: 'MMLU: 57 subjects of multiple-choice questions, weighted by size',
      members: CATEGORIES.map((category) => `mmlu_${category}`),
      weightBySize: true,
      metrics: ['acc'],
      version: '2',
    },
    ...CATEGORIES.map(categoryGroup),
  ],
};
