/** The sharding rule: greedy longest-processing-time over scoring chunks, deterministic ties. */
import { describe, expect, it } from 'vitest';
import { documentChunks } from '../../src/checkpoint/resume.js';
import { parseShardSpec, planShards } from '../../src/shard/plan.js';

describe('planShards', () => {
  it('gives the heaviest unit first to the least loaded shard, ties to the lower task, unit and shard', () => {
    // task 0: units of 5, 3, 3; task 1: units of 4, 1
    const plan = planShards(
      [
        [5, 3, 3],
        [4, 1],
      ],
      2,
    );
    // 5 -> shard 0; 4 -> shard 1; 3 (task 0 unit 1) -> shard 1 (4 < 5); 3 (task 0 unit 2) -> shard 0 (5 < 7); 1 -> shard 1 (7 < 8)
    expect(plan).toEqual([
      [[0, 2], []],
      [[1], [0, 1]],
    ]);
  });

  it('balances: no shard is heavier than the lightest by more than the heaviest unit', () => {
    const weights = [Array.from({ length: 40 }, (_, i) => ((i * 37) % 23) + 1), Array.from({ length: 25 }, (_, i) => ((i * 11) % 17) + 2)];
    for (const count of [2, 3, 7]) {
      const plan = planShards(weights, count);
      const loads = plan.map((shard) => shard.reduce((sum, units, t) => sum + units.reduce((s, u) => s + weights[t][u], 0), 0));
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(23);
      // Every unit in exactly one shard.
      for (const [t, task] of weights.entries()) expect(plan.flatMap((shard) => shard[t]).sort((a, b) => a - b)).toEqual(task.map((_, u) => u));
    }
  });

  it('leaves shards empty when there are fewer units than shards', () => {
    expect(planShards([[2]], 3)).toEqual([[[0]], [[]], [[]]]);
  });
});

describe('documentChunks', () => {
  it('closes a chunk of whole documents once it holds the size', () => {
    expect(documentChunks([4, 4, 4, 2, 2, 2], 6)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(documentChunks([1, 1, 1], 256)).toEqual([[0, 1, 2]]);
  });
});

describe('parseShardSpec', () => {
  it('reads I/N, 1-based', () => {
    expect(parseShardSpec('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it('refuses anything else with a message saying what I/N is', () => {
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3', '-1/2', '1.5/2'])
      expect(() => parseShardSpec(bad)).toThrow(/--shard must be I\/N with 1 <= I <= N/);
  });
});
