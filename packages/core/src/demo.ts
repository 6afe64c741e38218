/**
 * `ftbench demo`: the whole scoring path on a fresh machine with no GPU and no network —
 * a small GPT-2-shaped ONNX model built from a seed, and the bundled suites in
 * packages/core/demo/. The weights are random, so the accuracies are near chance: the demo
 * shows the pipeline and the report, not a good model.
 *
 * The loop demo stands in for fine-tuning with a deterministic change to the weights (no training
 * happens): each "fine-tuned" variant moves every weight of the baseline a fixed fraction of the
 * way towards the weights of another seed, and that seed was picked because it raises the
 * pharmacology suite while it lowers the general-knowledge one, as fine-tuning often does.
 */
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleEvaluate } from './evaluator.js';
import { makeDirs } from './fs-errors.js';
import { formatTaskRef } from './task-ref.js';
import { DEMO_SUITE_PATH } from './suites/index.js';
import type { ProgressSink } from './progress.js';
import type { EvalResults } from './schema.js';
import { toyModelWeights, writeToyModel, type ToyModelSpec, type ToyModelWeights, type WeightTensor } from './toy-model/index.js';

export const DEMO_MODEL_SPEC: ToyModelSpec = { seed: 2026, layers: 2, heads: 4, hidden: 64, maxPositions: 1024, withPast: true };

/** packages/core/demo: every suite file there is part of the demo. */
export const DEMO_DIR = path.dirname(DEMO_SUITE_PATH);

export function demoSuites(): string[] {
  return readdirSync(DEMO_DIR)
    .filter((name) => /\.(jsonl?|ya?ml)$/.test(name))
    .sort()
    .map((name) => formatTaskRef({ kind: 'suite', location: path.join(DEMO_DIR, name) }));
}

const defaultWorkdir = () => path.join(tmpdir(), 'ftbench-demo');

/**
 * A model is a pure function of its spec and weights: built once, reused. Built aside and renamed
 * into place, so an interrupted build never leaves a half model behind.
 */
async function demoModel(dir: string, weights?: ToyModelWeights): Promise<string> {
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  await writeToyModel(partial, DEMO_MODEL_SPEC, weights);
  try {
    renameSync(partial, dir);
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(dir)) throw err; // else a concurrent demo built it first
  }
  return dir;
}

export async function runDemo(opts: { workdir?: string; progress?: ProgressSink | false } = {}): Promise<EvalResults> {
  const modelDir = await demoModel(path.join(opts.workdir ?? defaultWorkdir(), `toy-model-seed${DEMO_MODEL_SPEC.seed}`));
  return simpleEvaluate({ model: modelDir, tasks: demoSuites(), batchSize: 8, logSamples: true, progress: opts.progress });
}

/** The stand-in for fine-tuning: the seed whose weights the variants move towards, and how far each goes. */
export const DEMO_FINE_TUNE = { towardsSeed: 39, strengths: [0.2, 0.3, 0.4] } as const;

/** The domain the demo "fine-tunes" for, and the general ability it watches. */
const DOMAIN_SUITE = 'pharmacology.jsonl';
const GENERAL_SUITE = 'general-knowledge.jsonl';

function blendWeights(base: ToyModelWeights, towards: ToyModelWeights, strength: number): ToyModelWeights {
  const blend = (a: WeightTensor, b: WeightTensor): WeightTensor => ({ dims: a.dims, data: a.data.map((value, i) => value + strength * (b.data[i] - value)) });
  const blendAll = <T extends object>(a: T, b: T): T =>
    Object.fromEntries(Object.entries(a).map(([key, value]) => [key, blendTensors(value, (b as Record<string, unknown>)[key])])) as T;
  const blendTensors = (a: unknown, b: unknown): unknown => {
    if (Array.isArray(a)) return a.map((layer, i) => blendAll(layer, (b as object[])[i]));
    return blend(a as WeightTensor, b as WeightTensor);
  };
  return blendAll(base, towards);
}

/** How the demo's variants were made, in words for its output. */
export function demoFineTuneRecipe(): string {
  const { towardsSeed, strengths } = DEMO_FINE_TUNE;
  return (
    `The "fine-tuned" models are not trained: each moves every weight of the baseline (toy model seed ${DEMO_MODEL_SPEC.seed}) ` +
    `${strengths.map((s) => `${s * 100} %`).join(', ')} of the way towards the weights of seed ${towardsSeed}, ` +
    'a deterministic change picked because it raises the pharmacology suite and lowers the general-knowledge suite, as fine-tuning on a domain often does.'
  );
}

export interface LoopDemoFiles {
  /** ftbench.yml: the pharmacology suite is the target (goal 80 %), general knowledge may drop 3 points. */
  config: string;
  baseline: string;
  /** The variants' results, in the order of DEMO_FINE_TUNE.strengths; the last is the PR's candidate. */
  variants: string[];
}

/** Builds and scores the baseline and the variants, and writes their results and an ftbench.yml into the workdir. */
export async function runLoopDemo(opts: { workdir?: string; progress?: ProgressSink | false } = {}): Promise<LoopDemoFiles> {
  const workdir = opts.workdir ?? defaultWorkdir();
  makeDirs(workdir);
  const tasks = [DOMAIN_SUITE, GENERAL_SUITE].map((file) => `suite:${path.join(DEMO_DIR, file)}`);
  const score = async (name: string, modelDir: string) => {
    const results = { ...(await simpleEvaluate({ model: modelDir, tasks, batchSize: 8, logSamples: true, progress: opts.progress })), name };
    const file = path.join(workdir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    return file;
  };
  const base = toyModelWeights(DEMO_MODEL_SPEC);
  const towards = toyModelWeights({ ...DEMO_MODEL_SPEC, seed: DEMO_FINE_TUNE.towardsSeed });
  const baseline = await score('base', await demoModel(path.join(workdir, `toy-model-seed${DEMO_MODEL_SPEC.seed}`)));
  const variants: string[] = [];
  for (const strength of DEMO_FINE_TUNE.strengths) {
    const name = `ft-${Math.round(strength * 100)}pct`;
    const dir = path.join(workdir, `toy-model-seed${DEMO_MODEL_SPEC.seed}-to-${DEMO_FINE_TUNE.towardsSeed}-${Math.round(strength * 100)}pct`);
    variants.push(await score(name, await demoModel(dir, blendWeights(base, towards, strength))));
  }
  const config = path.join(workdir, 'ftbench.yml');
  writeFileSync(
    config,
    [
      '# The demo fine-tunes for pharmacology: its goal is 80 %, with a floor at 25 %;',
      '# general knowledge may drop at most 3 points.',
      'tasks:',
      `  - suite: ${JSON.stringify(path.join(DEMO_DIR, DOMAIN_SUITE))}`,
      '    gates:',
      '      acc: { target: 0.8, min: 0.25 }',
      `  - suite: ${JSON.stringify(path.join(DEMO_DIR, GENERAL_SUITE))}`,
      '    gates:',
      '      acc: { max-drop: 3 }',
      'stop:',
      '  min-gain: 1',
      '',
    ].join('\n'),
  );
  return { config, baseline, variants };
}
