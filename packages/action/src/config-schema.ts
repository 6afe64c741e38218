/**
 * The JSON Schema of ftbench.yml: what the action validates a config against (core's
 * schema-check.ts, with Ajv), and what editors use for completion once written to
 * schema/ftbench.schema.json (bundle.mjs writes it; a test fails when the file and this object
 * differ).
 */

const gate = {
  type: 'object',
  description: 'Limits for one metric. A drop is candidate − baseline; metric values are fractions (0.45 = 45%).',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    'max-drop': {
      type: 'number',
      minimum: 0,
      description: 'Largest allowed drop in points (1 point = 0.01 of a 0–1 metric). Example: 2 lets 0.62 fall to 0.60.',
    },
    'max-drop-relative': {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'Largest allowed drop relative to the baseline, in percent.',
    },
    min: { type: 'number', minimum: 0, maximum: 1, description: 'Floor for the candidate, as a fraction (0.45 = 45%).' },
    target: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'A goal such as "domain MCQ ≥ 0.80": reported as reached or not, never fails the check.',
    },
    'require-significant': {
      type: 'boolean',
      default: false,
      description: 'Count a drop past max-drop/max-drop-relative only when a paired test finds it significant at alpha.',
    },
    alpha: {
      type: 'number',
      exclusiveMinimum: 0,
      exclusiveMaximum: 1,
      default: 0.05,
      description: 'Significance level for require-significant and for calling an improvement.',
    },
  },
} as const;

/** MT-Bench's score is FastChat's 1–10 rating, not a fraction: its limits are in rating points. */
const scoreGate = {
  ...gate,
  description: "Limits for MT-Bench's score, FastChat's 1–10 judge rating. A drop is candidate − baseline, in rating points.",
  properties: {
    ...gate.properties,
    'max-drop': {
      type: 'number',
      minimum: 0,
      maximum: 9,
      description: 'Largest allowed drop in rating points. Example: 0.5 lets 7.42 fall to 6.92.',
    },
    min: { type: 'number', minimum: 1, maximum: 10, description: 'Floor for the candidate on the 1–10 scale (7.5 = 7.5).' },
    target: { type: 'number', minimum: 1, maximum: 10, description: 'A goal on the 1–10 scale: reported as reached or not, never fails the check.' },
  },
} as const;

const metricGates = {
  type: 'object',
  description:
    "Gates per metric, as ftbench reports them (truthfulqa_mc2 reports its mc2 score as acc, as lm-eval does; mt_bench reports score, FastChat's 1–10 rating).",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    acc: { $ref: '#/$defs/gate' },
    acc_norm: { $ref: '#/$defs/gate' },
    score: { $ref: '#/$defs/scoreGate' },
  },
} as const;

const taskEntry = {
  type: 'object',
  description: 'A task, group or custom suite to score, with its gates. Give either `task` or `suite`.',
  additionalProperties: false,
  properties: {
    task: { type: 'string', minLength: 1, description: 'An lm-eval task or group name (mmlu, hellaswag, arc_easy, ...), or mt_bench.' },
    suite: {
      type: 'string',
      minLength: 1,
      description: 'Path of a custom suite (.jsonl, .json, .yaml), relative to this file.',
    },
    'num-fewshot': {
      type: 'integer',
      minimum: 0,
      description: "Few-shot examples for this task or group (over options.num-fewshot; default: the task's own). TruthfulQA stays 0-shot, as in lm-eval.",
    },
    gates: { $ref: '#/$defs/metricGates' },
    categories: {
      type: 'object',
      description:
        "Gates per category of a custom suite (the items' `category`) or of mt_bench (writing, roleplay, reasoning, math, coding, extraction, stem, humanities).",
      additionalProperties: { $ref: '#/$defs/metricGates' },
    },
  },
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ftbench.yml',
  description: 'What the ftbench action scores and which changes fail the check.',
  type: 'object',
  additionalProperties: false,
  required: ['tasks'],
  properties: {
    tasks: {
      type: 'array',
      minItems: 1,
      description: 'Tasks, groups and custom suites to score.',
      items: {
        type: ['string', 'object'],
        description: 'A task or group name, or suite:path/to/suite.jsonl (no gates); or a mapping with its gates.',
        if: { type: 'string' },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword, not a thenable
        then: { type: 'string', minLength: 1 },
        else: { $ref: '#/$defs/task' },
      },
    },
    options: {
      type: 'object',
      description: 'How every task is scored. Part of the baseline cache key: changing one re-scores the baseline.',
      additionalProperties: false,
      properties: {
        'num-fewshot': { type: 'integer', minimum: 0, description: "Few-shot examples per prompt (default: each task's own)." },
        limit: { type: 'integer', minimum: 1, description: 'Score only the first N documents of each task.' },
        'fewshot-seed': { type: 'integer', minimum: 0, default: 1234, description: 'Few-shot sampling seed (lm-eval default 1234).' },
        'max-length': { type: 'integer', minimum: 1, description: "Overrides the model's maximum sequence length." },
        'apply-chat-template': {
          anyOf: [{ type: 'boolean' }, { type: 'string', minLength: 1 }],
          description:
            "Render every prompt with the model's chat template (lm-eval --apply_chat_template): true for its default template, or a template's name.",
        },
        'system-instruction': { type: 'string', description: "A system message before each task's description (lm-eval --system_instruction)." },
        'fewshot-as-multiturn': {
          type: 'boolean',
          description: 'Few-shot examples as user/assistant turns (default true with apply-chat-template; false puts shots and question in one user message).',
        },
      },
    },
    stop: {
      type: 'object',
      description:
        'When to stop fine-tuning (ftbench compare and the PR comment): the target tasks reach their `target`, the general benchmarks stay within their `max-drop`, and another round gains less than min-gain.',
      additionalProperties: false,
      properties: {
        'min-gain': {
          type: 'number',
          minimum: 0,
          default: 1,
          description: 'Points of task gain over the previous iteration below which another round is not worth it.',
        },
        'best-balance': {
          enum: ['within-limits', 'gain-minus-drop'],
          default: 'within-limits',
          description:
            'How the best-balanced variant is chosen: within-limits, the largest task gain with every general drop within its limit; gain-minus-drop, the largest task gain minus the worst general drop.',
        },
      },
    },
    'dataset-revisions': {
      type: 'object',
      description:
        'Hub revision to read, per task name (arc_easy) or Hub dataset (cais/mmlu: every task reading it; a task name wins over its dataset). ' +
        'Part of the dataset cache key and of the baseline cache key. Not with the data-dir input, which reads local releases.',
      additionalProperties: {
        type: 'string',
        minLength: 1,
        description: 'A commit sha (reproducible), or a branch or tag (resolved once, then remembered by the dataset cache). Quote a sha made only of digits.',
      },
    },
  },
  $defs: { task: taskEntry, metricGates, gate, scoreGate },
} as const;
