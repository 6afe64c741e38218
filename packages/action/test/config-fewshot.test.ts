/** ftbench.yml's per-task `num-fewshot`: what the evaluator is given, and that it reaches the prompts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overrideTasks, parseConfig } from '../src/config.js';
import { prepareTasks } from '../../core/src/evaluator.js';

const DIR = mkdtempSync(path.join(tmpdir(), 'ftbench-config-fewshot-'));
const FILE = `${DIR}/ftbench.yml`;
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('num-fewshot per task entry', () => {
  it('gives each entry its own count, the others options.num-fewshot', () => {
    const config = parseConfig(
      `
tasks:
  - task: mmlu
    num-fewshot: 5
  - task: arc_challenge
    num-fewshot: 25
  - hellaswag
  - suite: clinic.json
    num-fewshot: 1
options:
  num-fewshot: 2
`,
      FILE,
    );
    expect(config.options.numFewshot).toEqual({ mmlu: 5, arc_challenge: 25, hellaswag: 2, [`suite:${DIR}/clinic.json`]: 1 });
    // The tasks input keeps the configured counts and gives a new task the options' count.
    expect(overrideTasks(config, ['mmlu', 'winogrande'], DIR).options.numFewshot).toEqual({ mmlu: 5, winogrande: 2 });
    expect(overrideTasks(config, ['winogrande'], DIR).options.numFewshot).toBe(2);
  });

  it('is one count when no entry sets its own, as before', () => {
    expect(parseConfig('tasks: [hellaswag]\noptions:\n  num-fewshot: 3\n', FILE).options).toEqual({ numFewshot: 3 });
    expect(parseConfig('tasks: [hellaswag]\n', FILE).options).toEqual({});
  });

  it('rejects a count that is not a whole number >= 0, by key path', () => {
    expect(() => parseConfig('tasks:\n  - task: mmlu\n    num-fewshot: -1\n', FILE)).toThrow(/tasks\[0\]\.num-fewshot/);
  });

  it("reaches a suite's prompts through its path as the config names it", async () => {
    const item = (id: string) => ({ id, question: `${id}?`, choices: ['yes', 'no'], answer: 'A' });
    writeFileSync(path.join(DIR, 'clinic.json'), JSON.stringify({ fewshot: [item('f1'), item('f2')], items: [item('q1')] }));
    const config = parseConfig('tasks:\n  - suite: clinic.json\n    num-fewshot: 1\n', FILE);
    const { prepared } = await prepareTasks({ tasks: config.tasks.map((t) => t.task), numFewshot: config.options.numFewshot });
    expect(prepared[0].numFewshot).toBe(1);
  });
});

describe("lm-eval's tag and preset names in ftbench.yml", () => {
  it('are known names that report no metric of their own, so a gate on them is refused with the reason', async () => {
    const { checkGateTargets, registryScores } = await import('../src/config.js');
    const reported = await registryScores();
    expect(reported('openllm')).toEqual({ name: 'openllm', metrics: [] });
    expect(reported('arc_easy').metrics).toEqual(['acc', 'acc_norm']);
    checkGateTargets(parseConfig('tasks: [openllm, ai2_arc]\n', FILE), FILE, reported);
    expect(() => checkGateTargets(parseConfig('tasks:\n  - task: ai2_arc\n    gates:\n      acc: { max-drop: 1 }\n', FILE), FILE, reported)).toThrow(
      /ai2_arc reports no metric, not acc/,
    );
  });
});
