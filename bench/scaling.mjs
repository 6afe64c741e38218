// @ts-check
/**
 * Scaling: what splitting one evaluation buys on this machine, and what it cannot split.
 * - fixed per job: starting ftbench, loading the model, reading the datasets and building every prompt
 *   of the full general-ability set (every shard builds all of them, so that no split changes a
 *   few-shot draw), and tokenizing every document to plan the shards (shard/plan.ts);
 * - one evaluation with --workers 1 and --workers 2, wall time of the whole command.
 * `node bench/scaling.mjs` alone, or as part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxCausalLM } from '@ftbench/core';
import { documentWeight, prepareTasks, tokenizeRequests } from '@ftbench/core/engine';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(benchDir, '../../shared');
const cli = path.resolve(benchDir, '../packages/core/dist/cli.js');
const model = path.join(sharedDir, 'models/tiny-gpt2-with-past');
const dataDir = path.join(sharedDir, 'datasets');

/** The general-ability set as far as ../shared has it (no HellaSwag release there), at the Open LLM Leaderboard's shot counts. */
const FULL_SET = { tasks: ['mmlu', 'arc_challenge', 'winogrande', 'truthfulqa_mc2'], numFewshot: { mmlu: 5, arc_challenge: 25, winogrande: 5 } };
/** The workload timed with 1 and 2 workers. */
const TIMED = [
  '--data-dir',
  dataDir,
  '--tasks',
  'arc_challenge,winogrande',
  '--num-fewshot',
  'arc_challenge=25,winogrande=5',
  '--limit',
  '40',
  '--batch-size',
  '4',
];

/** @param {number} since */
const seconds = (since) => (performance.now() - since) / 1000;

/** @param {string[]} args */
function timeCommand(args) {
  const started = performance.now();
  execFileSync(process.execPath, [cli, ...args], {
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, FTBENCH_CACHE_DIR: path.join(benchDir, 'results', 'scaling-cache') },
  });
  return seconds(started);
}

/** @param {(line: string) => void} [log] */
export async function measureScaling(log = () => {}) {
  if (!existsSync(model) || !existsSync(dataDir)) return { skipped: `../shared/models/tiny-gpt2-with-past or ../shared/datasets not found at ${sharedDir}` };
  log('scaling: fixed costs');
  const startup = Math.min(...[0, 1, 2].map(() => timeCommand(['--version'])));
  let started = performance.now();
  const loaded = await OnnxCausalLM.load(model);
  const modelLoad = seconds(started);
  log(`scaling: model loaded in ${modelLoad.toFixed(2)} s`);
  started = performance.now();
  const { prepared } = await prepareTasks({ ...FULL_SET, dataDir, onWarning: () => {} });
  const prompts = seconds(started);
  log(`scaling: prompts built in ${prompts.toFixed(2)} s`);
  started = performance.now();
  let weight = 0;
  for (const p of prepared) for (const doc of p.docs) weight += documentWeight(doc, p.generate, loaded.record.maxLength);
  const planning = seconds(started);
  log(`scaling: shards planned in ${planning.toFixed(2)} s`);
  // What planning by tokens would cost every shard: tokenizing every request (here the ARC-Challenge share, then scaled by characters).
  started = performance.now();
  const arc = prepared.find((p) => p.task.name === 'arc_challenge');
  if (!arc) throw new Error('the full set has no arc_challenge');
  for (const doc of arc.docs) tokenizeRequests(loaded.tokenizer, doc.requests);
  const arcWeight = arc.docs.reduce((n, doc) => n + documentWeight(doc, undefined, 1e9), 0);
  const tokenizing = (seconds(started) * weight) / arcWeight;
  log(`scaling: tokenizing everything would take about ${tokenizing.toFixed(0)} s`);
  await loaded.dispose();
  const docs = prepared.reduce((n, p) => n + p.docs.length, 0);
  log('scaling: --workers 1 and 2');
  timeCommand(['eval', '--model', model, ...TIMED]); // warm-up: graph caches, file caches
  const workers = [1, 2].map((n) => ({
    workers: n,
    seconds: Math.min(
      ...[0, 1].map(() =>
        timeCommand([
          'eval',
          '--model',
          model,
          ...TIMED,
          '--workers',
          String(n),
          '--checkpoint-dir',
          path.join(benchDir, 'results', `scaling-ckpt-${n}-${Date.now()}`),
        ]),
      ),
    ),
  }));
  log(`scaling: workers ${JSON.stringify(workers)}`);
  return {
    fixed: { startup, modelLoad, prompts, planning, tokenizing, docs, weight, tasks: prepared.length },
    workers,
    timed: TIMED.join(' ').replace(dataDir, '../shared/datasets'),
  };
}

export function renderScaling(scaling, fixed) {
  if (scaling.skipped) return `### Scaling\n\nSkipped: ${scaling.skipped}.`;
  const f = scaling.fixed;
  const one = scaling.workers[0].seconds;
  const table = (rows) => rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
  return [
    '### Scaling (sharding and workers)',
    `Fixed per job, which every shard pays (tiny-gpt2-with-past; ${f.tasks} tasks, ${f.docs.toLocaleString('en-US')} documents, ${f.weight.toLocaleString('en-US')} characters forwarded):`,
    table([
      ['Cost', 'Seconds'],
      ['---', '---'],
      ['start ftbench (node, imports)', fixed(f.startup)],
      ['load the model (26 MB export)', fixed(f.modelLoad)],
      ['read the datasets and build every prompt of the full set', fixed(f.prompts)],
      ['plan the shards (characters)', fixed(f.planning)],
      ['(planning by tokens instead: tokenize every request, estimated from ARC-Challenge)', fixed(f.tokenizing)],
    ]),
    `Workers (\`ftbench eval ${scaling.timed}\`, the whole command, best of 2):`,
    table([
      ['Workers', 'Wall s', 'Speed-up'],
      ['---', '---', '---'],
      ...scaling.workers.map((w) => [w.workers, fixed(w.seconds), `${fixed(one / w.seconds)}×`]),
    ]),
  ].join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scaling = await measureScaling((m) => process.stderr.write(`[bench] ${m}\n`));
  console.log(renderScaling(scaling, (x) => x.toFixed(2)));
  console.log(JSON.stringify(scaling));
}
