/**
 * A realistic PR check, as a new user would configure one: MMLU (its 57 subjects at their real
 * test-split sizes, grouped as lm-eval groups them), HellaSwag, ARC-Challenge and TruthfulQA
 * (mc2, a continuous score) at their real sizes, and a domain suite with categories. Per-document
 * values are drawn from a seeded generator so that the candidate gains on the suite and loses a
 * few points of general ability, as fine-tuning does; the numbers come from the paired statistics
 * ftbench computes on them, nothing is hard-coded.
 */
import {
  loadTaskRegistry,
  RESULTS_SCHEMA_VERSION,
  type EvalResults,
  type GateConfig,
  type GroupResult,
  type MetricName,
  type SampleRecord,
  type TaskResult,
} from '@ftbench/core';
import { mulberry32 } from '@ftbench/core/engine';

/** Rows of each `<subject>_test.csv` of the MMLU release (14,042 in all). */
export const MMLU_TEST_SIZES: Record<string, number> = {
  abstract_algebra: 100,
  anatomy: 135,
  astronomy: 152,
  business_ethics: 100,
  clinical_knowledge: 265,
  college_biology: 144,
  college_chemistry: 100,
  college_computer_science: 100,
  college_mathematics: 100,
  college_medicine: 173,
  college_physics: 102,
  computer_security: 100,
  conceptual_physics: 235,
  econometrics: 114,
  electrical_engineering: 145,
  elementary_mathematics: 378,
  formal_logic: 126,
  global_facts: 100,
  high_school_biology: 310,
  high_school_chemistry: 203,
  high_school_computer_science: 100,
  high_school_european_history: 165,
  high_school_geography: 198,
  high_school_government_and_politics: 193,
  high_school_macroeconomics: 390,
  high_school_mathematics: 270,
  high_school_microeconomics: 238,
  high_school_physics: 151,
  high_school_psychology: 545,
  high_school_statistics: 216,
  high_school_us_history: 204,
  high_school_world_history: 237,
  human_aging: 223,
  human_sexuality: 131,
  international_law: 121,
  jurisprudence: 108,
  logical_fallacies: 163,
  machine_learning: 112,
  management: 103,
  marketing: 234,
  medical_genetics: 100,
  miscellaneous: 783,
  moral_disputes: 346,
  moral_scenarios: 895,
  nutrition: 306,
  philosophy: 311,
  prehistory: 324,
  professional_accounting: 282,
  professional_law: 1534,
  professional_medicine: 272,
  professional_psychology: 612,
  public_relations: 110,
  security_studies: 245,
  sociology: 201,
  us_foreign_policy: 100,
  virology: 166,
  world_religions: 171,
};

export const SUITE = 'suite:pharmacy';
const SUITE_CATEGORIES = { dosing: 120, interactions: 110, adverse_effects: 90, contraindications: 80 };

/** How one benchmark's documents score on each side: accuracy before and after. */
interface Shift {
  base: number;
  cand: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const stderr = (values: readonly number[]) => {
  const mu = mean(values);
  return Math.sqrt(values.reduce((t, v) => t + (v - mu) ** 2, 0) / (values.length - 1) / values.length);
};

/**
 * Paired 0/1 values: each document has a latent difficulty u; the baseline gets it right when
 * u < base, the candidate when u (nudged by independent noise) < cand.
 */
function binaryPairs(n: number, shift: Shift, random: () => number): [number[], number[]] {
  const baseline: number[] = [];
  const candidate: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = random();
    baseline.push(u < shift.base ? 1 : 0);
    candidate.push(u + (random() - 0.5) * 0.3 < shift.cand ? 1 : 0);
  }
  return [baseline, candidate];
}

/** Paired probability masses (truthfulqa_mc2): around `base`, and shifted by cand − base with noise. */
function continuousPairs(n: number, shift: Shift, random: () => number): [number[], number[]] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const baseline = Array.from({ length: n }, () => clamp(shift.base + (random() - 0.5) * 0.8));
  return [baseline, baseline.map((v) => clamp(v + (shift.cand - shift.base) + (random() - 0.5) * 0.2))];
}

export interface Scenario {
  /** Per MMLU subject, hellaswag, arc_challenge, truthfulqa_mc2 and the suite's categories. */
  mmlu: Shift;
  hellaswag: Shift;
  arc: Shift;
  truthfulqa: Shift;
  suite: Shift;
}

/** The example: pharmacy 63 → 73 %, MMLU −2.8, HellaSwag −3.6, ARC ±0.2, TruthfulQA −2.7. */
export const FINE_TUNE: Scenario = {
  mmlu: { base: 0.63, cand: 0.602 },
  hellaswag: { base: 0.58, cand: 0.544 },
  arc: { base: 0.47, cand: 0.472 },
  truthfulqa: { base: 0.45, cand: 0.423 },
  suite: { base: 0.632, cand: 0.73 },
};

/** The config a new user writes: a goal and a floor on the suite, drop limits on the general benchmarks. */
export const GATES: GateConfig[] = [
  { target: SUITE, metric: 'acc', targetValue: 0.8, min: 0.6 },
  { target: 'mmlu', metric: 'acc', maxDrop: 3 },
  { target: 'hellaswag', metric: 'acc_norm', maxDrop: 2 },
  { target: 'arc_challenge', metric: 'acc_norm', maxDrop: 2 },
];

interface Built {
  baseline: EvalResults;
  candidate: EvalResults;
}

export async function realisticRuns(scenario: Scenario = FINE_TUNE, seed = 11): Promise<Built> {
  const registry = await loadTaskRegistry();
  const random = mulberry32(seed);
  const sides: [EvalResults, EvalResults] = [emptyRun('base'), emptyRun('r8-ep3')];
  const addTask = (name: string, kind: TaskResult['kind'], values: Partial<Record<MetricName, [number[], number[]]>>, categories?: string[]) => {
    sides.forEach((run, side) => {
      const metrics = Object.fromEntries(Object.entries(values).map(([metric, pair]) => [metric, { value: mean(pair[side]), stderr: stderr(pair[side]) }]));
      const n = Object.values(values)[0][side].length;
      const samples: SampleRecord[] = Array.from({ length: n }, (_, i) => ({
        docId: i,
        promptHash: `${name}-${i}`,
        gold: 0,
        loglikelihoods: [],
        isGreedy: [],
        metrics: Object.fromEntries(Object.entries(values).map(([metric, pair]) => [metric, pair[side][i]])),
        prediction: 0,
        ...(categories ? { category: categories[i] } : {}),
      }));
      const byCategory =
        categories &&
        Object.fromEntries(
          [...new Set(categories)].map((category) => {
            const docs = samples.filter((sample) => sample.category === category).map((sample) => sample.metrics.acc as number);
            return [category, { n: docs.length, metrics: { acc: { value: mean(docs), stderr: stderr(docs) } } }];
          }),
        );
      run.tasks[name] = {
        name,
        kind,
        version: kind === 'suite' ? 'c0ffee00deadbeef' : '1.0',
        hash: `hash-${name}`,
        numFewshot: kind === 'suite' ? 0 : name.startsWith('mmlu') ? 5 : name === 'hellaswag' ? 10 : name === 'arc_challenge' ? 25 : 0,
        n,
        metrics,
        ...(byCategory ? { categories: byCategory } : {}),
        dataset: { source: 'hub', path: name.startsWith('mmlu') ? 'cais/mmlu' : name, split: 'test', revision: 'c30699e8356da336a370243923dbaf21066bb9fe' },
      };
      (run.samples as Record<string, SampleRecord[]>)[name] = samples;
    });
  };
  for (const subject of Object.keys(MMLU_TEST_SIZES).sort())
    addTask(`mmlu_${subject}`, 'standard', { acc: binaryPairs(MMLU_TEST_SIZES[subject], scenario.mmlu, random) });
  addTask('hellaswag', 'standard', {
    acc: binaryPairs(10_042, { base: scenario.hellaswag.base - 0.17, cand: scenario.hellaswag.cand - 0.17 }, random),
    acc_norm: binaryPairs(10_042, scenario.hellaswag, random),
  });
  addTask('arc_challenge', 'standard', {
    acc: binaryPairs(1_172, { base: scenario.arc.base - 0.03, cand: scenario.arc.cand - 0.03 }, random),
    acc_norm: binaryPairs(1_172, scenario.arc, random),
  });
  addTask('truthfulqa_mc2', 'standard', { acc: continuousPairs(817, scenario.truthfulqa, random) });
  const categories = Object.entries(SUITE_CATEGORIES).flatMap(([category, n]) => Array.from({ length: n }, () => category));
  addTask(SUITE, 'suite', { acc: binaryPairs(categories.length, scenario.suite, random) }, categories);
  // MMLU's groups as the registry defines them, scored as lm-eval aggregates them (weighted by size).
  for (const run of sides) {
    const leaves = (group: string): string[] =>
      (registry.getGroup(group)?.members ?? [group]).flatMap((member) => (registry.getGroup(member) ? leaves(member) : [member]));
    for (const group of ['mmlu', ...(registry.getGroup('mmlu')?.members ?? [])]) {
      const tasks = leaves(group).map((task) => run.tasks[task]);
      const n = tasks.reduce((total, task) => total + task.n, 0);
      const value = tasks.reduce((total, task) => total + (task.metrics.acc?.value ?? 0) * task.n, 0) / n;
      const result: GroupResult = {
        name: group,
        members: registry.getGroup(group)?.members ?? [],
        n,
        weightBySize: true,
        metrics: { acc: { value, stderr: 0.004 } },
      };
      run.groups[group] = result;
    }
  }
  return { baseline: sides[0], candidate: sides[1] };
}

function emptyRun(name: string): EvalResults {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ftbenchVersion: '0.1.0',
    createdAt: '2026-12-01T09:00:00Z',
    name,
    config: {
      tasks: ['mmlu', 'hellaswag', 'arc_challenge', 'truthfulqa_mc2', SUITE],
      numFewshot: null,
      batchSize: 8,
      device: 'cpu',
      limit: null,
      fewshotSeed: 1234,
      logSamples: true,
    },
    model: {
      path: `models/${name}`,
      fingerprint: name === 'base' ? 'a'.repeat(64) : 'b'.repeat(64),
      tokenizerFingerprint: 'c'.repeat(64),
      maxLength: 2048,
      hasPastKeyValues: true,
      logitsType: 'float32',
      addBosToken: false,
    },
    tasks: {},
    groups: {},
    timings: { totalSeconds: 3725, perTaskSeconds: {}, requests: 0, forwardPasses: 0, tokensForwarded: 0 },
    samples: {},
  };
}
