/** Durable, resumable scoring: a killed evaluation resumes where its last fsync'd batch ended. */
export { CheckpointStore, encodeRecord, readCheckpoint } from './store.js';
export { checkpointFile, generationRequestKey, loglikelihoodRequestKey, modelCheckpointKey, scoreResumable } from './resume.js';
