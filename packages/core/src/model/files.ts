import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FtbenchError } from '../errors.js';

/** model.onnx plus the external-data files optimum writes beside it (model.onnx_data, *.onnx.data, ...). */
export function modelWeightFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name === 'model.onnx' || /\.onnx_data$|\.onnx\.data$|^model\.onnx.*\.data$/.test(name));
}

export function readJsonFile(file: string, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new FtbenchError(`${what} not found: ${file}`);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new FtbenchError(`${what} is not valid JSON: ${file} (${(err as Error).message})`);
  }
}

export function readOptionalJson(file: string, what: string): Record<string, unknown> {
  return existsSync(file) ? readJsonFile(file, what) : {};
}

/** Checks that a model directory has what an optimum export has, naming what is missing. */
export function assertModelDir(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new FtbenchError(
      `model directory not found: ${dir}`,
      'Pass --model pointing at a Hugging Face optimum export (model.onnx, tokenizer.json, config.json).',
    );
  }
  const missing = ['model.onnx', 'tokenizer.json'].filter((name) => !existsSync(path.join(dir, name)));
  if (missing.length > 0) {
    throw new FtbenchError(
      `model directory ${dir} has no ${missing.join(' and no ')}`,
      'A model directory is what `optimum-cli export onnx --task text-generation-with-past` writes: model.onnx (+ external data), tokenizer.json, tokenizer_config.json, config.json.',
    );
  }
}
