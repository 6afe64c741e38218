import { n as __esmMin } from "./rolldown-runtime.mjs";
import { D as createDefaultHttpClient$1, M as RestError$1, P as isRestError$1, i as init_esm$2, n as init_internal, t as init_internal$1 } from "./lib-typespec-ts-http-runtime.mjs";
import { n as init_esm$3, t as createClientLogger } from "./lib-azure-logger.mjs";
import { s as getErrorMessage, t as init_esm$4 } from "./lib-azure-core-util.mjs";
import { n as AbortError, t as init_esm$5 } from "./lib-azure-abort-controller.mjs";
import { t as init_esm$6 } from "./lib-azure-core-tracing.mjs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { EventEmitter } from "events";
import { Readable } from "node:stream";
import buffer from "node:buffer";
import { createHmac } from "node:crypto";
import "node:os";
import "node:process";
// node_modules/@azure/storage-common/dist/esm/BuffersStream.js
var BuffersStream;
function init_BuffersStream() {
	return (init_BuffersStream = __esmMin((() => {
		BuffersStream = class extends Readable {
			buffers;
			byteLength;
			/**
			* The offset of data to be read in the current buffer.
			*/
			byteOffsetInCurrentBuffer;
			/**
			* The index of buffer to be read in the array of buffers.
			*/
			bufferIndex;
			/**
			* The total length of data already read.
			*/
			pushedBytesLength;
			/**
			* Creates an instance of BuffersStream that will emit the data
			* contained in the array of buffers.
			*
			* @param buffers - Array of buffers containing the data
			* @param byteLength - The total length of data contained in the buffers
			*/
			constructor(buffers, byteLength, options) {
				super(options);
				this.buffers = buffers;
				this.byteLength = byteLength;
				this.byteOffsetInCurrentBuffer = 0;
				this.bufferIndex = 0;
				this.pushedBytesLength = 0;
				let buffersLength = 0;
				for (const buf of this.buffers) buffersLength += buf.byteLength;
				if (buffersLength < this.byteLength) throw new Error("Data size shouldn't be larger than the total length of buffers.");
			}
			/**
			* Internal _read() that will be called when the stream wants to pull more data in.
			*
			* @param size - Optional. The size of data to be read
			*/
			_read(size) {
				if (this.pushedBytesLength >= this.byteLength) this.push(null);
				if (!size) size = this.readableHighWaterMark;
				const outBuffers = [];
				let i = 0;
				while (i < size && this.pushedBytesLength < this.byteLength) {
					const remainingDataInAllBuffers = this.byteLength - this.pushedBytesLength;
					const remainingCapacityInThisBuffer = this.buffers[this.bufferIndex].byteLength - this.byteOffsetInCurrentBuffer;
					const remaining = Math.min(remainingCapacityInThisBuffer, remainingDataInAllBuffers);
					if (remaining > size - i) {
						const end = this.byteOffsetInCurrentBuffer + size - i;
						outBuffers.push(this.buffers[this.bufferIndex].slice(this.byteOffsetInCurrentBuffer, end));
						this.pushedBytesLength += size - i;
						this.byteOffsetInCurrentBuffer = end;
						i = size;
						break;
					} else {
						const end = this.byteOffsetInCurrentBuffer + remaining;
						outBuffers.push(this.buffers[this.bufferIndex].slice(this.byteOffsetInCurrentBuffer, end));
						if (remaining === remainingCapacityInThisBuffer) {
							this.byteOffsetInCurrentBuffer = 0;
							this.bufferIndex++;
						} else this.byteOffsetInCurrentBuffer = end;
						this.pushedBytesLength += remaining;
						i += remaining;
					}
				}
				if (outBuffers.length > 1) this.push(Buffer.concat(outBuffers));
				else if (outBuffers.length === 1) this.push(outBuffers[0]);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/PooledBuffer.js
var maxBufferLength, PooledBuffer;
function init_PooledBuffer() {
	return (init_PooledBuffer = __esmMin((() => {
		init_BuffersStream();
		maxBufferLength = buffer.constants.MAX_LENGTH;
		PooledBuffer = class {
			/**
			* Internal buffers used to keep the data.
			* Each buffer has a length of the maxBufferLength except last one.
			*/
			buffers = [];
			/**
			* The total size of internal buffers.
			*/
			capacity;
			/**
			* The total size of data contained in internal buffers.
			*/
			_size;
			/**
			* The size of the data contained in the pooled buffers.
			*/
			get size() {
				return this._size;
			}
			constructor(capacity, buffers, totalLength) {
				this.capacity = capacity;
				this._size = 0;
				const bufferNum = Math.ceil(capacity / maxBufferLength);
				for (let i = 0; i < bufferNum; i++) {
					let len = i === bufferNum - 1 ? capacity % maxBufferLength : maxBufferLength;
					if (len === 0) len = maxBufferLength;
					this.buffers.push(Buffer.allocUnsafe(len));
				}
				if (buffers) this.fill(buffers, totalLength);
			}
			/**
			* Fill the internal buffers with data in the input buffers serially
			* with respect to the total length and the total capacity of the internal buffers.
			* Data copied will be shift out of the input buffers.
			*
			* @param buffers - Input buffers containing the data to be filled in the pooled buffer
			* @param totalLength - Total length of the data to be filled in.
			*
			*/
			fill(buffers, totalLength) {
				this._size = Math.min(this.capacity, totalLength);
				let i = 0, j = 0, targetOffset = 0, sourceOffset = 0, totalCopiedNum = 0;
				while (totalCopiedNum < this._size) {
					const source = buffers[i];
					const target = this.buffers[j];
					const copiedNum = source.copy(target, targetOffset, sourceOffset);
					totalCopiedNum += copiedNum;
					sourceOffset += copiedNum;
					targetOffset += copiedNum;
					if (sourceOffset === source.length) {
						i++;
						sourceOffset = 0;
					}
					if (targetOffset === target.length) {
						j++;
						targetOffset = 0;
					}
				}
				buffers.splice(0, i);
				if (buffers.length > 0) buffers[0] = buffers[0].slice(sourceOffset);
			}
			/**
			* Get the readable stream assembled from all the data in the internal buffers.
			*
			*/
			getReadableStream() {
				return new BuffersStream(this.buffers, this.size);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/BufferScheduler.js
var BufferScheduler;
function init_BufferScheduler() {
	return (init_BufferScheduler = __esmMin((() => {
		init_PooledBuffer();
		BufferScheduler = class {
			/**
			* Size of buffers in incoming and outgoing queues. This class will try to align
			* data read from Readable stream into buffer chunks with bufferSize defined.
			*/
			bufferSize;
			/**
			* How many buffers can be created or maintained.
			*/
			maxBuffers;
			/**
			* A Node.js Readable stream.
			*/
			readable;
			/**
			* OutgoingHandler is an async function triggered by BufferScheduler when there
			* are available buffers in outgoing array.
			*/
			outgoingHandler;
			/**
			* An internal event emitter.
			*/
			emitter = new EventEmitter();
			/**
			* Concurrency of executing outgoingHandlers. (0 lesser than concurrency lesser than or equal to maxBuffers)
			*/
			concurrency;
			/**
			* An internal offset marker to track data offset in bytes of next outgoingHandler.
			*/
			offset = 0;
			/**
			* An internal marker to track whether stream is end.
			*/
			isStreamEnd = false;
			/**
			* An internal marker to track whether stream or outgoingHandler returns error.
			*/
			isError = false;
			/**
			* How many handlers are executing.
			*/
			executingOutgoingHandlers = 0;
			/**
			* Encoding of the input Readable stream which has string data type instead of Buffer.
			*/
			encoding;
			/**
			* How many buffers have been allocated.
			*/
			numBuffers = 0;
			/**
			* Because this class doesn't know how much data every time stream pops, which
			* is defined by highWaterMarker of the stream. So BufferScheduler will cache
			* data received from the stream, when data in unresolvedDataArray exceeds the
			* blockSize defined, it will try to concat a blockSize of buffer, fill into available
			* buffers from incoming and push to outgoing array.
			*/
			unresolvedDataArray = [];
			/**
			* How much data consisted in unresolvedDataArray.
			*/
			unresolvedLength = 0;
			/**
			* The array includes all the available buffers can be used to fill data from stream.
			*/
			incoming = [];
			/**
			* The array (queue) includes all the buffers filled from stream data.
			*/
			outgoing = [];
			/**
			* Creates an instance of BufferScheduler.
			*
			* @param readable - A Node.js Readable stream
			* @param bufferSize - Buffer size of every maintained buffer
			* @param maxBuffers - How many buffers can be allocated
			* @param outgoingHandler - An async function scheduled to be
			*                                          triggered when a buffer fully filled
			*                                          with stream data
			* @param concurrency - Concurrency of executing outgoingHandlers (&gt;0)
			* @param encoding - [Optional] Encoding of Readable stream when it's a string stream
			*/
			constructor(readable, bufferSize, maxBuffers, outgoingHandler, concurrency, encoding) {
				if (bufferSize <= 0) throw new RangeError(`bufferSize must be larger than 0, current is ${bufferSize}`);
				if (maxBuffers <= 0) throw new RangeError(`maxBuffers must be larger than 0, current is ${maxBuffers}`);
				if (concurrency <= 0) throw new RangeError(`concurrency must be larger than 0, current is ${concurrency}`);
				this.bufferSize = bufferSize;
				this.maxBuffers = maxBuffers;
				this.readable = readable;
				this.outgoingHandler = outgoingHandler;
				this.concurrency = concurrency;
				this.encoding = encoding;
			}
			/**
			* Start the scheduler, will return error when stream of any of the outgoingHandlers
			* returns error.
			*
			*/
			async do() {
				return new Promise((resolve, reject) => {
					this.readable.on("data", (data) => {
						data = typeof data === "string" ? Buffer.from(data, this.encoding) : data;
						this.appendUnresolvedData(data);
						if (!this.resolveData()) this.readable.pause();
					});
					this.readable.on("error", (err) => {
						this.emitter.emit("error", err);
					});
					this.readable.on("end", () => {
						this.isStreamEnd = true;
						this.emitter.emit("checkEnd");
					});
					this.emitter.on("error", (err) => {
						this.isError = true;
						this.readable.pause();
						reject(err);
					});
					this.emitter.on("checkEnd", () => {
						if (this.outgoing.length > 0) {
							this.triggerOutgoingHandlers();
							return;
						}
						if (this.isStreamEnd && this.executingOutgoingHandlers === 0) {
							if (this.unresolvedLength > 0 && this.unresolvedLength < this.bufferSize) {
								const buffer = this.shiftBufferFromUnresolvedDataArray();
								this.outgoingHandler(() => buffer.getReadableStream(), buffer.size, this.offset).then(resolve).catch(reject);
							} else if (this.unresolvedLength >= this.bufferSize) return;
							else resolve();
						}
					});
				});
			}
			/**
			* Insert a new data into unresolved array.
			*
			* @param data -
			*/
			appendUnresolvedData(data) {
				this.unresolvedDataArray.push(data);
				this.unresolvedLength += data.length;
			}
			/**
			* Try to shift a buffer with size in blockSize. The buffer returned may be less
			* than blockSize when data in unresolvedDataArray is less than bufferSize.
			*
			*/
			shiftBufferFromUnresolvedDataArray(buffer) {
				if (!buffer) buffer = new PooledBuffer(this.bufferSize, this.unresolvedDataArray, this.unresolvedLength);
				else buffer.fill(this.unresolvedDataArray, this.unresolvedLength);
				this.unresolvedLength -= buffer.size;
				return buffer;
			}
			/**
			* Resolve data in unresolvedDataArray. For every buffer with size in blockSize
			* shifted, it will try to get (or allocate a buffer) from incoming, and fill it,
			* then push it into outgoing to be handled by outgoing handler.
			*
			* Return false when available buffers in incoming are not enough, else true.
			*
			* @returns Return false when buffers in incoming are not enough, else true.
			*/
			resolveData() {
				while (this.unresolvedLength >= this.bufferSize) {
					let buffer;
					if (this.incoming.length > 0) {
						buffer = this.incoming.shift();
						this.shiftBufferFromUnresolvedDataArray(buffer);
					} else if (this.numBuffers < this.maxBuffers) {
						buffer = this.shiftBufferFromUnresolvedDataArray();
						this.numBuffers++;
					} else return false;
					this.outgoing.push(buffer);
					this.triggerOutgoingHandlers();
				}
				return true;
			}
			/**
			* Try to trigger a outgoing handler for every buffer in outgoing. Stop when
			* concurrency reaches.
			*/
			async triggerOutgoingHandlers() {
				let buffer;
				do {
					if (this.executingOutgoingHandlers >= this.concurrency) return;
					buffer = this.outgoing.shift();
					if (buffer) this.triggerOutgoingHandler(buffer);
				} while (buffer);
			}
			/**
			* Trigger a outgoing handler for a buffer shifted from outgoing.
			*
			* @param buffer -
			*/
			async triggerOutgoingHandler(buffer) {
				const bufferLength = buffer.size;
				this.executingOutgoingHandlers++;
				this.offset += bufferLength;
				try {
					await this.outgoingHandler(() => buffer.getReadableStream(), bufferLength, this.offset - bufferLength);
				} catch (err) {
					this.emitter.emit("error", err);
					return;
				}
				this.executingOutgoingHandlers--;
				this.reuseBuffer(buffer);
				this.emitter.emit("checkEnd");
			}
			/**
			* Return buffer used by outgoing handler into incoming.
			*
			* @param buffer -
			*/
			reuseBuffer(buffer) {
				this.incoming.push(buffer);
				if (!this.isError && this.resolveData() && !this.isStreamEnd) this.readable.resume();
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/crc64.js
var __isNode__, require, __filename, __dirname;
function init_crc64() {
	return (init_crc64 = __esmMin((() => {
		__isNode__ = typeof process === "object" && typeof process.versions === "object" && typeof process.versions.node === "string";
		if (__isNode__) {
			require = createRequire(import.meta.url);
			__filename = fileURLToPath(import.meta.url);
			__dirname = dirname(__filename);
		}
		(() => {
			var _scriptDir = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : void 0;
			if (typeof __filename !== "undefined") _scriptDir = _scriptDir || __filename;
			return (function(NativeCRC64) {
				NativeCRC64 = NativeCRC64 || {};
				var Module = typeof NativeCRC64 != "undefined" ? NativeCRC64 : {};
				var readyPromiseResolve, readyPromiseReject;
				Module["ready"] = new Promise(function(resolve, reject) {
					readyPromiseResolve = resolve;
					readyPromiseReject = reject;
				});
				[
					"_malloc",
					"_free",
					"_emscripten_bind_VoidPtr___destroy___0",
					"_emscripten_bind_Crc64Hash_Crc64Hash_0",
					"_emscripten_bind_Crc64Hash_OnAppend_2",
					"_emscripten_bind_Crc64Hash_OnFinal_3",
					"_emscripten_bind_Crc64Hash___destroy___0",
					"_fflush",
					"onRuntimeInitialized"
				].forEach((prop) => {
					if (!Object.getOwnPropertyDescriptor(Module["ready"], prop)) Object.defineProperty(Module["ready"], prop, {
						get: () => abort("You are getting " + prop + " on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js"),
						set: () => abort("You are setting " + prop + " on the Promise object, instead of the instance. Use .then() to get called back with the instance, see the MODULARIZE docs in src/settings.js")
					});
				});
				var moduleOverrides = Object.assign({}, Module);
				var arguments_ = [];
				var ENVIRONMENT_IS_WEB = typeof window == "object";
				var ENVIRONMENT_IS_WORKER = typeof importScripts == "function";
				var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
				var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
				if (Module["ENVIRONMENT"]) throw new Error("Module.ENVIRONMENT has been deprecated. To force the environment, use the ENVIRONMENT compile-time option (for example, -sENVIRONMENT=web or -sENVIRONMENT=node)");
				var scriptDirectory = "";
				function locateFile(path) {
					if (Module["locateFile"]) return Module["locateFile"](path, scriptDirectory);
					return scriptDirectory + path;
				}
				if (ENVIRONMENT_IS_NODE) {
					if (typeof process == "undefined" || !process.release || process.release.name !== "node") throw new Error("not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)");
					require("fs");
					var nodePath = require("path");
					if (ENVIRONMENT_IS_WORKER) scriptDirectory = nodePath.dirname(scriptDirectory) + "/";
					else scriptDirectory = __dirname + "/";
					if (process["argv"].length > 1) process["argv"][1].replace(/\\/g, "/");
					arguments_ = process["argv"].slice(2);
					process["on"]("uncaughtException", function(ex) {
						if (!(ex instanceof ExitStatus)) throw ex;
					});
					process["on"]("unhandledRejection", function(reason) {
						throw reason;
					});
					Module["inspect"] = function() {
						return "[Emscripten Module object]";
					};
				} else if (ENVIRONMENT_IS_SHELL) {
					if (typeof process == "object" && typeof require === "function" || typeof window == "object" || typeof importScripts == "function") throw new Error("not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)");
					if (typeof read != "undefined");
					if (typeof scriptArgs != "undefined") arguments_ = scriptArgs;
					else if (typeof arguments != "undefined") arguments_ = arguments;
					if (typeof quit == "function") {}
					if (typeof print != "undefined") {
						if (typeof console == "undefined") console = {};
						console.log = print;
						console.warn = console.error = typeof printErr != "undefined" ? printErr : print;
					}
				} else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
					if (ENVIRONMENT_IS_WORKER) scriptDirectory = self.location.href;
					else if (typeof document != "undefined" && document.currentScript) scriptDirectory = document.currentScript.src;
					if (_scriptDir) scriptDirectory = _scriptDir;
					if (scriptDirectory.indexOf("blob:") !== 0) scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
					else scriptDirectory = "";
					if (!(typeof window == "object" || typeof importScripts == "function")) throw new Error("not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)");
					if (ENVIRONMENT_IS_WORKER);
				} else throw new Error("environment detection error");
				var out = Module["print"] || console.log.bind(console);
				var err = Module["printErr"] || console.warn.bind(console);
				Object.assign(Module, moduleOverrides);
				moduleOverrides = null;
				checkIncomingModuleAPI();
				if (Module["arguments"]) arguments_ = Module["arguments"];
				legacyModuleProp("arguments", "arguments_");
				if (Module["thisProgram"]) Module["thisProgram"];
				legacyModuleProp("thisProgram", "thisProgram");
				if (Module["quit"]) Module["quit"];
				legacyModuleProp("quit", "quit_");
				assert(typeof Module["memoryInitializerPrefixURL"] == "undefined", "Module.memoryInitializerPrefixURL option was removed, use Module.locateFile instead");
				assert(typeof Module["pthreadMainPrefixURL"] == "undefined", "Module.pthreadMainPrefixURL option was removed, use Module.locateFile instead");
				assert(typeof Module["cdInitializerPrefixURL"] == "undefined", "Module.cdInitializerPrefixURL option was removed, use Module.locateFile instead");
				assert(typeof Module["filePackagePrefixURL"] == "undefined", "Module.filePackagePrefixURL option was removed, use Module.locateFile instead");
				assert(typeof Module["read"] == "undefined", "Module.read option was removed (modify read_ in JS)");
				assert(typeof Module["readAsync"] == "undefined", "Module.readAsync option was removed (modify readAsync in JS)");
				assert(typeof Module["readBinary"] == "undefined", "Module.readBinary option was removed (modify readBinary in JS)");
				assert(typeof Module["setWindowTitle"] == "undefined", "Module.setWindowTitle option was removed (modify setWindowTitle in JS)");
				assert(typeof Module["TOTAL_MEMORY"] == "undefined", "Module.TOTAL_MEMORY has been renamed Module.INITIAL_MEMORY");
				legacyModuleProp("read", "read_");
				legacyModuleProp("readAsync", "readAsync");
				legacyModuleProp("readBinary", "readBinary");
				legacyModuleProp("setWindowTitle", "setWindowTitle");
				assert(!ENVIRONMENT_IS_SHELL, "shell environment detected but not enabled at build time.  Add 'shell' to `-sENVIRONMENT` to enable.");
				function legacyModuleProp(prop, newName) {
					if (!Object.getOwnPropertyDescriptor(Module, prop)) Object.defineProperty(Module, prop, {
						configurable: true,
						get: function() {
							abort("Module." + prop + " has been replaced with plain " + newName + " (the initial value can be provided on Module, but after startup the value is only looked for on a local variable of that name)");
						}
					});
				}
				function ignoredModuleProp(prop) {
					if (Object.getOwnPropertyDescriptor(Module, prop)) abort("`Module." + prop + "` was supplied but `" + prop + "` not included in INCOMING_MODULE_JS_API");
				}
				function isExportedByForceFilesystem(name) {
					return name === "FS_createPath" || name === "FS_createDataFile" || name === "FS_createPreloadedFile" || name === "FS_unlink" || name === "addRunDependency" || name === "FS_createLazyFile" || name === "FS_createDevice" || name === "removeRunDependency";
				}
				function missingLibrarySymbol(sym) {
					if (typeof globalThis !== "undefined" && !Object.getOwnPropertyDescriptor(globalThis, sym)) Object.defineProperty(globalThis, sym, {
						configurable: true,
						get: function() {
							var msg = "`" + sym + "` is a library symbol and not included by default; add it to your library.js __deps or to DEFAULT_LIBRARY_FUNCS_TO_INCLUDE on the command line";
							var librarySymbol = sym;
							if (!librarySymbol.startsWith("_")) librarySymbol = "$" + sym;
							msg += " (e.g. -sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=" + librarySymbol + ")";
							if (isExportedByForceFilesystem(sym)) msg += ". Alternatively, forcing filesystem support (-sFORCE_FILESYSTEM) can export this for you";
							warnOnce(msg);
						}
					});
				}
				function unexportedRuntimeSymbol(sym) {
					if (!Object.getOwnPropertyDescriptor(Module, sym)) Object.defineProperty(Module, sym, {
						configurable: true,
						get: function() {
							var msg = "'" + sym + "' was not exported. add it to EXPORTED_RUNTIME_METHODS (see the FAQ)";
							if (isExportedByForceFilesystem(sym)) msg += ". Alternatively, forcing filesystem support (-sFORCE_FILESYSTEM) can export this for you";
							abort(msg);
						}
					});
				}
				if (Module["wasmBinary"]) Module["wasmBinary"];
				legacyModuleProp("wasmBinary", "wasmBinary");
				Module["noExitRuntime"];
				legacyModuleProp("noExitRuntime", "noExitRuntime");
				if (typeof WebAssembly != "object") abort("no native wasm support detected");
				var wasmMemory;
				var ABORT = false;
				/** @type {function(*, string=)} */
				function assert(condition, text) {
					if (!condition) abort("Assertion failed" + (text ? ": " + text : ""));
				}
				var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder("utf8") : void 0;
				/**
				* Given a pointer 'idx' to a null-terminated UTF8-encoded string in the given
				* array that contains uint8 values, returns a copy of that string as a
				* Javascript String object.
				* heapOrArray is either a regular array, or a JavaScript typed array view.
				* @param {number} idx
				* @param {number=} maxBytesToRead
				* @return {string}
				*/
				function UTF8ArrayToString(heapOrArray, idx, maxBytesToRead) {
					var endIdx = idx + maxBytesToRead;
					var endPtr = idx;
					while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
					if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
					var str = "";
					while (idx < endPtr) {
						var u0 = heapOrArray[idx++];
						if (!(u0 & 128)) {
							str += String.fromCharCode(u0);
							continue;
						}
						var u1 = heapOrArray[idx++] & 63;
						if ((u0 & 224) == 192) {
							str += String.fromCharCode((u0 & 31) << 6 | u1);
							continue;
						}
						var u2 = heapOrArray[idx++] & 63;
						if ((u0 & 240) == 224) u0 = (u0 & 15) << 12 | u1 << 6 | u2;
						else {
							if ((u0 & 248) != 240) warnOnce("Invalid UTF-8 leading byte " + ptrToString(u0) + " encountered when deserializing a UTF-8 string in wasm memory to a JS string!");
							u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
						}
						if (u0 < 65536) str += String.fromCharCode(u0);
						else {
							var ch = u0 - 65536;
							str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
						}
					}
					return str;
				}
				/**
				* Given a pointer 'ptr' to a null-terminated UTF8-encoded string in the
				* emscripten HEAP, returns a copy of that string as a Javascript String object.
				*
				* @param {number} ptr
				* @param {number=} maxBytesToRead - An optional length that specifies the
				*   maximum number of bytes to read. You can omit this parameter to scan the
				*   string until the first \0 byte. If maxBytesToRead is passed, and the string
				*   at [ptr, ptr+maxBytesToReadr[ contains a null byte in the middle, then the
				*   string will cut short at that byte index (i.e. maxBytesToRead will not
				*   produce a string of exact length [ptr, ptr+maxBytesToRead[) N.B. mixing
				*   frequent uses of UTF8ToString() with and without maxBytesToRead may throw
				*   JS JIT optimizations off, so it is worth to consider consistently using one
				* @return {string}
				*/
				function UTF8ToString(ptr, maxBytesToRead) {
					return ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "";
				}
				var buffer, HEAPU8, HEAP32, HEAPU32;
				function updateGlobalBufferAndViews(buf) {
					buffer = buf;
					Module["HEAP8"] = new Int8Array(buf);
					Module["HEAP16"] = new Int16Array(buf);
					Module["HEAP32"] = HEAP32 = new Int32Array(buf);
					Module["HEAPU8"] = HEAPU8 = new Uint8Array(buf);
					Module["HEAPU16"] = new Uint16Array(buf);
					Module["HEAPU32"] = HEAPU32 = new Uint32Array(buf);
					Module["HEAPF32"] = new Float32Array(buf);
					Module["HEAPF64"] = new Float64Array(buf);
				}
				var STACK_SIZE = 5242880;
				if (Module["STACK_SIZE"]) assert(STACK_SIZE === Module["STACK_SIZE"], "the stack size can no longer be determined at runtime");
				var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 16777216;
				legacyModuleProp("INITIAL_MEMORY", "INITIAL_MEMORY");
				assert(INITIAL_MEMORY >= STACK_SIZE, "INITIAL_MEMORY should be larger than STACK_SIZE, was " + INITIAL_MEMORY + "! (STACK_SIZE=" + STACK_SIZE + ")");
				assert(typeof Int32Array != "undefined" && typeof Float64Array !== "undefined" && Int32Array.prototype.subarray != void 0 && Int32Array.prototype.set != void 0, "JS engine does not provide full typed array support");
				assert(!Module["wasmMemory"], "Use of `wasmMemory` detected.  Use -sIMPORTED_MEMORY to define wasmMemory externally");
				assert(INITIAL_MEMORY == 16777216, "Detected runtime INITIAL_MEMORY setting.  Use -sIMPORTED_MEMORY to define wasmMemory dynamically");
				var wasmTable;
				function writeStackCookie() {
					var max = _emscripten_stack_get_end();
					assert((max & 3) == 0);
					if (max == 0) max += 4;
					HEAPU32[max >> 2] = 34821223;
					HEAPU32[max + 4 >> 2] = 2310721022;
					HEAPU32[0] = 1668509029;
				}
				function checkStackCookie() {
					if (ABORT) return;
					var max = _emscripten_stack_get_end();
					if (max == 0) max += 4;
					var cookie1 = HEAPU32[max >> 2];
					var cookie2 = HEAPU32[max + 4 >> 2];
					if (cookie1 != 34821223 || cookie2 != 2310721022) abort("Stack overflow! Stack cookie has been overwritten at " + ptrToString(max) + ", expected hex dwords 0x89BACDFE and 0x2135467, but received " + ptrToString(cookie2) + " " + ptrToString(cookie1));
					if (HEAPU32[0] !== 1668509029) abort("Runtime error: The application has corrupted its heap memory area (address zero)!");
				}
				(function() {
					var h16 = /* @__PURE__ */ new Int16Array(1);
					var h8 = new Int8Array(h16.buffer);
					h16[0] = 25459;
					if (h8[0] !== 115 || h8[1] !== 99) throw "Runtime error: expected the system to be little-endian! (Run with -sSUPPORT_BIG_ENDIAN to bypass)";
				})();
				var __ATPRERUN__ = [];
				var __ATINIT__ = [];
				var __ATPOSTRUN__ = [];
				var runtimeInitialized = false;
				function preRun() {
					if (Module["preRun"]) {
						if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
						while (Module["preRun"].length) addOnPreRun(Module["preRun"].shift());
					}
					callRuntimeCallbacks(__ATPRERUN__);
				}
				function initRuntime() {
					assert(!runtimeInitialized);
					runtimeInitialized = true;
					checkStackCookie();
					callRuntimeCallbacks(__ATINIT__);
				}
				function postRun() {
					checkStackCookie();
					if (Module["postRun"]) {
						if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
						while (Module["postRun"].length) addOnPostRun(Module["postRun"].shift());
					}
					callRuntimeCallbacks(__ATPOSTRUN__);
				}
				function addOnPreRun(cb) {
					__ATPRERUN__.unshift(cb);
				}
				function addOnInit(cb) {
					__ATINIT__.unshift(cb);
				}
				function addOnPostRun(cb) {
					__ATPOSTRUN__.unshift(cb);
				}
				assert(Math.imul, "This browser does not support Math.imul(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
				assert(Math.fround, "This browser does not support Math.fround(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
				assert(Math.clz32, "This browser does not support Math.clz32(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
				assert(Math.trunc, "This browser does not support Math.trunc(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
				var runDependencies = 0;
				var runDependencyWatcher = null;
				var dependenciesFulfilled = null;
				var runDependencyTracking = {};
				function addRunDependency(id) {
					runDependencies++;
					if (Module["monitorRunDependencies"]) Module["monitorRunDependencies"](runDependencies);
					if (id) {
						assert(!runDependencyTracking[id]);
						runDependencyTracking[id] = 1;
						if (runDependencyWatcher === null && typeof setInterval != "undefined") runDependencyWatcher = setInterval(function() {
							if (ABORT) {
								clearInterval(runDependencyWatcher);
								runDependencyWatcher = null;
								return;
							}
							var shown = false;
							for (var dep in runDependencyTracking) {
								if (!shown) {
									shown = true;
									err("still waiting on run dependencies:");
								}
								err("dependency: " + dep);
							}
							if (shown) err("(end of list)");
						}, 1e4);
					} else err("warning: run dependency added without ID");
				}
				function removeRunDependency(id) {
					runDependencies--;
					if (Module["monitorRunDependencies"]) Module["monitorRunDependencies"](runDependencies);
					if (id) {
						assert(runDependencyTracking[id]);
						delete runDependencyTracking[id];
					} else err("warning: run dependency removed without ID");
					if (runDependencies == 0) {
						if (runDependencyWatcher !== null) {
							clearInterval(runDependencyWatcher);
							runDependencyWatcher = null;
						}
						if (dependenciesFulfilled) {
							var callback = dependenciesFulfilled;
							dependenciesFulfilled = null;
							callback();
						}
					}
				}
				/** @param {string|number=} what */
				function abort(what) {
					if (Module["onAbort"]) Module["onAbort"](what);
					what = "Aborted(" + what + ")";
					err(what);
					ABORT = true;
					/** @suppress {checkTypes} */
					var e = new WebAssembly.RuntimeError(what);
					readyPromiseReject(e);
					throw e;
				}
				var FS = {
					error: function() {
						abort("Filesystem support (FS) was not included. The problem is that you are using files from JS, but files were not used from C/C++, so filesystem support was not auto-included. You can force-include filesystem support with -sFORCE_FILESYSTEM");
					},
					init: function() {
						FS.error();
					},
					createDataFile: function() {
						FS.error();
					},
					createPreloadedFile: function() {
						FS.error();
					},
					createLazyFile: function() {
						FS.error();
					},
					open: function() {
						FS.error();
					},
					mkdev: function() {
						FS.error();
					},
					registerDevice: function() {
						FS.error();
					},
					analyzePath: function() {
						FS.error();
					},
					loadFilesFromDB: function() {
						FS.error();
					},
					ErrnoError: function ErrnoError() {
						FS.error();
					}
				};
				Module["FS_createDataFile"] = FS.createDataFile;
				Module["FS_createPreloadedFile"] = FS.createPreloadedFile;
				var dataURIPrefix = "data:application/octet-stream;base64,";
				function isDataURI(filename) {
					return filename.startsWith(dataURIPrefix);
				}
				function isFileURI(filename) {
					return filename.startsWith("file://");
				}
				/** @param {boolean=} fixedasm */
				function createExportWrapper(name, fixedasm) {
					return function() {
						var displayName = name;
						var asm = fixedasm;
						if (!fixedasm) asm = Module["asm"];
						assert(runtimeInitialized, "native function `" + displayName + "` called before runtime initialization");
						if (!asm[name]) assert(asm[name], "exported native function `" + displayName + "` not found");
						return asm[name].apply(null, arguments);
					};
				}
				var wasmBinaryFile = "crc64.wasm";
				if (!isDataURI(wasmBinaryFile)) wasmBinaryFile = locateFile(wasmBinaryFile);
				var binaryInString = [
					"AGFzbQEAAAABzYCAgAAMYAF/AX9gAAF/YAF/AGAAAGADf35/AX5gA39/fwBgBH9/f38AYAN/f38Bf2AFf39",
					"/f38Bf2AEf39/fwF/YAR/f35/AX5gBH9+f38BfwKPgYCAAAUDZW52BWFib3J0AAMDZW52FmVtc2NyaXB0ZW",
					"5fcmVzaXplX2hlYXAAABZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxCGZkX2Nsb3NlAAAWd2FzaV9zbmFwc2hvd",
					"F9wcmV2aWV3MQhmZF93cml0ZQAJFndhc2lfc25hcHNob3RfcHJldmlldzEHZmRfc2VlawAIA62AgIAALAMF",
					"BgIBAAUGAgEBAAACAAIAAAAHBAQCAgEDAAIAAQIBAQIAAQMBAQEACggLBIWAgIAAAXABBAQFh4CAgAABAYA",
					"CgIACBsiAgIAACn8BQYCAwAILfwFBAAt/AUEAC38BQQALfwBBnJHBAgt/AEGwkcECC38AQZyRwQILfwBBsJ",
					"HBAgt/AEGwkcECC38AQZKSwQILB/qEgIAAGwZtZW1vcnkCABFfX3dhc21fY2FsbF9jdG9ycwAFJWVtc2Nya",
					"XB0ZW5fYmluZF9Wb2lkUHRyX19fZGVzdHJveV9fXzAACCVlbXNjcmlwdGVuX2JpbmRfQ3JjNjRIYXNoX0Ny",
					"YzY0SGFzaF8wAAkkZW1zY3JpcHRlbl9iaW5kX0NyYzY0SGFzaF9PbkFwcGVuZF8yAAsjZW1zY3JpcHRlbl9",
					"iaW5kX0NyYzY0SGFzaF9PbkZpbmFsXzMADCdlbXNjcmlwdGVuX2JpbmRfQ3JjNjRIYXNoX19fZGVzdHJveV",
					"9fXzAADRtfX2VtX2xpYl9kZXBzX3dlYmlkbF9iaW5kZXIDBCFfX2VtX2pzX19hcnJheV9ib3VuZHNfY2hlY",
					"2tfZXJyb3IDBRlfX2luZGlyZWN0X2Z1bmN0aW9uX3RhYmxlAQAQX19lcnJub19sb2NhdGlvbgAPBmZmbHVz",
					"aAAtBm1hbGxvYwARBGZyZWUAEhVlbXNjcmlwdGVuX3N0YWNrX2luaXQAKRllbXNjcmlwdGVuX3N0YWNrX2d",
					"ldF9mcmVlACoZZW1zY3JpcHRlbl9zdGFja19nZXRfYmFzZQArGGVtc2NyaXB0ZW5fc3RhY2tfZ2V0X2VuZA",
					"AsCXN0YWNrU2F2ZQAlDHN0YWNrUmVzdG9yZQAmCnN0YWNrQWxsb2MAJxxlbXNjcmlwdGVuX3N0YWNrX2dld",
					"F9jdXJyZW50ACgTX19zdGFydF9lbV9saWJfZGVwcwMGEl9fc3RvcF9lbV9saWJfZGVwcwMHDV9fc3RhcnRf",
					"ZW1fanMDCAxfX3N0b3BfZW1fanMDCQxkeW5DYWxsX2ppamkALwmJgICAAAEAQQELAxYYGgqtkYGAACwEABA",
					"pC81IAvcCf6EFfiMAIQNBgAEhBCADIARrIQUgBSAANgJ8IAUgATYCeCAFIAI2AnQgBSgCfCEGIAUoAnghBy",
					"AFIAc2AnAgBSgCdCEIIAghCSAJrCH6AiAGKQMIIfsCIPsCIPoCfCH8AiAGIPwCNwMIIAYpAwAh/QJCfyH+A",
					"iD9AiD+AoUh/wIgBSD/AjcDaEIAIYADIAUggAM3A2AgBSgCdCEKIAUoAnQhC0EgIQwgCyAMbyENIAogDWsh",
					"DiAFIA42AlwgBSgCXCEPQcAAIRAgDyERIBAhEiARIBJPIRNBASEUIBMgFHEhFQJAIBVFDQAgBSgCcCEWIAU",
					"gFjYCWEIAIYEDIAUggQM3A1BCACGCAyAFIIIDNwNIQgAhgwMgBSCDAzcDQEIAIYQDIAUghAM3AzggBSkDYC",
					"GFAyAFKAJcIRcgFyEYIBitIYYDIIUDIIYDfCGHA0IgIYgDIIcDIIgDfSGJAyAFIIkDNwMwIAUoAlwhGSAFK",
					"AJ0IRogGiAZayEbIAUgGzYCdCAFKQNoIYoDIAUgigM3A1ACQANAIAUpA2AhiwMgBSkDMCGMAyCLAyGNAyCM",
					"AyGOAyCNAyCOA1QhHEEBIR0gHCAdcSEeIB5FDQEgBSgCWCEfIB8pAwAhjwMgBSkDUCGQAyCPAyCQA4UhkQM",
					"gBSCRAzcDKCAFKAJYISAgICkDCCGSAyAFKQNIIZMDIJIDIJMDhSGUAyAFIJQDNwMgIAUoAlghISAhKQMQIZ",
					"UDIAUpA0AhlgMglQMglgOFIZcDIAUglwM3AxggBSgCWCEiICIpAxghmAMgBSkDOCGZAyCYAyCZA4UhmgMgB",
					"SCaAzcDECAFKQMoIZsDQv8BIZwDIJsDIJwDgyGdA0KADiGeAyCdAyCeA3whnwMgnwOnISNBgIDAAiEkQQMh",
					"JSAjICV0ISYgJCAmaiEnICcpAwAhoAMgBSCgAzcDUCAFKQMoIaEDQgghogMgoQMgogOIIaMDIAUgowM3Ayg",
					"gBSkDICGkA0L/ASGlAyCkAyClA4MhpgNCgA4hpwMgpgMgpwN8IagDIKgDpyEoQYCAwAIhKUEDISogKCAqdC",
					"ErICkgK2ohLCAsKQMAIakDIAUgqQM3A0ggBSkDICGqA0IIIasDIKoDIKsDiCGsAyAFIKwDNwMgIAUpAxghr",
					"QNC/wEhrgMgrQMgrgODIa8DQoAOIbADIK8DILADfCGxAyCxA6chLUGAgMACIS5BAyEvIC0gL3QhMCAuIDBq",
					"ITEgMSkDACGyAyAFILIDNwNAIAUpAxghswNCCCG0AyCzAyC0A4ghtQMgBSC1AzcDGCAFKQMQIbYDQv8BIbc",
					"DILYDILcDgyG4A0KADiG5AyC4AyC5A3whugMgugOnITJBgIDAAiEzQQMhNCAyIDR0ITUgMyA1aiE2IDYpAw",
					"AhuwMgBSC7AzcDOCAFKQMQIbwDQgghvQMgvAMgvQOIIb4DIAUgvgM3AxAgBSkDKCG/A0L/ASHAAyC/AyDAA",
					"4MhwQNCgAwhwgMgwQMgwgN8IcMDIMMDpyE3QYCAwAIhOEEDITkgNyA5dCE6IDggOmohOyA7KQMAIcQDIAUp",
					"A1AhxQMgxQMgxAOFIcYDIAUgxgM3A1AgBSkDKCHHA0IIIcgDIMcDIMgDiCHJAyAFIMkDNwMoIAUpAyAhygN",
					"C/wEhywMgygMgywODIcwDQoAMIc0DIMwDIM0DfCHOAyDOA6chPEGAgMACIT1BAyE+IDwgPnQhPyA9ID9qIU",
					"AgQCkDACHPAyAFKQNIIdADINADIM8DhSHRAyAFINEDNwNIIAUpAyAh0gNCCCHTAyDSAyDTA4gh1AMgBSDUA",
					"zcDICAFKQMYIdUDQv8BIdYDINUDINYDgyHXA0KADCHYAyDXAyDYA3wh2QMg2QOnIUFBgIDAAiFCQQMhQyBB",
					"IEN0IUQgQiBEaiFFIEUpAwAh2gMgBSkDQCHbAyDbAyDaA4Uh3AMgBSDcAzcDQCAFKQMYId0DQggh3gMg3QM",
					"g3gOIId8DIAUg3wM3AxggBSkDECHgA0L/ASHhAyDgAyDhA4Mh4gNCgAwh4wMg4gMg4wN8IeQDIOQDpyFGQY",
					"CAwAIhR0EDIUggRiBIdCFJIEcgSWohSiBKKQMAIeUDIAUpAzgh5gMg5gMg5QOFIecDIAUg5wM3AzggBSkDE",
					"CHoA0IIIekDIOgDIOkDiCHqAyAFIOoDNwMQIAUpAygh6wNC/wEh7AMg6wMg7AODIe0DQoAKIe4DIO0DIO4D",
					"fCHvAyDvA6chS0GAgMACIUxBAyFNIEsgTXQhTiBMIE5qIU8gTykDACHwAyAFKQNQIfEDIPEDIPADhSHyAyA",
					"FIPIDNwNQIAUpAygh8wNCCCH0AyDzAyD0A4gh9QMgBSD1AzcDKCAFKQMgIfYDQv8BIfcDIPYDIPcDgyH4A0",
					"KACiH5AyD4AyD5A3wh+gMg+gOnIVBBgIDAAiFRQQMhUiBQIFJ0IVMgUSBTaiFUIFQpAwAh+wMgBSkDSCH8A",
					"yD8AyD7A4Uh/QMgBSD9AzcDSCAFKQMgIf4DQggh/wMg/gMg/wOIIYAEIAUggAQ3AyAgBSkDGCGBBEL/ASGC",
					"BCCBBCCCBIMhgwRCgAohhAQggwQghAR8IYUEIIUEpyFVQYCAwAIhVkEDIVcgVSBXdCFYIFYgWGohWSBZKQM",
					"AIYYEIAUpA0AhhwQghwQghgSFIYgEIAUgiAQ3A0AgBSkDGCGJBEIIIYoEIIkEIIoEiCGLBCAFIIsENwMYIA",
					"UpAxAhjARC/wEhjQQgjAQgjQSDIY4EQoAKIY8EII4EII8EfCGQBCCQBKchWkGAgMACIVtBAyFcIFogXHQhX",
					"SBbIF1qIV4gXikDACGRBCAFKQM4IZIEIJIEIJEEhSGTBCAFIJMENwM4IAUpAxAhlARCCCGVBCCUBCCVBIgh",
					"lgQgBSCWBDcDECAFKQMoIZcEQv8BIZgEIJcEIJgEgyGZBEKACCGaBCCZBCCaBHwhmwQgmwSnIV9BgIDAAiF",
					"gQQMhYSBfIGF0IWIgYCBiaiFjIGMpAwAhnAQgBSkDUCGdBCCdBCCcBIUhngQgBSCeBDcDUCAFKQMoIZ8EQg",
					"ghoAQgnwQgoASIIaEEIAUgoQQ3AyggBSkDICGiBEL/ASGjBCCiBCCjBIMhpARCgAghpQQgpAQgpQR8IaYEI",
					"KYEpyFkQYCAwAIhZUEDIWYgZCBmdCFnIGUgZ2ohaCBoKQMAIacEIAUpA0ghqAQgqAQgpwSFIakEIAUgqQQ3",
					"A0ggBSkDICGqBEIIIasEIKoEIKsEiCGsBCAFIKwENwMgIAUpAxghrQRC/wEhrgQgrQQgrgSDIa8EQoAIIbA",
					"EIK8EILAEfCGxBCCxBKchaUGAgMACIWpBAyFrIGkga3QhbCBqIGxqIW0gbSkDACGyBCAFKQNAIbMEILMEIL",
					"IEhSG0BCAFILQENwNAIAUpAxghtQRCCCG2BCC1BCC2BIghtwQgBSC3BDcDGCAFKQMQIbgEQv8BIbkEILgEI",
					"LkEgyG6BEKACCG7BCC6BCC7BHwhvAQgvASnIW5BgIDAAiFvQQMhcCBuIHB0IXEgbyBxaiFyIHIpAwAhvQQg",
					"BSkDOCG+BCC+BCC9BIUhvwQgBSC/BDcDOCAFKQMQIcAEQgghwQQgwAQgwQSIIcIEIAUgwgQ3AxAgBSkDKCH",
					"DBEL/ASHEBCDDBCDEBIMhxQRCgAYhxgQgxQQgxgR8IccEIMcEpyFzQYCAwAIhdEEDIXUgcyB1dCF2IHQgdm",
					"ohdyB3KQMAIcgEIAUpA1AhyQQgyQQgyASFIcoEIAUgygQ3A1AgBSkDKCHLBEIIIcwEIMsEIMwEiCHNBCAFI",
					"M0ENwMoIAUpAyAhzgRC/wEhzwQgzgQgzwSDIdAEQoAGIdEEINAEINEEfCHSBCDSBKcheEGAgMACIXlBAyF6",
					"IHggenQheyB5IHtqIXwgfCkDACHTBCAFKQNIIdQEINQEINMEhSHVBCAFINUENwNIIAUpAyAh1gRCCCHXBCD",
					"WBCDXBIgh2AQgBSDYBDcDICAFKQMYIdkEQv8BIdoEINkEINoEgyHbBEKABiHcBCDbBCDcBHwh3QQg3QSnIX",
					"1BgIDAAiF+QQMhfyB9IH90IYABIH4ggAFqIYEBIIEBKQMAId4EIAUpA0Ah3wQg3wQg3gSFIeAEIAUg4AQ3A",
					"0AgBSkDGCHhBEIIIeIEIOEEIOIEiCHjBCAFIOMENwMYIAUpAxAh5ARC/wEh5QQg5AQg5QSDIeYEQoAGIecE",
					"IOYEIOcEfCHoBCDoBKchggFBgIDAAiGDAUEDIYQBIIIBIIQBdCGFASCDASCFAWohhgEghgEpAwAh6QQgBSk",
					"DOCHqBCDqBCDpBIUh6wQgBSDrBDcDOCAFKQMQIewEQggh7QQg7AQg7QSIIe4EIAUg7gQ3AxAgBSkDKCHvBE",
					"L/ASHwBCDvBCDwBIMh8QRCgAQh8gQg8QQg8gR8IfMEIPMEpyGHAUGAgMACIYgBQQMhiQEghwEgiQF0IYoBI",
					"IgBIIoBaiGLASCLASkDACH0BCAFKQNQIfUEIPUEIPQEhSH2BCAFIPYENwNQIAUpAygh9wRCCCH4BCD3BCD4",
					"BIgh+QQgBSD5BDcDKCAFKQMgIfoEQv8BIfsEIPoEIPsEgyH8BEKABCH9BCD8BCD9BHwh/gQg/gSnIYwBQYC",
					"AwAIhjQFBAyGOASCMASCOAXQhjwEgjQEgjwFqIZABIJABKQMAIf8EIAUpA0ghgAUggAUg/wSFIYEFIAUggQ",
					"U3A0ggBSkDICGCBUIIIYMFIIIFIIMFiCGEBSAFIIQFNwMgIAUpAxghhQVC/wEhhgUghQUghgWDIYcFQoAEI",
					"YgFIIcFIIgFfCGJBSCJBachkQFBgIDAAiGSAUEDIZMBIJEBIJMBdCGUASCSASCUAWohlQEglQEpAwAhigUg",
					"BSkDQCGLBSCLBSCKBYUhjAUgBSCMBTcDQCAFKQMYIY0FQgghjgUgjQUgjgWIIY8FIAUgjwU3AxggBSkDECG",
					"QBUL/ASGRBSCQBSCRBYMhkgVCgAQhkwUgkgUgkwV8IZQFIJQFpyGWAUGAgMACIZcBQQMhmAEglgEgmAF0IZ",
					"kBIJcBIJkBaiGaASCaASkDACGVBSAFKQM4IZYFIJYFIJUFhSGXBSAFIJcFNwM4IAUpAxAhmAVCCCGZBSCYB",
					"SCZBYghmgUgBSCaBTcDECAFKQMoIZsFQv8BIZwFIJsFIJwFgyGdBUKAAiGeBSCdBSCeBXwhnwUgnwWnIZsB",
					"QYCAwAIhnAFBAyGdASCbASCdAXQhngEgnAEgngFqIZ8BIJ8BKQMAIaAFIAUpA1AhoQUgoQUgoAWFIaIFIAU",
					"gogU3A1AgBSkDKCGjBUIIIaQFIKMFIKQFiCGlBSAFIKUFNwMoIAUpAyAhpgVC/wEhpwUgpgUgpwWDIagFQo",
					"ACIakFIKgFIKkFfCGqBSCqBachoAFBgIDAAiGhAUEDIaIBIKABIKIBdCGjASChASCjAWohpAEgpAEpAwAhq",
					"wUgBSkDSCGsBSCsBSCrBYUhrQUgBSCtBTcDSCAFKQMgIa4FQgghrwUgrgUgrwWIIbAFIAUgsAU3AyAgBSkD",
					"GCGxBUL/ASGyBSCxBSCyBYMhswVCgAIhtAUgswUgtAV8IbUFILUFpyGlAUGAgMACIaYBQQMhpwEgpQEgpwF",
					"0IagBIKYBIKgBaiGpASCpASkDACG2BSAFKQNAIbcFILcFILYFhSG4BSAFILgFNwNAIAUpAxghuQVCCCG6BS",
					"C5BSC6BYghuwUgBSC7BTcDGCAFKQMQIbwFQv8BIb0FILwFIL0FgyG+BUKAAiG/BSC+BSC/BXwhwAUgwAWnI",
					"aoBQYCAwAIhqwFBAyGsASCqASCsAXQhrQEgqwEgrQFqIa4BIK4BKQMAIcEFIAUpAzghwgUgwgUgwQWFIcMF",
					"IAUgwwU3AzggBSkDECHEBUIIIcUFIMQFIMUFiCHGBSAFIMYFNwMQIAUpAyghxwVC/wEhyAUgxwUgyAWDIck",
					"FQgAhygUgyQUgygV8IcsFIMsFpyGvAUGAgMACIbABQQMhsQEgrwEgsQF0IbIBILABILIBaiGzASCzASkDAC",
					"HMBSAFKQNQIc0FIM0FIMwFhSHOBSAFIM4FNwNQIAUpAyAhzwVC/wEh0AUgzwUg0AWDIdEFQgAh0gUg0QUg0",
					"gV8IdMFINMFpyG0AUGAgMACIbUBQQMhtgEgtAEgtgF0IbcBILUBILcBaiG4ASC4ASkDACHUBSAFKQNIIdUF",
					"INUFINQFhSHWBSAFINYFNwNIIAUpAxgh1wVC/wEh2AUg1wUg2AWDIdkFQgAh2gUg2QUg2gV8IdsFINsFpyG",
					"5AUGAgMACIboBQQMhuwEguQEguwF0IbwBILoBILwBaiG9ASC9ASkDACHcBSAFKQNAId0FIN0FINwFhSHeBS",
					"AFIN4FNwNAIAUpAxAh3wVC/wEh4AUg3wUg4AWDIeEFQgAh4gUg4QUg4gV8IeMFIOMFpyG+AUGAgMACIb8BQ",
					"QMhwAEgvgEgwAF0IcEBIL8BIMEBaiHCASDCASkDACHkBSAFKQM4IeUFIOUFIOQFhSHmBSAFIOYFNwM4IAUp",
					"A2Ah5wVCICHoBSDnBSDoBXwh6QUgBSDpBTcDYCAFKAJYIcMBQSAhxAEgwwEgxAFqIcUBIAUgxQE2AlgMAAs",
					"AC0IAIeoFIAUg6gU3A2ggBSgCWCHGASDGASkDACHrBSAFKQNQIewFIOsFIOwFhSHtBSAFKQNoIe4FIO4FIO",
					"0FhSHvBSAFIO8FNwNoIAUpA2gh8AVCCCHxBSDwBSDxBYgh8gUgBSkDaCHzBUL/ASH0BSDzBSD0BYMh9QUg9",
					"QWnIccBQYCAwQIhyAFBAyHJASDHASDJAXQhygEgyAEgygFqIcsBIMsBKQMAIfYFIPIFIPYFhSH3BSAFIPcF",
					"NwNoIAUpA2gh+AVCCCH5BSD4BSD5BYgh+gUgBSkDaCH7BUL/ASH8BSD7BSD8BYMh/QUg/QWnIcwBQYCAwQI",
					"hzQFBAyHOASDMASDOAXQhzwEgzQEgzwFqIdABINABKQMAIf4FIPoFIP4FhSH/BSAFIP8FNwNoIAUpA2ghgA",
					"ZCCCGBBiCABiCBBoghggYgBSkDaCGDBkL/ASGEBiCDBiCEBoMhhQYghQanIdEBQYCAwQIh0gFBAyHTASDRA",
					"SDTAXQh1AEg0gEg1AFqIdUBINUBKQMAIYYGIIIGIIYGhSGHBiAFIIcGNwNoIAUpA2ghiAZCCCGJBiCIBiCJ",
					"BoghigYgBSkDaCGLBkL/ASGMBiCLBiCMBoMhjQYgjQanIdYBQYCAwQIh1wFBAyHYASDWASDYAXQh2QEg1wE",
					"g2QFqIdoBINoBKQMAIY4GIIoGII4GhSGPBiAFII8GNwNoIAUpA2ghkAZCCCGRBiCQBiCRBoghkgYgBSkDaC",
					"GTBkL/ASGUBiCTBiCUBoMhlQYglQanIdsBQYCAwQIh3AFBAyHdASDbASDdAXQh3gEg3AEg3gFqId8BIN8BK",
					"QMAIZYGIJIGIJYGhSGXBiAFIJcGNwNoIAUpA2ghmAZCCCGZBiCYBiCZBoghmgYgBSkDaCGbBkL/ASGcBiCb",
					"BiCcBoMhnQYgnQanIeABQYCAwQIh4QFBAyHiASDgASDiAXQh4wEg4QEg4wFqIeQBIOQBKQMAIZ4GIJoGIJ4",
					"GhSGfBiAFIJ8GNwNoIAUpA2ghoAZCCCGhBiCgBiChBoghogYgBSkDaCGjBkL/ASGkBiCjBiCkBoMhpQYgpQ",
					"anIeUBQYCAwQIh5gFBAyHnASDlASDnAXQh6AEg5gEg6AFqIekBIOkBKQMAIaYGIKIGIKYGhSGnBiAFIKcGN",
					"wNoIAUpA2ghqAZCCCGpBiCoBiCpBoghqgYgBSkDaCGrBkL/ASGsBiCrBiCsBoMhrQYgrQanIeoBQYCAwQIh",
					"6wFBAyHsASDqASDsAXQh7QEg6wEg7QFqIe4BIO4BKQMAIa4GIKoGIK4GhSGvBiAFIK8GNwNoIAUoAlgh7wE",
					"g7wEpAwghsAYgBSkDSCGxBiCwBiCxBoUhsgYgBSkDaCGzBiCzBiCyBoUhtAYgBSC0BjcDaCAFKQNoIbUGQg",
					"ghtgYgtQYgtgaIIbcGIAUpA2ghuAZC/wEhuQYguAYguQaDIboGILoGpyHwAUGAgMECIfEBQQMh8gEg8AEg8",
					"gF0IfMBIPEBIPMBaiH0ASD0ASkDACG7BiC3BiC7BoUhvAYgBSC8BjcDaCAFKQNoIb0GQgghvgYgvQYgvgaI",
					"Ib8GIAUpA2ghwAZC/wEhwQYgwAYgwQaDIcIGIMIGpyH1AUGAgMECIfYBQQMh9wEg9QEg9wF0IfgBIPYBIPg",
					"BaiH5ASD5ASkDACHDBiC/BiDDBoUhxAYgBSDEBjcDaCAFKQNoIcUGQgghxgYgxQYgxgaIIccGIAUpA2ghyA",
					"ZC/wEhyQYgyAYgyQaDIcoGIMoGpyH6AUGAgMECIfsBQQMh/AEg+gEg/AF0If0BIPsBIP0BaiH+ASD+ASkDA",
					"CHLBiDHBiDLBoUhzAYgBSDMBjcDaCAFKQNoIc0GQgghzgYgzQYgzgaIIc8GIAUpA2gh0AZC/wEh0QYg0AYg",
					"0QaDIdIGINIGpyH/AUGAgMECIYACQQMhgQIg/wEggQJ0IYICIIACIIICaiGDAiCDAikDACHTBiDPBiDTBoU",
					"h1AYgBSDUBjcDaCAFKQNoIdUGQggh1gYg1QYg1gaIIdcGIAUpA2gh2AZC/wEh2QYg2AYg2QaDIdoGINoGpy",
					"GEAkGAgMECIYUCQQMhhgIghAIghgJ0IYcCIIUCIIcCaiGIAiCIAikDACHbBiDXBiDbBoUh3AYgBSDcBjcDa",
					"CAFKQNoId0GQggh3gYg3QYg3gaIId8GIAUpA2gh4AZC/wEh4QYg4AYg4QaDIeIGIOIGpyGJAkGAgMECIYoC",
					"QQMhiwIgiQIgiwJ0IYwCIIoCIIwCaiGNAiCNAikDACHjBiDfBiDjBoUh5AYgBSDkBjcDaCAFKQNoIeUGQgg",
					"h5gYg5QYg5gaIIecGIAUpA2gh6AZC/wEh6QYg6AYg6QaDIeoGIOoGpyGOAkGAgMECIY8CQQMhkAIgjgIgkA",
					"J0IZECII8CIJECaiGSAiCSAikDACHrBiDnBiDrBoUh7AYgBSDsBjcDaCAFKQNoIe0GQggh7gYg7QYg7gaII",
					"e8GIAUpA2gh8AZC/wEh8QYg8AYg8QaDIfIGIPIGpyGTAkGAgMECIZQCQQMhlQIgkwIglQJ0IZYCIJQCIJYC",
					"aiGXAiCXAikDACHzBiDvBiDzBoUh9AYgBSD0BjcDaCAFKAJYIZgCIJgCKQMQIfUGIAUpA0Ah9gYg9QYg9ga",
					"FIfcGIAUpA2gh+AYg+AYg9waFIfkGIAUg+QY3A2ggBSkDaCH6BkIIIfsGIPoGIPsGiCH8BiAFKQNoIf0GQv",
					"8BIf4GIP0GIP4GgyH/BiD/BqchmQJBgIDBAiGaAkEDIZsCIJkCIJsCdCGcAiCaAiCcAmohnQIgnQIpAwAhg",
					"Acg/AYggAeFIYEHIAUggQc3A2ggBSkDaCGCB0IIIYMHIIIHIIMHiCGEByAFKQNoIYUHQv8BIYYHIIUHIIYH",
					"gyGHByCHB6chngJBgIDBAiGfAkEDIaACIJ4CIKACdCGhAiCfAiChAmohogIgogIpAwAhiAcghAcgiAeFIYk",
					"HIAUgiQc3A2ggBSkDaCGKB0IIIYsHIIoHIIsHiCGMByAFKQNoIY0HQv8BIY4HII0HII4HgyGPByCPB6chow",
					"JBgIDBAiGkAkEDIaUCIKMCIKUCdCGmAiCkAiCmAmohpwIgpwIpAwAhkAcgjAcgkAeFIZEHIAUgkQc3A2ggB",
					"SkDaCGSB0IIIZMHIJIHIJMHiCGUByAFKQNoIZUHQv8BIZYHIJUHIJYHgyGXByCXB6chqAJBgIDBAiGpAkED",
					"IaoCIKgCIKoCdCGrAiCpAiCrAmohrAIgrAIpAwAhmAcglAcgmAeFIZkHIAUgmQc3A2ggBSkDaCGaB0IIIZs",
					"HIJoHIJsHiCGcByAFKQNoIZ0HQv8BIZ4HIJ0HIJ4HgyGfByCfB6chrQJBgIDBAiGuAkEDIa8CIK0CIK8CdC",
					"GwAiCuAiCwAmohsQIgsQIpAwAhoAcgnAcgoAeFIaEHIAUgoQc3A2ggBSkDaCGiB0IIIaMHIKIHIKMHiCGkB",
					"yAFKQNoIaUHQv8BIaYHIKUHIKYHgyGnByCnB6chsgJBgIDBAiGzAkEDIbQCILICILQCdCG1AiCzAiC1Amoh",
					"tgIgtgIpAwAhqAcgpAcgqAeFIakHIAUgqQc3A2ggBSkDaCGqB0IIIasHIKoHIKsHiCGsByAFKQNoIa0HQv8",
					"BIa4HIK0HIK4HgyGvByCvB6chtwJBgIDBAiG4AkEDIbkCILcCILkCdCG6AiC4AiC6AmohuwIguwIpAwAhsA",
					"cgrAcgsAeFIbEHIAUgsQc3A2ggBSkDaCGyB0IIIbMHILIHILMHiCG0ByAFKQNoIbUHQv8BIbYHILUHILYHg",
					"yG3ByC3B6chvAJBgIDBAiG9AkEDIb4CILwCIL4CdCG/AiC9AiC/AmohwAIgwAIpAwAhuAcgtAcguAeFIbkH",
					"IAUguQc3A2ggBSgCWCHBAiDBAikDGCG6ByAFKQM4IbsHILoHILsHhSG8ByAFKQNoIb0HIL0HILwHhSG+ByA",
					"FIL4HNwNoIAUpA2ghvwdCCCHAByC/ByDAB4ghwQcgBSkDaCHCB0L/ASHDByDCByDDB4MhxAcgxAenIcICQY",
					"CAwQIhwwJBAyHEAiDCAiDEAnQhxQIgwwIgxQJqIcYCIMYCKQMAIcUHIMEHIMUHhSHGByAFIMYHNwNoIAUpA",
					"2ghxwdCCCHIByDHByDIB4ghyQcgBSkDaCHKB0L/ASHLByDKByDLB4MhzAcgzAenIccCQYCAwQIhyAJBAyHJ",
					"AiDHAiDJAnQhygIgyAIgygJqIcsCIMsCKQMAIc0HIMkHIM0HhSHOByAFIM4HNwNoIAUpA2ghzwdCCCHQByD",
					"PByDQB4gh0QcgBSkDaCHSB0L/ASHTByDSByDTB4Mh1Acg1AenIcwCQYCAwQIhzQJBAyHOAiDMAiDOAnQhzw",
					"IgzQIgzwJqIdACINACKQMAIdUHINEHINUHhSHWByAFINYHNwNoIAUpA2gh1wdCCCHYByDXByDYB4gh2QcgB",
					"SkDaCHaB0L/ASHbByDaByDbB4Mh3Acg3AenIdECQYCAwQIh0gJBAyHTAiDRAiDTAnQh1AIg0gIg1AJqIdUC",
					"INUCKQMAId0HINkHIN0HhSHeByAFIN4HNwNoIAUpA2gh3wdCCCHgByDfByDgB4gh4QcgBSkDaCHiB0L/ASH",
					"jByDiByDjB4Mh5Acg5AenIdYCQYCAwQIh1wJBAyHYAiDWAiDYAnQh2QIg1wIg2QJqIdoCINoCKQMAIeUHIO",
					"EHIOUHhSHmByAFIOYHNwNoIAUpA2gh5wdCCCHoByDnByDoB4gh6QcgBSkDaCHqB0L/ASHrByDqByDrB4Mh7",
					"Acg7AenIdsCQYCAwQIh3AJBAyHdAiDbAiDdAnQh3gIg3AIg3gJqId8CIN8CKQMAIe0HIOkHIO0HhSHuByAF",
					"IO4HNwNoIAUpA2gh7wdCCCHwByDvByDwB4gh8QcgBSkDaCHyB0L/ASHzByDyByDzB4Mh9Acg9AenIeACQYC",
					"AwQIh4QJBAyHiAiDgAiDiAnQh4wIg4QIg4wJqIeQCIOQCKQMAIfUHIPEHIPUHhSH2ByAFIPYHNwNoIAUpA2",
					"gh9wdCCCH4ByD3ByD4B4gh+QcgBSkDaCH6B0L/ASH7ByD6ByD7B4Mh/Acg/AenIeUCQYCAwQIh5gJBAyHnA",
					"iDlAiDnAnQh6AIg5gIg6AJqIekCIOkCKQMAIf0HIPkHIP0HhSH+ByAFIP4HNwNoIAUpA2Ah/wdCICGACCD/",
					"ByCACHwhgQggBSCBCDcDYAtCACGCCCAFIIIINwMIAkADQCAFKQMIIYMIIAUoAnQh6gIg6gIh6wIg6wKsIYQ",
					"IIIMIIYUIIIQIIYYIIIUIIIYIVCHsAkEBIe0CIOwCIO0CcSHuAiDuAkUNASAFKQNoIYcIQgghiAgghwggiA",
					"iIIYkIIAUpA2ghigggBSgCcCHvAiAFKQNgIYsIIIsIpyHwAiDvAiDwAmoh8QIg8QItAAAh8gJB/wEh8wIg8",
					"gIg8wJxIfQCIPQCrSGMCCCKCCCMCIUhjQhC/wEhjgggjQggjgiDIY8III8IpyH1AkGAgMECIfYCQQMh9wIg",
					"9QIg9wJ0IfgCIPYCIPgCaiH5AiD5AikDACGQCCCJCCCQCIUhkQggBSCRCDcDaCAFKQMIIZIIQgEhkwggkgg",
					"gkwh8IZQIIAUglAg3AwggBSkDYCGVCEIBIZYIIJUIIJYIfCGXCCAFIJcINwNgDAALAAsgBSkDaCGYCEJ/IZ",
					"kIIJgIIJkIhSGaCCAGIJoINwMADwudAgIcfwV+IwAhBEEgIQUgBCAFayEGIAYkACAGIAA2AhwgBiABNgIYI",
					"AYgAjYCFCAGIAM2AhAgBigCHCEHIAYoAhghCCAGKAIUIQkgByAIIAkQBiAGKAIQIQogBiAKNgIMQQAhCyAG",
					"IAs2AggCQANAIAYoAgghDEEIIQ0gDCEOIA0hDyAOIA9JIRBBASERIBAgEXEhEiASRQ0BIAcpAwAhICAGKAI",
					"IIRNBAyEUIBMgFHQhFSAVIRYgFq0hISAgICGIISJC/wEhIyAiICODISQgJKchFyAGKAIMIRggBigCCCEZIB",
					"ggGWohGiAaIBc6AAAgBigCCCEbQQEhHCAbIBxqIR0gBiAdNgIIDAALAAtBICEeIAYgHmohHyAfJAAPC14BD",
					"H8jACEBQRAhAiABIAJrIQMgAyQAIAMgADYCDCADKAIMIQRBACEFIAQhBiAFIQcgBiAHRiEIQQEhCSAIIAlx",
					"IQoCQCAKDQAgBBAUC0EQIQsgAyALaiEMIAwkAA8LNQIEfwF+QRAhACAAEBMhAUIAIQQgASAENwMAQQghAiA",
					"BIAJqIQMgAyAENwMAIAEQChogAQ8LPAIEfwJ+IwAhAUEQIQIgASACayEDIAMgADYCDCADKAIMIQRCACEFIA",
					"QgBTcDAEIAIQYgBCAGNwMIIAQPC1kBCH8jACEDQRAhBCADIARrIQUgBSQAIAUgADYCDCAFIAE2AgggBSACN",
					"gIEIAUoAgwhBiAFKAIIIQcgBSgCBCEIIAYgByAIEAZBECEJIAUgCWohCiAKJAAPC2kBCX8jACEEQRAhBSAE",
					"IAVrIQYgBiQAIAYgADYCDCAGIAE2AgggBiACNgIEIAYgAzYCACAGKAIMIQcgBigCCCEIIAYoAgQhCSAGKAI",
					"AIQogByAIIAkgChAHQRAhCyAGIAtqIQwgDCQADwteAQx/IwAhAUEQIQIgASACayEDIAMkACADIAA2AgwgAy",
					"gCDCEEQQAhBSAEIQYgBSEHIAYgB0YhCEEBIQkgCCAJcSEKAkAgCg0AIAQQFAtBECELIAMgC2ohDCAMJAAPC",
					"wcAPwBBEHQLBwBBlJLBAgtUAQJ/QQAoAoCQwQIiASAAQQdqQXhxIgJqIQACQAJAIAJFDQAgACABTQ0BCwJA",
					"IAAQDk0NACAAEAFFDQELQQAgADYCgJDBAiABDwsQD0EwNgIAQX8LviwBC38jAEEQayIBJAACQAJAAkACQAJ",
					"AAkACQAJAAkACQAJAAkACQAJAAkAgAEH0AUsNAAJAQQAoApiSwQIiAkEQIABBC2pBeHEgAEELSRsiA0EDdi",
					"IEdiIAQQNxRQ0AAkACQCAAQX9zQQFxIARqIgVBA3QiBEHAksECaiIAIARByJLBAmooAgAiBCgCCCIDRw0AQ",
					"QAgAkF+IAV3cTYCmJLBAgwBCyADIAA2AgwgACADNgIICyAEQQhqIQAgBCAFQQN0IgVBA3I2AgQgBCAFaiIE",
					"IAQoAgRBAXI2AgQMDwsgA0EAKAKgksECIgZNDQECQCAARQ0AAkACQCAAIAR0QQIgBHQiAEEAIABrcnEiAEE",
					"AIABrcWgiBEEDdCIAQcCSwQJqIgUgAEHIksECaigCACIAKAIIIgdHDQBBACACQX4gBHdxIgI2ApiSwQIMAQ",
					"sgByAFNgIMIAUgBzYCCAsgACADQQNyNgIEIAAgA2oiByAEQQN0IgQgA2siBUEBcjYCBCAAIARqIAU2AgACQ",
					"CAGRQ0AIAZBeHFBwJLBAmohA0EAKAKsksECIQQCQAJAIAJBASAGQQN2dCIIcQ0AQQAgAiAIcjYCmJLBAiAD",
					"IQgMAQsgAygCCCEICyADIAQ2AgggCCAENgIMIAQgAzYCDCAEIAg2AggLIABBCGohAEEAIAc2AqySwQJBACA",
					"FNgKgksECDA8LQQAoApySwQIiCUUNASAJQQAgCWtxaEECdEHIlMECaigCACIHKAIEQXhxIANrIQQgByEFAk",
					"ADQAJAIAUoAhAiAA0AIAVBFGooAgAiAEUNAgsgACgCBEF4cSADayIFIAQgBSAESSIFGyEEIAAgByAFGyEHI",
					"AAhBQwACwALIAcoAhghCgJAIAcoAgwiCCAHRg0AIAcoAggiAEEAKAKoksECSRogACAINgIMIAggADYCCAwO",
					"CwJAIAdBFGoiBSgCACIADQAgBygCECIARQ0DIAdBEGohBQsDQCAFIQsgACIIQRRqIgUoAgAiAA0AIAhBEGo",
					"hBSAIKAIQIgANAAsgC0EANgIADA0LQX8hAyAAQb9/Sw0AIABBC2oiAEF4cSEDQQAoApySwQIiBkUNAEEAIQ",
					"sCQCADQYACSQ0AQR8hCyADQf///wdLDQAgA0EmIABBCHZnIgBrdkEBcSAAQQF0a0E+aiELC0EAIANrIQQCQ",
					"AJAAkACQCALQQJ0QciUwQJqKAIAIgUNAEEAIQBBACEIDAELQQAhACADQQBBGSALQQF2ayALQR9GG3QhB0EA",
					"IQgDQAJAIAUoAgRBeHEgA2siAiAETw0AIAIhBCAFIQggAg0AQQAhBCAFIQggBSEADAMLIAAgBUEUaigCACI",
					"CIAIgBSAHQR12QQRxakEQaigCACIFRhsgACACGyEAIAdBAXQhByAFDQALCwJAIAAgCHINAEEAIQhBAiALdC",
					"IAQQAgAGtyIAZxIgBFDQMgAEEAIABrcWhBAnRByJTBAmooAgAhAAsgAEUNAQsDQCAAKAIEQXhxIANrIgIgB",
					"EkhBwJAIAAoAhAiBQ0AIABBFGooAgAhBQsgAiAEIAcbIQQgACAIIAcbIQggBSEAIAUNAAsLIAhFDQAgBEEA",
					"KAKgksECIANrTw0AIAgoAhghCwJAIAgoAgwiByAIRg0AIAgoAggiAEEAKAKoksECSRogACAHNgIMIAcgADY",
					"CCAwMCwJAIAhBFGoiBSgCACIADQAgCCgCECIARQ0DIAhBEGohBQsDQCAFIQIgACIHQRRqIgUoAgAiAA0AIA",
					"dBEGohBSAHKAIQIgANAAsgAkEANgIADAsLAkBBACgCoJLBAiIAIANJDQBBACgCrJLBAiEEAkACQCAAIANrI",
					"gVBEEkNAEEAIAU2AqCSwQJBACAEIANqIgc2AqySwQIgByAFQQFyNgIEIAQgAGogBTYCACAEIANBA3I2AgQM",
					"AQtBAEEANgKsksECQQBBADYCoJLBAiAEIABBA3I2AgQgBCAAaiIAIAAoAgRBAXI2AgQLIARBCGohAAwNCwJ",
					"AQQAoAqSSwQIiByADTQ0AQQAgByADayIENgKkksECQQBBACgCsJLBAiIAIANqIgU2ArCSwQIgBSAEQQFyNg",
					"IEIAAgA0EDcjYCBCAAQQhqIQAMDQsCQAJAQQAoAvCVwQJFDQBBACgC+JXBAiEEDAELQQBCfzcC/JXBAkEAQ",
					"oCggICAgAQ3AvSVwQJBACABQQxqQXBxQdiq1aoFczYC8JXBAkEAQQA2AoSWwQJBAEEANgLUlcECQYAgIQQL",
					"QQAhACAEIANBL2oiBmoiAkEAIARrIgtxIgggA00NDEEAIQACQEEAKALQlcECIgRFDQBBACgCyJXBAiIFIAh",
					"qIgkgBU0NDSAJIARLDQ0LAkACQEEALQDUlcECQQRxDQACQAJAAkACQAJAQQAoArCSwQIiBEUNAEHYlcECIQ",
					"ADQAJAIAAoAgAiBSAESw0AIAUgACgCBGogBEsNAwsgACgCCCIADQALC0EAEBAiB0F/Rg0DIAghAgJAQQAoA",
					"vSVwQIiAEF/aiIEIAdxRQ0AIAggB2sgBCAHakEAIABrcWohAgsgAiADTQ0DAkBBACgC0JXBAiIARQ0AQQAo",
					"AsiVwQIiBCACaiIFIARNDQQgBSAASw0ECyACEBAiACAHRw0BDAULIAIgB2sgC3EiAhAQIgcgACgCACAAKAI",
					"EakYNASAHIQALIABBf0YNAQJAIANBMGogAksNACAAIQcMBAsgBiACa0EAKAL4lcECIgRqQQAgBGtxIgQQEE",
					"F/Rg0BIAQgAmohAiAAIQcMAwsgB0F/Rw0CC0EAQQAoAtSVwQJBBHI2AtSVwQILIAgQECEHQQAQECEAIAdBf",
					"0YNBSAAQX9GDQUgByAATw0FIAAgB2siAiADQShqTQ0FC0EAQQAoAsiVwQIgAmoiADYCyJXBAgJAIABBACgC",
					"zJXBAk0NAEEAIAA2AsyVwQILAkACQEEAKAKwksECIgRFDQBB2JXBAiEAA0AgByAAKAIAIgUgACgCBCIIakY",
					"NAiAAKAIIIgANAAwFCwALAkACQEEAKAKoksECIgBFDQAgByAATw0BC0EAIAc2AqiSwQILQQAhAEEAIAI2At",
					"yVwQJBACAHNgLYlcECQQBBfzYCuJLBAkEAQQAoAvCVwQI2ArySwQJBAEEANgLklcECA0AgAEEDdCIEQciSw",
					"QJqIARBwJLBAmoiBTYCACAEQcySwQJqIAU2AgAgAEEBaiIAQSBHDQALQQAgAkFYaiIAQXggB2tBB3FBACAH",
					"QQhqQQdxGyIEayIFNgKkksECQQAgByAEaiIENgKwksECIAQgBUEBcjYCBCAHIABqQSg2AgRBAEEAKAKAlsE",
					"CNgK0ksECDAQLIAAtAAxBCHENAiAEIAVJDQIgBCAHTw0CIAAgCCACajYCBEEAIARBeCAEa0EHcUEAIARBCG",
					"pBB3EbIgBqIgU2ArCSwQJBAEEAKAKkksECIAJqIgcgAGsiADYCpJLBAiAFIABBAXI2AgQgBCAHakEoNgIEQ",
					"QBBACgCgJbBAjYCtJLBAgwDC0EAIQgMCgtBACEHDAgLAkAgB0EAKAKoksECIghPDQBBACAHNgKoksECIAch",
					"CAsgByACaiEFQdiVwQIhAAJAAkACQAJAA0AgACgCACAFRg0BIAAoAggiAA0ADAILAAsgAC0ADEEIcUUNAQt",
					"B2JXBAiEAA0ACQCAAKAIAIgUgBEsNACAFIAAoAgRqIgUgBEsNAwsgACgCCCEADAALAAsgACAHNgIAIAAgAC",
					"gCBCACajYCBCAHQXggB2tBB3FBACAHQQhqQQdxG2oiCyADQQNyNgIEIAVBeCAFa0EHcUEAIAVBCGpBB3Eba",
					"iICIAsgA2oiA2shAAJAIAIgBEcNAEEAIAM2ArCSwQJBAEEAKAKkksECIABqIgA2AqSSwQIgAyAAQQFyNgIE",
					"DAgLAkAgAkEAKAKsksECRw0AQQAgAzYCrJLBAkEAQQAoAqCSwQIgAGoiADYCoJLBAiADIABBAXI2AgQgAyA",
					"AaiAANgIADAgLIAIoAgQiBEEDcUEBRw0GIARBeHEhBgJAIARB/wFLDQAgAigCCCIFIARBA3YiCEEDdEHAks",
					"ECaiIHRhoCQCACKAIMIgQgBUcNAEEAQQAoApiSwQJBfiAId3E2ApiSwQIMBwsgBCAHRhogBSAENgIMIAQgB",
					"TYCCAwGCyACKAIYIQkCQCACKAIMIgcgAkYNACACKAIIIgQgCEkaIAQgBzYCDCAHIAQ2AggMBQsCQCACQRRq",
					"IgUoAgAiBA0AIAIoAhAiBEUNBCACQRBqIQULA0AgBSEIIAQiB0EUaiIFKAIAIgQNACAHQRBqIQUgBygCECI",
					"EDQALIAhBADYCAAwEC0EAIAJBWGoiAEF4IAdrQQdxQQAgB0EIakEHcRsiCGsiCzYCpJLBAkEAIAcgCGoiCD",
					"YCsJLBAiAIIAtBAXI2AgQgByAAakEoNgIEQQBBACgCgJbBAjYCtJLBAiAEIAVBJyAFa0EHcUEAIAVBWWpBB",
					"3EbakFRaiIAIAAgBEEQakkbIghBGzYCBCAIQRBqQQApAuCVwQI3AgAgCEEAKQLYlcECNwIIQQAgCEEIajYC",
					"4JXBAkEAIAI2AtyVwQJBACAHNgLYlcECQQBBADYC5JXBAiAIQRhqIQADQCAAQQc2AgQgAEEIaiEHIABBBGo",
					"hACAHIAVJDQALIAggBEYNACAIIAgoAgRBfnE2AgQgBCAIIARrIgdBAXI2AgQgCCAHNgIAAkAgB0H/AUsNAC",
					"AHQXhxQcCSwQJqIQACQAJAQQAoApiSwQIiBUEBIAdBA3Z0IgdxDQBBACAFIAdyNgKYksECIAAhBQwBCyAAK",
					"AIIIQULIAAgBDYCCCAFIAQ2AgwgBCAANgIMIAQgBTYCCAwBC0EfIQACQCAHQf///wdLDQAgB0EmIAdBCHZn",
					"IgBrdkEBcSAAQQF0a0E+aiEACyAEIAA2AhwgBEIANwIQIABBAnRByJTBAmohBQJAAkACQEEAKAKcksECIgh",
					"BASAAdCICcQ0AQQAgCCACcjYCnJLBAiAFIAQ2AgAgBCAFNgIYDAELIAdBAEEZIABBAXZrIABBH0YbdCEAIA",
					"UoAgAhCANAIAgiBSgCBEF4cSAHRg0CIABBHXYhCCAAQQF0IQAgBSAIQQRxaiICQRBqKAIAIggNAAsgAkEQa",
					"iAENgIAIAQgBTYCGAsgBCAENgIMIAQgBDYCCAwBCyAFKAIIIgAgBDYCDCAFIAQ2AgggBEEANgIYIAQgBTYC",
					"DCAEIAA2AggLQQAoAqSSwQIiACADTQ0AQQAgACADayIENgKkksECQQBBACgCsJLBAiIAIANqIgU2ArCSwQI",
					"gBSAEQQFyNgIEIAAgA0EDcjYCBCAAQQhqIQAMCAsQD0EwNgIAQQAhAAwHC0EAIQcLIAlFDQACQAJAIAIgAi",
					"gCHCIFQQJ0QciUwQJqIgQoAgBHDQAgBCAHNgIAIAcNAUEAQQAoApySwQJBfiAFd3E2ApySwQIMAgsgCUEQQ",
					"RQgCSgCECACRhtqIAc2AgAgB0UNAQsgByAJNgIYAkAgAigCECIERQ0AIAcgBDYCECAEIAc2AhgLIAJBFGoo",
					"AgAiBEUNACAHQRRqIAQ2AgAgBCAHNgIYCyAGIABqIQAgAiAGaiICKAIEIQQLIAIgBEF+cTYCBCADIABBAXI",
					"2AgQgAyAAaiAANgIAAkAgAEH/AUsNACAAQXhxQcCSwQJqIQQCQAJAQQAoApiSwQIiBUEBIABBA3Z0IgBxDQ",
					"BBACAFIAByNgKYksECIAQhAAwBCyAEKAIIIQALIAQgAzYCCCAAIAM2AgwgAyAENgIMIAMgADYCCAwBC0EfI",
					"QQCQCAAQf///wdLDQAgAEEmIABBCHZnIgRrdkEBcSAEQQF0a0E+aiEECyADIAQ2AhwgA0IANwIQIARBAnRB",
					"yJTBAmohBQJAAkACQEEAKAKcksECIgdBASAEdCIIcQ0AQQAgByAIcjYCnJLBAiAFIAM2AgAgAyAFNgIYDAE",
					"LIABBAEEZIARBAXZrIARBH0YbdCEEIAUoAgAhBwNAIAciBSgCBEF4cSAARg0CIARBHXYhByAEQQF0IQQgBS",
					"AHQQRxaiIIQRBqKAIAIgcNAAsgCEEQaiADNgIAIAMgBTYCGAsgAyADNgIMIAMgAzYCCAwBCyAFKAIIIgAgA",
					"zYCDCAFIAM2AgggA0EANgIYIAMgBTYCDCADIAA2AggLIAtBCGohAAwCCwJAIAtFDQACQAJAIAggCCgCHCIF",
					"QQJ0QciUwQJqIgAoAgBHDQAgACAHNgIAIAcNAUEAIAZBfiAFd3EiBjYCnJLBAgwCCyALQRBBFCALKAIQIAh",
					"GG2ogBzYCACAHRQ0BCyAHIAs2AhgCQCAIKAIQIgBFDQAgByAANgIQIAAgBzYCGAsgCEEUaigCACIARQ0AIA",
					"dBFGogADYCACAAIAc2AhgLAkACQCAEQQ9LDQAgCCAEIANqIgBBA3I2AgQgCCAAaiIAIAAoAgRBAXI2AgQMA",
					"QsgCCADQQNyNgIEIAggA2oiByAEQQFyNgIEIAcgBGogBDYCAAJAIARB/wFLDQAgBEF4cUHAksECaiEAAkAC",
					"QEEAKAKYksECIgVBASAEQQN2dCIEcQ0AQQAgBSAEcjYCmJLBAiAAIQQMAQsgACgCCCEECyAAIAc2AgggBCA",
					"HNgIMIAcgADYCDCAHIAQ2AggMAQtBHyEAAkAgBEH///8HSw0AIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPm",
					"ohAAsgByAANgIcIAdCADcCECAAQQJ0QciUwQJqIQUCQAJAAkAgBkEBIAB0IgNxDQBBACAGIANyNgKcksECI",
					"AUgBzYCACAHIAU2AhgMAQsgBEEAQRkgAEEBdmsgAEEfRht0IQAgBSgCACEDA0AgAyIFKAIEQXhxIARGDQIg",
					"AEEddiEDIABBAXQhACAFIANBBHFqIgJBEGooAgAiAw0ACyACQRBqIAc2AgAgByAFNgIYCyAHIAc2AgwgByA",
					"HNgIIDAELIAUoAggiACAHNgIMIAUgBzYCCCAHQQA2AhggByAFNgIMIAcgADYCCAsgCEEIaiEADAELAkAgCk",
					"UNAAJAAkAgByAHKAIcIgVBAnRByJTBAmoiACgCAEcNACAAIAg2AgAgCA0BQQAgCUF+IAV3cTYCnJLBAgwCC",
					"yAKQRBBFCAKKAIQIAdGG2ogCDYCACAIRQ0BCyAIIAo2AhgCQCAHKAIQIgBFDQAgCCAANgIQIAAgCDYCGAsg",
					"B0EUaigCACIARQ0AIAhBFGogADYCACAAIAg2AhgLAkACQCAEQQ9LDQAgByAEIANqIgBBA3I2AgQgByAAaiI",
					"AIAAoAgRBAXI2AgQMAQsgByADQQNyNgIEIAcgA2oiBSAEQQFyNgIEIAUgBGogBDYCAAJAIAZFDQAgBkF4cU",
					"HAksECaiEDQQAoAqySwQIhAAJAAkBBASAGQQN2dCIIIAJxDQBBACAIIAJyNgKYksECIAMhCAwBCyADKAIII",
					"QgLIAMgADYCCCAIIAA2AgwgACADNgIMIAAgCDYCCAtBACAFNgKsksECQQAgBDYCoJLBAgsgB0EIaiEACyAB",
					"QRBqJAAgAAuDDQEHfwJAIABFDQAgAEF4aiIBIABBfGooAgAiAkF4cSIAaiEDAkAgAkEBcQ0AIAJBA3FFDQE",
					"gASABKAIAIgJrIgFBACgCqJLBAiIESQ0BIAIgAGohAAJAAkACQCABQQAoAqySwQJGDQACQCACQf8BSw0AIA",
					"EoAggiBCACQQN2IgVBA3RBwJLBAmoiBkYaAkAgASgCDCICIARHDQBBAEEAKAKYksECQX4gBXdxNgKYksECD",
					"AULIAIgBkYaIAQgAjYCDCACIAQ2AggMBAsgASgCGCEHAkAgASgCDCIGIAFGDQAgASgCCCICIARJGiACIAY2",
					"AgwgBiACNgIIDAMLAkAgAUEUaiIEKAIAIgINACABKAIQIgJFDQIgAUEQaiEECwNAIAQhBSACIgZBFGoiBCg",
					"CACICDQAgBkEQaiEEIAYoAhAiAg0ACyAFQQA2AgAMAgsgAygCBCICQQNxQQNHDQJBACAANgKgksECIAMgAk",
					"F+cTYCBCABIABBAXI2AgQgAyAANgIADwtBACEGCyAHRQ0AAkACQCABIAEoAhwiBEECdEHIlMECaiICKAIAR",
					"w0AIAIgBjYCACAGDQFBAEEAKAKcksECQX4gBHdxNgKcksECDAILIAdBEEEUIAcoAhAgAUYbaiAGNgIAIAZF",
					"DQELIAYgBzYCGAJAIAEoAhAiAkUNACAGIAI2AhAgAiAGNgIYCyABQRRqKAIAIgJFDQAgBkEUaiACNgIAIAI",
					"gBjYCGAsgASADTw0AIAMoAgQiAkEBcUUNAAJAAkACQAJAAkAgAkECcQ0AAkAgA0EAKAKwksECRw0AQQAgAT",
					"YCsJLBAkEAQQAoAqSSwQIgAGoiADYCpJLBAiABIABBAXI2AgQgAUEAKAKsksECRw0GQQBBADYCoJLBAkEAQ",
					"QA2AqySwQIPCwJAIANBACgCrJLBAkcNAEEAIAE2AqySwQJBAEEAKAKgksECIABqIgA2AqCSwQIgASAAQQFy",
					"NgIEIAEgAGogADYCAA8LIAJBeHEgAGohAAJAIAJB/wFLDQAgAygCCCIEIAJBA3YiBUEDdEHAksECaiIGRho",
					"CQCADKAIMIgIgBEcNAEEAQQAoApiSwQJBfiAFd3E2ApiSwQIMBQsgAiAGRhogBCACNgIMIAIgBDYCCAwECy",
					"ADKAIYIQcCQCADKAIMIgYgA0YNACADKAIIIgJBACgCqJLBAkkaIAIgBjYCDCAGIAI2AggMAwsCQCADQRRqI",
					"gQoAgAiAg0AIAMoAhAiAkUNAiADQRBqIQQLA0AgBCEFIAIiBkEUaiIEKAIAIgINACAGQRBqIQQgBigCECIC",
					"DQALIAVBADYCAAwCCyADIAJBfnE2AgQgASAAQQFyNgIEIAEgAGogADYCAAwDC0EAIQYLIAdFDQACQAJAIAM",
					"gAygCHCIEQQJ0QciUwQJqIgIoAgBHDQAgAiAGNgIAIAYNAUEAQQAoApySwQJBfiAEd3E2ApySwQIMAgsgB0",
					"EQQRQgBygCECADRhtqIAY2AgAgBkUNAQsgBiAHNgIYAkAgAygCECICRQ0AIAYgAjYCECACIAY2AhgLIANBF",
					"GooAgAiAkUNACAGQRRqIAI2AgAgAiAGNgIYCyABIABBAXI2AgQgASAAaiAANgIAIAFBACgCrJLBAkcNAEEA",
					"IAA2AqCSwQIPCwJAIABB/wFLDQAgAEF4cUHAksECaiECAkACQEEAKAKYksECIgRBASAAQQN2dCIAcQ0AQQA",
					"gBCAAcjYCmJLBAiACIQAMAQsgAigCCCEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0EfIQICQC",
					"AAQf///wdLDQAgAEEmIABBCHZnIgJrdkEBcSACQQF0a0E+aiECCyABIAI2AhwgAUIANwIQIAJBAnRByJTBA",
					"mohBAJAAkACQAJAQQAoApySwQIiBkEBIAJ0IgNxDQBBACAGIANyNgKcksECIAQgATYCACABIAQ2AhgMAQsg",
					"AEEAQRkgAkEBdmsgAkEfRht0IQIgBCgCACEGA0AgBiIEKAIEQXhxIABGDQIgAkEddiEGIAJBAXQhAiAEIAZ",
					"BBHFqIgNBEGooAgAiBg0ACyADQRBqIAE2AgAgASAENgIYCyABIAE2AgwgASABNgIIDAELIAQoAggiACABNg",
					"IMIAQgATYCCCABQQA2AhggASAENgIMIAEgADYCCAtBAEEAKAK4ksECQX9qIgFBfyABGzYCuJLBAgsLMQEBf",
					"yAAQQEgABshAQJAA0AgARARIgANAQJAECIiAEUNACAAEQMADAELCxAAAAsgAAsGACAAEBILBAAgAAsLACAA",
					"KAI8EBUQAgsVAAJAIAANAEEADwsQDyAANgIAQX8L4wIBB38jAEEgayIDJAAgAyAAKAIcIgQ2AhAgACgCFCE",
					"FIAMgAjYCHCADIAE2AhggAyAFIARrIgE2AhQgASACaiEGIANBEGohBEECIQcCQAJAAkACQAJAIAAoAjwgA0",
					"EQakECIANBDGoQAxAXRQ0AIAQhBQwBCwNAIAYgAygCDCIBRg0CAkAgAUF/Sg0AIAQhBQwECyAEIAEgBCgCB",
					"CIISyIJQQN0aiIFIAUoAgAgASAIQQAgCRtrIghqNgIAIARBDEEEIAkbaiIEIAQoAgAgCGs2AgAgBiABayEG",
					"IAUhBCAAKAI8IAUgByAJayIHIANBDGoQAxAXRQ0ACwsgBkF/Rw0BCyAAIAAoAiwiATYCHCAAIAE2AhQgACA",
					"BIAAoAjBqNgIQIAIhAQwBC0EAIQEgAEEANgIcIABCADcDECAAIAAoAgBBIHI2AgAgB0ECRg0AIAIgBSgCBG",
					"shAQsgA0EgaiQAIAELNwEBfyMAQRBrIgMkACAAIAEgAkH/AXEgA0EIahAwEBchAiADKQMIIQEgA0EQaiQAQ",
					"n8gASACGwsNACAAKAI8IAEgAhAZCwIACwIACw4AQZCWwQIQG0GUlsECCwkAQZCWwQIQHAsEAEEBCwIACwcA",
					"IAAoAgALCQBBnJbBAhAhCwYAIAAkAQsEACMBCwQAIwALBgAgACQACxIBAn8jACAAa0FwcSIBJAAgAQsEACM",
					"ACxMAQYCAwAIkA0EAQQ9qQXBxJAILBwAjACMCawsEACMDCwQAIwILuAIBA38CQCAADQBBACEBAkBBACgCmJ",
					"bBAkUNAEEAKAKYlsECEC0hAQsCQEEAKAKYkcECRQ0AQQAoApiRwQIQLSABciEBCwJAEB0oAgAiAEUNAANAQ",
					"QAhAgJAIAAoAkxBAEgNACAAEB8hAgsCQCAAKAIUIAAoAhxGDQAgABAtIAFyIQELAkAgAkUNACAAECALIAAo",
					"AjgiAA0ACwsQHiABDwtBACECAkAgACgCTEEASA0AIAAQHyECCwJAAkACQCAAKAIUIAAoAhxGDQAgAEEAQQA",
					"gACgCJBEHABogACgCFA0AQX8hASACDQEMAgsCQCAAKAIEIgEgACgCCCIDRg0AIAAgASADa6xBASAAKAIoEQ",
					"QAGgtBACEBIABBADYCHCAAQgA3AxAgAEIANwIEIAJFDQELIAAQIAsgAQsNACABIAIgAyAAEQQACyMBAX4gA",
					"CABIAKtIAOtQiCGhCAEEC4hBSAFQiCIpxAjIAWnCxMAIAAgAacgAUIgiKcgAiADEAQLC7aSgYAABABBgIDA",
					"AguAkAEAAAAAAAAAADGyfhfBM8W4CfdqdtFBU0U4RRRhEHKW/RLu1eyig6aKI1yr+2OwYzIbGb+ac8L1zyq",
					"rwY2y8TB3T088gRYhlCF+/UKW1xJRmUa4VvfHYMdkdwoo4AZTAtxdoelttKIyq2wTl3p1kfcTVFaDG2XjYe",
					"5l5P0MpNCkVp6eeAItQihDrywGFexx7fuXaRJ0/AN7BqbbbGM9ML6+jHCt7o/Bjsm9wtP5TvJLcYWHx5heg",
					"N2MtDW5j5+zGDTR0USDO2O8YuBjOpT6UHna2CYu9eoi7yfplFDiKxEqn8M/kW+Z4Bro8o3veFjT31DKyPsZ",
					"SKFJrft6hQ6JkowVPD3xBFqEUIYNj48Tm7eVPjXKm3KLxQPDBHjlZUr2xnsu0yTo+Af2DB9hWv85NDO0JyR",
					"OnilGpUkWljCJ6HVg8XNyzYVMpcSnQsCzko2WAR96hafzneSX4ks32eRc11JaYZwYae4mYi1QLmZ+LxWnlW",
					"hrch8/ZzFoWdkMCP5U9NCio4kGd8Z4xZMR9xG29b19q1TjcKaHK4Ca5p1nZ7TuOLBNXOrVRd5Pgf8i/RR2G",
					"/e5ujacBASNCogISIvFN0iy7ey1h2Hn7OTcXsuQoNQpXOQb3/Gwpr+h1amh5nGVehn/AmBrw2RKbs6wHnwC",
					"V4/W9vUKHRIlGSvHR3QK0xbckxPpdVHnLng4IlsLRiYdvYAaHh8nNm8rfSusYTD3XO7FAQegvUWt3rIwtd6",
					"qhJ4bCgjwysuU7I33OUK03FXfSE9cpknQ8Q/sGW0UN8cwPCmhVVEjpiBOv1xk412x4X165E5InDxTjEqTf/",
					"riK5K/jytHv/ZKgs0Z1nYNiF1D/txujXcNU8psUHu8xXNEC1+Vw4SAZyUbLQM+tTIZMtoexoafmdi/aO/28",
					"a4rpqip3DNJlm6yybmupbSn3MzeeJ1gDMI4MdLcTcRa84pPxR1+AeLLz1ukDQyXH/p9JbPMP1Kn0NbkPn7O",
					"YtDhZJopv/2naNkhjkivjzGV6JPwX2689C0v1IRVvaoovh5m+kJ8me0GJiPuI2zre/sXkZA0rdi+Qz06Ubk",
					"fKY40DIgvrt4aS4w0zTvPzmjdcQV/RdgPWxjJYJu41KuLvJ9RKcbDarh5J2ls0qJ6yu/aWN6stbv5KmJydW",
					"04CQgaFUPHEy/IO9+te4IHTthJSVBKMHlZGXqM6LFK/FeQ6AD9gPiCQFHbxUW4vZYhQalTuIkP6DaAmpYAo",
					"6QpuzJrpneSFles81hjz6pTQ83jKvUym+E92iIZMIr+BcDWhsmU3M+3vsFH+lFk9/KqoFeIx5nGQNS3lrsC",
					"IezrFTokSjJW3VlrLeV59+7lHH9M9QthE9SuAVs0OKSrJtLros5d8HAXYJW1D241yC8lgdQfHKM1Hpf/w94",
					"vZo00PD5ObN5W+gWOQFmt7ZNCPctUOL2fBb8MeSovfKzAB2md1yPYfGRRWC+pNBlPoelgar1VCT03FFHYw0",
					"LIDvKse3MCz3r/wttKwXzYu8wHY3KEaLmrvpGeQzYWrmqNVCa4TJOg4x/YM4n+7bciLB2Lsbv51jJei3aAC",
					"YfB821OzqqiRkxBnH65mxA4W4CvuwGjVSw6kN0t/JLnUi1R7uhE9wOvIfU+TBLGsdE2NA2Jqv70xVckfx9X",
					"z0a7QOVM2u/l7XrNV73qmNRfBNqWji8g7BoQu4b8ud3dqG6sR898ZRrvGqaU2aD2K11ksVXqZU4TGHDQRZj",
					"zsyKqDseEqzYLCAHPSjZaBnw5s7Fd92nDxAH2pTznG1U5METbKyYokIFVoCYngvg012QSWDBDy/FvXFdMUV",
					"O5Z5Jt5TJGkoqiKkdO88sge5JddvyN3OFIV+VOuZm98TrBGH8L56owCQSghHFipLmbiLW1wxyzeKhNDY2GC",
					"NJo2tvwvDR2xanpHkiWn7dIGxguP6ctyV/aK+uHn2jdPspZfXqu2qMpC2q4wss+XiWvuhyU+owgMm6J2SzC",
					"yTRTfvtP0fN7SkS/yIpp2dCLyQ05uh7oYvXezAp/ptAn4b/ceOlb4ZWfqB1LLOM1O57zKXOISASJ4OToQE3",
					"wPMz0hfgy2w0NfoqSOQEetSfVSx+L8C7CFmc1CErD63ouIiFpWrF9hx+QX36bgrg/enSicj9SHGlLxtxl/m",
					"HZ0XODyATuE08sQjG2Ey8gipRomneendG641koCYlc4n9bYW0d6EyQ6aZQ32P/jaMsHqul5vEEMaALmheY5",
					"sUCZbOiUoyH1XDzTpPg8pAUQzb2uUszHaayBoGI+U0KZ4HDObC8WWt381XEgQ4nfLbAkHzk6tpwEhA0KtVY",
					"pGfTI/GS7R2wBsNRZ2/cr84RAmKi1/YED5ywk5Kgx7Zxi3GgVxj/82XqYdLB5c5BG/2g4QRdCQZv93P32M4",
					"4tBHgssQddgDxBYGitouLMUN7lmOFTjMb6Lob0XR+RCpaxAwQR7v8Eh/QbQA1LQEjra56wQbouUZJU3Zl1k",
					"zvd/stYaTliVdPvjkAtJcfqn4MRxd1pNoSVKeGmsdV6mVlFfiNBmYv3V1Q7OwWFLkgbOKS+9cnfJiXmBf1X",
					"rXwjaYqaeKfhjU1nm99g4/0o8iv3QOUTsdmcIV2whn8NlYHtMS8Dj0Fk7+MgahvLXcFQr0z1njsRMD62Ncr",
					"dEiUZKzpZVVjiaehFNEgQQKZ1Tfp4JI/FVjm8lHKOf6Y6hfCJvuLgI8rJAeew86U7jtWkWPyfOr5+mVU2wA",
					"AAAAAAAAASEfgaLc09/b7HVeJPU832bNat+GKe8Avnag5Sii4t4bV79kin4xAcGa1bsMV94BfLvKOq6LDd6",
					"lRwuTMA1a2ORmFBKS0YkHPqt+zRT4ZgeDimFMtiS12Fsxq3YYr7gG/hC097pza9kk3d4oPFqE2Zn8wamehl",
					"cGQooTJmQesbHPqwynxsJibhVmZnhA641uqEd5+eI3XrFw/LPDTLxTb9XdrELuYICwDxDGnWhJb7CyMdkcy",
					"pW8b2vNGLVUE+tpKuwHNPbPOLbwIW3rcObXtk0AcmrSOgRplbu4UHyxCbcwmqfR3m3aaOpXzQ5YRDVoV3bS",
					"j/qY5reNECZMzD1jZ5gxOc1u4bC4QvxTEujIX7j/3UyTShSMZydmhqnkn4G5gkeZKEZDUmZYivP3wGq9ZuW",
					"r7HZitm65PFct3/wwOb99djJeXuzqYKe7WIHYxQVgGppHAHoZ1r/CIY061JLbYWcAkrt2Tgi+vc34ZPBn57",
					"4A7OflUrs0YduaNWqoI9LWVrsq6wr/AQmMdkA0jNbuCTFXX7UuCj3W6eyVj4CBMAhMzYoOIl3j15YA4NGkd",
					"AzXKyH/UAao3wjy3T75mC6IDrP8IXg68lvRaTFLp7zbtNHUEFQmHgdnDgyrnhywjGrQqYqBnRJQuQ9zR+tC",
					"lHlWD85m9MM2pYXQF44GxP02Wa/mrxlFX+qKcDxic5rZw2VwgUNsG3sftq9Z+KYh1ZS7cfzZuaB3SGiuJhT",
					"Tf/Fhh66bNcz+U71UcULJDVfNOwN3A+gS1m/n0KjZJXgJ6c4/qGQEZ4hLEux3vL+tsuWZ4akZnrIzR0Uyds",
					"NT2OzBbN12fnLHbWOwDqmlBBXimSjoHiglCmM79DvB8uhgvL3d1MFPyX89HwEHHpdytQexigrAMlOqhhNW2",
					"R/onsBZlX82H1W/39g3o+XAjEMecaklssbNYgHwC/lhGRevay+N0I4Zqo50ri8MXcZyNb6UgYdQGNcUoRUj",
					"W4PHDdnLyqVybMew+NRLB66/GGqeIIgxCzrIf78/CZPX6RelclXWFf4GFxhTSle3ItXIwOiAbRmp2BZlyZ/",
					"su3ULyb8E9TM9XOTJAiXqsp+ANxbb2SsbAQZgEJr4NJqj2rPPQDVeRSXzXM/9FEHEhy+PECWvi/4ppILOgI",
					"6Uf4t4URFaQ/6gDVG+Eedi4SGvjW3OPBQzrlUVi3mxNSwv98lYpmv4RvBx4Lem1tlZcdM8ZHkOYpNLfbdpp",
					"6tDjMrfa7p4cY7mFVlCVXjMr/mU+56GpxVTOD1lGNGhVHInvMfEAn6Ov01jQe3tfjOeUuLjMT6h6yWY2E26",
					"M39OBIdZ72bgoJTJ7YZpTw+gKejyB8uT3H/ytkPQnyQoOxuXXFE9+PvkwVo2jrvRFOR8eykPGQ3HO6TA4zW",
					"3hsrlAeH8tBVaGTrbLJZrk3P2OmYNieoxryXlv/FIQ68pcuP+0FfCDfWhPCQdPR2L3E48mTwinCkAneNBh+",
					"imh4uQPeSm9yclV0PiPmud+KN+rOKDSoJ5AaJ/PVg8UPb7OpmK1R1Pd1nmSlUP0CWo38+lVbLxOil9E3aKa",
					"krwE9OYe1TPa++ScUSoixWmhU33bUeLqIeazFWxlFRxe1tlyzfDUjBaRORp6xCN6pcuO+/C/41XtjG6TR4s",
					"Uo8N+4DjlSGMKizkAUFJ8lPw4Y7ex2AdU03AkV9lvM6Ml6ZlnFMZS1yCh3od8cWYg1hKEMJ37HeD5WsPQ9U",
					"wpFw90MV5e7upgpjx2vjZZ3pdQjywJ19OlV3/Ha+m/ZJGgibhbg9jFBGEZ8BxjsHIwlu9DRtRR+EtWwAsBN",
					"DlPf6E2JfO6ku281p9ttFr6Woghad7u7RvQ8+FGlqkNc2fHFrBLHa6Nwf67UwNaTuV2ykylsAD5BPyxjIr4",
					"RxlsS4V7fNa1l8fpRgzVnvJ3r15y+yMtqMBO1Ak7DGXvICZjPcz6Gt9KQcKoDWpSmKopdZz6nOHCHcj/5zq",
					"zqYX9oEjTzUWHd3ML6hC67M8wk2NdJE0afGokgtdfjTU0LcTqYGt6w04RRRiEnGU/BlalcDOoksm1DBKRud",
					"NS5v1L8vkO56UQ07l8Uqwk0rmb/pw6GxAlTyikK9uRa+VgYOPLsyZfEpYf06HUh8rTBleUQbww/iTw5M72X",
					"bqF5N+siRY1DbETKYJ7mJ6vcmSAyjx49hhGk3Z5Zs8Xkj1TWTEhL38lCaSv7JWMgYMwCUyk0mzpNAT+uheI",
					"2wi+fz6VX887YAlLyWNxPbXLq4i+yjl6VaMcvEk8iiDiQpbHiRPCZwIqIfN+5b1XaE2AZr919RCIJTdSSIN",
					"GSj/EvSmIrA4N36wKHX9aIP9RB6jeCPNouLFvH+r/BdviBo6VkT8qk6Xm5iKlyNwKGNYri8S82UJfNkM88E",
					"sv8QWBoraLiwC5QmHKAb989pew72GjfAtf3/cPCRRI/KlsrbjonjM8hiTqWIApB8twW9oy54iSCuATndKPP",
					"6b9FqDHZW613T056ICFBgLpys/GcgutoCq9Zo4168UXHkqQPW9cJJ1lir91KLxMKlF9SaicH7KMaNCq4Nv/",
					"2jtcJ1xTgUg7sSfncxvGqFMGExCFNTQm+KTQZyx9c8aQE+SQ2s4pcXGZn1D1hm6RGS6rpwP5Xvt+jz5mk7E",
					"ZGxY4CpFlAkOs97JxUUpKBEyfBUWmvGT2wjSnhtEVLLEiXBCyJuOf65W9msnmzNesddUt/RE6AAAAAAAAAA",
					"BdMxKlPcGwcbpmJEp7gmHj51U270ZD0ZIfXt/MpSIa8kJtzWmY46qDpTj7ht6gexH4C+kj42HLYFUvKcEYY",
					"+3QCBw7ZCWiXaHvSQ2LY+GMM7J6Hy5eIDxCSnH2Db1B9yIXQuSogIBHU/AX0kfGw5bBrSTA4vsCJrDBzcXa",
					"YuADlZz+139fIbPke6vhkBliYnYmmPM1JKPSB96TGhbHwhlng6AIs/oDqRZk9T5cvEB4hDnGLPmBgcj1lOL",
					"sG3qD7kXJ0f6+R0JeNC6EyFEBAY+mc7fa9DzAP9eLvDPX36H0t9aPIXLiYETGMdoXnaQjlVRs6QU4meIlJe",
					"kIHO2W5t4etDsOSKsnbm9Tbjin7WS//Q5dKgLQpQ+M9lbDITPExOyrZdGEDgV0nUww52tIRqUPEQP1znWHF",
					"X68JzUsjoUzzuEUJ4mzRIO/BkERZvUHUi1bcgPDyMbiXKN56uArpyk8/kr4RRZmmU0ZH86qUCVI30Qs3A9t",
					"5PiuKMXZN/QG3Yt19suSycdt+pKj/X2PhLxoz5Dv2LJFDBk3mwb7USTHeWqoFF5s5XcIjf0isSqmpprQzjA",
					"UF2cW633q8PbsZTBbINniU9GkgCrHjNS8l+dRuJq/xhmqJuHJYrQvOklHKqk/hz2fdIaa2NjSC3AyxUtKhe",
					"EZ1Q8E+zvSETjaLc29PY8iKn8QDA1MaHcckFZP3N41RA41a45sr81P5xaI76fPkHz1s7UuF753KcNc823GL",
					"Coa0fnOrHZdhz4RGzWuUO3aDQO+CG/gnD1YNVFOLDEOYGsn9HPtgX+YYM7XkIxKH8VT3HKtTfpuIgbqnesO",
					"K/x/Nfg41s+bjRPc/QBPLb6oTu/vpXLsDtmputlKNK/fS/SJy+8Jbm86DIIizOoPpFpRsTBp184UK7bkBoa",
					"RjcW569cUI6xMdchG89TBV05TeBvAxmRqj+MJ/JXwiyzMMpuhpuIuEQ2C6lmtCw3ybEmKBJ4ZqM+t+fvjyy",
					"9Hie4oab74PeK0L5gYOxkkN7srYyNmKjaShurTUoF/AH3AqQLA3EwS2P1osrEkR/v7Hgl50Xl06V4jyMmgn",
					"iHfsWWLGDLDEs0UWEqoQ242DfajSI7zMwUfU56JPoLUUCm82MrvEIljOxnlC19hcWjSOgZqlAEsW8CfO6sk",
					"cMsO9nB96PXilj3k1UApRZP61OHt2ctgtqfn80jkCtDHQLLFp6JJAVUdgdcCn4ixJOWKPiF86XpEuLkshEE",
					"oyjVf7BprB2sbpwLfCM46qqvWr/vILMGojWbyyNqJ/Gk9FxWd7Ga6KuyFSK7+w4frXPSwpRfgZIqXlO2WBU",
					"VZSyflCsMzqh8I9ndX8CEPIslGBqQjcLRbmnt7+RBiEWZbywoeRVT+IBgamEN2Rlsd2arpu32veP64YYnmT",
					"r3dw3nR+AEbizKFOgBqXCiZl7j7sBvxDFl1Q/mWq6w/S9B+OCbaS2p9Pzh790gWWW+aBbpHOe5Shrnm24xZ",
					"s2GUHNsaPChUNKLznVntugkHsFagmF3LZe61bjl6eO443afLBLvIn9+IkSRC+BkNgruDgX85qXx6sGqinFh",
					"iHCeDeAehmdJtwNZO6OfaA/+d5VxN2huzjjDBnK8hGZU+bfKOChzYJU+Kp7jlWpv03deUqkBnWkSsL59DY4",
					"Q7j8xyrFHGufo/vZX5Zyn/ue4vyMp1jMJ4Xl5NK2xZzXylZRAYfvzwvRUU901IE7b+xIaqflq2iz9091J1s",
					"5VoXr+XD0ahMFWfD+boE5ffE9zedLUghXouHW4FGARFmNUfSLVFN1c96N74xKJiYdKunSlW/1Fzd5NcmScH",
					"WppUcD1SR1ppiPFN/OI2vTy+Hgu/M6TgD6y7Nn6D1YzmqYOvnKbw0dW7JpJdFoE2gI3J1B7HE2uzn2zp33d",
					"ik7h2Twq+vALOi2TqN38McyneUgVxPN3hdO1AoEz9bZDZyYBCt/9LIIT6kueKPvtRY6+kCMx9KsM+nLat8b",
					"yassaXX44S3VHSm6RNKy8c4aN88XvEaV8wMSHCaWFUnoBAdjJIbnZXxkYrAVrLS5Z2N8xUbCQN1aelkWd+g",
					"TAUF9RpbJei03XctDRfhQfutGzF0wqz6Kj3vVeOOaFNlTYNJiMdYa9uNCuWfi5zClP1m+eZe0XlFbZKdcRI",
					"V0Aod/oEPEO+Y8sWMWRhcKzG9teBFYYlmimwlFCH2xaIjI1V4Pa3/420FLfF0+rMnxEpdnWiDZmp/m81pDB",
					"QqrtbUvQUQaihUnixld8h9ZJA3YxUb1ASx3Yyyhe+wk/0ZJf31g6z4tCkdQzUKAO/47bQMRWYcli2gD93Vk",
					"ngBYWSmkqX+ZH9jnu5qfYy8aC9aRyUN4KAR+hf89J0UxIa201W77XjY586VIPgsRhYwglGJt1wqCklXHDJm",
					"zN5u3hvYmym8snKgGSLT0WTAqrdV5nqeFKy2zoCrwU+EWNJZzG9oAPQ0zjKFX1C+NL1iJcmb+fFE0X5cHNZ",
					"CINQlGstQEutvpEkGtVLoo5d8O96iHiwK2AxXwtvLYbEJnKOmTIelGEbsz7oXveRWYJRG80DxIP8v5CrvOS",
					"RtRP503ouuaKntsQSyl9BqU6VJ3MBPxyaXDAasrFO+89q31zxYNym/Hh6YTDQrQvYuJiaMvYdVuuqPafzRm",
					"yxvpzS4bCX/uyNjnfccSePFIZnVD8Q7O9JtXXxAtFcnq7gQx5Eko0M89NRu3lTPX0AAAAAAAAAAF6RFQ9Ib",
					"Nu/17G8RsP+b0uJIKlJi5K09K5jeY2G/d+W8PJsgs6RBCl50sXLRQOw3SdD0MQNb2tiN1RlQl7dZhlpxXBN",
					"FrG9puDl2QSdIwlSvnTMC9VP0u2ZNxzP2CC5j8emCcCQTGIwToagiRve1sQQF7WGU7INe26oyoS8us0yMDn",
					"fi/TWFo25GXbCf0SieeeIY803KHnGwMuzCTpHEqSeWqYGcivJGxd6D0/5uX3vSesaQLHVplBZ/K/G4merKw",
					"dtusmqC3CUjk0TgCGZxGDQ3AaPafUf3/ef1ktkmnS9qQ7DRCz2rwIgLmoNp2Qb9n6/fwLvCMBJ3FCVCXl1m",
					"2WCwYAGMRlA2gvhKU+6i/QuVXA8QPLnL5FyM+yE/4hE8yyi+Yu35J9MpYJQwjx2K7j7E0XNdBrwB+sE8Esn",
					"qP18tZXlRG/EJsM8tUwN5FaSN2IkWQKsOkmIRWeJxqFVIuob9pzJ6Tn5VZLWNYBiq02hzEcgjyrHlh6y+F+",
					"Nxc9WV+xpSoKNo43oZUnjywYxORw72PbETl3ioxybJgBDMonBQgozDwteUn7LKppGgMzmipW7j0nIoD01ha",
					"w6z5sSME7bPS/A037r8VIdholY7F8FDIyThhCAhLorz0NCHe/v2HVeVk1VgzRn/H7/BN4RgJOi7+oLln1bL",
					"LihKhPy6jbL5jA/HLqG7XRvEJZVMRRZgDGBg1p5eII/FsJTnnQX6V1IU0aRPHsy4sFz79i36YYWn+L61/+F",
					"XamP9U9RrDdQ0tFkWl7kW4ttWETzF2/JP5kG1eYYJ6XkJiGWNtwqyo9Efwcj02KmVPv2J4qa6TTgD6i2n5W",
					"hWDuw1gngl05Q+/mImPWYBjwgRgG4XNGNrpSyXylJ3sXCTw14apkayK0kbyb7jBWAwf/Qr9slXAtTSyTxSj",
					"BTQz+Qm+FdhdUQjZ3gv8yQ2ljhRl827DmT03Pyq2h9LJybHykUTz78WJZwQnYRr+lX3hyZyZiPQB5Vji09x",
					"h5VER3i9oJk8b8ai5+trjpgqhXD83YRs0ADXEhhwuXt0RZTAA0ZWsqSxpcNYnI4lAPTmEUOqYcdI3rRzpwd",
					"c0Oyb96G8MbMU6XaWNVCy7cNNM9XnS4QCIQUZh4WvKT82oVzEV7Qf0P9xqPVU78UIaNXttob08+eKncfk5B",
					"Be2p05gqc2C2g1QpZdZ43JWCcVMhgkX9JuyPd6MnY9NsP14N53Ne8t9RopDoME7HYvwr6qxkc+bRktXOLsF",
					"VyJtBBLRqlWjpKC/49DRDcafgGhWOcBdMhlN066rysmqoGac60LbmV4mqycZNuaVHvBdkTzf98XqdpAqxE3",
					"9UXLPu2WBpOwBhkl23nG9DCfrfztKJFQddx/59vHcxhfjh0DdvpkvBrNzxhAFa1s7vzMQ5rNOsirvx5YrCL",
					"YgIHtfLwBH88kxK6upzfwCyEpzzpLtK7chWyM6FCCQT7NRt6KtC98KWkDnVivGZPgufesW/TDS3cdsu+J7/",
					"WklVWYvesLWJmC8d3+ORBudl1eAj6C0l5kCvpHfVDJaIvosm0vMi3Ftv8WKGzgNvNZNsbcXeNtKYGhYpkeM",
					"XYfbkMqs0xTkrJTVI72D4GJhLyQixtuFWUH4kcvXi3HfjENpWd0f6WanDCywzE8d4Gq33sTxQ102nAH7LeA",
					"TqbBRugO/6ocxCXr1Rlb718WPt068eAV3fOhi/HmRFCeIbq9HgQMesxDXhAjE6g/j5FFJszaeMu+kh78FE3",
					"cjv1ABcr7r5SkryLhZ8a4MOHs8PpRKXw1DI1kFtJ3q5FJzrYN5JhJ2WOc1OlJpV59Jt8G8n9Kl63S7gWppZ",
					"IACZet17KTfeJBvf+1Vj5A9eX4vGdNCK8qSid83I84vX3uYj8OlA5Sn6ZIbWxwo2+IAg0uvmuVgEHS+R+9M",
					"E9Y1na8XG8rebc0PpYODc/UiiOa003f1OJl558+LEs4YTswO3tvmSNX1NJzUT37x/rpxdcUfinczAYMB+BP",
					"KocW3pujpQz4nCAxeeuPXpp4jQxuT8odSGO746jcehtRRmCaf3g/WINdVnWdMBUK4bn7SIqUUEkzos2nQ0S",
					"keDD5F3/U4OE74uIhkDaoy2mABoytIQyOKlIdukLlCWNLxvE5HDKtJggU6g/z0OUMWnYOos7HQUkZpBWUIQ",
					"6RvSinTk75mTX4a3VVeBZ7fdI5F7HVK2zZl3rFquPEs3ZIun5o09bk0g35rHPlOQaaJ6vOl0gEET5i6ByMf",
					"uvY7pbZH9ekM09K05rNzJLcrQL5yK8oP+G6pryLfTMJDn6jUerp34pQqQcUqTvEvL9LTz77WSARglzre7iL",
					"OydtlTuPiYhg/bUCn8rKWnvLWuDX4Jg4n2Zn93Ol2+qEUIgfyF9ZDxsGQwhsGhrdADCs6iQwSL/knZH9gHU",
					"Lbf+rfjRQgTpupHGmo/TEeby/R0lBvO4r3lvqdFYYq2gMQNybkh1GCZisX8VFuQNKSrdpKqfxKRgoU8QXsF",
					"VsW/pI8vh5hZhq+RMoIO4h3SkrCB7PDGn3e0nss/IbzbI4m/eFHcRibfggNbUPk8You/Iug+BxjgLpkMou3",
					"WYqR6pC0Rgyr/qzm0GKwuo4XvbYk5H0BdoW3IrxdVk4zbKZySNub9cJt3Sot4Lsid4TMetlmdpmPFsbuQd9",
					"d1sr/1761WZBtOIvqsvWPZtsdYvviAQmrYOXw8XaZsIAvoBngJm02TZRQAAAAAAAAAAdw3hKr0Wpj7uGsJV",
					"ei1MfZkXI3/HO+pD3DWEq/RamPqrOGWBSUw+xDIvRv6Od9SHRSKn1DNhcrnT+J8PupPpwaT1fiUHhU//PeJ",
					"dWsC+pbxK77xwfagDgg/NG6ROyXE7eMD6jvPf1wXh19nxNOQ9RpbaONuJ8pt4zWKoRycBCre6b0ltmhesiS",
					"N4ahJdLEbKVHWLOOA64PQRVyzs01uSTWZazcZuTTRz/03uual23jCIQA+TFGB4Dh6aN0idkuN2aZfWYiCER",
					"UjwgPUd57+vC4eNFDdaqQk1wq+z42nIe4y1olLJ1N7dsiy1cbYT5TfxW7iQnK7zkc/xVsfXHSTNWoZbJv2g",
					"MmtkH0wFgmcJgSdoQeSo2h8nGS1jQ3zpflWgWm6iVlRo857DeYEpk1MZ3bR0YAMuRb/jIq5Y2Ke3JJtVo7n",
					"yGqGCpcy0mo3dmmjmu7l7p2CMztj+m9xzU+28YYmWPVnu+xpfEIEeJinA8BxnjP8MlNZWIjw0b5A6JcftSz",
					"mOuoczYdPSLq3FQAiLkKUjTO/9Hi2u4AHrO85/XxeXDAoRc2n5KQ4bKW60UhNqeRbIRAlEtVTvzPCfgLYuL",
					"JjBEbU9oIgSAdYyyvqbYlF229PgR43EbzP5dDR07LbWRPSVHsn6EOjd47ZhDsH6q6ruV0uz11yV4q2OrztI",
					"mrWVoG+Fhl48iwy3TPpBZdbIe7qt0PxzcPY+mAoEzxICT0mV6y5yBKRx0ILIUbU/TjKnjyl7CCnoDDFVEaC",
					"B23N0RljwijzN1UrfT9P1+/Y/CahCMt9G4Jk37WCVC3WB646abXQhyJdNsAN6V14PrKfzdHe2dLK6Ac0vzy",
					"boHEmQAljCx8KhXzY8wdXkvWZk3H+22AWX23J6QfP6okPoEwj4hPdDaVUFrsYd4GAWkj5EhWrtgTwvKOK7/",
					"De556baecOLOljNG8zf/RIte7Lc9zW+ZSCamGHhk4AgAj1MUoDhOVcP3GbvlkcHzhj/GSitrUS5FR4zlbsL",
					"ehP7SXgmbFfvZPaoUpt68dH94YstXEEbkorsagfhV72sz87N09I2zxW4wyz5byBpKyHUD4aoG4NoVtnurBU",
					"NJVbAA9Z3nP++LrcON10h6RgQLhkUIubS8lNZFPUIW8RUbRw2UtxopSbUazuz9tWzgOryLJCJEohqqYUhca",
					"OvnsyX3pnhPwFtXViplAAVvHv7ZjCDI2p7QBElR47CQMZWtxsCrGWU9TfFonWhhL5IIWOc7LanwY8aid+bu",
					"0brMgwv4Q1hfjC7/rSZemyfGgboEqfje7xlwdP45JR2XU98xV7a0VT6m0+kLGOmWRux8rKKXT9OOM41iWAe",
					"SEPZ5IifxiCvyIoHJLbtX9jFay2ZoEthQdJIUl6boSI236l4440HHHP9DqzQ7HWlBPDvhm3605ud58z5qsE",
					"52OrqLdMX15/mfDAVCJ4lBJ4LPfQiIzOioJIq113kCEjj5Sc2d1ke7t2gBZGjan+cZNcIcInXaTpaTh9T9h",
					"BS0Bk5ErLcrUR2J2KqIkADt+foFafDar6hQdaMsOAVeZqrlfu9AT/EjA2rvp+m6/ftfxLJkkfBSvvZLFCFZ",
					"L6NwDNvJ4iFlDDWlVGxUr1PuSQOKcZfXGUEMqgXX0h/GsMJQlQoRZ4wfh/kam1nOeRNfpbTGmrYzvBoMO2D",
					"ffuxN1ParvRwGpuKRXyQXp5N0DmSIAUpk6z6hISGO7CEj4VDv2x4x4lur/6pykaCq8l7zci4//WmKFFw3h7",
					"BbLELLrfl9IIbvOoECvNSvI1m0t+DAcnE+msz9T4Xb/pjfBCK+SyFuRRx8aBEOiOHUVNWdHdbUT4mXrdeyk",
					"33AL9JlCENdh1DyER1C7Bgu32T/OWXHpMqsuTxBL2jhYyMfeYnwmS+Zs8K68bo2ajA8U/JYTzqybJIOMSAF",
					"lffFHah06NpkOT+NdbeQkMt8lgLQAR6mKQAw3M3CZuyGRZlTa4euM3eLY8O2RNZ52M7KTCcMf4zUFpbies8",
					"HxntTP23cis8Zip3F/QFJt1Ml2Gxyk1lBKgf/nfqOmjlgqLo0dSjf8b9ZdM7l9RyJ9fYxZ2pkVCAA+uk7xD",
					"mXWEpVrJJLn9KQlaRiaNtCEejfCyfBVOenZunpW2eK+mQeo0YezgVcIdZ8t9A0lYHirjYYlZ0aEKoHwxRNw",
					"bRNaX+JuwhoO+sst1ZKxpKrNu/PHOWDOySgAes7zj/fV33Ck3FhenbY24dbrpC0jEgGRCPkP/Elx5cMihEz",
					"KXlpys/yW5xs0OZsijqEbaIqdrFJQs7C54P5FP/M+CCbJScJPLSyj96MqK95fG1+EHY4croEJ9FV37fj8q3",
					"S3Y2DGb4x1ZhyyCqWGHQdR4MG0AbFt2UNLEN5iW8M8N/Atq6sMs+IlW/zByOUikBKnj39s0lJOAAxeFQ82A",
					"GR9T2gCJKFwum/kuWhHSOHIWBjK1uN/kRZKsxu8gJb8tccLhJU3EYxr1aBV/1T4HRniXCZB8M9tx/D39yuT",
					"Kz/tjbTBPLi8TzOfHxBW21XeQajjY+h/Yq6fukiyghyHFRazgl27AHBlyKEpjNFjmfS6ltX/b8euhGSEfi4",
					"FpErWTvk9GBKP3aaQ65bJeOw0N+LcarrGSANHPM7Ba6wr6iqfQ3n0hZxtWkFR0iXv/4TLM2YuVlFbs7vtdI",
					"WHOzhX6ccJxrEsE8CZGRttYEZwKQhrLJET+NQeeLU+OsKSt/AAAAAAAAAADlUZmWzImUFsqjMi2ZEyktL/K",
					"ru1WavTuUR2VaMidSWnEW/Mz+rsZMXuRXd6s0e3e7tc7hZ73vYSiPyrRkTqS0zd5TIqjHMKLiLPiZ/V2NmQ",
					"d9YQ8x1BmPvMiv7lZp9u5ZmTZ4muBi+HZrncPPet/DkzoEVQPzS9U7jQIxmrqRXd7cm6dWMwVL8S4wHAOpu",
					"HAUf6mKzyAsZq/KZ2uoncMHSpv+/WQUVxFlaVVGMY7qKoA4zND9B348EwLIhf70Nen2U1ETMn2h/9mh+qhn",
					"5xzEPPBjPqtuiNKHRa3fzNNns2IUNEkAWvOlTeaf8lXATp6otwZkmUnaiHYaBWI0dSO7k0uc9Pj8t628uTd",
					"PrWYKllnortlh756A4l1gOAZSceEHDPmuytvl9yj+UhWfQVjMza/Lg1PIzNpelc/WUDuHD7vEVkCcshMZlD",
					"b9+8koriJxZ2RtBaE6NMrSqoxiHNVVL4MzGq6VQUMAcZih+w/8eOUgATc3hmhuTZcHU67Psuaoxp7FYkYm8",
					"Ic0NX433JvLYmWs6PtVD93Z0GIJnOjgvDyB+59QYXSqE3NQJAX7yZH2IsmyyXJdh2UYzefKgRZSgElUcQYI",
					"gkSvu//KU5I/f0rqZlyfG6tp8V+ovfimRAgUDjErNC/QHjv8mpBhtW0l3q0DBq08+TOHp52cO8yfQmL2BAr",
					"3RQtUTQSvsaLftm+oVTYnblYieRPg+MYJ680Y9rFhUMViWQ7ZQ8rrkPjkNTwSU31ccXAjryhXKF+CO/ZKec",
					"6+kwuv4GWLZQXGkRLbgNr8kwoYhs07bzJybaVprN4+q+ShLP268cwAX/S2QIEUnZnJOD/Ul7wqn62hdg4fW",
					"XsGO23/mgl2ia2AOGUnMpPYNBb07LMkKG3695NRXEXNPGNhX9jIU+LOyNoKQnVoB59RTMbL4X6UpVUZxTiq",
					"q3H0zI8JsT69XgZnNFwrg4a7V/6ikKIXkADiMEP3H/jx5bOp1TuWbOfKQQJubgzR3C8Qm/iihUXK8b2Y/g+",
					"5vPkU7AFowzAo7zseqtOWqpXU3k8zRVojAcJl+v2kPZ7uo4CrZDLxF3q1r1nPiaSNx45KCFYfaARTmNkyUk",
					"pr9xhNPGPL3Kd+jFsTkWBn8uQxYPbA+fE+baV2TXU3EFnQSheoJK6GlVneAYfWBT3Aw2M6YoecqwxK9yzKM",
					"JrPlQMtpC9hA1lZirmyAJOo4gwQBInlwjF0wJmQn153/5WnJH/+uyZmA2ut6+iU1M24PjdW03GFVC7yvsLF",
					"4r9Qe/FNiRAH7sntPcQdBigcYlZoXqA9zU37wKTXNCt2+DUhw2rbSpOprLcP409cvFsHDFp58mdZCp6alvB",
					"mcQ5POzl3mD+F6x6ir7sRq5PE7AkU7osWqCG9kIIiAoK+mgheY0W/bd9/Wcf1iTb5yVCrbE7crETytfr12B",
					"Al0OQmwPGNE9abMcORaBvfXw8n7GPDoIrFshwJMlo2RkwmCrKHlNch8clrV9YNQe14XX14JKb6uOLgRp11P",
					"2x0a3RQNcI5CO0irtjQk6CeIas6zv9hCyV0MYf1GjCSs7i4E+OhhVxS3wX8gkTUxcQTjGiUayZuf0YW1a+O",
					"d/fpip9BuR1N87yJbAps+BxqKkXlnnrX7sGREH8jQTK/WAfc9rdXiQqW5rtLWDZsWw9wd8LMIEOppMsiWHE",
					"bpvg9Xe7R5Q14VT5bQ+0cPp0Ep82PZIgosvYMdtr+NRNXp5XgFnehBewSWwFxyk5kCUPCl71D2nImsWks6N",
					"lnScPg8LokUPNfUNr07yejuIq1i2156yosnJp5xsK+sJGnfyhfVHI5BbHEnZG1FYTq0CHMCCPZDX7GDj6jm",
					"IyXw/3rbzoOQB5X60PYPGrZV41jpoml/BXeGXWJew5HQESkTmwql9GMzTBY159ZMOtw3zkyzsCmJ/lLLx08",
					"ax1yY/YU+G3yi77qYgJrV/bevRkp144Gb0hxkL3BofTE8yQKAPpEpV1l6IOU7P8Qk4SPPnuNGkEKEkO375s",
					"1s6GpFi1SoNDiOD/apMa2ieimpUxUoMdsuT8zgN000UNLlIjVR4nqphoNHhnOHfwdr8P/fnPynfj+Wmmy+m",
					"aL1wzx0udg27AyXWhEK+lPpqFnbBEoGgRzRDb1h+STkGVrxF48sQktXo6Vx6p9gLlINSAJSxo9VinQcZDd1",
					"rTCP/+DO2aDLn8EGtKi8E+n6xKyZaSU1u4xmlc0PQIaZ6WMeMaWuU/9GLedlw8vg3SMoSYiwc7kyWPAw3NY",
					"WChA99bsgfPjfdpK7QnQanWxU977mupuILKglS5/u/e2fikBOFBJXA0rs7wDtRjFm+c6KBUOrQt6gIfHdOv",
					"8kuxMDlNixA45VxmU7lkhX6DB1R16T//yo8d4IYN8GqM6UbSoF2o1UZHq4TKqUdAACHwtuz5Ha7XGnUoG0S",
					"aO5F8Lho9FMKEW9LDTFfgLREdtJh+cbB3XfWlzHG8nyDIs8OXQ5rPeHd5bXoV8DuX4j8LISfWa80M6DCkuS",
					"HWSpmuVv+LB4YSJmT4Et1tcv2zIp5J70sipxH+h9uKbEiEhLjhgLhKGNw7ck9t7iDsM640KTbcBrxpQOMSs",
					"0LxAe7VpXTocNdRtmpv2gUmvaVZ/ym8XhSb9QOzwa0KG1baVCaHy1EpcIoMmU1lvH8afuMMCwPnTTwuueLc",
					"OGLTy5M+d5peOeHtw2bIUPDUt4c3iV0Wlo+FoWfQAAAAAAAAAAH+du6PRNu0K/jp3R6Nt2hWBp8zkcls3H/",
					"x17o5G27Qrg+hVLZftWSECT5nJ5bZuPn3SImo0gIM0+OvcHY22aVeHdme+XICEXQbRq1ou27NCeUwQ+f/tX",
					"kgEnjKTy23dfHsDiTAaWzB2+qRF1GgAB2mFOf53uTbqY/DXuTsabdOuj0oCmMtbPqQO7c58uQAJu3Fwdd9o",
					"NuSxDKJXtVy2Z4VzP+wWjYCKj/KYIPL/272QjQWbUS7tUJoIPGUml9u6+Xeh3oVG7Vfz9gYSYTS2YOyJm6n",
					"C5YCN5vRJi6jRAA7Si9QwCwA249gKc/zvcm3Ux3XuR0yjWznNizzkL2f8f2n0oV+MtsqSY3UGk2jEkaV8Cp",
					"soyxWnSHZ3SQqhISfLQgjUsQLwESZIiXN95oJKEVf27sZFU3z8XXPXODLqShY+DEqDkTt8+zSN7U91SSfMK",
					"/Jw9NaYESEhj6LWvKyRohXwP20ffadPH3GYofsP/HgADgUaWN7KlQp7610UfZGsxwR25resp0HNhdEqU978",
					"dtL6TJHwD8qb2Iees5o7Shjs+AMIOep89eZ5pMTdmCfC+QY5f35JES/zgwCBCfAnxZD8nTqqIREomn069k5",
					"TSh+FAqdN7YJ88o9/dW+HtvxxuwDo1CRnypyxgU8YwBWRq67+0qNjxKdGpBZ5yF/O+P/SaeRz/B/OEtjoQ7",
					"8YbZUlx5feBLu8o8jN6gwm0YgjS/mVkZ1yWRWm8xQ2UZYrTpHsa6vqNfp4fObukhRCQ06WhZEPr+GSeHuPE",
					"KhjBeAjTJBvNdimMRWhmhLn+swFlSKubXpBb9Sjz6Ts3Y2Lpvj4u5NANih3zhWx5q5xZNSVLHyZM8rHBaPB",
					"dhiUBiN3+PZpZwm9gKbOG2Ma25/qkk6YV2VGJElDeHVd5OHorTEjQkKbfFMO4BWvSB5FrXlZI0UrYdgW2og",
					"VqCHgf9o++k6fPp/iYZ0reHI04jBD9x/48QCdrfhUzs4cChwKNLC8lSsVY5ePE22jxh+dRSxwqQSAu+LYl9",
					"N4Mm2xY39bNwppWq4c4uCU21+3pGEwwv7v3zSQHq15XT7p2ZqfCrW5TLLuheCXDhqdhAOPZa7wbSSy6ewaM",
					"0vO9YQE5puUhyqH3zP55Ak8iVbp3vOZ2x7jYmldx+ZGpUCzX7DNZ+FppMEEh9IYfNIHEDJq2G2SlUuzaVMV",
					"Eg8u6GJfvh+TqOIMEASJAOw1Wa/BMmQKked7xfWy5z7uesBmJIQKNG/dDIJW3z0rEEC3IYfp0CGVeUlWPt8",
					"6Qurk8vXv6ddIa0M+EZ2y4FcU3oWyTIQNXWkMp9h4BI5pFpEce6kyY2OXNtCf22lUfOirazwKX7l2R2EH58",
					"/XJpE4/LxEHuHLm7lbcKBsuvyExsbLA72MEY67FOlpiQySusSJUspYOn+wRS6eLiphSK86syWN+1elpb+K2",
					"/pCYU/GwBdgWZNXosxBsKy94QyV0z4tFx4wOnjZQ/81dAS6++08Yo7X1YwW573FQjOn1yH4wlj5kHbhzPK3",
					"tr7c1br1P8grBX8EjBg1SYzJm3bXLyo2EXI4p+HCIEvDUFKTYUEUNF7r8UJXrB61+ScVMAybAcpknLbhOnY",
					"LT11iwVgMnGgwwNliiTpxYrFnFYb7YUZ9zvquJSpXq3ezKIxPHtcoQ8y1N+zP4cVJTRL7CL268lYyj0CrbI",
					"wfXMxd48ioK1n4s8BYa3kdtPIyZ5SPC0aD7U36LyzacG7nMCgNRu7w7dNPtbblP8YA2c4SegFNnTfGsY/Bo",
					"pyr2sw0tj/VJZ0wr0srhHb0q92lyoxIkobw6rq1EfMxV8YHsMjD0VtjRoSEt15q+LJwaY42+aYcwCtekUlk",
					"Hb8RHbObPIpa87JGilZDF+FQY3BnXMKwLbQRK1BDvS2WF8AdvUnA/7R99J0+fb9iD94lq9N3PsXDOlfw5Gh",
					"BWHiZhsYJYsRhhu4/8OMBu/w9Te7GDgs6W/GpnJ05FEXGSgpNq9QeOBRoYHkrVypHidPDqB26IMYuHyfaRo",
					"0/ubOkhAtwYDVRGM+4AS/ZQy6FdBvQGTRJryK4/6JCA1bQvwNcc3TuXK1tITZH9G1o0vCalZbCgGJTV1Zx5",
					"Jm3fSzK7dI1r1p3qfMTpYyZsBTWbqgGXa9dHlfJZOIv9GoBKFTfQf7ChwtVhv0rykIEPyobRogbdOk1q7yK",
					"bGkv3irUITHPuBkzIKHPdoMbQgrt3lLNIMp05+df9QHEuC/Q+CBoumdpGT3yXbqYDV2ZvsYiJyOujK9TzKO",
					"A70r+9GTT3B1U6S/CidlZJKqelvRjuia5ET1Hwo6wpx7d2TWZua/Yg2Z65K9UpaVRRBDQL9eR2sz/swEZOp",
					"tbazNXc0INhCT2iPSidOCO2iQrl2bTpiqluZA0t+VLICQeXNDFvnw/W4PncxSIkTUmUcUZIAgSAVnMfrrxP",
					"v8L2GuyXoNlyBSn9gn9UlMlHiLP94rrZc99XVJMKTpTInfc9YDNSAgVaKNoO26ZPvhi3roZBK2+e1ahJ6Kn",
					"fIiWXCCAbkMO06FDXx3V4N/lTEkq85KsfL51hFVuKQ+tiJiO1Mnl69/Tr5GrVF5IDuVCm9aGfCI6ZcGvqRv",
					"HgetTLKUovAtlmQgbulchsMZIPvaw0hhOsfEIHNOthfUSID7x2SwiOfZSZcbGU7+CVYNTK8wubaA/t9Oo+F",
					"HwG5xm5UXy0FfXeBS+cu2vymzbxYif5wAAAAAAAAAAAPUEklguvLBreZ584nqhVWuMmu66VB3l1vI8+cT1Q",
					"qvWBzhrnNv+G72LooUmj+P+vX6mF36hX07Hdu6q2s1cYseD6jiC4+DSrA9w1ji3/Tes+nREYJlBhxGE0lMe",
					"OB7JEXHWwUYWonl6/Uwv/EK/nHoISL2kbAMsju3cVbWbucSOGNjH7bUFdOWUQilX4RiR5WFGuw/PpCFYH+C",
					"scW77b1jq5D4pQEffM2Z+0JMUWjozk3pCyzrmikmbMv9vVuWmSW42bTd4WRYi4qyDjSxE8yIXqBHVAvhDn2",
					"kOBqujpw2fnAqU840bvfQQkHpJ2QZY9OWU6BH3uuh3SC7zORGqvXe9KmFhPxYNHDGwj9trC+gcxLQdg0W3W",
					"KG6Egr95OgWoU8WmKXKVKbKw4x2H55JQ8o2iORHsPXzsD7AWePc9t+wy8TLu/JKb9tHXiUBpleK27Jat1mI",
					"6zpmzPygJym0dGY5+DJ/BwjEDbVi3MVTFSENQGZOnX2pkfml8qaMihN5+VD2NNSkr8mS3GzabvCyLJIpaEg",
					"23g6cL1fOX0h/UdIvosrNEFHtYkQuUCOqBfCHRNtUsfIrTDc+0xwMVkdPGz4mGJ4OafOrVaqCcLQ97k5VX4",
					"bi7BNS/ughIPWSsg2w6NQkZ8qcsQCDWL6JcMis5YOtuhso5hBVhQPLviAEjU+F9s8seCox/+56VcLCfiwa7",
					"o9RUJpQkKpT8fdH5PHP5FME89W833NUOIhpOwaLbrE4fW2pXqXSAUJ1JRT6ydEtQoAhhqLnbZ0pDLtoGLNw",
					"eCn5v/pAnczIlIcZ7T48k4aUch1/ZhIvNv/+h5HcRjLT/wuDA4RojmML7hfrlZ80iwsbE3nNsYg7YJeJl3f",
					"lld5gYo0FL8spbt0cKxJRanYg3ekvgAlEypC2ZbVusxDXdbaQsfzrPmvFzJj5QU9SaOnMbf3TF3zUWafhZz",
					"2tKMm8pxRjr/UGdQwaasW4i6cqQhqfwSrTiZbycRNbxGndixdx5l9WMfM3p/JL5U0ZFSfy8r7h30E7m0KZM",
					"nsx+2+Gp5nHf6OjQToXJLnZtN3gZVkkTN0mhc7Z6U/AR8g/msQMTzVDWme0eLw1PQvnw9h7kDXID3Wb9scg",
					"XkSVmyGi2sVesZEJeYxmdePPNx4HLTk74zozjF8DhYuItqli5VeYbohDrfC9eSTefKY5GKyOnjZ8Uz2K9KA",
					"ihhffp2RO9D9jFyqj9hbag9OqVAXhaHvcnaqhAXMwVWAtwS2bnYoBfcjB2J8P0i/BeLvQ17J2Q8JUuyXTIC",
					"5tfuTQqUnOlDljAdBcTVzMF9+xbSLrS7K2gP9t1+/Z6pg8TwZbdTdQzCGqBq5xpQjinRoKB5Z9QQganwryk",
					"u8ZJqYvYX4IAaNyu8phiwyT+1wHetz1qoSF/Vg03ACuFt3T5IS3jDT4Z4f5Ybd5MGo/qUXRzXF415vFRv3N",
					"hHxFw+v6TaYI5qt5v+eopv3iOSGRWxgbg0QuXzAEVht2QLwHHrjmcPraUr1KpQNwD97A5WQZs4TqSij0k6N",
					"bhB9Ouqy9H+vvk9RUFukCDu9m0MZOx76+Uhh20TBm4fBS7XJDaEhdQDlh6K3SHEClOZTsP4oy/BVDnKSCLl",
					"7/OUNpoBB2cEOJKOU6/swkXmwoED5slAri3JVumHvqq72SlZuc6bKFASL+FwYHCNEcx/7iApVQ/6B3fU+4j",
					"ngZsCJ9urwcIDcMkhY2JvKaYxF3FsMiYMJNrcervYR3vOzyiatIgOXkwk45wMQaC16WU9zAMR6ZBrjvbLo5",
					"ViSi1OxAusxStvr6UPDRQMhYQK5NFdG1zMoYgPGlbMtq3WYhrutsPm5PPg8SWwey9KGEWw++B0fwM9x1sw7",
					"zomTbzYIJ5vNXYEmVrLVWmNv6py/4qLOYLv41d9YUAyVQWCIJd0tNJaVcsFFZ9/1OKcZe6w3qGE7cwsyzI1",
					"aoNNSKcRdPVYQ0IY7jT2HpNF+tFA31NfTRX1gQn60bSGHiJraI07oXL+LTshqLlKufiV8o9DHAtnqJqixma",
					"e4Kyo8EXcNhDJfQj/FZUTkiK2DkfcO/g3Y2heSIxy3bWIo1WfZhOqX51XtZA2Wo/ddpyzKP/0ZHg3QuMnr7",
					"1B+tyJ5IcrNpu8HLskiHt/vj73cCIwstFVm7aucj/imHAZXWV56Aj5B/NIkZnnWLAicaNan1+RHsnU4oTPU",
					"MFX7FYJT8AemBltSXLhQBHIUEjLmSpGqQH+o27Y9BamUbeG7DM/HXG71vEGJsv9fuuf1ITNAPvGIjE/IYze",
					"q8lyeBqjZxWsafbzwOWnJ2xmprrlZ0zsat5vFA7CDTI60T9dK0Dm+TEG1TxcqvMN0QmFdXkoGMbXsUzbko1",
					"ZGIe+HJK3D7LTj4THMwWB09bfi5d6IAM4HdkzXtTLpnnDiTwOne4kkgiC6+T8mc6H/GLktLW8TGw3ZFx9G1",
					"fpLek0Uy1ScmvGIjPzqdmoLQYQ8/z5kI2v7dv1RDA+ZgqsBaVLYHdDiEfOrpyKFjRiUjpOk9pfEeC58UgrE",
					"/H6RfgvGCRDuN/HE+QXahr2XthoSpdlSr97WoOBkd2DEZD/wl/B0tNYtX0plMoFOTnClzxgKgppcOcV16ss",
					"sqDeDLCWdXy98JcpMn2+ex10HPN0vYy7EiRV1vZWR72q7fs9UxeZ7aW9shjR/FLmclfTbzvppgZ9B5pKuQJ",
					"tAMXONKEcQ7NQyp59hJ6oeFAAAAAAAAAAB5iTUwyPBuf/ISa2CQ4d3+i5teUFgRs4GPtkGYc+ViyfY/dKi7",
					"FQy2faQq+OMEvzcELR/IK/TRSHX+FGi07BymDHchWHwcctmH7H8IJA3BWP5lSjjs/a8n+khV8McJfm+DwWD",
					"AD/kQEAhaPpBX6KORcdMLoJ8Yze6Bb76IO//gePjmi7jzD44Hc33V6KsePYYK9ODYY+5T+Q7Z/xBIGoKxd1",
					"DKIIDq7M78y5Rw2PtfT4VCoUAQCzEw9JGq4I8T/N6NGJ/QR+OSoQaDwYAf8iEgfwr0sNcCT197J+t4/PaeF",
					"wKu3kg0BvBoiTWAGGwXQ+nwvLUopOctlgLffBF3/sHxe1ZJIb8Or47wzRdx5x8cD4lEIkEv73JwjWk9iQQb",
					"ozj04Ai5zOvNR397VumU+n7GBvJj2VwKELl3IWh5wxLdVw6oXUkL4rMohTMDGVPzAKn8ujYpmwNu1viXKeG",
					"w97+egR4c0XgH0eEKhUKBIBZiYHMMd7Ho5gwfg7DCmUwBIYn6OfephPFP9nGiqfnc4Px3CCucyRQQkggMBo",
					"MBP+RDQHWPtjH3FC0//hToYa8Fnr6Hnd1RZ/XwwfZO1vH47T0vj8fjwTAdU1AEXL2RaAzg0X3ViKGg/I6ue",
					"fiXaYsIX+YAcaJZQ/gxmYvq/Akb6YIY8mPJOdMZ7GdvLW56vdpa1xakW0p1KjSonT8FGi07hynktjAq5cvp",
					"VuCbL+LOPzgemRIa0gbPVmESiUSCXt7l4GsAcbKWLoufGtN6Egk2RnFjWk8iwcYoDujBEXKZ15uPkUgkQlE",
					"n9fCVZTuKetMkuOzsDrqyI0rHZ3dQ6uoy+UYe/mXaIsKXOe5C0PKGJbqvl8vlwk7V1NAcULuSFsRnUWXZjq",
					"LeNAkuYfSRavXA2GYYfaRaPTC2GZPm+gplIQWY6m/POq3Ra+ebvMSaMsmmCeI18ar6Och2aa6v+qIoe/cQJ",
					"5rKatgViBQKhQJBLMTAbYOwMoncqr/mGO5i0c0ZPp+R21IZPXdBbfISa8okmyYUeydbAtT1WZ/geQtaxUbY",
					"5mlMO5I1KKfiRFPzucH575vNZsNxMZeQEFY4kykgJBFp3w2j4dBKbhgMBgN+yIeAYYUzM7Y46f/qHm1j7il",
					"afpOXWFMm2TQBl7pHmw0t5UnuM3Krxd2LNmWoLPudzDi3HCEZy1U8Vsjsnazj8dt7XpUUmdM5KxUhHo/Hg2",
					"E6pqBnBvKzqcrI32Mr7XuCPhmXGqLYS0rOd+iROYYbEt/EaeiwsyvaL6oWmWO4i0U3Z/jg6o27jccJh2tx0",
					"+vV1roGEvjm2x0m1HkW1fkTNtIFMW9czCP+ImtO5MeSc6Yz2M+dTqdDbsO2sLXJS6wpk2yazEB+nOFjAuVH",
					"2yDMuXKxZD5SFfxxgt8bOn8KNFp2DlND9j8EkoZgLMhtYVTKl9OtseRUZAJnvdLAN1/EnX9wPLm+avRVjx5",
					"DMiU0pA2ercJLrAGUxW7DvU+BHlzumhL1NggrbCZqfIq9k3U8fnvPC8QaQAy2i6F0NKb1JBJsjOJNL8AU2p",
					"zinca0nkSCjVEcvz2rdEp9P2O7ELS8YYnuK8KZgYypeYBUSQLf3PFoM9Uwi+rsOZhdqkFY4UymgJBEONHUf",
					"G5w/juzSoosNmFNusrDvxz+kSPFzu6g1NVl8o23Z5XkHZWc8jz8y7RFhC9zRXX+hI10QQy3Fje9Xm2ta86f",
					"Ao2WncMURQRc3c6McJU8jWntBnwe6jigdiUtiM+iQSlDFeV4od3Ksh1FvWkSXLM7KHV1mXwjwugj1eqBsc2",
					"7YRblInHfsjD6SLV6YGwzSXN9hbKQAkxNXmJNmWTTBDTXV31RlL17v0wJLQmFDvrGxTwdwXVghTZ5iTVlkk",
					"0TT/C8Ba1iI2zEa+JV9XOQ7b3i12U9g/6Suc/IrRZ3L9rARv2d3odBpUvdo82GlvIkMlSW/U5mnFtDh51d0",
					"X5RtToOqG0Zjj/KsZX2PUGfjEvIHMMNiW/iNMwx3MWimzN8tbjp9WprXQM+I7elMnrugkeqgpX6ioD92uQl",
					"1pRJNk2jbRDmXLlYMij2TrYEqOuzUX97hsxYhcxVUmRO56xUhCzbUX4vXDr7p0APLndNiXreyToev73nBa8",
					"aMb4gpSrr1pMEjuhVRJRdCFresET3FSSBb+54tJlqIKxwJlNASCJZJUUWm7AmXdK+G0bDoZXcqzcudgtR+6",
					"Nbi5ter7bWNSICrm5nRrhKqZnwPj9XC8vQEMUO96dltNQ92sbcU7T8rbTv9hSj2oMmL7GmTLJpAl+mhJaEQ",
					"gd9LnWPNhtaypNX/LoG06qk7Nxn5FaLuxdtpe7RZkNLeRKhw86uaL+oWthK+56gT8YlU9GlzvhedaQqWJD+",
					"MK4b29g7Wcfjt/e8obJs9ytHmcMqKTKnc1YqQlOgB5e7pkQ9V40YX5BSlXUuBC1vWKL7CqWfcz8As0iL3BZ",
					"GD8hDJvStxU2vV1vrGtRMeJ+fq4VlX9cmz8e6NuQmXhP/D0pYmyJzDDckvonTW/o5B+xO56zQYWdXtF9ULa",
					"noUmd8rzpSWVTnT9hIF8Qg3dJ/ELh5u6tGjC9Iqco60s+5H4BZpEXW4qbXq611Da9rk+djXRtyJPDNtztMq",
					"PNdefiH87zGjCyq8ydspAtiVSPGF6RUZR3euJhH/EXWnKcxrXc0tbjjoxyyvx9BaavalYeP17EH1FEO2d+P",
					"oLRVKIfs70dQ2ioAQYCQwQILnAEgS1AAAAAAAAUAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
					"AAAIAAAADAAAAEEtQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAD//////////wAAAAAAAAAAAAAAAA",
					"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhIUAAAQZyRwQILFCRpb",
					"nRBcnJheUZyb21TdHJpbmcAAEGwkcECC2Ioc2l6ZV90IGlkeCwgc2l6ZV90IHNpemUpPDo6PnsgdGhyb3cg",
					"J0FycmF5IGluZGV4ICcgKyBpZHggKyAnIG91dCBvZiBib3VuZHM6IFswLCcgKyBzaXplICsgJyknOyB9AA=="
				].join("");
				function _base64ToArrayBuffer(base64) {
					var binary_string = window.atob(base64);
					var len = binary_string.length;
					var bytes = new Uint8Array(len);
					for (var i = 0; i < len; i++) bytes[i] = binary_string.charCodeAt(i);
					return bytes;
				}
				function getBinary(file) {
					if (typeof Buffer == "function") return Buffer.from(binaryInString, "base64");
					else return _base64ToArrayBuffer(binaryInString);
				}
				function getBinaryPromise() {
					return Promise.resolve().then(function() {
						return getBinary(wasmBinaryFile);
					});
				}
				function createWasm() {
					var info = {
						"env": asmLibraryArg,
						"wasi_snapshot_preview1": asmLibraryArg
					};
					/** @param {WebAssembly.Module=} module*/
					function receiveInstance(instance, module) {
						Module["asm"] = instance.exports;
						wasmMemory = Module["asm"]["memory"];
						assert(wasmMemory, "memory not found in wasm exports");
						updateGlobalBufferAndViews(wasmMemory.buffer);
						wasmTable = Module["asm"]["__indirect_function_table"];
						assert(wasmTable, "table not found in wasm exports");
						addOnInit(Module["asm"]["__wasm_call_ctors"]);
						removeRunDependency("wasm-instantiate");
					}
					addRunDependency("wasm-instantiate");
					var trueModule = Module;
					function receiveInstantiationResult(result) {
						assert(Module === trueModule, "the Module object should not be replaced during async compilation - perhaps the order of HTML elements is wrong?");
						trueModule = null;
						receiveInstance(result["instance"]);
					}
					function instantiateArrayBuffer(receiver) {
						return getBinaryPromise().then(function(binary) {
							return WebAssembly.instantiate(binary, info);
						}).then(function(instance) {
							return instance;
						}).then(receiver, function(reason) {
							err("failed to asynchronously prepare wasm: " + reason);
							if (isFileURI(wasmBinaryFile)) err("warning: Loading from a file URI (" + wasmBinaryFile + ") is not supported in most browsers. See https://emscripten.org/docs/getting_started/FAQ.html#how-do-i-run-a-local-webserver-for-testing-why-does-my-program-stall-in-downloading-or-preparing");
							abort(reason);
						});
					}
					function instantiateAsync() {
						return instantiateArrayBuffer(receiveInstantiationResult);
					}
					if (Module["instantiateWasm"]) try {
						return Module["instantiateWasm"](info, receiveInstance);
					} catch (e) {
						err("Module.instantiateWasm callback failed with error: " + e);
						readyPromiseReject(e);
					}
					instantiateAsync().catch(readyPromiseReject);
					return {};
				}
				function array_bounds_check_error(idx, size) {
					throw "Array index " + idx + " out of bounds: [0," + size + ")";
				}
				/** @constructor */
				function ExitStatus(status) {
					this.name = "ExitStatus";
					this.message = "Program terminated with exit(" + status + ")";
					this.status = status;
				}
				function callRuntimeCallbacks(callbacks) {
					while (callbacks.length > 0) callbacks.shift()(Module);
				}
				function ptrToString(ptr) {
					return "0x" + ptr.toString(16).padStart(8, "0");
				}
				function warnOnce(text) {
					if (!warnOnce.shown) warnOnce.shown = {};
					if (!warnOnce.shown[text]) {
						warnOnce.shown[text] = 1;
						if (ENVIRONMENT_IS_NODE) text = "warning: " + text;
						err(text);
					}
				}
				function _abort() {
					abort("native code called abort()");
				}
				function getHeapMax() {
					return 2147483648;
				}
				function emscripten_realloc_buffer(size) {
					try {
						wasmMemory.grow(size - buffer.byteLength + 65535 >>> 16);
						updateGlobalBufferAndViews(wasmMemory.buffer);
						return 1;
					} catch (e) {
						err("emscripten_realloc_buffer: Attempted to grow heap from " + buffer.byteLength + " bytes to " + size + " bytes, but got error: " + e);
					}
				}
				function _emscripten_resize_heap(requestedSize) {
					var oldSize = HEAPU8.length;
					requestedSize = requestedSize >>> 0;
					assert(requestedSize > oldSize);
					var maxHeapSize = getHeapMax();
					if (requestedSize > maxHeapSize) {
						err("Cannot enlarge memory, asked to go up to " + requestedSize + " bytes, but the limit is " + maxHeapSize + " bytes!");
						return false;
					}
					let alignUp = (x, multiple) => x + (multiple - x % multiple) % multiple;
					for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
						var overGrownHeapSize = oldSize * (1 + .2 / cutDown);
						overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
						var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536));
						if (emscripten_realloc_buffer(newSize)) return true;
					}
					err("Failed to grow the heap from " + oldSize + " bytes to " + newSize + " bytes, not enough memory!");
					return false;
				}
				var SYSCALLS = {
					varargs: void 0,
					get: function() {
						assert(SYSCALLS.varargs != void 0);
						SYSCALLS.varargs += 4;
						return HEAP32[SYSCALLS.varargs - 4 >> 2];
					},
					getStr: function(ptr) {
						return UTF8ToString(ptr);
					}
				};
				function _fd_close(fd) {
					abort("fd_close called without SYSCALLS_REQUIRE_FILESYSTEM");
				}
				function _fd_seek(fd, offset_low, offset_high, whence, newOffset) {
					return 70;
				}
				var printCharBuffers = [
					null,
					[],
					[]
				];
				function printChar(stream, curr) {
					var buffer = printCharBuffers[stream];
					assert(buffer);
					if (curr === 0 || curr === 10) {
						(stream === 1 ? out : err)(UTF8ArrayToString(buffer, 0));
						buffer.length = 0;
					} else buffer.push(curr);
				}
				function _fd_write(fd, iov, iovcnt, pnum) {
					var num = 0;
					for (var i = 0; i < iovcnt; i++) {
						var ptr = HEAPU32[iov >> 2];
						var len = HEAPU32[iov + 4 >> 2];
						iov += 8;
						for (var j = 0; j < len; j++) printChar(fd, HEAPU8[ptr + j]);
						num += len;
					}
					HEAPU32[pnum >> 2] = num;
					return 0;
				}
				function checkIncomingModuleAPI() {
					ignoredModuleProp("fetchSettings");
				}
				var asmLibraryArg = {
					"abort": _abort,
					"array_bounds_check_error": array_bounds_check_error,
					"emscripten_resize_heap": _emscripten_resize_heap,
					"fd_close": _fd_close,
					"fd_seek": _fd_seek,
					"fd_write": _fd_write
				};
				createWasm();
				Module["___wasm_call_ctors"] = createExportWrapper("__wasm_call_ctors");
				/** @type {function(...*):?} */
				var _emscripten_bind_VoidPtr___destroy___0 = Module["_emscripten_bind_VoidPtr___destroy___0"] = createExportWrapper("emscripten_bind_VoidPtr___destroy___0");
				/** @type {function(...*):?} */
				var _emscripten_bind_Crc64Hash_Crc64Hash_0 = Module["_emscripten_bind_Crc64Hash_Crc64Hash_0"] = createExportWrapper("emscripten_bind_Crc64Hash_Crc64Hash_0");
				/** @type {function(...*):?} */
				var _emscripten_bind_Crc64Hash_OnAppend_2 = Module["_emscripten_bind_Crc64Hash_OnAppend_2"] = createExportWrapper("emscripten_bind_Crc64Hash_OnAppend_2");
				/** @type {function(...*):?} */
				var _emscripten_bind_Crc64Hash_OnFinal_3 = Module["_emscripten_bind_Crc64Hash_OnFinal_3"] = createExportWrapper("emscripten_bind_Crc64Hash_OnFinal_3");
				/** @type {function(...*):?} */
				var _emscripten_bind_Crc64Hash___destroy___0 = Module["_emscripten_bind_Crc64Hash___destroy___0"] = createExportWrapper("emscripten_bind_Crc64Hash___destroy___0");
				Module["___errno_location"] = createExportWrapper("__errno_location");
				Module["_fflush"] = createExportWrapper("fflush");
				Module["_malloc"] = createExportWrapper("malloc");
				Module["_free"] = createExportWrapper("free");
				/** @type {function(...*):?} */
				var _emscripten_stack_init = Module["_emscripten_stack_init"] = function() {
					return (_emscripten_stack_init = Module["_emscripten_stack_init"] = Module["asm"]["emscripten_stack_init"]).apply(null, arguments);
				};
				/** @type {function(...*):?} */
				var _emscripten_stack_get_free = Module["_emscripten_stack_get_free"] = function() {
					return (_emscripten_stack_get_free = Module["_emscripten_stack_get_free"] = Module["asm"]["emscripten_stack_get_free"]).apply(null, arguments);
				};
				/** @type {function(...*):?} */
				var _emscripten_stack_get_base = Module["_emscripten_stack_get_base"] = function() {
					return (_emscripten_stack_get_base = Module["_emscripten_stack_get_base"] = Module["asm"]["emscripten_stack_get_base"]).apply(null, arguments);
				};
				/** @type {function(...*):?} */
				var _emscripten_stack_get_end = Module["_emscripten_stack_get_end"] = function() {
					return (_emscripten_stack_get_end = Module["_emscripten_stack_get_end"] = Module["asm"]["emscripten_stack_get_end"]).apply(null, arguments);
				};
				Module["stackSave"] = createExportWrapper("stackSave");
				Module["stackRestore"] = createExportWrapper("stackRestore");
				Module["stackAlloc"] = createExportWrapper("stackAlloc");
				/** @type {function(...*):?} */
				var _emscripten_stack_get_current = Module["_emscripten_stack_get_current"] = function() {
					return (_emscripten_stack_get_current = Module["_emscripten_stack_get_current"] = Module["asm"]["emscripten_stack_get_current"]).apply(null, arguments);
				};
				Module["dynCall_jiji"] = createExportWrapper("dynCall_jiji");
				Module["___start_em_js"] = 5261488;
				Module["___stop_em_js"] = 5261586;
				[
					"run",
					"UTF8ArrayToString",
					"UTF8ToString",
					"stringToUTF8Array",
					"stringToUTF8",
					"lengthBytesUTF8",
					"addOnPreRun",
					"addOnInit",
					"addOnPreMain",
					"addOnExit",
					"addOnPostRun",
					"addRunDependency",
					"removeRunDependency",
					"FS_createFolder",
					"FS_createPath",
					"FS_createDataFile",
					"FS_createPreloadedFile",
					"FS_createLazyFile",
					"FS_createLink",
					"FS_createDevice",
					"FS_unlink",
					"getLEB",
					"getFunctionTables",
					"alignFunctionTables",
					"registerFunctions",
					"prettyPrint",
					"getCompilerSetting",
					"out",
					"err",
					"callMain",
					"abort",
					"keepRuntimeAlive",
					"wasmMemory",
					"stackAlloc",
					"stackSave",
					"stackRestore",
					"getTempRet0",
					"setTempRet0",
					"writeStackCookie",
					"checkStackCookie",
					"ptrToString",
					"zeroMemory",
					"stringToNewUTF8",
					"exitJS",
					"getHeapMax",
					"emscripten_realloc_buffer",
					"ENV",
					"ERRNO_CODES",
					"ERRNO_MESSAGES",
					"setErrNo",
					"inetPton4",
					"inetNtop4",
					"inetPton6",
					"inetNtop6",
					"readSockaddr",
					"writeSockaddr",
					"DNS",
					"getHostByName",
					"Protocols",
					"Sockets",
					"getRandomDevice",
					"warnOnce",
					"traverseStack",
					"UNWIND_CACHE",
					"convertPCtoSourceLocation",
					"readEmAsmArgsArray",
					"readEmAsmArgs",
					"runEmAsmFunction",
					"runMainThreadEmAsm",
					"jstoi_q",
					"jstoi_s",
					"getExecutableName",
					"listenOnce",
					"autoResumeAudioContext",
					"dynCallLegacy",
					"getDynCaller",
					"dynCall",
					"handleException",
					"runtimeKeepalivePush",
					"runtimeKeepalivePop",
					"callUserCallback",
					"maybeExit",
					"safeSetTimeout",
					"asmjsMangle",
					"asyncLoad",
					"alignMemory",
					"mmapAlloc",
					"writeI53ToI64",
					"writeI53ToI64Clamped",
					"writeI53ToI64Signaling",
					"writeI53ToU64Clamped",
					"writeI53ToU64Signaling",
					"readI53FromI64",
					"readI53FromU64",
					"convertI32PairToI53",
					"convertI32PairToI53Checked",
					"convertU32PairToI53",
					"getCFunc",
					"ccall",
					"cwrap",
					"uleb128Encode",
					"sigToWasmTypes",
					"generateFuncType",
					"convertJsFunctionToWasm",
					"freeTableIndexes",
					"functionsInTableMap",
					"getEmptyTableSlot",
					"updateTableMap",
					"addFunction",
					"removeFunction",
					"reallyNegative",
					"unSign",
					"strLen",
					"reSign",
					"formatString",
					"setValue",
					"getValue",
					"PATH",
					"PATH_FS",
					"intArrayFromString",
					"intArrayToString",
					"AsciiToString",
					"stringToAscii",
					"UTF16Decoder",
					"UTF16ToString",
					"stringToUTF16",
					"lengthBytesUTF16",
					"UTF32ToString",
					"stringToUTF32",
					"lengthBytesUTF32",
					"allocateUTF8",
					"allocateUTF8OnStack",
					"writeStringToMemory",
					"writeArrayToMemory",
					"writeAsciiToMemory",
					"SYSCALLS",
					"getSocketFromFD",
					"getSocketAddress",
					"JSEvents",
					"registerKeyEventCallback",
					"specialHTMLTargets",
					"maybeCStringToJsString",
					"findEventTarget",
					"findCanvasEventTarget",
					"getBoundingClientRect",
					"fillMouseEventData",
					"registerMouseEventCallback",
					"registerWheelEventCallback",
					"registerUiEventCallback",
					"registerFocusEventCallback",
					"fillDeviceOrientationEventData",
					"registerDeviceOrientationEventCallback",
					"fillDeviceMotionEventData",
					"registerDeviceMotionEventCallback",
					"screenOrientation",
					"fillOrientationChangeEventData",
					"registerOrientationChangeEventCallback",
					"fillFullscreenChangeEventData",
					"registerFullscreenChangeEventCallback",
					"JSEvents_requestFullscreen",
					"JSEvents_resizeCanvasForFullscreen",
					"registerRestoreOldStyle",
					"hideEverythingExceptGivenElement",
					"restoreHiddenElements",
					"setLetterbox",
					"currentFullscreenStrategy",
					"restoreOldWindowedStyle",
					"softFullscreenResizeWebGLRenderTarget",
					"doRequestFullscreen",
					"fillPointerlockChangeEventData",
					"registerPointerlockChangeEventCallback",
					"registerPointerlockErrorEventCallback",
					"requestPointerLock",
					"fillVisibilityChangeEventData",
					"registerVisibilityChangeEventCallback",
					"registerTouchEventCallback",
					"fillGamepadEventData",
					"registerGamepadEventCallback",
					"registerBeforeUnloadEventCallback",
					"fillBatteryEventData",
					"battery",
					"registerBatteryEventCallback",
					"setCanvasElementSize",
					"getCanvasElementSize",
					"demangle",
					"demangleAll",
					"jsStackTrace",
					"stackTrace",
					"ExitStatus",
					"getEnvStrings",
					"checkWasiClock",
					"flush_NO_FILESYSTEM",
					"dlopenMissingError",
					"createDyncallWrapper",
					"setImmediateWrapped",
					"clearImmediateWrapped",
					"polyfillSetImmediate",
					"uncaughtExceptionCount",
					"exceptionLast",
					"exceptionCaught",
					"ExceptionInfo",
					"exception_addRef",
					"exception_decRef",
					"Browser",
					"setMainLoop",
					"wget",
					"FS",
					"MEMFS",
					"TTY",
					"PIPEFS",
					"SOCKFS",
					"_setNetworkCallback",
					"tempFixedLengthArray",
					"miniTempWebGLFloatBuffers",
					"heapObjectForWebGLType",
					"heapAccessShiftForWebGLHeap",
					"GL",
					"emscriptenWebGLGet",
					"computeUnpackAlignedImageSize",
					"emscriptenWebGLGetTexPixelData",
					"emscriptenWebGLGetUniform",
					"webglGetUniformLocation",
					"webglPrepareUniformLocationsBeforeFirstUse",
					"webglGetLeftBracePos",
					"emscriptenWebGLGetVertexAttrib",
					"writeGLArray",
					"AL",
					"SDL_unicode",
					"SDL_ttfContext",
					"SDL_audio",
					"SDL",
					"SDL_gfx",
					"GLUT",
					"EGL",
					"GLFW_Window",
					"GLFW",
					"GLEW",
					"IDBStore",
					"runAndAbortIfError",
					"ALLOC_NORMAL",
					"ALLOC_STACK",
					"allocate"
				].forEach(unexportedRuntimeSymbol);
				[
					"zeroMemory",
					"stringToNewUTF8",
					"exitJS",
					"setErrNo",
					"inetPton4",
					"inetNtop4",
					"inetPton6",
					"inetNtop6",
					"readSockaddr",
					"writeSockaddr",
					"getHostByName",
					"getRandomDevice",
					"traverseStack",
					"convertPCtoSourceLocation",
					"readEmAsmArgs",
					"runEmAsmFunction",
					"runMainThreadEmAsm",
					"jstoi_q",
					"jstoi_s",
					"getExecutableName",
					"listenOnce",
					"autoResumeAudioContext",
					"dynCallLegacy",
					"getDynCaller",
					"dynCall",
					"handleException",
					"runtimeKeepalivePush",
					"runtimeKeepalivePop",
					"callUserCallback",
					"maybeExit",
					"safeSetTimeout",
					"asmjsMangle",
					"asyncLoad",
					"alignMemory",
					"mmapAlloc",
					"writeI53ToI64",
					"writeI53ToI64Clamped",
					"writeI53ToI64Signaling",
					"writeI53ToU64Clamped",
					"writeI53ToU64Signaling",
					"readI53FromI64",
					"readI53FromU64",
					"convertI32PairToI53",
					"convertU32PairToI53",
					"getCFunc",
					"ccall",
					"cwrap",
					"uleb128Encode",
					"sigToWasmTypes",
					"generateFuncType",
					"convertJsFunctionToWasm",
					"getEmptyTableSlot",
					"updateTableMap",
					"addFunction",
					"removeFunction",
					"reallyNegative",
					"unSign",
					"strLen",
					"reSign",
					"formatString",
					"intArrayToString",
					"AsciiToString",
					"stringToAscii",
					"UTF16ToString",
					"stringToUTF16",
					"lengthBytesUTF16",
					"UTF32ToString",
					"stringToUTF32",
					"lengthBytesUTF32",
					"allocateUTF8",
					"allocateUTF8OnStack",
					"writeStringToMemory",
					"writeArrayToMemory",
					"writeAsciiToMemory",
					"getSocketFromFD",
					"getSocketAddress",
					"registerKeyEventCallback",
					"maybeCStringToJsString",
					"findEventTarget",
					"findCanvasEventTarget",
					"getBoundingClientRect",
					"fillMouseEventData",
					"registerMouseEventCallback",
					"registerWheelEventCallback",
					"registerUiEventCallback",
					"registerFocusEventCallback",
					"fillDeviceOrientationEventData",
					"registerDeviceOrientationEventCallback",
					"fillDeviceMotionEventData",
					"registerDeviceMotionEventCallback",
					"screenOrientation",
					"fillOrientationChangeEventData",
					"registerOrientationChangeEventCallback",
					"fillFullscreenChangeEventData",
					"registerFullscreenChangeEventCallback",
					"JSEvents_requestFullscreen",
					"JSEvents_resizeCanvasForFullscreen",
					"registerRestoreOldStyle",
					"hideEverythingExceptGivenElement",
					"restoreHiddenElements",
					"setLetterbox",
					"softFullscreenResizeWebGLRenderTarget",
					"doRequestFullscreen",
					"fillPointerlockChangeEventData",
					"registerPointerlockChangeEventCallback",
					"registerPointerlockErrorEventCallback",
					"requestPointerLock",
					"fillVisibilityChangeEventData",
					"registerVisibilityChangeEventCallback",
					"registerTouchEventCallback",
					"fillGamepadEventData",
					"registerGamepadEventCallback",
					"registerBeforeUnloadEventCallback",
					"fillBatteryEventData",
					"battery",
					"registerBatteryEventCallback",
					"setCanvasElementSize",
					"getCanvasElementSize",
					"demangle",
					"demangleAll",
					"jsStackTrace",
					"stackTrace",
					"getEnvStrings",
					"checkWasiClock",
					"createDyncallWrapper",
					"setImmediateWrapped",
					"clearImmediateWrapped",
					"polyfillSetImmediate",
					"ExceptionInfo",
					"exception_addRef",
					"exception_decRef",
					"setMainLoop",
					"_setNetworkCallback",
					"heapObjectForWebGLType",
					"heapAccessShiftForWebGLHeap",
					"emscriptenWebGLGet",
					"computeUnpackAlignedImageSize",
					"emscriptenWebGLGetTexPixelData",
					"emscriptenWebGLGetUniform",
					"webglGetUniformLocation",
					"webglPrepareUniformLocationsBeforeFirstUse",
					"webglGetLeftBracePos",
					"emscriptenWebGLGetVertexAttrib",
					"writeGLArray",
					"SDL_unicode",
					"SDL_ttfContext",
					"SDL_audio",
					"GLFW_Window",
					"runAndAbortIfError",
					"ALLOC_NORMAL",
					"ALLOC_STACK",
					"allocate"
				].forEach(missingLibrarySymbol);
				var calledRun;
				dependenciesFulfilled = function runCaller() {
					if (!calledRun) run();
					if (!calledRun) dependenciesFulfilled = runCaller;
				};
				function stackCheckInit() {
					_emscripten_stack_init();
					writeStackCookie();
				}
				/** @type {function(Array=)} */
				function run(args) {
					args = args || arguments_;
					if (runDependencies > 0) return;
					stackCheckInit();
					preRun();
					if (runDependencies > 0) return;
					function doRun() {
						if (calledRun) return;
						calledRun = true;
						Module["calledRun"] = true;
						if (ABORT) return;
						initRuntime();
						readyPromiseResolve(Module);
						if (Module["onRuntimeInitialized"]) Module["onRuntimeInitialized"]();
						assert(!Module["_main"], "compiled without a main, but one is present. if you added it from JS, use Module[\"onRuntimeInitialized\"]");
						postRun();
					}
					if (Module["setStatus"]) {
						Module["setStatus"]("Running...");
						setTimeout(function() {
							setTimeout(function() {
								Module["setStatus"]("");
							}, 1);
							doRun();
						}, 1);
					} else doRun();
					checkStackCookie();
				}
				if (Module["preInit"]) {
					if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
					while (Module["preInit"].length > 0) Module["preInit"].pop()();
				}
				run();
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function WrapperObject() {}
				WrapperObject.prototype = Object.create(WrapperObject.prototype);
				WrapperObject.prototype.constructor = WrapperObject;
				WrapperObject.prototype.__class__ = WrapperObject;
				WrapperObject.__cache__ = {};
				Module["WrapperObject"] = WrapperObject;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant)
				@param {*=} __class__ */
				function getCache(__class__) {
					return (__class__ || WrapperObject).__cache__;
				}
				Module["getCache"] = getCache;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant)
				@param {*=} __class__ */
				function wrapPointer(ptr, __class__) {
					var cache = getCache(__class__);
					var ret = cache[ptr];
					if (ret) return ret;
					ret = Object.create((__class__ || WrapperObject).prototype);
					ret.ptr = ptr;
					return cache[ptr] = ret;
				}
				Module["wrapPointer"] = wrapPointer;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function castObject(obj, __class__) {
					return wrapPointer(obj.ptr, __class__);
				}
				Module["castObject"] = castObject;
				Module["NULL"] = wrapPointer(0);
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function destroy(obj) {
					if (!obj["__destroy__"]) throw "Error: Cannot destroy object. (Did you create it yourself?)";
					obj["__destroy__"]();
					delete getCache(obj.__class__)[obj.ptr];
				}
				Module["destroy"] = destroy;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function compare(obj1, obj2) {
					return obj1.ptr === obj2.ptr;
				}
				Module["compare"] = compare;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function getPointer(obj) {
					return obj.ptr;
				}
				Module["getPointer"] = getPointer;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				function getClass(obj) {
					return obj.__class__;
				}
				Module["getClass"] = getClass;
				/** @suppress {duplicate} (TODO: avoid emitting this multiple times, it is redundant) */
				var ensureCache = {
					buffer: 0,
					size: 0,
					pos: 0,
					temps: [],
					needed: 0,
					prepare: function() {
						if (ensureCache.needed) {
							for (var i = 0; i < ensureCache.temps.length; i++) Module["_free"](ensureCache.temps[i]);
							ensureCache.temps.length = 0;
							Module["_free"](ensureCache.buffer);
							ensureCache.buffer = 0;
							ensureCache.size += ensureCache.needed;
							ensureCache.needed = 0;
						}
						if (!ensureCache.buffer) {
							ensureCache.size += 128;
							ensureCache.buffer = Module["_malloc"](ensureCache.size);
							assert(ensureCache.buffer);
						}
						ensureCache.pos = 0;
					},
					alloc: function(array, view) {
						assert(ensureCache.buffer);
						var bytes = view.BYTES_PER_ELEMENT;
						var len = array.length * bytes;
						len = len + 7 & -8;
						var ret;
						if (ensureCache.pos + len >= ensureCache.size) {
							assert(len > 0);
							ensureCache.needed += len;
							ret = Module["_malloc"](len);
							ensureCache.temps.push(ret);
						} else {
							ret = ensureCache.buffer + ensureCache.pos;
							ensureCache.pos += len;
						}
						return ret;
					},
					copy: function(array, view, offset) {
						offset >>>= 0;
						switch (view.BYTES_PER_ELEMENT) {
							case 2:
								offset >>>= 1;
								break;
							case 4:
								offset >>>= 2;
								break;
							case 8: offset >>>= 3;
						}
						for (var i = 0; i < array.length; i++) view[offset + i] = array[i];
					}
				};
				/** @suppress {undefinedVars, duplicate} @this{Object} */ function VoidPtr() {
					throw "cannot construct a VoidPtr, no constructor in IDL";
				}
				VoidPtr.prototype = Object.create(WrapperObject.prototype);
				VoidPtr.prototype.constructor = VoidPtr;
				VoidPtr.prototype.__class__ = VoidPtr;
				VoidPtr.__cache__ = {};
				Module["VoidPtr"] = VoidPtr;
				VoidPtr.prototype["__destroy__"] = VoidPtr.prototype.__destroy__ = function() {
					var self = this.ptr;
					_emscripten_bind_VoidPtr___destroy___0(self);
				};
				/** @suppress {undefinedVars, duplicate} @this{Object} */ function Crc64Hash() {
					this.ptr = _emscripten_bind_Crc64Hash_Crc64Hash_0();
					getCache(Crc64Hash)[this.ptr] = this;
				}
				Crc64Hash.prototype = Object.create(WrapperObject.prototype);
				Crc64Hash.prototype.constructor = Crc64Hash;
				Crc64Hash.prototype.__class__ = Crc64Hash;
				Crc64Hash.__cache__ = {};
				Module["Crc64Hash"] = Crc64Hash;
				Crc64Hash.prototype["OnAppend"] = Crc64Hash.prototype.OnAppend = function(data, length) {
					var self = this.ptr;
					if (data && typeof data === "object") data = data.ptr;
					if (length && typeof length === "object") length = length.ptr;
					_emscripten_bind_Crc64Hash_OnAppend_2(self, data, length);
				};
				Crc64Hash.prototype["OnFinal"] = Crc64Hash.prototype.OnFinal = function(data, length, result) {
					var self = this.ptr;
					if (data && typeof data === "object") data = data.ptr;
					if (length && typeof length === "object") length = length.ptr;
					if (result && typeof result === "object") result = result.ptr;
					_emscripten_bind_Crc64Hash_OnFinal_3(self, data, length, result);
				};
				Crc64Hash.prototype["__destroy__"] = Crc64Hash.prototype.__destroy__ = function() {
					var self = this.ptr;
					_emscripten_bind_Crc64Hash___destroy___0(self);
				};
				return NativeCRC64.ready;
			});
		})();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StorageCRC64Calculator.js
function init_StorageCRC64Calculator() {
	return (init_StorageCRC64Calculator = __esmMin((() => {
		init_crc64();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StructuredMessageEncoding.js
var SMRegion$1;
function init_StructuredMessageEncoding() {
	return (init_StructuredMessageEncoding = __esmMin((() => {
		init_StorageCRC64Calculator();
		(function(SMRegion) {
			SMRegion[SMRegion["StreamHeader"] = 0] = "StreamHeader";
			SMRegion[SMRegion["StreamFooter"] = 1] = "StreamFooter";
			SMRegion[SMRegion["SegmentHeader"] = 2] = "SegmentHeader";
			SMRegion[SMRegion["SegmentFooter"] = 3] = "SegmentFooter";
			SMRegion[SMRegion["SegmentContent"] = 4] = "SegmentContent";
			SMRegion[SMRegion["Completed"] = 5] = "Completed";
		})(SMRegion$1 || (SMRegion$1 = {}));
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StructuredMessageEncodingStream.js
function init_StructuredMessageEncodingStream() {
	return (init_StructuredMessageEncodingStream = __esmMin((() => {
		init_esm$5();
		init_StructuredMessageEncoding();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StructuredMessageDecoding.js
var SMRegion;
function init_StructuredMessageDecoding() {
	return (init_StructuredMessageDecoding = __esmMin((() => {
		init_StorageCRC64Calculator();
		(function(SMRegion) {
			SMRegion[SMRegion["StreamHeader"] = 0] = "StreamHeader";
			SMRegion[SMRegion["StreamFooter"] = 1] = "StreamFooter";
			SMRegion[SMRegion["SegmentHeader"] = 2] = "SegmentHeader";
			SMRegion[SMRegion["SegmentFooter"] = 3] = "SegmentFooter";
			SMRegion[SMRegion["SegmentContent"] = 4] = "SegmentContent";
		})(SMRegion || (SMRegion = {}));
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StructuredMessageDecodingStream.js
function init_StructuredMessageDecodingStream() {
	return (init_StructuredMessageDecodingStream = __esmMin((() => {
		init_esm$5();
		init_StructuredMessageDecoding();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
function init_pipeline() {
	return (init_pipeline = __esmMin((() => {
		init_esm$2();
	})))();
}
function init_log() {
	return (init_log = __esmMin((() => {
		init_esm$3();
		createClientLogger("core-rest-pipeline");
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
function init_logPolicy() {
	return (init_logPolicy = __esmMin((() => {
		init_log();
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
function init_redirectPolicy() {
	return (init_redirectPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
/**
* @internal
*/
function getHeaderName() {
	return "User-Agent";
}
function init_userAgentPlatform() {
	return (init_userAgentPlatform = __esmMin((() => {})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
function init_constants() {
	return (init_constants = __esmMin((() => {})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
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
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/createFile.js
function init_createFile() {
	return (init_createFile = __esmMin((() => {
		init_file();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
function init_file() {
	return (init_file = __esmMin((() => {
		init_createFile();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
function init_multipartPolicy() {
	return (init_multipartPolicy = __esmMin((() => {
		init_internal();
		init_file();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
function init_decompressResponsePolicy() {
	return (init_decompressResponsePolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
function init_defaultRetryPolicy() {
	return (init_defaultRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
function init_formDataPolicy() {
	return (init_formDataPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
function init_proxyPolicy() {
	return (init_proxyPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
function init_setClientRequestIdPolicy() {
	return (init_setClientRequestIdPolicy = __esmMin((() => {})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
function init_agentPolicy() {
	return (init_agentPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
function init_tlsPolicy() {
	return (init_tlsPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
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
		init_esm$2();
		RestError = RestError$1;
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
function init_tracingPolicy() {
	return (init_tracingPolicy = __esmMin((() => {
		init_esm$6();
		init_constants();
		init_userAgent();
		init_log();
		init_esm$4();
		init_restError();
		init_internal$1();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
/**
* Creates a native AbortSignal which reflects the state of the provided AbortSignalLike.
* If the AbortSignalLike is already a native AbortSignal, it is returned as is.
* @param abortSignalLike - The AbortSignalLike to wrap.
* @returns - An object containing the native AbortSignal and an optional cleanup function. The cleanup function should be called when the AbortSignal is no longer needed.
*/
function wrapAbortSignalLike(abortSignalLike) {
	if (abortSignalLike instanceof AbortSignal) return { abortSignal: abortSignalLike };
	if (abortSignalLike.aborted) return { abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0) };
	const controller = new AbortController();
	let needsCleanup = true;
	function cleanup() {
		if (needsCleanup) {
			abortSignalLike.removeEventListener("abort", listener);
			needsCleanup = false;
		}
	}
	function listener() {
		controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0);
		cleanup();
	}
	abortSignalLike.addEventListener("abort", listener);
	return {
		abortSignal: controller.signal,
		cleanup
	};
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
function init_wrapAbortSignalLikePolicy() {
	return (init_wrapAbortSignalLikePolicy = __esmMin((() => {})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
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
		init_esm$4();
		init_proxyPolicy();
		init_setClientRequestIdPolicy();
		init_agentPolicy();
		init_tlsPolicy();
		init_tracingPolicy();
		init_wrapAbortSignalLikePolicy();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
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
		init_esm$2();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
function init_httpHeaders() {
	return (init_httpHeaders = __esmMin((() => {
		init_esm$2();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
function init_pipelineRequest() {
	return (init_pipelineRequest = __esmMin((() => {
		init_esm$2();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/exponentialRetryPolicy.js
function init_exponentialRetryPolicy() {
	return (init_exponentialRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/systemErrorRetryPolicy.js
function init_systemErrorRetryPolicy() {
	return (init_systemErrorRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/throttlingRetryPolicy.js
function init_throttlingRetryPolicy() {
	return (init_throttlingRetryPolicy = __esmMin((() => {
		init_internal();
	})))();
}
function init_retryPolicy() {
	return (init_retryPolicy = __esmMin((() => {
		init_esm$3();
		init_constants();
		init_internal();
		createClientLogger("core-rest-pipeline retryPolicy");
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
function init_tokenCycler() {
	return (init_tokenCycler = __esmMin((() => {
		init_esm$4();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
function init_bearerTokenAuthenticationPolicy() {
	return (init_bearerTokenAuthenticationPolicy = __esmMin((() => {
		init_tokenCycler();
		init_log();
		init_restError();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/ndJsonPolicy.js
function init_ndJsonPolicy() {
	return (init_ndJsonPolicy = __esmMin((() => {})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/policies/auxiliaryAuthenticationHeaderPolicy.js
function init_auxiliaryAuthenticationHeaderPolicy() {
	return (init_auxiliaryAuthenticationHeaderPolicy = __esmMin((() => {
		init_tokenCycler();
		init_log();
	})))();
}
// node_modules/@azure/storage-common/node_modules/@azure/core-rest-pipeline/dist/esm/index.js
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
// node_modules/@azure/storage-common/dist/esm/cache.js
function getCachedDefaultHttpClient() {
	if (!_defaultHttpClient) _defaultHttpClient = createDefaultHttpClient();
	return _defaultHttpClient;
}
var _defaultHttpClient;
function init_cache() {
	return (init_cache = __esmMin((() => {
		init_esm();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/RequestPolicy.js
var BaseRequestPolicy;
function init_RequestPolicy() {
	return (init_RequestPolicy = __esmMin((() => {
		BaseRequestPolicy = class {
			_nextPolicy;
			_options;
			/**
			* The main method to implement that manipulates a request/response.
			*/
			constructor(_nextPolicy, _options) {
				this._nextPolicy = _nextPolicy;
				this._options = _options;
			}
			/**
			* Get whether or not a log with the provided log level should be logged.
			* @param logLevel - The log level of the log that will be logged.
			* @returns Whether or not a log with the provided log level should be logged.
			*/
			shouldLog(logLevel) {
				return this._options.shouldLog(logLevel);
			}
			/**
			* Attempt to log the provided message to the provided logger. If no logger was provided or if
			* the log level does not meat the logger's threshold, then nothing will be logged.
			* @param logLevel - The log level of this log.
			* @param message - The message of this log.
			*/
			log(logLevel, message) {
				this._options.log(logLevel, message);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageBrowserPolicy.js
var StorageBrowserPolicy;
function init_StorageBrowserPolicy() {
	return (init_StorageBrowserPolicy = __esmMin((() => {
		init_RequestPolicy();
		StorageBrowserPolicy = class extends BaseRequestPolicy {
			/**
			* Creates an instance of StorageBrowserPolicy.
			* @param nextPolicy -
			* @param options -
			*/
			constructor(nextPolicy, options) {
				super(nextPolicy, options);
			}
			/**
			* Sends out request.
			*
			* @param request -
			*/
			async sendRequest(request) {
				return this._nextPolicy.sendRequest(request);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StorageBrowserPolicyFactory.js
var StorageBrowserPolicyFactory;
function init_StorageBrowserPolicyFactory() {
	return (init_StorageBrowserPolicyFactory = __esmMin((() => {
		init_StorageBrowserPolicy();
		StorageBrowserPolicyFactory = class {
			/**
			* Creates a StorageBrowserPolicyFactory object.
			*
			* @param nextPolicy -
			* @param options -
			*/
			create(nextPolicy, options) {
				return new StorageBrowserPolicy(nextPolicy, options);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/CredentialPolicy.js
var CredentialPolicy;
function init_CredentialPolicy() {
	return (init_CredentialPolicy = __esmMin((() => {
		init_RequestPolicy();
		CredentialPolicy = class extends BaseRequestPolicy {
			/**
			* Sends out request.
			*
			* @param request -
			*/
			sendRequest(request) {
				return this._nextPolicy.sendRequest(this.signRequest(request));
			}
			/**
			* Child classes must implement this method with request signing. This method
			* will be executed in {@link sendRequest}.
			*
			* @param request -
			*/
			signRequest(request) {
				return request;
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/AnonymousCredentialPolicy.js
var AnonymousCredentialPolicy;
function init_AnonymousCredentialPolicy() {
	return (init_AnonymousCredentialPolicy = __esmMin((() => {
		init_CredentialPolicy();
		AnonymousCredentialPolicy = class extends CredentialPolicy {
			/**
			* Creates an instance of AnonymousCredentialPolicy.
			* @param nextPolicy -
			* @param options -
			*/
			constructor(nextPolicy, options) {
				super(nextPolicy, options);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/credentials/Credential.js
var Credential;
function init_Credential() {
	return (init_Credential = __esmMin((() => {
		Credential = class {
			/**
			* Creates a RequestPolicy object.
			*
			* @param _nextPolicy -
			* @param _options -
			*/
			create(_nextPolicy, _options) {
				throw new Error("Method should be implemented in children classes.");
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/credentials/AnonymousCredential.js
var AnonymousCredential;
function init_AnonymousCredential() {
	return (init_AnonymousCredential = __esmMin((() => {
		init_AnonymousCredentialPolicy();
		init_Credential();
		AnonymousCredential = class extends Credential {
			/**
			* Creates an {@link AnonymousCredentialPolicy} object.
			*
			* @param nextPolicy -
			* @param options -
			*/
			create(nextPolicy, options) {
				return new AnonymousCredentialPolicy(nextPolicy, options);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/utils/constants.js
var URLConstants, HeaderConstants;
function init_constants$1() {
	return (init_constants$1 = __esmMin((() => {
		URLConstants = { Parameters: {
			FORCE_BROWSER_NO_CACHE: "_",
			SIGNATURE: "sig",
			SNAPSHOT: "snapshot",
			VERSIONID: "versionid",
			TIMEOUT: "timeout"
		} };
		HeaderConstants = {
			AUTHORIZATION: "Authorization",
			AUTHORIZATION_SCHEME: "Bearer",
			CONTENT_ENCODING: "Content-Encoding",
			CONTENT_ID: "Content-ID",
			CONTENT_LANGUAGE: "Content-Language",
			CONTENT_LENGTH: "Content-Length",
			CONTENT_MD5: "Content-Md5",
			CONTENT_TRANSFER_ENCODING: "Content-Transfer-Encoding",
			CONTENT_TYPE: "Content-Type",
			COOKIE: "Cookie",
			DATE: "date",
			IF_MATCH: "if-match",
			IF_MODIFIED_SINCE: "if-modified-since",
			IF_NONE_MATCH: "if-none-match",
			IF_UNMODIFIED_SINCE: "if-unmodified-since",
			PREFIX_FOR_STORAGE: "x-ms-",
			RANGE: "Range",
			USER_AGENT: "User-Agent",
			X_MS_CLIENT_REQUEST_ID: "x-ms-client-request-id",
			X_MS_COPY_SOURCE: "x-ms-copy-source",
			X_MS_DATE: "x-ms-date",
			X_MS_ERROR_CODE: "x-ms-error-code",
			X_MS_VERSION: "x-ms-version",
			X_MS_CopySourceErrorCode: "x-ms-copy-source-error-code"
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/utils/utils.common.js
/**
* Set URL parameter name and value. If name exists in URL parameters, old value
* will be replaced by name key. If not provide value, the parameter will be deleted.
*
* @param url - Source URL string
* @param name - Parameter name
* @param value - Parameter value
* @returns An updated URL string
*/
function setURLParameter(url, name, value) {
	const urlParsed = new URL(url);
	const encodedName = encodeURIComponent(name);
	const encodedValue = value ? encodeURIComponent(value) : void 0;
	const searchString = urlParsed.search === "" ? "?" : urlParsed.search;
	const searchPieces = [];
	for (const pair of searchString.slice(1).split("&")) if (pair) {
		const [key] = pair.split("=", 2);
		if (key !== encodedName) searchPieces.push(pair);
	}
	if (encodedValue) searchPieces.push(`${encodedName}=${encodedValue}`);
	urlParsed.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
	return urlParsed.toString();
}
/**
* Set URL host.
*
* @param url - Source URL string
* @param host - New host string
* @returns An updated URL string
*/
function setURLHost(url, host) {
	const urlParsed = new URL(url);
	urlParsed.hostname = host;
	return urlParsed.toString();
}
/**
* Get URL path from an URL string.
*
* @param url - Source URL string
*/
function getURLPath(url) {
	try {
		return new URL(url).pathname;
	} catch (e) {
		return;
	}
}
/**
* Get URL query key value pairs from an URL string.
*
* @param url -
*/
function getURLQueries(url) {
	let queryString = new URL(url).search;
	if (!queryString) return {};
	queryString = queryString.trim();
	queryString = queryString.startsWith("?") ? queryString.substring(1) : queryString;
	let querySubStrings = queryString.split("&");
	querySubStrings = querySubStrings.filter((value) => {
		const indexOfEqual = value.indexOf("=");
		const lastIndexOfEqual = value.lastIndexOf("=");
		return indexOfEqual > 0 && indexOfEqual === lastIndexOfEqual && lastIndexOfEqual < value.length - 1;
	});
	const queries = {};
	for (const querySubString of querySubStrings) {
		const splitResults = querySubString.split("=");
		const key = splitResults[0];
		queries[key] = splitResults[1];
	}
	return queries;
}
/**
* Delay specified time interval.
*
* @param timeInMs -
* @param aborter -
* @param abortError -
*/
async function delay(timeInMs, aborter, abortError) {
	return new Promise((resolve, reject) => {
		let timeout;
		const abortHandler = () => {
			if (timeout !== void 0) clearTimeout(timeout);
			reject(abortError);
		};
		const resolveHandler = () => {
			if (aborter !== void 0) aborter.removeEventListener("abort", abortHandler);
			resolve();
		};
		timeout = setTimeout(resolveHandler, timeInMs);
		if (aborter !== void 0) aborter.addEventListener("abort", abortHandler);
	});
}
function init_utils_common() {
	return (init_utils_common = __esmMin((() => {
		init_esm();
		init_esm$4();
		init_constants$1();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/utils/SharedKeyComparator.js
function compareHeader(lhs, rhs) {
	if (isLessThan(lhs, rhs)) return -1;
	return 1;
}
function isLessThan(lhs, rhs) {
	const tables = [
		table_lv0,
		table_lv2,
		table_lv4
	];
	let curr_level = 0;
	let i = 0;
	let j = 0;
	while (curr_level < tables.length) {
		if (curr_level === tables.length - 1 && i !== j) return i > j;
		const weight1 = i < lhs.length ? tables[curr_level][lhs[i].charCodeAt(0)] : 1;
		const weight2 = j < rhs.length ? tables[curr_level][rhs[j].charCodeAt(0)] : 1;
		if (weight1 === 1 && weight2 === 1) {
			i = 0;
			j = 0;
			++curr_level;
		} else if (weight1 === weight2) {
			++i;
			++j;
		} else if (weight1 === 0) ++i;
		else if (weight2 === 0) ++j;
		else return weight1 < weight2;
	}
	return false;
}
var table_lv0, table_lv2, table_lv4;
function init_SharedKeyComparator() {
	return (init_SharedKeyComparator = __esmMin((() => {
		table_lv0 = new Uint32Array([
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			1820,
			0,
			1823,
			1825,
			1827,
			1829,
			0,
			0,
			0,
			1837,
			2051,
			0,
			0,
			1843,
			0,
			3331,
			3354,
			3356,
			3358,
			3360,
			3362,
			3364,
			3366,
			3368,
			3370,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			3586,
			3593,
			3594,
			3610,
			3617,
			3619,
			3621,
			3628,
			3634,
			3637,
			3638,
			3656,
			3665,
			3696,
			3708,
			3710,
			3721,
			3722,
			3729,
			3737,
			3743,
			3746,
			3748,
			3750,
			3751,
			3753,
			0,
			0,
			0,
			1859,
			1860,
			1864,
			3586,
			3593,
			3594,
			3610,
			3617,
			3619,
			3621,
			3628,
			3634,
			3637,
			3638,
			3656,
			3665,
			3696,
			3708,
			3710,
			3721,
			3722,
			3729,
			3737,
			3743,
			3746,
			3748,
			3750,
			3751,
			3753,
			0,
			1868,
			0,
			1872,
			0
		]);
		table_lv2 = new Uint32Array([
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			18,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		]);
		table_lv4 = new Uint32Array([
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			32786,
			0,
			0,
			0,
			0,
			0,
			33298,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		]);
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageSharedKeyCredentialPolicy.js
var StorageSharedKeyCredentialPolicy;
function init_StorageSharedKeyCredentialPolicy() {
	return (init_StorageSharedKeyCredentialPolicy = __esmMin((() => {
		init_constants$1();
		init_utils_common();
		init_CredentialPolicy();
		init_SharedKeyComparator();
		StorageSharedKeyCredentialPolicy = class extends CredentialPolicy {
			/**
			* Reference to StorageSharedKeyCredential which generates StorageSharedKeyCredentialPolicy
			*/
			factory;
			/**
			* Creates an instance of StorageSharedKeyCredentialPolicy.
			* @param nextPolicy -
			* @param options -
			* @param factory -
			*/
			constructor(nextPolicy, options, factory) {
				super(nextPolicy, options);
				this.factory = factory;
			}
			/**
			* Signs request.
			*
			* @param request -
			*/
			signRequest(request) {
				request.headers.set(HeaderConstants.X_MS_DATE, (/* @__PURE__ */ new Date()).toUTCString());
				if (request.body && (typeof request.body === "string" || request.body !== void 0) && request.body.length > 0) request.headers.set(HeaderConstants.CONTENT_LENGTH, Buffer.byteLength(request.body));
				const stringToSign = [
					request.method.toUpperCase(),
					this.getHeaderValueToSign(request, HeaderConstants.CONTENT_LANGUAGE),
					this.getHeaderValueToSign(request, HeaderConstants.CONTENT_ENCODING),
					this.getHeaderValueToSign(request, HeaderConstants.CONTENT_LENGTH),
					this.getHeaderValueToSign(request, HeaderConstants.CONTENT_MD5),
					this.getHeaderValueToSign(request, HeaderConstants.CONTENT_TYPE),
					this.getHeaderValueToSign(request, HeaderConstants.DATE),
					this.getHeaderValueToSign(request, HeaderConstants.IF_MODIFIED_SINCE),
					this.getHeaderValueToSign(request, HeaderConstants.IF_MATCH),
					this.getHeaderValueToSign(request, HeaderConstants.IF_NONE_MATCH),
					this.getHeaderValueToSign(request, HeaderConstants.IF_UNMODIFIED_SINCE),
					this.getHeaderValueToSign(request, HeaderConstants.RANGE)
				].join("\n") + "\n" + this.getCanonicalizedHeadersString(request) + this.getCanonicalizedResourceString(request);
				const signature = this.factory.computeHMACSHA256(stringToSign);
				request.headers.set(HeaderConstants.AUTHORIZATION, `SharedKey ${this.factory.accountName}:${signature}`);
				return request;
			}
			/**
			* Retrieve header value according to shared key sign rules.
			* @see https://learn.microsoft.com/rest/api/storageservices/authenticate-with-shared-key
			*
			* @param request -
			* @param headerName -
			*/
			getHeaderValueToSign(request, headerName) {
				const value = request.headers.get(headerName);
				if (!value) return "";
				if (headerName === HeaderConstants.CONTENT_LENGTH && value === "0") return "";
				return value;
			}
			/**
			* To construct the CanonicalizedHeaders portion of the signature string, follow these steps:
			* 1. Retrieve all headers for the resource that begin with x-ms-, including the x-ms-date header.
			* 2. Convert each HTTP header name to lowercase.
			* 3. Sort the headers lexicographically by header name, in ascending order.
			*    Each header may appear only once in the string.
			* 4. Replace any linear whitespace in the header value with a single space.
			* 5. Trim any whitespace around the colon in the header.
			* 6. Finally, append a new-line character to each canonicalized header in the resulting list.
			*    Construct the CanonicalizedHeaders string by concatenating all headers in this list into a single string.
			*
			* @param request -
			*/
			getCanonicalizedHeadersString(request) {
				let headersArray = request.headers.headersArray().filter((value) => {
					return value.name.toLowerCase().startsWith(HeaderConstants.PREFIX_FOR_STORAGE);
				});
				headersArray.sort((a, b) => {
					return compareHeader(a.name.toLowerCase(), b.name.toLowerCase());
				});
				headersArray = headersArray.filter((value, index, array) => {
					if (index > 0 && value.name.toLowerCase() === array[index - 1].name.toLowerCase()) return false;
					return true;
				});
				let canonicalizedHeadersStringToSign = "";
				headersArray.forEach((header) => {
					canonicalizedHeadersStringToSign += `${header.name.toLowerCase().trimRight()}:${header.value.trimLeft()}\n`;
				});
				return canonicalizedHeadersStringToSign;
			}
			/**
			* Retrieves the webResource canonicalized resource string.
			*
			* @param request -
			*/
			getCanonicalizedResourceString(request) {
				const path = getURLPath(request.url) || "/";
				let canonicalizedResourceString = "";
				canonicalizedResourceString += `/${this.factory.accountName}${path}`;
				const queries = getURLQueries(request.url);
				const lowercaseQueries = {};
				if (queries) {
					const queryKeys = [];
					for (const key in queries) if (Object.prototype.hasOwnProperty.call(queries, key)) {
						const lowercaseKey = key.toLowerCase();
						lowercaseQueries[lowercaseKey] = queries[key];
						queryKeys.push(lowercaseKey);
					}
					queryKeys.sort();
					for (const key of queryKeys) canonicalizedResourceString += `\n${key}:${decodeURIComponent(lowercaseQueries[key])}`;
				}
				return canonicalizedResourceString;
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/credentials/StorageSharedKeyCredential.js
var StorageSharedKeyCredential;
function init_StorageSharedKeyCredential() {
	return (init_StorageSharedKeyCredential = __esmMin((() => {
		init_StorageSharedKeyCredentialPolicy();
		init_Credential();
		StorageSharedKeyCredential = class extends Credential {
			/**
			* Azure Storage account name; readonly.
			*/
			accountName;
			/**
			* Azure Storage account key; readonly.
			*/
			accountKey;
			/**
			* Creates an instance of StorageSharedKeyCredential.
			* @param accountName -
			* @param accountKey -
			*/
			constructor(accountName, accountKey) {
				super();
				this.accountName = accountName;
				this.accountKey = Buffer.from(accountKey, "base64");
			}
			/**
			* Creates a StorageSharedKeyCredentialPolicy object.
			*
			* @param nextPolicy -
			* @param options -
			*/
			create(nextPolicy, options) {
				return new StorageSharedKeyCredentialPolicy(nextPolicy, options, this);
			}
			/**
			* Generates a hash signature for an HTTP request or for a SAS.
			*
			* @param stringToSign -
			*/
			computeHMACSHA256(stringToSign) {
				return createHmac("sha256", this.accountKey).update(stringToSign, "utf8").digest("base64");
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/log.js
var logger;
function init_log$1() {
	return (init_log$1 = __esmMin((() => {
		init_esm$3();
		logger = createClientLogger("storage-common");
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageRetryPolicyType.js
var StorageRetryPolicyType;
function init_StorageRetryPolicyType() {
	return (init_StorageRetryPolicyType = __esmMin((() => {
		(function(StorageRetryPolicyType) {
			/**
			* Exponential retry. Retry time delay grows exponentially.
			*/
			StorageRetryPolicyType[StorageRetryPolicyType["EXPONENTIAL"] = 0] = "EXPONENTIAL";
			/**
			* Linear retry. Retry time delay grows linearly.
			*/
			StorageRetryPolicyType[StorageRetryPolicyType["FIXED"] = 1] = "FIXED";
		})(StorageRetryPolicyType || (StorageRetryPolicyType = {}));
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageRetryPolicy.js
var DEFAULT_RETRY_OPTIONS$1, RETRY_ABORT_ERROR$1, StorageRetryPolicy;
function init_StorageRetryPolicy() {
	return (init_StorageRetryPolicy = __esmMin((() => {
		init_esm$5();
		init_RequestPolicy();
		init_constants$1();
		init_utils_common();
		init_log$1();
		init_StorageRetryPolicyType();
		DEFAULT_RETRY_OPTIONS$1 = {
			maxRetryDelayInMs: 12e4,
			maxTries: 4,
			retryDelayInMs: 4e3,
			retryPolicyType: StorageRetryPolicyType.EXPONENTIAL,
			secondaryHost: "",
			tryTimeoutInMs: void 0
		};
		RETRY_ABORT_ERROR$1 = new AbortError("The operation was aborted.");
		StorageRetryPolicy = class extends BaseRequestPolicy {
			/**
			* RetryOptions.
			*/
			retryOptions;
			/**
			* Creates an instance of RetryPolicy.
			*
			* @param nextPolicy -
			* @param options -
			* @param retryOptions -
			*/
			constructor(nextPolicy, options, retryOptions = DEFAULT_RETRY_OPTIONS$1) {
				super(nextPolicy, options);
				this.retryOptions = {
					retryPolicyType: retryOptions.retryPolicyType ? retryOptions.retryPolicyType : DEFAULT_RETRY_OPTIONS$1.retryPolicyType,
					maxTries: retryOptions.maxTries && retryOptions.maxTries >= 1 ? Math.floor(retryOptions.maxTries) : DEFAULT_RETRY_OPTIONS$1.maxTries,
					tryTimeoutInMs: retryOptions.tryTimeoutInMs && retryOptions.tryTimeoutInMs >= 0 ? retryOptions.tryTimeoutInMs : DEFAULT_RETRY_OPTIONS$1.tryTimeoutInMs,
					retryDelayInMs: retryOptions.retryDelayInMs && retryOptions.retryDelayInMs >= 0 ? Math.min(retryOptions.retryDelayInMs, retryOptions.maxRetryDelayInMs ? retryOptions.maxRetryDelayInMs : DEFAULT_RETRY_OPTIONS$1.maxRetryDelayInMs) : DEFAULT_RETRY_OPTIONS$1.retryDelayInMs,
					maxRetryDelayInMs: retryOptions.maxRetryDelayInMs && retryOptions.maxRetryDelayInMs >= 0 ? retryOptions.maxRetryDelayInMs : DEFAULT_RETRY_OPTIONS$1.maxRetryDelayInMs,
					secondaryHost: retryOptions.secondaryHost ? retryOptions.secondaryHost : DEFAULT_RETRY_OPTIONS$1.secondaryHost
				};
			}
			/**
			* Sends request.
			*
			* @param request -
			*/
			async sendRequest(request) {
				return this.attemptSendRequest(request, false, 1);
			}
			/**
			* Decide and perform next retry. Won't mutate request parameter.
			*
			* @param request -
			* @param secondaryHas404 -  If attempt was against the secondary & it returned a StatusNotFound (404), then
			*                                   the resource was not found. This may be due to replication delay. So, in this
			*                                   case, we'll never try the secondary again for this operation.
			* @param attempt -           How many retries has been attempted to performed, starting from 1, which includes
			*                                   the attempt will be performed by this method call.
			*/
			async attemptSendRequest(request, secondaryHas404, attempt) {
				const newRequest = request.clone();
				const isPrimaryRetry = secondaryHas404 || !this.retryOptions.secondaryHost || !(request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") || attempt % 2 === 1;
				if (!isPrimaryRetry) newRequest.url = setURLHost(newRequest.url, this.retryOptions.secondaryHost);
				if (this.retryOptions.tryTimeoutInMs) newRequest.url = setURLParameter(newRequest.url, URLConstants.Parameters.TIMEOUT, Math.floor(this.retryOptions.tryTimeoutInMs / 1e3).toString());
				let response;
				try {
					logger.info(`RetryPolicy: =====> Try=${attempt} ${isPrimaryRetry ? "Primary" : "Secondary"}`);
					response = await this._nextPolicy.sendRequest(newRequest);
					if (!this.shouldRetry(isPrimaryRetry, attempt, response)) return response;
					secondaryHas404 = secondaryHas404 || !isPrimaryRetry && response.status === 404;
				} catch (err) {
					logger.error(`RetryPolicy: Caught error, message: ${err.message}, code: ${err.code}`);
					if (!this.shouldRetry(isPrimaryRetry, attempt, response, err)) throw err;
				}
				await this.delay(isPrimaryRetry, attempt, request.abortSignal);
				return this.attemptSendRequest(request, secondaryHas404, ++attempt);
			}
			/**
			* Decide whether to retry according to last HTTP response and retry counters.
			*
			* @param isPrimaryRetry -
			* @param attempt -
			* @param response -
			* @param err -
			*/
			shouldRetry(isPrimaryRetry, attempt, response, err) {
				if (attempt >= this.retryOptions.maxTries) {
					logger.info(`RetryPolicy: Attempt(s) ${attempt} >= maxTries ${this.retryOptions.maxTries}, no further try.`);
					return false;
				}
				const retriableErrors = [
					"ETIMEDOUT",
					"ESOCKETTIMEDOUT",
					"ECONNREFUSED",
					"ECONNRESET",
					"ENOENT",
					"ENOTFOUND",
					"TIMEOUT",
					"EPIPE",
					"REQUEST_SEND_ERROR"
				];
				if (err) {
					for (const retriableError of retriableErrors) if (err.name.toUpperCase().includes(retriableError) || err.message.toUpperCase().includes(retriableError) || err.code && err.code.toString().toUpperCase() === retriableError) {
						logger.info(`RetryPolicy: Network error ${retriableError} found, will retry.`);
						return true;
					}
				}
				if (response || err) {
					const statusCode = response ? response.status : err ? err.statusCode : 0;
					if (!isPrimaryRetry && statusCode === 404) {
						logger.info(`RetryPolicy: Secondary access with 404, will retry.`);
						return true;
					}
					if (statusCode === 503 || statusCode === 500) {
						logger.info(`RetryPolicy: Will retry for status code ${statusCode}.`);
						return true;
					}
				}
				if (response) {
					if (response?.status >= 400) {
						const copySourceError = response.headers.get(HeaderConstants.X_MS_CopySourceErrorCode);
						if (copySourceError !== void 0) switch (copySourceError) {
							case "InternalError":
							case "OperationTimedOut":
							case "ServerBusy": return true;
						}
					}
				}
				if (err?.code === "PARSE_ERROR" && err?.message.startsWith(`Error "Error: Unclosed root tag`)) {
					logger.info("RetryPolicy: Incomplete XML response likely due to service timeout, will retry.");
					return true;
				}
				return false;
			}
			/**
			* Delay a calculated time between retries.
			*
			* @param isPrimaryRetry -
			* @param attempt -
			* @param abortSignal -
			*/
			async delay(isPrimaryRetry, attempt, abortSignal) {
				let delayTimeInMs = 0;
				if (isPrimaryRetry) switch (this.retryOptions.retryPolicyType) {
					case StorageRetryPolicyType.EXPONENTIAL:
						delayTimeInMs = Math.min((Math.pow(2, attempt - 1) - 1) * this.retryOptions.retryDelayInMs, this.retryOptions.maxRetryDelayInMs);
						break;
					case StorageRetryPolicyType.FIXED: delayTimeInMs = this.retryOptions.retryDelayInMs;
				}
				else delayTimeInMs = Math.random() * 1e3;
				logger.info(`RetryPolicy: Delay for ${delayTimeInMs}ms`);
				return delay(delayTimeInMs, abortSignal, RETRY_ABORT_ERROR$1);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/StorageRetryPolicyFactory.js
var StorageRetryPolicyFactory;
function init_StorageRetryPolicyFactory() {
	return (init_StorageRetryPolicyFactory = __esmMin((() => {
		init_StorageRetryPolicy();
		init_StorageRetryPolicyType();
		StorageRetryPolicyFactory = class {
			retryOptions;
			/**
			* Creates an instance of StorageRetryPolicyFactory.
			* @param retryOptions -
			*/
			constructor(retryOptions) {
				this.retryOptions = retryOptions;
			}
			/**
			* Creates a StorageRetryPolicy object.
			*
			* @param nextPolicy -
			* @param options -
			*/
			create(nextPolicy, options) {
				return new StorageRetryPolicy(nextPolicy, options, this.retryOptions);
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageBrowserPolicyV2.js
/**
* storageBrowserPolicy is a policy used to prevent browsers from caching requests
* and to remove cookies and explicit content-length headers.
*
* In Node.js, this policy is a no-op pass-through.
*/
function storageBrowserPolicy() {
	return {
		name: storageBrowserPolicyName,
		async sendRequest(request, next) {
			return next(request);
		}
	};
}
var storageBrowserPolicyName;
function init_StorageBrowserPolicyV2() {
	return (init_StorageBrowserPolicyV2 = __esmMin((() => {
		storageBrowserPolicyName = "storageBrowserPolicy";
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageCorrectContentLengthPolicy.js
/**
* storageCorrectContentLengthPolicy to correctly set Content-Length header with request body length.
*/
function storageCorrectContentLengthPolicy() {
	function correctContentLength(request) {
		if (request.body && (typeof request.body === "string" || Buffer.isBuffer(request.body)) && request.body.length > 0) request.headers.set(HeaderConstants.CONTENT_LENGTH, Buffer.byteLength(request.body));
	}
	return {
		name: storageCorrectContentLengthPolicyName,
		async sendRequest(request, next) {
			correctContentLength(request);
			return next(request);
		}
	};
}
var storageCorrectContentLengthPolicyName;
function init_StorageCorrectContentLengthPolicy() {
	return (init_StorageCorrectContentLengthPolicy = __esmMin((() => {
		init_constants$1();
		storageCorrectContentLengthPolicyName = "StorageCorrectContentLengthPolicy";
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageRetryPolicyV2.js
/**
* Retry policy with exponential retry and linear retry implemented.
*/
function storageRetryPolicy(options = {}) {
	const retryPolicyType = options.retryPolicyType ?? DEFAULT_RETRY_OPTIONS.retryPolicyType;
	const maxTries = options.maxTries ?? DEFAULT_RETRY_OPTIONS.maxTries;
	const retryDelayInMs = options.retryDelayInMs ?? DEFAULT_RETRY_OPTIONS.retryDelayInMs;
	const maxRetryDelayInMs = options.maxRetryDelayInMs ?? DEFAULT_RETRY_OPTIONS.maxRetryDelayInMs;
	const secondaryHost = options.secondaryHost ?? DEFAULT_RETRY_OPTIONS.secondaryHost;
	const tryTimeoutInMs = options.tryTimeoutInMs ?? DEFAULT_RETRY_OPTIONS.tryTimeoutInMs;
	function shouldRetry({ isPrimaryRetry, attempt, response, error }) {
		if (attempt >= maxTries) {
			logger.info(`RetryPolicy: Attempt(s) ${attempt} >= maxTries ${maxTries}, no further try.`);
			return false;
		}
		if (error) {
			for (const retriableError of retriableErrors) if (error.name.toUpperCase().includes(retriableError) || error.message.toUpperCase().includes(retriableError) || error.code && error.code.toString().toUpperCase() === retriableError) {
				logger.info(`RetryPolicy: Network error ${retriableError} found, will retry.`);
				return true;
			}
			if (error?.code === "PARSE_ERROR" && error?.message.startsWith(`Error "Error: Unclosed root tag`)) {
				logger.info("RetryPolicy: Incomplete XML response likely due to service timeout, will retry.");
				return true;
			}
		}
		if (response || error) {
			const statusCode = response?.status ?? error?.statusCode ?? 0;
			if (!isPrimaryRetry && statusCode === 404) {
				logger.info(`RetryPolicy: Secondary access with 404, will retry.`);
				return true;
			}
			if (statusCode === 503 || statusCode === 500) {
				logger.info(`RetryPolicy: Will retry for status code ${statusCode}.`);
				return true;
			}
		}
		if (response) {
			if (response?.status >= 400) {
				const copySourceError = response.headers.get(HeaderConstants.X_MS_CopySourceErrorCode);
				if (copySourceError !== void 0) switch (copySourceError) {
					case "InternalError":
					case "OperationTimedOut":
					case "ServerBusy": return true;
				}
			}
		}
		return false;
	}
	function calculateDelay(isPrimaryRetry, attempt) {
		let delayTimeInMs = 0;
		if (isPrimaryRetry) switch (retryPolicyType) {
			case StorageRetryPolicyType.EXPONENTIAL:
				delayTimeInMs = Math.min((Math.pow(2, attempt - 1) - 1) * retryDelayInMs, maxRetryDelayInMs);
				break;
			case StorageRetryPolicyType.FIXED: delayTimeInMs = retryDelayInMs;
		}
		else delayTimeInMs = Math.random() * 1e3;
		logger.info(`RetryPolicy: Delay for ${delayTimeInMs}ms`);
		return delayTimeInMs;
	}
	return {
		name: storageRetryPolicyName,
		async sendRequest(request, next) {
			if (tryTimeoutInMs) request.url = setURLParameter(request.url, URLConstants.Parameters.TIMEOUT, String(Math.floor(tryTimeoutInMs / 1e3)));
			const primaryUrl = request.url;
			const secondaryUrl = secondaryHost ? setURLHost(request.url, secondaryHost) : void 0;
			let secondaryHas404 = false;
			let attempt = 1;
			let retryAgain = true;
			let response;
			let error;
			while (retryAgain) {
				const isPrimaryRetry = secondaryHas404 || !secondaryUrl || ![
					"GET",
					"HEAD",
					"OPTIONS"
				].includes(request.method) || attempt % 2 === 1;
				request.url = isPrimaryRetry ? primaryUrl : secondaryUrl;
				response = void 0;
				error = void 0;
				try {
					logger.info(`RetryPolicy: =====> Try=${attempt} ${isPrimaryRetry ? "Primary" : "Secondary"}`);
					response = await next(request);
					secondaryHas404 = secondaryHas404 || !isPrimaryRetry && response.status === 404;
				} catch (e) {
					if (isRestError(e)) {
						logger.error(`RetryPolicy: Caught error, message: ${e.message}, code: ${e.code}`);
						error = e;
					} else {
						logger.error(`RetryPolicy: Caught error, message: ${getErrorMessage(e)}`);
						throw e;
					}
				}
				retryAgain = shouldRetry({
					isPrimaryRetry,
					attempt,
					response,
					error
				});
				if (retryAgain) await delay(calculateDelay(isPrimaryRetry, attempt), request.abortSignal, RETRY_ABORT_ERROR);
				attempt++;
			}
			if (response) return response;
			throw error ?? new RestError("RetryPolicy failed without known error.");
		}
	};
}
var storageRetryPolicyName, DEFAULT_RETRY_OPTIONS, retriableErrors, RETRY_ABORT_ERROR;
function init_StorageRetryPolicyV2() {
	return (init_StorageRetryPolicyV2 = __esmMin((() => {
		init_esm$5();
		init_esm();
		init_esm$4();
		init_StorageRetryPolicyFactory();
		init_constants$1();
		init_utils_common();
		init_log$1();
		storageRetryPolicyName = "storageRetryPolicy";
		DEFAULT_RETRY_OPTIONS = {
			maxRetryDelayInMs: 12e4,
			maxTries: 4,
			retryDelayInMs: 4e3,
			retryPolicyType: StorageRetryPolicyType.EXPONENTIAL,
			secondaryHost: "",
			tryTimeoutInMs: void 0
		};
		retriableErrors = [
			"ETIMEDOUT",
			"ESOCKETTIMEDOUT",
			"ECONNREFUSED",
			"ECONNRESET",
			"ENOENT",
			"ENOTFOUND",
			"TIMEOUT",
			"EPIPE",
			"REQUEST_SEND_ERROR"
		];
		RETRY_ABORT_ERROR = new AbortError("The operation was aborted.");
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageSharedKeyCredentialPolicyV2.js
/**
* storageSharedKeyCredentialPolicy handles signing requests using storage account keys.
*/
function storageSharedKeyCredentialPolicy(options) {
	function signRequest(request) {
		request.headers.set(HeaderConstants.X_MS_DATE, (/* @__PURE__ */ new Date()).toUTCString());
		if (request.body && (typeof request.body === "string" || Buffer.isBuffer(request.body)) && request.body.length > 0) request.headers.set(HeaderConstants.CONTENT_LENGTH, Buffer.byteLength(request.body));
		const stringToSign = [
			request.method.toUpperCase(),
			getHeaderValueToSign(request, HeaderConstants.CONTENT_LANGUAGE),
			getHeaderValueToSign(request, HeaderConstants.CONTENT_ENCODING),
			getHeaderValueToSign(request, HeaderConstants.CONTENT_LENGTH),
			getHeaderValueToSign(request, HeaderConstants.CONTENT_MD5),
			getHeaderValueToSign(request, HeaderConstants.CONTENT_TYPE),
			getHeaderValueToSign(request, HeaderConstants.DATE),
			getHeaderValueToSign(request, HeaderConstants.IF_MODIFIED_SINCE),
			getHeaderValueToSign(request, HeaderConstants.IF_MATCH),
			getHeaderValueToSign(request, HeaderConstants.IF_NONE_MATCH),
			getHeaderValueToSign(request, HeaderConstants.IF_UNMODIFIED_SINCE),
			getHeaderValueToSign(request, HeaderConstants.RANGE)
		].join("\n") + "\n" + getCanonicalizedHeadersString(request) + getCanonicalizedResourceString(request);
		const signature = createHmac("sha256", options.accountKey).update(stringToSign, "utf8").digest("base64");
		request.headers.set(HeaderConstants.AUTHORIZATION, `SharedKey ${options.accountName}:${signature}`);
	}
	/**
	* Retrieve header value according to shared key sign rules.
	* @see https://learn.microsoft.com/rest/api/storageservices/authenticate-with-shared-key
	*/
	function getHeaderValueToSign(request, headerName) {
		const value = request.headers.get(headerName);
		if (!value) return "";
		if (headerName === HeaderConstants.CONTENT_LENGTH && value === "0") return "";
		return value;
	}
	/**
	* To construct the CanonicalizedHeaders portion of the signature string, follow these steps:
	* 1. Retrieve all headers for the resource that begin with x-ms-, including the x-ms-date header.
	* 2. Convert each HTTP header name to lowercase.
	* 3. Sort the headers lexicographically by header name, in ascending order.
	*    Each header may appear only once in the string.
	* 4. Replace any linear whitespace in the header value with a single space.
	* 5. Trim any whitespace around the colon in the header.
	* 6. Finally, append a new-line character to each canonicalized header in the resulting list.
	*    Construct the CanonicalizedHeaders string by concatenating all headers in this list into a single string.
	*
	*/
	function getCanonicalizedHeadersString(request) {
		let headersArray = [];
		for (const [name, value] of request.headers) if (name.toLowerCase().startsWith(HeaderConstants.PREFIX_FOR_STORAGE)) headersArray.push({
			name,
			value
		});
		headersArray.sort((a, b) => {
			return compareHeader(a.name.toLowerCase(), b.name.toLowerCase());
		});
		headersArray = headersArray.filter((value, index, array) => {
			if (index > 0 && value.name.toLowerCase() === array[index - 1].name.toLowerCase()) return false;
			return true;
		});
		let canonicalizedHeadersStringToSign = "";
		headersArray.forEach((header) => {
			canonicalizedHeadersStringToSign += `${header.name.toLowerCase().trimRight()}:${header.value.trimLeft()}\n`;
		});
		return canonicalizedHeadersStringToSign;
	}
	function getCanonicalizedResourceString(request) {
		const path = getURLPath(request.url) || "/";
		let canonicalizedResourceString = "";
		canonicalizedResourceString += `/${options.accountName}${path}`;
		const queries = getURLQueries(request.url);
		const lowercaseQueries = {};
		if (queries) {
			const queryKeys = [];
			for (const key in queries) if (Object.prototype.hasOwnProperty.call(queries, key)) {
				const lowercaseKey = key.toLowerCase();
				lowercaseQueries[lowercaseKey] = queries[key];
				queryKeys.push(lowercaseKey);
			}
			queryKeys.sort();
			for (const key of queryKeys) canonicalizedResourceString += `\n${key}:${decodeURIComponent(lowercaseQueries[key])}`;
		}
		return canonicalizedResourceString;
	}
	return {
		name: storageSharedKeyCredentialPolicyName,
		async sendRequest(request, next) {
			signRequest(request);
			return next(request);
		}
	};
}
var storageSharedKeyCredentialPolicyName;
function init_StorageSharedKeyCredentialPolicyV2() {
	return (init_StorageSharedKeyCredentialPolicyV2 = __esmMin((() => {
		init_constants$1();
		init_utils_common();
		init_SharedKeyComparator();
		storageSharedKeyCredentialPolicyName = "storageSharedKeyCredentialPolicy";
	})))();
}
// node_modules/@azure/storage-common/dist/esm/policies/StorageRequestFailureDetailsParserPolicy.js
/**
* StorageRequestFailureDetailsParserPolicy
*/
function storageRequestFailureDetailsParserPolicy() {
	return {
		name: storageRequestFailureDetailsParserPolicyName,
		async sendRequest(request, next) {
			try {
				return await next(request);
			} catch (err) {
				if (typeof err === "object" && err !== null && err.response && err.response.parsedBody) {
					if (err.response.parsedBody.code === "InvalidHeaderValue" && err.response.parsedBody.HeaderName === "x-ms-version") err.message = "The provided service version is not enabled on this storage account. Please see https://learn.microsoft.com/rest/api/storageservices/versioning-for-the-azure-storage-services for additional information.\n";
				}
				throw err;
			}
		}
	};
}
var storageRequestFailureDetailsParserPolicyName;
function init_StorageRequestFailureDetailsParserPolicy() {
	return (init_StorageRequestFailureDetailsParserPolicy = __esmMin((() => {
		storageRequestFailureDetailsParserPolicyName = "storageRequestFailureDetailsParserPolicy";
	})))();
}
// node_modules/@azure/storage-common/dist/esm/credentials/UserDelegationKeyCredential.js
var UserDelegationKeyCredential;
function init_UserDelegationKeyCredential() {
	return (init_UserDelegationKeyCredential = __esmMin((() => {
		UserDelegationKeyCredential = class {
			/**
			* Azure Storage account name; readonly.
			*/
			accountName;
			/**
			* Azure Storage user delegation key; readonly.
			*/
			userDelegationKey;
			/**
			* Key value in Buffer type.
			*/
			key;
			/**
			* Creates an instance of UserDelegationKeyCredential.
			* @param accountName -
			* @param userDelegationKey -
			*/
			constructor(accountName, userDelegationKey) {
				this.accountName = accountName;
				this.userDelegationKey = userDelegationKey;
				this.key = Buffer.from(userDelegationKey.value, "base64");
			}
			/**
			* Generates a hash signature for an HTTP request or for a SAS.
			*
			* @param stringToSign -
			*/
			computeHMACSHA256(stringToSign) {
				return createHmac("sha256", this.key).update(stringToSign, "utf8").digest("base64");
			}
		};
	})))();
}
// node_modules/@azure/storage-common/dist/esm/indexPlatform.js
function init_indexPlatform() {
	return (init_indexPlatform = __esmMin((() => {
		init_BufferScheduler();
		init_StructuredMessageEncodingStream();
		init_StructuredMessageDecodingStream();
		init_StorageCRC64Calculator();
		init_cache();
		init_StorageBrowserPolicyFactory();
		init_AnonymousCredential();
		init_Credential();
		init_StorageSharedKeyCredential();
		init_StorageRetryPolicyFactory();
		init_RequestPolicy();
		init_AnonymousCredentialPolicy();
		init_CredentialPolicy();
		init_StorageBrowserPolicyV2();
		init_StorageCorrectContentLengthPolicy();
		init_StorageRetryPolicyV2();
		init_StorageSharedKeyCredentialPolicy();
		init_StorageSharedKeyCredentialPolicyV2();
		init_StorageRequestFailureDetailsParserPolicy();
		init_UserDelegationKeyCredential();
	})))();
}
// node_modules/@azure/storage-common/dist/esm/index.js
function init_esm$1() {
	return (init_esm$1 = __esmMin((() => {
		init_indexPlatform();
	})))();
}
export { init_cache as C, getCachedDefaultHttpClient as S, init_BufferScheduler as T, init_StorageSharedKeyCredential as _, storageRequestFailureDetailsParserPolicy as a, StorageBrowserPolicyFactory as b, init_StorageRetryPolicyV2 as c, storageCorrectContentLengthPolicy as d, init_StorageBrowserPolicyV2 as f, StorageSharedKeyCredential as g, init_StorageRetryPolicyFactory as h, init_StorageRequestFailureDetailsParserPolicy as i, storageRetryPolicy as l, StorageRetryPolicyFactory as m, UserDelegationKeyCredential as n, init_StorageSharedKeyCredentialPolicyV2 as o, storageBrowserPolicy as p, init_UserDelegationKeyCredential as r, storageSharedKeyCredentialPolicy as s, init_esm$1 as t, init_StorageCorrectContentLengthPolicy as u, AnonymousCredential as v, BufferScheduler as w, init_StorageBrowserPolicyFactory as x, init_AnonymousCredential as y };
