// @ts-check
/**
 * `npm run bench`: ftbench's log-likelihood scoring against lm-eval's request scheme, a bare
 * onnxruntime loop and a naive per-option loop, side by side in one process on the same documents.
 * Prints markdown tables and writes everything to bench/results/bench-<time>.json.
 *
 * P1 work:     tokens forwarded per task, ftbench's plan vs lm-eval's (planning only, GPT-2 BPE tokens
 *              without truncation, and stories260k's tokenizer at its 512 positions).
 * P2 overhead: end-to-end ftbench vs a replay of the very session.run calls it made.
 * P3 memory:   peak RSS and bytes handed back per run, full logits to the host vs in-graph scoring,
 *              each in a child process of its own.
 * vs naive:    speed-up over one full forward pass per option with full logits.
 * Scaling:     fixed per-job costs of a shard, and --workers 1 vs 2 (bench/scaling.mjs).
 * Rows whose data or model is not in ../shared are skipped, and the output says which and why.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxCausalLM } from '@ftbench/core';
import { markdownTable } from 'markdown-table';
import { loadTokenizer, planFullRows, planSharedPrefixes, plannedTokens, tokenizeRequests } from '@ftbench/core/engine';
import { writeToyModel } from '@ftbench/core/testing';
import { naiveLoop, recordRuns, replay } from './baselines.mjs';
import { measureScaling, renderScaling } from './scaling.mjs';
import { buildWorkloads, requestsOf, SYNTHETIC_SHAPES, TASKS } from './workloads.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(benchDir, '../../shared');
const datasetsDir = path.join(sharedDir, 'datasets');
const gpt2Tokenizer = path.join(sharedDir, 'models/tiny-gpt2');
const workDir = path.join(tmpdir(), 'ftbench-bench');
const cacheDir = path.join(workDir, 'graph-cache');

/** P1 sample sizes (planning only), then the documents per task every timed method scores. */
const P1_SIZES = { mmluPerSubject: 10, arc: 300, truthfulqa: 817, synthetic: 300 };
/** stories260k's P1 plans the first this many documents of each task's sample (its tokenizer is slow on long prompts). */
const P1_STORIES_DOCS = 100;
const TIMED_DOCS = { mmlu: 3, hellaswag: 2, arc_challenge: 2, truthfulqa_mc2: 2 };
const MEMORY_DOCS = 1;
/** P1 plans as for a model with a 4k context: no truncation changes the comparison. */
const P1_MAX_LENGTH = 4096;
/** P1 is planned with each of these tokenizers (under ../shared); stories260k's at its own 512 positions. */
const P1_SETS = [
  { tokenizer: 'GPT-2 BPE', needs: 'models/tiny-gpt2', maxLength: P1_MAX_LENGTH, truncation: 'no truncation' },
  {
    tokenizer: "stories260k's SentencePiece BPE",
    needs: 'models/stories260k-with-past',
    maxLength: 512,
    truncation: "its 512 positions, left truncation as lm-eval's",
    docsPerTask: P1_STORIES_DOCS,
  },
];
const MEMORY_BATCH_SIZE = 4;
/** P2 takes the best of this many alternating ftbench runs and replays (the machine is shared). */
const REPEATS = 5;

/**
 * Two toy decoders (random weights: timing does not depend on them; GPT-2 blocks, real shapes; the GPT-2
 * tokenizer), then a trained Llama-architecture model as exported by optimum. `needs`: under ../shared.
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
    key: 'stories260k',
    label: 'stories260k, trained Llama architecture (RMSNorm, rotary, GQA 8/4 heads, d=64, 5 layers, SentencePiece vocab 512, 512 positions)',
    needs: 'models/stories260k-with-past',
  },
];

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
  if (!existsSync(path.join(dir, 'model.onnx_data'))) {
    log(`writing ${key} (random weights) to ${dir}`);
    await writeToyModel(dir, spec);
  }
  // Real GPT-2 BPE, so prompts have realistic token counts (ids < 50,257 fit both vocabularies).
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(path.join(gpt2Tokenizer, file), path.join(dir, file));
  return { dir, past: { layers: spec.layers, heads: spec.heads, headDim: spec.hidden / spec.heads } };
}

/** P1: planning only, on the large samples (the first `docsPerTask` of each when given). */
function workRows(tasks, docs, tokenizer, maxLength, docsPerTask) {
  return tasks.map((task) => {
    const taskDocs = docs[task.key].slice(0, docsPerTask);
    const requests = requestsOf(taskDocs);
    const tokenized = tokenizeRequests(tokenizer, requests);
    const lmEval = planFullRows(tokenized, maxLength);
    const shared = planSharedPrefixes(tokenized, maxLength);
    const suffixRows = shared.reduce((n, row) => n + row.suffixes.length, 0);
    return {
      task: task.key,
      label: task.label,
      data: task.source === 'real' ? 'real' : 'SYNTHETIC (same shape)',
      docs: taskDocs.length,
      requests: requests.length,
      lmEvalTokens: plannedTokens(lmEval),
      ftbenchTokens: plannedTokens(shared),
      lmEvalPasses: lmEval.length,
      ftbenchPrefixPasses: shared.length,
      ftbenchSuffixPasses: suffixRows,
    };
  });
}

function minimum(values) {
  return Math.min(...values);
}

/** P2 and vs-naive for one model: every task's timed documents through ftbench, its replay, and the naive loop. */
async function timeModel(model, { dir, past }, tasks, timedDocs) {
  const ftbench = await OnnxCausalLM.load(dir, { batchSize: 'auto', cacheDir });
  log(`${model.key}: scoring ${ftbench.scoring}, max length ${ftbench.record.maxLength}`);
  const rows = [];
  for (const task of tasks) {
    const requests = requestsOf(timedDocs[task.key]);
    // Warm-up run (arena growth, first-touch), recording the exact onnxruntime calls it makes.
    const before = { ...ftbench.counters };
    const { result: scores, calls } = await recordRuns(() => ftbench.loglikelihood(requests));
    const tokens = ftbench.counters.tokensForwarded - before.tokensForwarded;
    const runs = ftbench.counters.sessionRuns - before.sessionRuns;
    const ftbenchSeconds = [];
    const bareSeconds = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      await ftbench.loglikelihood(requests);
      ftbenchSeconds.push((performance.now() - start) / 1000);
      bareSeconds.push(await replay(calls));
    }
    const tokenized = tokenizeRequests(ftbench.tokenizer, requests);
    // P1 counts plans; here the engine's own counter must agree with its plan.
    const planned = plannedTokens(planSharedPrefixes(tokenized, ftbench.record.maxLength));
    if (planned !== tokens) throw new Error(`${model.key} ${task.key}: forwarded ${tokens} tokens, planned ${planned}`);
    const naive = await naiveLoop(dir, tokenized, ftbench.record.maxLength, past);
    const maxDifference = Math.max(...scores.map((s, i) => Math.abs(s.loglikelihood - naive.results[i])));
    const row = {
      task: task.key,
      requests: requests.length,
      tokens,
      runs,
      ftbenchSeconds: minimum(ftbenchSeconds),
      bareSeconds: minimum(bareSeconds),
      naiveSeconds: naive.seconds,
      naiveTokens: naive.counters.tokensForwarded,
      maxDifference,
    };
    log(`${model.key} ${task.key}: ftbench ${fixed(row.ftbenchSeconds)} s, bare ${fixed(row.bareSeconds)} s, naive ${fixed(row.naiveSeconds)} s`);
    rows.push(row);
  }
  await ftbench.dispose();
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
  const tasks = TASKS.filter((task) => present(task.label, path.join('datasets', task.release)));
  if (tasks.length === 0) skipped.push('every model: no task data to score');
  log('building documents');
  const { docs, words } = await buildWorkloads(datasetsDir, P1_SIZES, tasks);

  const p1Sets = tasks.length === 0 ? [] : P1_SETS.filter((set) => present(`P1 with ${set.tokenizer}`, set.needs));
  const work = [];
  for (const set of p1Sets) {
    log(`P1: planning with ${set.tokenizer}`);
    const rows = workRows(tasks, docs, await loadTokenizer(path.join(sharedDir, set.needs)), set.maxLength, set.docsPerTask);
    work.push({ ...set, rows });
  }

  const firstDocs = (count) => Object.fromEntries(tasks.map((t) => [t.key, docs[t.key].slice(0, typeof count === 'number' ? count : count[t.key])]));
  const models = [];
  for (const model of tasks.length === 0 ? [] : MODELS.filter((m) => present(m.label, m.needs))) {
    const prepared = await prepareModel(model);
    const timing = await timeModel(model, prepared, tasks, firstDocs(TIMED_DOCS));
    log(`${model.key}: P3 memory probes`);
    const memory = memoryOfModel(prepared.dir, tasks, firstDocs(MEMORY_DOCS));
    models.push({ key: model.key, label: model.label, spec: model.spec, timing, memory });
  }
  const scaling = await measureScaling(log);
  for (const line of skipped) log(`skipped ${line}`);

  const date = new Date().toISOString();
  const report = {
    date,
    machine: machine(),
    seconds: (performance.now() - started) / 1000,
    skipped,
    settings: {
      P1_SIZES,
      P1_MAX_LENGTH,
      P1_STORIES_DOCS,
      TIMED_DOCS,
      REPEATS,
      MEMORY_DOCS,
      MEMORY_BATCH_SIZE,
      SYNTHETIC_SHAPES,
      syntheticVocabularyWords: words,
    },
    work,
    models,
    scaling,
  };
  const resultsDir = path.join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `bench-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(renderMarkdown(report));
  console.log(`\nResults written to ${file}`);
}

function renderMarkdown(report) {
  const parts = [`Machine: ${report.machine}. Date: ${report.date.slice(0, 10)}. Bench wall time: ${fixed(report.seconds / 60, 1)} min.`];
  if (report.skipped.length > 0) parts.push(`**Skipped** (not measured):\n${report.skipped.map((line) => `- ${line}`).join('\n')}`);
  for (const set of report.work) {
    parts.push(
      `### P1 work: tokens forwarded per task (${set.tokenizer}, ${set.truncation})`,
      table(
        [
          'Task',
          'Data',
          'Docs',
          'Requests',
          'lm-eval tokens',
          'ftbench tokens',
          'ftbench / lm-eval',
          'lm-eval passes',
          'ftbench passes (prefix + continuation)',
        ],
        set.rows.map((w) => [
          w.label,
          w.data,
          thousands(w.docs),
          thousands(w.requests),
          thousands(w.lmEvalTokens),
          thousands(w.ftbenchTokens),
          `${fixed(w.ftbenchTokens / w.lmEvalTokens)}×`,
          thousands(w.lmEvalPasses),
          `${thousands(w.ftbenchPrefixPasses)} + ${thousands(w.ftbenchSuffixPasses)}`,
        ]),
      ),
    );
  }
  for (const model of report.models) {
    const total = (key) => model.timing.reduce((n, row) => n + row[key], 0);
    const p2Rows = model.timing.map((r) => [
      r.task,
      r.requests,
      thousands(r.tokens),
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
      total('runs'),
      fixed(total('ftbenchSeconds')),
      fixed(total('bareSeconds')),
      `**${fixed((100 * total('bareSeconds')) / total('ftbenchSeconds'), 1)} %**`,
      fixed(total('requests') / total('ftbenchSeconds')),
      fixed(total('tokens') / total('ftbenchSeconds'), 0),
    ]);
    parts.push(
      `### ${model.label}`,
      `**P2 overhead**: ftbench end to end vs the bare onnxruntime replay of its own runs (best of ${report.settings.REPEATS} each, alternating, after a warm-up run)`,
      table(['Task', 'Requests', 'Tokens forwarded', 'Runs', 'ftbench s', 'bare ORT s', 'bare / ftbench', 'ftbench req/s', 'ftbench tok/s'], p2Rows),
      '**vs naive** (one full forward pass per option, full logits to JavaScript)',
      table(
        ['Task', 'Naive s', 'Naive tokens', 'ftbench s', 'Speed-up', 'max |Δ log-likelihood|'],
        [
          ...model.timing.map((r) => [
            r.task,
            fixed(r.naiveSeconds),
            thousands(r.naiveTokens),
            fixed(r.ftbenchSeconds),
            `${fixed(r.naiveSeconds / r.ftbenchSeconds, 1)}×`,
            r.maxDifference.toExponential(1),
          ]),
          [
            '**all**',
            fixed(total('naiveSeconds')),
            thousands(total('naiveTokens')),
            fixed(total('ftbenchSeconds')),
            `**${fixed(total('naiveSeconds') / total('ftbenchSeconds'), 1)}×**`,
            Math.max(...model.timing.map((r) => r.maxDifference)).toExponential(1),
          ],
        ],
      ),
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
  if (report.scaling) parts.push(renderScaling(report.scaling, fixed));
  return parts.join('\n\n');
}

await main();
