import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/json-with-bigint/json-with-bigint.js
var intRegex, noiseValue, originalStringify, originalParse, customFormat, bigIntsStringify, noiseStringify, isUnstringifiable, isRawJSON, stringifyIteratively, JSONStringify, featureCache, isContextSourceSupported, convertMarkedBigIntsReviver, JSONParseV2, MAX_INT, MAX_DIGITS, stringsOrLargeNumbers, noiseValueWithQuotes, applyReviverIteratively, serializeBigInts, JSONParse;
function init_json_with_bigint() {
	return (init_json_with_bigint = __esmMin((() => {
		intRegex = /^-?\d+$/;
		noiseValue = /^-?\d+n+$/;
		originalStringify = JSON.stringify;
		originalParse = JSON.parse;
		customFormat = /^-?\d+n$/;
		bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
		noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
		isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
		isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
		stringifyIteratively = (rootValue, replacer, spaceParam) => {
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
		JSONStringify = (value, replacer, space) => {
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
		featureCache = /* @__PURE__ */ new Map();
		isContextSourceSupported = () => {
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
		convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
			if (typeof value === "string" && customFormat.test(value)) return BigInt(value.slice(0, -1));
			if (typeof value === "string" && noiseValue.test(value)) return value.slice(0, -1);
			if (!(typeof userReviver === "function")) return value;
			return userReviver(key, value, context);
		};
		JSONParseV2 = (text, reviver) => {
			return JSON.parse(text, (key, value, context) => {
				const isBigNumber = typeof value === "number" && (value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER);
				const isInt = context && intRegex.test(context.source);
				if (isBigNumber && isInt) return BigInt(context.source);
				if (!(typeof reviver === "function")) return value;
				return reviver(key, value, context);
			});
		};
		MAX_INT = Number.MAX_SAFE_INTEGER.toString();
		MAX_DIGITS = MAX_INT.length;
		stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
		noiseValueWithQuotes = /^"-?\d+n+"$/;
		applyReviverIteratively = (parsed, userReviver) => {
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
		serializeBigInts = (text) => {
			return text.replace(stringsOrLargeNumbers, (match, digits, fractional, exponential) => {
				const isString = match[0] === "\"";
				if (isString && noiseValueWithQuotes.test(match)) return match.substring(0, match.length - 1) + "n\"";
				const hasFractionalOrExponential = fractional || exponential;
				const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
				if (isString || hasFractionalOrExponential || isLessThanMaxSafeInt) return match;
				return "\"" + match + "n\"";
			});
		};
		JSONParse = (text, reviver) => {
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
	})))();
}
export { JSONStringify as n, init_json_with_bigint as r, JSONParse as t };
