/** Task data from the Hugging Face Hub: cached, pinned to a commit, and readable offline once fetched. */
export { DEFAULT_REVISION, HubClient, isCommitSha, type HubClientOptions, type HubFile, type RepoSnapshot } from './client.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http.js';
export { parquetPathSplit, parquetSplits, splitFiles } from './layout.js';
export { readParquetRows } from './parquet.js';
export { assertPinsApply, parseRevisionPins, pinnedDataset, type RevisionPins } from './pins.js';
export { datasetCachePlan, hubDatasetsForTasks, prefetchTasks, type CachePlan, type FetchedSplit } from './prefetch.js';
export { checkpointCacheDir, datasetCacheDir, hubSettingsFromEnv, type HubSettings } from './settings.js';
export { ftbenchCacheDir, hfHome } from '../../cache-dir.js';
export { HubSource, PARQUET_CONVERSION_REVISION, type HubSourceOptions, type LocatedSplit } from './source.js';
export { fetchHubSuite, isHubSuite, loadHubSuite, loadSuiteAt, parseHubSuiteSpec, type HubSuiteSpec } from './suite.js';
