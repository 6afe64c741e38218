// @ts-check
/**
 * The documents the benchmark scores, built with ftbench's own task definitions and prompt builder:
 * MMLU (5-shot), ARC-Challenge (25-shot) and TruthfulQA mc2 (0-shot) from the real releases in
 * ../shared/datasets, HellaSwag (10-shot) as synthetic documents of the same shape (its release is not in
 * ../shared): real English words from the MMLU questions, in lengths drawn from the ranges below.
 */
import { LocalReleaseSource, loadTaskRegistry } from '@ftbench/core';
import { buildDocRequests, evaluationSplit, fewshotSplit, mulberry32 } from '@ftbench/core/engine';

const FEWSHOT_SEED = 1234;

/**
 * Synthetic shapes, in words drawn uniformly from each range (GPT-2 BPE makes ~1.5 tokens of these words):
 * about 45-token HellaSwag contexts with 24-token endings, the dataset's typical lengths.
 */
export const SYNTHETIC_SHAPES = {
  hellaswag: { activityLabel: [1, 3], ctxA: [8, 36], ctxB: [3, 9], ending: [6, 26], endings: 4 },
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

/**
 * Task name, few-shot count, where its documents come from, and the release under ../shared/datasets
 * they are built from (HellaSwag's synthetic words come from the MMLU questions).
 */
export const TASKS = [
  { key: 'mmlu', label: 'MMLU (5-shot)', numFewshot: 5, source: 'real', release: 'mmlu' },
  { key: 'hellaswag', label: 'HellaSwag (10-shot)', numFewshot: 10, source: 'synthetic', release: 'mmlu' },
  { key: 'arc_challenge', label: 'ARC-Challenge (25-shot)', numFewshot: 25, source: 'real', release: 'arc' },
  { key: 'truthfulqa_mc2', label: 'TruthfulQA mc2 (0-shot)', numFewshot: 0, source: 'real', release: 'truthfulqa' },
];

/**
 * Documents of the given tasks: `mmluPerSubject` questions of every MMLU subject, the first `arc` ARC-Challenge
 * test questions, the first `truthfulqa` TruthfulQA questions, and `synthetic` HellaSwag documents.
 * Returns { words, docs: { [task key]: DocRequests[] } }.
 */
export async function buildWorkloads(dataDir, sizes, tasks) {
  const registry = await loadTaskRegistry();
  const source = new LocalReleaseSource(dataDir);
  const docsOf = async (task, evalRows, fewshotRows, numFewshot, limit) =>
    buildDocRequests(task, evalRows, fewshotRows, numFewshot, { seed: FEWSHOT_SEED, limit });
  const wanted = new Set(tasks.map((task) => task.key));
  const docs = {};

  let words = [];
  if (wanted.has('mmlu') || wanted.has('hellaswag')) {
    const mmlu = [];
    for (const task of registry.resolve(['mmlu']).tasks) {
      const test = await source.loadSplit(task.dataset, /** @type {string} */ (task.testSplit));
      const dev = await source.loadSplit(task.dataset, /** @type {string} */ (task.fewshotSplit));
      mmlu.push(...(await docsOf(task, test.rows, dev.rows, 5, sizes.mmluPerSubject)));
    }
    words = [...new Set(mmlu.flatMap((doc) => doc.requests[0].context.split(/\s+/)).filter((w) => /^[A-Za-z][a-z]{1,11}[,.]?$/.test(w)))];
    if (wanted.has('mmlu')) docs.mmlu = mmlu;
  }
  if (wanted.has('hellaswag')) {
    const hellaswag = registry.getTask('hellaswag');
    docs.hellaswag = await docsOf(hellaswag, hellaswagRows(words, sizes.synthetic, 1), hellaswagRows(words, 200, 2), 10, sizes.synthetic);
  }
  if (wanted.has('arc_challenge')) {
    const arc = registry.getTask('arc_challenge');
    const test = await source.loadSplit(arc.dataset, evaluationSplit(arc));
    const train = await source.loadSplit(arc.dataset, fewshotSplit(arc));
    docs.arc_challenge = await docsOf(arc, test.rows, train.rows, 25, sizes.arc);
  }
  if (wanted.has('truthfulqa_mc2')) {
    const truthfulqa = registry.getTask('truthfulqa_mc2');
    const rows = (await source.loadSplit(truthfulqa.dataset, /** @type {string} */ (truthfulqa.validationSplit))).rows;
    docs.truthfulqa_mc2 = await docsOf(truthfulqa, rows, [], 0, sizes.truthfulqa);
  }
  return { words: words.length, docs };
}

/** The flat request list the evaluator hands the model for a task's documents. */
export function requestsOf(docs) {
  return docs.flatMap((doc) => doc.requests);
}
