/**
 * Models whose scores differ predictably: toy models have random weights (chance accuracy on any
 * real suite), so the suite is generated FROM the baseline: every answer is the choice the
 * baseline prefers. The baseline then scores 100% by construction; a model with other weights
 * (another seed) disagrees, a large regression; the same weights stored as external data are a
 * different model directory with the same scores, a harmless change. (Random toy models mostly
 * prefer one answer letter whatever the question, so with these seeds the baseline answers C
 * throughout and the damaged model B: the regression is total, and deterministic.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleEvaluate } from '../../packages/core/src/index.js';
import { writeToyModel, type ToyModelSpec } from '../../packages/core/src/testing.js';

const SHAPE = { layers: 1, heads: 2, hidden: 32, maxPositions: 512, withPast: false } satisfies Omit<ToyModelSpec, 'seed'>;
const BASELINE_SEED = 11;
const DAMAGED_SEED = 12;

export interface Models {
  baseline: string;
  damaged: string;
  harmless: string;
}

export async function buildModels(dir: string): Promise<Models> {
  const models = { baseline: path.join(dir, 'baseline'), damaged: path.join(dir, 'damaged'), harmless: path.join(dir, 'harmless') };
  await writeToyModel(models.baseline, { ...SHAPE, seed: BASELINE_SEED });
  await writeToyModel(models.damaged, { ...SHAPE, seed: DAMAGED_SEED });
  await writeToyModel(models.harmless, { ...SHAPE, seed: BASELINE_SEED, externalData: true });
  return models;
}

const WORDS = ['amber', 'basil', 'cedar', 'delta', 'ember', 'fjord', 'gamma', 'heron', 'indigo', 'jasper', 'kelp', 'lumen', 'maple', 'nectar', 'onyx', 'prism'];

/** A fixed pseudo-random sequence (LCG), so the suite is the same on every machine. */
function* words(seed: number): Generator<string> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield WORDS[state % WORDS.length];
  }
}

interface SuiteItem {
  id: string;
  category: string;
  question: string;
  choices: string[];
  answer: string;
}

/** `count` questions in two categories; answers are placeholders until the baseline has chosen. */
function draftItems(count: number): SuiteItem[] {
  const next = words(7);
  const take = (n: number) => Array.from({ length: n }, () => next.next().value as string);
  return Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    category: i % 2 === 0 ? 'alpha' : 'beta',
    question: `Which word goes with ${take(3).join(' ')}?`,
    choices: take(4),
    answer: 'A',
  }));
}

/** Writes the suite with each answer set to the baseline's own prediction. */
export async function buildSuiteFromBaseline(file: string, baselineModel: string, count = 40): Promise<void> {
  const items = draftItems(count);
  const write = () => writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  write();
  const results = await simpleEvaluate({ model: baselineModel, tasks: [`suite:${file}`], logSamples: true, progress: false });
  const [samples] = Object.values(results.samples ?? {});
  for (const sample of samples) {
    const item = items.find((candidate) => candidate.id === sample.docId);
    if (item) item.answer = String.fromCharCode(65 + sample.prediction);
  }
  write();
}
