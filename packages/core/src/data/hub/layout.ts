/**
 * Which parquet files of a dataset repository hold one config's split.
 *
 * The layouts the Hub uses (checked against the files the lm-eval datasets have on the Hub):
 * - `datasets` `push_to_hub`, named configs: `<config>/<split>-NNNNN-of-NNNNN.parquet`
 *   (cais/mmlu `abstract_algebra/test-00000-of-00001.parquet`, also `all/…`; allenai/ai2_arc
 *   `ARC-Challenge/test-…`; truthfulqa/truthful_qa `multiple_choice/validation-…`;
 *   allenai/winogrande `winogrande_xl/validation-…`).
 * - `push_to_hub`, the default config: `data/<split>-NNNNN-of-NNNNN.parquet`
 *   (Rowan/hellaswag `data/validation-00000-of-00001.parquet`).
 * - the Hub's parquet conversion, branch `refs/convert/parquet`, for datasets whose main branch
 *   has no parquet (older script-based revisions): `<config>/<split>/NNNN.parquet`
 *   (`default/validation/0000.parquet`), and in older conversions `<config>/<dataset>-<split>.parquet`
 *   or `<config>/<dataset>-<split>-NNNNN-of-NNNNN.parquet` (huggingface_hub `_datasets_parquet.py`
 *   addresses these files as `hf://datasets/<repo>@~parquet/<config>/<split>/…`).
 * Shards are read in path order, which is their index order.
 */
import type { HubFile } from './client.js';

export const DEFAULT_CONFIG = 'default';

/** `datasets` names the nameless config "default"; its push_to_hub folder is `data/`. */
export function configName(name: string | undefined): string {
  return name ?? DEFAULT_CONFIG;
}

const SHARD = '-\\d{5}-of-\\d{5}';

const LAYOUTS: { pattern: RegExp; config?: string }[] = [
  { pattern: new RegExp(`^data/([^/]+?)(?:${SHARD})?\\.parquet$`), config: DEFAULT_CONFIG },
  { pattern: new RegExp(`^([^/]+)/([^/]+?)(?:${SHARD})?\\.parquet$`) },
  { pattern: /^([^/]+)\/([^/]+)\/\d+\.parquet$/ },
];

const OLD_CONVERSION = new RegExp(`^([^/]+)/[^/]+-([^/-]+?)(?:${SHARD})?\\.parquet$`);

/** The (config, split) a parquet path holds, or undefined for any other file. */
export function parquetPathSplit(path: string): { config: string; split: string } | undefined {
  for (const { pattern, config } of LAYOUTS) {
    const match = pattern.exec(path);
    if (!match) continue;
    return config ? { config, split: match[1] } : { config: match[1], split: match[2] };
  }
  return undefined;
}

/**
 * The files of one split. The old conversion's `<dataset>-<split>.parquet` is only considered when
 * no file of the config follows the newer layouts, since `<config>/<name>-<split>` is ambiguous.
 */
export function splitFiles(files: readonly HubFile[], config: string, split: string): HubFile[] {
  const matching = files.filter((file) => {
    const at = parquetPathSplit(file.path);
    return at?.config === config && at.split === split;
  });
  const found =
    matching.length > 0
      ? matching
      : files.filter((file) => {
          const match = OLD_CONVERSION.exec(file.path);
          return match?.[1] === config && match[2] === split;
        });
  return [...found].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Config → splits that have parquet files: what the error for an unknown config or split lists. */
export function parquetSplits(files: readonly HubFile[]): Map<string, string[]> {
  const byConfig = new Map<string, Set<string>>();
  for (const file of files) {
    const at = parquetPathSplit(file.path);
    if (!at) continue;
    if (!byConfig.has(at.config)) byConfig.set(at.config, new Set());
    byConfig.get(at.config)?.add(at.split);
  }
  return new Map([...byConfig].sort(([a], [b]) => (a < b ? -1 : 1)).map(([config, splits]) => [config, [...splits].sort()]));
}
