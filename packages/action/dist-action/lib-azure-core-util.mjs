import { n as __esmMin } from "./rolldown-runtime.mjs";
import { A as stringToUint8Array$1, R as isError$1, W as randomUUID$1, j as uint8ArrayToString$1, t as init_internal } from "./lib-typespec-ts-http-runtime.mjs";
import { n as AbortError, t as init_esm$1 } from "./lib-azure-abort-controller.mjs";
// node_modules/@azure/core-util/dist/esm/createAbortablePromise.js
/**
* Creates an abortable promise.
* @param buildPromise - A function that takes the resolve and reject functions as parameters.
* @param options - The options for the abortable promise.
* @returns A promise that can be aborted.
*/
function createAbortablePromise(buildPromise, options) {
	const { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
	return new Promise((resolve, reject) => {
		function rejectOnAbort() {
			reject(new AbortError(abortErrorMsg ?? "The operation was aborted."));
		}
		function removeListeners() {
			abortSignal?.removeEventListener("abort", onAbort);
		}
		function onAbort() {
			cleanupBeforeAbort?.();
			removeListeners();
			rejectOnAbort();
		}
		if (abortSignal?.aborted) return rejectOnAbort();
		try {
			buildPromise((x) => {
				removeListeners();
				resolve(x);
			}, (x) => {
				removeListeners();
				reject(x);
			});
		} catch (err) {
			reject(err);
		}
		abortSignal?.addEventListener("abort", onAbort);
	});
}
function init_createAbortablePromise() {
	return (init_createAbortablePromise = __esmMin((() => {
		init_esm$1();
	})))();
}
// node_modules/@azure/core-util/dist/esm/delay.js
/**
* A wrapper for setTimeout that resolves a promise after timeInMs milliseconds.
* @param timeInMs - The number of milliseconds to be delayed.
* @param options - The options for delay - currently abort options
* @returns Promise that is resolved after timeInMs
*/
function delay(timeInMs, options) {
	let token;
	const { abortSignal, abortErrorMsg } = options ?? {};
	return createAbortablePromise((resolve) => {
		token = setTimeout(resolve, timeInMs);
	}, {
		cleanupBeforeAbort: () => clearTimeout(token),
		abortSignal,
		abortErrorMsg: abortErrorMsg ?? StandardAbortMessage
	});
}
var StandardAbortMessage;
function init_delay() {
	return (init_delay = __esmMin((() => {
		init_createAbortablePromise();
		init_internal();
		StandardAbortMessage = "The delay was aborted.";
	})))();
}
// node_modules/@azure/core-util/dist/esm/error.js
/**
* Given what is thought to be an error object, return the message if possible.
* If the message is missing, returns a stringified version of the input.
* @param e - Something thrown from a try block
* @returns The error message or a string of the input
*/
function getErrorMessage(e) {
	if (isError$1(e)) return e.message;
	else {
		let stringified;
		try {
			if (typeof e === "object" && e) stringified = JSON.stringify(e);
			else stringified = String(e);
		} catch (err) {
			stringified = "[unable to stringify input]";
		}
		return `Unknown error ${stringified}`;
	}
}
function init_error() {
	return (init_error = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/core-util/dist/esm/index.js
/**
* Typeguard for an error object shape (has name and message)
*
* @param e - Something caught by a catch clause.
*/
function isError(e) {
	return isError$1(e);
}
/**
* Generated Universally Unique Identifier
*
* @returns RFC4122 v4 UUID.
*/
function randomUUID() {
	return randomUUID$1();
}
/**
* The helper that transforms bytes with specific character encoding into string
* @param bytes - the uint8array bytes
* @param format - the format we use to encode the byte
* @returns a string of the encoded string
*/
function uint8ArrayToString(bytes, format) {
	return uint8ArrayToString$1(bytes, format);
}
/**
* The helper that transforms string to specific character encoded bytes array.
* @param value - the string to be converted
* @param format - the format we use to decode the value
* @returns a uint8array
*/
function stringToUint8Array(value, format) {
	return stringToUint8Array$1(value, format);
}
var isNodeLike;
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_internal();
		init_createAbortablePromise();
		init_delay();
		init_error();
		isNodeLike = true;
	})))();
}
export { stringToUint8Array as a, init_error as c, randomUUID as i, delay as l, isError as n, uint8ArrayToString as o, isNodeLike as r, getErrorMessage as s, init_esm as t, init_delay as u };
