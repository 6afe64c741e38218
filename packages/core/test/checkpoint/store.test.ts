import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckpointStore, readCheckpoint } from '../../src/checkpoint/store.js';

const root = mkdtempSync(path.join(tmpdir(), 'ftbench-checkpoint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(root, `task-${n++}.jsonl`);

const A = { key: 'a', value: { loglikelihood: -1.25, isGreedy: true } };
const B = { key: 'b', value: { loglikelihood: -0.1 - 0.2, isGreedy: false } }; // not exactly representable: must round-trip
const C = { key: 'c', value: { loglikelihood: -1e-300, isGreedy: false } };

function storeWith(file: string, ...batches: (typeof A)[][]): void {
  const store = CheckpointStore.open(file, { resume: false });
  for (const batch of batches) store.append(batch);
  store.close();
}

describe('CheckpointStore', () => {
  it('gives back exactly what was appended, one line per record', () => {
    const file = freshFile();
    storeWith(file, [A, B], [C]);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4); // three lines and the final newline
    const store = CheckpointStore.open(file, { resume: true });
    expect([...store.loaded.records]).toEqual([
      ['a', A.value],
      ['b', B.value],
      ['c', C.value],
    ]);
    expect(store.loaded.dropped).toBe(0);
    store.close();
  });

  it('starts afresh unless resuming', () => {
    const file = freshFile();
    storeWith(file, [A]);
    CheckpointStore.open(file, { resume: false }).close();
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('drops a torn last record (the process died mid-write) and keeps appending after the good ones', () => {
    const file = freshFile();
    storeWith(file, [A, B, C]);
    const text = readFileSync(file, 'utf8');
    truncateSync(file, text.length - 7); // C loses its end and its newline

    const store = CheckpointStore.open(file, { resume: true });
    expect([...store.loaded.records.keys()]).toEqual(['a', 'b']);
    expect(store.loaded.dropped).toBe(1);
    store.append([C]);
    store.close();
    expect(readCheckpoint(file)).toEqual({
      records: new Map([
        ['a', A.value],
        ['b', B.value],
        ['c', C.value],
      ]),
      dropped: 0,
    });
  });

  it('drops a record whose checksum does not match and a line that is not JSON', () => {
    const file = freshFile();
    storeWith(file, [A, B]);
    const [lineA, lineB] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${lineA.replace('-1.25', '-1.35')}\n{"k":"x","v":\n${lineB}\n`);
    const loaded = readCheckpoint(file);
    expect([...loaded.records.keys()]).toEqual(['b']);
    expect(loaded.dropped).toBe(2);
  });

  it('treats a last line without its newline as torn, even when it parses', () => {
    const file = freshFile();
    storeWith(file, [A]);
    appendFileSync(file, readFileSync(file, 'utf8').trimEnd().replace('"a"', '"z"'));
    expect([...readCheckpoint(file).records.keys()]).toEqual(['a']);
  });
});
