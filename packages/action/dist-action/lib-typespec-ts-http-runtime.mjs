import { n as __esmMin } from "./rolldown-runtime.mjs";
import { t as require_dist } from "./lib-https-proxy-agent.mjs";
import { t as require_dist$1 } from "./lib-http-proxy-agent.mjs";
import http from "node:http";
import { Transform } from "node:stream";
import util, { inspect } from "node:util";
import zlib from "node:zlib";
import "node:crypto";
import { Readable as Readable$1 } from "stream";
import { EOL } from "node:os";
import process$1 from "node:process";
import https from "node:https";
// node_modules/@typespec/ts-http-runtime/dist/esm/abort-controller/AbortError.js
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
// node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
function log(message, ...args) {
	process$1.stderr.write(`${util.format(message, ...args)}${EOL}`);
}
function init_log() {
	return (init_log = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/env.js
/**
* Returns the value of the specified environment variable.
*
* @internal
*/
function getEnvironmentVariable(name) {
	return process$1.env[name];
}
function init_env() {
	return (init_env = __esmMin((() => {
		typeof process$1.versions.deno === "string" && process$1.versions.deno.length;
		typeof process$1.versions.bun === "string" && process$1.versions.bun.length;
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/logger/debug.js
function enable(namespaces) {
	enabledString = namespaces;
	enabledNamespaces = [];
	skippedNamespaces = [];
	const namespaceList = namespaces.split(",").map((ns) => ns.trim());
	for (const ns of namespaceList) if (ns.startsWith("-")) skippedNamespaces.push(ns.substring(1));
	else enabledNamespaces.push(ns);
	for (const instance of debuggers) instance.enabled = enabled(instance.namespace);
}
function enabled(namespace) {
	if (namespace.endsWith("*")) return true;
	for (const skipped of skippedNamespaces) if (namespaceMatches(namespace, skipped)) return false;
	for (const enabledNamespace of enabledNamespaces) if (namespaceMatches(namespace, enabledNamespace)) return true;
	return false;
}
/**
* Given a namespace, check if it matches a pattern.
* Patterns only have a single wildcard character which is *.
* The behavior of * is that it matches zero or more other characters.
*/
function namespaceMatches(namespace, patternToMatch) {
	if (patternToMatch.indexOf("*") === -1) return namespace === patternToMatch;
	let pattern = patternToMatch;
	if (patternToMatch.indexOf("**") !== -1) {
		const patternParts = [];
		let lastCharacter = "";
		for (const character of patternToMatch) if (character === "*" && lastCharacter === "*") continue;
		else {
			lastCharacter = character;
			patternParts.push(character);
		}
		pattern = patternParts.join("");
	}
	let namespaceIndex = 0;
	let patternIndex = 0;
	const patternLength = pattern.length;
	const namespaceLength = namespace.length;
	let lastWildcard = -1;
	let lastWildcardNamespace = -1;
	while (namespaceIndex < namespaceLength && patternIndex < patternLength) if (pattern[patternIndex] === "*") {
		lastWildcard = patternIndex;
		patternIndex++;
		if (patternIndex === patternLength) return true;
		while (namespace[namespaceIndex] !== pattern[patternIndex]) {
			namespaceIndex++;
			if (namespaceIndex === namespaceLength) return false;
		}
		lastWildcardNamespace = namespaceIndex;
		namespaceIndex++;
		patternIndex++;
		continue;
	} else if (pattern[patternIndex] === namespace[namespaceIndex]) {
		patternIndex++;
		namespaceIndex++;
	} else if (lastWildcard >= 0) {
		patternIndex = lastWildcard + 1;
		namespaceIndex = lastWildcardNamespace + 1;
		if (namespaceIndex === namespaceLength) return false;
		while (namespace[namespaceIndex] !== pattern[patternIndex]) {
			namespaceIndex++;
			if (namespaceIndex === namespaceLength) return false;
		}
		lastWildcardNamespace = namespaceIndex;
		namespaceIndex++;
		patternIndex++;
		continue;
	} else return false;
	const namespaceDone = namespaceIndex === namespace.length;
	const patternDone = patternIndex === pattern.length;
	const trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
	return namespaceDone && (patternDone || trailingWildCard);
}
function disable() {
	const result = enabledString || "";
	enable("");
	return result;
}
function createDebugger(namespace) {
	const newDebugger = Object.assign(debug, {
		enabled: enabled(namespace),
		destroy,
		log: debugObj.log,
		namespace,
		extend
	});
	function debug(...args) {
		if (!newDebugger.enabled) return;
		if (args.length > 0) args[0] = `${namespace} ${args[0]}`;
		newDebugger.log(...args);
	}
	debuggers.push(newDebugger);
	return newDebugger;
}
function destroy() {
	const index = debuggers.indexOf(this);
	if (index >= 0) {
		debuggers.splice(index, 1);
		return true;
	}
	return false;
}
function extend(namespace) {
	const newDebugger = createDebugger(`${this.namespace}:${namespace}`);
	newDebugger.log = this.log;
	return newDebugger;
}
var debugEnvVariable, enabledString, enabledNamespaces, skippedNamespaces, debuggers, debugObj;
function init_debug() {
	return (init_debug = __esmMin((() => {
		init_log();
		init_env();
		debugEnvVariable = getEnvironmentVariable("DEBUG");
		enabledNamespaces = [];
		skippedNamespaces = [];
		debuggers = [];
		if (debugEnvVariable) enable(debugEnvVariable);
		debugObj = Object.assign((namespace) => {
			return createDebugger(namespace);
		}, {
			enable,
			enabled,
			disable,
			log
		});
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js
function patchLogMethod(parent, child) {
	child.log = (...args) => {
		parent.log(...args);
	};
}
function isTypeSpecRuntimeLogLevel(level) {
	return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
}
/**
* Creates a logger context base on the provided options.
* @param options - The options for creating a logger context.
* @returns The logger context.
*/
function createLoggerContext(options) {
	const registeredLoggers = /* @__PURE__ */ new Set();
	const logLevelFromEnv = getEnvironmentVariable(options.logLevelEnvVarName);
	let logLevel;
	const clientLogger = debugObj(options.namespace);
	clientLogger.log = (...args) => {
		debugObj.log(...args);
	};
	function contextSetLogLevel(level) {
		if (level && !isTypeSpecRuntimeLogLevel(level)) throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
		logLevel = level;
		const enabledNamespaces = [];
		for (const logger of registeredLoggers) if (shouldEnable(logger)) enabledNamespaces.push(logger.namespace);
		debugObj.enable(enabledNamespaces.join(","));
	}
	if (logLevelFromEnv) {
		if (isTypeSpecRuntimeLogLevel(logLevelFromEnv)) contextSetLogLevel(logLevelFromEnv);
		else console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`);
	}
	function shouldEnable(logger) {
		return Boolean(logLevel && levelMap[logger.level] <= levelMap[logLevel]);
	}
	function createLogger(parent, level) {
		const logger = Object.assign(parent.extend(level), { level });
		patchLogMethod(parent, logger);
		if (shouldEnable(logger)) {
			const enabledNamespaces = debugObj.disable();
			debugObj.enable(enabledNamespaces + "," + logger.namespace);
		}
		registeredLoggers.add(logger);
		return logger;
	}
	function contextGetLogLevel() {
		return logLevel;
	}
	function contextCreateClientLogger(namespace) {
		const clientRootLogger = clientLogger.extend(namespace);
		patchLogMethod(clientLogger, clientRootLogger);
		return {
			error: createLogger(clientRootLogger, "error"),
			warning: createLogger(clientRootLogger, "warning"),
			info: createLogger(clientRootLogger, "info"),
			verbose: createLogger(clientRootLogger, "verbose")
		};
	}
	return {
		setLogLevel: contextSetLogLevel,
		getLogLevel: contextGetLogLevel,
		createClientLogger: contextCreateClientLogger,
		logger: clientLogger
	};
}
/**
* Creates a logger for use by the SDKs that inherits from `TypeSpecRuntimeLogger`.
* @param namespace - The name of the SDK package.
* @hidden
*/
function createClientLogger(namespace) {
	return context.createClientLogger(namespace);
}
var TYPESPEC_RUNTIME_LOG_LEVELS, levelMap, context;
function init_logger() {
	return (init_logger = __esmMin((() => {
		init_debug();
		init_env();
		TYPESPEC_RUNTIME_LOG_LEVELS = [
			"verbose",
			"info",
			"warning",
			"error"
		];
		levelMap = {
			verbose: 400,
			info: 300,
			warning: 200,
			error: 100
		};
		context = createLoggerContext({
			logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
			namespace: "typeSpecRuntime"
		});
		context.logger;
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
function normalizeName(name) {
	return name.toLowerCase();
}
/**
* Removes CR and LF characters from a header value to prevent obs-fold
* (line folding) sequences, as forbidden by RFC 7230 §3.2.4.
* @param value - The header value to sanitize.
*/
function normalizeValue(value) {
	return String(value).trim().replace(/[\r\n]/g, "");
}
function* headerIterator(map) {
	for (const entry of map.values()) yield [entry.name, entry.value];
}
/**
* Creates an object that satisfies the `HttpHeaders` interface.
* @param rawHeaders - A simple object representing initial headers
*/
function createHttpHeaders(rawHeaders) {
	return new HttpHeadersImpl(rawHeaders);
}
var HttpHeadersImpl;
function init_httpHeaders() {
	return (init_httpHeaders = __esmMin((() => {
		HttpHeadersImpl = class {
			_headersMap;
			constructor(rawHeaders) {
				this._headersMap = /* @__PURE__ */ new Map();
				if (rawHeaders) for (const headerName of Object.keys(rawHeaders)) this.set(headerName, rawHeaders[headerName]);
			}
			/**
			* Set a header in this collection with the provided name and value. The name is
			* case-insensitive.
			* @param name - The name of the header to set. This value is case-insensitive.
			* @param value - The value of the header to set.
			*/
			set(name, value) {
				this._headersMap.set(normalizeName(name), {
					name,
					value: normalizeValue(value)
				});
			}
			/**
			* Get the header value for the provided header name, or undefined if no header exists in this
			* collection with the provided name.
			* @param name - The name of the header. This value is case-insensitive.
			*/
			get(name) {
				return this._headersMap.get(normalizeName(name))?.value;
			}
			/**
			* Get whether or not this header collection contains a header entry for the provided header name.
			* @param name - The name of the header to set. This value is case-insensitive.
			*/
			has(name) {
				return this._headersMap.has(normalizeName(name));
			}
			/**
			* Remove the header with the provided headerName.
			* @param name - The name of the header to remove.
			*/
			delete(name) {
				this._headersMap.delete(normalizeName(name));
			}
			/**
			* Get the JSON object representation of this HTTP header collection.
			*/
			toJSON(options = {}) {
				const result = {};
				if (options.preserveCase) for (const entry of this._headersMap.values()) result[entry.name] = entry.value;
				else for (const [normalizedName, entry] of this._headersMap) result[normalizedName] = entry.value;
				return result;
			}
			/**
			* Get the string representation of this HTTP header collection.
			*/
			toString() {
				return JSON.stringify(this.toJSON({ preserveCase: true }));
			}
			/**
			* Iterate over tuples of header [name, value] pairs.
			*/
			[Symbol.iterator]() {
				return headerIterator(this._headersMap);
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
/**
* Generated Universally Unique Identifier
*
* @returns RFC4122 v4 UUID.
*/
function randomUUID() {
	return crypto.randomUUID();
}
function init_uuidUtils() {
	return (init_uuidUtils = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/pipelineRequest.js
/**
* Creates a new pipeline request with the given options.
* This method is to allow for the easy setting of default values and not required.
* @param options - The options to create the request with.
*/
function createPipelineRequest(options) {
	return new PipelineRequestImpl(options);
}
var PipelineRequestImpl;
function init_pipelineRequest() {
	return (init_pipelineRequest = __esmMin((() => {
		init_httpHeaders();
		PipelineRequestImpl = class {
			url;
			method;
			headers;
			timeout;
			withCredentials;
			body;
			multipartBody;
			formData;
			streamResponseStatusCodes;
			enableBrowserStreams;
			proxySettings;
			disableKeepAlive;
			abortSignal;
			requestId;
			allowInsecureConnection;
			onUploadProgress;
			onDownloadProgress;
			requestOverrides;
			authSchemes;
			constructor(options) {
				this.url = options.url;
				this.body = options.body;
				this.headers = options.headers ?? createHttpHeaders();
				this.method = options.method ?? "GET";
				this.timeout = options.timeout ?? 0;
				this.multipartBody = options.multipartBody;
				this.formData = options.formData;
				this.disableKeepAlive = options.disableKeepAlive ?? false;
				this.proxySettings = options.proxySettings;
				this.streamResponseStatusCodes = options.streamResponseStatusCodes;
				this.withCredentials = options.withCredentials ?? false;
				this.abortSignal = options.abortSignal;
				this.onUploadProgress = options.onUploadProgress;
				this.onDownloadProgress = options.onDownloadProgress;
				this.requestId = options.requestId || randomUUID();
				this.allowInsecureConnection = options.allowInsecureConnection ?? false;
				this.enableBrowserStreams = options.enableBrowserStreams ?? false;
				this.requestOverrides = options.requestOverrides;
				this.authSchemes = options.authSchemes;
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/pipeline.js
/**
* Creates a totally empty pipeline.
* Useful for testing or creating a custom one.
*/
function createEmptyPipeline() {
	return HttpPipeline.create();
}
var ValidPhaseNames, HttpPipeline;
function init_pipeline() {
	return (init_pipeline = __esmMin((() => {
		ValidPhaseNames = /* @__PURE__ */ new Set([
			"Deserialize",
			"Serialize",
			"Retry",
			"Sign"
		]);
		HttpPipeline = class HttpPipeline {
			_policies = [];
			_orderedPolicies;
			constructor(policies) {
				this._policies = policies?.slice(0) ?? [];
				this._orderedPolicies = void 0;
			}
			addPolicy(policy, options = {}) {
				if (options.phase && options.afterPhase) throw new Error("Policies inside a phase cannot specify afterPhase.");
				if (options.phase && !ValidPhaseNames.has(options.phase)) throw new Error(`Invalid phase name: ${options.phase}`);
				if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase)) throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
				this._policies.push({
					policy,
					options
				});
				this._orderedPolicies = void 0;
			}
			removePolicy(options) {
				const removedPolicies = [];
				this._policies = this._policies.filter((policyDescriptor) => {
					if (options.name && policyDescriptor.policy.name === options.name || options.phase && policyDescriptor.options.phase === options.phase) {
						removedPolicies.push(policyDescriptor.policy);
						return false;
					} else return true;
				});
				this._orderedPolicies = void 0;
				return removedPolicies;
			}
			sendRequest(httpClient, request) {
				return this.getOrderedPolicies().reduceRight((next, policy) => {
					return (req) => {
						return policy.sendRequest(req, next);
					};
				}, (req) => httpClient.sendRequest(req))(request);
			}
			getOrderedPolicies() {
				if (!this._orderedPolicies) this._orderedPolicies = this.orderPolicies();
				return this._orderedPolicies;
			}
			clone() {
				return new HttpPipeline(this._policies);
			}
			static create() {
				return new HttpPipeline();
			}
			orderPolicies() {
				/**
				* The goal of this method is to reliably order pipeline policies
				* based on their declared requirements when they were added.
				*
				* Order is first determined by phase:
				*
				* 1. Serialize Phase
				* 2. Policies not in a phase
				* 3. Deserialize Phase
				* 4. Retry Phase
				* 5. Sign Phase
				*
				* Within each phase, policies are executed in the order
				* they were added unless they were specified to execute
				* before/after other policies or after a particular phase.
				*
				* To determine the final order, we will walk the policy list
				* in phase order multiple times until all dependencies are
				* satisfied.
				*
				* `afterPolicies` are the set of policies that must be
				* executed before a given policy. This requirement is
				* considered satisfied when each of the listed policies
				* have been scheduled.
				*
				* `beforePolicies` are the set of policies that must be
				* executed after a given policy. Since this dependency
				* can be expressed by converting it into a equivalent
				* `afterPolicies` declarations, they are normalized
				* into that form for simplicity.
				*
				* An `afterPhase` dependency is considered satisfied when all
				* policies in that phase have scheduled.
				*
				*/
				const result = [];
				const policyMap = /* @__PURE__ */ new Map();
				function createPhase(name) {
					return {
						name,
						policies: /* @__PURE__ */ new Set(),
						hasRun: false,
						hasAfterPolicies: false
					};
				}
				const serializePhase = createPhase("Serialize");
				const noPhase = createPhase("None");
				const deserializePhase = createPhase("Deserialize");
				const retryPhase = createPhase("Retry");
				const signPhase = createPhase("Sign");
				const orderedPhases = [
					serializePhase,
					noPhase,
					deserializePhase,
					retryPhase,
					signPhase
				];
				function getPhase(phase) {
					if (phase === "Retry") return retryPhase;
					else if (phase === "Serialize") return serializePhase;
					else if (phase === "Deserialize") return deserializePhase;
					else if (phase === "Sign") return signPhase;
					else return noPhase;
				}
				for (const descriptor of this._policies) {
					const policy = descriptor.policy;
					const options = descriptor.options;
					const policyName = policy.name;
					if (policyMap.has(policyName)) throw new Error("Duplicate policy names not allowed in pipeline");
					const node = {
						policy,
						dependsOn: /* @__PURE__ */ new Set(),
						dependants: /* @__PURE__ */ new Set()
					};
					if (options.afterPhase) {
						node.afterPhase = getPhase(options.afterPhase);
						node.afterPhase.hasAfterPolicies = true;
					}
					policyMap.set(policyName, node);
					getPhase(options.phase).policies.add(node);
				}
				for (const descriptor of this._policies) {
					const { policy, options } = descriptor;
					const policyName = policy.name;
					const node = policyMap.get(policyName);
					if (!node) throw new Error(`Missing node for policy ${policyName}`);
					if (options.afterPolicies) for (const afterPolicyName of options.afterPolicies) {
						const afterNode = policyMap.get(afterPolicyName);
						if (afterNode) {
							node.dependsOn.add(afterNode);
							afterNode.dependants.add(node);
						}
					}
					if (options.beforePolicies) for (const beforePolicyName of options.beforePolicies) {
						const beforeNode = policyMap.get(beforePolicyName);
						if (beforeNode) {
							beforeNode.dependsOn.add(node);
							node.dependants.add(beforeNode);
						}
					}
				}
				function walkPhase(phase) {
					phase.hasRun = true;
					for (const node of phase.policies) {
						if (node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) continue;
						if (node.dependsOn.size === 0) {
							result.push(node.policy);
							for (const dependant of node.dependants) dependant.dependsOn.delete(node);
							policyMap.delete(node.policy.name);
							phase.policies.delete(node);
						}
					}
				}
				function walkPhases() {
					for (const phase of orderedPhases) {
						walkPhase(phase);
						if (phase.policies.size > 0 && phase !== noPhase) {
							if (!noPhase.hasRun) walkPhase(noPhase);
							return;
						}
						if (phase.hasAfterPolicies) walkPhase(noPhase);
					}
				}
				let iteration = 0;
				while (policyMap.size > 0) {
					iteration++;
					const initialResultLength = result.length;
					walkPhases();
					if (result.length <= initialResultLength && iteration > 1) throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
				}
				return result;
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/object.js
/**
* Helper to determine when an input is a generic JS object.
* @returns true when input is an object type that is not null, Array, RegExp, or Date.
*/
function isObject(input) {
	return typeof input === "object" && input !== null && !Array.isArray(input) && !(input instanceof RegExp) && !(input instanceof Date);
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
/**
* Typeguard for an error object shape (has name and message)
* @param e - Something caught by a catch clause.
*/
function isError(e) {
	if (isObject(e)) {
		const hasName = typeof e.name === "string";
		const hasMessage = typeof e.message === "string";
		return hasName && hasMessage;
	}
	return false;
}
function init_error() {
	return (init_error = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/inspect.js
var custom;
function init_inspect() {
	return (init_inspect = __esmMin((() => {
		custom = inspect.custom;
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var RedactedString, defaultAllowedHeaderNames, defaultAllowedQueryParameters, Sanitizer;
function init_sanitizer() {
	return (init_sanitizer = __esmMin((() => {
		RedactedString = "REDACTED";
		defaultAllowedHeaderNames = [
			"x-ms-client-request-id",
			"x-ms-return-client-request-id",
			"x-ms-useragent",
			"x-ms-correlation-request-id",
			"x-ms-request-id",
			"client-request-id",
			"ms-cv",
			"return-client-request-id",
			"traceparent",
			"Access-Control-Allow-Credentials",
			"Access-Control-Allow-Headers",
			"Access-Control-Allow-Methods",
			"Access-Control-Allow-Origin",
			"Access-Control-Expose-Headers",
			"Access-Control-Max-Age",
			"Access-Control-Request-Headers",
			"Access-Control-Request-Method",
			"Origin",
			"Accept",
			"Accept-Encoding",
			"Cache-Control",
			"Connection",
			"Content-Length",
			"Content-Type",
			"Date",
			"ETag",
			"Expires",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Unmodified-Since",
			"Last-Modified",
			"Pragma",
			"Request-Id",
			"Retry-After",
			"Server",
			"Transfer-Encoding",
			"User-Agent",
			"WWW-Authenticate"
		];
		defaultAllowedQueryParameters = ["api-version"];
		Sanitizer = class {
			allowedHeaderNames;
			allowedQueryParameters;
			constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [] } = {}) {
				allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames);
				allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters);
				this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase()));
				this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
			}
			/**
			* Sanitizes an object for logging.
			* @param obj - The object to sanitize
			* @returns - The sanitized object as a string
			*/
			sanitize(obj) {
				const seen = /* @__PURE__ */ new Set();
				return JSON.stringify(obj, (key, value) => {
					if (value instanceof Error) return {
						...value,
						name: value.name,
						message: value.message
					};
					if (key === "headers" && isObject(value)) return this.sanitizeHeaders(value);
					else if (key === "url" && typeof value === "string") return this.sanitizeUrl(value);
					else if (key === "query" && isObject(value)) return this.sanitizeQuery(value);
					else if (key === "body") return;
					else if (key === "response") return;
					else if (key === "operationSpec") return;
					else if (Array.isArray(value) || isObject(value)) {
						if (seen.has(value)) return "[Circular]";
						seen.add(value);
					}
					return value;
				}, 2);
			}
			/**
			* Sanitizes a URL for logging.
			* @param value - The URL to sanitize
			* @returns - The sanitized URL as a string
			*/
			sanitizeUrl(value) {
				if (typeof value !== "string" || value === null || value === "") return value;
				const url = new URL(value);
				if (!url.search) return value;
				for (const [key] of url.searchParams) if (!this.allowedQueryParameters.has(key.toLowerCase())) url.searchParams.set(key, RedactedString);
				return url.toString();
			}
			sanitizeHeaders(obj) {
				const sanitized = {};
				for (const key of Object.keys(obj)) if (this.allowedHeaderNames.has(key.toLowerCase())) sanitized[key] = obj[key];
				else sanitized[key] = RedactedString;
				return sanitized;
			}
			sanitizeQuery(value) {
				if (typeof value !== "object" || value === null) return value;
				const sanitized = {};
				for (const k of Object.keys(value)) if (this.allowedQueryParameters.has(k.toLowerCase())) sanitized[k] = value[k];
				else sanitized[k] = RedactedString;
				return sanitized;
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/restError.js
/**
* Typeguard for RestError
* @param e - Something caught by a catch clause.
*/
function isRestError(e) {
	if (e instanceof RestError) return true;
	return isError(e) && e.name === "RestError";
}
var errorSanitizer, RestError;
function init_restError() {
	return (init_restError = __esmMin((() => {
		init_error();
		init_inspect();
		init_sanitizer();
		errorSanitizer = new Sanitizer();
		RestError = class RestError extends Error {
			/**
			* Something went wrong when making the request.
			* This means the actual request failed for some reason,
			* such as a DNS issue or the connection being lost.
			*/
			static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
			/**
			* This means that parsing the response from the server failed.
			* It may have been malformed.
			*/
			static PARSE_ERROR = "PARSE_ERROR";
			/**
			* The code of the error itself (use statics on RestError if possible.)
			*/
			code;
			/**
			* The HTTP status code of the request (if applicable.)
			*/
			statusCode;
			/**
			* The request that was made.
			* This property is non-enumerable.
			*/
			request;
			/**
			* The response received (if any.)
			* This property is non-enumerable.
			*/
			response;
			/**
			* Bonus property set by the throw site.
			*/
			details;
			constructor(message, options = {}) {
				super(message);
				this.name = "RestError";
				this.code = options.code;
				this.statusCode = options.statusCode;
				Object.defineProperty(this, "request", {
					value: options.request,
					enumerable: false
				});
				Object.defineProperty(this, "response", {
					value: options.response,
					enumerable: false
				});
				const agent = this.request?.agent ? {
					maxFreeSockets: this.request.agent.maxFreeSockets,
					maxSockets: this.request.agent.maxSockets
				} : void 0;
				Object.defineProperty(this, custom, {
					value: () => {
						return `RestError: ${this.message} \n ${errorSanitizer.sanitize({
							...this,
							request: {
								...this.request,
								agent
							},
							response: this.response
						})}`;
					},
					enumerable: false
				});
				Object.setPrototypeOf(this, RestError.prototype);
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
/**
* The helper that transforms bytes with specific character encoding into string
* @param bytes - the uint8array bytes
* @param format - the format we use to encode the byte
* @returns a string of the encoded string
*/
function uint8ArrayToString(bytes, format) {
	return Buffer.from(bytes).toString(format);
}
/**
* The helper that transforms string to specific character encoded bytes array.
* @param value - the string to be converted
* @param format - the format we use to decode the value
* @returns a uint8array
*/
function stringToUint8Array(value, format) {
	return Buffer.from(value, format);
}
function init_bytesEncoding() {
	return (init_bytesEncoding = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/log.js
var logger;
function init_log$1() {
	return (init_log$1 = __esmMin((() => {
		init_logger();
		logger = createClientLogger("ts-http-runtime");
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
function isReadableStream(body) {
	return body && typeof body.pipe === "function";
}
function isStreamComplete(stream) {
	if (stream.readable === false) return Promise.resolve();
	return new Promise((resolve) => {
		const handler = () => {
			resolve();
			stream.removeListener("close", handler);
			stream.removeListener("end", handler);
			stream.removeListener("error", handler);
		};
		stream.on("close", handler);
		stream.on("end", handler);
		stream.on("error", handler);
	});
}
function isArrayBuffer(body) {
	return body && typeof body.byteLength === "number";
}
function getResponseHeaders(res) {
	const headers = createHttpHeaders();
	for (const header of Object.keys(res.headers)) {
		const value = res.headers[header];
		if (Array.isArray(value)) {
			if (value.length > 0) headers.set(header, value[0]);
		} else if (value) headers.set(header, value);
	}
	return headers;
}
function getDecodedResponseStream(stream, headers) {
	const contentEncoding = headers.get("Content-Encoding");
	if (contentEncoding === "gzip") {
		const unzip = zlib.createGunzip();
		stream.pipe(unzip);
		return unzip;
	} else if (contentEncoding === "deflate") {
		const inflate = zlib.createInflate();
		stream.pipe(inflate);
		return inflate;
	}
	return stream;
}
function streamToText(stream) {
	return new Promise((resolve, reject) => {
		const buffer = [];
		stream.on("data", (chunk) => {
			if (Buffer.isBuffer(chunk)) buffer.push(chunk);
			else buffer.push(Buffer.from(chunk));
		});
		stream.on("end", () => {
			resolve(Buffer.concat(buffer).toString("utf8"));
		});
		stream.on("error", (e) => {
			if (e && e?.name === "AbortError") reject(e);
			else reject(new RestError(`Error reading response as text: ${e.message}`, { code: RestError.PARSE_ERROR }));
		});
	});
}
/** @internal */
function getBodyLength(body) {
	if (!body) return 0;
	else if (Buffer.isBuffer(body)) return body.length;
	else if (isReadableStream(body)) return null;
	else if (isArrayBuffer(body)) return body.byteLength;
	else if (typeof body === "string") return Buffer.from(body).length;
	else return null;
}
/**
* Create a new HttpClient instance for the NodeJS environment.
* @internal
*/
function createNodeHttpClient() {
	return new NodeHttpClient();
}
var DEFAULT_TLS_SETTINGS, ReportTransform, NodeHttpClient;
function init_nodeHttpClient() {
	return (init_nodeHttpClient = __esmMin((() => {
		init_AbortError();
		init_httpHeaders();
		init_restError();
		init_log$1();
		init_sanitizer();
		DEFAULT_TLS_SETTINGS = {};
		ReportTransform = class extends Transform {
			loadedBytes = 0;
			progressCallback;
			_transform(chunk, _encoding, callback) {
				this.push(chunk);
				this.loadedBytes += chunk.length;
				try {
					this.progressCallback({ loadedBytes: this.loadedBytes });
					callback();
				} catch (e) {
					callback(e);
				}
			}
			constructor(progressCallback) {
				super();
				this.progressCallback = progressCallback;
			}
		};
		NodeHttpClient = class {
			cachedHttpAgent;
			cachedHttpsAgents = /* @__PURE__ */ new WeakMap();
			/**
			* Makes a request over an underlying transport layer and returns the response.
			* @param request - The request to be made.
			*/
			async sendRequest(request) {
				const abortController = new AbortController();
				let abortListener;
				if (request.abortSignal) {
					if (request.abortSignal.aborted) throw new AbortError("The operation was aborted. Request has already been canceled.");
					abortListener = (event) => {
						if (event.type === "abort") abortController.abort();
					};
					request.abortSignal.addEventListener("abort", abortListener);
				}
				let timeoutId;
				if (request.timeout > 0) timeoutId = setTimeout(() => {
					const sanitizer = new Sanitizer();
					logger.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`);
					abortController.abort();
				}, request.timeout);
				const acceptEncoding = request.headers.get("Accept-Encoding");
				const shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate");
				let body = typeof request.body === "function" ? request.body() : request.body;
				if (body && !request.headers.has("Content-Length")) {
					const bodyLength = getBodyLength(body);
					if (bodyLength !== null) request.headers.set("Content-Length", bodyLength);
				}
				let responseStream;
				try {
					if (body && request.onUploadProgress) {
						const onUploadProgress = request.onUploadProgress;
						const uploadReportStream = new ReportTransform(onUploadProgress);
						uploadReportStream.on("error", (e) => {
							logger.error("Error in upload progress", e);
						});
						if (isReadableStream(body)) body.pipe(uploadReportStream);
						else uploadReportStream.end(body);
						body = uploadReportStream;
					}
					const res = await this.makeRequest(request, abortController, body);
					if (timeoutId !== void 0) clearTimeout(timeoutId);
					const headers = getResponseHeaders(res);
					const response = {
						status: res.statusCode ?? 0,
						headers,
						request
					};
					if (request.method === "HEAD") {
						res.resume();
						return response;
					}
					responseStream = shouldDecompress ? getDecodedResponseStream(res, headers) : res;
					const onDownloadProgress = request.onDownloadProgress;
					if (onDownloadProgress) {
						const downloadReportStream = new ReportTransform(onDownloadProgress);
						downloadReportStream.on("error", (e) => {
							logger.error("Error in download progress", e);
						});
						responseStream.pipe(downloadReportStream);
						responseStream = downloadReportStream;
					}
					if (request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) || request.streamResponseStatusCodes?.has(response.status)) response.readableStreamBody = responseStream;
					else response.bodyAsText = await streamToText(responseStream);
					return response;
				} finally {
					if (request.abortSignal && abortListener) {
						let uploadStreamDone = Promise.resolve();
						if (isReadableStream(body)) uploadStreamDone = isStreamComplete(body);
						let downloadStreamDone = Promise.resolve();
						if (isReadableStream(responseStream)) downloadStreamDone = isStreamComplete(responseStream);
						Promise.all([uploadStreamDone, downloadStreamDone]).then(() => {
							if (abortListener) request.abortSignal?.removeEventListener("abort", abortListener);
						}).catch((e) => {
							logger.warning("Error when cleaning up abortListener on httpRequest", e);
						});
					}
				}
			}
			makeRequest(request, abortController, body) {
				const url = new URL(request.url);
				const isInsecure = url.protocol !== "https:";
				if (isInsecure && !request.allowInsecureConnection) throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
				const options = {
					agent: request.agent ?? this.getOrCreateAgent(request, isInsecure),
					hostname: url.hostname,
					path: `${url.pathname}${url.search}`,
					port: url.port,
					method: request.method,
					headers: request.headers.toJSON({ preserveCase: true }),
					...request.requestOverrides
				};
				return new Promise((resolve, reject) => {
					const req = isInsecure ? http.request(options, resolve) : https.request(options, resolve);
					req.once("error", (err) => {
						reject(new RestError(err.message, {
							code: err.code ?? RestError.REQUEST_SEND_ERROR,
							request
						}));
					});
					abortController.signal.addEventListener("abort", () => {
						const abortError = new AbortError("The operation was aborted. Rejecting from abort signal callback while making request.");
						req.destroy(abortError);
						reject(abortError);
					});
					if (body && isReadableStream(body)) body.pipe(req);
					else if (body) {
						if (typeof body === "string" || Buffer.isBuffer(body)) req.end(body);
						else if (isArrayBuffer(body)) req.end(ArrayBuffer.isView(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : Buffer.from(body));
						else {
							logger.error("Unrecognized body type", body);
							reject(new RestError("Unrecognized body type"));
						}
					} else req.end();
				});
			}
			getOrCreateAgent(request, isInsecure) {
				const disableKeepAlive = request.disableKeepAlive;
				if (isInsecure) {
					if (disableKeepAlive) return http.globalAgent;
					if (!this.cachedHttpAgent) this.cachedHttpAgent = new http.Agent({ keepAlive: true });
					return this.cachedHttpAgent;
				} else {
					if (disableKeepAlive && !request.tlsSettings) return https.globalAgent;
					const tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS;
					let agent = this.cachedHttpsAgents.get(tlsSettings);
					if (agent && agent.options.keepAlive === !disableKeepAlive) return agent;
					logger.info("No cached TLS Agent exist, creating a new Agent");
					agent = new https.Agent({
						keepAlive: !disableKeepAlive,
						...tlsSettings
					});
					this.cachedHttpsAgents.set(tlsSettings, agent);
					return agent;
				}
			}
		};
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/defaultHttpClient.js
/**
* Create the correct HttpClient for the current environment.
*/
function createDefaultHttpClient() {
	return createNodeHttpClient();
}
function init_defaultHttpClient() {
	return (init_defaultHttpClient = __esmMin((() => {
		init_nodeHttpClient();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
/**
* A policy that logs all requests and responses.
* @param options - Options to configure logPolicy.
*/
function logPolicy(options = {}) {
	const logger$1 = options.logger ?? logger.info;
	const sanitizer = new Sanitizer({
		additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
		additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
	});
	return {
		name: logPolicyName,
		async sendRequest(request, next) {
			if (!logger$1.enabled) return next(request);
			logger$1(`Request: ${sanitizer.sanitize(request)}`);
			const response = await next(request);
			logger$1(`Response status code: ${response.status}`);
			logger$1(`Headers: ${sanitizer.sanitize(response.headers)}`);
			return response;
		}
	};
}
var logPolicyName;
function init_logPolicy() {
	return (init_logPolicy = __esmMin((() => {
		init_log$1();
		init_sanitizer();
		logPolicyName = "logPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
/**
* @internal
*/
function getHeaderName() {
	return "User-Agent";
}
function init_userAgentPlatform() {
	return (init_userAgentPlatform = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/constants.js
function init_constants() {
	return (init_constants = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
/**
* @internal
*/
function getUserAgentHeaderName() {
	return getHeaderName();
}
function init_userAgent() {
	return (init_userAgent = __esmMin((() => {
		init_userAgentPlatform();
		init_constants();
	})))();
}
function init_userAgentPolicy() {
	return (init_userAgentPolicy = __esmMin((() => {
		init_userAgent();
		getUserAgentHeaderName();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/random.js
/**
* Returns a random integer value between a lower and upper bound,
* inclusive of both bounds.
* Note that this uses Math.random and isn't secure. If you need to use
* this for any kind of security purpose, find a better source of random.
* @param min - The smallest integer value allowed.
* @param max - The largest integer value allowed.
*/
function getRandomIntegerInclusive(min, max) {
	min = Math.ceil(min);
	max = Math.floor(max);
	return Math.floor(Math.random() * (max - min + 1)) + min;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js
/**
* Calculates the delay interval for retry attempts using exponential delay with jitter.
* @param retryAttempt - The current retry attempt number.
* @param config - The exponential retry configuration.
* @returns An object containing the calculated retry delay.
*/
function calculateRetryDelay(retryAttempt, config) {
	const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
	const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
	return { retryAfterInMs: clampedDelay / 2 + getRandomIntegerInclusive(0, clampedDelay / 2) };
}
function init_delay() {
	return (init_delay = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/helpers.js
/**
* A wrapper for setTimeout that resolves a promise after delayInMs milliseconds.
* @param delayInMs - The number of milliseconds to be delayed.
* @param value - The value to be resolved with after a timeout of t milliseconds.
* @param options - The options for delay - currently abort options
*                  - abortSignal - The abortSignal associated with containing operation.
*                  - abortErrorMsg - The abort error message associated with containing operation.
* @returns Resolved promise
*/
function delay(delayInMs, value, options) {
	return new Promise((resolve, reject) => {
		let timer = void 0;
		let onAborted = void 0;
		const rejectOnAbort = () => {
			return reject(new AbortError(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage));
		};
		const removeListeners = () => {
			if (options?.abortSignal && onAborted) options.abortSignal.removeEventListener("abort", onAborted);
		};
		onAborted = () => {
			if (timer) clearTimeout(timer);
			removeListeners();
			return rejectOnAbort();
		};
		if (options?.abortSignal && options.abortSignal.aborted) return rejectOnAbort();
		timer = setTimeout(() => {
			removeListeners();
			resolve(value);
		}, delayInMs);
		if (options?.abortSignal) options.abortSignal.addEventListener("abort", onAborted);
	});
}
/**
* @internal
* @returns the parsed value or undefined if the parsed value is invalid.
*/
function parseHeaderValueAsNumber(response, headerName) {
	const value = response.headers.get(headerName);
	if (!value) return;
	const valueAsNum = Number(value);
	if (Number.isNaN(valueAsNum)) return;
	return valueAsNum;
}
var StandardAbortMessage;
function init_helpers() {
	return (init_helpers = __esmMin((() => {
		init_AbortError();
		StandardAbortMessage = "The operation was aborted.";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/throttlingRetryStrategy.js
/**
* A response is a throttling retry response if it has a throttling status code (429 or 503),
* as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
*
* Returns the `retryAfterInMs` value if the response is a throttling retry response.
* If not throttling retry response, returns `undefined`.
*
* @internal
*/
function getRetryAfterInMs(response) {
	if (!(response && [429, 503].includes(response.status))) return void 0;
	try {
		for (const header of AllRetryAfterHeaders) {
			const retryAfterValue = parseHeaderValueAsNumber(response, header);
			if (retryAfterValue === 0 || retryAfterValue) return retryAfterValue * (header === RetryAfterHeader ? 1e3 : 1);
		}
		const retryAfterHeader = response.headers.get(RetryAfterHeader);
		if (!retryAfterHeader) return;
		const diff = Date.parse(retryAfterHeader) - Date.now();
		return Number.isFinite(diff) ? Math.max(0, diff) : void 0;
	} catch {
		return;
	}
}
/**
* A response is a retry response if it has a throttling status code (429 or 503),
* as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
*/
function isThrottlingRetryResponse(response) {
	return Number.isFinite(getRetryAfterInMs(response));
}
function throttlingRetryStrategy() {
	return {
		name: "throttlingRetryStrategy",
		retry({ response }) {
			const retryAfterInMs = getRetryAfterInMs(response);
			if (!Number.isFinite(retryAfterInMs)) return { skipStrategy: true };
			return { retryAfterInMs };
		}
	};
}
var RetryAfterHeader, AllRetryAfterHeaders;
function init_throttlingRetryStrategy() {
	return (init_throttlingRetryStrategy = __esmMin((() => {
		init_helpers();
		RetryAfterHeader = "Retry-After";
		AllRetryAfterHeaders = [
			"retry-after-ms",
			"x-ms-retry-after-ms",
			RetryAfterHeader
		];
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/exponentialRetryStrategy.js
/**
* A retry strategy that retries with an exponentially increasing delay in these two cases:
* - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
* - Or otherwise if the outgoing request fails (408, greater or equal than 500, except for 501 and 505).
*/
function exponentialRetryStrategy(options = {}) {
	const retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL;
	const maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
	return {
		name: "exponentialRetryStrategy",
		retry({ retryCount, response, responseError }) {
			const matchedSystemError = isSystemError(responseError);
			const ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors;
			const isExponential = isExponentialRetryResponse(response);
			const ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
			if (response && (isThrottlingRetryResponse(response) || !isExponential) || ignoreExponentialResponse || ignoreSystemErrors) return { skipStrategy: true };
			if (responseError && !matchedSystemError && !isExponential) return { errorToThrow: responseError };
			return calculateRetryDelay(retryCount, {
				retryDelayInMs: retryInterval,
				maxRetryDelayInMs: maxRetryInterval
			});
		}
	};
}
/**
* A response is a retry response if it has status codes:
* - 408, or
* - Greater or equal than 500, except for 501 and 505.
*/
function isExponentialRetryResponse(response) {
	return Boolean(response && response.status !== void 0 && (response.status >= 500 || response.status === 408) && response.status !== 501 && response.status !== 505);
}
/**
* Determines whether an error from a pipeline response was triggered in the network layer.
*/
function isSystemError(err) {
	if (!err) return false;
	return err.code === "ETIMEDOUT" || err.code === "ESOCKETTIMEDOUT" || err.code === "ECONNREFUSED" || err.code === "ECONNRESET" || err.code === "ENOENT" || err.code === "ENOTFOUND";
}
var DEFAULT_CLIENT_RETRY_INTERVAL, DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
function init_exponentialRetryStrategy() {
	return (init_exponentialRetryStrategy = __esmMin((() => {
		init_delay();
		init_throttlingRetryStrategy();
		DEFAULT_CLIENT_RETRY_INTERVAL = 1e3;
		DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 64e3;
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/retryPolicy.js
/**
* retryPolicy is a generic policy to enable retrying requests when certain conditions are met
*/
function retryPolicy(strategies, options = { maxRetries: 3 }) {
	const logger = options.logger || retryPolicyLogger;
	return {
		name: retryPolicyName,
		async sendRequest(request, next) {
			let response;
			let responseError;
			let retryCount = -1;
			retryRequest: while (true) {
				retryCount += 1;
				response = void 0;
				responseError = void 0;
				try {
					logger.info(`Retry ${retryCount}: Attempting to send request`, request.requestId);
					response = await next(request);
					logger.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
				} catch (e) {
					logger.error(`Retry ${retryCount}: Received an error from request`, request.requestId);
					if (!isRestError(e)) throw e;
					responseError = e;
					response = e.response;
				}
				if (request.abortSignal?.aborted) {
					logger.error(`Retry ${retryCount}: Request aborted.`);
					throw new AbortError();
				}
				if (retryCount >= (options.maxRetries ?? 3)) {
					logger.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`);
					if (responseError) throw responseError;
					else if (response) return response;
					else throw new Error("Maximum retries reached with no response or error to throw");
				}
				logger.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
				strategiesLoop: for (const strategy of strategies) {
					const strategyLogger = strategy.logger || logger;
					strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
					const modifiers = strategy.retry({
						retryCount,
						response,
						responseError
					});
					if (modifiers.skipStrategy) {
						strategyLogger.info(`Retry ${retryCount}: Skipped.`);
						continue strategiesLoop;
					}
					const { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
					if (errorToThrow) {
						strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow);
						throw errorToThrow;
					}
					if (retryAfterInMs || retryAfterInMs === 0) {
						strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`);
						await delay(retryAfterInMs, void 0, { abortSignal: request.abortSignal });
						continue retryRequest;
					}
					if (redirectTo) {
						strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`);
						request.url = redirectTo;
						continue retryRequest;
					}
				}
				if (responseError) {
					logger.info(`None of the retry strategies could work with the received error. Throwing it.`);
					throw responseError;
				}
				if (response) {
					logger.info(`None of the retry strategies could work with the received response. Returning it.`);
					return response;
				}
			}
		}
	};
}
var retryPolicyLogger, retryPolicyName;
function init_retryPolicy() {
	return (init_retryPolicy = __esmMin((() => {
		init_helpers();
		init_restError();
		init_AbortError();
		init_logger();
		init_constants();
		retryPolicyLogger = createClientLogger("ts-http-runtime retryPolicy");
		retryPolicyName = "retryPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
/**
* A policy that retries according to three strategies:
* - When the server sends a 429 response with a Retry-After header.
* - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
* - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
*/
function defaultRetryPolicy(options = {}) {
	return {
		name: defaultRetryPolicyName,
		sendRequest: retryPolicy([throttlingRetryStrategy(), exponentialRetryStrategy(options)], { maxRetries: options.maxRetries ?? 3 }).sendRequest
	};
}
var defaultRetryPolicyName;
function init_defaultRetryPolicy() {
	return (init_defaultRetryPolicy = __esmMin((() => {
		init_exponentialRetryStrategy();
		init_throttlingRetryStrategy();
		init_retryPolicy();
		init_constants();
		defaultRetryPolicyName = "defaultRetryPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/formData.js
/**
* If the request body is a native FormData, convert it to our FormDataMap
* representation and clear the body. Node.js's HTTP stack doesn't handle
* FormData natively, so the pipeline must serialize it later.
*
* @internal
*/
function convertBodyToFormDataMap(body) {
	if (typeof FormData !== "undefined" && body instanceof FormData) {
		const formDataMap = {};
		for (const [key, value] of body.entries()) {
			const existing = formDataMap[key];
			if (Array.isArray(existing)) existing.push(value);
			else formDataMap[key] = existing !== void 0 ? [existing, value] : [value];
		}
		return formDataMap;
	}
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js
/**
* A policy that encodes FormData on the request into the body.
*/
function formDataPolicy() {
	return {
		name: formDataPolicyName,
		async sendRequest(request, next) {
			const converted = convertBodyToFormDataMap(request.body);
			if (converted) {
				request.formData = converted;
				request.body = void 0;
			}
			if (request.formData) {
				const contentType = request.headers.get("Content-Type");
				if (contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1) request.body = wwwFormUrlEncode(request.formData);
				else await prepareFormData(request.formData, request);
				request.formData = void 0;
			}
			return next(request);
		}
	};
}
function wwwFormUrlEncode(formData) {
	const urlSearchParams = new URLSearchParams();
	for (const [key, value] of Object.entries(formData)) if (Array.isArray(value)) for (const subValue of value) urlSearchParams.append(key, subValue.toString());
	else urlSearchParams.append(key, value.toString());
	return urlSearchParams.toString();
}
async function prepareFormData(formData, request) {
	const contentType = request.headers.get("Content-Type");
	if (contentType && !contentType.startsWith("multipart/form-data")) return;
	request.headers.set("Content-Type", contentType ?? "multipart/form-data");
	const parts = [];
	for (const [fieldName, values] of Object.entries(formData)) for (const value of Array.isArray(values) ? values : [values]) if (typeof value === "string") parts.push({
		headers: createHttpHeaders({ "Content-Disposition": `form-data; name="${fieldName}"` }),
		body: stringToUint8Array(value, "utf-8")
	});
	else if (value === void 0 || value === null || typeof value !== "object") throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
	else {
		const fileName = value.name || "blob";
		const headers = createHttpHeaders();
		headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`);
		headers.set("Content-Type", value.type || "application/octet-stream");
		parts.push({
			headers,
			body: value
		});
	}
	request.multipartBody = { parts };
}
var formDataPolicyName;
function init_formDataPolicy() {
	return (init_formDataPolicy = __esmMin((() => {
		init_httpHeaders();
		formDataPolicyName = "formDataPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
/**
* Gets a pipeline policy that sets http.agent
*/
function agentPolicy(agent) {
	return {
		name: agentPolicyName,
		sendRequest: async (req, next) => {
			if (!req.agent) req.agent = agent;
			return next(req);
		}
	};
}
var agentPolicyName;
function init_agentPolicy() {
	return (init_agentPolicy = __esmMin((() => {
		agentPolicyName = "agentPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
/**
* Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
*/
function tlsPolicy(tlsSettings) {
	return {
		name: tlsPolicyName,
		sendRequest: async (req, next) => {
			if (!req.tlsSettings) req.tlsSettings = tlsSettings;
			return next(req);
		}
	};
}
var tlsPolicyName;
function init_tlsPolicy() {
	return (init_tlsPolicy = __esmMin((() => {
		tlsPolicyName = "tlsPolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
function getEnvironmentValue(name) {
	if (process.env[name]) return process.env[name];
	else if (process.env[name.toLowerCase()]) return process.env[name.toLowerCase()];
}
function loadEnvironmentProxyValue() {
	if (!process) return;
	const httpsProxy = getEnvironmentValue(HTTPS_PROXY);
	const allProxy = getEnvironmentValue(ALL_PROXY);
	const httpProxy = getEnvironmentValue(HTTP_PROXY);
	return httpsProxy || allProxy || httpProxy;
}
/**
* Check whether the host of a given `uri` matches any pattern in the no proxy list.
* If there's a match, any request sent to the same host shouldn't have the proxy settings set.
* This implementation is a port of https://github.com/Azure/azure-sdk-for-net/blob/8cca811371159e527159c7eb65602477898683e2/sdk/core/Azure.Core/src/Pipeline/Internal/HttpEnvironmentProxy.cs#L210
*/
function isBypassed(uri, noProxyList, bypassedMap) {
	if (noProxyList.length === 0) return false;
	const host = new URL(uri).hostname;
	if (bypassedMap?.has(host)) return bypassedMap.get(host);
	let isBypassedFlag = false;
	for (const pattern of noProxyList) if (pattern[0] === ".") {
		if (host.endsWith(pattern)) isBypassedFlag = true;
		else if (host.length === pattern.length - 1 && host === pattern.slice(1)) isBypassedFlag = true;
	} else if (host === pattern) isBypassedFlag = true;
	bypassedMap?.set(host, isBypassedFlag);
	return isBypassedFlag;
}
function loadNoProxy() {
	const noProxy = getEnvironmentValue(NO_PROXY);
	noProxyListLoaded = true;
	if (noProxy) return noProxy.split(",").map((item) => item.trim()).filter((item) => item.length);
	return [];
}
/**
* This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
* If no argument is given, it attempts to parse a proxy URL from the environment
* variables `HTTPS_PROXY` or `HTTP_PROXY`.
* @param proxyUrl - The url of the proxy to use. May contain authentication information.
* @deprecated - Internally this method is no longer necessary when setting proxy information.
*/
function getDefaultProxySettings(proxyUrl) {
	if (!proxyUrl) {
		proxyUrl = loadEnvironmentProxyValue();
		if (!proxyUrl) return;
	}
	const parsedUrl = new URL(proxyUrl);
	return {
		host: (parsedUrl.protocol ? parsedUrl.protocol + "//" : "") + parsedUrl.hostname,
		port: Number.parseInt(parsedUrl.port || "80"),
		username: parsedUrl.username,
		password: parsedUrl.password
	};
}
/**
* This method attempts to parse a proxy URL from the environment
* variables `HTTPS_PROXY` or `HTTP_PROXY`.
*/
function getDefaultProxySettingsInternal() {
	const envProxy = loadEnvironmentProxyValue();
	return envProxy ? new URL(envProxy) : void 0;
}
function getUrlFromProxySettings(settings) {
	let parsedProxyUrl;
	try {
		parsedProxyUrl = new URL(settings.host);
	} catch {
		throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
	}
	parsedProxyUrl.port = String(settings.port);
	if (settings.username) parsedProxyUrl.username = settings.username;
	if (settings.password) parsedProxyUrl.password = settings.password;
	return parsedProxyUrl;
}
function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
	if (request.agent) return;
	const isInsecure = new URL(request.url).protocol !== "https:";
	if (request.tlsSettings) logger.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored.");
	if (isInsecure) {
		if (!cachedAgents.httpProxyAgent) cachedAgents.httpProxyAgent = new import_dist$1.HttpProxyAgent(proxyUrl);
		request.agent = cachedAgents.httpProxyAgent;
	} else {
		if (!cachedAgents.httpsProxyAgent) cachedAgents.httpsProxyAgent = new import_dist.HttpsProxyAgent(proxyUrl);
		request.agent = cachedAgents.httpsProxyAgent;
	}
}
/**
* A policy that allows one to apply proxy settings to all requests.
* If not passed static settings, they will be retrieved from the HTTPS_PROXY
* or HTTP_PROXY environment variables.
* @param proxySettings - ProxySettings to use on each request.
* @param options - additional settings, for example, custom NO_PROXY patterns
*/
function proxyPolicy(proxySettings, options) {
	if (!noProxyListLoaded) globalNoProxyList.push(...loadNoProxy());
	const defaultProxy = proxySettings ? getUrlFromProxySettings(proxySettings) : getDefaultProxySettingsInternal();
	const cachedAgents = {};
	return {
		name: proxyPolicyName,
		async sendRequest(request, next) {
			if (!request.proxySettings && defaultProxy && !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? void 0 : globalBypassedMap)) setProxyAgentOnRequest(request, cachedAgents, defaultProxy);
			else if (request.proxySettings) setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings));
			return next(request);
		}
	};
}
var import_dist, import_dist$1, HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, proxyPolicyName, globalNoProxyList, noProxyListLoaded, globalBypassedMap;
function init_proxyPolicy() {
	return (init_proxyPolicy = __esmMin((() => {
		import_dist = require_dist();
		import_dist$1 = require_dist$1();
		init_log$1();
		HTTPS_PROXY = "HTTPS_PROXY";
		HTTP_PROXY = "HTTP_PROXY";
		ALL_PROXY = "ALL_PROXY";
		NO_PROXY = "NO_PROXY";
		proxyPolicyName = "proxyPolicy";
		globalNoProxyList = [];
		noProxyListLoaded = false;
		globalBypassedMap = /* @__PURE__ */ new Map();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
/**
* A policy to enable response decompression according to Accept-Encoding header
* https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
*/
function decompressResponsePolicy() {
	return {
		name: decompressResponsePolicyName,
		async sendRequest(request, next) {
			if (request.method !== "HEAD") request.headers.set("Accept-Encoding", "gzip,deflate");
			return next(request);
		}
	};
}
var decompressResponsePolicyName;
function init_decompressResponsePolicy() {
	return (init_decompressResponsePolicy = __esmMin((() => {
		decompressResponsePolicyName = "decompressResponsePolicy";
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
/**
* A policy to follow Location headers from the server in order
* to support server-side redirection.
* In the browser, this policy is not used.
* @param options - Options to control policy behavior.
*/
function redirectPolicy(options = {}) {
	const { maxRetries = 20, allowCrossOriginRedirects = false } = options;
	return {
		name: redirectPolicyName,
		async sendRequest(request, next) {
			return handleRedirect(next, await next(request), maxRetries, allowCrossOriginRedirects);
		}
	};
}
async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
	const { request, status, headers } = response;
	const locationHeader = headers.get("location");
	if (locationHeader && (status === 300 || status === 301 && allowedRedirect.includes(request.method) || status === 302 && allowedRedirect.includes(request.method) || status === 303 && request.method === "POST" || status === 307) && currentRetries < maxRetries) {
		const url = new URL(locationHeader, request.url);
		if (!allowCrossOriginRedirects) {
			const originalUrl = new URL(request.url);
			if (url.origin !== originalUrl.origin) {
				logger.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`);
				return response;
			}
		}
		request.url = url.toString();
		if (status === 303) {
			request.method = "GET";
			request.headers.delete("Content-Length");
			delete request.body;
		}
		request.headers.delete("Authorization");
		return handleRedirect(next, await next(request), maxRetries, allowCrossOriginRedirects, currentRetries + 1);
	}
	return response;
}
var redirectPolicyName, allowedRedirect;
function init_redirectPolicy() {
	return (init_redirectPolicy = __esmMin((() => {
		init_log$1();
		redirectPolicyName = "redirectPolicy";
		allowedRedirect = ["GET", "HEAD"];
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/platformPolicies.js
function init_platformPolicies() {
	return (init_platformPolicies = __esmMin((() => {
		init_agentPolicy();
		init_tlsPolicy();
		init_proxyPolicy();
		init_decompressResponsePolicy();
		init_redirectPolicy();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards-node.js
function init_typeGuards_node() {
	return (init_typeGuards_node = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js
function isBlob(x) {
	return x instanceof Blob;
}
function init_typeGuards() {
	return (init_typeGuards = __esmMin((() => {
		init_typeGuards_node();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/concat.js
async function* streamAsyncIterator() {
	const reader = this.getReader();
	try {
		while (true) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}
function makeAsyncIterable(webStream) {
	if (!webStream[Symbol.asyncIterator]) webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream);
	if (!webStream.values) webStream.values = streamAsyncIterator.bind(webStream);
}
function ensureNodeStream(stream) {
	if (stream instanceof ReadableStream) {
		makeAsyncIterable(stream);
		return Readable$1.fromWeb(stream);
	} else return stream;
}
function toStream(source) {
	if (source instanceof Uint8Array) return Readable$1.from(Buffer.from(source));
	else if (isBlob(source)) return ensureNodeStream(source.stream());
	else return ensureNodeStream(source);
}
/**
* Utility function that concatenates a set of binary inputs into one combined output.
*
* @param sources - array of sources for the concatenation
* @returns - in Node, a (() =\> NodeJS.ReadableStream) which, when read, produces a concatenation of all the inputs.
*           In browser, returns a `Blob` representing all the concatenated inputs.
*
* @internal
*/
async function concat(sources) {
	return function() {
		const streams = sources.map((x) => typeof x === "function" ? x() : x).map(toStream);
		return Readable$1.from((async function* () {
			for (const stream of streams) for await (const chunk of stream) yield chunk;
		})());
	};
}
function init_concat() {
	return (init_concat = __esmMin((() => {
		init_typeGuards();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js
function generateBoundary() {
	return `----AzSDKFormBoundary${randomUUID()}`;
}
function encodeHeaders(headers) {
	let result = "";
	for (const [key, value] of headers) result += `${key}: ${value}\r\n`;
	return result;
}
function getLength(source) {
	if (source instanceof Uint8Array) return source.byteLength;
	else if (isBlob(source)) return source.size === -1 ? void 0 : source.size;
	else return;
}
function getTotalLength(sources) {
	let total = 0;
	for (const source of sources) {
		const partLength = getLength(source);
		if (partLength === void 0) return;
		else total += partLength;
	}
	return total;
}
async function buildRequestBody(request, parts, boundary) {
	const sources = [
		stringToUint8Array(`--${boundary}`, "utf-8"),
		...parts.flatMap((part) => [
			stringToUint8Array("\r\n", "utf-8"),
			stringToUint8Array(encodeHeaders(part.headers), "utf-8"),
			stringToUint8Array("\r\n", "utf-8"),
			part.body,
			stringToUint8Array(`\r\n--${boundary}`, "utf-8")
		]),
		stringToUint8Array("--\r\n\r\n", "utf-8")
	];
	const contentLength = getTotalLength(sources);
	if (contentLength) request.headers.set("Content-Length", contentLength);
	request.body = await concat(sources);
}
function assertValidBoundary(boundary) {
	if (boundary.length > maxBoundaryLength) throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
	if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x))) throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
}
/**
* Pipeline policy for multipart requests
*/
function multipartPolicy() {
	return {
		name: multipartPolicyName,
		async sendRequest(request, next) {
			if (!request.multipartBody) return next(request);
			if (request.body) throw new Error("multipartBody and regular body cannot be set at the same time");
			let boundary = request.multipartBody.boundary;
			const contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed";
			const parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
			if (!parsedHeader) throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
			const [, contentType, parsedBoundary] = parsedHeader;
			if (parsedBoundary && boundary && parsedBoundary !== boundary) throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
			boundary ??= parsedBoundary;
			if (boundary) assertValidBoundary(boundary);
			else boundary = generateBoundary();
			request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`);
			await buildRequestBody(request, request.multipartBody.parts, boundary);
			request.multipartBody = void 0;
			return next(request);
		}
	};
}
var multipartPolicyName, maxBoundaryLength, validBoundaryCharacters;
function init_multipartPolicy() {
	return (init_multipartPolicy = __esmMin((() => {
		init_typeGuards();
		init_concat();
		multipartPolicyName = "multipartPolicy";
		maxBoundaryLength = 70;
		validBoundaryCharacters = /* @__PURE__ */ new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?`);
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/createPipelineFromOptions.js
function init_createPipelineFromOptions() {
	return (init_createPipelineFromOptions = __esmMin((() => {
		init_logPolicy();
		init_pipeline();
		init_userAgentPolicy();
		init_defaultRetryPolicy();
		init_formDataPolicy();
		init_platformPolicies();
		init_multipartPolicy();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/apiVersionPolicy.js
function init_apiVersionPolicy() {
	return (init_apiVersionPolicy = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/checkInsecureConnection.js
function init_checkInsecureConnection() {
	return (init_checkInsecureConnection = __esmMin((() => {
		init_log$1();
		init_env();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/apiKeyAuthenticationPolicy.js
function init_apiKeyAuthenticationPolicy() {
	return (init_apiKeyAuthenticationPolicy = __esmMin((() => {
		init_checkInsecureConnection();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/basicAuthenticationPolicy.js
function init_basicAuthenticationPolicy() {
	return (init_basicAuthenticationPolicy = __esmMin((() => {
		init_checkInsecureConnection();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/bearerAuthenticationPolicy.js
function init_bearerAuthenticationPolicy() {
	return (init_bearerAuthenticationPolicy = __esmMin((() => {
		init_checkInsecureConnection();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/oauth2AuthenticationPolicy.js
function init_oauth2AuthenticationPolicy() {
	return (init_oauth2AuthenticationPolicy = __esmMin((() => {
		init_checkInsecureConnection();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/clientHelpers.js
function init_clientHelpers() {
	return (init_clientHelpers = __esmMin((() => {
		init_defaultHttpClient();
		init_createPipelineFromOptions();
		init_apiVersionPolicy();
		init_apiKeyAuthenticationPolicy();
		init_basicAuthenticationPolicy();
		init_bearerAuthenticationPolicy();
		init_oauth2AuthenticationPolicy();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/multipart.js
function init_multipart() {
	return (init_multipart = __esmMin((() => {
		init_restError();
		init_httpHeaders();
		init_typeGuards();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/sendRequest.js
function init_sendRequest() {
	return (init_sendRequest = __esmMin((() => {
		init_restError();
		init_httpHeaders();
		init_pipelineRequest();
		init_clientHelpers();
		init_typeGuards();
		init_multipart();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/getClient.js
function init_getClient() {
	return (init_getClient = __esmMin((() => {
		init_clientHelpers();
		init_sendRequest();
		init_env();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/restError.js
function init_restError$1() {
	return (init_restError$1 = __esmMin((() => {
		init_restError();
		init_httpHeaders();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_AbortError();
		init_logger();
		init_httpHeaders();
		init_pipelineRequest();
		init_pipeline();
		init_restError();
		init_defaultHttpClient();
		init_getClient();
		init_restError$1();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/logger/internal.js
function init_internal() {
	return (init_internal = __esmMin((() => {
		init_logger();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/exponentialRetryPolicy.js
function init_exponentialRetryPolicy() {
	return (init_exponentialRetryPolicy = __esmMin((() => {
		init_exponentialRetryStrategy();
		init_retryPolicy();
		init_constants();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/systemErrorRetryPolicy.js
function init_systemErrorRetryPolicy() {
	return (init_systemErrorRetryPolicy = __esmMin((() => {
		init_exponentialRetryStrategy();
		init_retryPolicy();
		init_constants();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/throttlingRetryPolicy.js
function init_throttlingRetryPolicy() {
	return (init_throttlingRetryPolicy = __esmMin((() => {
		init_throttlingRetryStrategy();
		init_retryPolicy();
		init_constants();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/internal.js
function init_internal$1() {
	return (init_internal$1 = __esmMin((() => {
		init_agentPolicy();
		init_decompressResponsePolicy();
		init_defaultRetryPolicy();
		init_exponentialRetryPolicy();
		init_retryPolicy();
		init_systemErrorRetryPolicy();
		init_throttlingRetryPolicy();
		init_formDataPolicy();
		init_logPolicy();
		init_multipartPolicy();
		init_proxyPolicy();
		init_redirectPolicy();
		init_tlsPolicy();
		init_userAgentPolicy();
	})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/sha256.js
function init_sha256() {
	return (init_sha256 = __esmMin((() => {})))();
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/internal.js
function init_internal$2() {
	return (init_internal$2 = __esmMin((() => {
		init_delay();
		init_error();
		init_sha256();
		init_env();
		init_sanitizer();
	})))();
}
export { stringToUint8Array as A, init_pipeline as B, defaultRetryPolicy as C, createDefaultHttpClient as D, logPolicy as E, Sanitizer as F, createHttpHeaders as G, init_pipelineRequest as H, init_sanitizer as I, init_logger as J, init_httpHeaders as K, init_error as L, RestError as M, init_restError as N, init_defaultHttpClient as O, isRestError as P, isError as R, init_formDataPolicy as S, init_logPolicy as T, init_uuidUtils as U, createPipelineRequest as V, randomUUID as W, init_env as Y, init_tlsPolicy as _, init_multipartPolicy as a, init_agentPolicy as b, init_redirectPolicy as c, decompressResponsePolicy as d, decompressResponsePolicyName as f, proxyPolicy as g, init_proxyPolicy as h, init_esm as i, uint8ArrayToString as j, init_bytesEncoding as k, redirectPolicy as l, getDefaultProxySettings as m, init_internal$1 as n, multipartPolicy as o, init_decompressResponsePolicy as p, createLoggerContext as q, init_internal as r, multipartPolicyName as s, init_internal$2 as t, redirectPolicyName as u, tlsPolicy as v, init_defaultRetryPolicy as w, formDataPolicy as x, agentPolicy as y, createEmptyPipeline as z };
