/**
 * What compares and gates takes whole runs only: a shard's results (`ftbench eval --shard I/N`, a matrix
 * leg) hold a fraction of the documents and no groups, so comparing one would judge a model on the part
 * of each task that shard happened to get. The check, `ftbench check` and `ftbench compare`, and the
 * fork-safe commenter all refuse one, saying to merge the shards first.
 */
import { FtbenchError, type EvalResults } from '@ftbench/core';

/** The advice that goes with `shardProblem`. */
export const MERGE_FIRST = 'Merge every shard first (ftbench merge shard-*.json --output results.json, or the action with merge:), then use the merged file.';

/** Why `results` must not be compared or gated; null when it is a whole run's. */
export function shardProblem(results: EvalResults, where: string): string | null {
  const { shard } = results;
  return shard ? `${where} holds the results of shard ${shard.index}/${shard.count} only, not of a whole run: it is not compared or gated` : null;
}

export function assertWholeResults(results: EvalResults, where: string): void {
  const problem = shardProblem(results, where);
  if (problem !== null) throw new FtbenchError(problem, MERGE_FIRST);
}
