import { n as __esmMin } from "./rolldown-runtime.mjs";
import { g as summary, m as warning, o as info, s as init_core } from "./lib-actions-core.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import { E as parseResults, T as init_results_reader, _ as validateGate, g as init_gates, i as recordIteration, m as init_compare, n as init_history, o as checkTradeoffPoint, p as compareResults, s as init_variants } from "./ftbench-core~comment~main.mjs";
import { a as clipToBudget, c as renderComment, d as renderScoresSummary, i as GITHUB_COMMENT_LIMIT, l as renderJobSummary, m as escapeMarkdown, p as runFactsFrom, r as renderHistory, s as regressionMessage, t as init_src, u as renderScoresComment } from "./ftbench-reporter~comment~main.mjs";
import { readFileSync, statSync, writeFileSync } from "node:fs";
// packages/action/src/github-api.ts
/** The API the runner names: GITHUB_API_URL (GHES, test servers), else github.com; GITHUB_GRAPHQL_URL when set. */
function githubApiFromEnv(token, env = process.env) {
	return {
		apiUrl: env.GITHUB_API_URL || "https://api.github.com",
		graphqlUrl: env.GITHUB_GRAPHQL_URL || void 0,
		token
	};
}
function policyOf(api) {
	return {
		...DEFAULT_REQUEST_POLICY,
		...api.policy
	};
}
function restRoot(api) {
	return api.apiUrl.replace(/\/+$/, "");
}
function defaultGraphqlUrl(api) {
	const root = restRoot(api);
	return root.endsWith("/api/v3") ? `${root.slice(0, -3)}/graphql` : `${root}/graphql`;
}
/** What the server asked to wait: Retry-After (seconds or a date), else the rate-limit reset when the limit is used up. */
function requestedWaitMs(headers, now = Date.now()) {
	const retryAfter = headers.get("retry-after")?.trim();
	if (retryAfter) {
		if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = headers.get("x-ratelimit-reset")?.trim();
	if (headers.get("x-ratelimit-remaining")?.trim() === "0" && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
}
function failedAnswer(method, url, status, headers, text) {
	let detail = text.slice(0, 300);
	try {
		detail = JSON.parse(text).message ?? detail;
	} catch {}
	const wait = requestedWaitMs(headers);
	const kind = status === 429 || status === 403 && (headers.get("x-ratelimit-remaining")?.trim() === "0" || headers.has("retry-after") || /rate limit|abuse detection/i.test(detail)) ? "rate-limited" : status >= 500 ? "server" : status === 403 ? "forbidden" : "other";
	const retryAfterMs = kind === "rate-limited" ? wait ?? SECONDARY_RATE_LIMIT_WAIT_MS : wait;
	return new GitHubApiError({
		method,
		url,
		status,
		kind,
		detail: kind === "rate-limited" ? `${detail} (rate limited)` : detail,
		retryAfterMs
	});
}
function networkReason(error) {
	const cause = error.cause;
	return cause?.code ?? cause?.message ?? error.message;
}
/** One request, no retries: aborted when the headers take longer than connectTimeoutMs or the whole answer longer than totalTimeoutMs. */
async function request(api, method, url, body) {
	const policy = policyOf(api);
	const controller = new AbortController();
	let timedOut = null;
	const abortAfter = (ms, why) => setTimeout(() => {
		timedOut = why;
		controller.abort();
	}, ms);
	const overall = abortAfter(policy.totalTimeoutMs, `no complete answer within ${seconds(policy.totalTimeoutMs)}`);
	const connect = abortAfter(policy.connectTimeoutMs, `no answer within ${seconds(policy.connectTimeoutMs)}`);
	try {
		let response;
		let text;
		try {
			response = await fetch(url, {
				method,
				headers: {
					authorization: `Bearer ${api.token}`,
					accept: "application/vnd.github+json",
					"x-github-api-version": "2022-11-28",
					"user-agent": "ftbench-action",
					...body === void 0 ? {} : { "content-type": "application/json" }
				},
				body: body === void 0 ? void 0 : JSON.stringify(body),
				signal: controller.signal
			});
			clearTimeout(connect);
			text = await response.text();
		} catch (error) {
			throw new GitHubApiError({
				method,
				url,
				status: null,
				kind: "network",
				detail: timedOut ?? networkReason(error)
			});
		}
		if (!response.ok) throw failedAnswer(method, url, response.status, response.headers, text);
		return {
			data: text ? JSON.parse(text) : null,
			headers: response.headers
		};
	} finally {
		clearTimeout(overall);
		clearTimeout(connect);
	}
}
/**
* Runs `operation` until it succeeds, retrying transient failures with doubling waits, at least
* what the server asked for. A wait past maxDelayMs is not made: the error says how long GitHub
* asked for instead.
*/
async function withGitHubRetries(api, operation) {
	const policy = policyOf(api);
	for (let attempt = 1;; attempt++) try {
		return await operation();
	} catch (error) {
		if (!(error instanceof GitHubApiError) || !TRANSIENT.has(error.kind)) throw error;
		const wait = Math.max(policy.baseDelayMs * 2 ** (attempt - 1), error.retryAfterMs ?? 0);
		if (error.retryAfterMs !== void 0 && error.retryAfterMs > policy.maxDelayMs) {
			error.message += `; GitHub asks to wait ${seconds(error.retryAfterMs)} before retrying, longer than the ${seconds(policy.maxDelayMs)} ftbench waits`;
			throw error;
		}
		if (attempt >= policy.attempts) {
			error.message += ` (gave up after ${attempt} attempts)`;
			throw error;
		}
		await policy.sleep(Math.min(wait, policy.maxDelayMs));
	}
}
/** The `rel="next"` URL of a Link header, if any. */
function nextPageUrl(link) {
	for (const part of (link ?? "").split(",")) {
		const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
		if (match) return match[1];
	}
	return null;
}
/**
* Who the token writes as. `GET /user` does not work for a GITHUB_TOKEN or an app token, GraphQL's
* `viewer` does for most (its `databaseId` is the id REST shows as the comment's `user.id`); when
* it does not, a GITHUB_TOKEN is assumed: github-actions[bot], an account of type Bot.
*/
async function tokenIdentity(api) {
	const url = api.graphqlUrl ?? defaultGraphqlUrl(api);
	try {
		const { data, headers } = await request(api, "POST", url, { query: "query { viewer { login databaseId } }" });
		const limited = data?.errors?.find((error) => error.type === "RATE_LIMITED");
		if (limited) {
			const detail = `${limited.message ?? "rate limit exceeded"} (rate limited)`;
			throw new GitHubApiError({
				method: "POST",
				url,
				status: 200,
				kind: "rate-limited",
				detail,
				retryAfterMs: requestedWaitMs(headers) ?? SECONDARY_RATE_LIMIT_WAIT_MS
			});
		}
		const viewer = data?.data?.viewer;
		if (viewer?.login) return {
			id: Number.isInteger(viewer.databaseId) ? viewer.databaseId : null,
			login: viewer.login,
			bot: viewer.login.endsWith("[bot]")
		};
	} catch (error) {
		if (!(error instanceof GitHubApiError) || TRANSIENT.has(error.kind)) throw error;
	}
	return {
		id: null,
		login: GITHUB_ACTIONS_BOT,
		bot: true
	};
}
/** Whether `user` is exactly the token's account: the same id, else the same login and account type. */
function isTokenAuthor(user, identity) {
	if (user === null) return false;
	if (identity.id !== null) return user.id === identity.id;
	return user.login === identity.login && user.type === "Bot" === identity.bot;
}
/** The first line of every sticky comment: names the repository and PR, and is HTML comment syntax, so it does not show. */
function stickyMarker(issue) {
	const name = (part) => part.replace(/[^\w.-]/g, "_");
	return `<!-- ftbench:sticky-comment ${name(issue.owner)}/${name(issue.repo)}#${issue.number} -->`;
}
function firstLine(text) {
	return (text ?? "").split(/\r?\n/, 1)[0];
}
/** The first comment written by `identity` whose first line is this PR's marker, looking through every page. */
async function findStickyComment(api, issue, identity) {
	const marker = stickyMarker(issue);
	let url = `${restRoot(api)}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments?per_page=${PAGE_SIZE}`;
	while (url !== null) {
		const page = await request(api, "GET", url);
		const found = page.data.find((comment) => isTokenAuthor(comment.user, identity) && firstLine(comment.body) === marker);
		if (found) return found;
		url = nextPageUrl(page.headers.get("link"));
	}
	return null;
}
/** The head commit of a pull request: lets a workflow_run commenter check that a PR number from an artifact belongs to the run. */
async function pullRequestHeadSha(api, pr) {
	return withGitHubRetries(api, async () => {
		const { data } = await request(api, "GET", `${restRoot(api)}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`);
		return data.head.sha;
	});
}
/**
* Creates the PR's sticky comment, or updates the one this token wrote before. `body` is the
* report without the marker; the marker becomes its first line, and the whole stays within
* GitHub's limit. A transient failure repeats the whole find-then-write, so a comment whose
* creation was answered by a 502 is found and updated on the retry, not written twice.
*/
async function upsertStickyComment(api, issue, body) {
	const marker = stickyMarker(issue);
	const full = clipToBudget(`${marker}\n${body}`, GITHUB_COMMENT_LIMIT, "this run's job summary");
	const root = restRoot(api);
	let identity = null;
	try {
		return await withGitHubRetries(api, async () => {
			identity ??= await tokenIdentity(api);
			const existing = await findStickyComment(api, issue, identity);
			if (existing) {
				const { data } = await request(api, "PATCH", `${root}/repos/${issue.owner}/${issue.repo}/issues/comments/${existing.id}`, { body: full });
				return {
					status: "updated",
					id: data.id,
					url: data.html_url
				};
			}
			const { data } = await request(api, "POST", `${root}/repos/${issue.owner}/${issue.repo}/issues/${issue.number}/comments`, { body: full });
			return {
				status: "created",
				id: data.id,
				url: data.html_url
			};
		});
	} catch (error) {
		if (error instanceof GitHubApiError && error.kind === "forbidden") return {
			status: "forbidden",
			message: `The token may not comment on ${issue.owner}/${issue.repo}#${issue.number} (${error.message}). Pull requests from forks get a read-only token: use the two-workflow pattern (docs/action.md) to comment from workflow_run.`
		};
		throw error;
	}
}
var DEFAULT_REQUEST_POLICY, SECONDARY_RATE_LIMIT_WAIT_MS, TRANSIENT, GitHubApiError, GITHUB_ACTIONS_BOT, PAGE_SIZE, seconds;
function init_github_api() {
	return (init_github_api = __esmMin((() => {
		init_src();
		DEFAULT_REQUEST_POLICY = {
			connectTimeoutMs: 1e4,
			totalTimeoutMs: 3e4,
			attempts: 4,
			baseDelayMs: 1e3,
			maxDelayMs: 6e4,
			sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
		};
		SECONDARY_RATE_LIMIT_WAIT_MS = 6e4;
		TRANSIENT = /* @__PURE__ */ new Set([
			"rate-limited",
			"server",
			"network"
		]);
		GitHubApiError = class extends Error {
			status;
			kind;
			/** How long the server asked to wait before trying again, if it said. */
			retryAfterMs;
			constructor(what) {
				const answer = what.status === null ? "failed" : `answered ${what.status}`;
				super(`GitHub API ${what.method} ${what.url} ${answer}: ${what.detail}`);
				this.name = "GitHubApiError";
				this.status = what.status;
				this.kind = what.kind;
				this.retryAfterMs = what.retryAfterMs;
			}
		};
		GITHUB_ACTIONS_BOT = "github-actions[bot]";
		PAGE_SIZE = 100;
		seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
	})))();
}
// packages/action/src/whole-results.ts
/** Why `results` must not be compared or gated; null when it is a whole run's. */
function shardProblem(results, where) {
	const { shard } = results;
	return shard ? `${where} holds the results of shard ${shard.index}/${shard.count} only, not of a whole run: it is not compared or gated` : null;
}
function assertWholeResults(results, where) {
	const problem = shardProblem(results, where);
	if (problem !== null) throw new FtbenchError(problem, MERGE_FIRST);
}
var MERGE_FIRST;
function init_whole_results() {
	return (init_whole_results = __esmMin((() => {
		init_errors();
		MERGE_FIRST = "Merge every shard first (ftbench merge shard-*.json --output results.json, or the action with merge:), then use the merged file.";
	})))();
}
// packages/action/src/report.ts
function regressionsOf(comparison) {
	return comparison.gates.filter((gate) => gate.failed).map((gate) => ({
		target: gate.gate.target,
		metric: gate.gate.metric,
		verdict: gate.verdict,
		limits: gate.limits,
		baseline: gate.row?.baseline ?? null,
		candidate: gate.row?.candidate ?? gate.value,
		reason: gate.reason
	}));
}
/** A URL that can go into a Markdown link as is: http(s), host and path, nothing that could end the link. */
function isPlainUrl(url) {
	return typeof url === "string" && /^https?:\/\/[\w.:-]+\/[\w./%-]*$/.test(url);
}
/** Where the comment points when it had to leave rows out: the job summary of `runUrl`, as a link when it is a plain URL. */
function fullReportAt(runUrl) {
	return isPlainUrl(runUrl) ? `the [job summary of this run](${runUrl})` : void 0;
}
/** The URL of this workflow run, from the runner's environment. */
function runUrlFromEnv(env) {
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
	return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}
/** The context with only plain URLs kept. */
function plainContext(context) {
	if (context === void 0) return void 0;
	return {
		...context.commit && isPlainUrl(context.commit.url) && /^[0-9a-f]{40}$/.test(context.commit.sha) ? { commit: context.commit } : {},
		...isPlainUrl(context.runUrl) ? { runUrl: context.runUrl } : {},
		...context.onnxruntimeVersion ? { onnxruntimeVersion: context.onnxruntimeVersion } : {}
	};
}
function buildReports(input, options = {}) {
	assertWholeResults(input.candidate, "the candidate");
	if (input.baseline !== null) assertWholeResults(input.baseline, "the baseline");
	const comparison = compareResults(input.baseline, input.candidate, input.gates, { withoutBaseline: input.withoutBaseline });
	const notice = options.notice?.(comparison.passed);
	const context = plainContext(options.context);
	const render = {
		comment: {
			...options.fullReport ? { fullReport: options.fullReport } : {},
			...notice ? { notice } : {},
			...context ? { context } : {}
		},
		summary: {
			...notice ? { notice } : {},
			...context ? { context } : {}
		}
	};
	if (input.baseline === null) return {
		passed: comparison.passed,
		regressions: regressionsOf(comparison),
		comment: renderScoresComment(input.candidate, input.why, {
			...render.comment,
			gates: comparison.gates
		}),
		summary: renderScoresSummary(input.candidate, input.why, {
			...render.summary,
			gates: comparison.gates
		}),
		failure: regressionMessage(comparison)
	};
	const facts = runFactsFrom(input.baseline, input.candidate, input.baselineCacheHit);
	const history = input.history && withThisPush(input.history, input.baseline, comparison, input.gates);
	const historySection = history && input.history ? [renderHistory(history, {
		settings: input.history.stop,
		commitBaseUrl: plainCommitBase(input.history.commitBaseUrl)
	})] : [];
	return {
		passed: comparison.passed,
		regressions: regressionsOf(comparison),
		comment: renderComment(comparison, facts, {
			...render.comment,
			extraSections: historySection
		}),
		summary: renderJobSummary(comparison, facts, {
			...render.summary,
			extraSections: historySection
		}),
		failure: regressionMessage(comparison),
		...history ? { history } : {}
	};
}
function withThisPush(input, baseline, comparison, gates) {
	const point = checkTradeoffPoint(input.sha.slice(0, 7), baseline, comparison, gates);
	return recordIteration(input.before, {
		sha: input.sha,
		time: input.time,
		passed: comparison.passed,
		point
	});
}
function plainCommitBase(url) {
	return url !== void 0 && isPlainUrl(url) && url.endsWith("/commit/") ? url : void 0;
}
async function writeJobSummary(markdown) {
	if (!process.env.GITHUB_STEP_SUMMARY) return;
	await summary.addRaw(markdown, true).write();
}
/** Posts or updates the sticky comment; a failure is a warning, never the check's verdict. Returns the comment's URL. */
async function postComment(api, issue, body) {
	try {
		const result = await upsertStickyComment(api, issue, body);
		if (result.status === "forbidden") {
			warning(result.message);
			return null;
		}
		info(`${result.status === "created" ? "Created" : "Updated"} the PR comment ${result.url}`);
		return result.url;
	} catch (error) {
		warning(`Could not write the PR comment: ${error.message}`);
		return null;
	}
}
function init_report() {
	return (init_report = __esmMin((() => {
		init_variants(), init_compare(), init_history();
		init_src();
		init_core();
		init_github_api();
		init_whole_results();
	})))();
}
// packages/action/src/fork-comment.ts
/**
* The fork-safe pattern's two halves. The pull_request run (read-only token) writes a comment
* source: the PR number, the head commit it evaluated and the ReportInput (results and gates, no
* Markdown). The workflow_run commenter (write token) reads that file from the artifact, which a
* fork can forge entirely, so it trusts none of it:
* - the file is size-limited and validated (results against the results schema, gates as the
*   config's are);
* - the comment is rendered here, by the same buildReports as the action's own, so every name in
*   it is escaped and no Markdown of the artifact is ever posted;
* - the head commit in the file must be the commit of the run that triggered the commenter (from
*   the workflow_run event, which GitHub writes) and the PR's current head (from the API);
* - the comment says which run it comes from, and warns when that run failed but its results pass.
*/
function writeCommentSource(file, source) {
	writeFileSync(file, `${JSON.stringify({
		format: COMMENT_SOURCE_FORMAT,
		version: 1,
		...source
	})}\n`);
}
/** Core's one results reader, as a problem line instead of a throw; a shard's results are a problem too. */
function resultsProblem(value, where) {
	try {
		const problem = shardProblem(parseResults(value, where), where);
		return problem && `${problem}. Merge every shard first (ftbench merge shard-*.json --output results.json, or the action with merge:), then use the merged file.`;
	} catch (error) {
		return error.message;
	}
}
function gateProblem(value, index) {
	if (!isRecord(value) || typeof value.target !== "string" || typeof value.metric !== "string") return `report.gates[${index}] has no target and metric`;
	for (const field of [
		"maxDrop",
		"maxDropRelative",
		"min",
		"targetValue",
		"alpha"
	]) if (value[field] !== void 0 && !isNumber(value[field])) return `report.gates[${index}].${field} is not a number`;
	if (value.requireSignificant !== void 0 && typeof value.requireSignificant !== "boolean") return `report.gates[${index}].requireSignificant is not true/false`;
	try {
		validateGate(value);
	} catch (error) {
		return `report.gates[${index}]: ${error.message}`;
	}
	return null;
}
/** Reads and validates a comment source; throws CommentSourceError naming the first problem. */
function readCommentSource(file, maxBytes = MAX_COMMENT_SOURCE_BYTES) {
	const fail = (problem) => {
		throw new CommentSourceError(file, problem);
	};
	let size = 0;
	try {
		size = statSync(file).size;
	} catch (error) {
		fail(`cannot be read (${error.code ?? error.message})`);
	}
	if (size > maxBytes) fail(`is ${(size / 2 ** 20).toFixed(1)} MiB, more than the ${(maxBytes / 2 ** 20).toFixed(0)} MiB a comment source may have`);
	let value;
	try {
		value = JSON.parse(readFileSync(file, "utf8"));
	} catch (error) {
		fail(`is not JSON (${error.message})`);
	}
	if (!isRecord(value) || value.format !== "ftbench-comment-source") fail(`is not a ${COMMENT_SOURCE_FORMAT} file (the ftbench action's comment-source output)`);
	const source = value;
	if (source.version !== 1) fail(`has version ${JSON.stringify(source.version)}; this commenter reads version 1`);
	if (!Number.isInteger(source.pullRequest) || source.pullRequest < 1) fail("pullRequest is not a pull request number");
	if (typeof source.headSha !== "string" || !/^[0-9a-f]{1,64}$/.test(source.headSha)) fail("headSha is not a commit sha");
	const report = source.report;
	if (!isRecord(report)) return fail("has no report");
	const candidateProblem = resultsProblem(report.candidate, "report.candidate");
	if (candidateProblem) fail(candidateProblem);
	if (report.baseline !== null) {
		const baselineProblem = resultsProblem(report.baseline, "report.baseline");
		if (baselineProblem) fail(baselineProblem);
	}
	if (!Array.isArray(report.withoutBaseline) || !report.withoutBaseline.every((name) => typeof name === "string")) fail("report.withoutBaseline is not a list of task names");
	if (typeof report.baselineCacheHit !== "boolean") fail("report.baselineCacheHit is not true/false");
	if (typeof report.why !== "string") fail("report.why is not a string");
	if (!Array.isArray(report.gates)) fail("report.gates is not a list");
	report.gates.forEach((gate, index) => {
		const problem = gateProblem(gate, index);
		if (problem) fail(problem);
	});
	return source;
}
function workflowRunOf(payload) {
	const run = payload.workflow_run;
	if (!run || typeof run.head_sha !== "string" || !Number.isInteger(run.id)) throw new Error("the ftbench commenter runs on workflow_run events (on: workflow_run), and this event has no workflow_run");
	return {
		id: run.id,
		head_sha: run.head_sha,
		html_url: String(run.html_url ?? ""),
		conclusion: run.conclusion ?? null,
		pull_requests: run.pull_requests
	};
}
/** Trusted Markdown under the headline: which run the results come from, and a warning when that run failed but its results pass. */
function provenance(run, headSha, passed) {
	const conclusion = escapeMarkdown(run.conclusion ?? "unknown");
	const from = `> Rendered by the ftbench commenter from the results of ${isPlainUrl(run.html_url) ? `[run ${run.id}](${run.html_url})` : `run ${run.id}`} on ${headSha.slice(0, 7)} (conclusion: ${conclusion}).`;
	if (passed && run.conclusion !== "success") return `${from}\n>\n> ⚠️ **That run did not succeed, yet these results pass every gate: do not rely on them.**`;
	return from;
}
/** Validates the comment source against the run and the PR, renders the comment and posts it. Returns its URL. */
async function postForkComment({ sourceFile, api, repo, run }) {
	const source = readCommentSource(sourceFile);
	const number = source.pullRequest;
	if (source.headSha !== run.head_sha) throw new Error(`the comment source was written for commit ${source.headSha}, but the run that triggered this is for ${run.head_sha}: refusing to comment`);
	if (run.pull_requests && run.pull_requests.length > 0 && !run.pull_requests.some((pr) => pr.number === number)) throw new Error(`the comment source names PR #${number}, which is not among the run's pull requests: refusing to comment`);
	const pr = {
		...repo,
		number
	};
	const actual = await pullRequestHeadSha(api, pr);
	if (actual !== run.head_sha) throw new Error(`PR #${number} is at ${actual}, not at ${run.head_sha} (the commit the evaluation ran on): refusing to comment on it`);
	const result = await upsertStickyComment(api, pr, buildReports(source.report, {
		fullReport: fullReportAt(run.html_url),
		notice: (passed) => provenance(run, run.head_sha, passed)
	}).comment);
	if (result.status === "forbidden") throw new Error(result.message);
	return result.url;
}
var COMMENT_SOURCE_FORMAT, MAX_COMMENT_SOURCE_BYTES, CommentSourceError, isRecord, isNumber;
function init_fork_comment() {
	return (init_fork_comment = __esmMin((() => {
		init_results_reader(), init_gates();
		init_src();
		init_github_api();
		init_report();
		init_whole_results();
		COMMENT_SOURCE_FORMAT = "ftbench-comment-source";
		MAX_COMMENT_SOURCE_BYTES = 67108864;
		CommentSourceError = class extends Error {
			constructor(file, problem) {
				super(`comment source ${file}: ${problem}`);
				this.name = "CommentSourceError";
			}
		};
		isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
		isNumber = (value) => typeof value === "number" && Number.isFinite(value);
	})))();
}
export { buildReports as a, postComment as c, init_whole_results as d, githubApiFromEnv as f, writeCommentSource as i, runUrlFromEnv as l, postForkComment as n, fullReportAt as o, init_github_api as p, workflowRunOf as r, init_report as s, init_fork_comment as t, writeJobSummary as u };
