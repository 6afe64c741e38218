/**
 * What a matrix leg (input `shard: I/N`) hands the merge job (input `merge:`), through the workflow's
 * actions/upload-artifact and actions/download-artifact steps. Leg I of N writes one folder, its
 * names unique across legs (so download-artifact's `merge-multiple` may put every leg's in one folder):
 * - `candidate-I-of-N.json`: the candidate's shard results (`ftbench eval --shard I/N`);
 * - `baseline-I-of-N.json`: the baseline model's shard, when the leg found no whole baseline cached;
 * - `leg-I-of-N.json`: what the leg scored with (the ScoringIdentity the cache keys are made of), and
 *   the content hashes of the models, which the merge job's cache keys need (it has no models).
 * The merge job reads such a folder (one subfolder per artifact, or merged), refuses any other file,
 * merges each model's shards with core's mergeShards (a missing, duplicate or mismatched shard is an
 * error naming the files) and checks that every leg is there and scored as the merge job is set up:
 * it never compares or gates on a partial set.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkAgainstSchema, FtbenchError, mergeShards, parseResults, type EvalResults, type ShardFile, type ShardSpec } from '@ftbench/core';
import type { ScoringIdentity } from './baseline.js';
import type { ModelRole } from './checkpoint-cache.js';

const LEG_FORMAT = 'ftbench-shard-leg';
const LEG_VERSION = 1;

/** What a leg records besides its results. */
export interface ShardLeg {
  shard: ShardSpec;
  identity: ScoringIdentity;
  /** With baseline-model (mode a): its content hash, for the baseline's cache key; else null. */
  baselineModelHash: string | null;
  /** With baseline-model: the leg found the whole baseline cached, so it scored no shard of it. */
  baselineCached: boolean;
  /** Base-branch mode on a branch run: the candidate's content hash, which names the branch's saves; else null. */
  candidateModelHash: string | null;
}

type FileKind = ModelRole | 'leg';

const FILE_NAME = /^(candidate|baseline|leg)-(\d+)-of-(\d+)\.json$/;

export function shardFileName(kind: FileKind, shard: ShardSpec): string {
  return `${kind}-${shard.index}-of-${shard.count}.json`;
}

export function writeShardLeg(dir: string, leg: ShardLeg): string {
  const file = path.join(dir, shardFileName('leg', leg.shard));
  writeFileSync(file, `${JSON.stringify({ format: LEG_FORMAT, version: LEG_VERSION, ...leg })}\n`);
  return file;
}

const hash = { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' } as const;
const LEG_SCHEMA = {
  type: 'object',
  required: ['format', 'version', 'shard', 'identity', 'baselineModelHash', 'baselineCached', 'candidateModelHash'],
  properties: {
    format: { const: LEG_FORMAT },
    version: { const: LEG_VERSION },
    shard: {
      type: 'object',
      required: ['index', 'count'],
      properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
    },
    identity: {
      type: 'object',
      required: ['ftbenchVersion', 'runtimeVersion', 'provider', 'tasks', 'options'],
      properties: {
        ftbenchVersion: { type: 'string' },
        runtimeVersion: { type: 'string' },
        provider: { type: 'string' },
        tasks: { type: 'array', items: { type: 'string' } },
        options: { type: 'object' },
      },
    },
    baselineModelHash: hash,
    baselineCached: { type: 'boolean' },
    candidateModelHash: hash,
  },
} as const;

interface LegFile {
  file: string;
  leg: ShardLeg;
}

/** A merge folder's files by kind, each named as the workflow shows it (the merge input, then the path inside). */
export interface ShardFolder {
  candidate: ShardFile[];
  baseline: ShardFile[];
  legs: LegFile[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FtbenchError(`cannot read the shard file ${file}: ${(error as Error).message}`, 'Download the shard jobs’ artifacts unchanged.');
  }
}

function readLeg(file: string, value: unknown): LegFile {
  const problems = checkAgainstSchema(value, LEG_SCHEMA);
  if (problems.length > 0) {
    throw new FtbenchError(
      `${file} is not a shard leg record: ${problems[0].path || 'the file'}: ${problems[0].message}`,
      'Download the shard jobs’ artifacts unchanged.',
    );
  }
  const { format: _format, version: _version, ...leg } = value as ShardLeg & { format: string; version: number };
  return { file, leg };
}

/** Every shard file under `dir` (the merge input `given`), in subfolders too; any other file is an error. */
export function readShardFolder(dir: string, given: string): ShardFolder {
  let names: string[];
  try {
    names = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(path.join(dir, name)).isFile()).sort();
  } catch (error) {
    throw new FtbenchError(
      `cannot read the merge folder ${given} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'Set merge: to the path that actions/download-artifact downloaded the shard jobs’ artifacts to.',
    );
  }
  const folder: ShardFolder = { candidate: [], baseline: [], legs: [] };
  for (const name of names) {
    const file = path.join(given, name);
    const kind = FILE_NAME.exec(path.basename(name))?.[1] as FileKind | undefined;
    if (kind === undefined) {
      throw new FtbenchError(
        `the merge folder ${given} holds ${file}, which is not a shard job's file (candidate-, baseline- or leg-I-of-N.json)`,
        'Download only the shard jobs’ artifacts into it (download-artifact with their name pattern).',
      );
    }
    const value = readJson(path.join(dir, name));
    if (kind === 'leg') folder.legs.push(readLeg(file, value));
    else folder[kind].push({ file, results: parseResults(value, file) });
  }
  if (folder.candidate.length === 0) {
    throw new FtbenchError(
      `the merge folder ${given} holds no shard results${names.length === 0 ? ' (it is empty)' : ''}`,
      'Download the shard jobs’ artifacts into it first (actions/download-artifact), and run this job after them (needs:).',
    );
  }
  return folder;
}

/** core's mergeShards, its errors saying whose shards they are. */
function mergeRole(role: ModelRole, files: readonly ShardFile[]): EvalResults {
  try {
    return mergeShards(files);
  } catch (error) {
    if (error instanceof FtbenchError) throw new FtbenchError(`the ${role}'s shards: ${error.message}`, error.hint);
    throw error;
  }
}

const IDENTITY_PARTS: [keyof ScoringIdentity, string][] = [
  ['ftbenchVersion', 'ftbench version'],
  ['runtimeVersion', 'onnxruntime version'],
  ['provider', 'device (execution provider)'],
  ['tasks', 'tasks'],
  ['options', 'scoring options'],
];

const SAME_SETUP = 'Give the merge job the same config, tasks, device and baseline-model inputs as the shard jobs, and the same action version.';

/** The legs 1..count, one each, all scored as this merge job is set up (`identity`, with or without a baseline model). */
function checkLegs(legs: readonly LegFile[], count: number, identity: ScoringIdentity, withBaselineModel: boolean): ShardLeg[] {
  const byIndex = new Map<number, LegFile>();
  for (const entry of legs) {
    const { index, count: legCount } = entry.leg.shard;
    if (legCount !== count || index > count) throw new FtbenchError(`${entry.file} is of leg ${index}/${legCount}, but the candidate's shards are ${count}`);
    const twin = byIndex.get(index);
    if (twin) throw new FtbenchError(`${twin.file} and ${entry.file} are both leg ${index}/${count}`, 'Download each leg’s artifact once.');
    byIndex.set(index, entry);
    const differs = IDENTITY_PARTS.find(([part]) => JSON.stringify(entry.leg.identity[part]) !== JSON.stringify(identity[part]));
    if (differs) throw new FtbenchError(`${entry.file}: that leg scored with another ${differs[1]} than this merge job is set up with`, SAME_SETUP);
    if ((entry.leg.baselineModelHash !== null) !== withBaselineModel) {
      throw new FtbenchError(
        `${entry.file}: that leg ran ${withBaselineModel ? 'without' : 'with'} baseline-model, this merge job ${withBaselineModel ? 'with' : 'without'}`,
        SAME_SETUP,
      );
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new FtbenchError(
      `the leg records ${missing.map((index) => shardFileName('leg', { index, count })).join(', ')} are missing`,
      'Download every shard job’s whole artifact.',
    );
  }
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((index) => (byIndex.get(index) as LegFile).leg);
  for (const field of ['baselineModelHash', 'candidateModelHash'] as const) {
    if (new Set(ordered.map((leg) => leg[field])).size > 1) throw new FtbenchError(`the legs scored different models (their ${field} differ)`, SAME_SETUP);
  }
  return ordered;
}

/** What the merge job takes from the shards. */
export interface MergedShards {
  /** The candidate's whole results. */
  candidate: EvalResults;
  /** The content hash of a role's model, as the legs recorded it. */
  modelHash: (role: ModelRole) => string;
  /** The baseline's whole results from its shards, for when the whole baseline is not cached; an error naming what is missing otherwise. */
  baseline: () => EvalResults;
}

/** The candidate's shards merged (refusing a partial set) and the legs checked against this job's setup. */
export function mergeShardFolder(folder: ShardFolder, identity: ScoringIdentity, withBaselineModel: boolean): MergedShards {
  const candidate = mergeRole('candidate', folder.candidate);
  const legs = checkLegs(folder.legs, (folder.candidate[0].results.shard as { count: number }).count, identity, withBaselineModel);
  const [first] = legs;
  return {
    candidate,
    modelHash: (role) => {
      const recorded = role === 'baseline' ? first.baselineModelHash : first.candidateModelHash;
      if (recorded === null) throw new FtbenchError(`the legs recorded no content hash of the ${role} model`, SAME_SETUP);
      return recorded;
    },
    baseline: () => {
      if (folder.baseline.length === 0 && legs.every((leg) => leg.baselineCached)) {
        throw new FtbenchError(
          'the shard jobs found the whole baseline in the Actions cache, so they scored no shard of it, but it is not in the cache now',
          'Re-run all the jobs: the shard jobs then score the baseline’s shards too.',
        );
      }
      return mergeRole('baseline', folder.baseline);
    },
  };
}
