/**
 * The action's inputs (action.yml), read through a getter so tests need no environment:
 * `core.getInput` in the action, a map in tests. Defaults live in action.yml only (the runner
 * passes them); here every value is checked and turned into its type, and a bad one names the
 * input and what it allows.
 */
import { FtbenchError, parseBooleanText, parseDevice, parseShardSpec, splitList, type EvaluateOptions, type ShardSpec, type TaskResult } from '@ftbench/core';
import { Inputs } from './constants.js';

export interface ActionInputs {
  model: string;
  baselineModel: string | null;
  config: string;
  /** Overrides the config's task list when set. */
  tasks: string[] | null;
  /** cpu, cuda or cuda:N, as core's parseDevice reads it. */
  device: string;
  batchSize: number | 'auto';
  dataDir: string | null;
  githubToken: string;
  comment: boolean;
  failOnRegression: boolean;
  /** Checkpoint scoring and carry the checkpoint across attempts of the job. */
  resume: boolean;
  /** A matrix leg: score this shard only and write its files for the merge job; no comparison, gate or comment. */
  shard: ShardSpec | null;
  /** The merge job: the folder holding every leg's shard files; the comparison, gates and comment happen here. */
  merge: string | null;
  /** MT-Bench's judge and answer sampling, as core's evaluate() takes them; only the inputs given (core refuses them without mt_bench). */
  mtBench: MtBenchInputs;
}

/** The judge inputs: never the API key itself, only the name of the environment variable the workflow puts it in. */
export type MtBenchInputs = Pick<EvaluateOptions, 'judgeUrl' | 'judgeModel' | 'judgeApiKeyEnv' | 'judgeModelDir' | 'mtBenchTemperature'>;

export type InputGetter = (name: string) => string;

function parseBoolean(name: string, raw: string): boolean {
  const value = parseBooleanText(raw);
  if (value === undefined) throw new FtbenchError(`input ${name} must be true or false, got "${raw}"`);
  return value;
}

function parseBatchSize(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new FtbenchError(`input batch-size must be a whole number ≥ 1 or "auto", got "${raw}"`);
  return n;
}

/** An environment variable's name: a key pasted into the input by mistake must not be used (or echoed) as a name. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type TemperatureMode = NonNullable<TaskResult['mtBench']>['temperature'];

/**
 * The modes results record. Checked here rather than by core's parser, which sits beside the judges: this module is
 * read before onnxruntime-node is installed, and must not load it.
 */
const TEMPERATURE_MODES: readonly TemperatureMode[] = ['greedy', 'fastchat'];

function temperatureMode(raw: string): TemperatureMode {
  const mode = TEMPERATURE_MODES.find((candidate) => candidate === raw);
  if (mode === undefined) {
    throw new FtbenchError(
      `input mt-bench-temperature must be greedy or fastchat, got "${raw}"`,
      "greedy decodes every answer greedily; fastchat samples at FastChat's per-category temperatures.",
    );
  }
  return mode;
}

function readMtBenchInputs(optional: (name: string) => string | null): MtBenchInputs {
  const keyEnv = optional(Inputs.JudgeApiKeyEnv);
  if (keyEnv !== null && !ENV_NAME.test(keyEnv)) {
    // The value may be the secret itself: it is not repeated.
    throw new FtbenchError(
      'input judge-api-key-env must name an environment variable (letters, digits, _), not hold the key',
      "Put the key in the step's env from a secret (env: OPENAI_API_KEY, set from secrets.OPENAI_API_KEY) and set judge-api-key-env: OPENAI_API_KEY.",
    );
  }
  const temperature = optional(Inputs.MtBenchTemperature);
  const inputs: MtBenchInputs = {
    judgeUrl: optional(Inputs.JudgeUrl) ?? undefined,
    judgeModel: optional(Inputs.JudgeModel) ?? undefined,
    judgeApiKeyEnv: keyEnv ?? undefined,
    judgeModelDir: optional(Inputs.JudgeModelDir) ?? undefined,
    mtBenchTemperature: temperature === null ? undefined : temperatureMode(temperature),
  };
  return Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined));
}

function checkDevice(raw: string): string {
  try {
    parseDevice(raw);
  } catch {
    throw new FtbenchError(`input device must be cpu, cuda or cuda:N, got "${raw}"`);
  }
  return raw;
}

function parseShard(raw: string): ShardSpec | null {
  if (!raw) return null;
  try {
    return parseShardSpec(raw, 'input shard');
  } catch {
    throw new FtbenchError(
      `input shard must be I/N with 1 <= I <= N (this job scores shard I of N), got "${raw}"`,
      'e.g. shard: 2/4 for the second of four legs (in a matrix of index: [1, 2, 3, 4], shard: <matrix.index>/4).',
    );
  }
}

export function readInputs(get: InputGetter): ActionInputs {
  const text = (name: string) => get(name).trim();
  const optional = (name: string) => text(name) || null;
  const shard = parseShard(text(Inputs.Shard));
  const merge = optional(Inputs.Merge);
  if (shard !== null && merge !== null) {
    throw new FtbenchError(
      'inputs shard and merge are both set',
      'A matrix leg sets shard (it scores one shard); the job that needs: them sets merge (it compares and gates): one of them per job.',
    );
  }
  const model = text(Inputs.Model);
  // The merge job reads the candidate's results from the shards: it needs no model.
  if (!model && merge === null)
    throw new FtbenchError(
      'input model is required',
      'Set `model:` to the directory of the ONNX export to evaluate (model.onnx, tokenizer.json, config.json).',
    );
  const config = text(Inputs.Config);
  if (!config) throw new FtbenchError('input config is empty', 'Set it to the path of the config file, or leave it out for ftbench.yml.');
  const tasks = optional(Inputs.Tasks);
  return {
    model,
    baselineModel: optional(Inputs.BaselineModel),
    config,
    tasks: tasks === null ? null : splitList(tasks),
    device: checkDevice(text(Inputs.Device)),
    batchSize: parseBatchSize(text(Inputs.BatchSize)),
    dataDir: optional(Inputs.DataDir),
    githubToken: text(Inputs.GithubToken),
    comment: parseBoolean(Inputs.Comment, text(Inputs.Comment)),
    failOnRegression: parseBoolean(Inputs.FailOnRegression, text(Inputs.FailOnRegression)),
    resume: parseBoolean(Inputs.Resume, text(Inputs.Resume)),
    shard,
    merge,
    mtBench: readMtBenchInputs(optional),
  };
}
