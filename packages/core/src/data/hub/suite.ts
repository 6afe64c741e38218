/**
 * Custom suites kept in a Hub dataset repository: `suite:hf://org/name[@revision][/path/in/repo.jsonl]`
 * (`hf://datasets/org/name…` works too, as huggingface_hub's HfFileSystem spells it; a revision
 * with a slash is written %2F-encoded). Without a path the repository must hold exactly one suite
 * file. The suite is named by the commit it was read at, so results say which data they used.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FtbenchError } from '../../errors.js';
import { loadSuite, parseSuite, type Suite } from '../../suites/index.js';
import { DEFAULT_REVISION, type HubClient } from './client.js';

export const HUB_SUITE_PREFIX = 'hf://';

const SUITE_EXTENSIONS = new Set(['.jsonl', '.json', '.yaml', '.yml']);
const SPEC_HINT = 'Write suite:hf://org/name[@revision][/path/to/suite.jsonl], e.g. suite:hf://my-org/domain-evals/legal.jsonl.';

export interface HubSuiteSpec {
  repo: string;
  revision: string;
  /** Path of the suite file in the repository, when given. */
  path?: string;
}

export function isHubSuite(location: string): boolean {
  return location.startsWith(HUB_SUITE_PREFIX);
}

export function parseHubSuiteSpec(location: string): HubSuiteSpec {
  const rest = location.slice(HUB_SUITE_PREFIX.length).replace(/^datasets\//, '');
  const match = /^([^/@]+\/[^/@]+)(?:@([^/]+))?(?:\/(.+))?$/.exec(rest);
  if (!match) throw new FtbenchError(`"${location}" does not name a Hub dataset repository.`, SPEC_HINT);
  const [, repo, revision, path] = match;
  return { repo, revision: revision ? decodeURIComponent(revision) : DEFAULT_REVISION, ...(path ? { path } : {}) };
}

/** Downloads (unless cached) and parses a suite stored on the Hub. */
export async function loadHubSuite(location: string, client: HubClient): Promise<Suite> {
  return (await fetchHubSuite(location, client)).suite;
}

/** What a `suite:` task names: a local file, or `hf://…` in a Hub dataset repository. */
export function loadSuiteAt(location: string, client: () => HubClient): Promise<Suite> {
  return isHubSuite(location) ? loadHubSuite(location, client()) : loadSuite(location);
}

/** The suite, and the repository, commit and file it was read from. */
export async function fetchHubSuite(location: string, client: HubClient): Promise<{ suite: Suite; repo: string; sha: string; file: string }> {
  const spec = parseHubSuiteSpec(location);
  const snapshot = await client.snapshot(spec.repo, spec.revision);
  const candidates = snapshot.files.filter((file) => SUITE_EXTENSIONS.has(extname(file.path).toLowerCase()));
  const chosen = spec.path ? snapshot.files.filter((file) => file.path === spec.path) : candidates;
  if (chosen.length !== 1) {
    const where = `dataset ${spec.repo} at ${snapshot.sha}`;
    const list = candidates.map((file) => file.path).join(', ') || 'none';
    throw new FtbenchError(
      spec.path ? `${where} has no file ${spec.path}.` : `${where} holds ${chosen.length} suite files; name the one to run.`,
      `Suite files there: ${list}. ${SPEC_HINT}`,
    );
  }
  const file = chosen[0];
  const bytes = await readFile(await client.download(snapshot, file));
  const suite = parseSuite(bytes, `${HUB_SUITE_PREFIX}datasets/${spec.repo}@${snapshot.sha}/${file.path}`);
  return { suite, repo: spec.repo, sha: snapshot.sha, file: file.path };
}
