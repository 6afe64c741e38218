/**
 * Which documents a shard scores. The rule (SHARD_PLAN_RULE), deterministic given the model's
 * tokenizer, the tasks and the options:
 * - the units are the chunks a whole run scores each task in (consecutive documents, each chunk closed
 *   at 256 requests, `documentChunks`): the model batches within a chunk, so a shard made of whole
 *   chunks gives each request the very batch, and so the very bits, of the whole run;
 * - a chunk weighs what its scoring forwards, in characters (a proxy for tokens, shard/weights.ts): per
 *   request, context plus continuation, capped at the model's length (a generation: its prompt plus
 *   the tokens it may generate);
 * - chunks go heaviest first (ties: task order, then chunk order) to the shard with the least weight
 *   so far (ties: the lowest index): greedy longest-processing-time, so shards finish together.
 * Prompts and few-shot draws are built for every document first, exactly as in a whole run, and only
 * then is each shard's part kept: a shard never draws few-shot examples of its own.
 */
import { FtbenchError } from '../errors.js';

/** Names the rule in shard files: shards planned by another rule do not merge. */
export const SHARD_PLAN_RULE = 'scoring chunks by forwarded characters, heaviest first, to the least loaded shard (v1)';

/** `--shard I/N`: shard I (1-based) of N. */
export interface ShardSpec {
  index: number;
  count: number;
}

export function parseShardSpec(value: string, flag = '--shard'): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new FtbenchError(`${flag} must be I/N with 1 <= I <= N (shard I of N), got "${value}"`, `e.g. ${flag} 1/4 … ${flag} 4/4 for four shards.`);
  }
  return { index, count };
}

/**
 * Per shard (0-based), per task, the positions of the units (chunks) it scores, ascending.
 * `weights[t][u]`: the tokens of unit u of task t.
 */
export function planShards(weights: readonly (readonly number[])[], count: number): number[][][] {
  const units: { task: number; unit: number; weight: number }[] = [];
  weights.forEach((taskUnits, task) => taskUnits.forEach((weight, unit) => units.push({ task, unit, weight })));
  units.sort((a, b) => b.weight - a.weight || a.task - b.task || a.unit - b.unit);
  const loads = new Array<number>(count).fill(0);
  const plan = Array.from({ length: count }, () => weights.map(() => [] as number[]));
  for (const unit of units) {
    let lightest = 0;
    for (let shard = 1; shard < count; shard++) if (loads[shard] < loads[lightest]) lightest = shard;
    loads[lightest] += unit.weight;
    plan[lightest][unit.task].push(unit.unit);
  }
  for (const shard of plan) for (const taskUnits of shard) taskUnits.sort((a, b) => a - b);
  return plan;
}
