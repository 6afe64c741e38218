/**
 * The commenter of the fork-safe pattern (comment/action.yml, bundled as dist-action/comment.mjs),
 * run on workflow_run with a write token: renders the comment from the comment source the
 * pull_request run uploaded, after checking it against the event and the PR (fork-comment.ts).
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { postForkComment, workflowRunOf } from './fork-comment.js';
import { Inputs, Outputs } from './constants.js';
import { githubApiFromEnv } from './github-api.js';

try {
  const url = await postForkComment({
    sourceFile: core.getInput(Inputs.CommentSource, { required: true }),
    api: githubApiFromEnv(core.getInput(Inputs.GithubToken, { required: true })),
    repo: context.repo,
    run: workflowRunOf(context.payload),
  });
  core.info(`Posted the PR comment ${url}`);
  core.setOutput(Outputs.CommentUrl, url);
} catch (error) {
  core.setFailed((error as Error).message);
}
