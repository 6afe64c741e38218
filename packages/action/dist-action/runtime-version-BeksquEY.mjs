// packages/action/src/runtime-version.ts
const ONNXRUNTIME_NODE_VERSION = "1.29.0";
export { ONNXRUNTIME_NODE_VERSION as t };
