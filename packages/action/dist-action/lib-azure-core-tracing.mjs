import { n as __esmMin, t as __commonJSMin } from "./rolldown-runtime.mjs";
// node_modules/@azure/core-tracing/dist/esm/tracingContext.js
/**
* Creates a new {@link TracingContext} with the given options.
* @param options - A set of known keys that may be set on the context.
* @returns A new {@link TracingContext} with the given options.
*
* @internal
*/
function createTracingContext(options = {}) {
	let context = new TracingContextImpl(options.parentContext);
	if (options.span) context = context.setValue(knownContextKeys.span, options.span);
	if (options.namespace) context = context.setValue(knownContextKeys.namespace, options.namespace);
	return context;
}
var knownContextKeys, TracingContextImpl;
function init_tracingContext() {
	return (init_tracingContext = __esmMin((() => {
		knownContextKeys = {
			span: Symbol.for("@azure/core-tracing span"),
			namespace: Symbol.for("@azure/core-tracing namespace")
		};
		TracingContextImpl = class TracingContextImpl {
			_contextMap;
			constructor(initialContext) {
				this._contextMap = initialContext instanceof TracingContextImpl ? new Map(initialContext._contextMap) : /* @__PURE__ */ new Map();
			}
			setValue(key, value) {
				const newContext = new TracingContextImpl(this);
				newContext._contextMap.set(key, value);
				return newContext;
			}
			getValue(key) {
				return this._contextMap.get(key);
			}
			deleteValue(key) {
				const newContext = new TracingContextImpl(this);
				newContext._contextMap.delete(key);
				return newContext;
			}
		};
	})))();
}
// node_modules/@azure/core-tracing/dist/commonjs/state.js
var require_state = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.state = void 0;
	/**
	* @internal
	*
	* Holds the singleton instrumenter, to be shared across CJS and ESM imports.
	*/
	exports.state = { instrumenterImplementation: void 0 };
}));
// node_modules/@azure/core-tracing/dist/esm/state.js
var import_state, state;
function init_state() {
	return (init_state = __esmMin((() => {
		import_state = require_state();
		state = import_state.state;
	})))();
}
// node_modules/@azure/core-tracing/dist/esm/instrumenter.js
function createDefaultTracingSpan() {
	return {
		end: () => {},
		isRecording: () => false,
		recordException: () => {},
		setAttribute: () => {},
		setStatus: () => {},
		addEvent: () => {}
	};
}
function createDefaultInstrumenter() {
	return {
		createRequestHeaders: () => {
			return {};
		},
		parseTraceparentHeader: () => {},
		startSpan: (_name, spanOptions) => {
			return {
				span: createDefaultTracingSpan(),
				tracingContext: createTracingContext({ parentContext: spanOptions.tracingContext })
			};
		},
		withContext(_context, callback, ...callbackArgs) {
			return callback(...callbackArgs);
		}
	};
}
/**
* Gets the currently set instrumenter, a No-Op instrumenter by default.
*
* @returns The currently set instrumenter
*/
function getInstrumenter() {
	if (!state.instrumenterImplementation) state.instrumenterImplementation = createDefaultInstrumenter();
	return state.instrumenterImplementation;
}
function init_instrumenter() {
	return (init_instrumenter = __esmMin((() => {
		init_tracingContext();
		init_state();
	})))();
}
// node_modules/@azure/core-tracing/dist/esm/tracingClient.js
/**
* Creates a new tracing client.
*
* @param options - Options used to configure the tracing client.
* @returns - An instance of {@link TracingClient}.
*/
function createTracingClient(options) {
	const { namespace, packageName, packageVersion } = options;
	function startSpan(name, operationOptions, spanOptions) {
		const startSpanResult = getInstrumenter().startSpan(name, {
			...spanOptions,
			packageName,
			packageVersion,
			tracingContext: operationOptions?.tracingOptions?.tracingContext
		});
		let tracingContext = startSpanResult.tracingContext;
		const span = startSpanResult.span;
		if (!tracingContext.getValue(knownContextKeys.namespace)) tracingContext = tracingContext.setValue(knownContextKeys.namespace, namespace);
		span.setAttribute("az.namespace", tracingContext.getValue(knownContextKeys.namespace));
		return {
			span,
			updatedOptions: Object.assign({}, operationOptions, { tracingOptions: {
				...operationOptions?.tracingOptions,
				tracingContext
			} })
		};
	}
	async function withSpan(name, operationOptions, callback, spanOptions) {
		const { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
		try {
			const result = await withContext(updatedOptions.tracingOptions.tracingContext, () => Promise.resolve(callback(updatedOptions, span)));
			span.setStatus({ status: "success" });
			return result;
		} catch (err) {
			span.setStatus({
				status: "error",
				error: err
			});
			throw err;
		} finally {
			span.end();
		}
	}
	function withContext(context, callback, ...callbackArgs) {
		return getInstrumenter().withContext(context, callback, ...callbackArgs);
	}
	/**
	* Parses a traceparent header value into a span identifier.
	*
	* @param traceparentHeader - The traceparent header to parse.
	* @returns An implementation-specific identifier for the span.
	*/
	function parseTraceparentHeader(traceparentHeader) {
		return getInstrumenter().parseTraceparentHeader(traceparentHeader);
	}
	/**
	* Creates a set of request headers to propagate tracing information to a backend.
	*
	* @param tracingContext - The context containing the span to serialize.
	* @returns The set of headers to add to a request.
	*/
	function createRequestHeaders(tracingContext) {
		return getInstrumenter().createRequestHeaders(tracingContext);
	}
	return {
		startSpan,
		withSpan,
		withContext,
		parseTraceparentHeader,
		createRequestHeaders
	};
}
function init_tracingClient() {
	return (init_tracingClient = __esmMin((() => {
		init_instrumenter();
		init_tracingContext();
	})))();
}
// node_modules/@azure/core-tracing/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_instrumenter();
		init_tracingClient();
	})))();
}
export { createTracingClient as n, init_tracingClient as r, init_esm as t };
