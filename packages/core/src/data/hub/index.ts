/** Task data from the Hugging Face Hub: cached, pinned to a commit, and readable offline once fetched. */
export { HubClient } from './client.js';
export { assertPinsApply, parseRevisionPins, pinnedDataset, type RevisionPins } from './pins.js';
export { prefetchTasks } from './prefetch.js';
export { HubSource } from './source.js';
export { isHubSuite, loadSuiteAt } from './suite.js';
