/**
 * The on-disk cache of scoring graphs (see score-graph.ts): built once per model, keyed by the model's
 * content hash, so a second run on the same model loads the rewritten graph directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildScoringGraph, decodeModel, encodeModel, SCORE_GRAPH_VERSION, usesExternalData, type GatherPoint } from './score-graph.js';
import { makeDirs } from '../fs-errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { sha256Hex } from '../hash.js';

export interface CachedScoringGraph {
  /** The rewritten model.onnx inside the cache. */
  file: string;
  gatherAt: GatherPoint;
  /** The original model directory when weights live in external data files (resolved from there), else null. */
  externalDataDir: string | null;
  /** The original graph's logits dtype (`float32`, `float16`, ...), which the rewritten graph no longer exposes. */
  logitsType: string;
}

interface CacheMeta {
  version: number;
  gatherAt: GatherPoint;
  externalData: boolean;
  logitsType: string;
}

/** ONNX TensorProto.DataType codes as onnxruntime-node names them. */
const ELEMENT_TYPES: Record<number, string> = { 1: 'float32', 10: 'float16', 11: 'float64', 16: 'bfloat16' };

/**
 * The scoring graph of the model in `modelDir` whose weights hash to `fingerprint`, from the cache or
 * built now (`rebuild` forces the latter). Throws ScoreGraphError for graphs that cannot be rewritten,
 * and file-system errors when the cache is not writable.
 */
export function cachedScoringGraph(modelDir: string, fingerprint: string, cacheDir: string, rebuild = false): CachedScoringGraph {
  const key = sha256Hex(`scoring-graph-v${SCORE_GRAPH_VERSION}\0${fingerprint}`);
  const dir = path.join(cacheDir, 'graphs', key);
  const file = path.join(dir, 'model.onnx');
  const metaFile = path.join(dir, 'meta.json');
  let meta: CacheMeta;
  if (!rebuild && existsSync(metaFile) && existsSync(file)) {
    meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CacheMeta;
  } else {
    const model = decodeModel(readFileSync(path.join(modelDir, 'model.onnx')));
    const logitsInfo = (model.graph?.output ?? []).find((o) => o.name === 'logits');
    const elemType = logitsInfo?.type?.tensorType?.elemType ?? 1;
    const externalData = usesExternalData(model);
    const { gatherAt } = buildScoringGraph(model);
    meta = { version: SCORE_GRAPH_VERSION, gatherAt, externalData, logitsType: ELEMENT_TYPES[elemType] ?? `onnx type ${elemType}` };
    makeDirs(dir);
    writeFileAtomic(file, encodeModel(model));
    writeFileAtomic(metaFile, JSON.stringify(meta, null, 2) + '\n');
  }
  return { file, gatherAt: meta.gatherAt, externalDataDir: meta.externalData ? path.resolve(modelDir) : null, logitsType: meta.logitsType };
}
