import { a as __toESM, n as __esmMin, t as __commonJSMin } from "./rolldown-runtime.mjs";
import { c as isDebug, f as setSecret, m as warning, o as info, r as error, s as init_core, t as debug } from "./lib-actions-core.mjs";
import { a as HttpCodes, i as HttpClientError, n as init_auth, o as init_lib, r as HttpClient, t as BearerCredentialHandler } from "./lib-actions-http-client.mjs";
import { i as which, n as mkdirP, r as rmRF, t as init_io } from "./lib-actions-io.mjs";
import { n as init_exec, t as exec } from "./lib-actions-exec.mjs";
import { n as init_glob, t as create } from "./lib-actions-glob.mjs";
import { t as require_semver } from "./lib-semver.mjs";
import { n as BlobClient, r as BlockBlobClient, t as init_esm } from "./lib-azure-storage-blob.mjs";
import { t as require_commonjs } from "./lib-protobuf-ts-runtime.mjs";
import { t as require_commonjs$1 } from "./lib-protobuf-ts-runtime-rpc.mjs";
import * as crypto from "crypto";
import * as fs from "fs";
import { existsSync, writeFileSync } from "fs";
import * as path from "path";
import * as util from "util";
import * as stream from "stream";
import { URL as URL$1 } from "url";
import * as buffer from "buffer";
// node_modules/@actions/cache/lib/internal/constants.js
var CacheFilename, CompressionMethod, ArchiveToolType, DefaultRetryDelay, SocketTimeout, GnuTarPathOnWindows, SystemTarPathOnWindows, TarFilename, ManifestFilename, CacheReadDeniedMessagePrefix;
function init_constants() {
	return (init_constants = __esmMin((() => {
		(function(CacheFilename) {
			CacheFilename["Gzip"] = "cache.tgz";
			CacheFilename["Zstd"] = "cache.tzst";
		})(CacheFilename || (CacheFilename = {}));
		(function(CompressionMethod) {
			CompressionMethod["Gzip"] = "gzip";
			CompressionMethod["ZstdWithoutLong"] = "zstd-without-long";
			CompressionMethod["Zstd"] = "zstd";
		})(CompressionMethod || (CompressionMethod = {}));
		(function(ArchiveToolType) {
			ArchiveToolType["GNU"] = "gnu";
			ArchiveToolType["BSD"] = "bsd";
		})(ArchiveToolType || (ArchiveToolType = {}));
		DefaultRetryDelay = 5e3;
		SocketTimeout = 5e3;
		GnuTarPathOnWindows = `${process.env["PROGRAMFILES"]}\\Git\\usr\\bin\\tar.exe`;
		SystemTarPathOnWindows = `${process.env["SYSTEMDRIVE"]}\\Windows\\System32\\tar.exe`;
		TarFilename = "cache.tar";
		ManifestFilename = "manifest.txt";
		10 * Math.pow(1024, 3);
		CacheReadDeniedMessagePrefix = "cache read denied:";
	})))();
}
// node_modules/@actions/cache/lib/internal/cacheUtils.js
function createTempDirectory() {
	return __awaiter$7(this, void 0, void 0, function* () {
		const IS_WINDOWS = process.platform === "win32";
		let tempDirectory = process.env["RUNNER_TEMP"] || "";
		if (!tempDirectory) {
			let baseLocation;
			if (IS_WINDOWS) baseLocation = process.env["USERPROFILE"] || "C:\\";
			else if (process.platform === "darwin") baseLocation = "/Users";
			else baseLocation = "/home";
			tempDirectory = path.join(baseLocation, "actions", "temp");
		}
		const dest = path.join(tempDirectory, crypto.randomUUID());
		yield mkdirP(dest);
		return dest;
	});
}
function getArchiveFileSizeInBytes(filePath) {
	return fs.statSync(filePath).size;
}
function resolvePaths(patterns) {
	return __awaiter$7(this, void 0, void 0, function* () {
		var _a, e_1, _b, _c;
		var _d;
		const paths = [];
		const workspace = (_d = process.env["GITHUB_WORKSPACE"]) !== null && _d !== void 0 ? _d : process.cwd();
		const globber = yield create(patterns.join("\n"), { implicitDescendants: false });
		try {
			for (var _e = true, _f = __asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
				_c = _g.value;
				_e = false;
				const file = _c;
				const relativeFile = path.relative(workspace, file).replace(new RegExp(`\\${path.sep}`, "g"), "/");
				debug(`Matched: ${relativeFile}`);
				if (relativeFile === "") paths.push(".");
				else paths.push(`${relativeFile}`);
			}
		} catch (e_1_1) {
			e_1 = { error: e_1_1 };
		} finally {
			try {
				if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
			} finally {
				if (e_1) throw e_1.error;
			}
		}
		return paths;
	});
}
function unlinkFile(filePath) {
	return __awaiter$7(this, void 0, void 0, function* () {
		return util.promisify(fs.unlink)(filePath);
	});
}
function getVersion(app_1) {
	return __awaiter$7(this, arguments, void 0, function* (app, additionalArgs = []) {
		let versionOutput = "";
		additionalArgs.push("--version");
		debug(`Checking ${app} ${additionalArgs.join(" ")}`);
		try {
			yield exec(`${app}`, additionalArgs, {
				ignoreReturnCode: true,
				silent: true,
				listeners: {
					stdout: (data) => versionOutput += data.toString(),
					stderr: (data) => versionOutput += data.toString()
				}
			});
		} catch (err) {
			debug(err.message);
		}
		versionOutput = versionOutput.trim();
		debug(versionOutput);
		return versionOutput;
	});
}
function getCompressionMethod() {
	return __awaiter$7(this, void 0, void 0, function* () {
		const versionOutput = yield getVersion("zstd", ["--quiet"]);
		const version = import_semver.clean(versionOutput);
		debug(`zstd version: ${version}`);
		if (versionOutput === "") return CompressionMethod.Gzip;
		else return CompressionMethod.ZstdWithoutLong;
	});
}
function getCacheFileName(compressionMethod) {
	return compressionMethod === CompressionMethod.Gzip ? CacheFilename.Gzip : CacheFilename.Zstd;
}
function getGnuTarPathOnWindows() {
	return __awaiter$7(this, void 0, void 0, function* () {
		if (fs.existsSync(GnuTarPathOnWindows)) return GnuTarPathOnWindows;
		return (yield getVersion("tar")).toLowerCase().includes("gnu tar") ? which("tar") : "";
	});
}
function assertDefined(name, value) {
	if (value === void 0) throw Error(`Expected ${name} but value was undefiend`);
	return value;
}
function getCacheVersion(paths, compressionMethod, enableCrossOsArchive = false) {
	const components = paths.slice();
	if (compressionMethod) components.push(compressionMethod);
	if (process.platform === "win32" && !enableCrossOsArchive) components.push("windows-only");
	components.push(versionSalt);
	return crypto.createHash("sha256").update(components.join("|")).digest("hex");
}
function getRuntimeToken() {
	const token = process.env["ACTIONS_RUNTIME_TOKEN"];
	if (!token) throw new Error("Unable to get the ACTIONS_RUNTIME_TOKEN env variable");
	return token;
}
var import_semver, __awaiter$7, __asyncValues, versionSalt;
function init_cacheUtils() {
	return (init_cacheUtils = __esmMin((() => {
		init_core();
		init_exec();
		init_glob();
		init_io();
		import_semver = /* @__PURE__ */ __toESM(require_semver(), 1);
		init_constants();
		__awaiter$7 = function(thisArg, _arguments, P, generator) {
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
		__asyncValues = function(o) {
			if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
			var m = o[Symbol.asyncIterator], i;
			return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
				return this;
			}, i);
			function verb(n) {
				i[n] = o[n] && function(v) {
					return new Promise(function(resolve, reject) {
						v = o[n](v), settle(resolve, reject, v.done, v.value);
					});
				};
			}
			function settle(resolve, reject, d, v) {
				Promise.resolve(v).then(function(v) {
					resolve({
						value: v,
						done: d
					});
				}, reject);
			}
		};
		versionSalt = "1.0";
	})))();
}
// node_modules/@actions/cache/lib/internal/shared/errors.js
var InvalidResponseError, NetworkError, UsageError, RateLimitError;
function init_errors() {
	return (init_errors = __esmMin((() => {
		InvalidResponseError = class extends Error {
			constructor(message) {
				super(message);
				this.name = "InvalidResponseError";
			}
		};
		NetworkError = class extends Error {
			constructor(code) {
				const message = `Unable to make request: ${code}\nIf you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#communication-between-self-hosted-runners-and-github`;
				super(message);
				this.code = code;
				this.name = "NetworkError";
			}
		};
		NetworkError.isNetworkErrorCode = (code) => {
			if (!code) return false;
			return [
				"ECONNRESET",
				"ENOTFOUND",
				"ETIMEDOUT",
				"ECONNREFUSED",
				"EHOSTUNREACH"
			].includes(code);
		};
		UsageError = class extends Error {
			constructor() {
				super(`Cache storage quota has been hit. Unable to upload any new cache entries.\nMore info on storage limits: https://docs.github.com/en/billing/managing-billing-for-github-actions/about-billing-for-github-actions#calculating-minute-and-storage-spending`);
				this.name = "UsageError";
			}
		};
		UsageError.isUsageErrorMessage = (msg) => {
			if (!msg) return false;
			return msg.includes("insufficient usage");
		};
		RateLimitError = class extends Error {
			constructor(message) {
				super(message);
				this.name = "RateLimitError";
			}
		};
	})))();
}
// node_modules/@actions/cache/lib/internal/uploadUtils.js
/**
* Uploads a cache archive directly to Azure Blob Storage using the Azure SDK.
* This function will display progress information to the console. Concurrency of the
* upload is determined by the calling functions.
*
* @param signedUploadURL
* @param archivePath
* @param options
* @returns
*/
function uploadCacheArchiveSDK(signedUploadURL, archivePath, options) {
	return __awaiter$6(this, void 0, void 0, function* () {
		var _a;
		const blobClient = new BlobClient(signedUploadURL);
		const blockBlobClient = blobClient.getBlockBlobClient();
		const uploadProgress = new UploadProgress((_a = options === null || options === void 0 ? void 0 : options.archiveSizeBytes) !== null && _a !== void 0 ? _a : 0);
		const uploadOptions = {
			blockSize: options === null || options === void 0 ? void 0 : options.uploadChunkSize,
			concurrency: options === null || options === void 0 ? void 0 : options.uploadConcurrency,
			maxSingleShotSize: 134217728,
			onProgress: uploadProgress.onProgress()
		};
		try {
			uploadProgress.startDisplayTimer();
			debug(`BlobClient: ${blobClient.name}:${blobClient.accountName}:${blobClient.containerName}`);
			const response = yield blockBlobClient.uploadFile(archivePath, uploadOptions);
			if (response._response.status >= 400) throw new InvalidResponseError(`uploadCacheArchiveSDK: upload failed with status code ${response._response.status}`);
			return response;
		} catch (error) {
			warning(`uploadCacheArchiveSDK: internal error uploading cache archive: ${error.message}`);
			throw error;
		} finally {
			uploadProgress.stopDisplayTimer();
		}
	});
}
var __awaiter$6, UploadProgress;
function init_uploadUtils() {
	return (init_uploadUtils = __esmMin((() => {
		init_core();
		init_esm();
		init_errors();
		__awaiter$6 = function(thisArg, _arguments, P, generator) {
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
		UploadProgress = class {
			constructor(contentLength) {
				this.contentLength = contentLength;
				this.sentBytes = 0;
				this.displayedComplete = false;
				this.startTime = Date.now();
			}
			/**
			* Sets the number of bytes sent
			*
			* @param sentBytes the number of bytes sent
			*/
			setSentBytes(sentBytes) {
				this.sentBytes = sentBytes;
			}
			/**
			* Returns the total number of bytes transferred.
			*/
			getTransferredBytes() {
				return this.sentBytes;
			}
			/**
			* Returns true if the upload is complete.
			*/
			isDone() {
				return this.getTransferredBytes() === this.contentLength;
			}
			/**
			* Prints the current upload stats. Once the upload completes, this will print one
			* last line and then stop.
			*/
			display() {
				if (this.displayedComplete) return;
				const transferredBytes = this.sentBytes;
				const percentage = (100 * (transferredBytes / this.contentLength)).toFixed(1);
				const elapsedTime = Date.now() - this.startTime;
				const uploadSpeed = (transferredBytes / 1048576 / (elapsedTime / 1e3)).toFixed(1);
				info(`Sent ${transferredBytes} of ${this.contentLength} (${percentage}%), ${uploadSpeed} MBs/sec`);
				if (this.isDone()) this.displayedComplete = true;
			}
			/**
			* Returns a function used to handle TransferProgressEvents.
			*/
			onProgress() {
				return (progress) => {
					this.setSentBytes(progress.loadedBytes);
				};
			}
			/**
			* Starts the timer that displays the stats.
			*
			* @param delayInMs the delay between each write
			*/
			startDisplayTimer(delayInMs = 1e3) {
				const displayCallback = () => {
					this.display();
					if (!this.isDone()) this.timeoutHandle = setTimeout(displayCallback, delayInMs);
				};
				this.timeoutHandle = setTimeout(displayCallback, delayInMs);
			}
			/**
			* Stops the timer that displays the stats. As this typically indicates the upload
			* is complete, this will display one last line, unless the last line has already
			* been written.
			*/
			stopDisplayTimer() {
				if (this.timeoutHandle) {
					clearTimeout(this.timeoutHandle);
					this.timeoutHandle = void 0;
				}
				this.display();
			}
		};
	})))();
}
// node_modules/@actions/cache/lib/internal/requestUtils.js
function isSuccessStatusCode(statusCode) {
	if (!statusCode) return false;
	return statusCode >= 200 && statusCode < 300;
}
function isServerErrorStatusCode(statusCode) {
	if (!statusCode) return true;
	return statusCode >= 500;
}
function isRetryableStatusCode(statusCode) {
	if (!statusCode) return false;
	return [
		HttpCodes.BadGateway,
		HttpCodes.ServiceUnavailable,
		HttpCodes.GatewayTimeout
	].includes(statusCode);
}
function sleep(milliseconds) {
	return __awaiter$5(this, void 0, void 0, function* () {
		return new Promise((resolve) => setTimeout(resolve, milliseconds));
	});
}
function retry(name_1, method_1, getStatusCode_1) {
	return __awaiter$5(this, arguments, void 0, function* (name, method, getStatusCode, maxAttempts = 2, delay = DefaultRetryDelay, onError = void 0) {
		let errorMessage = "";
		let attempt = 1;
		while (attempt <= maxAttempts) {
			let response = void 0;
			let statusCode = void 0;
			let isRetryable = false;
			try {
				response = yield method();
			} catch (error) {
				if (onError) response = onError(error);
				isRetryable = true;
				errorMessage = error.message;
			}
			if (response) {
				statusCode = getStatusCode(response);
				if (!isServerErrorStatusCode(statusCode)) return response;
			}
			if (statusCode) {
				isRetryable = isRetryableStatusCode(statusCode);
				errorMessage = `Cache service responded with ${statusCode}`;
			}
			debug(`${name} - Attempt ${attempt} of ${maxAttempts} failed with error: ${errorMessage}`);
			if (!isRetryable) {
				debug(`${name} - Error is not retryable`);
				break;
			}
			yield sleep(delay);
			attempt++;
		}
		throw Error(`${name} failed: ${errorMessage}`);
	});
}
function retryTypedResponse(name_1, method_1) {
	return __awaiter$5(this, arguments, void 0, function* (name, method, maxAttempts = 2, delay = DefaultRetryDelay) {
		return yield retry(name, method, (response) => response.statusCode, maxAttempts, delay, (error) => {
			if (error instanceof HttpClientError) return {
				statusCode: error.statusCode,
				result: null,
				headers: {},
				error
			};
			else return;
		});
	});
}
function retryHttpClientResponse(name_1, method_1) {
	return __awaiter$5(this, arguments, void 0, function* (name, method, maxAttempts = 2, delay = DefaultRetryDelay) {
		return yield retry(name, method, (response) => response.message.statusCode, maxAttempts, delay);
	});
}
var __awaiter$5;
function init_requestUtils() {
	return (init_requestUtils = __esmMin((() => {
		init_core();
		init_lib();
		init_constants();
		__awaiter$5 = function(thisArg, _arguments, P, generator) {
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
	})))();
}
// node_modules/@actions/cache/lib/internal/downloadUtils.js
/**
* Pipes the body of a HTTP response to a stream
*
* @param response the HTTP response
* @param output the writable stream
*/
function pipeResponseToStream(response, output) {
	return __awaiter$4(this, void 0, void 0, function* () {
		yield util.promisify(stream.pipeline)(response.message, output);
	});
}
/**
* Download the cache using the Actions toolkit http-client
*
* @param archiveLocation the URL for the cache
* @param archivePath the local path where the cache is saved
*/
function downloadCacheHttpClient(archiveLocation, archivePath) {
	return __awaiter$4(this, void 0, void 0, function* () {
		const writeStream = fs.createWriteStream(archivePath);
		const httpClient = new HttpClient("actions/cache");
		const downloadResponse = yield retryHttpClientResponse("downloadCache", () => __awaiter$4(this, void 0, void 0, function* () {
			return httpClient.get(archiveLocation);
		}));
		downloadResponse.message.socket.setTimeout(SocketTimeout, () => {
			downloadResponse.message.destroy();
			debug(`Aborting download, socket timed out after ${SocketTimeout} ms`);
		});
		yield pipeResponseToStream(downloadResponse, writeStream);
		const contentLengthHeader = downloadResponse.message.headers["content-length"];
		if (contentLengthHeader) {
			const expectedLength = parseInt(contentLengthHeader);
			const actualLength = getArchiveFileSizeInBytes(archivePath);
			if (actualLength !== expectedLength) throw new Error(`Incomplete download. Expected file size: ${expectedLength}, actual file size: ${actualLength}`);
		} else debug("Unable to validate download, no Content-Length header");
	});
}
/**
* Download the cache using the Actions toolkit http-client concurrently
*
* @param archiveLocation the URL for the cache
* @param archivePath the local path where the cache is saved
*/
function downloadCacheHttpClientConcurrent(archiveLocation, archivePath, options) {
	return __awaiter$4(this, void 0, void 0, function* () {
		var _a;
		const archiveDescriptor = yield fs.promises.open(archivePath, "w");
		const httpClient = new HttpClient("actions/cache", void 0, {
			socketTimeout: options.timeoutInMs,
			keepAlive: true
		});
		try {
			const lengthHeader = (yield retryHttpClientResponse("downloadCacheMetadata", () => __awaiter$4(this, void 0, void 0, function* () {
				return yield httpClient.request("HEAD", archiveLocation, null, {});
			}))).message.headers["content-length"];
			if (lengthHeader === void 0 || lengthHeader === null) throw new Error("Content-Length not found on blob response");
			const length = parseInt(lengthHeader);
			if (Number.isNaN(length)) throw new Error(`Could not interpret Content-Length: ${length}`);
			const downloads = [];
			const blockSize = 4194304;
			for (let offset = 0; offset < length; offset += blockSize) {
				const count = Math.min(blockSize, length - offset);
				downloads.push({
					offset,
					promiseGetter: () => __awaiter$4(this, void 0, void 0, function* () {
						return yield downloadSegmentRetry(httpClient, archiveLocation, offset, count);
					})
				});
			}
			downloads.reverse();
			let actives = 0;
			let bytesDownloaded = 0;
			const progress = new DownloadProgress(length);
			progress.startDisplayTimer();
			const progressFn = progress.onProgress();
			const activeDownloads = [];
			let nextDownload;
			const waitAndWrite = () => __awaiter$4(this, void 0, void 0, function* () {
				const segment = yield Promise.race(Object.values(activeDownloads));
				yield archiveDescriptor.write(segment.buffer, 0, segment.count, segment.offset);
				actives--;
				delete activeDownloads[segment.offset];
				bytesDownloaded += segment.count;
				progressFn({ loadedBytes: bytesDownloaded });
			});
			while (nextDownload = downloads.pop()) {
				activeDownloads[nextDownload.offset] = nextDownload.promiseGetter();
				actives++;
				if (actives >= ((_a = options.downloadConcurrency) !== null && _a !== void 0 ? _a : 10)) yield waitAndWrite();
			}
			while (actives > 0) yield waitAndWrite();
		} finally {
			httpClient.dispose();
			yield archiveDescriptor.close();
		}
	});
}
function downloadSegmentRetry(httpClient, archiveLocation, offset, count) {
	return __awaiter$4(this, void 0, void 0, function* () {
		const retries = 5;
		let failures = 0;
		while (true) try {
			const result = yield promiseWithTimeout(3e4, downloadSegment(httpClient, archiveLocation, offset, count));
			if (typeof result === "string") throw new Error("downloadSegmentRetry failed due to timeout");
			return result;
		} catch (err) {
			if (failures >= retries) throw err;
			failures++;
		}
	});
}
function downloadSegment(httpClient, archiveLocation, offset, count) {
	return __awaiter$4(this, void 0, void 0, function* () {
		const partRes = yield retryHttpClientResponse("downloadCachePart", () => __awaiter$4(this, void 0, void 0, function* () {
			return yield httpClient.get(archiveLocation, { Range: `bytes=${offset}-${offset + count - 1}` });
		}));
		if (!partRes.readBodyBuffer) throw new Error("Expected HttpClientResponse to implement readBodyBuffer");
		return {
			offset,
			count,
			buffer: yield partRes.readBodyBuffer()
		};
	});
}
/**
* Download the cache using the Azure Storage SDK.  Only call this method if the
* URL points to an Azure Storage endpoint.
*
* @param archiveLocation the URL for the cache
* @param archivePath the local path where the cache is saved
* @param options the download options with the defaults set
*/
function downloadCacheStorageSDK(archiveLocation, archivePath, options) {
	return __awaiter$4(this, void 0, void 0, function* () {
		var _a;
		const client = new BlockBlobClient(archiveLocation, void 0, { retryOptions: { tryTimeoutInMs: options.timeoutInMs } });
		const contentLength = (_a = (yield client.getProperties()).contentLength) !== null && _a !== void 0 ? _a : -1;
		if (contentLength < 0) {
			debug("Unable to determine content length, downloading file with http-client...");
			yield downloadCacheHttpClient(archiveLocation, archivePath);
		} else {
			const maxSegmentSize = Math.min(134217728, buffer.constants.MAX_LENGTH);
			const downloadProgress = new DownloadProgress(contentLength);
			const fd = fs.openSync(archivePath, "w");
			try {
				downloadProgress.startDisplayTimer();
				const controller = new AbortController();
				const abortSignal = controller.signal;
				while (!downloadProgress.isDone()) {
					const segmentStart = downloadProgress.segmentOffset + downloadProgress.segmentSize;
					const segmentSize = Math.min(maxSegmentSize, contentLength - segmentStart);
					downloadProgress.nextSegment(segmentSize);
					const result = yield promiseWithTimeout(options.segmentTimeoutInMs || 36e5, client.downloadToBuffer(segmentStart, segmentSize, {
						abortSignal,
						concurrency: options.downloadConcurrency,
						onProgress: downloadProgress.onProgress()
					}));
					if (result === "timeout") {
						controller.abort();
						throw new Error("Aborting cache download as the download time exceeded the timeout.");
					} else if (Buffer.isBuffer(result)) fs.writeFileSync(fd, result);
				}
			} finally {
				downloadProgress.stopDisplayTimer();
				fs.closeSync(fd);
			}
		}
	});
}
var __awaiter$4, DownloadProgress, promiseWithTimeout;
function init_downloadUtils() {
	return (init_downloadUtils = __esmMin((() => {
		init_core();
		init_lib();
		init_esm();
		init_cacheUtils();
		init_constants();
		init_requestUtils();
		__awaiter$4 = function(thisArg, _arguments, P, generator) {
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
		DownloadProgress = class {
			constructor(contentLength) {
				this.contentLength = contentLength;
				this.segmentIndex = 0;
				this.segmentSize = 0;
				this.segmentOffset = 0;
				this.receivedBytes = 0;
				this.displayedComplete = false;
				this.startTime = Date.now();
			}
			/**
			* Progress to the next segment. Only call this method when the previous segment
			* is complete.
			*
			* @param segmentSize the length of the next segment
			*/
			nextSegment(segmentSize) {
				this.segmentOffset = this.segmentOffset + this.segmentSize;
				this.segmentIndex = this.segmentIndex + 1;
				this.segmentSize = segmentSize;
				this.receivedBytes = 0;
				debug(`Downloading segment at offset ${this.segmentOffset} with length ${this.segmentSize}...`);
			}
			/**
			* Sets the number of bytes received for the current segment.
			*
			* @param receivedBytes the number of bytes received
			*/
			setReceivedBytes(receivedBytes) {
				this.receivedBytes = receivedBytes;
			}
			/**
			* Returns the total number of bytes transferred.
			*/
			getTransferredBytes() {
				return this.segmentOffset + this.receivedBytes;
			}
			/**
			* Returns true if the download is complete.
			*/
			isDone() {
				return this.getTransferredBytes() === this.contentLength;
			}
			/**
			* Prints the current download stats. Once the download completes, this will print one
			* last line and then stop.
			*/
			display() {
				if (this.displayedComplete) return;
				const transferredBytes = this.segmentOffset + this.receivedBytes;
				const percentage = (100 * (transferredBytes / this.contentLength)).toFixed(1);
				const elapsedTime = Date.now() - this.startTime;
				const downloadSpeed = (transferredBytes / 1048576 / (elapsedTime / 1e3)).toFixed(1);
				info(`Received ${transferredBytes} of ${this.contentLength} (${percentage}%), ${downloadSpeed} MBs/sec`);
				if (this.isDone()) this.displayedComplete = true;
			}
			/**
			* Returns a function used to handle TransferProgressEvents.
			*/
			onProgress() {
				return (progress) => {
					this.setReceivedBytes(progress.loadedBytes);
				};
			}
			/**
			* Starts the timer that displays the stats.
			*
			* @param delayInMs the delay between each write
			*/
			startDisplayTimer(delayInMs = 1e3) {
				const displayCallback = () => {
					this.display();
					if (!this.isDone()) this.timeoutHandle = setTimeout(displayCallback, delayInMs);
				};
				this.timeoutHandle = setTimeout(displayCallback, delayInMs);
			}
			/**
			* Stops the timer that displays the stats. As this typically indicates the download
			* is complete, this will display one last line, unless the last line has already
			* been written.
			*/
			stopDisplayTimer() {
				if (this.timeoutHandle) {
					clearTimeout(this.timeoutHandle);
					this.timeoutHandle = void 0;
				}
				this.display();
			}
		};
		promiseWithTimeout = (timeoutMs, promise) => __awaiter$4(void 0, void 0, void 0, function* () {
			let timeoutHandle;
			const timeoutPromise = new Promise((resolve) => {
				timeoutHandle = setTimeout(() => resolve("timeout"), timeoutMs);
			});
			return Promise.race([promise, timeoutPromise]).then((result) => {
				clearTimeout(timeoutHandle);
				return result;
			});
		});
	})))();
}
// node_modules/@actions/cache/lib/options.js
/**
* Returns a copy of the upload options with defaults filled in.
*
* @param copy the original upload options
*/
function getUploadOptions(copy) {
	const result = {
		useAzureSdk: false,
		uploadConcurrency: 4,
		uploadChunkSize: 33554432
	};
	if (copy) {
		if (typeof copy.useAzureSdk === "boolean") result.useAzureSdk = copy.useAzureSdk;
		if (typeof copy.uploadConcurrency === "number") result.uploadConcurrency = copy.uploadConcurrency;
		if (typeof copy.uploadChunkSize === "number") result.uploadChunkSize = copy.uploadChunkSize;
	}
	/**
	* Add env var overrides
	*/
	result.uploadConcurrency = !isNaN(Number(process.env["CACHE_UPLOAD_CONCURRENCY"])) ? Math.min(32, Number(process.env["CACHE_UPLOAD_CONCURRENCY"])) : result.uploadConcurrency;
	result.uploadChunkSize = !isNaN(Number(process.env["CACHE_UPLOAD_CHUNK_SIZE"])) ? Math.min(134217728, Number(process.env["CACHE_UPLOAD_CHUNK_SIZE"]) * 1024 * 1024) : result.uploadChunkSize;
	debug(`Use Azure SDK: ${result.useAzureSdk}`);
	debug(`Upload concurrency: ${result.uploadConcurrency}`);
	debug(`Upload chunk size: ${result.uploadChunkSize}`);
	return result;
}
/**
* Returns a copy of the download options with defaults filled in.
*
* @param copy the original download options
*/
function getDownloadOptions(copy) {
	const result = {
		useAzureSdk: false,
		concurrentBlobDownloads: true,
		downloadConcurrency: 8,
		timeoutInMs: 3e4,
		segmentTimeoutInMs: 6e5,
		lookupOnly: false
	};
	if (copy) {
		if (typeof copy.useAzureSdk === "boolean") result.useAzureSdk = copy.useAzureSdk;
		if (typeof copy.concurrentBlobDownloads === "boolean") result.concurrentBlobDownloads = copy.concurrentBlobDownloads;
		if (typeof copy.downloadConcurrency === "number") result.downloadConcurrency = copy.downloadConcurrency;
		if (typeof copy.timeoutInMs === "number") result.timeoutInMs = copy.timeoutInMs;
		if (typeof copy.segmentTimeoutInMs === "number") result.segmentTimeoutInMs = copy.segmentTimeoutInMs;
		if (typeof copy.lookupOnly === "boolean") result.lookupOnly = copy.lookupOnly;
	}
	const segmentDownloadTimeoutMins = process.env["SEGMENT_DOWNLOAD_TIMEOUT_MINS"];
	if (segmentDownloadTimeoutMins && !isNaN(Number(segmentDownloadTimeoutMins)) && isFinite(Number(segmentDownloadTimeoutMins))) result.segmentTimeoutInMs = Number(segmentDownloadTimeoutMins) * 60 * 1e3;
	debug(`Use Azure SDK: ${result.useAzureSdk}`);
	debug(`Download concurrency: ${result.downloadConcurrency}`);
	debug(`Request timeout (ms): ${result.timeoutInMs}`);
	debug(`Cache segment download timeout mins env var: ${process.env["SEGMENT_DOWNLOAD_TIMEOUT_MINS"]}`);
	debug(`Segment download timeout (ms): ${result.segmentTimeoutInMs}`);
	debug(`Lookup only: ${result.lookupOnly}`);
	return result;
}
function init_options() {
	return (init_options = __esmMin((() => {
		init_core();
	})))();
}
// node_modules/@actions/cache/lib/internal/config.js
function isGhes() {
	const hostname = new URL(process.env["GITHUB_SERVER_URL"] || "https://github.com").hostname.trimEnd().toUpperCase();
	const isGitHubHost = hostname === "GITHUB.COM";
	const isGheHost = hostname.endsWith(".GHE.COM");
	const isLocalHost = hostname.endsWith(".LOCALHOST");
	return !isGitHubHost && !isGheHost && !isLocalHost;
}
function getCacheServiceVersion() {
	if (isGhes()) return "v1";
	return process.env["ACTIONS_CACHE_SERVICE_V2"] ? "v2" : "v1";
}
function getCacheMode() {
	return (process.env["ACTIONS_CACHE_MODE"] || "").trim().toLowerCase();
}
function isCacheReadable(mode) {
	if (!KNOWN_CACHE_MODES.includes(mode)) return true;
	return mode === "read" || mode === "write";
}
function isCacheWritable(mode) {
	if (!KNOWN_CACHE_MODES.includes(mode)) return true;
	return mode === "write" || mode === "write-only";
}
function getCacheServiceURL() {
	const version = getCacheServiceVersion();
	switch (version) {
		case "v1": return process.env["ACTIONS_CACHE_URL"] || process.env["ACTIONS_RESULTS_URL"] || "";
		case "v2": return process.env["ACTIONS_RESULTS_URL"] || "";
		default: throw new Error(`Unsupported cache service version: ${version}`);
	}
}
var KNOWN_CACHE_MODES;
function init_config() {
	return (init_config = __esmMin((() => {
		KNOWN_CACHE_MODES = [
			"none",
			"read",
			"write",
			"write-only"
		];
	})))();
}
// node_modules/@actions/cache/package.json
var require_package = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		"name": "@actions/cache",
		"version": "6.3.0",
		"description": "Actions cache lib",
		"keywords": [
			"github",
			"actions",
			"cache"
		],
		"homepage": "https://github.com/actions/toolkit/tree/main/packages/cache",
		"license": "MIT",
		"type": "module",
		"main": "lib/cache.js",
		"types": "lib/cache.d.ts",
		"exports": { ".": {
			"types": "./lib/cache.d.ts",
			"import": "./lib/cache.js"
		} },
		"directories": {
			"lib": "lib",
			"test": "__tests__"
		},
		"files": ["lib", "!.DS_Store"],
		"publishConfig": { "access": "public" },
		"repository": {
			"type": "git",
			"url": "git+https://github.com/actions/toolkit.git",
			"directory": "packages/cache"
		},
		"scripts": {
			"audit-moderate": "npm install && npm audit --json --audit-level=moderate > audit.json",
			"test": "echo \"Error: run tests from root\" && exit 1",
			"tsc": "tsc && cp src/internal/shared/package-version.cjs lib/internal/shared/"
		},
		"bugs": { "url": "https://github.com/actions/toolkit/issues" },
		"dependencies": {
			"@actions/core": "^3.0.1",
			"@actions/exec": "^3.0.0",
			"@actions/glob": "^0.7.0",
			"@actions/http-client": "^4.0.1",
			"@actions/io": "^3.0.2",
			"@azure/core-rest-pipeline": "~1.23.0",
			"@azure/storage-blob": "~12.31.0",
			"@protobuf-ts/runtime-rpc": "^2.11.1",
			"semver": "^7.8.5"
		},
		"devDependencies": {
			"@protobuf-ts/plugin": "^2.11.1",
			"@types/node": "^25.9.8",
			"@types/semver": "^7.8.0",
			"typescript": "^5.9.3"
		},
		"overrides": {
			"uri-js": "npm:uri-js-replace@^1.0.1",
			"node-fetch": "^3.3.2"
		}
	};
}));
// node_modules/@actions/cache/lib/internal/shared/package-version.cjs
var require_package_version = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = { version: require_package().version };
}));
// node_modules/@actions/cache/lib/internal/shared/user-agent.js
/**
* Ensure that this User Agent String is used in all HTTP calls so that we can monitor telemetry between different versions of this package
*/
function getUserAgentString() {
	return `@actions/cache-${import_package_version.version}`;
}
var import_package_version;
function init_user_agent() {
	return (init_user_agent = __esmMin((() => {
		import_package_version = require_package_version();
	})))();
}
// node_modules/@actions/cache/lib/internal/cacheHttpClient.js
function getCacheApiUrl(resource) {
	const baseUrl = getCacheServiceURL();
	if (!baseUrl) throw new Error("Cache Service Url not found, unable to restore cache.");
	const url = `${baseUrl}_apis/artifactcache/${resource}`;
	debug(`Resource Url: ${url}`);
	return url;
}
function createAcceptHeader(type, apiVersion) {
	return `${type};api-version=${apiVersion}`;
}
function getRequestOptions() {
	return { headers: { Accept: createAcceptHeader("application/json", "6.0-preview.1") } };
}
function createHttpClient() {
	const token = process.env["ACTIONS_RUNTIME_TOKEN"] || "";
	const bearerCredentialHandler = new BearerCredentialHandler(token);
	return new HttpClient(getUserAgentString(), [bearerCredentialHandler], getRequestOptions());
}
function getCacheEntry(keys, paths, options) {
	return __awaiter$3(this, void 0, void 0, function* () {
		var _a;
		const httpClient = createHttpClient();
		const version = getCacheVersion(paths, options === null || options === void 0 ? void 0 : options.compressionMethod, options === null || options === void 0 ? void 0 : options.enableCrossOsArchive);
		const resource = `cache?keys=${encodeURIComponent(keys.join(","))}&version=${version}`;
		const response = yield retryTypedResponse("getCacheEntry", () => __awaiter$3(this, void 0, void 0, function* () {
			return httpClient.getJson(getCacheApiUrl(resource));
		}));
		if (response.statusCode === 204) {
			if (isDebug()) yield printCachesListForDiagnostics(keys[0], httpClient, version);
			return null;
		}
		if (!isSuccessStatusCode(response.statusCode)) {
			const errorMessage = (_a = response.error) === null || _a === void 0 ? void 0 : _a.message;
			if (errorMessage === null || errorMessage === void 0 ? void 0 : errorMessage.includes("cache read denied:")) throw new Error(errorMessage);
			throw new Error(`Cache service responded with ${response.statusCode}`);
		}
		const cacheResult = response.result;
		const cacheDownloadUrl = cacheResult === null || cacheResult === void 0 ? void 0 : cacheResult.archiveLocation;
		if (!cacheDownloadUrl) throw new Error("Cache not found.");
		setSecret(cacheDownloadUrl);
		debug(`Cache Result:`);
		debug(JSON.stringify(cacheResult));
		return cacheResult;
	});
}
function printCachesListForDiagnostics(key, httpClient, version) {
	return __awaiter$3(this, void 0, void 0, function* () {
		const resource = `caches?key=${encodeURIComponent(key)}`;
		const response = yield retryTypedResponse("listCache", () => __awaiter$3(this, void 0, void 0, function* () {
			return httpClient.getJson(getCacheApiUrl(resource));
		}));
		if (response.statusCode === 200) {
			const cacheListResult = response.result;
			const totalCount = cacheListResult === null || cacheListResult === void 0 ? void 0 : cacheListResult.totalCount;
			if (totalCount && totalCount > 0) {
				debug(`No matching cache found for cache key '${key}', version '${version} and scope ${process.env["GITHUB_REF"]}. There exist one or more cache(s) with similar key but they have different version or scope. See more info on cache matching here: https://docs.github.com/en/actions/using-workflows/caching-dependencies-to-speed-up-workflows#matching-a-cache-key \nOther caches with similar key:`);
				for (const cacheEntry of (cacheListResult === null || cacheListResult === void 0 ? void 0 : cacheListResult.artifactCaches) || []) debug(`Cache Key: ${cacheEntry === null || cacheEntry === void 0 ? void 0 : cacheEntry.cacheKey}, Cache Version: ${cacheEntry === null || cacheEntry === void 0 ? void 0 : cacheEntry.cacheVersion}, Cache Scope: ${cacheEntry === null || cacheEntry === void 0 ? void 0 : cacheEntry.scope}, Cache Created: ${cacheEntry === null || cacheEntry === void 0 ? void 0 : cacheEntry.creationTime}`);
			}
		}
	});
}
function downloadCache(archiveLocation, archivePath, options) {
	return __awaiter$3(this, void 0, void 0, function* () {
		const archiveUrl = new URL$1(archiveLocation);
		const downloadOptions = getDownloadOptions(options);
		if (archiveUrl.hostname.endsWith(".blob.core.windows.net")) {
			if (downloadOptions.useAzureSdk) yield downloadCacheStorageSDK(archiveLocation, archivePath, downloadOptions);
			else if (downloadOptions.concurrentBlobDownloads) yield downloadCacheHttpClientConcurrent(archiveLocation, archivePath, downloadOptions);
			else yield downloadCacheHttpClient(archiveLocation, archivePath);
		} else yield downloadCacheHttpClient(archiveLocation, archivePath);
	});
}
function reserveCache(key, paths, options) {
	return __awaiter$3(this, void 0, void 0, function* () {
		const httpClient = createHttpClient();
		const reserveCacheRequest = {
			key,
			version: getCacheVersion(paths, options === null || options === void 0 ? void 0 : options.compressionMethod, options === null || options === void 0 ? void 0 : options.enableCrossOsArchive),
			cacheSize: options === null || options === void 0 ? void 0 : options.cacheSize
		};
		return yield retryTypedResponse("reserveCache", () => __awaiter$3(this, void 0, void 0, function* () {
			return httpClient.postJson(getCacheApiUrl("caches"), reserveCacheRequest);
		}));
	});
}
function getContentRange(start, end) {
	return `bytes ${start}-${end}/*`;
}
function uploadChunk(httpClient, resourceUrl, openStream, start, end) {
	return __awaiter$3(this, void 0, void 0, function* () {
		debug(`Uploading chunk of size ${end - start + 1} bytes at offset ${start} with content range: ${getContentRange(start, end)}`);
		const additionalHeaders = {
			"Content-Type": "application/octet-stream",
			"Content-Range": getContentRange(start, end)
		};
		const uploadChunkResponse = yield retryHttpClientResponse(`uploadChunk (start: ${start}, end: ${end})`, () => __awaiter$3(this, void 0, void 0, function* () {
			return httpClient.sendStream("PATCH", resourceUrl, openStream(), additionalHeaders);
		}));
		if (!isSuccessStatusCode(uploadChunkResponse.message.statusCode)) throw new Error(`Cache service responded with ${uploadChunkResponse.message.statusCode} during upload chunk.`);
	});
}
function uploadFile(httpClient, cacheId, archivePath, options) {
	return __awaiter$3(this, void 0, void 0, function* () {
		const fileSize = getArchiveFileSizeInBytes(archivePath);
		const resourceUrl = getCacheApiUrl(`caches/${cacheId.toString()}`);
		const fd = fs.openSync(archivePath, "r");
		const uploadOptions = getUploadOptions(options);
		const concurrency = assertDefined("uploadConcurrency", uploadOptions.uploadConcurrency);
		const maxChunkSize = assertDefined("uploadChunkSize", uploadOptions.uploadChunkSize);
		const parallelUploads = [...new Array(concurrency).keys()];
		debug("Awaiting all uploads");
		let offset = 0;
		try {
			yield Promise.all(parallelUploads.map(() => __awaiter$3(this, void 0, void 0, function* () {
				while (offset < fileSize) {
					const chunkSize = Math.min(fileSize - offset, maxChunkSize);
					const start = offset;
					const end = offset + chunkSize - 1;
					offset += maxChunkSize;
					yield uploadChunk(httpClient, resourceUrl, () => fs.createReadStream(archivePath, {
						fd,
						start,
						end,
						autoClose: false
					}).on("error", (error) => {
						throw new Error(`Cache upload failed because file read failed with ${error.message}`);
					}), start, end);
				}
			})));
		} finally {
			fs.closeSync(fd);
		}
	});
}
function commitCache(httpClient, cacheId, filesize) {
	return __awaiter$3(this, void 0, void 0, function* () {
		const commitCacheRequest = { size: filesize };
		return yield retryTypedResponse("commitCache", () => __awaiter$3(this, void 0, void 0, function* () {
			return httpClient.postJson(getCacheApiUrl(`caches/${cacheId.toString()}`), commitCacheRequest);
		}));
	});
}
function saveCache$1(cacheId, archivePath, signedUploadURL, options) {
	return __awaiter$3(this, void 0, void 0, function* () {
		if (getUploadOptions(options).useAzureSdk) {
			if (!signedUploadURL) throw new Error("Azure Storage SDK can only be used when a signed URL is provided.");
			yield uploadCacheArchiveSDK(signedUploadURL, archivePath, options);
		} else {
			const httpClient = createHttpClient();
			debug("Upload cache");
			yield uploadFile(httpClient, cacheId, archivePath, options);
			debug("Commiting cache");
			const cacheSize = getArchiveFileSizeInBytes(archivePath);
			info(`Cache Size: ~${Math.round(cacheSize / 1048576)} MB (${cacheSize} B)`);
			const commitCacheResponse = yield commitCache(httpClient, cacheId, cacheSize);
			if (!isSuccessStatusCode(commitCacheResponse.statusCode)) throw new Error(`Cache service responded with ${commitCacheResponse.statusCode} during commit cache.`);
			info("Cache saved successfully");
		}
	});
}
var __awaiter$3;
function init_cacheHttpClient() {
	return (init_cacheHttpClient = __esmMin((() => {
		init_core();
		init_lib();
		init_auth();
		init_cacheUtils();
		init_uploadUtils();
		init_downloadUtils();
		init_options();
		init_requestUtils();
		init_config();
		init_constants();
		init_user_agent();
		__awaiter$3 = function(thisArg, _arguments, P, generator) {
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
	})))();
}
// node_modules/@actions/cache/lib/generated/results/entities/v1/cachescope.js
var import_commonjs$3, CacheScope$Type, CacheScope;
function init_cachescope() {
	return (init_cachescope = __esmMin((() => {
		import_commonjs$3 = require_commonjs();
		CacheScope$Type = class extends import_commonjs$3.MessageType {
			constructor() {
				super("github.actions.results.entities.v1.CacheScope", [{
					no: 1,
					name: "scope",
					kind: "scalar",
					T: 9
				}, {
					no: 2,
					name: "permission",
					kind: "scalar",
					T: 3
				}]);
			}
			create(value) {
				const message = {
					scope: "",
					permission: "0"
				};
				globalThis.Object.defineProperty(message, import_commonjs$3.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$3.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.scope = reader.string();
							break;
						case 2:
							message.permission = reader.int64().toString();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$3.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.scope !== "") writer.tag(1, import_commonjs$3.WireType.LengthDelimited).string(message.scope);
				if (message.permission !== "0") writer.tag(2, import_commonjs$3.WireType.Varint).int64(message.permission);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$3.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		CacheScope = new CacheScope$Type();
	})))();
}
// node_modules/@actions/cache/lib/generated/results/entities/v1/cachemetadata.js
var import_commonjs$2, CacheMetadata$Type, CacheMetadata;
function init_cachemetadata() {
	return (init_cachemetadata = __esmMin((() => {
		import_commonjs$2 = require_commonjs();
		init_cachescope();
		CacheMetadata$Type = class extends import_commonjs$2.MessageType {
			constructor() {
				super("github.actions.results.entities.v1.CacheMetadata", [{
					no: 1,
					name: "repository_id",
					kind: "scalar",
					T: 3
				}, {
					no: 2,
					name: "scope",
					kind: "message",
					repeat: 1,
					T: () => CacheScope
				}]);
			}
			create(value) {
				const message = {
					repositoryId: "0",
					scope: []
				};
				globalThis.Object.defineProperty(message, import_commonjs$2.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$2.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.repositoryId = reader.int64().toString();
							break;
						case 2:
							message.scope.push(CacheScope.internalBinaryRead(reader, reader.uint32(), options));
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$2.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.repositoryId !== "0") writer.tag(1, import_commonjs$2.WireType.Varint).int64(message.repositoryId);
				for (let i = 0; i < message.scope.length; i++) CacheScope.internalBinaryWrite(message.scope[i], writer.tag(2, import_commonjs$2.WireType.LengthDelimited).fork(), options).join();
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$2.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		CacheMetadata = new CacheMetadata$Type();
	})))();
}
// node_modules/@actions/cache/lib/generated/results/api/v1/cache.js
var import_commonjs, import_commonjs$1, CreateCacheEntryRequest$Type, CreateCacheEntryRequest, CreateCacheEntryResponse$Type, CreateCacheEntryResponse, FinalizeCacheEntryUploadRequest$Type, FinalizeCacheEntryUploadRequest, FinalizeCacheEntryUploadResponse$Type, FinalizeCacheEntryUploadResponse, GetCacheEntryDownloadURLRequest$Type, GetCacheEntryDownloadURLRequest, GetCacheEntryDownloadURLResponse$Type, GetCacheEntryDownloadURLResponse;
function init_cache() {
	return (init_cache = __esmMin((() => {
		import_commonjs = require_commonjs$1();
		import_commonjs$1 = require_commonjs();
		init_cachemetadata();
		CreateCacheEntryRequest$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.CreateCacheEntryRequest", [
					{
						no: 1,
						name: "metadata",
						kind: "message",
						T: () => CacheMetadata
					},
					{
						no: 2,
						name: "key",
						kind: "scalar",
						T: 9
					},
					{
						no: 3,
						name: "version",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					key: "",
					version: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.metadata = CacheMetadata.internalBinaryRead(reader, reader.uint32(), options, message.metadata);
							break;
						case 2:
							message.key = reader.string();
							break;
						case 3:
							message.version = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.metadata) CacheMetadata.internalBinaryWrite(message.metadata, writer.tag(1, import_commonjs$1.WireType.LengthDelimited).fork(), options).join();
				if (message.key !== "") writer.tag(2, import_commonjs$1.WireType.LengthDelimited).string(message.key);
				if (message.version !== "") writer.tag(3, import_commonjs$1.WireType.LengthDelimited).string(message.version);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		CreateCacheEntryRequest = new CreateCacheEntryRequest$Type();
		CreateCacheEntryResponse$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.CreateCacheEntryResponse", [
					{
						no: 1,
						name: "ok",
						kind: "scalar",
						T: 8
					},
					{
						no: 2,
						name: "signed_upload_url",
						kind: "scalar",
						T: 9
					},
					{
						no: 3,
						name: "message",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					ok: false,
					signedUploadUrl: "",
					message: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.ok = reader.bool();
							break;
						case 2:
							message.signedUploadUrl = reader.string();
							break;
						case 3:
							message.message = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.ok !== false) writer.tag(1, import_commonjs$1.WireType.Varint).bool(message.ok);
				if (message.signedUploadUrl !== "") writer.tag(2, import_commonjs$1.WireType.LengthDelimited).string(message.signedUploadUrl);
				if (message.message !== "") writer.tag(3, import_commonjs$1.WireType.LengthDelimited).string(message.message);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		CreateCacheEntryResponse = new CreateCacheEntryResponse$Type();
		FinalizeCacheEntryUploadRequest$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.FinalizeCacheEntryUploadRequest", [
					{
						no: 1,
						name: "metadata",
						kind: "message",
						T: () => CacheMetadata
					},
					{
						no: 2,
						name: "key",
						kind: "scalar",
						T: 9
					},
					{
						no: 3,
						name: "size_bytes",
						kind: "scalar",
						T: 3
					},
					{
						no: 4,
						name: "version",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					key: "",
					sizeBytes: "0",
					version: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.metadata = CacheMetadata.internalBinaryRead(reader, reader.uint32(), options, message.metadata);
							break;
						case 2:
							message.key = reader.string();
							break;
						case 3:
							message.sizeBytes = reader.int64().toString();
							break;
						case 4:
							message.version = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.metadata) CacheMetadata.internalBinaryWrite(message.metadata, writer.tag(1, import_commonjs$1.WireType.LengthDelimited).fork(), options).join();
				if (message.key !== "") writer.tag(2, import_commonjs$1.WireType.LengthDelimited).string(message.key);
				if (message.sizeBytes !== "0") writer.tag(3, import_commonjs$1.WireType.Varint).int64(message.sizeBytes);
				if (message.version !== "") writer.tag(4, import_commonjs$1.WireType.LengthDelimited).string(message.version);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		FinalizeCacheEntryUploadRequest = new FinalizeCacheEntryUploadRequest$Type();
		FinalizeCacheEntryUploadResponse$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.FinalizeCacheEntryUploadResponse", [
					{
						no: 1,
						name: "ok",
						kind: "scalar",
						T: 8
					},
					{
						no: 2,
						name: "entry_id",
						kind: "scalar",
						T: 3
					},
					{
						no: 3,
						name: "message",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					ok: false,
					entryId: "0",
					message: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.ok = reader.bool();
							break;
						case 2:
							message.entryId = reader.int64().toString();
							break;
						case 3:
							message.message = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.ok !== false) writer.tag(1, import_commonjs$1.WireType.Varint).bool(message.ok);
				if (message.entryId !== "0") writer.tag(2, import_commonjs$1.WireType.Varint).int64(message.entryId);
				if (message.message !== "") writer.tag(3, import_commonjs$1.WireType.LengthDelimited).string(message.message);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		FinalizeCacheEntryUploadResponse = new FinalizeCacheEntryUploadResponse$Type();
		GetCacheEntryDownloadURLRequest$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.GetCacheEntryDownloadURLRequest", [
					{
						no: 1,
						name: "metadata",
						kind: "message",
						T: () => CacheMetadata
					},
					{
						no: 2,
						name: "key",
						kind: "scalar",
						T: 9
					},
					{
						no: 3,
						name: "restore_keys",
						kind: "scalar",
						repeat: 2,
						T: 9
					},
					{
						no: 4,
						name: "version",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					key: "",
					restoreKeys: [],
					version: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.metadata = CacheMetadata.internalBinaryRead(reader, reader.uint32(), options, message.metadata);
							break;
						case 2:
							message.key = reader.string();
							break;
						case 3:
							message.restoreKeys.push(reader.string());
							break;
						case 4:
							message.version = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.metadata) CacheMetadata.internalBinaryWrite(message.metadata, writer.tag(1, import_commonjs$1.WireType.LengthDelimited).fork(), options).join();
				if (message.key !== "") writer.tag(2, import_commonjs$1.WireType.LengthDelimited).string(message.key);
				for (let i = 0; i < message.restoreKeys.length; i++) writer.tag(3, import_commonjs$1.WireType.LengthDelimited).string(message.restoreKeys[i]);
				if (message.version !== "") writer.tag(4, import_commonjs$1.WireType.LengthDelimited).string(message.version);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		GetCacheEntryDownloadURLRequest = new GetCacheEntryDownloadURLRequest$Type();
		GetCacheEntryDownloadURLResponse$Type = class extends import_commonjs$1.MessageType {
			constructor() {
				super("github.actions.results.api.v1.GetCacheEntryDownloadURLResponse", [
					{
						no: 1,
						name: "ok",
						kind: "scalar",
						T: 8
					},
					{
						no: 2,
						name: "signed_download_url",
						kind: "scalar",
						T: 9
					},
					{
						no: 3,
						name: "matched_key",
						kind: "scalar",
						T: 9
					}
				]);
			}
			create(value) {
				const message = {
					ok: false,
					signedDownloadUrl: "",
					matchedKey: ""
				};
				globalThis.Object.defineProperty(message, import_commonjs$1.MESSAGE_TYPE, {
					enumerable: false,
					value: this
				});
				if (value !== void 0) (0, import_commonjs$1.reflectionMergePartial)(this, message, value);
				return message;
			}
			internalBinaryRead(reader, length, options, target) {
				let message = target !== null && target !== void 0 ? target : this.create(), end = reader.pos + length;
				while (reader.pos < end) {
					let [fieldNo, wireType] = reader.tag();
					switch (fieldNo) {
						case 1:
							message.ok = reader.bool();
							break;
						case 2:
							message.signedDownloadUrl = reader.string();
							break;
						case 3:
							message.matchedKey = reader.string();
							break;
						default:
							let u = options.readUnknownField;
							if (u === "throw") throw new globalThis.Error(`Unknown field ${fieldNo} (wire type ${wireType}) for ${this.typeName}`);
							let d = reader.skip(wireType);
							if (u !== false) (u === true ? import_commonjs$1.UnknownFieldHandler.onRead : u)(this.typeName, message, fieldNo, wireType, d);
					}
				}
				return message;
			}
			internalBinaryWrite(message, writer, options) {
				if (message.ok !== false) writer.tag(1, import_commonjs$1.WireType.Varint).bool(message.ok);
				if (message.signedDownloadUrl !== "") writer.tag(2, import_commonjs$1.WireType.LengthDelimited).string(message.signedDownloadUrl);
				if (message.matchedKey !== "") writer.tag(3, import_commonjs$1.WireType.LengthDelimited).string(message.matchedKey);
				let u = options.writeUnknownFields;
				if (u !== false) (u == true ? import_commonjs$1.UnknownFieldHandler.onWrite : u)(this.typeName, message, writer);
				return writer;
			}
		};
		GetCacheEntryDownloadURLResponse = new GetCacheEntryDownloadURLResponse$Type();
		new import_commonjs.ServiceType("github.actions.results.api.v1.CacheService", [
			{
				name: "CreateCacheEntry",
				options: {},
				I: CreateCacheEntryRequest,
				O: CreateCacheEntryResponse
			},
			{
				name: "FinalizeCacheEntryUpload",
				options: {},
				I: FinalizeCacheEntryUploadRequest,
				O: FinalizeCacheEntryUploadResponse
			},
			{
				name: "GetCacheEntryDownloadURL",
				options: {},
				I: GetCacheEntryDownloadURLRequest,
				O: GetCacheEntryDownloadURLResponse
			}
		]);
	})))();
}
// node_modules/@actions/cache/lib/generated/results/api/v1/cache.twirp-client.js
var CacheServiceClientJSON;
function init_cache_twirp_client() {
	return (init_cache_twirp_client = __esmMin((() => {
		init_cache();
		CacheServiceClientJSON = class {
			constructor(rpc) {
				this.rpc = rpc;
				this.CreateCacheEntry.bind(this);
				this.FinalizeCacheEntryUpload.bind(this);
				this.GetCacheEntryDownloadURL.bind(this);
			}
			CreateCacheEntry(request) {
				const data = CreateCacheEntryRequest.toJson(request, {
					useProtoFieldName: true,
					emitDefaultValues: false
				});
				return this.rpc.request("github.actions.results.api.v1.CacheService", "CreateCacheEntry", "application/json", data).then((data) => CreateCacheEntryResponse.fromJson(data, { ignoreUnknownFields: true }));
			}
			FinalizeCacheEntryUpload(request) {
				const data = FinalizeCacheEntryUploadRequest.toJson(request, {
					useProtoFieldName: true,
					emitDefaultValues: false
				});
				return this.rpc.request("github.actions.results.api.v1.CacheService", "FinalizeCacheEntryUpload", "application/json", data).then((data) => FinalizeCacheEntryUploadResponse.fromJson(data, { ignoreUnknownFields: true }));
			}
			GetCacheEntryDownloadURL(request) {
				const data = GetCacheEntryDownloadURLRequest.toJson(request, {
					useProtoFieldName: true,
					emitDefaultValues: false
				});
				return this.rpc.request("github.actions.results.api.v1.CacheService", "GetCacheEntryDownloadURL", "application/json", data).then((data) => GetCacheEntryDownloadURLResponse.fromJson(data, { ignoreUnknownFields: true }));
			}
		};
	})))();
}
// node_modules/@actions/cache/lib/internal/shared/util.js
/**
* Masks the `sig` parameter in a URL and sets it as a secret.
*
* @param url - The URL containing the signature parameter to mask
* @remarks
* This function attempts to parse the provided URL and identify the 'sig' query parameter.
* If found, it registers both the raw and URL-encoded signature values as secrets using
* the Actions `setSecret` API, which prevents them from being displayed in logs.
*
* The function handles errors gracefully if URL parsing fails, logging them as debug messages.
*
* @example
* ```typescript
* // Mask a signature in an Azure SAS token URL
* maskSigUrl('https://example.blob.core.windows.net/container/file.txt?sig=abc123&se=2023-01-01');
* ```
*/
function maskSigUrl(url) {
	if (!url) return;
	try {
		const signature = new URL(url).searchParams.get("sig");
		if (signature) {
			setSecret(signature);
			setSecret(encodeURIComponent(signature));
		}
	} catch (error) {
		debug(`Failed to parse URL: ${url} ${error instanceof Error ? error.message : String(error)}`);
	}
}
/**
* Masks sensitive information in URLs containing signature parameters.
* Currently supports masking 'sig' parameters in the 'signed_upload_url'
* and 'signed_download_url' properties of the provided object.
*
* @param body - The object should contain a signature
* @remarks
* This function extracts URLs from the object properties and calls maskSigUrl
* on each one to redact sensitive signature information. The function doesn't
* modify the original object; it only marks the signatures as secrets for
* logging purposes.
*
* @example
* ```typescript
* const responseBody = {
*   signed_upload_url: 'https://blob.core.windows.net/?sig=abc123',
*   signed_download_url: 'https://blob.core/windows.net/?sig=def456'
* };
* maskSecretUrls(responseBody);
* ```
*/
function maskSecretUrls(body) {
	if (typeof body !== "object" || body === null) {
		debug("body is not an object or is null");
		return;
	}
	if ("signed_upload_url" in body && typeof body.signed_upload_url === "string") maskSigUrl(body.signed_upload_url);
	if ("signed_download_url" in body && typeof body.signed_download_url === "string") maskSigUrl(body.signed_download_url);
}
function init_util() {
	return (init_util = __esmMin((() => {
		init_core();
	})))();
}
// node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js
function internalCacheTwirpClient(options) {
	const client = new CacheServiceClient(getUserAgentString(), options === null || options === void 0 ? void 0 : options.maxAttempts, options === null || options === void 0 ? void 0 : options.retryIntervalMs, options === null || options === void 0 ? void 0 : options.retryMultiplier);
	return new CacheServiceClientJSON(client);
}
var __awaiter$2, CacheServiceClient;
function init_cacheTwirpClient() {
	return (init_cacheTwirpClient = __esmMin((() => {
		init_core();
		init_user_agent();
		init_errors();
		init_config();
		init_cacheUtils();
		init_auth();
		init_lib();
		init_cache_twirp_client();
		init_util();
		__awaiter$2 = function(thisArg, _arguments, P, generator) {
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
		CacheServiceClient = class {
			constructor(userAgent, maxAttempts, baseRetryIntervalMilliseconds, retryMultiplier) {
				this.maxAttempts = 5;
				this.baseRetryIntervalMilliseconds = 3e3;
				this.retryMultiplier = 1.5;
				const token = getRuntimeToken();
				this.baseUrl = getCacheServiceURL();
				if (maxAttempts) this.maxAttempts = maxAttempts;
				if (baseRetryIntervalMilliseconds) this.baseRetryIntervalMilliseconds = baseRetryIntervalMilliseconds;
				if (retryMultiplier) this.retryMultiplier = retryMultiplier;
				this.httpClient = new HttpClient(userAgent, [new BearerCredentialHandler(token)]);
			}
			request(service, method, contentType, data) {
				return __awaiter$2(this, void 0, void 0, function* () {
					const url = new URL(`/twirp/${service}/${method}`, this.baseUrl).href;
					debug(`[Request] ${method} ${url}`);
					const headers = { "Content-Type": contentType };
					try {
						const { body } = yield this.retryableRequest(() => __awaiter$2(this, void 0, void 0, function* () {
							return this.httpClient.post(url, JSON.stringify(data), headers);
						}));
						return body;
					} catch (error) {
						throw new Error(`Failed to ${method}: ${error.message}`);
					}
				});
			}
			retryableRequest(operation) {
				return __awaiter$2(this, void 0, void 0, function* () {
					let attempt = 0;
					let errorMessage = "";
					let rawBody = "";
					while (attempt < this.maxAttempts) {
						let isRetryable = false;
						try {
							const response = yield operation();
							const statusCode = response.message.statusCode;
							rawBody = yield response.readBody();
							debug(`[Response] - ${response.message.statusCode}`);
							debug(`Headers: ${JSON.stringify(response.message.headers, null, 2)}`);
							const body = JSON.parse(rawBody);
							maskSecretUrls(body);
							debug(`Body: ${JSON.stringify(body, null, 2)}`);
							if (this.isSuccessStatusCode(statusCode)) return {
								response,
								body
							};
							isRetryable = this.isRetryableHttpStatusCode(statusCode);
							errorMessage = `Failed request: (${statusCode}) ${response.message.statusMessage}`;
							if (body.msg) {
								if (UsageError.isUsageErrorMessage(body.msg)) throw new UsageError();
								errorMessage = `${errorMessage}: ${body.msg}`;
							}
							if (statusCode === HttpCodes.TooManyRequests) {
								const retryAfterHeader = response.message.headers["retry-after"];
								if (retryAfterHeader) {
									const parsedSeconds = parseInt(retryAfterHeader, 10);
									if (!isNaN(parsedSeconds) && parsedSeconds > 0) warning(`You've hit a rate limit, your rate limit will reset in ${parsedSeconds} seconds`);
								}
								throw new RateLimitError(`Rate limited: ${errorMessage}`);
							}
						} catch (error) {
							if (error instanceof SyntaxError) debug(`Raw Body: ${rawBody}`);
							if (error instanceof UsageError) throw error;
							if (error instanceof RateLimitError) throw error;
							if (NetworkError.isNetworkErrorCode(error === null || error === void 0 ? void 0 : error.code)) throw new NetworkError(error === null || error === void 0 ? void 0 : error.code);
							isRetryable = true;
							errorMessage = error.message;
						}
						if (!isRetryable) throw new Error(`Received non-retryable error: ${errorMessage}`);
						if (attempt + 1 === this.maxAttempts) throw new Error(`Failed to make request after ${this.maxAttempts} attempts: ${errorMessage}`);
						const retryTimeMilliseconds = this.getExponentialRetryTimeMilliseconds(attempt);
						info(`Attempt ${attempt + 1} of ${this.maxAttempts} failed with error: ${errorMessage}. Retrying request in ${retryTimeMilliseconds} ms...`);
						yield this.sleep(retryTimeMilliseconds);
						attempt++;
					}
					throw new Error(`Request failed`);
				});
			}
			isSuccessStatusCode(statusCode) {
				if (!statusCode) return false;
				return statusCode >= 200 && statusCode < 300;
			}
			isRetryableHttpStatusCode(statusCode) {
				if (!statusCode) return false;
				return [
					HttpCodes.BadGateway,
					HttpCodes.GatewayTimeout,
					HttpCodes.InternalServerError,
					HttpCodes.ServiceUnavailable
				].includes(statusCode);
			}
			sleep(milliseconds) {
				return __awaiter$2(this, void 0, void 0, function* () {
					return new Promise((resolve) => setTimeout(resolve, milliseconds));
				});
			}
			getExponentialRetryTimeMilliseconds(attempt) {
				if (attempt < 0) throw new Error("attempt should be a positive integer");
				if (attempt === 0) return this.baseRetryIntervalMilliseconds;
				const minTime = this.baseRetryIntervalMilliseconds * Math.pow(this.retryMultiplier, attempt);
				const maxTime = minTime * this.retryMultiplier;
				return Math.trunc(Math.random() * (maxTime - minTime) + minTime);
			}
		};
	})))();
}
// node_modules/@actions/cache/lib/internal/tar.js
function getTarPath() {
	return __awaiter$1(this, void 0, void 0, function* () {
		switch (process.platform) {
			case "win32": {
				const gnuTar = yield getGnuTarPathOnWindows();
				const systemTar = SystemTarPathOnWindows;
				if (gnuTar) return {
					path: gnuTar,
					type: ArchiveToolType.GNU
				};
				else if (existsSync(systemTar)) return {
					path: systemTar,
					type: ArchiveToolType.BSD
				};
				break;
			}
			case "darwin": {
				const gnuTar = yield which("gtar", false);
				if (gnuTar) return {
					path: gnuTar,
					type: ArchiveToolType.GNU
				};
				else return {
					path: yield which("tar", true),
					type: ArchiveToolType.BSD
				};
			}
		}
		return {
			path: yield which("tar", true),
			type: ArchiveToolType.GNU
		};
	});
}
function getTarArgs(tarPath_1, compressionMethod_1, type_1) {
	return __awaiter$1(this, arguments, void 0, function* (tarPath, compressionMethod, type, archivePath = "") {
		const args = [`"${tarPath.path}"`];
		const cacheFileName = getCacheFileName(compressionMethod);
		const tarFile = "cache.tar";
		const workingDirectory = getWorkingDirectory();
		const BSD_TAR_ZSTD = tarPath.type === ArchiveToolType.BSD && compressionMethod !== CompressionMethod.Gzip && IS_WINDOWS;
		switch (type) {
			case "create":
				args.push("--posix", "-cf", BSD_TAR_ZSTD ? tarFile : cacheFileName.replace(new RegExp(`\\${path.sep}`, "g"), "/"), "--exclude", BSD_TAR_ZSTD ? tarFile : cacheFileName.replace(new RegExp(`\\${path.sep}`, "g"), "/"), "-P", "-C", workingDirectory.replace(new RegExp(`\\${path.sep}`, "g"), "/"), "--files-from", ManifestFilename);
				break;
			case "extract":
				args.push("-xf", BSD_TAR_ZSTD ? tarFile : archivePath.replace(new RegExp(`\\${path.sep}`, "g"), "/"), "-P", "-C", BSD_TAR_ZSTD ? quoteAbsolutePath(workingDirectory) : workingDirectory.replace(new RegExp(`\\${path.sep}`, "g"), "/"));
				break;
			case "list": args.push("-tf", BSD_TAR_ZSTD ? tarFile : archivePath.replace(new RegExp(`\\${path.sep}`, "g"), "/"), "-P");
		}
		if (tarPath.type === ArchiveToolType.GNU) switch (process.platform) {
			case "win32":
				args.push("--force-local");
				break;
			case "darwin": args.push("--delay-directory-restore");
		}
		return args;
	});
}
function getCommands(compressionMethod_1, type_1) {
	return __awaiter$1(this, arguments, void 0, function* (compressionMethod, type, archivePath = "") {
		let args;
		const tarPath = yield getTarPath();
		const tarArgs = yield getTarArgs(tarPath, compressionMethod, type, archivePath);
		const compressionArgs = type !== "create" ? yield getDecompressionProgram(tarPath, compressionMethod, archivePath) : yield getCompressionProgram(tarPath, compressionMethod);
		const BSD_TAR_ZSTD = tarPath.type === ArchiveToolType.BSD && compressionMethod !== CompressionMethod.Gzip && IS_WINDOWS;
		if (BSD_TAR_ZSTD && type !== "create") args = [[...compressionArgs].join(" "), [...tarArgs].join(" ")];
		else args = [[...tarArgs].join(" "), [...compressionArgs].join(" ")];
		return {
			commands: BSD_TAR_ZSTD ? args : [args.join(" ")],
			requiresTempDirectory: BSD_TAR_ZSTD && type !== "create"
		};
	});
}
function getWorkingDirectory() {
	var _a;
	return (_a = process.env["GITHUB_WORKSPACE"]) !== null && _a !== void 0 ? _a : process.cwd();
}
function quoteAbsolutePath(filePath) {
	return `"${path.resolve(filePath).replace(new RegExp(`\\${path.sep}`, "g"), "/")}"`;
}
function getDecompressionProgram(tarPath, compressionMethod, archivePath) {
	return __awaiter$1(this, void 0, void 0, function* () {
		const BSD_TAR_ZSTD = tarPath.type === ArchiveToolType.BSD && compressionMethod !== CompressionMethod.Gzip && IS_WINDOWS;
		switch (compressionMethod) {
			case CompressionMethod.Zstd: return BSD_TAR_ZSTD ? [
				"zstd -d --long=30 --force -o",
				TarFilename,
				quoteAbsolutePath(archivePath)
			] : ["--use-compress-program", IS_WINDOWS ? "\"zstd -d --long=30\"" : "unzstd --long=30"];
			case CompressionMethod.ZstdWithoutLong: return BSD_TAR_ZSTD ? [
				"zstd -d --force -o",
				TarFilename,
				quoteAbsolutePath(archivePath)
			] : ["--use-compress-program", IS_WINDOWS ? "\"zstd -d\"" : "unzstd"];
			default: return ["-z"];
		}
	});
}
function getCompressionProgram(tarPath, compressionMethod) {
	return __awaiter$1(this, void 0, void 0, function* () {
		const cacheFileName = getCacheFileName(compressionMethod);
		const BSD_TAR_ZSTD = tarPath.type === ArchiveToolType.BSD && compressionMethod !== CompressionMethod.Gzip && IS_WINDOWS;
		switch (compressionMethod) {
			case CompressionMethod.Zstd: return BSD_TAR_ZSTD ? [
				"zstd -T0 --long=30 --force -o",
				cacheFileName.replace(new RegExp(`\\${path.sep}`, "g"), "/"),
				TarFilename
			] : ["--use-compress-program", IS_WINDOWS ? "\"zstd -T0 --long=30\"" : "zstdmt --long=30"];
			case CompressionMethod.ZstdWithoutLong: return BSD_TAR_ZSTD ? [
				"zstd -T0 --force -o",
				cacheFileName.replace(new RegExp(`\\${path.sep}`, "g"), "/"),
				TarFilename
			] : ["--use-compress-program", IS_WINDOWS ? "\"zstd -T0\"" : "zstdmt"];
			default: return ["-z"];
		}
	});
}
function execCommands(commands, cwd) {
	return __awaiter$1(this, void 0, void 0, function* () {
		for (const command of commands) try {
			yield exec(command, void 0, {
				cwd,
				env: Object.assign(Object.assign({}, process.env), { MSYS: "winsymlinks:nativestrict" })
			});
		} catch (error) {
			throw new Error(`${command.split(" ")[0]} failed with error: ${error === null || error === void 0 ? void 0 : error.message}`);
		}
	});
}
function execReadCommands(archivePath, compressionMethod, type) {
	return __awaiter$1(this, void 0, void 0, function* () {
		const { commands, requiresTempDirectory } = yield getCommands(compressionMethod, type, archivePath);
		const tempDirectory = requiresTempDirectory ? yield createTempDirectory() : void 0;
		try {
			yield execCommands(commands, tempDirectory);
		} finally {
			if (tempDirectory) try {
				yield rmRF(tempDirectory);
			} catch (error) {
				debug(`Failed to delete temporary tar directory: ${error}`);
			}
		}
	});
}
function listTar(archivePath, compressionMethod) {
	return __awaiter$1(this, void 0, void 0, function* () {
		yield execReadCommands(archivePath, compressionMethod, "list");
	});
}
function extractTar(archivePath, compressionMethod) {
	return __awaiter$1(this, void 0, void 0, function* () {
		const workingDirectory = getWorkingDirectory();
		yield mkdirP(workingDirectory);
		yield execReadCommands(archivePath, compressionMethod, "extract");
	});
}
function createTar(archiveFolder, sourceDirectories, compressionMethod) {
	return __awaiter$1(this, void 0, void 0, function* () {
		writeFileSync(path.join(archiveFolder, ManifestFilename), sourceDirectories.join("\n"));
		const { commands } = yield getCommands(compressionMethod, "create");
		yield execCommands(commands, archiveFolder);
	});
}
var __awaiter$1, IS_WINDOWS;
function init_tar() {
	return (init_tar = __esmMin((() => {
		init_core();
		init_exec();
		init_io();
		init_cacheUtils();
		init_constants();
		__awaiter$1 = function(thisArg, _arguments, P, generator) {
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
		IS_WINDOWS = process.platform === "win32";
	})))();
}
// node_modules/@actions/cache/lib/cache.js
function checkPaths(paths) {
	if (!paths || paths.length === 0) throw new ValidationError(`Path Validation Error: At least one directory or file path is required`);
}
function checkKey(key) {
	if (key.length > 512) throw new ValidationError(`Key Validation Error: ${key} cannot be larger than 512 characters.`);
	if (!/^[^,]*$/.test(key)) throw new ValidationError(`Key Validation Error: ${key} cannot contain commas.`);
}
/**
* isFeatureAvailable to check the presence of Actions cache service
*
* @returns boolean return true if Actions cache service feature is available, otherwise false
*/
function isFeatureAvailable() {
	switch (getCacheServiceVersion()) {
		case "v2": return !!process.env["ACTIONS_RESULTS_URL"];
		default: return !!process.env["ACTIONS_CACHE_URL"];
	}
}
/**
* Restores cache from keys
*
* @param paths a list of file paths to restore from the cache
* @param primaryKey an explicit key for restoring the cache. Lookup is done with prefix matching.
* @param restoreKeys an optional ordered list of keys to use for restoring the cache if no cache hit occurred for primaryKey
* @param downloadOptions cache download options
* @param enableCrossOsArchive an optional boolean enabled to restore on windows any cache created on any platform
* @returns string returns the key for the cache hit, otherwise returns undefined
*/
function restoreCache(paths_1, primaryKey_1, restoreKeys_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, primaryKey, restoreKeys, options, enableCrossOsArchive = false) {
		const cacheServiceVersion = getCacheServiceVersion();
		debug(`Cache service version: ${cacheServiceVersion}`);
		checkPaths(paths);
		const cacheMode = getCacheMode();
		if (!isCacheReadable(cacheMode)) {
			info(`Cache restore skipped: the effective cache-mode '${cacheMode}' does not permit reads.`);
			debug(`Skipped restore for paths [${paths.join(", ")}] with primary key '${primaryKey}'.`);
			return;
		}
		switch (cacheServiceVersion) {
			case "v2": return yield restoreCacheV2(paths, primaryKey, restoreKeys, options, enableCrossOsArchive);
			default: return yield restoreCacheV1(paths, primaryKey, restoreKeys, options, enableCrossOsArchive);
		}
	});
}
/**
* Restores cache using the legacy Cache Service
*
* @param paths a list of file paths to restore from the cache
* @param primaryKey an explicit key for restoring the cache. Lookup is done with prefix matching.
* @param restoreKeys an optional ordered list of keys to use for restoring the cache if no cache hit occurred for primaryKey
* @param options cache download options
* @param enableCrossOsArchive an optional boolean enabled to restore on Windows any cache created on any platform
* @returns string returns the key for the cache hit, otherwise returns undefined
*/
function restoreCacheV1(paths_1, primaryKey_1, restoreKeys_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, primaryKey, restoreKeys, options, enableCrossOsArchive = false) {
		var _a;
		restoreKeys = restoreKeys || [];
		const keys = [primaryKey, ...restoreKeys];
		debug("Resolved Keys:");
		debug(JSON.stringify(keys));
		if (keys.length > 10) throw new ValidationError(`Key Validation Error: Keys are limited to a maximum of 10.`);
		for (const key of keys) checkKey(key);
		const compressionMethod = yield getCompressionMethod();
		let archivePath = "";
		try {
			let cacheEntry;
			try {
				cacheEntry = yield getCacheEntry(keys, paths, {
					compressionMethod,
					enableCrossOsArchive
				});
			} catch (error) {
				const errorMessage = (_a = error === null || error === void 0 ? void 0 : error.message) !== null && _a !== void 0 ? _a : "";
				if (errorMessage.includes(CACHE_READ_DENIED_PREFIX)) throw new CacheReadDeniedError(errorMessage);
				throw error;
			}
			if (!(cacheEntry === null || cacheEntry === void 0 ? void 0 : cacheEntry.archiveLocation)) return;
			if (options === null || options === void 0 ? void 0 : options.lookupOnly) {
				info("Lookup only - skipping download");
				return cacheEntry.cacheKey;
			}
			archivePath = path.join(yield createTempDirectory(), getCacheFileName(compressionMethod));
			debug(`Archive Path: ${archivePath}`);
			yield downloadCache(cacheEntry.archiveLocation, archivePath, options);
			if (isDebug()) yield listTar(archivePath, compressionMethod);
			const archiveFileSize = getArchiveFileSizeInBytes(archivePath);
			info(`Cache Size: ~${Math.round(archiveFileSize / 1048576)} MB (${archiveFileSize} B)`);
			yield extractTar(archivePath, compressionMethod);
			info("Cache restored successfully");
			return cacheEntry.cacheKey;
		} catch (error$1) {
			const typedError = error$1;
			if (typedError.name === ValidationError.name) throw error$1;
			else if (typedError instanceof HttpClientError && typeof typedError.statusCode === "number" && typedError.statusCode >= 500) error(`Failed to restore: ${error$1.message}`);
			else warning(`Failed to restore: ${error$1.message}`);
		} finally {
			try {
				yield unlinkFile(archivePath);
			} catch (error) {
				debug(`Failed to delete archive: ${error}`);
			}
		}
	});
}
/**
* Restores cache using Cache Service v2
*
* @param paths a list of file paths to restore from the cache
* @param primaryKey an explicit key for restoring the cache. Lookup is done with prefix matching
* @param restoreKeys an optional ordered list of keys to use for restoring the cache if no cache hit occurred for primaryKey
* @param downloadOptions cache download options
* @param enableCrossOsArchive an optional boolean enabled to restore on windows any cache created on any platform
* @returns string returns the key for the cache hit, otherwise returns undefined
*/
function restoreCacheV2(paths_1, primaryKey_1, restoreKeys_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, primaryKey, restoreKeys, options, enableCrossOsArchive = false) {
		var _a;
		options = Object.assign(Object.assign({}, options), { useAzureSdk: true });
		restoreKeys = restoreKeys || [];
		const keys = [primaryKey, ...restoreKeys];
		debug("Resolved Keys:");
		debug(JSON.stringify(keys));
		if (keys.length > 10) throw new ValidationError(`Key Validation Error: Keys are limited to a maximum of 10.`);
		for (const key of keys) checkKey(key);
		let archivePath = "";
		try {
			const twirpClient = internalCacheTwirpClient();
			const compressionMethod = yield getCompressionMethod();
			const request = {
				key: primaryKey,
				restoreKeys,
				version: getCacheVersion(paths, compressionMethod, enableCrossOsArchive)
			};
			let response;
			try {
				response = yield twirpClient.GetCacheEntryDownloadURL(request);
			} catch (error) {
				const errorMessage = (_a = error === null || error === void 0 ? void 0 : error.message) !== null && _a !== void 0 ? _a : "";
				if (errorMessage.includes(CACHE_READ_DENIED_PREFIX)) throw new CacheReadDeniedError(errorMessage);
				throw error;
			}
			if (!response.ok) {
				debug(`Cache not found for version ${request.version} of keys: ${keys.join(", ")}`);
				return;
			}
			if (request.key !== response.matchedKey) info(`Cache hit for restore-key: ${response.matchedKey}`);
			else info(`Cache hit for: ${response.matchedKey}`);
			if (options === null || options === void 0 ? void 0 : options.lookupOnly) {
				info("Lookup only - skipping download");
				return response.matchedKey;
			}
			archivePath = path.join(yield createTempDirectory(), getCacheFileName(compressionMethod));
			debug(`Archive path: ${archivePath}`);
			debug(`Starting download of archive to: ${archivePath}`);
			yield downloadCache(response.signedDownloadUrl, archivePath, options);
			const archiveFileSize = getArchiveFileSizeInBytes(archivePath);
			info(`Cache Size: ~${Math.round(archiveFileSize / 1048576)} MB (${archiveFileSize} B)`);
			if (isDebug()) yield listTar(archivePath, compressionMethod);
			yield extractTar(archivePath, compressionMethod);
			info("Cache restored successfully");
			return response.matchedKey;
		} catch (error$4) {
			const typedError = error$4;
			if (typedError.name === ValidationError.name) throw error$4;
			else if (typedError instanceof HttpClientError && typeof typedError.statusCode === "number" && typedError.statusCode >= 500) error(`Failed to restore: ${error$4.message}`);
			else warning(`Failed to restore: ${error$4.message}`);
		} finally {
			try {
				if (archivePath) yield unlinkFile(archivePath);
			} catch (error) {
				debug(`Failed to delete archive: ${error}`);
			}
		}
	});
}
/**
* Saves a list of files with the specified key
*
* @param paths a list of file paths to be cached
* @param key an explicit key for restoring the cache
* @param enableCrossOsArchive an optional boolean enabled to save cache on windows which could be restored on any platform
* @param options cache upload options
* @returns number returns cacheId if the cache was saved successfully and throws an error if save fails
*/
function saveCache(paths_1, key_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, key, options, enableCrossOsArchive = false) {
		const cacheServiceVersion = getCacheServiceVersion();
		debug(`Cache service version: ${cacheServiceVersion}`);
		checkPaths(paths);
		checkKey(key);
		const cacheMode = getCacheMode();
		if (!isCacheWritable(cacheMode)) {
			info(`Cache save skipped: the effective cache-mode '${cacheMode}' does not permit writes.`);
			debug(`Skipped save for paths [${paths.join(", ")}] with key '${key}'.`);
			return -1;
		}
		switch (cacheServiceVersion) {
			case "v2": return yield saveCacheV2(paths, key, options, enableCrossOsArchive);
			default: return yield saveCacheV1(paths, key, options, enableCrossOsArchive);
		}
	});
}
/**
* Save cache using the legacy Cache Service
*
* @param paths
* @param key
* @param options
* @param enableCrossOsArchive
* @returns
*/
function saveCacheV1(paths_1, key_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, key, options, enableCrossOsArchive = false) {
		var _a, _b, _c, _d, _e, _f;
		const compressionMethod = yield getCompressionMethod();
		let cacheId = -1;
		const cachePaths = yield resolvePaths(paths);
		debug("Cache Paths:");
		debug(`${JSON.stringify(cachePaths)}`);
		if (cachePaths.length === 0) throw new Error(`Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.`);
		const archiveFolder = yield createTempDirectory();
		const archivePath = path.join(archiveFolder, getCacheFileName(compressionMethod));
		debug(`Archive Path: ${archivePath}`);
		try {
			yield createTar(archiveFolder, cachePaths, compressionMethod);
			if (isDebug()) yield listTar(archivePath, compressionMethod);
			const fileSizeLimit = 10737418240;
			const archiveFileSize = getArchiveFileSizeInBytes(archivePath);
			debug(`File Size: ${archiveFileSize}`);
			if (archiveFileSize > fileSizeLimit && !isGhes()) throw new Error(`Cache size of ~${Math.round(archiveFileSize / 1048576)} MB (${archiveFileSize} B) is over the 10GB limit, not saving cache.`);
			debug("Reserving Cache");
			const reserveCacheResponse = yield reserveCache(key, paths, {
				compressionMethod,
				enableCrossOsArchive,
				cacheSize: archiveFileSize
			});
			if ((_a = reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.result) === null || _a === void 0 ? void 0 : _a.cacheId) cacheId = (_b = reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.result) === null || _b === void 0 ? void 0 : _b.cacheId;
			else if ((reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.statusCode) === 400) throw new Error((_d = (_c = reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.error) === null || _c === void 0 ? void 0 : _c.message) !== null && _d !== void 0 ? _d : `Cache size of ~${Math.round(archiveFileSize / 1048576)} MB (${archiveFileSize} B) is over the data cap limit, not saving cache.`);
			else {
				const detailMessage = (_e = reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.error) === null || _e === void 0 ? void 0 : _e.message;
				if (detailMessage === null || detailMessage === void 0 ? void 0 : detailMessage.startsWith("cache write denied:")) throw new CacheWriteDeniedError(`Unable to reserve cache with key ${key}. More details: ${detailMessage}`);
				throw new ReserveCacheError(`Unable to reserve cache with key ${key}, another job may be creating this cache. More details: ${(_f = reserveCacheResponse === null || reserveCacheResponse === void 0 ? void 0 : reserveCacheResponse.error) === null || _f === void 0 ? void 0 : _f.message}`);
			}
			debug(`Saving Cache (ID: ${cacheId})`);
			yield saveCache$1(cacheId, archivePath, "", options);
		} catch (error$3) {
			const typedError = error$3;
			if (typedError.name === ValidationError.name) throw error$3;
			else if (typedError.name === ReserveCacheError.name) info(`Failed to save: ${typedError.message}`);
			else if (typedError instanceof HttpClientError && typeof typedError.statusCode === "number" && typedError.statusCode >= 500) error(`Failed to save: ${typedError.message}`);
			else warning(`Failed to save: ${typedError.message}`);
		} finally {
			try {
				yield unlinkFile(archivePath);
			} catch (error) {
				debug(`Failed to delete archive: ${error}`);
			}
		}
		return cacheId;
	});
}
/**
* Save cache using Cache Service v2
*
* @param paths a list of file paths to restore from the cache
* @param key an explicit key for restoring the cache
* @param options cache upload options
* @param enableCrossOsArchive an optional boolean enabled to save cache on windows which could be restored on any platform
* @returns
*/
function saveCacheV2(paths_1, key_1, options_1) {
	return __awaiter(this, arguments, void 0, function* (paths, key, options, enableCrossOsArchive = false) {
		var _a;
		options = Object.assign(Object.assign({}, options), {
			uploadChunkSize: 67108864,
			uploadConcurrency: 8,
			useAzureSdk: true
		});
		const compressionMethod = yield getCompressionMethod();
		const twirpClient = internalCacheTwirpClient();
		let cacheId = -1;
		const cachePaths = yield resolvePaths(paths);
		debug("Cache Paths:");
		debug(`${JSON.stringify(cachePaths)}`);
		if (cachePaths.length === 0) throw new Error(`Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.`);
		const archiveFolder = yield createTempDirectory();
		const archivePath = path.join(archiveFolder, getCacheFileName(compressionMethod));
		debug(`Archive Path: ${archivePath}`);
		try {
			yield createTar(archiveFolder, cachePaths, compressionMethod);
			if (isDebug()) yield listTar(archivePath, compressionMethod);
			const archiveFileSize = getArchiveFileSizeInBytes(archivePath);
			debug(`File Size: ${archiveFileSize}`);
			options.archiveSizeBytes = archiveFileSize;
			debug("Reserving Cache");
			const version = getCacheVersion(paths, compressionMethod, enableCrossOsArchive);
			const request = {
				key,
				version
			};
			let signedUploadUrl;
			try {
				const response = yield twirpClient.CreateCacheEntry(request);
				if (!response.ok) {
					if (response.message && !response.message.startsWith("cache write denied:")) warning(`Cache reservation failed: ${response.message}`);
					throw new Error(response.message || "Response was not ok");
				}
				signedUploadUrl = response.signedUploadUrl;
			} catch (error) {
				debug(`Failed to reserve cache: ${error}`);
				const errorMessage = (_a = error === null || error === void 0 ? void 0 : error.message) !== null && _a !== void 0 ? _a : "";
				if (errorMessage.startsWith("cache write denied:")) throw new CacheWriteDeniedError(`Unable to reserve cache with key ${key}. More details: ${errorMessage}`);
				throw new ReserveCacheError(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
			}
			debug(`Attempting to upload cache located at: ${archivePath}`);
			yield saveCache$1(cacheId, archivePath, signedUploadUrl, options);
			const finalizeRequest = {
				key,
				version,
				sizeBytes: `${archiveFileSize}`
			};
			const finalizeResponse = yield twirpClient.FinalizeCacheEntryUpload(finalizeRequest);
			debug(`FinalizeCacheEntryUploadResponse: ${finalizeResponse.ok}`);
			if (!finalizeResponse.ok) {
				if (finalizeResponse.message) throw new FinalizeCacheError(finalizeResponse.message);
				throw new Error(`Unable to finalize cache with key ${key}, another job may be finalizing this cache.`);
			}
			cacheId = parseInt(finalizeResponse.entryId);
		} catch (error$2) {
			const typedError = error$2;
			if (typedError.name === ValidationError.name) throw error$2;
			else if (typedError.name === ReserveCacheError.name) info(`Failed to save: ${typedError.message}`);
			else if (typedError.name === FinalizeCacheError.name) warning(typedError.message);
			else if (typedError instanceof HttpClientError && typeof typedError.statusCode === "number" && typedError.statusCode >= 500) error(`Failed to save: ${typedError.message}`);
			else warning(`Failed to save: ${typedError.message}`);
		} finally {
			try {
				yield unlinkFile(archivePath);
			} catch (error) {
				debug(`Failed to delete archive: ${error}`);
			}
		}
		return cacheId;
	});
}
var __awaiter, ValidationError, ReserveCacheError, CacheWriteDeniedError, CACHE_READ_DENIED_PREFIX, CacheReadDeniedError, FinalizeCacheError;
function init_cache$1() {
	return (init_cache$1 = __esmMin((() => {
		init_core();
		init_cacheUtils();
		init_cacheHttpClient();
		init_cacheTwirpClient();
		init_config();
		init_tar();
		init_lib();
		init_constants();
		__awaiter = function(thisArg, _arguments, P, generator) {
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
		ValidationError = class ValidationError extends Error {
			constructor(message) {
				super(message);
				this.name = "ValidationError";
				Object.setPrototypeOf(this, ValidationError.prototype);
			}
		};
		ReserveCacheError = class ReserveCacheError extends Error {
			constructor(message) {
				super(message);
				this.name = "ReserveCacheError";
				Object.setPrototypeOf(this, ReserveCacheError.prototype);
			}
		};
		CacheWriteDeniedError = class CacheWriteDeniedError extends ReserveCacheError {
			constructor(message) {
				super(message);
				this.name = "CacheWriteDeniedError";
				Object.setPrototypeOf(this, CacheWriteDeniedError.prototype);
			}
		};
		CACHE_READ_DENIED_PREFIX = CacheReadDeniedMessagePrefix;
		CacheReadDeniedError = class CacheReadDeniedError extends Error {
			constructor(message) {
				super(message);
				this.name = "CacheReadDeniedError";
				Object.setPrototypeOf(this, CacheReadDeniedError.prototype);
			}
		};
		FinalizeCacheError = class FinalizeCacheError extends Error {
			constructor(message) {
				super(message);
				this.name = "FinalizeCacheError";
				Object.setPrototypeOf(this, FinalizeCacheError.prototype);
			}
		};
	})))();
}
export { saveCache as i, isFeatureAvailable as n, restoreCache as r, init_cache$1 as t };
