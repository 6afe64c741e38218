import { i as __require, t as __commonJSMin } from "./rolldown-runtime.mjs";
// node_modules/@protobufjs/inquire/index.js
var require_inquire = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = inquire;
	/**
	* Requires a module only if available.
	* @memberof util
	* @param {string} moduleName Module to require
	* @returns {?Object} Required module if available and not empty, otherwise `null`
	* @deprecated Legacy optional require helper. Will be removed in a future release.
	*/
	function inquire(moduleName) {
		try {
			if (typeof __require !== "function") return null;
			var mod = __require(moduleName);
			if (mod && (mod.length || Object.keys(mod).length)) return mod;
			return null;
		} catch (err) {
			return null;
		}
	}
}));
export { require_inquire as t };
