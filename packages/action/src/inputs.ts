/**
 * The action's inputs (action.yml), read through a getter so tests need no environment:
 * `core.getInput` in the action, a map in tests. Defaults live in action.yml; here every
 * value is checked and turned into its type, and a bad one names the input and what it allows.
 */
import { FtbenchError } from '@ftbench/core';

export interface ActionInputs {
  model: string;
  baselineModel: string | null;
  config: string;
  /** Overrides the config's task list when set. */
  tasks: string[] | null;
  device: string;
  batchSize: number | 'auto';
  dataDir: string | null;
  githubToken: string;
  comment: boolean;
  failOnRegression: boolean;
  /** Checkpoint scoring and carry the checkpoint across attempts of the job. */
  resume: boolean;
}

export type InputGetter = (name: string) => string;

const DEVICE_PATTERN = /^(cpu|cuda(:\d+)?)$/;

function parseBoolean(name: string, raw: string): boolean {
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  throw new FtbenchError(`input ${name} must be true or false, got "${raw}"`);
}

function parseBatchSize(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new FtbenchError(`input batch-size must be a whole number ≥ 1 or "auto", got "${raw}"`);
  return n;
}

export function readInputs(get: InputGetter): ActionInputs {
  const text = (name: string) => get(name).trim();
  const optional = (name: string) => text(name) || null;
  const model = text('model');
  if (!model) throw new FtbenchError('input model is required', 'Set `model:` to the directory of the ONNX export to evaluate (model.onnx, tokenizer.json, config.json).');
  const device = text('device') || 'cpu';
  if (!DEVICE_PATTERN.test(device)) throw new FtbenchError(`input device must be cpu, cuda or cuda:N, got "${device}"`);
  const tasks = optional('tasks');
  return {
    model,
    baselineModel: optional('baseline-model'),
    config: text('config') || 'ftbench.yml',
    tasks: tasks === null ? null : tasks.split(/[,\n]/).map((task) => task.trim()).filter(Boolean),
    device,
    batchSize: parseBatchSize(text('batch-size') || 'auto'),
    dataDir: optional('data-dir'),
    githubToken: text('github-token'),
    comment: parseBoolean('comment', text('comment') || 'true'),
    failOnRegression: parseBoolean('fail-on-regression', text('fail-on-regression') || 'true'),
    resume: parseBoolean('resume', text('resume') || 'true'),
  };
}
