import { n as __esmMin } from "./rolldown-runtime.mjs";
import { t as init_esm$1 } from "./lib-azure-core-util.mjs";
// node_modules/@azure/core-auth/dist/esm/azureKeyCredential.js
function init_azureKeyCredential() {
	return (init_azureKeyCredential = __esmMin((() => {})))();
}
// node_modules/@azure/core-auth/dist/esm/keyCredential.js
function init_keyCredential() {
	return (init_keyCredential = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-auth/dist/esm/azureNamedKeyCredential.js
function init_azureNamedKeyCredential() {
	return (init_azureNamedKeyCredential = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-auth/dist/esm/azureSASCredential.js
function init_azureSASCredential() {
	return (init_azureSASCredential = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-auth/dist/esm/tokenCredential.js
/**
* Tests an object to determine whether it implements TokenCredential.
*
* @param credential - The assumed TokenCredential to be tested.
*/
function isTokenCredential(credential) {
	const castCredential = credential;
	return castCredential && typeof castCredential.getToken === "function" && (castCredential.signRequest === void 0 || castCredential.getToken.length > 0);
}
function init_tokenCredential() {
	return (init_tokenCredential = __esmMin((() => {})))();
}
// node_modules/@azure/core-auth/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_azureKeyCredential();
		init_keyCredential();
		init_azureNamedKeyCredential();
		init_azureSASCredential();
	})))();
}
export { init_tokenCredential as n, isTokenCredential as r, init_esm as t };
