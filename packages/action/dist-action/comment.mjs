import "./rolldown-runtime-DYf_mQCB.mjs";
import { i as getInput, l as setFailed, o as info, u as setOutput } from "./core-CMdayhmP.mjs";
import { b as context, n as workflowRunOf, t as postForkComment } from "./fork-comment-BM03XPu1.mjs";
// packages/action/src/comment-entry.ts
/**
* The commenter of the fork-safe pattern (comment/action.yml, bundled as dist-action/comment.mjs),
* run on workflow_run with a write token: renders the comment from the comment source the
* pull_request run uploaded, after checking it against the event and the PR (fork-comment.ts).
*/
try {
	const url = await postForkComment({
		sourceFile: getInput("comment-source", { required: true }),
		api: {
			apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
			graphqlUrl: process.env.GITHUB_GRAPHQL_URL || void 0,
			token: getInput("github-token", { required: true })
		},
		repo: context.repo,
		run: workflowRunOf(context.payload)
	});
	info(`Posted the PR comment ${url}`);
	setOutput("comment-url", url);
} catch (error) {
	setFailed(error.message);
}
export {};
