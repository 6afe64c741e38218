import { describe, expect, it } from 'vitest';
import { parquetPathSplit, parquetSplits, splitFiles } from '../../src/data/hub/layout.js';

describe('parquetPathSplit', () => {
  // Paths as the lm-eval datasets have them on the Hub (main branch), and as the parquet conversion writes them.
  it.each([
    ['abstract_algebra/test-00000-of-00001.parquet', { config: 'abstract_algebra', split: 'test' }],
    ['all/auxiliary_train-00000-of-00001.parquet', { config: 'all', split: 'auxiliary_train' }],
    ['data/validation-00000-of-00001.parquet', { config: 'default', split: 'validation' }],
    ['ARC-Challenge/test-00000-of-00001.parquet', { config: 'ARC-Challenge', split: 'test' }],
    ['multiple_choice/validation-00000-of-00001.parquet', { config: 'multiple_choice', split: 'validation' }],
    ['winogrande_xl/train-00000-of-00001.parquet', { config: 'winogrande_xl', split: 'train' }],
    ['default/validation/0000.parquet', { config: 'default', split: 'validation' }],
    ['plain_text/train/0012.parquet', { config: 'plain_text', split: 'train' }],
  ])('%s', (path, expected) => {
    expect(parquetPathSplit(path)).toEqual(expected);
  });

  it.each(['README.md', 'hellaswag.py', 'data/train.jsonl', 'a/b/c/d.parquet'])('%s holds no split', (path) => {
    expect(parquetPathSplit(path)).toBeUndefined();
  });
});

describe('splitFiles', () => {
  const files = [
    'ARC-Easy/train-00001-of-00002.parquet',
    'ARC-Easy/train-00000-of-00002.parquet',
    'ARC-Easy/test-00000-of-00001.parquet',
    'ARC-Challenge/train-00000-of-00001.parquet',
    'README.md',
  ].map((path) => ({ path }));

  it('returns the shards of one config and split in shard order', () => {
    expect(splitFiles(files, 'ARC-Easy', 'train').map((f) => f.path)).toEqual([
      'ARC-Easy/train-00000-of-00002.parquet',
      'ARC-Easy/train-00001-of-00002.parquet',
    ]);
    expect(splitFiles(files, 'ARC-Easy', 'validation')).toEqual([]);
  });

  it("reads the older conversion's <config>/<dataset>-<split>.parquet names", () => {
    const old = [{ path: 'ParaphraseRC/duorc-test.parquet' }, { path: 'ParaphraseRC/duorc-train.parquet' }];
    expect(splitFiles(old, 'ParaphraseRC', 'test')).toEqual([{ path: 'ParaphraseRC/duorc-test.parquet' }]);
  });

  it('lists the configs and their splits', () => {
    expect([...parquetSplits(files)]).toEqual([
      ['ARC-Challenge', ['train']],
      ['ARC-Easy', ['test', 'train']],
    ]);
  });
});
