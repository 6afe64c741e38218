/**
 * `HubSource`: task data from the Hugging Face Hub, as lm-eval's `datasets.load_dataset(path, name)`
 * would get it, read from the repository's parquet files at a recorded commit.
 *
 * The rows are the Hub's rows unchanged (tasks consume the Hub layout), so the five lm-eval
 * datasets need no per-dataset column mapping here; the local-release source is the one that maps.
 */
import { existsSync } from 'node:fs';
import { FtbenchError } from '../../errors.js';
import type { DatasetRef, RawDoc } from '../../tasks/types.js';
import type { DatasetSource, LoadedSplit } from '../source.js';
import { DEFAULT_REVISION, HubClient, isCommitSha, PREFETCH_HINT, type HubClientOptions, type HubFile, type RepoSnapshot } from './client.js';
import { configName, parquetSplits, splitFiles } from './layout.js';
import { readParquetRows } from './parquet.js';

/** The branch where the Hub keeps its parquet conversion of every public dataset. */
export const PARQUET_CONVERSION_REVISION = 'refs/convert/parquet';

export interface LocatedSplit {
  snapshot: RepoSnapshot;
  files: HubFile[];
}

export interface HubSourceOptions extends HubClientOptions {
  client?: HubClient;
}

function listed(names: readonly string[], max = 20): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function describe(ref: DatasetRef, split: string): string {
  return `dataset ${ref.path}${ref.name ? ` (config ${ref.name})` : ''} split "${split}"`;
}

function missingSplitError(ref: DatasetRef, split: string, snapshot: RepoSnapshot, revision: string): FtbenchError {
  const at = `at ${revision === snapshot.sha ? snapshot.sha : `${revision} (${snapshot.sha})`}`;
  const splits = parquetSplits(snapshot.files);
  const config = configName(ref.name);
  if (splits.size === 0) {
    return new FtbenchError(
      `Dataset ${ref.path} ${at} has no parquet files.`,
      isCommitSha(revision)
        ? `ftbench reads parquet. For a dataset stored another way, pin a commit of its ${PARQUET_CONVERSION_REVISION} branch, where the Hub keeps a parquet conversion.`
        : "ftbench reads parquet, from the given revision or the Hub's parquet conversion; this dataset has neither.",
    );
  }
  const configSplits = splits.get(config);
  if (!configSplits) {
    return new FtbenchError(`Dataset ${ref.path} has no config "${config}" ${at}.`, `Its configs: ${listed([...splits.keys()])}.`);
  }
  return new FtbenchError(`Dataset ${ref.path} config "${config}" has no split "${split}" ${at}.`, `Its splits: ${configSplits.join(', ')}.`);
}

export class HubSource implements DatasetSource {
  readonly client: HubClient;

  constructor(options: HubSourceOptions = {}) {
    const { client, ...clientOptions } = options;
    this.client = client ?? new HubClient(clientOptions);
  }

  /**
   * The commit and files holding a split. A branch without any parquet (a dataset still stored
   * as a loading script) falls back to the Hub's parquet conversion, and the conversion's commit
   * is what gets recorded. A pinned commit is taken as is.
   */
  async locate(ref: DatasetRef, split: string): Promise<LocatedSplit> {
    const revision = ref.revision ?? DEFAULT_REVISION;
    const snapshot = await this.client.snapshot(ref.path, revision);
    const files = splitFiles(snapshot.files, configName(ref.name), split);
    if (files.length > 0) return { snapshot, files };
    const useConversion = parquetSplits(snapshot.files).size === 0 && !isCommitSha(revision) && revision !== PARQUET_CONVERSION_REVISION;
    if (!useConversion) throw missingSplitError(ref, split, snapshot, revision);
    const converted = await this.client.snapshot(ref.path, PARQUET_CONVERSION_REVISION);
    const convertedFiles = splitFiles(converted.files, configName(ref.name), split);
    if (convertedFiles.length === 0) throw missingSplitError(ref, split, converted, PARQUET_CONVERSION_REVISION);
    return { snapshot: converted, files: convertedFiles };
  }

  /** Makes sure a split's files are in the cache; returns where they are. */
  async fetchSplit(ref: DatasetRef, split: string): Promise<LocatedSplit & { paths: string[] }> {
    const located = await this.locate(ref, split);
    const { snapshot, files } = located;
    if (this.client.settings.offline) {
      const missing = files.filter((file) => !existsSync(this.client.cachedPath(snapshot, file)));
      if (missing.length > 0) {
        throw new FtbenchError(
          `HF_HUB_OFFLINE is set and ${missing.length} file(s) of ${describe(ref, split)} at ${snapshot.sha} are not in the cache ` +
            `${this.client.settings.cacheDir}: ${missing.map((file) => file.path).join(', ')}.`,
          PREFETCH_HINT,
        );
      }
    }
    const paths: string[] = [];
    for (const file of files) paths.push(await this.client.download(snapshot, file));
    return { ...located, paths };
  }

  async loadSplit(ref: DatasetRef, split: string): Promise<LoadedSplit> {
    const { snapshot, files, paths } = await this.fetchSplit(ref, split);
    const rows: RawDoc[] = [];
    for (const [i, file] of paths.entries()) rows.push(...(await readParquetRows(file, `${ref.path}/${files[i].path}`)));
    return {
      rows,
      revision: snapshot.sha,
      origin: files.map((file) => `hf://datasets/${ref.path}@${snapshot.sha}/${file.path}`).join(' + '),
    };
  }
}
