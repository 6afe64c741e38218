import { n as __esmMin } from "./rolldown-runtime.mjs";
import { C as defaultRetryPolicy$1, D as createDefaultHttpClient$1, E as logPolicy$1, F as Sanitizer, G as createHttpHeaders$1, M as RestError$1, P as isRestError$1, V as createPipelineRequest$1, d as decompressResponsePolicy$1, f as decompressResponsePolicyName$1, g as proxyPolicy$1, i as init_esm$1, l as redirectPolicy$1, m as getDefaultProxySettings$1, n as init_internal, o as multipartPolicy$1, s as multipartPolicyName$1, t as init_internal$1, u as redirectPolicyName$1, v as tlsPolicy$1, x as formDataPolicy$1, y as agentPolicy$1, z as createEmptyPipeline$1 } from "./lib-typespec-ts-http-runtime.mjs";
import { n as init_esm$2, t as createClientLogger } from "./lib-azure-logger.mjs";
import { l as delay, n as isError, r as isNodeLike, s as getErrorMessage, t as init_esm$3 } from "./lib-azure-core-util.mjs";
import { n as createTracingClient, t as init_esm$4 } from "./lib-azure-core-tracing.mjs";
import os from "node:os";
import process from "node:process";
// node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
/**
* Creates a totally empty pipeline.
* Useful for testing or creating a custom one.
*/
function createEmptyPipeline() {
	return createEmptyPipeline$1();
}
function init_pipeline() {
	return (init_pipeline = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/log.js
var logger;
function init_log() {
	return (init_log = __esmMin((() => {
		init_esm$2();
		logger = createClientLogger("core-rest-pipeline");
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
/**
* A policy that logs all requests and responses.
* @param options - Options to configure logPolicy.
*/
function logPolicy(options = {}) {
	return logPolicy$1({
		logger: logger.info,
		...options
	});
}
function init_logPolicy() {
	return (init_logPolicy = __esmMin((() => {
		init_log();
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
/**
* A policy to follow Location headers from the server in order
* to support server-side redirection.
* In the browser, this policy is not used.
* @param options - Options to control policy behavior.
*/
function redirectPolicy(options = {}) {
	return redirectPolicy$1(options);
}
var redirectPolicyName;
function init_redirectPolicy() {
	return (init_redirectPolicy = __esmMin((() => {
		init_internal();
		redirectPolicyName = redirectPolicyName$1;
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
/**
* @internal
*/
function getHeaderName() {
	return "User-Agent";
}
/**
* @internal
*/
async function setPlatformSpecificData(map) {
	if (process && process.versions) {
		const osInfo = `${os.type()} ${os.release()}; ${os.arch()}`;
		const versions = process.versions;
		if (versions.bun) map.set("Bun", `${versions.bun} (${osInfo})`);
		else if (versions.deno) map.set("Deno", `${versions.deno} (${osInfo})`);
		else if (versions.node) map.set("Node", `${versions.node} (${osInfo})`);
	}
}
function init_userAgentPlatform() {
	return (init_userAgentPlatform = __esmMin((() => {})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
var SDK_VERSION;
function init_constants() {
	return (init_constants = __esmMin((() => {
		SDK_VERSION = "1.22.3";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
function getUserAgentString(telemetryInfo) {
	const parts = [];
	for (const [key, value] of telemetryInfo) {
		const token = value ? `${key}/${value}` : key;
		parts.push(token);
	}
	return parts.join(" ");
}
/**
* @internal
*/
function getUserAgentHeaderName() {
	return getHeaderName();
}
/**
* @internal
*/
async function getUserAgentValue(prefix) {
	const runtimeInfo = /* @__PURE__ */ new Map();
	runtimeInfo.set("core-rest-pipeline", SDK_VERSION);
	await setPlatformSpecificData(runtimeInfo);
	const defaultAgent = getUserAgentString(runtimeInfo);
	return prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
}
function init_userAgent() {
	return (init_userAgent = __esmMin((() => {
		init_userAgentPlatform();
		init_constants();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/userAgentPolicy.js
/**
* A policy that sets the User-Agent header (or equivalent) to reflect
* the library version.
* @param options - Options to customize the user agent value.
*/
function userAgentPolicy(options = {}) {
	const userAgentValue = getUserAgentValue(options.userAgentPrefix);
	return {
		name: userAgentPolicyName,
		async sendRequest(request, next) {
			if (!request.headers.has(UserAgentHeaderName)) request.headers.set(UserAgentHeaderName, await userAgentValue);
			return next(request);
		}
	};
}
var UserAgentHeaderName, userAgentPolicyName;
function init_userAgentPolicy() {
	return (init_userAgentPolicy = __esmMin((() => {
		init_userAgent();
		UserAgentHeaderName = getUserAgentHeaderName();
		userAgentPolicyName = "userAgentPolicy";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
/**
* Type guard to check if a given object is a blob-like object with a raw content property.
*/
function hasRawContent(x) {
	return typeof x[rawContent] === "function";
}
/**
* Extract the raw content from a given blob-like object. If the input was created using createFile
* or createFileFromStream, the exact content passed into createFile/createFileFromStream will be used.
* For true instances of Blob and File, returns the actual blob.
*
* @internal
*/
function getRawContent(blob) {
	if (hasRawContent(blob)) return blob[rawContent]();
	else return blob;
}
var rawContent;
function init_file() {
	return (init_file = __esmMin((() => {
		init_esm$3();
		rawContent = Symbol("rawContent");
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
/**
* Pipeline policy for multipart requests
*/
function multipartPolicy() {
	const tspPolicy = multipartPolicy$1();
	return {
		name: multipartPolicyName,
		sendRequest: async (request, next) => {
			if (request.multipartBody) {
				for (const part of request.multipartBody.parts) if (hasRawContent(part.body)) part.body = getRawContent(part.body);
			}
			return tspPolicy.sendRequest(request, next);
		}
	};
}
var multipartPolicyName;
function init_multipartPolicy() {
	return (init_multipartPolicy = __esmMin((() => {
		init_internal();
		init_file();
		multipartPolicyName = multipartPolicyName$1;
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
/**
* A policy to enable response decompression according to Accept-Encoding header
* https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
*/
function decompressResponsePolicy() {
	return decompressResponsePolicy$1();
}
var decompressResponsePolicyName;
function init_decompressResponsePolicy() {
	return (init_decompressResponsePolicy = __esmMin((() => {
		init_internal();
		decompressResponsePolicyName = decompressResponsePolicyName$1;
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
/**
* A policy that retries according to three strategies:
* - When the server sends a 429 response with a Retry-After header.
* - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
* - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
*/
function defaultRetryPolicy(options = {}) {
	return defaultRetryPolicy$1(options);
}
function init_defaultRetryPolicy() {
	return (init_defaultRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
/**
* A policy that encodes FormData on the request into the body.
*/
function formDataPolicy() {
	return formDataPolicy$1();
}
function init_formDataPolicy() {
	return (init_formDataPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
/**
* This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
* If no argument is given, it attempts to parse a proxy URL from the environment
* variables `HTTPS_PROXY` or `HTTP_PROXY`.
* @param proxyUrl - The url of the proxy to use. May contain authentication information.
* @deprecated - Internally this method is no longer necessary when setting proxy information.
*/
function getDefaultProxySettings(proxyUrl) {
	return getDefaultProxySettings$1(proxyUrl);
}
/**
* A policy that allows one to apply proxy settings to all requests.
* If not passed static settings, they will be retrieved from the HTTPS_PROXY
* or HTTP_PROXY environment variables.
* @param proxySettings - ProxySettings to use on each request.
* @param options - additional settings, for example, custom NO_PROXY patterns
*/
function proxyPolicy(proxySettings, options) {
	return proxyPolicy$1(proxySettings, options);
}
function init_proxyPolicy() {
	return (init_proxyPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
/**
* Each PipelineRequest gets a unique id upon creation.
* This policy passes that unique id along via an HTTP header to enable better
* telemetry and tracing.
* @param requestIdHeaderName - The name of the header to pass the request ID to.
*/
function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
	return {
		name: setClientRequestIdPolicyName,
		async sendRequest(request, next) {
			if (!request.headers.has(requestIdHeaderName)) request.headers.set(requestIdHeaderName, request.requestId);
			return next(request);
		}
	};
}
var setClientRequestIdPolicyName;
function init_setClientRequestIdPolicy() {
	return (init_setClientRequestIdPolicy = __esmMin((() => {
		setClientRequestIdPolicyName = "setClientRequestIdPolicy";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
/**
* Gets a pipeline policy that sets http.agent
*/
function agentPolicy(agent) {
	return agentPolicy$1(agent);
}
function init_agentPolicy() {
	return (init_agentPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
/**
* Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
*/
function tlsPolicy(tlsSettings) {
	return tlsPolicy$1(tlsSettings);
}
function init_tlsPolicy() {
	return (init_tlsPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
/**
* Typeguard for RestError
* @param e - Something caught by a catch clause.
*/
function isRestError(e) {
	return isRestError$1(e);
}
var RestError;
function init_restError() {
	return (init_restError = __esmMin((() => {
		init_esm$1();
		RestError = RestError$1;
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
/**
* A simple policy to create OpenTelemetry Spans for each request made by the pipeline
* that has SpanOptions with a parent.
* Requests made without a parent Span will not be recorded.
* @param options - Options to configure the telemetry logged by the tracing policy.
*/
function tracingPolicy(options = {}) {
	const userAgentPromise = getUserAgentValue(options.userAgentPrefix);
	const sanitizer = new Sanitizer({ additionalAllowedQueryParameters: options.additionalAllowedQueryParameters });
	const tracingClient = tryCreateTracingClient();
	return {
		name: tracingPolicyName,
		async sendRequest(request, next) {
			if (!tracingClient) return next(request);
			const userAgent = await userAgentPromise;
			const spanAttributes = {
				"http.url": sanitizer.sanitizeUrl(request.url),
				"http.method": request.method,
				"http.user_agent": userAgent,
				requestId: request.requestId
			};
			if (userAgent) spanAttributes["http.user_agent"] = userAgent;
			const { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
			if (!span || !tracingContext) return next(request);
			try {
				const response = await tracingClient.withContext(tracingContext, next, request);
				tryProcessResponse(span, response);
				return response;
			} catch (err) {
				tryProcessError(span, err);
				throw err;
			}
		}
	};
}
function tryCreateTracingClient() {
	try {
		return createTracingClient({
			namespace: "",
			packageName: "@azure/core-rest-pipeline",
			packageVersion: SDK_VERSION
		});
	} catch (e) {
		logger.warning(`Error when creating the TracingClient: ${getErrorMessage(e)}`);
		return;
	}
}
function tryCreateSpan(tracingClient, request, spanAttributes) {
	try {
		const { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
			spanKind: "client",
			spanAttributes
		});
		if (!span.isRecording()) {
			span.end();
			return;
		}
		const headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
		for (const [key, value] of Object.entries(headers)) request.headers.set(key, value);
		return {
			span,
			tracingContext: updatedOptions.tracingOptions.tracingContext
		};
	} catch (e) {
		logger.warning(`Skipping creating a tracing span due to an error: ${getErrorMessage(e)}`);
		return;
	}
}
function tryProcessError(span, error) {
	try {
		span.setStatus({
			status: "error",
			error: isError(error) ? error : void 0
		});
		if (isRestError(error) && error.statusCode) span.setAttribute("http.status_code", error.statusCode);
		span.end();
	} catch (e) {
		logger.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
	}
}
function tryProcessResponse(span, response) {
	try {
		span.setAttribute("http.status_code", response.status);
		const serviceRequestId = response.headers.get("x-ms-request-id");
		if (serviceRequestId) span.setAttribute("serviceRequestId", serviceRequestId);
		if (response.status >= 400) span.setStatus({ status: "error" });
		span.end();
	} catch (e) {
		logger.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
	}
}
var tracingPolicyName;
function init_tracingPolicy() {
	return (init_tracingPolicy = __esmMin((() => {
		init_esm$4();
		init_constants();
		init_userAgent();
		init_log();
		init_esm$3();
		init_restError();
		init_internal$1();
		tracingPolicyName = "tracingPolicy";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
/**
* Creates a native AbortSignal which reflects the state of the provided AbortSignalLike.
* If the AbortSignalLike is already a native AbortSignal, it is returned as is.
* @param abortSignalLike - The AbortSignalLike to wrap.
* @returns - An object containing the native AbortSignal and an optional cleanup function. The cleanup function should be called when the AbortSignal is no longer needed.
*/
function wrapAbortSignalLike(abortSignalLike) {
	if (abortSignalLike instanceof AbortSignal) return { abortSignal: abortSignalLike };
	if (abortSignalLike.aborted) return { abortSignal: AbortSignal.abort(abortSignalLike.reason) };
	const controller = new AbortController();
	let needsCleanup = true;
	function cleanup() {
		if (needsCleanup) {
			abortSignalLike.removeEventListener("abort", listener);
			needsCleanup = false;
		}
	}
	function listener() {
		controller.abort(abortSignalLike.reason);
		cleanup();
	}
	abortSignalLike.addEventListener("abort", listener);
	return {
		abortSignal: controller.signal,
		cleanup
	};
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
/**
* Policy that ensure that any AbortSignalLike is wrapped in a native AbortSignal for processing by the pipeline.
* Since the ts-http-runtime expects a native AbortSignal, this policy is used to ensure that any AbortSignalLike is wrapped in a native AbortSignal.
*
* @returns - created policy
*/
function wrapAbortSignalLikePolicy() {
	return {
		name: wrapAbortSignalLikePolicyName,
		sendRequest: async (request, next) => {
			if (!request.abortSignal) return next(request);
			const { abortSignal, cleanup } = wrapAbortSignalLike(request.abortSignal);
			request.abortSignal = abortSignal;
			try {
				return await next(request);
			} finally {
				cleanup?.();
			}
		}
	};
}
var wrapAbortSignalLikePolicyName;
function init_wrapAbortSignalLikePolicy() {
	return (init_wrapAbortSignalLikePolicy = __esmMin((() => {
		wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
/**
* Create a new pipeline with a default set of customizable policies.
* @param options - Options to configure a custom pipeline.
*/
function createPipelineFromOptions(options) {
	const pipeline = createEmptyPipeline();
	if (isNodeLike) {
		if (options.agent) pipeline.addPolicy(agentPolicy(options.agent));
		if (options.tlsOptions) pipeline.addPolicy(tlsPolicy(options.tlsOptions));
		pipeline.addPolicy(proxyPolicy(options.proxyOptions));
		pipeline.addPolicy(decompressResponsePolicy());
	}
	pipeline.addPolicy(wrapAbortSignalLikePolicy());
	pipeline.addPolicy(formDataPolicy(), { beforePolicies: [multipartPolicyName] });
	pipeline.addPolicy(userAgentPolicy(options.userAgentOptions));
	pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName));
	pipeline.addPolicy(multipartPolicy(), { afterPhase: "Deserialize" });
	pipeline.addPolicy(defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
	pipeline.addPolicy(tracingPolicy({
		...options.userAgentOptions,
		...options.loggingOptions
	}), { afterPhase: "Retry" });
	if (isNodeLike) pipeline.addPolicy(redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
	pipeline.addPolicy(logPolicy(options.loggingOptions), { afterPhase: "Sign" });
	return pipeline;
}
function init_createPipelineFromOptions() {
	return (init_createPipelineFromOptions = __esmMin((() => {
		init_logPolicy();
		init_pipeline();
		init_redirectPolicy();
		init_userAgentPolicy();
		init_multipartPolicy();
		init_decompressResponsePolicy();
		init_defaultRetryPolicy();
		init_formDataPolicy();
		init_esm$3();
		init_proxyPolicy();
		init_setClientRequestIdPolicy();
		init_agentPolicy();
		init_tlsPolicy();
		init_tracingPolicy();
		init_wrapAbortSignalLikePolicy();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
/**
* Create the correct HttpClient for the current environment.
*/
function createDefaultHttpClient() {
	const client = createDefaultHttpClient$1();
	return { async sendRequest(request) {
		const { abortSignal, cleanup } = request.abortSignal ? wrapAbortSignalLike(request.abortSignal) : {};
		try {
			request.abortSignal = abortSignal;
			return await client.sendRequest(request);
		} finally {
			cleanup?.();
		}
	} };
}
function init_defaultHttpClient() {
	return (init_defaultHttpClient = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
/**
* Creates an object that satisfies the `HttpHeaders` interface.
* @param rawHeaders - A simple object representing initial headers
*/
function createHttpHeaders(rawHeaders) {
	return createHttpHeaders$1(rawHeaders);
}
function init_httpHeaders() {
	return (init_httpHeaders = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
/**
* Creates a new pipeline request with the given options.
* This method is to allow for the easy setting of default values and not required.
* @param options - The options to create the request with.
*/
function createPipelineRequest(options) {
	return createPipelineRequest$1(options);
}
function init_pipelineRequest() {
	return (init_pipelineRequest = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/exponentialRetryPolicy.js
function init_exponentialRetryPolicy() {
	return (init_exponentialRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/systemErrorRetryPolicy.js
function init_systemErrorRetryPolicy() {
	return (init_systemErrorRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/throttlingRetryPolicy.js
function init_throttlingRetryPolicy() {
	return (init_throttlingRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
function init_retryPolicy() {
	return (init_retryPolicy = __esmMin((() => {
		init_esm$2();
		init_constants();
		init_internal();
		createClientLogger("core-rest-pipeline retryPolicy");
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
/**
* Converts an an unreliable access token getter (which may resolve with null)
* into an AccessTokenGetter by retrying the unreliable getter in a regular
* interval.
*
* @param getAccessToken - A function that produces a promise of an access token that may fail by returning null.
* @param retryIntervalInMs - The time (in milliseconds) to wait between retry attempts.
* @param refreshTimeout - The timestamp after which the refresh attempt will fail, throwing an exception.
* @returns - A promise that, if it resolves, will resolve with an access token.
*/
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
	async function tryGetAccessToken() {
		if (Date.now() < refreshTimeout) try {
			return await getAccessToken();
		} catch {
			return null;
		}
		else {
			const finalToken = await getAccessToken();
			if (finalToken === null) throw new Error("Failed to refresh access token.");
			return finalToken;
		}
	}
	let token = await tryGetAccessToken();
	while (token === null) {
		await delay(retryIntervalInMs);
		token = await tryGetAccessToken();
	}
	return token;
}
/**
* Creates a token cycler from a credential, scopes, and optional settings.
*
* A token cycler represents a way to reliably retrieve a valid access token
* from a TokenCredential. It will handle initializing the token, refreshing it
* when it nears expiration, and synchronizes refresh attempts to avoid
* concurrency hazards.
*
* @param credential - the underlying TokenCredential that provides the access
* token
* @param tokenCyclerOptions - optionally override default settings for the cycler
*
* @returns - a function that reliably produces a valid access token
*/
function createTokenCycler(credential, tokenCyclerOptions) {
	let refreshWorker = null;
	let token = null;
	let tenantId;
	const options = {
		...DEFAULT_CYCLER_OPTIONS,
		...tokenCyclerOptions
	};
	/**
	* This little holder defines several predicates that we use to construct
	* the rules of refreshing the token.
	*/
	const cycler = {
		/**
		* Produces true if a refresh job is currently in progress.
		*/
		get isRefreshing() {
			return refreshWorker !== null;
		},
		/**
		* Produces true if the cycler SHOULD refresh (we are within the refresh
		* window and not already refreshing)
		*/
		get shouldRefresh() {
			if (cycler.isRefreshing) return false;
			if (token?.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now()) return true;
			return (token?.expiresOnTimestamp ?? 0) - options.refreshWindowInMs < Date.now();
		},
		/**
		* Produces true if the cycler MUST refresh (null or nearly-expired
		* token).
		*/
		get mustRefresh() {
			return token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now();
		}
	};
	/**
	* Starts a refresh job or returns the existing job if one is already
	* running.
	*/
	function refresh(scopes, getTokenOptions) {
		if (!cycler.isRefreshing) {
			const tryGetAccessToken = () => credential.getToken(scopes, getTokenOptions);
			refreshWorker = beginRefresh(tryGetAccessToken, options.retryIntervalInMs, token?.expiresOnTimestamp ?? Date.now()).then((_token) => {
				refreshWorker = null;
				token = _token;
				tenantId = getTokenOptions.tenantId;
				return token;
			}).catch((reason) => {
				refreshWorker = null;
				token = null;
				tenantId = void 0;
				throw reason;
			});
		}
		return refreshWorker;
	}
	return async (scopes, tokenOptions) => {
		const hasClaimChallenge = Boolean(tokenOptions.claims);
		const tenantIdChanged = tenantId !== tokenOptions.tenantId;
		if (hasClaimChallenge) token = null;
		if (tenantIdChanged || hasClaimChallenge || cycler.mustRefresh) return refresh(scopes, tokenOptions);
		if (cycler.shouldRefresh) refresh(scopes, tokenOptions);
		return token;
	};
}
var DEFAULT_CYCLER_OPTIONS;
function init_tokenCycler() {
	return (init_tokenCycler = __esmMin((() => {
		init_esm$3();
		DEFAULT_CYCLER_OPTIONS = {
			forcedRefreshWindowInMs: 1e3,
			retryIntervalInMs: 3e3,
			refreshWindowInMs: 12e4
		};
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
/**
* Try to send the given request.
*
* When a response is received, returns a tuple of the response received and, if the response was received
* inside a thrown RestError, the RestError that was thrown.
*
* Otherwise, if an error was thrown while sending the request that did not provide an underlying response, it
* will be rethrown.
*/
async function trySendRequest(request, next) {
	try {
		return [await next(request), void 0];
	} catch (e) {
		if (isRestError(e) && e.response) return [e.response, e];
		else throw e;
	}
}
/**
* Default authorize request handler
*/
async function defaultAuthorizeRequest(options) {
	const { scopes, getAccessToken, request } = options;
	const accessToken = await getAccessToken(scopes, {
		abortSignal: request.abortSignal,
		tracingOptions: request.tracingOptions,
		enableCae: true
	});
	if (accessToken) options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
}
/**
* We will retrieve the challenge only if the response status code was 401,
* and if the response contained the header "WWW-Authenticate" with a non-empty value.
*/
function isChallengeResponse(response) {
	return response.status === 401 && response.headers.has("WWW-Authenticate");
}
/**
* Re-authorize the request for CAE challenge.
* The response containing the challenge is `options.response`.
* If this method returns true, the underlying request will be sent once again.
*/
async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
	const { scopes } = onChallengeOptions;
	const accessToken = await onChallengeOptions.getAccessToken(scopes, {
		enableCae: true,
		claims: caeClaims
	});
	if (!accessToken) return false;
	onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
	return true;
}
/**
* A policy that can request a token from a TokenCredential implementation and
* then apply it to the Authorization header of a request as a Bearer token.
*/
function bearerTokenAuthenticationPolicy(options) {
	const { credential, scopes, challengeCallbacks } = options;
	const logger$2 = options.logger || logger;
	const callbacks = {
		authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
		authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks)
	};
	const getAccessToken = credential ? createTokenCycler(credential) : () => Promise.resolve(null);
	return {
		name: bearerTokenAuthenticationPolicyName,
		/**
		* If there's no challenge parameter:
		* - It will try to retrieve the token using the cache, or the credential's getToken.
		* - Then it will try the next policy with or without the retrieved token.
		*
		* It uses the challenge parameters to:
		* - Skip a first attempt to get the token from the credential if there's no cached token,
		*   since it expects the token to be retrievable only after the challenge.
		* - Prepare the outgoing request if the `prepareRequest` method has been provided.
		* - Send an initial request to receive the challenge if it fails.
		* - Process a challenge if the response contains it.
		* - Retrieve a token with the challenge information, then re-send the request.
		*/
		async sendRequest(request, next) {
			if (!request.url.toLowerCase().startsWith("https://")) throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
			await callbacks.authorizeRequest({
				scopes: Array.isArray(scopes) ? scopes : [scopes],
				request,
				getAccessToken,
				logger: logger$2
			});
			let response;
			let error;
			let shouldSendRequest;
			[response, error] = await trySendRequest(request, next);
			if (isChallengeResponse(response)) {
				let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
				if (claims) {
					let parsedClaim;
					try {
						parsedClaim = atob(claims);
					} catch (e) {
						logger$2.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
						return response;
					}
					shouldSendRequest = await authorizeRequestOnCaeChallenge({
						scopes: Array.isArray(scopes) ? scopes : [scopes],
						response,
						request,
						getAccessToken,
						logger: logger$2
					}, parsedClaim);
					if (shouldSendRequest) [response, error] = await trySendRequest(request, next);
				} else if (callbacks.authorizeRequestOnChallenge) {
					shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
						scopes: Array.isArray(scopes) ? scopes : [scopes],
						request,
						response,
						getAccessToken,
						logger: logger$2
					});
					if (shouldSendRequest) [response, error] = await trySendRequest(request, next);
					if (isChallengeResponse(response)) {
						claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
						if (claims) {
							let parsedClaim;
							try {
								parsedClaim = atob(claims);
							} catch (e) {
								logger$2.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
								return response;
							}
							shouldSendRequest = await authorizeRequestOnCaeChallenge({
								scopes: Array.isArray(scopes) ? scopes : [scopes],
								response,
								request,
								getAccessToken,
								logger: logger$2
							}, parsedClaim);
							if (shouldSendRequest) [response, error] = await trySendRequest(request, next);
						}
					}
				}
			}
			if (error) throw error;
			else return response;
		}
	};
}
/**
* Converts: `Bearer a="b", c="d", Pop e="f", g="h"`.
* Into: `[ { scheme: 'Bearer', params: { a: 'b', c: 'd' } }, { scheme: 'Pop', params: { e: 'f', g: 'h' } } ]`.
*
* @internal
*/
function parseChallenges(challenges) {
	const challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g;
	const paramRegex = /(\w+)="([^"]*)"/g;
	const parsedChallenges = [];
	let match;
	while ((match = challengeRegex.exec(challenges)) !== null) {
		const scheme = match[1];
		const paramsString = match[2];
		const params = {};
		let paramMatch;
		while ((paramMatch = paramRegex.exec(paramsString)) !== null) params[paramMatch[1]] = paramMatch[2];
		parsedChallenges.push({
			scheme,
			params
		});
	}
	return parsedChallenges;
}
/**
* Parse a pipeline response and look for a CAE challenge with "Bearer" scheme
* Return the value in the header without parsing the challenge
* @internal
*/
function getCaeChallengeClaims(challenges) {
	if (!challenges) return;
	return parseChallenges(challenges).find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims;
}
var bearerTokenAuthenticationPolicyName;
function init_bearerTokenAuthenticationPolicy() {
	return (init_bearerTokenAuthenticationPolicy = __esmMin((() => {
		init_tokenCycler();
		init_log();
		init_restError();
		bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/ndJsonPolicy.js
function init_ndJsonPolicy() {
	return (init_ndJsonPolicy = __esmMin((() => {})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/policies/auxiliaryAuthenticationHeaderPolicy.js
function init_auxiliaryAuthenticationHeaderPolicy() {
	return (init_auxiliaryAuthenticationHeaderPolicy = __esmMin((() => {
		init_tokenCycler();
		init_log();
	})))();
}
// node_modules/@azure/core-rest-pipeline/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_pipeline();
		init_createPipelineFromOptions();
		init_defaultHttpClient();
		init_httpHeaders();
		init_pipelineRequest();
		init_restError();
		init_decompressResponsePolicy();
		init_exponentialRetryPolicy();
		init_setClientRequestIdPolicy();
		init_logPolicy();
		init_multipartPolicy();
		init_proxyPolicy();
		init_redirectPolicy();
		init_systemErrorRetryPolicy();
		init_throttlingRetryPolicy();
		init_retryPolicy();
		init_tracingPolicy();
		init_defaultRetryPolicy();
		init_userAgentPolicy();
		init_tlsPolicy();
		init_formDataPolicy();
		init_bearerTokenAuthenticationPolicy();
		init_ndJsonPolicy();
		init_auxiliaryAuthenticationHeaderPolicy();
		init_agentPolicy();
		init_file();
	})))();
}
export { init_decompressResponsePolicy as _, init_pipelineRequest as a, createDefaultHttpClient as c, init_createPipelineFromOptions as d, RestError as f, decompressResponsePolicyName as g, init_proxyPolicy as h, createPipelineRequest as i, init_defaultHttpClient as l, getDefaultProxySettings as m, bearerTokenAuthenticationPolicy as n, createHttpHeaders as o, init_restError as p, init_bearerTokenAuthenticationPolicy as r, init_httpHeaders as s, init_esm as t, createPipelineFromOptions as u, init_redirectPolicy as v, redirectPolicyName as y };
