/** The action's inputs: action.yml declares what readInputs reads, and bad values name the input. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONFIG_FILE, Inputs, Outputs } from '../src/constants.js';
import { readInputs } from '../src/inputs.js';
import { FtbenchError } from '@ftbench/core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const actionYml = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** What the runner hands the action: each declared default, overridden by `given`. */
function asRunner(given: Record<string, string>) {
  return (name: string) => {
    if (!Object.hasOwn(actionYml.inputs, name)) throw new Error(`readInputs reads "${name}", which action.yml does not declare`);
    return given[name] ?? actionYml.inputs[name].default ?? '';
  };
}

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(actionYml.runs.using).toBe('node24');
    expect(actionYml.runs.main).toBe('packages/action/dist-action/index.mjs');
    expect(existsSync(path.join(repoRoot, actionYml.runs.main))).toBe(true);
  });

  it('declares the outputs the issue asks for', () => {
    expect(Object.keys(actionYml.outputs)).toEqual(expect.arrayContaining(['results', 'baseline-results', 'passed', 'regressions', 'comment-url']));
  });

  it('declares every input and output name of the constants module, in action.yml or comment/action.yml', () => {
    const commentYml = parse(readFileSync(path.join(repoRoot, 'comment/action.yml'), 'utf8')) as { inputs: object; outputs: object };
    const inputs = new Set([...Object.keys(actionYml.inputs), ...Object.keys(commentYml.inputs)]);
    const outputs = new Set([...Object.keys(actionYml.outputs), ...Object.keys(commentYml.outputs)]);
    expect(Object.values(Inputs).filter((name) => !inputs.has(name))).toEqual([]);
    expect(Object.values(Outputs).filter((name) => !outputs.has(name))).toEqual([]);
    expect(actionYml.inputs.config.default).toBe(DEFAULT_CONFIG_FILE);
  });

  it('declares every input readInputs reads, with defaults it accepts', () => {
    expect(readInputs(asRunner({ model: 'models/candidate', 'github-token': 't' }))).toEqual({
      model: 'models/candidate',
      baselineModel: null,
      config: 'ftbench.yml',
      tasks: null,
      device: 'cpu',
      batchSize: 'auto',
      dataDir: null,
      githubToken: 't',
      comment: true,
      failOnRegression: true,
      resume: true,
      shard: null,
      merge: null,
      mtBench: {},
    });
  });
});

describe('readInputs', () => {
  it('splits tasks on commas and newlines and reads numbers and booleans', () => {
    const inputs = readInputs(
      asRunner({ model: 'm', tasks: 'mmlu, hellaswag\nsuite:s.jsonl,', 'batch-size': '16', comment: 'false', device: 'cuda:1', resume: 'False' }),
    );
    expect(inputs).toMatchObject({ tasks: ['mmlu', 'hellaswag', 'suite:s.jsonl'], batchSize: 16, comment: false, device: 'cuda:1', resume: false });
  });

  it('names the input and what it allows when a value is wrong', () => {
    expect(() => readInputs(asRunner({}))).toThrow('input model is required');
    expect(() => readInputs(asRunner({ model: 'm', 'batch-size': '0' }))).toThrow('input batch-size must be a whole number ≥ 1 or "auto", got "0"');
    expect(() => readInputs(asRunner({ model: 'm', device: 'gpu' }))).toThrow('input device must be cpu, cuda or cuda:N, got "gpu"');
    expect(() => readInputs(asRunner({ model: 'm', 'fail-on-regression': 'yes' }))).toThrow('input fail-on-regression must be true or false, got "yes"');
    expect(() => readInputs(asRunner({ model: 'm', resume: 'on' }))).toThrow('input resume must be true or false, got "on"');
  });

  it('reads shard as I/N and refuses anything else with one line saying what it must be', () => {
    expect(readInputs(asRunner({ model: 'm', shard: ' 2/4 ' })).shard).toEqual({ index: 2, count: 4 });
    expect(readInputs(asRunner({ model: 'm', shard: '1/1' })).shard).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/4', '1/4/2', '1.5/4']) {
      const error = (() => {
        try {
          readInputs(asRunner({ model: 'm', shard: bad }));
        } catch (caught) {
          return caught as FtbenchError;
        }
      })();
      expect(error, bad).toBeInstanceOf(FtbenchError);
      expect(error?.message).toBe(`input shard must be I/N with 1 <= I <= N (this job scores shard I of N), got "${bad}"`);
      expect(error?.message).not.toContain('\n');
    }
  });

  it('takes the merge folder without a model (the merge job reads results), but never with shard', () => {
    expect(readInputs(asRunner({ merge: 'shards/' }))).toMatchObject({ merge: 'shards/', model: '', shard: null });
    expect(() => readInputs(asRunner({ model: 'm', shard: '1/2', merge: 'shards' }))).toThrow('inputs shard and merge are both set');
    expect(() => readInputs(asRunner({ shard: '1/2' }))).toThrow('input model is required');
  });
});
