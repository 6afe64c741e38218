import { i as getInput, l as setFailed, o as info, u as setOutput } from "./core-BsaXlejp.mjs";
import { c as context, n as upsertStickyComment, r as STICKY_COMMENT_MARKER, t as pullRequestHeadSha } from "./github-comment-B52ShzTu.mjs";
import { readFileSync } from "node:fs";
// packages/action/src/comment-entry.ts
/**
* The commenter of the fork-safe pattern (comment/action.yml, bundled as dist-action/comment.mjs):
* a pull_request workflow scores and uploads its comment file as an artifact; a workflow_run
* workflow, which has a write token, posts it with this. The PR number comes from the artifact,
* i.e. from the untrusted run, so it must belong to the commit the run was for.
*/
async function postFromArtifact() {
	const body = readFileSync(getInput("comment-file", { required: true }), "utf8");
	const number = Number(getInput("pr-number", { required: true }).trim());
	if (!Number.isInteger(number) || number < 1) throw new Error(`pr-number must be a pull request number, got "${getInput("pr-number")}"`);
	const api = {
		apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
		graphqlUrl: process.env.GITHUB_GRAPHQL_URL || void 0,
		token: getInput("github-token", { required: true })
	};
	const pr = {
		...context.repo,
		number
	};
	const headSha = getInput("head-sha").trim();
	if (headSha) {
		const actual = await pullRequestHeadSha(api, pr);
		if (actual !== headSha) throw new Error(`PR #${number} is at ${actual}, not at ${headSha} (the commit the evaluation ran on): refusing to comment on it`);
	}
	const result = await upsertStickyComment(api, pr, STICKY_COMMENT_MARKER, body);
	if (result.status === "forbidden") throw new Error(result.message);
	info(`${result.status === "created" ? "Created" : "Updated"} the PR comment ${result.url}`);
	setOutput("comment-url", result.url);
}
try {
	await postFromArtifact();
} catch (error) {
	setFailed(error.message);
}
export {};
