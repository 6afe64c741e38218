/** The onnxruntime-node version core is built against, from core's package.json (the bundle holds it: a checkout of the action has no node_modules). */
import corePackage from '../../core/package.json' with { type: 'json' };

export const ONNXRUNTIME_NODE_VERSION: string = corePackage.dependencies['onnxruntime-node'];
