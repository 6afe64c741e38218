/**
 * Parquet files in the Hub's column layouts, written with hyparquet-writer: the Arrow types
 * `datasets` gives these columns (string, int32, int64 ClassLabel, list<string>, struct of lists).
 */
import { gzipSync } from 'node:zlib';
import type { SchemaElement } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';

export type ColumnType = 'string' | 'int32' | 'int64' | { list: 'string' | 'int32' } | { struct: Record<string, ColumnType> };

const PRIMITIVE: Record<'string' | 'int32' | 'int64', Partial<SchemaElement>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int32: { type: 'INT32' },
  int64: { type: 'INT64' },
};

function schemaOf(name: string, type: ColumnType): SchemaElement[] {
  if (typeof type === 'string') return [{ name, repetition_type: 'OPTIONAL', ...PRIMITIVE[type] } as SchemaElement];
  if ('list' in type) {
    return [
      { name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'OPTIONAL', ...PRIMITIVE[type.list] } as SchemaElement,
    ];
  }
  const fields = Object.entries(type.struct);
  return [{ name, repetition_type: 'OPTIONAL', num_children: fields.length }, ...fields.flatMap(([field, t]) => schemaOf(field, t))];
}

/** int64 values are written as BigInt, as the Hub's files store them. */
function toWritable(value: unknown, type: ColumnType): unknown {
  if (type === 'int64') return BigInt(value as number);
  if (typeof type === 'object' && 'struct' in type) {
    return Object.fromEntries(Object.entries(type.struct).map(([field, t]) => [field, toWritable((value as Record<string, unknown>)[field], t)]));
  }
  return value;
}

export function hubParquet(columns: Record<string, ColumnType>, rows: Record<string, unknown>[], codec: 'SNAPPY' | 'GZIP' = 'SNAPPY'): Uint8Array {
  const entries = Object.entries(columns);
  const buffer = parquetWriteBuffer({
    columnData: entries.map(([name, type]) => ({ name, data: rows.map((row) => toWritable(row[name], type)) as unknown[] })),
    schema: [{ name: 'root', num_children: entries.length }, ...entries.flatMap(([name, type]) => schemaOf(name, type))],
    codec,
    ...(codec === 'GZIP' ? { compressors: { GZIP: (input: Uint8Array) => gzipSync(input) } } : {}),
  });
  return new Uint8Array(buffer);
}

export const MMLU_COLUMNS: Record<string, ColumnType> = { question: 'string', subject: 'string', choices: { list: 'string' }, answer: 'int64' };
export const HELLASWAG_COLUMNS: Record<string, ColumnType> = {
  ind: 'int32',
  activity_label: 'string',
  ctx_a: 'string',
  ctx_b: 'string',
  ctx: 'string',
  endings: { list: 'string' },
  source_id: 'string',
  split: 'string',
  split_type: 'string',
  label: 'string',
};
export const ARC_COLUMNS: Record<string, ColumnType> = {
  id: 'string',
  question: 'string',
  choices: { struct: { text: { list: 'string' }, label: { list: 'string' } } },
  answerKey: 'string',
};
export const WINOGRANDE_COLUMNS: Record<string, ColumnType> = { sentence: 'string', option1: 'string', option2: 'string', answer: 'string' };
const TARGETS: ColumnType = { struct: { choices: { list: 'string' }, labels: { list: 'int32' } } };
export const TRUTHFULQA_MC_COLUMNS: Record<string, ColumnType> = { question: 'string', mc1_targets: TARGETS, mc2_targets: TARGETS };
