/** The MT-Bench judge inputs: passed to core as given, the key only ever by the name of its environment variable. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FtbenchError } from '@ftbench/core';
import { readInputs } from '../src/inputs.js';

const actionYml = parse(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
};

/** action.yml's defaults, overridden by `given`; an input action.yml does not declare is a test failure. */
const runner = (given: Record<string, string>) => (name: string) => {
  if (!Object.hasOwn(actionYml.inputs, name)) throw new Error(`readInputs reads "${name}", which action.yml does not declare`);
  return given[name] ?? actionYml.inputs[name].default ?? '';
};

describe('MT-Bench inputs', () => {
  it('are passed as given, and left out when empty (core refuses judge options without mt_bench)', () => {
    expect(readInputs(runner({ model: 'm' })).mtBench).toEqual({});
    const inputs = readInputs(
      runner({
        model: 'm',
        'judge-url': 'http://127.0.0.1:8000/v1',
        'judge-model': 'qwen2.5-72b-instruct',
        'judge-api-key-env': 'JUDGE_KEY',
        'mt-bench-temperature': 'fastchat',
      }),
    );
    expect(inputs.mtBench).toEqual({
      judgeUrl: 'http://127.0.0.1:8000/v1',
      judgeModel: 'qwen2.5-72b-instruct',
      judgeApiKeyEnv: 'JUDGE_KEY',
      mtBenchTemperature: 'fastchat',
    });
    expect(readInputs(runner({ model: 'm', 'judge-model-dir': 'models/judge' })).mtBench).toEqual({ judgeModelDir: 'models/judge' });
  });

  it('refuses a key pasted where the variable name goes, without repeating it', () => {
    const key = 'sk-proj-AbC123/secret+value';
    const read = () => readInputs(runner({ model: 'm', 'judge-api-key-env': key }));
    expect(read).toThrow(FtbenchError);
    expect(read).toThrow(/input judge-api-key-env must name an environment variable/);
    try {
      read();
    } catch (error) {
      expect(`${(error as FtbenchError).message} ${(error as FtbenchError).hint ?? ''}`).not.toContain('AbC123');
    }
  });

  it('names the input when the temperature mode is wrong', () => {
    expect(() => readInputs(runner({ model: 'm', 'mt-bench-temperature': 'hot' }))).toThrow('input mt-bench-temperature must be greedy or fastchat, got "hot"');
  });

  it('action.yml documents each of them, and no key input', () => {
    for (const name of ['judge-url', 'judge-model', 'judge-api-key-env', 'judge-model-dir', 'mt-bench-temperature'])
      expect(actionYml.inputs[name].description.length).toBeGreaterThan(40);
    expect(Object.keys(actionYml.inputs).filter((name) => /key$|token$/.test(name) && name !== 'github-token')).toEqual([]);
  });
});
