/**
 * Leaderboard presets as lm-evaluation-harness v0.4.x defines them in `lm_eval/tasks/benchmarks/`.
 */
import type { TaskFamily } from '../types.js';

export const family: TaskFamily = {
  tasks: [],
  presets: [
    {
      // `benchmarks/openllm.yaml`: the Open LLM Leaderboard (v1) setting.
      name: 'openllm',
      alias: 'Open LLM Leaderboard',
      about: 'Open LLM Leaderboard v1 as lm-eval runs it: ARC-Challenge 25-shot, HellaSwag 10, TruthfulQA 0, MMLU 5, Winogrande 5',
      members: [
        { name: 'arc_challenge', fewshotSplit: 'train', numFewshot: 25 },
        { name: 'hellaswag', fewshotSplit: 'train', numFewshot: 10 },
        { name: 'truthfulqa', numFewshot: 0 },
        { name: 'mmlu', numFewshot: 5 },
        { name: 'winogrande', fewshotSplit: 'train', numFewshot: 5 },
      ],
      missing: [{ name: 'gsm8k', reason: 'a generation task graded by exact match, which ftbench does not score' }],
    },
  ],
};
