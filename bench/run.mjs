// @ts-check
/**
 * `npm run bench`: ftbench's log-likelihood scoring against lm-eval's request scheme, a bare
 * onnxruntime loop and a naive per-option loop, side by side in one process on the same documents.
 * Prints markdown tables and writes everything to bench/results/bench-<time>.json.
 *
 * P1 work:     tokens forwarded per task, ftbench's plan vs lm-eval's (planning only, GPT-2 BPE tokens).
 * P2 overhead: end-to-end ftbench vs a replay of the very session.run calls it made.
 * P3 memory:   peak RSS and bytes handed back per run, full logits to the host vs in-graph scoring,
 *              each in a child process of its own.
 * vs naive:    speed-up over one full forward pass per option with full logits.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxCausalLM } from '@ftbench/core';
import { loadTokenizer, planFullRows, planSharedPrefixes, plannedTokens, tokenizeRequests } from '@ftbench/core/engine';
import { writeToyModel } from '@ftbench/core/testing';
import { naiveLoop, recordRuns, replay } from './baselines.mjs';
import { buildWorkloads, requestsOf, SYNTHETIC_SHAPES, TASKS } from './workloads.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(benchDir, '../../shared');
const gpt2Tokenizer = path.join(sharedDir, 'models/tiny-gpt2');
const workDir = path.join(tmpdir(), 'ftbench-bench');
const cacheDir = path.join(workDir, 'graph-cache');

/** P1 sample sizes (planning only), then the documents per task every timed method scores. */
const P1_SIZES = { mmluPerSubject: 10, truthfulqa: 817, synthetic: 300 };
const TIMED_DOCS = { mmlu: 3, hellaswag: 2, arc_challenge: 2, truthfulqa_mc2: 2 };
const MEMORY_DOCS = 1;
/** P1 plans as for a model with a 4k context: no truncation changes the comparison. */
const P1_MAX_LENGTH = 4096;
const MEMORY_BATCH_SIZE = 4;
/** P2 takes the best of this many alternating ftbench runs and replays (the machine is shared). */
const REPEATS = 5;

/** Random weights (timing does not depend on them), GPT-2 blocks, real shapes; the GPT-2 tokenizer. */
const MODELS = [
  {
    key: 'gpt2-small-like',
    label: 'GPT-2-small shape (d=768, 12 heads, vocab 50,257, 1,024 positions; 4 of its 12 layers)',
    spec: { seed: 1, layers: 4, heads: 12, hidden: 768, maxPositions: 1024, withPast: true, vocabSize: 50257, externalData: true },
  },
  {
    key: 'llama3-vocab',
    label: 'Llama-3-vocabulary decoder (d=512, 8 heads, 2 layers, vocab 128,256, 2,048 positions; GPT-2 blocks)',
    spec: { seed: 2, layers: 2, heads: 8, hidden: 512, maxPositions: 2048, withPast: true, vocabSize: 128256, externalData: true },
  },
];

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const thousands = (n) => n.toLocaleString('en-US');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

async function prepareModel({ key, spec }) {
  const dir = path.join(workDir, 'models', key);
  if (!existsSync(path.join(dir, 'model.onnx_data'))) {
    log(`writing ${key} (random weights) to ${dir}`);
    await writeToyModel(dir, spec);
  }
  // Real GPT-2 BPE, so prompts have realistic token counts (ids < 50,257 fit both vocabularies).
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(path.join(gpt2Tokenizer, file), path.join(dir, file));
  return dir;
}

/** P1: planning only, on the large samples. */
function workRows(docs, tokenizer) {
  return TASKS.map((task) => {
    const requests = requestsOf(docs[task.key]);
    const tokenized = tokenizeRequests(tokenizer, requests);
    const lmEval = planFullRows(tokenized, P1_MAX_LENGTH);
    const shared = planSharedPrefixes(tokenized, P1_MAX_LENGTH);
    const suffixRows = shared.reduce((n, row) => n + row.suffixes.length, 0);
    return {
      task: task.key,
      label: task.label,
      data: task.source === 'real' ? 'real' : 'SYNTHETIC (same shape)',
      docs: docs[task.key].length,
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
async function timeModel(model, dir, timedDocs) {
  const ftbench = await OnnxCausalLM.load(dir, { batchSize: 'auto', cacheDir });
  log(`${model.key}: scoring ${ftbench.scoring}, max length ${ftbench.record.maxLength}`);
  const rows = [];
  for (const task of TASKS) {
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
    const naive = await naiveLoop(dir, tokenized, ftbench.record.maxLength, { layers: model.spec.layers, heads: model.spec.heads, headDim: model.spec.hidden / model.spec.heads });
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
function memoryOfModel(dir, memoryDocs) {
  const requestsFile = path.join(workDir, 'memory-requests.json');
  writeFileSync(requestsFile, JSON.stringify(Object.fromEntries(TASKS.map((t) => [t.key, requestsOf(memoryDocs[t.key])]))));
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
  if (!existsSync(path.join(sharedDir, 'datasets')) || !existsSync(gpt2Tokenizer)) {
    console.error(`bench: ../shared (datasets and the GPT-2 tokenizer) not found at ${sharedDir}; the benchmark needs them.`);
    process.exit(1);
  }
  const started = performance.now();
  mkdirSync(workDir, { recursive: true });
  log('building documents');
  const { docs, words } = await buildWorkloads(path.join(sharedDir, 'datasets'), P1_SIZES);
  const tokenizer = await loadTokenizer(gpt2Tokenizer);
  log('P1: planning');
  const work = workRows(docs, tokenizer);

  const firstDocs = (count) => Object.fromEntries(TASKS.map((t) => [t.key, docs[t.key].slice(0, typeof count === 'number' ? count : count[t.key])]));
  const models = [];
  for (const model of MODELS) {
    const dir = await prepareModel(model);
    const timing = await timeModel(model, dir, firstDocs(TIMED_DOCS));
    log(`${model.key}: P3 memory probes`);
    const memory = memoryOfModel(dir, firstDocs(MEMORY_DOCS));
    models.push({ key: model.key, label: model.label, spec: model.spec, timing, memory });
  }

  const date = new Date().toISOString();
  const report = {
    date,
    machine: machine(),
    seconds: (performance.now() - started) / 1000,
    settings: { P1_SIZES, P1_MAX_LENGTH, TIMED_DOCS, REPEATS, MEMORY_DOCS, MEMORY_BATCH_SIZE, SYNTHETIC_SHAPES, syntheticVocabularyWords: words },
    work,
    models,
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
  parts.push(
    '### P1 work: tokens forwarded per task (GPT-2 BPE, no truncation)',
    table(
      ['Task', 'Data', 'Docs', 'Requests', 'lm-eval tokens', 'ftbench tokens', 'ftbench / lm-eval', 'lm-eval passes', 'ftbench passes (prefix + continuation)'],
      report.work.map((w) => [w.label, w.data, thousands(w.docs), thousands(w.requests), thousands(w.lmEvalTokens), thousands(w.ftbenchTokens), `${fixed(w.ftbenchTokens / w.lmEvalTokens)}×`, thousands(w.lmEvalPasses), `${thousands(w.ftbenchPrefixPasses)} + ${thousands(w.ftbenchSuffixPasses)}`]),
    ),
  );
  for (const model of report.models) {
    const total = (key) => model.timing.reduce((n, row) => n + row[key], 0);
    const p2Rows = model.timing.map((r) => [r.task, r.requests, thousands(r.tokens), r.runs, fixed(r.ftbenchSeconds), fixed(r.bareSeconds), `${fixed((100 * r.bareSeconds) / r.ftbenchSeconds, 1)} %`, fixed(r.requests / r.ftbenchSeconds), fixed(r.tokens / r.ftbenchSeconds, 0)]);
    p2Rows.push(['**all**', total('requests'), thousands(total('tokens')), total('runs'), fixed(total('ftbenchSeconds')), fixed(total('bareSeconds')), `**${fixed((100 * total('bareSeconds')) / total('ftbenchSeconds'), 1)} %**`, fixed(total('requests') / total('ftbenchSeconds')), fixed(total('tokens') / total('ftbenchSeconds'), 0)]);
    parts.push(
      `### ${model.label}`,
      `**P2 overhead**: ftbench end to end vs the bare onnxruntime replay of its own runs (best of ${report.settings.REPEATS} each, alternating, after a warm-up run)`,
      table(['Task', 'Requests', 'Tokens forwarded', 'Runs', 'ftbench s', 'bare ORT s', 'bare / ftbench', 'ftbench req/s', 'ftbench tok/s'], p2Rows),
      '**vs naive** (one full forward pass per option, full logits to JavaScript)',
      table(
        ['Task', 'Naive s', 'Naive tokens', 'ftbench s', 'Speed-up', 'max |Δ log-likelihood|'],
        [
          ...model.timing.map((r) => [r.task, fixed(r.naiveSeconds), thousands(r.naiveTokens), fixed(r.ftbenchSeconds), `${fixed(r.naiveSeconds / r.ftbenchSeconds, 1)}×`, r.maxDifference.toExponential(1)]),
          ['**all**', fixed(total('naiveSeconds')), thousands(total('naiveTokens')), fixed(total('ftbenchSeconds')), `**${fixed(total('naiveSeconds') / total('ftbenchSeconds'), 1)}×**`, Math.max(...model.timing.map((r) => r.maxDifference)).toExponential(1)],
        ],
      ),
      `**P3 memory** (batch size ${report.settings.MEMORY_BATCH_SIZE}, prefix reuse on, ${report.settings.MEMORY_DOCS} document per task, one process each)`,
      table(
        ['Scoring', 'Peak RSS MB', 'RSS after load MB', 'Peak − loaded MB', 'Score bytes to host, max per run', 'Score bytes to host, mean per run', 'Cache bytes to host, mean per run', 'Scoring s'],
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
  return parts.join('\n\n');
}

await main();
