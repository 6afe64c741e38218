/**
 * MT-Bench's options (CLI flags and the library's evaluate() options alike) and what a run makes of them: the data,
 * the judge, and the task prepared before the model loads.
 */
import type { ChatSettings } from '../chat-settings.js';
import { judgmentCacheDir } from '../cache-dir.js';
import { HubClient } from '../data/hub/client.js';
import { FtbenchError } from '../errors.js';
import { createHttpJudge } from '../judge/http-judge.js';
import { withJudgmentCache } from '../judge/judgment-cache.js';
import { loadLocalJudge } from '../judge/local-judge.js';
import type { Judge } from '../judge/types.js';
import { DEFAULT_MT_BENCH_TEMPERATURE, type MtBenchTemperatureMode } from './answers.js';
import { loadHubMtBench, loadLocalMtBench } from './load.js';
import { prepareMtBench, type PreparedMtBench } from './run.js';

/** FastChat gen_judgment.py's --judge-model default. */
export const DEFAULT_JUDGE_MODEL = 'gpt-4';

export interface MtBenchOptions {
  /** A judge already made (library use); otherwise judgeUrl or judgeModelDir makes one. */
  judge?: Judge;
  /** OpenAI-compatible API base (or full chat completions endpoint) of the judge. */
  judgeUrl?: string;
  /** The judge model's name (default gpt-4, as FastChat). */
  judgeModel?: string;
  /** The environment variable holding the judge API's key (default OPENAI_API_KEY); the key is never printed or written. */
  judgeApiKeyEnv?: string;
  /** An ONNX instruct model that ftbench runs as the judge, instead of an API. */
  judgeModelDir?: string;
  /** Judge requests in flight at most. */
  judgeConcurrency?: number;
  /** Where judgments are cached (default: judgments/ under ftbench's cache root). */
  judgeCacheDir?: string;
  /** `greedy` (default) or FastChat's per-category temperatures (see answers.ts for why greedy gates PRs). */
  mtBenchTemperature?: MtBenchTemperatureMode;
  /** The run's sampling seed with `fastchat` temperatures (default 0, FastChat's torch.manual_seed(0) for the first choice). */
  mtBenchSeed?: number;
}

export function parseTemperatureMode(value: string): MtBenchTemperatureMode {
  if (value === 'fastchat' || value === 'greedy') return value;
  throw new FtbenchError(
    `--mt-bench-temperature must be fastchat or greedy, got "${value}"`,
    "greedy decodes every answer greedily; fastchat samples at FastChat's per-category temperatures.",
  );
}

/** Reads and checks MT-Bench's data and builds turn 1's prompts: every mistake shows before the model loads. */
export async function prepareMtBenchTask(
  opts: MtBenchOptions & { dataDir?: string; limit?: number; hubClient?: HubClient },
  chat: ChatSettings,
  judgeModel: string,
): Promise<PreparedMtBench> {
  const loaded = opts.dataDir ? await loadLocalMtBench(opts.dataDir) : await loadHubMtBench(opts.hubClient ?? new HubClient());
  return prepareMtBench(loaded, chat, {
    limit: opts.limit,
    temperature: opts.mtBenchTemperature ?? DEFAULT_MT_BENCH_TEMPERATURE,
    seed: opts.mtBenchSeed ?? 0,
    judgeModel,
  });
}

/** The judge options given, by flag: they only mean something with mt_bench. */
export function judgeFlagsGiven(opts: MtBenchOptions): string[] {
  const flags: [keyof MtBenchOptions, string][] = [
    ['judge', 'judge'],
    ['judgeUrl', '--judge-url'],
    ['judgeModel', '--judge-model'],
    ['judgeApiKeyEnv', '--judge-api-key-env'],
    ['judgeModelDir', '--judge-model-dir'],
    ['judgeConcurrency', '--judge-concurrency'],
    ['judgeCacheDir', '--judge-cache-dir'],
    ['mtBenchTemperature', '--mt-bench-temperature'],
    ['mtBenchSeed', '--mt-bench-seed'],
  ];
  return flags.filter(([key]) => opts[key] !== undefined).map(([, flag]) => flag);
}

const DEFAULT_API_KEY_ENV = 'OPENAI_API_KEY';

/**
 * The judge the options name, behind the judgment cache, and how to let it go when the run ends: a judge given as
 * an object (library use) as it is; else the API at judgeUrl, or the ONNX model in judgeModelDir run on `device`.
 */
export async function openJudge(
  opts: MtBenchOptions & { device?: string; batchSize?: number | 'auto' },
): Promise<{ judge: Judge; close: () => Promise<void> }> {
  if (opts.judge) return { judge: opts.judge, close: async () => {} };
  const { judgeUrl, judgeModelDir } = opts;
  if (judgeUrl !== undefined && judgeModelDir !== undefined) {
    throw new FtbenchError('--judge-url and --judge-model-dir both name a judge', 'Pick one: an API (--judge-url) or a local ONNX model (--judge-model-dir).');
  }
  const cacheDir = opts.judgeCacheDir ?? judgmentCacheDir();
  if (judgeModelDir !== undefined) {
    if (opts.judgeModel !== undefined || opts.judgeApiKeyEnv !== undefined) {
      throw new FtbenchError(
        '--judge-model and --judge-api-key-env are for an API judge',
        'A local judge (--judge-model-dir) is named by its weights and needs no key: drop them.',
      );
    }
    const local = await loadLocalJudge({ modelDir: judgeModelDir, device: opts.device, batchSize: opts.batchSize });
    return { judge: withJudgmentCache(local, cacheDir), close: () => local.dispose() };
  }
  if (judgeUrl === undefined) {
    throw new FtbenchError(
      'mt_bench needs a judge',
      'Pass --judge-url URL (an OpenAI-compatible API, the key in $OPENAI_API_KEY or --judge-api-key-env NAME) or --judge-model-dir DIR (an ONNX instruct model run as the judge).',
    );
  }
  const keyEnv = opts.judgeApiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const apiKey = process.env[keyEnv] || undefined;
  // A named variable that is unset is a mistake; the default one may be absent (a local server needs no key).
  if (apiKey === undefined && opts.judgeApiKeyEnv !== undefined) {
    throw new FtbenchError(
      `--judge-api-key-env ${keyEnv}: that environment variable is not set`,
      `Export the judge API key as ${keyEnv}, or drop --judge-api-key-env for a server without a key.`,
    );
  }
  const judge = createHttpJudge({ url: judgeUrl, model: opts.judgeModel ?? DEFAULT_JUDGE_MODEL, apiKey, concurrency: opts.judgeConcurrency });
  return { judge: withJudgmentCache(judge, cacheDir), close: async () => {} };
}
