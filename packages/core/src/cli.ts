#!/usr/bin/env node
/**
 * `ftbench` command line: eval, tasks, fetch-data, demo. Reads arguments, calls the library, prints tables.
 * User mistakes (FtbenchError) print a message and a hint and exit 2; anything else is a bug.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkpointCacheDir, HubSource, parseRevisionPins, prefetchTasks } from './data/hub/index.js';
import { runDemo } from './demo.js';
import { FtbenchError } from './errors.js';
import { simpleEvaluate, type EvaluateOptions } from './evaluator.js';
import { renderResultsTable } from './render-table.js';
import type { EvalResults } from './schema.js';
import { loadTaskRegistry } from './tasks/registry.js';
import { FTBENCH_VERSION } from './version.js';

const USAGE = `ftbench ${FTBENCH_VERSION}: score ONNX causal LMs like lm-evaluation-harness

Usage:
  ftbench eval --model DIR --tasks LIST [options]
  ftbench tasks                 list tasks and groups
  ftbench fetch-data --tasks LIST [--dataset-revision KEY=REV] [--refresh]
                                download the tasks' datasets into the cache (for offline runners)
  ftbench demo [--output FILE]  build a small model and score the bundled demo suite (no GPU, no network)

eval options:
  --model DIR            optimum export: model.onnx (+ external data), tokenizer.json, config.json
  --tasks LIST           comma-separated tasks/groups (mmlu, hellaswag, arc_easy, ...) and suite:path/to/suite.jsonl
  --num-fewshot N        few-shot examples per prompt (default: each task's own)
  --batch-size N|auto    rows per forward pass (default 1; auto fills a 1 GiB logits budget)
  --device cpu|cuda[:N]  execution provider (default cpu; cuda never falls back to cpu)
  --limit N              only the first N documents of each task
  --data-dir DIR         read the original public releases from DIR instead of the Hugging Face Hub
  --dataset-revision KEY=REV  Hub revision (branch, tag, commit) per task or dataset, e.g. cais/mmlu=<sha>; repeatable
  --resume               skip the requests an interrupted run already scored (same model, same tasks)
  --checkpoint-dir DIR   where scored requests are checkpointed (default $FTBENCH_CACHE_DIR/checkpoints)
  --output FILE          write results JSON (schema v1)
  --log-samples          keep per-document records in the results
  --max-length N         override the model's maximum sequence length
  --add-bos-token BOOL   override tokenizer_config.json's add_bos_token
  --fewshot-seed N       few-shot sampling seed (default 1234, as lm-eval)
`;

function parseInteger(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new FtbenchError(`${flag} must be an integer >= ${min}, got "${value}"`);
  return n;
}

function parseBoolean(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (!['true', 'false'].includes(value)) throw new FtbenchError(`${flag} must be true or false, got "${value}"`);
  return value === 'true';
}

function writeResults(results: EvalResults, output: string | undefined): void {
  process.stdout.write(`${renderResultsTable(results)}\n`);
  const t = results.timings;
  const resumed = t.resumedRequests ? ` (${t.resumedRequests} from the checkpoint)` : '';
  process.stdout.write(`\n${t.requests} requests${resumed}, ${t.forwardPasses} forward rows, ${t.tokensForwarded} tokens in ${t.totalSeconds.toFixed(1)}s on ${results.config.device}\n`);
  if (output) {
    mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`results written to ${output}\n`);
  }
}

async function evalCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      model: { type: 'string' },
      tasks: { type: 'string' },
      'num-fewshot': { type: 'string' },
      'batch-size': { type: 'string' },
      device: { type: 'string' },
      limit: { type: 'string' },
      'data-dir': { type: 'string' },
      output: { type: 'string' },
      'log-samples': { type: 'boolean' },
      'max-length': { type: 'string' },
      'add-bos-token': { type: 'string' },
      'fewshot-seed': { type: 'string' },
      'dataset-revision': { type: 'string', multiple: true },
      resume: { type: 'boolean' },
      'checkpoint-dir': { type: 'string' },
    },
  });
  if (!values.model) throw new FtbenchError('--model is required', 'Pass the directory of an ONNX export: --model path/to/model');
  if (!values.tasks) throw new FtbenchError('--tasks is required', 'e.g. --tasks mmlu,hellaswag,suite:my-suite.jsonl (ftbench tasks lists them)');
  const batchSize = values['batch-size'] === 'auto' ? 'auto' : parseInteger(values['batch-size'], '--batch-size', 1);
  const options: EvaluateOptions = {
    model: values.model,
    tasks: values.tasks.split(',').map((t) => t.trim()).filter(Boolean),
    numFewshot: parseInteger(values['num-fewshot'], '--num-fewshot', 0),
    batchSize,
    device: values.device,
    limit: parseInteger(values.limit, '--limit', 1),
    dataDir: values['data-dir'],
    datasetRevisions: parseRevisionPins(values['dataset-revision'] ?? []),
    checkpointDir: values['checkpoint-dir'] ?? checkpointCacheDir(),
    resume: values.resume,
    logSamples: values['log-samples'],
    maxLength: parseInteger(values['max-length'], '--max-length', 1),
    addBosToken: parseBoolean(values['add-bos-token'], '--add-bos-token'),
    fewshotSeed: parseInteger(values['fewshot-seed'], '--fewshot-seed', 0),
  };
  writeResults(await simpleEvaluate(options), values.output);
}

async function fetchDataCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { tasks: { type: 'string' }, 'dataset-revision': { type: 'string', multiple: true }, refresh: { type: 'boolean' } },
  });
  if (!values.tasks) throw new FtbenchError('--tasks is required', 'e.g. ftbench fetch-data --tasks mmlu,hellaswag,arc_easy');
  const source = new HubSource({ refresh: values.refresh });
  const tasks = values.tasks.split(',').map((t) => t.trim()).filter(Boolean);
  const fetched = await prefetchTasks(tasks, source, parseRevisionPins(values['dataset-revision'] ?? []));
  for (const f of fetched) process.stdout.write(`${f.dataset} ${f.config} ${f.split} @ ${f.sha}: ${f.files.join(', ')}\n`);
  process.stdout.write(`${fetched.length} splits cached in ${source.client.settings.cacheDir}\n`);
}

async function tasksCommand(): Promise<void> {
  const registry = await loadTaskRegistry();
  for (const line of registry.list()) process.stdout.write(`${line}\n`);
}

async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, strict: true, options: { output: { type: 'string' }, workdir: { type: 'string' } } });
  writeResults(await runDemo({ workdir: values.workdir }), values.output);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'eval':
        await evalCommand(rest);
        return 0;
      case 'tasks':
        await tasksCommand();
        return 0;
      case 'fetch-data':
        await fetchDataCommand(rest);
        return 0;
      case 'demo':
        await demoCommand(rest);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      case '--version':
        process.stdout.write(`${FTBENCH_VERSION}\n`);
        return 0;
      default:
        throw new FtbenchError(`unknown command "${command}"`, 'Commands: eval, tasks, fetch-data, demo (ftbench --help).');
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (err instanceof FtbenchError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`ftbench: error: ${(err as Error).message}\n`);
      if (err instanceof FtbenchError && err.hint) process.stderr.write(`  ${err.hint}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
