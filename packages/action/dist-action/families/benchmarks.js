import "../rolldown-runtime-DYf_mQCB.mjs";
// packages/core/src/tasks/families/benchmarks.ts
const family = {
	tasks: [],
	presets: [{
		name: "openllm",
		alias: "Open LLM Leaderboard",
		about: "Open LLM Leaderboard v1 as lm-eval runs it: ARC-Challenge 25-shot, HellaSwag 10, TruthfulQA 0, MMLU 5, Winogrande 5",
		members: [
			{
				name: "arc_challenge",
				fewshotSplit: "train",
				numFewshot: 25
			},
			{
				name: "hellaswag",
				fewshotSplit: "train",
				numFewshot: 10
			},
			{
				name: "truthfulqa",
				numFewshot: 0
			},
			{
				name: "mmlu",
				numFewshot: 5
			},
			{
				name: "winogrande",
				fewshotSplit: "train",
				numFewshot: 5
			}
		],
		missing: [{
			name: "gsm8k",
			reason: "a generation task graded by exact match, which ftbench does not score"
		}]
	}]
};
export { family };
