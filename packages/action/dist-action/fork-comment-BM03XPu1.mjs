import { i as __toESM, r as __require, t as __commonJSMin } from "./rolldown-runtime-DYf_mQCB.mjs";
import { C as require_undici, o as info, p as warning, v as summary, w as require_tunnel } from "./core-CMdayhmP.mjs";
import { EOL } from "os";
import { existsSync, readFileSync } from "fs";
import { readFileSync as readFileSync$1, statSync, writeFileSync as writeFileSync$1 } from "node:fs";
// node_modules/@actions/github/lib/context.js
var Context = class {
	/**
	* Hydrate the context from the environment
	*/
	constructor() {
		var _a, _b, _c;
		this.payload = {};
		if (process.env.GITHUB_EVENT_PATH) {
			if (existsSync(process.env.GITHUB_EVENT_PATH)) this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
			else {
				const path = process.env.GITHUB_EVENT_PATH;
				process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
			}
		}
		this.eventName = process.env.GITHUB_EVENT_NAME;
		this.sha = process.env.GITHUB_SHA;
		this.ref = process.env.GITHUB_REF;
		this.workflow = process.env.GITHUB_WORKFLOW;
		this.action = process.env.GITHUB_ACTION;
		this.actor = process.env.GITHUB_ACTOR;
		this.job = process.env.GITHUB_JOB;
		this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
		this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
		this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
		this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
		this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
		this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
	}
	get issue() {
		const payload = this.payload;
		return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
	}
	get repo() {
		if (process.env.GITHUB_REPOSITORY) {
			const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
			return {
				owner,
				repo
			};
		}
		if (this.payload.repository) return {
			owner: this.payload.repository.owner.login,
			repo: this.payload.repository.name
		};
		throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
	}
};
// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.getProxyUrl = getProxyUrl;
	exports.checkBypass = checkBypass;
	function getProxyUrl(reqUrl) {
		const usingSsl = reqUrl.protocol === "https:";
		if (checkBypass(reqUrl)) return;
		const proxyVar = (() => {
			if (usingSsl) return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
			else return process.env["http_proxy"] || process.env["HTTP_PROXY"];
		})();
		if (proxyVar) try {
			return new DecodedURL(proxyVar);
		} catch (_a) {
			if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://")) return new DecodedURL(`http://${proxyVar}`);
		}
		else return;
	}
	function checkBypass(reqUrl) {
		if (!reqUrl.hostname) return false;
		const reqHost = reqUrl.hostname;
		if (isLoopbackAddress(reqHost)) return true;
		const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
		if (!noProxy) return false;
		let reqPort;
		if (reqUrl.port) reqPort = Number(reqUrl.port);
		else if (reqUrl.protocol === "http:") reqPort = 80;
		else if (reqUrl.protocol === "https:") reqPort = 443;
		const upperReqHosts = [reqUrl.hostname.toUpperCase()];
		if (typeof reqPort === "number") upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
		for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) return true;
		return false;
	}
	function isLoopbackAddress(host) {
		const hostLower = host.toLowerCase();
		return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
	}
	var DecodedURL = class extends URL {
		constructor(url, base) {
			super(url, base);
			this._decodedUsername = decodeURIComponent(super.username);
			this._decodedPassword = decodeURIComponent(super.password);
		}
		get username() {
			return this._decodedUsername;
		}
		get password() {
			return this._decodedPassword;
		}
	};
}));
// node_modules/@actions/github/lib/internal/utils.js
var import_lib = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	var __createBinding = this$1 && this$1.__createBinding || (Object.create ? (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		var desc = Object.getOwnPropertyDescriptor(m, k);
		if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) desc = {
			enumerable: true,
			get: function() {
				return m[k];
			}
		};
		Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		o[k2] = m[k];
	}));
	var __setModuleDefault = this$1 && this$1.__setModuleDefault || (Object.create ? (function(o, v) {
		Object.defineProperty(o, "default", {
			enumerable: true,
			value: v
		});
	}) : function(o, v) {
		o["default"] = v;
	});
	var __importStar = this$1 && this$1.__importStar || (function() {
		var ownKeys = function(o) {
			ownKeys = Object.getOwnPropertyNames || function(o) {
				var ar = [];
				for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
				return ar;
			};
			return ownKeys(o);
		};
		return function(mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null) {
				for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
			}
			__setModuleDefault(result, mod);
			return result;
		};
	})();
	var __awaiter = this$1 && this$1.__awaiter || function(thisArg, _arguments, P, generator) {
		function adopt(value) {
			return value instanceof P ? value : new P(function(resolve) {
				resolve(value);
			});
		}
		return new (P || (P = Promise))(function(resolve, reject) {
			function fulfilled(value) {
				try {
					step(generator.next(value));
				} catch (e) {
					reject(e);
				}
			}
			function rejected(value) {
				try {
					step(generator["throw"](value));
				} catch (e) {
					reject(e);
				}
			}
			function step(result) {
				result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
			}
			step((generator = generator.apply(thisArg, _arguments || [])).next());
		});
	};
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
	exports.getProxyUrl = getProxyUrl;
	exports.isHttps = isHttps;
	const http = __importStar(__require("http"));
	const https = __importStar(__require("https"));
	const pm = __importStar(require_proxy());
	const tunnel = __importStar(require_tunnel());
	const undici_1 = require_undici();
	var HttpCodes;
	(function(HttpCodes) {
		HttpCodes[HttpCodes["OK"] = 200] = "OK";
		HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
		HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
		HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
		HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
		HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
		HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
		HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
		HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
		HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
		HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
		HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
		HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
		HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
		HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
		HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
		HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
		HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
		HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
		HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
		HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
		HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
		HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
		HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
		HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
		HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
		HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
	})(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
	var Headers;
	(function(Headers) {
		Headers["Accept"] = "accept";
		Headers["ContentType"] = "content-type";
	})(Headers || (exports.Headers = Headers = {}));
	var MediaTypes;
	(function(MediaTypes) {
		MediaTypes["ApplicationJson"] = "application/json";
	})(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
	/**
	* Returns the proxy URL, depending upon the supplied url and proxy environment variables.
	* @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	*/
	function getProxyUrl(serverUrl) {
		const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
		return proxyUrl ? proxyUrl.href : "";
	}
	const HttpRedirectCodes = [
		HttpCodes.MovedPermanently,
		HttpCodes.ResourceMoved,
		HttpCodes.SeeOther,
		HttpCodes.TemporaryRedirect,
		HttpCodes.PermanentRedirect
	];
	const HttpResponseRetryCodes = [
		HttpCodes.BadGateway,
		HttpCodes.ServiceUnavailable,
		HttpCodes.GatewayTimeout
	];
	const RetryableHttpVerbs = [
		"OPTIONS",
		"GET",
		"DELETE",
		"HEAD"
	];
	const ExponentialBackoffCeiling = 10;
	const ExponentialBackoffTimeSlice = 5;
	var HttpClientError = class HttpClientError extends Error {
		constructor(message, statusCode) {
			super(message);
			this.name = "HttpClientError";
			this.statusCode = statusCode;
			Object.setPrototypeOf(this, HttpClientError.prototype);
		}
	};
	exports.HttpClientError = HttpClientError;
	var HttpClientResponse = class {
		constructor(message) {
			this.message = message;
		}
		readBody() {
			return __awaiter(this, void 0, void 0, function* () {
				return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
					let output = Buffer.alloc(0);
					this.message.on("data", (chunk) => {
						output = Buffer.concat([output, chunk]);
					});
					this.message.on("end", () => {
						resolve(output.toString());
					});
				}));
			});
		}
		readBodyBuffer() {
			return __awaiter(this, void 0, void 0, function* () {
				return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
					const chunks = [];
					this.message.on("data", (chunk) => {
						chunks.push(chunk);
					});
					this.message.on("end", () => {
						resolve(Buffer.concat(chunks));
					});
				}));
			});
		}
	};
	exports.HttpClientResponse = HttpClientResponse;
	function isHttps(requestUrl) {
		return new URL(requestUrl).protocol === "https:";
	}
	var HttpClient = class {
		constructor(userAgent, handlers, requestOptions) {
			this._ignoreSslError = false;
			this._allowRedirects = true;
			this._allowRedirectDowngrade = false;
			this._maxRedirects = 50;
			this._allowRetries = false;
			this._maxRetries = 1;
			this._keepAlive = false;
			this._disposed = false;
			this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
			this.handlers = handlers || [];
			this.requestOptions = requestOptions;
			if (requestOptions) {
				if (requestOptions.ignoreSslError != null) this._ignoreSslError = requestOptions.ignoreSslError;
				this._socketTimeout = requestOptions.socketTimeout;
				if (requestOptions.allowRedirects != null) this._allowRedirects = requestOptions.allowRedirects;
				if (requestOptions.allowRedirectDowngrade != null) this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
				if (requestOptions.maxRedirects != null) this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
				if (requestOptions.keepAlive != null) this._keepAlive = requestOptions.keepAlive;
				if (requestOptions.allowRetries != null) this._allowRetries = requestOptions.allowRetries;
				if (requestOptions.maxRetries != null) this._maxRetries = requestOptions.maxRetries;
			}
		}
		options(requestUrl, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
			});
		}
		get(requestUrl, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("GET", requestUrl, null, additionalHeaders || {});
			});
		}
		del(requestUrl, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("DELETE", requestUrl, null, additionalHeaders || {});
			});
		}
		post(requestUrl, data, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("POST", requestUrl, data, additionalHeaders || {});
			});
		}
		patch(requestUrl, data, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("PATCH", requestUrl, data, additionalHeaders || {});
			});
		}
		put(requestUrl, data, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("PUT", requestUrl, data, additionalHeaders || {});
			});
		}
		head(requestUrl, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request("HEAD", requestUrl, null, additionalHeaders || {});
			});
		}
		sendStream(verb, requestUrl, stream, additionalHeaders) {
			return __awaiter(this, void 0, void 0, function* () {
				return this.request(verb, requestUrl, stream, additionalHeaders);
			});
		}
		/**
		* Gets a typed object from an endpoint
		* Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
		*/
		getJson(requestUrl_1) {
			return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
				additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
				const res = yield this.get(requestUrl, additionalHeaders);
				return this._processResponse(res, this.requestOptions);
			});
		}
		postJson(requestUrl_1, obj_1) {
			return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
				const data = JSON.stringify(obj, null, 2);
				additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
				additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
				const res = yield this.post(requestUrl, data, additionalHeaders);
				return this._processResponse(res, this.requestOptions);
			});
		}
		putJson(requestUrl_1, obj_1) {
			return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
				const data = JSON.stringify(obj, null, 2);
				additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
				additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
				const res = yield this.put(requestUrl, data, additionalHeaders);
				return this._processResponse(res, this.requestOptions);
			});
		}
		patchJson(requestUrl_1, obj_1) {
			return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
				const data = JSON.stringify(obj, null, 2);
				additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
				additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
				const res = yield this.patch(requestUrl, data, additionalHeaders);
				return this._processResponse(res, this.requestOptions);
			});
		}
		/**
		* Makes a raw http request.
		* All other methods such as get, post, patch, and request ultimately call this.
		* Prefer get, del, post and patch
		*/
		request(verb, requestUrl, data, headers) {
			return __awaiter(this, void 0, void 0, function* () {
				if (this._disposed) throw new Error("Client has already been disposed.");
				const parsedUrl = new URL(requestUrl);
				let info = this._prepareRequest(verb, parsedUrl, headers);
				const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
				let numTries = 0;
				let response;
				do {
					response = yield this.requestRaw(info, data);
					if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
						let authenticationHandler;
						for (const handler of this.handlers) if (handler.canHandleAuthentication(response)) {
							authenticationHandler = handler;
							break;
						}
						if (authenticationHandler) return authenticationHandler.handleAuthentication(this, info, data);
						else return response;
					}
					let redirectsRemaining = this._maxRedirects;
					while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
						const redirectUrl = response.message.headers["location"];
						if (!redirectUrl) break;
						const parsedRedirectUrl = new URL(redirectUrl);
						if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
						yield response.readBody();
						if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
							for (const header in headers) if (header.toLowerCase() === "authorization") delete headers[header];
						}
						info = this._prepareRequest(verb, parsedRedirectUrl, headers);
						response = yield this.requestRaw(info, data);
						redirectsRemaining--;
					}
					if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) return response;
					numTries += 1;
					if (numTries < maxTries) {
						yield response.readBody();
						yield this._performExponentialBackoff(numTries);
					}
				} while (numTries < maxTries);
				return response;
			});
		}
		/**
		* Needs to be called if keepAlive is set to true in request options.
		*/
		dispose() {
			if (this._agent) this._agent.destroy();
			this._disposed = true;
		}
		/**
		* Raw request.
		* @param info
		* @param data
		*/
		requestRaw(info, data) {
			return __awaiter(this, void 0, void 0, function* () {
				return new Promise((resolve, reject) => {
					function callbackForResult(err, res) {
						if (err) reject(err);
						else if (!res) reject(/* @__PURE__ */ new Error("Unknown error"));
						else resolve(res);
					}
					this.requestRawWithCallback(info, data, callbackForResult);
				});
			});
		}
		/**
		* Raw request with callback.
		* @param info
		* @param data
		* @param onResult
		*/
		requestRawWithCallback(info, data, onResult) {
			if (typeof data === "string") {
				if (!info.options.headers) info.options.headers = {};
				info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
			}
			let callbackCalled = false;
			function handleResult(err, res) {
				if (!callbackCalled) {
					callbackCalled = true;
					onResult(err, res);
				}
			}
			const req = info.httpModule.request(info.options, (msg) => {
				handleResult(void 0, new HttpClientResponse(msg));
			});
			let socket;
			req.on("socket", (sock) => {
				socket = sock;
			});
			req.setTimeout(this._socketTimeout || 18e4, () => {
				if (socket) socket.end();
				handleResult(/* @__PURE__ */ new Error(`Request timeout: ${info.options.path}`));
			});
			req.on("error", function(err) {
				handleResult(err);
			});
			if (data && typeof data === "string") req.write(data, "utf8");
			if (data && typeof data !== "string") {
				data.on("close", function() {
					req.end();
				});
				data.pipe(req);
			} else req.end();
		}
		/**
		* Gets an http agent. This function is useful when you need an http agent that handles
		* routing through a proxy server - depending upon the url and proxy environment variables.
		* @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
		*/
		getAgent(serverUrl) {
			const parsedUrl = new URL(serverUrl);
			return this._getAgent(parsedUrl);
		}
		getAgentDispatcher(serverUrl) {
			const parsedUrl = new URL(serverUrl);
			const proxyUrl = pm.getProxyUrl(parsedUrl);
			if (!(proxyUrl && proxyUrl.hostname)) return;
			return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
		}
		_prepareRequest(method, requestUrl, headers) {
			const info = {};
			info.parsedUrl = requestUrl;
			const usingSsl = info.parsedUrl.protocol === "https:";
			info.httpModule = usingSsl ? https : http;
			const defaultPort = usingSsl ? 443 : 80;
			info.options = {};
			info.options.host = info.parsedUrl.hostname;
			info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
			info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
			info.options.method = method;
			info.options.headers = this._mergeHeaders(headers);
			if (this.userAgent != null) info.options.headers["user-agent"] = this.userAgent;
			info.options.agent = this._getAgent(info.parsedUrl);
			if (this.handlers) for (const handler of this.handlers) handler.prepareRequest(info.options);
			return info;
		}
		_mergeHeaders(headers) {
			if (this.requestOptions && this.requestOptions.headers) return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
			return lowercaseKeys(headers || {});
		}
		/**
		* Gets an existing header value or returns a default.
		* Handles converting number header values to strings since HTTP headers must be strings.
		* Note: This returns string | string[] since some headers can have multiple values.
		* For headers that must always be a single string (like Content-Type), use the
		* specialized _getExistingOrDefaultContentTypeHeader method instead.
		*/
		_getExistingOrDefaultHeader(additionalHeaders, header, _default) {
			let clientHeader;
			if (this.requestOptions && this.requestOptions.headers) {
				const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
				if (headerValue) clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
			}
			const additionalValue = additionalHeaders[header];
			if (additionalValue !== void 0) return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
			if (clientHeader !== void 0) return clientHeader;
			return _default;
		}
		/**
		* Specialized version of _getExistingOrDefaultHeader for Content-Type header.
		* Always returns a single string (not an array) since Content-Type should be a single value.
		* Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
		* This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
		* that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
		*/
		_getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
			let clientHeader;
			if (this.requestOptions && this.requestOptions.headers) {
				const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
				if (headerValue) {
					if (typeof headerValue === "number") clientHeader = String(headerValue);
					else if (Array.isArray(headerValue)) clientHeader = headerValue.join(", ");
					else clientHeader = headerValue;
				}
			}
			const additionalValue = additionalHeaders[Headers.ContentType];
			if (additionalValue !== void 0) {
				if (typeof additionalValue === "number") return String(additionalValue);
				else if (Array.isArray(additionalValue)) return additionalValue.join(", ");
				else return additionalValue;
			}
			if (clientHeader !== void 0) return clientHeader;
			return _default;
		}
		_getAgent(parsedUrl) {
			let agent;
			const proxyUrl = pm.getProxyUrl(parsedUrl);
			const useProxy = proxyUrl && proxyUrl.hostname;
			if (this._keepAlive && useProxy) agent = this._proxyAgent;
			if (!useProxy) agent = this._agent;
			if (agent) return agent;
			const usingSsl = parsedUrl.protocol === "https:";
			let maxSockets = 100;
			if (this.requestOptions) maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
			if (proxyUrl && proxyUrl.hostname) {
				const agentOptions = {
					maxSockets,
					keepAlive: this._keepAlive,
					proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && { proxyAuth: `${proxyUrl.username}:${proxyUrl.password}` }), {
						host: proxyUrl.hostname,
						port: proxyUrl.port
					})
				};
				let tunnelAgent;
				const overHttps = proxyUrl.protocol === "https:";
				if (usingSsl) tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
				else tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
				agent = tunnelAgent(agentOptions);
				this._proxyAgent = agent;
			}
			if (!agent) {
				const options = {
					keepAlive: this._keepAlive,
					maxSockets
				};
				agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
				this._agent = agent;
			}
			if (usingSsl && this._ignoreSslError) agent.options = Object.assign(agent.options || {}, { rejectUnauthorized: false });
			return agent;
		}
		_getProxyAgentDispatcher(parsedUrl, proxyUrl) {
			let proxyAgent;
			if (this._keepAlive) proxyAgent = this._proxyAgentDispatcher;
			if (proxyAgent) return proxyAgent;
			const usingSsl = parsedUrl.protocol === "https:";
			proxyAgent = new undici_1.ProxyAgent(Object.assign({
				uri: proxyUrl.href,
				pipelining: !this._keepAlive ? 0 : 1
			}, (proxyUrl.username || proxyUrl.password) && { token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}` }));
			this._proxyAgentDispatcher = proxyAgent;
			if (usingSsl && this._ignoreSslError) proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, { rejectUnauthorized: false });
			return proxyAgent;
		}
		_getUserAgentWithOrchestrationId(userAgent) {
			const baseUserAgent = userAgent || "actions/http-client";
			const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
			if (orchId) return `${baseUserAgent} actions_orchestration_id/${orchId.replace(/[^a-z0-9_.-]/gi, "_")}`;
			return baseUserAgent;
		}
		_performExponentialBackoff(retryNumber) {
			return __awaiter(this, void 0, void 0, function* () {
				retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
				const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
				return new Promise((resolve) => setTimeout(() => resolve(), ms));
			});
		}
		_processResponse(res, options) {
			return __awaiter(this, void 0, void 0, function* () {
				return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
					const statusCode = res.message.statusCode || 0;
					const response = {
						statusCode,
						result: null,
						headers: {}
					};
					if (statusCode === HttpCodes.NotFound) resolve(response);
					function dateTimeDeserializer(key, value) {
						if (typeof value === "string") {
							const a = new Date(value);
							if (!isNaN(a.valueOf())) return a;
						}
						return value;
					}
					let obj;
					let contents;
					try {
						contents = yield res.readBody();
						if (contents && contents.length > 0) {
							if (options && options.deserializeDates) obj = JSON.parse(contents, dateTimeDeserializer);
							else obj = JSON.parse(contents);
							response.result = obj;
						}
						response.headers = res.message.headers;
					} catch (err) {}
					if (statusCode > 299) {
						let msg;
						if (obj && obj.message) msg = obj.message;
						else if (contents && contents.length > 0) msg = contents;
						else msg = `Failed request: (${statusCode})`;
						const err = new HttpClientError(msg, statusCode);
						err.result = response.result;
						reject(err);
					} else resolve(response);
				}));
			});
		}
	};
	exports.HttpClient = HttpClient;
	const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
})))(), 1);
var import_undici = require_undici();
var __awaiter = function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
function getProxyAgent(destinationUrl) {
	return new import_lib.HttpClient().getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
	return new import_lib.HttpClient().getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
	const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
	const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
		return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
	});
	return proxyFetch;
}
function getApiBaseUrl() {
	return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
// node_modules/universal-user-agent/index.js
function getUserAgent() {
	if (typeof navigator === "object" && "userAgent" in navigator) return navigator.userAgent;
	if (typeof process === "object" && process.version !== void 0) return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
	return "<environment undetectable>";
}
// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
	if (typeof method !== "function") throw new Error("method for before hook must be a function");
	if (!options) options = {};
	if (Array.isArray(name)) return name.reverse().reduce((callback, name) => {
		return register.bind(null, state, name, callback, options);
	}, method)();
	return Promise.resolve().then(() => {
		if (!state.registry[name]) return method(options);
		return state.registry[name].reduce((method, registered) => {
			return registered.hook.bind(null, method, options);
		}, method)();
	});
}
// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook) {
	const orig = hook;
	if (!state.registry[name]) state.registry[name] = [];
	if (kind === "before") hook = (method, options) => {
		return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
	};
	if (kind === "after") hook = (method, options) => {
		let result;
		return Promise.resolve().then(method.bind(null, options)).then((result_) => {
			result = result_;
			return orig(result, options);
		}).then(() => {
			return result;
		});
	};
	if (kind === "error") hook = (method, options) => {
		return Promise.resolve().then(method.bind(null, options)).catch((error) => {
			return orig(error, options);
		});
	};
	state.registry[name].push({
		hook,
		orig
	});
}
// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
	if (!state.registry[name]) return;
	const index = state.registry[name].map((registered) => {
		return registered.orig;
	}).indexOf(method);
	if (index === -1) return;
	state.registry[name].splice(index, 1);
}
// node_modules/before-after-hook/index.js
const bind = Function.bind;
const bindable = bind.bind(bind);
function bindApi(hook, state, name) {
	const removeHookRef = bindable(removeHook, null).apply(null, name ? [state, name] : [state]);
	hook.api = { remove: removeHookRef };
	hook.remove = removeHookRef;
	[
		"before",
		"error",
		"after",
		"wrap"
	].forEach((kind) => {
		const args = name ? [
			state,
			kind,
			name
		] : [state, kind];
		hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
	});
}
function Singular() {
	const singularHookName = Symbol("Singular");
	const singularHookState = { registry: {} };
	const singularHook = register.bind(null, singularHookState, singularHookName);
	bindApi(singularHook, singularHookState, singularHookName);
	return singularHook;
}
function Collection() {
	const state = { registry: {} };
	const hook = register.bind(null, state);
	bindApi(hook, state);
	return hook;
}
var before_after_hook_default = {
	Singular,
	Collection
};
// node_modules/@octokit/endpoint/dist-bundle/index.js
var DEFAULTS = {
	method: "GET",
	baseUrl: "https://api.github.com",
	headers: {
		accept: "application/vnd.github.v3+json",
		"user-agent": `octokit-endpoint.js/0.0.0-development ${getUserAgent()}`
	},
	mediaType: { format: "" }
};
function lowercaseKeys(object) {
	if (!object) return {};
	return Object.keys(object).reduce((newObj, key) => {
		newObj[key.toLowerCase()] = object[key];
		return newObj;
	}, {});
}
function isPlainObject$1(value) {
	if (typeof value !== "object" || value === null) return false;
	if (Object.prototype.toString.call(value) !== "[object Object]") return false;
	const proto = Object.getPrototypeOf(value);
	if (proto === null) return true;
	const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
	return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
	const result = Object.assign({}, defaults);
	Object.keys(options).forEach((key) => {
		if (isPlainObject$1(options[key])) {
			if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
			else result[key] = mergeDeep(defaults[key], options[key]);
		} else Object.assign(result, { [key]: options[key] });
	});
	return result;
}
function removeUndefinedProperties(obj) {
	for (const key in obj) if (obj[key] === void 0) delete obj[key];
	return obj;
}
function merge(defaults, route, options) {
	if (typeof route === "string") {
		let [method, url] = route.split(" ");
		options = Object.assign(url ? {
			method,
			url
		} : { url: method }, options);
	} else options = Object.assign({}, route);
	options.headers = lowercaseKeys(options.headers);
	removeUndefinedProperties(options);
	removeUndefinedProperties(options.headers);
	const mergedOptions = mergeDeep(defaults || {}, options);
	if (options.url === "/graphql") {
		if (defaults && defaults.mediaType.previews?.length) mergedOptions.mediaType.previews = defaults.mediaType.previews.filter((preview) => !mergedOptions.mediaType.previews.includes(preview)).concat(mergedOptions.mediaType.previews);
		mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
	}
	return mergedOptions;
}
function addQueryParameters(url, parameters) {
	const separator = /\?/.test(url) ? "&" : "?";
	const names = Object.keys(parameters);
	if (names.length === 0) return url;
	return url + separator + names.map((name) => {
		if (name === "q") return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
		return `${name}=${encodeURIComponent(parameters[name])}`;
	}).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
	return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
	const matches = url.match(urlVariableRegex);
	if (!matches) return [];
	return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
	const result = { __proto__: null };
	for (const key of Object.keys(object)) if (keysToOmit.indexOf(key) === -1) result[key] = object[key];
	return result;
}
function encodeReserved(str) {
	return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
		if (!/%[0-9A-Fa-f]/.test(part)) part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
		return part;
	}).join("");
}
function encodeUnreserved(str) {
	return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
		return "%" + c.charCodeAt(0).toString(16).toUpperCase();
	});
}
function encodeValue(operator, value, key) {
	value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
	if (key) return encodeUnreserved(key) + "=" + value;
	else return value;
}
function isDefined(value) {
	return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
	return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
	var value = context[key], result = [];
	if (isDefined(value) && value !== "") {
		if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
			value = value.toString();
			if (modifier && modifier !== "*") value = value.substring(0, parseInt(modifier, 10));
			result.push(encodeValue(operator, value, isKeyOperator(operator) ? key : ""));
		} else if (modifier === "*") {
			if (Array.isArray(value)) value.filter(isDefined).forEach(function(value2) {
				result.push(encodeValue(operator, value2, isKeyOperator(operator) ? key : ""));
			});
			else Object.keys(value).forEach(function(k) {
				if (isDefined(value[k])) result.push(encodeValue(operator, value[k], k));
			});
		} else {
			const tmp = [];
			if (Array.isArray(value)) value.filter(isDefined).forEach(function(value2) {
				tmp.push(encodeValue(operator, value2));
			});
			else Object.keys(value).forEach(function(k) {
				if (isDefined(value[k])) {
					tmp.push(encodeUnreserved(k));
					tmp.push(encodeValue(operator, value[k].toString()));
				}
			});
			if (isKeyOperator(operator)) result.push(encodeUnreserved(key) + "=" + tmp.join(","));
			else if (tmp.length !== 0) result.push(tmp.join(","));
		}
	} else if (operator === ";") {
		if (isDefined(value)) result.push(encodeUnreserved(key));
	} else if (value === "" && (operator === "&" || operator === "?")) result.push(encodeUnreserved(key) + "=");
	else if (value === "") result.push("");
	return result;
}
function parseUrl(template) {
	return { expand: expand.bind(null, template) };
}
function expand(template, context) {
	var operators = [
		"+",
		"#",
		".",
		"/",
		";",
		"?",
		"&"
	];
	template = template.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g, function(_, expression, literal) {
		if (expression) {
			let operator = "";
			const values = [];
			if (operators.indexOf(expression.charAt(0)) !== -1) {
				operator = expression.charAt(0);
				expression = expression.substr(1);
			}
			expression.split(/,/g).forEach(function(variable) {
				var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
				values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
			});
			if (operator && operator !== "+") {
				var separator = ",";
				if (operator === "?") separator = "&";
				else if (operator !== "#") separator = operator;
				return (values.length !== 0 ? operator : "") + values.join(separator);
			} else return values.join(",");
		} else return encodeReserved(literal);
	});
	if (template === "/") return template;
	else return template.replace(/\/$/, "");
}
function parse$1(options) {
	let method = options.method.toUpperCase();
	let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
	let headers = Object.assign({}, options.headers);
	let body;
	let parameters = omit(options, [
		"method",
		"baseUrl",
		"url",
		"headers",
		"request",
		"mediaType"
	]);
	const urlVariableNames = extractUrlVariableNames(url);
	url = parseUrl(url).expand(parameters);
	if (!/^http/.test(url)) url = options.baseUrl + url;
	const remainingParameters = omit(parameters, Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl"));
	if (!/application\/octet-stream/i.test(headers.accept)) {
		if (options.mediaType.format) headers.accept = headers.accept.split(/,/).map((format) => format.replace(/application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/, `application/vnd$1$2.${options.mediaType.format}`)).join(",");
		if (url.endsWith("/graphql")) {
			if (options.mediaType.previews?.length) headers.accept = (headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || []).concat(options.mediaType.previews).map((preview) => {
				return `application/vnd.github.${preview}-preview${options.mediaType.format ? `.${options.mediaType.format}` : "+json"}`;
			}).join(",");
		}
	}
	if (["GET", "HEAD"].includes(method)) url = addQueryParameters(url, remainingParameters);
	else if ("data" in remainingParameters) body = remainingParameters.data;
	else if (Object.keys(remainingParameters).length) body = remainingParameters;
	if (!headers["content-type"] && typeof body !== "undefined") headers["content-type"] = "application/json; charset=utf-8";
	if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") body = "";
	return Object.assign({
		method,
		url,
		headers
	}, typeof body !== "undefined" ? { body } : null, options.request ? { request: options.request } : null);
}
function endpointWithDefaults(defaults, route, options) {
	return parse$1(merge(defaults, route, options));
}
function withDefaults$2(oldDefaults, newDefaults) {
	const DEFAULTS2 = merge(oldDefaults, newDefaults);
	const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
	return Object.assign(endpoint2, {
		DEFAULTS: DEFAULTS2,
		defaults: withDefaults$2.bind(null, DEFAULTS2),
		merge: merge.bind(null, DEFAULTS2),
		parse: parse$1
	});
}
var endpoint = withDefaults$2(null, DEFAULTS);
/*!
* content-type
* Copyright(c) 2015 Douglas Christopher Wilson
* MIT Licensed
*/
// node_modules/json-with-bigint/json-with-bigint.js
var import_dist = (/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.parse = parse;
	/**
	* Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
	*/
	const NullObject = /* @__PURE__ */ (() => {
		const C = function() {};
		C.prototype = Object.create(null);
		return C;
	})();
	/**
	* Parse a `Content-Type` header.
	*/
	function parse(header, options) {
		const stopChar = options?.comma === true ? COMMA : 65536;
		const len = header.length;
		let index = skipOWS(header, options?.start ?? 0, len);
		const valueStart = index;
		index = skipValue(header, index, len, stopChar);
		const valueEnd = trailingOWS(header, valueStart, index);
		const type = header.slice(valueStart, valueEnd).toLowerCase();
		if (options?.parameters === false) return {
			type,
			index,
			parameters: new NullObject()
		};
		return parseParameters(header, type, index, len, stopChar);
	}
	const SP = 32;
	const HTAB = 9;
	const SEMI = 59;
	const EQ = 61;
	const DQUOTE = 34;
	const BSLASH = 92;
	const COMMA = 44;
	/**
	* Parses the parameters of a `Content-Type` header starting at the given index.
	*/
	function parseParameters(header, type, index, len, stopChar) {
		const parameters = new NullObject();
		parameter: while (index < len) {
			if (header.charCodeAt(index) === stopChar) break;
			index = skipOWS(header, index + 1, len);
			const keyStart = index;
			while (index < len) {
				const code = header.charCodeAt(index);
				if (code === stopChar) break parameter;
				if (code === SEMI) continue parameter;
				if (code === EQ) {
					const keyEnd = trailingOWS(header, keyStart, index);
					const key = header.slice(keyStart, keyEnd).toLowerCase();
					index = skipOWS(header, index + 1, len);
					if (index < len && header.charCodeAt(index) === DQUOTE) {
						index++;
						let value = "";
						while (index < len) {
							const code = header.charCodeAt(index++);
							if (code === DQUOTE) {
								index = skipValue(header, index, len, stopChar);
								if (parameters[key] === void 0) parameters[key] = value;
								break;
							}
							if (code === BSLASH && index < len) {
								value += header[index++];
								continue;
							}
							value += String.fromCharCode(code);
						}
						continue parameter;
					}
					const valueStart = index;
					index = skipValue(header, index, len, stopChar);
					if (parameters[key] === void 0) {
						const valueEnd = trailingOWS(header, valueStart, index);
						parameters[key] = header.slice(valueStart, valueEnd);
					}
					continue parameter;
				}
				index++;
			}
		}
		return {
			type,
			index,
			parameters
		};
	}
	/**
	* Skip over characters until a semicolon or other exit character.
	*/
	function skipValue(str, index, len, stopChar) {
		while (index < len) {
			const code = str.charCodeAt(index);
			if (code === SEMI || code === stopChar) break;
			index++;
		}
		return index;
	}
	/**
	* Skip optional whitespace (OWS) in an HTTP header value.
	*
	* OWS is defined in RFC 9110 sec 5.6.3 as SP (" ") or HTAB ("\t").
	*/
	function skipOWS(header, index, len) {
		while (index < len) {
			const char = header.charCodeAt(index);
			if (char !== SP && char !== HTAB) break;
			index++;
		}
		return index;
	}
	/**
	* Trim optional whitespace (OWS) from the end of a substring.
	*
	* OWS is defined in RFC 9110 sec 5.6.3 as SP (" ") or HTAB ("\t").
	*/
	function trailingOWS(header, start, end) {
		while (end > start) {
			const char = header.charCodeAt(end - 1);
			if (char !== SP && char !== HTAB) break;
			end--;
		}
		return end;
	}
})))();
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/;
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;
const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
/**
* @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
* @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
*/
/**
* Checks if a value is unstringifiable according to native JSON.stringify rules.
*
* @param {any} val The value to check.
* @returns {boolean} True if the value is undefined, a function, or a symbol.
*/
const isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
/**
* Checks if a value is a native JSON.rawJSON object (Node.js 22+).
*
* @param {any} val The value to check.
* @returns {boolean} True if the value is a RawJSON instance.
*/
const isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
/**
* Iteratively converts a JS value to a JSON string.
* Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
* Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
*
* @param {any} rootValue The value to stringify.
* @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
* @param {string | number} [spaceParam] Indentation for pretty-printing.
* @returns {string | undefined} The generated JSON string.
*/
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
	let space = "";
	if (typeof spaceParam === "number") space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
	else if (typeof spaceParam === "string") space = spaceParam.slice(0, 10);
	const isFunctionReplacer = typeof replacer === "function";
	const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
	/**
	* Prepares a value for stringification by resolving toJSON, handling BigInts,
	* applying custom replacers, and unwrapping primitive objects.
	*
	* @param {object|Array} parent The parent object or array holding the value.
	* @param {string} key The key associated with the value.
	* @param {any} val The raw value to process.
	* @returns {any} The processed value ready for stringification.
	*/
	const prepareVal = (parent, key, val) => {
		if (val !== null && typeof val === "object" && typeof val.toJSON === "function") val = val.toJSON(key);
		if (typeof val === "string" && noiseValue.test(val)) return val + "n";
		if (typeof val === "bigint") {
			if ("rawJSON" in JSON) return JSON.rawJSON(val.toString());
			return val.toString() + "n";
		}
		if (isFunctionReplacer) val = replacer.call(parent, key, val);
		if (val !== null && typeof val === "object") {
			if (val instanceof Number || val instanceof String || val instanceof Boolean) val = val.valueOf();
		}
		return val;
	};
	const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
	if (isUnstringifiable(rootProcessed)) return;
	const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
	const isRootNativeRawJSON = isRawJSON(rootProcessed);
	if (isRootPrimitive || isRootNativeRawJSON) return originalStringify(rootProcessed);
	const chunks = [];
	let level = 0;
	const stack = [{
		parent: { "": rootProcessed },
		key: "",
		val: rootProcessed,
		isArray: Array.isArray(rootProcessed),
		keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
		index: 0,
		first: true
	}];
	const visited = new WeakSet([rootProcessed]);
	while (stack.length > 0) {
		const node = stack[stack.length - 1];
		if (node.index === 0) {
			chunks.push(node.isArray ? "[" : "{");
			level++;
		}
		let isDone = false;
		if (node.isArray) {
			if (node.index < node.val.length) {
				if (!node.first) chunks.push(",");
				if (space) chunks.push("\n" + space.repeat(level));
				const childRaw = node.val[node.index];
				const childVal = prepareVal(node.val, String(node.index), childRaw);
				if (isUnstringifiable(childVal)) {
					chunks.push("null");
					node.first = false;
					node.index++;
				} else {
					const isComplexObject = childVal !== null && typeof childVal === "object";
					const isNativeRaw = isRawJSON(childVal);
					if (isComplexObject && !isNativeRaw) {
						if (visited.has(childVal)) throw new TypeError("Converting circular structure to JSON");
						visited.add(childVal);
						stack.push({
							parent: node.val,
							key: String(node.index),
							val: childVal,
							isArray: Array.isArray(childVal),
							keys: Array.isArray(childVal) ? null : Object.keys(childVal),
							index: 0,
							first: true
						});
						node.first = false;
						node.index++;
					} else {
						chunks.push(originalStringify(childVal));
						node.first = false;
						node.index++;
					}
				}
			} else isDone = true;
		} else {
			while (node.index < node.keys.length) {
				const k = node.keys[node.index++];
				if (propertyList && !propertyList.has(k)) continue;
				const childRaw = node.val[k];
				const childVal = prepareVal(node.val, k, childRaw);
				if (isUnstringifiable(childVal)) continue;
				if (!node.first) chunks.push(",");
				if (space) chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
				else chunks.push(originalStringify(k) + ":");
				const isComplexObject = childVal !== null && typeof childVal === "object";
				const isNativeRaw = isRawJSON(childVal);
				if (isComplexObject && !isNativeRaw) {
					if (visited.has(childVal)) throw new TypeError("Converting circular structure to JSON");
					visited.add(childVal);
					stack.push({
						parent: node.val,
						key: k,
						val: childVal,
						isArray: Array.isArray(childVal),
						keys: Array.isArray(childVal) ? null : Object.keys(childVal),
						index: 0,
						first: true
					});
					node.first = false;
					break;
				} else {
					chunks.push(originalStringify(childVal));
					node.first = false;
				}
			}
			if (node.index >= node.keys.length && stack[stack.length - 1] === node) isDone = true;
		}
		if (isDone) {
			level--;
			if (!node.first && space) chunks.push("\n" + space.repeat(level));
			chunks.push(node.isArray ? "]" : "}");
			visited.delete(node.val);
			stack.pop();
		}
	}
	return chunks.join("");
};
/**
* Converts a JavaScript value to a JSON string.
*
* Supports serialization of BigInt values using two strategies:
* 1. Custom format "123n" → "123" (universal fallback)
* 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
*
* All other values are serialized exactly like native JSON.stringify().
*
* @param {*} value The value to convert to a JSON string.
* @param {Replacer | Array<string | number> | null} [replacer]
* A function that alters the behavior of the stringification process,
* or an array of strings/numbers to indicate properties to exclude.
* @param {string | number} [space]
* A string or number to specify indentation or pretty-printing.
* @returns {string} The JSON string representation.
*/
const JSONStringify = (value, replacer, space) => {
	try {
		if ("rawJSON" in JSON) return originalStringify(value, (key, val) => {
			if (typeof val === "bigint") return JSON.rawJSON(val.toString());
			if (typeof replacer === "function") return replacer(key, val);
			if (Array.isArray(replacer) && replacer.includes(key)) return val;
			return val;
		}, space);
		if (!value) return originalStringify(value, replacer, space);
		return originalStringify(value, (key, val) => {
			if (typeof val === "string" && noiseValue.test(val)) return val.toString() + "n";
			if (typeof val === "bigint") return val.toString() + "n";
			if (typeof replacer === "function") return replacer(key, val);
			if (Array.isArray(replacer) && replacer.includes(key)) return val;
			return val;
		}, space).replace(bigIntsStringify, "$1$2$3").replace(noiseStringify, "$1$2$3");
	} catch (error) {
		if (error instanceof RangeError) {
			const convertedJSON = stringifyIteratively(value, replacer, space);
			if (convertedJSON === void 0) return void 0;
			if ("rawJSON" in JSON) return convertedJSON;
			return convertedJSON.replace(bigIntsStringify, "$1$2$3").replace(noiseStringify, "$1$2$3");
		}
		throw error;
	}
};
const featureCache = /* @__PURE__ */ new Map();
/**
* Detects if the current JSON.parse implementation supports the context.source feature.
*
* Uses toString() fingerprinting to cache results and automatically detect runtime
* replacements of JSON.parse (polyfills, mocks, etc.).
*
* @returns {boolean} true if context.source is supported, false otherwise.
*/
const isContextSourceSupported = () => {
	const parseFingerprint = JSON.parse.toString();
	if (featureCache.has(parseFingerprint)) return featureCache.get(parseFingerprint);
	try {
		const result = JSON.parse("1", (_, __, context) => !!context?.source && context.source === "1");
		featureCache.set(parseFingerprint, result);
		return result;
	} catch {
		featureCache.set(parseFingerprint, false);
		return false;
	}
};
/**
* Reviver function that converts custom-format BigInt strings back to BigInt values.
* Also handles "noise" strings that accidentally match the BigInt format.
*
* @param {string | number | undefined} key The object key.
* @param {*} value The value being parsed.
* @param {object} [context] Parse context (if supported by JSON.parse).
* @param {Reviver} [userReviver] User's custom reviver function.
* @returns {any} The transformed value.
*/
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
	if (typeof value === "string" && customFormat.test(value)) return BigInt(value.slice(0, -1));
	if (typeof value === "string" && noiseValue.test(value)) return value.slice(0, -1);
	if (!(typeof userReviver === "function")) return value;
	return userReviver(key, value, context);
};
/**
* Fast JSON.parse implementation (~2x faster than classic fallback).
* Uses JSON.parse's context.source feature to detect integers and convert
* large numbers directly to BigInt without string manipulation.
*
* Does not support legacy custom format from v1 of this library.
*
* @param {string} text JSON string to parse.
* @param {Reviver} [reviver] Transform function to apply to each value.
* @returns {any} Parsed JavaScript value.
*/
const JSONParseV2 = (text, reviver) => {
	return JSON.parse(text, (key, value, context) => {
		const isBigNumber = typeof value === "number" && (value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER);
		const isInt = context && intRegex.test(context.source);
		if (isBigNumber && isInt) return BigInt(context.source);
		if (!(typeof reviver === "function")) return value;
		return reviver(key, value, context);
	});
};
const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/;
/**
* Iteratively traverses the parsed object bottom-up (post-order),
* emulating the native JSON.parse reviver behavior.
* This avoids Call Stack overflows (RangeError) on deeply nested structures.
*
* @param {any} parsed The natively parsed JSON object.
* @param {Reviver} [userReviver] User's custom reviver function.
* @returns {any} The fully processed object.
*/
const applyReviverIteratively = (parsed, userReviver) => {
	const rootHolder = { "": parsed };
	const stack = [{
		parent: rootHolder,
		key: "",
		visited: false
	}];
	while (stack.length > 0) {
		const node = stack[stack.length - 1];
		if (!node.visited) {
			node.visited = true;
			const value = node.parent[node.key];
			if (value !== null && typeof value === "object") {
				const keys = Object.keys(value);
				for (let i = keys.length - 1; i >= 0; i--) stack.push({
					parent: value,
					key: keys[i],
					visited: false
				});
			}
		} else {
			const { parent, key } = node;
			let value = parent[key];
			if (typeof value === "string") {
				if (customFormat.test(value)) value = BigInt(value.slice(0, -1));
				else if (noiseValue.test(value)) value = value.slice(0, -1);
			}
			if (typeof userReviver === "function") value = userReviver.call(parent, key, value);
			if (value === void 0) delete parent[key];
			else parent[key] = value;
			stack.pop();
		}
	}
	return rootHolder[""];
};
/**
* Pre-processes the JSON string to mark large numbers with an 'n' suffix.
*
* @param {string} text The raw JSON string.
* @returns {string} The serialized string with marked BigInts.
*/
const serializeBigInts = (text) => {
	return text.replace(stringsOrLargeNumbers, (match, digits, fractional, exponential) => {
		const isString = match[0] === "\"";
		if (isString && noiseValueWithQuotes.test(match)) return match.substring(0, match.length - 1) + "n\"";
		const hasFractionalOrExponential = fractional || exponential;
		const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
		if (isString || hasFractionalOrExponential || isLessThanMaxSafeInt) return match;
		return "\"" + match + "n\"";
	});
};
/**
* Converts a JSON string into a JavaScript value.
*
* Supports parsing of large integers using two strategies:
* 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
* 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
*
* All other JSON values are parsed exactly like native JSON.parse().
*
* @param {string} text A valid JSON string.
* @param {Reviver} [reviver]
* A function that transforms the results. This function is called for each member
* of the object. If a member contains nested objects, the nested objects are
* transformed before the parent object is.
* @returns {any} The parsed JavaScript value.
* @throws {SyntaxError} If text is not valid JSON.
*/
const JSONParse = (text, reviver) => {
	if (!text) return originalParse(text, reviver);
	try {
		if (isContextSourceSupported()) return JSONParseV2(text, reviver);
		const serializedData = serializeBigInts(text);
		return originalParse(serializedData, (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver));
	} catch (error) {
		if (error instanceof RangeError) {
			const serializedData = serializeBigInts(text);
			const parsed = originalParse(serializedData);
			return applyReviverIteratively(parsed, reviver);
		}
		throw error;
	}
};
// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
	name;
	/**
	* http status code
	*/
	status;
	/**
	* Request options that lead to the error.
	*/
	request;
	/**
	* Response object if a response was received
	*/
	response;
	constructor(message, statusCode, options) {
		super(message, { cause: options.cause });
		this.name = "HttpError";
		this.status = Number.parseInt(statusCode);
		if (Number.isNaN(this.status)) this.status = 0;
		/* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
		if ("response" in options) this.response = options.response;
		const requestCopy = Object.assign({}, options.request);
		if (options.request.headers.authorization) requestCopy.headers = Object.assign({}, options.request.headers, { authorization: options.request.headers.authorization.replace(/(?<! ) .*$/, " [REDACTED]") });
		requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
		this.request = requestCopy;
	}
};
// node_modules/@octokit/request/dist-bundle/index.js
var defaults_default = { headers: { "user-agent": `octokit-request.js/10.0.16 ${getUserAgent()}` } };
function isPlainObject(value) {
	if (typeof value !== "object" || value === null) return false;
	if (Object.prototype.toString.call(value) !== "[object Object]") return false;
	const proto = Object.getPrototypeOf(value);
	if (proto === null) return true;
	const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
	return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$1 = () => "";
async function fetchWrapper(requestOptions) {
	const fetch = requestOptions.request?.fetch || globalThis.fetch;
	if (!fetch) throw new Error("fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing");
	const log = requestOptions.request?.log || console;
	const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
	const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
	const requestHeaders = Object.fromEntries(Object.entries(requestOptions.headers).map(([name, value]) => [name, String(value)]));
	let fetchResponse;
	try {
		fetchResponse = await fetch(requestOptions.url, {
			method: requestOptions.method,
			body,
			redirect: requestOptions.request?.redirect,
			headers: requestHeaders,
			signal: requestOptions.request?.signal,
			...requestOptions.body && { duplex: "half" }
		});
	} catch (error) {
		let message = "Unknown Error";
		if (error instanceof Error) {
			if (error.name === "AbortError") {
				error.status = 500;
				throw error;
			}
			message = error.message;
			if (error.name === "TypeError" && "cause" in error) {
				if (error.cause instanceof Error) message = error.cause.message;
				else if (typeof error.cause === "string") message = error.cause;
			}
		}
		const requestError = new RequestError(message, 500, { request: requestOptions });
		requestError.cause = error;
		throw requestError;
	}
	const status = fetchResponse.status;
	const url = fetchResponse.url;
	const responseHeaders = {};
	for (const [key, value] of fetchResponse.headers) responseHeaders[key] = value;
	const octokitResponse = {
		url,
		status,
		headers: responseHeaders,
		data: ""
	};
	if ("deprecation" in responseHeaders) {
		const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
		const deprecationLink = matches && matches.pop();
		log.warn(`[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`);
	}
	if (status === 204 || status === 205) return octokitResponse;
	if (requestOptions.method === "HEAD") {
		if (status < 400) return octokitResponse;
		throw new RequestError(fetchResponse.statusText, status, {
			response: octokitResponse,
			request: requestOptions
		});
	}
	if (status === 304) {
		octokitResponse.data = await getResponseData(fetchResponse);
		throw new RequestError("Not modified", status, {
			response: octokitResponse,
			request: requestOptions
		});
	}
	if (status >= 400) {
		octokitResponse.data = await getResponseData(fetchResponse);
		throw new RequestError(toErrorMessage(octokitResponse.data), status, {
			response: octokitResponse,
			request: requestOptions
		});
	}
	octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
	return octokitResponse;
}
async function getResponseData(response) {
	const contentType = response.headers.get("content-type");
	if (!contentType) return response.text().catch(noop$1);
	const mimetype = (0, import_dist.parse)(contentType);
	if (isJSONResponse(mimetype)) {
		let text = "";
		try {
			text = await response.text();
			return JSONParse(text);
		} catch (err) {
			return text;
		}
	} else if (mimetype.type.startsWith("text/") || mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") return response.text().catch(noop$1);
	else return response.arrayBuffer().catch(
		/* v8 ignore next -- @preserve */
		() => /* @__PURE__ */ new ArrayBuffer(0)
	);
}
function isJSONResponse(mimetype) {
	return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
	if (typeof data === "string") return data;
	if (data instanceof ArrayBuffer) return "Unknown error";
	if (typeof data === "object" && data !== null && "message" in data) {
		const objectData = data;
		const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
		return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
	}
	return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults$1(oldEndpoint, newDefaults) {
	const endpoint2 = oldEndpoint.defaults(newDefaults);
	const newApi = function(route, parameters) {
		const endpointOptions = endpoint2.merge(route, parameters);
		if (!endpointOptions.request || !endpointOptions.request.hook) return fetchWrapper(endpoint2.parse(endpointOptions));
		const request2 = (route2, parameters2) => {
			return fetchWrapper(endpoint2.parse(endpoint2.merge(route2, parameters2)));
		};
		Object.assign(request2, {
			endpoint: endpoint2,
			defaults: withDefaults$1.bind(null, endpoint2)
		});
		return endpointOptions.request.hook(request2, endpointOptions);
	};
	return Object.assign(newApi, {
		endpoint: endpoint2,
		defaults: withDefaults$1.bind(null, endpoint2)
	});
}
var request$1 = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */
// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION$3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
	return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
	constructor(request2, headers, response) {
		super(_buildMessageForResponseErrors(response));
		this.request = request2;
		this.headers = headers;
		this.response = response;
		this.errors = response.errors;
		this.data = response.data;
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	request;
	headers;
	response;
	name = "GraphqlResponseError";
	errors;
	data;
};
var NON_VARIABLE_OPTIONS = [
	"method",
	"baseUrl",
	"url",
	"headers",
	"request",
	"query",
	"mediaType",
	"operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = [
	"query",
	"method",
	"url"
];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
	if (options) {
		if (typeof query === "string" && "query" in options) return Promise.reject(/* @__PURE__ */ new Error(`[@octokit/graphql] "query" cannot be used as variable name`));
		for (const key in options) {
			if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
			return Promise.reject(/* @__PURE__ */ new Error(`[@octokit/graphql] "${key}" cannot be used as variable name`));
		}
	}
	const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
	const requestOptions = Object.keys(parsedOptions).reduce((result, key) => {
		if (NON_VARIABLE_OPTIONS.includes(key)) {
			result[key] = parsedOptions[key];
			return result;
		}
		if (!result.variables) result.variables = {};
		result.variables[key] = parsedOptions[key];
		return result;
	}, {});
	const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
	if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
	return request2(requestOptions).then((response) => {
		if (response.data.errors) {
			const headers = {};
			for (const key of Object.keys(response.headers)) headers[key] = response.headers[key];
			throw new GraphqlResponseError(requestOptions, headers, response.data);
		}
		return response.data.data;
	});
}
function withDefaults(request2, newDefaults) {
	const newRequest = request2.defaults(newDefaults);
	const newApi = (query, options) => {
		return graphql(newRequest, query, options);
	};
	return Object.assign(newApi, {
		defaults: withDefaults.bind(null, newRequest),
		endpoint: newRequest.endpoint
	});
}
withDefaults(request$1, {
	headers: { "user-agent": `octokit-graphql.js/${VERSION$3} ${getUserAgent()}` },
	method: "POST",
	url: "/graphql"
});
function withCustomRequest(customRequest) {
	return withDefaults(customRequest, {
		method: "POST",
		url: "/graphql"
	});
}
/* v8 ignore if -- @preserve */
// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
	const isApp = isJWT(token);
	const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
	const isUserToServer = token.startsWith("ghu_");
	return {
		type: "token",
		token,
		tokenType: isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth"
	};
}
function withAuthorizationPrefix(token) {
	if (token.split(/\./).length === 3) return `bearer ${token}`;
	return `token ${token}`;
}
async function hook(token, request, route, parameters) {
	const endpoint = request.endpoint.merge(route, parameters);
	endpoint.headers.authorization = withAuthorizationPrefix(token);
	return request(endpoint);
}
var createTokenAuth = function createTokenAuth2(token) {
	if (!token) throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
	if (typeof token !== "string") throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");
	token = token.replace(/^(token|bearer) +/i, "");
	return Object.assign(auth.bind(null, token), { hook: hook.bind(null, token) });
};
// node_modules/@octokit/core/dist-src/version.js
const VERSION$2 = "7.0.8";
// node_modules/@octokit/core/dist-src/index.js
const noop = () => {};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
	if (typeof logger.debug !== "function") logger.debug = noop;
	if (typeof logger.info !== "function") logger.info = noop;
	if (typeof logger.warn !== "function") logger.warn = consoleWarn;
	if (typeof logger.error !== "function") logger.error = consoleError;
	return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$2} ${getUserAgent()}`;
var Octokit = class {
	static VERSION = VERSION$2;
	static defaults(defaults) {
		const OctokitWithDefaults = class extends this {
			constructor(...args) {
				const options = args[0] || {};
				if (typeof defaults === "function") {
					super(defaults(options));
					return;
				}
				super(Object.assign({}, defaults, options, options.userAgent && defaults.userAgent ? { userAgent: `${options.userAgent} ${defaults.userAgent}` } : null));
			}
		};
		return OctokitWithDefaults;
	}
	static plugins = [];
	/**
	* Attach a plugin (or many) to your Octokit instance.
	*
	* @example
	* const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
	*/
	static plugin(...newPlugins) {
		const currentPlugins = this.plugins;
		const NewOctokit = class extends this {
			static plugins = currentPlugins.concat(newPlugins.filter((plugin) => !currentPlugins.includes(plugin)));
		};
		return NewOctokit;
	}
	constructor(options = {}) {
		const hook = new before_after_hook_default.Collection();
		const requestDefaults = {
			baseUrl: request$1.endpoint.DEFAULTS.baseUrl,
			headers: {},
			request: Object.assign({}, options.request, { hook: hook.bind(null, "request") }),
			mediaType: {
				previews: [],
				format: ""
			}
		};
		requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
		if (options.baseUrl) requestDefaults.baseUrl = options.baseUrl;
		if (options.previews) requestDefaults.mediaType.previews = options.previews;
		if (options.timeZone) requestDefaults.headers["time-zone"] = options.timeZone;
		this.request = request$1.defaults(requestDefaults);
		this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
		this.log = createLogger(options.log);
		this.hook = hook;
		if (!options.authStrategy) {
			if (!options.auth) this.auth = async () => ({ type: "unauthenticated" });
			else {
				const auth = createTokenAuth(options.auth);
				hook.wrap("request", auth.hook);
				this.auth = auth;
			}
		} else {
			const { authStrategy, ...otherOptions } = options;
			const auth = authStrategy(Object.assign({
				request: this.request,
				log: this.log,
				octokit: this,
				octokitOptions: otherOptions
			}, options.auth));
			hook.wrap("request", auth.hook);
			this.auth = auth;
		}
		const classConstructor = this.constructor;
		for (let i = 0; i < classConstructor.plugins.length; ++i) Object.assign(this, classConstructor.plugins[i](this, options));
	}
	request;
	graphql;
	log;
	hook;
	auth;
};
// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const VERSION$1 = "17.0.0";
// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var endpoints_default = {
	actions: {
		addCustomLabelsToSelfHostedRunnerForOrg: ["POST /orgs/{org}/actions/runners/{runner_id}/labels"],
		addCustomLabelsToSelfHostedRunnerForRepo: ["POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],
		addRepoAccessToSelfHostedRunnerGroupInOrg: ["PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"],
		addSelectedRepoToOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"],
		addSelectedRepoToOrgVariable: ["PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"],
		approveWorkflowRun: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"],
		cancelWorkflowRun: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"],
		createEnvironmentVariable: ["POST /repos/{owner}/{repo}/environments/{environment_name}/variables"],
		createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
		createOrUpdateEnvironmentSecret: ["PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],
		createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
		createOrUpdateRepoSecret: ["PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
		createOrgVariable: ["POST /orgs/{org}/actions/variables"],
		createRegistrationTokenForOrg: ["POST /orgs/{org}/actions/runners/registration-token"],
		createRegistrationTokenForRepo: ["POST /repos/{owner}/{repo}/actions/runners/registration-token"],
		createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
		createRemoveTokenForRepo: ["POST /repos/{owner}/{repo}/actions/runners/remove-token"],
		createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
		createWorkflowDispatch: ["POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"],
		deleteActionsCacheById: ["DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"],
		deleteActionsCacheByKey: ["DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"],
		deleteArtifact: ["DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
		deleteCustomImageFromOrg: ["DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"],
		deleteCustomImageVersionFromOrg: ["DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"],
		deleteEnvironmentSecret: ["DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],
		deleteEnvironmentVariable: ["DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],
		deleteHostedRunnerForOrg: ["DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],
		deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
		deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
		deleteRepoSecret: ["DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
		deleteRepoVariable: ["DELETE /repos/{owner}/{repo}/actions/variables/{name}"],
		deleteSelfHostedRunnerFromOrg: ["DELETE /orgs/{org}/actions/runners/{runner_id}"],
		deleteSelfHostedRunnerFromRepo: ["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"],
		deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
		deleteWorkflowRunLogs: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"],
		disableSelectedRepositoryGithubActionsOrganization: ["DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"],
		disableWorkflow: ["PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"],
		downloadArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
		downloadJobLogsForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"],
		downloadWorkflowRunAttemptLogs: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"],
		downloadWorkflowRunLogs: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"],
		enableSelectedRepositoryGithubActionsOrganization: ["PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"],
		enableWorkflow: ["PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"],
		forceCancelWorkflowRun: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"],
		generateRunnerJitconfigForOrg: ["POST /orgs/{org}/actions/runners/generate-jitconfig"],
		generateRunnerJitconfigForRepo: ["POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"],
		getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
		getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
		getActionsCacheUsageByRepoForOrg: ["GET /orgs/{org}/actions/cache/usage-by-repository"],
		getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
		getAllowedActionsOrganization: ["GET /orgs/{org}/actions/permissions/selected-actions"],
		getAllowedActionsRepository: ["GET /repos/{owner}/{repo}/actions/permissions/selected-actions"],
		getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
		getCustomImageForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"],
		getCustomImageVersionForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"],
		getCustomOidcSubClaimForRepo: ["GET /repos/{owner}/{repo}/actions/oidc/customization/sub"],
		getEnvironmentPublicKey: ["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"],
		getEnvironmentSecret: ["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"],
		getEnvironmentVariable: ["GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],
		getGithubActionsDefaultWorkflowPermissionsOrganization: ["GET /orgs/{org}/actions/permissions/workflow"],
		getGithubActionsDefaultWorkflowPermissionsRepository: ["GET /repos/{owner}/{repo}/actions/permissions/workflow"],
		getGithubActionsPermissionsOrganization: ["GET /orgs/{org}/actions/permissions"],
		getGithubActionsPermissionsRepository: ["GET /repos/{owner}/{repo}/actions/permissions"],
		getHostedRunnerForOrg: ["GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],
		getHostedRunnersGithubOwnedImagesForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/github-owned"],
		getHostedRunnersLimitsForOrg: ["GET /orgs/{org}/actions/hosted-runners/limits"],
		getHostedRunnersMachineSpecsForOrg: ["GET /orgs/{org}/actions/hosted-runners/machine-sizes"],
		getHostedRunnersPartnerImagesForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/partner"],
		getHostedRunnersPlatformsForOrg: ["GET /orgs/{org}/actions/hosted-runners/platforms"],
		getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
		getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
		getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
		getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
		getPendingDeploymentsForRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"],
		getRepoPermissions: [
			"GET /repos/{owner}/{repo}/actions/permissions",
			{},
			{ renamed: ["actions", "getGithubActionsPermissionsRepository"] }
		],
		getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
		getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
		getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
		getReviewsForRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"],
		getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
		getSelfHostedRunnerForRepo: ["GET /repos/{owner}/{repo}/actions/runners/{runner_id}"],
		getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
		getWorkflowAccessToRepository: ["GET /repos/{owner}/{repo}/actions/permissions/access"],
		getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
		getWorkflowRunAttempt: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"],
		getWorkflowRunUsage: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"],
		getWorkflowUsage: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"],
		listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
		listCustomImageVersionsForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"],
		listCustomImagesForOrg: ["GET /orgs/{org}/actions/hosted-runners/images/custom"],
		listEnvironmentSecrets: ["GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"],
		listEnvironmentVariables: ["GET /repos/{owner}/{repo}/environments/{environment_name}/variables"],
		listGithubHostedRunnersInGroupForOrg: ["GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"],
		listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
		listJobsForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"],
		listJobsForWorkflowRunAttempt: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"],
		listLabelsForSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}/labels"],
		listLabelsForSelfHostedRunnerForRepo: ["GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],
		listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
		listOrgVariables: ["GET /orgs/{org}/actions/variables"],
		listRepoOrganizationSecrets: ["GET /repos/{owner}/{repo}/actions/organization-secrets"],
		listRepoOrganizationVariables: ["GET /repos/{owner}/{repo}/actions/organization-variables"],
		listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
		listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
		listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
		listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
		listRunnerApplicationsForRepo: ["GET /repos/{owner}/{repo}/actions/runners/downloads"],
		listSelectedReposForOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}/repositories"],
		listSelectedReposForOrgVariable: ["GET /orgs/{org}/actions/variables/{name}/repositories"],
		listSelectedRepositoriesEnabledGithubActionsOrganization: ["GET /orgs/{org}/actions/permissions/repositories"],
		listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
		listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
		listWorkflowRunArtifacts: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
		listWorkflowRuns: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"],
		listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
		reRunJobForWorkflowRun: ["POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"],
		reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
		reRunWorkflowFailedJobs: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"],
		removeAllCustomLabelsFromSelfHostedRunnerForOrg: ["DELETE /orgs/{org}/actions/runners/{runner_id}/labels"],
		removeAllCustomLabelsFromSelfHostedRunnerForRepo: ["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],
		removeCustomLabelFromSelfHostedRunnerForOrg: ["DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"],
		removeCustomLabelFromSelfHostedRunnerForRepo: ["DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"],
		removeSelectedRepoFromOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"],
		removeSelectedRepoFromOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"],
		reviewCustomGatesForRun: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"],
		reviewPendingDeploymentsForRun: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"],
		setAllowedActionsOrganization: ["PUT /orgs/{org}/actions/permissions/selected-actions"],
		setAllowedActionsRepository: ["PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"],
		setCustomLabelsForSelfHostedRunnerForOrg: ["PUT /orgs/{org}/actions/runners/{runner_id}/labels"],
		setCustomLabelsForSelfHostedRunnerForRepo: ["PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"],
		setCustomOidcSubClaimForRepo: ["PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"],
		setGithubActionsDefaultWorkflowPermissionsOrganization: ["PUT /orgs/{org}/actions/permissions/workflow"],
		setGithubActionsDefaultWorkflowPermissionsRepository: ["PUT /repos/{owner}/{repo}/actions/permissions/workflow"],
		setGithubActionsPermissionsOrganization: ["PUT /orgs/{org}/actions/permissions"],
		setGithubActionsPermissionsRepository: ["PUT /repos/{owner}/{repo}/actions/permissions"],
		setSelectedReposForOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"],
		setSelectedReposForOrgVariable: ["PUT /orgs/{org}/actions/variables/{name}/repositories"],
		setSelectedRepositoriesEnabledGithubActionsOrganization: ["PUT /orgs/{org}/actions/permissions/repositories"],
		setWorkflowAccessToRepository: ["PUT /repos/{owner}/{repo}/actions/permissions/access"],
		updateEnvironmentVariable: ["PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"],
		updateHostedRunnerForOrg: ["PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"],
		updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
		updateRepoVariable: ["PATCH /repos/{owner}/{repo}/actions/variables/{name}"]
	},
	activity: {
		checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
		deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
		deleteThreadSubscription: ["DELETE /notifications/threads/{thread_id}/subscription"],
		getFeeds: ["GET /feeds"],
		getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
		getThread: ["GET /notifications/threads/{thread_id}"],
		getThreadSubscriptionForAuthenticatedUser: ["GET /notifications/threads/{thread_id}/subscription"],
		listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
		listNotificationsForAuthenticatedUser: ["GET /notifications"],
		listOrgEventsForAuthenticatedUser: ["GET /users/{username}/events/orgs/{org}"],
		listPublicEvents: ["GET /events"],
		listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
		listPublicEventsForUser: ["GET /users/{username}/events/public"],
		listPublicOrgEvents: ["GET /orgs/{org}/events"],
		listReceivedEventsForUser: ["GET /users/{username}/received_events"],
		listReceivedPublicEventsForUser: ["GET /users/{username}/received_events/public"],
		listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
		listRepoNotificationsForAuthenticatedUser: ["GET /repos/{owner}/{repo}/notifications"],
		listReposStarredByAuthenticatedUser: ["GET /user/starred"],
		listReposStarredByUser: ["GET /users/{username}/starred"],
		listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
		listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
		listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
		listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
		markNotificationsAsRead: ["PUT /notifications"],
		markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
		markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
		markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
		setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
		setThreadSubscription: ["PUT /notifications/threads/{thread_id}/subscription"],
		starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
		unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
	},
	apps: {
		addRepoToInstallation: [
			"PUT /user/installations/{installation_id}/repositories/{repository_id}",
			{},
			{ renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
		],
		addRepoToInstallationForAuthenticatedUser: ["PUT /user/installations/{installation_id}/repositories/{repository_id}"],
		checkToken: ["POST /applications/{client_id}/token"],
		createFromManifest: ["POST /app-manifests/{code}/conversions"],
		createInstallationAccessToken: ["POST /app/installations/{installation_id}/access_tokens"],
		deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
		deleteInstallation: ["DELETE /app/installations/{installation_id}"],
		deleteToken: ["DELETE /applications/{client_id}/token"],
		getAuthenticated: ["GET /app"],
		getBySlug: ["GET /apps/{app_slug}"],
		getInstallation: ["GET /app/installations/{installation_id}"],
		getOrgInstallation: ["GET /orgs/{org}/installation"],
		getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
		getSubscriptionPlanForAccount: ["GET /marketplace_listing/accounts/{account_id}"],
		getSubscriptionPlanForAccountStubbed: ["GET /marketplace_listing/stubbed/accounts/{account_id}"],
		getUserInstallation: ["GET /users/{username}/installation"],
		getWebhookConfigForApp: ["GET /app/hook/config"],
		getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
		listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
		listAccountsForPlanStubbed: ["GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"],
		listInstallationReposForAuthenticatedUser: ["GET /user/installations/{installation_id}/repositories"],
		listInstallationRequestsForAuthenticatedApp: ["GET /app/installation-requests"],
		listInstallations: ["GET /app/installations"],
		listInstallationsForAuthenticatedUser: ["GET /user/installations"],
		listPlans: ["GET /marketplace_listing/plans"],
		listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
		listReposAccessibleToInstallation: ["GET /installation/repositories"],
		listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
		listSubscriptionsForAuthenticatedUserStubbed: ["GET /user/marketplace_purchases/stubbed"],
		listWebhookDeliveries: ["GET /app/hook/deliveries"],
		redeliverWebhookDelivery: ["POST /app/hook/deliveries/{delivery_id}/attempts"],
		removeRepoFromInstallation: [
			"DELETE /user/installations/{installation_id}/repositories/{repository_id}",
			{},
			{ renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
		],
		removeRepoFromInstallationForAuthenticatedUser: ["DELETE /user/installations/{installation_id}/repositories/{repository_id}"],
		resetToken: ["PATCH /applications/{client_id}/token"],
		revokeInstallationAccessToken: ["DELETE /installation/token"],
		scopeToken: ["POST /applications/{client_id}/token/scoped"],
		suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
		unsuspendInstallation: ["DELETE /app/installations/{installation_id}/suspended"],
		updateWebhookConfigForApp: ["PATCH /app/hook/config"]
	},
	billing: {
		getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
		getGithubActionsBillingUser: ["GET /users/{username}/settings/billing/actions"],
		getGithubBillingPremiumRequestUsageReportOrg: ["GET /organizations/{org}/settings/billing/premium_request/usage"],
		getGithubBillingPremiumRequestUsageReportUser: ["GET /users/{username}/settings/billing/premium_request/usage"],
		getGithubBillingUsageReportOrg: ["GET /organizations/{org}/settings/billing/usage"],
		getGithubBillingUsageReportUser: ["GET /users/{username}/settings/billing/usage"],
		getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
		getGithubPackagesBillingUser: ["GET /users/{username}/settings/billing/packages"],
		getSharedStorageBillingOrg: ["GET /orgs/{org}/settings/billing/shared-storage"],
		getSharedStorageBillingUser: ["GET /users/{username}/settings/billing/shared-storage"]
	},
	campaigns: {
		createCampaign: ["POST /orgs/{org}/campaigns"],
		deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
		getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
		listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
		updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
	},
	checks: {
		create: ["POST /repos/{owner}/{repo}/check-runs"],
		createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
		get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
		getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
		listAnnotations: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"],
		listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
		listForSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"],
		listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
		rerequestRun: ["POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"],
		rerequestSuite: ["POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"],
		setSuitesPreferences: ["PATCH /repos/{owner}/{repo}/check-suites/preferences"],
		update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
	},
	codeScanning: {
		commitAutofix: ["POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"],
		createAutofix: ["POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"],
		createVariantAnalysis: ["POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"],
		deleteAnalysis: ["DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"],
		deleteCodeqlDatabase: ["DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"],
		getAlert: [
			"GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
			{},
			{ renamedParameters: { alert_id: "alert_number" } }
		],
		getAnalysis: ["GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"],
		getAutofix: ["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"],
		getCodeqlDatabase: ["GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"],
		getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
		getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
		getVariantAnalysis: ["GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"],
		getVariantAnalysisRepoTask: ["GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"],
		listAlertInstances: ["GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"],
		listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
		listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
		listAlertsInstances: [
			"GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
			{},
			{ renamed: ["codeScanning", "listAlertInstances"] }
		],
		listCodeqlDatabases: ["GET /repos/{owner}/{repo}/code-scanning/codeql/databases"],
		listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
		updateAlert: ["PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"],
		updateDefaultSetup: ["PATCH /repos/{owner}/{repo}/code-scanning/default-setup"],
		uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
	},
	codeSecurity: {
		attachConfiguration: ["POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"],
		attachEnterpriseConfiguration: ["POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"],
		createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
		createConfigurationForEnterprise: ["POST /enterprises/{enterprise}/code-security/configurations"],
		deleteConfiguration: ["DELETE /orgs/{org}/code-security/configurations/{configuration_id}"],
		deleteConfigurationForEnterprise: ["DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"],
		detachConfiguration: ["DELETE /orgs/{org}/code-security/configurations/detach"],
		getConfiguration: ["GET /orgs/{org}/code-security/configurations/{configuration_id}"],
		getConfigurationForRepository: ["GET /repos/{owner}/{repo}/code-security-configuration"],
		getConfigurationsForEnterprise: ["GET /enterprises/{enterprise}/code-security/configurations"],
		getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
		getDefaultConfigurations: ["GET /orgs/{org}/code-security/configurations/defaults"],
		getDefaultConfigurationsForEnterprise: ["GET /enterprises/{enterprise}/code-security/configurations/defaults"],
		getRepositoriesForConfiguration: ["GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"],
		getRepositoriesForEnterpriseConfiguration: ["GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"],
		getSingleConfigurationForEnterprise: ["GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"],
		setConfigurationAsDefault: ["PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"],
		setConfigurationAsDefaultForEnterprise: ["PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"],
		updateConfiguration: ["PATCH /orgs/{org}/code-security/configurations/{configuration_id}"],
		updateEnterpriseConfiguration: ["PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"]
	},
	codesOfConduct: {
		getAllCodesOfConduct: ["GET /codes_of_conduct"],
		getConductCode: ["GET /codes_of_conduct/{key}"]
	},
	codespaces: {
		addRepositoryForSecretForAuthenticatedUser: ["PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"],
		addSelectedRepoToOrgSecret: ["PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"],
		checkPermissionsForDevcontainer: ["GET /repos/{owner}/{repo}/codespaces/permissions_check"],
		codespaceMachinesForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}/machines"],
		createForAuthenticatedUser: ["POST /user/codespaces"],
		createOrUpdateOrgSecret: ["PUT /orgs/{org}/codespaces/secrets/{secret_name}"],
		createOrUpdateRepoSecret: ["PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],
		createOrUpdateSecretForAuthenticatedUser: ["PUT /user/codespaces/secrets/{secret_name}"],
		createWithPrForAuthenticatedUser: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"],
		createWithRepoForAuthenticatedUser: ["POST /repos/{owner}/{repo}/codespaces"],
		deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
		deleteFromOrganization: ["DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"],
		deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
		deleteRepoSecret: ["DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],
		deleteSecretForAuthenticatedUser: ["DELETE /user/codespaces/secrets/{secret_name}"],
		exportForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/exports"],
		getCodespacesForUserInOrg: ["GET /orgs/{org}/members/{username}/codespaces"],
		getExportDetailsForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}/exports/{export_id}"],
		getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
		getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
		getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
		getPublicKeyForAuthenticatedUser: ["GET /user/codespaces/secrets/public-key"],
		getRepoPublicKey: ["GET /repos/{owner}/{repo}/codespaces/secrets/public-key"],
		getRepoSecret: ["GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"],
		getSecretForAuthenticatedUser: ["GET /user/codespaces/secrets/{secret_name}"],
		listDevcontainersInRepositoryForAuthenticatedUser: ["GET /repos/{owner}/{repo}/codespaces/devcontainers"],
		listForAuthenticatedUser: ["GET /user/codespaces"],
		listInOrganization: [
			"GET /orgs/{org}/codespaces",
			{},
			{ renamedParameters: { org_id: "org" } }
		],
		listInRepositoryForAuthenticatedUser: ["GET /repos/{owner}/{repo}/codespaces"],
		listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
		listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
		listRepositoriesForSecretForAuthenticatedUser: ["GET /user/codespaces/secrets/{secret_name}/repositories"],
		listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
		listSelectedReposForOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"],
		preFlightWithRepoForAuthenticatedUser: ["GET /repos/{owner}/{repo}/codespaces/new"],
		publishForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/publish"],
		removeRepositoryForSecretForAuthenticatedUser: ["DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"],
		removeSelectedRepoFromOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"],
		repoMachinesForAuthenticatedUser: ["GET /repos/{owner}/{repo}/codespaces/machines"],
		setRepositoriesForSecretForAuthenticatedUser: ["PUT /user/codespaces/secrets/{secret_name}/repositories"],
		setSelectedReposForOrgSecret: ["PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"],
		startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
		stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
		stopInOrganization: ["POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"],
		updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
	},
	copilot: {
		addCopilotSeatsForTeams: ["POST /orgs/{org}/copilot/billing/selected_teams"],
		addCopilotSeatsForUsers: ["POST /orgs/{org}/copilot/billing/selected_users"],
		cancelCopilotSeatAssignmentForTeams: ["DELETE /orgs/{org}/copilot/billing/selected_teams"],
		cancelCopilotSeatAssignmentForUsers: ["DELETE /orgs/{org}/copilot/billing/selected_users"],
		copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
		copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
		getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
		getCopilotSeatDetailsForUser: ["GET /orgs/{org}/members/{username}/copilot"],
		listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
	},
	credentials: { revoke: ["POST /credentials/revoke"] },
	dependabot: {
		addSelectedRepoToOrgSecret: ["PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"],
		createOrUpdateOrgSecret: ["PUT /orgs/{org}/dependabot/secrets/{secret_name}"],
		createOrUpdateRepoSecret: ["PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],
		deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
		deleteRepoSecret: ["DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],
		getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
		getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
		getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
		getRepoPublicKey: ["GET /repos/{owner}/{repo}/dependabot/secrets/public-key"],
		getRepoSecret: ["GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"],
		listAlertsForEnterprise: ["GET /enterprises/{enterprise}/dependabot/alerts"],
		listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
		listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
		listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
		listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
		listSelectedReposForOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"],
		removeSelectedRepoFromOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"],
		repositoryAccessForOrg: ["GET /organizations/{org}/dependabot/repository-access"],
		setRepositoryAccessDefaultLevel: ["PUT /organizations/{org}/dependabot/repository-access/default-level"],
		setSelectedReposForOrgSecret: ["PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"],
		updateAlert: ["PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
		updateRepositoryAccessForOrg: ["PATCH /organizations/{org}/dependabot/repository-access"]
	},
	dependencyGraph: {
		createRepositorySnapshot: ["POST /repos/{owner}/{repo}/dependency-graph/snapshots"],
		diffRange: ["GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"],
		exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
	},
	emojis: { get: ["GET /emojis"] },
	enterpriseTeamMemberships: {
		add: ["PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"],
		bulkAdd: ["POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"],
		bulkRemove: ["POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"],
		get: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"],
		list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
		remove: ["DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"]
	},
	enterpriseTeamOrganizations: {
		add: ["PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],
		bulkAdd: ["POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"],
		bulkRemove: ["POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"],
		delete: ["DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],
		getAssignment: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"],
		getAssignments: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"]
	},
	enterpriseTeams: {
		create: ["POST /enterprises/{enterprise}/teams"],
		delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
		get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
		list: ["GET /enterprises/{enterprise}/teams"],
		update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
	},
	gists: {
		checkIsStarred: ["GET /gists/{gist_id}/star"],
		create: ["POST /gists"],
		createComment: ["POST /gists/{gist_id}/comments"],
		delete: ["DELETE /gists/{gist_id}"],
		deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
		fork: ["POST /gists/{gist_id}/forks"],
		get: ["GET /gists/{gist_id}"],
		getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
		getRevision: ["GET /gists/{gist_id}/{sha}"],
		list: ["GET /gists"],
		listComments: ["GET /gists/{gist_id}/comments"],
		listCommits: ["GET /gists/{gist_id}/commits"],
		listForUser: ["GET /users/{username}/gists"],
		listForks: ["GET /gists/{gist_id}/forks"],
		listPublic: ["GET /gists/public"],
		listStarred: ["GET /gists/starred"],
		star: ["PUT /gists/{gist_id}/star"],
		unstar: ["DELETE /gists/{gist_id}/star"],
		update: ["PATCH /gists/{gist_id}"],
		updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
	},
	git: {
		createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
		createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
		createRef: ["POST /repos/{owner}/{repo}/git/refs"],
		createTag: ["POST /repos/{owner}/{repo}/git/tags"],
		createTree: ["POST /repos/{owner}/{repo}/git/trees"],
		deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
		getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
		getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
		getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
		getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
		getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
		listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
		updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
	},
	gitignore: {
		getAllTemplates: ["GET /gitignore/templates"],
		getTemplate: ["GET /gitignore/templates/{name}"]
	},
	hostedCompute: {
		createNetworkConfigurationForOrg: ["POST /orgs/{org}/settings/network-configurations"],
		deleteNetworkConfigurationFromOrg: ["DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"],
		getNetworkConfigurationForOrg: ["GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"],
		getNetworkSettingsForOrg: ["GET /orgs/{org}/settings/network-settings/{network_settings_id}"],
		listNetworkConfigurationsForOrg: ["GET /orgs/{org}/settings/network-configurations"],
		updateNetworkConfigurationForOrg: ["PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"]
	},
	interactions: {
		getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
		getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
		getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
		getRestrictionsForYourPublicRepos: [
			"GET /user/interaction-limits",
			{},
			{ renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
		],
		removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
		removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
		removeRestrictionsForRepo: ["DELETE /repos/{owner}/{repo}/interaction-limits"],
		removeRestrictionsForYourPublicRepos: [
			"DELETE /user/interaction-limits",
			{},
			{ renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
		],
		setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
		setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
		setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
		setRestrictionsForYourPublicRepos: [
			"PUT /user/interaction-limits",
			{},
			{ renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
		]
	},
	issues: {
		addAssignees: ["POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"],
		addBlockedByDependency: ["POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"],
		addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
		addSubIssue: ["POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],
		checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
		checkUserCanBeAssignedToIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"],
		create: ["POST /repos/{owner}/{repo}/issues"],
		createComment: ["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],
		createLabel: ["POST /repos/{owner}/{repo}/labels"],
		createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
		deleteComment: ["DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"],
		deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
		deleteMilestone: ["DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"],
		get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
		getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
		getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
		getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
		getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
		getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
		list: ["GET /issues"],
		listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
		listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
		listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
		listDependenciesBlockedBy: ["GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"],
		listDependenciesBlocking: ["GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"],
		listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
		listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
		listEventsForTimeline: ["GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"],
		listForAuthenticatedUser: ["GET /user/issues"],
		listForOrg: ["GET /orgs/{org}/issues"],
		listForRepo: ["GET /repos/{owner}/{repo}/issues"],
		listLabelsForMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"],
		listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
		listLabelsOnIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/labels"],
		listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
		listSubIssues: ["GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],
		lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
		removeAllLabels: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"],
		removeAssignees: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"],
		removeDependencyBlockedBy: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"],
		removeLabel: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"],
		removeSubIssue: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"],
		reprioritizeSubIssue: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"],
		setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
		unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
		update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
		updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
		updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
		updateMilestone: ["PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"]
	},
	licenses: {
		get: ["GET /licenses/{license}"],
		getAllCommonlyUsed: ["GET /licenses"],
		getForRepo: ["GET /repos/{owner}/{repo}/license"]
	},
	markdown: {
		render: ["POST /markdown"],
		renderRaw: ["POST /markdown/raw", { headers: { "content-type": "text/plain; charset=utf-8" } }]
	},
	meta: {
		get: ["GET /meta"],
		getAllVersions: ["GET /versions"],
		getOctocat: ["GET /octocat"],
		getZen: ["GET /zen"],
		root: ["GET /"]
	},
	migrations: {
		deleteArchiveForAuthenticatedUser: ["DELETE /user/migrations/{migration_id}/archive"],
		deleteArchiveForOrg: ["DELETE /orgs/{org}/migrations/{migration_id}/archive"],
		downloadArchiveForOrg: ["GET /orgs/{org}/migrations/{migration_id}/archive"],
		getArchiveForAuthenticatedUser: ["GET /user/migrations/{migration_id}/archive"],
		getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
		getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
		listForAuthenticatedUser: ["GET /user/migrations"],
		listForOrg: ["GET /orgs/{org}/migrations"],
		listReposForAuthenticatedUser: ["GET /user/migrations/{migration_id}/repositories"],
		listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
		listReposForUser: [
			"GET /user/migrations/{migration_id}/repositories",
			{},
			{ renamed: ["migrations", "listReposForAuthenticatedUser"] }
		],
		startForAuthenticatedUser: ["POST /user/migrations"],
		startForOrg: ["POST /orgs/{org}/migrations"],
		unlockRepoForAuthenticatedUser: ["DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"],
		unlockRepoForOrg: ["DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"]
	},
	oidc: {
		getOidcCustomSubTemplateForOrg: ["GET /orgs/{org}/actions/oidc/customization/sub"],
		updateOidcCustomSubTemplateForOrg: ["PUT /orgs/{org}/actions/oidc/customization/sub"]
	},
	orgs: {
		addSecurityManagerTeam: [
			"PUT /orgs/{org}/security-managers/teams/{team_slug}",
			{},
			{ deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team" }
		],
		assignTeamToOrgRole: ["PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"],
		assignUserToOrgRole: ["PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"],
		blockUser: ["PUT /orgs/{org}/blocks/{username}"],
		cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
		checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
		checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
		checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
		convertMemberToOutsideCollaborator: ["PUT /orgs/{org}/outside_collaborators/{username}"],
		createArtifactStorageRecord: ["POST /orgs/{org}/artifacts/metadata/storage-record"],
		createInvitation: ["POST /orgs/{org}/invitations"],
		createIssueType: ["POST /orgs/{org}/issue-types"],
		createWebhook: ["POST /orgs/{org}/hooks"],
		customPropertiesForOrgsCreateOrUpdateOrganizationValues: ["PATCH /organizations/{org}/org-properties/values"],
		customPropertiesForOrgsGetOrganizationValues: ["GET /organizations/{org}/org-properties/values"],
		customPropertiesForReposCreateOrUpdateOrganizationDefinition: ["PUT /orgs/{org}/properties/schema/{custom_property_name}"],
		customPropertiesForReposCreateOrUpdateOrganizationDefinitions: ["PATCH /orgs/{org}/properties/schema"],
		customPropertiesForReposCreateOrUpdateOrganizationValues: ["PATCH /orgs/{org}/properties/values"],
		customPropertiesForReposDeleteOrganizationDefinition: ["DELETE /orgs/{org}/properties/schema/{custom_property_name}"],
		customPropertiesForReposGetOrganizationDefinition: ["GET /orgs/{org}/properties/schema/{custom_property_name}"],
		customPropertiesForReposGetOrganizationDefinitions: ["GET /orgs/{org}/properties/schema"],
		customPropertiesForReposGetOrganizationValues: ["GET /orgs/{org}/properties/values"],
		delete: ["DELETE /orgs/{org}"],
		deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
		deleteAttestationsById: ["DELETE /orgs/{org}/attestations/{attestation_id}"],
		deleteAttestationsBySubjectDigest: ["DELETE /orgs/{org}/attestations/digest/{subject_digest}"],
		deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
		deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
		disableSelectedRepositoryImmutableReleasesOrganization: ["DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"],
		enableSelectedRepositoryImmutableReleasesOrganization: ["PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"],
		get: ["GET /orgs/{org}"],
		getImmutableReleasesSettings: ["GET /orgs/{org}/settings/immutable-releases"],
		getImmutableReleasesSettingsRepositories: ["GET /orgs/{org}/settings/immutable-releases/repositories"],
		getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
		getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
		getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
		getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
		getOrgRulesetVersion: ["GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"],
		getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
		getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
		getWebhookDelivery: ["GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"],
		list: ["GET /organizations"],
		listAppInstallations: ["GET /orgs/{org}/installations"],
		listArtifactStorageRecords: ["GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"],
		listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
		listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
		listAttestationsBulk: ["POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"],
		listBlockedUsers: ["GET /orgs/{org}/blocks"],
		listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
		listForAuthenticatedUser: ["GET /user/orgs"],
		listForUser: ["GET /users/{username}/orgs"],
		listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
		listIssueTypes: ["GET /orgs/{org}/issue-types"],
		listMembers: ["GET /orgs/{org}/members"],
		listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
		listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
		listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
		listOrgRoles: ["GET /orgs/{org}/organization-roles"],
		listOrganizationFineGrainedPermissions: ["GET /orgs/{org}/organization-fine-grained-permissions"],
		listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
		listPatGrantRepositories: ["GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"],
		listPatGrantRequestRepositories: ["GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"],
		listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
		listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
		listPendingInvitations: ["GET /orgs/{org}/invitations"],
		listPublicMembers: ["GET /orgs/{org}/public_members"],
		listSecurityManagerTeams: [
			"GET /orgs/{org}/security-managers",
			{},
			{ deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams" }
		],
		listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
		listWebhooks: ["GET /orgs/{org}/hooks"],
		pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
		redeliverWebhookDelivery: ["POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"],
		removeMember: ["DELETE /orgs/{org}/members/{username}"],
		removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
		removeOutsideCollaborator: ["DELETE /orgs/{org}/outside_collaborators/{username}"],
		removePublicMembershipForAuthenticatedUser: ["DELETE /orgs/{org}/public_members/{username}"],
		removeSecurityManagerTeam: [
			"DELETE /orgs/{org}/security-managers/teams/{team_slug}",
			{},
			{ deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team" }
		],
		reviewPatGrantRequest: ["POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"],
		reviewPatGrantRequestsInBulk: ["POST /orgs/{org}/personal-access-token-requests"],
		revokeAllOrgRolesTeam: ["DELETE /orgs/{org}/organization-roles/teams/{team_slug}"],
		revokeAllOrgRolesUser: ["DELETE /orgs/{org}/organization-roles/users/{username}"],
		revokeOrgRoleTeam: ["DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"],
		revokeOrgRoleUser: ["DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"],
		setImmutableReleasesSettings: ["PUT /orgs/{org}/settings/immutable-releases"],
		setImmutableReleasesSettingsRepositories: ["PUT /orgs/{org}/settings/immutable-releases/repositories"],
		setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
		setPublicMembershipForAuthenticatedUser: ["PUT /orgs/{org}/public_members/{username}"],
		unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
		update: ["PATCH /orgs/{org}"],
		updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
		updateMembershipForAuthenticatedUser: ["PATCH /user/memberships/orgs/{org}"],
		updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
		updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
		updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
		updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
	},
	packages: {
		deletePackageForAuthenticatedUser: ["DELETE /user/packages/{package_type}/{package_name}"],
		deletePackageForOrg: ["DELETE /orgs/{org}/packages/{package_type}/{package_name}"],
		deletePackageForUser: ["DELETE /users/{username}/packages/{package_type}/{package_name}"],
		deletePackageVersionForAuthenticatedUser: ["DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		deletePackageVersionForOrg: ["DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		deletePackageVersionForUser: ["DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		getAllPackageVersionsForAPackageOwnedByAnOrg: [
			"GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
			{},
			{ renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
		],
		getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
			"GET /user/packages/{package_type}/{package_name}/versions",
			{},
			{ renamed: ["packages", "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"] }
		],
		getAllPackageVersionsForPackageOwnedByAuthenticatedUser: ["GET /user/packages/{package_type}/{package_name}/versions"],
		getAllPackageVersionsForPackageOwnedByOrg: ["GET /orgs/{org}/packages/{package_type}/{package_name}/versions"],
		getAllPackageVersionsForPackageOwnedByUser: ["GET /users/{username}/packages/{package_type}/{package_name}/versions"],
		getPackageForAuthenticatedUser: ["GET /user/packages/{package_type}/{package_name}"],
		getPackageForOrganization: ["GET /orgs/{org}/packages/{package_type}/{package_name}"],
		getPackageForUser: ["GET /users/{username}/packages/{package_type}/{package_name}"],
		getPackageVersionForAuthenticatedUser: ["GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		getPackageVersionForOrganization: ["GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		getPackageVersionForUser: ["GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"],
		listDockerMigrationConflictingPackagesForAuthenticatedUser: ["GET /user/docker/conflicts"],
		listDockerMigrationConflictingPackagesForOrganization: ["GET /orgs/{org}/docker/conflicts"],
		listDockerMigrationConflictingPackagesForUser: ["GET /users/{username}/docker/conflicts"],
		listPackagesForAuthenticatedUser: ["GET /user/packages"],
		listPackagesForOrganization: ["GET /orgs/{org}/packages"],
		listPackagesForUser: ["GET /users/{username}/packages"],
		restorePackageForAuthenticatedUser: ["POST /user/packages/{package_type}/{package_name}/restore{?token}"],
		restorePackageForOrg: ["POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"],
		restorePackageForUser: ["POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"],
		restorePackageVersionForAuthenticatedUser: ["POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"],
		restorePackageVersionForOrg: ["POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"],
		restorePackageVersionForUser: ["POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"]
	},
	privateRegistries: {
		createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
		deleteOrgPrivateRegistry: ["DELETE /orgs/{org}/private-registries/{secret_name}"],
		getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
		getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
		listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
		updateOrgPrivateRegistry: ["PATCH /orgs/{org}/private-registries/{secret_name}"]
	},
	projects: {
		addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
		addItemForUser: ["POST /users/{username}/projectsV2/{project_number}/items"],
		deleteItemForOrg: ["DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
		deleteItemForUser: ["DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"],
		getFieldForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"],
		getFieldForUser: ["GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"],
		getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
		getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
		getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
		getUserItem: ["GET /users/{username}/projectsV2/{project_number}/items/{item_id}"],
		listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
		listFieldsForUser: ["GET /users/{username}/projectsV2/{project_number}/fields"],
		listForOrg: ["GET /orgs/{org}/projectsV2"],
		listForUser: ["GET /users/{username}/projectsV2"],
		listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
		listItemsForUser: ["GET /users/{username}/projectsV2/{project_number}/items"],
		updateItemForOrg: ["PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
		updateItemForUser: ["PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"]
	},
	pulls: {
		checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
		create: ["POST /repos/{owner}/{repo}/pulls"],
		createReplyForReviewComment: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"],
		createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
		createReviewComment: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"],
		deletePendingReview: ["DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],
		deleteReviewComment: ["DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
		dismissReview: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"],
		get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
		getReview: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],
		getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
		list: ["GET /repos/{owner}/{repo}/pulls"],
		listCommentsForReview: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"],
		listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
		listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
		listRequestedReviewers: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],
		listReviewComments: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"],
		listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
		listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
		merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
		removeRequestedReviewers: ["DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],
		requestReviewers: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],
		submitReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"],
		update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
		updateBranch: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"],
		updateReview: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],
		updateReviewComment: ["PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"]
	},
	rateLimit: { get: ["GET /rate_limit"] },
	reactions: {
		createForCommitComment: ["POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"],
		createForIssue: ["POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
		createForIssueComment: ["POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
		createForPullRequestReviewComment: ["POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"],
		createForRelease: ["POST /repos/{owner}/{repo}/releases/{release_id}/reactions"],
		createForTeamDiscussionCommentInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"],
		createForTeamDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"],
		deleteForCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"],
		deleteForIssue: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"],
		deleteForIssueComment: ["DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"],
		deleteForPullRequestComment: ["DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"],
		deleteForRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"],
		deleteForTeamDiscussion: ["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"],
		deleteForTeamDiscussionComment: ["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"],
		listForCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"],
		listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
		listForIssueComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
		listForPullRequestReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"],
		listForRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}/reactions"],
		listForTeamDiscussionCommentInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"],
		listForTeamDiscussionInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"]
	},
	repos: {
		acceptInvitation: [
			"PATCH /user/repository_invitations/{invitation_id}",
			{},
			{ renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
		],
		acceptInvitationForAuthenticatedUser: ["PATCH /user/repository_invitations/{invitation_id}"],
		addAppAccessRestrictions: [
			"POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
			{},
			{ mapToData: "apps" }
		],
		addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
		addStatusCheckContexts: [
			"POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
			{},
			{ mapToData: "contexts" }
		],
		addTeamAccessRestrictions: [
			"POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
			{},
			{ mapToData: "teams" }
		],
		addUserAccessRestrictions: [
			"POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
			{},
			{ mapToData: "users" }
		],
		cancelPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"],
		checkAutomatedSecurityFixes: ["GET /repos/{owner}/{repo}/automated-security-fixes"],
		checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
		checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
		checkPrivateVulnerabilityReporting: ["GET /repos/{owner}/{repo}/private-vulnerability-reporting"],
		checkVulnerabilityAlerts: ["GET /repos/{owner}/{repo}/vulnerability-alerts"],
		codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
		compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
		compareCommitsWithBasehead: ["GET /repos/{owner}/{repo}/compare/{basehead}"],
		createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
		createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
		createCommitComment: ["POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"],
		createCommitSignatureProtection: ["POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],
		createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
		createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
		createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
		createDeploymentBranchPolicy: ["POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"],
		createDeploymentProtectionRule: ["POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"],
		createDeploymentStatus: ["POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
		createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
		createForAuthenticatedUser: ["POST /user/repos"],
		createFork: ["POST /repos/{owner}/{repo}/forks"],
		createInOrg: ["POST /orgs/{org}/repos"],
		createOrUpdateEnvironment: ["PUT /repos/{owner}/{repo}/environments/{environment_name}"],
		createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
		createOrgRuleset: ["POST /orgs/{org}/rulesets"],
		createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
		createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
		createRelease: ["POST /repos/{owner}/{repo}/releases"],
		createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
		createUsingTemplate: ["POST /repos/{template_owner}/{template_repo}/generate"],
		createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
		customPropertiesForReposCreateOrUpdateRepositoryValues: ["PATCH /repos/{owner}/{repo}/properties/values"],
		customPropertiesForReposGetRepositoryValues: ["GET /repos/{owner}/{repo}/properties/values"],
		declineInvitation: [
			"DELETE /user/repository_invitations/{invitation_id}",
			{},
			{ renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
		],
		declineInvitationForAuthenticatedUser: ["DELETE /user/repository_invitations/{invitation_id}"],
		delete: ["DELETE /repos/{owner}/{repo}"],
		deleteAccessRestrictions: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"],
		deleteAdminBranchProtection: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],
		deleteAnEnvironment: ["DELETE /repos/{owner}/{repo}/environments/{environment_name}"],
		deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
		deleteBranchProtection: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection"],
		deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
		deleteCommitSignatureProtection: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],
		deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
		deleteDeployment: ["DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"],
		deleteDeploymentBranchPolicy: ["DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],
		deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
		deleteInvitation: ["DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"],
		deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
		deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
		deletePullRequestReviewProtection: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],
		deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
		deleteReleaseAsset: ["DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"],
		deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
		deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
		disableAutomatedSecurityFixes: ["DELETE /repos/{owner}/{repo}/automated-security-fixes"],
		disableDeploymentProtectionRule: ["DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"],
		disableImmutableReleases: ["DELETE /repos/{owner}/{repo}/immutable-releases"],
		disablePrivateVulnerabilityReporting: ["DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"],
		disableVulnerabilityAlerts: ["DELETE /repos/{owner}/{repo}/vulnerability-alerts"],
		downloadArchive: [
			"GET /repos/{owner}/{repo}/zipball/{ref}",
			{},
			{ renamed: ["repos", "downloadZipballArchive"] }
		],
		downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
		downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
		enableAutomatedSecurityFixes: ["PUT /repos/{owner}/{repo}/automated-security-fixes"],
		enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
		enablePrivateVulnerabilityReporting: ["PUT /repos/{owner}/{repo}/private-vulnerability-reporting"],
		enableVulnerabilityAlerts: ["PUT /repos/{owner}/{repo}/vulnerability-alerts"],
		generateReleaseNotes: ["POST /repos/{owner}/{repo}/releases/generate-notes"],
		get: ["GET /repos/{owner}/{repo}"],
		getAccessRestrictions: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"],
		getAdminBranchProtection: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],
		getAllDeploymentProtectionRules: ["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"],
		getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
		getAllStatusCheckContexts: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"],
		getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
		getAppsWithAccessToProtectedBranch: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"],
		getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
		getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
		getBranchProtection: ["GET /repos/{owner}/{repo}/branches/{branch}/protection"],
		getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
		getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
		getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
		getCollaboratorPermissionLevel: ["GET /repos/{owner}/{repo}/collaborators/{username}/permission"],
		getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
		getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
		getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
		getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
		getCommitSignatureProtection: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"],
		getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
		getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
		getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
		getCustomDeploymentProtectionRule: ["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"],
		getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
		getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
		getDeploymentBranchPolicy: ["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],
		getDeploymentStatus: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"],
		getEnvironment: ["GET /repos/{owner}/{repo}/environments/{environment_name}"],
		getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
		getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
		getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
		getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
		getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
		getOrgRulesets: ["GET /orgs/{org}/rulesets"],
		getPages: ["GET /repos/{owner}/{repo}/pages"],
		getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
		getPagesDeployment: ["GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"],
		getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
		getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
		getPullRequestReviewProtection: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],
		getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
		getReadme: ["GET /repos/{owner}/{repo}/readme"],
		getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
		getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
		getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
		getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
		getRepoRuleSuite: ["GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"],
		getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
		getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
		getRepoRulesetHistory: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"],
		getRepoRulesetVersion: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"],
		getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
		getStatusChecksProtection: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],
		getTeamsWithAccessToProtectedBranch: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"],
		getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
		getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
		getUsersWithAccessToProtectedBranch: ["GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"],
		getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
		getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
		getWebhookConfigForRepo: ["GET /repos/{owner}/{repo}/hooks/{hook_id}/config"],
		getWebhookDelivery: ["GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"],
		listActivities: ["GET /repos/{owner}/{repo}/activity"],
		listAttestations: ["GET /repos/{owner}/{repo}/attestations/{subject_digest}"],
		listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
		listBranches: ["GET /repos/{owner}/{repo}/branches"],
		listBranchesForHeadCommit: ["GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"],
		listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
		listCommentsForCommit: ["GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"],
		listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
		listCommitStatusesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/statuses"],
		listCommits: ["GET /repos/{owner}/{repo}/commits"],
		listContributors: ["GET /repos/{owner}/{repo}/contributors"],
		listCustomDeploymentRuleIntegrations: ["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"],
		listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
		listDeploymentBranchPolicies: ["GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"],
		listDeploymentStatuses: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
		listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
		listForAuthenticatedUser: ["GET /user/repos"],
		listForOrg: ["GET /orgs/{org}/repos"],
		listForUser: ["GET /users/{username}/repos"],
		listForks: ["GET /repos/{owner}/{repo}/forks"],
		listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
		listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
		listLanguages: ["GET /repos/{owner}/{repo}/languages"],
		listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
		listPublic: ["GET /repositories"],
		listPullRequestsAssociatedWithCommit: ["GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"],
		listReleaseAssets: ["GET /repos/{owner}/{repo}/releases/{release_id}/assets"],
		listReleases: ["GET /repos/{owner}/{repo}/releases"],
		listTags: ["GET /repos/{owner}/{repo}/tags"],
		listTeams: ["GET /repos/{owner}/{repo}/teams"],
		listWebhookDeliveries: ["GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"],
		listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
		merge: ["POST /repos/{owner}/{repo}/merges"],
		mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
		pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
		redeliverWebhookDelivery: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"],
		removeAppAccessRestrictions: [
			"DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
			{},
			{ mapToData: "apps" }
		],
		removeCollaborator: ["DELETE /repos/{owner}/{repo}/collaborators/{username}"],
		removeStatusCheckContexts: [
			"DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
			{},
			{ mapToData: "contexts" }
		],
		removeStatusCheckProtection: ["DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],
		removeTeamAccessRestrictions: [
			"DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
			{},
			{ mapToData: "teams" }
		],
		removeUserAccessRestrictions: [
			"DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
			{},
			{ mapToData: "users" }
		],
		renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
		replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
		requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
		setAdminBranchProtection: ["POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"],
		setAppAccessRestrictions: [
			"PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
			{},
			{ mapToData: "apps" }
		],
		setStatusCheckContexts: [
			"PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
			{},
			{ mapToData: "contexts" }
		],
		setTeamAccessRestrictions: [
			"PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
			{},
			{ mapToData: "teams" }
		],
		setUserAccessRestrictions: [
			"PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
			{},
			{ mapToData: "users" }
		],
		testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
		transfer: ["POST /repos/{owner}/{repo}/transfer"],
		update: ["PATCH /repos/{owner}/{repo}"],
		updateBranchProtection: ["PUT /repos/{owner}/{repo}/branches/{branch}/protection"],
		updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
		updateDeploymentBranchPolicy: ["PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"],
		updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
		updateInvitation: ["PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"],
		updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
		updatePullRequestReviewProtection: ["PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"],
		updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
		updateReleaseAsset: ["PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"],
		updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
		updateStatusCheckPotection: [
			"PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
			{},
			{ renamed: ["repos", "updateStatusCheckProtection"] }
		],
		updateStatusCheckProtection: ["PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"],
		updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
		updateWebhookConfigForRepo: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"],
		uploadReleaseAsset: ["POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}", { baseUrl: "https://uploads.github.com" }]
	},
	search: {
		code: ["GET /search/code"],
		commits: ["GET /search/commits"],
		issuesAndPullRequests: ["GET /search/issues"],
		labels: ["GET /search/labels"],
		repos: ["GET /search/repositories"],
		topics: ["GET /search/topics"],
		users: ["GET /search/users"]
	},
	secretScanning: {
		createPushProtectionBypass: ["POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"],
		getAlert: ["GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"],
		getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
		listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
		listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
		listLocationsForAlert: ["GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"],
		listOrgPatternConfigs: ["GET /orgs/{org}/secret-scanning/pattern-configurations"],
		updateAlert: ["PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"],
		updateOrgPatternConfigs: ["PATCH /orgs/{org}/secret-scanning/pattern-configurations"]
	},
	securityAdvisories: {
		createFork: ["POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"],
		createPrivateVulnerabilityReport: ["POST /repos/{owner}/{repo}/security-advisories/reports"],
		createRepositoryAdvisory: ["POST /repos/{owner}/{repo}/security-advisories"],
		createRepositoryAdvisoryCveRequest: ["POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"],
		getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
		getRepositoryAdvisory: ["GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"],
		listGlobalAdvisories: ["GET /advisories"],
		listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
		listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
		updateRepositoryAdvisory: ["PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"]
	},
	teams: {
		addOrUpdateMembershipForUserInOrg: ["PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"],
		addOrUpdateRepoPermissionsInOrg: ["PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],
		checkPermissionsForRepoInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],
		create: ["POST /orgs/{org}/teams"],
		createDiscussionCommentInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"],
		createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
		deleteDiscussionCommentInOrg: ["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],
		deleteDiscussionInOrg: ["DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],
		deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
		getByName: ["GET /orgs/{org}/teams/{team_slug}"],
		getDiscussionCommentInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],
		getDiscussionInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],
		getMembershipForUserInOrg: ["GET /orgs/{org}/teams/{team_slug}/memberships/{username}"],
		list: ["GET /orgs/{org}/teams"],
		listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
		listDiscussionCommentsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"],
		listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
		listForAuthenticatedUser: ["GET /user/teams"],
		listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
		listPendingInvitationsInOrg: ["GET /orgs/{org}/teams/{team_slug}/invitations"],
		listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
		removeMembershipForUserInOrg: ["DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"],
		removeRepoInOrg: ["DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"],
		updateDiscussionCommentInOrg: ["PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"],
		updateDiscussionInOrg: ["PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"],
		updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
	},
	users: {
		addEmailForAuthenticated: [
			"POST /user/emails",
			{},
			{ renamed: ["users", "addEmailForAuthenticatedUser"] }
		],
		addEmailForAuthenticatedUser: ["POST /user/emails"],
		addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
		block: ["PUT /user/blocks/{username}"],
		checkBlocked: ["GET /user/blocks/{username}"],
		checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
		checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
		createGpgKeyForAuthenticated: [
			"POST /user/gpg_keys",
			{},
			{ renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
		],
		createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
		createPublicSshKeyForAuthenticated: [
			"POST /user/keys",
			{},
			{ renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
		],
		createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
		createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
		deleteAttestationsBulk: ["POST /users/{username}/attestations/delete-request"],
		deleteAttestationsById: ["DELETE /users/{username}/attestations/{attestation_id}"],
		deleteAttestationsBySubjectDigest: ["DELETE /users/{username}/attestations/digest/{subject_digest}"],
		deleteEmailForAuthenticated: [
			"DELETE /user/emails",
			{},
			{ renamed: ["users", "deleteEmailForAuthenticatedUser"] }
		],
		deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
		deleteGpgKeyForAuthenticated: [
			"DELETE /user/gpg_keys/{gpg_key_id}",
			{},
			{ renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
		],
		deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
		deletePublicSshKeyForAuthenticated: [
			"DELETE /user/keys/{key_id}",
			{},
			{ renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
		],
		deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
		deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
		deleteSshSigningKeyForAuthenticatedUser: ["DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"],
		follow: ["PUT /user/following/{username}"],
		getAuthenticated: ["GET /user"],
		getById: ["GET /user/{account_id}"],
		getByUsername: ["GET /users/{username}"],
		getContextForUser: ["GET /users/{username}/hovercard"],
		getGpgKeyForAuthenticated: [
			"GET /user/gpg_keys/{gpg_key_id}",
			{},
			{ renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
		],
		getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
		getPublicSshKeyForAuthenticated: [
			"GET /user/keys/{key_id}",
			{},
			{ renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
		],
		getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
		getSshSigningKeyForAuthenticatedUser: ["GET /user/ssh_signing_keys/{ssh_signing_key_id}"],
		list: ["GET /users"],
		listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
		listAttestationsBulk: ["POST /users/{username}/attestations/bulk-list{?per_page,before,after}"],
		listBlockedByAuthenticated: [
			"GET /user/blocks",
			{},
			{ renamed: ["users", "listBlockedByAuthenticatedUser"] }
		],
		listBlockedByAuthenticatedUser: ["GET /user/blocks"],
		listEmailsForAuthenticated: [
			"GET /user/emails",
			{},
			{ renamed: ["users", "listEmailsForAuthenticatedUser"] }
		],
		listEmailsForAuthenticatedUser: ["GET /user/emails"],
		listFollowedByAuthenticated: [
			"GET /user/following",
			{},
			{ renamed: ["users", "listFollowedByAuthenticatedUser"] }
		],
		listFollowedByAuthenticatedUser: ["GET /user/following"],
		listFollowersForAuthenticatedUser: ["GET /user/followers"],
		listFollowersForUser: ["GET /users/{username}/followers"],
		listFollowingForUser: ["GET /users/{username}/following"],
		listGpgKeysForAuthenticated: [
			"GET /user/gpg_keys",
			{},
			{ renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
		],
		listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
		listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
		listPublicEmailsForAuthenticated: [
			"GET /user/public_emails",
			{},
			{ renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
		],
		listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
		listPublicKeysForUser: ["GET /users/{username}/keys"],
		listPublicSshKeysForAuthenticated: [
			"GET /user/keys",
			{},
			{ renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
		],
		listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
		listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
		listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
		listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
		listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
		setPrimaryEmailVisibilityForAuthenticated: [
			"PATCH /user/email/visibility",
			{},
			{ renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
		],
		setPrimaryEmailVisibilityForAuthenticatedUser: ["PATCH /user/email/visibility"],
		unblock: ["DELETE /user/blocks/{username}"],
		unfollow: ["DELETE /user/following/{username}"],
		updateAuthenticated: ["PATCH /user"]
	}
};
// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) for (const [methodName, endpoint] of Object.entries(endpoints)) {
	const [route, defaults, decorations] = endpoint;
	const [method, url] = route.split(/ /);
	const endpointDefaults = Object.assign({
		method,
		url
	}, defaults);
	if (!endpointMethodsMap.has(scope)) endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
	endpointMethodsMap.get(scope).set(methodName, {
		scope,
		methodName,
		endpointDefaults,
		decorations
	});
}
const handler = {
	has({ scope }, methodName) {
		return endpointMethodsMap.get(scope).has(methodName);
	},
	getOwnPropertyDescriptor(target, methodName) {
		return {
			value: this.get(target, methodName),
			configurable: true,
			writable: true,
			enumerable: true
		};
	},
	defineProperty(target, methodName, descriptor) {
		Object.defineProperty(target.cache, methodName, descriptor);
		return true;
	},
	deleteProperty(target, methodName) {
		delete target.cache[methodName];
		return true;
	},
	ownKeys({ scope }) {
		return [...endpointMethodsMap.get(scope).keys()];
	},
	set(target, methodName, value) {
		return target.cache[methodName] = value;
	},
	get({ octokit, scope, cache }, methodName) {
		if (cache[methodName]) return cache[methodName];
		const method = endpointMethodsMap.get(scope).get(methodName);
		if (!method) return;
		const { endpointDefaults, decorations } = method;
		if (decorations) cache[methodName] = decorate(octokit, scope, methodName, endpointDefaults, decorations);
		else cache[methodName] = octokit.request.defaults(endpointDefaults);
		return cache[methodName];
	}
};
function endpointsToMethods(octokit) {
	const newMethods = {};
	for (const scope of endpointMethodsMap.keys()) newMethods[scope] = new Proxy({
		octokit,
		scope,
		cache: {}
	}, handler);
	return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
	const requestWithDefaults = octokit.request.defaults(defaults);
	function withDecorations(...args) {
		let options = requestWithDefaults.endpoint.merge(...args);
		if (decorations.mapToData) {
			options = Object.assign({}, options, {
				data: options[decorations.mapToData],
				[decorations.mapToData]: void 0
			});
			return requestWithDefaults(options);
		}
		if (decorations.renamed) {
			const [newScope, newMethodName] = decorations.renamed;
			octokit.log.warn(`octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`);
		}
		if (decorations.deprecated) octokit.log.warn(decorations.deprecated);
		if (decorations.renamedParameters) {
			const options2 = requestWithDefaults.endpoint.merge(...args);
			for (const [name, alias] of Object.entries(decorations.renamedParameters)) if (name in options2) {
				octokit.log.warn(`"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`);
				if (!(alias in options2)) options2[alias] = options2[name];
				delete options2[name];
			}
			return requestWithDefaults(options2);
		}
		return requestWithDefaults(...args);
	}
	return Object.assign(withDecorations, requestWithDefaults);
}
// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
	return { rest: endpointsToMethods(octokit) };
}
restEndpointMethods.VERSION = VERSION$1;
function legacyRestEndpointMethods(octokit) {
	const api = endpointsToMethods(octokit);
	return {
		...api,
		rest: api
	};
}
legacyRestEndpointMethods.VERSION = VERSION$1;
// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION = "0.0.0-development";
function normalizePaginatedListResponse(response) {
	if (!response.data) return {
		...response,
		data: []
	};
	if (!(("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data))) return response;
	const incompleteResults = response.data.incomplete_results;
	const repositorySelection = response.data.repository_selection;
	const totalCount = response.data.total_count;
	const totalCommits = response.data.total_commits;
	delete response.data.incomplete_results;
	delete response.data.repository_selection;
	delete response.data.total_count;
	delete response.data.total_commits;
	const namespaceKey = Object.keys(response.data)[0];
	response.data = response.data[namespaceKey];
	if (typeof incompleteResults !== "undefined") response.data.incomplete_results = incompleteResults;
	if (typeof repositorySelection !== "undefined") response.data.repository_selection = repositorySelection;
	response.data.total_count = totalCount;
	response.data.total_commits = totalCommits;
	return response;
}
function iterator(octokit, route, parameters) {
	const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
	const requestMethod = typeof route === "function" ? route : octokit.request;
	const method = options.method;
	const headers = options.headers;
	let url = options.url;
	return { [Symbol.asyncIterator]: () => ({ async next() {
		if (!url) return { done: true };
		try {
			const normalizedResponse = normalizePaginatedListResponse(await requestMethod({
				method,
				url,
				headers
			}));
			url = ((normalizedResponse.headers.link || "").match(/<([^<>]+)>;\s*rel="next"/) || [])[1];
			if (!url && "total_commits" in normalizedResponse.data) {
				const parsedUrl = new URL(normalizedResponse.url);
				const params = parsedUrl.searchParams;
				const page = parseInt(params.get("page") || "1", 10);
				if (page * parseInt(params.get("per_page") || "250", 10) < normalizedResponse.data.total_commits) {
					params.set("page", String(page + 1));
					url = parsedUrl.toString();
				}
			}
			return { value: normalizedResponse };
		} catch (error) {
			if (error.status !== 409) throw error;
			url = "";
			return { value: {
				status: 200,
				headers: {},
				data: []
			} };
		}
	} }) };
}
function paginate(octokit, route, parameters, mapFn) {
	if (typeof parameters === "function") {
		mapFn = parameters;
		parameters = void 0;
	}
	return gather(octokit, [], iterator(octokit, route, parameters)[Symbol.asyncIterator](), mapFn);
}
function gather(octokit, results, iterator2, mapFn) {
	return iterator2.next().then((result) => {
		if (result.done) return results;
		let earlyExit = false;
		function done() {
			earlyExit = true;
		}
		results = results.concat(mapFn ? mapFn(result.value, done) : result.value.data);
		if (earlyExit) return results;
		return gather(octokit, results, iterator2, mapFn);
	});
}
Object.assign(paginate, { iterator });
function paginateRest(octokit) {
	return { paginate: Object.assign(paginate.bind(null, octokit), { iterator: iterator.bind(null, octokit) }) };
}
paginateRest.VERSION = VERSION;
new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
	baseUrl,
	request: {
		agent: getProxyAgent(baseUrl),
		fetch: getProxyFetch(baseUrl)
	}
};
Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
// node_modules/@actions/github/lib/github.js
const context = new Context();
// packages/core/src/errors.ts
/**
* A mistake the user can fix (bad path, unknown task, malformed suite...).
* The CLI prints `message` (and `hint`) without a stack trace and exits non-zero;
* anything that is not an FtbenchError is a bug and keeps its stack.
*/
var FtbenchError = class extends Error {
	hint;
	constructor(message, hint) {
		super(message);
		this.hint = hint;
		this.name = "FtbenchError";
	}
};
// packages/core/src/metrics/aggregate.ts
function sum(values) {
	let total = 0;
	for (const value of values) total += value;
	return total;
}
/** lm-eval `mean`: sum(arr) / len(arr). */
function mean$1(values) {
	if (values.length === 0) throw new Error("mean of an empty list");
	return sum(values) / values.length;
}
/**
* lm-eval `mean_stderr`: sample standard deviation (n - 1 denominator) / sqrt(n).
* Null when n < 2, where lm-eval reports "N/A".
*/
function sampleStderr(values) {
	if (values.length < 2) return null;
	const mu = mean$1(values);
	const squaredDeviations = values.map((x) => (x - mu) * (x - mu));
	return Math.sqrt(sum(squaredDeviations) / (values.length - 1)) / Math.sqrt(values.length);
}
/** A task's metrics from its per-document values (every list holds one value per document). */
function aggregateTask(perDocValues) {
	const metrics = {};
	for (const [name, values] of Object.entries(perDocValues)) metrics[name] = {
		value: mean$1(values),
		stderr: sampleStderr(values)
	};
	return metrics;
}
/**
* lm-eval `pooled_sample_stderr`: sqrt( [Σ (n_i − 1)·se_i²·n_i / (Σn_i − k)] / Σn_i ).
* se_i²·n_i is member i's sample variance, so this pools the within-member variances; lm-eval
* notes it matches the stderr of all members' samples concatenated.
*/
function pooledStderr(stderrs, sizes) {
	const pooledVariance = sum(sizes.map((size, i) => (size - 1) * (stderrs[i] * stderrs[i]) * size)) / (sum(sizes) - sizes.length);
	return Math.sqrt(pooledVariance / sum(sizes));
}
/** lm-eval `aggregate_subtask_metrics`: mean of the members' values, weighted by size or not. */
function aggregateValues(values, sizes, weightBySize) {
	const weights = weightBySize ? sizes : sizes.map(() => 1);
	return sum(values.map((value, i) => value * weights[i])) / sum(weights);
}
/**
* One group's metrics from its members' results. The stderr is pooled over the real sizes even
* when the value is an unweighted mean, and is null as soon as one member's stderr is (lm-eval's "N/A").
* For lm-eval parity pass the group's leaf tasks, not its subgroups: see `aggregateGroups`.
*/
function aggregateGroup(members, weightBySize) {
	const metricNames = new Set(members.flatMap((member) => Object.keys(member.metrics)));
	const metrics = {};
	for (const name of metricNames) {
		const scored = members.filter((member) => member.metrics[name] !== void 0);
		const results = scored.map((member) => member.metrics[name]);
		const sizes = scored.map((member) => member.n);
		const stderrs = results.map((result) => result.stderr);
		metrics[name] = {
			value: aggregateValues(results.map((result) => result.value), sizes, weightBySize),
			stderr: stderrs.some((stderr) => stderr === null) ? null : pooledStderr(stderrs, sizes)
		};
	}
	return {
		n: sum(members.map((member) => member.n)),
		metrics
	};
}
/**
* Every group's result, as lm-eval's `consolidate_group_results` computes it: a group aggregates
* the LEAF tasks below it (a subgroup contributes its tasks, not its own value and stderr), and
* only the metrics the group declares. With weight_by_size the value equals aggregating the
* subgroups, but the pooled stderr does not, and an unweighted mean differs in value too.
*/
function aggregateGroups(groups, tasks) {
	const groupsByName = new Map(groups.map((group) => [group.name, group]));
	const leafTasks = (group, ancestors) => {
		if (ancestors.includes(group.name)) throw new Error(`Group cycle: ${[...ancestors, group.name].join(" -> ")}`);
		return group.members.flatMap((member) => {
			const subgroup = groupsByName.get(member);
			return subgroup ? leafTasks(subgroup, [...ancestors, group.name]) : [member];
		});
	};
	const results = {};
	for (const group of groups) {
		const { n, metrics } = aggregateGroup(leafTasks(group, []).map((taskName) => {
			const task = tasks[taskName];
			if (!task) throw new Error(`Group ${group.name}: no result for member task ${taskName}`);
			return {
				n: task.n,
				metrics: pickMetrics(task.metrics, group.metrics)
			};
		}), group.weightBySize);
		results[group.name] = {
			name: group.name,
			members: group.members,
			n,
			weightBySize: group.weightBySize,
			metrics
		};
	}
	return results;
}
function pickMetrics(metrics, names) {
	return Object.fromEntries(names.filter((name) => metrics[name] !== void 0).map((name) => [name, metrics[name]]));
}
/** Category of suite items that name none. */
const UNCATEGORIZED = "uncategorized";
/** Per-category breakdown for suites: each category aggregated like a task of its own, keys sorted. */
function aggregateByCategory(docs) {
	const docsByCategory = /* @__PURE__ */ new Map();
	for (const doc of docs) {
		const category = doc.category ?? "uncategorized";
		const categoryDocs = docsByCategory.get(category) ?? [];
		categoryDocs.push(doc);
		docsByCategory.set(category, categoryDocs);
	}
	const results = {};
	for (const category of [...docsByCategory.keys()].sort()) {
		const categoryDocs = docsByCategory.get(category);
		const perDocValues = {};
		for (const doc of categoryDocs) for (const [name, value] of Object.entries(doc.metrics)) (perDocValues[name] ??= []).push(value);
		results[category] = {
			n: categoryDocs.length,
			metrics: aggregateTask(perDocValues)
		};
	}
	return results;
}
// packages/core/src/schema-check.ts
const ANNOTATIONS = /* @__PURE__ */ new Set([
	"$schema",
	"$id",
	"$defs",
	"title",
	"description",
	"default",
	"examples"
]);
const VALIDATIONS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"additionalProperties",
	"required",
	"minProperties",
	"items",
	"minItems",
	"minLength",
	"pattern",
	"enum",
	"minimum",
	"maximum",
	"exclusiveMinimum",
	"exclusiveMaximum",
	"anyOf",
	"$ref"
]);
const TYPE_WORDS = {
	object: "a mapping of keys to values",
	array: "a list",
	string: "a string",
	number: "a number",
	integer: "a whole number",
	boolean: "true or false",
	null: "null"
};
function checkAgainstSchema(value, schema) {
	return checkNode(value, schema, schema, "");
}
function typeOf(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
	return typeof value;
}
function hasType(value, type) {
	const actual = typeOf(value);
	return actual === type || type === "number" && actual === "integer";
}
/** How a value is shown in a message: short, and typed ("3%" is a string, 3 a number). */
function describeValue(value) {
	const type = typeOf(value);
	if (type === "object") return "a mapping";
	if (type === "array") return "a list";
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function childPath(path, key) {
	if (typeof key === "number") return `${path}[${key}]`;
	return path === "" ? key : `${path}.${key}`;
}
function resolveRef(schema, root) {
	const ref = schema.$ref;
	if (ref === void 0) return schema;
	const match = /^#\/\$defs\/([^/]+)$/.exec(String(ref));
	const target = match ? root.$defs?.[match[1]] : void 0;
	if (!target) throw new Error(`schema-check: unresolvable $ref ${String(ref)}`);
	return resolveRef(target, root);
}
/** The types the branches accept, in words. */
function describeAlternatives(branches) {
	return branches.map((branch) => TYPE_WORDS[branch.type] ?? "a value").join(" or ");
}
function closeKey(key, allowed) {
	const normal = (text) => text.toLowerCase().replace(/[_\s]/g, "-");
	return allowed.find((candidate) => normal(candidate) === normal(key));
}
function checkNode(value, rawSchema, root, path) {
	const schema = resolveRef(rawSchema, root);
	for (const keyword of Object.keys(schema)) if (!ANNOTATIONS.has(keyword) && !VALIDATIONS.has(keyword)) throw new Error(`schema-check: keyword "${keyword}" is not supported`);
	const problem = (message) => [{
		path,
		message
	}];
	if (schema.anyOf) return checkAnyOf(value, schema.anyOf.map((branch) => resolveRef(branch, root)), root, path);
	const type = schema.type;
	if (type && !hasType(value, type)) return problem(`must be ${TYPE_WORDS[type]}, got ${describeValue(value)}`);
	if (schema.enum && !schema.enum.includes(value)) return problem(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`);
	if (typeof value === "number") return checkNumber(value, schema, path);
	if (typeof value === "string") {
		if (typeof schema.minLength === "number" && value.length < schema.minLength) return problem("must not be empty");
		if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) return problem(`must match ${schema.pattern}, got ${describeValue(value)}`);
		return [];
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === "number" && value.length < schema.minItems) return problem(`must list at least ${schema.minItems} ${schema.minItems === 1 ? "entry" : "entries"}`);
		const items = schema.items;
		return items ? value.flatMap((item, i) => checkNode(item, items, root, childPath(path, i))) : [];
	}
	if (typeOf(value) === "object") return checkObject(value, schema, root, path);
	return [];
}
function checkNumber(value, schema, path) {
	const bounds = [
		[
			schema.minimum,
			(limit) => value >= limit,
			"≥"
		],
		[
			schema.exclusiveMinimum,
			(limit) => value > limit,
			">"
		],
		[
			schema.maximum,
			(limit) => value <= limit,
			"≤"
		],
		[
			schema.exclusiveMaximum,
			(limit) => value < limit,
			"<"
		]
	];
	if (bounds.filter(([limit, holds]) => typeof limit === "number" && !holds(limit)).length === 0) return [];
	return [{
		path,
		message: `must be ${bounds.filter(([limit]) => typeof limit === "number").map(([limit, , sign]) => `${sign} ${limit}`).join(" and ")}, got ${value}`
	}];
}
function checkObject(value, schema, root, path) {
	const properties = schema.properties ?? {};
	const allowed = Object.keys(properties);
	const problems = [];
	const present = (key) => Object.hasOwn(value, key) && value[key] !== void 0;
	const missing = (schema.required ?? []).filter((key) => !present(key)).map((key) => `"${key}"`);
	if (missing.length > 0) problems.push({
		path,
		message: `missing required ${missing.length === 1 ? "key" : "keys"} ${missing.join(", ")}`
	});
	if (typeof schema.minProperties === "number" && Object.keys(value).length < schema.minProperties) problems.push({
		path,
		message: `must set at least one of: ${allowed.join(", ")}`
	});
	for (const [key, child] of Object.entries(value)) {
		if (child === void 0) continue;
		if (Object.hasOwn(properties, key)) problems.push(...checkNode(child, properties[key], root, childPath(path, key)));
		else if (schema.additionalProperties === false) {
			const suggestion = closeKey(key, allowed);
			problems.push({
				path: childPath(path, key),
				message: `unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; allowed here: ${allowed.join(", ")}`
			});
		} else if (typeof schema.additionalProperties === "object") problems.push(...checkNode(child, schema.additionalProperties, root, childPath(path, key)));
	}
	return problems;
}
/** The branch whose type fits the value decides the message; a value no branch's type fits gets the list of types. */
function checkAnyOf(value, branches, root, path) {
	const fitting = branches.filter((branch) => branch.type === void 0 || hasType(value, branch.type));
	if (fitting.length === 0) return [{
		path,
		message: `must be ${describeAlternatives(branches)}, got ${describeValue(value)}`
	}];
	const results = fitting.map((branch) => checkNode(value, branch, root, path));
	return results.find((problems) => problems.length === 0) ?? results[0];
}
// packages/core/src/results-reader.ts
/**
* The one reader of results files that ftbench did not just compute (a cached baseline, a
* workflow artifact): it checks the text against the results schema before anything trusts a
* field, so a file that parses but lacks fields (another ftbench version, a truncated or forged
* file) is a clear error naming its key paths instead of a TypeError deep in a comparison.
* Required fields are checked; unknown keys are allowed, so files with later optional fields read.
*/
const metricValue = {
	type: "object",
	required: ["value", "stderr"],
	properties: {
		value: { type: "number" },
		stderr: { anyOf: [{ type: "number" }, { type: "null" }] }
	}
};
const metrics = {
	type: "object",
	additionalProperties: { $ref: "#/$defs/metricValue" }
};
const count = {
	type: "integer",
	minimum: 0
};
/** What a results file must hold for the reporter and the comparison to read it (schema version 1). */
const RESULTS_JSON_SCHEMA = {
	type: "object",
	required: [
		"schemaVersion",
		"ftbenchVersion",
		"createdAt",
		"config",
		"model",
		"tasks",
		"groups",
		"timings"
	],
	properties: {
		schemaVersion: { enum: [1] },
		ftbenchVersion: { type: "string" },
		createdAt: { type: "string" },
		name: {
			type: "string",
			minLength: 1
		},
		config: {
			type: "object",
			required: ["tasks", "device"],
			properties: {
				tasks: {
					type: "array",
					items: { type: "string" }
				},
				device: { type: "string" }
			}
		},
		model: {
			type: "object",
			required: ["path", "fingerprint"],
			properties: {
				path: { type: "string" },
				fingerprint: { type: "string" }
			}
		},
		tasks: {
			type: "object",
			additionalProperties: { $ref: "#/$defs/task" }
		},
		groups: {
			type: "object",
			additionalProperties: { $ref: "#/$defs/group" }
		},
		timings: {
			type: "object",
			required: ["totalSeconds", "requests"],
			properties: {
				totalSeconds: {
					type: "number",
					minimum: 0
				},
				requests: count
			}
		},
		samples: {
			type: "object",
			additionalProperties: {
				type: "array",
				items: { $ref: "#/$defs/sample" }
			}
		}
	},
	$defs: {
		metricValue,
		metrics,
		task: {
			type: "object",
			required: [
				"name",
				"kind",
				"version",
				"hash",
				"numFewshot",
				"n",
				"metrics",
				"dataset"
			],
			properties: {
				name: { type: "string" },
				kind: { enum: ["standard", "suite"] },
				version: { type: "string" },
				hash: {
					type: "string",
					minLength: 1
				},
				numFewshot: count,
				n: count,
				nOriginal: count,
				metrics: { $ref: "#/$defs/metrics" },
				categories: {
					type: "object",
					additionalProperties: {
						type: "object",
						required: ["n", "metrics"],
						properties: {
							n: count,
							metrics: { $ref: "#/$defs/metrics" }
						}
					}
				},
				dataset: {
					type: "object",
					required: [
						"source",
						"path",
						"split",
						"revision"
					],
					properties: {
						source: { enum: ["local", "hub"] },
						path: { type: "string" },
						split: { type: "string" },
						revision: { type: "string" }
					}
				}
			}
		},
		group: {
			type: "object",
			required: [
				"name",
				"members",
				"n",
				"weightBySize",
				"metrics"
			],
			properties: {
				name: { type: "string" },
				members: {
					type: "array",
					minItems: 1,
					items: { type: "string" }
				},
				n: count,
				weightBySize: { type: "boolean" },
				metrics: { $ref: "#/$defs/metrics" }
			}
		},
		sample: {
			type: "object",
			required: [
				"docId",
				"promptHash",
				"gold",
				"loglikelihoods",
				"isGreedy",
				"metrics",
				"prediction"
			],
			properties: {
				docId: { anyOf: [{ type: "integer" }, { type: "string" }] },
				promptHash: { type: "string" },
				gold: { type: "integer" },
				loglikelihoods: {
					type: "array",
					items: { type: "number" }
				},
				isGreedy: {
					type: "array",
					items: { type: "boolean" }
				},
				metrics: {
					type: "object",
					additionalProperties: { type: "number" }
				},
				prediction: { type: "integer" },
				category: { type: "string" }
			}
		}
	}
};
/** How many problems the one-line error names; the rest are counted. */
const PROBLEMS_SHOWN = 3;
/**
* Results from a file's text (or from an already parsed value), checked against the results
* schema. `source` names where they came from in the error, e.g. `cache entry <key>`.
* Throws an FtbenchError naming each broken key path.
*/
function parseResults(input, source) {
	let value = input;
	if (typeof input === "string") try {
		value = JSON.parse(input);
	} catch (error) {
		throw new FtbenchError(`${source} is not valid JSON: ${error.message}`);
	}
	const problems = resultsProblems(value);
	if (problems.length > 0) {
		const shown = problems.slice(0, PROBLEMS_SHOWN).map(({ path, message }) => `${path || "(top level)"}: ${message}`);
		const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : "";
		throw new FtbenchError(`${source} does not hold ftbench results of schema version 1: ${shown.join("; ")}${more}`, "Write it again with this version of ftbench (ftbench eval --output).");
	}
	return value;
}
function resultsProblems(value) {
	const version = value?.schemaVersion;
	if (typeof value === "object" && value !== null && !Array.isArray(value) && version !== 1) return [{
		path: "schemaVersion",
		message: `this ftbench reads version 1, got ${version === void 0 ? "none" : describeValue(version)}`
	}];
	const problems = checkAgainstSchema(value, RESULTS_JSON_SCHEMA);
	return problems.length > 0 ? problems : referenceProblems(value);
}
/** What the schema cannot say: every group member is a task or group of the same file. */
function referenceProblems(results) {
	return Object.entries(results.groups).flatMap(([name, group]) => group.members.filter((member) => !Object.hasOwn(results.tasks, member) && !Object.hasOwn(results.groups, member)).map((member) => ({
		path: `groups.${name}.members`,
		message: `names ${describeValue(member)}, which is neither a task nor a group of these results`
	})));
}
// node_modules/markdown-table/index.js
/**
* @typedef {Options} MarkdownTableOptions
*   Configuration.
*/
/**
* @typedef Options
*   Configuration.
* @property {boolean | null | undefined} [alignDelimiters=true]
*   Whether to align the delimiters (default: `true`);
*   they are aligned by default:
*
*   ```markdown
*   | Alpha | B     |
*   | ----- | ----- |
*   | C     | Delta |
*   ```
*
*   Pass `false` to make them staggered:
*
*   ```markdown
*   | Alpha | B |
*   | - | - |
*   | C | Delta |
*   ```
* @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
*   How to align columns (default: `''`);
*   one style for all columns or styles for their respective columns;
*   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
*   other values are treated as `''`, which doesn’t place the colon in the
*   alignment row but does align left;
*   *only the lowercased first character is used, so `Right` is fine.*
* @property {boolean | null | undefined} [delimiterEnd=true]
*   Whether to end each row with the delimiter (default: `true`).
*
*   > 👉 **Note**: please don’t use this: it could create fragile structures
*   > that aren’t understandable to some markdown parsers.
*
*   When `true`, there are ending delimiters:
*
*   ```markdown
*   | Alpha | B     |
*   | ----- | ----- |
*   | C     | Delta |
*   ```
*
*   When `false`, there are no ending delimiters:
*
*   ```markdown
*   | Alpha | B
*   | ----- | -----
*   | C     | Delta
*   ```
* @property {boolean | null | undefined} [fillRows=true]
*   Whether to fill rows with empty cells up to the most cells in a row
*   (default: `true`).
*
*   When `true`, all rows have as many cells as the longest row:
*
*   ```markdown
*   | Alpha | B    |   |
*   | ----- | ---- | - |
*   | C     |      |   |
*   | D     | Echo | F |
*   ```
*
*   When `false`, rows keep their cells,
*   and the delimiter row has as many cells as the header row:
*
*   ```markdown
*   | Alpha | B    |
*   | ----- | ---- |
*   | C     |
*   | D     | Echo | F |
*   ```
* @property {boolean | null | undefined} [delimiterStart=true]
*   Whether to begin each row with the delimiter (default: `true`).
*
*   > 👉 **Note**: please don’t use this: it could create fragile structures
*   > that aren’t understandable to some markdown parsers.
*
*   When `true`, there are starting delimiters:
*
*   ```markdown
*   | Alpha | B     |
*   | ----- | ----- |
*   | C     | Delta |
*   ```
*
*   When `false`, there are no starting delimiters:
*
*   ```markdown
*   Alpha | B     |
*   ----- | ----- |
*   C     | Delta |
*   ```
* @property {boolean | null | undefined} [padding=true]
*   Whether to add a space of padding between delimiters and cells
*   (default: `true`).
*
*   When `true`, there is padding:
*
*   ```markdown
*   | Alpha | B     |
*   | ----- | ----- |
*   | C     | Delta |
*   ```
*
*   When `false`, there is no padding:
*
*   ```markdown
*   |Alpha|B    |
*   |-----|-----|
*   |C    |Delta|
*   ```
* @property {((value: string) => number) | null | undefined} [stringLength]
*   Function to detect the length of table cell content (optional);
*   this is used when aligning the delimiters (`|`) between table cells;
*   full-width characters and emoji mess up delimiter alignment when viewing
*   the markdown source;
*   to fix this, you can pass this function,
*   which receives the cell content and returns its “visible” size;
*   note that what is and isn’t visible depends on where the text is displayed.
*
*   Without such a function, the following:
*
*   ```js
*   markdownTable([
*     ['Alpha', 'Bravo'],
*     ['中文', 'Charlie'],
*     ['👩‍❤️‍👩', 'Delta']
*   ])
*   ```
*
*   Yields:
*
*   ```markdown
*   | Alpha | Bravo |
*   | - | - |
*   | 中文 | Charlie |
*   | 👩‍❤️‍👩 | Delta |
*   ```
*
*   With [`string-width`](https://github.com/sindresorhus/string-width):
*
*   ```js
*   import stringWidth from 'string-width'
*
*   markdownTable(
*     [
*       ['Alpha', 'Bravo'],
*       ['中文', 'Charlie'],
*       ['👩‍❤️‍👩', 'Delta']
*     ],
*     {stringLength: stringWidth}
*   )
*   ```
*
*   Yields:
*
*   ```markdown
*   | Alpha | Bravo   |
*   | ----- | ------- |
*   | 中文  | Charlie |
*   | 👩‍❤️‍👩    | Delta   |
*   ```
*/
/**
* Get the length of a cell.
*
* @param {string} value
*   Cell value.
* @returns {number}
*   Cell size.
*/
function defaultStringLength(value) {
	return value.length;
}
/**
* Generate a markdown
* ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
* table.
*
* @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
*   Table data (matrix of strings).
* @param {Readonly<Options> | null | undefined} [options]
*   Configuration (optional).
* @returns {string}
*   Result.
*/
function markdownTable(table, options) {
	const settings = options || {};
	const align = (settings.align || []).concat();
	const stringLength = settings.stringLength || defaultStringLength;
	/** @type {Array<number>} Character codes as symbols for alignment per column. */
	const alignments = [];
	/** @type {Array<Array<string>>} Cells per row. */
	const cellMatrix = [];
	/** @type {Array<Array<number>>} Sizes of each cell per row. */
	const sizeMatrix = [];
	/** @type {Array<number>} */
	const longestCellByColumn = [];
	let mostCellsPerRow = 0;
	let rowIndex = -1;
	while (++rowIndex < table.length) {
		/** @type {Array<string>} */
		const row = [];
		/** @type {Array<number>} */
		const sizes = [];
		let columnIndex = -1;
		if (table[rowIndex].length > mostCellsPerRow) mostCellsPerRow = table[rowIndex].length;
		while (++columnIndex < table[rowIndex].length) {
			const cell = serialize(table[rowIndex][columnIndex]);
			if (settings.alignDelimiters !== false) {
				const size = stringLength(cell);
				sizes[columnIndex] = size;
				if (longestCellByColumn[columnIndex] === void 0 || size > longestCellByColumn[columnIndex]) longestCellByColumn[columnIndex] = size;
			}
			row.push(cell);
		}
		cellMatrix[rowIndex] = row;
		sizeMatrix[rowIndex] = sizes;
	}
	let columnIndex = -1;
	if (typeof align === "object" && "length" in align) while (++columnIndex < mostCellsPerRow) alignments[columnIndex] = toAlignment(align[columnIndex]);
	else {
		const code = toAlignment(align);
		while (++columnIndex < mostCellsPerRow) alignments[columnIndex] = code;
	}
	columnIndex = -1;
	/** @type {Array<string>} */
	const row = [];
	/** @type {Array<number>} */
	const sizes = [];
	while (++columnIndex < mostCellsPerRow) {
		const code = alignments[columnIndex];
		let before = "";
		let after = "";
		if (code === 99) {
			before = ":";
			after = ":";
		} else if (code === 108) before = ":";
		else if (code === 114) after = ":";
		let size = settings.alignDelimiters === false ? 1 : Math.max(1, longestCellByColumn[columnIndex] - before.length - after.length);
		const cell = before + "-".repeat(size) + after;
		if (settings.alignDelimiters !== false) {
			size = before.length + size + after.length;
			if (size > longestCellByColumn[columnIndex]) longestCellByColumn[columnIndex] = size;
			sizes[columnIndex] = size;
		}
		row[columnIndex] = cell;
	}
	cellMatrix.splice(1, 0, row);
	sizeMatrix.splice(1, 0, sizes);
	rowIndex = -1;
	/** @type {Array<string>} */
	const lines = [];
	while (++rowIndex < cellMatrix.length) {
		const row = cellMatrix[rowIndex];
		const sizes = sizeMatrix[rowIndex];
		const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
		columnIndex = -1;
		/** @type {Array<string>} */
		const line = [];
		while (++columnIndex < cellsInRow) {
			const cell = row[columnIndex] || "";
			let before = "";
			let after = "";
			if (settings.alignDelimiters !== false) {
				const size = longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
				const code = alignments[columnIndex];
				if (code === 114) before = " ".repeat(size);
				else if (code === 99) {
					const half = size / 2;
					if (size % 2) {
						before = " ".repeat(half + .5);
						after = " ".repeat(half - .5);
					} else {
						before = " ".repeat(half);
						after = before;
					}
				} else after = " ".repeat(size);
			}
			if (settings.delimiterStart !== false && !columnIndex) line.push("|");
			if (settings.padding !== false && !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) line.push(" ");
			if (settings.alignDelimiters !== false) line.push(before);
			line.push(cell);
			if (settings.alignDelimiters !== false) line.push(after);
			if (settings.padding !== false) line.push(" ");
			if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) line.push("|");
		}
		lines.push(settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join(""));
	}
	return lines.join("\n");
}
/**
* Serialize a cell value.
*
* @param {string | null | undefined} [value]
*   Value to serialize.
* @returns {string}
*   Result.
*/
function serialize(value) {
	return value === null || value === void 0 ? "" : String(value);
}
/**
* Get the alignment character code from a value.
*
* @param {string | null | undefined} value
*   Value.
* @returns {number}
*   Alignment.
*/
function toAlignment(value) {
	const code = typeof value === "string" ? value.codePointAt(0) : 0;
	return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}
// packages/core/src/render-table.ts
/** How a table, a comment or a summary says what each sign of a broken model is. */
const DEGENERATE_SIGN_TEXT = {
	"same-answer": "the same answer for every document",
	"equal-loglikelihoods": "the same log-likelihood for every choice"
};
// packages/core/src/random.ts
/**
* mulberry32: a small, well-mixed seeded 32-bit PRNG with uniform output in [0, 1). Used where
* determinism matters and CPython compatibility does not (toy-model weights, bootstrap resampling);
* few-shot sampling uses the CPython port in tasks/pyrandom.ts instead.
*/
function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
// packages/core/src/compare/types.ts
/** Verdicts that fail the check. */
const FAILING_VERDICTS = /* @__PURE__ */ new Set([
	"regression",
	"below-floor",
	"missing",
	"not-comparable"
]);
// packages/core/src/compare/gates.ts
/**
* Gate verdicts: each configured limit judged against its comparison row. A gate whose target
* cannot be found fails with a reason: a gate that silently never fires would let regressions
* through branch protection.
*/
/** Multiplier from a metric's scale to points; every metric ftbench reports lies in [0, 1]. */
const METRIC_POINTS_SCALE = {
	acc: 100,
	acc_norm: 100
};
const DEFAULT_ALPHA = .05;
/**
* Slack for comparing a drop with its limit: 0.65 → 0.62 is 3.0000000000000027 points in
* floating point, and "may drop at most 3 points" must let it pass.
*/
const LIMIT_TOLERANCE = 1e-9;
const SUITE_PREFIX = "suite:";
/** The row a gate target names: `suite:x` is the suite's task (named `suite:x`); `suite:x/c` is its category c. */
function parseGateTarget(target) {
	if (!target.startsWith(SUITE_PREFIX)) return { task: target };
	const slash = target.indexOf("/", 6);
	return slash < 0 ? { task: target } : {
		task: target.slice(0, slash),
		category: target.slice(slash + 1)
	};
}
function categoryTarget(suiteTask, category) {
	return `${suiteTask}/${category}`;
}
function rowTargetOf(gateTarget) {
	const { task, category } = parseGateTarget(gateTarget);
	return category === void 0 ? task : categoryTarget(task, category);
}
function gateLabel(gate) {
	return `${gate.target} ${gate.metric}`;
}
/** Rejects gates that could never fire or whose numbers are on the wrong scale. */
function validateGate(gate) {
	const label = typeof gate.target === "string" && gate.metric ? gateLabel(gate) : JSON.stringify(gate);
	const fail = (problem, hint) => {
		throw new FtbenchError(`Gate "${label}": ${problem}`, hint);
	};
	if (typeof gate.target !== "string" || ["", SUITE_PREFIX].includes(parseGateTarget(gate.target).task)) fail("target must name a task, a group, suite:<suite> or suite:<suite>/<category>");
	if (!Object.hasOwn(METRIC_POINTS_SCALE, gate.metric)) fail(`unknown metric "${gate.metric}"`, `Use one of: ${Object.keys(METRIC_POINTS_SCALE).join(", ")}.`);
	if ([
		gate.maxDrop,
		gate.maxDropRelative,
		gate.min,
		gate.targetValue
	].every((limit) => limit === void 0)) fail("sets no limit, so it could never fail", "Set maxDrop, maxDropRelative, min or targetValue.");
	const nonNegative = (name, value, unit) => {
		if (value !== void 0 && !(Number.isFinite(value) && value >= 0)) fail(`${name} must be a non-negative number of ${unit}, got ${value}`);
	};
	nonNegative("maxDrop", gate.maxDrop, "points");
	nonNegative("maxDropRelative", gate.maxDropRelative, "percent");
	const maxOnScale = 100 / METRIC_POINTS_SCALE[gate.metric];
	for (const [name, value] of [["min", gate.min], ["targetValue", gate.targetValue]]) if (value !== void 0 && !(Number.isFinite(value) && value >= 0 && value <= maxOnScale)) fail(`${name} must be on the metric's 0–${maxOnScale} scale, got ${value}`, `Write 0.45 for 45%.`);
	if (gate.alpha !== void 0 && !(gate.alpha > 0 && gate.alpha < 1)) fail(`alpha must be between 0 and 1, got ${gate.alpha}`);
}
/** The gate's limits in words, e.g. "max drop 3.0 points, floor 45.0%". */
function describeLimits(gate) {
	const scale = METRIC_POINTS_SCALE[gate.metric];
	return [
		gate.maxDrop !== void 0 && `max drop ${gate.maxDrop.toFixed(1)} points`,
		gate.maxDropRelative !== void 0 && `max relative drop ${gate.maxDropRelative.toFixed(1)}%`,
		gate.min !== void 0 && `floor ${formatScore$1(gate.min, scale)}`,
		gate.targetValue !== void 0 && `goal ${formatScore$1(gate.targetValue, scale)}`,
		gate.requireSignificant && `drops count when significant (alpha ${gate.alpha ?? DEFAULT_ALPHA})`
	].filter((limit) => typeof limit === "string").join(", ");
}
function evaluateGate(gate, context) {
	const label = gateLabel(gate);
	const target = rowTargetOf(gate.target);
	const row = context.rows.find((candidate) => candidate.target === target && candidate.metric === gate.metric);
	const value = row?.candidate ?? context.candidateValue(target, gate.metric) ?? null;
	const goalReached = gate.targetValue === void 0 || value === null ? null : value >= gate.targetValue - LIMIT_TOLERANCE;
	const result = (verdict, reason) => ({
		gate,
		label,
		limits: describeLimits(gate),
		verdict,
		failed: FAILING_VERDICTS.has(verdict),
		row: row ?? null,
		value,
		reason: `${reason}${goalNote(gate, goalReached)}`,
		goalReached
	});
	const scale = METRIC_POINTS_SCALE[gate.metric];
	const floorBreach = gate.min !== void 0 && value !== null && value < gate.min - LIMIT_TOLERANCE ? `is ${formatScore$1(value, scale)}, below the floor ${formatScore$1(gate.min, scale)}` : null;
	if (row === void 0) {
		if (value === null || !context.withoutBaseline.includes(parseGateTarget(gate.target).task)) return result("missing", `${label}: ${missingReason(gate, context)}`);
		if (floorBreach !== null) return result("below-floor", `${label} ${floorBreach} (no baseline to compare with)`);
		const floorMet = gate.min === void 0 ? "" : `, at or above the floor ${formatScore$1(gate.min, scale)}`;
		if (gate.maxDrop === void 0 && gate.maxDropRelative === void 0) return result("pass", `${label} is ${formatScore$1(value, scale)}${floorMet}`);
		return result("no-baseline", `${label} is ${formatScore$1(value, scale)}${floorMet}; no baseline, so its drop limit is not checked`);
	}
	if (!row.comparable) {
		const floorNote = floorBreach === null ? "" : `; and it ${floorBreach}`;
		return result("not-comparable", `${label} cannot be compared: ${row.incomparableReason}${floorNote}`);
	}
	const { verdict, finding } = judge(gate, row.delta, floorBreach);
	return result(verdict, `${label} ${finding}`);
}
/** A comparable row's verdict: a counted drop past a limit is a regression, a floor miss alone is below-floor. */
function judge(gate, delta, floorBreach) {
	const alpha = gate.alpha ?? DEFAULT_ALPHA;
	const significant = delta.pValue === null ? null : delta.pValue < alpha;
	const pNote = delta.pValue === null ? "" : ` (${formatPValue$1(delta.pValue)})`;
	const dropBreaches = [gate.maxDrop !== void 0 && -delta.points > gate.maxDrop + LIMIT_TOLERANCE && `dropped ${(-delta.points).toFixed(1)} points (limit ${gate.maxDrop.toFixed(1)})`, gate.maxDropRelative !== void 0 && delta.relative !== null && -delta.relative > gate.maxDropRelative + LIMIT_TOLERANCE && `dropped ${(-delta.relative).toFixed(1)}% relative to the baseline (limit ${gate.maxDropRelative.toFixed(1)}%)`].filter((breach) => typeof breach === "string");
	const uncountedDrop = dropBreaches.length > 0 && gate.requireSignificant && significant === false ? `${dropBreaches.join("; ")}, but not significantly (${formatPValue$1(delta.pValue)}, alpha ${alpha})` : null;
	if (dropBreaches.length > 0 && uncountedDrop === null) {
		const untested = gate.requireSignificant && significant === null ? " (significance untested: a run lacks per-sample records; evaluate both models with --log-samples)" : "";
		return {
			verdict: "regression",
			finding: `${[...floorBreach === null ? [] : [floorBreach], ...dropBreaches].join("; ")}${pNote}${untested}`
		};
	}
	if (floorBreach !== null) return {
		verdict: "below-floor",
		finding: uncountedDrop === null ? floorBreach : `${floorBreach}; it also ${uncountedDrop}`
	};
	if (uncountedDrop !== null) return {
		verdict: "not-significant",
		finding: uncountedDrop
	};
	if (delta.points > 0 && significant === true) return {
		verdict: "improvement",
		finding: `improved by ${delta.points.toFixed(1)} points${pNote}`
	};
	return {
		verdict: "pass",
		finding: `changed by ${formatSignedPoints$1(delta.points)} points, within limits${pNote}`
	};
}
function goalNote(gate, goalReached) {
	if (gate.targetValue === void 0 || goalReached === null) return "";
	const goal = formatScore$1(gate.targetValue, METRIC_POINTS_SCALE[gate.metric]);
	return goalReached ? `; goal ${goal} reached` : `; goal ${goal} not reached yet`;
}
function missingReason(gate, { rows, added, removed }) {
	const { task, category } = parseGateTarget(gate.target);
	const target = rowTargetOf(gate.target);
	const targetRows = rows.filter((row) => row.target === target);
	if (targetRows.length > 0) {
		const compared = [...new Set(targetRows.map((row) => row.metric))].join(", ");
		return `metric ${gate.metric} is not reported for ${target} by both runs (compared: ${compared})`;
	}
	if (removed.includes(task)) return `${task} is in the baseline results but not in the candidate's; was it dropped from the task list?`;
	if (added.includes(task)) return `${task} is only in the candidate results; the baseline has no score to compare with`;
	if (category !== void 0 && rows.some((row) => row.kind === "task" && row.task === task)) return `suite ${task} has no category "${category}" in both runs`;
	return `${gate.target} is in neither run's results; check the gate's target (a suite category is written suite:<suite>/<category>)`;
}
/** A value on the metric's scale as shown to people: 0.452 → "45.2%" for 0–1 metrics. */
function formatScore$1(value, pointsScale) {
	return pointsScale === 100 ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}
function formatSignedPoints$1(points) {
	const rounded = points.toFixed(1);
	return Number(rounded) > 0 ? `+${rounded}` : Number(rounded) === 0 ? "0.0" : rounded;
}
function formatPValue$1(p) {
	return p < .001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}
// packages/core/src/compare/pairing.ts
/**
* Paired strata from two runs' per-document records: documents are matched by docId, and a group
* expands to its leaf tasks, weighted the way lm-eval aggregates the group.
*/
/**
* One metric's values for the documents both runs scored, in the baseline's order. Null when a
* record on either side lacks the metric: pairing only part of a task would bias the test.
*/
function pairByDocId(task, baseline, candidate, metric) {
	if ([...baseline, ...candidate].some((sample) => sample.metrics[metric] === void 0)) return null;
	const baselineByDoc = indexByDocId(task, "baseline", baseline);
	const candidateByDoc = indexByDocId(task, "candidate", candidate);
	const paired = {
		baseline: [],
		candidate: [],
		unmatched: 0
	};
	for (const [docId, sample] of baselineByDoc) {
		const partner = candidateByDoc.get(docId);
		if (partner === void 0) continue;
		paired.baseline.push(sample.metrics[metric]);
		paired.candidate.push(partner.metrics[metric]);
	}
	paired.unmatched = baselineByDoc.size + candidateByDoc.size - 2 * paired.baseline.length;
	return paired;
}
function indexByDocId(task, side, samples) {
	const byDoc = /* @__PURE__ */ new Map();
	for (const sample of samples) {
		const key = String(sample.docId);
		if (byDoc.has(key)) throw new FtbenchError(`The ${side} results list doc ${key} of task ${task} twice: its per-sample records are corrupt.`, "Re-run that evaluation with --log-samples.");
		byDoc.set(key, sample);
	}
	return byDoc;
}
/**
* Paired strata of a metric over the given tasks, optionally restricted to some documents (a
* suite category). Null unless both runs logged samples for every task and at least one document
* of each pairs up: then only an unpaired comparison is possible.
*/
function pairedStrata(baseline, candidate, tasks, metric, keep = () => true) {
	const set = {
		strata: [],
		unmatched: 0
	};
	for (const { task, weight } of tasks) {
		const baselineSamples = baseline.samples?.[task];
		const candidateSamples = candidate.samples?.[task];
		if (baselineSamples === void 0 || candidateSamples === void 0) return null;
		const values = pairByDocId(task, baselineSamples.filter(keep), candidateSamples.filter(keep), metric);
		if (values === null || values.baseline.length === 0) return null;
		set.strata.push({
			weight,
			baseline: values.baseline,
			candidate: values.candidate
		});
		set.unmatched += values.unmatched;
	}
	return set;
}
/** A group's leaf tasks: lm-eval aggregates a group over the tasks below it, subgroups expanded. */
function groupLeafTasks(results, groupName, ancestors = []) {
	if (ancestors.includes(groupName)) throw new FtbenchError(`The results contain a group cycle: ${[...ancestors, groupName].join(" -> ")}.`);
	return results.groups[groupName].members.flatMap((member) => results.groups[member] ? groupLeafTasks(results, member, [...ancestors, groupName]) : [member]);
}
/** Each leaf task's weight in the group's score: n_t / Σn with weight_by_size, else 1 / #leaves. */
function groupLeafWeights(results, groupName) {
	const leaves = groupLeafTasks(results, groupName);
	const totalSize = leaves.reduce((total, leaf) => total + results.tasks[leaf].n, 0);
	return leaves.map((task) => ({
		task,
		weight: results.groups[groupName].weightBySize ? results.tasks[task].n / totalSize : 1 / leaves.length
	}));
}
// packages/core/src/compare/stats.ts
/**
* Paired significance tests and confidence intervals for the difference between two runs
* scored on the same documents. Everything here works on the metric's own scale (0–1);
* `compare.ts` converts to points.
*/
/** Two-sided 97.5 % standard normal quantile: the z of a 95 % interval. */
const Z_95 = 1.959963984540054;
/**
* Two-sided exact McNemar test: under H0 the b + c discordant pairs split like a fair coin, so
* p = min(1, 2 · P[Binomial(b + c, ½) ≤ min(b, c)]). Summed in log space so that thousands of
* discordant pairs neither overflow C(n, i) nor underflow 2^-n.
*
* @param b pairs right on one side only (say baseline right, candidate wrong)
* @param c pairs right on the other side only
*/
function mcnemarExact(b, c) {
	for (const count of [b, c]) if (!Number.isInteger(count) || count < 0) throw new RangeError(`mcnemarExact: discordant counts must be non-negative integers, got ${b} and ${c}`);
	const n = b + c;
	if (n === 0) return 1;
	const logTerms = [];
	let logBinomial = 0;
	for (let i = 0; i <= Math.min(b, c); i++) {
		logTerms.push(logBinomial - n * Math.LN2);
		logBinomial += Math.log(n - i) - Math.log(i + 1);
	}
	return Math.min(1, 2 * Math.exp(logSumExp(logTerms)));
}
function logSumExp(logs) {
	const max = logs.reduce((a, b) => Math.max(a, b), -Infinity);
	let total = 0;
	for (const log of logs) total += Math.exp(log - max);
	return max + Math.log(total);
}
/** Discordant pair counts over 0/1 values: b = baseline 1 & candidate 0, c = baseline 0 & candidate 1. */
function discordantPairs(strata) {
	let b = 0;
	let c = 0;
	for (const stratum of strata) stratum.baseline.forEach((base, i) => {
		const cand = stratum.candidate[i];
		if (base === 1 && cand === 0) b++;
		if (base === 0 && cand === 1) c++;
	});
	return {
		b,
		c
	};
}
/**
* Paired bootstrap of the weighted mean difference Σ w_s · mean_s(candidate − baseline):
* documents are resampled with replacement within each stratum (so a group keeps its member
* sizes), the interval is the percentile interval of the resampled deltas, and the two-sided
* p-value is 2 · (resampled deltas on the other side of 0, + 1) / (resamples + 1), capped at 1;
* the +1 keeps a finite number of resamples from ever claiming p = 0.
*/
function stratifiedPairedBootstrap(strata, { resamples = 1e4, seed = 1234, alpha = .05 } = {}) {
	if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`bootstrap: alpha must be in (0, 1), got ${alpha}`);
	const weights = normalizedWeights(strata);
	const differences = strata.map(pairedDifferences);
	const meanDelta = weightedMean(differences.map(mean), weights);
	const random = mulberry32(seed);
	const deltas = new Float64Array(resamples);
	for (let r = 0; r < resamples; r++) {
		let delta = 0;
		differences.forEach((diffs, s) => {
			let total = 0;
			for (let i = 0; i < diffs.length; i++) total += diffs[Math.floor(random() * diffs.length)];
			delta += weights[s] * (total / diffs.length);
		});
		deltas[r] = delta;
	}
	deltas.sort();
	let otherSide = 0;
	for (const delta of deltas) if (meanDelta > 0 ? delta <= 0 : delta >= 0) otherSide++;
	return {
		meanDelta,
		ciLow: percentile(deltas, alpha / 2),
		ciHigh: percentile(deltas, 1 - alpha / 2),
		pValue: meanDelta === 0 ? 1 : Math.min(1, 2 * (otherSide + 1) / (resamples + 1))
	};
}
/**
* Paired normal interval on the weighted mean difference: Δ ± z · √(Σ w_s² · var_s(diff) / n_s),
* with the sample variance (n − 1). For one stratum this is mean(diff) ± z · sd(diff) / √n.
* Null when a stratum has fewer than 2 documents (no variance to estimate).
*/
function pairedNormalInterval(strata, z = Z_95) {
	const weights = normalizedWeights(strata);
	const differences = strata.map(pairedDifferences);
	if (differences.some((diffs) => diffs.length < 2)) return null;
	const meanDelta = weightedMean(differences.map(mean), weights);
	const variance = differences.reduce((total, diffs, s) => total + weights[s] * weights[s] * sampleVariance(diffs) / diffs.length, 0);
	const halfWidth = z * Math.sqrt(variance);
	return {
		low: meanDelta - halfWidth,
		high: meanDelta + halfWidth
	};
}
/** Interval on a difference of two independent estimates: Δ ± z · √(se₁² + se₂²); null without both stderrs. */
function unpairedInterval(delta, stderrBaseline, stderrCandidate, z = Z_95) {
	if (stderrBaseline === null || stderrCandidate === null) return null;
	const halfWidth = z * Math.hypot(stderrBaseline, stderrCandidate);
	return {
		low: delta - halfWidth,
		high: delta + halfWidth
	};
}
function pairedDifferences(stratum) {
	if (stratum.baseline.length !== stratum.candidate.length) throw new RangeError(`paired values differ in length: ${stratum.baseline.length} baseline vs ${stratum.candidate.length} candidate`);
	if (stratum.baseline.length === 0) throw new RangeError("paired comparison of an empty stratum");
	return stratum.candidate.map((cand, i) => cand - stratum.baseline[i]);
}
function normalizedWeights(strata) {
	if (strata.length === 0) throw new RangeError("paired comparison without strata");
	const total = strata.reduce((sum, stratum) => sum + stratum.weight, 0);
	if (!(total > 0) || strata.some((stratum) => stratum.weight < 0)) throw new RangeError("stratum weights must be non-negative and not all zero");
	return strata.map((stratum) => stratum.weight / total);
}
function mean(values) {
	return values.reduce((a, b) => a + b, 0) / values.length;
}
function weightedMean(values, weights) {
	return values.reduce((total, value, i) => total + weights[i] * value, 0);
}
function sampleVariance(values) {
	const mu = mean(values);
	return values.reduce((total, value) => total + (value - mu) * (value - mu), 0) / (values.length - 1);
}
/** Linear interpolation between closest ranks (numpy's default) on sorted values. */
function percentile(sorted, q) {
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
// packages/core/src/compare/compare.ts
/**
* Baseline vs candidate: one row per (task | group | suite category, metric) present in both runs,
* with the delta, its 95 % interval and a paired significance test, then every gate's verdict.
* Where there is no baseline (none at all, or none for some tasks), floors and goals are still judged.
*/
/** `baseline` null: nothing to compare with; floors and goals are still judged. */
function compareResults(baseline, candidate, gates = [], options = {}) {
	gates.forEach(validateGate);
	const namesOf = (results) => /* @__PURE__ */ new Set([...Object.keys(results.tasks), ...Object.keys(results.groups)]);
	const candidateNames = namesOf(candidate);
	const baselineNames = baseline === null ? /* @__PURE__ */ new Set() : namesOf(baseline);
	const unscored = baseline === null ? candidateNames : new Set(options.withoutBaseline ?? []);
	const withoutBaseline = [...candidateNames].filter((name) => unscored.has(name) && !baselineNames.has(name)).sort();
	const rows = baseline === null ? [] : [
		...groupTargets(baseline, candidate),
		...taskTargets(baseline, candidate),
		...categoryTargets(baseline, candidate)
	].flatMap(compareTarget);
	const added = [...candidateNames].filter((name) => !baselineNames.has(name) && !unscored.has(name)).sort();
	const removed = [...baselineNames].filter((name) => !candidateNames.has(name)).sort();
	const context = {
		rows,
		added,
		removed,
		withoutBaseline,
		candidateValue: (target, metric) => metricValueOf(candidate, target, metric)
	};
	const gateResults = gates.map((gate) => evaluateGate(gate, context));
	const failing = gateResults.filter((result) => result.failed);
	return {
		rows,
		added,
		removed,
		withoutBaseline,
		gates: gateResults,
		passed: failing.length === 0,
		reasons: failing.map((result) => result.reason)
	};
}
/** A run's value of a metric of a row target: a task, a group, or `suite:<suite>/<category>`. */
function metricValueOf(results, target, metric) {
	const { task, category } = parseGateTarget(target);
	return (category === void 0 ? results.tasks[task] ?? results.groups[task] : results.tasks[task]?.categories?.[category])?.metrics[metric]?.value;
}
function sharedKeys(a, b) {
	return Object.keys(a).filter((key) => Object.hasOwn(b, key)).sort();
}
function taskTargets(baseline, candidate) {
	return sharedKeys(baseline.tasks, candidate.tasks).map((name) => ({
		kind: "task",
		target: name,
		task: name,
		baseline: baseline.tasks[name],
		candidate: candidate.tasks[name],
		incomparableReason: taskIncomparableReason(baseline.tasks[name], candidate.tasks[name]),
		pair: (metric) => pairedStrata(baseline, candidate, [{
			task: name,
			weight: 1
		}], metric)
	}));
}
function groupTargets(baseline, candidate) {
	return sharedKeys(baseline.groups, candidate.groups).map((name) => ({
		kind: "group",
		target: name,
		task: name,
		baseline: baseline.groups[name],
		candidate: candidate.groups[name],
		incomparableReason: groupIncomparableReason(baseline, candidate, name),
		pair: (metric) => pairedStrata(baseline, candidate, groupLeafWeights(baseline, name), metric)
	}));
}
function categoryTargets(baseline, candidate) {
	return sharedKeys(baseline.tasks, candidate.tasks).flatMap((suite) => {
		const baselineCategories = baseline.tasks[suite].categories ?? {};
		const candidateCategories = candidate.tasks[suite].categories ?? {};
		return sharedKeys(baselineCategories, candidateCategories).map((category) => ({
			kind: "category",
			target: categoryTarget(suite, category),
			task: suite,
			category,
			baseline: baselineCategories[category],
			candidate: candidateCategories[category],
			incomparableReason: taskIncomparableReason(baseline.tasks[suite], candidate.tasks[suite]),
			pair: (metric) => pairedStrata(baseline, candidate, [{
				task: suite,
				weight: 1
			}], metric, (sample) => (sample.category ?? "uncategorized") === category)
		}));
	});
}
/** Equal task hashes mean the same prompts on the same data; anything else is not comparable. */
function taskIncomparableReason(baseline, candidate) {
	if (baseline.hash === candidate.hash) return null;
	const changes = [
		baseline.version !== candidate.version && `task version ${baseline.version} → ${candidate.version}`,
		baseline.numFewshot !== candidate.numFewshot && `num_fewshot ${baseline.numFewshot} → ${candidate.numFewshot}`,
		baseline.dataset.revision !== candidate.dataset.revision && `dataset revision ${baseline.dataset.revision.slice(0, 12)} → ${candidate.dataset.revision.slice(0, 12)}`,
		baseline.n !== candidate.n && `${baseline.n} → ${candidate.n} documents`
	].filter((change) => typeof change === "string");
	return `task hashes differ (${changes.length > 0 ? changes.join(", ") : "the prompts differ"}): the runs scored different prompts or data`;
}
function groupIncomparableReason(baseline, candidate, group) {
	const baselineLeaves = groupLeafTasks(baseline, group);
	const candidateLeaves = groupLeafTasks(candidate, group);
	const onlyBaseline = baselineLeaves.filter((task) => !candidateLeaves.includes(task));
	const onlyCandidate = candidateLeaves.filter((task) => !baselineLeaves.includes(task));
	if (onlyBaseline.length > 0 || onlyCandidate.length > 0) return `the group's member tasks differ (only in baseline: ${onlyBaseline.join(", ") || "none"}; only in candidate: ${onlyCandidate.join(", ") || "none"})`;
	for (const task of baselineLeaves) {
		const side = !baseline.tasks[task] ? "baseline" : !candidate.tasks[task] ? "candidate" : null;
		if (side !== null) return `member task ${task} has no result in the ${side} run`;
		const reason = taskIncomparableReason(baseline.tasks[task], candidate.tasks[task]);
		if (reason !== null) return `member task ${task}: ${reason}`;
	}
	return null;
}
function compareTarget(target) {
	return sharedKeys(target.baseline.metrics, target.candidate.metrics).map((key) => {
		const metric = key;
		const baseline = target.baseline.metrics[metric];
		const candidate = target.candidate.metrics[metric];
		const identity = {
			kind: target.kind,
			target: target.target,
			task: target.task,
			category: target.category,
			metric,
			baseline: baseline.value,
			candidate: candidate.value,
			pointsScale: METRIC_POINTS_SCALE[metric]
		};
		if (target.incomparableReason !== null) return {
			...identity,
			comparable: false,
			incomparableReason: target.incomparableReason
		};
		const unpairedN = Math.min(target.baseline.n, target.candidate.n);
		return {
			...identity,
			comparable: true,
			delta: deltaStats(metric, baseline, candidate, unpairedN, target.pair(metric))
		};
	});
}
/**
* The delta of the reported scores with its interval and test: 0/1 per-document values get
* McNemar and the paired normal interval, continuous ones (truthfulqa_mc2's probability mass) the paired bootstrap, and without
* per-document records on both sides the interval comes from the two stderrs, untested.
*/
function deltaStats(metric, baseline, candidate, unpairedN, paired) {
	const scale = METRIC_POINTS_SCALE[metric];
	const difference = candidate.value - baseline.value;
	const toPoints = (interval) => interval && {
		low: interval.low * scale,
		high: interval.high * scale
	};
	const change = {
		points: difference * scale,
		relative: baseline.value === 0 ? null : difference / baseline.value * 100
	};
	if (paired === null) {
		const ci = toPoints(unpairedInterval(difference, baseline.stderr, candidate.stderr));
		return {
			...change,
			ci,
			pValue: null,
			test: "unpaired",
			paired: false,
			n: unpairedN,
			unmatched: 0
		};
	}
	const pairing = {
		paired: true,
		n: paired.strata.reduce((n, stratum) => n + stratum.baseline.length, 0),
		unmatched: paired.unmatched
	};
	if (isBinary(paired.strata)) {
		const { b, c } = discordantPairs(paired.strata);
		return {
			...change,
			...pairing,
			ci: toPoints(pairedNormalInterval(paired.strata)),
			pValue: mcnemarExact(b, c),
			test: "mcnemar"
		};
	}
	const bootstrap = stratifiedPairedBootstrap(paired.strata);
	return {
		...change,
		...pairing,
		ci: toPoints({
			low: bootstrap.ciLow,
			high: bootstrap.ciHigh
		}),
		pValue: bootstrap.pValue,
		test: "bootstrap"
	};
}
function isBinary(strata) {
	return strata.every((stratum) => [...stratum.baseline, ...stratum.candidate].every((value) => value === 0 || value === 1));
}
// packages/core/src/compare/stop-advice.ts
const DEFAULT_STOP_SETTINGS = {
	minGain: 1,
	bestBalance: "within-limits"
};
/** Goals and limits a criterion line names; the rest are counted, so a config with many gates keeps the advice short. */
const LISTED = 6;
const listed = (parts, failing) => parts.length <= LISTED ? parts.join("; ") : `${parts.slice(0, LISTED).join("; ")}; and ${parts.length - LISTED} more (${failing} of all ${parts.length} not met)`;
const points = (value) => `${value >= .05 ? "+" : value <= -.05 ? "−" : "±"}${Math.abs(value).toFixed(1)}`;
const percent = (value, scale) => scale === 100 ? `${(value * 100).toFixed(1)} %` : value.toFixed(3);
function targetCriterion(current) {
	if (current.goals.length === 0) return {
		name: "target",
		met: null,
		text: "Target: no goal set (give a target task `target:` or `min:` in ftbench.yml)"
	};
	const goals = [...current.goals].sort((a, b) => Number(a.reached) - Number(b.reached));
	const parts = goals.map((goal) => `${goal.label} ${goal.value === null ? "missing" : percent(goal.value, goal.pointsScale)} (goal ${percent(goal.goal, goal.pointsScale)}, ${goal.reached ? "reached" : "not reached"})`);
	return {
		name: "target",
		met: goals.every((goal) => goal.reached),
		text: `Target: ${listed(parts, goals.filter((goal) => !goal.reached).length)}`
	};
}
function generalCriterion(current) {
	if (current.limits.length === 0) return {
		name: "general",
		met: null,
		text: `General: no drop limit set on a general benchmark (${current.worstGeneral === null ? "no general benchmark dropped" : `worst drop ${current.worstGeneral} ${points(-current.generalDrop)} points`})`
	};
	const limits = [...current.limits].sort((a, b) => Number(a.within) - Number(b.within));
	const parts = limits.map((limit) => `${limit.label} ${limit.points === null ? "not compared" : `${points(limit.points)} points`} (${limit.limits}, ${limit.within ? "within" : "past the limit"})`);
	return {
		name: "general",
		met: limits.every((limit) => limit.within),
		text: `General: ${listed(parts, limits.filter((limit) => !limit.within).length)}`
	};
}
function marginalCriterion(current, previous, minGain) {
	if (previous === null) return {
		name: "marginal-gain",
		met: null,
		text: "Marginal gain: no previous iteration to compare with"
	};
	if (current.taskGain === null || previous.taskGain === null) return {
		name: "marginal-gain",
		met: null,
		text: `Marginal gain: no task gain to compare with ${previous.name} (no target task was compared)`
	};
	const gain = current.taskGain - previous.taskGain;
	const below = gain < minGain;
	return {
		name: "marginal-gain",
		met: below,
		text: `Marginal gain: ${points(gain)} points of task gain vs ${previous.name} (${below ? "below" : "at or above"} min-gain ${minGain.toFixed(1)})`
	};
}
/** The advice for `current`, the latest iteration, given the one before it (null for the first). */
function stopAdvice(current, previous, settings = DEFAULT_STOP_SETTINGS) {
	const target = targetCriterion(current);
	const general = generalCriterion(current);
	const marginal = marginalCriterion(current, previous, settings.minGain);
	const criteria = [
		target,
		general,
		marginal
	];
	const advice = (verdict, summary) => ({
		verdict,
		summary,
		criteria
	});
	if (general.met === false) return advice("back-off", `Back off: ${current.name} costs more general ability than the limits allow; a milder fine-tune (fewer epochs, a lower rank or learning rate) is the next try.`);
	if (target.met === true && marginal.met === false) return advice("target-met", `Target met within limits; ${current.name} still gained ${settings.minGain.toFixed(1)}+ points over the last round, so one more round may still pay.`);
	if (target.met === true) return advice("stop", `Stop: ${current.name} meets the target within the limits${marginal.met === true ? ", and another round gains little" : ""}.`);
	if (marginal.met === true) return target.met === false ? advice("plateau", `Plateau: the last round gained less than ${settings.minGain.toFixed(1)} point${settings.minGain === 1 ? "" : "s"} and the target is not reached; more of the same will not get there.`) : advice("stop", "Stop: the last round gained less than min-gain, and no goal asks for more.");
	return advice("continue", target.met === false ? "Continue: the target is not reached yet." : "Continue: nothing says stop yet.");
}
// packages/core/src/compare/tradeoff.ts
/**
* The fine-tuner's trade-off: what a variant gained on the tasks it was tuned for against what it
* cost in general ability. The tasks it was tuned for are the config's target tasks (those with a
* `target` goal or a `min` floor); every other benchmark is general ability. Points are plain
* data, so a PR's iteration history can store them and the stop advice read them back.
*/
/** Targets with a goal or a floor: what the fine-tune is for. Suite categories count as their suite. */
function targetTasksOf(gates) {
	return new Set(gates.filter((gate) => gate.targetValue !== void 0 || gate.min !== void 0).map((gate) => parseGateTarget(gate.target).task));
}
const SIGNIFICANCE$1 = .05;
/**
* A comparison as a trade-off point over `benchmarks` (the table's task and group columns, by
* target and metric): the target tasks' mean gain, and the worst general drop.
*/
function tradeoffPoint(name, comparison, benchmarks, targetTasks) {
	const change = ({ target, metric }) => {
		const row = comparison.rows.find((candidate) => candidate.target === target && candidate.metric === metric);
		const delta = row?.comparable ? row.delta : null;
		return {
			target,
			metric,
			points: delta?.points ?? null,
			significant: delta?.pValue == null ? null : delta.pValue < SIGNIFICANCE$1,
			value: row?.candidate ?? null
		};
	};
	const tasks = benchmarks.filter(({ target }) => targetTasks.has(target)).map(change);
	const general = benchmarks.filter(({ target }) => !targetTasks.has(target)).map(change);
	const gains = tasks.flatMap(({ points }) => points === null ? [] : [points]);
	const worst = general.reduce((found, benchmark) => {
		if (benchmark.points === null || benchmark.points >= 0) return found;
		return found === null || benchmark.points < found.points ? benchmark : found;
	}, null);
	return {
		name,
		taskGain: gains.length === 0 ? null : gains.reduce((a, b) => a + b, 0) / gains.length,
		generalDrop: worst === null ? 0 : -worst.points,
		worstGeneral: worst?.target ?? null,
		tasks,
		general,
		goals: goalsOf(comparison, targetTasks),
		limits: limitsOf(comparison, targetTasks)
	};
}
function goalsOf(comparison, targetTasks) {
	return comparison.gates.flatMap((result) => {
		const { gate } = result;
		const goal = gate.targetValue ?? gate.min;
		if (goal === void 0 || !targetTasks.has(parseGateTarget(gate.target).task)) return [];
		const reached = gate.targetValue !== void 0 ? result.goalReached === true : result.verdict !== "below-floor" && result.value !== null;
		return [{
			label: result.label,
			value: result.value,
			goal,
			pointsScale: METRIC_POINTS_SCALE[gate.metric],
			reached
		}];
	});
}
function limitsOf(comparison, targetTasks) {
	return comparison.gates.filter(({ gate }) => (gate.maxDrop !== void 0 || gate.maxDropRelative !== void 0) && !targetTasks.has(parseGateTarget(gate.target).task)).map((result) => ({
		label: result.label,
		points: result.row?.comparable ? result.row.delta.points : null,
		limits: result.limits,
		within: !result.failed
	}));
}
// packages/core/src/compare/variants.ts
/** lm-eval's headline choice: the normalized accuracy where a task reports one (HellaSwag, ARC), else accuracy. */
const HEADLINE_METRICS$1 = ["acc_norm", "acc"];
/**
* Tasks and groups that no group contains (mmlu, hellaswag, a suite; not MMLU's subjects or
* its category groups), in the run's order.
*/
function topLevelTargets(results) {
	const contained = new Set(Object.values(results.groups).flatMap((group) => group.members));
	return [...Object.keys(results.groups).map((target) => ({
		kind: "group",
		target
	})), ...Object.keys(results.tasks).map((target) => ({
		kind: "task",
		target
	}))].filter(({ target }) => !contained.has(target));
}
/** The metric a benchmark is shown by: the one a gate judges, else its headline metric. */
function headlineMetric(results, target, gates) {
	const gated = gates.find((gate) => gate.target === target || parseGateTarget(gate.target).task === target);
	const reported = (metric) => metricValueOf(results, target, metric) !== void 0;
	if (gated !== void 0 && reported(gated.metric)) return gated.metric;
	return HEADLINE_METRICS$1.find(reported) ?? null;
}
/**
* A PR check's trade-off point: the candidate over the baseline's top-level tasks and groups, by
* their headline metrics, as the variants table would show it.
*/
function checkTradeoffPoint(name, baseline, comparison, gates) {
	return tradeoffPoint(name, comparison, topLevelTargets(baseline).flatMap(({ target }) => {
		const metric = headlineMetric(baseline, target, gates);
		return metric === null ? [] : [{
			target,
			metric
		}];
	}), targetTasksOf(gates));
}
// packages/core/src/compare/history.ts
/**
* A PR's iterations: one record per pushed commit, each the trade-off point of that push's check.
* The action keeps them where it alone writes (the Actions cache, keyed by PR), never in comment
* text a user can edit; whatever is read back is validated here before it is used. A re-run of
* a commit replaces that commit's record, so re-runs and force-pushes never duplicate a row.
*/
const HISTORY_FORMAT = "ftbench-pr-history";
const nullableNumber = { anyOf: [{ type: "number" }, { type: "null" }] };
const nullableString = { anyOf: [{ type: "string" }, { type: "null" }] };
const change = {
	type: "object",
	required: [
		"target",
		"metric",
		"points",
		"significant"
	],
	additionalProperties: false,
	properties: {
		target: { type: "string" },
		metric: { type: "string" },
		points: nullableNumber,
		significant: { anyOf: [{ type: "boolean" }, { type: "null" }] },
		value: nullableNumber
	}
};
const HISTORY_JSON_SCHEMA = {
	type: "object",
	required: [
		"format",
		"version",
		"pullRequest",
		"iterations"
	],
	additionalProperties: false,
	properties: {
		format: { enum: [HISTORY_FORMAT] },
		version: { enum: [1] },
		pullRequest: {
			type: "integer",
			minimum: 1
		},
		iterations: {
			type: "array",
			items: {
				type: "object",
				required: [
					"sha",
					"time",
					"passed",
					"point"
				],
				additionalProperties: false,
				properties: {
					sha: {
						type: "string",
						pattern: "^[0-9a-f]{40}$"
					},
					time: {
						type: "string",
						pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"
					},
					passed: { type: "boolean" },
					point: {
						type: "object",
						required: [
							"name",
							"taskGain",
							"generalDrop",
							"worstGeneral",
							"tasks",
							"general",
							"goals",
							"limits"
						],
						additionalProperties: false,
						properties: {
							name: { type: "string" },
							taskGain: nullableNumber,
							generalDrop: {
								type: "number",
								minimum: 0
							},
							worstGeneral: nullableString,
							tasks: {
								type: "array",
								items: change
							},
							general: {
								type: "array",
								items: change
							},
							goals: {
								type: "array",
								items: {
									type: "object",
									required: [
										"label",
										"value",
										"goal",
										"pointsScale",
										"reached"
									],
									additionalProperties: false,
									properties: {
										label: { type: "string" },
										value: nullableNumber,
										goal: { type: "number" },
										pointsScale: { type: "number" },
										reached: { type: "boolean" }
									}
								}
							},
							limits: {
								type: "array",
								items: {
									type: "object",
									required: [
										"label",
										"points",
										"limits",
										"within"
									],
									additionalProperties: false,
									properties: {
										label: { type: "string" },
										points: nullableNumber,
										limits: { type: "string" },
										within: { type: "boolean" }
									}
								}
							}
						}
					}
				}
			}
		}
	}
};
function emptyHistory(pullRequest) {
	return {
		format: HISTORY_FORMAT,
		version: 1,
		pullRequest,
		iterations: []
	};
}
/** A stored history, validated: anything else, or another PR's, is refused with the reason. */
function parseHistory(text, pullRequest, source) {
	let value;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new FtbenchError(`${source} is not JSON: ${error.message}`);
	}
	const problems = [...checkAgainstSchema(value, HISTORY_JSON_SCHEMA)];
	if (problems.length > 0) throw new FtbenchError(`${source} is not an ftbench PR history: ${problems.slice(0, 3).map((p) => `${p.path || "(top level)"}: ${p.message}`).join("; ")}`);
	const history = value;
	if (history.pullRequest !== pullRequest) throw new FtbenchError(`${source} is the history of PR #${history.pullRequest}, not of #${pullRequest}`);
	return {
		...history,
		iterations: history.iterations.slice(-50)
	};
}
/** The history with this push's record: replacing the same commit's (a re-run) in place, else appended; the oldest dropped past the cap. */
function recordIteration(history, record) {
	const at = history.iterations.findIndex((iteration) => iteration.sha === record.sha);
	const iterations = at >= 0 ? history.iterations.map((iteration, i) => i === at ? record : iteration) : [...history.iterations, record];
	return {
		...history,
		iterations: iterations.slice(-50)
	};
}
const ZERO_WIDTH_SPACE = "​";
const LINE_BREAK_OR_TAB = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** Controls, format characters, private use, unassigned surrogates, line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Spaces other than U+0020 (no-break, em, ideographic, …): shown as a plain space. */
const ODD_SPACE = /(?! )[\s\p{Zs}]/gu;
/** Characters with a meaning in Markdown or HTML, and how each is written instead. */
const REFERENCES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\\": "&#92;",
	"`": "&#96;",
	"*": "&#42;",
	_: "&#95;",
	"~": "&#126;",
	"[": "&#91;",
	"]": "&#93;",
	"|": "&#124;",
	"#": "&#35;",
	$: "&#36;"
};
const SPECIAL = /[&<>\\`*_~[\]|#$]/g;
/** Characters that start a block (list item, setext underline) only at the start of a line. */
const LINE_START_MARKER = {
	"-": "&#45;",
	"+": "&#43;",
	"=": "&#61;"
};
function clip(text, maxLength) {
	const codePoints = Array.from(text);
	return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join("")}…`;
}
/** Step 3: a zero-width space wherever GitHub or GFM would see a link or reference. */
function breakAutolinks(text) {
	const z = ZERO_WIDTH_SPACE;
	return text.replace(/@/g, `@${z}`).replace(/#(?=\d)/g, `#${z}`).replace(/(gh-)(?=\d)/gi, `$1${z}`).replace(/:(?=\/\/)/g, `:${z}`).replace(/(www)(?=\.)/gi, `$1${z}`).replace(/(:[\w+-]+)(?=:)/g, `$1${z}`).replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/.{6}(?=.)/g, `$&${z}`));
}
function escapeMarkdown(text, maxLength = 500) {
	return breakAutolinks(clip(String(text).replace(LINE_BREAK_OR_TAB, " ").replace(INVISIBLE, "�").replace(ODD_SPACE, " "), maxLength)).replace(SPECIAL, (char) => REFERENCES[char]).replace(/^( *)([-+=])/, (_, spaces, marker) => spaces + LINE_START_MARKER[marker]).replace(/^( *\d+)([.)])/, (_, number, delimiter) => `${number}${delimiter === "." ? "&#46;" : "&#41;"}`).replace(/\u200b/g, "&#8203;");
}
// packages/reporter/src/facts.ts
function runFactsFrom(baseline, candidate, baselineCacheHit) {
	const side = (results) => {
		const tasks = Object.values(results.tasks);
		return {
			modelFingerprint: results.model.fingerprint,
			seconds: results.timings.totalSeconds,
			degenerate: tasks.filter((task) => (task.degenerate ?? []).length > 0).map((task) => ({
				task: task.name,
				signs: task.degenerate ?? []
			})),
			truncated: tasks.filter((task) => (task.truncatedRequests ?? 0) > 0).map((task) => ({
				task: task.name,
				requests: task.truncatedRequests ?? 0
			})),
			model: results.name ?? results.model.path,
			ftbenchVersion: results.ftbenchVersion,
			tasks: tasks.map((task) => ({
				task: task.name,
				numFewshot: task.numFewshot,
				dataset: task.dataset.path,
				revision: task.dataset.revision
			}))
		};
	};
	const groups = {};
	for (const results of [baseline, candidate]) for (const group of Object.values(results.groups)) groups[group.name] = [.../* @__PURE__ */ new Set([...groups[group.name] ?? [], ...group.members])];
	return {
		baseline: side(baseline),
		candidate: side(candidate),
		device: candidate.config.device,
		baselineCacheHit,
		groups
	};
}
// packages/reporter/src/notes.ts
/**
* Notes on how each side's scores were produced that a reader must see beside the verdict: signs of a
* broken model (its scores mean nothing) and requests whose prompts were cut to the model's length.
*/
/** Task names listed per note; the rest are counted. */
const LISTED_TASKS = 10;
function taskList(names) {
	const listed = names.slice(0, LISTED_TASKS).map((name) => escapeMarkdown(name)).join(", ");
	return names.length > LISTED_TASKS ? `${listed} and ${names.length - LISTED_TASKS} more` : listed;
}
const SIDES = ["candidate", "baseline"];
function degenerateNote(side, run) {
	const bySign = /* @__PURE__ */ new Map();
	for (const { task, signs } of run.degenerate ?? []) for (const sign of signs) bySign.set(sign, [...bySign.get(sign) ?? [], task]);
	return [...bySign].map(([sign, tasks]) => `> ⚠️ **Degenerate output:** the ${side} model gave ${DEGENERATE_SIGN_TEXT[sign]} in ${taskList(tasks)}. A broken model looks like this; its scores there mean nothing.`);
}
function truncationNote(run) {
	return taskList((run.truncated ?? []).map(({ task, requests }) => `${task} ${requests}`));
}
/** The notes as Markdown (empty when there are none), every task name escaped. */
function runNotes(facts) {
	const degenerate = SIDES.flatMap((side) => degenerateNote(side, facts[side]));
	const truncated = SIDES.filter((side) => (facts[side].truncated ?? []).length > 0).map((side) => `${side}: ${truncationNote(facts[side])}`);
	const truncation = truncated.length > 0 ? [`> ℹ️ Left-truncated requests (prompts longer than the model's maximum length, cut at the start): ${truncated.join("; ")}.`] : [];
	return [...degenerate, ...truncation].join("\n>\n");
}
// packages/reporter/src/format.ts
/** Numbers as the comment shows them: 0–1 metrics as percentages, deltas in signed points. */
/** A metric value: 0.4523 → "45.2%" for 0–1 metrics (pointsScale 100). */
function formatScore(value, pointsScale) {
	return pointsScale === 100 ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}
/** Points with their sign, never "-0.0": 1.25 → "+1.3", -0.04 → "0.0". */
function formatSignedPoints(points) {
	const rounded = Number(points.toFixed(1));
	if (rounded === 0) return "0.0";
	return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded.toFixed(1);
}
function formatPValue(p) {
	return p < .001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}
/** 42.3 → "42.3 s", 185 → "3 min 05 s", 3725 → "1 h 02 min". */
function formatDuration(seconds) {
	if (seconds < 60) return `${seconds.toFixed(1)} s`;
	const wholeSeconds = Math.round(seconds);
	const minutes = Math.floor(wholeSeconds / 60);
	if (minutes < 60) return `${minutes} min ${String(wholeSeconds % 60).padStart(2, "0")} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
// packages/reporter/src/render.ts
/**
* The PR comment and the job summary: a headline verdict, the delta table, per-category
* breakdowns and the run facts, kept under a size budget by dropping whole rows, least important
* first, and naming where the full report is. The headline always stays. Every text that comes
* from the results (names, reasons) goes through escapeMarkdown; the sticky marker is added by
* the comment writer (github-comment.ts), not here.
*/
/** GitHub refuses comment bodies over 65,536 characters. */
const GITHUB_COMMENT_LIMIT = 65536;
/** The comment's budget: below GitHub's limit, leaving room for the sticky marker line. */
const COMMENT_BUDGET = 65e3;
/** GitHub caps a step's job summary at 1 MiB; this budget is in UTF-8 bytes, with a margin. */
const JOB_SUMMARY_BUDGET = 1e6;
const characters = (text) => text.length;
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/** Names listed in a sentence ("Only in the candidate run: …") before the rest are counted instead. */
const MAX_LISTED_NAMES = 20;
const COMMENT_FULL_REPORT = "this run's job summary";
const SUMMARY_FULL_REPORT = "the results files (the action's `results` and `baseline-results` outputs)";
function renderComment(comparison, facts, options = {}) {
	return renderReport(comparison, facts, {
		budget: COMMENT_BUDGET,
		fullReport: COMMENT_FULL_REPORT,
		measure: characters,
		...options
	});
}
function renderJobSummary(comparison, facts, options = {}) {
	return renderReport(comparison, facts, {
		budget: JOB_SUMMARY_BUDGET,
		fullReport: SUMMARY_FULL_REPORT,
		measure: utf8Bytes,
		...options
	});
}
/** What the failing check prints: one line per failing gate, each with its observed value and limit. */
function regressionMessage(comparison) {
	return comparison.reasons.join("\n");
}
/**
* Last resort for a text still over `budget`: cut at a line end and say where the rest is. The
* start, with the headline, always stays.
*/
function clipToBudget(markdown, budget, fullReport, measure = characters) {
	if (measure(markdown) <= budget) return markdown;
	const pointer = `> ⚠️ Cut short to stay within the size limit; the full report is in ${fullReport}.\n`;
	const firstLineEnd = markdown.indexOf("\n");
	const headline = markdown.slice(0, firstLineEnd === -1 ? markdown.length : firstLineEnd);
	let room = budget - measure(pointer) - 2;
	for (;;) {
		const lineEnd = markdown.lastIndexOf("\n", Math.max(0, room));
		const kept = lineEnd > firstLineEnd ? markdown.slice(0, lineEnd) : headline;
		const clipped = `${kept}\n\n${pointer}`;
		if (kept === headline || measure(clipped) <= budget) return clipped;
		room = lineEnd - (measure(clipped) - budget);
	}
}
function renderScoresComment(results, why, options = {}) {
	return renderScores(results, why, {
		budget: COMMENT_BUDGET,
		fullReport: COMMENT_FULL_REPORT,
		measure: characters,
		...options
	});
}
function renderScoresSummary(results, why, options = {}) {
	return renderScores(results, why, {
		budget: JOB_SUMMARY_BUDGET,
		fullReport: "the results file (the action's `results` output)",
		measure: utf8Bytes,
		...options
	});
}
const SCORE_COLUMNS = [
	"Task",
	"Version",
	"n-shot",
	"Metric",
	"Value",
	"Stderr",
	"n"
];
const SCORE_ALIGN = [
	"l",
	"l",
	"r",
	"l",
	"r",
	"r",
	"r"
];
/**
* The report when there is nothing to compare with: why, then the candidate's scores, one row
* per task (or group) and metric, and one per suite category. Category rows are dropped first to
* fit the budget, then task rows from the last.
*/
function renderScores(results, why, options) {
	const metricCells = (metric, value) => [
		escapeMarkdown(metric),
		value.value.toFixed(4),
		value.stderr === null ? "—" : `± ${value.stderr.toFixed(4)}`
	];
	const main = [];
	const categories = [];
	for (const task of Object.values(results.tasks)) {
		const version = escapeMarkdown(task.kind === "suite" ? task.version.slice(0, 8) : task.version);
		for (const [metric, value] of Object.entries(task.metrics)) main.push([
			escapeMarkdown(task.name),
			version,
			String(task.numFewshot),
			...metricCells(metric, value),
			String(task.n)
		]);
		if (task.unparseable) main.push([
			escapeMarkdown(task.name),
			version,
			String(task.numFewshot),
			"unparseable answers",
			String(task.unparseable),
			"—",
			String(task.n)
		]);
		for (const [category, result] of Object.entries(task.categories ?? {})) for (const [metric, value] of Object.entries(result.metrics)) categories.push([
			escapeMarkdown(`${task.name} / ${category}`),
			"",
			"",
			...metricCells(metric, value),
			String(result.n)
		]);
	}
	for (const group of Object.values(results.groups)) for (const [metric, value] of Object.entries(group.metrics)) main.push([
		`${escapeMarkdown(group.name)} (group)`,
		"",
		"",
		...metricCells(metric, value),
		String(group.n)
	]);
	const gates = options.gates ?? [];
	const failing = gates.filter((gate) => gate.failed).length;
	const mark = (gate) => gate.failed ? "❌" : gate.verdict === "pass" ? "✅" : "⚠️";
	const verdicts = gates.map((gate) => `- ${mark(gate)} ${escapeMarkdown(gate.reason)}`).join("\n");
	const render = (dropped) => {
		const droppedCategories = Math.min(dropped, categories.length);
		const rows = [...main.slice(0, main.length - (dropped - droppedCategories)), ...categories.slice(0, categories.length - droppedCategories)];
		return `${[
			failing === 0 ? "### ftbench: scores only, no baseline to compare with" : `### ❌ ftbench: ${failing} failing ${plural(failing, "gate")}, no baseline to compare with`,
			options.notice ?? "",
			escapeMarkdown(why, 2e3),
			verdicts,
			rows.length > 0 ? markdownTable([SCORE_COLUMNS, ...rows], {
				align: SCORE_ALIGN,
				alignDelimiters: false
			}) : "",
			dropped > 0 ? `> ⚠️ ${dropped} ${plural(dropped, "row")} omitted to stay within the size limit. All scores are in ${options.fullReport}.` : "",
			`Model: ${escapeMarkdown(results.model.fingerprint.slice(0, 12))}. Device: ${escapeMarkdown(results.config.device)}.`
		].filter((section) => section !== "").join("\n\n")}\n`;
	};
	return fitToBudget(render, main.length + categories.length, options);
}
/** p below this is called significant in the table and in the trade-off line. */
const SIGNIFICANCE = .05;
/** A drop the paired test calls significant. */
function significantDrop(row) {
	return row !== null && row.comparable && row.delta.points < 0 && row.delta.pValue !== null && row.delta.pValue < SIGNIFICANCE;
}
/** Lower is more important, and sorts first: failing rows (never dropped), significant drops, drops a gate let pass, gated rows, the rest. */
function importance(entry) {
	if (entry.gates.some((gate) => gate.failed)) return 0;
	if (significantDrop(entry.row)) return 1;
	if (entry.gates.some((gate) => gate.verdict === "not-significant")) return 2;
	return entry.gates.length > 0 ? 3 : 4;
}
const rowKey = (target, metric) => `${target}\u0000${metric}`;
/** lm-eval's headline metric of a benchmark: normalized accuracy where there is one, else accuracy. */
const HEADLINE_METRICS = ["acc_norm", "acc"];
/**
* The top-level group a task belongs to (mmlu for mmlu_anatomy and for mmlu_stem), or null for a
* task or group no group contains.
*/
function topGroupOf(name, groups) {
	let current = name;
	for (let depth = 0; depth < 10; depth++) {
		const parent = Object.keys(groups).find((group) => groups[group].includes(current));
		if (parent === void 0) return current === name ? null : current;
		current = parent;
	}
	return current;
}
/**
* The table's entries: the main table holds tasks and groups by their headline metric, most
* important first; MMLU's subjects (tasks inside a group), other metrics and suite categories go
* into collapsed breakdowns, unless a gate judges them or they drop significantly. Gates with a
* missing target come first. Gates are matched to rows by target and metric, so a comparison read
* back from JSON works too.
*/
function tableEntries(comparison, gatesByRow, facts) {
	const groups = facts.groups ?? {};
	const missing = comparison.gates.filter((gate) => gate.row === null).map((gate) => ({
		label: gate.gate.target,
		metric: gate.gate.metric,
		row: null,
		gates: [gate]
	}));
	const metricsOf = /* @__PURE__ */ new Map();
	for (const row of comparison.rows) metricsOf.set(row.target, [...metricsOf.get(row.target) ?? [], row.metric]);
	const headline = (target) => {
		return comparison.gates.find((gate) => gate.row?.target === target)?.gate.metric ?? HEADLINE_METRICS.find((metric) => metricsOf.get(target)?.includes(metric)) ?? metricsOf.get(target)?.[0];
	};
	const main = [...missing];
	const details = [];
	for (const row of comparison.rows) {
		const gates = gatesByRow.get(rowKey(row.target, row.metric)) ?? [];
		const top = row.kind === "category" ? null : topGroupOf(row.task, groups);
		const covered = gates.length > 0 || top !== null && comparison.gates.some((gate) => gate.row?.target === top);
		const entry = {
			label: row.kind === "category" ? `${row.task} / ${row.category}` : row.task,
			metric: row.metric,
			row,
			gates,
			covered
		};
		const section = row.kind === "category" ? `Per-category breakdown: ${escapeMarkdown(row.task)}` : top !== null && row.kind === "task" ? `Tasks of ${escapeMarkdown(top)}` : row.metric !== headline(row.target) ? "Other metrics" : null;
		if (section === null || gates.length > 0) main.push(entry);
		else details.push({
			...entry,
			label: row.kind === "category" ? row.category ?? "" : row.task,
			section
		});
	}
	return {
		main: main.sort((a, b) => importance(a) - importance(b)),
		details: details.sort((a, b) => importance(a) - importance(b))
	};
}
/**
* The fewest reductions that fit: `render(k)` must get no longer as `k` grows, up to `most`; if
* even `render(most)` is over budget, it is cut at a line end.
*/
function fitToBudget(render, most, { budget, fullReport, measure }) {
	const full = render(0);
	if (measure(full) <= budget) return full;
	let low = 1;
	let high = most;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (measure(render(middle)) <= budget) high = middle;
		else low = middle + 1;
	}
	return clipToBudget(render(Math.min(low, most)), budget, fullReport, measure);
}
function renderReport(comparison, facts, options) {
	const gatesByRow = /* @__PURE__ */ new Map();
	for (const gate of comparison.gates) {
		if (gate.row === null) continue;
		const key = rowKey(gate.row.target, gate.row.metric);
		gatesByRow.set(key, [...gatesByRow.get(key) ?? [], gate]);
	}
	const { main, details: categories } = tableEntries(comparison, gatesByRow, facts);
	const failingMain = main.filter((entry) => importance(entry) === 0).length;
	const droppable = categories.length + main.length - failingMain;
	const render = (reductions) => {
		const droppedCategories = Math.min(reductions, categories.length);
		const droppedMain = Math.min(reductions - droppedCategories, main.length);
		const hidden = Math.max(0, reductions - droppable);
		return renderDocument(comparison, facts, options, {
			main: main.slice(0, main.length - droppedMain),
			categories: categories.slice(0, categories.length - droppedCategories),
			omittedRows: droppedCategories + droppedMain,
			omittedFailingRows: Math.min(hidden, failingMain),
			reasons: comparison.reasons.slice(0, Math.max(0, comparison.reasons.length - hidden))
		});
	};
	return fitToBudget(render, droppable + Math.max(failingMain, comparison.reasons.length), options);
}
function renderDocument(comparison, facts, options, layout) {
	const hiddenReasons = comparison.reasons.length - layout.reasons.length;
	const reasons = [...layout.reasons.map((reason) => `- ${escapeMarkdown(reason)}${inconclusiveNote(comparison, reason)}`), hiddenReasons > 0 ? `- … and ${hiddenReasons} more failing ${plural(hiddenReasons, "gate")}, listed in ${options.fullReport}` : ""];
	const omitted = layout.omittedRows === 0 ? "" : layout.omittedFailingRows === 0 ? `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, "row")} omitted to stay within the size limit; regressions are always shown. All rows are in ${options.fullReport}.` : `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, "row")} omitted to stay within the size limit, ${layout.omittedFailingRows} of them failing. All rows are in ${options.fullReport}.`;
	return `${[
		headline(comparison),
		tradeoffLine(comparison, facts),
		goalLines(comparison),
		options.notice ?? "",
		reasons.filter((line) => line !== "").join("\n"),
		runNotes(facts),
		layout.main.length > 0 ? deltaTable("Task", layout.main) : layout.omittedRows > 0 ? "" : "_No task was scored by both runs._",
		legend(comparison, layout.main),
		omitted,
		incomparableNotes(layout.main),
		addedRemovedNote(comparison),
		withoutBaselineNote(comparison),
		...detailSections(layout.categories),
		...options.extraSections ?? [],
		factsSection(facts, options.context)
	].filter((section) => section !== "").join("\n\n")}\n`;
}
function plural(count, noun) {
	return count === 1 ? noun : `${noun}s`;
}
function headline(comparison) {
	const failing = comparison.gates.filter((gate) => gate.failed);
	const gateCount = comparison.gates.length;
	if (failing.length === 0) return gateCount === 0 ? "### ✅ ftbench: no gates configured" : `### ✅ ftbench passed: ${gateCount} ${plural(gateCount, "gate")}, no regressions`;
	const kind = (gate) => inconclusive(gate) ? "inconclusive" : gate.verdict.replace("-", " ");
	if (failing.every((gate) => kind(gate) === "regression")) return `### ❌ ftbench: ${failing.length} ${plural(failing.length, "regression")}`;
	const counts = /* @__PURE__ */ new Map();
	for (const gate of failing) counts.set(kind(gate), (counts.get(kind(gate)) ?? 0) + 1);
	const parts = [...counts].map(([verdict, count]) => `${count} ${verdict}`);
	return `### ❌ ftbench: ${failing.length} failing ${plural(failing.length, "gate")} (${parts.join(", ")})`;
}
const TABLE_COLUMNS = [
	"Metric",
	"Baseline",
	"Candidate",
	"Δ pts",
	"95 % CI",
	"Gate",
	"Status"
];
/** No-break spaces inside an interval, so a 920-px comment column wraps the words around it, never "[-4.3," apart from "-3.3]". */
const keepTogether = (text) => text.replace(/ /g, "\xA0");
const TABLE_ALIGN = [
	"l",
	"l",
	"r",
	"r",
	"r",
	"c",
	"l",
	"l"
];
function deltaTable(firstColumn, entries) {
	return markdownTable([[firstColumn, ...TABLE_COLUMNS], ...entries.map(tableCells)], {
		align: TABLE_ALIGN,
		alignDelimiters: false
	});
}
function tableCells(entry) {
	const { row } = entry;
	const delta = row !== null && row.comparable ? row.delta : null;
	const scale = row?.pointsScale ?? 100;
	return [
		escapeMarkdown(entry.label),
		escapeMarkdown(entry.metric),
		row ? formatScore(row.baseline, scale) : "—",
		row ? formatScore(row.candidate, scale) : "—",
		delta ? formatSignedPoints(delta.points) : "—",
		delta?.ci ? keepTogether(`[${formatSignedPoints(delta.ci.low)}, ${formatSignedPoints(delta.ci.high)}]`) : "—",
		entry.gates.length > 0 ? entry.gates.map((gate) => shortLimits(gate.gate)).join("; ") : "—",
		statusCell(entry)
	];
}
/** Worst first: the status cell shows the first of these among the entry's gate verdicts. */
const VERDICT_STATUS = {
	regression: "❌ regression",
	"below-floor": "❌ below floor",
	missing: "❌ missing",
	"not-comparable": "❌ not comparable",
	"not-significant": "⚠️ drop not significant",
	"no-baseline": "⚠️ no baseline",
	improvement: "🚀 improvement",
	pass: "✅ pass"
};
/**
* A drop past its limit whose 95 % interval reaches back within the limit: the data cannot tell
* whether the limit was crossed. It still fails (the gate is the user's rule), and says so.
*/
function inconclusive(gate) {
	const { row } = gate;
	if (gate.verdict !== "regression" || row === null || !row.comparable || row.delta.ci === null || gate.gate.maxDrop === void 0) return false;
	return row.delta.ci.high > -gate.gate.maxDrop;
}
/** For a failing reason whose drop's CI reaches back within the limit: says so, with the interval and n. */
function inconclusiveNote(comparison, reason) {
	const gate = comparison.gates.find((candidate) => candidate.failed && candidate.reason === reason);
	if (gate === void 0 || !inconclusive(gate) || !gate.row?.comparable || gate.row.delta.ci === null) return "";
	const { ci, n } = gate.row.delta;
	return ` — inconclusive: the 95 % CI [${formatSignedPoints(ci.low)}, ${formatSignedPoints(ci.high)}] reaches back within the limit (n = ${n})`;
}
function statusCell(entry) {
	const { row } = entry;
	const test = row === null || !row.comparable ? "" : row.delta.pValue === null ? "unpaired" : escapeMarkdown(formatPValue(row.delta.pValue));
	const verdicts = new Set(entry.gates.map((gate) => gate.verdict));
	const worst = Object.keys(VERDICT_STATUS).find((verdict) => verdicts.has(verdict));
	if (worst === "regression" && row?.comparable && entry.gates.some(inconclusive)) return `❌ inconclusive: past the limit, CI crosses it (${keepTogether(`n = ${row.delta.n}`)})`;
	if (worst !== void 0) return test === "" || worst === "below-floor" ? VERDICT_STATUS[worst] : `${VERDICT_STATUS[worst]} (${test})`;
	if (row !== null && !row.comparable) return "⚠️ not comparable";
	if (significantDrop(row) && !entry.covered) return `⚠️ significant drop, no gate (${test})`;
	return test === "" ? "—" : test;
}
/** A gate's limits in a few characters; the reasons above the table say them in full. */
function shortLimits(gate) {
	const scale = METRIC_POINTS_SCALE[gate.metric];
	const score = (value) => scale === 100 ? `${Number((value * 100).toFixed(1))} %` : value.toFixed(3);
	return [
		gate.maxDrop !== void 0 && `max −${gate.maxDrop.toFixed(1)}`,
		gate.maxDropRelative !== void 0 && `max −${gate.maxDropRelative.toFixed(1)} %rel`,
		gate.min !== void 0 && `floor ${score(gate.min)}`,
		gate.targetValue !== void 0 && `goal ${score(gate.targetValue)}`,
		gate.requireSignificant && "if significant"
	].filter((part) => typeof part === "string").join(", ");
}
/** Points as the trade-off line shows them: −2.8, +9.8, ±0.2. */
function tradeoffPoints(points) {
	return Math.abs(points) < .5 ? `±${Math.abs(points).toFixed(1)}` : points > 0 ? `+${points.toFixed(1)}` : `−${Math.abs(points).toFixed(1)}`;
}
/** The headline row of each top-level task and group, by target. */
function topLevelRows(comparison, facts) {
	const groups = facts.groups ?? {};
	const byTarget = /* @__PURE__ */ new Map();
	for (const row of comparison.rows) {
		if (row.kind === "category" || topGroupOf(row.task, groups) !== null) continue;
		byTarget.set(row.target, [...byTarget.get(row.target) ?? [], row]);
	}
	return [...byTarget.values()].map((rows) => {
		const gated = comparison.gates.find((gate) => gate.row?.target === rows[0].target);
		return rows.find((row) => row.metric === gated?.gate.metric) ?? rows.find((row) => row.metric === "acc_norm") ?? rows[0];
	});
}
/**
* One line under the headline: what the fine-tune gained on its target tasks (those with a goal
* or a floor) against what it cost everywhere else, e.g.
* "Task: pharmacy 63.2 → 73.0 % (+9.8; goal 80 % not reached) · General: MMLU −2.8, ARC ±0.2".
*/
function tradeoffLine(comparison, facts) {
	const targets = targetTasksOf(comparison.gates.map((gate) => gate.gate));
	const rows = topLevelRows(comparison, facts);
	const percent = (value) => Number.isInteger(value) ? String(value) : value.toFixed(1);
	const taskParts = rows.filter((row) => targets.has(row.target)).map((row) => {
		const goal = comparison.gates.find((gate) => gate.row === row && gate.gate.targetValue !== void 0);
		const goalText = goal ? `; goal ${percent(goal.gate.targetValue * row.pointsScale)} % ${goal.goalReached ? "reached" : "not reached"}` : "";
		const delta = row.comparable ? tradeoffPoints(row.delta.points) : "not comparable";
		return `${escapeMarkdown(row.task)} ${(row.baseline * row.pointsScale).toFixed(1)} → ${(row.candidate * row.pointsScale).toFixed(1)} % (${delta}${goalText})`;
	});
	const generalParts = rows.filter((row) => !targets.has(row.target)).map((row) => {
		const gated = comparison.gates.some((gate) => gate.row?.target === row.target);
		return `${escapeMarkdown(row.task)} ${row.comparable ? tradeoffPoints(row.delta.points) : "not comparable"}${significantDrop(row) && !gated ? " ⚠️" : ""}`;
	});
	const listed = (parts) => parts.length > LISTED_BENCHMARKS ? `${parts.slice(0, LISTED_BENCHMARKS).join(", ")} and ${parts.length - LISTED_BENCHMARKS} more` : parts.join(", ");
	return [taskParts.length > 0 ? `Task: ${listed(taskParts)}` : "", generalParts.length > 0 ? `General: ${listed(generalParts)}` : ""].filter((part) => part !== "").join(" · ");
}
/** Benchmarks the trade-off line names, and goal lines shown, before the rest are counted. */
const LISTED_BENCHMARKS = 8;
/** Goals never fail the check; each says reached or not on its own line. */
function goalLines(comparison) {
	const goals = comparison.gates.filter((gate) => gate.gate.targetValue !== void 0);
	const more = goals.length - LISTED_BENCHMARKS;
	const lines = goals.slice(0, LISTED_BENCHMARKS).map((gate) => {
		const scale = METRIC_POINTS_SCALE[gate.gate.metric];
		const value = gate.value === null ? "missing" : formatScore(gate.value, scale);
		return `🎯 Goal ${escapeMarkdown(gate.label)} ≥ ${formatScore(gate.gate.targetValue, scale)}: ${gate.goalReached ? "reached" : "not reached"} (${value})`;
	});
	if (more > 0) lines.push(`🎯 … and ${more} more ${plural(more, "goal")}, ${goals.slice(LISTED_BENCHMARKS).filter((gate) => gate.goalReached).length} of them reached`);
	return lines.join("  \n");
}
/** What the numbers mean, naming only the tests that produced them. */
function legend(comparison, entries) {
	const tests = new Set(comparison.rows.flatMap((row) => row.comparable ? [row.delta.test] : []));
	const named = [
		tests.has("mcnemar") && "McNemar exact test (0/1 scores, paired by document)",
		tests.has("bootstrap") && "paired bootstrap (continuous scores such as TruthfulQA mc2)",
		tests.has("unpaired") && "\"unpaired\": no per-document records, no test"
	].filter((text) => typeof text === "string");
	if (entries.length === 0 || named.length === 0) return "";
	const flagged = entries.some((entry) => !entry.covered && significantDrop(entry.row)) ? ` ⚠️: a significant drop (p below ${SIGNIFICANCE}) that no gate covers.` : "";
	return `Δ and 95 % CI in points (1 point = 0.01 of a 0–1 score). p: two-sided, ${named.join("; ")}.${flagged}`;
}
/** Why rows in the table could not be compared, once per target. */
function incomparableNotes(entries) {
	const reasons = /* @__PURE__ */ new Map();
	for (const { row } of entries) if (row !== null && !row.comparable) reasons.set(row.target, row.incomparableReason);
	if (reasons.size === 0) return "";
	return [`**Not comparable** (scores are shown, but no delta is computed):`, ...[...reasons].map(([target, reason]) => `- ${escapeMarkdown(target)}: ${escapeMarkdown(reason)}`)].join("\n");
}
/** Names in a sentence, the first MAX_LISTED_NAMES of them, the rest counted. */
function nameList(names) {
	const listed = names.slice(0, MAX_LISTED_NAMES).map((name) => escapeMarkdown(name));
	const rest = names.length - listed.length;
	return rest > 0 ? `${listed.join(", ")} and ${rest} more` : listed.join(", ");
}
function addedRemovedNote({ added, removed }) {
	return [added.length > 0 ? `**Only in the candidate run:** ${nameList(added)}` : "", removed.length > 0 ? `**Only in the baseline run:** ${nameList(removed)}` : ""].filter((line) => line !== "").join("  \n");
}
/** Gates must never switch off silently: the tasks compared with nothing are named. */
function withoutBaselineNote({ withoutBaseline }) {
	if (withoutBaseline.length === 0) return "";
	return `> ⚠️ **No baseline** for ${withoutBaseline.map((name) => escapeMarkdown(name)).join(", ")}: their drop limits are not checked (floors are).`;
}
/** One collapsed breakdown per section (a suite's categories, a group's tasks, other metrics), each a whole table. */
function detailSections(entries) {
	const bySection = /* @__PURE__ */ new Map();
	for (const entry of entries) bySection.set(entry.section ?? "", [...bySection.get(entry.section ?? "") ?? [], entry]);
	return [...bySection].map(([section, sectionEntries]) => {
		const drops = sectionEntries.filter((entry) => significantDrop(entry.row) && !entry.covered).length;
		return `<details><summary>${section}${drops > 0 ? ` (⚠️ ${drops} significant ${plural(drops, "drop")})` : ""}</summary>\n\n${deltaTable(section.startsWith("Per-category") ? "Category" : "Task", sectionEntries)}\n\n</details>`;
	});
}
/** Distinct values, as "a, b and 3 more". */
function distinctList(values) {
	return nameList([...new Set(values)]);
}
/** The run's commit and workflow run as links, and the runtime version; empty outside CI. */
function contextLine(context) {
	if (context === void 0) return "";
	const parts = [
		context.commit && /^[0-9a-f]{40}$/.test(context.commit.sha) ? `Commit [${context.commit.sha.slice(0, 7)}](${context.commit.url})` : "",
		context.runUrl ? `[workflow run](${context.runUrl})` : "",
		context.onnxruntimeVersion ? `onnxruntime-node ${escapeMarkdown(context.onnxruntimeVersion, 40)}` : ""
	].filter((part) => part !== "");
	return parts.length === 0 ? "" : ` ${parts.join(" · ")}.`;
}
function factsSection(facts, context) {
	const model = (side) => {
		const fingerprint = escapeMarkdown(side.modelFingerprint.slice(0, 12));
		return side.model === void 0 ? fingerprint : `${escapeMarkdown(side.model, 60)} (${fingerprint})`;
	};
	const duration = (seconds) => seconds === null ? "—" : formatDuration(seconds);
	const rows = [
		[
			"",
			"Baseline",
			"Candidate"
		],
		[
			"Model",
			model(facts.baseline),
			model(facts.candidate)
		],
		[
			"Duration",
			duration(facts.baseline.seconds),
			duration(facts.candidate.seconds)
		]
	];
	if (facts.baseline.ftbenchVersion !== void 0 || facts.candidate.ftbenchVersion !== void 0) rows.push([
		"ftbench",
		escapeMarkdown(facts.baseline.ftbenchVersion ?? "—"),
		escapeMarkdown(facts.candidate.ftbenchVersion ?? "—")
	]);
	const table = markdownTable(rows, { alignDelimiters: false });
	const cache = facts.baselineCacheHit ? "cache hit, results reused" : "cache miss, evaluated in this run";
	const tasks = facts.candidate.tasks ?? [];
	const shots = /* @__PURE__ */ new Map();
	for (const task of tasks) shots.set(task.numFewshot, [...shots.get(task.numFewshot) ?? [], task.task]);
	const fewshot = tasks.length === 0 ? "" : ` n-shot: ${[...shots].map(([n, names]) => `${n} (${names.length > 3 ? `${names.length} tasks` : names.map((name) => escapeMarkdown(name)).join(", ")})`).join("; ")}.`;
	const data = tasks.length === 0 ? "" : ` Data: ${distinctList(tasks.map((task) => `${task.dataset.startsWith("/") ? task.dataset.split("/").pop() : task.dataset}@${task.revision.slice(0, 12)}`))}.`;
	return `#### Run\n\n${table}\n\nDevice: ${escapeMarkdown(facts.device)}. Baseline: ${cache}.${contextLine(context)}${fewshot}${data}`;
}
// packages/reporter/src/github-comment.ts
/**
* The sticky PR comment: one comment per PR, updated in place on every run. It is found by its
* first line, a marker naming the repository and PR, AND by its author being exactly the token's
* identity (same account id, or the same login and account type), so neither a look-alike login
* (`ftbench-app` for `ftbench-app[bot]`) nor a comment that quotes the marker is ever taken for it.
*
* Plain fetch against the REST API the runner names (GITHUB_API_URL), so GHES and test servers
* work the same. Every request has a connect and an overall timeout; an operation is retried on
* 5xx, 429, a rate-limit 403 and network failures, waiting at least what Retry-After (or the
* rate-limit reset) asks. Only a 403 that is not a rate limit means the token may not write (the
* read-only token of a fork PR): that is an answer, not a crash, and the caller keeps its summary
* and outputs.
*/
const DEFAULT_REQUEST_POLICY = {
	connectTimeoutMs: 1e4,
	totalTimeoutMs: 3e4,
	attempts: 4,
	baseDelayMs: 1e3,
	maxDelayMs: 6e4,
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/** GitHub asks clients hit by a secondary rate limit without Retry-After to wait at least a minute. */
const SECONDARY_RATE_LIMIT_WAIT_MS = 6e4;
const TRANSIENT = /* @__PURE__ */ new Set([
	"rate-limited",
	"server",
	"network"
]);
var GitHubApiError = class extends Error {
	status;
	kind;
	/** How long the server asked to wait before trying again, if it said. */
	retryAfterMs;
	constructor(what) {
		const answer = what.status === null ? "failed" : `answered ${what.status}`;
		super(`GitHub API ${what.method} ${what.url} ${answer}: ${what.detail}`);
		this.name = "GitHubApiError";
		this.status = what.status;
		this.kind = what.kind;
		this.retryAfterMs = what.retryAfterMs;
	}
};
/** The login a GITHUB_TOKEN comments as, when the token cannot tell its own identity. */
const GITHUB_ACTIONS_BOT = "github-actions[bot]";
const PAGE_SIZE = 100;
function policyOf(api) {
	return {
		...DEFAULT_REQUEST_POLICY,
		...api.policy
	};
}
function restRoot(api) {
	return api.apiUrl.replace(/\/+$/, "");
}
function defaultGraphqlUrl(api) {
	const root = restRoot(api);
	return root.endsWith("/api/v3") ? `${root.slice(0, -3)}/graphql` : `${root}/graphql`;
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** What the server asked to wait: Retry-After (seconds or a date), else the rate-limit reset when the limit is used up. */
function requestedWaitMs(headers, now = Date.now()) {
	const retryAfter = headers.get("retry-after")?.trim();
	if (retryAfter) {
		if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = headers.get("x-ratelimit-reset")?.trim();
	if (headers.get("x-ratelimit-remaining")?.trim() === "0" && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
}
function failedAnswer(method, url, status, headers, text) {
	let detail = text.slice(0, 300);
	try {
		detail = JSON.parse(text).message ?? detail;
	} catch {}
	const wait = requestedWaitMs(headers);
	const kind = status === 429 || status === 403 && (headers.get("x-ratelimit-remaining")?.trim() === "0" || headers.has("retry-after") || /rate limit|abuse detection/i.test(detail)) ? "rate-limited" : status >= 500 ? "server" : status === 403 ? "forbidden" : "other";
	const retryAfterMs = kind === "rate-limited" ? wait ?? SECONDARY_RATE_LIMIT_WAIT_MS : wait;
	return new GitHubApiError({
		method,
		url,
		status,
		kind,
		detail: kind === "rate-limited" ? `${detail} (rate limited)` : detail,
		retryAfterMs
	});
}
function networkReason(error) {
	const cause = error.cause;
	return cause?.code ?? cause?.message ?? error.message;
}
/** One request, no retries: aborted when the headers take longer than connectTimeoutMs or the whole answer longer than totalTimeoutMs. */
async function request(api, method, url, body) {
	const policy = policyOf(api);
	const controller = new AbortController();
	let timedOut = null;
	const abortAfter = (ms, why) => setTimeout(() => {
		timedOut = why;
		controller.abort();
	}, ms);
	const overall = abortAfter(policy.totalTimeoutMs, `no complete answer within ${seconds(policy.totalTimeoutMs)}`);
	const connect = abortAfter(policy.connectTimeoutMs, `no answer within ${seconds(policy.connectTimeoutMs)}`);
	try {
		let response;
		let text;
		try {
			response = await fetch(url, {
				method,
				headers: {
					authorization: `Bearer ${api.token}`,
					accept: "application/vnd.github+json",
					"x-github-api-version": "2022-11-28",
					"user-agent": "ftbench-action",
					...body === void 0 ? {} : { "content-type": "application/json" }
				},
				body: body === void 0 ? void 0 : JSON.stringify(body),
				signal: controller.signal
			});
			clearTimeout(connect);
			text = await response.text();
		} catch (error) {
			throw new GitHubApiError({
				method,
				url,
				status: null,
				kind: "network",
				detail: timedOut ?? networkReason(error)
			});
		}
		if (!response.ok) throw failedAnswer(method, url, response.status, response.headers, text);
		return {
			data: text ? JSON.parse(text) : null,
			headers: response.headers
		};
	} finally {
		clearTimeout(overall);
		clearTimeout(connect);
	}
}
/**
* Runs `operation` until it succeeds, retrying transient failures with doubling waits, at least
* what the server asked for. A wait past maxDelayMs is not made: the error says how long GitHub
* asked for instead.
*/
async function withGitHubRetries(api, operation) {
	const policy = policyOf(api);
	for (let attempt = 1;; attempt++) try {
		return await operation();
	} catch (error) {
		if (!(error instanceof GitHubApiError) || !TRANSIENT.has(error.kind)) throw error;
		const wait = Math.max(policy.baseDelayMs * 2 ** (attempt - 1), error.retryAfterMs ?? 0);
		if (error.retryAfterMs !== void 0 && error.retryAfterMs > policy.maxDelayMs) {
			error.message += `; GitHub asks to wait ${seconds(error.retryAfterMs)} before retrying, longer than the ${seconds(policy.maxDelayMs)} ftbench waits`;
			throw error;
		}
		if (attempt >= policy.attempts) {
			error.message += ` (gave up after ${attempt} attempts)`;
			throw error;
		}
		await policy.sleep(Math.min(wait, policy.maxDelayMs));
	}
}
/** The `rel="next"` URL of a Link header, if any. */
function nextPageUrl(link) {
	for (const part of (link ?? "").split(",")) {
		const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
		if (match) return match[1];
	}
	return null;
}
/**
* Who the token writes as. `GET /user` does not work for a GITHUB_TOKEN or an app token, GraphQL's
* `viewer` does for most (its `databaseId` is the id REST shows as the comment's `user.id`); when
* it does not, a GITHUB_TOKEN is assumed: github-actions[bot], an account of type Bot.
*/
async function tokenIdentity(api) {
	const url = api.graphqlUrl ?? defaultGraphqlUrl(api);
	try {
		const { data, headers } = await request(api, "POST", url, { query: "query { viewer { login databaseId } }" });
		const limited = data?.errors?.find((error) => error.type === "RATE_LIMITED");
		if (limited) throw new GitHubApiError({
			method: "POST",
			url,
			status: 200,
			kind: "rate-limited",
			detail: `${limited.message ?? "rate limit exceeded"} (rate limited)`,
			retryAfterMs: requestedWaitMs(headers) ?? SECONDARY_RATE_LIMIT_WAIT_MS
		});
		const viewer = data?.data?.viewer;
		if (viewer?.login) return {
			id: Number.isInteger(viewer.databaseId) ? viewer.databaseId : null,
			login: viewer.login,
			bot: viewer.login.endsWith("[bot]")
		};
	} catch (error) {
		if (!(error instanceof GitHubApiError) || TRANSIENT.has(error.kind)) throw error;
	}
	return {
		id: null,
		login: GITHUB_ACTIONS_BOT,
		bot: true
	};
}
/** Whether `user` is exactly the token's account: the same id, else the same login and account type. */
function isTokenAuthor(user, identity) {
	if (user === null) return false;
	if (identity.id !== null) return user.id === identity.id;
	return user.login === identity.login && user.type === "Bot" === identity.bot;
}
/** The first line of every sticky comment: names the repository and PR, and is HTML comment syntax, so it does not show. */
function stickyMarker(issue) {
	const name = (part) => part.replace(/[^\w.-]/g, "_");
	return `<!-- ftbench:sticky-comment ${name(issue.owner)}/${name(issue.repo)}#${issue.number} -->`;
}
function firstLine(text) {
	return (text ?? "").split(/\r?\n/, 1)[0];
}
/** The first comment written by `identity` whose first line is this PR's marker, looking through every page. */
async function findStickyComment(api, issue, identity) {
	const marker = stickyMarker(issue);
	let url = `${restRoot(api)}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments?per_page=${PAGE_SIZE}`;
	while (url !== null) {
		const page = await request(api, "GET", url);
		const found = page.data.find((comment) => isTokenAuthor(comment.user, identity) && firstLine(comment.body) === marker);
		if (found) return found;
		url = nextPageUrl(page.headers.get("link"));
	}
	return null;
}
/** The head commit of a pull request: lets a workflow_run commenter check that a PR number from an artifact belongs to the run. */
async function pullRequestHeadSha(api, pr) {
	return withGitHubRetries(api, async () => {
		const { data } = await request(api, "GET", `${restRoot(api)}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`);
		return data.head.sha;
	});
}
/**
* Creates the PR's sticky comment, or updates the one this token wrote before. `body` is the
* report without the marker; the marker becomes its first line, and the whole stays within
* GitHub's limit. A transient failure repeats the whole find-then-write, so a comment whose
* creation was answered by a 502 is found and updated on the retry, not written twice.
*/
async function upsertStickyComment(api, issue, body) {
	const full = clipToBudget(`${stickyMarker(issue)}\n${body}`, GITHUB_COMMENT_LIMIT, "this run's job summary");
	const root = restRoot(api);
	let identity = null;
	try {
		return await withGitHubRetries(api, async () => {
			identity ??= await tokenIdentity(api);
			const existing = await findStickyComment(api, issue, identity);
			if (existing) {
				const { data } = await request(api, "PATCH", `${root}/repos/${issue.owner}/${issue.repo}/issues/comments/${existing.id}`, { body: full });
				return {
					status: "updated",
					id: data.id,
					url: data.html_url
				};
			}
			const { data } = await request(api, "POST", `${root}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments`, { body: full });
			return {
				status: "created",
				id: data.id,
				url: data.html_url
			};
		});
	} catch (error) {
		if (error instanceof GitHubApiError && error.kind === "forbidden") return {
			status: "forbidden",
			message: `The token may not comment on ${issue.owner}/${issue.repo}#${issue.number} (${error.message}). Pull requests from forks get a read-only token: use the two-workflow pattern (docs/action.md) to comment from workflow_run.`
		};
		throw error;
	}
}
// packages/reporter/src/chart.ts
/** Mermaid takes labels in double quotes with no escape for them: anything but plain characters becomes `_`. */
function mermaidLabel(text, width = 24) {
	const plain = text.replace(/[^A-Za-z0-9 ._+:/#%(),-]/g, "_");
	return `"${plain.length > width ? `${plain.slice(0, width - 1)}…` : plain}"`;
}
const round = (value) => Number(value.toFixed(1));
/** Bars per variant (or iteration): task gain above zero, general drop below it. */
function mermaidTradeoffChart(points, title = "Task gain (first bar) vs general drop (second bar), points") {
	const values = points.flatMap((point) => [point.taskGain ?? 0, -point.generalDrop]);
	const low = Math.floor(Math.min(0, ...values) - 1);
	const high = Math.ceil(Math.max(0, ...values) + 1);
	return [
		"```mermaid",
		"xychart-beta",
		`  title ${mermaidLabel(title, 80)}`,
		`  x-axis [${points.map((point) => mermaidLabel(point.name)).join(", ")}]`,
		`  y-axis "points" ${low} --> ${high}`,
		`  bar [${points.map((point) => round(point.taskGain ?? 0)).join(", ")}]`,
		`  bar [${points.map((point) => round(-point.generalDrop)).join(", ")}]`,
		"```"
	].join("\n");
}
/** The history's trajectory: the task gain and the worst general drop per push, oldest first. */
function mermaidTrajectoryChart(points) {
	return mermaidTradeoffChart(points, "Per push: task gain (first line) vs general drop (second line), points").replace(/ {2}bar \[/g, "  line [");
}
// packages/reporter/src/compare.ts
const ADVICE_MARK = {
	stop: "🛑",
	"target-met": "🎯",
	plateau: "📉",
	"back-off": "↩️",
	continue: "🔁"
};
function criterionMark(met) {
	return met === null ? "➖" : met ? "✅" : "❌";
}
/** The stop advice: the verdict, then each criterion on its own line with its numbers. */
function adviceLines(advice, name, bold = (text) => `**${text}**`) {
	return [
		bold(`${ADVICE_MARK[advice.verdict]} ${name(advice.summary)}`),
		"",
		...advice.criteria.map((criterion) => `- ${criterionMark(criterion.met)} ${name(criterion.text)}`)
	].join("\n");
}
// packages/reporter/src/history.ts
/**
* The PR's iterations in its sticky comment: one row per push, newest first (commit, time, the
* target tasks' headline value and gain, each general benchmark's Δ, the verdict), the trajectory
* as a chart, and the stop advice from the latest push against the one before it.
*/
/** General benchmarks given a column; the rest are in the table of the push itself. */
const GENERAL_COLUMNS = 6;
const shortSha = (sha) => sha.slice(0, 7);
const MONTHS = [
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec"
];
/** "01 Dec 19:00" (UTC), with no-break spaces: one line in a narrow column. The history is validated, so the ISO text has its shape. */
function timeText(iso) {
	return [
		iso.slice(8, 10),
		MONTHS[Number(iso.slice(5, 7)) - 1],
		iso.slice(11, 16)
	].join("\xA0");
}
function renderHistory(history, { settings, commitBaseUrl }) {
	const iterations = history.iterations;
	if (iterations.length === 0) return "";
	const newest = iterations[iterations.length - 1];
	const shown = iterations.slice(-20).reverse();
	const taskTargets = newest.point.tasks.map((task) => task.target);
	const generalTargets = newest.point.general.slice(0, GENERAL_COLUMNS).map((benchmark) => benchmark.target);
	const commit = (sha) => commitBaseUrl ? `[${shortSha(sha)}](${commitBaseUrl}${sha})` : shortSha(sha);
	const rows = shown.map((iteration) => {
		const task = (target) => {
			const change = iteration.point.tasks.find((candidate) => candidate.target === target);
			if (change === void 0 || change.value === null) return "—";
			return `${formatScore(change.value, 100)}${change.points === null ? "" : ` (${formatSignedPoints(change.points)})`}`;
		};
		const general = (target) => {
			const change = iteration.point.general.find((candidate) => candidate.target === target);
			return change?.points == null ? "—" : formatSignedPoints(change.points);
		};
		return [
			commit(iteration.sha),
			timeText(iteration.time),
			...taskTargets.map(task),
			...generalTargets.map(general),
			iteration.passed ? "✅" : "❌"
		];
	});
	const table = markdownTable([[
		"Push",
		"UTC",
		...taskTargets.map((target) => `${escapeMarkdown(target, 40)} (task)`),
		...generalTargets.map((target) => `${escapeMarkdown(target, 40)} Δ`),
		"Check"
	], ...rows], {
		alignDelimiters: false,
		align: [
			"l",
			"l",
			...taskTargets.map(() => "r"),
			...generalTargets.map(() => "r"),
			"c"
		]
	});
	const older = iterations.length - shown.length;
	const previous = iterations.length > 1 ? iterations[iterations.length - 2] : null;
	const named = (iteration) => ({
		...iteration.point,
		name: shortSha(iteration.sha)
	});
	const advice = stopAdvice(named(newest), previous === null ? null : named(previous), settings);
	const chart = iterations.length > 1 ? mermaidTrajectoryChart(iterations.slice(-20).map(named)) : "";
	return [
		`#### Iterations on this PR (${iterations.length} ${iterations.length === 1 ? "push" : "pushes"}, newest first)`,
		table,
		older > 0 ? `_${older} older ${older === 1 ? "push is" : "pushes are"} stored but not shown._` : "",
		chart,
		`#### Stop advice`,
		adviceLines(advice, escapeMarkdown)
	].filter((section) => section !== "").join("\n\n");
}
// packages/action/src/report.ts
/**
* What a run leaves behind: the step outputs, the job summary, the sticky PR comment and the
* check's verdict. The comment is best effort (a fork PR's token cannot write it); the summary,
* the outputs and the verdict never depend on it. The reports are built from a ReportInput only,
* here, so the fork-safe commenter (fork-comment.ts) renders the very same comment from the same
* data, and never has to trust Markdown from the evaluating run.
*/
function regressionsOf(comparison) {
	return comparison.gates.filter((gate) => gate.failed).map((gate) => ({
		target: gate.gate.target,
		metric: gate.gate.metric,
		verdict: gate.verdict,
		limits: gate.limits,
		baseline: gate.row?.baseline ?? null,
		candidate: gate.row?.candidate ?? gate.value,
		reason: gate.reason
	}));
}
/** A URL that can go into a Markdown link as is: http(s), host and path, nothing that could end the link. */
function isPlainUrl(url) {
	return typeof url === "string" && /^https?:\/\/[\w.:-]+\/[\w./%-]*$/.test(url);
}
/** Where the comment points when it had to leave rows out: the job summary of `runUrl`, as a link when it is a plain URL. */
function fullReportAt(runUrl) {
	return isPlainUrl(runUrl) ? `the [job summary of this run](${runUrl})` : void 0;
}
/** The URL of this workflow run, from the runner's environment. */
function runUrlFromEnv(env) {
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
	return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}
/** The context with only plain URLs kept. */
function plainContext(context) {
	if (context === void 0) return void 0;
	return {
		...context.commit && isPlainUrl(context.commit.url) && /^[0-9a-f]{40}$/.test(context.commit.sha) ? { commit: context.commit } : {},
		...isPlainUrl(context.runUrl) ? { runUrl: context.runUrl } : {},
		...context.onnxruntimeVersion ? { onnxruntimeVersion: context.onnxruntimeVersion } : {}
	};
}
function buildReports(input, options = {}) {
	const rendering = (passed) => {
		const notice = options.notice?.(passed);
		const context = plainContext(options.context);
		return {
			comment: {
				...options.fullReport ? { fullReport: options.fullReport } : {},
				...notice ? { notice } : {},
				...context ? { context } : {}
			},
			summary: {
				...notice ? { notice } : {},
				...context ? { context } : {}
			}
		};
	};
	const comparison = compareResults(input.baseline, input.candidate, input.gates, { withoutBaseline: input.withoutBaseline });
	const render = rendering(comparison.passed);
	if (input.baseline === null) return {
		passed: comparison.passed,
		regressions: regressionsOf(comparison),
		comment: renderScoresComment(input.candidate, input.why, {
			...render.comment,
			gates: comparison.gates
		}),
		summary: renderScoresSummary(input.candidate, input.why, {
			...render.summary,
			gates: comparison.gates
		}),
		failure: regressionMessage(comparison)
	};
	const facts = runFactsFrom(input.baseline, input.candidate, input.baselineCacheHit);
	const history = input.history && withThisPush(input.history, input.baseline, comparison, input.gates);
	const historySection = history && input.history ? [renderHistory(history, {
		settings: input.history.stop,
		commitBaseUrl: plainCommitBase(input.history.commitBaseUrl)
	})] : [];
	return {
		passed: comparison.passed,
		regressions: regressionsOf(comparison),
		comment: renderComment(comparison, facts, {
			...render.comment,
			extraSections: historySection
		}),
		summary: renderJobSummary(comparison, facts, {
			...render.summary,
			extraSections: historySection
		}),
		failure: regressionMessage(comparison),
		...history ? { history } : {}
	};
}
function withThisPush(input, baseline, comparison, gates) {
	const point = checkTradeoffPoint(input.sha.slice(0, 7), baseline, comparison, gates);
	return recordIteration(input.before, {
		sha: input.sha,
		time: input.time,
		passed: comparison.passed,
		point
	});
}
function plainCommitBase(url) {
	return url !== void 0 && isPlainUrl(url) && url.endsWith("/commit/") ? url : void 0;
}
async function writeJobSummary(markdown) {
	if (!process.env.GITHUB_STEP_SUMMARY) return;
	await summary.addRaw(markdown, true).write();
}
/** Posts or updates the sticky comment; a failure is a warning, never the check's verdict. Returns the comment's URL. */
async function postComment(api, issue, body) {
	try {
		const result = await upsertStickyComment(api, issue, body);
		if (result.status === "forbidden") {
			warning(result.message);
			return null;
		}
		info(`${result.status === "created" ? "Created" : "Updated"} the PR comment ${result.url}`);
		return result.url;
	} catch (error) {
		warning(`Could not write the PR comment: ${error.message}`);
		return null;
	}
}
// packages/action/src/fork-comment.ts
/**
* The fork-safe pattern's two halves. The pull_request run (read-only token) writes a comment
* source: the PR number, the head commit it evaluated and the ReportInput (results and gates, no
* Markdown). The workflow_run commenter (write token) reads that file from the artifact, which a
* fork can forge entirely, so it trusts none of it:
* - the file is size-limited and validated (results against the results schema, gates as the
*   config's are);
* - the comment is rendered here, by the same buildReports as the action's own, so every name in
*   it is escaped and no Markdown of the artifact is ever posted;
* - the head commit in the file must be the commit of the run that triggered the commenter (from
*   the workflow_run event, which GitHub writes) and the PR's current head (from the API);
* - the comment says which run it comes from, and warns when that run failed but its results pass.
*/
const COMMENT_SOURCE_FORMAT = "ftbench-comment-source";
/** Largest comment source read: two results files with per-sample records fit many times over. */
const MAX_COMMENT_SOURCE_BYTES = 67108864;
function writeCommentSource(file, source) {
	writeFileSync$1(file, `${JSON.stringify({
		format: COMMENT_SOURCE_FORMAT,
		version: 1,
		...source
	})}\n`);
}
/** A comment source the commenter will not use: says what is wrong with it. */
var CommentSourceError = class extends Error {
	constructor(file, problem) {
		super(`comment source ${file}: ${problem}`);
		this.name = "CommentSourceError";
	}
};
const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isNumber = (value) => typeof value === "number" && Number.isFinite(value);
/** Core's one results reader, as a problem line instead of a throw. */
function resultsProblem(value, where) {
	try {
		parseResults(value, where);
		return null;
	} catch (error) {
		return error.message;
	}
}
function gateProblem(value, index) {
	if (!isRecord(value) || typeof value.target !== "string" || typeof value.metric !== "string") return `report.gates[${index}] has no target and metric`;
	for (const field of [
		"maxDrop",
		"maxDropRelative",
		"min",
		"targetValue",
		"alpha"
	]) if (value[field] !== void 0 && !isNumber(value[field])) return `report.gates[${index}].${field} is not a number`;
	if (value.requireSignificant !== void 0 && typeof value.requireSignificant !== "boolean") return `report.gates[${index}].requireSignificant is not true/false`;
	try {
		validateGate(value);
	} catch (error) {
		return `report.gates[${index}]: ${error.message}`;
	}
	return null;
}
/** Reads and validates a comment source; throws CommentSourceError naming the first problem. */
function readCommentSource(file, maxBytes = MAX_COMMENT_SOURCE_BYTES) {
	const fail = (problem) => {
		throw new CommentSourceError(file, problem);
	};
	let size = 0;
	try {
		size = statSync(file).size;
	} catch (error) {
		fail(`cannot be read (${error.code ?? error.message})`);
	}
	if (size > maxBytes) fail(`is ${(size / 2 ** 20).toFixed(1)} MiB, more than the ${(maxBytes / 2 ** 20).toFixed(0)} MiB a comment source may have`);
	let value;
	try {
		value = JSON.parse(readFileSync$1(file, "utf8"));
	} catch (error) {
		fail(`is not JSON (${error.message})`);
	}
	if (!isRecord(value) || value.format !== "ftbench-comment-source") fail(`is not a ${COMMENT_SOURCE_FORMAT} file (the ftbench action's comment-source output)`);
	const source = value;
	if (source.version !== 1) fail(`has version ${JSON.stringify(source.version)}; this commenter reads version 1`);
	if (!Number.isInteger(source.pullRequest) || source.pullRequest < 1) fail("pullRequest is not a pull request number");
	if (typeof source.headSha !== "string" || !/^[0-9a-f]{1,64}$/.test(source.headSha)) fail("headSha is not a commit sha");
	const report = source.report;
	if (!isRecord(report)) return fail("has no report");
	const candidateProblem = resultsProblem(report.candidate, "report.candidate");
	if (candidateProblem) fail(candidateProblem);
	if (report.baseline !== null) {
		const baselineProblem = resultsProblem(report.baseline, "report.baseline");
		if (baselineProblem) fail(baselineProblem);
	}
	if (!Array.isArray(report.withoutBaseline) || !report.withoutBaseline.every((name) => typeof name === "string")) fail("report.withoutBaseline is not a list of task names");
	if (typeof report.baselineCacheHit !== "boolean") fail("report.baselineCacheHit is not true/false");
	if (typeof report.why !== "string") fail("report.why is not a string");
	if (!Array.isArray(report.gates)) fail("report.gates is not a list");
	report.gates.forEach((gate, index) => {
		const problem = gateProblem(gate, index);
		if (problem) fail(problem);
	});
	return source;
}
function workflowRunOf(payload) {
	const run = payload.workflow_run;
	if (!run || typeof run.head_sha !== "string" || !Number.isInteger(run.id)) throw new Error("the ftbench commenter runs on workflow_run events (on: workflow_run), and this event has no workflow_run");
	return {
		id: run.id,
		head_sha: run.head_sha,
		html_url: String(run.html_url ?? ""),
		conclusion: run.conclusion ?? null,
		pull_requests: run.pull_requests
	};
}
/** Trusted Markdown under the headline: which run the results come from, and a warning when that run failed but its results pass. */
function provenance(run, headSha, passed) {
	const conclusion = escapeMarkdown(run.conclusion ?? "unknown");
	const from = `> Rendered by the ftbench commenter from the results of ${isPlainUrl(run.html_url) ? `[run ${run.id}](${run.html_url})` : `run ${run.id}`} on ${headSha.slice(0, 7)} (conclusion: ${conclusion}).`;
	if (passed && run.conclusion !== "success") return `${from}\n>\n> ⚠️ **That run did not succeed, yet these results pass every gate: do not rely on them.**`;
	return from;
}
/** Validates the comment source against the run and the PR, renders the comment and posts it. Returns its URL. */
async function postForkComment({ sourceFile, api, repo, run }) {
	const source = readCommentSource(sourceFile);
	const number = source.pullRequest;
	if (source.headSha !== run.head_sha) throw new Error(`the comment source was written for commit ${source.headSha}, but the run that triggered this is for ${run.head_sha}: refusing to comment`);
	if (run.pull_requests && run.pull_requests.length > 0 && !run.pull_requests.some((pr) => pr.number === number)) throw new Error(`the comment source names PR #${number}, which is not among the run's pull requests: refusing to comment`);
	const pr = {
		...repo,
		number
	};
	const actual = await pullRequestHeadSha(api, pr);
	if (actual !== run.head_sha) throw new Error(`PR #${number} is at ${actual}, not at ${run.head_sha} (the commit the evaluation ran on): refusing to comment on it`);
	const result = await upsertStickyComment(api, pr, buildReports(source.report, {
		fullReport: fullReportAt(run.html_url),
		notice: (passed) => provenance(run, run.head_sha, passed)
	}).comment);
	if (result.status === "forbidden") throw new Error(result.message);
	return result.url;
}
export { aggregateGroups as _, fullReportAt as a, context as b, writeJobSummary as c, DEFAULT_STOP_SETTINGS as d, validateGate as f, aggregateByCategory as g, UNCATEGORIZED as h, buildReports as i, emptyHistory as l, checkAgainstSchema as m, workflowRunOf as n, postComment as o, parseResults as p, writeCommentSource as r, runUrlFromEnv as s, postForkComment as t, parseHistory as u, aggregateTask as v, FtbenchError as y };
