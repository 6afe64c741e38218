import { n as __esmMin, r as __exportAll } from "./rolldown-runtime.mjs";
import { g as decompressResponsePolicyName, m as getDefaultProxySettings, n as bearerTokenAuthenticationPolicy, t as init_esm$1 } from "./lib-azure-core-rest-pipeline.mjs";
import { n as init_esm$2, t as createClientLogger } from "./lib-azure-logger.mjs";
import { i as randomUUID, l as delay, r as isNodeLike, t as init_esm$3 } from "./lib-azure-core-util.mjs";
import { n as AbortError, t as init_esm$4 } from "./lib-azure-abort-controller.mjs";
import { n as createTracingClient, t as init_esm$5 } from "./lib-azure-core-tracing.mjs";
import { r as isTokenCredential, t as init_esm$6 } from "./lib-azure-core-auth.mjs";
import { i as createRequestPolicyFactoryPolicy, n as convertHttpClient, o as ExtendedServiceClient, t as init_esm$7 } from "./lib-azure-core-http-compat.mjs";
import { c as createSerializer, n as authorizeRequestOnTenantChallenge, o as createClientPipeline, t as init_esm$8 } from "./lib-azure-core-client.mjs";
import { i as stringifyXML, r as parseXML, t as init_esm$9 } from "./lib-azure-core-xml.mjs";
import { S as getCachedDefaultHttpClient, a as storageRequestFailureDetailsParserPolicy, b as StorageBrowserPolicyFactory, d as storageCorrectContentLengthPolicy, g as StorageSharedKeyCredential, l as storageRetryPolicy, m as StorageRetryPolicyFactory, n as UserDelegationKeyCredential, p as storageBrowserPolicy, s as storageSharedKeyCredentialPolicy, t as init_esm$10, v as AnonymousCredential, w as BufferScheduler } from "./lib-azure-storage-common.mjs";
import { n as Poller, t as init_esm$11 } from "./lib-azure-core-lro.mjs";
import { EventEmitter } from "events";
import { Readable } from "node:stream";
import util from "node:util";
import { Buffer as Buffer$1 } from "buffer";
import fs from "node:fs";
// node_modules/@azure/storage-blob/dist/esm/log.js
var logger;
function init_log() {
	return (init_log = __esmMin((() => {
		init_esm$2();
		logger = createClientLogger("storage-blob");
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/constants.js
var SDK_VERSION, SERVICE_VERSION, BLOCK_BLOB_MAX_UPLOAD_BLOB_BYTES, BLOCK_BLOB_MAX_STAGE_BLOCK_BYTES, BLOCK_BLOB_MAX_BLOCKS, DEFAULT_BLOCK_BUFFER_SIZE_BYTES, DEFAULT_BLOB_DOWNLOAD_BLOCK_BYTES, REQUEST_TIMEOUT, URLConstants, EncryptionAlgorithmAES25, DevelopmentConnectionString, StorageBlobLoggingAllowedHeaderNames, StorageBlobLoggingAllowedQueryParameters, PathStylePorts;
function init_constants() {
	return (init_constants = __esmMin((() => {
		SDK_VERSION = "12.31.0";
		SERVICE_VERSION = "2026-02-06";
		BLOCK_BLOB_MAX_UPLOAD_BLOB_BYTES = 268435456;
		BLOCK_BLOB_MAX_STAGE_BLOCK_BYTES = 4194304e3;
		BLOCK_BLOB_MAX_BLOCKS = 5e4;
		DEFAULT_BLOCK_BUFFER_SIZE_BYTES = 8388608;
		DEFAULT_BLOB_DOWNLOAD_BLOCK_BYTES = 4194304;
		REQUEST_TIMEOUT = 1e5;
		URLConstants = { Parameters: {
			FORCE_BROWSER_NO_CACHE: "_",
			SIGNATURE: "sig",
			SNAPSHOT: "snapshot",
			VERSIONID: "versionid",
			TIMEOUT: "timeout"
		} };
		EncryptionAlgorithmAES25 = "AES256";
		DevelopmentConnectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`;
		StorageBlobLoggingAllowedHeaderNames = [
			"Access-Control-Allow-Origin",
			"Cache-Control",
			"Content-Length",
			"Content-Type",
			"Date",
			"Request-Id",
			"traceparent",
			"Transfer-Encoding",
			"User-Agent",
			"x-ms-client-request-id",
			"x-ms-date",
			"x-ms-error-code",
			"x-ms-request-id",
			"x-ms-return-client-request-id",
			"x-ms-version",
			"Accept-Ranges",
			"Content-Disposition",
			"Content-Encoding",
			"Content-Language",
			"Content-MD5",
			"Content-Range",
			"ETag",
			"Last-Modified",
			"Server",
			"Vary",
			"x-ms-content-crc64",
			"x-ms-copy-action",
			"x-ms-copy-completion-time",
			"x-ms-copy-id",
			"x-ms-copy-progress",
			"x-ms-copy-status",
			"x-ms-has-immutability-policy",
			"x-ms-has-legal-hold",
			"x-ms-lease-state",
			"x-ms-lease-status",
			"x-ms-range",
			"x-ms-request-server-encrypted",
			"x-ms-server-encrypted",
			"x-ms-snapshot",
			"x-ms-source-range",
			"If-Match",
			"If-Modified-Since",
			"If-None-Match",
			"If-Unmodified-Since",
			"x-ms-access-tier",
			"x-ms-access-tier-change-time",
			"x-ms-access-tier-inferred",
			"x-ms-account-kind",
			"x-ms-archive-status",
			"x-ms-blob-append-offset",
			"x-ms-blob-cache-control",
			"x-ms-blob-committed-block-count",
			"x-ms-blob-condition-appendpos",
			"x-ms-blob-condition-maxsize",
			"x-ms-blob-content-disposition",
			"x-ms-blob-content-encoding",
			"x-ms-blob-content-language",
			"x-ms-blob-content-length",
			"x-ms-blob-content-md5",
			"x-ms-blob-content-type",
			"x-ms-blob-public-access",
			"x-ms-blob-sequence-number",
			"x-ms-blob-type",
			"x-ms-copy-destination-snapshot",
			"x-ms-creation-time",
			"x-ms-default-encryption-scope",
			"x-ms-delete-snapshots",
			"x-ms-delete-type-permanent",
			"x-ms-deny-encryption-scope-override",
			"x-ms-encryption-algorithm",
			"x-ms-if-sequence-number-eq",
			"x-ms-if-sequence-number-le",
			"x-ms-if-sequence-number-lt",
			"x-ms-incremental-copy",
			"x-ms-lease-action",
			"x-ms-lease-break-period",
			"x-ms-lease-duration",
			"x-ms-lease-id",
			"x-ms-lease-time",
			"x-ms-page-write",
			"x-ms-proposed-lease-id",
			"x-ms-range-get-content-md5",
			"x-ms-rehydrate-priority",
			"x-ms-sequence-number-action",
			"x-ms-sku-name",
			"x-ms-source-content-md5",
			"x-ms-source-if-match",
			"x-ms-source-if-modified-since",
			"x-ms-source-if-none-match",
			"x-ms-source-if-unmodified-since",
			"x-ms-tag-count",
			"x-ms-encryption-key-sha256",
			"x-ms-copy-source-error-code",
			"x-ms-copy-source-status-code",
			"x-ms-if-tags",
			"x-ms-source-if-tags"
		];
		StorageBlobLoggingAllowedQueryParameters = [
			"comp",
			"maxresults",
			"rscc",
			"rscd",
			"rsce",
			"rscl",
			"rsct",
			"se",
			"si",
			"sip",
			"sp",
			"spr",
			"sr",
			"srt",
			"ss",
			"st",
			"sv",
			"include",
			"marker",
			"prefix",
			"copyid",
			"restype",
			"blockid",
			"blocklisttype",
			"delimiter",
			"prevsnapshot",
			"ske",
			"skoid",
			"sks",
			"skt",
			"sktid",
			"skv",
			"snapshot"
		];
		PathStylePorts = [
			"10000",
			"10001",
			"10002",
			"10003",
			"10004",
			"10100",
			"10101",
			"10102",
			"10103",
			"10104",
			"11000",
			"11001",
			"11002",
			"11003",
			"11004",
			"11100",
			"11101",
			"11102",
			"11103",
			"11104"
		];
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/Pipeline.js
/**
* A helper to decide if a given argument satisfies the Pipeline contract
* @param pipeline - An argument that may be a Pipeline
* @returns true when the argument satisfies the Pipeline contract
*/
function isPipelineLike(pipeline) {
	if (!pipeline || typeof pipeline !== "object") return false;
	const castPipeline = pipeline;
	return Array.isArray(castPipeline.factories) && typeof castPipeline.options === "object" && typeof castPipeline.toServiceClientOptions === "function";
}
/**
* Creates a new Pipeline object with Credential provided.
*
* @param credential -  Such as AnonymousCredential, StorageSharedKeyCredential or any credential from the `@azure/identity` package to authenticate requests to the service. You can also provide an object that implements the TokenCredential interface. If not specified, AnonymousCredential is used.
* @param pipelineOptions - Optional. Options.
* @returns A new Pipeline object.
*/
function newPipeline(credential, pipelineOptions = {}) {
	if (!credential) credential = new AnonymousCredential();
	const pipeline = new Pipeline([], pipelineOptions);
	pipeline._credential = credential;
	return pipeline;
}
function processDownlevelPipeline(pipeline) {
	const knownFactoryFunctions = [
		isAnonymousCredential,
		isStorageSharedKeyCredential,
		isCoreHttpBearerTokenFactory,
		isStorageBrowserPolicyFactory,
		isStorageRetryPolicyFactory,
		isStorageTelemetryPolicyFactory,
		isCoreHttpPolicyFactory
	];
	if (pipeline.factories.length) {
		const novelFactories = pipeline.factories.filter((factory) => {
			return !knownFactoryFunctions.some((knownFactory) => knownFactory(factory));
		});
		if (novelFactories.length) {
			const hasInjector = novelFactories.some((factory) => isInjectorPolicyFactory(factory));
			return {
				wrappedPolicies: createRequestPolicyFactoryPolicy(novelFactories),
				afterRetry: hasInjector
			};
		}
	}
}
function getCoreClientOptions(pipeline) {
	const { httpClient: v1Client, ...restOptions } = pipeline.options;
	let httpClient = pipeline._coreHttpClient;
	if (!httpClient) {
		httpClient = v1Client ? convertHttpClient(v1Client) : getCachedDefaultHttpClient();
		pipeline._coreHttpClient = httpClient;
	}
	let corePipeline = pipeline._corePipeline;
	if (!corePipeline) {
		const packageDetails = `azsdk-js-azure-storage-blob/${SDK_VERSION}`;
		const userAgentPrefix = restOptions.userAgentOptions && restOptions.userAgentOptions.userAgentPrefix ? `${restOptions.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
		corePipeline = createClientPipeline({
			...restOptions,
			loggingOptions: {
				additionalAllowedHeaderNames: StorageBlobLoggingAllowedHeaderNames,
				additionalAllowedQueryParameters: StorageBlobLoggingAllowedQueryParameters,
				logger: logger.info
			},
			userAgentOptions: { userAgentPrefix },
			serializationOptions: {
				stringifyXML,
				serializerOptions: { xml: { xmlCharKey: "#" } }
			},
			deserializationOptions: {
				parseXML,
				serializerOptions: { xml: { xmlCharKey: "#" } }
			}
		});
		corePipeline.removePolicy({ phase: "Retry" });
		corePipeline.removePolicy({ name: decompressResponsePolicyName });
		corePipeline.addPolicy(storageCorrectContentLengthPolicy());
		corePipeline.addPolicy(storageRetryPolicy(restOptions.retryOptions), { phase: "Retry" });
		corePipeline.addPolicy(storageRequestFailureDetailsParserPolicy());
		corePipeline.addPolicy(storageBrowserPolicy());
		const downlevelResults = processDownlevelPipeline(pipeline);
		if (downlevelResults) corePipeline.addPolicy(downlevelResults.wrappedPolicies, downlevelResults.afterRetry ? { afterPhase: "Retry" } : void 0);
		const credential = getCredentialFromPipeline(pipeline);
		if (isTokenCredential(credential)) corePipeline.addPolicy(bearerTokenAuthenticationPolicy({
			credential,
			scopes: restOptions.audience ?? "https://storage.azure.com/.default",
			challengeCallbacks: { authorizeRequestOnChallenge: authorizeRequestOnTenantChallenge }
		}), { phase: "Sign" });
		else if (credential instanceof StorageSharedKeyCredential) corePipeline.addPolicy(storageSharedKeyCredentialPolicy({
			accountName: credential.accountName,
			accountKey: credential.accountKey
		}), { phase: "Sign" });
		pipeline._corePipeline = corePipeline;
	}
	return {
		...restOptions,
		allowInsecureConnection: true,
		httpClient,
		pipeline: corePipeline
	};
}
function getCredentialFromPipeline(pipeline) {
	if (pipeline._credential) return pipeline._credential;
	let credential = new AnonymousCredential();
	for (const factory of pipeline.factories) if (isTokenCredential(factory.credential)) credential = factory.credential;
	else if (isStorageSharedKeyCredential(factory)) return factory;
	return credential;
}
function isStorageSharedKeyCredential(factory) {
	if (factory instanceof StorageSharedKeyCredential) return true;
	return factory.constructor.name === "StorageSharedKeyCredential";
}
function isAnonymousCredential(factory) {
	if (factory instanceof AnonymousCredential) return true;
	return factory.constructor.name === "AnonymousCredential";
}
function isCoreHttpBearerTokenFactory(factory) {
	return isTokenCredential(factory.credential);
}
function isStorageBrowserPolicyFactory(factory) {
	if (factory instanceof StorageBrowserPolicyFactory) return true;
	return factory.constructor.name === "StorageBrowserPolicyFactory";
}
function isStorageRetryPolicyFactory(factory) {
	if (factory instanceof StorageRetryPolicyFactory) return true;
	return factory.constructor.name === "StorageRetryPolicyFactory";
}
function isStorageTelemetryPolicyFactory(factory) {
	return factory.constructor.name === "TelemetryPolicyFactory";
}
function isInjectorPolicyFactory(factory) {
	return factory.constructor.name === "InjectorPolicyFactory";
}
function isCoreHttpPolicyFactory(factory) {
	const knownPolicies = [
		"GenerateClientRequestIdPolicy",
		"TracingPolicy",
		"LogPolicy",
		"ProxyPolicy",
		"DisableResponseDecompressionPolicy",
		"KeepAlivePolicy",
		"DeserializationPolicy"
	];
	const policyName = factory.create({ sendRequest: async (request) => {
		return {
			request,
			headers: request.headers.clone(),
			status: 500
		};
	} }, {
		log(_logLevel, _message) {},
		shouldLog(_logLevel) {
			return false;
		}
	}).constructor.name;
	return knownPolicies.some((knownPolicyName) => {
		return policyName.startsWith(knownPolicyName);
	});
}
var Pipeline;
function init_Pipeline() {
	return (init_Pipeline = __esmMin((() => {
		init_esm$7();
		init_esm$1();
		init_esm$8();
		init_esm$9();
		init_esm$6();
		init_log();
		init_esm$10();
		init_constants();
		Pipeline = class {
			/**
			* A list of chained request policy factories.
			*/
			factories;
			/**
			* Configures pipeline logger and HTTP client.
			*/
			options;
			/**
			* Creates an instance of Pipeline. Customize HTTPClient by implementing IHttpClient interface.
			*
			* @param factories -
			* @param options -
			*/
			constructor(factories, options = {}) {
				this.factories = factories;
				this.options = options;
			}
			/**
			* Transfer Pipeline object to ServiceClientOptions object which is required by
			* ServiceClient constructor.
			*
			* @returns The ServiceClientOptions object from this Pipeline.
			*/
			toServiceClientOptions() {
				return {
					httpClient: this.options.httpClient,
					requestPolicyFactories: this.factories
				};
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/models/index.js
var KnownEncryptionAlgorithmType$1, KnownFileShareTokenIntent, KnownBlobExpiryOptions, KnownStorageErrorCode;
function init_models() {
	return (init_models = __esmMin((() => {
		(function(KnownEncryptionAlgorithmType) {
			/** AES256 */
			KnownEncryptionAlgorithmType["AES256"] = "AES256";
		})(KnownEncryptionAlgorithmType$1 || (KnownEncryptionAlgorithmType$1 = {}));
		(function(KnownFileShareTokenIntent) {
			/** Backup */
			KnownFileShareTokenIntent["Backup"] = "backup";
		})(KnownFileShareTokenIntent || (KnownFileShareTokenIntent = {}));
		(function(KnownBlobExpiryOptions) {
			/** NeverExpire */
			KnownBlobExpiryOptions["NeverExpire"] = "NeverExpire";
			/** RelativeToCreation */
			KnownBlobExpiryOptions["RelativeToCreation"] = "RelativeToCreation";
			/** RelativeToNow */
			KnownBlobExpiryOptions["RelativeToNow"] = "RelativeToNow";
			/** Absolute */
			KnownBlobExpiryOptions["Absolute"] = "Absolute";
		})(KnownBlobExpiryOptions || (KnownBlobExpiryOptions = {}));
		(function(KnownStorageErrorCode) {
			/** AccountAlreadyExists */
			KnownStorageErrorCode["AccountAlreadyExists"] = "AccountAlreadyExists";
			/** AccountBeingCreated */
			KnownStorageErrorCode["AccountBeingCreated"] = "AccountBeingCreated";
			/** AccountIsDisabled */
			KnownStorageErrorCode["AccountIsDisabled"] = "AccountIsDisabled";
			/** AuthenticationFailed */
			KnownStorageErrorCode["AuthenticationFailed"] = "AuthenticationFailed";
			/** AuthorizationFailure */
			KnownStorageErrorCode["AuthorizationFailure"] = "AuthorizationFailure";
			/** ConditionHeadersNotSupported */
			KnownStorageErrorCode["ConditionHeadersNotSupported"] = "ConditionHeadersNotSupported";
			/** ConditionNotMet */
			KnownStorageErrorCode["ConditionNotMet"] = "ConditionNotMet";
			/** EmptyMetadataKey */
			KnownStorageErrorCode["EmptyMetadataKey"] = "EmptyMetadataKey";
			/** InsufficientAccountPermissions */
			KnownStorageErrorCode["InsufficientAccountPermissions"] = "InsufficientAccountPermissions";
			/** InternalError */
			KnownStorageErrorCode["InternalError"] = "InternalError";
			/** InvalidAuthenticationInfo */
			KnownStorageErrorCode["InvalidAuthenticationInfo"] = "InvalidAuthenticationInfo";
			/** InvalidHeaderValue */
			KnownStorageErrorCode["InvalidHeaderValue"] = "InvalidHeaderValue";
			/** InvalidHttpVerb */
			KnownStorageErrorCode["InvalidHttpVerb"] = "InvalidHttpVerb";
			/** InvalidInput */
			KnownStorageErrorCode["InvalidInput"] = "InvalidInput";
			/** InvalidMd5 */
			KnownStorageErrorCode["InvalidMd5"] = "InvalidMd5";
			/** InvalidMetadata */
			KnownStorageErrorCode["InvalidMetadata"] = "InvalidMetadata";
			/** InvalidQueryParameterValue */
			KnownStorageErrorCode["InvalidQueryParameterValue"] = "InvalidQueryParameterValue";
			/** InvalidRange */
			KnownStorageErrorCode["InvalidRange"] = "InvalidRange";
			/** InvalidResourceName */
			KnownStorageErrorCode["InvalidResourceName"] = "InvalidResourceName";
			/** InvalidUri */
			KnownStorageErrorCode["InvalidUri"] = "InvalidUri";
			/** InvalidXmlDocument */
			KnownStorageErrorCode["InvalidXmlDocument"] = "InvalidXmlDocument";
			/** InvalidXmlNodeValue */
			KnownStorageErrorCode["InvalidXmlNodeValue"] = "InvalidXmlNodeValue";
			/** Md5Mismatch */
			KnownStorageErrorCode["Md5Mismatch"] = "Md5Mismatch";
			/** MetadataTooLarge */
			KnownStorageErrorCode["MetadataTooLarge"] = "MetadataTooLarge";
			/** MissingContentLengthHeader */
			KnownStorageErrorCode["MissingContentLengthHeader"] = "MissingContentLengthHeader";
			/** MissingRequiredQueryParameter */
			KnownStorageErrorCode["MissingRequiredQueryParameter"] = "MissingRequiredQueryParameter";
			/** MissingRequiredHeader */
			KnownStorageErrorCode["MissingRequiredHeader"] = "MissingRequiredHeader";
			/** MissingRequiredXmlNode */
			KnownStorageErrorCode["MissingRequiredXmlNode"] = "MissingRequiredXmlNode";
			/** MultipleConditionHeadersNotSupported */
			KnownStorageErrorCode["MultipleConditionHeadersNotSupported"] = "MultipleConditionHeadersNotSupported";
			/** OperationTimedOut */
			KnownStorageErrorCode["OperationTimedOut"] = "OperationTimedOut";
			/** OutOfRangeInput */
			KnownStorageErrorCode["OutOfRangeInput"] = "OutOfRangeInput";
			/** OutOfRangeQueryParameterValue */
			KnownStorageErrorCode["OutOfRangeQueryParameterValue"] = "OutOfRangeQueryParameterValue";
			/** RequestBodyTooLarge */
			KnownStorageErrorCode["RequestBodyTooLarge"] = "RequestBodyTooLarge";
			/** ResourceTypeMismatch */
			KnownStorageErrorCode["ResourceTypeMismatch"] = "ResourceTypeMismatch";
			/** RequestUrlFailedToParse */
			KnownStorageErrorCode["RequestUrlFailedToParse"] = "RequestUrlFailedToParse";
			/** ResourceAlreadyExists */
			KnownStorageErrorCode["ResourceAlreadyExists"] = "ResourceAlreadyExists";
			/** ResourceNotFound */
			KnownStorageErrorCode["ResourceNotFound"] = "ResourceNotFound";
			/** ServerBusy */
			KnownStorageErrorCode["ServerBusy"] = "ServerBusy";
			/** UnsupportedHeader */
			KnownStorageErrorCode["UnsupportedHeader"] = "UnsupportedHeader";
			/** UnsupportedXmlNode */
			KnownStorageErrorCode["UnsupportedXmlNode"] = "UnsupportedXmlNode";
			/** UnsupportedQueryParameter */
			KnownStorageErrorCode["UnsupportedQueryParameter"] = "UnsupportedQueryParameter";
			/** UnsupportedHttpVerb */
			KnownStorageErrorCode["UnsupportedHttpVerb"] = "UnsupportedHttpVerb";
			/** AppendPositionConditionNotMet */
			KnownStorageErrorCode["AppendPositionConditionNotMet"] = "AppendPositionConditionNotMet";
			/** BlobAlreadyExists */
			KnownStorageErrorCode["BlobAlreadyExists"] = "BlobAlreadyExists";
			/** BlobImmutableDueToPolicy */
			KnownStorageErrorCode["BlobImmutableDueToPolicy"] = "BlobImmutableDueToPolicy";
			/** BlobNotFound */
			KnownStorageErrorCode["BlobNotFound"] = "BlobNotFound";
			/** BlobOverwritten */
			KnownStorageErrorCode["BlobOverwritten"] = "BlobOverwritten";
			/** BlobTierInadequateForContentLength */
			KnownStorageErrorCode["BlobTierInadequateForContentLength"] = "BlobTierInadequateForContentLength";
			/** BlobUsesCustomerSpecifiedEncryption */
			KnownStorageErrorCode["BlobUsesCustomerSpecifiedEncryption"] = "BlobUsesCustomerSpecifiedEncryption";
			/** BlockCountExceedsLimit */
			KnownStorageErrorCode["BlockCountExceedsLimit"] = "BlockCountExceedsLimit";
			/** BlockListTooLong */
			KnownStorageErrorCode["BlockListTooLong"] = "BlockListTooLong";
			/** CannotChangeToLowerTier */
			KnownStorageErrorCode["CannotChangeToLowerTier"] = "CannotChangeToLowerTier";
			/** CannotVerifyCopySource */
			KnownStorageErrorCode["CannotVerifyCopySource"] = "CannotVerifyCopySource";
			/** ContainerAlreadyExists */
			KnownStorageErrorCode["ContainerAlreadyExists"] = "ContainerAlreadyExists";
			/** ContainerBeingDeleted */
			KnownStorageErrorCode["ContainerBeingDeleted"] = "ContainerBeingDeleted";
			/** ContainerDisabled */
			KnownStorageErrorCode["ContainerDisabled"] = "ContainerDisabled";
			/** ContainerNotFound */
			KnownStorageErrorCode["ContainerNotFound"] = "ContainerNotFound";
			/** ContentLengthLargerThanTierLimit */
			KnownStorageErrorCode["ContentLengthLargerThanTierLimit"] = "ContentLengthLargerThanTierLimit";
			/** CopyAcrossAccountsNotSupported */
			KnownStorageErrorCode["CopyAcrossAccountsNotSupported"] = "CopyAcrossAccountsNotSupported";
			/** CopyIdMismatch */
			KnownStorageErrorCode["CopyIdMismatch"] = "CopyIdMismatch";
			/** FeatureVersionMismatch */
			KnownStorageErrorCode["FeatureVersionMismatch"] = "FeatureVersionMismatch";
			/** IncrementalCopyBlobMismatch */
			KnownStorageErrorCode["IncrementalCopyBlobMismatch"] = "IncrementalCopyBlobMismatch";
			/** IncrementalCopyOfEarlierVersionSnapshotNotAllowed */
			KnownStorageErrorCode["IncrementalCopyOfEarlierVersionSnapshotNotAllowed"] = "IncrementalCopyOfEarlierVersionSnapshotNotAllowed";
			/** IncrementalCopySourceMustBeSnapshot */
			KnownStorageErrorCode["IncrementalCopySourceMustBeSnapshot"] = "IncrementalCopySourceMustBeSnapshot";
			/** InfiniteLeaseDurationRequired */
			KnownStorageErrorCode["InfiniteLeaseDurationRequired"] = "InfiniteLeaseDurationRequired";
			/** InvalidBlobOrBlock */
			KnownStorageErrorCode["InvalidBlobOrBlock"] = "InvalidBlobOrBlock";
			/** InvalidBlobTier */
			KnownStorageErrorCode["InvalidBlobTier"] = "InvalidBlobTier";
			/** InvalidBlobType */
			KnownStorageErrorCode["InvalidBlobType"] = "InvalidBlobType";
			/** InvalidBlockId */
			KnownStorageErrorCode["InvalidBlockId"] = "InvalidBlockId";
			/** InvalidBlockList */
			KnownStorageErrorCode["InvalidBlockList"] = "InvalidBlockList";
			/** InvalidOperation */
			KnownStorageErrorCode["InvalidOperation"] = "InvalidOperation";
			/** InvalidPageRange */
			KnownStorageErrorCode["InvalidPageRange"] = "InvalidPageRange";
			/** InvalidSourceBlobType */
			KnownStorageErrorCode["InvalidSourceBlobType"] = "InvalidSourceBlobType";
			/** InvalidSourceBlobUrl */
			KnownStorageErrorCode["InvalidSourceBlobUrl"] = "InvalidSourceBlobUrl";
			/** InvalidVersionForPageBlobOperation */
			KnownStorageErrorCode["InvalidVersionForPageBlobOperation"] = "InvalidVersionForPageBlobOperation";
			/** LeaseAlreadyPresent */
			KnownStorageErrorCode["LeaseAlreadyPresent"] = "LeaseAlreadyPresent";
			/** LeaseAlreadyBroken */
			KnownStorageErrorCode["LeaseAlreadyBroken"] = "LeaseAlreadyBroken";
			/** LeaseIdMismatchWithBlobOperation */
			KnownStorageErrorCode["LeaseIdMismatchWithBlobOperation"] = "LeaseIdMismatchWithBlobOperation";
			/** LeaseIdMismatchWithContainerOperation */
			KnownStorageErrorCode["LeaseIdMismatchWithContainerOperation"] = "LeaseIdMismatchWithContainerOperation";
			/** LeaseIdMismatchWithLeaseOperation */
			KnownStorageErrorCode["LeaseIdMismatchWithLeaseOperation"] = "LeaseIdMismatchWithLeaseOperation";
			/** LeaseIdMissing */
			KnownStorageErrorCode["LeaseIdMissing"] = "LeaseIdMissing";
			/** LeaseIsBreakingAndCannotBeAcquired */
			KnownStorageErrorCode["LeaseIsBreakingAndCannotBeAcquired"] = "LeaseIsBreakingAndCannotBeAcquired";
			/** LeaseIsBreakingAndCannotBeChanged */
			KnownStorageErrorCode["LeaseIsBreakingAndCannotBeChanged"] = "LeaseIsBreakingAndCannotBeChanged";
			/** LeaseIsBrokenAndCannotBeRenewed */
			KnownStorageErrorCode["LeaseIsBrokenAndCannotBeRenewed"] = "LeaseIsBrokenAndCannotBeRenewed";
			/** LeaseLost */
			KnownStorageErrorCode["LeaseLost"] = "LeaseLost";
			/** LeaseNotPresentWithBlobOperation */
			KnownStorageErrorCode["LeaseNotPresentWithBlobOperation"] = "LeaseNotPresentWithBlobOperation";
			/** LeaseNotPresentWithContainerOperation */
			KnownStorageErrorCode["LeaseNotPresentWithContainerOperation"] = "LeaseNotPresentWithContainerOperation";
			/** LeaseNotPresentWithLeaseOperation */
			KnownStorageErrorCode["LeaseNotPresentWithLeaseOperation"] = "LeaseNotPresentWithLeaseOperation";
			/** MaxBlobSizeConditionNotMet */
			KnownStorageErrorCode["MaxBlobSizeConditionNotMet"] = "MaxBlobSizeConditionNotMet";
			/** NoAuthenticationInformation */
			KnownStorageErrorCode["NoAuthenticationInformation"] = "NoAuthenticationInformation";
			/** NoPendingCopyOperation */
			KnownStorageErrorCode["NoPendingCopyOperation"] = "NoPendingCopyOperation";
			/** OperationNotAllowedOnIncrementalCopyBlob */
			KnownStorageErrorCode["OperationNotAllowedOnIncrementalCopyBlob"] = "OperationNotAllowedOnIncrementalCopyBlob";
			/** PendingCopyOperation */
			KnownStorageErrorCode["PendingCopyOperation"] = "PendingCopyOperation";
			/** PreviousSnapshotCannotBeNewer */
			KnownStorageErrorCode["PreviousSnapshotCannotBeNewer"] = "PreviousSnapshotCannotBeNewer";
			/** PreviousSnapshotNotFound */
			KnownStorageErrorCode["PreviousSnapshotNotFound"] = "PreviousSnapshotNotFound";
			/** PreviousSnapshotOperationNotSupported */
			KnownStorageErrorCode["PreviousSnapshotOperationNotSupported"] = "PreviousSnapshotOperationNotSupported";
			/** SequenceNumberConditionNotMet */
			KnownStorageErrorCode["SequenceNumberConditionNotMet"] = "SequenceNumberConditionNotMet";
			/** SequenceNumberIncrementTooLarge */
			KnownStorageErrorCode["SequenceNumberIncrementTooLarge"] = "SequenceNumberIncrementTooLarge";
			/** SnapshotCountExceeded */
			KnownStorageErrorCode["SnapshotCountExceeded"] = "SnapshotCountExceeded";
			/** SnapshotOperationRateExceeded */
			KnownStorageErrorCode["SnapshotOperationRateExceeded"] = "SnapshotOperationRateExceeded";
			/** SnapshotsPresent */
			KnownStorageErrorCode["SnapshotsPresent"] = "SnapshotsPresent";
			/** SourceConditionNotMet */
			KnownStorageErrorCode["SourceConditionNotMet"] = "SourceConditionNotMet";
			/** SystemInUse */
			KnownStorageErrorCode["SystemInUse"] = "SystemInUse";
			/** TargetConditionNotMet */
			KnownStorageErrorCode["TargetConditionNotMet"] = "TargetConditionNotMet";
			/** UnauthorizedBlobOverwrite */
			KnownStorageErrorCode["UnauthorizedBlobOverwrite"] = "UnauthorizedBlobOverwrite";
			/** BlobBeingRehydrated */
			KnownStorageErrorCode["BlobBeingRehydrated"] = "BlobBeingRehydrated";
			/** BlobArchived */
			KnownStorageErrorCode["BlobArchived"] = "BlobArchived";
			/** BlobNotArchived */
			KnownStorageErrorCode["BlobNotArchived"] = "BlobNotArchived";
			/** AuthorizationSourceIPMismatch */
			KnownStorageErrorCode["AuthorizationSourceIPMismatch"] = "AuthorizationSourceIPMismatch";
			/** AuthorizationProtocolMismatch */
			KnownStorageErrorCode["AuthorizationProtocolMismatch"] = "AuthorizationProtocolMismatch";
			/** AuthorizationPermissionMismatch */
			KnownStorageErrorCode["AuthorizationPermissionMismatch"] = "AuthorizationPermissionMismatch";
			/** AuthorizationServiceMismatch */
			KnownStorageErrorCode["AuthorizationServiceMismatch"] = "AuthorizationServiceMismatch";
			/** AuthorizationResourceTypeMismatch */
			KnownStorageErrorCode["AuthorizationResourceTypeMismatch"] = "AuthorizationResourceTypeMismatch";
			/** BlobAccessTierNotSupportedForAccountType */
			KnownStorageErrorCode["BlobAccessTierNotSupportedForAccountType"] = "BlobAccessTierNotSupportedForAccountType";
		})(KnownStorageErrorCode || (KnownStorageErrorCode = {}));
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/models/mappers.js
var mappers_exports = /* @__PURE__ */ __exportAll({
	AccessPolicy: () => AccessPolicy,
	AppendBlobAppendBlockExceptionHeaders: () => AppendBlobAppendBlockExceptionHeaders,
	AppendBlobAppendBlockFromUrlExceptionHeaders: () => AppendBlobAppendBlockFromUrlExceptionHeaders,
	AppendBlobAppendBlockFromUrlHeaders: () => AppendBlobAppendBlockFromUrlHeaders,
	AppendBlobAppendBlockHeaders: () => AppendBlobAppendBlockHeaders,
	AppendBlobCreateExceptionHeaders: () => AppendBlobCreateExceptionHeaders,
	AppendBlobCreateHeaders: () => AppendBlobCreateHeaders,
	AppendBlobSealExceptionHeaders: () => AppendBlobSealExceptionHeaders,
	AppendBlobSealHeaders: () => AppendBlobSealHeaders,
	ArrowConfiguration: () => ArrowConfiguration,
	ArrowField: () => ArrowField,
	BlobAbortCopyFromURLExceptionHeaders: () => BlobAbortCopyFromURLExceptionHeaders,
	BlobAbortCopyFromURLHeaders: () => BlobAbortCopyFromURLHeaders,
	BlobAcquireLeaseExceptionHeaders: () => BlobAcquireLeaseExceptionHeaders,
	BlobAcquireLeaseHeaders: () => BlobAcquireLeaseHeaders,
	BlobBreakLeaseExceptionHeaders: () => BlobBreakLeaseExceptionHeaders,
	BlobBreakLeaseHeaders: () => BlobBreakLeaseHeaders,
	BlobChangeLeaseExceptionHeaders: () => BlobChangeLeaseExceptionHeaders,
	BlobChangeLeaseHeaders: () => BlobChangeLeaseHeaders,
	BlobCopyFromURLExceptionHeaders: () => BlobCopyFromURLExceptionHeaders,
	BlobCopyFromURLHeaders: () => BlobCopyFromURLHeaders,
	BlobCreateSnapshotExceptionHeaders: () => BlobCreateSnapshotExceptionHeaders,
	BlobCreateSnapshotHeaders: () => BlobCreateSnapshotHeaders,
	BlobDeleteExceptionHeaders: () => BlobDeleteExceptionHeaders,
	BlobDeleteHeaders: () => BlobDeleteHeaders,
	BlobDeleteImmutabilityPolicyExceptionHeaders: () => BlobDeleteImmutabilityPolicyExceptionHeaders,
	BlobDeleteImmutabilityPolicyHeaders: () => BlobDeleteImmutabilityPolicyHeaders,
	BlobDownloadExceptionHeaders: () => BlobDownloadExceptionHeaders,
	BlobDownloadHeaders: () => BlobDownloadHeaders,
	BlobFlatListSegment: () => BlobFlatListSegment,
	BlobGetAccountInfoExceptionHeaders: () => BlobGetAccountInfoExceptionHeaders,
	BlobGetAccountInfoHeaders: () => BlobGetAccountInfoHeaders,
	BlobGetPropertiesExceptionHeaders: () => BlobGetPropertiesExceptionHeaders,
	BlobGetPropertiesHeaders: () => BlobGetPropertiesHeaders,
	BlobGetTagsExceptionHeaders: () => BlobGetTagsExceptionHeaders,
	BlobGetTagsHeaders: () => BlobGetTagsHeaders,
	BlobHierarchyListSegment: () => BlobHierarchyListSegment,
	BlobItemInternal: () => BlobItemInternal,
	BlobName: () => BlobName,
	BlobPrefix: () => BlobPrefix,
	BlobPropertiesInternal: () => BlobPropertiesInternal,
	BlobQueryExceptionHeaders: () => BlobQueryExceptionHeaders,
	BlobQueryHeaders: () => BlobQueryHeaders,
	BlobReleaseLeaseExceptionHeaders: () => BlobReleaseLeaseExceptionHeaders,
	BlobReleaseLeaseHeaders: () => BlobReleaseLeaseHeaders,
	BlobRenewLeaseExceptionHeaders: () => BlobRenewLeaseExceptionHeaders,
	BlobRenewLeaseHeaders: () => BlobRenewLeaseHeaders,
	BlobServiceProperties: () => BlobServiceProperties,
	BlobServiceStatistics: () => BlobServiceStatistics,
	BlobSetExpiryExceptionHeaders: () => BlobSetExpiryExceptionHeaders,
	BlobSetExpiryHeaders: () => BlobSetExpiryHeaders,
	BlobSetHttpHeadersExceptionHeaders: () => BlobSetHttpHeadersExceptionHeaders,
	BlobSetHttpHeadersHeaders: () => BlobSetHttpHeadersHeaders,
	BlobSetImmutabilityPolicyExceptionHeaders: () => BlobSetImmutabilityPolicyExceptionHeaders,
	BlobSetImmutabilityPolicyHeaders: () => BlobSetImmutabilityPolicyHeaders,
	BlobSetLegalHoldExceptionHeaders: () => BlobSetLegalHoldExceptionHeaders,
	BlobSetLegalHoldHeaders: () => BlobSetLegalHoldHeaders,
	BlobSetMetadataExceptionHeaders: () => BlobSetMetadataExceptionHeaders,
	BlobSetMetadataHeaders: () => BlobSetMetadataHeaders,
	BlobSetTagsExceptionHeaders: () => BlobSetTagsExceptionHeaders,
	BlobSetTagsHeaders: () => BlobSetTagsHeaders,
	BlobSetTierExceptionHeaders: () => BlobSetTierExceptionHeaders,
	BlobSetTierHeaders: () => BlobSetTierHeaders,
	BlobStartCopyFromURLExceptionHeaders: () => BlobStartCopyFromURLExceptionHeaders,
	BlobStartCopyFromURLHeaders: () => BlobStartCopyFromURLHeaders,
	BlobTag: () => BlobTag,
	BlobTags: () => BlobTags,
	BlobUndeleteExceptionHeaders: () => BlobUndeleteExceptionHeaders,
	BlobUndeleteHeaders: () => BlobUndeleteHeaders,
	Block: () => Block,
	BlockBlobCommitBlockListExceptionHeaders: () => BlockBlobCommitBlockListExceptionHeaders,
	BlockBlobCommitBlockListHeaders: () => BlockBlobCommitBlockListHeaders,
	BlockBlobGetBlockListExceptionHeaders: () => BlockBlobGetBlockListExceptionHeaders,
	BlockBlobGetBlockListHeaders: () => BlockBlobGetBlockListHeaders,
	BlockBlobPutBlobFromUrlExceptionHeaders: () => BlockBlobPutBlobFromUrlExceptionHeaders,
	BlockBlobPutBlobFromUrlHeaders: () => BlockBlobPutBlobFromUrlHeaders,
	BlockBlobStageBlockExceptionHeaders: () => BlockBlobStageBlockExceptionHeaders,
	BlockBlobStageBlockFromURLExceptionHeaders: () => BlockBlobStageBlockFromURLExceptionHeaders,
	BlockBlobStageBlockFromURLHeaders: () => BlockBlobStageBlockFromURLHeaders,
	BlockBlobStageBlockHeaders: () => BlockBlobStageBlockHeaders,
	BlockBlobUploadExceptionHeaders: () => BlockBlobUploadExceptionHeaders,
	BlockBlobUploadHeaders: () => BlockBlobUploadHeaders,
	BlockList: () => BlockList,
	BlockLookupList: () => BlockLookupList,
	ClearRange: () => ClearRange,
	ContainerAcquireLeaseExceptionHeaders: () => ContainerAcquireLeaseExceptionHeaders,
	ContainerAcquireLeaseHeaders: () => ContainerAcquireLeaseHeaders,
	ContainerBreakLeaseExceptionHeaders: () => ContainerBreakLeaseExceptionHeaders,
	ContainerBreakLeaseHeaders: () => ContainerBreakLeaseHeaders,
	ContainerChangeLeaseExceptionHeaders: () => ContainerChangeLeaseExceptionHeaders,
	ContainerChangeLeaseHeaders: () => ContainerChangeLeaseHeaders,
	ContainerCreateExceptionHeaders: () => ContainerCreateExceptionHeaders,
	ContainerCreateHeaders: () => ContainerCreateHeaders,
	ContainerDeleteExceptionHeaders: () => ContainerDeleteExceptionHeaders,
	ContainerDeleteHeaders: () => ContainerDeleteHeaders,
	ContainerFilterBlobsExceptionHeaders: () => ContainerFilterBlobsExceptionHeaders,
	ContainerFilterBlobsHeaders: () => ContainerFilterBlobsHeaders,
	ContainerGetAccessPolicyExceptionHeaders: () => ContainerGetAccessPolicyExceptionHeaders,
	ContainerGetAccessPolicyHeaders: () => ContainerGetAccessPolicyHeaders,
	ContainerGetAccountInfoExceptionHeaders: () => ContainerGetAccountInfoExceptionHeaders,
	ContainerGetAccountInfoHeaders: () => ContainerGetAccountInfoHeaders,
	ContainerGetPropertiesExceptionHeaders: () => ContainerGetPropertiesExceptionHeaders,
	ContainerGetPropertiesHeaders: () => ContainerGetPropertiesHeaders,
	ContainerItem: () => ContainerItem,
	ContainerListBlobFlatSegmentExceptionHeaders: () => ContainerListBlobFlatSegmentExceptionHeaders,
	ContainerListBlobFlatSegmentHeaders: () => ContainerListBlobFlatSegmentHeaders,
	ContainerListBlobHierarchySegmentExceptionHeaders: () => ContainerListBlobHierarchySegmentExceptionHeaders,
	ContainerListBlobHierarchySegmentHeaders: () => ContainerListBlobHierarchySegmentHeaders,
	ContainerProperties: () => ContainerProperties,
	ContainerReleaseLeaseExceptionHeaders: () => ContainerReleaseLeaseExceptionHeaders,
	ContainerReleaseLeaseHeaders: () => ContainerReleaseLeaseHeaders,
	ContainerRenameExceptionHeaders: () => ContainerRenameExceptionHeaders,
	ContainerRenameHeaders: () => ContainerRenameHeaders,
	ContainerRenewLeaseExceptionHeaders: () => ContainerRenewLeaseExceptionHeaders,
	ContainerRenewLeaseHeaders: () => ContainerRenewLeaseHeaders,
	ContainerRestoreExceptionHeaders: () => ContainerRestoreExceptionHeaders,
	ContainerRestoreHeaders: () => ContainerRestoreHeaders,
	ContainerSetAccessPolicyExceptionHeaders: () => ContainerSetAccessPolicyExceptionHeaders,
	ContainerSetAccessPolicyHeaders: () => ContainerSetAccessPolicyHeaders,
	ContainerSetMetadataExceptionHeaders: () => ContainerSetMetadataExceptionHeaders,
	ContainerSetMetadataHeaders: () => ContainerSetMetadataHeaders,
	ContainerSubmitBatchExceptionHeaders: () => ContainerSubmitBatchExceptionHeaders,
	ContainerSubmitBatchHeaders: () => ContainerSubmitBatchHeaders,
	CorsRule: () => CorsRule,
	DelimitedTextConfiguration: () => DelimitedTextConfiguration,
	FilterBlobItem: () => FilterBlobItem,
	FilterBlobSegment: () => FilterBlobSegment,
	GeoReplication: () => GeoReplication,
	JsonTextConfiguration: () => JsonTextConfiguration,
	KeyInfo: () => KeyInfo,
	ListBlobsFlatSegmentResponse: () => ListBlobsFlatSegmentResponse,
	ListBlobsHierarchySegmentResponse: () => ListBlobsHierarchySegmentResponse,
	ListContainersSegmentResponse: () => ListContainersSegmentResponse,
	Logging: () => Logging,
	Metrics: () => Metrics,
	PageBlobClearPagesExceptionHeaders: () => PageBlobClearPagesExceptionHeaders,
	PageBlobClearPagesHeaders: () => PageBlobClearPagesHeaders,
	PageBlobCopyIncrementalExceptionHeaders: () => PageBlobCopyIncrementalExceptionHeaders,
	PageBlobCopyIncrementalHeaders: () => PageBlobCopyIncrementalHeaders,
	PageBlobCreateExceptionHeaders: () => PageBlobCreateExceptionHeaders,
	PageBlobCreateHeaders: () => PageBlobCreateHeaders,
	PageBlobGetPageRangesDiffExceptionHeaders: () => PageBlobGetPageRangesDiffExceptionHeaders,
	PageBlobGetPageRangesDiffHeaders: () => PageBlobGetPageRangesDiffHeaders,
	PageBlobGetPageRangesExceptionHeaders: () => PageBlobGetPageRangesExceptionHeaders,
	PageBlobGetPageRangesHeaders: () => PageBlobGetPageRangesHeaders,
	PageBlobResizeExceptionHeaders: () => PageBlobResizeExceptionHeaders,
	PageBlobResizeHeaders: () => PageBlobResizeHeaders,
	PageBlobUpdateSequenceNumberExceptionHeaders: () => PageBlobUpdateSequenceNumberExceptionHeaders,
	PageBlobUpdateSequenceNumberHeaders: () => PageBlobUpdateSequenceNumberHeaders,
	PageBlobUploadPagesExceptionHeaders: () => PageBlobUploadPagesExceptionHeaders,
	PageBlobUploadPagesFromURLExceptionHeaders: () => PageBlobUploadPagesFromURLExceptionHeaders,
	PageBlobUploadPagesFromURLHeaders: () => PageBlobUploadPagesFromURLHeaders,
	PageBlobUploadPagesHeaders: () => PageBlobUploadPagesHeaders,
	PageList: () => PageList,
	PageRange: () => PageRange,
	QueryFormat: () => QueryFormat,
	QueryRequest: () => QueryRequest,
	QuerySerialization: () => QuerySerialization,
	RetentionPolicy: () => RetentionPolicy,
	ServiceFilterBlobsExceptionHeaders: () => ServiceFilterBlobsExceptionHeaders,
	ServiceFilterBlobsHeaders: () => ServiceFilterBlobsHeaders,
	ServiceGetAccountInfoExceptionHeaders: () => ServiceGetAccountInfoExceptionHeaders,
	ServiceGetAccountInfoHeaders: () => ServiceGetAccountInfoHeaders,
	ServiceGetPropertiesExceptionHeaders: () => ServiceGetPropertiesExceptionHeaders,
	ServiceGetPropertiesHeaders: () => ServiceGetPropertiesHeaders,
	ServiceGetStatisticsExceptionHeaders: () => ServiceGetStatisticsExceptionHeaders,
	ServiceGetStatisticsHeaders: () => ServiceGetStatisticsHeaders,
	ServiceGetUserDelegationKeyExceptionHeaders: () => ServiceGetUserDelegationKeyExceptionHeaders,
	ServiceGetUserDelegationKeyHeaders: () => ServiceGetUserDelegationKeyHeaders,
	ServiceListContainersSegmentExceptionHeaders: () => ServiceListContainersSegmentExceptionHeaders,
	ServiceListContainersSegmentHeaders: () => ServiceListContainersSegmentHeaders,
	ServiceSetPropertiesExceptionHeaders: () => ServiceSetPropertiesExceptionHeaders,
	ServiceSetPropertiesHeaders: () => ServiceSetPropertiesHeaders,
	ServiceSubmitBatchExceptionHeaders: () => ServiceSubmitBatchExceptionHeaders,
	ServiceSubmitBatchHeaders: () => ServiceSubmitBatchHeaders,
	SignedIdentifier: () => SignedIdentifier,
	StaticWebsite: () => StaticWebsite,
	StorageError: () => StorageError,
	UserDelegationKey: () => UserDelegationKey
});
var BlobServiceProperties, Logging, RetentionPolicy, Metrics, CorsRule, StaticWebsite, StorageError, BlobServiceStatistics, GeoReplication, ListContainersSegmentResponse, ContainerItem, ContainerProperties, KeyInfo, UserDelegationKey, FilterBlobSegment, FilterBlobItem, BlobTags, BlobTag, SignedIdentifier, AccessPolicy, ListBlobsFlatSegmentResponse, BlobFlatListSegment, BlobItemInternal, BlobName, BlobPropertiesInternal, ListBlobsHierarchySegmentResponse, BlobHierarchyListSegment, BlobPrefix, BlockLookupList, BlockList, Block, PageList, PageRange, ClearRange, QueryRequest, QuerySerialization, QueryFormat, DelimitedTextConfiguration, JsonTextConfiguration, ArrowConfiguration, ArrowField, ServiceSetPropertiesHeaders, ServiceSetPropertiesExceptionHeaders, ServiceGetPropertiesHeaders, ServiceGetPropertiesExceptionHeaders, ServiceGetStatisticsHeaders, ServiceGetStatisticsExceptionHeaders, ServiceListContainersSegmentHeaders, ServiceListContainersSegmentExceptionHeaders, ServiceGetUserDelegationKeyHeaders, ServiceGetUserDelegationKeyExceptionHeaders, ServiceGetAccountInfoHeaders, ServiceGetAccountInfoExceptionHeaders, ServiceSubmitBatchHeaders, ServiceSubmitBatchExceptionHeaders, ServiceFilterBlobsHeaders, ServiceFilterBlobsExceptionHeaders, ContainerCreateHeaders, ContainerCreateExceptionHeaders, ContainerGetPropertiesHeaders, ContainerGetPropertiesExceptionHeaders, ContainerDeleteHeaders, ContainerDeleteExceptionHeaders, ContainerSetMetadataHeaders, ContainerSetMetadataExceptionHeaders, ContainerGetAccessPolicyHeaders, ContainerGetAccessPolicyExceptionHeaders, ContainerSetAccessPolicyHeaders, ContainerSetAccessPolicyExceptionHeaders, ContainerRestoreHeaders, ContainerRestoreExceptionHeaders, ContainerRenameHeaders, ContainerRenameExceptionHeaders, ContainerSubmitBatchHeaders, ContainerSubmitBatchExceptionHeaders, ContainerFilterBlobsHeaders, ContainerFilterBlobsExceptionHeaders, ContainerAcquireLeaseHeaders, ContainerAcquireLeaseExceptionHeaders, ContainerReleaseLeaseHeaders, ContainerReleaseLeaseExceptionHeaders, ContainerRenewLeaseHeaders, ContainerRenewLeaseExceptionHeaders, ContainerBreakLeaseHeaders, ContainerBreakLeaseExceptionHeaders, ContainerChangeLeaseHeaders, ContainerChangeLeaseExceptionHeaders, ContainerListBlobFlatSegmentHeaders, ContainerListBlobFlatSegmentExceptionHeaders, ContainerListBlobHierarchySegmentHeaders, ContainerListBlobHierarchySegmentExceptionHeaders, ContainerGetAccountInfoHeaders, ContainerGetAccountInfoExceptionHeaders, BlobDownloadHeaders, BlobDownloadExceptionHeaders, BlobGetPropertiesHeaders, BlobGetPropertiesExceptionHeaders, BlobDeleteHeaders, BlobDeleteExceptionHeaders, BlobUndeleteHeaders, BlobUndeleteExceptionHeaders, BlobSetExpiryHeaders, BlobSetExpiryExceptionHeaders, BlobSetHttpHeadersHeaders, BlobSetHttpHeadersExceptionHeaders, BlobSetImmutabilityPolicyHeaders, BlobSetImmutabilityPolicyExceptionHeaders, BlobDeleteImmutabilityPolicyHeaders, BlobDeleteImmutabilityPolicyExceptionHeaders, BlobSetLegalHoldHeaders, BlobSetLegalHoldExceptionHeaders, BlobSetMetadataHeaders, BlobSetMetadataExceptionHeaders, BlobAcquireLeaseHeaders, BlobAcquireLeaseExceptionHeaders, BlobReleaseLeaseHeaders, BlobReleaseLeaseExceptionHeaders, BlobRenewLeaseHeaders, BlobRenewLeaseExceptionHeaders, BlobChangeLeaseHeaders, BlobChangeLeaseExceptionHeaders, BlobBreakLeaseHeaders, BlobBreakLeaseExceptionHeaders, BlobCreateSnapshotHeaders, BlobCreateSnapshotExceptionHeaders, BlobStartCopyFromURLHeaders, BlobStartCopyFromURLExceptionHeaders, BlobCopyFromURLHeaders, BlobCopyFromURLExceptionHeaders, BlobAbortCopyFromURLHeaders, BlobAbortCopyFromURLExceptionHeaders, BlobSetTierHeaders, BlobSetTierExceptionHeaders, BlobGetAccountInfoHeaders, BlobGetAccountInfoExceptionHeaders, BlobQueryHeaders, BlobQueryExceptionHeaders, BlobGetTagsHeaders, BlobGetTagsExceptionHeaders, BlobSetTagsHeaders, BlobSetTagsExceptionHeaders, PageBlobCreateHeaders, PageBlobCreateExceptionHeaders, PageBlobUploadPagesHeaders, PageBlobUploadPagesExceptionHeaders, PageBlobClearPagesHeaders, PageBlobClearPagesExceptionHeaders, PageBlobUploadPagesFromURLHeaders, PageBlobUploadPagesFromURLExceptionHeaders, PageBlobGetPageRangesHeaders, PageBlobGetPageRangesExceptionHeaders, PageBlobGetPageRangesDiffHeaders, PageBlobGetPageRangesDiffExceptionHeaders, PageBlobResizeHeaders, PageBlobResizeExceptionHeaders, PageBlobUpdateSequenceNumberHeaders, PageBlobUpdateSequenceNumberExceptionHeaders, PageBlobCopyIncrementalHeaders, PageBlobCopyIncrementalExceptionHeaders, AppendBlobCreateHeaders, AppendBlobCreateExceptionHeaders, AppendBlobAppendBlockHeaders, AppendBlobAppendBlockExceptionHeaders, AppendBlobAppendBlockFromUrlHeaders, AppendBlobAppendBlockFromUrlExceptionHeaders, AppendBlobSealHeaders, AppendBlobSealExceptionHeaders, BlockBlobUploadHeaders, BlockBlobUploadExceptionHeaders, BlockBlobPutBlobFromUrlHeaders, BlockBlobPutBlobFromUrlExceptionHeaders, BlockBlobStageBlockHeaders, BlockBlobStageBlockExceptionHeaders, BlockBlobStageBlockFromURLHeaders, BlockBlobStageBlockFromURLExceptionHeaders, BlockBlobCommitBlockListHeaders, BlockBlobCommitBlockListExceptionHeaders, BlockBlobGetBlockListHeaders, BlockBlobGetBlockListExceptionHeaders;
function init_mappers() {
	return (init_mappers = __esmMin((() => {
		BlobServiceProperties = {
			serializedName: "BlobServiceProperties",
			xmlName: "StorageServiceProperties",
			type: {
				name: "Composite",
				className: "BlobServiceProperties",
				modelProperties: {
					blobAnalyticsLogging: {
						serializedName: "Logging",
						xmlName: "Logging",
						type: {
							name: "Composite",
							className: "Logging"
						}
					},
					hourMetrics: {
						serializedName: "HourMetrics",
						xmlName: "HourMetrics",
						type: {
							name: "Composite",
							className: "Metrics"
						}
					},
					minuteMetrics: {
						serializedName: "MinuteMetrics",
						xmlName: "MinuteMetrics",
						type: {
							name: "Composite",
							className: "Metrics"
						}
					},
					cors: {
						serializedName: "Cors",
						xmlName: "Cors",
						xmlIsWrapped: true,
						xmlElementName: "CorsRule",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "CorsRule"
							} }
						}
					},
					defaultServiceVersion: {
						serializedName: "DefaultServiceVersion",
						xmlName: "DefaultServiceVersion",
						type: { name: "String" }
					},
					deleteRetentionPolicy: {
						serializedName: "DeleteRetentionPolicy",
						xmlName: "DeleteRetentionPolicy",
						type: {
							name: "Composite",
							className: "RetentionPolicy"
						}
					},
					staticWebsite: {
						serializedName: "StaticWebsite",
						xmlName: "StaticWebsite",
						type: {
							name: "Composite",
							className: "StaticWebsite"
						}
					}
				}
			}
		};
		Logging = {
			serializedName: "Logging",
			type: {
				name: "Composite",
				className: "Logging",
				modelProperties: {
					version: {
						serializedName: "Version",
						required: true,
						xmlName: "Version",
						type: { name: "String" }
					},
					deleteProperty: {
						serializedName: "Delete",
						required: true,
						xmlName: "Delete",
						type: { name: "Boolean" }
					},
					read: {
						serializedName: "Read",
						required: true,
						xmlName: "Read",
						type: { name: "Boolean" }
					},
					write: {
						serializedName: "Write",
						required: true,
						xmlName: "Write",
						type: { name: "Boolean" }
					},
					retentionPolicy: {
						serializedName: "RetentionPolicy",
						xmlName: "RetentionPolicy",
						type: {
							name: "Composite",
							className: "RetentionPolicy"
						}
					}
				}
			}
		};
		RetentionPolicy = {
			serializedName: "RetentionPolicy",
			type: {
				name: "Composite",
				className: "RetentionPolicy",
				modelProperties: {
					enabled: {
						serializedName: "Enabled",
						required: true,
						xmlName: "Enabled",
						type: { name: "Boolean" }
					},
					days: {
						constraints: { InclusiveMinimum: 1 },
						serializedName: "Days",
						xmlName: "Days",
						type: { name: "Number" }
					}
				}
			}
		};
		Metrics = {
			serializedName: "Metrics",
			type: {
				name: "Composite",
				className: "Metrics",
				modelProperties: {
					version: {
						serializedName: "Version",
						xmlName: "Version",
						type: { name: "String" }
					},
					enabled: {
						serializedName: "Enabled",
						required: true,
						xmlName: "Enabled",
						type: { name: "Boolean" }
					},
					includeAPIs: {
						serializedName: "IncludeAPIs",
						xmlName: "IncludeAPIs",
						type: { name: "Boolean" }
					},
					retentionPolicy: {
						serializedName: "RetentionPolicy",
						xmlName: "RetentionPolicy",
						type: {
							name: "Composite",
							className: "RetentionPolicy"
						}
					}
				}
			}
		};
		CorsRule = {
			serializedName: "CorsRule",
			type: {
				name: "Composite",
				className: "CorsRule",
				modelProperties: {
					allowedOrigins: {
						serializedName: "AllowedOrigins",
						required: true,
						xmlName: "AllowedOrigins",
						type: { name: "String" }
					},
					allowedMethods: {
						serializedName: "AllowedMethods",
						required: true,
						xmlName: "AllowedMethods",
						type: { name: "String" }
					},
					allowedHeaders: {
						serializedName: "AllowedHeaders",
						required: true,
						xmlName: "AllowedHeaders",
						type: { name: "String" }
					},
					exposedHeaders: {
						serializedName: "ExposedHeaders",
						required: true,
						xmlName: "ExposedHeaders",
						type: { name: "String" }
					},
					maxAgeInSeconds: {
						constraints: { InclusiveMinimum: 0 },
						serializedName: "MaxAgeInSeconds",
						required: true,
						xmlName: "MaxAgeInSeconds",
						type: { name: "Number" }
					}
				}
			}
		};
		StaticWebsite = {
			serializedName: "StaticWebsite",
			type: {
				name: "Composite",
				className: "StaticWebsite",
				modelProperties: {
					enabled: {
						serializedName: "Enabled",
						required: true,
						xmlName: "Enabled",
						type: { name: "Boolean" }
					},
					indexDocument: {
						serializedName: "IndexDocument",
						xmlName: "IndexDocument",
						type: { name: "String" }
					},
					errorDocument404Path: {
						serializedName: "ErrorDocument404Path",
						xmlName: "ErrorDocument404Path",
						type: { name: "String" }
					},
					defaultIndexDocumentPath: {
						serializedName: "DefaultIndexDocumentPath",
						xmlName: "DefaultIndexDocumentPath",
						type: { name: "String" }
					}
				}
			}
		};
		StorageError = {
			serializedName: "StorageError",
			type: {
				name: "Composite",
				className: "StorageError",
				modelProperties: {
					message: {
						serializedName: "Message",
						xmlName: "Message",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "CopySourceStatusCode",
						xmlName: "CopySourceStatusCode",
						type: { name: "Number" }
					},
					copySourceErrorCode: {
						serializedName: "CopySourceErrorCode",
						xmlName: "CopySourceErrorCode",
						type: { name: "String" }
					},
					copySourceErrorMessage: {
						serializedName: "CopySourceErrorMessage",
						xmlName: "CopySourceErrorMessage",
						type: { name: "String" }
					},
					code: {
						serializedName: "Code",
						xmlName: "Code",
						type: { name: "String" }
					},
					authenticationErrorDetail: {
						serializedName: "AuthenticationErrorDetail",
						xmlName: "AuthenticationErrorDetail",
						type: { name: "String" }
					}
				}
			}
		};
		BlobServiceStatistics = {
			serializedName: "BlobServiceStatistics",
			xmlName: "StorageServiceStats",
			type: {
				name: "Composite",
				className: "BlobServiceStatistics",
				modelProperties: { geoReplication: {
					serializedName: "GeoReplication",
					xmlName: "GeoReplication",
					type: {
						name: "Composite",
						className: "GeoReplication"
					}
				} }
			}
		};
		GeoReplication = {
			serializedName: "GeoReplication",
			type: {
				name: "Composite",
				className: "GeoReplication",
				modelProperties: {
					status: {
						serializedName: "Status",
						required: true,
						xmlName: "Status",
						type: {
							name: "Enum",
							allowedValues: [
								"live",
								"bootstrap",
								"unavailable"
							]
						}
					},
					lastSyncOn: {
						serializedName: "LastSyncTime",
						required: true,
						xmlName: "LastSyncTime",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ListContainersSegmentResponse = {
			serializedName: "ListContainersSegmentResponse",
			xmlName: "EnumerationResults",
			type: {
				name: "Composite",
				className: "ListContainersSegmentResponse",
				modelProperties: {
					serviceEndpoint: {
						serializedName: "ServiceEndpoint",
						required: true,
						xmlName: "ServiceEndpoint",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					prefix: {
						serializedName: "Prefix",
						xmlName: "Prefix",
						type: { name: "String" }
					},
					marker: {
						serializedName: "Marker",
						xmlName: "Marker",
						type: { name: "String" }
					},
					maxPageSize: {
						serializedName: "MaxResults",
						xmlName: "MaxResults",
						type: { name: "Number" }
					},
					containerItems: {
						serializedName: "ContainerItems",
						required: true,
						xmlName: "Containers",
						xmlIsWrapped: true,
						xmlElementName: "Container",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "ContainerItem"
							} }
						}
					},
					continuationToken: {
						serializedName: "NextMarker",
						xmlName: "NextMarker",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerItem = {
			serializedName: "ContainerItem",
			xmlName: "Container",
			type: {
				name: "Composite",
				className: "ContainerItem",
				modelProperties: {
					name: {
						serializedName: "Name",
						required: true,
						xmlName: "Name",
						type: { name: "String" }
					},
					deleted: {
						serializedName: "Deleted",
						xmlName: "Deleted",
						type: { name: "Boolean" }
					},
					version: {
						serializedName: "Version",
						xmlName: "Version",
						type: { name: "String" }
					},
					properties: {
						serializedName: "Properties",
						xmlName: "Properties",
						type: {
							name: "Composite",
							className: "ContainerProperties"
						}
					},
					metadata: {
						serializedName: "Metadata",
						xmlName: "Metadata",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					}
				}
			}
		};
		ContainerProperties = {
			serializedName: "ContainerProperties",
			type: {
				name: "Composite",
				className: "ContainerProperties",
				modelProperties: {
					lastModified: {
						serializedName: "Last-Modified",
						required: true,
						xmlName: "Last-Modified",
						type: { name: "DateTimeRfc1123" }
					},
					etag: {
						serializedName: "Etag",
						required: true,
						xmlName: "Etag",
						type: { name: "String" }
					},
					leaseStatus: {
						serializedName: "LeaseStatus",
						xmlName: "LeaseStatus",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					leaseState: {
						serializedName: "LeaseState",
						xmlName: "LeaseState",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseDuration: {
						serializedName: "LeaseDuration",
						xmlName: "LeaseDuration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					publicAccess: {
						serializedName: "PublicAccess",
						xmlName: "PublicAccess",
						type: {
							name: "Enum",
							allowedValues: ["container", "blob"]
						}
					},
					hasImmutabilityPolicy: {
						serializedName: "HasImmutabilityPolicy",
						xmlName: "HasImmutabilityPolicy",
						type: { name: "Boolean" }
					},
					hasLegalHold: {
						serializedName: "HasLegalHold",
						xmlName: "HasLegalHold",
						type: { name: "Boolean" }
					},
					defaultEncryptionScope: {
						serializedName: "DefaultEncryptionScope",
						xmlName: "DefaultEncryptionScope",
						type: { name: "String" }
					},
					preventEncryptionScopeOverride: {
						serializedName: "DenyEncryptionScopeOverride",
						xmlName: "DenyEncryptionScopeOverride",
						type: { name: "Boolean" }
					},
					deletedOn: {
						serializedName: "DeletedTime",
						xmlName: "DeletedTime",
						type: { name: "DateTimeRfc1123" }
					},
					remainingRetentionDays: {
						serializedName: "RemainingRetentionDays",
						xmlName: "RemainingRetentionDays",
						type: { name: "Number" }
					},
					isImmutableStorageWithVersioningEnabled: {
						serializedName: "ImmutableStorageWithVersioningEnabled",
						xmlName: "ImmutableStorageWithVersioningEnabled",
						type: { name: "Boolean" }
					}
				}
			}
		};
		KeyInfo = {
			serializedName: "KeyInfo",
			type: {
				name: "Composite",
				className: "KeyInfo",
				modelProperties: {
					startsOn: {
						serializedName: "Start",
						required: true,
						xmlName: "Start",
						type: { name: "String" }
					},
					expiresOn: {
						serializedName: "Expiry",
						required: true,
						xmlName: "Expiry",
						type: { name: "String" }
					}
				}
			}
		};
		UserDelegationKey = {
			serializedName: "UserDelegationKey",
			type: {
				name: "Composite",
				className: "UserDelegationKey",
				modelProperties: {
					signedObjectId: {
						serializedName: "SignedOid",
						required: true,
						xmlName: "SignedOid",
						type: { name: "String" }
					},
					signedTenantId: {
						serializedName: "SignedTid",
						required: true,
						xmlName: "SignedTid",
						type: { name: "String" }
					},
					signedStartsOn: {
						serializedName: "SignedStart",
						required: true,
						xmlName: "SignedStart",
						type: { name: "String" }
					},
					signedExpiresOn: {
						serializedName: "SignedExpiry",
						required: true,
						xmlName: "SignedExpiry",
						type: { name: "String" }
					},
					signedService: {
						serializedName: "SignedService",
						required: true,
						xmlName: "SignedService",
						type: { name: "String" }
					},
					signedVersion: {
						serializedName: "SignedVersion",
						required: true,
						xmlName: "SignedVersion",
						type: { name: "String" }
					},
					value: {
						serializedName: "Value",
						required: true,
						xmlName: "Value",
						type: { name: "String" }
					}
				}
			}
		};
		FilterBlobSegment = {
			serializedName: "FilterBlobSegment",
			xmlName: "EnumerationResults",
			type: {
				name: "Composite",
				className: "FilterBlobSegment",
				modelProperties: {
					serviceEndpoint: {
						serializedName: "ServiceEndpoint",
						required: true,
						xmlName: "ServiceEndpoint",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					where: {
						serializedName: "Where",
						required: true,
						xmlName: "Where",
						type: { name: "String" }
					},
					blobs: {
						serializedName: "Blobs",
						required: true,
						xmlName: "Blobs",
						xmlIsWrapped: true,
						xmlElementName: "Blob",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "FilterBlobItem"
							} }
						}
					},
					continuationToken: {
						serializedName: "NextMarker",
						xmlName: "NextMarker",
						type: { name: "String" }
					}
				}
			}
		};
		FilterBlobItem = {
			serializedName: "FilterBlobItem",
			xmlName: "Blob",
			type: {
				name: "Composite",
				className: "FilterBlobItem",
				modelProperties: {
					name: {
						serializedName: "Name",
						required: true,
						xmlName: "Name",
						type: { name: "String" }
					},
					containerName: {
						serializedName: "ContainerName",
						required: true,
						xmlName: "ContainerName",
						type: { name: "String" }
					},
					tags: {
						serializedName: "Tags",
						xmlName: "Tags",
						type: {
							name: "Composite",
							className: "BlobTags"
						}
					}
				}
			}
		};
		BlobTags = {
			serializedName: "BlobTags",
			xmlName: "Tags",
			type: {
				name: "Composite",
				className: "BlobTags",
				modelProperties: { blobTagSet: {
					serializedName: "BlobTagSet",
					required: true,
					xmlName: "TagSet",
					xmlIsWrapped: true,
					xmlElementName: "Tag",
					type: {
						name: "Sequence",
						element: { type: {
							name: "Composite",
							className: "BlobTag"
						} }
					}
				} }
			}
		};
		BlobTag = {
			serializedName: "BlobTag",
			xmlName: "Tag",
			type: {
				name: "Composite",
				className: "BlobTag",
				modelProperties: {
					key: {
						serializedName: "Key",
						required: true,
						xmlName: "Key",
						type: { name: "String" }
					},
					value: {
						serializedName: "Value",
						required: true,
						xmlName: "Value",
						type: { name: "String" }
					}
				}
			}
		};
		SignedIdentifier = {
			serializedName: "SignedIdentifier",
			xmlName: "SignedIdentifier",
			type: {
				name: "Composite",
				className: "SignedIdentifier",
				modelProperties: {
					id: {
						serializedName: "Id",
						required: true,
						xmlName: "Id",
						type: { name: "String" }
					},
					accessPolicy: {
						serializedName: "AccessPolicy",
						xmlName: "AccessPolicy",
						type: {
							name: "Composite",
							className: "AccessPolicy"
						}
					}
				}
			}
		};
		AccessPolicy = {
			serializedName: "AccessPolicy",
			type: {
				name: "Composite",
				className: "AccessPolicy",
				modelProperties: {
					startsOn: {
						serializedName: "Start",
						xmlName: "Start",
						type: { name: "String" }
					},
					expiresOn: {
						serializedName: "Expiry",
						xmlName: "Expiry",
						type: { name: "String" }
					},
					permissions: {
						serializedName: "Permission",
						xmlName: "Permission",
						type: { name: "String" }
					}
				}
			}
		};
		ListBlobsFlatSegmentResponse = {
			serializedName: "ListBlobsFlatSegmentResponse",
			xmlName: "EnumerationResults",
			type: {
				name: "Composite",
				className: "ListBlobsFlatSegmentResponse",
				modelProperties: {
					serviceEndpoint: {
						serializedName: "ServiceEndpoint",
						required: true,
						xmlName: "ServiceEndpoint",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					containerName: {
						serializedName: "ContainerName",
						required: true,
						xmlName: "ContainerName",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					prefix: {
						serializedName: "Prefix",
						xmlName: "Prefix",
						type: { name: "String" }
					},
					marker: {
						serializedName: "Marker",
						xmlName: "Marker",
						type: { name: "String" }
					},
					maxPageSize: {
						serializedName: "MaxResults",
						xmlName: "MaxResults",
						type: { name: "Number" }
					},
					segment: {
						serializedName: "Segment",
						xmlName: "Blobs",
						type: {
							name: "Composite",
							className: "BlobFlatListSegment"
						}
					},
					continuationToken: {
						serializedName: "NextMarker",
						xmlName: "NextMarker",
						type: { name: "String" }
					}
				}
			}
		};
		BlobFlatListSegment = {
			serializedName: "BlobFlatListSegment",
			xmlName: "Blobs",
			type: {
				name: "Composite",
				className: "BlobFlatListSegment",
				modelProperties: { blobItems: {
					serializedName: "BlobItems",
					required: true,
					xmlName: "BlobItems",
					xmlElementName: "Blob",
					type: {
						name: "Sequence",
						element: { type: {
							name: "Composite",
							className: "BlobItemInternal"
						} }
					}
				} }
			}
		};
		BlobItemInternal = {
			serializedName: "BlobItemInternal",
			xmlName: "Blob",
			type: {
				name: "Composite",
				className: "BlobItemInternal",
				modelProperties: {
					name: {
						serializedName: "Name",
						xmlName: "Name",
						type: {
							name: "Composite",
							className: "BlobName"
						}
					},
					deleted: {
						serializedName: "Deleted",
						required: true,
						xmlName: "Deleted",
						type: { name: "Boolean" }
					},
					snapshot: {
						serializedName: "Snapshot",
						required: true,
						xmlName: "Snapshot",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "VersionId",
						xmlName: "VersionId",
						type: { name: "String" }
					},
					isCurrentVersion: {
						serializedName: "IsCurrentVersion",
						xmlName: "IsCurrentVersion",
						type: { name: "Boolean" }
					},
					properties: {
						serializedName: "Properties",
						xmlName: "Properties",
						type: {
							name: "Composite",
							className: "BlobPropertiesInternal"
						}
					},
					metadata: {
						serializedName: "Metadata",
						xmlName: "Metadata",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					blobTags: {
						serializedName: "BlobTags",
						xmlName: "Tags",
						type: {
							name: "Composite",
							className: "BlobTags"
						}
					},
					objectReplicationMetadata: {
						serializedName: "ObjectReplicationMetadata",
						xmlName: "OrMetadata",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					hasVersionsOnly: {
						serializedName: "HasVersionsOnly",
						xmlName: "HasVersionsOnly",
						type: { name: "Boolean" }
					}
				}
			}
		};
		BlobName = {
			serializedName: "BlobName",
			type: {
				name: "Composite",
				className: "BlobName",
				modelProperties: {
					encoded: {
						serializedName: "Encoded",
						xmlName: "Encoded",
						xmlIsAttribute: true,
						type: { name: "Boolean" }
					},
					content: {
						serializedName: "content",
						xmlName: "content",
						xmlIsMsText: true,
						type: { name: "String" }
					}
				}
			}
		};
		BlobPropertiesInternal = {
			serializedName: "BlobPropertiesInternal",
			xmlName: "Properties",
			type: {
				name: "Composite",
				className: "BlobPropertiesInternal",
				modelProperties: {
					createdOn: {
						serializedName: "Creation-Time",
						xmlName: "Creation-Time",
						type: { name: "DateTimeRfc1123" }
					},
					lastModified: {
						serializedName: "Last-Modified",
						required: true,
						xmlName: "Last-Modified",
						type: { name: "DateTimeRfc1123" }
					},
					etag: {
						serializedName: "Etag",
						required: true,
						xmlName: "Etag",
						type: { name: "String" }
					},
					contentLength: {
						serializedName: "Content-Length",
						xmlName: "Content-Length",
						type: { name: "Number" }
					},
					contentType: {
						serializedName: "Content-Type",
						xmlName: "Content-Type",
						type: { name: "String" }
					},
					contentEncoding: {
						serializedName: "Content-Encoding",
						xmlName: "Content-Encoding",
						type: { name: "String" }
					},
					contentLanguage: {
						serializedName: "Content-Language",
						xmlName: "Content-Language",
						type: { name: "String" }
					},
					contentMD5: {
						serializedName: "Content-MD5",
						xmlName: "Content-MD5",
						type: { name: "ByteArray" }
					},
					contentDisposition: {
						serializedName: "Content-Disposition",
						xmlName: "Content-Disposition",
						type: { name: "String" }
					},
					cacheControl: {
						serializedName: "Cache-Control",
						xmlName: "Cache-Control",
						type: { name: "String" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					blobType: {
						serializedName: "BlobType",
						xmlName: "BlobType",
						type: {
							name: "Enum",
							allowedValues: [
								"BlockBlob",
								"PageBlob",
								"AppendBlob"
							]
						}
					},
					leaseStatus: {
						serializedName: "LeaseStatus",
						xmlName: "LeaseStatus",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					leaseState: {
						serializedName: "LeaseState",
						xmlName: "LeaseState",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseDuration: {
						serializedName: "LeaseDuration",
						xmlName: "LeaseDuration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					copyId: {
						serializedName: "CopyId",
						xmlName: "CopyId",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "CopyStatus",
						xmlName: "CopyStatus",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					copySource: {
						serializedName: "CopySource",
						xmlName: "CopySource",
						type: { name: "String" }
					},
					copyProgress: {
						serializedName: "CopyProgress",
						xmlName: "CopyProgress",
						type: { name: "String" }
					},
					copyCompletedOn: {
						serializedName: "CopyCompletionTime",
						xmlName: "CopyCompletionTime",
						type: { name: "DateTimeRfc1123" }
					},
					copyStatusDescription: {
						serializedName: "CopyStatusDescription",
						xmlName: "CopyStatusDescription",
						type: { name: "String" }
					},
					serverEncrypted: {
						serializedName: "ServerEncrypted",
						xmlName: "ServerEncrypted",
						type: { name: "Boolean" }
					},
					incrementalCopy: {
						serializedName: "IncrementalCopy",
						xmlName: "IncrementalCopy",
						type: { name: "Boolean" }
					},
					destinationSnapshot: {
						serializedName: "DestinationSnapshot",
						xmlName: "DestinationSnapshot",
						type: { name: "String" }
					},
					deletedOn: {
						serializedName: "DeletedTime",
						xmlName: "DeletedTime",
						type: { name: "DateTimeRfc1123" }
					},
					remainingRetentionDays: {
						serializedName: "RemainingRetentionDays",
						xmlName: "RemainingRetentionDays",
						type: { name: "Number" }
					},
					accessTier: {
						serializedName: "AccessTier",
						xmlName: "AccessTier",
						type: {
							name: "Enum",
							allowedValues: [
								"P4",
								"P6",
								"P10",
								"P15",
								"P20",
								"P30",
								"P40",
								"P50",
								"P60",
								"P70",
								"P80",
								"Hot",
								"Cool",
								"Archive",
								"Cold"
							]
						}
					},
					accessTierInferred: {
						serializedName: "AccessTierInferred",
						xmlName: "AccessTierInferred",
						type: { name: "Boolean" }
					},
					archiveStatus: {
						serializedName: "ArchiveStatus",
						xmlName: "ArchiveStatus",
						type: {
							name: "Enum",
							allowedValues: [
								"rehydrate-pending-to-hot",
								"rehydrate-pending-to-cool",
								"rehydrate-pending-to-cold"
							]
						}
					},
					customerProvidedKeySha256: {
						serializedName: "CustomerProvidedKeySha256",
						xmlName: "CustomerProvidedKeySha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "EncryptionScope",
						xmlName: "EncryptionScope",
						type: { name: "String" }
					},
					accessTierChangedOn: {
						serializedName: "AccessTierChangeTime",
						xmlName: "AccessTierChangeTime",
						type: { name: "DateTimeRfc1123" }
					},
					tagCount: {
						serializedName: "TagCount",
						xmlName: "TagCount",
						type: { name: "Number" }
					},
					expiresOn: {
						serializedName: "Expiry-Time",
						xmlName: "Expiry-Time",
						type: { name: "DateTimeRfc1123" }
					},
					isSealed: {
						serializedName: "Sealed",
						xmlName: "Sealed",
						type: { name: "Boolean" }
					},
					rehydratePriority: {
						serializedName: "RehydratePriority",
						xmlName: "RehydratePriority",
						type: {
							name: "Enum",
							allowedValues: ["High", "Standard"]
						}
					},
					lastAccessedOn: {
						serializedName: "LastAccessTime",
						xmlName: "LastAccessTime",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyExpiresOn: {
						serializedName: "ImmutabilityPolicyUntilDate",
						xmlName: "ImmutabilityPolicyUntilDate",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyMode: {
						serializedName: "ImmutabilityPolicyMode",
						xmlName: "ImmutabilityPolicyMode",
						type: {
							name: "Enum",
							allowedValues: [
								"Mutable",
								"Unlocked",
								"Locked"
							]
						}
					},
					legalHold: {
						serializedName: "LegalHold",
						xmlName: "LegalHold",
						type: { name: "Boolean" }
					}
				}
			}
		};
		ListBlobsHierarchySegmentResponse = {
			serializedName: "ListBlobsHierarchySegmentResponse",
			xmlName: "EnumerationResults",
			type: {
				name: "Composite",
				className: "ListBlobsHierarchySegmentResponse",
				modelProperties: {
					serviceEndpoint: {
						serializedName: "ServiceEndpoint",
						required: true,
						xmlName: "ServiceEndpoint",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					containerName: {
						serializedName: "ContainerName",
						required: true,
						xmlName: "ContainerName",
						xmlIsAttribute: true,
						type: { name: "String" }
					},
					prefix: {
						serializedName: "Prefix",
						xmlName: "Prefix",
						type: { name: "String" }
					},
					marker: {
						serializedName: "Marker",
						xmlName: "Marker",
						type: { name: "String" }
					},
					maxPageSize: {
						serializedName: "MaxResults",
						xmlName: "MaxResults",
						type: { name: "Number" }
					},
					delimiter: {
						serializedName: "Delimiter",
						xmlName: "Delimiter",
						type: { name: "String" }
					},
					segment: {
						serializedName: "Segment",
						xmlName: "Blobs",
						type: {
							name: "Composite",
							className: "BlobHierarchyListSegment"
						}
					},
					continuationToken: {
						serializedName: "NextMarker",
						xmlName: "NextMarker",
						type: { name: "String" }
					}
				}
			}
		};
		BlobHierarchyListSegment = {
			serializedName: "BlobHierarchyListSegment",
			xmlName: "Blobs",
			type: {
				name: "Composite",
				className: "BlobHierarchyListSegment",
				modelProperties: {
					blobPrefixes: {
						serializedName: "BlobPrefixes",
						xmlName: "BlobPrefixes",
						xmlElementName: "BlobPrefix",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "BlobPrefix"
							} }
						}
					},
					blobItems: {
						serializedName: "BlobItems",
						required: true,
						xmlName: "BlobItems",
						xmlElementName: "Blob",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "BlobItemInternal"
							} }
						}
					}
				}
			}
		};
		BlobPrefix = {
			serializedName: "BlobPrefix",
			type: {
				name: "Composite",
				className: "BlobPrefix",
				modelProperties: { name: {
					serializedName: "Name",
					xmlName: "Name",
					type: {
						name: "Composite",
						className: "BlobName"
					}
				} }
			}
		};
		BlockLookupList = {
			serializedName: "BlockLookupList",
			xmlName: "BlockList",
			type: {
				name: "Composite",
				className: "BlockLookupList",
				modelProperties: {
					committed: {
						serializedName: "Committed",
						xmlName: "Committed",
						xmlElementName: "Committed",
						type: {
							name: "Sequence",
							element: { type: { name: "String" } }
						}
					},
					uncommitted: {
						serializedName: "Uncommitted",
						xmlName: "Uncommitted",
						xmlElementName: "Uncommitted",
						type: {
							name: "Sequence",
							element: { type: { name: "String" } }
						}
					},
					latest: {
						serializedName: "Latest",
						xmlName: "Latest",
						xmlElementName: "Latest",
						type: {
							name: "Sequence",
							element: { type: { name: "String" } }
						}
					}
				}
			}
		};
		BlockList = {
			serializedName: "BlockList",
			type: {
				name: "Composite",
				className: "BlockList",
				modelProperties: {
					committedBlocks: {
						serializedName: "CommittedBlocks",
						xmlName: "CommittedBlocks",
						xmlIsWrapped: true,
						xmlElementName: "Block",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "Block"
							} }
						}
					},
					uncommittedBlocks: {
						serializedName: "UncommittedBlocks",
						xmlName: "UncommittedBlocks",
						xmlIsWrapped: true,
						xmlElementName: "Block",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "Block"
							} }
						}
					}
				}
			}
		};
		Block = {
			serializedName: "Block",
			type: {
				name: "Composite",
				className: "Block",
				modelProperties: {
					name: {
						serializedName: "Name",
						required: true,
						xmlName: "Name",
						type: { name: "String" }
					},
					size: {
						serializedName: "Size",
						required: true,
						xmlName: "Size",
						type: { name: "Number" }
					}
				}
			}
		};
		PageList = {
			serializedName: "PageList",
			type: {
				name: "Composite",
				className: "PageList",
				modelProperties: {
					pageRange: {
						serializedName: "PageRange",
						xmlName: "PageRange",
						xmlElementName: "PageRange",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "PageRange"
							} }
						}
					},
					clearRange: {
						serializedName: "ClearRange",
						xmlName: "ClearRange",
						xmlElementName: "ClearRange",
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "ClearRange"
							} }
						}
					},
					continuationToken: {
						serializedName: "NextMarker",
						xmlName: "NextMarker",
						type: { name: "String" }
					}
				}
			}
		};
		PageRange = {
			serializedName: "PageRange",
			xmlName: "PageRange",
			type: {
				name: "Composite",
				className: "PageRange",
				modelProperties: {
					start: {
						serializedName: "Start",
						required: true,
						xmlName: "Start",
						type: { name: "Number" }
					},
					end: {
						serializedName: "End",
						required: true,
						xmlName: "End",
						type: { name: "Number" }
					}
				}
			}
		};
		ClearRange = {
			serializedName: "ClearRange",
			xmlName: "ClearRange",
			type: {
				name: "Composite",
				className: "ClearRange",
				modelProperties: {
					start: {
						serializedName: "Start",
						required: true,
						xmlName: "Start",
						type: { name: "Number" }
					},
					end: {
						serializedName: "End",
						required: true,
						xmlName: "End",
						type: { name: "Number" }
					}
				}
			}
		};
		QueryRequest = {
			serializedName: "QueryRequest",
			xmlName: "QueryRequest",
			type: {
				name: "Composite",
				className: "QueryRequest",
				modelProperties: {
					queryType: {
						serializedName: "QueryType",
						required: true,
						xmlName: "QueryType",
						type: { name: "String" }
					},
					expression: {
						serializedName: "Expression",
						required: true,
						xmlName: "Expression",
						type: { name: "String" }
					},
					inputSerialization: {
						serializedName: "InputSerialization",
						xmlName: "InputSerialization",
						type: {
							name: "Composite",
							className: "QuerySerialization"
						}
					},
					outputSerialization: {
						serializedName: "OutputSerialization",
						xmlName: "OutputSerialization",
						type: {
							name: "Composite",
							className: "QuerySerialization"
						}
					}
				}
			}
		};
		QuerySerialization = {
			serializedName: "QuerySerialization",
			type: {
				name: "Composite",
				className: "QuerySerialization",
				modelProperties: { format: {
					serializedName: "Format",
					xmlName: "Format",
					type: {
						name: "Composite",
						className: "QueryFormat"
					}
				} }
			}
		};
		QueryFormat = {
			serializedName: "QueryFormat",
			type: {
				name: "Composite",
				className: "QueryFormat",
				modelProperties: {
					type: {
						serializedName: "Type",
						required: true,
						xmlName: "Type",
						type: {
							name: "Enum",
							allowedValues: [
								"delimited",
								"json",
								"arrow",
								"parquet"
							]
						}
					},
					delimitedTextConfiguration: {
						serializedName: "DelimitedTextConfiguration",
						xmlName: "DelimitedTextConfiguration",
						type: {
							name: "Composite",
							className: "DelimitedTextConfiguration"
						}
					},
					jsonTextConfiguration: {
						serializedName: "JsonTextConfiguration",
						xmlName: "JsonTextConfiguration",
						type: {
							name: "Composite",
							className: "JsonTextConfiguration"
						}
					},
					arrowConfiguration: {
						serializedName: "ArrowConfiguration",
						xmlName: "ArrowConfiguration",
						type: {
							name: "Composite",
							className: "ArrowConfiguration"
						}
					},
					parquetTextConfiguration: {
						serializedName: "ParquetTextConfiguration",
						xmlName: "ParquetTextConfiguration",
						type: {
							name: "Dictionary",
							value: { type: { name: "any" } }
						}
					}
				}
			}
		};
		DelimitedTextConfiguration = {
			serializedName: "DelimitedTextConfiguration",
			xmlName: "DelimitedTextConfiguration",
			type: {
				name: "Composite",
				className: "DelimitedTextConfiguration",
				modelProperties: {
					columnSeparator: {
						serializedName: "ColumnSeparator",
						xmlName: "ColumnSeparator",
						type: { name: "String" }
					},
					fieldQuote: {
						serializedName: "FieldQuote",
						xmlName: "FieldQuote",
						type: { name: "String" }
					},
					recordSeparator: {
						serializedName: "RecordSeparator",
						xmlName: "RecordSeparator",
						type: { name: "String" }
					},
					escapeChar: {
						serializedName: "EscapeChar",
						xmlName: "EscapeChar",
						type: { name: "String" }
					},
					headersPresent: {
						serializedName: "HeadersPresent",
						xmlName: "HasHeaders",
						type: { name: "Boolean" }
					}
				}
			}
		};
		JsonTextConfiguration = {
			serializedName: "JsonTextConfiguration",
			xmlName: "JsonTextConfiguration",
			type: {
				name: "Composite",
				className: "JsonTextConfiguration",
				modelProperties: { recordSeparator: {
					serializedName: "RecordSeparator",
					xmlName: "RecordSeparator",
					type: { name: "String" }
				} }
			}
		};
		ArrowConfiguration = {
			serializedName: "ArrowConfiguration",
			xmlName: "ArrowConfiguration",
			type: {
				name: "Composite",
				className: "ArrowConfiguration",
				modelProperties: { schema: {
					serializedName: "Schema",
					required: true,
					xmlName: "Schema",
					xmlIsWrapped: true,
					xmlElementName: "Field",
					type: {
						name: "Sequence",
						element: { type: {
							name: "Composite",
							className: "ArrowField"
						} }
					}
				} }
			}
		};
		ArrowField = {
			serializedName: "ArrowField",
			xmlName: "Field",
			type: {
				name: "Composite",
				className: "ArrowField",
				modelProperties: {
					type: {
						serializedName: "Type",
						required: true,
						xmlName: "Type",
						type: { name: "String" }
					},
					name: {
						serializedName: "Name",
						xmlName: "Name",
						type: { name: "String" }
					},
					precision: {
						serializedName: "Precision",
						xmlName: "Precision",
						type: { name: "Number" }
					},
					scale: {
						serializedName: "Scale",
						xmlName: "Scale",
						type: { name: "Number" }
					}
				}
			}
		};
		ServiceSetPropertiesHeaders = {
			serializedName: "Service_setPropertiesHeaders",
			type: {
				name: "Composite",
				className: "ServiceSetPropertiesHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceSetPropertiesExceptionHeaders = {
			serializedName: "Service_setPropertiesExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceSetPropertiesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceGetPropertiesHeaders = {
			serializedName: "Service_getPropertiesHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetPropertiesHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceGetPropertiesExceptionHeaders = {
			serializedName: "Service_getPropertiesExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetPropertiesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceGetStatisticsHeaders = {
			serializedName: "Service_getStatisticsHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetStatisticsHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceGetStatisticsExceptionHeaders = {
			serializedName: "Service_getStatisticsExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetStatisticsExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceListContainersSegmentHeaders = {
			serializedName: "Service_listContainersSegmentHeaders",
			type: {
				name: "Composite",
				className: "ServiceListContainersSegmentHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceListContainersSegmentExceptionHeaders = {
			serializedName: "Service_listContainersSegmentExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceListContainersSegmentExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceGetUserDelegationKeyHeaders = {
			serializedName: "Service_getUserDelegationKeyHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetUserDelegationKeyHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceGetUserDelegationKeyExceptionHeaders = {
			serializedName: "Service_getUserDelegationKeyExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetUserDelegationKeyExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceGetAccountInfoHeaders = {
			serializedName: "Service_getAccountInfoHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetAccountInfoHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					skuName: {
						serializedName: "x-ms-sku-name",
						xmlName: "x-ms-sku-name",
						type: {
							name: "Enum",
							allowedValues: [
								"Standard_LRS",
								"Standard_GRS",
								"Standard_RAGRS",
								"Standard_ZRS",
								"Premium_LRS"
							]
						}
					},
					accountKind: {
						serializedName: "x-ms-account-kind",
						xmlName: "x-ms-account-kind",
						type: {
							name: "Enum",
							allowedValues: [
								"Storage",
								"BlobStorage",
								"StorageV2",
								"FileStorage",
								"BlockBlobStorage"
							]
						}
					},
					isHierarchicalNamespaceEnabled: {
						serializedName: "x-ms-is-hns-enabled",
						xmlName: "x-ms-is-hns-enabled",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceGetAccountInfoExceptionHeaders = {
			serializedName: "Service_getAccountInfoExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceGetAccountInfoExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceSubmitBatchHeaders = {
			serializedName: "Service_submitBatchHeaders",
			type: {
				name: "Composite",
				className: "ServiceSubmitBatchHeaders",
				modelProperties: {
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceSubmitBatchExceptionHeaders = {
			serializedName: "Service_submitBatchExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceSubmitBatchExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ServiceFilterBlobsHeaders = {
			serializedName: "Service_filterBlobsHeaders",
			type: {
				name: "Composite",
				className: "ServiceFilterBlobsHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ServiceFilterBlobsExceptionHeaders = {
			serializedName: "Service_filterBlobsExceptionHeaders",
			type: {
				name: "Composite",
				className: "ServiceFilterBlobsExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerCreateHeaders = {
			serializedName: "Container_createHeaders",
			type: {
				name: "Composite",
				className: "ContainerCreateHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerCreateExceptionHeaders = {
			serializedName: "Container_createExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerCreateExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerGetPropertiesHeaders = {
			serializedName: "Container_getPropertiesHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetPropertiesHeaders",
				modelProperties: {
					metadata: {
						serializedName: "x-ms-meta",
						headerCollectionPrefix: "x-ms-meta-",
						xmlName: "x-ms-meta",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseDuration: {
						serializedName: "x-ms-lease-duration",
						xmlName: "x-ms-lease-duration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					leaseState: {
						serializedName: "x-ms-lease-state",
						xmlName: "x-ms-lease-state",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseStatus: {
						serializedName: "x-ms-lease-status",
						xmlName: "x-ms-lease-status",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					blobPublicAccess: {
						serializedName: "x-ms-blob-public-access",
						xmlName: "x-ms-blob-public-access",
						type: {
							name: "Enum",
							allowedValues: ["container", "blob"]
						}
					},
					hasImmutabilityPolicy: {
						serializedName: "x-ms-has-immutability-policy",
						xmlName: "x-ms-has-immutability-policy",
						type: { name: "Boolean" }
					},
					hasLegalHold: {
						serializedName: "x-ms-has-legal-hold",
						xmlName: "x-ms-has-legal-hold",
						type: { name: "Boolean" }
					},
					defaultEncryptionScope: {
						serializedName: "x-ms-default-encryption-scope",
						xmlName: "x-ms-default-encryption-scope",
						type: { name: "String" }
					},
					denyEncryptionScopeOverride: {
						serializedName: "x-ms-deny-encryption-scope-override",
						xmlName: "x-ms-deny-encryption-scope-override",
						type: { name: "Boolean" }
					},
					isImmutableStorageWithVersioningEnabled: {
						serializedName: "x-ms-immutable-storage-with-versioning-enabled",
						xmlName: "x-ms-immutable-storage-with-versioning-enabled",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerGetPropertiesExceptionHeaders = {
			serializedName: "Container_getPropertiesExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetPropertiesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerDeleteHeaders = {
			serializedName: "Container_deleteHeaders",
			type: {
				name: "Composite",
				className: "ContainerDeleteHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerDeleteExceptionHeaders = {
			serializedName: "Container_deleteExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerDeleteExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerSetMetadataHeaders = {
			serializedName: "Container_setMetadataHeaders",
			type: {
				name: "Composite",
				className: "ContainerSetMetadataHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerSetMetadataExceptionHeaders = {
			serializedName: "Container_setMetadataExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerSetMetadataExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerGetAccessPolicyHeaders = {
			serializedName: "Container_getAccessPolicyHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetAccessPolicyHeaders",
				modelProperties: {
					blobPublicAccess: {
						serializedName: "x-ms-blob-public-access",
						xmlName: "x-ms-blob-public-access",
						type: {
							name: "Enum",
							allowedValues: ["container", "blob"]
						}
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerGetAccessPolicyExceptionHeaders = {
			serializedName: "Container_getAccessPolicyExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetAccessPolicyExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerSetAccessPolicyHeaders = {
			serializedName: "Container_setAccessPolicyHeaders",
			type: {
				name: "Composite",
				className: "ContainerSetAccessPolicyHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerSetAccessPolicyExceptionHeaders = {
			serializedName: "Container_setAccessPolicyExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerSetAccessPolicyExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerRestoreHeaders = {
			serializedName: "Container_restoreHeaders",
			type: {
				name: "Composite",
				className: "ContainerRestoreHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerRestoreExceptionHeaders = {
			serializedName: "Container_restoreExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerRestoreExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerRenameHeaders = {
			serializedName: "Container_renameHeaders",
			type: {
				name: "Composite",
				className: "ContainerRenameHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerRenameExceptionHeaders = {
			serializedName: "Container_renameExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerRenameExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerSubmitBatchHeaders = {
			serializedName: "Container_submitBatchHeaders",
			type: {
				name: "Composite",
				className: "ContainerSubmitBatchHeaders",
				modelProperties: {
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerSubmitBatchExceptionHeaders = {
			serializedName: "Container_submitBatchExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerSubmitBatchExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerFilterBlobsHeaders = {
			serializedName: "Container_filterBlobsHeaders",
			type: {
				name: "Composite",
				className: "ContainerFilterBlobsHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerFilterBlobsExceptionHeaders = {
			serializedName: "Container_filterBlobsExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerFilterBlobsExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerAcquireLeaseHeaders = {
			serializedName: "Container_acquireLeaseHeaders",
			type: {
				name: "Composite",
				className: "ContainerAcquireLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerAcquireLeaseExceptionHeaders = {
			serializedName: "Container_acquireLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerAcquireLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerReleaseLeaseHeaders = {
			serializedName: "Container_releaseLeaseHeaders",
			type: {
				name: "Composite",
				className: "ContainerReleaseLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerReleaseLeaseExceptionHeaders = {
			serializedName: "Container_releaseLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerReleaseLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerRenewLeaseHeaders = {
			serializedName: "Container_renewLeaseHeaders",
			type: {
				name: "Composite",
				className: "ContainerRenewLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerRenewLeaseExceptionHeaders = {
			serializedName: "Container_renewLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerRenewLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerBreakLeaseHeaders = {
			serializedName: "Container_breakLeaseHeaders",
			type: {
				name: "Composite",
				className: "ContainerBreakLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseTime: {
						serializedName: "x-ms-lease-time",
						xmlName: "x-ms-lease-time",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerBreakLeaseExceptionHeaders = {
			serializedName: "Container_breakLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerBreakLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerChangeLeaseHeaders = {
			serializedName: "Container_changeLeaseHeaders",
			type: {
				name: "Composite",
				className: "ContainerChangeLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		ContainerChangeLeaseExceptionHeaders = {
			serializedName: "Container_changeLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerChangeLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerListBlobFlatSegmentHeaders = {
			serializedName: "Container_listBlobFlatSegmentHeaders",
			type: {
				name: "Composite",
				className: "ContainerListBlobFlatSegmentHeaders",
				modelProperties: {
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerListBlobFlatSegmentExceptionHeaders = {
			serializedName: "Container_listBlobFlatSegmentExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerListBlobFlatSegmentExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerListBlobHierarchySegmentHeaders = {
			serializedName: "Container_listBlobHierarchySegmentHeaders",
			type: {
				name: "Composite",
				className: "ContainerListBlobHierarchySegmentHeaders",
				modelProperties: {
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		ContainerListBlobHierarchySegmentExceptionHeaders = {
			serializedName: "Container_listBlobHierarchySegmentExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerListBlobHierarchySegmentExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		ContainerGetAccountInfoHeaders = {
			serializedName: "Container_getAccountInfoHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetAccountInfoHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					skuName: {
						serializedName: "x-ms-sku-name",
						xmlName: "x-ms-sku-name",
						type: {
							name: "Enum",
							allowedValues: [
								"Standard_LRS",
								"Standard_GRS",
								"Standard_RAGRS",
								"Standard_ZRS",
								"Premium_LRS"
							]
						}
					},
					accountKind: {
						serializedName: "x-ms-account-kind",
						xmlName: "x-ms-account-kind",
						type: {
							name: "Enum",
							allowedValues: [
								"Storage",
								"BlobStorage",
								"StorageV2",
								"FileStorage",
								"BlockBlobStorage"
							]
						}
					},
					isHierarchicalNamespaceEnabled: {
						serializedName: "x-ms-is-hns-enabled",
						xmlName: "x-ms-is-hns-enabled",
						type: { name: "Boolean" }
					}
				}
			}
		};
		ContainerGetAccountInfoExceptionHeaders = {
			serializedName: "Container_getAccountInfoExceptionHeaders",
			type: {
				name: "Composite",
				className: "ContainerGetAccountInfoExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobDownloadHeaders = {
			serializedName: "Blob_downloadHeaders",
			type: {
				name: "Composite",
				className: "BlobDownloadHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					createdOn: {
						serializedName: "x-ms-creation-time",
						xmlName: "x-ms-creation-time",
						type: { name: "DateTimeRfc1123" }
					},
					metadata: {
						serializedName: "x-ms-meta",
						headerCollectionPrefix: "x-ms-meta-",
						xmlName: "x-ms-meta",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					objectReplicationPolicyId: {
						serializedName: "x-ms-or-policy-id",
						xmlName: "x-ms-or-policy-id",
						type: { name: "String" }
					},
					objectReplicationRules: {
						serializedName: "x-ms-or",
						headerCollectionPrefix: "x-ms-or-",
						xmlName: "x-ms-or",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					contentLength: {
						serializedName: "content-length",
						xmlName: "content-length",
						type: { name: "Number" }
					},
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					contentRange: {
						serializedName: "content-range",
						xmlName: "content-range",
						type: { name: "String" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					contentEncoding: {
						serializedName: "content-encoding",
						xmlName: "content-encoding",
						type: { name: "String" }
					},
					cacheControl: {
						serializedName: "cache-control",
						xmlName: "cache-control",
						type: { name: "String" }
					},
					contentDisposition: {
						serializedName: "content-disposition",
						xmlName: "content-disposition",
						type: { name: "String" }
					},
					contentLanguage: {
						serializedName: "content-language",
						xmlName: "content-language",
						type: { name: "String" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					blobType: {
						serializedName: "x-ms-blob-type",
						xmlName: "x-ms-blob-type",
						type: {
							name: "Enum",
							allowedValues: [
								"BlockBlob",
								"PageBlob",
								"AppendBlob"
							]
						}
					},
					copyCompletedOn: {
						serializedName: "x-ms-copy-completion-time",
						xmlName: "x-ms-copy-completion-time",
						type: { name: "DateTimeRfc1123" }
					},
					copyStatusDescription: {
						serializedName: "x-ms-copy-status-description",
						xmlName: "x-ms-copy-status-description",
						type: { name: "String" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyProgress: {
						serializedName: "x-ms-copy-progress",
						xmlName: "x-ms-copy-progress",
						type: { name: "String" }
					},
					copySource: {
						serializedName: "x-ms-copy-source",
						xmlName: "x-ms-copy-source",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "x-ms-copy-status",
						xmlName: "x-ms-copy-status",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					leaseDuration: {
						serializedName: "x-ms-lease-duration",
						xmlName: "x-ms-lease-duration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					leaseState: {
						serializedName: "x-ms-lease-state",
						xmlName: "x-ms-lease-state",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseStatus: {
						serializedName: "x-ms-lease-status",
						xmlName: "x-ms-lease-status",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					isCurrentVersion: {
						serializedName: "x-ms-is-current-version",
						xmlName: "x-ms-is-current-version",
						type: { name: "Boolean" }
					},
					acceptRanges: {
						serializedName: "accept-ranges",
						xmlName: "accept-ranges",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					blobCommittedBlockCount: {
						serializedName: "x-ms-blob-committed-block-count",
						xmlName: "x-ms-blob-committed-block-count",
						type: { name: "Number" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-server-encrypted",
						xmlName: "x-ms-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					blobContentMD5: {
						serializedName: "x-ms-blob-content-md5",
						xmlName: "x-ms-blob-content-md5",
						type: { name: "ByteArray" }
					},
					tagCount: {
						serializedName: "x-ms-tag-count",
						xmlName: "x-ms-tag-count",
						type: { name: "Number" }
					},
					isSealed: {
						serializedName: "x-ms-blob-sealed",
						xmlName: "x-ms-blob-sealed",
						type: { name: "Boolean" }
					},
					lastAccessed: {
						serializedName: "x-ms-last-access-time",
						xmlName: "x-ms-last-access-time",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyExpiresOn: {
						serializedName: "x-ms-immutability-policy-until-date",
						xmlName: "x-ms-immutability-policy-until-date",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyMode: {
						serializedName: "x-ms-immutability-policy-mode",
						xmlName: "x-ms-immutability-policy-mode",
						type: {
							name: "Enum",
							allowedValues: [
								"Mutable",
								"Unlocked",
								"Locked"
							]
						}
					},
					legalHold: {
						serializedName: "x-ms-legal-hold",
						xmlName: "x-ms-legal-hold",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					contentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					}
				}
			}
		};
		BlobDownloadExceptionHeaders = {
			serializedName: "Blob_downloadExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobDownloadExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobGetPropertiesHeaders = {
			serializedName: "Blob_getPropertiesHeaders",
			type: {
				name: "Composite",
				className: "BlobGetPropertiesHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					createdOn: {
						serializedName: "x-ms-creation-time",
						xmlName: "x-ms-creation-time",
						type: { name: "DateTimeRfc1123" }
					},
					metadata: {
						serializedName: "x-ms-meta",
						headerCollectionPrefix: "x-ms-meta-",
						xmlName: "x-ms-meta",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					objectReplicationPolicyId: {
						serializedName: "x-ms-or-policy-id",
						xmlName: "x-ms-or-policy-id",
						type: { name: "String" }
					},
					objectReplicationRules: {
						serializedName: "x-ms-or",
						headerCollectionPrefix: "x-ms-or-",
						xmlName: "x-ms-or",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					blobType: {
						serializedName: "x-ms-blob-type",
						xmlName: "x-ms-blob-type",
						type: {
							name: "Enum",
							allowedValues: [
								"BlockBlob",
								"PageBlob",
								"AppendBlob"
							]
						}
					},
					copyCompletedOn: {
						serializedName: "x-ms-copy-completion-time",
						xmlName: "x-ms-copy-completion-time",
						type: { name: "DateTimeRfc1123" }
					},
					copyStatusDescription: {
						serializedName: "x-ms-copy-status-description",
						xmlName: "x-ms-copy-status-description",
						type: { name: "String" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyProgress: {
						serializedName: "x-ms-copy-progress",
						xmlName: "x-ms-copy-progress",
						type: { name: "String" }
					},
					copySource: {
						serializedName: "x-ms-copy-source",
						xmlName: "x-ms-copy-source",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "x-ms-copy-status",
						xmlName: "x-ms-copy-status",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					isIncrementalCopy: {
						serializedName: "x-ms-incremental-copy",
						xmlName: "x-ms-incremental-copy",
						type: { name: "Boolean" }
					},
					destinationSnapshot: {
						serializedName: "x-ms-copy-destination-snapshot",
						xmlName: "x-ms-copy-destination-snapshot",
						type: { name: "String" }
					},
					leaseDuration: {
						serializedName: "x-ms-lease-duration",
						xmlName: "x-ms-lease-duration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					leaseState: {
						serializedName: "x-ms-lease-state",
						xmlName: "x-ms-lease-state",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseStatus: {
						serializedName: "x-ms-lease-status",
						xmlName: "x-ms-lease-status",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					contentLength: {
						serializedName: "content-length",
						xmlName: "content-length",
						type: { name: "Number" }
					},
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					contentEncoding: {
						serializedName: "content-encoding",
						xmlName: "content-encoding",
						type: { name: "String" }
					},
					contentDisposition: {
						serializedName: "content-disposition",
						xmlName: "content-disposition",
						type: { name: "String" }
					},
					contentLanguage: {
						serializedName: "content-language",
						xmlName: "content-language",
						type: { name: "String" }
					},
					cacheControl: {
						serializedName: "cache-control",
						xmlName: "cache-control",
						type: { name: "String" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					acceptRanges: {
						serializedName: "accept-ranges",
						xmlName: "accept-ranges",
						type: { name: "String" }
					},
					blobCommittedBlockCount: {
						serializedName: "x-ms-blob-committed-block-count",
						xmlName: "x-ms-blob-committed-block-count",
						type: { name: "Number" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-server-encrypted",
						xmlName: "x-ms-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					accessTier: {
						serializedName: "x-ms-access-tier",
						xmlName: "x-ms-access-tier",
						type: { name: "String" }
					},
					accessTierInferred: {
						serializedName: "x-ms-access-tier-inferred",
						xmlName: "x-ms-access-tier-inferred",
						type: { name: "Boolean" }
					},
					archiveStatus: {
						serializedName: "x-ms-archive-status",
						xmlName: "x-ms-archive-status",
						type: { name: "String" }
					},
					accessTierChangedOn: {
						serializedName: "x-ms-access-tier-change-time",
						xmlName: "x-ms-access-tier-change-time",
						type: { name: "DateTimeRfc1123" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					isCurrentVersion: {
						serializedName: "x-ms-is-current-version",
						xmlName: "x-ms-is-current-version",
						type: { name: "Boolean" }
					},
					tagCount: {
						serializedName: "x-ms-tag-count",
						xmlName: "x-ms-tag-count",
						type: { name: "Number" }
					},
					expiresOn: {
						serializedName: "x-ms-expiry-time",
						xmlName: "x-ms-expiry-time",
						type: { name: "DateTimeRfc1123" }
					},
					isSealed: {
						serializedName: "x-ms-blob-sealed",
						xmlName: "x-ms-blob-sealed",
						type: { name: "Boolean" }
					},
					rehydratePriority: {
						serializedName: "x-ms-rehydrate-priority",
						xmlName: "x-ms-rehydrate-priority",
						type: {
							name: "Enum",
							allowedValues: ["High", "Standard"]
						}
					},
					lastAccessed: {
						serializedName: "x-ms-last-access-time",
						xmlName: "x-ms-last-access-time",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyExpiresOn: {
						serializedName: "x-ms-immutability-policy-until-date",
						xmlName: "x-ms-immutability-policy-until-date",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyMode: {
						serializedName: "x-ms-immutability-policy-mode",
						xmlName: "x-ms-immutability-policy-mode",
						type: {
							name: "Enum",
							allowedValues: [
								"Mutable",
								"Unlocked",
								"Locked"
							]
						}
					},
					legalHold: {
						serializedName: "x-ms-legal-hold",
						xmlName: "x-ms-legal-hold",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobGetPropertiesExceptionHeaders = {
			serializedName: "Blob_getPropertiesExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobGetPropertiesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobDeleteHeaders = {
			serializedName: "Blob_deleteHeaders",
			type: {
				name: "Composite",
				className: "BlobDeleteHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobDeleteExceptionHeaders = {
			serializedName: "Blob_deleteExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobDeleteExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobUndeleteHeaders = {
			serializedName: "Blob_undeleteHeaders",
			type: {
				name: "Composite",
				className: "BlobUndeleteHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobUndeleteExceptionHeaders = {
			serializedName: "Blob_undeleteExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobUndeleteExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetExpiryHeaders = {
			serializedName: "Blob_setExpiryHeaders",
			type: {
				name: "Composite",
				className: "BlobSetExpiryHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobSetExpiryExceptionHeaders = {
			serializedName: "Blob_setExpiryExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetExpiryExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetHttpHeadersHeaders = {
			serializedName: "Blob_setHttpHeadersHeaders",
			type: {
				name: "Composite",
				className: "BlobSetHttpHeadersHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobSetHttpHeadersExceptionHeaders = {
			serializedName: "Blob_setHttpHeadersExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetHttpHeadersExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetImmutabilityPolicyHeaders = {
			serializedName: "Blob_setImmutabilityPolicyHeaders",
			type: {
				name: "Composite",
				className: "BlobSetImmutabilityPolicyHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyExpiry: {
						serializedName: "x-ms-immutability-policy-until-date",
						xmlName: "x-ms-immutability-policy-until-date",
						type: { name: "DateTimeRfc1123" }
					},
					immutabilityPolicyMode: {
						serializedName: "x-ms-immutability-policy-mode",
						xmlName: "x-ms-immutability-policy-mode",
						type: {
							name: "Enum",
							allowedValues: [
								"Mutable",
								"Unlocked",
								"Locked"
							]
						}
					}
				}
			}
		};
		BlobSetImmutabilityPolicyExceptionHeaders = {
			serializedName: "Blob_setImmutabilityPolicyExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetImmutabilityPolicyExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobDeleteImmutabilityPolicyHeaders = {
			serializedName: "Blob_deleteImmutabilityPolicyHeaders",
			type: {
				name: "Composite",
				className: "BlobDeleteImmutabilityPolicyHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobDeleteImmutabilityPolicyExceptionHeaders = {
			serializedName: "Blob_deleteImmutabilityPolicyExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobDeleteImmutabilityPolicyExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetLegalHoldHeaders = {
			serializedName: "Blob_setLegalHoldHeaders",
			type: {
				name: "Composite",
				className: "BlobSetLegalHoldHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					legalHold: {
						serializedName: "x-ms-legal-hold",
						xmlName: "x-ms-legal-hold",
						type: { name: "Boolean" }
					}
				}
			}
		};
		BlobSetLegalHoldExceptionHeaders = {
			serializedName: "Blob_setLegalHoldExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetLegalHoldExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetMetadataHeaders = {
			serializedName: "Blob_setMetadataHeaders",
			type: {
				name: "Composite",
				className: "BlobSetMetadataHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobSetMetadataExceptionHeaders = {
			serializedName: "Blob_setMetadataExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetMetadataExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobAcquireLeaseHeaders = {
			serializedName: "Blob_acquireLeaseHeaders",
			type: {
				name: "Composite",
				className: "BlobAcquireLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobAcquireLeaseExceptionHeaders = {
			serializedName: "Blob_acquireLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobAcquireLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobReleaseLeaseHeaders = {
			serializedName: "Blob_releaseLeaseHeaders",
			type: {
				name: "Composite",
				className: "BlobReleaseLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobReleaseLeaseExceptionHeaders = {
			serializedName: "Blob_releaseLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobReleaseLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobRenewLeaseHeaders = {
			serializedName: "Blob_renewLeaseHeaders",
			type: {
				name: "Composite",
				className: "BlobRenewLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobRenewLeaseExceptionHeaders = {
			serializedName: "Blob_renewLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobRenewLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobChangeLeaseHeaders = {
			serializedName: "Blob_changeLeaseHeaders",
			type: {
				name: "Composite",
				className: "BlobChangeLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					leaseId: {
						serializedName: "x-ms-lease-id",
						xmlName: "x-ms-lease-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobChangeLeaseExceptionHeaders = {
			serializedName: "Blob_changeLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobChangeLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobBreakLeaseHeaders = {
			serializedName: "Blob_breakLeaseHeaders",
			type: {
				name: "Composite",
				className: "BlobBreakLeaseHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					leaseTime: {
						serializedName: "x-ms-lease-time",
						xmlName: "x-ms-lease-time",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					}
				}
			}
		};
		BlobBreakLeaseExceptionHeaders = {
			serializedName: "Blob_breakLeaseExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobBreakLeaseExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobCreateSnapshotHeaders = {
			serializedName: "Blob_createSnapshotHeaders",
			type: {
				name: "Composite",
				className: "BlobCreateSnapshotHeaders",
				modelProperties: {
					snapshot: {
						serializedName: "x-ms-snapshot",
						xmlName: "x-ms-snapshot",
						type: { name: "String" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobCreateSnapshotExceptionHeaders = {
			serializedName: "Blob_createSnapshotExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobCreateSnapshotExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobStartCopyFromURLHeaders = {
			serializedName: "Blob_startCopyFromURLHeaders",
			type: {
				name: "Composite",
				className: "BlobStartCopyFromURLHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "x-ms-copy-status",
						xmlName: "x-ms-copy-status",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobStartCopyFromURLExceptionHeaders = {
			serializedName: "Blob_startCopyFromURLExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobStartCopyFromURLExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		BlobCopyFromURLHeaders = {
			serializedName: "Blob_copyFromURLHeaders",
			type: {
				name: "Composite",
				className: "BlobCopyFromURLHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyStatus: {
						defaultValue: "success",
						isConstant: true,
						serializedName: "x-ms-copy-status",
						type: { name: "String" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobCopyFromURLExceptionHeaders = {
			serializedName: "Blob_copyFromURLExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobCopyFromURLExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		BlobAbortCopyFromURLHeaders = {
			serializedName: "Blob_abortCopyFromURLHeaders",
			type: {
				name: "Composite",
				className: "BlobAbortCopyFromURLHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobAbortCopyFromURLExceptionHeaders = {
			serializedName: "Blob_abortCopyFromURLExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobAbortCopyFromURLExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetTierHeaders = {
			serializedName: "Blob_setTierHeaders",
			type: {
				name: "Composite",
				className: "BlobSetTierHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobSetTierExceptionHeaders = {
			serializedName: "Blob_setTierExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetTierExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobGetAccountInfoHeaders = {
			serializedName: "Blob_getAccountInfoHeaders",
			type: {
				name: "Composite",
				className: "BlobGetAccountInfoHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					skuName: {
						serializedName: "x-ms-sku-name",
						xmlName: "x-ms-sku-name",
						type: {
							name: "Enum",
							allowedValues: [
								"Standard_LRS",
								"Standard_GRS",
								"Standard_RAGRS",
								"Standard_ZRS",
								"Premium_LRS"
							]
						}
					},
					accountKind: {
						serializedName: "x-ms-account-kind",
						xmlName: "x-ms-account-kind",
						type: {
							name: "Enum",
							allowedValues: [
								"Storage",
								"BlobStorage",
								"StorageV2",
								"FileStorage",
								"BlockBlobStorage"
							]
						}
					},
					isHierarchicalNamespaceEnabled: {
						serializedName: "x-ms-is-hns-enabled",
						xmlName: "x-ms-is-hns-enabled",
						type: { name: "Boolean" }
					}
				}
			}
		};
		BlobGetAccountInfoExceptionHeaders = {
			serializedName: "Blob_getAccountInfoExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobGetAccountInfoExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobQueryHeaders = {
			serializedName: "Blob_queryHeaders",
			type: {
				name: "Composite",
				className: "BlobQueryHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					metadata: {
						serializedName: "x-ms-meta",
						headerCollectionPrefix: "x-ms-meta-",
						xmlName: "x-ms-meta",
						type: {
							name: "Dictionary",
							value: { type: { name: "String" } }
						}
					},
					contentLength: {
						serializedName: "content-length",
						xmlName: "content-length",
						type: { name: "Number" }
					},
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					contentRange: {
						serializedName: "content-range",
						xmlName: "content-range",
						type: { name: "String" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					contentEncoding: {
						serializedName: "content-encoding",
						xmlName: "content-encoding",
						type: { name: "String" }
					},
					cacheControl: {
						serializedName: "cache-control",
						xmlName: "cache-control",
						type: { name: "String" }
					},
					contentDisposition: {
						serializedName: "content-disposition",
						xmlName: "content-disposition",
						type: { name: "String" }
					},
					contentLanguage: {
						serializedName: "content-language",
						xmlName: "content-language",
						type: { name: "String" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					blobType: {
						serializedName: "x-ms-blob-type",
						xmlName: "x-ms-blob-type",
						type: {
							name: "Enum",
							allowedValues: [
								"BlockBlob",
								"PageBlob",
								"AppendBlob"
							]
						}
					},
					copyCompletionTime: {
						serializedName: "x-ms-copy-completion-time",
						xmlName: "x-ms-copy-completion-time",
						type: { name: "DateTimeRfc1123" }
					},
					copyStatusDescription: {
						serializedName: "x-ms-copy-status-description",
						xmlName: "x-ms-copy-status-description",
						type: { name: "String" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyProgress: {
						serializedName: "x-ms-copy-progress",
						xmlName: "x-ms-copy-progress",
						type: { name: "String" }
					},
					copySource: {
						serializedName: "x-ms-copy-source",
						xmlName: "x-ms-copy-source",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "x-ms-copy-status",
						xmlName: "x-ms-copy-status",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					leaseDuration: {
						serializedName: "x-ms-lease-duration",
						xmlName: "x-ms-lease-duration",
						type: {
							name: "Enum",
							allowedValues: ["infinite", "fixed"]
						}
					},
					leaseState: {
						serializedName: "x-ms-lease-state",
						xmlName: "x-ms-lease-state",
						type: {
							name: "Enum",
							allowedValues: [
								"available",
								"leased",
								"expired",
								"breaking",
								"broken"
							]
						}
					},
					leaseStatus: {
						serializedName: "x-ms-lease-status",
						xmlName: "x-ms-lease-status",
						type: {
							name: "Enum",
							allowedValues: ["locked", "unlocked"]
						}
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					acceptRanges: {
						serializedName: "accept-ranges",
						xmlName: "accept-ranges",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					blobCommittedBlockCount: {
						serializedName: "x-ms-blob-committed-block-count",
						xmlName: "x-ms-blob-committed-block-count",
						type: { name: "Number" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-server-encrypted",
						xmlName: "x-ms-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					blobContentMD5: {
						serializedName: "x-ms-blob-content-md5",
						xmlName: "x-ms-blob-content-md5",
						type: { name: "ByteArray" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					contentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					}
				}
			}
		};
		BlobQueryExceptionHeaders = {
			serializedName: "Blob_queryExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobQueryExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobGetTagsHeaders = {
			serializedName: "Blob_getTagsHeaders",
			type: {
				name: "Composite",
				className: "BlobGetTagsHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobGetTagsExceptionHeaders = {
			serializedName: "Blob_getTagsExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobGetTagsExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlobSetTagsHeaders = {
			serializedName: "Blob_setTagsHeaders",
			type: {
				name: "Composite",
				className: "BlobSetTagsHeaders",
				modelProperties: {
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlobSetTagsExceptionHeaders = {
			serializedName: "Blob_setTagsExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlobSetTagsExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobCreateHeaders = {
			serializedName: "PageBlob_createHeaders",
			type: {
				name: "Composite",
				className: "PageBlobCreateHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobCreateExceptionHeaders = {
			serializedName: "PageBlob_createExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobCreateExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobUploadPagesHeaders = {
			serializedName: "PageBlob_uploadPagesHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUploadPagesHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobUploadPagesExceptionHeaders = {
			serializedName: "PageBlob_uploadPagesExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUploadPagesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobClearPagesHeaders = {
			serializedName: "PageBlob_clearPagesHeaders",
			type: {
				name: "Composite",
				className: "PageBlobClearPagesHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobClearPagesExceptionHeaders = {
			serializedName: "PageBlob_clearPagesExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobClearPagesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobUploadPagesFromURLHeaders = {
			serializedName: "PageBlob_uploadPagesFromURLHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUploadPagesFromURLHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobUploadPagesFromURLExceptionHeaders = {
			serializedName: "PageBlob_uploadPagesFromURLExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUploadPagesFromURLExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		PageBlobGetPageRangesHeaders = {
			serializedName: "PageBlob_getPageRangesHeaders",
			type: {
				name: "Composite",
				className: "PageBlobGetPageRangesHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					blobContentLength: {
						serializedName: "x-ms-blob-content-length",
						xmlName: "x-ms-blob-content-length",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobGetPageRangesExceptionHeaders = {
			serializedName: "PageBlob_getPageRangesExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobGetPageRangesExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobGetPageRangesDiffHeaders = {
			serializedName: "PageBlob_getPageRangesDiffHeaders",
			type: {
				name: "Composite",
				className: "PageBlobGetPageRangesDiffHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					blobContentLength: {
						serializedName: "x-ms-blob-content-length",
						xmlName: "x-ms-blob-content-length",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobGetPageRangesDiffExceptionHeaders = {
			serializedName: "PageBlob_getPageRangesDiffExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobGetPageRangesDiffExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobResizeHeaders = {
			serializedName: "PageBlob_resizeHeaders",
			type: {
				name: "Composite",
				className: "PageBlobResizeHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobResizeExceptionHeaders = {
			serializedName: "PageBlob_resizeExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobResizeExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobUpdateSequenceNumberHeaders = {
			serializedName: "PageBlob_updateSequenceNumberHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUpdateSequenceNumberHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					blobSequenceNumber: {
						serializedName: "x-ms-blob-sequence-number",
						xmlName: "x-ms-blob-sequence-number",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobUpdateSequenceNumberExceptionHeaders = {
			serializedName: "PageBlob_updateSequenceNumberExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobUpdateSequenceNumberExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		PageBlobCopyIncrementalHeaders = {
			serializedName: "PageBlob_copyIncrementalHeaders",
			type: {
				name: "Composite",
				className: "PageBlobCopyIncrementalHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					copyId: {
						serializedName: "x-ms-copy-id",
						xmlName: "x-ms-copy-id",
						type: { name: "String" }
					},
					copyStatus: {
						serializedName: "x-ms-copy-status",
						xmlName: "x-ms-copy-status",
						type: {
							name: "Enum",
							allowedValues: [
								"pending",
								"success",
								"aborted",
								"failed"
							]
						}
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		PageBlobCopyIncrementalExceptionHeaders = {
			serializedName: "PageBlob_copyIncrementalExceptionHeaders",
			type: {
				name: "Composite",
				className: "PageBlobCopyIncrementalExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		AppendBlobCreateHeaders = {
			serializedName: "AppendBlob_createHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobCreateHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		AppendBlobCreateExceptionHeaders = {
			serializedName: "AppendBlob_createExceptionHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobCreateExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		AppendBlobAppendBlockHeaders = {
			serializedName: "AppendBlob_appendBlockHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobAppendBlockHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					blobAppendOffset: {
						serializedName: "x-ms-blob-append-offset",
						xmlName: "x-ms-blob-append-offset",
						type: { name: "String" }
					},
					blobCommittedBlockCount: {
						serializedName: "x-ms-blob-committed-block-count",
						xmlName: "x-ms-blob-committed-block-count",
						type: { name: "Number" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		AppendBlobAppendBlockExceptionHeaders = {
			serializedName: "AppendBlob_appendBlockExceptionHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobAppendBlockExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		AppendBlobAppendBlockFromUrlHeaders = {
			serializedName: "AppendBlob_appendBlockFromUrlHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobAppendBlockFromUrlHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					blobAppendOffset: {
						serializedName: "x-ms-blob-append-offset",
						xmlName: "x-ms-blob-append-offset",
						type: { name: "String" }
					},
					blobCommittedBlockCount: {
						serializedName: "x-ms-blob-committed-block-count",
						xmlName: "x-ms-blob-committed-block-count",
						type: { name: "Number" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		AppendBlobAppendBlockFromUrlExceptionHeaders = {
			serializedName: "AppendBlob_appendBlockFromUrlExceptionHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobAppendBlockFromUrlExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		AppendBlobSealHeaders = {
			serializedName: "AppendBlob_sealHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobSealHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isSealed: {
						serializedName: "x-ms-blob-sealed",
						xmlName: "x-ms-blob-sealed",
						type: { name: "Boolean" }
					}
				}
			}
		};
		AppendBlobSealExceptionHeaders = {
			serializedName: "AppendBlob_sealExceptionHeaders",
			type: {
				name: "Composite",
				className: "AppendBlobSealExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlockBlobUploadHeaders = {
			serializedName: "BlockBlob_uploadHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobUploadHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobUploadExceptionHeaders = {
			serializedName: "BlockBlob_uploadExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobUploadExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlockBlobPutBlobFromUrlHeaders = {
			serializedName: "BlockBlob_putBlobFromUrlHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobPutBlobFromUrlHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobPutBlobFromUrlExceptionHeaders = {
			serializedName: "BlockBlob_putBlobFromUrlExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobPutBlobFromUrlExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		BlockBlobStageBlockHeaders = {
			serializedName: "BlockBlob_stageBlockHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobStageBlockHeaders",
				modelProperties: {
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobStageBlockExceptionHeaders = {
			serializedName: "BlockBlob_stageBlockExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobStageBlockExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlockBlobStageBlockFromURLHeaders = {
			serializedName: "BlockBlob_stageBlockFromURLHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobStageBlockFromURLHeaders",
				modelProperties: {
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobStageBlockFromURLExceptionHeaders = {
			serializedName: "BlockBlob_stageBlockFromURLExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobStageBlockFromURLExceptionHeaders",
				modelProperties: {
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					},
					copySourceErrorCode: {
						serializedName: "x-ms-copy-source-error-code",
						xmlName: "x-ms-copy-source-error-code",
						type: { name: "String" }
					},
					copySourceStatusCode: {
						serializedName: "x-ms-copy-source-status-code",
						xmlName: "x-ms-copy-source-status-code",
						type: { name: "Number" }
					}
				}
			}
		};
		BlockBlobCommitBlockListHeaders = {
			serializedName: "BlockBlob_commitBlockListHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobCommitBlockListHeaders",
				modelProperties: {
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					contentMD5: {
						serializedName: "content-md5",
						xmlName: "content-md5",
						type: { name: "ByteArray" }
					},
					xMsContentCrc64: {
						serializedName: "x-ms-content-crc64",
						xmlName: "x-ms-content-crc64",
						type: { name: "ByteArray" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					versionId: {
						serializedName: "x-ms-version-id",
						xmlName: "x-ms-version-id",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					isServerEncrypted: {
						serializedName: "x-ms-request-server-encrypted",
						xmlName: "x-ms-request-server-encrypted",
						type: { name: "Boolean" }
					},
					encryptionKeySha256: {
						serializedName: "x-ms-encryption-key-sha256",
						xmlName: "x-ms-encryption-key-sha256",
						type: { name: "String" }
					},
					encryptionScope: {
						serializedName: "x-ms-encryption-scope",
						xmlName: "x-ms-encryption-scope",
						type: { name: "String" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobCommitBlockListExceptionHeaders = {
			serializedName: "BlockBlob_commitBlockListExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobCommitBlockListExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
		BlockBlobGetBlockListHeaders = {
			serializedName: "BlockBlob_getBlockListHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobGetBlockListHeaders",
				modelProperties: {
					lastModified: {
						serializedName: "last-modified",
						xmlName: "last-modified",
						type: { name: "DateTimeRfc1123" }
					},
					etag: {
						serializedName: "etag",
						xmlName: "etag",
						type: { name: "String" }
					},
					contentType: {
						serializedName: "content-type",
						xmlName: "content-type",
						type: { name: "String" }
					},
					blobContentLength: {
						serializedName: "x-ms-blob-content-length",
						xmlName: "x-ms-blob-content-length",
						type: { name: "Number" }
					},
					clientRequestId: {
						serializedName: "x-ms-client-request-id",
						xmlName: "x-ms-client-request-id",
						type: { name: "String" }
					},
					requestId: {
						serializedName: "x-ms-request-id",
						xmlName: "x-ms-request-id",
						type: { name: "String" }
					},
					version: {
						serializedName: "x-ms-version",
						xmlName: "x-ms-version",
						type: { name: "String" }
					},
					date: {
						serializedName: "date",
						xmlName: "date",
						type: { name: "DateTimeRfc1123" }
					},
					errorCode: {
						serializedName: "x-ms-error-code",
						xmlName: "x-ms-error-code",
						type: { name: "String" }
					}
				}
			}
		};
		BlockBlobGetBlockListExceptionHeaders = {
			serializedName: "BlockBlob_getBlockListExceptionHeaders",
			type: {
				name: "Composite",
				className: "BlockBlobGetBlockListExceptionHeaders",
				modelProperties: { errorCode: {
					serializedName: "x-ms-error-code",
					xmlName: "x-ms-error-code",
					type: { name: "String" }
				} }
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/models/parameters.js
var contentType, blobServiceProperties, accept, url, restype, comp, timeoutInSeconds, version, requestId, accept1, comp1, comp2, prefix, marker, maxPageSize, include, keyInfo, comp3, restype1, body, comp4, contentLength, multipartContentType, comp5, where, restype2, metadata, access, defaultEncryptionScope, preventEncryptionScopeOverride, leaseId, ifModifiedSince, ifUnmodifiedSince, comp6, comp7, containerAcl, comp8, deletedContainerName, deletedContainerVersion, comp9, sourceContainerName, sourceLeaseId, comp10, action, duration, proposedLeaseId, action1, leaseId1, action2, action3, breakPeriod, action4, proposedLeaseId1, include1, startFrom, delimiter, snapshot, versionId, range, rangeGetContentMD5, rangeGetContentCRC64, encryptionKey, encryptionKeySha256, encryptionAlgorithm, ifMatch, ifNoneMatch, ifTags, deleteSnapshots, blobDeleteType, comp11, expiryOptions, expiresOn, blobCacheControl, blobContentType, blobContentMD5, blobContentEncoding, blobContentLanguage, blobContentDisposition, comp12, immutabilityPolicyExpiry, immutabilityPolicyMode, comp13, legalHold, encryptionScope, comp14, tier, rehydratePriority, sourceIfModifiedSince, sourceIfUnmodifiedSince, sourceIfMatch, sourceIfNoneMatch, sourceIfTags, copySource, blobTagsString, sealBlob, legalHold1, xMsRequiresSync, sourceContentMD5, copySourceAuthorization, copySourceTags, fileRequestIntent, comp15, copyActionAbortConstant, copyId, comp16, tier1, queryRequest, comp17, comp18, ifModifiedSince1, ifUnmodifiedSince1, ifMatch1, ifNoneMatch1, tags, transactionalContentMD5, transactionalContentCrc64, blobType, blobContentLength, blobSequenceNumber, contentType1, body1, accept2, comp19, pageWrite, ifSequenceNumberLessThanOrEqualTo, ifSequenceNumberLessThan, ifSequenceNumberEqualTo, pageWrite1, sourceUrl, sourceRange, sourceContentCrc64, range1, comp20, prevsnapshot, prevSnapshotUrl, sequenceNumberAction, comp21, blobType1, comp22, maxSize, appendPosition, sourceRange1, comp23, blobType2, copySourceBlobProperties, comp24, blockId, blocks, comp25, listType;
function init_parameters() {
	return (init_parameters = __esmMin((() => {
		init_mappers();
		contentType = {
			parameterPath: ["options", "contentType"],
			mapper: {
				defaultValue: "application/xml",
				isConstant: true,
				serializedName: "Content-Type",
				type: { name: "String" }
			}
		};
		blobServiceProperties = {
			parameterPath: "blobServiceProperties",
			mapper: BlobServiceProperties
		};
		accept = {
			parameterPath: "accept",
			mapper: {
				defaultValue: "application/xml",
				isConstant: true,
				serializedName: "Accept",
				type: { name: "String" }
			}
		};
		url = {
			parameterPath: "url",
			mapper: {
				serializedName: "url",
				required: true,
				xmlName: "url",
				type: { name: "String" }
			},
			skipEncoding: true
		};
		restype = {
			parameterPath: "restype",
			mapper: {
				defaultValue: "service",
				isConstant: true,
				serializedName: "restype",
				type: { name: "String" }
			}
		};
		comp = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "properties",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		timeoutInSeconds = {
			parameterPath: ["options", "timeoutInSeconds"],
			mapper: {
				constraints: { InclusiveMinimum: 0 },
				serializedName: "timeout",
				xmlName: "timeout",
				type: { name: "Number" }
			}
		};
		version = {
			parameterPath: "version",
			mapper: {
				defaultValue: "2026-02-06",
				isConstant: true,
				serializedName: "x-ms-version",
				type: { name: "String" }
			}
		};
		requestId = {
			parameterPath: ["options", "requestId"],
			mapper: {
				serializedName: "x-ms-client-request-id",
				xmlName: "x-ms-client-request-id",
				type: { name: "String" }
			}
		};
		accept1 = {
			parameterPath: "accept",
			mapper: {
				defaultValue: "application/xml",
				isConstant: true,
				serializedName: "Accept",
				type: { name: "String" }
			}
		};
		comp1 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "stats",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		comp2 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "list",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		prefix = {
			parameterPath: ["options", "prefix"],
			mapper: {
				serializedName: "prefix",
				xmlName: "prefix",
				type: { name: "String" }
			}
		};
		marker = {
			parameterPath: ["options", "marker"],
			mapper: {
				serializedName: "marker",
				xmlName: "marker",
				type: { name: "String" }
			}
		};
		maxPageSize = {
			parameterPath: ["options", "maxPageSize"],
			mapper: {
				constraints: { InclusiveMinimum: 1 },
				serializedName: "maxresults",
				xmlName: "maxresults",
				type: { name: "Number" }
			}
		};
		include = {
			parameterPath: ["options", "include"],
			mapper: {
				serializedName: "include",
				xmlName: "include",
				xmlElementName: "ListContainersIncludeType",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Enum",
						allowedValues: [
							"metadata",
							"deleted",
							"system"
						]
					} }
				}
			},
			collectionFormat: "CSV"
		};
		keyInfo = {
			parameterPath: "keyInfo",
			mapper: KeyInfo
		};
		comp3 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "userdelegationkey",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		restype1 = {
			parameterPath: "restype",
			mapper: {
				defaultValue: "account",
				isConstant: true,
				serializedName: "restype",
				type: { name: "String" }
			}
		};
		body = {
			parameterPath: "body",
			mapper: {
				serializedName: "body",
				required: true,
				xmlName: "body",
				type: { name: "Stream" }
			}
		};
		comp4 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "batch",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		contentLength = {
			parameterPath: "contentLength",
			mapper: {
				serializedName: "Content-Length",
				required: true,
				xmlName: "Content-Length",
				type: { name: "Number" }
			}
		};
		multipartContentType = {
			parameterPath: "multipartContentType",
			mapper: {
				serializedName: "Content-Type",
				required: true,
				xmlName: "Content-Type",
				type: { name: "String" }
			}
		};
		comp5 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "blobs",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		where = {
			parameterPath: ["options", "where"],
			mapper: {
				serializedName: "where",
				xmlName: "where",
				type: { name: "String" }
			}
		};
		restype2 = {
			parameterPath: "restype",
			mapper: {
				defaultValue: "container",
				isConstant: true,
				serializedName: "restype",
				type: { name: "String" }
			}
		};
		metadata = {
			parameterPath: ["options", "metadata"],
			mapper: {
				serializedName: "x-ms-meta",
				xmlName: "x-ms-meta",
				headerCollectionPrefix: "x-ms-meta-",
				type: {
					name: "Dictionary",
					value: { type: { name: "String" } }
				}
			}
		};
		access = {
			parameterPath: ["options", "access"],
			mapper: {
				serializedName: "x-ms-blob-public-access",
				xmlName: "x-ms-blob-public-access",
				type: {
					name: "Enum",
					allowedValues: ["container", "blob"]
				}
			}
		};
		defaultEncryptionScope = {
			parameterPath: [
				"options",
				"containerEncryptionScope",
				"defaultEncryptionScope"
			],
			mapper: {
				serializedName: "x-ms-default-encryption-scope",
				xmlName: "x-ms-default-encryption-scope",
				type: { name: "String" }
			}
		};
		preventEncryptionScopeOverride = {
			parameterPath: [
				"options",
				"containerEncryptionScope",
				"preventEncryptionScopeOverride"
			],
			mapper: {
				serializedName: "x-ms-deny-encryption-scope-override",
				xmlName: "x-ms-deny-encryption-scope-override",
				type: { name: "Boolean" }
			}
		};
		leaseId = {
			parameterPath: [
				"options",
				"leaseAccessConditions",
				"leaseId"
			],
			mapper: {
				serializedName: "x-ms-lease-id",
				xmlName: "x-ms-lease-id",
				type: { name: "String" }
			}
		};
		ifModifiedSince = {
			parameterPath: [
				"options",
				"modifiedAccessConditions",
				"ifModifiedSince"
			],
			mapper: {
				serializedName: "If-Modified-Since",
				xmlName: "If-Modified-Since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		ifUnmodifiedSince = {
			parameterPath: [
				"options",
				"modifiedAccessConditions",
				"ifUnmodifiedSince"
			],
			mapper: {
				serializedName: "If-Unmodified-Since",
				xmlName: "If-Unmodified-Since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		comp6 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "metadata",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		comp7 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "acl",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		containerAcl = {
			parameterPath: ["options", "containerAcl"],
			mapper: {
				serializedName: "containerAcl",
				xmlName: "SignedIdentifiers",
				xmlIsWrapped: true,
				xmlElementName: "SignedIdentifier",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Composite",
						className: "SignedIdentifier"
					} }
				}
			}
		};
		comp8 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "undelete",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		deletedContainerName = {
			parameterPath: ["options", "deletedContainerName"],
			mapper: {
				serializedName: "x-ms-deleted-container-name",
				xmlName: "x-ms-deleted-container-name",
				type: { name: "String" }
			}
		};
		deletedContainerVersion = {
			parameterPath: ["options", "deletedContainerVersion"],
			mapper: {
				serializedName: "x-ms-deleted-container-version",
				xmlName: "x-ms-deleted-container-version",
				type: { name: "String" }
			}
		};
		comp9 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "rename",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		sourceContainerName = {
			parameterPath: "sourceContainerName",
			mapper: {
				serializedName: "x-ms-source-container-name",
				required: true,
				xmlName: "x-ms-source-container-name",
				type: { name: "String" }
			}
		};
		sourceLeaseId = {
			parameterPath: ["options", "sourceLeaseId"],
			mapper: {
				serializedName: "x-ms-source-lease-id",
				xmlName: "x-ms-source-lease-id",
				type: { name: "String" }
			}
		};
		comp10 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "lease",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		action = {
			parameterPath: "action",
			mapper: {
				defaultValue: "acquire",
				isConstant: true,
				serializedName: "x-ms-lease-action",
				type: { name: "String" }
			}
		};
		duration = {
			parameterPath: ["options", "duration"],
			mapper: {
				serializedName: "x-ms-lease-duration",
				xmlName: "x-ms-lease-duration",
				type: { name: "Number" }
			}
		};
		proposedLeaseId = {
			parameterPath: ["options", "proposedLeaseId"],
			mapper: {
				serializedName: "x-ms-proposed-lease-id",
				xmlName: "x-ms-proposed-lease-id",
				type: { name: "String" }
			}
		};
		action1 = {
			parameterPath: "action",
			mapper: {
				defaultValue: "release",
				isConstant: true,
				serializedName: "x-ms-lease-action",
				type: { name: "String" }
			}
		};
		leaseId1 = {
			parameterPath: "leaseId",
			mapper: {
				serializedName: "x-ms-lease-id",
				required: true,
				xmlName: "x-ms-lease-id",
				type: { name: "String" }
			}
		};
		action2 = {
			parameterPath: "action",
			mapper: {
				defaultValue: "renew",
				isConstant: true,
				serializedName: "x-ms-lease-action",
				type: { name: "String" }
			}
		};
		action3 = {
			parameterPath: "action",
			mapper: {
				defaultValue: "break",
				isConstant: true,
				serializedName: "x-ms-lease-action",
				type: { name: "String" }
			}
		};
		breakPeriod = {
			parameterPath: ["options", "breakPeriod"],
			mapper: {
				serializedName: "x-ms-lease-break-period",
				xmlName: "x-ms-lease-break-period",
				type: { name: "Number" }
			}
		};
		action4 = {
			parameterPath: "action",
			mapper: {
				defaultValue: "change",
				isConstant: true,
				serializedName: "x-ms-lease-action",
				type: { name: "String" }
			}
		};
		proposedLeaseId1 = {
			parameterPath: "proposedLeaseId",
			mapper: {
				serializedName: "x-ms-proposed-lease-id",
				required: true,
				xmlName: "x-ms-proposed-lease-id",
				type: { name: "String" }
			}
		};
		include1 = {
			parameterPath: ["options", "include"],
			mapper: {
				serializedName: "include",
				xmlName: "include",
				xmlElementName: "ListBlobsIncludeItem",
				type: {
					name: "Sequence",
					element: { type: {
						name: "Enum",
						allowedValues: [
							"copy",
							"deleted",
							"metadata",
							"snapshots",
							"uncommittedblobs",
							"versions",
							"tags",
							"immutabilitypolicy",
							"legalhold",
							"deletedwithversions"
						]
					} }
				}
			},
			collectionFormat: "CSV"
		};
		startFrom = {
			parameterPath: ["options", "startFrom"],
			mapper: {
				serializedName: "startFrom",
				xmlName: "startFrom",
				type: { name: "String" }
			}
		};
		delimiter = {
			parameterPath: "delimiter",
			mapper: {
				serializedName: "delimiter",
				required: true,
				xmlName: "delimiter",
				type: { name: "String" }
			}
		};
		snapshot = {
			parameterPath: ["options", "snapshot"],
			mapper: {
				serializedName: "snapshot",
				xmlName: "snapshot",
				type: { name: "String" }
			}
		};
		versionId = {
			parameterPath: ["options", "versionId"],
			mapper: {
				serializedName: "versionid",
				xmlName: "versionid",
				type: { name: "String" }
			}
		};
		range = {
			parameterPath: ["options", "range"],
			mapper: {
				serializedName: "x-ms-range",
				xmlName: "x-ms-range",
				type: { name: "String" }
			}
		};
		rangeGetContentMD5 = {
			parameterPath: ["options", "rangeGetContentMD5"],
			mapper: {
				serializedName: "x-ms-range-get-content-md5",
				xmlName: "x-ms-range-get-content-md5",
				type: { name: "Boolean" }
			}
		};
		rangeGetContentCRC64 = {
			parameterPath: ["options", "rangeGetContentCRC64"],
			mapper: {
				serializedName: "x-ms-range-get-content-crc64",
				xmlName: "x-ms-range-get-content-crc64",
				type: { name: "Boolean" }
			}
		};
		encryptionKey = {
			parameterPath: [
				"options",
				"cpkInfo",
				"encryptionKey"
			],
			mapper: {
				serializedName: "x-ms-encryption-key",
				xmlName: "x-ms-encryption-key",
				type: { name: "String" }
			}
		};
		encryptionKeySha256 = {
			parameterPath: [
				"options",
				"cpkInfo",
				"encryptionKeySha256"
			],
			mapper: {
				serializedName: "x-ms-encryption-key-sha256",
				xmlName: "x-ms-encryption-key-sha256",
				type: { name: "String" }
			}
		};
		encryptionAlgorithm = {
			parameterPath: [
				"options",
				"cpkInfo",
				"encryptionAlgorithm"
			],
			mapper: {
				serializedName: "x-ms-encryption-algorithm",
				xmlName: "x-ms-encryption-algorithm",
				type: { name: "String" }
			}
		};
		ifMatch = {
			parameterPath: [
				"options",
				"modifiedAccessConditions",
				"ifMatch"
			],
			mapper: {
				serializedName: "If-Match",
				xmlName: "If-Match",
				type: { name: "String" }
			}
		};
		ifNoneMatch = {
			parameterPath: [
				"options",
				"modifiedAccessConditions",
				"ifNoneMatch"
			],
			mapper: {
				serializedName: "If-None-Match",
				xmlName: "If-None-Match",
				type: { name: "String" }
			}
		};
		ifTags = {
			parameterPath: [
				"options",
				"modifiedAccessConditions",
				"ifTags"
			],
			mapper: {
				serializedName: "x-ms-if-tags",
				xmlName: "x-ms-if-tags",
				type: { name: "String" }
			}
		};
		deleteSnapshots = {
			parameterPath: ["options", "deleteSnapshots"],
			mapper: {
				serializedName: "x-ms-delete-snapshots",
				xmlName: "x-ms-delete-snapshots",
				type: {
					name: "Enum",
					allowedValues: ["include", "only"]
				}
			}
		};
		blobDeleteType = {
			parameterPath: ["options", "blobDeleteType"],
			mapper: {
				serializedName: "deletetype",
				xmlName: "deletetype",
				type: { name: "String" }
			}
		};
		comp11 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "expiry",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		expiryOptions = {
			parameterPath: "expiryOptions",
			mapper: {
				serializedName: "x-ms-expiry-option",
				required: true,
				xmlName: "x-ms-expiry-option",
				type: { name: "String" }
			}
		};
		expiresOn = {
			parameterPath: ["options", "expiresOn"],
			mapper: {
				serializedName: "x-ms-expiry-time",
				xmlName: "x-ms-expiry-time",
				type: { name: "String" }
			}
		};
		blobCacheControl = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobCacheControl"
			],
			mapper: {
				serializedName: "x-ms-blob-cache-control",
				xmlName: "x-ms-blob-cache-control",
				type: { name: "String" }
			}
		};
		blobContentType = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobContentType"
			],
			mapper: {
				serializedName: "x-ms-blob-content-type",
				xmlName: "x-ms-blob-content-type",
				type: { name: "String" }
			}
		};
		blobContentMD5 = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobContentMD5"
			],
			mapper: {
				serializedName: "x-ms-blob-content-md5",
				xmlName: "x-ms-blob-content-md5",
				type: { name: "ByteArray" }
			}
		};
		blobContentEncoding = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobContentEncoding"
			],
			mapper: {
				serializedName: "x-ms-blob-content-encoding",
				xmlName: "x-ms-blob-content-encoding",
				type: { name: "String" }
			}
		};
		blobContentLanguage = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobContentLanguage"
			],
			mapper: {
				serializedName: "x-ms-blob-content-language",
				xmlName: "x-ms-blob-content-language",
				type: { name: "String" }
			}
		};
		blobContentDisposition = {
			parameterPath: [
				"options",
				"blobHttpHeaders",
				"blobContentDisposition"
			],
			mapper: {
				serializedName: "x-ms-blob-content-disposition",
				xmlName: "x-ms-blob-content-disposition",
				type: { name: "String" }
			}
		};
		comp12 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "immutabilityPolicies",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		immutabilityPolicyExpiry = {
			parameterPath: ["options", "immutabilityPolicyExpiry"],
			mapper: {
				serializedName: "x-ms-immutability-policy-until-date",
				xmlName: "x-ms-immutability-policy-until-date",
				type: { name: "DateTimeRfc1123" }
			}
		};
		immutabilityPolicyMode = {
			parameterPath: ["options", "immutabilityPolicyMode"],
			mapper: {
				serializedName: "x-ms-immutability-policy-mode",
				xmlName: "x-ms-immutability-policy-mode",
				type: {
					name: "Enum",
					allowedValues: [
						"Mutable",
						"Unlocked",
						"Locked"
					]
				}
			}
		};
		comp13 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "legalhold",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		legalHold = {
			parameterPath: "legalHold",
			mapper: {
				serializedName: "x-ms-legal-hold",
				required: true,
				xmlName: "x-ms-legal-hold",
				type: { name: "Boolean" }
			}
		};
		encryptionScope = {
			parameterPath: ["options", "encryptionScope"],
			mapper: {
				serializedName: "x-ms-encryption-scope",
				xmlName: "x-ms-encryption-scope",
				type: { name: "String" }
			}
		};
		comp14 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "snapshot",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		tier = {
			parameterPath: ["options", "tier"],
			mapper: {
				serializedName: "x-ms-access-tier",
				xmlName: "x-ms-access-tier",
				type: {
					name: "Enum",
					allowedValues: [
						"P4",
						"P6",
						"P10",
						"P15",
						"P20",
						"P30",
						"P40",
						"P50",
						"P60",
						"P70",
						"P80",
						"Hot",
						"Cool",
						"Archive",
						"Cold"
					]
				}
			}
		};
		rehydratePriority = {
			parameterPath: ["options", "rehydratePriority"],
			mapper: {
				serializedName: "x-ms-rehydrate-priority",
				xmlName: "x-ms-rehydrate-priority",
				type: {
					name: "Enum",
					allowedValues: ["High", "Standard"]
				}
			}
		};
		sourceIfModifiedSince = {
			parameterPath: [
				"options",
				"sourceModifiedAccessConditions",
				"sourceIfModifiedSince"
			],
			mapper: {
				serializedName: "x-ms-source-if-modified-since",
				xmlName: "x-ms-source-if-modified-since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		sourceIfUnmodifiedSince = {
			parameterPath: [
				"options",
				"sourceModifiedAccessConditions",
				"sourceIfUnmodifiedSince"
			],
			mapper: {
				serializedName: "x-ms-source-if-unmodified-since",
				xmlName: "x-ms-source-if-unmodified-since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		sourceIfMatch = {
			parameterPath: [
				"options",
				"sourceModifiedAccessConditions",
				"sourceIfMatch"
			],
			mapper: {
				serializedName: "x-ms-source-if-match",
				xmlName: "x-ms-source-if-match",
				type: { name: "String" }
			}
		};
		sourceIfNoneMatch = {
			parameterPath: [
				"options",
				"sourceModifiedAccessConditions",
				"sourceIfNoneMatch"
			],
			mapper: {
				serializedName: "x-ms-source-if-none-match",
				xmlName: "x-ms-source-if-none-match",
				type: { name: "String" }
			}
		};
		sourceIfTags = {
			parameterPath: [
				"options",
				"sourceModifiedAccessConditions",
				"sourceIfTags"
			],
			mapper: {
				serializedName: "x-ms-source-if-tags",
				xmlName: "x-ms-source-if-tags",
				type: { name: "String" }
			}
		};
		copySource = {
			parameterPath: "copySource",
			mapper: {
				serializedName: "x-ms-copy-source",
				required: true,
				xmlName: "x-ms-copy-source",
				type: { name: "String" }
			}
		};
		blobTagsString = {
			parameterPath: ["options", "blobTagsString"],
			mapper: {
				serializedName: "x-ms-tags",
				xmlName: "x-ms-tags",
				type: { name: "String" }
			}
		};
		sealBlob = {
			parameterPath: ["options", "sealBlob"],
			mapper: {
				serializedName: "x-ms-seal-blob",
				xmlName: "x-ms-seal-blob",
				type: { name: "Boolean" }
			}
		};
		legalHold1 = {
			parameterPath: ["options", "legalHold"],
			mapper: {
				serializedName: "x-ms-legal-hold",
				xmlName: "x-ms-legal-hold",
				type: { name: "Boolean" }
			}
		};
		xMsRequiresSync = {
			parameterPath: "xMsRequiresSync",
			mapper: {
				defaultValue: "true",
				isConstant: true,
				serializedName: "x-ms-requires-sync",
				type: { name: "String" }
			}
		};
		sourceContentMD5 = {
			parameterPath: ["options", "sourceContentMD5"],
			mapper: {
				serializedName: "x-ms-source-content-md5",
				xmlName: "x-ms-source-content-md5",
				type: { name: "ByteArray" }
			}
		};
		copySourceAuthorization = {
			parameterPath: ["options", "copySourceAuthorization"],
			mapper: {
				serializedName: "x-ms-copy-source-authorization",
				xmlName: "x-ms-copy-source-authorization",
				type: { name: "String" }
			}
		};
		copySourceTags = {
			parameterPath: ["options", "copySourceTags"],
			mapper: {
				serializedName: "x-ms-copy-source-tag-option",
				xmlName: "x-ms-copy-source-tag-option",
				type: {
					name: "Enum",
					allowedValues: ["REPLACE", "COPY"]
				}
			}
		};
		fileRequestIntent = {
			parameterPath: ["options", "fileRequestIntent"],
			mapper: {
				serializedName: "x-ms-file-request-intent",
				xmlName: "x-ms-file-request-intent",
				type: { name: "String" }
			}
		};
		comp15 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "copy",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		copyActionAbortConstant = {
			parameterPath: "copyActionAbortConstant",
			mapper: {
				defaultValue: "abort",
				isConstant: true,
				serializedName: "x-ms-copy-action",
				type: { name: "String" }
			}
		};
		copyId = {
			parameterPath: "copyId",
			mapper: {
				serializedName: "copyid",
				required: true,
				xmlName: "copyid",
				type: { name: "String" }
			}
		};
		comp16 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "tier",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		tier1 = {
			parameterPath: "tier",
			mapper: {
				serializedName: "x-ms-access-tier",
				required: true,
				xmlName: "x-ms-access-tier",
				type: {
					name: "Enum",
					allowedValues: [
						"P4",
						"P6",
						"P10",
						"P15",
						"P20",
						"P30",
						"P40",
						"P50",
						"P60",
						"P70",
						"P80",
						"Hot",
						"Cool",
						"Archive",
						"Cold"
					]
				}
			}
		};
		queryRequest = {
			parameterPath: ["options", "queryRequest"],
			mapper: QueryRequest
		};
		comp17 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "query",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		comp18 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "tags",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		ifModifiedSince1 = {
			parameterPath: [
				"options",
				"blobModifiedAccessConditions",
				"ifModifiedSince"
			],
			mapper: {
				serializedName: "x-ms-blob-if-modified-since",
				xmlName: "x-ms-blob-if-modified-since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		ifUnmodifiedSince1 = {
			parameterPath: [
				"options",
				"blobModifiedAccessConditions",
				"ifUnmodifiedSince"
			],
			mapper: {
				serializedName: "x-ms-blob-if-unmodified-since",
				xmlName: "x-ms-blob-if-unmodified-since",
				type: { name: "DateTimeRfc1123" }
			}
		};
		ifMatch1 = {
			parameterPath: [
				"options",
				"blobModifiedAccessConditions",
				"ifMatch"
			],
			mapper: {
				serializedName: "x-ms-blob-if-match",
				xmlName: "x-ms-blob-if-match",
				type: { name: "String" }
			}
		};
		ifNoneMatch1 = {
			parameterPath: [
				"options",
				"blobModifiedAccessConditions",
				"ifNoneMatch"
			],
			mapper: {
				serializedName: "x-ms-blob-if-none-match",
				xmlName: "x-ms-blob-if-none-match",
				type: { name: "String" }
			}
		};
		tags = {
			parameterPath: ["options", "tags"],
			mapper: BlobTags
		};
		transactionalContentMD5 = {
			parameterPath: ["options", "transactionalContentMD5"],
			mapper: {
				serializedName: "Content-MD5",
				xmlName: "Content-MD5",
				type: { name: "ByteArray" }
			}
		};
		transactionalContentCrc64 = {
			parameterPath: ["options", "transactionalContentCrc64"],
			mapper: {
				serializedName: "x-ms-content-crc64",
				xmlName: "x-ms-content-crc64",
				type: { name: "ByteArray" }
			}
		};
		blobType = {
			parameterPath: "blobType",
			mapper: {
				defaultValue: "PageBlob",
				isConstant: true,
				serializedName: "x-ms-blob-type",
				type: { name: "String" }
			}
		};
		blobContentLength = {
			parameterPath: "blobContentLength",
			mapper: {
				serializedName: "x-ms-blob-content-length",
				required: true,
				xmlName: "x-ms-blob-content-length",
				type: { name: "Number" }
			}
		};
		blobSequenceNumber = {
			parameterPath: ["options", "blobSequenceNumber"],
			mapper: {
				defaultValue: 0,
				serializedName: "x-ms-blob-sequence-number",
				xmlName: "x-ms-blob-sequence-number",
				type: { name: "Number" }
			}
		};
		contentType1 = {
			parameterPath: ["options", "contentType"],
			mapper: {
				defaultValue: "application/octet-stream",
				isConstant: true,
				serializedName: "Content-Type",
				type: { name: "String" }
			}
		};
		body1 = {
			parameterPath: "body",
			mapper: {
				serializedName: "body",
				required: true,
				xmlName: "body",
				type: { name: "Stream" }
			}
		};
		accept2 = {
			parameterPath: "accept",
			mapper: {
				defaultValue: "application/xml",
				isConstant: true,
				serializedName: "Accept",
				type: { name: "String" }
			}
		};
		comp19 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "page",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		pageWrite = {
			parameterPath: "pageWrite",
			mapper: {
				defaultValue: "update",
				isConstant: true,
				serializedName: "x-ms-page-write",
				type: { name: "String" }
			}
		};
		ifSequenceNumberLessThanOrEqualTo = {
			parameterPath: [
				"options",
				"sequenceNumberAccessConditions",
				"ifSequenceNumberLessThanOrEqualTo"
			],
			mapper: {
				serializedName: "x-ms-if-sequence-number-le",
				xmlName: "x-ms-if-sequence-number-le",
				type: { name: "Number" }
			}
		};
		ifSequenceNumberLessThan = {
			parameterPath: [
				"options",
				"sequenceNumberAccessConditions",
				"ifSequenceNumberLessThan"
			],
			mapper: {
				serializedName: "x-ms-if-sequence-number-lt",
				xmlName: "x-ms-if-sequence-number-lt",
				type: { name: "Number" }
			}
		};
		ifSequenceNumberEqualTo = {
			parameterPath: [
				"options",
				"sequenceNumberAccessConditions",
				"ifSequenceNumberEqualTo"
			],
			mapper: {
				serializedName: "x-ms-if-sequence-number-eq",
				xmlName: "x-ms-if-sequence-number-eq",
				type: { name: "Number" }
			}
		};
		pageWrite1 = {
			parameterPath: "pageWrite",
			mapper: {
				defaultValue: "clear",
				isConstant: true,
				serializedName: "x-ms-page-write",
				type: { name: "String" }
			}
		};
		sourceUrl = {
			parameterPath: "sourceUrl",
			mapper: {
				serializedName: "x-ms-copy-source",
				required: true,
				xmlName: "x-ms-copy-source",
				type: { name: "String" }
			}
		};
		sourceRange = {
			parameterPath: "sourceRange",
			mapper: {
				serializedName: "x-ms-source-range",
				required: true,
				xmlName: "x-ms-source-range",
				type: { name: "String" }
			}
		};
		sourceContentCrc64 = {
			parameterPath: ["options", "sourceContentCrc64"],
			mapper: {
				serializedName: "x-ms-source-content-crc64",
				xmlName: "x-ms-source-content-crc64",
				type: { name: "ByteArray" }
			}
		};
		range1 = {
			parameterPath: "range",
			mapper: {
				serializedName: "x-ms-range",
				required: true,
				xmlName: "x-ms-range",
				type: { name: "String" }
			}
		};
		comp20 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "pagelist",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		prevsnapshot = {
			parameterPath: ["options", "prevsnapshot"],
			mapper: {
				serializedName: "prevsnapshot",
				xmlName: "prevsnapshot",
				type: { name: "String" }
			}
		};
		prevSnapshotUrl = {
			parameterPath: ["options", "prevSnapshotUrl"],
			mapper: {
				serializedName: "x-ms-previous-snapshot-url",
				xmlName: "x-ms-previous-snapshot-url",
				type: { name: "String" }
			}
		};
		sequenceNumberAction = {
			parameterPath: "sequenceNumberAction",
			mapper: {
				serializedName: "x-ms-sequence-number-action",
				required: true,
				xmlName: "x-ms-sequence-number-action",
				type: {
					name: "Enum",
					allowedValues: [
						"max",
						"update",
						"increment"
					]
				}
			}
		};
		comp21 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "incrementalcopy",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		blobType1 = {
			parameterPath: "blobType",
			mapper: {
				defaultValue: "AppendBlob",
				isConstant: true,
				serializedName: "x-ms-blob-type",
				type: { name: "String" }
			}
		};
		comp22 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "appendblock",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		maxSize = {
			parameterPath: [
				"options",
				"appendPositionAccessConditions",
				"maxSize"
			],
			mapper: {
				serializedName: "x-ms-blob-condition-maxsize",
				xmlName: "x-ms-blob-condition-maxsize",
				type: { name: "Number" }
			}
		};
		appendPosition = {
			parameterPath: [
				"options",
				"appendPositionAccessConditions",
				"appendPosition"
			],
			mapper: {
				serializedName: "x-ms-blob-condition-appendpos",
				xmlName: "x-ms-blob-condition-appendpos",
				type: { name: "Number" }
			}
		};
		sourceRange1 = {
			parameterPath: ["options", "sourceRange"],
			mapper: {
				serializedName: "x-ms-source-range",
				xmlName: "x-ms-source-range",
				type: { name: "String" }
			}
		};
		comp23 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "seal",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		blobType2 = {
			parameterPath: "blobType",
			mapper: {
				defaultValue: "BlockBlob",
				isConstant: true,
				serializedName: "x-ms-blob-type",
				type: { name: "String" }
			}
		};
		copySourceBlobProperties = {
			parameterPath: ["options", "copySourceBlobProperties"],
			mapper: {
				serializedName: "x-ms-copy-source-blob-properties",
				xmlName: "x-ms-copy-source-blob-properties",
				type: { name: "Boolean" }
			}
		};
		comp24 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "block",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		blockId = {
			parameterPath: "blockId",
			mapper: {
				serializedName: "blockid",
				required: true,
				xmlName: "blockid",
				type: { name: "String" }
			}
		};
		blocks = {
			parameterPath: "blocks",
			mapper: BlockLookupList
		};
		comp25 = {
			parameterPath: "comp",
			mapper: {
				defaultValue: "blocklist",
				isConstant: true,
				serializedName: "comp",
				type: { name: "String" }
			}
		};
		listType = {
			parameterPath: "listType",
			mapper: {
				defaultValue: "committed",
				serializedName: "blocklisttype",
				required: true,
				xmlName: "blocklisttype",
				type: {
					name: "Enum",
					allowedValues: [
						"committed",
						"uncommitted",
						"all"
					]
				}
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/service.js
var ServiceImpl, xmlSerializer$5, setPropertiesOperationSpec, getPropertiesOperationSpec$2, getStatisticsOperationSpec, listContainersSegmentOperationSpec, getUserDelegationKeyOperationSpec, getAccountInfoOperationSpec$2, submitBatchOperationSpec$1, filterBlobsOperationSpec$1;
function init_service() {
	return (init_service = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		ServiceImpl = class {
			client;
			/**
			* Initialize a new instance of the class Service class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* Sets properties for a storage account's Blob service endpoint, including properties for Storage
			* Analytics and CORS (Cross-Origin Resource Sharing) rules
			* @param blobServiceProperties The StorageService properties.
			* @param options The options parameters.
			*/
			setProperties(blobServiceProperties, options) {
				return this.client.sendOperationRequest({
					blobServiceProperties,
					options
				}, setPropertiesOperationSpec);
			}
			/**
			* gets the properties of a storage account's Blob service, including properties for Storage Analytics
			* and CORS (Cross-Origin Resource Sharing) rules.
			* @param options The options parameters.
			*/
			getProperties(options) {
				return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec$2);
			}
			/**
			* Retrieves statistics related to replication for the Blob service. It is only available on the
			* secondary location endpoint when read-access geo-redundant replication is enabled for the storage
			* account.
			* @param options The options parameters.
			*/
			getStatistics(options) {
				return this.client.sendOperationRequest({ options }, getStatisticsOperationSpec);
			}
			/**
			* The List Containers Segment operation returns a list of the containers under the specified account
			* @param options The options parameters.
			*/
			listContainersSegment(options) {
				return this.client.sendOperationRequest({ options }, listContainersSegmentOperationSpec);
			}
			/**
			* Retrieves a user delegation key for the Blob service. This is only a valid operation when using
			* bearer token authentication.
			* @param keyInfo Key information
			* @param options The options parameters.
			*/
			getUserDelegationKey(keyInfo, options) {
				return this.client.sendOperationRequest({
					keyInfo,
					options
				}, getUserDelegationKeyOperationSpec);
			}
			/**
			* Returns the sku name and account kind
			* @param options The options parameters.
			*/
			getAccountInfo(options) {
				return this.client.sendOperationRequest({ options }, getAccountInfoOperationSpec$2);
			}
			/**
			* The Batch operation allows multiple API calls to be embedded into a single HTTP request.
			* @param contentLength The length of the request.
			* @param multipartContentType Required. The value of this header must be multipart/mixed with a batch
			*                             boundary. Example header value: multipart/mixed; boundary=batch_<GUID>
			* @param body Initial data
			* @param options The options parameters.
			*/
			submitBatch(contentLength, multipartContentType, body, options) {
				return this.client.sendOperationRequest({
					contentLength,
					multipartContentType,
					body,
					options
				}, submitBatchOperationSpec$1);
			}
			/**
			* The Filter Blobs operation enables callers to list blobs across all containers whose tags match a
			* given search expression.  Filter blobs searches across all containers within a storage account but
			* can be scoped within the expression to a single container.
			* @param options The options parameters.
			*/
			filterBlobs(options) {
				return this.client.sendOperationRequest({ options }, filterBlobsOperationSpec$1);
			}
		};
		xmlSerializer$5 = createSerializer(mappers_exports, true);
		setPropertiesOperationSpec = {
			path: "/",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: ServiceSetPropertiesHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceSetPropertiesExceptionHeaders
				}
			},
			requestBody: blobServiceProperties,
			queryParameters: [
				restype,
				comp,
				timeoutInSeconds
			],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$5
		};
		getPropertiesOperationSpec$2 = {
			path: "/",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: BlobServiceProperties,
					headersMapper: ServiceGetPropertiesHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceGetPropertiesExceptionHeaders
				}
			},
			queryParameters: [
				restype,
				comp,
				timeoutInSeconds
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$5
		};
		getStatisticsOperationSpec = {
			path: "/",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: BlobServiceStatistics,
					headersMapper: ServiceGetStatisticsHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceGetStatisticsExceptionHeaders
				}
			},
			queryParameters: [
				restype,
				timeoutInSeconds,
				comp1
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$5
		};
		listContainersSegmentOperationSpec = {
			path: "/",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: ListContainersSegmentResponse,
					headersMapper: ServiceListContainersSegmentHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceListContainersSegmentExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				comp2,
				prefix,
				marker,
				maxPageSize,
				include
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$5
		};
		getUserDelegationKeyOperationSpec = {
			path: "/",
			httpMethod: "POST",
			responses: {
				200: {
					bodyMapper: UserDelegationKey,
					headersMapper: ServiceGetUserDelegationKeyHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceGetUserDelegationKeyExceptionHeaders
				}
			},
			requestBody: keyInfo,
			queryParameters: [
				restype,
				timeoutInSeconds,
				comp3
			],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$5
		};
		getAccountInfoOperationSpec$2 = {
			path: "/",
			httpMethod: "GET",
			responses: {
				200: { headersMapper: ServiceGetAccountInfoHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceGetAccountInfoExceptionHeaders
				}
			},
			queryParameters: [
				comp,
				timeoutInSeconds,
				restype1
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$5
		};
		submitBatchOperationSpec$1 = {
			path: "/",
			httpMethod: "POST",
			responses: {
				202: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: ServiceSubmitBatchHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceSubmitBatchExceptionHeaders
				}
			},
			requestBody: body,
			queryParameters: [timeoutInSeconds, comp4],
			urlParameters: [url],
			headerParameters: [
				accept,
				version,
				requestId,
				contentLength,
				multipartContentType
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$5
		};
		filterBlobsOperationSpec$1 = {
			path: "/",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: FilterBlobSegment,
					headersMapper: ServiceFilterBlobsHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ServiceFilterBlobsExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				marker,
				maxPageSize,
				comp5,
				where
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$5
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/container.js
var ContainerImpl, xmlSerializer$4, createOperationSpec$2, getPropertiesOperationSpec$1, deleteOperationSpec$1, setMetadataOperationSpec$1, getAccessPolicyOperationSpec, setAccessPolicyOperationSpec, restoreOperationSpec, renameOperationSpec, submitBatchOperationSpec, filterBlobsOperationSpec, acquireLeaseOperationSpec$1, releaseLeaseOperationSpec$1, renewLeaseOperationSpec$1, breakLeaseOperationSpec$1, changeLeaseOperationSpec$1, listBlobFlatSegmentOperationSpec, listBlobHierarchySegmentOperationSpec, getAccountInfoOperationSpec$1;
function init_container() {
	return (init_container = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		ContainerImpl = class {
			client;
			/**
			* Initialize a new instance of the class Container class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* creates a new container under the specified account. If the container with the same name already
			* exists, the operation fails
			* @param options The options parameters.
			*/
			create(options) {
				return this.client.sendOperationRequest({ options }, createOperationSpec$2);
			}
			/**
			* returns all user-defined metadata and system properties for the specified container. The data
			* returned does not include the container's list of blobs
			* @param options The options parameters.
			*/
			getProperties(options) {
				return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec$1);
			}
			/**
			* operation marks the specified container for deletion. The container and any blobs contained within
			* it are later deleted during garbage collection
			* @param options The options parameters.
			*/
			delete(options) {
				return this.client.sendOperationRequest({ options }, deleteOperationSpec$1);
			}
			/**
			* operation sets one or more user-defined name-value pairs for the specified container.
			* @param options The options parameters.
			*/
			setMetadata(options) {
				return this.client.sendOperationRequest({ options }, setMetadataOperationSpec$1);
			}
			/**
			* gets the permissions for the specified container. The permissions indicate whether container data
			* may be accessed publicly.
			* @param options The options parameters.
			*/
			getAccessPolicy(options) {
				return this.client.sendOperationRequest({ options }, getAccessPolicyOperationSpec);
			}
			/**
			* sets the permissions for the specified container. The permissions indicate whether blobs in a
			* container may be accessed publicly.
			* @param options The options parameters.
			*/
			setAccessPolicy(options) {
				return this.client.sendOperationRequest({ options }, setAccessPolicyOperationSpec);
			}
			/**
			* Restores a previously-deleted container.
			* @param options The options parameters.
			*/
			restore(options) {
				return this.client.sendOperationRequest({ options }, restoreOperationSpec);
			}
			/**
			* Renames an existing container.
			* @param sourceContainerName Required.  Specifies the name of the container to rename.
			* @param options The options parameters.
			*/
			rename(sourceContainerName, options) {
				return this.client.sendOperationRequest({
					sourceContainerName,
					options
				}, renameOperationSpec);
			}
			/**
			* The Batch operation allows multiple API calls to be embedded into a single HTTP request.
			* @param contentLength The length of the request.
			* @param multipartContentType Required. The value of this header must be multipart/mixed with a batch
			*                             boundary. Example header value: multipart/mixed; boundary=batch_<GUID>
			* @param body Initial data
			* @param options The options parameters.
			*/
			submitBatch(contentLength, multipartContentType, body, options) {
				return this.client.sendOperationRequest({
					contentLength,
					multipartContentType,
					body,
					options
				}, submitBatchOperationSpec);
			}
			/**
			* The Filter Blobs operation enables callers to list blobs in a container whose tags match a given
			* search expression.  Filter blobs searches within the given container.
			* @param options The options parameters.
			*/
			filterBlobs(options) {
				return this.client.sendOperationRequest({ options }, filterBlobsOperationSpec);
			}
			/**
			* [Update] establishes and manages a lock on a container for delete operations. The lock duration can
			* be 15 to 60 seconds, or can be infinite
			* @param options The options parameters.
			*/
			acquireLease(options) {
				return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec$1);
			}
			/**
			* [Update] establishes and manages a lock on a container for delete operations. The lock duration can
			* be 15 to 60 seconds, or can be infinite
			* @param leaseId Specifies the current lease ID on the resource.
			* @param options The options parameters.
			*/
			releaseLease(leaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					options
				}, releaseLeaseOperationSpec$1);
			}
			/**
			* [Update] establishes and manages a lock on a container for delete operations. The lock duration can
			* be 15 to 60 seconds, or can be infinite
			* @param leaseId Specifies the current lease ID on the resource.
			* @param options The options parameters.
			*/
			renewLease(leaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					options
				}, renewLeaseOperationSpec$1);
			}
			/**
			* [Update] establishes and manages a lock on a container for delete operations. The lock duration can
			* be 15 to 60 seconds, or can be infinite
			* @param options The options parameters.
			*/
			breakLease(options) {
				return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec$1);
			}
			/**
			* [Update] establishes and manages a lock on a container for delete operations. The lock duration can
			* be 15 to 60 seconds, or can be infinite
			* @param leaseId Specifies the current lease ID on the resource.
			* @param proposedLeaseId Proposed lease ID, in a GUID string format. The Blob service returns 400
			*                        (Invalid request) if the proposed lease ID is not in the correct format. See Guid Constructor
			*                        (String) for a list of valid GUID string formats.
			* @param options The options parameters.
			*/
			changeLease(leaseId, proposedLeaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					proposedLeaseId,
					options
				}, changeLeaseOperationSpec$1);
			}
			/**
			* [Update] The List Blobs operation returns a list of the blobs under the specified container
			* @param options The options parameters.
			*/
			listBlobFlatSegment(options) {
				return this.client.sendOperationRequest({ options }, listBlobFlatSegmentOperationSpec);
			}
			/**
			* [Update] The List Blobs operation returns a list of the blobs under the specified container
			* @param delimiter When the request includes this parameter, the operation returns a BlobPrefix
			*                  element in the response body that acts as a placeholder for all blobs whose names begin with the
			*                  same substring up to the appearance of the delimiter character. The delimiter may be a single
			*                  character or a string.
			* @param options The options parameters.
			*/
			listBlobHierarchySegment(delimiter, options) {
				return this.client.sendOperationRequest({
					delimiter,
					options
				}, listBlobHierarchySegmentOperationSpec);
			}
			/**
			* Returns the sku name and account kind
			* @param options The options parameters.
			*/
			getAccountInfo(options) {
				return this.client.sendOperationRequest({ options }, getAccountInfoOperationSpec$1);
			}
		};
		xmlSerializer$4 = createSerializer(mappers_exports, true);
		createOperationSpec$2 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: ContainerCreateHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerCreateExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, restype2],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				access,
				defaultEncryptionScope,
				preventEncryptionScopeOverride
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		getPropertiesOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: { headersMapper: ContainerGetPropertiesHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerGetPropertiesExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, restype2],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		deleteOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "DELETE",
			responses: {
				202: { headersMapper: ContainerDeleteHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerDeleteExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, restype2],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		setMetadataOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerSetMetadataHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerSetMetadataExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp6
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				leaseId,
				ifModifiedSince
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		getAccessPolicyOperationSpec = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: {
						type: {
							name: "Sequence",
							element: { type: {
								name: "Composite",
								className: "SignedIdentifier"
							} }
						},
						serializedName: "SignedIdentifiers",
						xmlName: "SignedIdentifiers",
						xmlIsWrapped: true,
						xmlElementName: "SignedIdentifier"
					},
					headersMapper: ContainerGetAccessPolicyHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerGetAccessPolicyExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp7
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		setAccessPolicyOperationSpec = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerSetAccessPolicyHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerSetAccessPolicyExceptionHeaders
				}
			},
			requestBody: containerAcl,
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp7
			],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId,
				access,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$4
		};
		restoreOperationSpec = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: ContainerRestoreHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerRestoreExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp8
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				deletedContainerName,
				deletedContainerVersion
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		renameOperationSpec = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerRenameHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerRenameExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp9
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				sourceContainerName,
				sourceLeaseId
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		submitBatchOperationSpec = {
			path: "/{containerName}",
			httpMethod: "POST",
			responses: {
				202: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: ContainerSubmitBatchHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerSubmitBatchExceptionHeaders
				}
			},
			requestBody: body,
			queryParameters: [
				timeoutInSeconds,
				comp4,
				restype2
			],
			urlParameters: [url],
			headerParameters: [
				accept,
				version,
				requestId,
				contentLength,
				multipartContentType
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$4
		};
		filterBlobsOperationSpec = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: FilterBlobSegment,
					headersMapper: ContainerFilterBlobsHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerFilterBlobsExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				marker,
				maxPageSize,
				comp5,
				where,
				restype2
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		acquireLeaseOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: ContainerAcquireLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerAcquireLeaseExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp10
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action,
				duration,
				proposedLeaseId
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		releaseLeaseOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerReleaseLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerReleaseLeaseExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp10
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action1,
				leaseId1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		renewLeaseOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerRenewLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerRenewLeaseExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp10
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				leaseId1,
				action2
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		breakLeaseOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: ContainerBreakLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerBreakLeaseExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp10
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action3,
				breakPeriod
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		changeLeaseOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: ContainerChangeLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerChangeLeaseExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				restype2,
				comp10
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				leaseId1,
				action4,
				proposedLeaseId1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		listBlobFlatSegmentOperationSpec = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: ListBlobsFlatSegmentResponse,
					headersMapper: ContainerListBlobFlatSegmentHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerListBlobFlatSegmentExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				comp2,
				prefix,
				marker,
				maxPageSize,
				restype2,
				include1,
				startFrom
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		listBlobHierarchySegmentOperationSpec = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: ListBlobsHierarchySegmentResponse,
					headersMapper: ContainerListBlobHierarchySegmentHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerListBlobHierarchySegmentExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				comp2,
				prefix,
				marker,
				maxPageSize,
				restype2,
				include1,
				startFrom,
				delimiter
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
		getAccountInfoOperationSpec$1 = {
			path: "/{containerName}",
			httpMethod: "GET",
			responses: {
				200: { headersMapper: ContainerGetAccountInfoHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: ContainerGetAccountInfoExceptionHeaders
				}
			},
			queryParameters: [
				comp,
				timeoutInSeconds,
				restype1
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$4
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/blob.js
var BlobImpl, xmlSerializer$3, downloadOperationSpec, getPropertiesOperationSpec, deleteOperationSpec, undeleteOperationSpec, setExpiryOperationSpec, setHttpHeadersOperationSpec, setImmutabilityPolicyOperationSpec, deleteImmutabilityPolicyOperationSpec, setLegalHoldOperationSpec, setMetadataOperationSpec, acquireLeaseOperationSpec, releaseLeaseOperationSpec, renewLeaseOperationSpec, changeLeaseOperationSpec, breakLeaseOperationSpec, createSnapshotOperationSpec, startCopyFromURLOperationSpec, copyFromURLOperationSpec, abortCopyFromURLOperationSpec, setTierOperationSpec, getAccountInfoOperationSpec, queryOperationSpec, getTagsOperationSpec, setTagsOperationSpec;
function init_blob() {
	return (init_blob = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		BlobImpl = class {
			client;
			/**
			* Initialize a new instance of the class Blob class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* The Download operation reads or downloads a blob from the system, including its metadata and
			* properties. You can also call Download to read a snapshot.
			* @param options The options parameters.
			*/
			download(options) {
				return this.client.sendOperationRequest({ options }, downloadOperationSpec);
			}
			/**
			* The Get Properties operation returns all user-defined metadata, standard HTTP properties, and system
			* properties for the blob. It does not return the content of the blob.
			* @param options The options parameters.
			*/
			getProperties(options) {
				return this.client.sendOperationRequest({ options }, getPropertiesOperationSpec);
			}
			/**
			* If the storage account's soft delete feature is disabled then, when a blob is deleted, it is
			* permanently removed from the storage account. If the storage account's soft delete feature is
			* enabled, then, when a blob is deleted, it is marked for deletion and becomes inaccessible
			* immediately. However, the blob service retains the blob or snapshot for the number of days specified
			* by the DeleteRetentionPolicy section of [Storage service properties]
			* (Set-Blob-Service-Properties.md). After the specified number of days has passed, the blob's data is
			* permanently removed from the storage account. Note that you continue to be charged for the
			* soft-deleted blob's storage until it is permanently removed. Use the List Blobs API and specify the
			* "include=deleted" query parameter to discover which blobs and snapshots have been soft deleted. You
			* can then use the Undelete Blob API to restore a soft-deleted blob. All other operations on a
			* soft-deleted blob or snapshot causes the service to return an HTTP status code of 404
			* (ResourceNotFound).
			* @param options The options parameters.
			*/
			delete(options) {
				return this.client.sendOperationRequest({ options }, deleteOperationSpec);
			}
			/**
			* Undelete a blob that was previously soft deleted
			* @param options The options parameters.
			*/
			undelete(options) {
				return this.client.sendOperationRequest({ options }, undeleteOperationSpec);
			}
			/**
			* Sets the time a blob will expire and be deleted.
			* @param expiryOptions Required. Indicates mode of the expiry time
			* @param options The options parameters.
			*/
			setExpiry(expiryOptions, options) {
				return this.client.sendOperationRequest({
					expiryOptions,
					options
				}, setExpiryOperationSpec);
			}
			/**
			* The Set HTTP Headers operation sets system properties on the blob
			* @param options The options parameters.
			*/
			setHttpHeaders(options) {
				return this.client.sendOperationRequest({ options }, setHttpHeadersOperationSpec);
			}
			/**
			* The Set Immutability Policy operation sets the immutability policy on the blob
			* @param options The options parameters.
			*/
			setImmutabilityPolicy(options) {
				return this.client.sendOperationRequest({ options }, setImmutabilityPolicyOperationSpec);
			}
			/**
			* The Delete Immutability Policy operation deletes the immutability policy on the blob
			* @param options The options parameters.
			*/
			deleteImmutabilityPolicy(options) {
				return this.client.sendOperationRequest({ options }, deleteImmutabilityPolicyOperationSpec);
			}
			/**
			* The Set Legal Hold operation sets a legal hold on the blob.
			* @param legalHold Specified if a legal hold should be set on the blob.
			* @param options The options parameters.
			*/
			setLegalHold(legalHold, options) {
				return this.client.sendOperationRequest({
					legalHold,
					options
				}, setLegalHoldOperationSpec);
			}
			/**
			* The Set Blob Metadata operation sets user-defined metadata for the specified blob as one or more
			* name-value pairs
			* @param options The options parameters.
			*/
			setMetadata(options) {
				return this.client.sendOperationRequest({ options }, setMetadataOperationSpec);
			}
			/**
			* [Update] The Lease Blob operation establishes and manages a lock on a blob for write and delete
			* operations
			* @param options The options parameters.
			*/
			acquireLease(options) {
				return this.client.sendOperationRequest({ options }, acquireLeaseOperationSpec);
			}
			/**
			* [Update] The Lease Blob operation establishes and manages a lock on a blob for write and delete
			* operations
			* @param leaseId Specifies the current lease ID on the resource.
			* @param options The options parameters.
			*/
			releaseLease(leaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					options
				}, releaseLeaseOperationSpec);
			}
			/**
			* [Update] The Lease Blob operation establishes and manages a lock on a blob for write and delete
			* operations
			* @param leaseId Specifies the current lease ID on the resource.
			* @param options The options parameters.
			*/
			renewLease(leaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					options
				}, renewLeaseOperationSpec);
			}
			/**
			* [Update] The Lease Blob operation establishes and manages a lock on a blob for write and delete
			* operations
			* @param leaseId Specifies the current lease ID on the resource.
			* @param proposedLeaseId Proposed lease ID, in a GUID string format. The Blob service returns 400
			*                        (Invalid request) if the proposed lease ID is not in the correct format. See Guid Constructor
			*                        (String) for a list of valid GUID string formats.
			* @param options The options parameters.
			*/
			changeLease(leaseId, proposedLeaseId, options) {
				return this.client.sendOperationRequest({
					leaseId,
					proposedLeaseId,
					options
				}, changeLeaseOperationSpec);
			}
			/**
			* [Update] The Lease Blob operation establishes and manages a lock on a blob for write and delete
			* operations
			* @param options The options parameters.
			*/
			breakLease(options) {
				return this.client.sendOperationRequest({ options }, breakLeaseOperationSpec);
			}
			/**
			* The Create Snapshot operation creates a read-only snapshot of a blob
			* @param options The options parameters.
			*/
			createSnapshot(options) {
				return this.client.sendOperationRequest({ options }, createSnapshotOperationSpec);
			}
			/**
			* The Start Copy From URL operation copies a blob or an internet resource to a new blob.
			* @param copySource Specifies the name of the source page blob snapshot. This value is a URL of up to
			*                   2 KB in length that specifies a page blob snapshot. The value should be URL-encoded as it would
			*                   appear in a request URI. The source blob must either be public or must be authenticated via a shared
			*                   access signature.
			* @param options The options parameters.
			*/
			startCopyFromURL(copySource, options) {
				return this.client.sendOperationRequest({
					copySource,
					options
				}, startCopyFromURLOperationSpec);
			}
			/**
			* The Copy From URL operation copies a blob or an internet resource to a new blob. It will not return
			* a response until the copy is complete.
			* @param copySource Specifies the name of the source page blob snapshot. This value is a URL of up to
			*                   2 KB in length that specifies a page blob snapshot. The value should be URL-encoded as it would
			*                   appear in a request URI. The source blob must either be public or must be authenticated via a shared
			*                   access signature.
			* @param options The options parameters.
			*/
			copyFromURL(copySource, options) {
				return this.client.sendOperationRequest({
					copySource,
					options
				}, copyFromURLOperationSpec);
			}
			/**
			* The Abort Copy From URL operation aborts a pending Copy From URL operation, and leaves a destination
			* blob with zero length and full metadata.
			* @param copyId The copy identifier provided in the x-ms-copy-id header of the original Copy Blob
			*               operation.
			* @param options The options parameters.
			*/
			abortCopyFromURL(copyId, options) {
				return this.client.sendOperationRequest({
					copyId,
					options
				}, abortCopyFromURLOperationSpec);
			}
			/**
			* The Set Tier operation sets the tier on a blob. The operation is allowed on a page blob in a premium
			* storage account and on a block blob in a blob storage account (locally redundant storage only). A
			* premium page blob's tier determines the allowed size, IOPS, and bandwidth of the blob. A block
			* blob's tier determines Hot/Cool/Archive storage type. This operation does not update the blob's
			* ETag.
			* @param tier Indicates the tier to be set on the blob.
			* @param options The options parameters.
			*/
			setTier(tier, options) {
				return this.client.sendOperationRequest({
					tier,
					options
				}, setTierOperationSpec);
			}
			/**
			* Returns the sku name and account kind
			* @param options The options parameters.
			*/
			getAccountInfo(options) {
				return this.client.sendOperationRequest({ options }, getAccountInfoOperationSpec);
			}
			/**
			* The Query operation enables users to select/project on blob data by providing simple query
			* expressions.
			* @param options The options parameters.
			*/
			query(options) {
				return this.client.sendOperationRequest({ options }, queryOperationSpec);
			}
			/**
			* The Get Tags operation enables users to get the tags associated with a blob.
			* @param options The options parameters.
			*/
			getTags(options) {
				return this.client.sendOperationRequest({ options }, getTagsOperationSpec);
			}
			/**
			* The Set Tags operation enables users to set tags on a blob.
			* @param options The options parameters.
			*/
			setTags(options) {
				return this.client.sendOperationRequest({ options }, setTagsOperationSpec);
			}
		};
		xmlSerializer$3 = createSerializer(mappers_exports, true);
		downloadOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: BlobDownloadHeaders
				},
				206: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: BlobDownloadHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobDownloadExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				range,
				rangeGetContentMD5,
				rangeGetContentCRC64,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		getPropertiesOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "HEAD",
			responses: {
				200: { headersMapper: BlobGetPropertiesHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobGetPropertiesExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		deleteOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "DELETE",
			responses: {
				202: { headersMapper: BlobDeleteHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobDeleteExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				blobDeleteType
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				deleteSnapshots
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		undeleteOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobUndeleteHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobUndeleteExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp8],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setExpiryOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetExpiryHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetExpiryExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp11],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				expiryOptions,
				expiresOn
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setHttpHeadersOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetHttpHeadersHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetHttpHeadersExceptionHeaders
				}
			},
			queryParameters: [comp, timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setImmutabilityPolicyOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetImmutabilityPolicyHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetImmutabilityPolicyExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				comp12
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifUnmodifiedSince,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		deleteImmutabilityPolicyOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "DELETE",
			responses: {
				200: { headersMapper: BlobDeleteImmutabilityPolicyHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobDeleteImmutabilityPolicyExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				comp12
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setLegalHoldOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetLegalHoldHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetLegalHoldExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				comp13
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				legalHold
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setMetadataOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetMetadataHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetMetadataExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp6],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		acquireLeaseOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlobAcquireLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobAcquireLeaseExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp10],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action,
				duration,
				proposedLeaseId,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		releaseLeaseOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobReleaseLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobReleaseLeaseExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp10],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action1,
				leaseId1,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		renewLeaseOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobRenewLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobRenewLeaseExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp10],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				leaseId1,
				action2,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		changeLeaseOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobChangeLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobChangeLeaseExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp10],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				leaseId1,
				action4,
				proposedLeaseId1,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		breakLeaseOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: BlobBreakLeaseHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobBreakLeaseExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp10],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				action3,
				breakPeriod,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		createSnapshotOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlobCreateSnapshotHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobCreateSnapshotExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp14],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		startCopyFromURLOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: BlobStartCopyFromURLHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobStartCopyFromURLExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				tier,
				rehydratePriority,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				sourceIfTags,
				copySource,
				blobTagsString,
				sealBlob,
				legalHold1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		copyFromURLOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: BlobCopyFromURLHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobCopyFromURLExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				encryptionScope,
				tier,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				copySource,
				blobTagsString,
				legalHold1,
				xMsRequiresSync,
				sourceContentMD5,
				copySourceAuthorization,
				copySourceTags,
				fileRequestIntent
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		abortCopyFromURLOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				204: { headersMapper: BlobAbortCopyFromURLHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobAbortCopyFromURLExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				comp15,
				copyId
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				copyActionAbortConstant
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setTierOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: BlobSetTierHeaders },
				202: { headersMapper: BlobSetTierHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetTierExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				comp16
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifTags,
				rehydratePriority,
				tier1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		getAccountInfoOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: { headersMapper: BlobGetAccountInfoHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobGetAccountInfoExceptionHeaders
				}
			},
			queryParameters: [
				comp,
				timeoutInSeconds,
				restype1
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		queryOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "POST",
			responses: {
				200: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: BlobQueryHeaders
				},
				206: {
					bodyMapper: {
						type: { name: "Stream" },
						serializedName: "parsedResponse"
					},
					headersMapper: BlobQueryHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobQueryExceptionHeaders
				}
			},
			requestBody: queryRequest,
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				comp17
			],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$3
		};
		getTagsOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: BlobTags,
					headersMapper: BlobGetTagsHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobGetTagsExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				versionId,
				comp18
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifTags,
				ifModifiedSince1,
				ifUnmodifiedSince1,
				ifMatch1,
				ifNoneMatch1
			],
			isXML: true,
			serializer: xmlSerializer$3
		};
		setTagsOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				204: { headersMapper: BlobSetTagsHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlobSetTagsExceptionHeaders
				}
			},
			requestBody: tags,
			queryParameters: [
				timeoutInSeconds,
				versionId,
				comp18
			],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId,
				leaseId,
				ifTags,
				ifModifiedSince1,
				ifUnmodifiedSince1,
				ifMatch1,
				ifNoneMatch1,
				transactionalContentMD5,
				transactionalContentCrc64
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer$3
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/pageBlob.js
var PageBlobImpl, xmlSerializer$2, createOperationSpec$1, uploadPagesOperationSpec, clearPagesOperationSpec, uploadPagesFromURLOperationSpec, getPageRangesOperationSpec, getPageRangesDiffOperationSpec, resizeOperationSpec, updateSequenceNumberOperationSpec, copyIncrementalOperationSpec;
function init_pageBlob() {
	return (init_pageBlob = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		PageBlobImpl = class {
			client;
			/**
			* Initialize a new instance of the class PageBlob class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* The Create operation creates a new page blob.
			* @param contentLength The length of the request.
			* @param blobContentLength This header specifies the maximum size for the page blob, up to 1 TB. The
			*                          page blob size must be aligned to a 512-byte boundary.
			* @param options The options parameters.
			*/
			create(contentLength, blobContentLength, options) {
				return this.client.sendOperationRequest({
					contentLength,
					blobContentLength,
					options
				}, createOperationSpec$1);
			}
			/**
			* The Upload Pages operation writes a range of pages to a page blob
			* @param contentLength The length of the request.
			* @param body Initial data
			* @param options The options parameters.
			*/
			uploadPages(contentLength, body, options) {
				return this.client.sendOperationRequest({
					contentLength,
					body,
					options
				}, uploadPagesOperationSpec);
			}
			/**
			* The Clear Pages operation clears a set of pages from a page blob
			* @param contentLength The length of the request.
			* @param options The options parameters.
			*/
			clearPages(contentLength, options) {
				return this.client.sendOperationRequest({
					contentLength,
					options
				}, clearPagesOperationSpec);
			}
			/**
			* The Upload Pages operation writes a range of pages to a page blob where the contents are read from a
			* URL
			* @param sourceUrl Specify a URL to the copy source.
			* @param sourceRange Bytes of source data in the specified range. The length of this range should
			*                    match the ContentLength header and x-ms-range/Range destination range header.
			* @param contentLength The length of the request.
			* @param range The range of bytes to which the source range would be written. The range should be 512
			*              aligned and range-end is required.
			* @param options The options parameters.
			*/
			uploadPagesFromURL(sourceUrl, sourceRange, contentLength, range, options) {
				return this.client.sendOperationRequest({
					sourceUrl,
					sourceRange,
					contentLength,
					range,
					options
				}, uploadPagesFromURLOperationSpec);
			}
			/**
			* The Get Page Ranges operation returns the list of valid page ranges for a page blob or snapshot of a
			* page blob
			* @param options The options parameters.
			*/
			getPageRanges(options) {
				return this.client.sendOperationRequest({ options }, getPageRangesOperationSpec);
			}
			/**
			* The Get Page Ranges Diff operation returns the list of valid page ranges for a page blob that were
			* changed between target blob and previous snapshot.
			* @param options The options parameters.
			*/
			getPageRangesDiff(options) {
				return this.client.sendOperationRequest({ options }, getPageRangesDiffOperationSpec);
			}
			/**
			* Resize the Blob
			* @param blobContentLength This header specifies the maximum size for the page blob, up to 1 TB. The
			*                          page blob size must be aligned to a 512-byte boundary.
			* @param options The options parameters.
			*/
			resize(blobContentLength, options) {
				return this.client.sendOperationRequest({
					blobContentLength,
					options
				}, resizeOperationSpec);
			}
			/**
			* Update the sequence number of the blob
			* @param sequenceNumberAction Required if the x-ms-blob-sequence-number header is set for the request.
			*                             This property applies to page blobs only. This property indicates how the service should modify the
			*                             blob's sequence number
			* @param options The options parameters.
			*/
			updateSequenceNumber(sequenceNumberAction, options) {
				return this.client.sendOperationRequest({
					sequenceNumberAction,
					options
				}, updateSequenceNumberOperationSpec);
			}
			/**
			* The Copy Incremental operation copies a snapshot of the source page blob to a destination page blob.
			* The snapshot is copied such that only the differential changes between the previously copied
			* snapshot are transferred to the destination. The copied snapshots are complete copies of the
			* original snapshot and can be read or copied from as usual. This API is supported since REST version
			* 2016-05-31.
			* @param copySource Specifies the name of the source page blob snapshot. This value is a URL of up to
			*                   2 KB in length that specifies a page blob snapshot. The value should be URL-encoded as it would
			*                   appear in a request URI. The source blob must either be public or must be authenticated via a shared
			*                   access signature.
			* @param options The options parameters.
			*/
			copyIncremental(copySource, options) {
				return this.client.sendOperationRequest({
					copySource,
					options
				}, copyIncrementalOperationSpec);
			}
		};
		xmlSerializer$2 = createSerializer(mappers_exports, true);
		createOperationSpec$1 = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: PageBlobCreateHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobCreateExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				encryptionScope,
				tier,
				blobTagsString,
				legalHold1,
				blobType,
				blobContentLength,
				blobSequenceNumber
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		uploadPagesOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: PageBlobUploadPagesHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobUploadPagesExceptionHeaders
				}
			},
			requestBody: body1,
			queryParameters: [timeoutInSeconds, comp19],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				contentLength,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				range,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				transactionalContentMD5,
				transactionalContentCrc64,
				contentType1,
				accept2,
				pageWrite,
				ifSequenceNumberLessThanOrEqualTo,
				ifSequenceNumberLessThan,
				ifSequenceNumberEqualTo
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "binary",
			serializer: xmlSerializer$2
		};
		clearPagesOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: PageBlobClearPagesHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobClearPagesExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp19],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				range,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				ifSequenceNumberLessThanOrEqualTo,
				ifSequenceNumberLessThan,
				ifSequenceNumberEqualTo,
				pageWrite1
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		uploadPagesFromURLOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: PageBlobUploadPagesFromURLHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobUploadPagesFromURLExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp19],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				sourceContentMD5,
				copySourceAuthorization,
				fileRequestIntent,
				pageWrite,
				ifSequenceNumberLessThanOrEqualTo,
				ifSequenceNumberLessThan,
				ifSequenceNumberEqualTo,
				sourceUrl,
				sourceRange,
				sourceContentCrc64,
				range1
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		getPageRangesOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: PageList,
					headersMapper: PageBlobGetPageRangesHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobGetPageRangesExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				marker,
				maxPageSize,
				snapshot,
				comp20
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				range,
				ifMatch,
				ifNoneMatch,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		getPageRangesDiffOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: PageList,
					headersMapper: PageBlobGetPageRangesDiffHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobGetPageRangesDiffExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				marker,
				maxPageSize,
				snapshot,
				comp20,
				prevsnapshot
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				range,
				ifMatch,
				ifNoneMatch,
				ifTags,
				prevSnapshotUrl
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		resizeOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: PageBlobResizeHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobResizeExceptionHeaders
				}
			},
			queryParameters: [comp, timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				blobContentLength
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		updateSequenceNumberOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: PageBlobUpdateSequenceNumberHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobUpdateSequenceNumberExceptionHeaders
				}
			},
			queryParameters: [comp, timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobSequenceNumber,
				sequenceNumberAction
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
		copyIncrementalOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				202: { headersMapper: PageBlobCopyIncrementalHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: PageBlobCopyIncrementalExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp21],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				ifTags,
				copySource
			],
			isXML: true,
			serializer: xmlSerializer$2
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/appendBlob.js
var AppendBlobImpl, xmlSerializer$1, createOperationSpec, appendBlockOperationSpec, appendBlockFromUrlOperationSpec, sealOperationSpec;
function init_appendBlob() {
	return (init_appendBlob = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		AppendBlobImpl = class {
			client;
			/**
			* Initialize a new instance of the class AppendBlob class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* The Create Append Blob operation creates a new append blob.
			* @param contentLength The length of the request.
			* @param options The options parameters.
			*/
			create(contentLength, options) {
				return this.client.sendOperationRequest({
					contentLength,
					options
				}, createOperationSpec);
			}
			/**
			* The Append Block operation commits a new block of data to the end of an existing append blob. The
			* Append Block operation is permitted only if the blob was created with x-ms-blob-type set to
			* AppendBlob. Append Block is supported only on version 2015-02-21 version or later.
			* @param contentLength The length of the request.
			* @param body Initial data
			* @param options The options parameters.
			*/
			appendBlock(contentLength, body, options) {
				return this.client.sendOperationRequest({
					contentLength,
					body,
					options
				}, appendBlockOperationSpec);
			}
			/**
			* The Append Block operation commits a new block of data to the end of an existing append blob where
			* the contents are read from a source url. The Append Block operation is permitted only if the blob
			* was created with x-ms-blob-type set to AppendBlob. Append Block is supported only on version
			* 2015-02-21 version or later.
			* @param sourceUrl Specify a URL to the copy source.
			* @param contentLength The length of the request.
			* @param options The options parameters.
			*/
			appendBlockFromUrl(sourceUrl, contentLength, options) {
				return this.client.sendOperationRequest({
					sourceUrl,
					contentLength,
					options
				}, appendBlockFromUrlOperationSpec);
			}
			/**
			* The Seal operation seals the Append Blob to make it read-only. Seal is supported only on version
			* 2019-12-12 version or later.
			* @param options The options parameters.
			*/
			seal(options) {
				return this.client.sendOperationRequest({ options }, sealOperationSpec);
			}
		};
		xmlSerializer$1 = createSerializer(mappers_exports, true);
		createOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: AppendBlobCreateHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: AppendBlobCreateExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				encryptionScope,
				blobTagsString,
				legalHold1,
				blobType1
			],
			isXML: true,
			serializer: xmlSerializer$1
		};
		appendBlockOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: AppendBlobAppendBlockHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: AppendBlobAppendBlockExceptionHeaders
				}
			},
			requestBody: body1,
			queryParameters: [timeoutInSeconds, comp22],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				contentLength,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				transactionalContentMD5,
				transactionalContentCrc64,
				contentType1,
				accept2,
				maxSize,
				appendPosition
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "binary",
			serializer: xmlSerializer$1
		};
		appendBlockFromUrlOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: AppendBlobAppendBlockFromUrlHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: AppendBlobAppendBlockFromUrlExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp22],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				encryptionScope,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				sourceContentMD5,
				copySourceAuthorization,
				fileRequestIntent,
				transactionalContentMD5,
				sourceUrl,
				sourceContentCrc64,
				maxSize,
				appendPosition,
				sourceRange1
			],
			isXML: true,
			serializer: xmlSerializer$1
		};
		sealOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				200: { headersMapper: AppendBlobSealHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: AppendBlobSealExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds, comp23],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				ifMatch,
				ifNoneMatch,
				appendPosition
			],
			isXML: true,
			serializer: xmlSerializer$1
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/blockBlob.js
var BlockBlobImpl, xmlSerializer, uploadOperationSpec, putBlobFromUrlOperationSpec, stageBlockOperationSpec, stageBlockFromURLOperationSpec, commitBlockListOperationSpec, getBlockListOperationSpec;
function init_blockBlob() {
	return (init_blockBlob = __esmMin((() => {
		init_esm$8();
		init_mappers();
		init_parameters();
		BlockBlobImpl = class {
			client;
			/**
			* Initialize a new instance of the class BlockBlob class.
			* @param client Reference to the service client
			*/
			constructor(client) {
				this.client = client;
			}
			/**
			* The Upload Block Blob operation updates the content of an existing block blob. Updating an existing
			* block blob overwrites any existing metadata on the blob. Partial updates are not supported with Put
			* Blob; the content of the existing blob is overwritten with the content of the new blob. To perform a
			* partial update of the content of a block blob, use the Put Block List operation.
			* @param contentLength The length of the request.
			* @param body Initial data
			* @param options The options parameters.
			*/
			upload(contentLength, body, options) {
				return this.client.sendOperationRequest({
					contentLength,
					body,
					options
				}, uploadOperationSpec);
			}
			/**
			* The Put Blob from URL operation creates a new Block Blob where the contents of the blob are read
			* from a given URL.  This API is supported beginning with the 2020-04-08 version. Partial updates are
			* not supported with Put Blob from URL; the content of an existing blob is overwritten with the
			* content of the new blob.  To perform partial updates to a block blob’s contents using a source URL,
			* use the Put Block from URL API in conjunction with Put Block List.
			* @param contentLength The length of the request.
			* @param copySource Specifies the name of the source page blob snapshot. This value is a URL of up to
			*                   2 KB in length that specifies a page blob snapshot. The value should be URL-encoded as it would
			*                   appear in a request URI. The source blob must either be public or must be authenticated via a shared
			*                   access signature.
			* @param options The options parameters.
			*/
			putBlobFromUrl(contentLength, copySource, options) {
				return this.client.sendOperationRequest({
					contentLength,
					copySource,
					options
				}, putBlobFromUrlOperationSpec);
			}
			/**
			* The Stage Block operation creates a new block to be committed as part of a blob
			* @param blockId A valid Base64 string value that identifies the block. Prior to encoding, the string
			*                must be less than or equal to 64 bytes in size. For a given blob, the length of the value specified
			*                for the blockid parameter must be the same size for each block.
			* @param contentLength The length of the request.
			* @param body Initial data
			* @param options The options parameters.
			*/
			stageBlock(blockId, contentLength, body, options) {
				return this.client.sendOperationRequest({
					blockId,
					contentLength,
					body,
					options
				}, stageBlockOperationSpec);
			}
			/**
			* The Stage Block operation creates a new block to be committed as part of a blob where the contents
			* are read from a URL.
			* @param blockId A valid Base64 string value that identifies the block. Prior to encoding, the string
			*                must be less than or equal to 64 bytes in size. For a given blob, the length of the value specified
			*                for the blockid parameter must be the same size for each block.
			* @param contentLength The length of the request.
			* @param sourceUrl Specify a URL to the copy source.
			* @param options The options parameters.
			*/
			stageBlockFromURL(blockId, contentLength, sourceUrl, options) {
				return this.client.sendOperationRequest({
					blockId,
					contentLength,
					sourceUrl,
					options
				}, stageBlockFromURLOperationSpec);
			}
			/**
			* The Commit Block List operation writes a blob by specifying the list of block IDs that make up the
			* blob. In order to be written as part of a blob, a block must have been successfully written to the
			* server in a prior Put Block operation. You can call Put Block List to update a blob by uploading
			* only those blocks that have changed, then committing the new and existing blocks together. You can
			* do this by specifying whether to commit a block from the committed block list or from the
			* uncommitted block list, or to commit the most recently uploaded version of the block, whichever list
			* it may belong to.
			* @param blocks Blob Blocks.
			* @param options The options parameters.
			*/
			commitBlockList(blocks, options) {
				return this.client.sendOperationRequest({
					blocks,
					options
				}, commitBlockListOperationSpec);
			}
			/**
			* The Get Block List operation retrieves the list of blocks that have been uploaded as part of a block
			* blob
			* @param listType Specifies whether to return the list of committed blocks, the list of uncommitted
			*                 blocks, or both lists together.
			* @param options The options parameters.
			*/
			getBlockList(listType, options) {
				return this.client.sendOperationRequest({
					listType,
					options
				}, getBlockListOperationSpec);
			}
		};
		xmlSerializer = createSerializer(mappers_exports, true);
		uploadOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlockBlobUploadHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobUploadExceptionHeaders
				}
			},
			requestBody: body1,
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				contentLength,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				encryptionScope,
				tier,
				blobTagsString,
				legalHold1,
				transactionalContentMD5,
				transactionalContentCrc64,
				contentType1,
				accept2,
				blobType2
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "binary",
			serializer: xmlSerializer
		};
		putBlobFromUrlOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlockBlobPutBlobFromUrlHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobPutBlobFromUrlExceptionHeaders
				}
			},
			queryParameters: [timeoutInSeconds],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition,
				encryptionScope,
				tier,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				sourceIfTags,
				copySource,
				blobTagsString,
				sourceContentMD5,
				copySourceAuthorization,
				copySourceTags,
				fileRequestIntent,
				transactionalContentMD5,
				blobType2,
				copySourceBlobProperties
			],
			isXML: true,
			serializer: xmlSerializer
		};
		stageBlockOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlockBlobStageBlockHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobStageBlockExceptionHeaders
				}
			},
			requestBody: body1,
			queryParameters: [
				timeoutInSeconds,
				comp24,
				blockId
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				contentLength,
				leaseId,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				encryptionScope,
				transactionalContentMD5,
				transactionalContentCrc64,
				contentType1,
				accept2
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "binary",
			serializer: xmlSerializer
		};
		stageBlockFromURLOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlockBlobStageBlockFromURLHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobStageBlockFromURLExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				comp24,
				blockId
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				contentLength,
				leaseId,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				encryptionScope,
				sourceIfModifiedSince,
				sourceIfUnmodifiedSince,
				sourceIfMatch,
				sourceIfNoneMatch,
				sourceContentMD5,
				copySourceAuthorization,
				fileRequestIntent,
				sourceUrl,
				sourceContentCrc64,
				sourceRange1
			],
			isXML: true,
			serializer: xmlSerializer
		};
		commitBlockListOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "PUT",
			responses: {
				201: { headersMapper: BlockBlobCommitBlockListHeaders },
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobCommitBlockListExceptionHeaders
				}
			},
			requestBody: blocks,
			queryParameters: [timeoutInSeconds, comp25],
			urlParameters: [url],
			headerParameters: [
				contentType,
				accept,
				version,
				requestId,
				metadata,
				leaseId,
				ifModifiedSince,
				ifUnmodifiedSince,
				encryptionKey,
				encryptionKeySha256,
				encryptionAlgorithm,
				ifMatch,
				ifNoneMatch,
				ifTags,
				blobCacheControl,
				blobContentType,
				blobContentMD5,
				blobContentEncoding,
				blobContentLanguage,
				blobContentDisposition,
				immutabilityPolicyExpiry,
				immutabilityPolicyMode,
				encryptionScope,
				tier,
				blobTagsString,
				legalHold1,
				transactionalContentMD5,
				transactionalContentCrc64
			],
			isXML: true,
			contentType: "application/xml; charset=utf-8",
			mediaType: "xml",
			serializer: xmlSerializer
		};
		getBlockListOperationSpec = {
			path: "/{containerName}/{blob}",
			httpMethod: "GET",
			responses: {
				200: {
					bodyMapper: BlockList,
					headersMapper: BlockBlobGetBlockListHeaders
				},
				default: {
					bodyMapper: StorageError,
					headersMapper: BlockBlobGetBlockListExceptionHeaders
				}
			},
			queryParameters: [
				timeoutInSeconds,
				snapshot,
				comp25,
				listType
			],
			urlParameters: [url],
			headerParameters: [
				version,
				requestId,
				accept1,
				leaseId,
				ifTags
			],
			isXML: true,
			serializer: xmlSerializer
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operations/index.js
function init_operations() {
	return (init_operations = __esmMin((() => {
		init_service();
		init_container();
		init_blob();
		init_pageBlob();
		init_appendBlob();
		init_blockBlob();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/storageClient.js
var StorageClient$1;
function init_storageClient() {
	return (init_storageClient = __esmMin((() => {
		init_esm$7();
		init_operations();
		StorageClient$1 = class extends ExtendedServiceClient {
			url;
			version;
			/**
			* Initializes a new instance of the StorageClient class.
			* @param url The URL of the service account, container, or blob that is the target of the desired
			*            operation.
			* @param options The parameter options
			*/
			constructor(url, options) {
				if (url === void 0) throw new Error("'url' cannot be null");
				if (!options) options = {};
				const defaults = { requestContentType: "application/json; charset=utf-8" };
				const packageDetails = `azsdk-js-azure-storage-blob/12.30.0`;
				const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
				const optionsWithDefaults = {
					...defaults,
					...options,
					userAgentOptions: { userAgentPrefix },
					endpoint: options.endpoint ?? options.baseUri ?? "{url}"
				};
				super(optionsWithDefaults);
				this.url = url;
				this.version = options.version || "2026-02-06";
				this.service = new ServiceImpl(this);
				this.container = new ContainerImpl(this);
				this.blob = new BlobImpl(this);
				this.pageBlob = new PageBlobImpl(this);
				this.appendBlob = new AppendBlobImpl(this);
				this.blockBlob = new BlockBlobImpl(this);
			}
			service;
			container;
			blob;
			pageBlob;
			appendBlob;
			blockBlob;
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/operationsInterfaces/index.js
function init_operationsInterfaces() {
	return (init_operationsInterfaces = __esmMin((() => {})))();
}
// node_modules/@azure/storage-blob/dist/esm/generated/src/index.js
function init_src() {
	return (init_src = __esmMin((() => {
		init_models();
		init_storageClient();
		init_operationsInterfaces();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/StorageContextClient.js
var StorageContextClient;
function init_StorageContextClient() {
	return (init_StorageContextClient = __esmMin((() => {
		init_src();
		StorageContextClient = class extends StorageClient$1 {
			async sendOperationRequest(operationArguments, operationSpec) {
				const operationSpecToSend = { ...operationSpec };
				if (operationSpecToSend.path === "/{containerName}" || operationSpecToSend.path === "/{containerName}/{blob}") operationSpecToSend.path = "";
				return super.sendOperationRequest(operationArguments, operationSpecToSend);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/utils.common.js
/**
* Reserved URL characters must be properly escaped for Storage services like Blob or File.
*
* ## URL encode and escape strategy for JS SDKs
*
* When customers pass a URL string into XxxClient classes constructor, the URL string may already be URL encoded or not.
* But before sending to Azure Storage server, the URL must be encoded. However, it's hard for a SDK to guess whether the URL
* string has been encoded or not. We have 2 potential strategies, and chose strategy two for the XxxClient constructors.
*
* ### Strategy One: Assume the customer URL string is not encoded, and always encode URL string in SDK.
*
* This is what legacy V2 SDK does, simple and works for most of the cases.
* - When customer URL string is "http://account.blob.core.windows.net/con/b:",
*   SDK will encode it to "http://account.blob.core.windows.net/con/b%3A" and send to server. A blob named "b:" will be created.
* - When customer URL string is "http://account.blob.core.windows.net/con/b%3A",
*   SDK will encode it to "http://account.blob.core.windows.net/con/b%253A" and send to server. A blob named "b%3A" will be created.
*
* But this strategy will make it not possible to create a blob with "?" in it's name. Because when customer URL string is
* "http://account.blob.core.windows.net/con/blob?name", the "?name" will be treated as URL paramter instead of blob name.
* If customer URL string is "http://account.blob.core.windows.net/con/blob%3Fname", a blob named "blob%3Fname" will be created.
* V2 SDK doesn't have this issue because it doesn't allow customer pass in a full URL, it accepts a separate blob name and encodeURIComponent for it.
* We cannot accept a SDK cannot create a blob name with "?". So we implement strategy two:
*
* ### Strategy Two: SDK doesn't assume the URL has been encoded or not. It will just escape the special characters.
*
* This is what V10 Blob Go SDK does. It accepts a URL type in Go, and call url.EscapedPath() to escape the special chars unescaped.
* - When customer URL string is "http://account.blob.core.windows.net/con/b:",
*   SDK will escape ":" like "http://account.blob.core.windows.net/con/b%3A" and send to server. A blob named "b:" will be created.
* - When customer URL string is "http://account.blob.core.windows.net/con/b%3A",
*   There is no special characters, so send "http://account.blob.core.windows.net/con/b%3A" to server. A blob named "b:" will be created.
* - When customer URL string is "http://account.blob.core.windows.net/con/b%253A",
*   There is no special characters, so send "http://account.blob.core.windows.net/con/b%253A" to server. A blob named "b%3A" will be created.
*
* This strategy gives us flexibility to create with any special characters. But "%" will be treated as a special characters, if the URL string
* is not encoded, there shouldn't a "%" in the URL string, otherwise the URL is not a valid URL.
* If customer needs to create a blob with "%" in it's blob name, use "%25" instead of "%". Just like above 3rd sample.
* And following URL strings are invalid:
* - "http://account.blob.core.windows.net/con/b%"
* - "http://account.blob.core.windows.net/con/b%2"
* - "http://account.blob.core.windows.net/con/b%G"
*
* Another special character is "?", use "%2F" to represent a blob name with "?" in a URL string.
*
* ### Strategy for containerName, blobName or other specific XXXName parameters in methods such as `containerClient.getBlobClient(blobName)`
*
* We will apply strategy one, and call encodeURIComponent for these parameters like blobName. Because what customers passes in is a plain name instead of a URL.
*
* @see https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata
* @see https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-shares--directories--files--and-metadata
*
* @param url -
*/
function escapeURLPath(url) {
	const urlParsed = new URL(url);
	let path = urlParsed.pathname;
	path = path || "/";
	path = escape(path);
	urlParsed.pathname = path;
	return urlParsed.toString();
}
function getProxyUriFromDevConnString(connectionString) {
	let proxyUri = "";
	if (connectionString.search("DevelopmentStorageProxyUri=") !== -1) {
		const matchCredentials = connectionString.split(";");
		for (const element of matchCredentials) if (element.trim().startsWith("DevelopmentStorageProxyUri=")) proxyUri = element.trim().match("DevelopmentStorageProxyUri=(.*)")[1];
	}
	return proxyUri;
}
function getValueInConnString(connectionString, argument) {
	const elements = connectionString.split(";");
	for (const element of elements) if (element.trim().startsWith(argument)) return element.trim().match(argument + "=(.*)")[1];
	return "";
}
/**
* Extracts the parts of an Azure Storage account connection string.
*
* @param connectionString - Connection string.
* @returns String key value pairs of the storage account's url and credentials.
*/
function extractConnectionStringParts(connectionString) {
	let proxyUri = "";
	if (connectionString.startsWith("UseDevelopmentStorage=true")) {
		proxyUri = getProxyUriFromDevConnString(connectionString);
		connectionString = DevelopmentConnectionString;
	}
	let blobEndpoint = getValueInConnString(connectionString, "BlobEndpoint");
	blobEndpoint = blobEndpoint.endsWith("/") ? blobEndpoint.slice(0, -1) : blobEndpoint;
	if (connectionString.search("DefaultEndpointsProtocol=") !== -1 && connectionString.search("AccountKey=") !== -1) {
		let defaultEndpointsProtocol = "";
		let accountName = "";
		let accountKey = Buffer.from("accountKey", "base64");
		let endpointSuffix = "";
		accountName = getValueInConnString(connectionString, "AccountName");
		accountKey = Buffer.from(getValueInConnString(connectionString, "AccountKey"), "base64");
		if (!blobEndpoint) {
			defaultEndpointsProtocol = getValueInConnString(connectionString, "DefaultEndpointsProtocol");
			const protocol = defaultEndpointsProtocol.toLowerCase();
			if (protocol !== "https" && protocol !== "http") throw new Error("Invalid DefaultEndpointsProtocol in the provided Connection String. Expecting 'https' or 'http'");
			endpointSuffix = getValueInConnString(connectionString, "EndpointSuffix");
			if (!endpointSuffix) throw new Error("Invalid EndpointSuffix in the provided Connection String");
			blobEndpoint = `${defaultEndpointsProtocol}://${accountName}.blob.${endpointSuffix}`;
		}
		if (!accountName) throw new Error("Invalid AccountName in the provided Connection String");
		else if (accountKey.length === 0) throw new Error("Invalid AccountKey in the provided Connection String");
		return {
			kind: "AccountConnString",
			url: blobEndpoint,
			accountName,
			accountKey,
			proxyUri
		};
	} else {
		let accountSas = getValueInConnString(connectionString, "SharedAccessSignature");
		let accountName = getValueInConnString(connectionString, "AccountName");
		if (!accountName) accountName = getAccountNameFromUrl(blobEndpoint);
		if (!blobEndpoint) throw new Error("Invalid BlobEndpoint in the provided SAS Connection String");
		else if (!accountSas) throw new Error("Invalid SharedAccessSignature in the provided SAS Connection String");
		if (accountSas.startsWith("?")) accountSas = accountSas.substring(1);
		return {
			kind: "SASConnString",
			url: blobEndpoint,
			accountName,
			accountSas
		};
	}
}
/**
* Internal escape method implemented Strategy Two mentioned in escapeURL() description.
*
* @param text -
*/
function escape(text) {
	return encodeURIComponent(text).replace(/%2F/g, "/").replace(/'/g, "%27").replace(/\+/g, "%20").replace(/%25/g, "%");
}
/**
* Append a string to URL path. Will remove duplicated "/" in front of the string
* when URL path ends with a "/".
*
* @param url - Source URL string
* @param name - String to be appended to URL
* @returns An updated URL string
*/
function appendToURLPath(url, name) {
	const urlParsed = new URL(url);
	let path = urlParsed.pathname;
	path = path ? path.endsWith("/") ? `${path}${name}` : `${path}/${name}` : name;
	urlParsed.pathname = path;
	return urlParsed.toString();
}
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
* Get URL parameter by name.
*
* @param url -
* @param name -
*/
function getURLParameter(url, name) {
	return new URL(url).searchParams.get(name) ?? void 0;
}
/**
* Get URL scheme from an URL string.
*
* @param url - Source URL string
*/
function getURLScheme(url) {
	try {
		const urlParsed = new URL(url);
		return urlParsed.protocol.endsWith(":") ? urlParsed.protocol.slice(0, -1) : urlParsed.protocol;
	} catch (e) {
		return;
	}
}
/**
* Append a string to URL query.
*
* @param url - Source URL string.
* @param queryParts - String to be appended to the URL query.
* @returns An updated URL string.
*/
function appendToURLQuery(url, queryParts) {
	const urlParsed = new URL(url);
	let query = urlParsed.search;
	if (query) query += "&" + queryParts;
	else query = queryParts;
	urlParsed.search = query;
	return urlParsed.toString();
}
/**
* Rounds a date off to seconds.
*
* @param date -
* @param withMilliseconds - If true, YYYY-MM-DDThh:mm:ss.fffffffZ will be returned;
*                                          If false, YYYY-MM-DDThh:mm:ssZ will be returned.
* @returns Date string in ISO8061 format, with or without 7 milliseconds component
*/
function truncatedISO8061Date(date, withMilliseconds = true) {
	const dateString = date.toISOString();
	return withMilliseconds ? dateString.substring(0, dateString.length - 1) + "0000Z" : dateString.substring(0, dateString.length - 5) + "Z";
}
/**
* Base64 encode.
*
* @param content -
*/
function base64encode(content) {
	return !isNodeLike ? btoa(content) : Buffer.from(content).toString("base64");
}
/**
* Generate a 64 bytes base64 block ID string.
*
* @param blockIndex -
*/
function generateBlockID(blockIDPrefix, blockIndex) {
	const maxSourceStringLength = 48;
	const maxAllowedBlockIDPrefixLength = 42;
	if (blockIDPrefix.length > maxAllowedBlockIDPrefixLength) blockIDPrefix = blockIDPrefix.slice(0, maxAllowedBlockIDPrefixLength);
	return base64encode(blockIDPrefix + padStart(blockIndex.toString(), maxSourceStringLength - blockIDPrefix.length, "0"));
}
/**
* String.prototype.padStart()
*
* @param currentString -
* @param targetLength -
* @param padString -
*/
function padStart(currentString, targetLength, padString = " ") {
	if (String.prototype.padStart) return currentString.padStart(targetLength, padString);
	padString = padString || " ";
	if (currentString.length > targetLength) return currentString;
	else {
		targetLength = targetLength - currentString.length;
		if (targetLength > padString.length) padString += padString.repeat(targetLength / padString.length);
		return padString.slice(0, targetLength) + currentString;
	}
}
/**
* If two strings are equal when compared case insensitive.
*
* @param str1 -
* @param str2 -
*/
function iEqual(str1, str2) {
	return str1.toLocaleLowerCase() === str2.toLocaleLowerCase();
}
/**
* Extracts account name from the url
* @param url - url to extract the account name from
* @returns with the account name
*/
function getAccountNameFromUrl(url) {
	const parsedUrl = new URL(url);
	let accountName;
	try {
		if (parsedUrl.hostname.split(".")[1] === "blob") accountName = parsedUrl.hostname.split(".")[0];
		else if (isIpEndpointStyle(parsedUrl)) accountName = parsedUrl.pathname.split("/")[1];
		else accountName = "";
		return accountName;
	} catch (error) {
		throw new Error("Unable to extract accountName with provided information.");
	}
}
function isIpEndpointStyle(parsedUrl) {
	const host = parsedUrl.host;
	return /^.*:.*:.*$|^(localhost|host.docker.internal)(:[0-9]+)?$|^(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])(\.(\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])){3}(:[0-9]+)?$/.test(host) || Boolean(parsedUrl.port) && PathStylePorts.includes(parsedUrl.port);
}
/**
* Convert Tags to encoded string.
*
* @param tags -
*/
function toBlobTagsString(tags) {
	if (tags === void 0) return;
	const tagPairs = [];
	for (const key in tags) if (Object.prototype.hasOwnProperty.call(tags, key)) {
		const value = tags[key];
		tagPairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	}
	return tagPairs.join("&");
}
/**
* Convert Tags type to BlobTags.
*
* @param tags -
*/
function toBlobTags(tags) {
	if (tags === void 0) return;
	const res = { blobTagSet: [] };
	for (const key in tags) if (Object.prototype.hasOwnProperty.call(tags, key)) {
		const value = tags[key];
		res.blobTagSet.push({
			key,
			value
		});
	}
	return res;
}
/**
* Covert BlobTags to Tags type.
*
* @param tags -
*/
function toTags(tags) {
	if (tags === void 0) return;
	const res = {};
	for (const blobTag of tags.blobTagSet) res[blobTag.key] = blobTag.value;
	return res;
}
/**
* Convert BlobQueryTextConfiguration to QuerySerialization type.
*
* @param textConfiguration -
*/
function toQuerySerialization(textConfiguration) {
	if (textConfiguration === void 0) return;
	switch (textConfiguration.kind) {
		case "csv": return { format: {
			type: "delimited",
			delimitedTextConfiguration: {
				columnSeparator: textConfiguration.columnSeparator || ",",
				fieldQuote: textConfiguration.fieldQuote || "",
				recordSeparator: textConfiguration.recordSeparator,
				escapeChar: textConfiguration.escapeCharacter || "",
				headersPresent: textConfiguration.hasHeaders || false
			}
		} };
		case "json": return { format: {
			type: "json",
			jsonTextConfiguration: { recordSeparator: textConfiguration.recordSeparator }
		} };
		case "arrow": return { format: {
			type: "arrow",
			arrowConfiguration: { schema: textConfiguration.schema }
		} };
		case "parquet": return { format: { type: "parquet" } };
		default: throw Error("Invalid BlobQueryTextConfiguration.");
	}
}
function parseObjectReplicationRecord(objectReplicationRecord) {
	if (!objectReplicationRecord) return;
	if ("policy-id" in objectReplicationRecord) return;
	const orProperties = [];
	for (const key in objectReplicationRecord) {
		const ids = key.split("_");
		if (ids[0].startsWith("or-")) ids[0] = ids[0].substring(3);
		const rule = {
			ruleId: ids[1],
			replicationStatus: objectReplicationRecord[key]
		};
		const policyIndex = orProperties.findIndex((policy) => policy.policyId === ids[0]);
		if (policyIndex > -1) orProperties[policyIndex].rules.push(rule);
		else orProperties.push({
			policyId: ids[0],
			rules: [rule]
		});
	}
	return orProperties;
}
function httpAuthorizationToString(httpAuthorization) {
	return httpAuthorization ? httpAuthorization.scheme + " " + httpAuthorization.value : void 0;
}
function* ExtractPageRangeInfoItems(getPageRangesSegment) {
	let pageRange = [];
	let clearRange = [];
	if (getPageRangesSegment.pageRange) pageRange = getPageRangesSegment.pageRange;
	if (getPageRangesSegment.clearRange) clearRange = getPageRangesSegment.clearRange;
	let pageRangeIndex = 0;
	let clearRangeIndex = 0;
	while (pageRangeIndex < pageRange.length && clearRangeIndex < clearRange.length) if (pageRange[pageRangeIndex].start < clearRange[clearRangeIndex].start) {
		yield {
			start: pageRange[pageRangeIndex].start,
			end: pageRange[pageRangeIndex].end,
			isClear: false
		};
		++pageRangeIndex;
	} else {
		yield {
			start: clearRange[clearRangeIndex].start,
			end: clearRange[clearRangeIndex].end,
			isClear: true
		};
		++clearRangeIndex;
	}
	for (; pageRangeIndex < pageRange.length; ++pageRangeIndex) yield {
		start: pageRange[pageRangeIndex].start,
		end: pageRange[pageRangeIndex].end,
		isClear: false
	};
	for (; clearRangeIndex < clearRange.length; ++clearRangeIndex) yield {
		start: clearRange[clearRangeIndex].start,
		end: clearRange[clearRangeIndex].end,
		isClear: true
	};
}
/**
* A typesafe helper for ensuring that a given response object has
* the original _response attached.
* @param response - A response object from calling a client operation
* @returns The same object, but with known _response property
*/
function assertResponse(response) {
	if (`_response` in response) return response;
	throw new TypeError(`Unexpected response object ${response}`);
}
function init_utils_common() {
	return (init_utils_common = __esmMin((() => {
		init_esm$1();
		init_esm$3();
		init_constants();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/StorageClient.js
var StorageClient;
function init_StorageClient() {
	return (init_StorageClient = __esmMin((() => {
		init_StorageContextClient();
		init_Pipeline();
		init_utils_common();
		StorageClient = class {
			/**
			* Encoded URL string value.
			*/
			url;
			accountName;
			/**
			* Request policy pipeline.
			*
			* @internal
			*/
			pipeline;
			/**
			* Such as AnonymousCredential, StorageSharedKeyCredential or any credential from the `@azure/identity` package to authenticate requests to the service. You can also provide an object that implements the TokenCredential interface. If not specified, AnonymousCredential is used.
			*/
			credential;
			/**
			* StorageClient is a reference to protocol layer operations entry, which is
			* generated by AutoRest generator.
			*/
			storageClientContext;
			/**
			*/
			isHttps;
			/**
			* Creates an instance of StorageClient.
			* @param url - url to resource
			* @param pipeline - request policy pipeline.
			*/
			constructor(url, pipeline) {
				this.url = escapeURLPath(url);
				this.accountName = getAccountNameFromUrl(url);
				this.pipeline = pipeline;
				this.storageClientContext = new StorageContextClient(this.url, getCoreClientOptions(pipeline));
				this.isHttps = iEqual(getURLScheme(this.url) || "", "https");
				this.credential = getCredentialFromPipeline(pipeline);
				const storageClientContext = this.storageClientContext;
				storageClientContext.requestContentType = void 0;
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/tracing.js
var tracingClient;
function init_tracing() {
	return (init_tracing = __esmMin((() => {
		init_esm$5();
		init_constants();
		tracingClient = createTracingClient({
			packageName: "@azure/storage-blob",
			packageVersion: SDK_VERSION,
			namespace: "Microsoft.Storage"
		});
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/BlobSASPermissions.js
var BlobSASPermissions;
function init_BlobSASPermissions() {
	return (init_BlobSASPermissions = __esmMin((() => {
		BlobSASPermissions = class BlobSASPermissions {
			/**
			* Creates a {@link BlobSASPermissions} from the specified permissions string. This method will throw an
			* Error if it encounters a character that does not correspond to a valid permission.
			*
			* @param permissions -
			*/
			static parse(permissions) {
				const blobSASPermissions = new BlobSASPermissions();
				for (const char of permissions) switch (char) {
					case "r":
						blobSASPermissions.read = true;
						break;
					case "a":
						blobSASPermissions.add = true;
						break;
					case "c":
						blobSASPermissions.create = true;
						break;
					case "w":
						blobSASPermissions.write = true;
						break;
					case "d":
						blobSASPermissions.delete = true;
						break;
					case "x":
						blobSASPermissions.deleteVersion = true;
						break;
					case "t":
						blobSASPermissions.tag = true;
						break;
					case "m":
						blobSASPermissions.move = true;
						break;
					case "e":
						blobSASPermissions.execute = true;
						break;
					case "i":
						blobSASPermissions.setImmutabilityPolicy = true;
						break;
					case "y":
						blobSASPermissions.permanentDelete = true;
						break;
					default: throw new RangeError(`Invalid permission: ${char}`);
				}
				return blobSASPermissions;
			}
			/**
			* Creates a {@link BlobSASPermissions} from a raw object which contains same keys as it
			* and boolean values for them.
			*
			* @param permissionLike -
			*/
			static from(permissionLike) {
				const blobSASPermissions = new BlobSASPermissions();
				if (permissionLike.read) blobSASPermissions.read = true;
				if (permissionLike.add) blobSASPermissions.add = true;
				if (permissionLike.create) blobSASPermissions.create = true;
				if (permissionLike.write) blobSASPermissions.write = true;
				if (permissionLike.delete) blobSASPermissions.delete = true;
				if (permissionLike.deleteVersion) blobSASPermissions.deleteVersion = true;
				if (permissionLike.tag) blobSASPermissions.tag = true;
				if (permissionLike.move) blobSASPermissions.move = true;
				if (permissionLike.execute) blobSASPermissions.execute = true;
				if (permissionLike.setImmutabilityPolicy) blobSASPermissions.setImmutabilityPolicy = true;
				if (permissionLike.permanentDelete) blobSASPermissions.permanentDelete = true;
				return blobSASPermissions;
			}
			/**
			* Specifies Read access granted.
			*/
			read = false;
			/**
			* Specifies Add access granted.
			*/
			add = false;
			/**
			* Specifies Create access granted.
			*/
			create = false;
			/**
			* Specifies Write access granted.
			*/
			write = false;
			/**
			* Specifies Delete access granted.
			*/
			delete = false;
			/**
			* Specifies Delete version access granted.
			*/
			deleteVersion = false;
			/**
			* Specfies Tag access granted.
			*/
			tag = false;
			/**
			* Specifies Move access granted.
			*/
			move = false;
			/**
			* Specifies Execute access granted.
			*/
			execute = false;
			/**
			* Specifies SetImmutabilityPolicy access granted.
			*/
			setImmutabilityPolicy = false;
			/**
			* Specifies that Permanent Delete is permitted.
			*/
			permanentDelete = false;
			/**
			* Converts the given permissions to a string. Using this method will guarantee the permissions are in an
			* order accepted by the service.
			*
			* @returns A string which represents the BlobSASPermissions
			*/
			toString() {
				const permissions = [];
				if (this.read) permissions.push("r");
				if (this.add) permissions.push("a");
				if (this.create) permissions.push("c");
				if (this.write) permissions.push("w");
				if (this.delete) permissions.push("d");
				if (this.deleteVersion) permissions.push("x");
				if (this.tag) permissions.push("t");
				if (this.move) permissions.push("m");
				if (this.execute) permissions.push("e");
				if (this.setImmutabilityPolicy) permissions.push("i");
				if (this.permanentDelete) permissions.push("y");
				return permissions.join("");
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/ContainerSASPermissions.js
var ContainerSASPermissions;
function init_ContainerSASPermissions() {
	return (init_ContainerSASPermissions = __esmMin((() => {
		ContainerSASPermissions = class ContainerSASPermissions {
			/**
			* Creates an {@link ContainerSASPermissions} from the specified permissions string. This method will throw an
			* Error if it encounters a character that does not correspond to a valid permission.
			*
			* @param permissions -
			*/
			static parse(permissions) {
				const containerSASPermissions = new ContainerSASPermissions();
				for (const char of permissions) switch (char) {
					case "r":
						containerSASPermissions.read = true;
						break;
					case "a":
						containerSASPermissions.add = true;
						break;
					case "c":
						containerSASPermissions.create = true;
						break;
					case "w":
						containerSASPermissions.write = true;
						break;
					case "d":
						containerSASPermissions.delete = true;
						break;
					case "l":
						containerSASPermissions.list = true;
						break;
					case "t":
						containerSASPermissions.tag = true;
						break;
					case "x":
						containerSASPermissions.deleteVersion = true;
						break;
					case "m":
						containerSASPermissions.move = true;
						break;
					case "e":
						containerSASPermissions.execute = true;
						break;
					case "i":
						containerSASPermissions.setImmutabilityPolicy = true;
						break;
					case "y":
						containerSASPermissions.permanentDelete = true;
						break;
					case "f":
						containerSASPermissions.filterByTags = true;
						break;
					default: throw new RangeError(`Invalid permission ${char}`);
				}
				return containerSASPermissions;
			}
			/**
			* Creates a {@link ContainerSASPermissions} from a raw object which contains same keys as it
			* and boolean values for them.
			*
			* @param permissionLike -
			*/
			static from(permissionLike) {
				const containerSASPermissions = new ContainerSASPermissions();
				if (permissionLike.read) containerSASPermissions.read = true;
				if (permissionLike.add) containerSASPermissions.add = true;
				if (permissionLike.create) containerSASPermissions.create = true;
				if (permissionLike.write) containerSASPermissions.write = true;
				if (permissionLike.delete) containerSASPermissions.delete = true;
				if (permissionLike.list) containerSASPermissions.list = true;
				if (permissionLike.deleteVersion) containerSASPermissions.deleteVersion = true;
				if (permissionLike.tag) containerSASPermissions.tag = true;
				if (permissionLike.move) containerSASPermissions.move = true;
				if (permissionLike.execute) containerSASPermissions.execute = true;
				if (permissionLike.setImmutabilityPolicy) containerSASPermissions.setImmutabilityPolicy = true;
				if (permissionLike.permanentDelete) containerSASPermissions.permanentDelete = true;
				if (permissionLike.filterByTags) containerSASPermissions.filterByTags = true;
				return containerSASPermissions;
			}
			/**
			* Specifies Read access granted.
			*/
			read = false;
			/**
			* Specifies Add access granted.
			*/
			add = false;
			/**
			* Specifies Create access granted.
			*/
			create = false;
			/**
			* Specifies Write access granted.
			*/
			write = false;
			/**
			* Specifies Delete access granted.
			*/
			delete = false;
			/**
			* Specifies Delete version access granted.
			*/
			deleteVersion = false;
			/**
			* Specifies List access granted.
			*/
			list = false;
			/**
			* Specfies Tag access granted.
			*/
			tag = false;
			/**
			* Specifies Move access granted.
			*/
			move = false;
			/**
			* Specifies Execute access granted.
			*/
			execute = false;
			/**
			* Specifies SetImmutabilityPolicy access granted.
			*/
			setImmutabilityPolicy = false;
			/**
			* Specifies that Permanent Delete is permitted.
			*/
			permanentDelete = false;
			/**
			* Specifies that Filter Blobs by Tags is permitted.
			*/
			filterByTags = false;
			/**
			* Converts the given permissions to a string. Using this method will guarantee the permissions are in an
			* order accepted by the service.
			*
			* The order of the characters should be as specified here to ensure correctness.
			* @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
			*
			*/
			toString() {
				const permissions = [];
				if (this.read) permissions.push("r");
				if (this.add) permissions.push("a");
				if (this.create) permissions.push("c");
				if (this.write) permissions.push("w");
				if (this.delete) permissions.push("d");
				if (this.deleteVersion) permissions.push("x");
				if (this.list) permissions.push("l");
				if (this.tag) permissions.push("t");
				if (this.move) permissions.push("m");
				if (this.execute) permissions.push("e");
				if (this.setImmutabilityPolicy) permissions.push("i");
				if (this.permanentDelete) permissions.push("y");
				if (this.filterByTags) permissions.push("f");
				return permissions.join("");
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/SasIPRange.js
/**
* Generate SasIPRange format string. For example:
*
* "8.8.8.8" or "1.1.1.1-255.255.255.255"
*
* @param ipRange -
*/
function ipRangeToString(ipRange) {
	return ipRange.end ? `${ipRange.start}-${ipRange.end}` : ipRange.start;
}
// node_modules/@azure/storage-blob/dist/esm/sas/SASQueryParameters.js
var SASProtocol, SASQueryParameters;
function init_SASQueryParameters() {
	return (init_SASQueryParameters = __esmMin((() => {
		init_utils_common();
		(function(SASProtocol) {
			/**
			* Protocol that allows HTTPS only
			*/
			SASProtocol["Https"] = "https";
			/**
			* Protocol that allows both HTTPS and HTTP
			*/
			SASProtocol["HttpsAndHttp"] = "https,http";
		})(SASProtocol || (SASProtocol = {}));
		SASQueryParameters = class {
			/**
			* The storage API version.
			*/
			version;
			/**
			* Optional. The allowed HTTP protocol(s).
			*/
			protocol;
			/**
			* Optional. The start time for this SAS token.
			*/
			startsOn;
			/**
			* Optional only when identifier is provided. The expiry time for this SAS token.
			*/
			expiresOn;
			/**
			* Optional only when identifier is provided.
			* Please refer to {@link AccountSASPermissions}, {@link BlobSASPermissions}, or {@link ContainerSASPermissions} for
			* more details.
			*/
			permissions;
			/**
			* Optional. The storage services being accessed (only for Account SAS). Please refer to {@link AccountSASServices}
			* for more details.
			*/
			services;
			/**
			* Optional. The storage resource types being accessed (only for Account SAS). Please refer to
			* {@link AccountSASResourceTypes} for more details.
			*/
			resourceTypes;
			/**
			* Optional. The signed identifier (only for {@link BlobSASSignatureValues}).
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/establishing-a-stored-access-policy
			*/
			identifier;
			/**
			* Optional. Beginning in version 2025-07-05, this value specifies the Entra ID of the user would is authorized to
			* use the resulting SAS URL.  The resulting SAS URL must be used in conjunction with an Entra ID token that has been
			* issued to the user specified in this value.
			*/
			delegatedUserObjectId;
			/**
			* Optional. Encryption scope to use when sending requests authorized with this SAS URI.
			*/
			encryptionScope;
			/**
			* Optional. Specifies which resources are accessible via the SAS (only for {@link BlobSASSignatureValues}).
			* @see https://learn.microsoft.com/rest/api/storageservices/create-service-sas#specifying-the-signed-resource-blob-service-only
			*/
			resource;
			/**
			* The signature for the SAS token.
			*/
			signature;
			/**
			* Value for cache-control header in Blob/File Service SAS.
			*/
			cacheControl;
			/**
			* Value for content-disposition header in Blob/File Service SAS.
			*/
			contentDisposition;
			/**
			* Value for content-encoding header in Blob/File Service SAS.
			*/
			contentEncoding;
			/**
			* Value for content-length header in Blob/File Service SAS.
			*/
			contentLanguage;
			/**
			* Value for content-type header in Blob/File Service SAS.
			*/
			contentType;
			/**
			* Inner value of getter ipRange.
			*/
			ipRangeInner;
			/**
			* The Azure Active Directory object ID in GUID format.
			* Property of user delegation key.
			*/
			signedOid;
			/**
			* The Azure Active Directory tenant ID in GUID format.
			* Property of user delegation key.
			*/
			signedTenantId;
			/**
			* The date-time the key is active.
			* Property of user delegation key.
			*/
			signedStartsOn;
			/**
			* The date-time the key expires.
			* Property of user delegation key.
			*/
			signedExpiresOn;
			/**
			* Abbreviation of the Azure Storage service that accepts the user delegation key.
			* Property of user delegation key.
			*/
			signedService;
			/**
			* The service version that created the user delegation key.
			* Property of user delegation key.
			*/
			signedVersion;
			/**
			* Authorized AAD Object ID in GUID format. The AAD Object ID of a user authorized by the owner of the User Delegation Key
			* to perform the action granted by the SAS. The Azure Storage service will ensure that the owner of the user delegation key
			* has the required permissions before granting access but no additional permission check for the user specified in
			* this value will be performed. This is only used for User Delegation SAS.
			*/
			preauthorizedAgentObjectId;
			/**
			* A GUID value that will be logged in the storage diagnostic logs and can be used to correlate SAS generation with storage resource access.
			* This is only used for User Delegation SAS.
			*/
			correlationId;
			/**
			* Optional. IP range allowed for this SAS.
			*
			* @readonly
			*/
			get ipRange() {
				if (this.ipRangeInner) return {
					end: this.ipRangeInner.end,
					start: this.ipRangeInner.start
				};
			}
			constructor(version, signature, permissionsOrOptions, services, resourceTypes, protocol, startsOn, expiresOn, ipRange, identifier, resource, cacheControl, contentDisposition, contentEncoding, contentLanguage, contentType, userDelegationKey, preauthorizedAgentObjectId, correlationId, encryptionScope, delegatedUserObjectId) {
				this.version = version;
				this.signature = signature;
				if (permissionsOrOptions !== void 0 && typeof permissionsOrOptions !== "string") {
					this.permissions = permissionsOrOptions.permissions;
					this.services = permissionsOrOptions.services;
					this.resourceTypes = permissionsOrOptions.resourceTypes;
					this.protocol = permissionsOrOptions.protocol;
					this.startsOn = permissionsOrOptions.startsOn;
					this.expiresOn = permissionsOrOptions.expiresOn;
					this.ipRangeInner = permissionsOrOptions.ipRange;
					this.identifier = permissionsOrOptions.identifier;
					this.delegatedUserObjectId = permissionsOrOptions.delegatedUserObjectId;
					this.encryptionScope = permissionsOrOptions.encryptionScope;
					this.resource = permissionsOrOptions.resource;
					this.cacheControl = permissionsOrOptions.cacheControl;
					this.contentDisposition = permissionsOrOptions.contentDisposition;
					this.contentEncoding = permissionsOrOptions.contentEncoding;
					this.contentLanguage = permissionsOrOptions.contentLanguage;
					this.contentType = permissionsOrOptions.contentType;
					if (permissionsOrOptions.userDelegationKey) {
						this.signedOid = permissionsOrOptions.userDelegationKey.signedObjectId;
						this.signedTenantId = permissionsOrOptions.userDelegationKey.signedTenantId;
						this.signedStartsOn = permissionsOrOptions.userDelegationKey.signedStartsOn;
						this.signedExpiresOn = permissionsOrOptions.userDelegationKey.signedExpiresOn;
						this.signedService = permissionsOrOptions.userDelegationKey.signedService;
						this.signedVersion = permissionsOrOptions.userDelegationKey.signedVersion;
						this.preauthorizedAgentObjectId = permissionsOrOptions.preauthorizedAgentObjectId;
						this.correlationId = permissionsOrOptions.correlationId;
					}
				} else {
					this.services = services;
					this.resourceTypes = resourceTypes;
					this.expiresOn = expiresOn;
					this.permissions = permissionsOrOptions;
					this.protocol = protocol;
					this.startsOn = startsOn;
					this.ipRangeInner = ipRange;
					this.delegatedUserObjectId = delegatedUserObjectId;
					this.encryptionScope = encryptionScope;
					this.identifier = identifier;
					this.resource = resource;
					this.cacheControl = cacheControl;
					this.contentDisposition = contentDisposition;
					this.contentEncoding = contentEncoding;
					this.contentLanguage = contentLanguage;
					this.contentType = contentType;
					if (userDelegationKey) {
						this.signedOid = userDelegationKey.signedObjectId;
						this.signedTenantId = userDelegationKey.signedTenantId;
						this.signedStartsOn = userDelegationKey.signedStartsOn;
						this.signedExpiresOn = userDelegationKey.signedExpiresOn;
						this.signedService = userDelegationKey.signedService;
						this.signedVersion = userDelegationKey.signedVersion;
						this.preauthorizedAgentObjectId = preauthorizedAgentObjectId;
						this.correlationId = correlationId;
					}
				}
			}
			/**
			* Encodes all SAS query parameters into a string that can be appended to a URL.
			*
			*/
			toString() {
				const params = [
					"sv",
					"ss",
					"srt",
					"spr",
					"st",
					"se",
					"sip",
					"si",
					"ses",
					"skoid",
					"sktid",
					"skt",
					"ske",
					"sks",
					"skv",
					"sr",
					"sp",
					"sig",
					"rscc",
					"rscd",
					"rsce",
					"rscl",
					"rsct",
					"saoid",
					"scid",
					"sduoid"
				];
				const queries = [];
				for (const param of params) switch (param) {
					case "sv":
						this.tryAppendQueryParameter(queries, param, this.version);
						break;
					case "ss":
						this.tryAppendQueryParameter(queries, param, this.services);
						break;
					case "srt":
						this.tryAppendQueryParameter(queries, param, this.resourceTypes);
						break;
					case "spr":
						this.tryAppendQueryParameter(queries, param, this.protocol);
						break;
					case "st":
						this.tryAppendQueryParameter(queries, param, this.startsOn ? truncatedISO8061Date(this.startsOn, false) : void 0);
						break;
					case "se":
						this.tryAppendQueryParameter(queries, param, this.expiresOn ? truncatedISO8061Date(this.expiresOn, false) : void 0);
						break;
					case "sip":
						this.tryAppendQueryParameter(queries, param, this.ipRange ? ipRangeToString(this.ipRange) : void 0);
						break;
					case "si":
						this.tryAppendQueryParameter(queries, param, this.identifier);
						break;
					case "ses":
						this.tryAppendQueryParameter(queries, param, this.encryptionScope);
						break;
					case "skoid":
						this.tryAppendQueryParameter(queries, param, this.signedOid);
						break;
					case "sktid":
						this.tryAppendQueryParameter(queries, param, this.signedTenantId);
						break;
					case "skt":
						this.tryAppendQueryParameter(queries, param, this.signedStartsOn ? truncatedISO8061Date(this.signedStartsOn, false) : void 0);
						break;
					case "ske":
						this.tryAppendQueryParameter(queries, param, this.signedExpiresOn ? truncatedISO8061Date(this.signedExpiresOn, false) : void 0);
						break;
					case "sks":
						this.tryAppendQueryParameter(queries, param, this.signedService);
						break;
					case "skv":
						this.tryAppendQueryParameter(queries, param, this.signedVersion);
						break;
					case "sr":
						this.tryAppendQueryParameter(queries, param, this.resource);
						break;
					case "sp":
						this.tryAppendQueryParameter(queries, param, this.permissions);
						break;
					case "sig":
						this.tryAppendQueryParameter(queries, param, this.signature);
						break;
					case "rscc":
						this.tryAppendQueryParameter(queries, param, this.cacheControl);
						break;
					case "rscd":
						this.tryAppendQueryParameter(queries, param, this.contentDisposition);
						break;
					case "rsce":
						this.tryAppendQueryParameter(queries, param, this.contentEncoding);
						break;
					case "rscl":
						this.tryAppendQueryParameter(queries, param, this.contentLanguage);
						break;
					case "rsct":
						this.tryAppendQueryParameter(queries, param, this.contentType);
						break;
					case "saoid":
						this.tryAppendQueryParameter(queries, param, this.preauthorizedAgentObjectId);
						break;
					case "scid":
						this.tryAppendQueryParameter(queries, param, this.correlationId);
						break;
					case "sduoid": this.tryAppendQueryParameter(queries, param, this.delegatedUserObjectId);
				}
				return queries.join("&");
			}
			/**
			* A private helper method used to filter and append query key/value pairs into an array.
			*
			* @param queries -
			* @param key -
			* @param value -
			*/
			tryAppendQueryParameter(queries, key, value) {
				if (!value) return;
				key = encodeURIComponent(key);
				value = encodeURIComponent(value);
				if (key.length > 0 && value.length > 0) queries.push(`${key}=${value}`);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/BlobSASSignatureValues.js
function generateBlobSASQueryParameters(blobSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
	return generateBlobSASQueryParametersInternal(blobSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName).sasQueryParameters;
}
function generateBlobSASQueryParametersInternal(blobSASSignatureValues, sharedKeyCredentialOrUserDelegationKey, accountName) {
	const version = blobSASSignatureValues.version ? blobSASSignatureValues.version : SERVICE_VERSION;
	const sharedKeyCredential = sharedKeyCredentialOrUserDelegationKey instanceof StorageSharedKeyCredential ? sharedKeyCredentialOrUserDelegationKey : void 0;
	let userDelegationKeyCredential;
	if (sharedKeyCredential === void 0 && accountName !== void 0) userDelegationKeyCredential = new UserDelegationKeyCredential(accountName, sharedKeyCredentialOrUserDelegationKey);
	if (sharedKeyCredential === void 0 && userDelegationKeyCredential === void 0) throw TypeError("Invalid sharedKeyCredential, userDelegationKey or accountName.");
	if (version >= "2020-12-06") {
		if (sharedKeyCredential !== void 0) return generateBlobSASQueryParameters20201206(blobSASSignatureValues, sharedKeyCredential);
		else if (version >= "2025-07-05") return generateBlobSASQueryParametersUDK20250705(blobSASSignatureValues, userDelegationKeyCredential);
		else return generateBlobSASQueryParametersUDK20201206(blobSASSignatureValues, userDelegationKeyCredential);
	}
	if (version >= "2018-11-09") {
		if (sharedKeyCredential !== void 0) return generateBlobSASQueryParameters20181109(blobSASSignatureValues, sharedKeyCredential);
		else if (version >= "2020-02-10") return generateBlobSASQueryParametersUDK20200210(blobSASSignatureValues, userDelegationKeyCredential);
		else return generateBlobSASQueryParametersUDK20181109(blobSASSignatureValues, userDelegationKeyCredential);
	}
	if (version >= "2015-04-05") {
		if (sharedKeyCredential !== void 0) return generateBlobSASQueryParameters20150405(blobSASSignatureValues, sharedKeyCredential);
		else throw new RangeError("'version' must be >= '2018-11-09' when generating user delegation SAS using user delegation key.");
	}
	throw new RangeError("'version' must be >= '2015-04-05'.");
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2015-04-05 AND BEFORE 2018-11-09.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn and identifier.
*
* WARNING: When identifier is not provided, permissions and expiresOn are required.
* You MUST assign value to identifier or expiresOn & permissions manually if you initial with
* this constructor.
*
* @param blobSASSignatureValues -
* @param sharedKeyCredential -
*/
function generateBlobSASQueryParameters20150405(blobSASSignatureValues, sharedKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.identifier && !(blobSASSignatureValues.permissions && blobSASSignatureValues.expiresOn)) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when 'identifier' is not provided.");
	let resource = "c";
	if (blobSASSignatureValues.blobName) resource = "b";
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(sharedKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		blobSASSignatureValues.identifier,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		blobSASSignatureValues.cacheControl ? blobSASSignatureValues.cacheControl : "",
		blobSASSignatureValues.contentDisposition ? blobSASSignatureValues.contentDisposition : "",
		blobSASSignatureValues.contentEncoding ? blobSASSignatureValues.contentEncoding : "",
		blobSASSignatureValues.contentLanguage ? blobSASSignatureValues.contentLanguage : "",
		blobSASSignatureValues.contentType ? blobSASSignatureValues.contentType : ""
	].join("\n");
	const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2018-11-09.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn and identifier.
*
* WARNING: When identifier is not provided, permissions and expiresOn are required.
* You MUST assign value to identifier or expiresOn & permissions manually if you initial with
* this constructor.
*
* @param blobSASSignatureValues -
* @param sharedKeyCredential -
*/
function generateBlobSASQueryParameters20181109(blobSASSignatureValues, sharedKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.identifier && !(blobSASSignatureValues.permissions && blobSASSignatureValues.expiresOn)) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when 'identifier' is not provided.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(sharedKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		blobSASSignatureValues.identifier,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.cacheControl ? blobSASSignatureValues.cacheControl : "",
		blobSASSignatureValues.contentDisposition ? blobSASSignatureValues.contentDisposition : "",
		blobSASSignatureValues.contentEncoding ? blobSASSignatureValues.contentEncoding : "",
		blobSASSignatureValues.contentLanguage ? blobSASSignatureValues.contentLanguage : "",
		blobSASSignatureValues.contentType ? blobSASSignatureValues.contentType : ""
	].join("\n");
	const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2020-12-06.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn and identifier.
*
* WARNING: When identifier is not provided, permissions and expiresOn are required.
* You MUST assign value to identifier or expiresOn & permissions manually if you initial with
* this constructor.
*
* @param blobSASSignatureValues -
* @param sharedKeyCredential -
*/
function generateBlobSASQueryParameters20201206(blobSASSignatureValues, sharedKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.identifier && !(blobSASSignatureValues.permissions && blobSASSignatureValues.expiresOn)) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when 'identifier' is not provided.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(sharedKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		blobSASSignatureValues.identifier,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.encryptionScope,
		blobSASSignatureValues.cacheControl ? blobSASSignatureValues.cacheControl : "",
		blobSASSignatureValues.contentDisposition ? blobSASSignatureValues.contentDisposition : "",
		blobSASSignatureValues.contentEncoding ? blobSASSignatureValues.contentEncoding : "",
		blobSASSignatureValues.contentLanguage ? blobSASSignatureValues.contentLanguage : "",
		blobSASSignatureValues.contentType ? blobSASSignatureValues.contentType : ""
	].join("\n");
	const signature = sharedKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType, void 0, void 0, void 0, blobSASSignatureValues.encryptionScope),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2018-11-09.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn.
*
* WARNING: identifier will be ignored, permissions and expiresOn are required.
*
* @param blobSASSignatureValues -
* @param userDelegationKeyCredential -
*/
function generateBlobSASQueryParametersUDK20181109(blobSASSignatureValues, userDelegationKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.permissions || !blobSASSignatureValues.expiresOn) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when generating user delegation SAS.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(userDelegationKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		userDelegationKeyCredential.userDelegationKey.signedObjectId,
		userDelegationKeyCredential.userDelegationKey.signedTenantId,
		userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedService,
		userDelegationKeyCredential.userDelegationKey.signedVersion,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.cacheControl,
		blobSASSignatureValues.contentDisposition,
		blobSASSignatureValues.contentEncoding,
		blobSASSignatureValues.contentLanguage,
		blobSASSignatureValues.contentType
	].join("\n");
	const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2020-02-10.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn.
*
* WARNING: identifier will be ignored, permissions and expiresOn are required.
*
* @param blobSASSignatureValues -
* @param userDelegationKeyCredential -
*/
function generateBlobSASQueryParametersUDK20200210(blobSASSignatureValues, userDelegationKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.permissions || !blobSASSignatureValues.expiresOn) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when generating user delegation SAS.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(userDelegationKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		userDelegationKeyCredential.userDelegationKey.signedObjectId,
		userDelegationKeyCredential.userDelegationKey.signedTenantId,
		userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedService,
		userDelegationKeyCredential.userDelegationKey.signedVersion,
		blobSASSignatureValues.preauthorizedAgentObjectId,
		void 0,
		blobSASSignatureValues.correlationId,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.cacheControl,
		blobSASSignatureValues.contentDisposition,
		blobSASSignatureValues.contentEncoding,
		blobSASSignatureValues.contentLanguage,
		blobSASSignatureValues.contentType
	].join("\n");
	const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey, blobSASSignatureValues.preauthorizedAgentObjectId, blobSASSignatureValues.correlationId),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2020-12-06.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn.
*
* WARNING: identifier will be ignored, permissions and expiresOn are required.
*
* @param blobSASSignatureValues -
* @param userDelegationKeyCredential -
*/
function generateBlobSASQueryParametersUDK20201206(blobSASSignatureValues, userDelegationKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.permissions || !blobSASSignatureValues.expiresOn) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when generating user delegation SAS.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(userDelegationKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		userDelegationKeyCredential.userDelegationKey.signedObjectId,
		userDelegationKeyCredential.userDelegationKey.signedTenantId,
		userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedService,
		userDelegationKeyCredential.userDelegationKey.signedVersion,
		blobSASSignatureValues.preauthorizedAgentObjectId,
		void 0,
		blobSASSignatureValues.correlationId,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.encryptionScope,
		blobSASSignatureValues.cacheControl,
		blobSASSignatureValues.contentDisposition,
		blobSASSignatureValues.contentEncoding,
		blobSASSignatureValues.contentLanguage,
		blobSASSignatureValues.contentType
	].join("\n");
	const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey, blobSASSignatureValues.preauthorizedAgentObjectId, blobSASSignatureValues.correlationId, blobSASSignatureValues.encryptionScope),
		stringToSign
	};
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
* IMPLEMENTATION FOR API VERSION FROM 2020-12-06.
*
* Creates an instance of SASQueryParameters.
*
* Only accepts required settings needed to create a SAS. For optional settings please
* set corresponding properties directly, such as permissions, startsOn.
*
* WARNING: identifier will be ignored, permissions and expiresOn are required.
*
* @param blobSASSignatureValues -
* @param userDelegationKeyCredential -
*/
function generateBlobSASQueryParametersUDK20250705(blobSASSignatureValues, userDelegationKeyCredential) {
	blobSASSignatureValues = SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues);
	if (!blobSASSignatureValues.permissions || !blobSASSignatureValues.expiresOn) throw new RangeError("Must provide 'permissions' and 'expiresOn' for Blob SAS generation when generating user delegation SAS.");
	let resource = "c";
	let timestamp = blobSASSignatureValues.snapshotTime;
	if (blobSASSignatureValues.blobName) {
		resource = "b";
		if (blobSASSignatureValues.snapshotTime) resource = "bs";
		else if (blobSASSignatureValues.versionId) {
			resource = "bv";
			timestamp = blobSASSignatureValues.versionId;
		}
	}
	let verifiedPermissions;
	if (blobSASSignatureValues.permissions) {
		if (blobSASSignatureValues.blobName) verifiedPermissions = BlobSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
		else verifiedPermissions = ContainerSASPermissions.parse(blobSASSignatureValues.permissions.toString()).toString();
	}
	const stringToSign = [
		verifiedPermissions ? verifiedPermissions : "",
		blobSASSignatureValues.startsOn ? truncatedISO8061Date(blobSASSignatureValues.startsOn, false) : "",
		blobSASSignatureValues.expiresOn ? truncatedISO8061Date(blobSASSignatureValues.expiresOn, false) : "",
		getCanonicalName(userDelegationKeyCredential.accountName, blobSASSignatureValues.containerName, blobSASSignatureValues.blobName),
		userDelegationKeyCredential.userDelegationKey.signedObjectId,
		userDelegationKeyCredential.userDelegationKey.signedTenantId,
		userDelegationKeyCredential.userDelegationKey.signedStartsOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedStartsOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedExpiresOn ? truncatedISO8061Date(userDelegationKeyCredential.userDelegationKey.signedExpiresOn, false) : "",
		userDelegationKeyCredential.userDelegationKey.signedService,
		userDelegationKeyCredential.userDelegationKey.signedVersion,
		blobSASSignatureValues.preauthorizedAgentObjectId,
		void 0,
		blobSASSignatureValues.correlationId,
		void 0,
		blobSASSignatureValues.delegatedUserObjectId,
		blobSASSignatureValues.ipRange ? ipRangeToString(blobSASSignatureValues.ipRange) : "",
		blobSASSignatureValues.protocol ? blobSASSignatureValues.protocol : "",
		blobSASSignatureValues.version,
		resource,
		timestamp,
		blobSASSignatureValues.encryptionScope,
		blobSASSignatureValues.cacheControl,
		blobSASSignatureValues.contentDisposition,
		blobSASSignatureValues.contentEncoding,
		blobSASSignatureValues.contentLanguage,
		blobSASSignatureValues.contentType
	].join("\n");
	const signature = userDelegationKeyCredential.computeHMACSHA256(stringToSign);
	return {
		sasQueryParameters: new SASQueryParameters(blobSASSignatureValues.version, signature, verifiedPermissions, void 0, void 0, blobSASSignatureValues.protocol, blobSASSignatureValues.startsOn, blobSASSignatureValues.expiresOn, blobSASSignatureValues.ipRange, blobSASSignatureValues.identifier, resource, blobSASSignatureValues.cacheControl, blobSASSignatureValues.contentDisposition, blobSASSignatureValues.contentEncoding, blobSASSignatureValues.contentLanguage, blobSASSignatureValues.contentType, userDelegationKeyCredential.userDelegationKey, blobSASSignatureValues.preauthorizedAgentObjectId, blobSASSignatureValues.correlationId, blobSASSignatureValues.encryptionScope, blobSASSignatureValues.delegatedUserObjectId),
		stringToSign
	};
}
function getCanonicalName(accountName, containerName, blobName) {
	const elements = [`/blob/${accountName}/${containerName}`];
	if (blobName) elements.push(`/${blobName}`);
	return elements.join("");
}
function SASSignatureValuesSanityCheckAndAutofill(blobSASSignatureValues) {
	const version = blobSASSignatureValues.version ? blobSASSignatureValues.version : SERVICE_VERSION;
	if (blobSASSignatureValues.snapshotTime && version < "2018-11-09") throw RangeError("'version' must be >= '2018-11-09' when providing 'snapshotTime'.");
	if (blobSASSignatureValues.blobName === void 0 && blobSASSignatureValues.snapshotTime) throw RangeError("Must provide 'blobName' when providing 'snapshotTime'.");
	if (blobSASSignatureValues.versionId && version < "2019-10-10") throw RangeError("'version' must be >= '2019-10-10' when providing 'versionId'.");
	if (blobSASSignatureValues.blobName === void 0 && blobSASSignatureValues.versionId) throw RangeError("Must provide 'blobName' when providing 'versionId'.");
	if (blobSASSignatureValues.permissions && blobSASSignatureValues.permissions.setImmutabilityPolicy && version < "2020-08-04") throw RangeError("'version' must be >= '2020-08-04' when provided 'i' permission.");
	if (blobSASSignatureValues.permissions && blobSASSignatureValues.permissions.deleteVersion && version < "2019-10-10") throw RangeError("'version' must be >= '2019-10-10' when providing 'x' permission.");
	if (blobSASSignatureValues.permissions && blobSASSignatureValues.permissions.permanentDelete && version < "2019-10-10") throw RangeError("'version' must be >= '2019-10-10' when providing 'y' permission.");
	if (blobSASSignatureValues.permissions && blobSASSignatureValues.permissions.tag && version < "2019-12-12") throw RangeError("'version' must be >= '2019-12-12' when providing 't' permission.");
	if (version < "2020-02-10" && blobSASSignatureValues.permissions && (blobSASSignatureValues.permissions.move || blobSASSignatureValues.permissions.execute)) throw RangeError("'version' must be >= '2020-02-10' when providing the 'm' or 'e' permission.");
	if (version < "2021-04-10" && blobSASSignatureValues.permissions && blobSASSignatureValues.permissions.filterByTags) throw RangeError("'version' must be >= '2021-04-10' when providing the 'f' permission.");
	if (version < "2020-02-10" && (blobSASSignatureValues.preauthorizedAgentObjectId || blobSASSignatureValues.correlationId)) throw RangeError("'version' must be >= '2020-02-10' when providing 'preauthorizedAgentObjectId' or 'correlationId'.");
	if (blobSASSignatureValues.encryptionScope && version < "2020-12-06") throw RangeError("'version' must be >= '2020-12-06' when provided 'encryptionScope' in SAS.");
	blobSASSignatureValues.version = version;
	return blobSASSignatureValues;
}
function init_BlobSASSignatureValues() {
	return (init_BlobSASSignatureValues = __esmMin((() => {
		init_BlobSASPermissions();
		init_ContainerSASPermissions();
		init_esm$10();
		init_SASQueryParameters();
		init_constants();
		init_utils_common();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobLeaseClient.js
var BlobLeaseClient;
function init_BlobLeaseClient() {
	return (init_BlobLeaseClient = __esmMin((() => {
		init_esm$3();
		init_constants();
		init_tracing();
		init_utils_common();
		BlobLeaseClient = class {
			_leaseId;
			_url;
			_containerOrBlobOperation;
			_isContainer;
			/**
			* Gets the lease Id.
			*
			* @readonly
			*/
			get leaseId() {
				return this._leaseId;
			}
			/**
			* Gets the url.
			*
			* @readonly
			*/
			get url() {
				return this._url;
			}
			/**
			* Creates an instance of BlobLeaseClient.
			* @param client - The client to make the lease operation requests.
			* @param leaseId - Initial proposed lease id.
			*/
			constructor(client, leaseId) {
				const clientContext = client.storageClientContext;
				this._url = client.url;
				if (client.name === void 0) {
					this._isContainer = true;
					this._containerOrBlobOperation = clientContext.container;
				} else {
					this._isContainer = false;
					this._containerOrBlobOperation = clientContext.blob;
				}
				if (!leaseId) leaseId = randomUUID();
				this._leaseId = leaseId;
			}
			/**
			* Establishes and manages a lock on a container for delete operations, or on a blob
			* for write and delete operations.
			* The lock duration can be 15 to 60 seconds, or can be infinite.
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-container
			* and
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-blob
			*
			* @param duration - Must be between 15 to 60 seconds, or infinite (-1)
			* @param options - option to configure lease management operations.
			* @returns Response data for acquire lease operation.
			*/
			async acquireLease(duration, options = {}) {
				if (this._isContainer && (options.conditions?.ifMatch && options.conditions?.ifMatch !== "" || options.conditions?.ifNoneMatch && options.conditions?.ifNoneMatch !== "" || options.conditions?.tagConditions)) throw new RangeError("The IfMatch, IfNoneMatch and tags access conditions are ignored by the service. Values other than undefined or their default values are not acceptable.");
				return tracingClient.withSpan("BlobLeaseClient-acquireLease", options, async (updatedOptions) => {
					return assertResponse(await this._containerOrBlobOperation.acquireLease({
						abortSignal: options.abortSignal,
						duration,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						proposedLeaseId: this._leaseId,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* To change the ID of the lease.
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-container
			* and
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-blob
			*
			* @param proposedLeaseId - the proposed new lease Id.
			* @param options - option to configure lease management operations.
			* @returns Response data for change lease operation.
			*/
			async changeLease(proposedLeaseId, options = {}) {
				if (this._isContainer && (options.conditions?.ifMatch && options.conditions?.ifMatch !== "" || options.conditions?.ifNoneMatch && options.conditions?.ifNoneMatch !== "" || options.conditions?.tagConditions)) throw new RangeError("The IfMatch, IfNoneMatch and tags access conditions are ignored by the service. Values other than undefined or their default values are not acceptable.");
				return tracingClient.withSpan("BlobLeaseClient-changeLease", options, async (updatedOptions) => {
					const response = assertResponse(await this._containerOrBlobOperation.changeLease(this._leaseId, proposedLeaseId, {
						abortSignal: options.abortSignal,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
					this._leaseId = proposedLeaseId;
					return response;
				});
			}
			/**
			* To free the lease if it is no longer needed so that another client may
			* immediately acquire a lease against the container or the blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-container
			* and
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-blob
			*
			* @param options - option to configure lease management operations.
			* @returns Response data for release lease operation.
			*/
			async releaseLease(options = {}) {
				if (this._isContainer && (options.conditions?.ifMatch && options.conditions?.ifMatch !== "" || options.conditions?.ifNoneMatch && options.conditions?.ifNoneMatch !== "" || options.conditions?.tagConditions)) throw new RangeError("The IfMatch, IfNoneMatch and tags access conditions are ignored by the service. Values other than undefined or their default values are not acceptable.");
				return tracingClient.withSpan("BlobLeaseClient-releaseLease", options, async (updatedOptions) => {
					return assertResponse(await this._containerOrBlobOperation.releaseLease(this._leaseId, {
						abortSignal: options.abortSignal,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* To renew the lease.
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-container
			* and
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-blob
			*
			* @param options - Optional option to configure lease management operations.
			* @returns Response data for renew lease operation.
			*/
			async renewLease(options = {}) {
				if (this._isContainer && (options.conditions?.ifMatch && options.conditions?.ifMatch !== "" || options.conditions?.ifNoneMatch && options.conditions?.ifNoneMatch !== "" || options.conditions?.tagConditions)) throw new RangeError("The IfMatch, IfNoneMatch and tags access conditions are ignored by the service. Values other than undefined or their default values are not acceptable.");
				return tracingClient.withSpan("BlobLeaseClient-renewLease", options, async (updatedOptions) => {
					return this._containerOrBlobOperation.renewLease(this._leaseId, {
						abortSignal: options.abortSignal,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					});
				});
			}
			/**
			* To end the lease but ensure that another client cannot acquire a new lease
			* until the current lease period has expired.
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-container
			* and
			* @see https://learn.microsoft.com/rest/api/storageservices/lease-blob
			*
			* @param breakPeriod - Break period
			* @param options - Optional options to configure lease management operations.
			* @returns Response data for break lease operation.
			*/
			async breakLease(breakPeriod, options = {}) {
				if (this._isContainer && (options.conditions?.ifMatch && options.conditions?.ifMatch !== "" || options.conditions?.ifNoneMatch && options.conditions?.ifNoneMatch !== "" || options.conditions?.tagConditions)) throw new RangeError("The IfMatch, IfNoneMatch and tags access conditions are ignored by the service. Values other than undefined or their default values are not acceptable.");
				return tracingClient.withSpan("BlobLeaseClient-breakLease", options, async (updatedOptions) => {
					const operationOptions = {
						abortSignal: options.abortSignal,
						breakPeriod,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					};
					return assertResponse(await this._containerOrBlobOperation.breakLease(operationOptions));
				});
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/RetriableReadableStream.js
var RetriableReadableStream;
function init_RetriableReadableStream() {
	return (init_RetriableReadableStream = __esmMin((() => {
		init_esm$4();
		RetriableReadableStream = class extends Readable {
			start;
			offset;
			end;
			getter;
			source;
			retries = 0;
			maxRetryRequests;
			onProgress;
			options;
			/**
			* Creates an instance of RetriableReadableStream.
			*
			* @param source - The current ReadableStream returned from getter
			* @param getter - A method calling downloading request returning
			*                                      a new ReadableStream from specified offset
			* @param offset - Offset position in original data source to read
			* @param count - How much data in original data source to read
			* @param options -
			*/
			constructor(source, getter, offset, count, options = {}) {
				super({ highWaterMark: options.highWaterMark });
				this.getter = getter;
				this.source = source;
				this.start = offset;
				this.offset = offset;
				this.end = offset + count - 1;
				this.maxRetryRequests = options.maxRetryRequests && options.maxRetryRequests >= 0 ? options.maxRetryRequests : 0;
				this.onProgress = options.onProgress;
				this.options = options;
				this.setSourceEventHandlers();
			}
			_read() {
				this.source.resume();
			}
			setSourceEventHandlers() {
				this.source.on("data", this.sourceDataHandler);
				this.source.on("end", this.sourceErrorOrEndHandler);
				this.source.on("error", this.sourceErrorOrEndHandler);
				this.source.on("aborted", this.sourceAbortedHandler);
			}
			removeSourceEventHandlers() {
				this.source.removeListener("data", this.sourceDataHandler);
				this.source.removeListener("end", this.sourceErrorOrEndHandler);
				this.source.removeListener("error", this.sourceErrorOrEndHandler);
				this.source.removeListener("aborted", this.sourceAbortedHandler);
			}
			sourceDataHandler = (data) => {
				if (this.options.doInjectErrorOnce) {
					this.options.doInjectErrorOnce = void 0;
					this.source.pause();
					this.sourceErrorOrEndHandler();
					this.source.destroy();
					return;
				}
				this.offset += data.length;
				if (this.onProgress) this.onProgress({ loadedBytes: this.offset - this.start });
				if (!this.push(data)) this.source.pause();
			};
			sourceAbortedHandler = () => {
				const abortError = new AbortError("The operation was aborted.");
				this.destroy(abortError);
			};
			sourceErrorOrEndHandler = (err) => {
				if (err && err.name === "AbortError") {
					this.destroy(err);
					return;
				}
				this.removeSourceEventHandlers();
				if (this.offset - 1 === this.end) this.push(null);
				else if (this.offset <= this.end) {
					if (this.retries < this.maxRetryRequests) {
						this.retries += 1;
						this.getter(this.offset).then((newSource) => {
							this.source = newSource;
							this.setSourceEventHandlers();
						}).catch((error) => {
							this.destroy(error);
						});
					} else this.destroy(/* @__PURE__ */ new Error(`Data corruption failure: received less data than required and reached maxRetires limitation. Received data offset: ${this.offset - 1}, data needed offset: ${this.end}, retries: ${this.retries}, max retries: ${this.maxRetryRequests}`));
				} else this.destroy(/* @__PURE__ */ new Error(`Data corruption failure: Received more data than original request, data needed offset is ${this.end}, received offset: ${this.offset - 1}`));
			};
			_destroy(error, callback) {
				this.removeSourceEventHandlers();
				this.source.destroy();
				callback(error === null ? void 0 : error);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobDownloadResponse.js
var BlobDownloadResponse;
function init_BlobDownloadResponse() {
	return (init_BlobDownloadResponse = __esmMin((() => {
		init_esm$3();
		init_RetriableReadableStream();
		BlobDownloadResponse = class {
			/**
			* Indicates that the service supports
			* requests for partial file content.
			*
			* @readonly
			*/
			get acceptRanges() {
				return this.originalResponse.acceptRanges;
			}
			/**
			* Returns if it was previously specified
			* for the file.
			*
			* @readonly
			*/
			get cacheControl() {
				return this.originalResponse.cacheControl;
			}
			/**
			* Returns the value that was specified
			* for the 'x-ms-content-disposition' header and specifies how to process the
			* response.
			*
			* @readonly
			*/
			get contentDisposition() {
				return this.originalResponse.contentDisposition;
			}
			/**
			* Returns the value that was specified
			* for the Content-Encoding request header.
			*
			* @readonly
			*/
			get contentEncoding() {
				return this.originalResponse.contentEncoding;
			}
			/**
			* Returns the value that was specified
			* for the Content-Language request header.
			*
			* @readonly
			*/
			get contentLanguage() {
				return this.originalResponse.contentLanguage;
			}
			/**
			* The current sequence number for a
			* page blob. This header is not returned for block blobs or append blobs.
			*
			* @readonly
			*/
			get blobSequenceNumber() {
				return this.originalResponse.blobSequenceNumber;
			}
			/**
			* The blob's type. Possible values include:
			* 'BlockBlob', 'PageBlob', 'AppendBlob'.
			*
			* @readonly
			*/
			get blobType() {
				return this.originalResponse.blobType;
			}
			/**
			* The number of bytes present in the
			* response body.
			*
			* @readonly
			*/
			get contentLength() {
				return this.originalResponse.contentLength;
			}
			/**
			* If the file has an MD5 hash and the
			* request is to read the full file, this response header is returned so that
			* the client can check for message content integrity. If the request is to
			* read a specified range and the 'x-ms-range-get-content-md5' is set to
			* true, then the request returns an MD5 hash for the range, as long as the
			* range size is less than or equal to 4 MB. If neither of these sets of
			* conditions is true, then no value is returned for the 'Content-MD5'
			* header.
			*
			* @readonly
			*/
			get contentMD5() {
				return this.originalResponse.contentMD5;
			}
			/**
			* Indicates the range of bytes returned if
			* the client requested a subset of the file by setting the Range request
			* header.
			*
			* @readonly
			*/
			get contentRange() {
				return this.originalResponse.contentRange;
			}
			/**
			* The content type specified for the file.
			* The default content type is 'application/octet-stream'
			*
			* @readonly
			*/
			get contentType() {
				return this.originalResponse.contentType;
			}
			/**
			* Conclusion time of the last attempted
			* Copy File operation where this file was the destination file. This value
			* can specify the time of a completed, aborted, or failed copy attempt.
			*
			* @readonly
			*/
			get copyCompletedOn() {
				return this.originalResponse.copyCompletedOn;
			}
			/**
			* String identifier for the last attempted Copy
			* File operation where this file was the destination file.
			*
			* @readonly
			*/
			get copyId() {
				return this.originalResponse.copyId;
			}
			/**
			* Contains the number of bytes copied and
			* the total bytes in the source in the last attempted Copy File operation
			* where this file was the destination file. Can show between 0 and
			* Content-Length bytes copied.
			*
			* @readonly
			*/
			get copyProgress() {
				return this.originalResponse.copyProgress;
			}
			/**
			* URL up to 2KB in length that specifies the
			* source file used in the last attempted Copy File operation where this file
			* was the destination file.
			*
			* @readonly
			*/
			get copySource() {
				return this.originalResponse.copySource;
			}
			/**
			* State of the copy operation
			* identified by 'x-ms-copy-id'. Possible values include: 'pending',
			* 'success', 'aborted', 'failed'
			*
			* @readonly
			*/
			get copyStatus() {
				return this.originalResponse.copyStatus;
			}
			/**
			* Only appears when
			* x-ms-copy-status is failed or pending. Describes cause of fatal or
			* non-fatal copy operation failure.
			*
			* @readonly
			*/
			get copyStatusDescription() {
				return this.originalResponse.copyStatusDescription;
			}
			/**
			* When a blob is leased,
			* specifies whether the lease is of infinite or fixed duration. Possible
			* values include: 'infinite', 'fixed'.
			*
			* @readonly
			*/
			get leaseDuration() {
				return this.originalResponse.leaseDuration;
			}
			/**
			* Lease state of the blob. Possible
			* values include: 'available', 'leased', 'expired', 'breaking', 'broken'.
			*
			* @readonly
			*/
			get leaseState() {
				return this.originalResponse.leaseState;
			}
			/**
			* The current lease status of the
			* blob. Possible values include: 'locked', 'unlocked'.
			*
			* @readonly
			*/
			get leaseStatus() {
				return this.originalResponse.leaseStatus;
			}
			/**
			* A UTC date/time value generated by the service that
			* indicates the time at which the response was initiated.
			*
			* @readonly
			*/
			get date() {
				return this.originalResponse.date;
			}
			/**
			* The number of committed blocks
			* present in the blob. This header is returned only for append blobs.
			*
			* @readonly
			*/
			get blobCommittedBlockCount() {
				return this.originalResponse.blobCommittedBlockCount;
			}
			/**
			* The ETag contains a value that you can use to
			* perform operations conditionally, in quotes.
			*
			* @readonly
			*/
			get etag() {
				return this.originalResponse.etag;
			}
			/**
			* The number of tags associated with the blob
			*
			* @readonly
			*/
			get tagCount() {
				return this.originalResponse.tagCount;
			}
			/**
			* The error code.
			*
			* @readonly
			*/
			get errorCode() {
				return this.originalResponse.errorCode;
			}
			/**
			* The value of this header is set to
			* true if the file data and application metadata are completely encrypted
			* using the specified algorithm. Otherwise, the value is set to false (when
			* the file is unencrypted, or if only parts of the file/application metadata
			* are encrypted).
			*
			* @readonly
			*/
			get isServerEncrypted() {
				return this.originalResponse.isServerEncrypted;
			}
			/**
			* If the blob has a MD5 hash, and if
			* request contains range header (Range or x-ms-range), this response header
			* is returned with the value of the whole blob's MD5 value. This value may
			* or may not be equal to the value returned in Content-MD5 header, with the
			* latter calculated from the requested range.
			*
			* @readonly
			*/
			get blobContentMD5() {
				return this.originalResponse.blobContentMD5;
			}
			/**
			* Returns the date and time the file was last
			* modified. Any operation that modifies the file or its properties updates
			* the last modified time.
			*
			* @readonly
			*/
			get lastModified() {
				return this.originalResponse.lastModified;
			}
			/**
			* Returns the UTC date and time generated by the service that indicates the time at which the blob was
			* last read or written to.
			*
			* @readonly
			*/
			get lastAccessed() {
				return this.originalResponse.lastAccessed;
			}
			/**
			* Returns the date and time the blob was created.
			*
			* @readonly
			*/
			get createdOn() {
				return this.originalResponse.createdOn;
			}
			/**
			* A name-value pair
			* to associate with a file storage object.
			*
			* @readonly
			*/
			get metadata() {
				return this.originalResponse.metadata;
			}
			/**
			* This header uniquely identifies the request
			* that was made and can be used for troubleshooting the request.
			*
			* @readonly
			*/
			get requestId() {
				return this.originalResponse.requestId;
			}
			/**
			* If a client request id header is sent in the request, this header will be present in the
			* response with the same value.
			*
			* @readonly
			*/
			get clientRequestId() {
				return this.originalResponse.clientRequestId;
			}
			/**
			* Indicates the version of the Blob service used
			* to execute the request.
			*
			* @readonly
			*/
			get version() {
				return this.originalResponse.version;
			}
			/**
			* Indicates the versionId of the downloaded blob version.
			*
			* @readonly
			*/
			get versionId() {
				return this.originalResponse.versionId;
			}
			/**
			* Indicates whether version of this blob is a current version.
			*
			* @readonly
			*/
			get isCurrentVersion() {
				return this.originalResponse.isCurrentVersion;
			}
			/**
			* The SHA-256 hash of the encryption key used to encrypt the blob. This value is only returned
			* when the blob was encrypted with a customer-provided key.
			*
			* @readonly
			*/
			get encryptionKeySha256() {
				return this.originalResponse.encryptionKeySha256;
			}
			/**
			* If the request is to read a specified range and the x-ms-range-get-content-crc64 is set to
			* true, then the request returns a crc64 for the range, as long as the range size is less than
			* or equal to 4 MB. If both x-ms-range-get-content-crc64 & x-ms-range-get-content-md5 is
			* specified in the same request, it will fail with 400(Bad Request)
			*/
			get contentCrc64() {
				return this.originalResponse.contentCrc64;
			}
			/**
			* Object Replication Policy Id of the destination blob.
			*
			* @readonly
			*/
			get objectReplicationDestinationPolicyId() {
				return this.originalResponse.objectReplicationDestinationPolicyId;
			}
			/**
			* Parsed Object Replication Policy Id, Rule Id(s) and status of the source blob.
			*
			* @readonly
			*/
			get objectReplicationSourceProperties() {
				return this.originalResponse.objectReplicationSourceProperties;
			}
			/**
			* If this blob has been sealed.
			*
			* @readonly
			*/
			get isSealed() {
				return this.originalResponse.isSealed;
			}
			/**
			* UTC date/time value generated by the service that indicates the time at which the blob immutability policy will expire.
			*
			* @readonly
			*/
			get immutabilityPolicyExpiresOn() {
				return this.originalResponse.immutabilityPolicyExpiresOn;
			}
			/**
			* Indicates immutability policy mode.
			*
			* @readonly
			*/
			get immutabilityPolicyMode() {
				return this.originalResponse.immutabilityPolicyMode;
			}
			/**
			* Indicates if a legal hold is present on the blob.
			*
			* @readonly
			*/
			get legalHold() {
				return this.originalResponse.legalHold;
			}
			/**
			* The response body as a browser Blob.
			* Always undefined in node.js.
			*
			* @readonly
			*/
			get contentAsBlob() {
				return this.originalResponse.blobBody;
			}
			/**
			* The response body as a node.js Readable stream.
			* Always undefined in the browser.
			*
			* It will automatically retry when internal read stream unexpected ends.
			*
			* @readonly
			*/
			get readableStreamBody() {
				return isNodeLike ? this.blobDownloadStream : void 0;
			}
			/**
			* The HTTP response.
			*/
			get _response() {
				return this.originalResponse._response;
			}
			originalResponse;
			blobDownloadStream;
			/**
			* Creates an instance of BlobDownloadResponse.
			*
			* @param originalResponse -
			* @param getter -
			* @param offset -
			* @param count -
			* @param options -
			*/
			constructor(originalResponse, getter, offset, count, options = {}) {
				this.originalResponse = originalResponse;
				this.blobDownloadStream = new RetriableReadableStream(this.originalResponse.readableStreamBody, getter, offset, count, options);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/AvroConstants.js
var AVRO_INIT_BYTES, AVRO_CODEC_KEY, AVRO_SCHEMA_KEY;
function init_AvroConstants() {
	return (init_AvroConstants = __esmMin((() => {
		AVRO_INIT_BYTES = new Uint8Array([
			79,
			98,
			106,
			1
		]);
		AVRO_CODEC_KEY = "avro.codec";
		AVRO_SCHEMA_KEY = "avro.schema";
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/AvroParser.js
var AvroParser, AvroComplex, AvroPrimitive, AvroType, AvroPrimitiveType, AvroEnumType, AvroUnionType, AvroMapType, AvroRecordType;
function init_AvroParser() {
	return (init_AvroParser = __esmMin((() => {
		AvroParser = class AvroParser {
			/**
			* Reads a fixed number of bytes from the stream.
			*
			* @param stream -
			* @param length -
			* @param options -
			*/
			static async readFixedBytes(stream, length, options = {}) {
				const bytes = await stream.read(length, { abortSignal: options.abortSignal });
				if (bytes.length !== length) throw new Error("Hit stream end.");
				return bytes;
			}
			/**
			* Reads a single byte from the stream.
			*
			* @param stream -
			* @param options -
			*/
			static async readByte(stream, options = {}) {
				return (await AvroParser.readFixedBytes(stream, 1, options))[0];
			}
			static async readZigZagLong(stream, options = {}) {
				let zigZagEncoded = 0;
				let significanceInBit = 0;
				let byte, haveMoreByte, significanceInFloat;
				do {
					byte = await AvroParser.readByte(stream, options);
					haveMoreByte = byte & 128;
					zigZagEncoded |= (byte & 127) << significanceInBit;
					significanceInBit += 7;
				} while (haveMoreByte && significanceInBit < 28);
				if (haveMoreByte) {
					zigZagEncoded = zigZagEncoded;
					significanceInFloat = 268435456;
					do {
						byte = await AvroParser.readByte(stream, options);
						zigZagEncoded += (byte & 127) * significanceInFloat;
						significanceInFloat *= 128;
					} while (byte & 128);
					const res = (zigZagEncoded % 2 ? -(zigZagEncoded + 1) : zigZagEncoded) / 2;
					if (res < Number.MIN_SAFE_INTEGER || res > Number.MAX_SAFE_INTEGER) throw new Error("Integer overflow.");
					return res;
				}
				return zigZagEncoded >> 1 ^ -(zigZagEncoded & 1);
			}
			static async readLong(stream, options = {}) {
				return AvroParser.readZigZagLong(stream, options);
			}
			static async readInt(stream, options = {}) {
				return AvroParser.readZigZagLong(stream, options);
			}
			static async readNull() {
				return null;
			}
			static async readBoolean(stream, options = {}) {
				const b = await AvroParser.readByte(stream, options);
				if (b === 1) return true;
				else if (b === 0) return false;
				else throw new Error("Byte was not a boolean.");
			}
			static async readFloat(stream, options = {}) {
				const u8arr = await AvroParser.readFixedBytes(stream, 4, options);
				return new DataView(u8arr.buffer, u8arr.byteOffset, u8arr.byteLength).getFloat32(0, true);
			}
			static async readDouble(stream, options = {}) {
				const u8arr = await AvroParser.readFixedBytes(stream, 8, options);
				return new DataView(u8arr.buffer, u8arr.byteOffset, u8arr.byteLength).getFloat64(0, true);
			}
			static async readBytes(stream, options = {}) {
				const size = await AvroParser.readLong(stream, options);
				if (size < 0) throw new Error("Bytes size was negative.");
				return stream.read(size, { abortSignal: options.abortSignal });
			}
			static async readString(stream, options = {}) {
				const u8arr = await AvroParser.readBytes(stream, options);
				return new TextDecoder().decode(u8arr);
			}
			static async readMapPair(stream, readItemMethod, options = {}) {
				return {
					key: await AvroParser.readString(stream, options),
					value: await readItemMethod(stream, options)
				};
			}
			static async readMap(stream, readItemMethod, options = {}) {
				const readPairMethod = (s, opts = {}) => {
					return AvroParser.readMapPair(s, readItemMethod, opts);
				};
				const pairs = await AvroParser.readArray(stream, readPairMethod, options);
				const dict = {};
				for (const pair of pairs) dict[pair.key] = pair.value;
				return dict;
			}
			static async readArray(stream, readItemMethod, options = {}) {
				const items = [];
				for (let count = await AvroParser.readLong(stream, options); count !== 0; count = await AvroParser.readLong(stream, options)) {
					if (count < 0) {
						await AvroParser.readLong(stream, options);
						count = -count;
					}
					while (count--) {
						const item = await readItemMethod(stream, options);
						items.push(item);
					}
				}
				return items;
			}
		};
		(function(AvroComplex) {
			AvroComplex["RECORD"] = "record";
			AvroComplex["ENUM"] = "enum";
			AvroComplex["ARRAY"] = "array";
			AvroComplex["MAP"] = "map";
			AvroComplex["UNION"] = "union";
			AvroComplex["FIXED"] = "fixed";
		})(AvroComplex || (AvroComplex = {}));
		(function(AvroPrimitive) {
			AvroPrimitive["NULL"] = "null";
			AvroPrimitive["BOOLEAN"] = "boolean";
			AvroPrimitive["INT"] = "int";
			AvroPrimitive["LONG"] = "long";
			AvroPrimitive["FLOAT"] = "float";
			AvroPrimitive["DOUBLE"] = "double";
			AvroPrimitive["BYTES"] = "bytes";
			AvroPrimitive["STRING"] = "string";
		})(AvroPrimitive || (AvroPrimitive = {}));
		AvroType = class AvroType {
			/**
			* Determines the AvroType from the Avro Schema.
			*/
			static fromSchema(schema) {
				if (typeof schema === "string") return AvroType.fromStringSchema(schema);
				else if (Array.isArray(schema)) return AvroType.fromArraySchema(schema);
				else return AvroType.fromObjectSchema(schema);
			}
			static fromStringSchema(schema) {
				switch (schema) {
					case AvroPrimitive.NULL:
					case AvroPrimitive.BOOLEAN:
					case AvroPrimitive.INT:
					case AvroPrimitive.LONG:
					case AvroPrimitive.FLOAT:
					case AvroPrimitive.DOUBLE:
					case AvroPrimitive.BYTES:
					case AvroPrimitive.STRING: return new AvroPrimitiveType(schema);
					default: throw new Error(`Unexpected Avro type ${schema}`);
				}
			}
			static fromArraySchema(schema) {
				return new AvroUnionType(schema.map(AvroType.fromSchema));
			}
			static fromObjectSchema(schema) {
				const type = schema.type;
				try {
					return AvroType.fromStringSchema(type);
				} catch {}
				switch (type) {
					case AvroComplex.RECORD:
						if (schema.aliases) throw new Error(`aliases currently is not supported, schema: ${schema}`);
						if (!schema.name) throw new Error(`Required attribute 'name' doesn't exist on schema: ${schema}`);
						const fields = {};
						if (!schema.fields) throw new Error(`Required attribute 'fields' doesn't exist on schema: ${schema}`);
						for (const field of schema.fields) fields[field.name] = AvroType.fromSchema(field.type);
						return new AvroRecordType(fields, schema.name);
					case AvroComplex.ENUM:
						if (schema.aliases) throw new Error(`aliases currently is not supported, schema: ${schema}`);
						if (!schema.symbols) throw new Error(`Required attribute 'symbols' doesn't exist on schema: ${schema}`);
						return new AvroEnumType(schema.symbols);
					case AvroComplex.MAP:
						if (!schema.values) throw new Error(`Required attribute 'values' doesn't exist on schema: ${schema}`);
						return new AvroMapType(AvroType.fromSchema(schema.values));
					case AvroComplex.ARRAY:
					case AvroComplex.FIXED:
					default: throw new Error(`Unexpected Avro type ${type} in ${schema}`);
				}
			}
		};
		AvroPrimitiveType = class extends AvroType {
			_primitive;
			constructor(primitive) {
				super();
				this._primitive = primitive;
			}
			read(stream, options = {}) {
				switch (this._primitive) {
					case AvroPrimitive.NULL: return AvroParser.readNull();
					case AvroPrimitive.BOOLEAN: return AvroParser.readBoolean(stream, options);
					case AvroPrimitive.INT: return AvroParser.readInt(stream, options);
					case AvroPrimitive.LONG: return AvroParser.readLong(stream, options);
					case AvroPrimitive.FLOAT: return AvroParser.readFloat(stream, options);
					case AvroPrimitive.DOUBLE: return AvroParser.readDouble(stream, options);
					case AvroPrimitive.BYTES: return AvroParser.readBytes(stream, options);
					case AvroPrimitive.STRING: return AvroParser.readString(stream, options);
					default: throw new Error("Unknown Avro Primitive");
				}
			}
		};
		AvroEnumType = class extends AvroType {
			_symbols;
			constructor(symbols) {
				super();
				this._symbols = symbols;
			}
			async read(stream, options = {}) {
				const value = await AvroParser.readInt(stream, options);
				return this._symbols[value];
			}
		};
		AvroUnionType = class extends AvroType {
			_types;
			constructor(types) {
				super();
				this._types = types;
			}
			async read(stream, options = {}) {
				const typeIndex = await AvroParser.readInt(stream, options);
				return this._types[typeIndex].read(stream, options);
			}
		};
		AvroMapType = class extends AvroType {
			_itemType;
			constructor(itemType) {
				super();
				this._itemType = itemType;
			}
			read(stream, options = {}) {
				const readItemMethod = (s, opts) => {
					return this._itemType.read(s, opts);
				};
				return AvroParser.readMap(stream, readItemMethod, options);
			}
		};
		AvroRecordType = class extends AvroType {
			_name;
			_fields;
			constructor(fields, name) {
				super();
				this._fields = fields;
				this._name = name;
			}
			async read(stream, options = {}) {
				const record = {};
				record["$schema"] = this._name;
				for (const key in this._fields) if (Object.prototype.hasOwnProperty.call(this._fields, key)) record[key] = await this._fields[key].read(stream, options);
				return record;
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/utils/utils.common.js
function arraysEqual(a, b) {
	if (a === b) return true;
	if (a == null || b == null) return false;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; ++i) if (a[i] !== b[i]) return false;
	return true;
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/AvroReader.js
var AvroReader;
function init_AvroReader() {
	return (init_AvroReader = __esmMin((() => {
		init_AvroConstants();
		init_AvroParser();
		AvroReader = class {
			_dataStream;
			_headerStream;
			_syncMarker;
			_metadata;
			_itemType;
			_itemsRemainingInBlock;
			_initialBlockOffset;
			_blockOffset;
			get blockOffset() {
				return this._blockOffset;
			}
			_objectIndex;
			get objectIndex() {
				return this._objectIndex;
			}
			_initialized;
			constructor(dataStream, headerStream, currentBlockOffset, indexWithinCurrentBlock) {
				this._dataStream = dataStream;
				this._headerStream = headerStream || dataStream;
				this._initialized = false;
				this._blockOffset = currentBlockOffset || 0;
				this._objectIndex = indexWithinCurrentBlock || 0;
				this._initialBlockOffset = currentBlockOffset || 0;
			}
			async initialize(options = {}) {
				if (!arraysEqual(await AvroParser.readFixedBytes(this._headerStream, AVRO_INIT_BYTES.length, { abortSignal: options.abortSignal }), AVRO_INIT_BYTES)) throw new Error("Stream is not an Avro file.");
				this._metadata = await AvroParser.readMap(this._headerStream, AvroParser.readString, { abortSignal: options.abortSignal });
				const codec = this._metadata[AVRO_CODEC_KEY];
				if (!(codec === void 0 || codec === null || codec === "null")) throw new Error("Codecs are not supported");
				this._syncMarker = await AvroParser.readFixedBytes(this._headerStream, 16, { abortSignal: options.abortSignal });
				const schema = JSON.parse(this._metadata[AVRO_SCHEMA_KEY]);
				this._itemType = AvroType.fromSchema(schema);
				if (this._blockOffset === 0) this._blockOffset = this._initialBlockOffset + this._dataStream.position;
				this._itemsRemainingInBlock = await AvroParser.readLong(this._dataStream, { abortSignal: options.abortSignal });
				await AvroParser.readLong(this._dataStream, { abortSignal: options.abortSignal });
				this._initialized = true;
				if (this._objectIndex && this._objectIndex > 0) for (let i = 0; i < this._objectIndex; i++) {
					await this._itemType.read(this._dataStream, { abortSignal: options.abortSignal });
					this._itemsRemainingInBlock--;
				}
			}
			hasNext() {
				return !this._initialized || this._itemsRemainingInBlock > 0;
			}
			async *parseObjects(options = {}) {
				if (!this._initialized) await this.initialize(options);
				while (this.hasNext()) {
					const result = await this._itemType.read(this._dataStream, { abortSignal: options.abortSignal });
					this._itemsRemainingInBlock--;
					this._objectIndex++;
					if (this._itemsRemainingInBlock === 0) {
						const marker = await AvroParser.readFixedBytes(this._dataStream, 16, { abortSignal: options.abortSignal });
						this._blockOffset = this._initialBlockOffset + this._dataStream.position;
						this._objectIndex = 0;
						if (!arraysEqual(this._syncMarker, marker)) throw new Error("Stream is not a valid Avro file.");
						try {
							this._itemsRemainingInBlock = await AvroParser.readLong(this._dataStream, { abortSignal: options.abortSignal });
						} catch {
							this._itemsRemainingInBlock = 0;
						}
						if (this._itemsRemainingInBlock > 0) await AvroParser.readLong(this._dataStream, { abortSignal: options.abortSignal });
					}
					yield result;
				}
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/AvroReadable.js
var AvroReadable;
function init_AvroReadable() {
	return (init_AvroReadable = __esmMin((() => {
		AvroReadable = class {};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/AvroReadableFromStream.js
var ABORT_ERROR, AvroReadableFromStream;
function init_AvroReadableFromStream() {
	return (init_AvroReadableFromStream = __esmMin((() => {
		init_AvroReadable();
		init_esm$4();
		ABORT_ERROR = new AbortError("Reading from the avro stream was aborted.");
		AvroReadableFromStream = class extends AvroReadable {
			_position;
			_readable;
			toUint8Array(data) {
				if (typeof data === "string") return Buffer$1.from(data);
				return data;
			}
			constructor(readable) {
				super();
				this._readable = readable;
				this._position = 0;
			}
			get position() {
				return this._position;
			}
			async read(size, options = {}) {
				if (options.abortSignal?.aborted) throw ABORT_ERROR;
				if (size < 0) throw new Error(`size parameter should be positive: ${size}`);
				if (size === 0) return /* @__PURE__ */ new Uint8Array();
				if (!this._readable.readable) throw new Error("Stream no longer readable.");
				const chunk = this._readable.read(size);
				if (chunk) {
					this._position += chunk.length;
					return this.toUint8Array(chunk);
				} else return new Promise((resolve, reject) => {
					const cleanUp = () => {
						this._readable.removeListener("readable", readableCallback);
						this._readable.removeListener("error", rejectCallback);
						this._readable.removeListener("end", rejectCallback);
						this._readable.removeListener("close", rejectCallback);
						if (options.abortSignal) options.abortSignal.removeEventListener("abort", abortHandler);
					};
					const readableCallback = () => {
						const callbackChunk = this._readable.read(size);
						if (callbackChunk) {
							this._position += callbackChunk.length;
							cleanUp();
							resolve(this.toUint8Array(callbackChunk));
						}
					};
					const rejectCallback = () => {
						cleanUp();
						reject();
					};
					const abortHandler = () => {
						cleanUp();
						reject(ABORT_ERROR);
					};
					this._readable.on("readable", readableCallback);
					this._readable.once("error", rejectCallback);
					this._readable.once("end", rejectCallback);
					this._readable.once("close", rejectCallback);
					if (options.abortSignal) options.abortSignal.addEventListener("abort", abortHandler);
				});
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/internal-avro/index.js
function init_internal_avro() {
	return (init_internal_avro = __esmMin((() => {
		init_AvroReader();
		init_AvroReadable();
		init_AvroReadableFromStream();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/BlobQuickQueryStream.js
var BlobQuickQueryStream;
function init_BlobQuickQueryStream() {
	return (init_BlobQuickQueryStream = __esmMin((() => {
		init_internal_avro();
		BlobQuickQueryStream = class extends Readable {
			source;
			avroReader;
			avroIter;
			avroPaused = true;
			onProgress;
			onError;
			/**
			* Creates an instance of BlobQuickQueryStream.
			*
			* @param source - The current ReadableStream returned from getter
			* @param options -
			*/
			constructor(source, options = {}) {
				super();
				this.source = source;
				this.onProgress = options.onProgress;
				this.onError = options.onError;
				this.avroReader = new AvroReader(new AvroReadableFromStream(this.source));
				this.avroIter = this.avroReader.parseObjects({ abortSignal: options.abortSignal });
			}
			_read() {
				if (this.avroPaused) this.readInternal().catch((err) => {
					this.emit("error", err);
				});
			}
			async readInternal() {
				this.avroPaused = false;
				let avroNext;
				do {
					avroNext = await this.avroIter.next();
					if (avroNext.done) break;
					const obj = avroNext.value;
					const schema = obj.$schema;
					if (typeof schema !== "string") throw Error("Missing schema in avro record.");
					switch (schema) {
						case "com.microsoft.azure.storage.queryBlobContents.resultData":
							{
								const data = obj.data;
								if (data instanceof Uint8Array === false) throw Error("Invalid data in avro result record.");
								if (!this.push(Buffer.from(data))) this.avroPaused = true;
							}
							break;
						case "com.microsoft.azure.storage.queryBlobContents.progress":
							{
								const bytesScanned = obj.bytesScanned;
								if (typeof bytesScanned !== "number") throw Error("Invalid bytesScanned in avro progress record.");
								if (this.onProgress) this.onProgress({ loadedBytes: bytesScanned });
							}
							break;
						case "com.microsoft.azure.storage.queryBlobContents.end":
							if (this.onProgress) {
								const totalBytes = obj.totalBytes;
								if (typeof totalBytes !== "number") throw Error("Invalid totalBytes in avro end record.");
								this.onProgress({ loadedBytes: totalBytes });
							}
							this.push(null);
							break;
						case "com.microsoft.azure.storage.queryBlobContents.error":
							if (this.onError) {
								const fatal = obj.fatal;
								if (typeof fatal !== "boolean") throw Error("Invalid fatal in avro error record.");
								const name = obj.name;
								if (typeof name !== "string") throw Error("Invalid name in avro error record.");
								const description = obj.description;
								if (typeof description !== "string") throw Error("Invalid description in avro error record.");
								const position = obj.position;
								if (typeof position !== "number") throw Error("Invalid position in avro error record.");
								this.onError({
									position,
									name,
									isFatal: fatal,
									description
								});
							}
							break;
						default: throw Error(`Unknown schema ${schema} in avro progress record.`);
					}
				} while (!avroNext.done && !this.avroPaused);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobQueryResponse.js
var BlobQueryResponse;
function init_BlobQueryResponse() {
	return (init_BlobQueryResponse = __esmMin((() => {
		init_esm$3();
		init_BlobQuickQueryStream();
		BlobQueryResponse = class {
			/**
			* Indicates that the service supports
			* requests for partial file content.
			*
			* @readonly
			*/
			get acceptRanges() {
				return this.originalResponse.acceptRanges;
			}
			/**
			* Returns if it was previously specified
			* for the file.
			*
			* @readonly
			*/
			get cacheControl() {
				return this.originalResponse.cacheControl;
			}
			/**
			* Returns the value that was specified
			* for the 'x-ms-content-disposition' header and specifies how to process the
			* response.
			*
			* @readonly
			*/
			get contentDisposition() {
				return this.originalResponse.contentDisposition;
			}
			/**
			* Returns the value that was specified
			* for the Content-Encoding request header.
			*
			* @readonly
			*/
			get contentEncoding() {
				return this.originalResponse.contentEncoding;
			}
			/**
			* Returns the value that was specified
			* for the Content-Language request header.
			*
			* @readonly
			*/
			get contentLanguage() {
				return this.originalResponse.contentLanguage;
			}
			/**
			* The current sequence number for a
			* page blob. This header is not returned for block blobs or append blobs.
			*
			* @readonly
			*/
			get blobSequenceNumber() {
				return this.originalResponse.blobSequenceNumber;
			}
			/**
			* The blob's type. Possible values include:
			* 'BlockBlob', 'PageBlob', 'AppendBlob'.
			*
			* @readonly
			*/
			get blobType() {
				return this.originalResponse.blobType;
			}
			/**
			* The number of bytes present in the
			* response body.
			*
			* @readonly
			*/
			get contentLength() {
				return this.originalResponse.contentLength;
			}
			/**
			* If the file has an MD5 hash and the
			* request is to read the full file, this response header is returned so that
			* the client can check for message content integrity. If the request is to
			* read a specified range and the 'x-ms-range-get-content-md5' is set to
			* true, then the request returns an MD5 hash for the range, as long as the
			* range size is less than or equal to 4 MB. If neither of these sets of
			* conditions is true, then no value is returned for the 'Content-MD5'
			* header.
			*
			* @readonly
			*/
			get contentMD5() {
				return this.originalResponse.contentMD5;
			}
			/**
			* Indicates the range of bytes returned if
			* the client requested a subset of the file by setting the Range request
			* header.
			*
			* @readonly
			*/
			get contentRange() {
				return this.originalResponse.contentRange;
			}
			/**
			* The content type specified for the file.
			* The default content type is 'application/octet-stream'
			*
			* @readonly
			*/
			get contentType() {
				return this.originalResponse.contentType;
			}
			/**
			* Conclusion time of the last attempted
			* Copy File operation where this file was the destination file. This value
			* can specify the time of a completed, aborted, or failed copy attempt.
			*
			* @readonly
			*/
			get copyCompletedOn() {}
			/**
			* String identifier for the last attempted Copy
			* File operation where this file was the destination file.
			*
			* @readonly
			*/
			get copyId() {
				return this.originalResponse.copyId;
			}
			/**
			* Contains the number of bytes copied and
			* the total bytes in the source in the last attempted Copy File operation
			* where this file was the destination file. Can show between 0 and
			* Content-Length bytes copied.
			*
			* @readonly
			*/
			get copyProgress() {
				return this.originalResponse.copyProgress;
			}
			/**
			* URL up to 2KB in length that specifies the
			* source file used in the last attempted Copy File operation where this file
			* was the destination file.
			*
			* @readonly
			*/
			get copySource() {
				return this.originalResponse.copySource;
			}
			/**
			* State of the copy operation
			* identified by 'x-ms-copy-id'. Possible values include: 'pending',
			* 'success', 'aborted', 'failed'
			*
			* @readonly
			*/
			get copyStatus() {
				return this.originalResponse.copyStatus;
			}
			/**
			* Only appears when
			* x-ms-copy-status is failed or pending. Describes cause of fatal or
			* non-fatal copy operation failure.
			*
			* @readonly
			*/
			get copyStatusDescription() {
				return this.originalResponse.copyStatusDescription;
			}
			/**
			* When a blob is leased,
			* specifies whether the lease is of infinite or fixed duration. Possible
			* values include: 'infinite', 'fixed'.
			*
			* @readonly
			*/
			get leaseDuration() {
				return this.originalResponse.leaseDuration;
			}
			/**
			* Lease state of the blob. Possible
			* values include: 'available', 'leased', 'expired', 'breaking', 'broken'.
			*
			* @readonly
			*/
			get leaseState() {
				return this.originalResponse.leaseState;
			}
			/**
			* The current lease status of the
			* blob. Possible values include: 'locked', 'unlocked'.
			*
			* @readonly
			*/
			get leaseStatus() {
				return this.originalResponse.leaseStatus;
			}
			/**
			* A UTC date/time value generated by the service that
			* indicates the time at which the response was initiated.
			*
			* @readonly
			*/
			get date() {
				return this.originalResponse.date;
			}
			/**
			* The number of committed blocks
			* present in the blob. This header is returned only for append blobs.
			*
			* @readonly
			*/
			get blobCommittedBlockCount() {
				return this.originalResponse.blobCommittedBlockCount;
			}
			/**
			* The ETag contains a value that you can use to
			* perform operations conditionally, in quotes.
			*
			* @readonly
			*/
			get etag() {
				return this.originalResponse.etag;
			}
			/**
			* The error code.
			*
			* @readonly
			*/
			get errorCode() {
				return this.originalResponse.errorCode;
			}
			/**
			* The value of this header is set to
			* true if the file data and application metadata are completely encrypted
			* using the specified algorithm. Otherwise, the value is set to false (when
			* the file is unencrypted, or if only parts of the file/application metadata
			* are encrypted).
			*
			* @readonly
			*/
			get isServerEncrypted() {
				return this.originalResponse.isServerEncrypted;
			}
			/**
			* If the blob has a MD5 hash, and if
			* request contains range header (Range or x-ms-range), this response header
			* is returned with the value of the whole blob's MD5 value. This value may
			* or may not be equal to the value returned in Content-MD5 header, with the
			* latter calculated from the requested range.
			*
			* @readonly
			*/
			get blobContentMD5() {
				return this.originalResponse.blobContentMD5;
			}
			/**
			* Returns the date and time the file was last
			* modified. Any operation that modifies the file or its properties updates
			* the last modified time.
			*
			* @readonly
			*/
			get lastModified() {
				return this.originalResponse.lastModified;
			}
			/**
			* A name-value pair
			* to associate with a file storage object.
			*
			* @readonly
			*/
			get metadata() {
				return this.originalResponse.metadata;
			}
			/**
			* This header uniquely identifies the request
			* that was made and can be used for troubleshooting the request.
			*
			* @readonly
			*/
			get requestId() {
				return this.originalResponse.requestId;
			}
			/**
			* If a client request id header is sent in the request, this header will be present in the
			* response with the same value.
			*
			* @readonly
			*/
			get clientRequestId() {
				return this.originalResponse.clientRequestId;
			}
			/**
			* Indicates the version of the File service used
			* to execute the request.
			*
			* @readonly
			*/
			get version() {
				return this.originalResponse.version;
			}
			/**
			* The SHA-256 hash of the encryption key used to encrypt the blob. This value is only returned
			* when the blob was encrypted with a customer-provided key.
			*
			* @readonly
			*/
			get encryptionKeySha256() {
				return this.originalResponse.encryptionKeySha256;
			}
			/**
			* If the request is to read a specified range and the x-ms-range-get-content-crc64 is set to
			* true, then the request returns a crc64 for the range, as long as the range size is less than
			* or equal to 4 MB. If both x-ms-range-get-content-crc64 & x-ms-range-get-content-md5 is
			* specified in the same request, it will fail with 400(Bad Request)
			*/
			get contentCrc64() {
				return this.originalResponse.contentCrc64;
			}
			/**
			* The response body as a browser Blob.
			* Always undefined in node.js.
			*
			* @readonly
			*/
			get blobBody() {}
			/**
			* The response body as a node.js Readable stream.
			* Always undefined in the browser.
			*
			* It will parse avor data returned by blob query.
			*
			* @readonly
			*/
			get readableStreamBody() {
				return isNodeLike ? this.blobDownloadStream : void 0;
			}
			/**
			* The HTTP response.
			*/
			get _response() {
				return this.originalResponse._response;
			}
			originalResponse;
			blobDownloadStream;
			/**
			* Creates an instance of BlobQueryResponse.
			*
			* @param originalResponse -
			* @param options -
			*/
			constructor(originalResponse, options = {}) {
				this.originalResponse = originalResponse;
				this.blobDownloadStream = new BlobQuickQueryStream(this.originalResponse.readableStreamBody, options);
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/models.js
function toAccessTier(tier) {
	if (tier === void 0) return;
	return tier;
}
function ensureCpkIfSpecified(cpk, isHttps) {
	if (cpk && !isHttps) throw new RangeError("Customer-provided encryption key must be used over HTTPS.");
	if (cpk && !cpk.encryptionAlgorithm) cpk.encryptionAlgorithm = EncryptionAlgorithmAES25;
}
var BlockBlobTier, PremiumPageBlobTier, StorageBlobAudience;
function init_models$1() {
	return (init_models$1 = __esmMin((() => {
		init_constants();
		(function(BlockBlobTier) {
			/**
			* Optimized for storing data that is accessed frequently.
			*/
			BlockBlobTier["Hot"] = "Hot";
			/**
			* Optimized for storing data that is infrequently accessed and stored for at least 30 days.
			*/
			BlockBlobTier["Cool"] = "Cool";
			/**
			* Optimized for storing data that is rarely accessed.
			*/
			BlockBlobTier["Cold"] = "Cold";
			/**
			* Optimized for storing data that is rarely accessed and stored for at least 180 days
			* with flexible latency requirements (on the order of hours).
			*/
			BlockBlobTier["Archive"] = "Archive";
		})(BlockBlobTier || (BlockBlobTier = {}));
		(function(PremiumPageBlobTier) {
			/**
			* P4 Tier.
			*/
			PremiumPageBlobTier["P4"] = "P4";
			/**
			* P6 Tier.
			*/
			PremiumPageBlobTier["P6"] = "P6";
			/**
			* P10 Tier.
			*/
			PremiumPageBlobTier["P10"] = "P10";
			/**
			* P15 Tier.
			*/
			PremiumPageBlobTier["P15"] = "P15";
			/**
			* P20 Tier.
			*/
			PremiumPageBlobTier["P20"] = "P20";
			/**
			* P30 Tier.
			*/
			PremiumPageBlobTier["P30"] = "P30";
			/**
			* P40 Tier.
			*/
			PremiumPageBlobTier["P40"] = "P40";
			/**
			* P50 Tier.
			*/
			PremiumPageBlobTier["P50"] = "P50";
			/**
			* P60 Tier.
			*/
			PremiumPageBlobTier["P60"] = "P60";
			/**
			* P70 Tier.
			*/
			PremiumPageBlobTier["P70"] = "P70";
			/**
			* P80 Tier.
			*/
			PremiumPageBlobTier["P80"] = "P80";
		})(PremiumPageBlobTier || (PremiumPageBlobTier = {}));
		(function(StorageBlobAudience) {
			/**
			* The OAuth scope to use to retrieve an AAD token for Azure Storage.
			*/
			StorageBlobAudience["StorageOAuthScopes"] = "https://storage.azure.com/.default";
			/**
			* The OAuth scope to use to retrieve an AAD token for Azure Disk.
			*/
			StorageBlobAudience["DiskComputeOAuthScopes"] = "https://disk.compute.azure.com/.default";
		})(StorageBlobAudience || (StorageBlobAudience = {}));
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/PageBlobRangeResponse.js
/**
* Function that converts PageRange and ClearRange to a common Range object.
* PageRange and ClearRange have start and end while Range offset and count
* this function normalizes to Range.
* @param response - Model PageBlob Range response
*/
function rangeResponseFromModel(response) {
	const pageRange = (response._response.parsedBody.pageRange || []).map((x) => ({
		offset: x.start,
		count: x.end - x.start
	}));
	const clearRange = (response._response.parsedBody.clearRange || []).map((x) => ({
		offset: x.start,
		count: x.end - x.start
	}));
	return {
		...response,
		pageRange,
		clearRange,
		_response: {
			...response._response,
			parsedBody: {
				pageRange,
				clearRange
			}
		}
	};
}
// node_modules/@azure/storage-blob/dist/esm/pollers/BlobStartCopyFromUrlPoller.js
/**
* Creates a poll operation given the provided state.
* @hidden
*/
function makeBlobBeginCopyFromURLPollOperation(state) {
	return {
		state: { ...state },
		cancel,
		toString,
		update
	};
}
var BlobBeginCopyFromUrlPoller, cancel, update, toString;
function init_BlobStartCopyFromUrlPoller() {
	return (init_BlobStartCopyFromUrlPoller = __esmMin((() => {
		init_esm$3();
		init_esm$11();
		BlobBeginCopyFromUrlPoller = class extends Poller {
			intervalInMs;
			constructor(options) {
				const { blobClient, copySource, intervalInMs = 15e3, onProgress, resumeFrom, startCopyFromURLOptions } = options;
				let state;
				if (resumeFrom) state = JSON.parse(resumeFrom).state;
				const operation = makeBlobBeginCopyFromURLPollOperation({
					...state,
					blobClient,
					copySource,
					startCopyFromURLOptions
				});
				super(operation);
				if (typeof onProgress === "function") this.onProgress(onProgress);
				this.intervalInMs = intervalInMs;
			}
			delay() {
				return delay(this.intervalInMs);
			}
		};
		cancel = async function cancel(options = {}) {
			const state = this.state;
			const { copyId } = state;
			if (state.isCompleted) return makeBlobBeginCopyFromURLPollOperation(state);
			if (!copyId) {
				state.isCancelled = true;
				return makeBlobBeginCopyFromURLPollOperation(state);
			}
			await state.blobClient.abortCopyFromURL(copyId, { abortSignal: options.abortSignal });
			state.isCancelled = true;
			return makeBlobBeginCopyFromURLPollOperation(state);
		};
		update = async function update(options = {}) {
			const state = this.state;
			const { blobClient, copySource, startCopyFromURLOptions } = state;
			if (!state.isStarted) {
				state.isStarted = true;
				const result = await blobClient.startCopyFromURL(copySource, startCopyFromURLOptions);
				state.copyId = result.copyId;
				if (result.copyStatus === "success") {
					state.result = result;
					state.isCompleted = true;
				}
			} else if (!state.isCompleted) try {
				const result = await state.blobClient.getProperties({ abortSignal: options.abortSignal });
				const { copyStatus, copyProgress } = result;
				const prevCopyProgress = state.copyProgress;
				if (copyProgress) state.copyProgress = copyProgress;
				if (copyStatus === "pending" && copyProgress !== prevCopyProgress && typeof options.fireProgress === "function") options.fireProgress(state);
				else if (copyStatus === "success") {
					state.result = result;
					state.isCompleted = true;
				} else if (copyStatus === "failed") {
					state.error = /* @__PURE__ */ new Error(`Blob copy failed with reason: "${result.copyStatusDescription || "unknown"}"`);
					state.isCompleted = true;
				}
			} catch (err) {
				state.error = err;
				state.isCompleted = true;
			}
			return makeBlobBeginCopyFromURLPollOperation(state);
		};
		toString = function toString() {
			return JSON.stringify({ state: this.state }, (key, value) => {
				if (key === "blobClient") return;
				return value;
			});
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/Range.js
/**
* Generate a range string. For example:
*
* "bytes=255-" or "bytes=0-511"
*
* @param iRange -
*/
function rangeToString(iRange) {
	if (iRange.offset < 0) throw new RangeError(`Range.offset cannot be smaller than 0.`);
	if (iRange.count && iRange.count <= 0) throw new RangeError(`Range.count must be larger than 0. Leave it undefined if you want a range from offset to the end.`);
	return iRange.count ? `bytes=${iRange.offset}-${iRange.offset + iRange.count - 1}` : `bytes=${iRange.offset}-`;
}
// node_modules/@azure/storage-blob/dist/esm/utils/Batch.js
var BatchStates, Batch;
function init_Batch() {
	return (init_Batch = __esmMin((() => {
		(function(BatchStates) {
			BatchStates[BatchStates["Good"] = 0] = "Good";
			BatchStates[BatchStates["Error"] = 1] = "Error";
		})(BatchStates || (BatchStates = {}));
		Batch = class {
			/**
			* Concurrency. Must be lager than 0.
			*/
			concurrency;
			/**
			* Number of active operations under execution.
			*/
			actives = 0;
			/**
			* Number of completed operations under execution.
			*/
			completed = 0;
			/**
			* Offset of next operation to be executed.
			*/
			offset = 0;
			/**
			* Operation array to be executed.
			*/
			operations = [];
			/**
			* States of Batch. When an error happens, state will turn into error.
			* Batch will stop execute left operations.
			*/
			state = BatchStates.Good;
			/**
			* A private emitter used to pass events inside this class.
			*/
			emitter;
			/**
			* Creates an instance of Batch.
			* @param concurrency -
			*/
			constructor(concurrency = 5) {
				if (concurrency < 1) throw new RangeError("concurrency must be larger than 0");
				this.concurrency = concurrency;
				this.emitter = new EventEmitter();
			}
			/**
			* Add a operation into queue.
			*
			* @param operation -
			*/
			addOperation(operation) {
				this.operations.push(async () => {
					try {
						this.actives++;
						await operation();
						this.actives--;
						this.completed++;
						this.parallelExecute();
					} catch (error) {
						this.emitter.emit("error", error);
					}
				});
			}
			/**
			* Start execute operations in the queue.
			*
			*/
			async do() {
				if (this.operations.length === 0) return Promise.resolve();
				this.parallelExecute();
				return new Promise((resolve, reject) => {
					this.emitter.on("finish", resolve);
					this.emitter.on("error", (error) => {
						this.state = BatchStates.Error;
						reject(error);
					});
				});
			}
			/**
			* Get next operation to be executed. Return null when reaching ends.
			*
			*/
			nextOperation() {
				if (this.offset < this.operations.length) return this.operations[this.offset++];
				return null;
			}
			/**
			* Start execute operations. One one the most important difference between
			* this method with do() is that do() wraps as an sync method.
			*
			*/
			parallelExecute() {
				if (this.state === BatchStates.Error) return;
				if (this.completed >= this.operations.length) {
					this.emitter.emit("finish");
					return;
				}
				while (this.actives < this.concurrency) {
					const operation = this.nextOperation();
					if (operation) operation();
					else return;
				}
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/utils.js
/**
* Reads a readable stream into buffer. Fill the buffer from offset to end.
*
* @param stream - A Node.js Readable stream
* @param buffer - Buffer to be filled, length must greater than or equal to offset
* @param offset - From which position in the buffer to be filled, inclusive
* @param end - To which position in the buffer to be filled, exclusive
* @param encoding - Encoding of the Readable stream
*/
async function streamToBuffer(stream, buffer, offset, end, encoding) {
	let pos = 0;
	const count = end - offset;
	return new Promise((resolve, reject) => {
		const timeout = setTimeout(() => reject(/* @__PURE__ */ new Error(`The operation cannot be completed in timeout.`)), REQUEST_TIMEOUT);
		stream.on("readable", () => {
			if (pos >= count) {
				clearTimeout(timeout);
				resolve();
				return;
			}
			let chunk = stream.read();
			if (!chunk) return;
			if (typeof chunk === "string") chunk = Buffer.from(chunk, encoding);
			const chunkLength = pos + chunk.length > count ? count - pos : chunk.length;
			buffer.fill(chunk.slice(0, chunkLength), offset + pos, offset + pos + chunkLength);
			pos += chunkLength;
		});
		stream.on("end", () => {
			clearTimeout(timeout);
			if (pos < count) reject(/* @__PURE__ */ new Error(`Stream drains before getting enough data needed. Data read: ${pos}, data need: ${count}`));
			resolve();
		});
		stream.on("error", (msg) => {
			clearTimeout(timeout);
			reject(msg);
		});
	});
}
/**
* ONLY AVAILABLE IN NODE.JS RUNTIME.
*
* Writes the content of a readstream to a local file. Returns a Promise which is completed after the file handle is closed.
*
* @param rs - The read stream.
* @param file - Destination file path.
*/
async function readStreamToLocalFile(rs, file) {
	return new Promise((resolve, reject) => {
		const ws = fs.createWriteStream(file);
		rs.on("error", (err) => {
			reject(err);
		});
		ws.on("error", (err) => {
			reject(err);
		});
		ws.on("close", resolve);
		rs.pipe(ws);
	});
}
var fsStat, fsCreateReadStream;
function init_utils() {
	return (init_utils = __esmMin((() => {
		init_constants();
		fsStat = util.promisify(fs.stat);
		fsCreateReadStream = fs.createReadStream;
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/Clients.js
var BlobClient, AppendBlobClient, BlockBlobClient, PageBlobClient;
function init_Clients() {
	return (init_Clients = __esmMin((() => {
		init_esm$1();
		init_esm$6();
		init_esm$3();
		init_BlobDownloadResponse();
		init_BlobQueryResponse();
		init_esm$10();
		init_models$1();
		init_Pipeline();
		init_BlobStartCopyFromUrlPoller();
		init_StorageClient();
		init_Batch();
		init_constants();
		init_tracing();
		init_utils_common();
		init_utils();
		init_BlobSASSignatureValues();
		init_BlobLeaseClient();
		BlobClient = class BlobClient extends StorageClient {
			/**
			* blobContext provided by protocol layer.
			*/
			blobContext;
			_name;
			_containerName;
			_versionId;
			_snapshot;
			/**
			* The name of the blob.
			*/
			get name() {
				return this._name;
			}
			/**
			* The name of the storage container the blob is associated with.
			*/
			get containerName() {
				return this._containerName;
			}
			constructor(urlOrConnectionString, credentialOrPipelineOrContainerName, blobNameOrOptions, options) {
				options = options || {};
				let pipeline;
				let url;
				if (isPipelineLike(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					pipeline = credentialOrPipelineOrContainerName;
				} else if (isNodeLike && credentialOrPipelineOrContainerName instanceof StorageSharedKeyCredential || credentialOrPipelineOrContainerName instanceof AnonymousCredential || isTokenCredential(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					options = blobNameOrOptions;
					pipeline = newPipeline(credentialOrPipelineOrContainerName, options);
				} else if (!credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName !== "string") {
					url = urlOrConnectionString;
					if (blobNameOrOptions && typeof blobNameOrOptions !== "string") options = blobNameOrOptions;
					pipeline = newPipeline(new AnonymousCredential(), options);
				} else if (credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName === "string" && blobNameOrOptions && typeof blobNameOrOptions === "string") {
					const containerName = credentialOrPipelineOrContainerName;
					const blobName = blobNameOrOptions;
					const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
					if (extractedCreds.kind === "AccountConnString") {
						if (isNodeLike) {
							const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
							url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName));
							if (!options.proxyOptions) options.proxyOptions = getDefaultProxySettings(extractedCreds.proxyUri);
							pipeline = newPipeline(sharedKeyCredential, options);
						} else throw new Error("Account connection string is only supported in Node.js environment");
					} else if (extractedCreds.kind === "SASConnString") {
						url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName)) + "?" + extractedCreds.accountSas;
						pipeline = newPipeline(new AnonymousCredential(), options);
					} else throw new Error("Connection string must be either an Account connection string or a SAS connection string");
				} else throw new Error("Expecting non-empty strings for containerName and blobName parameters");
				super(url, pipeline);
				({blobName: this._name, containerName: this._containerName} = this.getBlobAndContainerNamesFromUrl());
				this.blobContext = this.storageClientContext.blob;
				this._snapshot = getURLParameter(this.url, URLConstants.Parameters.SNAPSHOT);
				this._versionId = getURLParameter(this.url, URLConstants.Parameters.VERSIONID);
			}
			/**
			* Creates a new BlobClient object identical to the source but with the specified snapshot timestamp.
			* Provide "" will remove the snapshot and return a Client to the base blob.
			*
			* @param snapshot - The snapshot timestamp.
			* @returns A new BlobClient object identical to the source but with the specified snapshot timestamp
			*/
			withSnapshot(snapshot) {
				return new BlobClient(setURLParameter(this.url, URLConstants.Parameters.SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline);
			}
			/**
			* Creates a new BlobClient object pointing to a version of this blob.
			* Provide "" will remove the versionId and return a Client to the base blob.
			*
			* @param versionId - The versionId.
			* @returns A new BlobClient object pointing to the version of this blob.
			*/
			withVersion(versionId) {
				return new BlobClient(setURLParameter(this.url, URLConstants.Parameters.VERSIONID, versionId.length === 0 ? void 0 : versionId), this.pipeline);
			}
			/**
			* Creates a AppendBlobClient object.
			*
			*/
			getAppendBlobClient() {
				return new AppendBlobClient(this.url, this.pipeline);
			}
			/**
			* Creates a BlockBlobClient object.
			*
			*/
			getBlockBlobClient() {
				return new BlockBlobClient(this.url, this.pipeline);
			}
			/**
			* Creates a PageBlobClient object.
			*
			*/
			getPageBlobClient() {
				return new PageBlobClient(this.url, this.pipeline);
			}
			/**
			* Reads or downloads a blob from the system, including its metadata and properties.
			* You can also call Get Blob to read a snapshot.
			*
			* * In Node.js, data returns in a Readable stream readableStreamBody
			* * In browsers, data returns in a promise blobBody
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/get-blob
			*
			* @param offset - From which position of the blob to download, greater than or equal to 0
			* @param count - How much data to be downloaded, greater than 0. Will download to the end when undefined
			* @param options - Optional options to Blob Download operation.
			*
			*
			* Example usage (Node.js):
			*
			* ```ts snippet:ReadmeSampleDownloadBlob_Node
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const blobClient = containerClient.getBlobClient(blobName);
			*
			* // Get blob content from position 0 to the end
			* // In Node.js, get downloaded data by accessing downloadBlockBlobResponse.readableStreamBody
			* const downloadBlockBlobResponse = await blobClient.download();
			* if (downloadBlockBlobResponse.readableStreamBody) {
			*   const downloaded = await streamToString(downloadBlockBlobResponse.readableStreamBody);
			*   console.log(`Downloaded blob content: ${downloaded}`);
			* }
			*
			* async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
			*   const result = await new Promise<Buffer<ArrayBuffer>>((resolve, reject) => {
			*     const chunks: Buffer[] = [];
			*     stream.on("data", (data) => {
			*       chunks.push(Buffer.isBuffer(data) ? data : Buffer.from(data));
			*     });
			*     stream.on("end", () => {
			*       resolve(Buffer.concat(chunks));
			*     });
			*     stream.on("error", reject);
			*   });
			*   return result.toString();
			* }
			* ```
			*
			* Example usage (browser):
			*
			* ```ts snippet:ReadmeSampleDownloadBlob_Browser
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const blobClient = containerClient.getBlobClient(blobName);
			*
			* // Get blob content from position 0 to the end
			* // In browsers, get downloaded data by accessing downloadBlockBlobResponse.blobBody
			* const downloadBlockBlobResponse = await blobClient.download();
			* const blobBody = await downloadBlockBlobResponse.blobBody;
			* if (blobBody) {
			*   const downloaded = await blobBody.text();
			*   console.log(`Downloaded blob content: ${downloaded}`);
			* }
			* ```
			*/
			async download(offset = 0, count, options = {}) {
				options.conditions = options.conditions || {};
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlobClient-download", options, async (updatedOptions) => {
					const res = assertResponse(await this.blobContext.download({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						requestOptions: { onDownloadProgress: isNodeLike ? void 0 : options.onProgress },
						range: offset === 0 && !count ? void 0 : rangeToString({
							offset,
							count
						}),
						rangeGetContentMD5: options.rangeGetContentMD5,
						rangeGetContentCRC64: options.rangeGetContentCrc64,
						snapshot: options.snapshot,
						cpkInfo: options.customerProvidedKey,
						tracingOptions: updatedOptions.tracingOptions
					}));
					const wrappedRes = {
						...res,
						_response: res._response,
						objectReplicationDestinationPolicyId: res.objectReplicationPolicyId,
						objectReplicationSourceProperties: parseObjectReplicationRecord(res.objectReplicationRules)
					};
					if (!isNodeLike) return wrappedRes;
					if (options.maxRetryRequests === void 0 || options.maxRetryRequests < 0) options.maxRetryRequests = 5;
					if (res.contentLength === void 0) throw new RangeError(`File download response doesn't contain valid content length header`);
					if (!res.etag) throw new RangeError(`File download response doesn't contain valid etag header`);
					return new BlobDownloadResponse(wrappedRes, async (start) => {
						const updatedDownloadOptions = {
							leaseAccessConditions: options.conditions,
							modifiedAccessConditions: {
								ifMatch: options.conditions.ifMatch || res.etag,
								ifModifiedSince: options.conditions.ifModifiedSince,
								ifNoneMatch: options.conditions.ifNoneMatch,
								ifUnmodifiedSince: options.conditions.ifUnmodifiedSince,
								ifTags: options.conditions?.tagConditions
							},
							range: rangeToString({
								count: offset + res.contentLength - start,
								offset: start
							}),
							rangeGetContentMD5: options.rangeGetContentMD5,
							rangeGetContentCRC64: options.rangeGetContentCrc64,
							snapshot: options.snapshot,
							cpkInfo: options.customerProvidedKey
						};
						return (await this.blobContext.download({
							abortSignal: options.abortSignal,
							...updatedDownloadOptions
						})).readableStreamBody;
					}, offset, res.contentLength, {
						maxRetryRequests: options.maxRetryRequests,
						onProgress: options.onProgress
					});
				});
			}
			/**
			* Returns true if the Azure blob resource represented by this client exists; false otherwise.
			*
			* NOTE: use this function with care since an existing blob might be deleted by other clients or
			* applications. Vice versa new blobs might be added by other clients or applications after this
			* function completes.
			*
			* @param options - options to Exists operation.
			*/
			async exists(options = {}) {
				return tracingClient.withSpan("BlobClient-exists", options, async (updatedOptions) => {
					try {
						ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
						await this.getProperties({
							abortSignal: options.abortSignal,
							customerProvidedKey: options.customerProvidedKey,
							conditions: options.conditions,
							tracingOptions: updatedOptions.tracingOptions
						});
						return true;
					} catch (e) {
						if (e.statusCode === 404) return false;
						else if (e.statusCode === 409 && (e.details.errorCode === "BlobUsesCustomerSpecifiedEncryption" || e.details.errorCode === "BlobDoesNotUseCustomerSpecifiedEncryption")) return true;
						throw e;
					}
				});
			}
			/**
			* Returns all user-defined metadata, standard HTTP properties, and system properties
			* for the blob. It does not return the content of the blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-blob-properties
			*
			* WARNING: The `metadata` object returned in the response will have its keys in lowercase, even if
			* they originally contained uppercase characters. This differs from the metadata keys returned by
			* the methods of {@link ContainerClient} that list blobs using the `includeMetadata` option, which
			* will retain their original casing.
			*
			* @param options - Optional options to Get Properties operation.
			*/
			async getProperties(options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlobClient-getProperties", options, async (updatedOptions) => {
					const res = assertResponse(await this.blobContext.getProperties({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						tracingOptions: updatedOptions.tracingOptions
					}));
					return {
						...res,
						_response: res._response,
						objectReplicationDestinationPolicyId: res.objectReplicationPolicyId,
						objectReplicationSourceProperties: parseObjectReplicationRecord(res.objectReplicationRules)
					};
				});
			}
			/**
			* Marks the specified blob or snapshot for deletion. The blob is later deleted
			* during garbage collection. Note that in order to delete a blob, you must delete
			* all of its snapshots. You can delete both at the same time with the Delete
			* Blob operation.
			* @see https://learn.microsoft.com/rest/api/storageservices/delete-blob
			*
			* @param options - Optional options to Blob Delete operation.
			*/
			async delete(options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("BlobClient-delete", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.delete({
						abortSignal: options.abortSignal,
						deleteSnapshots: options.deleteSnapshots,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Marks the specified blob or snapshot for deletion if it exists. The blob is later deleted
			* during garbage collection. Note that in order to delete a blob, you must delete
			* all of its snapshots. You can delete both at the same time with the Delete
			* Blob operation.
			* @see https://learn.microsoft.com/rest/api/storageservices/delete-blob
			*
			* @param options - Optional options to Blob Delete operation.
			*/
			async deleteIfExists(options = {}) {
				return tracingClient.withSpan("BlobClient-deleteIfExists", options, async (updatedOptions) => {
					try {
						const res = assertResponse(await this.delete(updatedOptions));
						return {
							succeeded: true,
							...res,
							_response: res._response
						};
					} catch (e) {
						if (e.details?.errorCode === "BlobNotFound") return {
							succeeded: false,
							...e.response?.parsedHeaders,
							_response: e.response
						};
						throw e;
					}
				});
			}
			/**
			* Restores the contents and metadata of soft deleted blob and any associated
			* soft deleted snapshots. Undelete Blob is supported only on version 2017-07-29
			* or later.
			* @see https://learn.microsoft.com/rest/api/storageservices/undelete-blob
			*
			* @param options - Optional options to Blob Undelete operation.
			*/
			async undelete(options = {}) {
				return tracingClient.withSpan("BlobClient-undelete", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.undelete({
						abortSignal: options.abortSignal,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Sets system properties on the blob.
			*
			* If no value provided, or no value provided for the specified blob HTTP headers,
			* these blob HTTP headers without a value will be cleared.
			* @see https://learn.microsoft.com/rest/api/storageservices/set-blob-properties
			*
			* @param blobHTTPHeaders - If no value provided, or no value provided for
			*                                                   the specified blob HTTP headers, these blob HTTP
			*                                                   headers without a value will be cleared.
			*                                                   A common header to set is `blobContentType`
			*                                                   enabling the browser to provide functionality
			*                                                   based on file type.
			* @param options - Optional options to Blob Set HTTP Headers operation.
			*/
			async setHTTPHeaders(blobHTTPHeaders, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlobClient-setHTTPHeaders", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setHttpHeaders({
						abortSignal: options.abortSignal,
						blobHttpHeaders: blobHTTPHeaders,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Sets user-defined metadata for the specified blob as one or more name-value pairs.
			*
			* If no option provided, or no metadata defined in the parameter, the blob
			* metadata will be removed.
			* @see https://learn.microsoft.com/rest/api/storageservices/set-blob-metadata
			*
			* @param metadata - Replace existing metadata with this value.
			*                               If no value provided the existing metadata will be removed.
			* @param options - Optional options to Set Metadata operation.
			*/
			async setMetadata(metadata, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlobClient-setMetadata", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setMetadata({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Sets tags on the underlying blob.
			* A blob can have up to 10 tags. Tag keys must be between 1 and 128 characters.  Tag values must be between 0 and 256 characters.
			* Valid tag key and value characters include lower and upper case letters, digits (0-9),
			* space (' '), plus ('+'), minus ('-'), period ('.'), foward slash ('/'), colon (':'), equals ('='), and underscore ('_').
			*
			* @param tags -
			* @param options -
			*/
			async setTags(tags, options = {}) {
				return tracingClient.withSpan("BlobClient-setTags", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setTags({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						blobModifiedAccessConditions: options.conditions,
						tracingOptions: updatedOptions.tracingOptions,
						tags: toBlobTags(tags)
					}));
				});
			}
			/**
			* Gets the tags associated with the underlying blob.
			*
			* @param options -
			*/
			async getTags(options = {}) {
				return tracingClient.withSpan("BlobClient-getTags", options, async (updatedOptions) => {
					const response = assertResponse(await this.blobContext.getTags({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						blobModifiedAccessConditions: options.conditions,
						tracingOptions: updatedOptions.tracingOptions
					}));
					return {
						...response,
						_response: response._response,
						tags: toTags({ blobTagSet: response.blobTagSet }) || {}
					};
				});
			}
			/**
			* Get a {@link BlobLeaseClient} that manages leases on the blob.
			*
			* @param proposeLeaseId - Initial proposed lease Id.
			* @returns A new BlobLeaseClient object for managing leases on the blob.
			*/
			getBlobLeaseClient(proposeLeaseId) {
				return new BlobLeaseClient(this, proposeLeaseId);
			}
			/**
			* Creates a read-only snapshot of a blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/snapshot-blob
			*
			* @param options - Optional options to the Blob Create Snapshot operation.
			*/
			async createSnapshot(options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlobClient-createSnapshot", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.createSnapshot({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Asynchronously copies a blob to a destination within the storage account.
			* This method returns a long running operation poller that allows you to wait
			* indefinitely until the copy is completed.
			* You can also cancel a copy before it is completed by calling `cancelOperation` on the poller.
			* Note that the onProgress callback will not be invoked if the operation completes in the first
			* request, and attempting to cancel a completed copy will result in an error being thrown.
			*
			* In version 2012-02-12 and later, the source for a Copy Blob operation can be
			* a committed blob in any Azure storage account.
			* Beginning with version 2015-02-21, the source for a Copy Blob operation can be
			* an Azure file in any Azure storage account.
			* Only storage accounts created on or after June 7th, 2012 allow the Copy Blob
			* operation to copy from another storage account.
			* @see https://learn.microsoft.com/rest/api/storageservices/copy-blob
			*
			* ```ts snippet:ClientsBeginCopyFromURL
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const blobClient = containerClient.getBlobClient(blobName);
			*
			* // Example using automatic polling
			* const automaticCopyPoller = await blobClient.beginCopyFromURL("url");
			* const automaticResult = await automaticCopyPoller.pollUntilDone();
			*
			* // Example using manual polling
			* const manualCopyPoller = await blobClient.beginCopyFromURL("url");
			* while (!manualCopyPoller.isDone()) {
			*   await manualCopyPoller.poll();
			* }
			* const manualResult = manualCopyPoller.getResult();
			*
			* // Example using progress updates
			* const progressUpdatesCopyPoller = await blobClient.beginCopyFromURL("url", {
			*   onProgress(state) {
			*     console.log(`Progress: ${state.copyProgress}`);
			*   },
			* });
			* const progressUpdatesResult = await progressUpdatesCopyPoller.pollUntilDone();
			*
			* // Example using a changing polling interval (default 15 seconds)
			* const pollingIntervalCopyPoller = await blobClient.beginCopyFromURL("url", {
			*   intervalInMs: 1000, // poll blob every 1 second for copy progress
			* });
			* const pollingIntervalResult = await pollingIntervalCopyPoller.pollUntilDone();
			*
			* // Example using copy cancellation:
			* const cancelCopyPoller = await blobClient.beginCopyFromURL("url");
			* // cancel operation after starting it.
			* try {
			*   await cancelCopyPoller.cancelOperation();
			*   // calls to get the result now throw PollerCancelledError
			*   cancelCopyPoller.getResult();
			* } catch (err: any) {
			*   if (err.name === "PollerCancelledError") {
			*     console.log("The copy was cancelled.");
			*   }
			* }
			* ```
			*
			* @param copySource - url to the source Azure Blob/File.
			* @param options - Optional options to the Blob Start Copy From URL operation.
			*/
			async beginCopyFromURL(copySource, options = {}) {
				const poller = new BlobBeginCopyFromUrlPoller({
					blobClient: {
						abortCopyFromURL: (...args) => this.abortCopyFromURL(...args),
						getProperties: (...args) => this.getProperties(...args),
						startCopyFromURL: (...args) => this.startCopyFromURL(...args)
					},
					copySource,
					intervalInMs: options.intervalInMs,
					onProgress: options.onProgress,
					resumeFrom: options.resumeFrom,
					startCopyFromURLOptions: options
				});
				await poller.poll();
				return poller;
			}
			/**
			* Aborts a pending asynchronous Copy Blob operation, and leaves a destination blob with zero
			* length and full metadata. Version 2012-02-12 and newer.
			* @see https://learn.microsoft.com/rest/api/storageservices/abort-copy-blob
			*
			* @param copyId - Id of the Copy From URL operation.
			* @param options - Optional options to the Blob Abort Copy From URL operation.
			*/
			async abortCopyFromURL(copyId, options = {}) {
				return tracingClient.withSpan("BlobClient-abortCopyFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.abortCopyFromURL(copyId, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* The synchronous Copy From URL operation copies a blob or an internet resource to a new blob. It will not
			* return a response until the copy is complete.
			* @see https://learn.microsoft.com/rest/api/storageservices/copy-blob-from-url
			*
			* @param copySource - The source URL to copy from, Shared Access Signature(SAS) maybe needed for authentication
			* @param options -
			*/
			async syncCopyFromURL(copySource, options = {}) {
				options.conditions = options.conditions || {};
				options.sourceConditions = options.sourceConditions || {};
				return tracingClient.withSpan("BlobClient-syncCopyFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.copyFromURL(copySource, {
						abortSignal: options.abortSignal,
						metadata: options.metadata,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						sourceModifiedAccessConditions: {
							sourceIfMatch: options.sourceConditions?.ifMatch,
							sourceIfModifiedSince: options.sourceConditions?.ifModifiedSince,
							sourceIfNoneMatch: options.sourceConditions?.ifNoneMatch,
							sourceIfUnmodifiedSince: options.sourceConditions?.ifUnmodifiedSince
						},
						sourceContentMD5: options.sourceContentMD5,
						copySourceAuthorization: httpAuthorizationToString(options.sourceAuthorization),
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						encryptionScope: options.encryptionScope,
						copySourceTags: options.copySourceTags,
						fileRequestIntent: options.sourceShareTokenIntent,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Sets the tier on a blob. The operation is allowed on a page blob in a premium
			* storage account and on a block blob in a blob storage account (locally redundant
			* storage only). A premium page blob's tier determines the allowed size, IOPS,
			* and bandwidth of the blob. A block blob's tier determines Hot/Cool/Archive
			* storage type. This operation does not update the blob's ETag.
			* @see https://learn.microsoft.com/rest/api/storageservices/set-blob-tier
			*
			* @param tier - The tier to be set on the blob. Valid values are Hot, Cool, or Archive.
			* @param options - Optional options to the Blob Set Tier operation.
			*/
			async setAccessTier(tier, options = {}) {
				return tracingClient.withSpan("BlobClient-setAccessTier", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setTier(toAccessTier(tier), {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						rehydratePriority: options.rehydratePriority,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			async downloadToBuffer(param1, param2, param3, param4 = {}) {
				let buffer;
				let offset = 0;
				let count = 0;
				let options = param4;
				if (param1 instanceof Buffer) {
					buffer = param1;
					offset = param2 || 0;
					count = typeof param3 === "number" ? param3 : 0;
				} else {
					offset = typeof param1 === "number" ? param1 : 0;
					count = typeof param2 === "number" ? param2 : 0;
					options = param3 || {};
				}
				let blockSize = options.blockSize ?? 0;
				if (blockSize < 0) throw new RangeError("blockSize option must be >= 0");
				if (blockSize === 0) blockSize = DEFAULT_BLOB_DOWNLOAD_BLOCK_BYTES;
				if (offset < 0) throw new RangeError("offset option must be >= 0");
				if (count && count <= 0) throw new RangeError("count option must be greater than 0");
				if (!options.conditions) options.conditions = {};
				return tracingClient.withSpan("BlobClient-downloadToBuffer", options, async (updatedOptions) => {
					if (!count) {
						const response = await this.getProperties({
							...options,
							tracingOptions: updatedOptions.tracingOptions
						});
						count = response.contentLength - offset;
						if (count < 0) throw new RangeError(`offset ${offset} shouldn't be larger than blob size ${response.contentLength}`);
					}
					if (!buffer) try {
						buffer = Buffer.alloc(count);
					} catch (error) {
						throw new Error(`Unable to allocate the buffer of size: ${count}(in bytes). Please try passing your own buffer to the "downloadToBuffer" method or try using other methods like "download" or "downloadToFile".\t ${error.message}`);
					}
					if (buffer.length < count) throw new RangeError(`The buffer's size should be equal to or larger than the request count of bytes: ${count}`);
					let transferProgress = 0;
					const batch = new Batch(options.concurrency);
					for (let off = offset; off < offset + count; off = off + blockSize) batch.addOperation(async () => {
						let chunkEnd = offset + count;
						if (off + blockSize < chunkEnd) chunkEnd = off + blockSize;
						const stream = (await this.download(off, chunkEnd - off, {
							abortSignal: options.abortSignal,
							conditions: options.conditions,
							maxRetryRequests: options.maxRetryRequestsPerBlock,
							customerProvidedKey: options.customerProvidedKey,
							tracingOptions: updatedOptions.tracingOptions
						})).readableStreamBody;
						await streamToBuffer(stream, buffer, off - offset, chunkEnd - offset);
						transferProgress += chunkEnd - off;
						if (options.onProgress) options.onProgress({ loadedBytes: transferProgress });
					});
					await batch.do();
					return buffer;
				});
			}
			/**
			* ONLY AVAILABLE IN NODE.JS RUNTIME.
			*
			* Downloads an Azure Blob to a local file.
			* Fails if the the given file path already exits.
			* Offset and count are optional, pass 0 and undefined respectively to download the entire blob.
			*
			* @param filePath -
			* @param offset - From which position of the block blob to download.
			* @param count - How much data to be downloaded. Will download to the end when passing undefined.
			* @param options - Options to Blob download options.
			* @returns The response data for blob download operation,
			*                                                 but with readableStreamBody set to undefined since its
			*                                                 content is already read and written into a local file
			*                                                 at the specified path.
			*/
			async downloadToFile(filePath, offset = 0, count, options = {}) {
				return tracingClient.withSpan("BlobClient-downloadToFile", options, async (updatedOptions) => {
					const response = await this.download(offset, count, {
						...options,
						tracingOptions: updatedOptions.tracingOptions
					});
					if (response.readableStreamBody) await readStreamToLocalFile(response.readableStreamBody, filePath);
					response.blobDownloadStream = void 0;
					return response;
				});
			}
			getBlobAndContainerNamesFromUrl() {
				let containerName;
				let blobName;
				try {
					const parsedUrl = new URL(this.url);
					if (parsedUrl.host.split(".")[1] === "blob") {
						const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
						containerName = pathComponents[1];
						blobName = pathComponents[3];
					} else if (isIpEndpointStyle(parsedUrl)) {
						const pathComponents = parsedUrl.pathname.match("/([^/]*)/([^/]*)(/(.*))?");
						containerName = pathComponents[2];
						blobName = pathComponents[4];
					} else {
						const pathComponents = parsedUrl.pathname.match("/([^/]*)(/(.*))?");
						containerName = pathComponents[1];
						blobName = pathComponents[3];
					}
					containerName = decodeURIComponent(containerName);
					blobName = decodeURIComponent(blobName);
					blobName = blobName.replace(/\\/g, "/");
					if (!containerName) throw new Error("Provided containerName is invalid.");
					return {
						blobName,
						containerName
					};
				} catch (error) {
					throw new Error("Unable to extract blobName and containerName with provided information.");
				}
			}
			/**
			* Asynchronously copies a blob to a destination within the storage account.
			* In version 2012-02-12 and later, the source for a Copy Blob operation can be
			* a committed blob in any Azure storage account.
			* Beginning with version 2015-02-21, the source for a Copy Blob operation can be
			* an Azure file in any Azure storage account.
			* Only storage accounts created on or after June 7th, 2012 allow the Copy Blob
			* operation to copy from another storage account.
			* @see https://learn.microsoft.com/rest/api/storageservices/copy-blob
			*
			* @param copySource - url to the source Azure Blob/File.
			* @param options - Optional options to the Blob Start Copy From URL operation.
			*/
			async startCopyFromURL(copySource, options = {}) {
				return tracingClient.withSpan("BlobClient-startCopyFromURL", options, async (updatedOptions) => {
					options.conditions = options.conditions || {};
					options.sourceConditions = options.sourceConditions || {};
					return assertResponse(await this.blobContext.startCopyFromURL(copySource, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						sourceModifiedAccessConditions: {
							sourceIfMatch: options.sourceConditions.ifMatch,
							sourceIfModifiedSince: options.sourceConditions.ifModifiedSince,
							sourceIfNoneMatch: options.sourceConditions.ifNoneMatch,
							sourceIfUnmodifiedSince: options.sourceConditions.ifUnmodifiedSince,
							sourceIfTags: options.sourceConditions.tagConditions
						},
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						rehydratePriority: options.rehydratePriority,
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						sealBlob: options.sealBlob,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Only available for BlobClient constructed with a shared key credential.
			*
			* Generates a Blob Service Shared Access Signature (SAS) URI based on the client properties
			* and parameters passed in. The SAS is signed by the shared key credential of the client.
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
			*
			* @param options - Optional parameters.
			* @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
			*/
			generateSasUrl(options) {
				return new Promise((resolve) => {
					if (!(this.credential instanceof StorageSharedKeyCredential)) throw new RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
					const sas = generateBlobSASQueryParameters({
						containerName: this._containerName,
						blobName: this._name,
						snapshotTime: this._snapshot,
						versionId: this._versionId,
						...options
					}, this.credential).toString();
					resolve(appendToURLQuery(this.url, sas));
				});
			}
			/**
			* Only available for BlobClient constructed with a shared key credential.
			*
			* Generates string to sign for a Blob Service Shared Access Signature (SAS) URI based on
			* the client properties and parameters passed in. The SAS is signed by the shared key credential of the client.
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
			*
			* @param options - Optional parameters.
			* @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
			*/
			generateSasStringToSign(options) {
				if (!(this.credential instanceof StorageSharedKeyCredential)) throw new RangeError("Can only generate the SAS when the client is initialized with a shared key credential");
				return generateBlobSASQueryParametersInternal({
					containerName: this._containerName,
					blobName: this._name,
					snapshotTime: this._snapshot,
					versionId: this._versionId,
					...options
				}, this.credential).stringToSign;
			}
			/**
			*
			* Generates a Blob Service Shared Access Signature (SAS) URI based on
			* the client properties and parameters passed in. The SAS is signed by the input user delegation key.
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
			*
			* @param options - Optional parameters.
			* @param userDelegationKey -  Return value of `blobServiceClient.getUserDelegationKey()`
			* @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
			*/
			generateUserDelegationSasUrl(options, userDelegationKey) {
				return new Promise((resolve) => {
					const sas = generateBlobSASQueryParameters({
						containerName: this._containerName,
						blobName: this._name,
						snapshotTime: this._snapshot,
						versionId: this._versionId,
						...options
					}, userDelegationKey, this.accountName).toString();
					resolve(appendToURLQuery(this.url, sas));
				});
			}
			/**
			* Only available for BlobClient constructed with a shared key credential.
			*
			* Generates string to sign for a Blob Service Shared Access Signature (SAS) URI based on
			* the client properties and parameters passed in. The SAS is signed by the input user delegation key.
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/constructing-a-service-sas
			*
			* @param options - Optional parameters.
			* @param userDelegationKey -  Return value of `blobServiceClient.getUserDelegationKey()`
			* @returns The SAS URI consisting of the URI to the resource represented by this client, followed by the generated SAS token.
			*/
			generateUserDelegationSasStringToSign(options, userDelegationKey) {
				return generateBlobSASQueryParametersInternal({
					containerName: this._containerName,
					blobName: this._name,
					snapshotTime: this._snapshot,
					versionId: this._versionId,
					...options
				}, userDelegationKey, this.accountName).stringToSign;
			}
			/**
			* Delete the immutablility policy on the blob.
			*
			* @param options - Optional options to delete immutability policy on the blob.
			*/
			async deleteImmutabilityPolicy(options = {}) {
				return tracingClient.withSpan("BlobClient-deleteImmutabilityPolicy", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.deleteImmutabilityPolicy({ tracingOptions: updatedOptions.tracingOptions }));
				});
			}
			/**
			* Set immutability policy on the blob.
			*
			* @param options - Optional options to set immutability policy on the blob.
			*/
			async setImmutabilityPolicy(immutabilityPolicy, options = {}) {
				return tracingClient.withSpan("BlobClient-setImmutabilityPolicy", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setImmutabilityPolicy({
						immutabilityPolicyExpiry: immutabilityPolicy.expiriesOn,
						immutabilityPolicyMode: immutabilityPolicy.policyMode,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Set legal hold on the blob.
			*
			* @param options - Optional options to set legal hold on the blob.
			*/
			async setLegalHold(legalHoldEnabled, options = {}) {
				return tracingClient.withSpan("BlobClient-setLegalHold", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.setLegalHold(legalHoldEnabled, { tracingOptions: updatedOptions.tracingOptions }));
				});
			}
			/**
			* The Get Account Information operation returns the sku name and account kind
			* for the specified account.
			* The Get Account Information operation is available on service versions beginning
			* with version 2018-03-28.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-account-information
			*
			* @param options - Options to the Service Get Account Info operation.
			* @returns Response data for the Service Get Account Info operation.
			*/
			async getAccountInfo(options = {}) {
				return tracingClient.withSpan("BlobClient-getAccountInfo", options, async (updatedOptions) => {
					return assertResponse(await this.blobContext.getAccountInfo({
						abortSignal: options.abortSignal,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
		};
		AppendBlobClient = class AppendBlobClient extends BlobClient {
			/**
			* appendBlobsContext provided by protocol layer.
			*/
			appendBlobContext;
			constructor(urlOrConnectionString, credentialOrPipelineOrContainerName, blobNameOrOptions, options) {
				let pipeline;
				let url;
				options = options || {};
				if (isPipelineLike(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					pipeline = credentialOrPipelineOrContainerName;
				} else if (isNodeLike && credentialOrPipelineOrContainerName instanceof StorageSharedKeyCredential || credentialOrPipelineOrContainerName instanceof AnonymousCredential || isTokenCredential(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					options = blobNameOrOptions;
					pipeline = newPipeline(credentialOrPipelineOrContainerName, options);
				} else if (!credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName !== "string") {
					url = urlOrConnectionString;
					pipeline = newPipeline(new AnonymousCredential(), options);
				} else if (credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName === "string" && blobNameOrOptions && typeof blobNameOrOptions === "string") {
					const containerName = credentialOrPipelineOrContainerName;
					const blobName = blobNameOrOptions;
					const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
					if (extractedCreds.kind === "AccountConnString") {
						if (isNodeLike) {
							const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
							url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName));
							if (!options.proxyOptions) options.proxyOptions = getDefaultProxySettings(extractedCreds.proxyUri);
							pipeline = newPipeline(sharedKeyCredential, options);
						} else throw new Error("Account connection string is only supported in Node.js environment");
					} else if (extractedCreds.kind === "SASConnString") {
						url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName)) + "?" + extractedCreds.accountSas;
						pipeline = newPipeline(new AnonymousCredential(), options);
					} else throw new Error("Connection string must be either an Account connection string or a SAS connection string");
				} else throw new Error("Expecting non-empty strings for containerName and blobName parameters");
				super(url, pipeline);
				this.appendBlobContext = this.storageClientContext.appendBlob;
			}
			/**
			* Creates a new AppendBlobClient object identical to the source but with the
			* specified snapshot timestamp.
			* Provide "" will remove the snapshot and return a Client to the base blob.
			*
			* @param snapshot - The snapshot timestamp.
			* @returns A new AppendBlobClient object identical to the source but with the specified snapshot timestamp.
			*/
			withSnapshot(snapshot) {
				return new AppendBlobClient(setURLParameter(this.url, URLConstants.Parameters.SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline);
			}
			/**
			* Creates a 0-length append blob. Call AppendBlock to append data to an append blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-blob
			*
			* @param options - Options to the Append Block Create operation.
			*
			*
			* Example usage:
			*
			* ```ts snippet:ClientsCreateAppendBlob
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			*
			* const appendBlobClient = containerClient.getAppendBlobClient(blobName);
			* await appendBlobClient.create();
			* ```
			*/
			async create(options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("AppendBlobClient-create", options, async (updatedOptions) => {
					return assertResponse(await this.appendBlobContext.create(0, {
						abortSignal: options.abortSignal,
						blobHttpHeaders: options.blobHTTPHeaders,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						blobTagsString: toBlobTagsString(options.tags),
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Creates a 0-length append blob. Call AppendBlock to append data to an append blob.
			* If the blob with the same name already exists, the content of the existing blob will remain unchanged.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-blob
			*
			* @param options -
			*/
			async createIfNotExists(options = {}) {
				const conditions = { ifNoneMatch: "*" };
				return tracingClient.withSpan("AppendBlobClient-createIfNotExists", options, async (updatedOptions) => {
					try {
						const res = assertResponse(await this.create({
							...updatedOptions,
							conditions
						}));
						return {
							succeeded: true,
							...res,
							_response: res._response
						};
					} catch (e) {
						if (e.details?.errorCode === "BlobAlreadyExists") return {
							succeeded: false,
							...e.response?.parsedHeaders,
							_response: e.response
						};
						throw e;
					}
				});
			}
			/**
			* Seals the append blob, making it read only.
			*
			* @param options -
			*/
			async seal(options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("AppendBlobClient-seal", options, async (updatedOptions) => {
					return assertResponse(await this.appendBlobContext.seal({
						abortSignal: options.abortSignal,
						appendPositionAccessConditions: options.conditions,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Commits a new block of data to the end of the existing append blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/append-block
			*
			* @param body - Data to be appended.
			* @param contentLength - Length of the body in bytes.
			* @param options - Options to the Append Block operation.
			*
			*
			* Example usage:
			*
			* ```ts snippet:ClientsAppendBlock
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			*
			* const content = "Hello World!";
			*
			* // Create a new append blob and append data to the blob.
			* const newAppendBlobClient = containerClient.getAppendBlobClient(blobName);
			* await newAppendBlobClient.create();
			* await newAppendBlobClient.appendBlock(content, content.length);
			*
			* // Append data to an existing append blob.
			* const existingAppendBlobClient = containerClient.getAppendBlobClient(blobName);
			* await existingAppendBlobClient.appendBlock(content, content.length);
			* ```
			*/
			async appendBlock(body, contentLength, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("AppendBlobClient-appendBlock", options, async (updatedOptions) => {
					return assertResponse(await this.appendBlobContext.appendBlock(contentLength, body, {
						abortSignal: options.abortSignal,
						appendPositionAccessConditions: options.conditions,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						requestOptions: { onUploadProgress: options.onProgress },
						transactionalContentMD5: options.transactionalContentMD5,
						transactionalContentCrc64: options.transactionalContentCrc64,
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* The Append Block operation commits a new block of data to the end of an existing append blob
			* where the contents are read from a source url.
			* @see https://learn.microsoft.com/rest/api/storageservices/append-block-from-url
			*
			* @param sourceURL -
			*                 The url to the blob that will be the source of the copy. A source blob in the same storage account can
			*                 be authenticated via Shared Key. However, if the source is a blob in another account, the source blob
			*                 must either be public or must be authenticated via a shared access signature. If the source blob is
			*                 public, no authentication is required to perform the operation.
			* @param sourceOffset - Offset in source to be appended
			* @param count - Number of bytes to be appended as a block
			* @param options -
			*/
			async appendBlockFromURL(sourceURL, sourceOffset, count, options = {}) {
				options.conditions = options.conditions || {};
				options.sourceConditions = options.sourceConditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("AppendBlobClient-appendBlockFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.appendBlobContext.appendBlockFromUrl(sourceURL, 0, {
						abortSignal: options.abortSignal,
						sourceRange: rangeToString({
							offset: sourceOffset,
							count
						}),
						sourceContentMD5: options.sourceContentMD5,
						sourceContentCrc64: options.sourceContentCrc64,
						leaseAccessConditions: options.conditions,
						appendPositionAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						sourceModifiedAccessConditions: {
							sourceIfMatch: options.sourceConditions?.ifMatch,
							sourceIfModifiedSince: options.sourceConditions?.ifModifiedSince,
							sourceIfNoneMatch: options.sourceConditions?.ifNoneMatch,
							sourceIfUnmodifiedSince: options.sourceConditions?.ifUnmodifiedSince
						},
						copySourceAuthorization: httpAuthorizationToString(options.sourceAuthorization),
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						fileRequestIntent: options.sourceShareTokenIntent,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
		};
		BlockBlobClient = class BlockBlobClient extends BlobClient {
			/**
			* blobContext provided by protocol layer.
			*
			* Note. Ideally BlobClient should set BlobClient.blobContext to protected. However, API
			* extractor has issue blocking that. Here we redecelare _blobContext in BlockBlobClient.
			*/
			_blobContext;
			/**
			* blockBlobContext provided by protocol layer.
			*/
			blockBlobContext;
			constructor(urlOrConnectionString, credentialOrPipelineOrContainerName, blobNameOrOptions, options) {
				let pipeline;
				let url;
				options = options || {};
				if (isPipelineLike(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					pipeline = credentialOrPipelineOrContainerName;
				} else if (isNodeLike && credentialOrPipelineOrContainerName instanceof StorageSharedKeyCredential || credentialOrPipelineOrContainerName instanceof AnonymousCredential || isTokenCredential(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					options = blobNameOrOptions;
					pipeline = newPipeline(credentialOrPipelineOrContainerName, options);
				} else if (!credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName !== "string") {
					url = urlOrConnectionString;
					if (blobNameOrOptions && typeof blobNameOrOptions !== "string") options = blobNameOrOptions;
					pipeline = newPipeline(new AnonymousCredential(), options);
				} else if (credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName === "string" && blobNameOrOptions && typeof blobNameOrOptions === "string") {
					const containerName = credentialOrPipelineOrContainerName;
					const blobName = blobNameOrOptions;
					const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
					if (extractedCreds.kind === "AccountConnString") {
						if (isNodeLike) {
							const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
							url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName));
							if (!options.proxyOptions) options.proxyOptions = getDefaultProxySettings(extractedCreds.proxyUri);
							pipeline = newPipeline(sharedKeyCredential, options);
						} else throw new Error("Account connection string is only supported in Node.js environment");
					} else if (extractedCreds.kind === "SASConnString") {
						url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName)) + "?" + extractedCreds.accountSas;
						pipeline = newPipeline(new AnonymousCredential(), options);
					} else throw new Error("Connection string must be either an Account connection string or a SAS connection string");
				} else throw new Error("Expecting non-empty strings for containerName and blobName parameters");
				super(url, pipeline);
				this.blockBlobContext = this.storageClientContext.blockBlob;
				this._blobContext = this.storageClientContext.blob;
			}
			/**
			* Creates a new BlockBlobClient object identical to the source but with the
			* specified snapshot timestamp.
			* Provide "" will remove the snapshot and return a URL to the base blob.
			*
			* @param snapshot - The snapshot timestamp.
			* @returns A new BlockBlobClient object identical to the source but with the specified snapshot timestamp.
			*/
			withSnapshot(snapshot) {
				return new BlockBlobClient(setURLParameter(this.url, URLConstants.Parameters.SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline);
			}
			/**
			* ONLY AVAILABLE IN NODE.JS RUNTIME.
			*
			* Quick query for a JSON or CSV formatted blob.
			*
			* Example usage (Node.js):
			*
			* ```ts snippet:ClientsQuery
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const blockBlobClient = containerClient.getBlockBlobClient(blobName);
			*
			* // Query and convert a blob to a string
			* const queryBlockBlobResponse = await blockBlobClient.query("select from BlobStorage");
			* if (queryBlockBlobResponse.readableStreamBody) {
			*   const downloadedBuffer = await streamToBuffer(queryBlockBlobResponse.readableStreamBody);
			*   const downloaded = downloadedBuffer.toString();
			*   console.log(`Query blob content: ${downloaded}`);
			* }
			*
			* async function streamToBuffer(readableStream: NodeJS.ReadableStream): Promise<Buffer> {
			*   return new Promise((resolve, reject) => {
			*     const chunks: Buffer[] = [];
			*     readableStream.on("data", (data) => {
			*       chunks.push(data instanceof Buffer ? data : Buffer.from(data));
			*     });
			*     readableStream.on("end", () => {
			*       resolve(Buffer.concat(chunks));
			*     });
			*     readableStream.on("error", reject);
			*   });
			* }
			* ```
			*
			* @param query -
			* @param options -
			*/
			async query(query, options = {}) {
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				if (!isNodeLike) throw new Error("This operation currently is only supported in Node.js.");
				return tracingClient.withSpan("BlockBlobClient-query", options, async (updatedOptions) => {
					const response = assertResponse(await this._blobContext.query({
						abortSignal: options.abortSignal,
						queryRequest: {
							queryType: "SQL",
							expression: query,
							inputSerialization: toQuerySerialization(options.inputTextConfiguration),
							outputSerialization: toQuerySerialization(options.outputTextConfiguration)
						},
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						tracingOptions: updatedOptions.tracingOptions
					}));
					return new BlobQueryResponse(response, {
						abortSignal: options.abortSignal,
						onProgress: options.onProgress,
						onError: options.onError
					});
				});
			}
			/**
			* Creates a new block blob, or updates the content of an existing block blob.
			* Updating an existing block blob overwrites any existing metadata on the blob.
			* Partial updates are not supported; the content of the existing blob is
			* overwritten with the new content. To perform a partial update of a block blob's,
			* use {@link stageBlock} and {@link commitBlockList}.
			*
			* This is a non-parallel uploading method, please use {@link uploadFile},
			* {@link uploadStream} or {@link uploadBrowserData} for better performance
			* with concurrency uploading.
			*
			* @see https://learn.microsoft.com/rest/api/storageservices/put-blob
			*
			* @param body - Blob, string, ArrayBuffer, ArrayBufferView or a function
			*                               which returns a new Readable stream whose offset is from data source beginning.
			* @param contentLength - Length of body in bytes. Use Buffer.byteLength() to calculate body length for a
			*                               string including non non-Base64/Hex-encoded characters.
			* @param options - Options to the Block Blob Upload operation.
			* @returns Response data for the Block Blob Upload operation.
			*
			* Example usage:
			*
			* ```ts snippet:ClientsUpload
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const blockBlobClient = containerClient.getBlockBlobClient(blobName);
			*
			* const content = "Hello world!";
			* const uploadBlobResponse = await blockBlobClient.upload(content, content.length);
			* ```
			*/
			async upload(body, contentLength, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlockBlobClient-upload", options, async (updatedOptions) => {
					return assertResponse(await this.blockBlobContext.upload(contentLength, body, {
						abortSignal: options.abortSignal,
						blobHttpHeaders: options.blobHTTPHeaders,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						requestOptions: { onUploadProgress: options.onProgress },
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Creates a new Block Blob where the contents of the blob are read from a given URL.
			* This API is supported beginning with the 2020-04-08 version. Partial updates
			* are not supported with Put Blob from URL; the content of an existing blob is overwritten with
			* the content of the new blob.  To perform partial updates to a block blob’s contents using a
			* source URL, use {@link stageBlockFromURL} and {@link commitBlockList}.
			*
			* @param sourceURL - Specifies the URL of the blob. The value
			*                           may be a URL of up to 2 KB in length that specifies a blob.
			*                           The value should be URL-encoded as it would appear
			*                           in a request URI. The source blob must either be public
			*                           or must be authenticated via a shared access signature.
			*                           If the source blob is public, no authentication is required
			*                           to perform the operation. Here are some examples of source object URLs:
			*                           - https://myaccount.blob.core.windows.net/mycontainer/myblob
			*                           - https://myaccount.blob.core.windows.net/mycontainer/myblob?snapshot=<DateTime>
			* @param options - Optional parameters.
			*/
			async syncUploadFromURL(sourceURL, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlockBlobClient-syncUploadFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.blockBlobContext.putBlobFromUrl(0, sourceURL, {
						...options,
						blobHttpHeaders: options.blobHTTPHeaders,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						sourceModifiedAccessConditions: {
							sourceIfMatch: options.sourceConditions?.ifMatch,
							sourceIfModifiedSince: options.sourceConditions?.ifModifiedSince,
							sourceIfNoneMatch: options.sourceConditions?.ifNoneMatch,
							sourceIfUnmodifiedSince: options.sourceConditions?.ifUnmodifiedSince,
							sourceIfTags: options.sourceConditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						copySourceAuthorization: httpAuthorizationToString(options.sourceAuthorization),
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						copySourceTags: options.copySourceTags,
						fileRequestIntent: options.sourceShareTokenIntent,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Uploads the specified block to the block blob's "staging area" to be later
			* committed by a call to commitBlockList.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-block
			*
			* @param blockId - A 64-byte value that is base64-encoded
			* @param body - Data to upload to the staging area.
			* @param contentLength - Number of bytes to upload.
			* @param options - Options to the Block Blob Stage Block operation.
			* @returns Response data for the Block Blob Stage Block operation.
			*/
			async stageBlock(blockId, body, contentLength, options = {}) {
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlockBlobClient-stageBlock", options, async (updatedOptions) => {
					return assertResponse(await this.blockBlobContext.stageBlock(blockId, contentLength, body, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						requestOptions: { onUploadProgress: options.onProgress },
						transactionalContentMD5: options.transactionalContentMD5,
						transactionalContentCrc64: options.transactionalContentCrc64,
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* The Stage Block From URL operation creates a new block to be committed as part
			* of a blob where the contents are read from a URL.
			* This API is available starting in version 2018-03-28.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-block-from-url
			*
			* @param blockId - A 64-byte value that is base64-encoded
			* @param sourceURL - Specifies the URL of the blob. The value
			*                           may be a URL of up to 2 KB in length that specifies a blob.
			*                           The value should be URL-encoded as it would appear
			*                           in a request URI. The source blob must either be public
			*                           or must be authenticated via a shared access signature.
			*                           If the source blob is public, no authentication is required
			*                           to perform the operation. Here are some examples of source object URLs:
			*                           - https://myaccount.blob.core.windows.net/mycontainer/myblob
			*                           - https://myaccount.blob.core.windows.net/mycontainer/myblob?snapshot=<DateTime>
			* @param offset - From which position of the blob to download, greater than or equal to 0
			* @param count - How much data to be downloaded, greater than 0. Will download to the end when undefined
			* @param options - Options to the Block Blob Stage Block From URL operation.
			* @returns Response data for the Block Blob Stage Block From URL operation.
			*/
			async stageBlockFromURL(blockId, sourceURL, offset = 0, count, options = {}) {
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlockBlobClient-stageBlockFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.blockBlobContext.stageBlockFromURL(blockId, 0, sourceURL, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						sourceContentMD5: options.sourceContentMD5,
						sourceContentCrc64: options.sourceContentCrc64,
						sourceRange: offset === 0 && !count ? void 0 : rangeToString({
							offset,
							count
						}),
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						copySourceAuthorization: httpAuthorizationToString(options.sourceAuthorization),
						fileRequestIntent: options.sourceShareTokenIntent,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Writes a blob by specifying the list of block IDs that make up the blob.
			* In order to be written as part of a blob, a block must have been successfully written
			* to the server in a prior {@link stageBlock} operation. You can call {@link commitBlockList} to
			* update a blob by uploading only those blocks that have changed, then committing the new and existing
			* blocks together. Any blocks not specified in the block list and permanently deleted.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-block-list
			*
			* @param blocks -  Array of 64-byte value that is base64-encoded
			* @param options - Options to the Block Blob Commit Block List operation.
			* @returns Response data for the Block Blob Commit Block List operation.
			*/
			async commitBlockList(blocks, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("BlockBlobClient-commitBlockList", options, async (updatedOptions) => {
					return assertResponse(await this.blockBlobContext.commitBlockList({ latest: blocks }, {
						abortSignal: options.abortSignal,
						blobHttpHeaders: options.blobHTTPHeaders,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Returns the list of blocks that have been uploaded as part of a block blob
			* using the specified block list filter.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-block-list
			*
			* @param listType - Specifies whether to return the list of committed blocks,
			*                                        the list of uncommitted blocks, or both lists together.
			* @param options - Options to the Block Blob Get Block List operation.
			* @returns Response data for the Block Blob Get Block List operation.
			*/
			async getBlockList(listType, options = {}) {
				return tracingClient.withSpan("BlockBlobClient-getBlockList", options, async (updatedOptions) => {
					const res = assertResponse(await this.blockBlobContext.getBlockList(listType, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
					if (!res.committedBlocks) res.committedBlocks = [];
					if (!res.uncommittedBlocks) res.uncommittedBlocks = [];
					return res;
				});
			}
			/**
			* Uploads a Buffer(Node.js)/Blob(browsers)/ArrayBuffer/ArrayBufferView object to a BlockBlob.
			*
			* When data length is no more than the specifiled {@link BlockBlobParallelUploadOptions.maxSingleShotSize} (default is
			* {@link BLOCK_BLOB_MAX_UPLOAD_BLOB_BYTES}), this method will use 1 {@link upload} call to finish the upload.
			* Otherwise, this method will call {@link stageBlock} to upload blocks, and finally call {@link commitBlockList}
			* to commit the block list.
			*
			* A common {@link BlockBlobParallelUploadOptions.blobHTTPHeaders} option to set is
			* `blobContentType`, enabling the browser to provide
			* functionality based on file type.
			*
			* @param data - Buffer(Node.js), Blob, ArrayBuffer or ArrayBufferView
			* @param options -
			*/
			async uploadData(data, options = {}) {
				return tracingClient.withSpan("BlockBlobClient-uploadData", options, async (updatedOptions) => {
					if (isNodeLike) {
						let buffer;
						if (data instanceof Buffer) buffer = data;
						else if (data instanceof ArrayBuffer) buffer = Buffer.from(data);
						else {
							data = data;
							buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
						}
						return this.uploadSeekableInternal((offset, size) => buffer.slice(offset, offset + size), buffer.byteLength, updatedOptions);
					} else {
						const browserBlob = new Blob([data]);
						return this.uploadSeekableInternal((offset, size) => browserBlob.slice(offset, offset + size), browserBlob.size, updatedOptions);
					}
				});
			}
			/**
			* ONLY AVAILABLE IN BROWSERS.
			*
			* Uploads a browser Blob/File/ArrayBuffer/ArrayBufferView object to block blob.
			*
			* When buffer length lesser than or equal to 256MB, this method will use 1 upload call to finish the upload.
			* Otherwise, this method will call {@link stageBlock} to upload blocks, and finally call
			* {@link commitBlockList} to commit the block list.
			*
			* A common {@link BlockBlobParallelUploadOptions.blobHTTPHeaders} option to set is
			* `blobContentType`, enabling the browser to provide
			* functionality based on file type.
			*
			* @deprecated Use {@link uploadData} instead.
			*
			* @param browserData - Blob, File, ArrayBuffer or ArrayBufferView
			* @param options - Options to upload browser data.
			* @returns Response data for the Blob Upload operation.
			*/
			async uploadBrowserData(browserData, options = {}) {
				return tracingClient.withSpan("BlockBlobClient-uploadBrowserData", options, async (updatedOptions) => {
					const browserBlob = new Blob([browserData]);
					return this.uploadSeekableInternal((offset, size) => browserBlob.slice(offset, offset + size), browserBlob.size, updatedOptions);
				});
			}
			/**
			*
			* Uploads data to block blob. Requires a bodyFactory as the data source,
			* which need to return a {@link HttpRequestBody} object with the offset and size provided.
			*
			* When data length is no more than the specified {@link BlockBlobParallelUploadOptions.maxSingleShotSize} (default is
			* {@link BLOCK_BLOB_MAX_UPLOAD_BLOB_BYTES}), this method will use 1 {@link upload} call to finish the upload.
			* Otherwise, this method will call {@link stageBlock} to upload blocks, and finally call {@link commitBlockList}
			* to commit the block list.
			*
			* @param bodyFactory -
			* @param size - size of the data to upload.
			* @param options - Options to Upload to Block Blob operation.
			* @returns Response data for the Blob Upload operation.
			*/
			async uploadSeekableInternal(bodyFactory, size, options = {}) {
				let blockSize = options.blockSize ?? 0;
				if (blockSize < 0 || blockSize > 4194304e3) throw new RangeError(`blockSize option must be >= 0 and <= ${BLOCK_BLOB_MAX_STAGE_BLOCK_BYTES}`);
				const maxSingleShotSize = options.maxSingleShotSize ?? 268435456;
				if (maxSingleShotSize < 0 || maxSingleShotSize > 268435456) throw new RangeError(`maxSingleShotSize option must be >= 0 and <= ${BLOCK_BLOB_MAX_UPLOAD_BLOB_BYTES}`);
				if (blockSize === 0) {
					if (size > 4194304e3 * 5e4) throw new RangeError(`${size} is too larger to upload to a block blob.`);
					if (size > maxSingleShotSize) {
						blockSize = Math.ceil(size / BLOCK_BLOB_MAX_BLOCKS);
						if (blockSize < 4194304) blockSize = DEFAULT_BLOB_DOWNLOAD_BLOCK_BYTES;
					}
				}
				if (!options.blobHTTPHeaders) options.blobHTTPHeaders = {};
				if (!options.conditions) options.conditions = {};
				return tracingClient.withSpan("BlockBlobClient-uploadSeekableInternal", options, async (updatedOptions) => {
					if (size <= maxSingleShotSize) return assertResponse(await this.upload(bodyFactory(0, size), size, updatedOptions));
					const numBlocks = Math.floor((size - 1) / blockSize) + 1;
					if (numBlocks > 5e4) throw new RangeError(`The buffer's size is too big or the BlockSize is too small;the number of blocks must be <= ${BLOCK_BLOB_MAX_BLOCKS}`);
					const blockList = [];
					const blockIDPrefix = randomUUID();
					let transferProgress = 0;
					const batch = new Batch(options.concurrency);
					for (let i = 0; i < numBlocks; i++) batch.addOperation(async () => {
						const blockID = generateBlockID(blockIDPrefix, i);
						const start = blockSize * i;
						const contentLength = (i === numBlocks - 1 ? size : start + blockSize) - start;
						blockList.push(blockID);
						await this.stageBlock(blockID, bodyFactory(start, contentLength), contentLength, {
							abortSignal: options.abortSignal,
							conditions: options.conditions,
							encryptionScope: options.encryptionScope,
							tracingOptions: updatedOptions.tracingOptions
						});
						transferProgress += contentLength;
						if (options.onProgress) options.onProgress({ loadedBytes: transferProgress });
					});
					await batch.do();
					return this.commitBlockList(blockList, updatedOptions);
				});
			}
			/**
			* ONLY AVAILABLE IN NODE.JS RUNTIME.
			*
			* Uploads a local file in blocks to a block blob.
			*
			* When file size lesser than or equal to 256MB, this method will use 1 upload call to finish the upload.
			* Otherwise, this method will call stageBlock to upload blocks, and finally call commitBlockList
			* to commit the block list.
			*
			* @param filePath - Full path of local file
			* @param options - Options to Upload to Block Blob operation.
			* @returns Response data for the Blob Upload operation.
			*/
			async uploadFile(filePath, options = {}) {
				return tracingClient.withSpan("BlockBlobClient-uploadFile", options, async (updatedOptions) => {
					const size = (await fsStat(filePath)).size;
					return this.uploadSeekableInternal((offset, count) => {
						return () => fsCreateReadStream(filePath, {
							autoClose: true,
							end: count ? offset + count - 1 : Infinity,
							start: offset
						});
					}, size, {
						...options,
						tracingOptions: updatedOptions.tracingOptions
					});
				});
			}
			/**
			* ONLY AVAILABLE IN NODE.JS RUNTIME.
			*
			* Uploads a Node.js Readable stream into block blob.
			*
			* PERFORMANCE IMPROVEMENT TIPS:
			* * Input stream highWaterMark is better to set a same value with bufferSize
			*    parameter, which will avoid Buffer.concat() operations.
			*
			* @param stream - Node.js Readable stream
			* @param bufferSize - Size of every buffer allocated, also the block size in the uploaded block blob. Default value is 8MB
			* @param maxConcurrency -  Max concurrency indicates the max number of buffers that can be allocated,
			*                                 positive correlation with max uploading concurrency. Default value is 5
			* @param options - Options to Upload Stream to Block Blob operation.
			* @returns Response data for the Blob Upload operation.
			*/
			async uploadStream(stream, bufferSize = DEFAULT_BLOCK_BUFFER_SIZE_BYTES, maxConcurrency = 5, options = {}) {
				if (!options.blobHTTPHeaders) options.blobHTTPHeaders = {};
				if (!options.conditions) options.conditions = {};
				return tracingClient.withSpan("BlockBlobClient-uploadStream", options, async (updatedOptions) => {
					let blockNum = 0;
					const blockIDPrefix = randomUUID();
					let transferProgress = 0;
					const blockList = [];
					await new BufferScheduler(stream, bufferSize, maxConcurrency, async (body, length) => {
						const blockID = generateBlockID(blockIDPrefix, blockNum);
						blockList.push(blockID);
						blockNum++;
						await this.stageBlock(blockID, body, length, {
							customerProvidedKey: options.customerProvidedKey,
							conditions: options.conditions,
							encryptionScope: options.encryptionScope,
							tracingOptions: updatedOptions.tracingOptions
						});
						transferProgress += length;
						if (options.onProgress) options.onProgress({ loadedBytes: transferProgress });
					}, Math.ceil(maxConcurrency / 4 * 3)).do();
					return assertResponse(await this.commitBlockList(blockList, {
						...options,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
		};
		PageBlobClient = class PageBlobClient extends BlobClient {
			/**
			* pageBlobsContext provided by protocol layer.
			*/
			pageBlobContext;
			constructor(urlOrConnectionString, credentialOrPipelineOrContainerName, blobNameOrOptions, options) {
				let pipeline;
				let url;
				options = options || {};
				if (isPipelineLike(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					pipeline = credentialOrPipelineOrContainerName;
				} else if (isNodeLike && credentialOrPipelineOrContainerName instanceof StorageSharedKeyCredential || credentialOrPipelineOrContainerName instanceof AnonymousCredential || isTokenCredential(credentialOrPipelineOrContainerName)) {
					url = urlOrConnectionString;
					options = blobNameOrOptions;
					pipeline = newPipeline(credentialOrPipelineOrContainerName, options);
				} else if (!credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName !== "string") {
					url = urlOrConnectionString;
					pipeline = newPipeline(new AnonymousCredential(), options);
				} else if (credentialOrPipelineOrContainerName && typeof credentialOrPipelineOrContainerName === "string" && blobNameOrOptions && typeof blobNameOrOptions === "string") {
					const containerName = credentialOrPipelineOrContainerName;
					const blobName = blobNameOrOptions;
					const extractedCreds = extractConnectionStringParts(urlOrConnectionString);
					if (extractedCreds.kind === "AccountConnString") {
						if (isNodeLike) {
							const sharedKeyCredential = new StorageSharedKeyCredential(extractedCreds.accountName, extractedCreds.accountKey);
							url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName));
							if (!options.proxyOptions) options.proxyOptions = getDefaultProxySettings(extractedCreds.proxyUri);
							pipeline = newPipeline(sharedKeyCredential, options);
						} else throw new Error("Account connection string is only supported in Node.js environment");
					} else if (extractedCreds.kind === "SASConnString") {
						url = appendToURLPath(appendToURLPath(extractedCreds.url, encodeURIComponent(containerName)), encodeURIComponent(blobName)) + "?" + extractedCreds.accountSas;
						pipeline = newPipeline(new AnonymousCredential(), options);
					} else throw new Error("Connection string must be either an Account connection string or a SAS connection string");
				} else throw new Error("Expecting non-empty strings for containerName and blobName parameters");
				super(url, pipeline);
				this.pageBlobContext = this.storageClientContext.pageBlob;
			}
			/**
			* Creates a new PageBlobClient object identical to the source but with the
			* specified snapshot timestamp.
			* Provide "" will remove the snapshot and return a Client to the base blob.
			*
			* @param snapshot - The snapshot timestamp.
			* @returns A new PageBlobClient object identical to the source but with the specified snapshot timestamp.
			*/
			withSnapshot(snapshot) {
				return new PageBlobClient(setURLParameter(this.url, URLConstants.Parameters.SNAPSHOT, snapshot.length === 0 ? void 0 : snapshot), this.pipeline);
			}
			/**
			* Creates a page blob of the specified length. Call uploadPages to upload data
			* data to a page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-blob
			*
			* @param size - size of the page blob.
			* @param options - Options to the Page Blob Create operation.
			* @returns Response data for the Page Blob Create operation.
			*/
			async create(size, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("PageBlobClient-create", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.create(0, size, {
						abortSignal: options.abortSignal,
						blobHttpHeaders: options.blobHTTPHeaders,
						blobSequenceNumber: options.blobSequenceNumber,
						leaseAccessConditions: options.conditions,
						metadata: options.metadata,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						immutabilityPolicyExpiry: options.immutabilityPolicy?.expiriesOn,
						immutabilityPolicyMode: options.immutabilityPolicy?.policyMode,
						legalHold: options.legalHold,
						tier: toAccessTier(options.tier),
						blobTagsString: toBlobTagsString(options.tags),
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Creates a page blob of the specified length. Call uploadPages to upload data
			* data to a page blob. If the blob with the same name already exists, the content
			* of the existing blob will remain unchanged.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-blob
			*
			* @param size - size of the page blob.
			* @param options -
			*/
			async createIfNotExists(size, options = {}) {
				return tracingClient.withSpan("PageBlobClient-createIfNotExists", options, async (updatedOptions) => {
					try {
						const conditions = { ifNoneMatch: "*" };
						const res = assertResponse(await this.create(size, {
							...options,
							conditions,
							tracingOptions: updatedOptions.tracingOptions
						}));
						return {
							succeeded: true,
							...res,
							_response: res._response
						};
					} catch (e) {
						if (e.details?.errorCode === "BlobAlreadyExists") return {
							succeeded: false,
							...e.response?.parsedHeaders,
							_response: e.response
						};
						throw e;
					}
				});
			}
			/**
			* Writes 1 or more pages to the page blob. The start and end offsets must be a multiple of 512.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-page
			*
			* @param body - Data to upload
			* @param offset - Offset of destination page blob
			* @param count - Content length of the body, also number of bytes to be uploaded
			* @param options - Options to the Page Blob Upload Pages operation.
			* @returns Response data for the Page Blob Upload Pages operation.
			*/
			async uploadPages(body, offset, count, options = {}) {
				options.conditions = options.conditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("PageBlobClient-uploadPages", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.uploadPages(count, body, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						requestOptions: { onUploadProgress: options.onProgress },
						range: rangeToString({
							offset,
							count
						}),
						sequenceNumberAccessConditions: options.conditions,
						transactionalContentMD5: options.transactionalContentMD5,
						transactionalContentCrc64: options.transactionalContentCrc64,
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* The Upload Pages operation writes a range of pages to a page blob where the
			* contents are read from a URL.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-page-from-url
			*
			* @param sourceURL - Specify a URL to the copy source, Shared Access Signature(SAS) maybe needed for authentication
			* @param sourceOffset - The source offset to copy from. Pass 0 to copy from the beginning of source page blob
			* @param destOffset - Offset of destination page blob
			* @param count - Number of bytes to be uploaded from source page blob
			* @param options -
			*/
			async uploadPagesFromURL(sourceURL, sourceOffset, destOffset, count, options = {}) {
				options.conditions = options.conditions || {};
				options.sourceConditions = options.sourceConditions || {};
				ensureCpkIfSpecified(options.customerProvidedKey, this.isHttps);
				return tracingClient.withSpan("PageBlobClient-uploadPagesFromURL", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.uploadPagesFromURL(sourceURL, rangeToString({
						offset: sourceOffset,
						count
					}), 0, rangeToString({
						offset: destOffset,
						count
					}), {
						abortSignal: options.abortSignal,
						sourceContentMD5: options.sourceContentMD5,
						sourceContentCrc64: options.sourceContentCrc64,
						leaseAccessConditions: options.conditions,
						sequenceNumberAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						sourceModifiedAccessConditions: {
							sourceIfMatch: options.sourceConditions?.ifMatch,
							sourceIfModifiedSince: options.sourceConditions?.ifModifiedSince,
							sourceIfNoneMatch: options.sourceConditions?.ifNoneMatch,
							sourceIfUnmodifiedSince: options.sourceConditions?.ifUnmodifiedSince
						},
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						copySourceAuthorization: httpAuthorizationToString(options.sourceAuthorization),
						fileRequestIntent: options.sourceShareTokenIntent,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Frees the specified pages from the page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/put-page
			*
			* @param offset - Starting byte position of the pages to clear.
			* @param count - Number of bytes to clear.
			* @param options - Options to the Page Blob Clear Pages operation.
			* @returns Response data for the Page Blob Clear Pages operation.
			*/
			async clearPages(offset = 0, count, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-clearPages", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.clearPages(0, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						range: rangeToString({
							offset,
							count
						}),
						sequenceNumberAccessConditions: options.conditions,
						cpkInfo: options.customerProvidedKey,
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Returns the list of valid page ranges for a page blob or snapshot of a page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param options - Options to the Page Blob Get Ranges operation.
			* @returns Response data for the Page Blob Get Ranges operation.
			*/
			async getPageRanges(offset = 0, count, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-getPageRanges", options, async (updatedOptions) => {
					return rangeResponseFromModel(assertResponse(await this.pageBlobContext.getPageRanges({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						range: rangeToString({
							offset,
							count
						}),
						tracingOptions: updatedOptions.tracingOptions
					})));
				});
			}
			/**
			* getPageRangesSegment returns a single segment of page ranges starting from the
			* specified Marker. Use an empty Marker to start enumeration from the beginning.
			* After getting a segment, process it, and then call getPageRangesSegment again
			* (passing the the previously-returned Marker) to get the next segment.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param marker - A string value that identifies the portion of the list to be returned with the next list operation.
			* @param options - Options to PageBlob Get Page Ranges Segment operation.
			*/
			async listPageRangesSegment(offset = 0, count, marker, options = {}) {
				return tracingClient.withSpan("PageBlobClient-getPageRangesSegment", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.getPageRanges({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						range: rangeToString({
							offset,
							count
						}),
						marker,
						maxPageSize: options.maxPageSize,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Returns an AsyncIterableIterator for {@link PageBlobGetPageRangesResponseModel}
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param marker - A string value that identifies the portion of
			*                          the get of page ranges to be returned with the next getting operation. The
			*                          operation returns the ContinuationToken value within the response body if the
			*                          getting operation did not return all page ranges remaining within the current page.
			*                          The ContinuationToken value can be used as the value for
			*                          the marker parameter in a subsequent call to request the next page of get
			*                          items. The marker value is opaque to the client.
			* @param options - Options to List Page Ranges operation.
			*/
			async *listPageRangeItemSegments(offset = 0, count, marker, options = {}) {
				let getPageRangeItemSegmentsResponse;
				if (!!marker || marker === void 0) do {
					getPageRangeItemSegmentsResponse = await this.listPageRangesSegment(offset, count, marker, options);
					marker = getPageRangeItemSegmentsResponse.continuationToken;
					yield await getPageRangeItemSegmentsResponse;
				} while (marker);
			}
			/**
			* Returns an AsyncIterableIterator of {@link PageRangeInfo} objects
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param options - Options to List Page Ranges operation.
			*/
			async *listPageRangeItems(offset = 0, count, options = {}) {
				let marker;
				for await (const getPageRangesSegment of this.listPageRangeItemSegments(offset, count, marker, options)) yield* ExtractPageRangeInfoItems(getPageRangesSegment);
			}
			/**
			* Returns an async iterable iterator to list of page ranges for a page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			*  .byPage() returns an async iterable iterator to list of page ranges for a page blob.
			*
			* ```ts snippet:ClientsListPageBlobs
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const pageBlobClient = containerClient.getPageBlobClient(blobName);
			*
			* // Example using `for await` syntax
			* let i = 1;
			* for await (const pageRange of pageBlobClient.listPageRanges()) {
			*   console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			* }
			*
			* // Example using `iter.next()` syntax
			* i = 1;
			* const iter = pageBlobClient.listPageRanges();
			* let { value, done } = await iter.next();
			* while (!done) {
			*   console.log(`Page range ${i++}: ${value.start} - ${value.end}`);
			*   ({ value, done } = await iter.next());
			* }
			*
			* // Example using `byPage()` syntax
			* i = 1;
			* for await (const page of pageBlobClient.listPageRanges().byPage({ maxPageSize: 20 })) {
			*   for (const pageRange of page.pageRange || []) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			*
			* // Example using paging with a marker
			* i = 1;
			* let iterator = pageBlobClient.listPageRanges().byPage({ maxPageSize: 2 });
			* let response = (await iterator.next()).value;
			* // Prints 2 page ranges
			* if (response.pageRange) {
			*   for (const pageRange of response.pageRange) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			* // Gets next marker
			* let marker = response.continuationToken;
			* // Passing next marker as continuationToken
			* iterator = pageBlobClient.listPageRanges().byPage({ continuationToken: marker, maxPageSize: 10 });
			* response = (await iterator.next()).value;
			* // Prints 10 page ranges
			* if (response.pageRange) {
			*   for (const pageRange of response.pageRange) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			* ```
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param options - Options to the Page Blob Get Ranges operation.
			* @returns An asyncIterableIterator that supports paging.
			*/
			listPageRanges(offset = 0, count, options = {}) {
				options.conditions = options.conditions || {};
				const iter = this.listPageRangeItems(offset, count, options);
				return {
					/**
					* The next method, part of the iteration protocol
					*/
					next() {
						return iter.next();
					},
					/**
					* The connection to the async iterator, part of the iteration protocol
					*/
					[Symbol.asyncIterator]() {
						return this;
					},
					/**
					* Return an AsyncIterableIterator that works a page at a time
					*/
					byPage: (settings = {}) => {
						return this.listPageRangeItemSegments(offset, count, settings.continuationToken, {
							maxPageSize: settings.maxPageSize,
							...options
						});
					}
				};
			}
			/**
			* Gets the collection of page ranges that differ between a specified snapshot and this page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			* @param offset - Starting byte position of the page blob
			* @param count - Number of bytes to get ranges diff.
			* @param prevSnapshot - Timestamp of snapshot to retrieve the difference.
			* @param options - Options to the Page Blob Get Page Ranges Diff operation.
			* @returns Response data for the Page Blob Get Page Range Diff operation.
			*/
			async getPageRangesDiff(offset, count, prevSnapshot, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-getPageRangesDiff", options, async (updatedOptions) => {
					return rangeResponseFromModel(assertResponse(await this.pageBlobContext.getPageRangesDiff({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						prevsnapshot: prevSnapshot,
						range: rangeToString({
							offset,
							count
						}),
						tracingOptions: updatedOptions.tracingOptions
					})));
				});
			}
			/**
			* getPageRangesDiffSegment returns a single segment of page ranges starting from the
			* specified Marker for difference between previous snapshot and the target page blob.
			* Use an empty Marker to start enumeration from the beginning.
			* After getting a segment, process it, and then call getPageRangesDiffSegment again
			* (passing the the previously-returned Marker) to get the next segment.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param prevSnapshotOrUrl - Timestamp of snapshot to retrieve the difference or URL of snapshot to retrieve the difference.
			* @param marker - A string value that identifies the portion of the get to be returned with the next get operation.
			* @param options - Options to the Page Blob Get Page Ranges Diff operation.
			*/
			async listPageRangesDiffSegment(offset, count, prevSnapshotOrUrl, marker, options = {}) {
				return tracingClient.withSpan("PageBlobClient-getPageRangesDiffSegment", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.getPageRangesDiff({
						abortSignal: options?.abortSignal,
						leaseAccessConditions: options?.conditions,
						modifiedAccessConditions: {
							...options?.conditions,
							ifTags: options?.conditions?.tagConditions
						},
						prevsnapshot: prevSnapshotOrUrl,
						range: rangeToString({
							offset,
							count
						}),
						marker,
						maxPageSize: options?.maxPageSize,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Returns an AsyncIterableIterator for {@link PageBlobGetPageRangesDiffResponseModel}
			*
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param prevSnapshotOrUrl - Timestamp of snapshot to retrieve the difference or URL of snapshot to retrieve the difference.
			* @param marker - A string value that identifies the portion of
			*                          the get of page ranges to be returned with the next getting operation. The
			*                          operation returns the ContinuationToken value within the response body if the
			*                          getting operation did not return all page ranges remaining within the current page.
			*                          The ContinuationToken value can be used as the value for
			*                          the marker parameter in a subsequent call to request the next page of get
			*                          items. The marker value is opaque to the client.
			* @param options - Options to the Page Blob Get Page Ranges Diff operation.
			*/
			async *listPageRangeDiffItemSegments(offset, count, prevSnapshotOrUrl, marker, options) {
				let getPageRangeItemSegmentsResponse;
				if (!!marker || marker === void 0) do {
					getPageRangeItemSegmentsResponse = await this.listPageRangesDiffSegment(offset, count, prevSnapshotOrUrl, marker, options);
					marker = getPageRangeItemSegmentsResponse.continuationToken;
					yield await getPageRangeItemSegmentsResponse;
				} while (marker);
			}
			/**
			* Returns an AsyncIterableIterator of {@link PageRangeInfo} objects
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param prevSnapshotOrUrl - Timestamp of snapshot to retrieve the difference or URL of snapshot to retrieve the difference.
			* @param options - Options to the Page Blob Get Page Ranges Diff operation.
			*/
			async *listPageRangeDiffItems(offset, count, prevSnapshotOrUrl, options) {
				let marker;
				for await (const getPageRangesSegment of this.listPageRangeDiffItemSegments(offset, count, prevSnapshotOrUrl, marker, options)) yield* ExtractPageRangeInfoItems(getPageRangesSegment);
			}
			/**
			* Returns an async iterable iterator to list of page ranges that differ between a specified snapshot and this page blob.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			*  .byPage() returns an async iterable iterator to list of page ranges that differ between a specified snapshot and this page blob.
			*
			* ```ts snippet:ClientsListPageBlobsDiff
			* import { BlobServiceClient } from "@azure/storage-blob";
			* import { DefaultAzureCredential } from "@azure/identity";
			*
			* const account = "<account>";
			* const blobServiceClient = new BlobServiceClient(
			*   `https://${account}.blob.core.windows.net`,
			*   new DefaultAzureCredential(),
			* );
			*
			* const containerName = "<container name>";
			* const blobName = "<blob name>";
			* const containerClient = blobServiceClient.getContainerClient(containerName);
			* const pageBlobClient = containerClient.getPageBlobClient(blobName);
			*
			* const offset = 0;
			* const count = 1024;
			* const previousSnapshot = "<previous snapshot>";
			* // Example using `for await` syntax
			* let i = 1;
			* for await (const pageRange of pageBlobClient.listPageRangesDiff(offset, count, previousSnapshot)) {
			*   console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			* }
			*
			* // Example using `iter.next()` syntax
			* i = 1;
			* const iter = pageBlobClient.listPageRangesDiff(offset, count, previousSnapshot);
			* let { value, done } = await iter.next();
			* while (!done) {
			*   console.log(`Page range ${i++}: ${value.start} - ${value.end}`);
			*   ({ value, done } = await iter.next());
			* }
			*
			* // Example using `byPage()` syntax
			* i = 1;
			* for await (const page of pageBlobClient
			*   .listPageRangesDiff(offset, count, previousSnapshot)
			*   .byPage({ maxPageSize: 20 })) {
			*   for (const pageRange of page.pageRange || []) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			*
			* // Example using paging with a marker
			* i = 1;
			* let iterator = pageBlobClient
			*   .listPageRangesDiff(offset, count, previousSnapshot)
			*   .byPage({ maxPageSize: 2 });
			* let response = (await iterator.next()).value;
			* // Prints 2 page ranges
			* if (response.pageRange) {
			*   for (const pageRange of response.pageRange) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			* // Gets next marker
			* let marker = response.continuationToken;
			* // Passing next marker as continuationToken
			* iterator = pageBlobClient
			*   .listPageRangesDiff(offset, count, previousSnapshot)
			*   .byPage({ continuationToken: marker, maxPageSize: 10 });
			* response = (await iterator.next()).value;
			* // Prints 10 page ranges
			* if (response.pageRange) {
			*   for (const pageRange of response.pageRange) {
			*     console.log(`Page range ${i++}: ${pageRange.start} - ${pageRange.end}`);
			*   }
			* }
			* ```
			*
			* @param offset - Starting byte position of the page ranges.
			* @param count - Number of bytes to get.
			* @param prevSnapshot - Timestamp of snapshot to retrieve the difference.
			* @param options - Options to the Page Blob Get Ranges operation.
			* @returns An asyncIterableIterator that supports paging.
			*/
			listPageRangesDiff(offset, count, prevSnapshot, options = {}) {
				options.conditions = options.conditions || {};
				const iter = this.listPageRangeDiffItems(offset, count, prevSnapshot, { ...options });
				return {
					/**
					* The next method, part of the iteration protocol
					*/
					next() {
						return iter.next();
					},
					/**
					* The connection to the async iterator, part of the iteration protocol
					*/
					[Symbol.asyncIterator]() {
						return this;
					},
					/**
					* Return an AsyncIterableIterator that works a page at a time
					*/
					byPage: (settings = {}) => {
						return this.listPageRangeDiffItemSegments(offset, count, prevSnapshot, settings.continuationToken, {
							maxPageSize: settings.maxPageSize,
							...options
						});
					}
				};
			}
			/**
			* Gets the collection of page ranges that differ between a specified snapshot and this page blob for managed disks.
			* @see https://learn.microsoft.com/rest/api/storageservices/get-page-ranges
			*
			* @param offset - Starting byte position of the page blob
			* @param count - Number of bytes to get ranges diff.
			* @param prevSnapshotUrl - URL of snapshot to retrieve the difference.
			* @param options - Options to the Page Blob Get Page Ranges Diff operation.
			* @returns Response data for the Page Blob Get Page Range Diff operation.
			*/
			async getPageRangesDiffForManagedDisks(offset, count, prevSnapshotUrl, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-GetPageRangesDiffForManagedDisks", options, async (updatedOptions) => {
					return rangeResponseFromModel(assertResponse(await this.pageBlobContext.getPageRangesDiff({
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						prevSnapshotUrl,
						range: rangeToString({
							offset,
							count
						}),
						tracingOptions: updatedOptions.tracingOptions
					})));
				});
			}
			/**
			* Resizes the page blob to the specified size (which must be a multiple of 512).
			* @see https://learn.microsoft.com/rest/api/storageservices/set-blob-properties
			*
			* @param size - Target size
			* @param options - Options to the Page Blob Resize operation.
			* @returns Response data for the Page Blob Resize operation.
			*/
			async resize(size, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-resize", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.resize(size, {
						abortSignal: options.abortSignal,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						encryptionScope: options.encryptionScope,
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Sets a page blob's sequence number.
			* @see https://learn.microsoft.com/rest/api/storageservices/set-blob-properties
			*
			* @param sequenceNumberAction - Indicates how the service should modify the blob's sequence number.
			* @param sequenceNumber - Required if sequenceNumberAction is max or update
			* @param options - Options to the Page Blob Update Sequence Number operation.
			* @returns Response data for the Page Blob Update Sequence Number operation.
			*/
			async updateSequenceNumber(sequenceNumberAction, sequenceNumber, options = {}) {
				options.conditions = options.conditions || {};
				return tracingClient.withSpan("PageBlobClient-updateSequenceNumber", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.updateSequenceNumber(sequenceNumberAction, {
						abortSignal: options.abortSignal,
						blobSequenceNumber: sequenceNumber,
						leaseAccessConditions: options.conditions,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
			/**
			* Begins an operation to start an incremental copy from one page blob's snapshot to this page blob.
			* The snapshot is copied such that only the differential changes between the previously
			* copied snapshot are transferred to the destination.
			* The copied snapshots are complete copies of the original snapshot and can be read or copied from as usual.
			* @see https://learn.microsoft.com/rest/api/storageservices/incremental-copy-blob
			* @see https://learn.microsoft.com/azure/virtual-machines/windows/incremental-snapshots
			*
			* @param copySource - Specifies the name of the source page blob snapshot. For example,
			*                            https://myaccount.blob.core.windows.net/mycontainer/myblob?snapshot=<DateTime>
			* @param options - Options to the Page Blob Copy Incremental operation.
			* @returns Response data for the Page Blob Copy Incremental operation.
			*/
			async startCopyIncremental(copySource, options = {}) {
				return tracingClient.withSpan("PageBlobClient-startCopyIncremental", options, async (updatedOptions) => {
					return assertResponse(await this.pageBlobContext.copyIncremental(copySource, {
						abortSignal: options.abortSignal,
						modifiedAccessConditions: {
							...options.conditions,
							ifTags: options.conditions?.tagConditions
						},
						tracingOptions: updatedOptions.tracingOptions
					}));
				});
			}
		};
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BatchUtils.js
function init_BatchUtils() {
	return (init_BatchUtils = __esmMin((() => {
		init_utils();
		init_constants();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BatchResponseParser.js
function init_BatchResponseParser() {
	return (init_BatchResponseParser = __esmMin((() => {
		init_esm$1();
		init_esm$7();
		init_constants();
		init_BatchUtils();
		init_log();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/utils/Mutex.js
var MutexLockStatus;
function init_Mutex() {
	return (init_Mutex = __esmMin((() => {
		(function(MutexLockStatus) {
			MutexLockStatus[MutexLockStatus["LOCKED"] = 0] = "LOCKED";
			MutexLockStatus[MutexLockStatus["UNLOCKED"] = 1] = "UNLOCKED";
		})(MutexLockStatus || (MutexLockStatus = {}));
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobBatch.js
function init_BlobBatch() {
	return (init_BlobBatch = __esmMin((() => {
		init_esm$3();
		init_esm$6();
		init_esm$1();
		init_esm$10();
		init_Clients();
		init_Mutex();
		init_Pipeline();
		init_utils_common();
		init_esm$9();
		init_constants();
		init_tracing();
		init_esm$8();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobBatchClient.js
function init_BlobBatchClient() {
	return (init_BlobBatchClient = __esmMin((() => {
		init_BatchResponseParser();
		init_BatchUtils();
		init_BlobBatch();
		init_tracing();
		init_esm$10();
		init_StorageContextClient();
		init_Pipeline();
		init_utils_common();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/ContainerClient.js
function init_ContainerClient() {
	return (init_ContainerClient = __esmMin((() => {
		init_esm$1();
		init_esm$3();
		init_esm$6();
		init_esm$10();
		init_Pipeline();
		init_StorageClient();
		init_tracing();
		init_utils_common();
		init_BlobSASSignatureValues();
		init_BlobLeaseClient();
		init_Clients();
		init_BlobBatchClient();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/AccountSASPermissions.js
function init_AccountSASPermissions() {
	return (init_AccountSASPermissions = __esmMin((() => {})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/AccountSASResourceTypes.js
function init_AccountSASResourceTypes() {
	return (init_AccountSASResourceTypes = __esmMin((() => {})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/AccountSASServices.js
function init_AccountSASServices() {
	return (init_AccountSASServices = __esmMin((() => {})))();
}
// node_modules/@azure/storage-blob/dist/esm/sas/AccountSASSignatureValues.js
function init_AccountSASSignatureValues() {
	return (init_AccountSASSignatureValues = __esmMin((() => {
		init_AccountSASPermissions();
		init_AccountSASResourceTypes();
		init_AccountSASServices();
		init_SASQueryParameters();
		init_constants();
		init_utils_common();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/BlobServiceClient.js
function init_BlobServiceClient() {
	return (init_BlobServiceClient = __esmMin((() => {
		init_esm$6();
		init_esm$1();
		init_esm$3();
		init_Pipeline();
		init_ContainerClient();
		init_utils_common();
		init_esm$10();
		init_tracing();
		init_BlobBatchClient();
		init_StorageClient();
		init_AccountSASPermissions();
		init_AccountSASSignatureValues();
		init_AccountSASServices();
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/generatedModels.js
var KnownEncryptionAlgorithmType;
function init_generatedModels() {
	return (init_generatedModels = __esmMin((() => {
		(function(KnownEncryptionAlgorithmType) {
			KnownEncryptionAlgorithmType["AES256"] = "AES256";
		})(KnownEncryptionAlgorithmType || (KnownEncryptionAlgorithmType = {}));
	})))();
}
// node_modules/@azure/storage-blob/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_esm$1();
		init_BlobServiceClient();
		init_Clients();
		init_ContainerClient();
		init_BlobLeaseClient();
		init_AccountSASPermissions();
		init_AccountSASResourceTypes();
		init_AccountSASServices();
		init_AccountSASSignatureValues();
		init_BlobBatch();
		init_BlobBatchClient();
		init_BlobSASPermissions();
		init_BlobSASSignatureValues();
		init_ContainerSASPermissions();
		init_models$1();
		init_Pipeline();
		init_esm$10();
		init_SASQueryParameters();
		init_generatedModels();
		init_log();
	})))();
}
export { init_Clients as i, BlobClient as n, BlockBlobClient as r, init_esm as t };
