/**
 * MT-Bench's options (CLI flags and the library's evaluate() options alike) and what a run makes of them: the data,
 * the judge, and the task prepared before the model loads.
 */
import type { ChatSettings } from '../chat-settings.js';
import { HubClient } from '../data/hub/client.js';
import { FtbenchError } from '../errors.js';
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

/** The judge the options name, and how to let it go when the run ends. */
export async function openJudge(opts: MtBenchOptions): Promise<{ judge: Judge; close: () => Promise<void> }> {
  if (opts.judge) return { judge: opts.judge, close: async () => {} };
  throw new FtbenchError(
    'mt_bench needs a judge',
    'Pass --judge-url URL (an OpenAI-compatible API) or --judge-model-dir DIR (an ONNX instruct model run as the judge).',
  );
}
