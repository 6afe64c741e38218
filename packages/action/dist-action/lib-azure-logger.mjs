import { n as __esmMin } from "./rolldown-runtime.mjs";
import { q as createLoggerContext, r as init_internal } from "./lib-typespec-ts-http-runtime.mjs";
// node_modules/@azure/logger/dist/esm/index.js
/**
* Creates a logger for use by the Azure SDKs that inherits from `AzureLogger`.
* @param namespace - The name of the SDK package.
* @hidden
*/
function createClientLogger(namespace) {
	return context.createClientLogger(namespace);
}
var context;
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_internal();
		context = createLoggerContext({
			logLevelEnvVarName: "AZURE_LOG_LEVEL",
			namespace: "azure"
		});
		context.logger;
	})))();
}
export { init_esm as n, createClientLogger as t };
