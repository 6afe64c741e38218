import { n as __esmMin } from "./rolldown-runtime.mjs";
import { d as setOutput, i as getInput, o as info, s as init_core, u as setFailed } from "./lib-actions-core.mjs";
import { a as init_constants, n as Inputs, r as Outputs } from "./ftbench-action~index~comment~post~main.mjs";
import { n as init_github, t as context } from "./lib-actions-github.mjs";
import { f as githubApiFromEnv, n as postForkComment, p as init_github_api, r as workflowRunOf, t as init_fork_comment } from "./ftbench-action~comment~main.mjs";
// packages/action/src/comment-entry.ts
function init_comment_entry() {
	return (init_comment_entry = __esmMin((async () => {
		init_core();
		init_github();
		init_fork_comment();
		init_constants();
		init_github_api();
		try {
			const url = await postForkComment({
				sourceFile: getInput(Inputs.CommentSource, { required: true }),
				api: githubApiFromEnv(getInput(Inputs.GithubToken, { required: true })),
				repo: context.repo,
				run: workflowRunOf(context.payload)
			});
			info(`Posted the PR comment ${url}`);
			setOutput(Outputs.CommentUrl, url);
		} catch (error) {
			setFailed(error.message);
		}
	})))();
}
export { init_comment_entry as t };
