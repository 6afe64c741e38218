/**
 * The action's inputs (action.yml), read through a getter so tests need no environment:
 * `core.getInput` in the action, a map in tests. Defaults live in action.yml only (the runner
 * passes them); here every value is checked and turned into its type, and a bad one names the
 * input and what it allows.
 */
import { FtbenchError, parseBooleanText, parseDevice, parseShardSpec, splitList, type ShardSpec } from '@ftbench/core';
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
}

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
  };
}
