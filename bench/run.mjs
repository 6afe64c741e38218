// @ts-check
/**
 * `npm run bench`: ftbench's log-likelihood scoring against lm-eval's request scheme, a bare
 * onnxruntime loop and a naive per-option loop, side by side in one process on the same documents.
 * Prints markdown tables and writes everything to bench/results/bench-<time>.json.
 *
 * P1 work:     tokens forwarded per task, ftbench's plan vs lm-eval's (planning only, GPT-2 BPE tokens
 *              without truncation, and stories260k's tokenizer at its 512 positions), against ISSUE 13's targets.
 * P2 overhead: end-to-end ftbench vs a replay of the very session.run calls it made; real and padded tokens;
 *              and `auto` vs batch size 1 on the same documents.
 * P3 memory:   peak RSS and bytes handed back per run, full logits to the host vs in-graph scoring,
 *              each in a child process of its own.
 * vs naive:    speed-up over one full forward pass per option with full logits.
 * Scaling:     fixed per-job costs of a shard, and --workers 1 vs 2 (bench/scaling.mjs).
 * Correctness: the trained stories260k-with-past's log-likelihoods vs its reference file, at several batch sizes.
 * Generation:  greedy new tokens/s at batch 1, 8, 32 vs a naive uncached loop (bench/generation.mjs).
 * Rows whose data or model is not in ../shared are skipped, and the output says which and why.
 * `--quick` (or FTBENCH_BENCH_QUICK=1): the same models on small samples, best of three, no naive scoring loop, P3
 * or scaling: a smoke test of a few minutes, not figures to publish. `--generation`: the generation section alone.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxCausalLM } from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { loadTokenizer, tokenizeRequests } from '@ftbench/core/engine';
import { writeToyModel } from '@ftbench/core/testing';
import { naiveLoop, recordRuns, replay } from './baselines.mjs';
import { measureGeneration, renderGeneration } from './generation.mjs';
import { ftbenchPlan, ftbenchRunPlan, lmEvalPlan, perDocumentPlan } from './plans.mjs';
import { measureScaling, renderScaling } from './scaling.mjs';
import { buildWorkloads, requestsOf, SYNTHETIC_SHAPES, TASKS } from './workloads.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(benchDir, '../../shared');
const datasetsDir = path.join(sharedDir, 'datasets');
const gpt2Tokenizer = path.join(sharedDir, 'models/tiny-gpt2');
const workDir = path.join(tmpdir(), 'ftbench-bench');
const cacheDir = path.join(workDir, 'graph-cache');

const QUICK = process.argv.includes('--quick') || process.env.FTBENCH_BENCH_QUICK === '1';
/** `--generation`: the generation section alone. */
const GENERATION_ONLY = process.argv.includes('--generation');
/**
 * P1 sample sizes (planning only; stories260k's P1 plans the first `storiesDocs` documents of each task's sample,
 * its tokenizer is slow on long prompts), the documents per task every timed method scores, the best of how many
 * alternating ftbench runs and replays P2 takes (the machine is shared), whether the naive scoring loop, P3 and
 * scaling run, and the generation workload (prompts, new tokens per prompt per model, batch sizes).
 */
const FULL_SETTINGS = {
  mode: 'full',
  p1Sizes: { mmluPerSubject: 10, arc: 300, truthfulqa: 817, synthetic: 300 },
  storiesDocs: 100,
  timedDocs: { mmlu: 3, hellaswag: 2, arc_challenge: 2, truthfulqa_mc2: 2 },
  repeats: 5,
  naiveScoring: true,
  memory: true,
  scaling: true,
  generation: { prompts: 32, maxNewTokens: { stories260k: 32, 'llama-d2048': 8 }, batchSizes: [1, 8, 32], repeats: 3 },
};
/** Quick mode: full mode with smaller samples and fewer repeats, and without the naive loop, P3 and scaling. */
const SETTINGS = QUICK
  ? {
      ...FULL_SETTINGS,
      mode: 'quick',
      // MMLU's P1 ratio depends on questions per subject (a subject's header and shots are shared across its
      // questions: 0.31x at 5, 0.23x at 10 with the prefix tree), so quick mode keeps full mode's 10.
      p1Sizes: { ...FULL_SETTINGS.p1Sizes, arc: 30, truthfulqa: 60, synthetic: 30 },
      storiesDocs: 20,
      timedDocs: { mmlu: 1, hellaswag: 1, arc_challenge: 1, truthfulqa_mc2: 1 },
      repeats: 3,
      naiveScoring: false,
      memory: false,
      scaling: false,
      generation: { ...FULL_SETTINGS.generation, maxNewTokens: { stories260k: 16, 'llama-d2048': 4 }, repeats: 1 },
    }
  : FULL_SETTINGS;
const MEMORY_DOCS = 1;
/** P1 plans as for a model with a 4k context: no truncation changes the comparison. */
const P1_MAX_LENGTH = 4096;
/** P1 is planned with each of these tokenizers (under ../shared); stories260k's at its own 512 positions. */
const P1_SETS = [
  { tokenizer: 'GPT-2 BPE', needs: 'models/tiny-gpt2', maxLength: P1_MAX_LENGTH, truncation: 'no truncation', targets: true },
  {
    tokenizer: "stories260k's SentencePiece BPE",
    needs: 'models/stories260k-with-past',
    maxLength: 512,
    truncation: "its 512 positions, left truncation as lm-eval's",
    docsPerTask: SETTINGS.storiesDocs,
  },
];
const MEMORY_BATCH_SIZE = 4;

/**
 * ISSUE 13's P1 targets for ftbench's plan: a share of lm-eval's tokens, or no more than the per-document plan
 * (prefix sharing within each document, the engine before cross-document sharing). Shown where nothing is truncated.
 */
const P1_TARGETS = {
  mmlu: { text: '≤ 0.30× lm-eval', met: (w) => w.ftbenchTokens <= 0.3 * w.lmEvalTokens },
  truthfulqa_mc2: { text: '≤ 0.10× lm-eval', met: (w) => w.ftbenchTokens <= 0.1 * w.lmEvalTokens },
  hellaswag: { text: '≤ per-document plan', met: (w) => w.ftbenchTokens <= w.perDocumentTokens },
  arc_challenge: { text: '≤ per-document plan', met: (w) => w.ftbenchTokens <= w.perDocumentTokens },
};

/**
 * Three toy decoders (random weights: timing does not depend on them; real shapes; the GPT-2 tokenizer): two of
 * GPT-2 blocks and a Llama-shaped one, then a trained Llama-architecture model as exported by optimum.
 * `needs`: under ../shared. `repeats`: fewer P2 repeats for a model whose runs are long. `generation`: also in the
 * generation section.
 */
const MODELS = [
  {
    key: 'gpt2-small-like',
    label: 'GPT-2-small shape (d=768, 12 heads, vocab 50,257, 1,024 positions; 4 of its 12 layers)',
    needs: 'models/tiny-gpt2',
    spec: { seed: 1, layers: 4, heads: 12, hidden: 768, maxPositions: 1024, withPast: true, vocabSize: 50257, externalData: true },
  },
  {
    key: 'llama3-vocab',
    label: 'Llama-3-vocabulary decoder (d=512, 8 heads, 2 layers, vocab 128,256, 2,048 positions; GPT-2 blocks)',
    needs: 'models/tiny-gpt2',
    spec: { seed: 2, layers: 2, heads: 8, hidden: 512, maxPositions: 2048, withPast: true, vocabSize: 128256, externalData: true },
  },
  {
    key: 'llama-d2048',
    label:
      'Llama-shaped decoder (RMSNorm, rotary, GQA 32/8 heads, SwiGLU 8,192, d=2048, 2 layers, vocab 128,256, untied head, 4,096 positions; Llama-3.2-1B widths)',
    needs: 'models/tiny-gpt2',
    spec: {
      seed: 3,
      architecture: 'llama',
      layers: 2,
      heads: 32,
      kvHeads: 8,
      hidden: 2048,
      intermediate: 8192,
      vocabSize: 128256,
      tieWordEmbeddings: false,
      maxPositions: 4096,
      withPast: true,
      externalData: true,
    },
    repeats: 2,
    generation: true,
  },
  {
    key: 'stories260k',
    label: 'stories260k, trained Llama architecture (RMSNorm, rotary, GQA 8/4 heads, d=64, 5 layers, SentencePiece vocab 512, 512 positions)',
    needs: 'models/stories260k-with-past',
    generation: true,
  },
];
/** The trained model's reference log-likelihoods (SOURCE-stories260k.md) and the batch sizes they are checked at. */
const STORIES_REFERENCE = 'models/stories260k-reference.json';
/** @type {(number | 'auto')[]} */
const CORRECTNESS_BATCH_SIZES = [1, 3, 'auto'];
const CORRECTNESS_TOLERANCE = 1e-4;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const thousands = (n) => n.toLocaleString('en-US');
/** @param {string[]} header @param {unknown[][]} rows */
const table = (header, rows) => markdownTable([header, ...rows.map((row) => row.map(String))], { alignDelimiters: false });

/** The model's directory, and the shape of the empty past_key_values the naive loop feeds. */
/** @param {{ key: string, spec?: any, needs: string }} model */
async function prepareModel({ key, spec, needs }) {
  if (!spec) {
    const dir = path.join(sharedDir, needs);
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    return { dir, past: { layers: config.num_hidden_layers, heads: config.num_key_value_heads, headDim: config.head_dim } };
  }
  const dir = path.join(workDir, 'models', key);
  // Written once; a spec edited since is written again.
  const specFile = path.join(dir, 'toy-spec.json');
  if (!existsSync(specFile) || readFileSync(specFile, 'utf8') !== JSON.stringify(spec)) {
    log(`writing ${key} (random weights) to ${dir}`);
    await writeToyModel(dir, spec);
    writeFileSync(specFile, JSON.stringify(spec));
  }
  // Real GPT-2 BPE, so prompts have realistic token counts (ids < 50,257 fit every vocabulary here).
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(path.join(gpt2Tokenizer, file), path.join(dir, file));
  return { dir, past: { layers: spec.layers, heads: spec.kvHeads ?? spec.heads, headDim: spec.hidden / spec.heads } };
}

/** P1: planning only, on the large samples (the first `docsPerTask` of each when given). */
function workRows(tasks, docs, tokenizer, maxLength, docsPerTask) {
  return tasks.map((task) => {
    const taskDocs = docs[task.key].slice(0, docsPerTask);
    const requests = requestsOf(taskDocs);
    const tokenized = tokenizeRequests(tokenizer, requests);
    const lmEval = lmEvalPlan(tokenized, maxLength);
    const perDocument = perDocumentPlan(tokenized, maxLength);
    const ftbench = ftbenchRunPlan(taskDocs, tokenized, maxLength);
    return {
      task: task.key,
      label: task.label,
      data: task.source === 'real' ? 'real' : 'SYNTHETIC (same shape)',
      docs: taskDocs.length,
      requests: requests.length,
      lmEvalTokens: lmEval.tokens,
      perDocumentTokens: perDocument.tokens,
      ftbenchTokens: ftbench.tokens,
      lmEvalPasses: lmEval.prefixRows,
      ftbenchPrefixPasses: ftbench.prefixRows,
      ftbenchSuffixPasses: ftbench.continuationRows,
    };
  });
}

function minimum(values) {
  return Math.min(...values);
}

/** P2 and vs-naive for one model: every task's timed documents through ftbench, its replay, and the naive loop. */
async function timeModel(model, { dir, past }, tasks, timedDocs, repeats) {
  const ftbench = await OnnxCausalLM.load(dir, { batchSize: 'auto', cacheDir });
  // Batch size 1 beside auto, alternating in the same loop: on CPU `auto` must never be slower than it.
  const batchOne = await OnnxCausalLM.load(dir, { batchSize: 1, cacheDir });
  log(`${model.key}: scoring ${ftbench.scoring}, max length ${ftbench.record.maxLength}`);
  const rows = [];
  for (const task of tasks) {
    const requests = requestsOf(timedDocs[task.key]);
    // Warm-up run (arena growth, first-touch), recording the exact onnxruntime calls it makes.
    const before = { ...ftbench.counters };
    const { result: scores, calls } = await recordRuns(() => ftbench.loglikelihood(requests));
    const tokens = ftbench.counters.tokensForwarded - before.tokensForwarded;
    const paddedTokens = ftbench.counters.paddedTokensForwarded - before.paddedTokensForwarded;
    const runs = ftbench.counters.sessionRuns - before.sessionRuns;
    await batchOne.loglikelihood(requests);
    const ftbenchSeconds = [];
    const bareSeconds = [];
    const batchOneSeconds = [];
    const timed = async (run) => {
      const start = performance.now();
      await run();
      return (performance.now() - start) / 1000;
    };
    for (let i = 0; i < repeats; i++) {
      ftbenchSeconds.push(await timed(() => ftbench.loglikelihood(requests)));
      bareSeconds.push(await replay(calls));
      batchOneSeconds.push(await timed(() => batchOne.loglikelihood(requests)));
    }
    const tokenized = tokenizeRequests(ftbench.tokenizer, requests);
    // P1 counts plans; here the engine's own counter must agree with its plan.
    const planned = ftbenchPlan(tokenized, ftbench.record.maxLength).tokens;
    if (planned !== tokens) throw new Error(`${model.key} ${task.key}: forwarded ${tokens} tokens, planned ${planned}`);
    const naive = SETTINGS.naiveScoring ? await naiveLoop(dir, tokenized, ftbench.record.maxLength, past) : null;
    const row = {
      task: task.key,
      requests: requests.length,
      tokens,
      paddedTokens,
      runs,
      ftbenchSeconds: minimum(ftbenchSeconds),
      bareSeconds: minimum(bareSeconds),
      batchOneSeconds: minimum(batchOneSeconds),
      naive: naive && {
        seconds: naive.seconds,
        tokens: naive.counters.tokensForwarded,
        maxDifference: Math.max(...scores.map((s, i) => Math.abs(s.loglikelihood - naive.results[i]))),
      },
    };
    log(
      `${model.key} ${task.key}: ftbench ${fixed(row.ftbenchSeconds)} s, bare ${fixed(row.bareSeconds)} s${naive ? `, naive ${fixed(naive.seconds)} s` : ''}`,
    );
    rows.push(row);
  }
  await ftbench.dispose();
  await batchOne.dispose();
  return rows;
}

/** P3 for one model: full logits to the host vs in-graph scoring, same plan and batch size, a process each. */
function memoryOfModel(dir, tasks, memoryDocs) {
  const requestsFile = path.join(workDir, 'memory-requests.json');
  writeFileSync(requestsFile, JSON.stringify(Object.fromEntries(tasks.map((t) => [t.key, requestsOf(memoryDocs[t.key])]))));
  return [false, true].map((scoreInGraph) => {
    const options = { batchSize: MEMORY_BATCH_SIZE, scoreInGraph, cacheDir };
    const output = execFileSync(process.execPath, [path.join(benchDir, 'memory-probe.mjs'), JSON.stringify({ modelDir: dir, options, requestsFile })], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return { scoreInGraph, ...JSON.parse(output) };
  });
}

/** The trained model's log-likelihoods, token splits and greedy flags vs its reference file, at each batch size. */
async function storiesCorrectness() {
  const reference = JSON.parse(readFileSync(path.join(sharedDir, STORIES_REFERENCE), 'utf8'));
  const requests = reference.map(({ context, continuation }) => ({ context, continuation }));
  const same = (a, b) => a.length === b.length && a.every((id, i) => id === b[i]);
  const rows = [];
  for (const batchSize of CORRECTNESS_BATCH_SIZES) {
    const model = await OnnxCausalLM.load(path.join(sharedDir, 'models/stories260k-with-past'), { batchSize, cacheDir });
    const tokenized = tokenizeRequests(model.tokenizer, requests);
    const splitMismatches = tokenized.filter(
      (t, i) => !same(t.contextIds, reference[i].context_ids) || !same(t.continuationIds, reference[i].continuation_ids),
    ).length;
    const results = await model.loglikelihood(requests);
    const maxDifference = Math.max(...results.map((r, i) => Math.abs(r.loglikelihood - reference[i].loglikelihood)));
    const greedyMismatches = results.filter((r, i) => r.isGreedy !== reference[i].is_greedy).length;
    rows.push({
      batchSize,
      requests: requests.length,
      tokens: model.counters.tokensForwarded,
      paddedTokens: model.counters.paddedTokensForwarded,
      runs: model.counters.sessionRuns,
      maxDifference,
      greedyMismatches,
      splitMismatches,
      pass: maxDifference <= CORRECTNESS_TOLERANCE && greedyMismatches === 0 && splitMismatches === 0,
    });
    log(`stories260k correctness at batch ${batchSize}: max |Δ| ${maxDifference.toExponential(1)}`);
    await model.dispose();
  }
  return rows;
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, onnxruntime-node 1.29.0 (CPU)`;
}

async function main() {
  const started = performance.now();
  mkdirSync(workDir, { recursive: true });
  // A laptop without ../shared (or with an older one) runs what it can and says what it skipped.
  const skipped = [];
  const present = (what, relative) => {
    if (existsSync(path.join(sharedDir, relative))) return true;
    skipped.push(`${what}: ../shared/${relative} not found at ${sharedDir}`);
    return false;
  };
  const tasks = GENERATION_ONLY ? [] : TASKS.filter((task) => present(task.label, path.join('datasets', task.release)));
  if (tasks.length === 0 && !GENERATION_ONLY) skipped.push('every model: no task data to score');
  log(`${SETTINGS.mode} mode${GENERATION_ONLY ? ', generation only' : ''}; building documents`);
  const { docs, words } = await buildWorkloads(datasetsDir, SETTINGS.p1Sizes, tasks);

  const p1Sets = tasks.length === 0 ? [] : P1_SETS.filter((set) => present(`P1 with ${set.tokenizer}`, set.needs));
  const work = [];
  for (const set of p1Sets) {
    log(`P1: planning with ${set.tokenizer}`);
    const rows = workRows(tasks, docs, await loadTokenizer(path.join(sharedDir, set.needs)), set.maxLength, set.docsPerTask);
    // The verdicts go into the JSON too: { target: text, targetMet: boolean } where a target applies.
    const judged = rows.map((w) => {
      const target = set.targets ? P1_TARGETS[w.task] : undefined;
      return target ? { ...w, target: target.text, targetMet: target.met(w) } : w;
    });
    work.push({ ...set, rows: judged });
  }

  const firstDocs = (count) => Object.fromEntries(tasks.map((t) => [t.key, docs[t.key].slice(0, typeof count === 'number' ? count : count[t.key])]));
  const models = [];
  const generation = [];
  for (const model of MODELS.filter((m) => (!GENERATION_ONLY || m.generation) && present(m.label, m.needs))) {
    const prepared = await prepareModel(model);
    if (tasks.length > 0) {
      const repeats = Math.min(SETTINGS.repeats, model.repeats ?? SETTINGS.repeats);
      const timing = await timeModel(model, prepared, tasks, firstDocs(SETTINGS.timedDocs), repeats);
      let memory = null;
      if (SETTINGS.memory) {
        log(`${model.key}: P3 memory probes`);
        memory = memoryOfModel(prepared.dir, tasks, firstDocs(MEMORY_DOCS));
      }
      models.push({ key: model.key, label: model.label, spec: model.spec, repeats, timing, memory });
    }
    if (model.generation) {
      const { prompts, maxNewTokens, batchSizes, repeats } = SETTINGS.generation;
      const settings = { prompts, maxNewTokens: maxNewTokens[model.key], batchSizes, repeats: Math.min(repeats, model.repeats ?? repeats), cacheDir };
      generation.push(await measureGeneration({ key: model.key, label: model.label, ...prepared }, settings, log));
    }
  }
  const correctness =
    !GENERATION_ONLY && present('stories260k correctness', STORIES_REFERENCE) && present('stories260k correctness', 'models/stories260k-with-past')
      ? await storiesCorrectness()
      : [];
  const scaling = SETTINGS.scaling && !GENERATION_ONLY ? await measureScaling(log) : null;
  if (GENERATION_ONLY) skipped.push('P1, P2, P3, correctness and scaling: --generation runs the generation section alone');
  else if (QUICK) skipped.push('vs naive scoring, P3 memory and scaling: not run in quick mode');
  for (const line of skipped) log(`skipped ${line}`);

  const date = new Date().toISOString();
  const report = {
    date,
    machine: machine(),
    seconds: (performance.now() - started) / 1000,
    skipped,
    settings: {
      ...SETTINGS,
      P1_MAX_LENGTH,
      MEMORY_DOCS,
      MEMORY_BATCH_SIZE,
      SYNTHETIC_SHAPES,
      syntheticVocabularyWords: words,
    },
    work,
    models,
    correctness,
    generation,
    scaling,
  };
  const resultsDir = path.join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `bench-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(renderMarkdown(report));
  console.log(`\nResults written to ${file}`);
  if (correctness.some((row) => !row.pass)) {
    log(`stories260k correctness FAILED: log-likelihoods, greedy flags or token splits differ from ${STORIES_REFERENCE}`);
    process.exitCode = 1;
  }
}

function renderMarkdown(report) {
  const parts = [`Machine: ${report.machine}. Date: ${report.date.slice(0, 10)}. Bench wall time: ${fixed(report.seconds / 60, 1)} min.`];
  if (report.skipped.length > 0) parts.push(`**Skipped** (not measured):\n${report.skipped.map((line) => `- ${line}`).join('\n')}`);
  for (const set of report.work) {
    const targetCells = (w) => (w.target ? [w.target, w.targetMet ? 'pass' : '**FAIL**'] : ['—', '—']);
    parts.push(
      `### P1 work: tokens forwarded per task (${set.tokenizer}, ${set.truncation})`,
      table(
        [
          'Task',
          'Data',
          'Docs',
          'Requests',
          'lm-eval tokens',
          'per-document plan tokens',
          'ftbench tokens',
          'ftbench / lm-eval',
          'P1 target',
          'Met',
          'lm-eval passes',
          'ftbench passes (prefix + continuation)',
        ],
        set.rows.map((w) => [
          w.label,
          w.data,
          thousands(w.docs),
          thousands(w.requests),
          thousands(w.lmEvalTokens),
          thousands(w.perDocumentTokens),
          thousands(w.ftbenchTokens),
          `${fixed(w.ftbenchTokens / w.lmEvalTokens)}×`,
          ...targetCells(w),
          thousands(w.lmEvalPasses),
          `${thousands(w.ftbenchPrefixPasses)} + ${thousands(w.ftbenchSuffixPasses)}`,
        ]),
      ),
    );
  }
  for (const model of report.models) {
    const total = (key) => model.timing.reduce((n, row) => n + row[key], 0);
    const padding = (real, padded) => `${thousands(padded)} (${fixed(padded / real)}×)`;
    const p2Rows = model.timing.map((r) => [
      r.task,
      r.requests,
      thousands(r.tokens),
      padding(r.tokens, r.paddedTokens),
      r.runs,
      fixed(r.ftbenchSeconds),
      fixed(r.bareSeconds),
      `${fixed((100 * r.bareSeconds) / r.ftbenchSeconds, 1)} %`,
      fixed(r.requests / r.ftbenchSeconds),
      fixed(r.tokens / r.ftbenchSeconds, 0),
    ]);
    p2Rows.push([
      '**all**',
      total('requests'),
      thousands(total('tokens')),
      padding(total('tokens'), total('paddedTokens')),
      total('runs'),
      fixed(total('ftbenchSeconds')),
      fixed(total('bareSeconds')),
      `**${fixed((100 * total('bareSeconds')) / total('ftbenchSeconds'), 1)} %**`,
      fixed(total('requests') / total('ftbenchSeconds')),
      fixed(total('tokens') / total('ftbenchSeconds'), 0),
    ]);
    parts.push(
      `### ${model.label}`,
      `**P2 overhead**: ftbench end to end vs the bare onnxruntime replay of its own runs (best of ${model.repeats} each, alternating, after a warm-up run)`,
      table(
        [
          'Task',
          'Requests',
          'Tokens forwarded',
          'Padded tokens (× real)',
          'Runs',
          'ftbench s',
          'bare ORT s',
          'bare / ftbench',
          'ftbench req/s',
          'ftbench tok/s',
        ],
        p2Rows,
      ),
    );
    parts.push(
      `**auto vs batch size 1** (the same documents, best of ${model.repeats} each, alternating in one loop)`,
      table(
        ['Task', 'auto s', 'batch 1 s', 'auto / batch 1'],
        [
          ...model.timing.map((r) => [r.task, fixed(r.ftbenchSeconds), fixed(r.batchOneSeconds), `${fixed(r.ftbenchSeconds / r.batchOneSeconds, 2)}×`]),
          ['**all**', fixed(total('ftbenchSeconds')), fixed(total('batchOneSeconds')), `**${fixed(total('ftbenchSeconds') / total('batchOneSeconds'), 2)}×**`],
        ],
      ),
    );
    if (model.timing.every((r) => r.naive)) {
      const naiveTotal = (key) => model.timing.reduce((n, row) => n + row.naive[key], 0);
      parts.push(
        '**vs naive** (one full forward pass per option, full logits to JavaScript)',
        table(
          ['Task', 'Naive s', 'Naive tokens', 'ftbench s', 'Speed-up', 'max \\|Δ log-likelihood\\|'],
          [
            ...model.timing.map((r) => [
              r.task,
              fixed(r.naive.seconds),
              thousands(r.naive.tokens),
              fixed(r.ftbenchSeconds),
              `${fixed(r.naive.seconds / r.ftbenchSeconds, 1)}×`,
              r.naive.maxDifference.toExponential(1),
            ]),
            [
              '**all**',
              fixed(naiveTotal('seconds')),
              thousands(naiveTotal('tokens')),
              fixed(total('ftbenchSeconds')),
              `**${fixed(naiveTotal('seconds') / total('ftbenchSeconds'), 1)}×**`,
              Math.max(...model.timing.map((r) => r.naive.maxDifference)).toExponential(1),
            ],
          ],
        ),
      );
    }
    if (model.memory) {
      parts.push(
        `**P3 memory** (batch size ${report.settings.MEMORY_BATCH_SIZE}, prefix reuse on, ${report.settings.MEMORY_DOCS} document per task, one process each)`,
        table(
          [
            'Scoring',
            'Peak RSS MB',
            'RSS after load MB',
            'Peak − loaded MB',
            'Score bytes to host, max per run',
            'Score bytes to host, mean per run',
            'Cache bytes to host, mean per run',
            'Scoring s',
          ],
          model.memory.map((m) => [
            m.scoreInGraph ? `in graph (${m.scoring})` : 'full logits to host (before)',
            mb(m.peakRss),
            mb(m.rssAfterLoad),
            mb(m.peakRss - m.rssAfterLoad),
            thousands(m.counters.maxRunScoreOutputBytes),
            thousands(Math.round(m.counters.scoreOutputBytes / m.counters.sessionRuns)),
            thousands(Math.round(m.counters.cacheOutputBytes / m.counters.sessionRuns)),
            fixed(m.seconds),
          ]),
        ),
      );
    }
  }
  if (report.correctness.length > 0) {
    parts.push(
      `### Correctness: stories260k-with-past vs \`${STORIES_REFERENCE}\` (tolerance ${CORRECTNESS_TOLERANCE})`,
      table(
        [
          'Batch size',
          'Requests',
          'Tokens forwarded (padded)',
          'Runs',
          'max \\|Δ log-likelihood\\|',
          'is_greedy mismatches',
          'token-split mismatches',
          'Verdict',
        ],
        report.correctness.map((c) => [
          c.batchSize,
          c.requests,
          `${thousands(c.tokens)} (${thousands(c.paddedTokens)})`,
          c.runs,
          c.maxDifference.toExponential(1),
          c.greedyMismatches,
          c.splitMismatches,
          c.pass ? 'pass' : '**FAIL**',
        ]),
      ),
    );
  }
  if (report.generation.length > 0) parts.push(renderGeneration(report.generation, table, fixed));
  if (report.scaling) parts.push(renderScaling(report.scaling, fixed));
  return parts.join('\n\n');
}

await main();
