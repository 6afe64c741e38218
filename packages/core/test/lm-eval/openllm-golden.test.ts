/**
 * `ftbench eval --tasks openllm --limit 2 --log-samples` against lm-evaluation-harness 0.4.13's own run of
 * `--tasks openllm --limit 2 --log_samples` on the same release files (reference/lm_eval_openllm.py): every
 * logged document's `doc`, `target`, `arguments` (each exact context and continuation, with the group's
 * shot counts and `fewshot_split` draws), `doc_hash`, `prompt_hash`, `target_hash`, the `task_hashes`, and
 * the results' `n-shot`, `n-samples`, `versions`, `higher_is_better` and aliases. The model differs (a
 * toy ONNX model here, a stand-in there), so the responses and scores are not compared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairByDocId } from '../../src/compare/pairing.js';
import { samplesFromLmEvalJsonl } from '../../src/lm-eval-format/samples.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';
import { writeOpenllmRelease } from './openllm-release.js';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, 'reference/lm-eval-openllm.json'), 'utf8'));
const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-openllm-golden-'));
let dataDir: string;
let folder: string;
// biome-ignore lint/suspicious/noExplicitAny: lm-eval's results JSON, read field by field as the reference writes it
let lm: Record<string, any>;
let samples: Record<string, Record<string, unknown>[]>;

/**
 * lm-eval 0.4.13 passes a member's own name down to the tasks it expands to, so its openllm run calls
 * truthfulqa_mc2 `truthfulqa` and one MMLU subject (the last built) `mmlu` (see the reference script).
 */
const FTBENCH_NAME: Record<string, string> = {
  arc_challenge: 'arc_challenge',
  hellaswag: 'hellaswag',
  winogrande: 'winogrande',
  truthfulqa: 'truthfulqa_mc2',
  mmlu: `mmlu_${reference.mmlu_subject}`,
};

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const modelDir = path.join(root, 'model');
  await writeToyModel(modelDir, { seed: 2, layers: 1, heads: 2, hidden: 16, maxPositions: 512, withPast: true });
  dataDir = await writeOpenllmRelease();
  const out = path.join(root, 'out');
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'eval',
      '--model',
      modelDir,
      '--tasks',
      'openllm',
      '--limit',
      '2',
      '--data-dir',
      dataDir,
      '--output-path',
      out,
      '--log-samples',
      '--checkpoint-dir',
      path.join(root, 'ckpt'),
    ],
    { encoding: 'utf8', env: { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HUB_OFFLINE: '1' } },
  );
  if (run.status !== 0) throw new Error(`ftbench eval failed: ${run.stderr}`);
  folder = path.join(out, readdirSync(out)[0]);
  const files = readdirSync(folder);
  lm = JSON.parse(readFileSync(path.join(folder, files.find((f) => /^results_.*\d\.json$/.test(f)) as string), 'utf8'));
  samples = {};
  for (const name of Object.values(FTBENCH_NAME)) {
    const file = files.find((f) => f.startsWith(`samples_${name}_`)) as string;
    samples[name] = readFileSync(path.join(folder, file), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const PROMPT_FIELDS = ['doc_id', 'doc', 'target', 'arguments', 'filter', 'metrics', 'doc_hash', 'prompt_hash', 'target_hash'];
const pick = (record: Record<string, unknown>) => Object.fromEntries(PROMPT_FIELDS.map((key) => [key, record[key]]));

describe("openllm as lm-eval's own run logged it", () => {
  it.each(Object.entries(FTBENCH_NAME))("%s: every doc's prompts, target and hashes", (lmName, name) => {
    const expected = (reference.samples[lmName] as string[]).map((line) => pick(JSON.parse(line)));
    expect(samples[name].map(pick)).toEqual(expected);
    // The fields come in lm-eval's order, so a line diffs cleanly against lm-eval's.
    expect(Object.keys(samples[name][0]).slice(0, 11)).toEqual(Object.keys(JSON.parse(reference.samples[lmName][0])).slice(0, 11));
  });

  it('the same task_hashes, n-shot, n-samples, versions and higher_is_better', () => {
    const ref = reference.results;
    for (const [lmName, name] of Object.entries(FTBENCH_NAME)) {
      expect(lm.task_hashes[name], lmName).toBe(ref.task_hashes[lmName]);
      expect(lm['n-shot'][name], lmName).toBe(ref['n-shot'][lmName]);
      expect(lm['n-samples'][name], lmName).toEqual(ref['n-samples'][lmName]);
      // lm-eval's `versions.mmlu` is its group's: the subject it calls mmlu shares the group's name.
      if (lmName !== 'mmlu') expect(lm.versions[name], lmName).toBe(ref.versions[lmName]);
      expect(lm.higher_is_better[name], lmName).toEqual(ref.higher_is_better[lmName]);
    }
    for (const group of ['mmlu', 'mmlu_stem', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_humanities']) {
      expect(lm['n-shot'][group], group).toBe(ref['n-shot'][group]);
      expect(lm.versions[group], group).toBe(ref.versions[group]);
    }
    expect(lm.versions.openllm).toBe(ref.versions.openllm);
    expect(lm.higher_is_better.openllm).toEqual(ref.higher_is_better.openllm);
    expect(lm.group_subtasks.mmlu).toEqual(ref.group_subtasks.mmlu);
    // lm-eval's openllm also lists gsm8k and names its TruthfulQA task `truthfulqa`; ftbench has neither gsm8k nor truthfulqa_gen.
    expect(ref.group_subtasks.openllm).toEqual(['arc_challenge', 'hellaswag', 'truthfulqa', 'mmlu', 'winogrande', 'gsm8k']);
    expect(lm.group_subtasks.openllm).toEqual(['arc_challenge', 'hellaswag', 'truthfulqa_mc1', 'truthfulqa_mc2', 'mmlu', 'winogrande']);
  });

  it('the same group aliases, groups and few-shot splits', () => {
    for (const name of ['mmlu_stem', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_humanities', 'openllm', 'arc_challenge', 'hellaswag', 'winogrande']) {
      expect(lm.results[name].alias, name).toBe(reference.aliases[name]);
    }
    expect(Object.keys(lm.groups).sort()).toEqual(reference.groups);
    for (const [lmName, name] of Object.entries(FTBENCH_NAME)) expect(lm.configs[name].fewshot_split, lmName).toBe(reference.fewshot_split[lmName]);
  });

  it("lm-eval's own samples file pairs with ftbench's, document by document", () => {
    const theirs = samplesFromLmEvalJsonl(`${reference.samples.hellaswag.join('\n')}\n`, 'lm-eval samples_hellaswag');
    const ours = samplesFromLmEvalJsonl(samples.hellaswag.map((s) => JSON.stringify(s)).join('\n'), 'ftbench samples_hellaswag');
    expect(theirs.map((s) => s.loglikelihoods)).toEqual([
      [-1, -1, -1, -1],
      [-1, -1, -1, -1],
    ]);
    const paired = pairByDocId('hellaswag', theirs, ours, 'acc_norm');
    expect(paired?.unmatched).toBe(0);
    expect(paired?.baseline).toHaveLength(2);
  });

  it("show-prompt --preset openllm prints the prompts lm-eval's openllm run built", () => {
    const run = spawnSync(process.execPath, [cli, 'show-prompt', '--task', 'hellaswag', '--doc', '1', '--preset', 'openllm', '--data-dir', dataDir, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, HF_HUB_OFFLINE: '1', FTBENCH_CACHE_DIR: path.join(root, 'cache') },
    });
    expect(run.status).toBe(0);
    const theirs = JSON.parse(reference.samples.hellaswag[1]).arguments as Record<string, { arg_0: string; arg_1: string }>;
    expect(JSON.parse(run.stdout)).toEqual(Object.values(theirs).map((a) => ({ context: a.arg_0, continuation: a.arg_1 })));
    // Without the preset the same count draws other examples (k + 1 per doc), as lm-eval's plain hellaswag does.
    const plain = spawnSync(
      process.execPath,
      [cli, 'show-prompt', '--task', 'hellaswag', '--doc', '1', '--num-fewshot', '10', '--data-dir', dataDir, '--json'],
      { encoding: 'utf8', env: { ...process.env, HF_HUB_OFFLINE: '1' } },
    );
    expect(JSON.parse(plain.stdout)[0].context).not.toBe(theirs.gen_args_0.arg_0);
  });
});
