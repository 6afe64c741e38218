/**
 * The action's side of sharding, on real shard results of a toy model: the merge folder the merge
 * job reads (the legs' files, in subfolders or merged), its refusals of a partial, duplicated, foreign
 * or mismatched set, and the refusal of a shard's results by everything that compares or gates
 * (the action's reports, `ftbench check` and `ftbench compare`, the fork-safe commenter).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtbenchError, simpleEvaluate, type EvalResults } from '@ftbench/core';
import { writeToyModel } from '../../core/src/testing.js';
import type { ScoringIdentity } from '../src/baseline.js';
import { CommentSourceError, readCommentSource, writeCommentSource } from '../src/fork-comment.js';
import { checkFiles, compareFiles } from '../src/loop.js';
import { buildReports } from '../src/report.js';
import { mergeShardFolder, readShardFolder, shardFileName, writeShardLeg, type ShardLeg } from '../src/shard-files.js';

const COUNT = 3;
/** Small scoring chunks, so that 30 questions make enough chunks for three shards. */
const CHUNK_REQUESTS = 9;
const IDENTITY: ScoringIdentity = { ftbenchVersion: '0.1.0', runtimeVersion: '1.29.0', provider: 'cpu', tasks: ['suite:quiz@v'], options: {} };
const HASH = 'a'.repeat(64);

let root: string;
let suite: string;
let whole: { candidate: EvalResults; baseline: EvalResults };
/** Per role, the results of shards 1..COUNT. */
let shards: { candidate: EvalResults[]; baseline: EvalResults[] };

async function evaluate(model: string, shard?: { index: number; count: number }): Promise<EvalResults> {
  return simpleEvaluate({ model: path.join(root, 'models', model), tasks: [suite], logSamples: true, progress: false, chunkRequests: CHUNK_REQUESTS, shard });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ftbench-shards-'));
  const shape = { layers: 1, heads: 2, hidden: 16, maxPositions: 128, withPast: false };
  await writeToyModel(path.join(root, 'models/candidate'), { ...shape, seed: 3 });
  await writeToyModel(path.join(root, 'models/baseline'), { ...shape, seed: 4 });
  const items = Array.from({ length: 30 }, (_, i) => ({
    id: `q${i}`,
    category: i % 2 ? 'odd' : 'even',
    question: `Question ${i}: which number follows ${i}?`,
    choices: [String(i + 1), String(i + 2), String(i - 1)],
    answer: 'A',
  }));
  suite = `suite:${path.join(root, 'quiz.jsonl')}`;
  writeFileSync(path.join(root, 'quiz.jsonl'), items.map((item) => JSON.stringify(item)).join('\n'));
  const indices = Array.from({ length: COUNT }, (_, i) => ({ index: i + 1, count: COUNT }));
  whole = { candidate: await evaluate('candidate'), baseline: await evaluate('baseline') };
  shards = {
    candidate: await Promise.all(indices.map((spec) => evaluate('candidate', spec))),
    baseline: await Promise.all(indices.map((spec) => evaluate('baseline', spec))),
  };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const leg = (index: number, overrides: Partial<ShardLeg> = {}): ShardLeg => ({
  shard: { index, count: COUNT },
  identity: IDENTITY,
  baselineModelHash: HASH,
  baselineCached: false,
  candidateModelHash: null,
  ...overrides,
});

/** A download-artifact folder: per leg a subfolder ftbench-shard-I with its files; `baseline: false` legs found the baseline cached. */
function artifacts(options: { legs?: number[]; baseline?: number[]; legOverrides?: Partial<ShardLeg> } = {}): string {
  const dir = mkdtempSync(path.join(root, 'artifacts-'));
  const legs = options.legs ?? [1, 2, 3];
  const withBaseline = options.baseline ?? legs;
  for (const index of legs) {
    const legDir = path.join(dir, `ftbench-shard-${index}`);
    mkdirSync(legDir);
    const spec = { index, count: COUNT };
    writeFileSync(path.join(legDir, shardFileName('candidate', spec)), JSON.stringify(shards.candidate[index - 1]));
    if (withBaseline.includes(index)) writeFileSync(path.join(legDir, shardFileName('baseline', spec)), JSON.stringify(shards.baseline[index - 1]));
    writeShardLeg(legDir, leg(index, { baselineCached: !withBaseline.includes(index), ...options.legOverrides }));
  }
  return dir;
}

const merge = (dir: string, identity = IDENTITY, withBaselineModel = true) => mergeShardFolder(readShardFolder(dir, 'shards'), identity, withBaselineModel);

/** The FtbenchError `run` throws, message and hint on one line each. */
function refusal(run: () => unknown): { message: string; hint?: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FtbenchError);
    const { message, hint } = error as FtbenchError;
    expect(message).not.toContain('\n');
    return { message, hint };
  }
  throw new Error('expected a refusal');
}

describe('the merge folder', () => {
  it('merges the legs of both download layouts into the whole run: metrics, groups and per-sample records', () => {
    const dir = artifacts();
    const flat = mkdtempSync(path.join(root, 'flat-'));
    for (let index = 1; index <= COUNT; index++) cpSync(path.join(dir, `ftbench-shard-${index}`), flat, { recursive: true });
    for (const folder of [dir, flat]) {
      const merged = merge(folder);
      for (const role of ['candidate', 'baseline'] as const) {
        const results = role === 'candidate' ? merged.candidate : merged.baseline();
        expect(results.shard).toBeUndefined();
        expect(results.tasks).toEqual(whole[role].tasks);
        expect(results.groups).toEqual(whole[role].groups);
        expect(results.samples).toEqual(whole[role].samples);
      }
      expect(merged.modelHash('baseline')).toBe(HASH);
      expect(refusal(() => merged.modelHash('candidate')).message).toBe('the legs recorded no content hash of the candidate model');
    }
  });

  it('refuses a partial set, naming the missing shard and the files it has', () => {
    const dir = artifacts({ legs: [1, 3] });
    const { message, hint } = refusal(() => merge(dir));
    expect(message).toBe(
      `the candidate's shards: shard 2/3 is missing (given: ${path.join('shards', 'ftbench-shard-1', 'candidate-1-of-3.json')}, ${path.join('shards', 'ftbench-shard-3', 'candidate-3-of-3.json')})`,
    );
    expect(hint).toMatch(/rerun the missing ones/);
  });

  it('refuses a shard given twice, naming both files', () => {
    const dir = artifacts();
    cpSync(path.join(dir, 'ftbench-shard-2'), path.join(dir, 'again'), { recursive: true });
    expect(refusal(() => merge(dir)).message).toBe(
      `the candidate's shards: ${path.join('shards', 'again', 'candidate-2-of-3.json')} and ${path.join('shards', 'ftbench-shard-2', 'candidate-2-of-3.json')} are both shard 2/3`,
    );
  });

  it('refuses a folder holding anything but shard files, an empty folder and a missing one', () => {
    const dir = artifacts();
    writeFileSync(path.join(dir, 'ftbench-shard-1', 'comment-source.json'), '{}');
    expect(refusal(() => merge(dir)).message).toBe(
      `the merge folder shards holds ${path.join('shards', 'ftbench-shard-1', 'comment-source.json')}, which is not a shard job's file (candidate-, baseline- or leg-I-of-N.json)`,
    );
    expect(refusal(() => merge(mkdtempSync(path.join(root, 'empty-')))).message).toBe('the merge folder shards holds no shard results (it is empty)');
    expect(refusal(() => merge(path.join(root, 'nowhere'))).message).toBe('cannot read the merge folder shards (ENOENT)');
  });

  it('refuses a set whose leg record is missing or damaged', () => {
    const dir = artifacts();
    rmSync(path.join(dir, 'ftbench-shard-2', 'leg-2-of-3.json'));
    expect(refusal(() => merge(dir)).message).toBe('the leg records leg-2-of-3.json are missing');
    writeFileSync(
      path.join(dir, 'ftbench-shard-2', 'leg-2-of-3.json'),
      JSON.stringify({ format: 'ftbench-shard-leg', version: 1, shard: { index: 2, count: 3 } }),
    );
    expect(refusal(() => merge(dir)).message).toMatch(/^shards\/ftbench-shard-2\/leg-2-of-3\.json is not a shard leg record: /);
  });

  it.each([
    ['device (execution provider)', { ...IDENTITY, provider: 'cuda' }],
    ['tasks', { ...IDENTITY, tasks: ['suite:quiz@w'] }],
    ['scoring options', { ...IDENTITY, options: { numFewshot: 1 } }],
    ['ftbench version', { ...IDENTITY, ftbenchVersion: '0.2.0' }],
  ])('refuses legs scored with another %s than the merge job is set up with', (what, identity) => {
    const { message, hint } = refusal(() => merge(artifacts(), identity));
    expect(message).toBe(
      `${path.join('shards', 'ftbench-shard-1', 'leg-1-of-3.json')}: that leg scored with another ${what} than this merge job is set up with`,
    );
    expect(hint).toMatch(/same config, tasks, device and baseline-model/);
  });

  it('refuses legs run with baseline-model in a merge job without it, and legs of different baseline models', () => {
    expect(refusal(() => merge(artifacts(), IDENTITY, false)).message).toBe(
      `${path.join('shards', 'ftbench-shard-1', 'leg-1-of-3.json')}: that leg ran with baseline-model, this merge job without`,
    );
    const dir = artifacts();
    writeShardLeg(path.join(dir, 'ftbench-shard-3'), leg(3, { baselineModelHash: 'b'.repeat(64) }));
    expect(refusal(() => merge(dir)).message).toBe('the legs scored different models (their baselineModelHash differ)');
  });

  it('merges the baseline only from all its shards: none when the legs found it cached, never a partial set', () => {
    const cached = merge(artifacts({ baseline: [] }));
    expect(cached.candidate.tasks).toEqual(whole.candidate.tasks);
    expect(refusal(() => cached.baseline()).message).toBe(
      'the shard jobs found the whole baseline in the Actions cache, so they scored no shard of it, but it is not in the cache now',
    );
    const partial = merge(artifacts({ baseline: [1, 3] }));
    expect(refusal(() => partial.baseline()).message).toMatch(/^the baseline's shards: shard 2\/3 is missing \(given: /);
  });
});

describe('shard results are never compared or gated', () => {
  const file = (name: string, results: EvalResults) => {
    const target = path.join(root, name);
    writeFileSync(target, JSON.stringify(results));
    return target;
  };

  it('ftbench check and ftbench compare refuse a shard file, saying to merge first', async () => {
    const shard = file('shard-2.json', shards.candidate[1]);
    const base = file('base.json', whole.baseline);
    for (const run of [
      () => checkFiles({ baseline: base, candidate: shard }),
      () => checkFiles({ baseline: shard, candidate: base }),
      () => compareFiles({ files: [base, shard] }),
    ]) {
      const error = (await run().catch((caught: unknown) => caught)) as FtbenchError;
      expect(error).toBeInstanceOf(FtbenchError);
      expect(error.message).toBe(`${shard} holds the results of shard 2/3 only, not of a whole run: it is not compared or gated`);
      expect(error.hint).toMatch(/^Merge every shard first \(ftbench merge shard-\*\.json --output results\.json/);
    }
  });

  it("the action's reports refuse a shard as candidate or as baseline", () => {
    const input = { baselineCacheHit: false, gates: [], withoutBaseline: [], why: '' };
    expect(refusal(() => buildReports({ ...input, candidate: shards.candidate[0], baseline: whole.baseline })).message).toMatch(
      /^the candidate holds the results of shard 1\/3 only/,
    );
    expect(refusal(() => buildReports({ ...input, candidate: whole.candidate, baseline: shards.baseline[0] })).message).toMatch(
      /^the baseline holds the results of shard 1\/3 only/,
    );
    expect(buildReports({ ...input, candidate: whole.candidate, baseline: whole.baseline }).passed).toBe(true);
  });

  it('the fork-safe commenter refuses a comment source holding a shard', () => {
    const source = path.join(root, 'comment-source.json');
    const report = { baselineCacheHit: false, gates: [], withoutBaseline: [], why: '', baseline: whole.baseline };
    writeCommentSource(source, { pullRequest: 3, headSha: 'c0ffee', report: { ...report, candidate: shards.candidate[2] } });
    expect(() => readCommentSource(source)).toThrow(CommentSourceError);
    expect(() => readCommentSource(source)).toThrow(/report\.candidate holds the results of shard 3\/3 only.*Merge every shard first/);
    writeCommentSource(source, { pullRequest: 3, headSha: 'c0ffee', report: { ...report, candidate: whole.candidate } });
    expect(readCommentSource(source).report.candidate.tasks).toEqual(JSON.parse(readFileSync(source, 'utf8')).report.candidate.tasks);
  });
});
