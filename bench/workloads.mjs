// @ts-check
/**
 * The documents the benchmark scores, built with ftbench's own task definitions and prompt builder:
 * MMLU (5-shot) and TruthfulQA mc2 (0-shot) from the real releases in ../shared/datasets, HellaSwag
 * (10-shot) and ARC-Challenge (25-shot) as synthetic documents of the same shape (those releases are
 * not in ../shared): real English words from the MMLU questions, in lengths drawn from the ranges below.
 */
import { LocalReleaseSource, loadTaskRegistry } from '@ftbench/core';
import { buildDocRequests, mulberry32 } from '@ftbench/core/engine';

const FEWSHOT_SEED = 1234;

/**
 * Synthetic shapes, in words drawn uniformly from each range (GPT-2 BPE makes ~1.5 tokens of these words):
 * about 45-token HellaSwag contexts with 24-token endings, and 30-token ARC questions with 6-token
 * answers, the datasets' typical lengths.
 */
export const SYNTHETIC_SHAPES = {
  hellaswag: { activityLabel: [1, 3], ctxA: [8, 36], ctxB: [3, 9], ending: [6, 26], endings: 4 },
  arc_challenge: { question: [8, 32], choice: [1, 7], choices: [4, 4] },
};

function textMaker(words, seed) {
  const next = mulberry32(seed);
  const between = ([lo, hi]) => lo + Math.floor(next() * (hi - lo + 1));
  const sentence = (range) => Array.from({ length: between(range) }, () => words[Math.floor(next() * words.length)]).join(' ');
  return { between, sentence };
}

function hellaswagRows(words, count, seed) {
  const { sentence } = textMaker(words, seed);
  const shape = SYNTHETIC_SHAPES.hellaswag;
  return Array.from({ length: count }, (_, i) => ({
    ind: i,
    activity_label: sentence(shape.activityLabel),
    ctx_a: sentence(shape.ctxA) + '.',
    ctx_b: sentence(shape.ctxB),
    ctx: '',
    endings: Array.from({ length: shape.endings }, () => sentence(shape.ending) + '.'),
    source_id: 'synthetic',
    split: 'val',
    split_type: 'indomain',
    label: String(i % shape.endings),
  }));
}

function arcRows(words, count, seed) {
  const { between, sentence } = textMaker(words, seed);
  const shape = SYNTHETIC_SHAPES.arc_challenge;
  return Array.from({ length: count }, (_, i) => {
    const labels = ['A', 'B', 'C', 'D', 'E'].slice(0, between(/** @type {[number, number]} */ (shape.choices)));
    return {
      id: `synthetic-${i}`,
      question: sentence(shape.question) + '?',
      choices: { text: labels.map(() => sentence(shape.choice)), label: labels },
      answerKey: labels[i % labels.length],
    };
  });
}

/** Task name, few-shot count, and where its documents come from. */
export const TASKS = [
  { key: 'mmlu', label: 'MMLU (5-shot)', numFewshot: 5, source: 'real' },
  { key: 'hellaswag', label: 'HellaSwag (10-shot)', numFewshot: 10, source: 'synthetic' },
  { key: 'arc_challenge', label: 'ARC-Challenge (25-shot)', numFewshot: 25, source: 'synthetic' },
  { key: 'truthfulqa_mc2', label: 'TruthfulQA mc2 (0-shot)', numFewshot: 0, source: 'real' },
];

/**
 * Documents per task: `mmluPerSubject` questions of every MMLU subject, the first `truthfulqa` TruthfulQA
 * questions, and `synthetic` documents each of HellaSwag and ARC. Returns { [task key]: DocRequests[] }.
 */
export async function buildWorkloads(dataDir, sizes) {
  const registry = await loadTaskRegistry();
  const source = new LocalReleaseSource(dataDir);
  const docsOf = async (task, evalRows, fewshotRows, numFewshot, limit) => buildDocRequests(task, evalRows, fewshotRows, numFewshot, { seed: FEWSHOT_SEED, limit });

  const mmluTasks = registry.resolve(['mmlu']).tasks;
  const mmlu = [];
  for (const task of mmluTasks) {
    const test = await source.loadSplit(task.dataset, /** @type {string} */ (task.testSplit));
    const dev = await source.loadSplit(task.dataset, /** @type {string} */ (task.fewshotSplit));
    mmlu.push(...(await docsOf(task, test.rows, dev.rows, 5, sizes.mmluPerSubject)));
  }
  const words = [...new Set(mmlu.flatMap((doc) => doc.requests[0].context.split(/\s+/)).filter((w) => /^[A-Za-z][a-z]{1,11}[,.]?$/.test(w)))];

  const truthfulqa = registry.getTask('truthfulqa_mc2');
  const truthfulqaRows = (await source.loadSplit(truthfulqa.dataset, /** @type {string} */ (truthfulqa.validationSplit))).rows;
  const hellaswag = registry.getTask('hellaswag');
  const arc = registry.getTask('arc_challenge');
  return {
    words: words.length,
    docs: {
      mmlu,
      hellaswag: await docsOf(hellaswag, hellaswagRows(words, sizes.synthetic, 1), hellaswagRows(words, 200, 2), 10, sizes.synthetic),
      arc_challenge: await docsOf(arc, arcRows(words, sizes.synthetic, 3), arcRows(words, 200, 4), 25, sizes.synthetic),
      truthfulqa_mc2: await docsOf(truthfulqa, truthfulqaRows, [], 0, sizes.truthfulqa),
    },
  };
}

/** The flat request list the evaluator hands the model for a task's documents. */
export function requestsOf(docs) {
  return docs.flatMap((doc) => doc.requests);
}
