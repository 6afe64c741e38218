/**
 * lm-eval's file formats: the Python JSON and hashing they rest on (against reference data made by
 * Python, reference/make_reference.py), and a real run of the built CLI on a toy ONNX model whose
 * results_<date>.json and samples_<task>_<date>.jsonl are read back by a parser written from lm-eval's
 * documentation of the format (lm_eval/result_schema.py), not from ftbench's code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairByDocId } from '../../src/compare/pairing.js';
import type { TaskRun } from '../../src/evaluator.js';
import { PyFloat, pyFloatRepr, pyJsonDumps } from '../../src/lm-eval-format/python-json.js';
import { currentEnvironment } from '../../src/lm-eval-format/results.js';
import { hashString, lmEvalSamples, lmEvalSamplesJsonl, samplesFromLmEvalJsonl } from '../../src/lm-eval-format/samples.js';
import { parseResults } from '../../src/results-reader.js';
import { loadTaskRegistry } from '../../src/tasks/registry.js';
import { writeToyModel } from '../../src/toy-model/index.js';
import { repoRoot } from '../paths.js';
import { writeOpenllmRelease } from './openllm-release.js';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, 'reference/reference.json'), 'utf8'));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe("Python's JSON and str, as lm-eval's hashes and files use them", () => {
  it.each<[number, unknown]>(reference.docs.map((d: { doc: unknown }, i: number) => [i, d]))(
    'doc %i: json.dumps(doc, indent=2, ensure_ascii=False) and its doc_hash',
    (_i, entry) => {
      const { doc, indent2, doc_hash } = entry as { doc: unknown; indent2: string; doc_hash: string };
      expect(pyJsonDumps(doc, 2)).toBe(indent2);
      expect(hashString(pyJsonDumps(doc, 2))).toBe(doc_hash);
    },
  );

  it.each<[string, number]>(reference.floats.map((f: { value: number; str: string }) => [f.str, f.value]))('str(%s)', (expected, value) => {
    expect(pyFloatRepr(value as number)).toBe(expected);
  });

  it('writes a samples line byte for byte as save_results_samples does', async () => {
    const task = (await loadTaskRegistry()).getTask('hellaswag');
    const doc = reference.docs[0].doc;
    const requests = doc.choices.map((choice: string) => ({ context: doc.query, continuation: ` ${choice}` }));
    const lls: number[] = reference.sample.lls;
    const docRequests = { docIndex: 0, doc, gold: 3, choices: doc.choices, requests };
    const run = {
      prepared: {
        task,
        kind: 'standard',
        numFewshot: 0,
        docs: [docRequests],
        docsInSplit: 1,
        dataset: { source: 'local', path: 'x', split: 'validation', revision: 'r' },
        docId: () => 0,
      },
      scored: [{ doc: docRequests, results: lls.map((ll) => ({ loglikelihood: ll, isGreedy: ll === -7.62939453125e-6 })) }],
      samples: [{ docId: 0, promptHash: '', gold: 3, loglikelihoods: lls, isGreedy: [], metrics: { acc: 0, acc_norm: 1 }, prediction: 1 }],
    } as unknown as TaskRun;
    expect(lmEvalSamplesJsonl(lmEvalSamples(run))).toBe(`${reference.sample.line}\n`);
  });

  it('records the git commit as lm-eval does (git describe --always) inside a repository, null outside one', () => {
    const inRepo = currentEnvironment(repoRoot);
    expect(inRepo.gitHash).toBe(spawnSync('git', ['describe', '--always'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim());
    expect(inRepo.gitHash).toMatch(/\S/);
    expect(currentEnvironment(tmpdir()).gitHash).toBeNull();
    expect(inRepo.nodeVersion).toBe(process.version);
    expect(inRepo.onnxruntimeVersion).toBe(
      JSON.parse(readFileSync(path.join(repoRoot, 'packages/core/package.json'), 'utf8')).dependencies['onnxruntime-node'],
    );
  });

  it('marks floats so that 1.0 stays 1.0', () => {
    expect(pyJsonDumps({ a: new PyFloat(1), b: 1, c: [new PyFloat(1e-5)] })).toBe('{"a": 1.0, "b": 1, "c": [1e-05]}');
  });
});

// ---- a real run through the built CLI ----

const cli = path.join(repoRoot, 'packages/core/dist/cli.js');
const root = mkdtempSync(path.join(tmpdir(), 'ftbench-lmeval-'));
const modelDir = path.join(root, 'model');
const suiteFile = path.join(root, 'clinic.jsonl');
let dataDir: string;
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function ftbench(...args: string[]) {
  const env = { ...process.env, CI: 'true', FTBENCH_CACHE_DIR: path.join(root, 'cache'), HF_HUB_OFFLINE: '1' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  await writeToyModel(modelDir, { seed: 11, layers: 1, heads: 2, hidden: 16, maxPositions: 512, withPast: true });
  writeFileSync(
    suiteFile,
    [
      { id: 'q1', category: 'dose', question: 'Max paracetamol a day?', choices: ['4 g', '40 g'], answer: 'A' },
      { id: 'q2', category: 'dose', question: 'Safe with warfarin?', choices: ['aspirin', 'paracetamol'], answer: 'B' },
      { id: 'q3', category: 'risk', question: 'Statin risk?', choices: ['myopathy', 'hair'], answer: 'A' },
    ]
      .map((item) => JSON.stringify(item))
      .join('\n'),
  );
  dataDir = await writeOpenllmRelease();
});

/**
 * lm-eval's results file, checked key by key as `lm_eval/result_schema.py` documents it:
 * per task `name`, `alias`, `sample_len` and `"<metric>,<filter>"` / `"<metric>_stderr,<filter>"`
 * (a float, or "N/A"); `n-samples` as {original, effective}; `config` with model, batch_size, device,
 * limit; `date` a UNIX time; `task_hashes` per task.
 */
function parseLmEvalResults(text: string) {
  const doc = JSON.parse(text) as Record<string, unknown>;
  for (const key of [
    'results',
    'group_subtasks',
    'configs',
    'versions',
    'n-shot',
    'higher_is_better',
    'n-samples',
    'config',
    'git_hash',
    'date',
    'task_hashes',
  ]) {
    expect(doc, `top-level key ${key}`).toHaveProperty([key]);
  }
  const results = doc.results as Record<string, Record<string, unknown>>;
  const scores: Record<string, Record<string, { value: number; stderr: number | 'N/A' }>> = {};
  for (const [task, entry] of Object.entries(results)) {
    expect(typeof entry.alias).toBe('string');
    scores[task] = {};
    for (const [key, value] of Object.entries(entry)) {
      const match = /^([a-z_]+),([a-z-]+)$/.exec(key);
      if (!match || match[1].endsWith('_stderr')) continue;
      const stderr = entry[`${match[1]}_stderr,${match[2]}`];
      expect(typeof value).toBe('number');
      expect(stderr === 'N/A' || typeof stderr === 'number').toBe(true);
      scores[task][`${match[1]},${match[2]}`] = { value: value as number, stderr: stderr as number | 'N/A' };
    }
  }
  const nSamples = doc['n-samples'] as Record<string, { original: number; effective: number }>;
  for (const counts of Object.values(nSamples)) {
    expect(Number.isInteger(counts.original) && Number.isInteger(counts.effective)).toBe(true);
  }
  const config = doc.config as Record<string, unknown>;
  for (const key of ['model', 'batch_size', 'device', 'limit']) expect(config).toHaveProperty([key]);
  expect(typeof doc.date).toBe('number');
  return { doc, results, scores, nSamples, config, nShot: doc['n-shot'] as Record<string, number>, taskHashes: doc.task_hashes as Record<string, string> };
}

/** One samples file as the documentation describes a line (SampleResult). */
function parseSamplesFile(text: string) {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const sample = JSON.parse(line);
      expect(Number.isInteger(sample.doc_id)).toBe(true);
      expect(typeof sample.target).toBe('string');
      expect(sample.filter).toBe('none');
      const args = Object.entries(sample.arguments as Record<string, { arg_0: string; arg_1: string }>);
      expect(args.map(([key]) => key)).toEqual(args.map((_, i) => `gen_args_${i}`));
      expect(sample.resps).toHaveLength(args.length);
      for (const [ll, greedy] of sample.filtered_resps as [string, string][]) {
        expect(Number.isFinite(Number(ll))).toBe(true);
        expect(['True', 'False']).toContain(greedy);
      }
      // The hashes lm-eval writes: over the first request's context and over str(target).
      expect(sample.prompt_hash).toBe(sha256(args[0][1].arg_0));
      expect(sample.target_hash).toBe(sha256(sample.target));
      expect(sample.doc_hash).toMatch(/^[0-9a-f]{64}$/);
      for (const metric of sample.metrics as string[]) expect(typeof sample[metric]).toBe('number');
      return sample as {
        doc_id: number;
        doc: Record<string, unknown>;
        target: string;
        arguments: Record<string, { arg_0: string; arg_1: string }>;
        filtered_resps: [string, string][];
        doc_hash: string;
        prompt_hash: string;
        target_hash: string;
        metrics: string[];
        [k: string]: unknown;
      };
    });
}

describe('ftbench eval --output-path DIR --log-samples', () => {
  it("writes lm-eval's results and one samples file per task beside it, and ftbench's schema v1 next to them", () => {
    const out = path.join(root, 'out');
    const run = ftbench(
      'eval',
      '--model',
      modelDir,
      '--tasks',
      `arc_challenge,winogrande,suite:${suiteFile}`,
      '--data-dir',
      dataDir,
      '--num-fewshot',
      'arc_challenge=2,winogrande=1',
      '--output-path',
      out,
      '--log-samples',
      '--checkpoint-dir',
      path.join(root, 'ckpt'),
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const folder = path.join(out, readdirSync(out)[0]);
    expect(path.basename(folder)).toBe(modelDir.replace(/["<>:/|\\?*[\]]+/g, '__'));
    const files = readdirSync(folder).sort();
    const resultsFile = files.find((f) => /^results_\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(\.\d{6})?\.json$/.test(f));
    expect(resultsFile).toBeDefined();
    const dateId = (resultsFile as string).slice('results_'.length, -'.json'.length);
    expect(files).toEqual(
      [
        `results_${dateId}.ftbench.json`,
        `results_${dateId}.json`,
        `samples_arc_challenge_${dateId}.jsonl`,
        `samples_suite_clinic_${dateId}.jsonl`,
        `samples_winogrande_${dateId}.jsonl`,
      ].sort(),
    );

    const lm = parseLmEvalResults(readFileSync(path.join(folder, resultsFile as string), 'utf8'));
    const v1 = parseResults(readFileSync(path.join(folder, `results_${dateId}.ftbench.json`), 'utf8'), 'ftbench results');
    expect(Object.keys(lm.results).sort()).toEqual(['arc_challenge', 'suite:clinic', 'winogrande']);
    expect(lm.nShot).toEqual({ arc_challenge: 2, 'suite:clinic': 0, winogrande: 1 });
    expect(lm.nSamples).toEqual({
      arc_challenge: { original: 2, effective: 2 },
      winogrande: { original: 2, effective: 2 },
      'suite:clinic': { original: 3, effective: 3 },
    });
    expect((lm.doc.higher_is_better as Record<string, unknown>).arc_challenge).toEqual({ acc: true, acc_norm: true });
    expect((lm.doc.versions as Record<string, unknown>).arc_challenge).toBe(1);
    expect((lm.doc.configs as Record<string, Record<string, unknown>>).winogrande).toMatchObject({
      task: 'winogrande',
      dataset_path: 'allenai/winogrande',
      num_fewshot: 1,
      output_type: 'multiple_choice',
    });
    expect(lm.config).toMatchObject({ batch_size: '1', device: 'cpu', limit: null });
    for (const key of ['onnxruntime_version', 'node_version', 'ftbench_version']) expect(typeof lm.doc[key]).toBe('string');

    for (const task of ['arc_challenge', 'winogrande', 'suite:clinic']) {
      const fileName = `samples_${task.replace(':', '_')}_${dateId}.jsonl`;
      const samples = parseSamplesFile(readFileSync(path.join(folder, fileName), 'utf8'));
      const v1Task = v1.tasks[task];
      expect(samples).toHaveLength(v1Task.n);
      // The aggregate is the mean of the per-doc values, and the stderr their sample std / sqrt(n).
      const accs = samples.map((s) => s.acc as number);
      const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
      expect(lm.scores[task]['acc,none'].value).toBeCloseTo(mean, 12);
      expect(lm.scores[task]['acc,none'].value).toBe(v1Task.metrics.acc?.value);
      // Log-likelihoods survive Python's str(): the same doubles as ftbench's own records.
      expect(samples.map((s) => s.filtered_resps.map(([ll]) => Number(ll)))).toEqual(v1.samples?.[task].map((s) => s.loglikelihoods));
      expect(lm.taskHashes[task]).toBe(sha256(samples.map((s) => s.doc_hash + s.prompt_hash + s.target_hash).join('')));
    }
    const winogrande = parseSamplesFile(readFileSync(path.join(folder, `samples_winogrande_${dateId}.jsonl`), 'utf8'));
    // Multiple input: one context per option, the same continuation, the target is that continuation.
    expect(winogrande[0].arguments.gen_args_0.arg_1).toBe(winogrande[0].arguments.gen_args_1.arg_1);
    expect(winogrande[0].target).toBe(winogrande[0].arguments.gen_args_0.arg_1.slice(1));
    expect(winogrande[0].doc).toEqual({ sentence: 'W100: Ann thanked Bea because _ helped.', option1: 'Ann', option2: 'Bea', answer: '2' });
  });

  it('pairs two runs from their samples files exactly as from their results', () => {
    const runOnce = (name: string) => {
      const out = path.join(root, name);
      const run = ftbench(
        'eval',
        '--model',
        modelDir,
        '--tasks',
        'arc_challenge',
        '--data-dir',
        dataDir,
        '--num-fewshot',
        '1',
        '--output',
        path.join(out, 'results.json'),
        '--log-samples',
        '--checkpoint-dir',
        path.join(root, `ckpt-${name}`),
      );
      expect(run.code).toBe(0);
      const samplesFile = readdirSync(out).find((f) => f.startsWith('samples_arc_challenge_')) as string;
      return {
        v1: parseResults(readFileSync(path.join(out, 'results.json'), 'utf8'), name),
        samples: samplesFromLmEvalJsonl(readFileSync(path.join(out, samplesFile), 'utf8'), samplesFile),
      };
    };
    const a = runOnce('a');
    const b = runOnce('b');
    const fromFiles = pairByDocId('arc_challenge', a.samples, b.samples, 'acc_norm');
    const fromResults = pairByDocId('arc_challenge', a.v1.samples?.arc_challenge ?? [], b.v1.samples?.arc_challenge ?? [], 'acc_norm');
    expect(fromFiles).toEqual(fromResults);
    expect(fromFiles?.baseline).toHaveLength(2);
    expect(a.samples.map((s) => s.loglikelihoods)).toEqual(a.v1.samples?.arc_challenge.map((s) => s.loglikelihoods));
  });
});

describe('ftbench eval --tasks openllm --output-path DIR', () => {
  it("reports the preset's groups as lm-eval does and warns about the members it lacks", () => {
    const out = path.join(root, 'openllm');
    const run = ftbench(
      'eval',
      '--model',
      modelDir,
      '--tasks',
      'openllm',
      '--data-dir',
      dataDir,
      '--limit',
      '1',
      '--output-path',
      `${out}/run.json`,
      '--checkpoint-dir',
      path.join(root, 'ckpt-openllm'),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^ftbench: warning: openllm: .*gsm8k.*truthfulqa_gen/m);
    const resultsFile = readdirSync(out).find((f) => /^run_.*\d\.json$/.test(f)) as string;
    const lm = parseLmEvalResults(readFileSync(path.join(out, resultsFile), 'utf8'));
    const subtasks = lm.doc.group_subtasks as Record<string, string[]>;
    expect(subtasks.openllm).toEqual(['arc_challenge', 'hellaswag', 'truthfulqa_mc1', 'truthfulqa_mc2', 'mmlu', 'winogrande']);
    expect(subtasks.mmlu).toEqual(['mmlu_stem', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_humanities']);
    // openllm aggregates nothing: listed with its alias only, and not among `groups`.
    expect(lm.results.openllm).toEqual({ alias: 'Open LLM Leaderboard', name: 'openllm' });
    const groups = lm.doc.groups as Record<string, Record<string, unknown>>;
    expect(Object.keys(groups).sort()).toEqual(['mmlu', 'mmlu_humanities', 'mmlu_other', 'mmlu_social_sciences', 'mmlu_stem']);
    expect(groups.mmlu.sample_len).toBe(57);
    // lm-eval's group_alias and task_alias.
    expect(groups.mmlu_social_sciences.alias).toBe('social sciences');
    expect(lm.results.mmlu_anatomy.alias).toBe('anatomy');
    expect(lm.results.hellaswag.alias).toBe('hellaswag');
    // lm-eval's metadata.version: truthfulqa_mc1.yaml 2.0, truthfulqa_mc2.yaml 3.0 (its labels formula); groups as strings.
    expect(lm.doc.versions).toMatchObject({ truthfulqa_mc1: 2, truthfulqa_mc2: 3, mmlu: '2', openllm: '2', arc_challenge: 1 });
    expect(typeof groups.mmlu['acc,none']).toBe('number');
    expect(lm.nShot).toMatchObject({
      arc_challenge: 25,
      hellaswag: 10,
      truthfulqa_mc1: 0,
      truthfulqa_mc2: 0,
      mmlu: 5,
      mmlu_stem: 5,
      winogrande: 5,
      mmlu_anatomy: 5,
    });
    expect(lm.nShot.openllm).toBeUndefined(); // its members' counts differ
    expect((lm.doc.configs as Record<string, Record<string, unknown>>).hellaswag.fewshot_split).toBe('train');
    expect(lm.config.limit).toBe(1);
    expect(lm.taskHashes).toEqual({}); // lm-eval hashes tasks only when it logs samples
  });
});
