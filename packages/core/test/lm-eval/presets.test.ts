/**
 * Per-task few-shot counts, lm-eval's openllm preset and its tag names, on real release files:
 * which tasks a name selects, the count each gets, and the few-shot examples drawn — checked against
 * draws made by Python's own `random` following lm-eval's sampler (reference/make_reference.py).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError } from '../../src/errors.js';
import { prepareTasks } from '../../src/evaluator.js';
import { parseFewshotSetting } from '../../src/tasks/fewshot-setting.js';
import { loadTaskRegistry, type TaskRegistry } from '../../src/tasks/registry.js';
import { writeOpenllmRelease } from './openllm-release.js';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, 'reference/reference.json'), 'utf8'));

let dataDir: string;
let registry: TaskRegistry;
beforeAll(async () => {
  dataDir = await writeOpenllmRelease();
  registry = await loadTaskRegistry();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The few-shot examples of each prompt, by the names the fixture rows carry (`H7: ...`). */
function drawnExamples(context: string, marker: string): number[] {
  return [...context.matchAll(new RegExp(`${marker}(\\d+)`, 'g'))].map((m) => Number(m[1])).slice(0, -1);
}

async function prepared(tasks: string[], numFewshot?: ReturnType<typeof parseFewshotSetting>) {
  const warnings: string[] = [];
  const result = await prepareTasks({ tasks, numFewshot, dataDir, progress: false });
  warnings.push(...result.warnings);
  return { byName: new Map(result.prepared.map((p) => [p.task.name, p])), warnings, result };
}

describe('--num-fewshot values', () => {
  it('is one count or NAME=N pairs', () => {
    expect(parseFewshotSetting('5')).toBe(5);
    expect(parseFewshotSetting('mmlu=5, arc_challenge=25,hellaswag=10')).toEqual({ mmlu: 5, arc_challenge: 25, hellaswag: 10 });
    expect(parseFewshotSetting('suite:clinic=2')).toEqual({ 'suite:clinic': 2 });
  });

  it.each([['-1'], ['2.5'], ['five'], ['mmlu=x'], ['mmlu='], ['=5'], ['mmlu=5,mmlu=3'], ['mmlu=5,,arc_easy=1']])('rejects %j with a user error', (value) => {
    expect(() => parseFewshotSetting(value)).toThrow(FtbenchError);
  });
});

describe("lm-eval's names", () => {
  it('openllm: the v1 leaderboard members ftbench has, with their counts, and a warning naming what is missing', async () => {
    const { byName, warnings } = await prepared(['openllm']);
    expect(byName.size).toBe(1 + 1 + 2 + 57 + 1);
    expect(byName.get('arc_challenge')?.numFewshot).toBe(25);
    expect(byName.get('hellaswag')?.numFewshot).toBe(10);
    expect(byName.get('winogrande')?.numFewshot).toBe(5);
    expect(byName.get('truthfulqa_mc1')?.numFewshot).toBe(0);
    expect(byName.get('truthfulqa_mc2')?.numFewshot).toBe(0);
    expect(byName.get('mmlu_anatomy')?.numFewshot).toBe(5);
    expect(byName.has('truthfulqa_mc2_split')).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/gsm8k/);
    expect(warnings[0]).toMatch(/truthfulqa_gen/);
  });

  it("openllm's fewshot_split makes HellaSwag draw 10 examples per doc, not 11, exactly as Python's random does in lm-eval", async () => {
    const preset = (await prepared(['openllm'])).byName.get('hellaswag');
    const plain = (await prepared(['hellaswag'], 10)).byName.get('hellaswag');
    const draws = (p: typeof preset) => p?.docs.map((doc) => drawnExamples(doc.requests[0].context, 'H')) ?? [];
    expect(draws(preset)).toEqual(reference.draws.hellaswag_openllm);
    expect(draws(plain)).toEqual(reference.draws.hellaswag_default);
    expect(reference.draws.hellaswag_openllm).not.toEqual(reference.draws.hellaswag_default);
  });

  it("the user's count beats the preset's, except for TruthfulQA, which stays 0-shot with a warning", async () => {
    const { byName, warnings } = await prepared(['openllm'], 3);
    expect(byName.get('arc_challenge')?.numFewshot).toBe(3);
    expect(byName.get('mmlu_virology')?.numFewshot).toBe(3);
    expect(byName.get('truthfulqa_mc1')?.numFewshot).toBe(0);
    expect(warnings.filter((w) => /Manual configuration will be ignored/.test(w))).toHaveLength(2);
  });

  it('per-name counts: the most specific name wins, a group name covers its tasks', async () => {
    const { byName } = await prepared(['mmlu', 'arc_challenge', 'hellaswag'], parseFewshotSetting('mmlu=2,mmlu_stem=1,mmlu_anatomy=3,arc_challenge=4'));
    expect(byName.get('mmlu_anatomy')?.numFewshot).toBe(3);
    expect(byName.get('mmlu_astronomy')?.numFewshot).toBe(1);
    expect(byName.get('mmlu_virology')?.numFewshot).toBe(2);
    expect(byName.get('arc_challenge')?.numFewshot).toBe(4);
    expect(byName.get('hellaswag')?.numFewshot).toBe(0);
    expect(byName.get('mmlu_anatomy')?.docs[0].requests[0].context.match(/\nAnswer: /g)).toHaveLength(3);
  });

  it('TruthfulQA asked by name for 5 shots stays 0-shot, as lm-eval does, and says so', async () => {
    const { byName, warnings } = await prepared(['truthfulqa_mc1'], parseFewshotSetting('truthfulqa_mc1=5'));
    expect(byName.get('truthfulqa_mc1')?.numFewshot).toBe(0);
    expect(byName.get('truthfulqa_mc1')?.docs[0].requests[0].context.startsWith('Q: What is human life expectancy')).toBe(true);
    expect(warnings[0]).toMatch(/truthfulqa_mc1 is always scored 0-shot/);
  });

  it('refuses a count for a name --tasks does not select', async () => {
    await expect(prepared(['hellaswag'], parseFewshotSetting('arc_easy=5'))).rejects.toThrow(/--num-fewshot names arc_easy, which --tasks does not select/);
  });

  it('ai2_arc is arc_easy and arc_challenge, reported one by one', () => {
    const selection = registry.resolve(['ai2_arc']);
    expect(selection.tasks.map((t) => t.name)).toEqual(['arc_easy', 'arc_challenge']);
    expect(selection.groups).toEqual([]);
  });

  it('truthfulqa alone is refused: ftbench lacks its generation member, and the message says what to run', () => {
    let error: unknown;
    try {
      registry.resolve(['truthfulqa']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FtbenchError);
    expect((error as FtbenchError).message).toMatch(/truthfulqa_gen/);
    expect((error as FtbenchError).hint).toMatch(/--tasks truthfulqa_mc1,truthfulqa_mc2/);
  });

  it('a task reached twice with different settings is an error, not a silent pick', () => {
    expect(() => registry.resolve(['hellaswag', 'openllm'])).toThrow(/hellaswag is selected twice with different settings/);
    expect(() => registry.resolve(['openllm', 'mmlu_anatomy'])).toThrow(/mmlu_anatomy is selected twice/);
    expect(registry.resolve(['mmlu', 'mmlu_anatomy']).tasks.filter((t) => t.name === 'mmlu_anatomy')).toHaveLength(1);
  });
});

describe('suites honour --num-fewshot with their own few-shot examples', () => {
  const item = (id: string) => ({ id, question: `${id}?`, choices: ['yes', 'no'], answer: 'A' });
  let suiteFile: string;
  beforeAll(() => {
    suiteFile = path.join(dataDir, 'clinic.json');
    writeFileSync(suiteFile, JSON.stringify({ fewshot: [item('f1'), item('f2')], items: [item('q1'), item('q2')] }));
  });
  const shots = async (numFewshot?: ReturnType<typeof parseFewshotSetting>) => {
    const {
      prepared: [suite],
    } = await prepareTasks({ tasks: [`suite:${suiteFile}`], numFewshot });
    return { numFewshot: suite.numFewshot, examples: (suite.docs[0].requests[0].context.match(/^f\d\?/gm) ?? []).join(',') };
  };

  it('all examples by default, the first N when asked, none with 0', async () => {
    expect(await shots()).toEqual({ numFewshot: 2, examples: 'f1?,f2?' });
    expect(await shots(1)).toEqual({ numFewshot: 1, examples: 'f1?' });
    expect(await shots(parseFewshotSetting('suite:clinic=0'))).toEqual({ numFewshot: 0, examples: '' });
  });

  it('more than the suite has is an error naming how many it has, not a silent cut', async () => {
    await expect(shots(5)).rejects.toThrow(/suite:clinic has 2 few-shot examples \(its "fewshot" list\), but 5 are asked for/);
  });
});
