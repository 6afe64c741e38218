/**
 * What action.yml runs (bundled as dist-action/index.mjs). The engine imports onnxruntime-node,
 * which a fresh checkout of the action does not have, so this entry first makes it importable
 * (for the device the inputs name) and only then loads the rest of the action.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { openCacheStore, type CacheStore } from './cache-store.js';
import { failureMessage } from './failure.js';
import { readInputs } from './inputs.js';
import { ensureRuntime } from './runtime.js';
import { ONNXRUNTIME_NODE_VERSION } from './runtime-version.js';

let store: CacheStore | undefined;
try {
  const inputs = readInputs((name) => core.getInput(name));
  store = await openCacheStore();
  const bundleDir = path.dirname(fileURLToPath(import.meta.url));
  // The merge job scores nothing: the CPU runtime suffices there (the engine is loaded all the same).
  await ensureRuntime({ bundleDir, device: inputs.merge === null ? inputs.device : 'cpu', version: ONNXRUNTIME_NODE_VERSION, store });
  const { main } = await import('./main.js');
  await main(inputs, store);
} catch (error) {
  core.setFailed(failureMessage(error));
}
// A cache call that passed its deadline may still hold a connection open; the verdict is out, so end now.
if (store?.abandoned) process.exit();
