/**
 * How ftbench reaches the Hugging Face Hub, read from the same environment variables the
 * `huggingface_hub` Python client honours (its `constants.py`): HF_ENDPOINT, HF_TOKEN (else the
 * token file `hf auth login` writes, HF_TOKEN_PATH or $HF_HOME/token), HF_HUB_OFFLINE and HF_HOME.
 * FTBENCH_CACHE_DIR moves ftbench's own cache (datasets and checkpoints) out of HF_HOME.
 */
import { datasetCacheDir, hfHome } from '../../cache-dir.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';

export interface HubSettings {
  /** Base URL, without a trailing slash. */
  endpoint: string;
  /** Bearer token for gated and private datasets. Never printed. */
  token?: string;
  /** HF_HUB_OFFLINE: read the cache only, never touch the network. */
  offline: boolean;
  /** Where downloaded datasets live (`<ftbench cache>/datasets`). */
  cacheDir: string;
}

type Env = Record<string, string | undefined>;

/** huggingface_hub's `_is_true`. */
function isTrue(value: string | undefined): boolean {
  return value !== undefined && ['1', 'ON', 'YES', 'TRUE'].includes(value.toUpperCase());
}

function hubToken(env: Env): string | undefined {
  if (env.HF_TOKEN) return env.HF_TOKEN.trim();
  const file = env.HF_TOKEN_PATH || path.join(hfHome(env), 'token');
  if (!existsSync(file)) return undefined;
  const token = readFileSync(file, 'utf8').trim();
  return token === '' ? undefined : token;
}

export function hubSettingsFromEnv(env: Env = process.env): HubSettings {
  return {
    endpoint: (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT).replace(/\/+$/, ''),
    token: hubToken(env),
    offline: isTrue(env.HF_HUB_OFFLINE),
    cacheDir: datasetCacheDir(env),
  };
}
