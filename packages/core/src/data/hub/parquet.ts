/**
 * Parquet files → rows, with hyparquet (snappy built in; gzip, zstd, brotli, lz4 from
 * hyparquet-compressors). Rows keep the Hub's column layout; only 64-bit integers change, from
 * BigInt to number, since `datasets` hands lm-eval Python ints (cais/mmlu's `answer` is int64).
 */
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { FtbenchError } from '../../errors.js';
import type { RawDoc } from '../../tasks/types.js';

/** BigInt → number, through lists and structs; a value beyond 2^53 cannot become a number exactly. */
export function plainValue(value: unknown, where: string): unknown {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new FtbenchError(`${where}: the integer ${value} does not fit a JavaScript number exactly.`);
    }
    return Number(value);
  }
  if (Array.isArray(value)) return value.map((item) => plainValue(item, where));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainValue(item, where)]));
  }
  return value;
}

export async function readParquetRows(file: string, label: string = file): Promise<RawDoc[]> {
  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({ file: await asyncBufferFromFile(file), compressors, rowFormat: 'object' });
  } catch (error) {
    throw new FtbenchError(`${label} is not a readable parquet file (${(error as Error).message}).`, `Delete ${file} so that it is downloaded again.`);
  }
  return rows.map((row, i) => plainValue(row, `${label} row ${i}`) as RawDoc);
}
