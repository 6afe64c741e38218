import { n as __esmMin } from "./rolldown-runtime.mjs";
// packages/action/src/constants.ts
var Inputs, DEFAULT_CONFIG_FILE, Outputs, State;
function init_constants() {
	return (init_constants = __esmMin((() => {
		Inputs = {
			Model: "model",
			BaselineModel: "baseline-model",
			Config: "config",
			Tasks: "tasks",
			Device: "device",
			BatchSize: "batch-size",
			DataDir: "data-dir",
			GithubToken: "github-token",
			Comment: "comment",
			FailOnRegression: "fail-on-regression",
			Resume: "resume",
			/** A matrix leg scores shard I/N only, for the merge job. */
			Shard: "shard",
			/** The merge job: the folder the shard jobs' artifacts were downloaded to. */
			Merge: "merge",
			/** MT-Bench's judge: an OpenAI-compatible API (URL, model, the name of the env var with its key) or a local ONNX model. */
			JudgeUrl: "judge-url",
			JudgeModel: "judge-model",
			JudgeApiKeyEnv: "judge-api-key-env",
			JudgeModelDir: "judge-model-dir",
			MtBenchTemperature: "mt-bench-temperature",
			/** comment/action.yml: the comment source the pull_request run uploaded. */
			CommentSource: "comment-source"
		};
		DEFAULT_CONFIG_FILE = "ftbench.yml";
		Outputs = {
			Results: "results",
			BaselineResults: "baseline-results",
			Passed: "passed",
			Regressions: "regressions",
			CommentUrl: "comment-url",
			CommentFile: "comment-file",
			CommentSource: "comment-source",
			/** A shard job: the folder of its shard files, for actions/upload-artifact. */
			ShardDir: "shard-dir"
		};
		State = {
			/** The checkpoint folders being scored into, with their cache keys (JSON). */
			PendingCheckpoints: "ftbench_checkpoints",
			/** 'true' once the main step reached its end. */
			Finished: "ftbench_finished"
		};
	})))();
}
export { init_constants as a, State as i, Inputs as n, Outputs as r, DEFAULT_CONFIG_FILE as t };
