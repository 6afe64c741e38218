/**
 * What action.yml runs (bundled as dist-action/index.mjs). The engine imports onnxruntime-node,
 * which a fresh checkout of the action does not have, so this entry first makes it importable
 * and only then loads the rest of the action.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { openCacheStore, type CacheStore } from './cache-store.js';
import { ensureRuntime } from './runtime.js';
import { ONNXRUNTIME_NODE_VERSION } from './runtime-version.js';

let store: CacheStore | undefined;
try {
  store = await openCacheStore();
  const bundleDir = path.dirname(fileURLToPath(import.meta.url));
  await ensureRuntime({ bundleDir, device: core.getInput('device') || 'cpu', version: ONNXRUNTIME_NODE_VERSION, store });
  const { main, failureMessage } = await import('./main.js');
  try {
    await main(store);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
} catch (error) {
  core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
// A cache call that passed its deadline may still hold a connection open; the verdict is out, so end now.
if (store?.abandoned) process.exit();
