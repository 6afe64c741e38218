/**
 * `ftbench merge`: a complete set of shard results into the results of the whole run. Every task is
 * aggregated again from its documents' records, put back in document order, by the same function a
 * whole run uses, so the metrics, stderrs, groups, categories and records are the bytes a whole run
 * writes. Timings are summed, and each shard's are kept. Shards that are missing, given twice, or
 * of another model, task set, prompt set or option set are errors naming the files.
 */
import { FtbenchError } from '../errors.js';
import { aggregateGroups } from '../metrics/aggregate.js';
import { taskResultFromSamples } from '../metrics/task-result.js';
import { RESULTS_SCHEMA_VERSION, type EvalResults, type SampleRecord, type ShardRecord, type TaskResult, type Timings } from '../schema.js';
import { checkAgainstSchema, type JsonSchema } from '../schema-check.js';
import { SHARD_PLAN_RULE } from './plan.js';

/** A shard's results and the file they came from (named in every error). */
export interface ShardFile {
  file: string;
  results: EvalResults;
}

const positions = { type: 'array', items: { type: 'integer', minimum: 0 } } as const;
const SHARD_SCHEMA = {
  type: 'object',
  required: ['index', 'count', 'rule', 'chunkRequests', 'tasks', 'groups'],
  properties: {
    chunkRequests: { type: 'integer', minimum: 1 },
    index: { type: 'integer', minimum: 1 },
    count: { type: 'integer', minimum: 1 },
    rule: { type: 'string' },
    tasks: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'name',
          'hash',
          'kind',
          'version',
          'numFewshot',
          'docs',
          'docsInSplit',
          'dataset',
          'metrics',
          'categorized',
          'generate',
          'positions',
          'choices',
          'truncatedRequests',
        ],
        properties: {
          name: { type: 'string' },
          hash: { type: 'string' },
          kind: { enum: ['standard', 'suite'] },
          version: { type: 'string' },
          numFewshot: { type: 'integer', minimum: 0 },
          dataset: { type: 'object' },
          docs: { type: 'integer', minimum: 0 },
          docsInSplit: { type: 'integer', minimum: 0 },
          metrics: { type: 'array', items: { type: 'string' } },
          categorized: { type: 'boolean' },
          generate: { type: 'boolean' },
          positions,
          choices: positions,
          truncatedRequests: { type: 'integer', minimum: 0 },
        },
      },
    },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'members', 'weightBySize', 'metrics'],
        properties: {
          name: { type: 'string' },
          members: { type: 'array', items: { type: 'string' } },
          weightBySize: { type: 'boolean' },
          metrics: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const satisfies JsonSchema;

function shardOf({ file, results }: ShardFile): ShardRecord {
  if (results.shard === undefined) {
    throw new FtbenchError(`${file} is not a shard's results (it has no "shard" field)`, 'ftbench merge takes the files that ftbench eval --shard I/N wrote.');
  }
  const problems = checkAgainstSchema(results.shard, SHARD_SCHEMA);
  if (problems.length > 0)
    throw new FtbenchError(
      `${file}: its shard record is damaged: ${problems
        .slice(0, 3)
        .map((p) => `shard.${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  return results.shard;
}

/** The shards sorted by index, after checking that they are exactly 1..N of one N. */
function completeSet(files: readonly ShardFile[]): ShardFile[] {
  if (files.length === 0) throw new FtbenchError('no shard results given', 'Pass every shard file: ftbench merge shard-*.json --output results.json');
  const [first] = files;
  const { count } = shardOf(first);
  const byIndex = new Map<number, ShardFile>();
  for (const file of files) {
    const shard = shardOf(file);
    if (shard.count !== count)
      throw new FtbenchError(
        `${file.file} is shard ${shard.index}/${shard.count}, but ${first.file} is of ${count} shards`,
        'Merge the shards of one run: every --shard I/N with the same N.',
      );
    if (shard.index > count) throw new FtbenchError(`${file.file} says it is shard ${shard.index}/${shard.count}`);
    const twin = byIndex.get(shard.index);
    if (twin) throw new FtbenchError(`${twin.file} and ${file.file} are both shard ${shard.index}/${count}`, 'Give each shard once.');
    byIndex.set(shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new FtbenchError(
      `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (given: ${files.map((f) => f.file).join(', ')})`,
      'Results are merged only from every shard: rerun the missing ones (ftbench eval ... --shard I/N) and pass all the files.',
    );
  }
  return [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index) as ShardFile);
}

/** What must be equal in every shard of one run, by name; the device may differ (each leg has its own). */
function identity({ results }: ShardFile): [string, unknown][] {
  const shard = results.shard as ShardRecord;
  const { device: _device, ...options } = results.config;
  const { fingerprint, tokenizerFingerprint, maxLength, hasPastKeyValues, logitsType, addBosToken } = results.model;
  return [
    ['ftbench version', results.ftbenchVersion],
    ['sharding rule', shard.rule],
    ['scoring chunks', shard.chunkRequests],
    ['model', { fingerprint, tokenizerFingerprint, maxLength, hasPastKeyValues, logitsType, addBosToken }],
    ['tasks', shard.tasks.map((t) => t.name)],
    ['options', options],
    ...shard.tasks.map((t): [string, unknown] => [`task ${t.name}`, { ...t, positions: undefined, choices: undefined, truncatedRequests: undefined }]),
    ['groups', shard.groups],
    ['warnings', results.warnings ?? []],
  ];
}

function assertSameRun(shards: readonly ShardFile[]): void {
  const [first] = shards;
  const expected = identity(first);
  for (const other of shards.slice(1)) {
    // The task names come before the tasks, so the entries line up wherever they first differ.
    const differing = identity(other).find(([what, value], i) => expected[i]?.[0] !== what || JSON.stringify(expected[i][1]) !== JSON.stringify(value));
    if (differing) {
      throw new FtbenchError(
        `${other.file} does not belong with ${first.file}: not the same ${differing[0]}`,
        'Merge the shards of one run: the same model, tasks, prompts and options (ftbench eval ... --shard I/N with only I changing).',
      );
    }
  }
  if (first.results.shard?.rule !== SHARD_PLAN_RULE) {
    throw new FtbenchError(
      `${first.file} was planned by another ftbench ("${first.results.shard?.rule}")`,
      'Score the shards and merge them with the same ftbench version.',
    );
  }
}

function sumTimings(shards: readonly ShardFile[], taskNames: readonly string[]): Timings {
  const all = shards.map((s) => s.results.timings);
  const total = (pick: (t: Timings) => number) => all.reduce((sum, t) => sum + pick(t), 0);
  const perTaskSeconds = Object.fromEntries(taskNames.map((name) => [name, total((t) => t.perTaskSeconds[name] ?? 0)]));
  const resumed = all.some((t) => t.resumedRequests !== undefined);
  return {
    totalSeconds: total((t) => t.totalSeconds),
    perTaskSeconds,
    requests: total((t) => t.requests),
    forwardPasses: total((t) => t.forwardPasses),
    tokensForwarded: total((t) => t.tokensForwarded),
    ...(all.every((t) => t.paddedTokens !== undefined) ? { paddedTokens: total((t) => t.paddedTokens ?? 0) } : {}),
    ...(resumed ? { resumedRequests: total((t) => t.resumedRequests ?? 0) } : {}),
    shards: shards.map((s) => ({ shard: (s.results.shard as ShardRecord).index, ...s.results.timings })),
  };
}

/** The whole run's results from every one of its shards (in any order). */
export function mergeShards(files: readonly ShardFile[]): EvalResults {
  const shards = completeSet(files);
  assertSameRun(shards);
  const [first] = shards;
  const records = (first.results.shard as ShardRecord).tasks;
  const tasks: Record<string, TaskResult> = {};
  const samples: Record<string, SampleRecord[]> = {};
  records.forEach((record, t) => {
    const slots: (SampleRecord | undefined)[] = new Array(record.docs).fill(undefined);
    const choices: number[] = new Array(record.docs).fill(0);
    let truncated = 0;
    for (const { file, results } of shards) {
      const part = (results.shard as ShardRecord).tasks[t];
      const partSamples = results.samples?.[record.name] ?? [];
      if (partSamples.length !== part.positions.length || part.choices.length !== part.positions.length) {
        throw new FtbenchError(
          `${file}: task ${record.name} lists ${part.positions.length} documents but holds ${partSamples.length} records`,
          'Score that shard again.',
        );
      }
      part.positions.forEach((position, i) => {
        if (position >= record.docs) throw new FtbenchError(`${file}: task ${record.name} has document ${position}, past its ${record.docs} documents`);
        if (slots[position] !== undefined)
          throw new FtbenchError(`task ${record.name}, document ${position} is in more than one shard (${file} among them)`, 'Merge the shards of one run.');
        slots[position] = partSamples[i];
        choices[position] = part.choices[i];
      });
      truncated += part.truncatedRequests;
    }
    const unscored = slots.indexOf(undefined);
    if (unscored >= 0)
      throw new FtbenchError(`task ${record.name}, document ${unscored} is in no shard`, 'Every shard of the run must be given, each scored in full.');
    const taskSamples = slots as SampleRecord[];
    const result = taskResultFromSamples(record, taskSamples, choices, truncated);
    tasks[record.name] = { ...result, hash: record.hash };
    samples[record.name] = taskSamples;
  });
  const devices = [...new Set(shards.map((s) => s.results.config.device))];
  const { config } = first.results;
  const warnings = first.results.warnings;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ftbenchVersion: first.results.ftbenchVersion,
    createdAt: shards
      .map((s) => s.results.createdAt)
      .sort()
      .at(-1) as string,
    config: { ...config, device: devices.join(',') },
    model: first.results.model,
    tasks,
    groups: aggregateGroups((first.results.shard as ShardRecord).groups, tasks),
    timings: sumTimings(
      shards,
      records.map((r) => r.name),
    ),
    ...(config.logSamples ? { samples } : {}),
    ...(warnings ? { warnings } : {}),
  };
}
