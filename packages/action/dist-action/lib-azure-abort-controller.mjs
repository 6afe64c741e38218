import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/@azure/abort-controller/dist/esm/AbortError.js
var AbortError;
function init_AbortError() {
	return (init_AbortError = __esmMin((() => {
		AbortError = class extends Error {
			constructor(message) {
				super(message);
				this.name = "AbortError";
			}
		};
	})))();
}
// node_modules/@azure/abort-controller/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_AbortError();
	})))();
}
export { AbortError as n, init_AbortError as r, init_esm as t };
