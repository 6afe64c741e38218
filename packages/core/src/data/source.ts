import type { DatasetRef, RawDoc } from '../tasks/types.js';

export interface LoadedSplit {
  rows: RawDoc[];
  /** What identifies this exact data: a Hub commit sha, or a content hash of local files. */
  revision: string;
  /** Human-readable origin, e.g. a file path or Hub URL. */
  origin: string;
}

/**
 * Where task data comes from. Rows are always returned in the Hub's column layout,
 * so tasks are written once whatever the source.
 */
export interface DatasetSource {
  loadSplit(ref: DatasetRef, split: string): Promise<LoadedSplit>;
}
