import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/universal-user-agent/index.js
function getUserAgent() {
	if (typeof navigator === "object" && "userAgent" in navigator) return navigator.userAgent;
	if (typeof process === "object" && process.version !== void 0) return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
	return "<environment undetectable>";
}
function init_universal_user_agent() {
	return (init_universal_user_agent = __esmMin((() => {})))();
}
export { init_universal_user_agent as n, getUserAgent as t };
