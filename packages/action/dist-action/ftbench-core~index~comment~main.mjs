import { n as __esmMin } from "./rolldown-runtime.mjs";
// packages/core/src/errors.ts
var FtbenchError;
function init_errors() {
	return (init_errors = __esmMin((() => {
		FtbenchError = class extends Error {
			hint;
			constructor(message, hint) {
				super(message);
				this.hint = hint;
				this.name = "FtbenchError";
			}
		};
	})))();
}
export { init_errors as n, FtbenchError as t };
