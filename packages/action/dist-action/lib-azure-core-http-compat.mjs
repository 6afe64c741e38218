import { n as __esmMin } from "./rolldown-runtime.mjs";
import { i as createPipelineRequest, o as createHttpHeaders, t as init_esm$1, y as redirectPolicyName } from "./lib-azure-core-rest-pipeline.mjs";
import { i as ServiceClient, t as init_esm$2 } from "./lib-azure-core-client.mjs";
// node_modules/@azure/core-http-compat/dist/esm/policies/disableKeepAlivePolicy.js
function createDisableKeepAlivePolicy() {
	return {
		name: disableKeepAlivePolicyName,
		async sendRequest(request, next) {
			request.disableKeepAlive = true;
			return next(request);
		}
	};
}
/**
* @internal
*/
function pipelineContainsDisableKeepAlivePolicy(pipeline) {
	return pipeline.getOrderedPolicies().some((policy) => policy.name === disableKeepAlivePolicyName);
}
var disableKeepAlivePolicyName;
function init_disableKeepAlivePolicy() {
	return (init_disableKeepAlivePolicy = __esmMin((() => {
		disableKeepAlivePolicyName = "DisableKeepAlivePolicy";
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/util.js
function toPipelineRequest(webResource, options = {}) {
	const request = webResource[originalRequestSymbol];
	const headers = createHttpHeaders(webResource.headers.toJson({ preserveCase: true }));
	if (request) {
		request.headers = headers;
		return request;
	} else {
		const newRequest = createPipelineRequest({
			url: webResource.url,
			method: webResource.method,
			headers,
			withCredentials: webResource.withCredentials,
			timeout: webResource.timeout,
			requestId: webResource.requestId,
			abortSignal: webResource.abortSignal,
			body: webResource.body,
			formData: webResource.formData,
			disableKeepAlive: !!webResource.keepAlive,
			onDownloadProgress: webResource.onDownloadProgress,
			onUploadProgress: webResource.onUploadProgress,
			proxySettings: webResource.proxySettings,
			streamResponseStatusCodes: webResource.streamResponseStatusCodes,
			agent: webResource.agent,
			requestOverrides: webResource.requestOverrides
		});
		if (options.originalRequest) newRequest[originalClientRequestSymbol] = options.originalRequest;
		return newRequest;
	}
}
function toWebResourceLike(request, options) {
	const originalRequest = options?.originalRequest ?? request;
	const webResource = {
		url: request.url,
		method: request.method,
		headers: toHttpHeadersLike(request.headers),
		withCredentials: request.withCredentials,
		timeout: request.timeout,
		requestId: request.headers.get("x-ms-client-request-id") || request.requestId,
		abortSignal: request.abortSignal,
		body: request.body,
		formData: request.formData,
		keepAlive: !!request.disableKeepAlive,
		onDownloadProgress: request.onDownloadProgress,
		onUploadProgress: request.onUploadProgress,
		proxySettings: request.proxySettings,
		streamResponseStatusCodes: request.streamResponseStatusCodes,
		agent: request.agent,
		requestOverrides: request.requestOverrides,
		clone() {
			throw new Error("Cannot clone a non-proxied WebResourceLike");
		},
		prepare() {
			throw new Error("WebResourceLike.prepare() is not supported by @azure/core-http-compat");
		},
		validateRequestProperties() {
			/** do nothing */
		}
	};
	if (options?.createProxy) return new Proxy(webResource, {
		get(target, prop, receiver) {
			if (prop === originalRequestSymbol) return request;
			else if (prop === "clone") return () => {
				return toWebResourceLike(toPipelineRequest(webResource, { originalRequest }), {
					createProxy: true,
					originalRequest
				});
			};
			return Reflect.get(target, prop, receiver);
		},
		set(target, prop, value, receiver) {
			if (prop === "keepAlive") request.disableKeepAlive = !value;
			if (typeof prop === "string" && [
				"url",
				"method",
				"withCredentials",
				"timeout",
				"requestId",
				"abortSignal",
				"body",
				"formData",
				"onDownloadProgress",
				"onUploadProgress",
				"proxySettings",
				"streamResponseStatusCodes",
				"agent",
				"requestOverrides"
			].includes(prop)) request[prop] = value;
			return Reflect.set(target, prop, value, receiver);
		}
	});
	else return webResource;
}
/**
* Converts HttpHeaders from core-rest-pipeline to look like
* HttpHeaders from core-http.
* @param headers - HttpHeaders from core-rest-pipeline
* @returns HttpHeaders as they looked in core-http
*/
function toHttpHeadersLike(headers) {
	return new HttpHeaders(headers.toJSON({ preserveCase: true }));
}
/**
* A collection of HttpHeaders that can be sent with a HTTP request.
*/
function getHeaderKey(headerName) {
	return headerName.toLowerCase();
}
var originalRequestSymbol, originalClientRequestSymbol, HttpHeaders;
function init_util() {
	return (init_util = __esmMin((() => {
		init_esm$1();
		originalRequestSymbol = Symbol("Original PipelineRequest");
		originalClientRequestSymbol = Symbol.for("@azure/core-client original request");
		HttpHeaders = class HttpHeaders {
			_headersMap;
			constructor(rawHeaders) {
				this._headersMap = {};
				if (rawHeaders) for (const headerName in rawHeaders) this.set(headerName, rawHeaders[headerName]);
			}
			/**
			* Set a header in this collection with the provided name and value. The name is
			* case-insensitive.
			* @param headerName - The name of the header to set. This value is case-insensitive.
			* @param headerValue - The value of the header to set.
			*/
			set(headerName, headerValue) {
				this._headersMap[getHeaderKey(headerName)] = {
					name: headerName,
					value: headerValue.toString()
				};
			}
			/**
			* Get the header value for the provided header name, or undefined if no header exists in this
			* collection with the provided name.
			* @param headerName - The name of the header.
			*/
			get(headerName) {
				const header = this._headersMap[getHeaderKey(headerName)];
				return !header ? void 0 : header.value;
			}
			/**
			* Get whether or not this header collection contains a header entry for the provided header name.
			*/
			contains(headerName) {
				return !!this._headersMap[getHeaderKey(headerName)];
			}
			/**
			* Remove the header with the provided headerName. Return whether or not the header existed and
			* was removed.
			* @param headerName - The name of the header to remove.
			*/
			remove(headerName) {
				const result = this.contains(headerName);
				delete this._headersMap[getHeaderKey(headerName)];
				return result;
			}
			/**
			* Get the headers that are contained this collection as an object.
			*/
			rawHeaders() {
				return this.toJson({ preserveCase: true });
			}
			/**
			* Get the headers that are contained in this collection as an array.
			*/
			headersArray() {
				const headers = [];
				for (const headerKey in this._headersMap) headers.push(this._headersMap[headerKey]);
				return headers;
			}
			/**
			* Get the header names that are contained in this collection.
			*/
			headerNames() {
				const headerNames = [];
				const headers = this.headersArray();
				for (let i = 0; i < headers.length; ++i) headerNames.push(headers[i].name);
				return headerNames;
			}
			/**
			* Get the header values that are contained in this collection.
			*/
			headerValues() {
				const headerValues = [];
				const headers = this.headersArray();
				for (let i = 0; i < headers.length; ++i) headerValues.push(headers[i].value);
				return headerValues;
			}
			/**
			* Get the JSON object representation of this HTTP header collection.
			*/
			toJson(options = {}) {
				const result = {};
				if (options.preserveCase) for (const headerKey in this._headersMap) {
					const header = this._headersMap[headerKey];
					result[header.name] = header.value;
				}
				else for (const headerKey in this._headersMap) {
					const header = this._headersMap[headerKey];
					result[getHeaderKey(header.name)] = header.value;
				}
				return result;
			}
			/**
			* Get the string representation of this HTTP header collection.
			*/
			toString() {
				return JSON.stringify(this.toJson({ preserveCase: true }));
			}
			/**
			* Create a deep clone/copy of this HttpHeaders collection.
			*/
			clone() {
				const resultPreservingCasing = {};
				for (const headerKey in this._headersMap) {
					const header = this._headersMap[headerKey];
					resultPreservingCasing[header.name] = header.value;
				}
				return new HttpHeaders(resultPreservingCasing);
			}
		};
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/response.js
/**
* A helper to convert response objects from the new pipeline back to the old one.
* @param response - A response object from core-client.
* @returns A response compatible with `HttpOperationResponse` from core-http.
*/
function toCompatResponse(response, options) {
	let request = toWebResourceLike(response.request);
	let headers = toHttpHeadersLike(response.headers);
	if (options?.createProxy) return new Proxy(response, {
		get(target, prop, receiver) {
			if (prop === "headers") return headers;
			else if (prop === "request") return request;
			else if (prop === originalResponse) return response;
			return Reflect.get(target, prop, receiver);
		},
		set(target, prop, value, receiver) {
			if (prop === "headers") headers = value;
			else if (prop === "request") request = value;
			return Reflect.set(target, prop, value, receiver);
		}
	});
	else return {
		...response,
		request,
		headers
	};
}
/**
* A helper to convert back to a PipelineResponse
* @param compatResponse - A response compatible with `HttpOperationResponse` from core-http.
*/
function toPipelineResponse(compatResponse) {
	const response = compatResponse[originalResponse];
	const headers = createHttpHeaders(compatResponse.headers.toJson({ preserveCase: true }));
	if (response) {
		response.headers = headers;
		return response;
	} else return {
		...compatResponse,
		headers,
		request: toPipelineRequest(compatResponse.request)
	};
}
var originalResponse;
function init_response() {
	return (init_response = __esmMin((() => {
		init_esm$1();
		init_util();
		originalResponse = Symbol("Original FullOperationResponse");
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/extendedClient.js
var ExtendedServiceClient;
function init_extendedClient() {
	return (init_extendedClient = __esmMin((() => {
		init_disableKeepAlivePolicy();
		init_esm$1();
		init_esm$2();
		init_response();
		ExtendedServiceClient = class extends ServiceClient {
			constructor(options) {
				super(options);
				if (options.keepAliveOptions?.enable === false && !pipelineContainsDisableKeepAlivePolicy(this.pipeline)) this.pipeline.addPolicy(createDisableKeepAlivePolicy());
				if (options.redirectOptions?.handleRedirects === false) this.pipeline.removePolicy({ name: redirectPolicyName });
			}
			/**
			* Compatible send operation request function.
			*
			* @param operationArguments - Operation arguments
			* @param operationSpec - Operation Spec
			* @returns
			*/
			async sendOperationRequest(operationArguments, operationSpec) {
				const userProvidedCallBack = operationArguments?.options?.onResponse;
				let lastResponse;
				function onResponse(rawResponse, flatResponse, error) {
					lastResponse = rawResponse;
					if (userProvidedCallBack) userProvidedCallBack(rawResponse, flatResponse, error);
				}
				operationArguments.options = {
					...operationArguments.options,
					onResponse
				};
				const result = await super.sendOperationRequest(operationArguments, operationSpec);
				if (lastResponse) Object.defineProperty(result, "_response", { value: toCompatResponse(lastResponse) });
				return result;
			}
		};
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/policies/requestPolicyFactoryPolicy.js
/**
* A policy that wraps policies written for core-http.
* @param factories - An array of `RequestPolicyFactory` objects from a core-http pipeline
*/
function createRequestPolicyFactoryPolicy(factories) {
	const orderedFactories = factories.slice().reverse();
	return {
		name: requestPolicyFactoryPolicyName,
		async sendRequest(request, next) {
			let httpPipeline = { async sendRequest(httpRequest) {
				return toCompatResponse(await next(toPipelineRequest(httpRequest)), { createProxy: true });
			} };
			for (const factory of orderedFactories) httpPipeline = factory.create(httpPipeline, mockRequestPolicyOptions);
			const webResourceLike = toWebResourceLike(request, { createProxy: true });
			return toPipelineResponse(await httpPipeline.sendRequest(webResourceLike));
		}
	};
}
var HttpPipelineLogLevel, mockRequestPolicyOptions, requestPolicyFactoryPolicyName;
function init_requestPolicyFactoryPolicy() {
	return (init_requestPolicyFactoryPolicy = __esmMin((() => {
		init_util();
		init_response();
		(function(HttpPipelineLogLevel) {
			HttpPipelineLogLevel[HttpPipelineLogLevel["ERROR"] = 1] = "ERROR";
			HttpPipelineLogLevel[HttpPipelineLogLevel["INFO"] = 3] = "INFO";
			HttpPipelineLogLevel[HttpPipelineLogLevel["OFF"] = 0] = "OFF";
			HttpPipelineLogLevel[HttpPipelineLogLevel["WARNING"] = 2] = "WARNING";
		})(HttpPipelineLogLevel || (HttpPipelineLogLevel = {}));
		mockRequestPolicyOptions = {
			log(_logLevel, _message) {},
			shouldLog(_logLevel) {
				return false;
			}
		};
		requestPolicyFactoryPolicyName = "RequestPolicyFactoryPolicy";
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/httpClientAdapter.js
/**
* Converts a RequestPolicy based HttpClient to a PipelineRequest based HttpClient.
* @param requestPolicyClient - A HttpClient compatible with core-http
* @returns A HttpClient compatible with core-rest-pipeline
*/
function convertHttpClient(requestPolicyClient) {
	return { sendRequest: async (request) => {
		return toPipelineResponse(await requestPolicyClient.sendRequest(toWebResourceLike(request, { createProxy: true })));
	} };
}
function init_httpClientAdapter() {
	return (init_httpClientAdapter = __esmMin((() => {
		init_response();
		init_util();
	})))();
}
// node_modules/@azure/core-http-compat/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_extendedClient();
		init_response();
		init_requestPolicyFactoryPolicy();
		init_disableKeepAlivePolicy();
		init_httpClientAdapter();
		init_util();
	})))();
}
export { init_requestPolicyFactoryPolicy as a, createRequestPolicyFactoryPolicy as i, convertHttpClient as n, ExtendedServiceClient as o, init_httpClientAdapter as r, init_extendedClient as s, init_esm as t };
