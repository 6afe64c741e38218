import { n as __esmMin } from "./rolldown-runtime.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import { t as require__2020 } from "./lib-ajv.mjs";
import "./lib-markdown-table.mjs";
// packages/core/src/task-ref.ts
function parseTaskRef(text) {
	return text.startsWith(SUITE_PREFIX) ? {
		kind: "suite",
		location: text.slice(6)
	} : {
		kind: "registered",
		name: text
	};
}
function formatTaskRef(ref) {
	return ref.kind === "suite" ? `${SUITE_PREFIX}${ref.location}` : ref.name;
}
/** The task name a suite's results use: `suite:<suite name>`. */
function suiteTaskName(suiteName) {
	return `${SUITE_PREFIX}${suiteName}`;
}
function parseGateTarget(target) {
	const slash = target.indexOf("/");
	return slash < 0 ? { task: target } : {
		task: target.slice(0, slash),
		category: target.slice(slash + 1)
	};
}
function formatGateTarget({ task, category }) {
	return category === void 0 ? task : `${task}/${category}`;
}
/** A gate target that names nothing: empty, `suite:` with no suite name, or a task with an empty category (`mt_bench/`). */
function isEmptyGateTarget(target) {
	return target.task === "" || target.task === SUITE_PREFIX || target.category === "";
}
var SUITE_PREFIX;
function init_task_ref() {
	return (init_task_ref = __esmMin((() => {
		SUITE_PREFIX = "suite:";
	})))();
}
// packages/core/src/metrics/aggregate.ts
function sum(values) {
	let total = 0;
	for (const value of values) total += value;
	return total;
}
/** lm-eval `mean`: sum(arr) / len(arr). */
function mean$1(values) {
	if (values.length === 0) throw new Error("mean of an empty list");
	return sum(values) / values.length;
}
/**
* lm-eval `mean_stderr`: sample standard deviation (n - 1 denominator) / sqrt(n).
* Null when n < 2, where lm-eval reports "N/A".
*/
function sampleStderr(values) {
	if (values.length < 2) return null;
	const mu = mean$1(values);
	const squaredDeviations = values.map((x) => (x - mu) * (x - mu));
	return Math.sqrt(sum(squaredDeviations) / (values.length - 1)) / Math.sqrt(values.length);
}
/** A task's metrics from its per-document values (every list holds one value per document). */
function aggregateTask(perDocValues) {
	const metrics = {};
	for (const [name, values] of Object.entries(perDocValues)) metrics[name] = {
		value: mean$1(values),
		stderr: sampleStderr(values)
	};
	return metrics;
}
/**
* lm-eval `pooled_sample_stderr`: sqrt( [Σ (n_i − 1)·se_i²·n_i / (Σn_i − k)] / Σn_i ).
* se_i²·n_i is member i's sample variance, so this pools the within-member variances; lm-eval
* notes it matches the stderr of all members' samples concatenated.
*/
function pooledStderr(stderrs, sizes) {
	const pooledVariance = sum(sizes.map((size, i) => (size - 1) * (stderrs[i] * stderrs[i]) * size)) / (sum(sizes) - sizes.length);
	return Math.sqrt(pooledVariance / sum(sizes));
}
/** lm-eval `aggregate_subtask_metrics`: mean of the members' values, weighted by size or not. */
function aggregateValues(values, sizes, weightBySize) {
	const weights = weightBySize ? sizes : sizes.map(() => 1);
	return sum(values.map((value, i) => value * weights[i])) / sum(weights);
}
/**
* One group's metrics from its members' results. The stderr is pooled over the real sizes even
* when the value is an unweighted mean, and is null as soon as one member's stderr is (lm-eval's "N/A").
* For lm-eval parity pass the group's leaf tasks, not its subgroups: see `aggregateGroups`.
*/
function aggregateGroup(members, weightBySize) {
	const metricNames = new Set(members.flatMap((member) => Object.keys(member.metrics)));
	const metrics = {};
	for (const name of metricNames) {
		const scored = members.filter((member) => member.metrics[name] !== void 0);
		const results = scored.map((member) => member.metrics[name]);
		const sizes = scored.map((member) => member.n);
		const stderrs = results.map((result) => result.stderr);
		metrics[name] = {
			value: aggregateValues(results.map((result) => result.value), sizes, weightBySize),
			stderr: stderrs.some((stderr) => stderr === null) ? null : pooledStderr(stderrs, sizes)
		};
	}
	return {
		n: sum(members.map((member) => member.n)),
		metrics
	};
}
/**
* Every group's result, as lm-eval's `consolidate_group_results` computes it: a group aggregates
* the LEAF tasks below it (a subgroup contributes its tasks, not its own value and stderr), and
* only the metrics the group declares. With weight_by_size the value equals aggregating the
* subgroups, but the pooled stderr does not, and an unweighted mean differs in value too.
*/
function aggregateGroups(groups, tasks) {
	const groupsByName = new Map(groups.map((group) => [group.name, group]));
	const leafTasks = (group, ancestors) => {
		if (ancestors.includes(group.name)) throw new Error(`Group cycle: ${[...ancestors, group.name].join(" -> ")}`);
		return group.members.flatMap((member) => {
			const subgroup = groupsByName.get(member);
			return subgroup ? leafTasks(subgroup, [...ancestors, group.name]) : [member];
		});
	};
	const results = {};
	for (const group of groups) {
		const { n, metrics } = aggregateGroup(leafTasks(group, []).map((taskName) => {
			const task = tasks[taskName];
			if (!task) throw new Error(`Group ${group.name}: no result for member task ${taskName}`);
			return {
				n: task.n,
				metrics: pickMetrics(task.metrics, group.metrics)
			};
		}), group.weightBySize);
		results[group.name] = {
			name: group.name,
			members: group.members,
			n,
			weightBySize: group.weightBySize,
			metrics
		};
	}
	return results;
}
function pickMetrics(metrics, names) {
	return Object.fromEntries(names.filter((name) => metrics[name] !== void 0).map((name) => [name, metrics[name]]));
}
/** Per-category breakdown for suites: each category aggregated like a task of its own, keys sorted. */
function aggregateByCategory(docs) {
	const docsByCategory = /* @__PURE__ */ new Map();
	for (const doc of docs) {
		const category = doc.category ?? "uncategorized";
		const categoryDocs = docsByCategory.get(category) ?? [];
		categoryDocs.push(doc);
		docsByCategory.set(category, categoryDocs);
	}
	const results = {};
	for (const category of [...docsByCategory.keys()].sort()) {
		const categoryDocs = docsByCategory.get(category);
		const perDocValues = {};
		for (const doc of categoryDocs) for (const [name, value] of Object.entries(doc.metrics)) (perDocValues[name] ??= []).push(value);
		results[category] = {
			n: categoryDocs.length,
			metrics: aggregateTask(perDocValues)
		};
	}
	return results;
}
var UNCATEGORIZED;
function init_aggregate() {
	return (init_aggregate = __esmMin((() => {
		UNCATEGORIZED = "uncategorized";
	})))();
}
// packages/core/src/mt-bench/data.ts
/** The JSON objects of a JSON Lines text; blank lines (a trailing newline) are skipped, anything else that is not an object is an error. */
function jsonLines(text, file) {
	const rows = [];
	text.split("\n").forEach((raw, i) => {
		if (raw.trim() === "") return;
		let value;
		try {
			value = JSON.parse(raw);
		} catch (error) {
			throw new FtbenchError(`${file} line ${i + 1} is not JSON (${error.message})`, "Use the file exactly as FastChat publishes it.");
		}
		if (typeof value !== "object" || value === null || Array.isArray(value)) throw new FtbenchError(`${file} line ${i + 1} is not a JSON object`);
		rows.push({
			line: i + 1,
			value
		});
	});
	if (rows.length === 0) throw new FtbenchError(`${file} is empty`, "Use the file exactly as FastChat publishes it.");
	return rows;
}
function field(row, key, file, line, check, what) {
	const value = row[key];
	if (!check(value)) throw new FtbenchError(`${file} line ${line}: "${key}" must be ${what}`, "Use the file exactly as FastChat publishes it.");
	return value;
}
function parseQuestions(text, file) {
	const seen = /* @__PURE__ */ new Set();
	return jsonLines(text, file).map(({ line, value }) => {
		const questionId = field(value, "question_id", file, line, isId, "an integer");
		if (seen.has(questionId)) throw new FtbenchError(`${file} line ${line}: question_id ${questionId} appears twice`);
		seen.add(questionId);
		return {
			questionId,
			category: field(value, "category", file, line, isString, "a string"),
			turns: field(value, "turns", file, line, isTwoStrings, "a list of two strings (MT-Bench questions have two turns)")
		};
	});
}
/** FastChat reads `choices[0].turns[0]` and `[1]` of each reference answer. */
function parseReferences(text, file) {
	const references = /* @__PURE__ */ new Map();
	for (const { line, value } of jsonLines(text, file)) {
		const questionId = field(value, "question_id", file, line, isId, "an integer");
		const turns = field(field(value, "choices", file, line, (v) => Array.isArray(v) && v.length > 0, "a non-empty list")[0] ?? {}, "turns", `${file} (choices[0])`, line, isTurns, "a list of at least two strings");
		if (references.has(questionId)) throw new FtbenchError(`${file} line ${line}: question_id ${questionId} appears twice`);
		references.set(questionId, [turns[0], turns[1]]);
	}
	return references;
}
function parseJudgePrompts(text, file) {
	const prompts = /* @__PURE__ */ new Map();
	for (const { line, value } of jsonLines(text, file)) {
		const prompt = {
			name: field(value, "name", file, line, isString, "a string"),
			type: field(value, "type", file, line, isString, "a string"),
			systemPrompt: field(value, "system_prompt", file, line, isString, "a string"),
			promptTemplate: field(value, "prompt_template", file, line, isString, "a string"),
			outputFormat: field(value, "output_format", file, line, isString, "a string")
		};
		prompts.set(prompt.name, prompt);
	}
	return prompts;
}
/** FastChat's check_data, for single-answer grading: every prompt it uses is there and rates, every reference-judged question has a reference. */
function checkMtBenchData(data, files) {
	for (const name of SINGLE_JUDGE_PROMPTS) {
		const prompt = data.judgePrompts.get(name);
		if (!prompt) throw new FtbenchError(`${files.judgePrompts} has no judge prompt "${name}"`, `MT-Bench's single-answer grading uses ${SINGLE_JUDGE_PROMPTS.join(", ")}.`);
		if (prompt.type !== "single" || prompt.outputFormat !== "[[rating]]") throw new FtbenchError(`${files.judgePrompts}: judge prompt "${name}" is not a single-answer rating prompt (type "${prompt.type}", output_format "${prompt.outputFormat}")`);
	}
	const missing = data.questions.filter((q) => NEED_REF_CATEGORIES.includes(q.category) && !data.references.has(q.questionId)).map((q) => q.questionId);
	if (missing.length > 0) throw new FtbenchError(`${files.references} has no reference answer for question${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`, `Questions in ${NEED_REF_CATEGORIES.join(", ")} are judged against GPT-4's reference answer (FastChat's check_data).`);
}
var MT_BENCH_TASK, NEED_REF_CATEGORIES, MT_BENCH_CATEGORIES, MT_BENCH_FILES, SINGLE_JUDGE_PROMPTS, isString, isId, isTwoStrings, isTurns;
function init_data() {
	return (init_data = __esmMin((() => {
		init_errors();
		MT_BENCH_TASK = "mt_bench";
		NEED_REF_CATEGORIES = [
			"math",
			"reasoning",
			"coding"
		];
		MT_BENCH_CATEGORIES = [
			"writing",
			"roleplay",
			"reasoning",
			"math",
			"coding",
			"extraction",
			"stem",
			"humanities"
		];
		MT_BENCH_FILES = {
			questions: "question.jsonl",
			references: "reference_answer/gpt-4.jsonl",
			judgePrompts: "judge_prompts.jsonl"
		};
		SINGLE_JUDGE_PROMPTS = [
			"single-v1",
			"single-math-v1",
			"single-v1-multi-turn",
			"single-math-v1-multi-turn"
		];
		isString = (v) => typeof v === "string";
		isId = (v) => Number.isSafeInteger(v);
		isTwoStrings = (v) => Array.isArray(v) && v.length === 2 && v.every(isString);
		isTurns = (v) => Array.isArray(v) && v.length >= 2 && v.every(isString);
	})))();
}
// packages/core/src/random.ts
/**
* mulberry32: a small, well-mixed seeded 32-bit PRNG with uniform output in [0, 1). Used where
* determinism matters and CPython compatibility does not (toy-model weights, bootstrap resampling);
* few-shot sampling uses the CPython port in tasks/pyrandom.ts instead.
*/
function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
function init_random() {
	return (init_random = __esmMin((() => {})))();
}
// packages/core/src/schema-check.ts
function checkAgainstSchema(value, schema) {
	let validate = compiled.get(schema);
	if (!validate) {
		validate = ajv.compile(schema);
		compiled.set(schema, validate);
	}
	const document = withoutUndefined(value);
	if (validate(document)) return [];
	return describeErrors(validate.errors ?? [], document);
}
function withoutUndefined(value) {
	if (Array.isArray(value)) return value.map(withoutUndefined);
	if (value === null || typeof value !== "object") return value;
	return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => child === void 0 ? [] : [[key, withoutUndefined(child)]]));
}
function typeOf(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
	return typeof value;
}
/** How a value is shown in a message: short, and typed ("3%" is a string, 3 a number). */
function describeValue(value) {
	const type = typeOf(value);
	if (type === "object") return "a mapping";
	if (type === "array") return "a list";
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
/** A JSON pointer's segments (`/tasks/1/a~1b` → tasks, 1, a/b). */
function pointerSegments(pointer) {
	return pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** `tasks[1].gates.acc`: list positions in brackets, keys after dots. */
function keyPath(document, segments) {
	let path = "";
	let node = document;
	for (const segment of segments) {
		path = Array.isArray(node) ? `${path}[${segment}]` : path === "" ? segment : `${path}.${segment}`;
		node = node !== null && typeof node === "object" ? node[segment] : void 0;
	}
	return path;
}
/** The position of every key path in a depth-first walk of the document: problems are listed in that order. */
function documentOrder(document) {
	const order = /* @__PURE__ */ new Map();
	const walk = (node, segments) => {
		order.set(segments.join("\0"), order.size);
		if (node !== null && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...segments, key]);
	};
	walk(document, []);
	return order;
}
function closeKey(key, allowed) {
	const normal = (text) => text.toLowerCase().replace(/[_\s]/g, "-");
	return allowed.find((candidate) => normal(candidate) === normal(key));
}
function boundsMessage(schema, value) {
	return `must be ${[
		[schema.minimum, "≥"],
		[schema.exclusiveMinimum, ">"],
		[schema.maximum, "≤"],
		[schema.exclusiveMaximum, "<"]
	].filter(([limit]) => typeof limit === "number").map(([limit, sign]) => `${sign} ${limit}`).join(" and ")}, got ${value}`;
}
/** One error of Ajv in words, or null for one that only says a branch failed (its own errors say why). */
function wordError(error, document) {
	const segments = pointerSegments(error.instancePath);
	const schema = error.parentSchema ?? {};
	const at = (message, rank = 1, where = segments) => ({
		path: keyPath(document, where),
		message,
		segments: where,
		rank
	});
	const allowedKeys = () => Object.keys(schema.properties ?? {});
	switch (error.keyword) {
		case "type": {
			const declared = error.params.type;
			return {
				...at(`must be ${(Array.isArray(declared) ? declared : [declared]).map((type) => TYPE_WORDS[type]).join(" or ")}, got ${describeValue(error.data)}`, 0),
				wrongType: true
			};
		}
		case "enum": return at(`must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(error.data)}`);
		case "minimum":
		case "maximum":
		case "exclusiveMinimum":
		case "exclusiveMaximum": return at(boundsMessage(schema, error.data));
		case "minLength": return at("must not be empty");
		case "pattern": return at(`must match ${error.params.pattern}, got ${describeValue(error.data)}`);
		case "minItems": {
			const n = error.params.limit;
			return at(`must list at least ${n} ${n === 1 ? "entry" : "entries"}`);
		}
		case "required": return at(`missing required key "${error.params.missingProperty}"`, .25);
		case "minProperties": return at(`must set at least one of: ${allowedKeys().join(", ")}`, .5);
		case "additionalProperties": {
			const key = error.params.additionalProperty;
			const suggestion = closeKey(key, allowedKeys());
			return at(`unknown key${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; allowed here: ${allowedKeys().join(", ")}`, 1, [...segments, key]);
		}
		case "if": return null;
		default: return at(error.message ?? `fails ${error.keyword}`);
	}
}
function describeErrors(errors, document) {
	const worded = errors.map((error) => wordError(error, document)).filter((problem) => problem !== null);
	const wrongType = worded.filter((problem) => problem.wrongType).map((problem) => problem.segments);
	const under = (segments, prefix) => prefix.length <= segments.length && prefix.every((segment, i) => segments[i] === segment);
	const kept = worded.filter((problem) => problem.wrongType || !wrongType.some((prefix) => under(problem.segments, prefix)));
	const merged = [];
	for (const problem of kept) {
		const same = merged.find((earlier) => earlier.path === problem.path && earlier.rank === problem.rank);
		if (same?.wrongType && problem.wrongType) continue;
		if (same && problem.message.startsWith("missing required key") && same.message.startsWith("missing required key")) same.message = `missing required keys ${[same.message, problem.message].map((m) => m.replace(/^missing required keys? /, "")).join(", ")}`;
		else if (!merged.some((earlier) => earlier.path === problem.path && earlier.message === problem.message)) merged.push({ ...problem });
	}
	const order = documentOrder(document);
	const position = (problem) => order.get(problem.segments.join("\0")) ?? order.size;
	return merged.sort((a, b) => position(a) - position(b) || a.rank - b.rank).map(({ path, message }) => ({
		path,
		message
	}));
}
var import__2020, TYPE_WORDS, ajv, compiled;
function init_schema_check() {
	return (init_schema_check = __esmMin((() => {
		import__2020 = require__2020();
		TYPE_WORDS = {
			object: "a mapping of keys to values",
			array: "a list",
			string: "a string",
			number: "a number",
			integer: "a whole number",
			boolean: "true or false",
			null: "null"
		};
		ajv = new import__2020.Ajv2020({
			allErrors: true,
			verbose: true,
			strict: true,
			allowUnionTypes: true
		});
		compiled = /* @__PURE__ */ new WeakMap();
	})))();
}
// packages/core/src/results-reader.ts
/**
* Results from a file's text (or from an already parsed value), checked against the results
* schema. `source` names where they came from in the error, e.g. `cache entry <key>`.
* Throws an FtbenchError naming each broken key path.
*/
function parseResults(input, source) {
	let value = input;
	if (typeof input === "string") try {
		value = JSON.parse(input);
	} catch (error) {
		throw new FtbenchError(`${source} is not valid JSON: ${error.message}`);
	}
	const problems = resultsProblems(value);
	if (problems.length > 0) {
		const shown = problems.slice(0, PROBLEMS_SHOWN).map(({ path, message }) => `${path || "(top level)"}: ${message}`);
		const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : "";
		throw new FtbenchError(`${source} does not hold ftbench results of schema version 1: ${shown.join("; ")}${more}`, "Write it again with this version of ftbench (ftbench eval --output).");
	}
	return value;
}
function resultsProblems(value) {
	const version = value?.schemaVersion;
	if (typeof value === "object" && value !== null && !Array.isArray(value) && version !== 1) return [{
		path: "schemaVersion",
		message: `this ftbench reads version 1, got ${version === void 0 ? "none" : describeValue(version)}`
	}];
	const problems = checkAgainstSchema(value, RESULTS_JSON_SCHEMA);
	return problems.length > 0 ? problems : referenceProblems(value);
}
/** What the schema cannot say: every group member is a task or group of the same file. */
function referenceProblems(results) {
	return Object.entries(results.groups).flatMap(([name, group]) => group.members.filter((member) => !Object.hasOwn(results.tasks, member) && !Object.hasOwn(results.groups, member)).map((member) => ({
		path: `groups.${name}.members`,
		message: `names ${describeValue(member)}, which is neither a task nor a group of these results`
	})));
}
var metricValue, metrics, count, mtBench, mtBenchTurn, task, group, sample, RESULTS_JSON_SCHEMA, PROBLEMS_SHOWN;
function init_results_reader() {
	return (init_results_reader = __esmMin((() => {
		init_errors();
		init_schema_check();
		metricValue = {
			type: "object",
			required: ["value", "stderr"],
			properties: {
				value: { type: "number" },
				stderr: { type: ["number", "null"] }
			}
		};
		metrics = {
			type: "object",
			additionalProperties: { $ref: "#/$defs/metricValue" }
		};
		count = {
			type: "integer",
			minimum: 0
		};
		mtBench = {
			type: "object",
			required: [
				"judge",
				"judgePrompts",
				"temperature",
				"turns",
				"failedJudgments",
				"judgeCalls",
				"judgeCacheHits",
				"judgePromptTokens",
				"judgeCompletionTokens"
			],
			properties: {
				judge: { type: "string" },
				judgePrompts: {
					type: "array",
					items: { type: "string" }
				},
				temperature: { enum: ["fastchat", "greedy"] },
				seed: { type: "integer" },
				turns: {
					type: "array",
					minItems: 2,
					maxItems: 2,
					items: { $ref: "#/$defs/metricValue" }
				},
				failedJudgments: count,
				judgeErrors: count,
				judgeCalls: count,
				judgeCacheHits: count,
				judgePromptTokens: count,
				judgeCompletionTokens: count
			}
		};
		mtBenchTurn = {
			type: "object",
			required: [
				"answer",
				"rating",
				"judgment",
				"judgePrompt"
			],
			properties: {
				answer: { type: "string" },
				rating: { type: "number" },
				judgment: { type: "string" },
				judgePrompt: { type: "string" },
				judgeError: { type: "string" }
			}
		};
		task = {
			type: "object",
			required: [
				"name",
				"kind",
				"version",
				"hash",
				"numFewshot",
				"n",
				"metrics",
				"dataset"
			],
			properties: {
				name: { type: "string" },
				kind: { enum: [
					"standard",
					"suite",
					"mt-bench"
				] },
				version: { type: "string" },
				hash: {
					type: "string",
					minLength: 1
				},
				numFewshot: count,
				n: count,
				nOriginal: count,
				metrics: { $ref: "#/$defs/metrics" },
				categories: {
					type: "object",
					additionalProperties: {
						type: "object",
						required: ["n", "metrics"],
						properties: {
							n: count,
							metrics: { $ref: "#/$defs/metrics" }
						}
					}
				},
				dataset: {
					type: "object",
					required: [
						"source",
						"path",
						"split",
						"revision"
					],
					properties: {
						source: { enum: ["local", "hub"] },
						path: { type: "string" },
						split: { type: "string" },
						revision: { type: "string" }
					}
				},
				mtBench
			}
		};
		group = {
			type: "object",
			required: [
				"name",
				"members",
				"n",
				"weightBySize",
				"metrics"
			],
			properties: {
				name: { type: "string" },
				members: {
					type: "array",
					minItems: 1,
					items: { type: "string" }
				},
				n: count,
				weightBySize: { type: "boolean" },
				metrics: { $ref: "#/$defs/metrics" }
			}
		};
		sample = {
			type: "object",
			required: [
				"docId",
				"promptHash",
				"gold",
				"loglikelihoods",
				"isGreedy",
				"metrics",
				"prediction"
			],
			properties: {
				docId: { type: ["integer", "string"] },
				promptHash: { type: "string" },
				gold: { type: "integer" },
				loglikelihoods: {
					type: "array",
					items: { type: "number" }
				},
				isGreedy: {
					type: "array",
					items: { type: "boolean" }
				},
				metrics: {
					type: "object",
					additionalProperties: { type: "number" }
				},
				prediction: { type: "integer" },
				category: { type: "string" },
				turns: {
					type: "array",
					items: mtBenchTurn
				}
			}
		};
		RESULTS_JSON_SCHEMA = {
			type: "object",
			required: [
				"schemaVersion",
				"ftbenchVersion",
				"createdAt",
				"config",
				"model",
				"tasks",
				"groups",
				"timings"
			],
			properties: {
				schemaVersion: { enum: [1] },
				ftbenchVersion: { type: "string" },
				createdAt: { type: "string" },
				name: {
					type: "string",
					minLength: 1
				},
				config: {
					type: "object",
					required: ["tasks", "device"],
					properties: {
						tasks: {
							type: "array",
							items: { type: "string" }
						},
						device: { type: "string" }
					}
				},
				model: {
					type: "object",
					required: ["path", "fingerprint"],
					properties: {
						path: { type: "string" },
						fingerprint: { type: "string" }
					}
				},
				tasks: {
					type: "object",
					additionalProperties: { $ref: "#/$defs/task" }
				},
				groups: {
					type: "object",
					additionalProperties: { $ref: "#/$defs/group" }
				},
				timings: {
					type: "object",
					required: ["totalSeconds", "requests"],
					properties: {
						totalSeconds: {
							type: "number",
							minimum: 0
						},
						requests: count
					}
				},
				samples: {
					type: "object",
					additionalProperties: {
						type: "array",
						items: { $ref: "#/$defs/sample" }
					}
				}
			},
			$defs: {
				metricValue,
				metrics,
				task,
				group,
				sample
			}
		};
		PROBLEMS_SHOWN = 3;
	})))();
}
// packages/core/src/render-table.ts
var DEGENERATE_SIGN_TEXT;
function init_render_table() {
	return (init_render_table = __esmMin((() => {
		DEGENERATE_SIGN_TEXT = {
			"same-answer": "the same answer for every document",
			"equal-loglikelihoods": "the same log-likelihood for every choice"
		};
	})))();
}
// packages/core/src/compare/format.ts
/**
* Numbers as reasons and reports show them, on each metric's own scale: 0–1 metrics as
* percentages with deltas in percentage points to one decimal, MT-Bench's 1–10 score as a rating
* with deltas in rating points to two decimals (a 0.3-point change is a lot on that scale).
* `pointsScale` is METRIC_POINTS_SCALE of the metric: 100 for fractions, 1 for ratings.
*/
function pointsDecimals(pointsScale) {
	return pointsScale === 100 ? 1 : 2;
}
/** A metric value: 0.4523 → "45.2%" (pointsScale 100), 7.4166 → "7.42" (pointsScale 1). */
function formatScore(value, pointsScale) {
	return pointsScale === 100 ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}
/** A number of points without sign: 3 → "3.0" for percentages, 0.5 → "0.50" for ratings. */
function formatPoints(points, pointsScale = 100) {
	return points.toFixed(pointsDecimals(pointsScale));
}
/** Points with their sign, never "-0.0": 1.25 → "+1.3", -0.04 → "0.0"; ratings: -0.314 → "-0.31". */
function formatSignedPoints(points, pointsScale = 100) {
	const decimals = pointsDecimals(pointsScale);
	const rounded = Number(points.toFixed(decimals));
	if (rounded === 0) return 0 .toFixed(decimals);
	return rounded > 0 ? `+${rounded.toFixed(decimals)}` : rounded.toFixed(decimals);
}
function formatPValue(p) {
	return p < .001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}
function init_format() {
	return (init_format = __esmMin((() => {})))();
}
// packages/core/src/compare/types.ts
var FAILING_VERDICTS;
function init_types() {
	return (init_types = __esmMin((() => {
		FAILING_VERDICTS = /* @__PURE__ */ new Set([
			"regression",
			"below-floor",
			"missing",
			"not-comparable"
		]);
	})))();
}
// packages/core/src/compare/gates.ts
function rowTargetOf(gateTarget) {
	return formatGateTarget(parseGateTarget(gateTarget));
}
function gateLabel(gate) {
	return `${gate.target} ${gate.metric}`;
}
/** Rejects gates that could never fire or whose numbers are on the wrong scale. */
function validateGate(gate) {
	const label = typeof gate.target === "string" && gate.metric ? gateLabel(gate) : JSON.stringify(gate);
	const fail = (problem, hint) => {
		throw new FtbenchError(`Gate "${label}": ${problem}`, hint);
	};
	if (typeof gate.target !== "string" || isEmptyGateTarget(parseGateTarget(gate.target))) fail("target must name a task, a group, suite:<suite>, or a category as <task>/<category> (suite:<suite>/<category>, mt_bench/<category>)");
	if (!Object.hasOwn(METRIC_POINTS_SCALE, gate.metric)) fail(`unknown metric "${gate.metric}"`, `Use one of: ${Object.keys(METRIC_POINTS_SCALE).join(", ")}.`);
	if ([
		gate.maxDrop,
		gate.maxDropRelative,
		gate.min,
		gate.targetValue
	].every((limit) => limit === void 0)) fail("sets no limit, so it could never fail", "Set maxDrop, maxDropRelative, min or targetValue.");
	const nonNegative = (name, value, unit) => {
		if (value !== void 0 && !(Number.isFinite(value) && value >= 0)) fail(`${name} must be a non-negative number of ${unit}, got ${value}`);
	};
	nonNegative("maxDrop", gate.maxDrop, "points");
	nonNegative("maxDropRelative", gate.maxDropRelative, "percent");
	const { low, high } = METRIC_RANGE[gate.metric];
	const scaleHint = METRIC_POINTS_SCALE[gate.metric] === 100 ? "Write 0.45 for 45%." : "MT-Bench's score is FastChat's 1–10 rating: write 7.5 for 7.5.";
	const span = (high - low) * METRIC_POINTS_SCALE[gate.metric];
	if (gate.maxDrop !== void 0 && gate.maxDrop > span) fail(`maxDrop must be at most ${span} points (the whole ${low}–${high} scale), got ${gate.maxDrop}`, scaleHint);
	if (gate.maxDropRelative !== void 0 && gate.maxDropRelative > 100) fail(`maxDropRelative must be at most 100 percent, got ${gate.maxDropRelative}`);
	for (const [name, value] of [["min", gate.min], ["targetValue", gate.targetValue]]) if (value !== void 0 && !(Number.isFinite(value) && value >= low && value <= high)) fail(`${name} must be on the metric's ${low}–${high} scale, got ${value}`, scaleHint);
	if (gate.alpha !== void 0 && !(gate.alpha > 0 && gate.alpha < 1)) fail(`alpha must be between 0 and 1, got ${gate.alpha}`);
}
/** The gate's limits in words, e.g. "max drop 3.0 points, floor 45.0%". */
function describeLimits(gate) {
	const scale = METRIC_POINTS_SCALE[gate.metric];
	return [
		gate.maxDrop !== void 0 && `max drop ${formatPoints(gate.maxDrop, scale)} points`,
		gate.maxDropRelative !== void 0 && `max relative drop ${gate.maxDropRelative.toFixed(1)}%`,
		gate.min !== void 0 && `floor ${formatScore(gate.min, scale)}`,
		gate.targetValue !== void 0 && `goal ${formatScore(gate.targetValue, scale)}`,
		gate.requireSignificant && `drops count when significant (alpha ${gate.alpha ?? DEFAULT_ALPHA})`
	].filter((limit) => typeof limit === "string").join(", ");
}
function evaluateGate(gate, context) {
	const label = gateLabel(gate);
	const target = rowTargetOf(gate.target);
	const row = context.rows.find((candidate) => candidate.target === target && candidate.metric === gate.metric);
	const value = row?.candidate ?? context.candidateValue(target, gate.metric) ?? null;
	const goalReached = gate.targetValue === void 0 || value === null ? null : value >= gate.targetValue - LIMIT_TOLERANCE;
	const result = (verdict, reason) => ({
		gate,
		label,
		limits: describeLimits(gate),
		verdict,
		failed: FAILING_VERDICTS.has(verdict),
		row: row ?? null,
		value,
		reason: `${reason}${goalNote(gate, goalReached)}`,
		goalReached
	});
	const scale = METRIC_POINTS_SCALE[gate.metric];
	const floorBreach = gate.min !== void 0 && value !== null && value < gate.min - LIMIT_TOLERANCE ? `is ${formatScore(value, scale)}, below the floor ${formatScore(gate.min, scale)}` : null;
	if (row === void 0) {
		const { task } = parseGateTarget(gate.target);
		if (value === null || !context.withoutBaseline.includes(task)) return result("missing", `${label}: ${missingReason(gate, context)}`);
		const caveat = context.candidateCaveat(task);
		if (caveat !== null) return result("not-comparable", `${label} cannot be judged: ${caveat}`);
		if (floorBreach !== null) return result("below-floor", `${label} ${floorBreach} (no baseline to compare with)`);
		const floorMet = gate.min === void 0 ? "" : `, at or above the floor ${formatScore(gate.min, scale)}`;
		if (gate.maxDrop === void 0 && gate.maxDropRelative === void 0) return result("pass", `${label} is ${formatScore(value, scale)}${floorMet}`);
		return result("no-baseline", `${label} is ${formatScore(value, scale)}${floorMet}; no baseline, so its drop limit is not checked`);
	}
	if (!row.comparable) {
		const floorNote = floorBreach === null ? "" : `; and it ${floorBreach}`;
		return result("not-comparable", `${label} cannot be compared: ${row.incomparableReason}${floorNote}`);
	}
	const { verdict, finding } = judge(gate, row.delta, floorBreach);
	return result(verdict, `${label} ${finding}`);
}
/** A comparable row's verdict: a counted drop past a limit is a regression, a floor miss alone is below-floor. */
function judge(gate, delta, floorBreach) {
	const scale = METRIC_POINTS_SCALE[gate.metric];
	const alpha = gate.alpha ?? DEFAULT_ALPHA;
	const significant = delta.pValue === null ? null : delta.pValue < alpha;
	const pNote = delta.pValue === null ? "" : ` (${formatPValue(delta.pValue)})`;
	const dropBreaches = [gate.maxDrop !== void 0 && -delta.points > gate.maxDrop + LIMIT_TOLERANCE && `dropped ${formatPoints(-delta.points, scale)} points (limit ${formatPoints(gate.maxDrop, scale)})`, gate.maxDropRelative !== void 0 && delta.relative !== null && -delta.relative > gate.maxDropRelative + LIMIT_TOLERANCE && `dropped ${(-delta.relative).toFixed(1)}% relative to the baseline (limit ${gate.maxDropRelative.toFixed(1)}%)`].filter((breach) => typeof breach === "string");
	const uncountedDrop = dropBreaches.length > 0 && gate.requireSignificant && significant === false ? `${dropBreaches.join("; ")}, but not significantly (${formatPValue(delta.pValue)}, alpha ${alpha})` : null;
	if (dropBreaches.length > 0 && uncountedDrop === null) {
		const untested = gate.requireSignificant && significant === null ? " (significance untested: a run lacks per-sample records; evaluate both models with --log-samples)" : "";
		return {
			verdict: "regression",
			finding: `${[...floorBreach === null ? [] : [floorBreach], ...dropBreaches].join("; ")}${pNote}${untested}`
		};
	}
	if (floorBreach !== null) return {
		verdict: "below-floor",
		finding: uncountedDrop === null ? floorBreach : `${floorBreach}; it also ${uncountedDrop}`
	};
	if (uncountedDrop !== null) return {
		verdict: "not-significant",
		finding: uncountedDrop
	};
	if (delta.points > 0 && significant === true) return {
		verdict: "improvement",
		finding: `improved by ${formatPoints(delta.points, scale)} points${pNote}`
	};
	return {
		verdict: "pass",
		finding: `changed by ${formatSignedPoints(delta.points, scale)} points, within limits${pNote}`
	};
}
function goalNote(gate, goalReached) {
	if (gate.targetValue === void 0 || goalReached === null) return "";
	const goal = formatScore(gate.targetValue, METRIC_POINTS_SCALE[gate.metric]);
	return goalReached ? `; goal ${goal} reached` : `; goal ${goal} not reached yet`;
}
function missingReason(gate, { rows, added, removed }) {
	const { task, category } = parseGateTarget(gate.target);
	const target = rowTargetOf(gate.target);
	const targetRows = rows.filter((row) => row.target === target);
	if (targetRows.length > 0) {
		const compared = [...new Set(targetRows.map((row) => row.metric))].join(", ");
		return `metric ${gate.metric} is not reported for ${target} by both runs (compared: ${compared})`;
	}
	if (removed.includes(task)) return `${task} is in the baseline results but not in the candidate's; was it dropped from the task list?`;
	if (added.includes(task)) return `${task} is only in the candidate results; the baseline has no score to compare with`;
	if (category !== void 0 && rows.some((row) => row.kind === "task" && row.task === task)) return `${task} has no category "${category}" in both runs`;
	return `${gate.target} is in neither run's results; check the gate's target (a category is written <task>/<category>: suite:<suite>/<category>, mt_bench/<category>)`;
}
var METRIC_POINTS_SCALE, METRIC_RANGE, DEFAULT_ALPHA, LIMIT_TOLERANCE;
function init_gates() {
	return (init_gates = __esmMin((() => {
		init_errors();
		init_task_ref();
		init_types();
		METRIC_POINTS_SCALE = {
			acc: 100,
			acc_norm: 100,
			score: 1
		};
		METRIC_RANGE = {
			acc: {
				low: 0,
				high: 1
			},
			acc_norm: {
				low: 0,
				high: 1
			},
			score: {
				low: 1,
				high: 10
			}
		};
		DEFAULT_ALPHA = .05;
		LIMIT_TOLERANCE = 1e-9;
	})))();
}
// packages/core/src/compare/pairing.ts
/**
* One metric's values for the documents both runs scored, in the baseline's order. Null when a
* record on either side lacks the metric (except for UNRATED_ALLOWED): pairing only part of a task would bias the test.
*/
function pairByDocId(task, allBaseline, allCandidate, metric) {
	const scored = (samples) => UNRATED_ALLOWED.has(metric) ? samples.filter((sample) => sample.metrics[metric] !== void 0) : samples;
	const baseline = scored(allBaseline);
	const candidate = scored(allCandidate);
	if ([...baseline, ...candidate].some((sample) => sample.metrics[metric] === void 0)) return null;
	const baselineByDoc = indexByDocId(task, "baseline", baseline);
	const candidateByDoc = indexByDocId(task, "candidate", candidate);
	const paired = {
		baseline: [],
		candidate: [],
		unmatched: 0
	};
	for (const [docId, sample] of baselineByDoc) {
		const partner = candidateByDoc.get(docId);
		if (partner === void 0) continue;
		paired.baseline.push(sample.metrics[metric]);
		paired.candidate.push(partner.metrics[metric]);
	}
	paired.unmatched = allBaseline.length + allCandidate.length - 2 * paired.baseline.length;
	return paired;
}
function indexByDocId(task, side, samples) {
	const byDoc = /* @__PURE__ */ new Map();
	for (const sample of samples) {
		const key = String(sample.docId);
		if (byDoc.has(key)) throw new FtbenchError(`The ${side} results list doc ${key} of task ${task} twice: its per-sample records are corrupt.`, "Re-run that evaluation with --log-samples.");
		byDoc.set(key, sample);
	}
	return byDoc;
}
/**
* Paired strata of a metric over the given tasks, optionally restricted to some documents (a
* suite category). Null unless both runs logged samples for every task and at least one document
* of each pairs up: then only an unpaired comparison is possible.
*/
function pairedStrata(baseline, candidate, tasks, metric, keep = () => true) {
	const set = {
		strata: [],
		unmatched: 0
	};
	for (const { task, weight } of tasks) {
		const baselineSamples = baseline.samples?.[task];
		const candidateSamples = candidate.samples?.[task];
		if (baselineSamples === void 0 || candidateSamples === void 0) return null;
		const values = pairByDocId(task, baselineSamples.filter(keep), candidateSamples.filter(keep), metric);
		if (values === null || values.baseline.length === 0) return null;
		set.strata.push({
			weight,
			baseline: values.baseline,
			candidate: values.candidate
		});
		set.unmatched += values.unmatched;
	}
	return set;
}
/** A group's leaf tasks: lm-eval aggregates a group over the tasks below it, subgroups expanded. */
function groupLeafTasks(results, groupName, ancestors = []) {
	if (ancestors.includes(groupName)) throw new FtbenchError(`The results contain a group cycle: ${[...ancestors, groupName].join(" -> ")}.`);
	return results.groups[groupName].members.flatMap((member) => results.groups[member] ? groupLeafTasks(results, member, [...ancestors, groupName]) : [member]);
}
/** Each leaf task's weight in the group's score: n_t / Σn with weight_by_size, else 1 / #leaves. */
function groupLeafWeights(results, groupName) {
	const leaves = groupLeafTasks(results, groupName);
	const totalSize = leaves.reduce((total, leaf) => total + results.tasks[leaf].n, 0);
	return leaves.map((task) => ({
		task,
		weight: results.groups[groupName].weightBySize ? results.tasks[task].n / totalSize : 1 / leaves.length
	}));
}
var UNRATED_ALLOWED;
function init_pairing() {
	return (init_pairing = __esmMin((() => {
		init_errors();
		UNRATED_ALLOWED = /* @__PURE__ */ new Set(["score"]);
	})))();
}
// packages/core/src/compare/stats.ts
/**
* Paired significance tests and confidence intervals for the difference between two runs
* scored on the same documents. Everything here works on the metric's own scale (0–1);
* `compare.ts` converts to points.
*/
/**
* Two-sided exact McNemar test: under H0 the b + c discordant pairs split like a fair coin, so
* p = min(1, 2 · P[Binomial(b + c, ½) ≤ min(b, c)]). Summed in log space so that thousands of
* discordant pairs neither overflow C(n, i) nor underflow 2^-n.
*
* @param b pairs right on one side only (say baseline right, candidate wrong)
* @param c pairs right on the other side only
*/
function mcnemarExact(b, c) {
	for (const count of [b, c]) if (!Number.isInteger(count) || count < 0) throw new RangeError(`mcnemarExact: discordant counts must be non-negative integers, got ${b} and ${c}`);
	const n = b + c;
	if (n === 0) return 1;
	const logTerms = [];
	let logBinomial = 0;
	for (let i = 0; i <= Math.min(b, c); i++) {
		logTerms.push(logBinomial - n * Math.LN2);
		logBinomial += Math.log(n - i) - Math.log(i + 1);
	}
	return Math.min(1, 2 * Math.exp(logSumExp(logTerms)));
}
function logSumExp(logs) {
	const max = logs.reduce((a, b) => Math.max(a, b), -Infinity);
	let total = 0;
	for (const log of logs) total += Math.exp(log - max);
	return max + Math.log(total);
}
/** Discordant pair counts over 0/1 values: b = baseline 1 & candidate 0, c = baseline 0 & candidate 1. */
function discordantPairs(strata) {
	let b = 0;
	let c = 0;
	for (const stratum of strata) stratum.baseline.forEach((base, i) => {
		const cand = stratum.candidate[i];
		if (base === 1 && cand === 0) b++;
		if (base === 0 && cand === 1) c++;
	});
	return {
		b,
		c
	};
}
/**
* Paired bootstrap of the weighted mean difference Σ w_s · mean_s(candidate − baseline):
* documents are resampled with replacement within each stratum (so a group keeps its member
* sizes), the interval is the percentile interval of the resampled deltas, and the two-sided
* p-value is 2 · (resampled deltas on the other side of 0, + 1) / (resamples + 1), capped at 1;
* the +1 keeps a finite number of resamples from ever claiming p = 0.
*/
function stratifiedPairedBootstrap(strata, { resamples = 1e4, seed = 1234, alpha = .05 } = {}) {
	if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`bootstrap: alpha must be in (0, 1), got ${alpha}`);
	const weights = normalizedWeights(strata);
	const differences = strata.map(pairedDifferences);
	const meanDelta = weightedMean(differences.map(mean), weights);
	const random = mulberry32(seed);
	const deltas = new Float64Array(resamples);
	for (let r = 0; r < resamples; r++) {
		let delta = 0;
		differences.forEach((diffs, s) => {
			let total = 0;
			for (let i = 0; i < diffs.length; i++) total += diffs[Math.floor(random() * diffs.length)];
			delta += weights[s] * (total / diffs.length);
		});
		deltas[r] = delta;
	}
	deltas.sort();
	let otherSide = 0;
	for (const delta of deltas) if (meanDelta > 0 ? delta <= 0 : delta >= 0) otherSide++;
	return {
		meanDelta,
		ciLow: percentile(deltas, alpha / 2),
		ciHigh: percentile(deltas, 1 - alpha / 2),
		pValue: meanDelta === 0 ? 1 : Math.min(1, 2 * (otherSide + 1) / (resamples + 1))
	};
}
/**
* Paired normal interval on the weighted mean difference: Δ ± z · √(Σ w_s² · var_s(diff) / n_s),
* with the sample variance (n − 1). For one stratum this is mean(diff) ± z · sd(diff) / √n.
* Null when a stratum has fewer than 2 documents (no variance to estimate).
*/
function pairedNormalInterval(strata, z = Z_95) {
	const weights = normalizedWeights(strata);
	const differences = strata.map(pairedDifferences);
	if (differences.some((diffs) => diffs.length < 2)) return null;
	const meanDelta = weightedMean(differences.map(mean), weights);
	const variance = differences.reduce((total, diffs, s) => total + weights[s] * weights[s] * sampleVariance(diffs) / diffs.length, 0);
	const halfWidth = z * Math.sqrt(variance);
	return {
		low: meanDelta - halfWidth,
		high: meanDelta + halfWidth
	};
}
/** Interval on a difference of two independent estimates: Δ ± z · √(se₁² + se₂²); null without both stderrs. */
function unpairedInterval(delta, stderrBaseline, stderrCandidate, z = Z_95) {
	if (stderrBaseline === null || stderrCandidate === null) return null;
	const halfWidth = z * Math.hypot(stderrBaseline, stderrCandidate);
	return {
		low: delta - halfWidth,
		high: delta + halfWidth
	};
}
function pairedDifferences(stratum) {
	if (stratum.baseline.length !== stratum.candidate.length) throw new RangeError(`paired values differ in length: ${stratum.baseline.length} baseline vs ${stratum.candidate.length} candidate`);
	if (stratum.baseline.length === 0) throw new RangeError("paired comparison of an empty stratum");
	return stratum.candidate.map((cand, i) => cand - stratum.baseline[i]);
}
function normalizedWeights(strata) {
	if (strata.length === 0) throw new RangeError("paired comparison without strata");
	const total = strata.reduce((sum, stratum) => sum + stratum.weight, 0);
	if (!(total > 0) || strata.some((stratum) => stratum.weight < 0)) throw new RangeError("stratum weights must be non-negative and not all zero");
	return strata.map((stratum) => stratum.weight / total);
}
function mean(values) {
	return values.reduce((a, b) => a + b, 0) / values.length;
}
function weightedMean(values, weights) {
	return values.reduce((total, value, i) => total + weights[i] * value, 0);
}
function sampleVariance(values) {
	const mu = mean(values);
	return values.reduce((total, value) => total + (value - mu) * (value - mu), 0) / (values.length - 1);
}
/** Linear interpolation between closest ranks (numpy's default) on sorted values. */
function percentile(sorted, q) {
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
var Z_95;
function init_stats() {
	return (init_stats = __esmMin((() => {
		Z_95 = 1.959963984540054;
	})))();
}
// packages/core/src/compare/compare.ts
/** `baseline` null: nothing to compare with; floors and goals are still judged. */
function compareResults(baseline, candidate, gates = [], options = {}) {
	gates.forEach(validateGate);
	const namesOf = (results) => /* @__PURE__ */ new Set([...Object.keys(results.tasks), ...Object.keys(results.groups)]);
	const candidateNames = namesOf(candidate);
	const baselineNames = baseline === null ? /* @__PURE__ */ new Set() : namesOf(baseline);
	const unscored = baseline === null ? candidateNames : new Set(options.withoutBaseline ?? []);
	const withoutBaseline = [...candidateNames].filter((name) => unscored.has(name) && !baselineNames.has(name)).sort();
	const rows = baseline === null ? [] : [
		...groupTargets(baseline, candidate),
		...taskTargets(baseline, candidate),
		...categoryTargets(baseline, candidate)
	].flatMap(compareTarget);
	const added = [...candidateNames].filter((name) => !baselineNames.has(name) && !unscored.has(name)).sort();
	const removed = [...baselineNames].filter((name) => !candidateNames.has(name)).sort();
	const context = {
		rows,
		added,
		removed,
		withoutBaseline,
		candidateValue: (target, metric) => metricValueOf(candidate, target, metric),
		candidateCaveat: (task) => candidate.tasks[task]?.kind === "mt-bench" ? unmeasuredJudgments(candidate.tasks[task]) : null
	};
	const gateResults = gates.map((gate) => evaluateGate(gate, context));
	const failing = gateResults.filter((result) => result.failed);
	return {
		rows,
		added,
		removed,
		withoutBaseline,
		gates: gateResults,
		passed: failing.length === 0,
		reasons: failing.map((result) => result.reason)
	};
}
/** A run's value of a metric of a row target: a task, a group, or a task's category (`suite:<suite>/<category>`, `mt_bench/<category>`). */
function metricValueOf(results, target, metric) {
	const { task, category } = parseGateTarget(target);
	return (category === void 0 ? results.tasks[task] ?? results.groups[task] : results.tasks[task]?.categories?.[category])?.metrics[metric]?.value;
}
function sharedKeys(a, b) {
	return Object.keys(a).filter((key) => Object.hasOwn(b, key)).sort();
}
function taskTargets(baseline, candidate) {
	return sharedKeys(baseline.tasks, candidate.tasks).map((name) => ({
		kind: "task",
		target: name,
		task: name,
		baseline: baseline.tasks[name],
		candidate: candidate.tasks[name],
		incomparableReason: taskIncomparableReason(baseline.tasks[name], candidate.tasks[name]),
		pair: (metric) => pairedStrata(baseline, candidate, [{
			task: name,
			weight: 1
		}], metric)
	}));
}
function groupTargets(baseline, candidate) {
	return sharedKeys(baseline.groups, candidate.groups).map((name) => ({
		kind: "group",
		target: name,
		task: name,
		baseline: baseline.groups[name],
		candidate: candidate.groups[name],
		incomparableReason: groupIncomparableReason(baseline, candidate, name),
		pair: (metric) => pairedStrata(baseline, candidate, groupLeafWeights(baseline, name), metric)
	}));
}
function categoryTargets(baseline, candidate) {
	return sharedKeys(baseline.tasks, candidate.tasks).flatMap((task) => {
		const baselineCategories = baseline.tasks[task].categories ?? {};
		const candidateCategories = candidate.tasks[task].categories ?? {};
		return sharedKeys(baselineCategories, candidateCategories).map((category) => ({
			kind: "category",
			target: formatGateTarget({
				task,
				category
			}),
			task,
			category,
			baseline: baselineCategories[category],
			candidate: candidateCategories[category],
			incomparableReason: taskIncomparableReason(baseline.tasks[task], candidate.tasks[task]),
			pair: (metric) => pairedStrata(baseline, candidate, [{
				task,
				weight: 1
			}], metric, (sample) => (sample.category ?? "uncategorized") === category)
		}));
	});
}
/**
* Equal task hashes mean the same prompts on the same data; anything else is not comparable. An
* MT-Bench score also depends on who judged it and how (mtBenchIncomparableReason).
*/
function taskIncomparableReason(baseline, candidate) {
	const judging = baseline.kind === "mt-bench" || candidate.kind === "mt-bench" ? mtBenchIncomparableReason(baseline.mtBench, candidate.mtBench, candidate.n) : null;
	if (judging !== null) return judging;
	if (baseline.hash === candidate.hash) return null;
	const changes = [
		baseline.version !== candidate.version && `task version ${baseline.version} → ${candidate.version}`,
		baseline.numFewshot !== candidate.numFewshot && `num_fewshot ${baseline.numFewshot} → ${candidate.numFewshot}`,
		baseline.dataset.revision !== candidate.dataset.revision && `dataset revision ${baseline.dataset.revision.slice(0, 12)} → ${candidate.dataset.revision.slice(0, 12)}`,
		baseline.n !== candidate.n && `${baseline.n} → ${candidate.n} documents`
	].filter((change) => typeof change === "string");
	return `task hashes differ (${changes.length > 0 ? changes.join(", ") : "the prompts differ"}): the runs scored different prompts or data`;
}
/** Ratings are comparable only from the same judge, prompts and answer sampling, with no excess of judgments that gave none. */
function mtBenchIncomparableReason(baseline, candidate, questions) {
	if (baseline === void 0 || candidate === void 0) return `the ${baseline === void 0 ? "baseline" : "candidate"} run has no MT-Bench judging record (judge, failed judgments): its ratings cannot be checked`;
	if (baseline.judge !== candidate.judge) return `judged by ${baseline.judge} for the baseline but ${candidate.judge} for the candidate: ratings of different judges are not on one scale`;
	if (baseline.temperature !== candidate.temperature) return `answers sampled with mt-bench-temperature ${baseline.temperature} for the baseline but ${candidate.temperature} for the candidate`;
	const prompts = (record) => [...new Set(record.judgePrompts)].sort().join(", ");
	if (prompts(baseline) !== prompts(candidate)) return `judge prompts differ (baseline: ${prompts(baseline) || "none"}; candidate: ${prompts(candidate) || "none"})`;
	return excessFailedJudgments(candidate, questions, baseline.failedJudgments);
}
/**
* The candidate's failed judgments past the slack above the baseline's (none without a baseline),
* in words; null within it.
*/
function excessFailedJudgments(candidate, questions, baselineFailed) {
	const slack = Math.max(FAILED_JUDGMENT_SLACK.judgments, Math.floor(FAILED_JUDGMENT_SLACK.share * questions * 2));
	if (candidate.failedJudgments - (baselineFailed ?? 0) <= slack) return null;
	const against = baselineFailed === null ? "with no baseline to weigh them against" : `against the baseline's ${baselineFailed}`;
	return `the candidate has ${candidate.failedJudgments} failed judgments (no rating) ${against}: unrated turns are left out of the score, so its score would hide them; check the judge and the candidate's answers`;
}
/** Without a baseline, an MT-Bench floor is judged on the candidate alone: not when unrated turns could be propping its score up. */
function unmeasuredJudgments(candidate) {
	if (candidate.mtBench === void 0) return "the candidate run has no MT-Bench judging record (judge, failed judgments): its ratings cannot be checked";
	return excessFailedJudgments(candidate.mtBench, candidate.n, null);
}
function groupIncomparableReason(baseline, candidate, group) {
	const baselineLeaves = groupLeafTasks(baseline, group);
	const candidateLeaves = groupLeafTasks(candidate, group);
	const onlyBaseline = baselineLeaves.filter((task) => !candidateLeaves.includes(task));
	const onlyCandidate = candidateLeaves.filter((task) => !baselineLeaves.includes(task));
	if (onlyBaseline.length > 0 || onlyCandidate.length > 0) return `the group's member tasks differ (only in baseline: ${onlyBaseline.join(", ") || "none"}; only in candidate: ${onlyCandidate.join(", ") || "none"})`;
	for (const task of baselineLeaves) {
		const side = !baseline.tasks[task] ? "baseline" : !candidate.tasks[task] ? "candidate" : null;
		if (side !== null) return `member task ${task} has no result in the ${side} run`;
		const reason = taskIncomparableReason(baseline.tasks[task], candidate.tasks[task]);
		if (reason !== null) return `member task ${task}: ${reason}`;
	}
	return null;
}
function compareTarget(target) {
	return sharedKeys(target.baseline.metrics, target.candidate.metrics).map((key) => {
		const metric = key;
		const baseline = target.baseline.metrics[metric];
		const candidate = target.candidate.metrics[metric];
		const identity = {
			kind: target.kind,
			target: target.target,
			task: target.task,
			category: target.category,
			metric,
			baseline: baseline.value,
			candidate: candidate.value,
			pointsScale: METRIC_POINTS_SCALE[metric]
		};
		if (target.incomparableReason !== null) return {
			...identity,
			comparable: false,
			incomparableReason: target.incomparableReason
		};
		const unpairedN = Math.min(target.baseline.n, target.candidate.n);
		return {
			...identity,
			comparable: true,
			delta: deltaStats(metric, baseline, candidate, unpairedN, target.pair(metric))
		};
	});
}
/**
* The delta of the reported scores with its interval and test: 0/1 per-document values get
* McNemar and the paired normal interval, continuous ones (truthfulqa_mc2's probability mass,
* MT-Bench's per-question mean rating over both turns) the paired bootstrap, and without
* per-document records on both sides the interval comes from the two stderrs, untested.
*/
function deltaStats(metric, baseline, candidate, unpairedN, paired) {
	const scale = METRIC_POINTS_SCALE[metric];
	const difference = candidate.value - baseline.value;
	const toPoints = (interval) => interval && {
		low: interval.low * scale,
		high: interval.high * scale
	};
	const change = {
		points: difference * scale,
		relative: baseline.value === 0 ? null : difference / baseline.value * 100
	};
	if (paired === null) {
		const ci = toPoints(unpairedInterval(difference, baseline.stderr, candidate.stderr));
		return {
			...change,
			ci,
			pValue: null,
			test: "unpaired",
			paired: false,
			n: unpairedN,
			unmatched: 0
		};
	}
	const pairing = {
		paired: true,
		n: paired.strata.reduce((n, stratum) => n + stratum.baseline.length, 0),
		unmatched: paired.unmatched
	};
	if (metric !== "score" && isBinary(paired.strata)) {
		const { b, c } = discordantPairs(paired.strata);
		return {
			...change,
			...pairing,
			ci: toPoints(pairedNormalInterval(paired.strata)),
			pValue: mcnemarExact(b, c),
			test: "mcnemar"
		};
	}
	const bootstrap = stratifiedPairedBootstrap(paired.strata);
	return {
		...change,
		...pairing,
		ci: toPoints({
			low: bootstrap.ciLow,
			high: bootstrap.ciHigh
		}),
		pValue: bootstrap.pValue,
		test: "bootstrap"
	};
}
function isBinary(strata) {
	return strata.every((stratum) => [...stratum.baseline, ...stratum.candidate].every((value) => value === 0 || value === 1));
}
var FAILED_JUDGMENT_SLACK;
function init_compare() {
	return (init_compare = __esmMin((() => {
		init_aggregate();
		init_data();
		init_task_ref();
		init_gates();
		init_pairing();
		init_stats();
		FAILED_JUDGMENT_SLACK = {
			judgments: 1,
			share: .01
		};
	})))();
}
// packages/core/src/compare/stop-advice.ts
function targetCriterion(current) {
	if (current.goals.length === 0) return {
		name: "target",
		met: null,
		text: "Target: no goal set (give a target task `target:` or `min:` in ftbench.yml)"
	};
	const goals = [...current.goals].sort((a, b) => Number(a.reached) - Number(b.reached));
	const parts = goals.map((goal) => `${goal.label} ${goal.value === null ? "missing" : percent(goal.value, goal.pointsScale)} (goal ${percent(goal.goal, goal.pointsScale)}, ${goal.reached ? "reached" : "not reached"})`);
	return {
		name: "target",
		met: goals.every((goal) => goal.reached),
		text: `Target: ${listed(parts, goals.filter((goal) => !goal.reached).length)}`
	};
}
function generalCriterion(current) {
	if (current.limits.length === 0) return {
		name: "general",
		met: null,
		text: `General: no drop limit set on a general benchmark (${current.worstGeneral === null ? "no general benchmark dropped" : `worst drop ${current.worstGeneral} ${points(-current.generalDrop)} points`})`
	};
	const limits = [...current.limits].sort((a, b) => Number(a.within) - Number(b.within));
	const parts = limits.map((limit) => `${limit.label} ${limit.points === null ? "not compared" : `${points(limit.points)} points`} (${limit.limits}, ${limit.within ? "within" : "past the limit"})`);
	return {
		name: "general",
		met: limits.every((limit) => limit.within),
		text: `General: ${listed(parts, limits.filter((limit) => !limit.within).length)}`
	};
}
function marginalCriterion(current, previous, minGain) {
	if (previous === null) return {
		name: "marginal-gain",
		met: null,
		text: "Marginal gain: no previous iteration to compare with"
	};
	if (current.taskGain === null || previous.taskGain === null) return {
		name: "marginal-gain",
		met: null,
		text: `Marginal gain: no task gain to compare with ${previous.name} (no target task was compared)`
	};
	const gain = current.taskGain - previous.taskGain;
	const below = gain < minGain;
	return {
		name: "marginal-gain",
		met: below,
		text: `Marginal gain: ${points(gain)} points of task gain vs ${previous.name} (${below ? "below" : "at or above"} min-gain ${minGain.toFixed(1)})`
	};
}
/** The advice for `current`, the latest iteration, given the one before it (null for the first). */
function stopAdvice(current, previous, settings = DEFAULT_STOP_SETTINGS) {
	const target = targetCriterion(current);
	const general = generalCriterion(current);
	const marginal = marginalCriterion(current, previous, settings.minGain);
	const criteria = [
		target,
		general,
		marginal
	];
	const advice = (verdict, summary) => ({
		verdict,
		summary,
		criteria
	});
	if (general.met === false) return advice("back-off", `Back off: ${current.name} costs more general ability than the limits allow; a milder fine-tune (fewer epochs, a lower rank or learning rate) is the next try.`);
	if (target.met === true && marginal.met === false) return advice("target-met", `Target met within limits; ${current.name} still gained ${settings.minGain.toFixed(1)}+ points over the last round, so one more round may still pay.`);
	if (target.met === true) return advice("stop", `Stop: ${current.name} meets the target within the limits${marginal.met === true ? ", and another round gains little" : ""}.`);
	if (marginal.met === true) return target.met === false ? advice("plateau", `Plateau: the last round gained less than ${settings.minGain.toFixed(1)} point${settings.minGain === 1 ? "" : "s"} and the target is not reached; more of the same will not get there.`) : advice("stop", "Stop: the last round gained less than min-gain, and no goal asks for more.");
	return advice("continue", target.met === false ? "Continue: the target is not reached yet." : "Continue: nothing says stop yet.");
}
var DEFAULT_STOP_SETTINGS, LISTED, listed, points, percent;
function init_stop_advice() {
	return (init_stop_advice = __esmMin((() => {
		DEFAULT_STOP_SETTINGS = {
			minGain: 1,
			bestBalance: "within-limits"
		};
		LISTED = 6;
		listed = (parts, failing) => parts.length <= LISTED ? parts.join("; ") : `${parts.slice(0, LISTED).join("; ")}; and ${parts.length - LISTED} more (${failing} of all ${parts.length} not met)`;
		points = (value) => `${value >= .05 ? "+" : value <= -.05 ? "−" : "±"}${Math.abs(value).toFixed(1)}`;
		percent = (value, scale) => scale === 100 ? `${(value * 100).toFixed(1)} %` : formatScore(value, scale);
	})))();
}
// packages/core/src/compare/tradeoff.ts
/** Targets with a goal or a floor: what the fine-tune is for. Suite categories count as their suite. */
function targetTasksOf(gates) {
	return new Set(gates.filter((gate) => gate.targetValue !== void 0 || gate.min !== void 0).map((gate) => parseGateTarget(gate.target).task));
}
/**
* A comparison as a trade-off point over `benchmarks` (the table's task and group columns, by
* target and metric): the target tasks' mean gain, and the worst general drop.
*/
function tradeoffPoint(name, comparison, benchmarks, targetTasks) {
	const change = ({ target, metric }) => {
		const row = comparison.rows.find((candidate) => candidate.target === target && candidate.metric === metric);
		const delta = row?.comparable ? row.delta : null;
		return {
			target,
			metric,
			points: delta?.points ?? null,
			significant: delta?.pValue == null ? null : delta.pValue < SIGNIFICANCE,
			value: row?.candidate ?? null
		};
	};
	const tasks = benchmarks.filter(({ target }) => targetTasks.has(target)).map(change);
	const general = benchmarks.filter(({ target }) => !targetTasks.has(target)).map(change);
	const gains = tasks.flatMap(({ points }) => points === null ? [] : [points]);
	const worst = general.reduce((found, benchmark) => {
		if (benchmark.points === null || benchmark.points >= 0) return found;
		return found === null || benchmark.points < found.points ? benchmark : found;
	}, null);
	return {
		name,
		taskGain: gains.length === 0 ? null : gains.reduce((a, b) => a + b, 0) / gains.length,
		generalDrop: worst === null ? 0 : -worst.points,
		worstGeneral: worst?.target ?? null,
		tasks,
		general,
		goals: goalsOf(comparison, targetTasks),
		limits: limitsOf(comparison, targetTasks)
	};
}
function goalsOf(comparison, targetTasks) {
	return comparison.gates.flatMap((result) => {
		const { gate } = result;
		const goal = gate.targetValue ?? gate.min;
		if (goal === void 0 || !targetTasks.has(parseGateTarget(gate.target).task)) return [];
		const reached = gate.targetValue !== void 0 ? result.goalReached === true : result.verdict !== "below-floor" && result.value !== null;
		return [{
			label: result.label,
			value: result.value,
			goal,
			pointsScale: METRIC_POINTS_SCALE[gate.metric],
			reached
		}];
	});
}
function limitsOf(comparison, targetTasks) {
	return comparison.gates.filter(({ gate }) => (gate.maxDrop !== void 0 || gate.maxDropRelative !== void 0) && !targetTasks.has(parseGateTarget(gate.target).task)).map((result) => ({
		label: result.label,
		points: result.row?.comparable ? result.row.delta.points : null,
		limits: result.limits,
		within: !result.failed
	}));
}
var SIGNIFICANCE;
function init_tradeoff() {
	return (init_tradeoff = __esmMin((() => {
		init_task_ref();
		init_gates();
		SIGNIFICANCE = .05;
	})))();
}
// packages/core/src/compare/variants.ts
/**
* Tasks and groups that no group contains (mmlu, hellaswag, a suite; not MMLU's subjects or
* its category groups), in the run's order.
*/
function topLevelTargets(results) {
	const contained = new Set(Object.values(results.groups).flatMap((group) => group.members));
	return [...Object.keys(results.groups).map((target) => ({
		kind: "group",
		target
	})), ...Object.keys(results.tasks).map((target) => ({
		kind: "task",
		target
	}))].filter(({ target }) => !contained.has(target));
}
/** The metric a benchmark is shown by: the one a gate judges, else its headline metric. */
function headlineMetric(results, target, gates) {
	const gated = gates.find((gate) => gate.target === target || parseGateTarget(gate.target).task === target);
	const reported = (metric) => metricValueOf(results, target, metric) !== void 0;
	if (gated !== void 0 && reported(gated.metric)) return gated.metric;
	return HEADLINE_METRICS.find(reported) ?? null;
}
function columnsOf(baseline, gates, { categories = false }) {
	return topLevelTargets(baseline).flatMap(({ kind, target }) => {
		const metric = headlineMetric(baseline, target, gates);
		if (metric === null) return [];
		const own = {
			kind,
			target,
			metric
		};
		if (!categories || kind !== "task") return [own];
		return [own, ...Object.keys(baseline.tasks[target].categories ?? {}).sort().map((category) => ({
			kind: "category",
			target: formatGateTarget({
				task: target,
				category
			}),
			metric
		}))];
	});
}
/**
* A PR check's trade-off point: the candidate over the baseline's top-level tasks and groups, by
* their headline metrics, as the variants table would show it.
*/
function checkTradeoffPoint(name, baseline, comparison, gates) {
	return tradeoffPoint(name, comparison, columnsOf(baseline, gates, {}), targetTasksOf(gates));
}
var HEADLINE_METRICS;
function init_variants() {
	return (init_variants = __esmMin((() => {
		init_compare();
		init_task_ref();
		init_tradeoff();
		HEADLINE_METRICS = [
			"acc_norm",
			"acc",
			"score"
		];
	})))();
}
// packages/core/src/compare/history.ts
function emptyHistory(pullRequest) {
	return {
		format: HISTORY_FORMAT,
		version: 1,
		pullRequest,
		iterations: []
	};
}
/** A stored history, validated: anything else, or another PR's, is refused with the reason. */
function parseHistory(text, pullRequest, source) {
	let value;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new FtbenchError(`${source} is not JSON: ${error.message}`);
	}
	const problems = [...checkAgainstSchema(value, HISTORY_JSON_SCHEMA)];
	if (problems.length > 0) throw new FtbenchError(`${source} is not an ftbench PR history: ${problems.slice(0, 3).map((p) => `${p.path || "(top level)"}: ${p.message}`).join("; ")}`);
	const history = value;
	if (history.pullRequest !== pullRequest) throw new FtbenchError(`${source} is the history of PR #${history.pullRequest}, not of #${pullRequest}`);
	return {
		...history,
		iterations: history.iterations.slice(-50)
	};
}
/** The history with this push's record: replacing the same commit's (a re-run) in place, else appended; the oldest dropped past the cap. */
function recordIteration(history, record) {
	const at = history.iterations.findIndex((iteration) => iteration.sha === record.sha);
	const iterations = at >= 0 ? history.iterations.map((iteration, i) => i === at ? record : iteration) : [...history.iterations, record];
	return {
		...history,
		iterations: iterations.slice(-50)
	};
}
var HISTORY_FORMAT, nullableNumber, nullableString, change, HISTORY_JSON_SCHEMA;
function init_history() {
	return (init_history = __esmMin((() => {
		init_errors();
		init_schema_check();
		HISTORY_FORMAT = "ftbench-pr-history";
		nullableNumber = { anyOf: [{ type: "number" }, { type: "null" }] };
		nullableString = { anyOf: [{ type: "string" }, { type: "null" }] };
		change = {
			type: "object",
			required: [
				"target",
				"metric",
				"points",
				"significant"
			],
			additionalProperties: false,
			properties: {
				target: { type: "string" },
				metric: { type: "string" },
				points: nullableNumber,
				significant: { anyOf: [{ type: "boolean" }, { type: "null" }] },
				value: nullableNumber
			}
		};
		HISTORY_JSON_SCHEMA = {
			type: "object",
			required: [
				"format",
				"version",
				"pullRequest",
				"iterations"
			],
			additionalProperties: false,
			properties: {
				format: { enum: [HISTORY_FORMAT] },
				version: { enum: [1] },
				pullRequest: {
					type: "integer",
					minimum: 1
				},
				iterations: {
					type: "array",
					items: {
						type: "object",
						required: [
							"sha",
							"time",
							"passed",
							"point"
						],
						additionalProperties: false,
						properties: {
							sha: {
								type: "string",
								pattern: "^[0-9a-f]{40}$"
							},
							time: {
								type: "string",
								pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"
							},
							passed: { type: "boolean" },
							point: {
								type: "object",
								required: [
									"name",
									"taskGain",
									"generalDrop",
									"worstGeneral",
									"tasks",
									"general",
									"goals",
									"limits"
								],
								additionalProperties: false,
								properties: {
									name: { type: "string" },
									taskGain: nullableNumber,
									generalDrop: {
										type: "number",
										minimum: 0
									},
									worstGeneral: nullableString,
									tasks: {
										type: "array",
										items: change
									},
									general: {
										type: "array",
										items: change
									},
									goals: {
										type: "array",
										items: {
											type: "object",
											required: [
												"label",
												"value",
												"goal",
												"pointsScale",
												"reached"
											],
											additionalProperties: false,
											properties: {
												label: { type: "string" },
												value: nullableNumber,
												goal: { type: "number" },
												pointsScale: { type: "number" },
												reached: { type: "boolean" }
											}
										}
									},
									limits: {
										type: "array",
										items: {
											type: "object",
											required: [
												"label",
												"points",
												"limits",
												"within"
											],
											additionalProperties: false,
											properties: {
												label: { type: "string" },
												points: nullableNumber,
												limits: { type: "string" },
												within: { type: "boolean" }
											}
										}
									}
								}
							}
						}
					}
				}
			}
		};
	})))();
}
export { mulberry32 as A, parseReferences as B, DEGENERATE_SIGN_TEXT as C, checkAgainstSchema as D, parseResults as E, SINGLE_JUDGE_PROMPTS as F, init_aggregate as G, aggregateByCategory as H, checkMtBenchData as I, formatGateTarget as J, mean$1 as K, init_data as L, MT_BENCH_FILES as M, MT_BENCH_TASK as N, init_schema_check as O, NEED_REF_CATEGORIES as P, suiteTaskName as Q, parseJudgePrompts as R, init_format as S, init_results_reader as T, aggregateGroups as U, UNCATEGORIZED as V, aggregateTask as W, init_task_ref as X, formatTaskRef as Y, parseTaskRef as Z, validateGate as _, HEADLINE_METRICS as a, formatScore as b, init_tradeoff as c, init_stop_advice as d, stopAdvice as f, init_gates as g, METRIC_POINTS_SCALE as h, recordIteration as i, MT_BENCH_CATEGORIES as j, init_random as k, targetTasksOf as l, init_compare as m, init_history as n, checkTradeoffPoint as o, compareResults as p, sampleStderr as q, parseHistory as r, init_variants as s, emptyHistory as t, DEFAULT_STOP_SETTINGS as u, formatPValue as v, init_render_table as w, formatSignedPoints as x, formatPoints as y, parseQuestions as z };
