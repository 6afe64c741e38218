#!/usr/bin/env node
/**
 * `ftbench` command line: eval, merge, tasks, show-prompt, fetch-data, compare, check, demo. Reads arguments, calls the library, prints tables.
 * User mistakes (FtbenchError, and file-system failures such as a read-only folder) print one
 * `ftbench: error:` line and a hint and exit 2; anything else is a bug and keeps its stack.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkpointCacheDir, ftbenchCacheDir } from './cache-dir.js';
import { HubSource, parseRevisionPins, prefetchTasks } from './data/hub/index.js';
import { demoFineTuneRecipe, runDemo, runLoopDemo } from './demo.js';
import { resolveChatSettings, type ChatOptions } from './chat-settings.js';
import { FtbenchError } from './errors.js';
import { evaluate, prepareTasks, type EvaluateOptions } from './evaluator.js';
import { lmEvalDateId, planOutput, writeLmEvalOutput } from './lm-eval-format/output.js';
import { DEFAULT_JUDGE_MODEL, MT_BENCH_CATALOG_ENTRY, parseTemperatureMode, type MtBenchOptions } from './mt-bench/options.js';
import { MT_BENCH_TASK } from './mt-bench/data.js';
import { currentEnvironment } from './lm-eval-format/results.js';
import { assertWritableDir, assertWritableFile, fileSystemReason, isUnwritablePathError } from './fs-errors.js';
import { parseBooleanText, splitList } from './text-values.js';
import { renderResultsTable } from './render-table.js';
import { renderTaskCatalog } from './render-tasks.js';
import type { EvalResults } from './schema.js';
import { parseFewshotSetting } from './tasks/fewshot-setting.js';
import { parseResults } from './results-reader.js';
import { mergeShards } from './shard/merge.js';
import { evaluateOnWorkers, workerDevices } from './shard/workers.js';
import { parseShardSpec } from './shard/plan.js';
import { loadTaskRegistry } from './tasks/registry.js';
import { FTBENCH_VERSION } from './version.js';

interface FlagSpec {
  type: 'string' | 'boolean';
  /** Repeatable; every other flag may be given once. */
  multiple?: boolean;
  /** A string flag whose value may be left out (`--apply-chat-template` or `--apply-chat-template NAME`): then it is true. */
  optionalValue?: boolean;
  /** Placeholder in the help, e.g. DIR. */
  value?: string;
  description: string;
}

interface CommandSpec {
  usage: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  /** The command takes files as arguments (compare); every other command takes none. */
  takesFiles?: boolean;
}

const CHAT_FLAGS: Record<string, FlagSpec> = {
  'apply-chat-template': {
    type: 'string',
    optionalValue: true,
    value: '[NAME]',
    description:
      "render every prompt with the model's chat template (chat_template.jinja or tokenizer_config.json; NAME picks one of several), as lm-eval's --apply_chat_template",
  },
  'system-instruction': {
    type: 'string',
    value: 'TEXT',
    description: "a system message before each task's description (plain text in front of the prompt without a chat template)",
  },
  'fewshot-as-multiturn': {
    type: 'string',
    optionalValue: true,
    value: '[true|false]',
    description: 'few-shot examples as user/assistant turns (default true with --apply-chat-template; false puts shots and question in one user message)',
  },
};

/** MT-Bench's judge and answers (--tasks mt_bench). */
const MT_BENCH_FLAGS: Record<string, FlagSpec> = {
  'judge-url': {
    type: 'string',
    value: 'URL',
    description: 'mt_bench: the judge, an OpenAI-compatible chat completions API (e.g. https://api.openai.com/v1, or a local vLLM server)',
  },
  'judge-model': { type: 'string', value: 'NAME', description: `mt_bench: the judge model's name (default ${DEFAULT_JUDGE_MODEL}, as FastChat)` },
  'judge-api-key-env': {
    type: 'string',
    value: 'NAME',
    description: 'mt_bench: the environment variable holding the judge API key (default OPENAI_API_KEY); the key is never printed or written',
  },
  'judge-model-dir': { type: 'string', value: 'DIR', description: 'mt_bench: run this ONNX instruct model as the judge, on --device, instead of an API' },
  'judge-concurrency': { type: 'string', value: 'N', description: 'mt_bench: API judge requests in flight at most (default 8)' },
  'judge-cache-dir': { type: 'string', value: 'DIR', description: 'mt_bench: where judgments are cached (default $FTBENCH_CACHE_DIR/judgments)' },
  'mt-bench-temperature': {
    type: 'string',
    value: 'greedy|fastchat',
    description: "mt_bench: greedy answers (default, steadier PR gates) or FastChat's per-category temperatures (writing/roleplay 0.7, stem/humanities 0.1)",
  },
  'mt-bench-seed': { type: 'string', value: 'N', description: 'mt_bench: the sampling seed with --mt-bench-temperature fastchat (default 0)' },
};

const COMMANDS: Record<string, CommandSpec> = {
  eval: {
    usage: 'ftbench eval --model DIR --tasks LIST [options]',
    summary: 'score an ONNX model on tasks and suites',
    flags: {
      model: {
        type: 'string',
        value: 'DIR',
        description: 'optimum export: model.onnx (+ external data), tokenizer.json, config.json (or the path of its model.onnx)',
      },
      tasks: {
        type: 'string',
        value: 'LIST',
        description: 'comma-separated tasks/groups (mmlu, hellaswag, arc_easy, ...), mt_bench (judged; see --judge-url) and suite:path/to/suite.jsonl',
      },
      'num-fewshot': {
        type: 'string',
        value: 'N|NAME=N,...',
        description:
          "few-shot examples per prompt, for every task or per task/group/suite (mmlu=5,arc_challenge=25); default: each task's own. TruthfulQA stays 0-shot, as in lm-eval",
      },
      'batch-size': {
        type: 'string',
        value: 'N|auto',
        description:
          'rows per forward pass (default 1); auto: as many (up to 64) as an estimate of a pass keeps under half the free host memory at load, on cuda too',
      },
      device: {
        type: 'string',
        value: 'cpu|cuda[:N][,...]',
        description: 'execution provider (default cpu; cuda never falls back to cpu); a list (cuda:0,cuda:1) runs one worker per device',
      },
      workers: {
        type: 'string',
        value: 'N',
        description: 'score with N sessions side by side (child processes on --device), the batches split among them; results identical to one',
      },
      limit: { type: 'string', value: 'N', description: 'only the first N documents of each task' },
      'data-dir': { type: 'string', value: 'DIR', description: 'read the original public releases from DIR instead of the Hugging Face Hub' },
      'dataset-revision': {
        type: 'string',
        multiple: true,
        value: 'KEY=REV',
        description: 'Hub revision (branch, tag, commit) per task or dataset, e.g. cais/mmlu=<sha>; repeatable',
      },
      resume: { type: 'boolean', description: 'skip the requests an interrupted run already scored (same model, same tasks)' },
      'checkpoint-dir': { type: 'string', value: 'DIR', description: 'where scored requests are checkpointed (default $FTBENCH_CACHE_DIR/checkpoints)' },
      output: { type: 'string', value: 'FILE', description: 'write results JSON (schema v1); checked before scoring starts' },
      'output-path': {
        type: 'string',
        value: 'DIR',
        description:
          "as lm-eval's --output_path: DIR/<model>/results_<date>.json in lm-eval's shape, with ftbench's results_<date>.ftbench.json beside it (a path ending in .json names the file stem instead)",
      },
      'log-samples': {
        type: 'boolean',
        description:
          "keep per-document records in the results, and write samples_<task>_<date>.jsonl (lm-eval's format: doc, prompts, responses, hashes, metrics) beside --output-path or --output",
      },
      'max-length': { type: 'string', value: 'N', description: "override the model's maximum sequence length" },
      'add-bos-token': { type: 'string', value: 'true|false', description: "override tokenizer_config.json's add_bos_token" },
      'fewshot-seed': { type: 'string', value: 'N', description: 'few-shot sampling seed (default 1234, as lm-eval)' },
      ...CHAT_FLAGS,
      ...MT_BENCH_FLAGS,
      name: { type: 'string', value: 'LABEL', description: 'a label stored in the results (e.g. r8-ep2): how ftbench compare names this model' },
      shard: {
        type: 'string',
        value: 'I/N',
        description:
          'score shard I of N (whole scoring chunks, balanced by the characters they forward) into a shard results file for ftbench merge; needs --output',
      },
    },
  },
  merge: {
    usage: 'ftbench merge SHARD.json... --output FILE',
    summary: 'merge the shard results of one run (ftbench eval --shard I/N) into its whole results',
    takesFiles: true,
    flags: {
      output: { type: 'string', value: 'FILE', description: 'write the merged results JSON (schema v1)' },
    },
  },
  'show-prompt': {
    usage: 'ftbench show-prompt --task NAME --doc N [options]',
    summary: "print a document's exact prompt and continuations, without a model (lm-eval's --write_out)",
    flags: {
      task: { type: 'string', value: 'NAME', description: 'one task (arc_easy, mmlu_anatomy, ...) or suite:path/to/suite.jsonl' },
      doc: { type: 'string', value: 'N', description: 'the document: its 0-based position in the evaluation split' },
      preset: {
        type: 'string',
        value: 'NAME',
        description: "the task as a preset runs it (openllm: its shot count and fewshot_split, which change HellaSwag's and Winogrande's draws)",
      },
      'num-fewshot': { type: 'string', value: 'N', description: "few-shot examples (default: the task's own; TruthfulQA stays 0-shot, as in lm-eval)" },
      'fewshot-seed': { type: 'string', value: 'N', description: 'few-shot sampling seed (default 1234, as lm-eval)' },
      'data-dir': { type: 'string', value: 'DIR', description: 'read the original public releases from DIR instead of the Hugging Face Hub' },
      'dataset-revision': { type: 'string', multiple: true, value: 'KEY=REV', description: 'Hub revision per task or dataset; repeatable' },
      json: { type: 'boolean', description: 'print the requests as JSON: [{context, continuation}, ...]' },
      model: { type: 'string', value: 'DIR', description: 'the model whose chat template --apply-chat-template applies' },
      ...CHAT_FLAGS,
    },
  },
  tasks: {
    usage: 'ftbench tasks [--json]',
    summary: 'list tasks, groups, tags and presets: description, default few-shot, metrics, dataset and split, members',
    flags: { json: { type: 'boolean', description: 'print the list as JSON, for tools' } },
  },
  'fetch-data': {
    usage: 'ftbench fetch-data --tasks LIST [options]',
    summary: "download the tasks' datasets into the cache (for offline runners)",
    flags: {
      tasks: { type: 'string', value: 'LIST', description: 'comma-separated tasks and groups whose datasets to download' },
      'dataset-revision': { type: 'string', multiple: true, value: 'KEY=REV', description: 'Hub revision per task or dataset; repeatable' },
      refresh: { type: 'boolean', description: 'resolve branch names again instead of the commits the cache remembers' },
    },
  },
  compare: {
    usage: 'ftbench compare BASE.json VARIANT.json... [options]',
    summary: 'compare fine-tuned variants with a baseline: table, trade-off, stop advice',
    takesFiles: true,
    flags: {
      config: { type: 'string', value: 'FILE', description: 'ftbench.yml: target tasks (target/min), drop limits (max-drop) and the stop: section' },
      categories: { type: 'boolean', description: 'add a column per suite category' },
      markdown: { type: 'string', value: 'FILE', description: 'also write the report as Markdown (with a Mermaid chart)' },
      json: { type: 'string', value: 'FILE', description: 'also write the table, trade-off and advice as JSON' },
      svg: { type: 'string', value: 'FILE', description: 'also write the trade-off chart as SVG' },
    },
  },
  check: {
    usage: 'ftbench check --baseline FILE --candidate FILE [--config FILE] [options]',
    summary: 'the PR check without GitHub: print the comment the action would post; exit 1 when a gate fails',
    flags: {
      baseline: { type: 'string', value: 'FILE', description: "the baseline's results (ftbench eval --output, with --log-samples)" },
      candidate: { type: 'string', value: 'FILE', description: "the candidate's results" },
      config: { type: 'string', value: 'FILE', description: 'ftbench.yml with the gates (without it, no gate is checked)' },
      markdown: { type: 'string', value: 'FILE', description: 'also write the comment to FILE' },
    },
  },
  demo: {
    usage: 'ftbench demo [options]',
    summary: 'the fine-tuning loop on small built models: a PR check and a comparison of three variants (no GPU, no network)',
    flags: {
      'eval-only': { type: 'boolean', description: 'only score one model on the bundled demo suites and print its table' },
      output: { type: 'string', value: 'FILE', description: 'with --eval-only: write results JSON (schema v1)' },
      workdir: { type: 'string', value: 'DIR', description: 'where the demo models and results are written (default $TMPDIR/ftbench-demo)' },
    },
  },
};

const HELP_FLAG: FlagSpec = { type: 'boolean', description: 'show this help' };

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  const commands = Object.entries(COMMANDS).map(([name, spec]) => `  ${`ftbench ${name}`.padEnd(width + 8)}${spec.summary}`);
  return `ftbench ${FTBENCH_VERSION}: score ONNX causal LMs like lm-evaluation-harness

Usage:
${commands.join('\n')}

ftbench <command> --help lists that command's options.
`;
}

function commandHelp(name: string): string {
  const spec = COMMANDS[name];
  const flags = Object.entries({ ...spec.flags, help: HELP_FLAG }).map(([flag, f]) => [
    `${flag === 'help' ? '-h, ' : ''}--${flag}${f.value ? ` ${f.value}` : ''}`,
    f.description,
  ]);
  const width = Math.max(...flags.map(([left]) => left.length)) + 2;
  return `Usage: ${spec.usage}\n\n${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.\n\nOptions:\n${flags.map(([left, text]) => `  ${left.padEnd(width)}${text}`).join('\n')}\n`;
}

type FlagValues = Record<string, string | boolean | string[] | undefined>;

/**
 * A command's flags, with every mistake as a message that names the flag: unknown flags, missing
 * values (also `--model --tasks x`, where parseArgs would take "--tasks" as the model), a flag given
 * twice (the last would silently win), values on switches, stray arguments. `help` when -h/--help is given.
 */
function parseCommandArgs(command: string, args: string[]): { help: true } | { help: false; values: FlagValues; files: string[] } {
  const spec = COMMANDS[command];
  const flags: Record<string, FlagSpec> = { ...spec.flags, help: HELP_FLAG };
  // A flag with an optional value is a switch to parseArgs, which would otherwise take the next option as its value.
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [
      name,
      { type: f.optionalValue ? 'boolean' : f.type, multiple: f.multiple ?? false, ...(name === 'help' ? { short: 'h' } : {}) },
    ]),
  );
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true };
  const hint = `ftbench ${command} --help lists its options.`;
  const values: FlagValues = {};
  const files: string[] = [];
  let afterTerminator = false;
  const takenAsValue = new Set<number>();
  for (const [index, token] of tokens.entries()) {
    if (takenAsValue.has(index)) continue;
    if (token.kind === 'option-terminator') {
      afterTerminator = true;
      continue;
    }
    if (token.kind === 'positional') {
      if (spec.takesFiles) {
        files.push(token.value);
        continue;
      }
      throw new FtbenchError(`unexpected argument "${token.value}" for ftbench ${command}${afterTerminator ? ' after --' : ''}`, hint);
    }
    const flag = flags[token.name];
    const shown = token.rawName;
    if (!flag) throw new FtbenchError(`unknown option ${shown} for ftbench ${command}`, hint);
    if (flag.optionalValue) {
      if (values[token.name] !== undefined) throw new FtbenchError(`${shown} is given twice`, 'Give each option once.');
      const next = tokens[index + 1];
      if (token.value === undefined && next?.kind === 'positional') takenAsValue.add(index + 1);
      values[token.name] = token.value ?? (next?.kind === 'positional' ? next.value : true);
      continue;
    }
    if (flag.type === 'boolean') {
      if (token.value !== undefined) throw new FtbenchError(`${shown} takes no value (got "${token.value}")`, hint);
      if (values[token.name] !== undefined) throw new FtbenchError(`${shown} is given twice`, 'Give each option once.');
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      const next = token.value === undefined ? '' : ` (got the option ${token.value})`;
      throw new FtbenchError(`${shown} needs a value${next}`, `e.g. ${shown} ${flag.value ?? 'VALUE'}. ${hint}`);
    }
    if (flag.multiple) {
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    } else if (values[token.name] !== undefined) {
      const listHint =
        flag.value === 'LIST' ? `List them all in one ${shown}, comma-separated: ${shown} ${values[token.name]},${token.value}` : `Give ${shown} once.`;
      throw new FtbenchError(`${shown} is given twice ("${values[token.name]}" and "${token.value}"); only one would be used`, listHint);
    } else {
      values[token.name] = token.value;
    }
  }
  return { help: false, values, files };
}

/** Whole numbers only: Number() would also take "", "0x10", "1e3" and "2.0". */
function parseInteger(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new FtbenchError(`${flag} must be an integer >= ${min}, got "${value}"`);
  return n;
}

function parseBoolean(value: string | undefined, flag: string): boolean | undefined {
  if (value === undefined) return undefined;
  const parsed = parseBooleanText(value);
  if (parsed === undefined) throw new FtbenchError(`${flag} must be true or false, got "${value}"`);
  return parsed;
}

/** --model: the export's directory; the path of its model.onnx is taken as that directory. */
function modelDirectory(value: string): string {
  if (!existsSync(value) || !statSync(value).isFile()) return value; // a missing directory is explained by the loader
  if (path.basename(value) === 'model.onnx') return path.dirname(value);
  throw new FtbenchError(
    `--model ${value} is a file; --model takes the directory of an ONNX export`,
    `Pass ${path.dirname(value) || '.'} if that folder holds the export; ftbench reads model.onnx, tokenizer.json and config.json there (rename the graph to model.onnx).`,
  );
}

const OUTPUT_HINT = 'Choose another --output, or make its folder writable; nothing has been scored yet.';

function printResults(results: EvalResults): void {
  process.stdout.write(`${renderResultsTable(results)}\n`);
  const t = results.timings;
  const resumed = t.resumedRequests ? ` (${t.resumedRequests} from the checkpoint)` : '';
  const padded = t.paddedTokens !== undefined ? ` (${t.paddedTokens} with padding)` : '';
  process.stdout.write(
    `\n${t.requests} requests${resumed}, ${t.forwardPasses} forward rows, ${t.tokensForwarded} tokens${padded} in ${t.totalSeconds.toFixed(1)}s on ${results.config.device}\n`,
  );
  for (const task of Object.values(results.tasks)) {
    const m = task.mtBench;
    if (!m) continue;
    const turns = m.turns.map((turn, i) => `turn ${i + 1} ${turn.value.toFixed(2)}`).join(', ');
    process.stdout.write(
      `${task.name}: ${turns}; judged by ${m.judge}: ${m.judgeCalls} calls, ${m.judgeCacheHits} from the cache, ${m.judgePromptTokens} prompt + ${m.judgeCompletionTokens} completion tokens; ` +
        `${m.failedJudgments} judgment${m.failedJudgments === 1 ? '' : 's'} without a rating${m.judgeErrors ? ` (${m.judgeErrors} failed calls)` : ''}\n`,
    );
  }
}

/**
 * Writes the results JSON. The file was checked before scoring, but a disk can fill up or a folder
 * change meanwhile: then a copy goes to the temp folder and the message says where everything is.
 */
function saveResults(results: EvalResults, output: string, checkpointDir: string | undefined): void {
  const json = `${JSON.stringify(results, null, 2)}\n`;
  try {
    writeFileSync(output, json);
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw error;
    const rescue = path.join(tmpdir(), `ftbench-results-${process.pid}-${Date.now()}.json`);
    let rescued = true;
    try {
      writeFileSync(rescue, json);
    } catch {
      rescued = false;
    }
    const kept = [
      rescued ? `a copy of the results is in ${rescue}` : undefined,
      checkpointDir
        ? `every scored request is in the checkpoint folder ${checkpointDir}, so running the same command again with --resume rebuilds the results without scoring`
        : undefined,
    ].filter(Boolean);
    throw new FtbenchError(
      `could not write the results to ${output}: ${fileSystemReason(error)}`,
      kept.length > 0 ? `Nothing is lost: ${kept.join('; ')}.` : undefined,
    );
  }
  process.stdout.write(`results written to ${output}\n`);
}

async function evalCommand(values: FlagValues): Promise<void> {
  const model = values.model as string | undefined;
  const tasks = values.tasks as string | undefined;
  if (!model) throw new FtbenchError('--model is required', 'Pass the directory of an ONNX export: --model path/to/model');
  if (!tasks) throw new FtbenchError('--tasks is required', 'e.g. --tasks mmlu,hellaswag,suite:my-suite.jsonl (ftbench tasks lists them)');
  const batchSizeFlag = values['batch-size'] as string | undefined;
  const batchSize = batchSizeFlag === 'auto' ? 'auto' : parseInteger(batchSizeFlag, '--batch-size', 1);
  const device = values.device as string | undefined;
  const devices = workerDevices(device, parseInteger(values.workers as string | undefined, '--workers', 1));
  const checkpointDir = (values['checkpoint-dir'] as string | undefined) ?? checkpointCacheDir();
  const options: EvaluateOptions = {
    model: modelDirectory(model),
    tasks: splitList(tasks),
    numFewshot: values['num-fewshot'] === undefined ? undefined : parseFewshotSetting(values['num-fewshot'] as string),
    batchSize,
    device,
    limit: parseInteger(values.limit as string | undefined, '--limit', 1),
    dataDir: values['data-dir'] as string | undefined,
    datasetRevisions: parseRevisionPins((values['dataset-revision'] as string[] | undefined) ?? []),
    checkpointDir,
    resume: values.resume as boolean | undefined,
    logSamples: values['log-samples'] as boolean | undefined,
    maxLength: parseInteger(values['max-length'] as string | undefined, '--max-length', 1),
    addBosToken: parseBoolean(values['add-bos-token'] as string | undefined, '--add-bos-token'),
    fewshotSeed: parseInteger(values['fewshot-seed'] as string | undefined, '--fewshot-seed', 0),
    shard: values.shard === undefined ? undefined : parseShardSpec(values.shard as string),
    ...chatOptions(values),
    ...mtBenchOptions(values),
  };
  const name = values.name as string | undefined;
  if (name !== undefined && name.trim() === '') throw new FtbenchError('--name must not be empty', 'e.g. --name r8-ep2');
  if (options.shard) assertShardOutputs(values);
  if (devices.length > 1) assertWorkerOptions(values);
  if (devices.length > 1 && options.tasks.includes(MT_BENCH_TASK)) {
    throw new FtbenchError(`${MT_BENCH_TASK} runs on one device`, `Give --device one device for ${MT_BENCH_TASK}, or run it in a job of its own.`);
  }
  // Where results and checkpoints go is checked now, not after hours of scoring.
  const output = values.output as string | undefined;
  if (output) assertWritableFile(output, 'results', OUTPUT_HINT);
  const started = new Date();
  const dateId = lmEvalDateId(started);
  const plan = planOutput({
    output,
    outputPath: values['output-path'] as string | undefined,
    modelPath: options.model as string,
    logSamples: options.logSamples ?? false,
    dateId,
  });
  const outputDirs = [plan.lmEvalResults === undefined ? undefined : path.dirname(plan.lmEvalResults), plan.samplesDir];
  for (const dir of new Set(outputDirs.filter((dir) => dir !== undefined))) {
    assertWritableDir(dir, 'output folder', 'Choose another --output-path, or make that folder writable; nothing has been scored yet.');
  }
  assertWritableDir(
    checkpointDir,
    'checkpoint folder',
    values['checkpoint-dir']
      ? 'Make it writable or pass another --checkpoint-dir.'
      : 'Make it writable, set FTBENCH_CACHE_DIR to a writable folder, or pass --checkpoint-dir DIR.',
  );
  if (devices.length > 1) {
    const { device: _device, shard: _shard, ...workerOptions } = options;
    const results = await evaluateOnWorkers({ ...workerOptions, model: options.model as string }, devices);
    printResults(results);
    if (output) saveResults(results, output, checkpointDir);
    return;
  }
  const evaluation = await evaluate(options);
  const results: EvalResults = name === undefined ? evaluation.results : { ...evaluation.results, name };
  printResults(results);
  if (output) saveResults(results, output, checkpointDir);
  if (plan.ftbenchResults) saveResults(results, plan.ftbenchResults, checkpointDir);
  if (options.shard) return;
  let written: string[];
  try {
    written = writeLmEvalOutput(evaluation, plan, {
      environment: currentEnvironment(),
      startDate: started.getTime() / 1000,
      dateId,
      modelName: options.model as string,
    });
  } catch (error) {
    if (!isUnwritablePathError(error)) throw error;
    const saved = [output, plan.ftbenchResults].filter(Boolean).join(' and ');
    throw new FtbenchError(`could not write ${error.path}: ${fileSystemReason(error)}`, saved ? `The scores are saved in ${saved}.` : undefined);
  }
  for (const file of written) process.stdout.write(`written ${file}\n`);
}

/** A shard writes its ftbench results only: lm-eval's files are of whole runs (merge the shards first). */
function assertShardOutputs(values: FlagValues): void {
  if (!values.output)
    throw new FtbenchError('--shard needs --output FILE: the shard results that ftbench merge takes', 'e.g. --shard 1/4 --output shard-1.json');
  if (values['output-path'])
    throw new FtbenchError(
      "--output-path writes lm-eval's files of a whole run; a shard (--shard) writes only --output",
      'Drop --output-path; ftbench merge writes the whole results.',
    );
}

/** Workers write ftbench's results (lm-eval's files come from one session, for now), and score a whole run, not a shard. */
function assertWorkerOptions(values: FlagValues): void {
  if (values.shard)
    throw new FtbenchError(
      '--shard with several workers (--workers, or a --device list) is not supported yet',
      'Score the shard on one device, or run more matrix shards.',
    );
  if (values['output-path'])
    throw new FtbenchError(
      "--output-path (lm-eval's files) is written by one worker only, for now",
      'Drop --workers/--device list, or write ftbench results with --output.',
    );
}

async function mergeCommand(values: FlagValues, files: string[]): Promise<void> {
  const output = values.output as string | undefined;
  if (files.length === 0) throw new FtbenchError('no shard results given', 'ftbench merge shard-*.json --output results.json');
  if (!output) throw new FtbenchError('--output is required', 'e.g. ftbench merge shard-*.json --output results.json');
  assertWritableFile(output, 'results', 'Choose another --output, or make its folder writable.');
  const shards = files.map((file) => ({ file, results: parseResults(readResultsFile(file), file) }));
  const results = mergeShards(shards);
  printResults(results);
  saveResults(results, output, undefined);
}

function readResultsFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw error;
    throw new FtbenchError(`cannot read ${file}: ${fileSystemReason(error)}`);
  }
}

/** The judge and answer flags of --tasks mt_bench. */
function mtBenchOptions(values: FlagValues): MtBenchOptions {
  const temperature = values['mt-bench-temperature'] as string | undefined;
  return {
    judgeUrl: values['judge-url'] as string | undefined,
    judgeModel: values['judge-model'] as string | undefined,
    judgeApiKeyEnv: values['judge-api-key-env'] as string | undefined,
    judgeModelDir: values['judge-model-dir'] as string | undefined,
    judgeConcurrency: parseInteger(values['judge-concurrency'] as string | undefined, '--judge-concurrency', 1),
    judgeCacheDir: values['judge-cache-dir'] as string | undefined,
    mtBenchTemperature: temperature === undefined ? undefined : parseTemperatureMode(temperature),
    mtBenchSeed: parseInteger(values['mt-bench-seed'] as string | undefined, '--mt-bench-seed', 0),
  };
}

/** --apply-chat-template [NAME], --system-instruction TEXT, --fewshot-as-multiturn [true|false]. */
function chatOptions(values: FlagValues): ChatOptions {
  const multiturn = values['fewshot-as-multiturn'] as string | true | undefined;
  return {
    applyChatTemplate: values['apply-chat-template'] as string | true | undefined,
    systemInstruction: values['system-instruction'] as string | undefined,
    fewshotAsMultiturn: multiturn === true ? true : parseBoolean(multiturn, '--fewshot-as-multiturn'),
  };
}

async function showPromptCommand(values: FlagValues): Promise<void> {
  const task = values.task as string | undefined;
  if (!task) throw new FtbenchError('--task is required', 'e.g. ftbench show-prompt --task arc_easy --doc 0 (ftbench tasks lists them)');
  if (values.doc === undefined) throw new FtbenchError('--doc is required', 'Pass the 0-based position of the document in the evaluation split, e.g. --doc 0');
  const doc = parseInteger(values.doc as string, '--doc', 0) as number;
  const preset = values.preset as string | undefined;
  const { prepared: selected, warnings } = await prepareTasks({
    tasks: [preset ?? task],
    numFewshot: parseInteger(values['num-fewshot'] as string | undefined, '--num-fewshot', 0),
    fewshotSeed: parseInteger(values['fewshot-seed'] as string | undefined, '--fewshot-seed', 0),
    dataDir: values['data-dir'] as string | undefined,
    datasetRevisions: parseRevisionPins((values['dataset-revision'] as string[] | undefined) ?? []),
    // The few-shot draws of doc N depend on docs 0..N-1 (one generator per task), so those are built too.
    limit: doc + 1,
    chatSettings: resolveChatSettings(chatOptions(values), values.model === undefined ? undefined : modelDirectory(values.model as string)),
  });
  for (const warning of warnings) process.stderr.write(`ftbench: warning: ${warning}\n`);
  const prepared = preset === undefined ? selected : selected.filter((p) => p.task.name === task);
  if (preset !== undefined && prepared.length === 0) {
    throw new FtbenchError(
      `--preset ${preset} does not run ${task}`,
      `Its tasks: ${selected
        .slice(0, 8)
        .map((p) => p.task.name)
        .join(', ')}${selected.length > 8 ? ', ...' : ''}`,
    );
  }
  if (prepared.length !== 1) {
    throw new FtbenchError(
      `--task ${task} stands for ${prepared.length} tasks; show-prompt shows one`,
      `Name one of them: ${prepared
        .slice(0, 5)
        .map((p) => p.task.name)
        .join(', ')}${prepared.length > 5 ? ', ...' : ''}`,
    );
  }
  const [p] = prepared;
  const built = p.docs[doc];
  if (!built)
    throw new FtbenchError(
      `--doc ${doc} is past the end of ${p.task.name}: its ${p.dataset.split} split has ${p.docsInSplit} documents (0 to ${p.docsInSplit - 1})`,
    );
  const requests = p.generate ? [{ context: built.requests[0].context, continuation: '' }] : built.requests;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(requests, null, 2)}\n`);
    return;
  }
  const out: string[] = [`${p.task.name}, document ${doc} of ${p.docsInSplit} (${p.dataset.split} split), ${p.numFewshot}-shot, gold choice ${built.gold}`];
  const sharedContext = requests.every((r) => r.context === requests[0].context);
  if (sharedContext) out.push('===== context =====', requests[0].context);
  requests.forEach((request, i) => {
    if (!sharedContext) out.push(`===== context ${i} =====`, request.context);
    if (!p.generate) out.push(`===== continuation ${i}${i === built.gold ? ' (gold)' : ''} =====`, JSON.stringify(request.continuation));
  });
  if (p.generate) out.push(`===== generated greedily until "\\n\\n", at most ${p.generate.maxNewTokens} tokens =====`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function fetchDataCommand(values: FlagValues): Promise<void> {
  const tasks = values.tasks as string | undefined;
  if (!tasks) throw new FtbenchError('--tasks is required', 'e.g. ftbench fetch-data --tasks mmlu,hellaswag,arc_easy');
  const source = new HubSource({ refresh: values.refresh as boolean | undefined });
  const fetched = await prefetchTasks(splitList(tasks), source, parseRevisionPins((values['dataset-revision'] as string[] | undefined) ?? []));
  for (const f of fetched) process.stdout.write(`${f.dataset} ${f.config} ${f.split} @ ${f.sha}: ${f.files.join(', ')}\n`);
  process.stdout.write(`${fetched.length} splits cached in ${source.client.settings.cacheDir}\n`);
}

async function tasksCommand(values: FlagValues): Promise<void> {
  const catalog = [...(await loadTaskRegistry()).catalog(), MT_BENCH_CATALOG_ENTRY].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  process.stdout.write(values.json ? `${JSON.stringify(catalog, null, 2)}\n` : `${renderTaskCatalog(catalog)}\n`);
}

/**
 * What compare and check need besides core: ftbench.yml and the reporter, which depend on core, so
 * they live in @ftbench/action (src/loop.ts) and are loaded when used. The shape is declared here
 * because core is built before the packages that depend on it.
 */
interface LoopCommands {
  checkFiles(options: { baseline: string; candidate: string; config?: string }): Promise<{ passed: boolean; comment: string; failure: string }>;
  compareFiles(options: {
    files: readonly string[];
    config?: string;
    categories?: boolean;
  }): Promise<{ terminal: string; markdown: string; svg: string; json: unknown }>;
  markdownForTerminal(markdown: string): string;
}

async function loopCommands(): Promise<LoopCommands> {
  const specifier = '@ftbench/action/loop';
  try {
    return (await import(specifier)) as LoopCommands;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new FtbenchError(
      `ftbench compare, check and the loop demo need ${specifier}, which is not built or installed`,
      'Run npm run build at the repository root.',
    );
  }
}

/** Output files are checked before anything is read or computed. */
function outputFiles(values: FlagValues, flags: readonly string[]): Record<string, string | undefined> {
  const files = Object.fromEntries(flags.map((flag) => [flag, values[flag] as string | undefined]));
  for (const [flag, file] of Object.entries(files)) if (file) assertWritableFile(file, flag, `Choose another --${flag}, or make its folder writable.`);
  return files;
}

/** Writes an output file and says so, on stderr where stdout is the report itself (check). */
function writeOutput(file: string | undefined, text: string, say: NodeJS.WriteStream = process.stdout): void {
  if (!file) return;
  writeFileSync(file, text);
  say.write(`written to ${file}\n`);
}

async function compareCommand(values: FlagValues, files: string[]): Promise<number> {
  const out = outputFiles(values, ['markdown', 'json', 'svg']);
  const report = await (await loopCommands()).compareFiles({
    files,
    config: values.config as string | undefined,
    categories: values.categories as boolean | undefined,
  });
  process.stdout.write(report.terminal);
  writeOutput(out.markdown, report.markdown);
  writeOutput(out.json, `${JSON.stringify(report.json, null, 2)}\n`);
  writeOutput(out.svg, report.svg);
  return 0;
}

async function checkCommand(values: FlagValues): Promise<number> {
  const baseline = values.baseline as string | undefined;
  const candidate = values.candidate as string | undefined;
  if (!baseline) throw new FtbenchError('--baseline is required', 'Pass the results file of the model the PR would be compared with: --baseline base.json');
  if (!candidate) throw new FtbenchError('--candidate is required', "Pass the candidate's results file: --candidate candidate.json");
  const out = outputFiles(values, ['markdown']);
  const report = await (await loopCommands()).checkFiles({ baseline, candidate, config: values.config as string | undefined });
  process.stdout.write(report.comment);
  writeOutput(out.markdown, report.comment, process.stderr);
  if (!report.passed) process.stderr.write(`ftbench check: failed:\n${report.failure}\n`);
  return report.passed ? 0 : 1;
}

async function demoCommand(values: FlagValues): Promise<number> {
  const output = values.output as string | undefined;
  const workdir = values.workdir as string | undefined;
  if (!values['eval-only']) {
    if (output) throw new FtbenchError('--output is for ftbench demo --eval-only', 'The loop demo writes its results files into --workdir.');
    await loopDemo(workdir);
    return 0;
  }
  if (output) assertWritableFile(output, 'results', OUTPUT_HINT);
  const results = await runDemo({ workdir });
  printResults(results);
  if (output) saveResults(results, output, undefined);
  return 0;
}

/** The demo's check fails a gate on purpose: it succeeded at showing that, so it exits 0. */
async function loopDemo(workdir: string | undefined): Promise<void> {
  const loop = await loopCommands();
  const files = await runLoopDemo({ workdir });
  const candidate = files.variants[files.variants.length - 1];
  const say = (text: string) => process.stdout.write(`${text}\n`);
  say(`\n== How the models were made\n\n${demoFineTuneRecipe()}\n\nResults and the config: ${path.dirname(files.config)}`);
  say(`\n== The PR check: ftbench check --baseline ${path.basename(files.baseline)} --candidate ${path.basename(candidate)} --config ftbench.yml\n`);
  const check = await loop.checkFiles({ baseline: files.baseline, candidate, config: files.config });
  process.stdout.write(loop.markdownForTerminal(check.comment));
  say(`\n(the check ${check.passed ? 'passed' : `fails, as a PR check would: ${check.failure.split('\n').length} gate(s); the demo itself succeeded`})`);
  say(
    `\n== The variants side by side: ftbench compare ${[files.baseline, ...files.variants].map((file) => path.basename(file)).join(' ')} --config ftbench.yml\n`,
  );
  process.stdout.write((await loop.compareFiles({ files: [files.baseline, ...files.variants], config: files.config })).terminal);
}

// biome-ignore lint/suspicious/noConfusingVoidType: a command returns its exit code, or nothing for 0
const RUN: Record<string, (values: FlagValues, files: string[]) => Promise<number | void>> = {
  eval: evalCommand,
  merge: mergeCommand,
  'show-prompt': showPromptCommand,
  tasks: tasksCommand,
  'fetch-data': fetchDataCommand,
  compare: compareCommand,
  check: checkCommand,
  demo: demoCommand,
};

/** A file-system failure nobody turned into a message (e.g. a read-only dataset cache), as one. */
function fileSystemUserError(error: NodeJS.ErrnoException & { path: string }): FtbenchError {
  const cache = path.resolve(ftbenchCacheDir());
  const relative = path.relative(cache, path.resolve(error.path));
  const inCache = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  return new FtbenchError(
    `${error.syscall ?? 'access'} ${error.path} failed: ${fileSystemReason(error)}`,
    inCache ? `ftbench keeps its cache in ${cache}: make it writable, or set FTBENCH_CACHE_DIR to a writable folder.` : 'Check that path and its permissions.',
  );
}

/**
 * `ftbench eval … | head`: once the reader has gone, output is dropped quietly; the command still
 * finishes, so --output is written and the exit code says how scoring went.
 */
function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      process.stdout.write(topic !== undefined && COMMANDS[topic] ? commandHelp(topic) : usage());
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      process.stdout.write(`${FTBENCH_VERSION}\n`);
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      throw new FtbenchError(`unknown command "${command}"`, `Commands: ${Object.keys(COMMANDS).join(', ')} (ftbench --help).`);
    }
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    return (await RUN[command](parsed.values, parsed.files)) ?? 0;
  } catch (err) {
    const error = isUnwritablePathError(err) ? fileSystemUserError(err) : err;
    if (error instanceof FtbenchError) {
      process.stderr.write(`ftbench: error: ${error.message}\n`);
      if (error.hint) process.stderr.write(`  ${error.hint}\n`);
      return 2;
    }
    throw error;
  }
}

dropOutputOnClosedPipe(process.stdout);
dropOutputOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
