/** Durable, resumable scoring: a killed evaluation resumes where its last fsync'd batch ended. */
export { CheckpointStore, encodeRecord, readCheckpoint, type CheckpointRecord, type LoadedCheckpoint } from './store.js';
export {
  CHECKPOINT_CHUNK_REQUESTS,
  checkpointFile,
  documentChunks,
  generationRequestKey,
  loglikelihoodRequestKey,
  modelCheckpointKey,
  scoreResumable,
  type ResumableScoring,
} from './resume.js';
export { checkpointCachePlan } from './cache-plan.js';
