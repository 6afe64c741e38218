import { n as __esmMin } from "./rolldown-runtime.mjs";
import { a as dependencies, o as init_package } from "./ftbench-core~index~main.mjs";
// packages/action/src/runtime-version.ts
var ONNXRUNTIME_NODE_VERSION;
function init_runtime_version() {
	return (init_runtime_version = __esmMin((() => {
		init_package();
		ONNXRUNTIME_NODE_VERSION = dependencies["onnxruntime-node"];
	})))();
}
export { init_runtime_version as n, ONNXRUNTIME_NODE_VERSION as t };
