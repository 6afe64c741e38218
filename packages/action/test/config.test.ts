/** ftbench.yml: parsing, every problem named by key path with what is allowed, and the gates it yields. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_POINTS_SCALE, loadSuite } from '../../core/src/index.js';
import { CONFIG_SCHEMA } from '../src/config-schema.js';
import { checkGateTargets, gateConfigs, overrideTasks, parseConfig, registryScores, suiteScores, type ReportedScores } from '../src/config.js';

const DIR = '/repo/ci';
const FILE = `${DIR}/ftbench.yml`;

function problemsOf(yaml: string): string {
  try {
    parseConfig(yaml, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('reads tasks, suites, gates, category gates and options', () => {
    const config = parseConfig(
      `
tasks:
  - task: mmlu
    gates:
      acc: { max-drop: 2, require-significant: true, alpha: 0.1 }
  - hellaswag
  - suite: suites/pharmacy.jsonl
    gates:
      acc: { min: 0.6, target: 0.8 }
    categories:
      dosing:
        acc: { max-drop-relative: 5 }
  - suite:suites/extra.jsonl
options:
  num-fewshot: 5
  limit: 100
`,
      FILE,
    );
    expect(config).toEqual({
      tasks: [
        { task: 'mmlu', at: 'tasks[0]', gates: { acc: { maxDrop: 2, requireSignificant: true, alpha: 0.1 } }, categories: {} },
        { task: 'hellaswag', at: 'tasks[1]', gates: {}, categories: {} },
        {
          task: `suite:${path.resolve(DIR, 'suites/pharmacy.jsonl')}`,
          at: 'tasks[2]',
          gates: { acc: { min: 0.6, targetValue: 0.8 } },
          categories: { dosing: { acc: { maxDropRelative: 5 } } },
        },
        { task: `suite:${path.resolve(DIR, 'suites/extra.jsonl')}`, at: 'tasks[3]', gates: {}, categories: {} },
      ],
      options: { numFewshot: 5, limit: 100 },
      stop: { minGain: 1, bestBalance: 'within-limits' },
    });
  });

  it('reads the stop: section, with defaults for what it leaves out', () => {
    expect(parseConfig('tasks: [mmlu]\nstop:\n  min-gain: 2.5\n  best-balance: gain-minus-drop\n', FILE).stop).toEqual({
      minGain: 2.5,
      bestBalance: 'gain-minus-drop',
    });
    expect(parseConfig('tasks: [mmlu]\nstop: { min-gain: 0 }\n', FILE).stop).toEqual({ minGain: 0, bestBalance: 'within-limits' });
  });

  it('rejects a stop: section it cannot use, naming each key path', () => {
    const message = problemsOf('tasks: [mmlu]\nstop:\n  min-gain: -1\n  best-balance: greedy\n  min-gian: 2\n');
    expect(message).toMatch(/has 3 problems/);
    expect(message).toContain('  - stop.min-gain: must be ≥ 0, got -1');
    expect(message).toContain('  - stop.best-balance: must be one of "within-limits", "gain-minus-drop", got "greedy"');
    expect(message).toContain('  - stop.min-gian: unknown key; allowed here: min-gain, best-balance');
  });

  it('reads the chat options into the evaluator options (and so into the baseline cache key); multiturn needs a template', () => {
    const options = (yaml: string) => parseConfig(`tasks: [mmlu]\noptions:\n${yaml}`, FILE).options;
    expect(options('  apply-chat-template: true\n  system-instruction: Be brief.\n  fewshot-as-multiturn: false\n')).toEqual({
      applyChatTemplate: true,
      systemInstruction: 'Be brief.',
      fewshotAsMultiturn: false,
    });
    expect(options('  apply-chat-template: tool_use\n')).toEqual({ applyChatTemplate: 'tool_use' });
    expect(problemsOf('tasks: [mmlu]\noptions:\n  fewshot-as-multiturn: true\n')).toMatch(/options\.fewshot-as-multiturn: needs apply-chat-template/);
    expect(problemsOf('tasks: [mmlu]\noptions:\n  apply-chat-template: ""\n')).toMatch(/options\.apply-chat-template/);
  });

  it('lists every problem at once, each with its key path and what is allowed', () => {
    const message = problemsOf(`
tasks:
  - task: mmlu
    gates:
      acc: { max_drop: 2 }
  - task: arc_easy
    gates:
      accuracy: { max-drop: 1 }
      acc_norm: { max-drop: "3%", min: 45 }
  - 42
options:
  limit: 0
  device: cuda
`);
    expect(message).toBe(
      [
        `${FILE} has 7 problems:`,
        '  - tasks[0].gates.acc.max_drop: unknown key (did you mean "max-drop"?); allowed here: max-drop, max-drop-relative, min, target, require-significant, alpha',
        '  - tasks[1].gates.accuracy: unknown key; allowed here: acc, acc_norm, score',
        '  - tasks[1].gates.acc_norm.max-drop: must be a number, got "3%"',
        '  - tasks[1].gates.acc_norm.min: must be ≥ 0 and ≤ 1, got 45',
        '  - tasks[2]: must be a string or a mapping of keys to values, got 42',
        '  - options.limit: must be ≥ 1, got 0',
        '  - options.device: unknown key; allowed here: num-fewshot, limit, fewshot-seed, max-length, apply-chat-template, system-instruction, fewshot-as-multiturn',
      ].join('\n'),
    );
  });

  it('names problems the schema cannot express', () => {
    expect(
      problemsOf(`
tasks:
  - { task: mmlu, suite: a.jsonl }
  - task: hellaswag
    categories: { x: { acc: { min: 0.5 } } }
  - task: arc_easy
    gates: { acc: { alpha: 0.01 } }
  - { gates: { acc: { min: 0.1 } } }
`),
    ).toBe(
      [
        `${FILE} has 4 problems:`,
        '  - tasks[0]: give either `task` (a task or group name) or `suite` (a suite file), not both or neither',
        '  - tasks[1].categories: per-category gates need a custom suite (`suite:`) or mt_bench; lm-eval tasks have no categories',
        '  - tasks[2].gates.acc: sets no limit, so it could never fail; set one of: max-drop, max-drop-relative, min, target',
        '  - tasks[3]: give either `task` (a task or group name) or `suite` (a suite file), not both or neither',
      ].join('\n'),
    );
  });

  it('rejects a config without tasks, an empty gate and an empty list', () => {
    // One problem is one line: the file, the key path, what is wrong.
    expect(problemsOf('options: { limit: 5 }')).toBe(`${FILE}: (top level): missing required key "tasks"`);
    expect(problemsOf('tasks: []')).toBe(`${FILE}: tasks: must list at least 1 entry`);
    expect(problemsOf('tasks: [{ task: mmlu, gates: { acc: {} } }]')).toBe(
      `${FILE}: tasks[0].gates.acc: must set at least one of: max-drop, max-drop-relative, min, target, require-significant, alpha`,
    );
    expect(problemsOf('- mmlu')).toBe(`${FILE}: (top level): must be a mapping of keys to values, got a list`);
  });

  it('reads dataset-revisions as pins, part of the scoring options, and checks each is a non-empty string', () => {
    const sha = 'a'.repeat(40);
    const config = parseConfig(`tasks: [arc_easy, mmlu]\ndataset-revisions:\n  arc_easy: ${sha}\n  cais/mmlu: refs/convert/parquet\n`, FILE);
    expect(config.options).toEqual({ datasetRevisions: { arc_easy: sha, 'cais/mmlu': 'refs/convert/parquet' } });
    expect(parseConfig('tasks: [arc_easy]\ndataset-revisions: {}', FILE).options).toEqual({});
    expect(problemsOf('tasks: [arc_easy]\ndataset-revisions:\n  arc_easy: 1234\n  cais/mmlu: ""\n')).toBe(
      [`${FILE} has 2 problems:`, '  - dataset-revisions.arc_easy: must be a string, got 1234', '  - dataset-revisions.cais/mmlu: must not be empty'].join(
        '\n',
      ),
    );
    expect(problemsOf('tasks: [arc_easy]\ndataset-revisions: [arc_easy]')).toBe(`${FILE}: dataset-revisions: must be a mapping of keys to values, got a list`);
  });

  it('reports broken YAML and duplicate keys as YAML errors', () => {
    expect(problemsOf('tasks: [mmlu')).toMatch(/^\/repo\/ci\/ftbench.yml is not valid YAML:\n {2}- /);
    expect(problemsOf('tasks: [mmlu]\ntasks: [arc_easy]')).toMatch(/not valid YAML:[\s\S]*unique/);
  });
});

describe('overrideTasks', () => {
  it('runs the given tasks, keeping the gates the config sets for them', () => {
    const config = parseConfig('tasks:\n  - task: mmlu\n    gates: { acc: { max-drop: 2 } }\n  - hellaswag\noptions: { limit: 3 }', FILE);
    expect(overrideTasks(config, ['mmlu', 'arc_easy', 'suite:s.jsonl'], '/work')).toEqual({
      tasks: [
        { task: 'mmlu', at: 'tasks[0]', gates: { acc: { maxDrop: 2 } }, categories: {} },
        { task: 'arc_easy', at: 'the tasks input', gates: {}, categories: {} },
        { task: 'suite:/work/s.jsonl', at: 'the tasks input', gates: {}, categories: {} },
      ],
      options: { limit: 3 },
      stop: { minGain: 1, bestBalance: 'within-limits' },
    });
    expect(overrideTasks(null, ['mmlu'], '/work')).toEqual({
      tasks: [{ task: 'mmlu', at: 'the tasks input', gates: {}, categories: {} }],
      options: {},
      stop: { minGain: 1, bestBalance: 'within-limits' },
    });
  });

  it('keeps suites in a Hub dataset repository as written: hf:// is no workspace path', () => {
    expect(overrideTasks(null, ['suite:hf://my-org/evals@v2/legal.jsonl'], '/work').tasks[0].task).toBe('suite:hf://my-org/evals@v2/legal.jsonl');
    const config = parseConfig('tasks:\n  - suite: hf://my-org/evals/legal.jsonl\n    gates: { acc: { min: 0.5 } }', FILE);
    expect(config.tasks[0].task).toBe('suite:hf://my-org/evals/legal.jsonl');
  });
});

describe('gateConfigs', () => {
  it('targets tasks by name, suites as suite:<name> and categories as suite:<name>/<category>', () => {
    const config = parseConfig(
      `
tasks:
  - task: mmlu
    gates: { acc: { max-drop: 2 }, acc_norm: { min: 0.3 } }
  - suite: pharmacy.jsonl
    gates: { acc: { target: 0.8 } }
    categories: { dosing: { acc: { max-drop: 5, require-significant: true } } }
`,
      FILE,
    );
    const suiteTask = `suite:${path.resolve(DIR, 'pharmacy.jsonl')}`;
    expect(gateConfigs(config.tasks, new Map([[suiteTask, 'pharmacy']]))).toEqual([
      { target: 'mmlu', metric: 'acc', maxDrop: 2 },
      { target: 'mmlu', metric: 'acc_norm', min: 0.3 },
      { target: 'suite:pharmacy', metric: 'acc', targetValue: 0.8 },
      { target: 'suite:pharmacy/dosing', metric: 'acc', maxDrop: 5, requireSignificant: true },
    ]);
  });
});

describe('checkGateTargets: every gate names what its task reports, before any scoring', () => {
  const PHARMACY = path.resolve('packages/core/demo/pharmacology.jsonl');

  /** The config's targets as the action checks them: the real task registry and the real suite. */
  async function check(yaml: string, file = 'ftbench.yml'): Promise<string> {
    const config = parseConfig(yaml, path.join(path.dirname(PHARMACY), 'ftbench.yml'));
    const registered = await registryScores();
    const suites = new Map<string, ReportedScores>();
    for (const { task } of config.tasks)
      if (task.startsWith('suite:')) suites.set(task, suiteScores(await loadSuite(task.slice('suite:'.length)), config.options));
    try {
      checkGateTargets(config, file, (task) => suites.get(task) ?? registered(task));
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  }

  it('accepts gates on metrics and categories that exist', async () => {
    expect(
      await check(`
tasks:
  - task: truthfulqa_mc2
    gates: { acc: { max-drop: 2 } }
  - task: arc_easy
    gates: { acc_norm: { min: 0.3 } }
  - task: mmlu
    gates: { acc: { max-drop: 2 } }
  - suite: pharmacology.jsonl
    gates: { acc: { min: 0.5 } }
    categories: { dosing: { acc: { max-drop: 5 } } }
`),
    ).toBe('accepted');
  });

  it('names the key path and what the task reports: one problem, one line', async () => {
    expect(await check('tasks:\n  - hellaswag\n  - task: truthfulqa_mc2\n    gates: { acc_norm: { max-drop: 2 } }\n')).toBe(
      'ftbench.yml: tasks[1].gates.acc_norm: truthfulqa_mc2 reports acc, not acc_norm',
    );
  });

  it("checks suites' metrics and categories, among the items a limit leaves", async () => {
    expect(
      await check(`
tasks:
  - suite: pharmacology.jsonl
    gates: { acc_norm: { min: 0.5 } }
    categories:
      dosage: { acc: { max-drop: 5 } }
      dosing: { acc: { max-drop: 5 } }
options: { limit: 8 }
`),
    ).toBe(
      [
        'ftbench.yml has 3 problems:',
        '  - tasks[0].gates.acc_norm: suite:pharmacology reports acc, not acc_norm',
        '  - tasks[0].categories.dosage: suite:pharmacology has no category "dosage" among the items scored (categories: drug_interactions)',
        '  - tasks[0].categories.dosing: suite:pharmacology has no category "dosing" among the items scored (categories: drug_interactions)',
      ].join('\n'),
    );
  });

  it('refuses the documented mc2 gate already in the schema, and an unknown task before anything is scored', async () => {
    expect(problemsOf('tasks:\n  - task: truthfulqa_mc2\n    gates: { mc2: { max-drop: 2 } }')).toBe(
      `${FILE}: tasks[0].gates.mc2: unknown key; allowed here: acc, acc_norm, score`,
    );
    expect(await check('tasks:\n  - task: truthfulqa_mc3\n    gates: { acc: { min: 0.2 } }')).toBe(
      'ftbench.yml: tasks[0]: Unknown task or group "truthfulqa_mc3". Did you mean: truthfulqa_mc1, truthfulqa_mc2?',
    );
  });

  it('a task only the tasks input names keeps its own message when unknown', async () => {
    const config = overrideTasks(null, ['arc_eazy'], '/work');
    const registered = await registryScores();
    expect(() => checkGateTargets(config, 'ftbench.yml', registered)).toThrow(/^Unknown task or group "arc_eazy"\. Did you mean: arc_easy/);
  });

  it("the schema's metrics are exactly the ones ftbench reports", () => {
    expect(Object.keys(CONFIG_SCHEMA.$defs.metricGates.properties).sort()).toEqual(Object.keys(METRIC_POINTS_SCALE).sort());
  });
});
