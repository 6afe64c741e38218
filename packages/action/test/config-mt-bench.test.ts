/** ftbench.yml gates on MT-Bench: the 1–10 score in rating points, per category as mt_bench/<category>, and nowhere else. */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../core/src/index.js';
import { mtBenchQuestions, mtBenchRun } from '../../core/test/compare/fixtures.js';
import { checkGateTargets, gateConfigs, parseConfig, registryScores } from '../src/config.js';

const FILE = '/repo/ci/ftbench.yml';

function outcome(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

async function check(yaml: string): Promise<string> {
  const registered = await registryScores();
  return outcome(() => checkGateTargets(parseConfig(yaml, FILE), FILE, registered));
}

const MT_BENCH_GATES = `
tasks:
  - task: mmlu
    gates: { acc: { max-drop: 2 } }
  - task: mt_bench
    gates:
      score: { max-drop: 0.5, min: 6, require-significant: true }
    categories:
      writing: { score: { max-drop: 1 } }
      coding: { score: { target: 8 } }
`;

describe('ftbench.yml: MT-Bench gates', () => {
  it('yields gates on mt_bench and mt_bench/<category>, limits on the 1–10 scale as written', async () => {
    const config = parseConfig(MT_BENCH_GATES, FILE);
    expect(gateConfigs(config.tasks, new Map())).toEqual([
      { target: 'mmlu', metric: 'acc', maxDrop: 2 },
      { target: 'mt_bench', metric: 'score', maxDrop: 0.5, min: 6, requireSignificant: true },
      { target: 'mt_bench/writing', metric: 'score', maxDrop: 1 },
      { target: 'mt_bench/coding', metric: 'score', targetValue: 8 },
    ]);
    expect(await check(MT_BENCH_GATES)).toBe('accepted');
  });

  it('the gates it yields judge MT-Bench results: a writing drop fails its category gate', () => {
    const gates = gateConfigs(parseConfig(MT_BENCH_GATES, FILE).tasks, new Map()).filter((gate) => gate.target.startsWith('mt_bench'));
    const questions = mtBenchQuestions();
    const lowered = questions.map((question) => (question.category === 'writing' ? { ...question, ratings: [3, 3] as [number, number] } : question));
    const comparison = compareResults(mtBenchRun({ questions }), mtBenchRun({ questions: lowered }), gates);
    expect(comparison.gates.map((gate) => [gate.gate.target, gate.verdict])).toEqual([
      ['mt_bench', 'pass'],
      ['mt_bench/writing', 'regression'],
      ['mt_bench/coding', 'pass'],
    ]);
  });

  it.each([
    ['a floor written as a fraction', 'score: { min: 0.65 }', /tasks\[0\]\.gates\.score\.min: must be ≥ 1 and ≤ 10, got 0\.65/],
    ['a floor above 10', 'score: { min: 75 }', /tasks\[0\]\.gates\.score\.min: must be ≥ 1 and ≤ 10, got 75/],
    ['a drop past the whole scale', 'score: { max-drop: 10 }', /tasks\[0\]\.gates\.score\.max-drop: must be ≥ 0 and ≤ 9, got 10/],
  ])('the schema rejects %s', (_, gate, message) => {
    expect(outcome(() => parseConfig(`tasks:\n  - task: mt_bench\n    gates: { ${gate} }\n`, FILE))).toMatch(message);
  });

  it('a score gate belongs to mt_bench only, and an acc gate never to mt_bench', async () => {
    expect(await check('tasks:\n  - task: mmlu\n    gates: { score: { max-drop: 1 } }\n')).toMatch(/tasks\[0\]\.gates\.score: mmlu reports acc, not score/);
    expect(await check('tasks:\n  - task: mt_bench\n    gates: { acc: { max-drop: 1 } }\n')).toMatch(/tasks\[0\]\.gates\.acc: mt_bench reports score, not acc/);
  });

  it('a category must be one of MT-Bench’s eight; lm-eval tasks still have none', async () => {
    expect(await check('tasks:\n  - task: mt_bench\n    categories: { poetry: { score: { max-drop: 1 } } }\n')).toMatch(
      /tasks\[0\]\.categories\.poetry: mt_bench has no category "poetry" among the items scored \(categories: writing, roleplay, reasoning, math, coding, extraction, stem, humanities\)/,
    );
    expect(outcome(() => parseConfig('tasks:\n  - task: mmlu\n    categories: { stem: { acc: { max-drop: 1 } } }\n', FILE))).toMatch(
      /tasks\[0\]\.categories: per-category gates need a custom suite \(`suite:`\) or mt_bench/,
    );
  });
});
