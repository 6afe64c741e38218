/** stories260k's graph with a key/value cache against its PyTorch reference, with prefix reuse on and off. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithShared } from '../paths.js';
import { expectReferenceScores, STORIES_NEEDS } from './stories260k-reference.js';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'ftbench-stories260k-past-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describeWithShared('stories260k-with-past (trained Llama) vs PyTorch reference', STORIES_NEEDS, () => {
  const forwarded: Record<string, number> = {};
  for (const prefixReuse of [true, false]) {
    it.each([1, 3, 'auto' as const])(
      `prefix reuse ${prefixReuse ? 'on' : 'off'}, batch size %s: log-likelihoods within 1e-4, same greedy flags`,
      async (batchSize) => {
        forwarded[`${prefixReuse}:${batchSize}`] = await expectReferenceScores('stories260k-with-past', { prefixReuse, batchSize, cacheDir });
      },
    );
  }

  it('prefix reuse is in effect (the graph passed its cache probe): fewer tokens forwarded than full rows', () => {
    for (const batchSize of [1, 3, 'auto']) expect(forwarded[`true:${batchSize}`]).toBeLessThan(forwarded[`false:${batchSize}`]);
  });
});
