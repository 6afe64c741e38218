/**
 * The onnxruntime-node version core is built against, from core's package.json. The bundle
 * (bundle.mjs) inlines it, since a checkout of the action has no node_modules to read.
 */
import { readFileSync } from 'node:fs';

const corePackage = JSON.parse(readFileSync(new URL('../../core/package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

export const ONNXRUNTIME_NODE_VERSION: string = corePackage.dependencies['onnxruntime-node'];
