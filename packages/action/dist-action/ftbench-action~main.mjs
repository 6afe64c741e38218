import { n as __esmMin } from "./rolldown-runtime.mjs";
import { d as setOutput, m as warning, n as endGroup, o as info, p as startGroup, s as init_core, u as setFailed } from "./lib-actions-core.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import { c as init_device, d as init_hash, f as sha256Hex, l as parseDevice, u as hashFiles } from "./ftbench-core~index~main.mjs";
import { C as init_cache_dir, S as init_client, _ as init_registry, a as init_evaluator, b as pinnedDataset, c as init_version, d as datasetCachePlan, f as hubDatasetsForTasks, g as loadSuiteAt, h as isHubSuite, i as init_cache_plan, l as HubSource, m as init_suite, n as mergeShards, o as simpleEvaluate, p as init_prefetch, r as checkpointCachePlan, s as FTBENCH_VERSION, t as init_merge, u as init_source, v as loadTaskRegistry, w as judgmentCacheDir, x as HubClient, y as init_pins } from "./ftbench-core~main.mjs";
import { D as checkAgainstSchema, E as parseResults, J as formatGateTarget, L as init_data, N as MT_BENCH_TASK, O as init_schema_check, Q as suiteTaskName, T as init_results_reader, X as init_task_ref, Y as formatTaskRef, Z as parseTaskRef, _ as validateGate, d as init_stop_advice, g as init_gates, j as MT_BENCH_CATEGORIES, n as init_history, r as parseHistory, t as emptyHistory, u as DEFAULT_STOP_SETTINGS } from "./ftbench-core~comment~main.mjs";
import { t as require_dist } from "./lib-yaml.mjs";
import { a as init_constants, r as Outputs } from "./ftbench-action~index~comment~post~main.mjs";
import { n as init_runtime_version, t as ONNXRUNTIME_NODE_VERSION } from "./ftbench-action~index~main.mjs";
import { n as init_github, t as context } from "./lib-actions-github.mjs";
import { t as init_src } from "./ftbench-reporter~comment~main.mjs";
import { a as buildReports, c as postComment, d as init_whole_results, f as githubApiFromEnv, i as writeCommentSource, l as runUrlFromEnv, o as fullReportAt, p as init_github_api, s as init_report, t as init_fork_comment, u as writeJobSummary } from "./ftbench-action~comment~main.mjs";
import { n as markFinished, r as recordPendingCheckpoints, t as init_checkpoint_state } from "./ftbench-action~post~main.mjs";
import path from "node:path";
import { tmpdir } from "node:os";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
// packages/action/src/baseline.ts
/**
* Baseline results and their cache keys. A key names everything the scores depend on: the
* baseline model's content, the tasks and suites (suites by content, not path), the scoring
* options, the ftbench and onnxruntime versions and the execution provider. Two ways to get a
* baseline: score `baseline-model` once and reuse it under its key, or restore the newest
* results that runs on the PR's base branch saved (PR runs may read the base branch's caches).
* A base branch saves its results per unit (a top-level task or group) under that unit's task
* hashes, so a PR that edits the task list or the options still finds every unit whose prompts
* and data are unchanged; the rest are reported as having no baseline, never silently passed.
* Every file restored from the cache is checked against the results schema before use.
*/
/** sha256 over every file of a model directory (relative path, size and bytes), streamed: multi-GB weights are fine. */
async function modelContentHash(dir) {
	const files = readdirSync(dir, { recursive: true }).filter((name) => !name.split(path.sep).some((part) => part.startsWith(".")) && statSync(path.join(dir, name)).isFile());
	return hashFiles(dir, files);
}
function shortHash(text) {
	return sha256Hex(text).slice(0, 16);
}
/** Keys may not contain commas and are at most 512 characters; branch names may contain anything git allows. */
function keySafe(text) {
	return text.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 200);
}
function identityPrefix(identity) {
	const configHash = shortHash(JSON.stringify({
		tasks: identity.tasks,
		options: identity.options,
		runtime: identity.runtimeVersion
	}));
	return `ftbench-baseline-${identity.ftbenchVersion}-${identity.provider}-${configHash}`;
}
/**
* Mode (a): the results of one baseline model on exactly the candidate's prompts and data.
* `taskHashes` are the candidate's task hashes (definition, few-shot, every prompt, dataset
* revision; they do not depend on the model): when the data or prompts move, the cached baseline
* stops matching and is scored again, instead of failing the check as not comparable.
*/
function modelBaselineKey(identity, modelHash, taskHashes) {
	return `${identityPrefix(identity)}-model-${modelHash.slice(0, 16)}-${shortHash([...taskHashes].sort().join("\n"))}`;
}
/**
* The task hashes of a run's results, as `modelBaselineKey` takes them. A shard's come from its shard
* record, which lists every task of the run with its whole-task hash (its `tasks` lack those it has no
* document of): every shard of a run, the merged results and an unsharded run give the same key.
*/
function taskHashesOf(results) {
	return (results.shard?.tasks ?? Object.values(results.tasks)).map((task) => `${task.name}:${task.hash}`);
}
/**
* Mode (b): what every save of a branch shares, whatever its task list: the versions, the provider
* and the options the task hashes do not carry (max-length; any new option, until proven carried).
*/
function branchBaselinePrefix(identity, branch) {
	const unhashed = Object.fromEntries(Object.entries(identity.options).filter(([name]) => !OPTIONS_IN_TASK_HASHES.has(name)));
	const setupHash = shortHash(JSON.stringify({
		options: unhashed,
		runtime: identity.runtimeVersion
	}));
	return `ftbench-baseline-${identity.ftbenchVersion}-${identity.provider}-${setupHash}-branch-${keySafe(branch)}-`;
}
/** The units of a run: its groups that are no other group's member, and its tasks that are no group's member. */
function resultUnits(results) {
	const members = new Set(Object.values(results.groups).flatMap((group) => group.members));
	const unitOf = (name) => {
		const groups = [];
		const tasks = [];
		const visit = (member) => {
			const group = results.groups[member];
			if (group === void 0) {
				if (!tasks.includes(member)) tasks.push(member);
			} else if (!groups.includes(member)) {
				groups.push(member);
				group.members.forEach(visit);
			}
		};
		visit(name);
		const structure = {
			tasks: tasks.map((task) => `${task}:${results.tasks[task].hash}`).sort(),
			groups: groups.map((group) => [
				group,
				results.groups[group].members,
				results.groups[group].weightBySize
			]).sort()
		};
		return {
			name,
			hash: shortHash(JSON.stringify([name, structure])),
			tasks,
			groups
		};
	};
	return [...Object.keys(results.groups), ...Object.keys(results.tasks)].filter((name) => !members.has(name)).map(unitOf);
}
/** A branch save of one unit: found by its prefix (the unit's hash), the newest save first. */
function unitKeyPrefix(branchPrefix, unit) {
	return `${branchPrefix}${unit.hash}-`;
}
/** One unit's part of a run: what a branch saves under the unit's key. */
function unitResults(results, unit) {
	const pick = (record, names) => Object.fromEntries(names.filter((name) => record !== void 0 && Object.hasOwn(record, name)).map((name) => [name, record[name]]));
	return {
		...results,
		config: {
			...results.config,
			tasks: [unit.name]
		},
		tasks: pick(results.tasks, unit.tasks),
		groups: pick(results.groups, unit.groups),
		...results.samples ? { samples: pick(results.samples, unit.tasks) } : {}
	};
}
/** Why a restored unit must not stand in for the candidate's: null when its tasks, hashes and records are all there. */
function unitMismatch(restored, unit, candidate) {
	for (const task of unit.tasks) {
		if (restored.tasks[task]?.hash !== candidate.tasks[task].hash) return `it lacks ${task} as the candidate scored it`;
		if (restored.samples?.[task] === void 0) return `it has no per-sample records of ${task}`;
	}
	const group = unit.groups.find((name) => restored.groups[name] === void 0);
	return group === void 0 ? null : `it lacks the group ${group}`;
}
function writeResultsFile(file, results) {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(results)}\n`);
}
/** Results read back from a cache entry, checked against the results schema; null (with a warning saying what happens instead) when unusable. */
function readCachedResults(file, key, instead) {
	try {
		const results = parseResults(readFileSync(file, "utf8"), `Cache entry ${key}`);
		if (results.shard) warning(`Cache entry ${key} holds the results of shard ${results.shard.index}/${results.shard.count} only; ${instead}.`);
		else if (results.samples) return results;
		else warning(`Cache entry ${key} holds results without per-sample records; ${instead}.`);
	} catch (error) {
		const reason = error instanceof FtbenchError ? error.message : `Cache entry ${key} has no readable ${RESULTS_FILE} (${error.message})`;
		warning(`${reason}; ${instead}.`);
	}
	return null;
}
/** Restores into a clean folder: a self-hosted runner keeps the workspace, and a stale file must never pass for a hit. */
async function restoreResults({ store, workspace }, key, restoreKeys, instead) {
	const dir = path.join(workspace, BASELINE_CACHE_DIR);
	rmSync(dir, {
		recursive: true,
		force: true
	});
	const matched = await store.restore(key, restoreKeys, BASELINE_CACHE_DIR);
	const file = path.join(dir, RESULTS_FILE);
	if (matched === null || !existsSync(file)) return null;
	const results = readCachedResults(file, matched, instead);
	return results ? { baseline: {
		results,
		file,
		restoredFrom: matched
	} } : { refused: matched };
}
async function cacheResults({ store, workspace }, key, results) {
	const file = path.join(workspace, BASELINE_CACHE_DIR, RESULTS_FILE);
	const judgments = path.join(workspace, BASELINE_JUDGMENTS_DIR);
	if (existsSync(path.dirname(file))) for (const name of readdirSync(path.dirname(file))) {
		const entry = path.join(path.dirname(file), name);
		if (entry !== judgments) rmSync(entry, {
			recursive: true,
			force: true
		});
	}
	writeResultsFile(file, results);
	if (await store.save(key, ".ftbench/baseline")) info(`Saved the baseline results to the Actions cache as ${key}`);
	return file;
}
/** Mode (a): the newest usable entry under `key` (a refused one is warned about), restored into BASELINE_CACHE_DIR. */
function restoreModelBaseline(context, key) {
	return restoreResults(context, `${key}-newest`, [key], "scoring the baseline model again");
}
/**
* Mode (a): the cached results of `baseline-model`, else obtained now (`obtain`, described by `obtaining`:
* scored, or merged from the shard jobs' baseline shards) and saved for the next run. Only whole results
* reach this save. Keys are immutable, so results scored again after a refused entry are saved under the
* key plus a suffix; the lookup takes the newest entry starting with the key, which is then theirs.
*/
async function baselineFromModel(context, key, obtain, obtaining = "scoring the baseline model") {
	const restored = await restoreModelBaseline(context, key);
	if (restored !== null && "baseline" in restored) {
		info(`Baseline restored from the Actions cache (${restored.baseline.restoredFrom}): not scored again`);
		return restored.baseline;
	}
	if (restored === null) info(`No cached baseline under ${key}: ${obtaining}`);
	const results = await obtain();
	return {
		results,
		file: await cacheResults(context, restored === null ? key : `${key}-rescored-${Date.now()}`, results),
		restoredFrom: null
	};
}
/**
* Mode (a) in a shard job: whether the whole baseline is cached under `key`. A hit serves every leg and
* the merge job, and no leg scores the baseline; on a miss each leg scores its shard of it, and the merge
* job merges them and saves the whole baseline, once.
*/
async function modelBaselineCached(context, key) {
	const restored = await restoreModelBaseline(context, key);
	rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), {
		recursive: true,
		force: true
	});
	if (restored !== null && "baseline" in restored) {
		info(`Baseline found in the Actions cache (${restored.baseline.restoredFrom}): no shard of it is scored; the merge job uses it`);
		return true;
	}
	info(`No cached baseline under ${key}: this job scores its shard of the baseline; the merge job merges the shards and saves the whole baseline`);
	return false;
}
/** Mode (b) on a PR: for each unit of the candidate, the newest results the base branch saved with the same task hashes. */
async function baselineFromBranch(context, branchPrefix, candidate) {
	const parts = [];
	const restoredFrom = [];
	const missing = [];
	for (const unit of resultUnits(candidate)) {
		const prefix = unitKeyPrefix(branchPrefix, unit);
		const found = await restoreResults(context, prefix, [prefix], `${unit.name} has no baseline`);
		const restored = found !== null && "baseline" in found ? found.baseline : null;
		const mismatch = restored && unitMismatch(restored.results, unit, candidate);
		if (restored && mismatch) warning(`Cache entry ${restored.restoredFrom} does not hold ${unit.name}'s baseline (${mismatch}); ${unit.name} has no baseline.`);
		if (!restored || mismatch) {
			missing.push(unit);
			continue;
		}
		info(`Baseline restored from the base branch's results (${restored.restoredFrom}): ${unit.name}`);
		parts.push(unitResults(restored.results, unit));
		restoredFrom.push(restored.restoredFrom);
	}
	rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), {
		recursive: true,
		force: true
	});
	const models = [...new Set(parts.map((results) => results.model.fingerprint))];
	if (models.length > 1) warning(`The base branch's newest results of these tasks come from ${models.length} different models (${models.map((m) => m.slice(0, 12)).join(", ")}): tasks are compared with the base model that last scored them.`);
	return {
		results: parts.length === 0 ? null : mergeResults(parts),
		restoredFrom,
		missingUnits: missing.map((unit) => unit.name),
		withoutBaseline: missing.flatMap((unit) => [...unit.groups, ...unit.tasks])
	};
}
/** Units of (possibly) several runs as one run's results; run-level fields come from the first. */
function mergeResults(parts) {
	const merge = (records) => Object.assign({}, ...records);
	return {
		...parts[0],
		config: {
			...parts[0].config,
			tasks: parts.flatMap((part) => part.config.tasks)
		},
		tasks: merge(parts.map((part) => part.tasks)),
		groups: merge(parts.map((part) => part.groups)),
		samples: merge(parts.map((part) => part.samples))
	};
}
/** Mode (b) on the base branch: each unit of this run's results becomes the baseline later PRs restore it from. */
async function publishBranchBaseline(context, branchPrefix, modelHash, results) {
	for (const unit of resultUnits(results)) await cacheResults(context, `${unitKeyPrefix(branchPrefix, unit)}${modelHash.slice(0, 16)}`, unitResults(results, unit));
	rmSync(path.join(context.workspace, BASELINE_CACHE_DIR), {
		recursive: true,
		force: true
	});
}
var BASELINE_CACHE_DIR, RESULTS_FILE, BASELINE_JUDGMENTS_DIR, OPTIONS_IN_TASK_HASHES;
function init_baseline() {
	return (init_baseline = __esmMin((() => {
		init_errors(), init_hash(), init_results_reader();
		init_core();
		BASELINE_CACHE_DIR = ".ftbench/baseline";
		RESULTS_FILE = "results.json";
		BASELINE_JUDGMENTS_DIR = path.join(BASELINE_CACHE_DIR, "judgments");
		OPTIONS_IN_TASK_HASHES = /* @__PURE__ */ new Set([
			"numFewshot",
			"limit",
			"fewshotSeed",
			"datasetRevisions"
		]);
	})))();
}
// packages/action/src/checkpoint-cache.ts
/**
* Resumable scoring across attempts of one workflow run. Each model scores into its own checkpoint
* folder; before scoring, the newest checkpoint that an earlier attempt of the same run and job
* saved (the post step does, when an attempt is cancelled or times out) is restored into it, and
* the evaluator takes the requests already there instead of scoring them again. Checkpoint files
* are keyed by model and task content, so a restored one never changes a score.
*/
function runAttemptFromEnv(env) {
	return {
		runId: env.GITHUB_RUN_ID || "local",
		job: env.GITHUB_JOB || "job",
		attempt: env.GITHUB_RUN_ATTEMPT || "1"
	};
}
/**
* The folder and cache keys of one model's checkpoint in this run. The legs of a matrix share
* GITHUB_JOB, so the scope also hashes what the leg scores (`scoring`: model path, tasks, options,
* provider) and names the shard a leg scores; without that, two legs would save under one key and
* the second would lose, and a re-run leg would resume from another shard's checkpoint.
*/
function checkpointEntry(run, role, shard, scoring, env) {
	const leg = sha256Hex(JSON.stringify(scoring)).slice(0, 12);
	const part = shard ? `-shard-${shard.index}of${shard.count}` : "";
	const plan = checkpointCachePlan(`${run.runId}-${run.job}-${role}${part}-${leg}`, run.attempt, env);
	return {
		dir: path.join(plan.path, role),
		key: plan.key,
		restoreKeys: plan.restoreKeys
	};
}
/**
* Empties the folder (a self-hosted runner keeps the workspace, and this run's checkpoint is the
* only one to resume from), then restores an earlier attempt's checkpoint into it, if any.
*/
async function restoreCheckpoint(store, entry, role) {
	rmSync(entry.dir, {
		recursive: true,
		force: true
	});
	const matched = await store.restore(entry.key, entry.restoreKeys, entry.dir);
	if (matched !== null) info(`Resuming the ${role} model from the checkpoint of an earlier attempt (${matched})`);
}
/**
* Per model about to be scored: restores its checkpoint folder, records it for the post step, and
* gives the evaluator options that checkpoint into it and resume from it.
*/
function checkpointing(store, run, shard, env, workspace) {
	const pending = [];
	return async (role, scoring) => {
		const entry = checkpointEntry(run, role, shard, scoring, env);
		await restoreCheckpoint(store, entry, role);
		pending.push({
			dir: entry.dir,
			key: entry.key
		});
		recordPendingCheckpoints(pending);
		return {
			checkpointDir: path.resolve(workspace, entry.dir),
			resume: true
		};
	};
}
function init_checkpoint_cache() {
	return (init_checkpoint_cache = __esmMin((() => {
		init_cache_plan(), init_hash();
		init_core();
		init_checkpoint_state();
	})))();
}
// packages/action/src/config-schema.ts
var gate, scoreGate, metricGates, taskEntry, CONFIG_SCHEMA;
function init_config_schema() {
	return (init_config_schema = __esmMin((() => {
		gate = {
			type: "object",
			description: "Limits for one metric. A drop is candidate − baseline; metric values are fractions (0.45 = 45%).",
			additionalProperties: false,
			minProperties: 1,
			properties: {
				"max-drop": {
					type: "number",
					minimum: 0,
					description: "Largest allowed drop in points (1 point = 0.01 of a 0–1 metric). Example: 2 lets 0.62 fall to 0.60."
				},
				"max-drop-relative": {
					type: "number",
					minimum: 0,
					maximum: 100,
					description: "Largest allowed drop relative to the baseline, in percent."
				},
				min: {
					type: "number",
					minimum: 0,
					maximum: 1,
					description: "Floor for the candidate, as a fraction (0.45 = 45%)."
				},
				target: {
					type: "number",
					minimum: 0,
					maximum: 1,
					description: "A goal such as \"domain MCQ ≥ 0.80\": reported as reached or not, never fails the check."
				},
				"require-significant": {
					type: "boolean",
					default: false,
					description: "Count a drop past max-drop/max-drop-relative only when a paired test finds it significant at alpha."
				},
				alpha: {
					type: "number",
					exclusiveMinimum: 0,
					exclusiveMaximum: 1,
					default: .05,
					description: "Significance level for require-significant and for calling an improvement."
				}
			}
		};
		scoreGate = {
			...gate,
			description: "Limits for MT-Bench's score, FastChat's 1–10 judge rating. A drop is candidate − baseline, in rating points.",
			properties: {
				...gate.properties,
				"max-drop": {
					type: "number",
					minimum: 0,
					maximum: 9,
					description: "Largest allowed drop in rating points. Example: 0.5 lets 7.42 fall to 6.92."
				},
				min: {
					type: "number",
					minimum: 1,
					maximum: 10,
					description: "Floor for the candidate on the 1–10 scale (7.5 = 7.5)."
				},
				target: {
					type: "number",
					minimum: 1,
					maximum: 10,
					description: "A goal on the 1–10 scale: reported as reached or not, never fails the check."
				}
			}
		};
		metricGates = {
			type: "object",
			description: "Gates per metric, as ftbench reports them (truthfulqa_mc2 reports its mc2 score as acc, as lm-eval does; mt_bench reports score, FastChat's 1–10 rating).",
			additionalProperties: false,
			minProperties: 1,
			properties: {
				acc: { $ref: "#/$defs/gate" },
				acc_norm: { $ref: "#/$defs/gate" },
				score: { $ref: "#/$defs/scoreGate" }
			}
		};
		taskEntry = {
			type: "object",
			description: "A task, group or custom suite to score, with its gates. Give either `task` or `suite`.",
			additionalProperties: false,
			properties: {
				task: {
					type: "string",
					minLength: 1,
					description: "An lm-eval task or group name (mmlu, hellaswag, arc_easy, ...), or mt_bench."
				},
				suite: {
					type: "string",
					minLength: 1,
					description: "Path of a custom suite (.jsonl, .json, .yaml), relative to this file."
				},
				"num-fewshot": {
					type: "integer",
					minimum: 0,
					description: "Few-shot examples for this task or group (over options.num-fewshot; default: the task's own). TruthfulQA stays 0-shot, as in lm-eval."
				},
				gates: { $ref: "#/$defs/metricGates" },
				categories: {
					type: "object",
					description: "Gates per category of a custom suite (the items' `category`) or of mt_bench (writing, roleplay, reasoning, math, coding, extraction, stem, humanities).",
					additionalProperties: { $ref: "#/$defs/metricGates" }
				}
			}
		};
		CONFIG_SCHEMA = {
			$schema: "https://json-schema.org/draft/2020-12/schema",
			title: "ftbench.yml",
			description: "What the ftbench action scores and which changes fail the check.",
			type: "object",
			additionalProperties: false,
			required: ["tasks"],
			properties: {
				tasks: {
					type: "array",
					minItems: 1,
					description: "Tasks, groups and custom suites to score.",
					items: {
						type: ["string", "object"],
						description: "A task or group name, or suite:path/to/suite.jsonl (no gates); or a mapping with its gates.",
						if: { type: "string" },
						then: {
							type: "string",
							minLength: 1
						},
						else: { $ref: "#/$defs/task" }
					}
				},
				options: {
					type: "object",
					description: "How every task is scored. Part of the baseline cache key: changing one re-scores the baseline.",
					additionalProperties: false,
					properties: {
						"num-fewshot": {
							type: "integer",
							minimum: 0,
							description: "Few-shot examples per prompt (default: each task's own)."
						},
						limit: {
							type: "integer",
							minimum: 1,
							description: "Score only the first N documents of each task."
						},
						"fewshot-seed": {
							type: "integer",
							minimum: 0,
							default: 1234,
							description: "Few-shot sampling seed (lm-eval default 1234)."
						},
						"max-length": {
							type: "integer",
							minimum: 1,
							description: "Overrides the model's maximum sequence length."
						},
						"apply-chat-template": {
							anyOf: [{ type: "boolean" }, {
								type: "string",
								minLength: 1
							}],
							description: "Render every prompt with the model's chat template (lm-eval --apply_chat_template): true for its default template, or a template's name."
						},
						"system-instruction": {
							type: "string",
							description: "A system message before each task's description (lm-eval --system_instruction)."
						},
						"fewshot-as-multiturn": {
							type: "boolean",
							description: "Few-shot examples as user/assistant turns (default true with apply-chat-template; false puts shots and question in one user message)."
						}
					}
				},
				stop: {
					type: "object",
					description: "When to stop fine-tuning (ftbench compare and the PR comment): the target tasks reach their `target`, the general benchmarks stay within their `max-drop`, and another round gains less than min-gain.",
					additionalProperties: false,
					properties: {
						"min-gain": {
							type: "number",
							minimum: 0,
							default: 1,
							description: "Points of task gain over the previous iteration below which another round is not worth it."
						},
						"best-balance": {
							enum: ["within-limits", "gain-minus-drop"],
							default: "within-limits",
							description: "How the best-balanced variant is chosen: within-limits, the largest task gain with every general drop within its limit; gain-minus-drop, the largest task gain minus the worst general drop."
						}
					}
				},
				"dataset-revisions": {
					type: "object",
					description: "Hub revision to read, per task name (arc_easy) or Hub dataset (cais/mmlu: every task reading it; a task name wins over its dataset). Part of the dataset cache key and of the baseline cache key. Not with the data-dir input, which reads local releases.",
					additionalProperties: {
						type: "string",
						minLength: 1,
						description: "A commit sha (reproducible), or a branch or tag (resolved once, then remembered by the dataset cache). Quote a sha made only of digits."
					}
				}
			},
			$defs: {
				task: taskEntry,
				metricGates,
				gate,
				scoreGate
			}
		};
	})))();
}
// packages/action/src/config.ts
/**
* ftbench.yml: which tasks and suites to score, how, and the gates that fail the check.
* Parsed with `yaml`, checked against the shipped JSON Schema (every problem at once, each
* naming its key path), then turned into plain data: evaluator task names and gate configs.
*/
/** The config's `options.num-fewshot`. */
function defaultFewshotOf(config) {
	return typeof config?.options.numFewshot === "number" ? config.options.numFewshot : config?.defaultNumFewshot;
}
function withFewshot(tasks, options, defaultNumFewshot, stop) {
	const numFewshot = fewshotSetting(tasks, defaultNumFewshot);
	const { numFewshot: _previous, ...rest } = options;
	return {
		tasks,
		options: numFewshot === void 0 ? rest : {
			numFewshot,
			...rest
		},
		...typeof numFewshot === "object" && defaultNumFewshot !== void 0 ? { defaultNumFewshot } : {},
		stop
	};
}
/** The evaluator's few-shot setting: one count, or per entry its own count, else the default. */
function fewshotSetting(tasks, defaultNumFewshot) {
	if (tasks.every((entry) => entry.numFewshot === void 0)) return defaultNumFewshot;
	const counts = tasks.map((entry) => [entry.task, entry.numFewshot ?? defaultNumFewshot]).filter(([, n]) => n !== void 0);
	return Object.fromEntries(counts);
}
/** Reads and checks the config file. */
function loadConfig(file) {
	return parseConfig(readFileSync(file, "utf8"), file);
}
function parseConfig(text, file) {
	const document = (0, import_dist.parseDocument)(text, {
		prettyErrors: true,
		uniqueKeys: true
	});
	if (document.errors.length > 0) throw new FtbenchError(`${file} is not valid YAML:\n${document.errors.map((e) => `  - ${e.message}`).join("\n")}`);
	const raw = document.toJS();
	const problems = [...checkAgainstSchema(raw, CONFIG_SCHEMA)];
	if (problems.length === 0) problems.push(...semanticProblems(raw));
	if (problems.length > 0) throw configError(file, problems);
	return toConfig(raw, path.dirname(path.resolve(file)));
}
/** One problem on one line (`file: key.path: what is wrong`), several as a list. */
function configError(file, problems) {
	const where = (at) => at || "(top level)";
	if (problems.length === 1) return new FtbenchError(`${file}: ${where(problems[0].path)}: ${problems[0].message}`, SCHEMA_HINT);
	return new FtbenchError(`${file} has ${problems.length} problems:\n${problems.map((problem) => `  - ${where(problem.path)}: ${problem.message}`).join("\n")}`, SCHEMA_HINT);
}
/** What the schema cannot say: one of task/suite, categories on suites only, gates that can fire. */
function semanticProblems(raw) {
	const problems = [];
	const checkGates = (gates, at) => {
		for (const [metric, gate] of Object.entries(gates ?? {})) if (!LIMIT_KEYS.some((key) => gate[key] !== void 0)) problems.push({
			path: `${at}.${metric}`,
			message: `sets no limit, so it could never fail; set one of: ${LIMIT_KEYS.join(", ")}`
		});
	};
	raw.tasks.forEach((entry, i) => {
		const at = `tasks[${i}]`;
		if (typeof entry === "string") return;
		if (entry.task === void 0 === (entry.suite === void 0)) problems.push({
			path: at,
			message: "give either `task` (a task or group name) or `suite` (a suite file), not both or neither"
		});
		if (entry.categories && entry.suite === void 0 && entry.task !== "mt_bench") problems.push({
			path: `${at}.categories`,
			message: `per-category gates need a custom suite (\`suite:\`) or ${MT_BENCH_TASK}; lm-eval tasks have no categories`
		});
		checkGates(entry.gates, `${at}.gates`);
		for (const [category, gates] of Object.entries(entry.categories ?? {})) checkGates(gates, `${at}.categories.${category}`);
	});
	if (raw.options?.["fewshot-as-multiturn"] === true && !raw.options["apply-chat-template"]) problems.push({
		path: "options.fewshot-as-multiturn",
		message: "needs apply-chat-template: few-shot turns are chat messages"
	});
	return problems;
}
function toLimits(gate) {
	const limits = {
		maxDrop: gate["max-drop"],
		maxDropRelative: gate["max-drop-relative"],
		min: gate.min,
		targetValue: gate.target,
		requireSignificant: gate["require-significant"],
		alpha: gate.alpha
	};
	return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== void 0));
}
function toMetricGates(gates) {
	return Object.fromEntries(Object.entries(gates ?? {}).map(([metric, gate]) => [metric, toLimits(gate)]));
}
/** `suite:x.jsonl` with x relative to `baseDir`, made absolute; task names pass through. */
function resolveTaskName(name, baseDir) {
	const ref = parseTaskRef(name);
	if (ref.kind === "registered" || isHubSuite(ref.location)) return name;
	return formatTaskRef({
		kind: "suite",
		location: path.resolve(baseDir, ref.location)
	});
}
function toConfig(raw, baseDir) {
	const tasks = raw.tasks.map((entry, i) => {
		const at = `tasks[${i}]`;
		if (typeof entry === "string") return {
			task: resolveTaskName(entry, baseDir),
			at,
			gates: {},
			categories: {}
		};
		return {
			task: resolveTaskName(entry.task ?? formatTaskRef({
				kind: "suite",
				location: entry.suite
			}), baseDir),
			at,
			gates: toMetricGates(entry.gates),
			categories: Object.fromEntries(Object.entries(entry.categories ?? {}).map(([category, gates]) => [category, toMetricGates(gates)])),
			...entry["num-fewshot"] === void 0 ? {} : { numFewshot: entry["num-fewshot"] }
		};
	});
	const options = raw.options ?? {};
	const scoring = {
		limit: options.limit,
		fewshotSeed: options["fewshot-seed"],
		maxLength: options["max-length"],
		applyChatTemplate: options["apply-chat-template"],
		systemInstruction: options["system-instruction"],
		fewshotAsMultiturn: options["fewshot-as-multiturn"],
		datasetRevisions: Object.keys(raw["dataset-revisions"] ?? {}).length > 0 ? raw["dataset-revisions"] : void 0
	};
	const stop = {
		minGain: raw.stop?.["min-gain"] ?? DEFAULT_STOP_SETTINGS.minGain,
		bestBalance: raw.stop?.["best-balance"] ?? DEFAULT_STOP_SETTINGS.bestBalance
	};
	return withFewshot(tasks, Object.fromEntries(Object.entries(scoring).filter(([, value]) => value !== void 0)), options["num-fewshot"], stop);
}
/**
* The `tasks` input replaces the config's list; a task the config also lists keeps its gates.
* Suite paths in the input are relative to the workspace.
*/
function overrideTasks(config, tasks, workspace) {
	const configured = new Map((config?.tasks ?? []).map((entry) => [entry.task, entry]));
	return withFewshot(tasks.map((name) => {
		const task = resolveTaskName(name, workspace);
		return configured.get(task) ?? {
			task,
			at: TASKS_INPUT,
			gates: {},
			categories: {}
		};
	}), config?.options ?? {}, defaultFewshotOf(config), config?.stop ?? DEFAULT_STOP_SETTINGS);
}
/**
* Gate configs for compareResults. `suiteNames` maps each `suite:<path>` task to the suite's name,
* since compare targets a suite as `suite:<name>` and a category as `suite:<name>/<category>`
* (mt_bench's as `mt_bench/<category>`).
*/
function gateConfigs(tasks, suiteNames) {
	const gatesOf = (target, gates) => Object.entries(gates).map(([metric, limits]) => ({
		target,
		metric,
		...limits
	}));
	return tasks.flatMap((entry) => {
		const suite = suiteNames.get(entry.task);
		const target = suite === void 0 ? entry.task : suiteTaskName(suite);
		return [...gatesOf(target, entry.gates), ...Object.entries(entry.categories).flatMap(([category, gates]) => gatesOf(formatGateTarget({
			task: target,
			category
		}), gates))];
	});
}
/** What an lm-eval task or group reports, by the task registry; an unknown name throws its FtbenchError (with suggestions). */
async function registryScores() {
	const registry = await loadTaskRegistry();
	return (name) => {
		if (name === "mt_bench") return {
			name,
			metrics: ["score"],
			categories: MT_BENCH_CATEGORIES
		};
		const group = registry.getGroup(name);
		if (group === void 0) return {
			name,
			metrics: registry.resolve([name]).tasks.some((task) => task.name === name) ? registry.getTask(name).metrics : []
		};
		const leafMetrics = new Set(registry.resolve([name]).tasks.flatMap((task) => task.metrics));
		return {
			name,
			metrics: group.metrics.filter((metric) => leafMetrics.has(metric))
		};
	};
}
/** What a loaded suite reports; with `limit` only the first items are scored, so a category beyond them is never reported. */
function suiteScores(suite, options) {
	const scored = suite.items.slice(0, options.limit ?? suite.items.length);
	return {
		name: suiteTaskName(suite.name),
		metrics: suite.task.metrics,
		categories: [...new Set(scored.map((item) => item.category))].sort()
	};
}
/**
* Every task is known, and every gate names a metric its task reports and, for suites, a category
* it has: checked before any scoring, so a typo costs seconds, not the hours of scoring both
* models. `file` names the config in the message; `reportedBy` throws an FtbenchError for an unknown task.
*/
function checkGateTargets(config, file, reportedBy) {
	const problems = config.tasks.flatMap((entry) => {
		let reported;
		try {
			reported = reportedBy(entry.task);
		} catch (error) {
			if (error instanceof FtbenchError && entry.at !== TASKS_INPUT) return [{
				path: entry.at,
				message: error.message
			}];
			throw error;
		}
		const metricProblems = (gates, at, of) => Object.keys(gates).filter((metric) => !reported.metrics.includes(metric)).map((metric) => ({
			path: `${at}.${metric}`,
			message: `${of} reports ${reported.metrics.join(", ") || "no metric"}, not ${metric}`
		}));
		const categories = reported.categories ?? [];
		return [...metricProblems(entry.gates, `${entry.at}.gates`, reported.name), ...Object.entries(entry.categories).flatMap(([category, gates]) => {
			const at = `${entry.at}.categories.${category}`;
			if (categories.includes(category)) return metricProblems(gates, at, `${reported.name}/${category}`);
			return [{
				path: at,
				message: `${reported.name} has no category "${category}" among the items scored (categories: ${categories.join(", ") || "none"})`
			}];
		})];
	});
	if (problems.length > 0) throw configError(file, problems);
}
var import_dist, TASKS_INPUT, SCHEMA_HINT, LIMIT_KEYS;
function init_config() {
	return (init_config = __esmMin((() => {
		init_stop_advice(), init_errors(), init_data(), init_schema_check(), init_task_ref(), init_suite(), init_registry();
		import_dist = require_dist();
		init_config_schema();
		TASKS_INPUT = "the tasks input";
		SCHEMA_HINT = "See docs/action.md for the format; schema/ftbench.schema.json gives completion in editors.";
		LIMIT_KEYS = [
			"max-drop",
			"max-drop-relative",
			"min",
			"target"
		];
	})))();
}
// packages/action/src/dataset-cache.ts
/**
* Hub datasets across jobs: the standard tasks' datasets are downloaded into the action's dataset
* cache, which the Actions cache keeps under a key naming each dataset, config and revision
* (core's `datasetCachePlan`). A run with the same datasets restores them and makes no Hub
* request; a run with other datasets or pins restores the newest older cache by prefix (what it
* shares still counts) and saves its own key once the data is in.
*
* The cache lives outside the checkout (under RUNNER_TEMP), and its folder is emptied before each
* restore: what is read as benchmark data is what the Actions cache or the Hub delivered, never
* files a pull request committed, nor what an earlier job left on a self-hosted runner.
*/
/**
* The cache plan for the Hub datasets the tasks read at their pinned revisions; null when they
* read none (suites only). A pin naming no selected task or dataset is a typo, refused here
* with the config's key before anything is downloaded or scored.
*/
async function hubDatasetPlan(tasks, pins, configFile, env) {
	const selected = await hubDatasetsForTasks(tasks);
	const unknown = Object.keys(pins).filter((key) => !selected.some(({ task }) => task.name === key || task.dataset.path === key));
	if (unknown.length > 0) {
		const datasets = [...new Set(selected.map(({ task }) => task.dataset.path))];
		throw new FtbenchError(`dataset-revisions in ${configFile} names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is" : "are"} neither a selected task nor its Hub dataset.`, `Key each pin by a task name or a dataset of the selected tasks: ${datasets.join(", ") || "none (only custom suites are selected)"}.`);
	}
	if (selected.length === 0) return null;
	return datasetCachePlan(selected.map(({ task }) => pinnedDataset(task, pins)), env);
}
/**
* ftbench's cache root in the action (datasets, checkpoints) unless FTBENCH_CACHE_DIR says
* otherwise: the runner's temporary folder, outside the checkout, which a PR cannot write to and
* whose path relative to the workspace is the same on every runner (see cache-store.ts).
*/
function actionCacheRoot(env) {
	return path.join(env.RUNNER_TEMP || tmpdir(), "ftbench-cache");
}
/** Empties `plan.path`, then restores the cached datasets into it; the matched key, or null. */
async function restoreDatasets(store, plan) {
	rmSync(plan.path, {
		recursive: true,
		force: true
	});
	const matched = await store.restore(plan.key, plan.restoreKeys, plan.path);
	if (matched === plan.key) info(`Hub datasets restored from the Actions cache (${matched})`);
	else if (matched !== null) info(`Hub datasets partly restored from an older cache (${matched}); the rest is downloaded`);
	else info("No cached Hub datasets: downloading them");
	return matched;
}
/** Saves the datasets under the plan's key, unless that exact entry was restored (entries are immutable). */
async function saveDatasets(store, plan, restored) {
	if (restored === plan.key || !existsSync(plan.path)) return;
	if (await store.save(plan.key, plan.path)) info(`Saved the Hub datasets to the Actions cache as ${plan.key}`);
}
/** Restores the tasks' Hub datasets from the Actions cache; null when the tasks read none. */
async function cachedHubDatasets(store, request) {
	const plan = await hubDatasetPlan(request.tasks, request.pins, request.configFile, request.env);
	if (plan === null) return null;
	const restored = await restoreDatasets(store, plan);
	return {
		source: new HubSource({ cacheDir: path.resolve(request.workspace, plan.path) }),
		save: () => saveDatasets(store, plan, restored)
	};
}
function init_dataset_cache() {
	return (init_dataset_cache = __esmMin((() => {
		init_errors(), init_source(), init_prefetch(), init_pins();
		init_core();
	})))();
}
// packages/action/src/loop.ts
/** Loads every suite up front (a broken suite fails before any scoring) and names it as results and gates do. */
async function loadSuites(config) {
	const suites = /* @__PURE__ */ new Map();
	for (const { task } of config.tasks) {
		const ref = parseTaskRef(task);
		if (ref.kind !== "suite") continue;
		const suite = await loadSuiteAt(ref.location, () => new HubClient());
		suites.set(task, {
			name: suite.name,
			version: suite.version,
			reported: suiteScores(suite, config.options)
		});
	}
	return suites;
}
/** The config's gates as results name their targets, each target checked against what its task reports. */
async function configuredGates(config, file, suites) {
	const registered = await registryScores();
	checkGateTargets(config, file, (task) => suites.get(task)?.reported ?? registered(task));
	const gates = gateConfigs(config.tasks, new Map([...suites].map(([task, suite]) => [task, suite.name])));
	gates.forEach(validateGate);
	return gates;
}
function init_loop() {
	return (init_loop = __esmMin((() => {
		init_client(), init_suite(), init_task_ref(), init_gates();
		init_src();
		init_config();
		init_report();
		init_whole_results();
	})))();
}
// packages/action/src/pr-history.ts
/**
* Where a PR's iteration history lives: the Actions cache, one immutable entry per run under a
* key that names the PR, so the newest entry is the latest history. Only the action writes it
* (a comment can be edited by anyone with access, so the comment is never read back), a run
* cache is scoped to the PR's ref by GitHub, and what is restored is validated (parseHistory)
* before use: an unreadable or foreign entry starts a new history with a warning, never a failed
* check.
*/
function historyKeyPrefix(repository, pullRequest) {
	return `ftbench-pr-history-v1-${repository.replace(/[^\w.-]/g, "_")}-pr${pullRequest}-`;
}
/** A run's own key: a re-run gets a new attempt number, so every save is a new entry. */
function historyKey(prefix, env) {
	return `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
}
/** The history before this push: restored and validated, else empty. */
async function restoreHistory(place) {
	rmSync(place.dir, {
		recursive: true,
		force: true
	});
	const matched = await place.store.restore(place.key, [place.prefix], place.dir);
	const file = path.join(place.dir, FILE);
	if (matched === null || !existsSync(file)) return emptyHistory(place.pullRequest);
	try {
		const history = parseHistory(readFileSync(file, "utf8"), place.pullRequest, `the PR history in the Actions cache (${matched})`);
		info(`PR history restored from the Actions cache (${matched}): ${history.iterations.length} earlier push(es)`);
		return history;
	} catch (error) {
		warning(`${error.message}: starting a new history. The check is not affected.`);
		return emptyHistory(place.pullRequest);
	}
}
async function saveHistory(place, history) {
	mkdirSync(place.dir, { recursive: true });
	writeFileSync(path.join(place.dir, FILE), `${JSON.stringify(history)}\n`);
	await place.store.save(place.key, place.dir);
}
var FILE, PR_HISTORY_DIR;
function init_pr_history() {
	return (init_pr_history = __esmMin((() => {
		init_history();
		init_core();
		FILE = "history.json";
		PR_HISTORY_DIR = ".ftbench/pr-history";
	})))();
}
// packages/action/src/shard-files.ts
/**
* What a matrix leg (input `shard: I/N`) hands the merge job (input `merge:`), through the workflow's
* actions/upload-artifact and actions/download-artifact steps. Leg I of N writes one folder, its
* names unique across legs (so download-artifact's `merge-multiple` may put every leg's in one folder):
* - `candidate-I-of-N.json`: the candidate's shard results (`ftbench eval --shard I/N`);
* - `baseline-I-of-N.json`: the baseline model's shard, when the leg found no whole baseline cached;
* - `leg-I-of-N.json`: what the leg scored with (the ScoringIdentity the cache keys are made of), and
*   the content hashes of the models, which the merge job's cache keys need (it has no models).
* The merge job reads such a folder (one subfolder per artifact, or merged), refuses any other file,
* merges each model's shards with core's mergeShards (a missing, duplicate or mismatched shard is an
* error naming the files) and checks that every leg is there and scored as the merge job is set up:
* it never compares or gates on a partial set.
*/
function shardFileName(kind, shard) {
	return `${kind}-${shard.index}-of-${shard.count}.json`;
}
function writeShardLeg(dir, leg) {
	const file = path.join(dir, shardFileName("leg", leg.shard));
	writeFileSync(file, `${JSON.stringify({
		format: LEG_FORMAT,
		version: LEG_VERSION,
		...leg
	})}\n`);
	return file;
}
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (error) {
		throw new FtbenchError(`cannot read the shard file ${file}: ${error.message}`, "Download the shard jobs’ artifacts unchanged.");
	}
}
function readLeg(file, value) {
	const problems = checkAgainstSchema(value, LEG_SCHEMA);
	if (problems.length > 0) throw new FtbenchError(`${file} is not a shard leg record: ${problems[0].path || "the file"}: ${problems[0].message}`, "Download the shard jobs’ artifacts unchanged.");
	const { format: _format, version: _version, ...leg } = value;
	return {
		file,
		leg
	};
}
/** Every shard file under `dir` (the merge input `given`), in subfolders too; any other file is an error. */
function readShardFolder(dir, given) {
	let names;
	try {
		names = readdirSync(dir, { recursive: true }).filter((name) => statSync(path.join(dir, name)).isFile()).sort();
	} catch (error) {
		throw new FtbenchError(`cannot read the merge folder ${given} (${error.code ?? error.message})`, "Set merge: to the path that actions/download-artifact downloaded the shard jobs’ artifacts to.");
	}
	const folder = {
		candidate: [],
		baseline: [],
		legs: []
	};
	for (const name of names) {
		const file = path.join(given, name);
		const kind = FILE_NAME.exec(path.basename(name))?.[1];
		if (kind === void 0) throw new FtbenchError(`the merge folder ${given} holds ${file}, which is not a shard job's file (candidate-, baseline- or leg-I-of-N.json)`, "Download only the shard jobs’ artifacts into it (download-artifact with their name pattern).");
		const value = readJson(path.join(dir, name));
		if (kind === "leg") folder.legs.push(readLeg(file, value));
		else folder[kind].push({
			file,
			results: parseResults(value, file)
		});
	}
	if (folder.candidate.length === 0) throw new FtbenchError(`the merge folder ${given} holds no shard results${names.length === 0 ? " (it is empty)" : ""}`, "Download the shard jobs’ artifacts into it first (actions/download-artifact), and run this job after them (needs:).");
	return folder;
}
/** core's mergeShards, its errors saying whose shards they are. */
function mergeRole(role, files) {
	try {
		return mergeShards(files);
	} catch (error) {
		if (error instanceof FtbenchError) throw new FtbenchError(`the ${role}'s shards: ${error.message}`, error.hint);
		throw error;
	}
}
/** The legs 1..count, one each, all scored as this merge job is set up (`identity`, with or without a baseline model). */
function checkLegs(legs, count, identity, withBaselineModel) {
	const byIndex = /* @__PURE__ */ new Map();
	for (const entry of legs) {
		const { index, count: legCount } = entry.leg.shard;
		if (legCount !== count || index > count) throw new FtbenchError(`${entry.file} is of leg ${index}/${legCount}, but the candidate's shards are ${count}`);
		const twin = byIndex.get(index);
		if (twin) throw new FtbenchError(`${twin.file} and ${entry.file} are both leg ${index}/${count}`, "Download each leg’s artifact once.");
		byIndex.set(index, entry);
		const differs = IDENTITY_PARTS.find(([part]) => JSON.stringify(entry.leg.identity[part]) !== JSON.stringify(identity[part]));
		if (differs) throw new FtbenchError(`${entry.file}: that leg scored with another ${differs[1]} than this merge job is set up with`, SAME_SETUP);
		if (entry.leg.baselineModelHash !== null !== withBaselineModel) throw new FtbenchError(`${entry.file}: that leg ran ${withBaselineModel ? "without" : "with"} baseline-model, this merge job ${withBaselineModel ? "with" : "without"}`, SAME_SETUP);
	}
	const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
	if (missing.length > 0) throw new FtbenchError(`the leg records ${missing.map((index) => shardFileName("leg", {
		index,
		count
	})).join(", ")} are missing`, "Download every shard job’s whole artifact.");
	const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index).leg);
	for (const field of ["baselineModelHash", "candidateModelHash"]) if (new Set(ordered.map((leg) => leg[field])).size > 1) throw new FtbenchError(`the legs scored different models (their ${field} differ)`, SAME_SETUP);
	return ordered;
}
/** The candidate's shards merged (refusing a partial set) and the legs checked against this job's setup. */
function mergeShardFolder(folder, identity, withBaselineModel) {
	const candidate = mergeRole("candidate", folder.candidate);
	const legs = checkLegs(folder.legs, folder.candidate[0].results.shard.count, identity, withBaselineModel);
	const [first] = legs;
	return {
		candidate,
		modelHash: (role) => {
			const recorded = role === "baseline" ? first.baselineModelHash : first.candidateModelHash;
			if (recorded === null) throw new FtbenchError(`the legs recorded no content hash of the ${role} model`, SAME_SETUP);
			return recorded;
		},
		baseline: () => {
			if (folder.baseline.length === 0 && legs.every((leg) => leg.baselineCached)) throw new FtbenchError("the shard jobs found the whole baseline in the Actions cache, so they scored no shard of it, but it is not in the cache now", "Re-run all the jobs: the shard jobs then score the baseline’s shards too.");
			return mergeRole("baseline", folder.baseline);
		}
	};
}
var LEG_FORMAT, LEG_VERSION, FILE_NAME, hash, LEG_SCHEMA, IDENTITY_PARTS, SAME_SETUP;
function init_shard_files() {
	return (init_shard_files = __esmMin((() => {
		init_schema_check(), init_errors(), init_merge(), init_results_reader();
		LEG_FORMAT = "ftbench-shard-leg";
		LEG_VERSION = 1;
		FILE_NAME = /^(candidate|baseline|leg)-(\d+)-of-(\d+)\.json$/;
		hash = {
			type: ["string", "null"],
			pattern: "^[0-9a-f]{64}$"
		};
		LEG_SCHEMA = {
			type: "object",
			required: [
				"format",
				"version",
				"shard",
				"identity",
				"baselineModelHash",
				"baselineCached",
				"candidateModelHash"
			],
			properties: {
				format: { const: LEG_FORMAT },
				version: { const: LEG_VERSION },
				shard: {
					type: "object",
					required: ["index", "count"],
					properties: {
						index: {
							type: "integer",
							minimum: 1
						},
						count: {
							type: "integer",
							minimum: 1
						}
					}
				},
				identity: {
					type: "object",
					required: [
						"ftbenchVersion",
						"runtimeVersion",
						"provider",
						"tasks",
						"options"
					],
					properties: {
						ftbenchVersion: { type: "string" },
						runtimeVersion: { type: "string" },
						provider: { type: "string" },
						tasks: {
							type: "array",
							items: { type: "string" }
						},
						options: { type: "object" }
					}
				},
				baselineModelHash: hash,
				baselineCached: { type: "boolean" },
				candidateModelHash: hash
			}
		};
		IDENTITY_PARTS = [
			["ftbenchVersion", "ftbench version"],
			["runtimeVersion", "onnxruntime version"],
			["provider", "device (execution provider)"],
			["tasks", "tasks"],
			["options", "scoring options"]
		];
		SAME_SETUP = "Give the merge job the same config, tasks, device and baseline-model inputs as the shard jobs, and the same action version.";
	})))();
}
// packages/action/src/main.ts
/**
* The action: wires the packages together in four steps. Prepare (config, suites and gates
* checked before any scoring), score (the candidate, then a baseline: cached, or scored once),
* compare under the configured gates, then publish: outputs, job summary, sticky PR comment, and
* the check's verdict. Hub datasets come from the Actions
* cache when an earlier job downloaded them, and scoring resumes from the checkpoint of an
* earlier attempt of the same run.
* Over a matrix (shard-files.ts): a leg (`shard: I/N`) only scores its shard of each model that
* needs scoring and writes the files for the merge job; the merge job (`merge: DIR`) takes the
* place of the scoring step, merging the legs' shards, and then compares, gates and publishes as
* above, once.
*/
/** The config file, with the tasks input replacing its task list; the default file may be absent when tasks are given. */
function resolveConfig(inputs, workspace) {
	const file = path.resolve(workspace, inputs.config);
	const config = existsSync(file) ? loadConfig(file) : null;
	if (inputs.tasks !== null && (config !== null || inputs.config === "ftbench.yml")) return overrideTasks(config, inputs.tasks, workspace);
	if (config === null) throw new FtbenchError(`config file ${file} does not exist`, "Create it (see docs/action.md), set the config input to its path relative to the workspace, or list the tasks in the tasks input.");
	return config;
}
/** Without data-dir, the standard tasks read the Hub through the dataset cache, at the config's pinned revisions. */
async function hubDatasetsOf(inputs, config, store, where) {
	const pins = config.options.datasetRevisions ?? {};
	if (inputs.dataDir === null) return cachedHubDatasets(store, {
		tasks: config.tasks.map((entry) => entry.task),
		pins,
		configFile: inputs.config,
		...where
	});
	if (Object.keys(pins).length > 0) throw new FtbenchError(`dataset-revisions in ${inputs.config} pins Hub datasets, but the data-dir input reads local releases.`, "Remove data-dir to read the datasets from the Hub (cached between runs), or remove dataset-revisions.");
	return null;
}
/** The PR this run is about, if any. */
function pullRequest() {
	const pr = context.payload.pull_request;
	if (!pr) return null;
	return {
		...context.repo,
		number: pr.number,
		baseRef: pr.base.ref,
		headSha: pr.head.sha
	};
}
/** Where this PR's iteration history is kept; null when the head commit is not a plain sha (then no history is kept). */
function prHistoryPlace(store, pr) {
	if (!/^[0-9a-f]{40}$/.test(pr.headSha)) {
		info(`The PR head commit "${pr.headSha}" is not a commit sha: no iteration history is kept.`);
		return null;
	}
	const prefix = historyKeyPrefix(`${pr.owner}/${pr.repo}`, pr.number);
	return {
		store,
		dir: PR_HISTORY_DIR,
		prefix,
		key: historyKey(prefix, process.env),
		pullRequest: pr.number
	};
}
function setOutputs(outputs) {
	for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}
async function prepare(inputs, store) {
	const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
	process.chdir(workspace);
	const outDir = path.join(process.env.RUNNER_TEMP ?? tmpdir(), "ftbench");
	mkdirSync(outDir, { recursive: true });
	const config = resolveConfig(inputs, workspace);
	const suites = await loadSuites(config);
	const gates = await configuredGates(config, inputs.config, suites);
	const tasks = config.tasks.map((entry) => entry.task);
	const identity = {
		ftbenchVersion: FTBENCH_VERSION,
		runtimeVersion: ONNXRUNTIME_NODE_VERSION,
		provider: parseDevice(inputs.device).kind,
		tasks: tasks.map((task) => {
			const suite = suites.get(task);
			return suite ? `${suiteTaskName(suite.name)}@${suite.version}` : task;
		}),
		options: { ...config.options }
	};
	const cacheEnv = {
		...process.env,
		FTBENCH_CACHE_DIR: process.env.FTBENCH_CACHE_DIR || actionCacheRoot(process.env)
	};
	const scores = inputs.merge === null;
	const hubDatasets = scores ? await hubDatasetsOf(inputs, config, store, {
		env: cacheEnv,
		workspace
	}) : null;
	const resumeOptions = scores && inputs.resume ? checkpointing(store, runAttemptFromEnv(process.env), inputs.shard, cacheEnv, workspace) : null;
	const score = async (model, role) => {
		startGroup(`Scoring the ${role} model ${model}`);
		try {
			const results = await simpleEvaluate({
				model: path.resolve(workspace, model),
				tasks,
				...config.options,
				device: inputs.device,
				batchSize: inputs.batchSize,
				dataDir: inputs.dataDir === null ? void 0 : path.resolve(workspace, inputs.dataDir),
				dataSource: hubDatasets?.source,
				logSamples: true,
				...inputs.shard ? { shard: inputs.shard } : {},
				...mtBenchOptions(inputs, tasks, role, {
					workspace,
					cacheEnv
				}),
				...resumeOptions && await resumeOptions(role, {
					model,
					identity
				})
			});
			const resumed = results.timings.resumedRequests ?? 0;
			if (resumed > 0) info(`${resumed} of ${results.timings.requests} requests came from the checkpoint, not scored again`);
			return results;
		} finally {
			endGroup();
		}
	};
	return {
		inputs,
		store,
		workspace,
		outDir,
		config,
		gates,
		identity,
		pr: pullRequest(),
		score,
		hubDatasets
	};
}
/**
* MT-Bench's judge inputs for one model: the baseline's judgments are cached inside its baseline
* cache entry (BASELINE_JUDGMENTS_DIR), the candidate's in the action's cache root (with the
* datasets and checkpoints, not the runner's home).
*/
function mtBenchOptions(inputs, tasks, role, { workspace, cacheEnv }) {
	const { judgeModelDir, ...rest } = inputs.mtBench;
	const judge = {
		...rest,
		...judgeModelDir === void 0 ? {} : { judgeModelDir: path.resolve(workspace, judgeModelDir) }
	};
	if (!tasks.includes("mt_bench")) return judge;
	return {
		...judge,
		judgeCacheDir: role === "baseline" ? path.join(workspace, BASELINE_JUDGMENTS_DIR) : judgmentCacheDir(cacheEnv)
	};
}
/** The candidate, then its baseline: cached, scored now, or from the base branch. */
async function scoreRun(run) {
	const candidate = await run.score(run.inputs.model, "candidate");
	await run.hubDatasets?.save();
	const candidateFile = path.join(run.outDir, "candidate.json");
	writeResultsFile(candidateFile, candidate);
	return {
		candidate,
		candidateFile,
		obtained: await obtainBaseline({
			...run,
			candidate,
			modelHash: (role) => modelContentHash(path.resolve(run.workspace, role === "baseline" ? run.inputs.baselineModel : run.inputs.model)),
			wholeBaseline: {
				obtain: () => run.score(run.inputs.baselineModel, "baseline"),
				obtaining: "scoring the baseline model"
			}
		})
	};
}
/**
* A matrix leg: its shard of the candidate, and of the baseline model when the whole baseline is not
* cached (never saved: only the merge job saves, the whole baseline), written for the merge job with
* what its cache keys need. Nothing is compared, gated or commented.
*/
async function scoreShard(run, shard) {
	const { inputs, identity, workspace } = run;
	const dir = path.join(run.outDir, "shard");
	rmSync(dir, {
		recursive: true,
		force: true
	});
	mkdirSync(dir, { recursive: true });
	const write = (role, results) => {
		const file = path.join(dir, shardFileName(role, shard));
		writeResultsFile(file, results);
		return file;
	};
	const candidate = await run.score(inputs.model, "candidate");
	await run.hubDatasets?.save();
	const candidateFile = write("candidate", candidate);
	let baselineModelHash = null;
	let baselineCached = false;
	let baselineFile = "";
	if (inputs.baselineModel !== null) {
		baselineModelHash = await modelContentHash(path.resolve(workspace, inputs.baselineModel));
		const key = modelBaselineKey(identity, baselineModelHash, taskHashesOf(candidate));
		baselineCached = await modelBaselineCached({
			store: run.store,
			workspace
		}, key);
		if (!baselineCached) baselineFile = write("baseline", await run.score(inputs.baselineModel, "baseline"));
	}
	const candidateModelHash = inputs.baselineModel === null && run.pr === null ? await modelContentHash(path.resolve(workspace, inputs.model)) : null;
	writeShardLeg(dir, {
		shard,
		identity,
		baselineModelHash,
		baselineCached,
		candidateModelHash
	});
	setOutputs({
		[Outputs.ShardDir]: dir,
		[Outputs.Results]: candidateFile,
		[Outputs.BaselineResults]: baselineFile
	});
	const what = `ftbench scored shard ${shard.index}/${shard.count}${baselineFile ? " of the candidate and of the baseline" : ""}`;
	await writeJobSummary(`${what}. The merge job compares, gates and comments, once every shard is in.\n`);
	info(`${what}: its files are in ${dir} (the shard-dir output), for actions/upload-artifact`);
}
/**
* The merge job: the candidate's whole results from the legs' shards, then its baseline as in an
* unsharded run, with the legs' record of the models' hashes and, on a cache miss, the baseline
* merged from the legs' shards of it (then saved, whole, once). A partial set is an error.
*/
async function mergeRun(run, dir) {
	const folder = readShardFolder(path.resolve(run.workspace, dir), dir);
	const merged = mergeShardFolder(folder, run.identity, run.inputs.baselineModel !== null);
	const { candidate } = merged;
	info(`Merged the candidate's ${folder.candidate.length} shards from ${dir}`);
	const candidateFile = path.join(run.outDir, "candidate.json");
	writeResultsFile(candidateFile, candidate);
	return {
		candidate,
		candidateFile,
		obtained: await obtainBaseline({
			...run,
			candidate,
			modelHash: async (role) => merged.modelHash(role),
			wholeBaseline: {
				obtain: async () => merged.baseline(),
				obtaining: "merging the shard jobs' shards of the baseline"
			}
		})
	};
}
/** The reports: the candidate against its baseline under the gates, with this PR's iteration history. */
async function compare(run, { candidate, obtained: { baseline, withoutBaseline, why } }) {
	const { store, pr, config } = run;
	const reportInput = {
		candidate,
		baseline: baseline?.results ?? null,
		baselineCacheHit: baseline !== null && baseline.restoredFrom !== null,
		gates: run.gates,
		withoutBaseline,
		why
	};
	const commitBaseUrl = `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY ?? ""}/commit/`;
	const historyPlace = pr !== null && baseline !== null ? prHistoryPlace(store, pr) : null;
	const history = historyPlace && {
		before: await restoreHistory(historyPlace),
		sha: pr.headSha,
		time: (/* @__PURE__ */ new Date()).toISOString(),
		stop: config.stop,
		commitBaseUrl
	};
	const runUrl = runUrlFromEnv(process.env);
	const sha = pr?.headSha ?? process.env.GITHUB_SHA;
	const context = {
		...sha ? { commit: {
			sha,
			url: `${commitBaseUrl}${sha}`
		} } : {},
		...runUrl ? { runUrl } : {},
		onnxruntimeVersion: ONNXRUNTIME_NODE_VERSION
	};
	const reports = buildReports({
		...reportInput,
		...history ? { history } : {}
	}, {
		fullReport: fullReportAt(runUrl),
		context
	});
	if (historyPlace && reports.history) await saveHistory(historyPlace, reports.history);
	return {
		reportInput,
		reports
	};
}
/** Outputs, job summary, comment file and source, the sticky comment: everything but the verdict. */
async function publish(run, scored, reportInput, reports) {
	const { inputs, outDir, pr } = run;
	setOutputs({
		[Outputs.Results]: scored.candidateFile,
		[Outputs.BaselineResults]: scored.obtained.baseline?.file ?? "",
		[Outputs.Passed]: String(reports.passed),
		[Outputs.Regressions]: JSON.stringify(reports.regressions)
	});
	await writeJobSummary(reports.summary);
	const commentFile = path.join(outDir, "comment.md");
	writeFileSync(commentFile, reports.comment);
	setOutput(Outputs.CommentFile, commentFile);
	if (pr !== null) {
		const commentSource = path.join(outDir, "comment-source.json");
		writeCommentSource(commentSource, {
			pullRequest: pr.number,
			headSha: pr.headSha,
			report: reportInput
		});
		setOutput(Outputs.CommentSource, commentSource);
	}
	let commentUrl = null;
	if (inputs.comment && pr !== null) {
		if (!inputs.githubToken) warning("No github-token: the PR comment is skipped.");
		else commentUrl = await postComment(githubApiFromEnv(inputs.githubToken), pr, reports.comment);
	}
	setOutput(Outputs.CommentUrl, commentUrl ?? "");
}
async function main(inputs, store) {
	const started = performance.now();
	const run = await prepare(inputs, store);
	if (inputs.shard !== null) {
		await scoreShard(run, inputs.shard);
		markFinished();
		return;
	}
	const scored = inputs.merge === null ? await scoreRun(run) : await mergeRun(run, inputs.merge);
	const { reportInput, reports } = await compare(run, scored);
	await publish(run, scored, reportInput, reports);
	info(`ftbench finished in ${((performance.now() - started) / 1e3).toFixed(1)}s`);
	if (!reports.passed) {
		const message = `ftbench: ${reports.regressions.length} gate(s) failed:\n${reports.failure}`;
		if (inputs.failOnRegression) setFailed(message);
		else warning(`${message}\n(fail-on-regression is false: the check passes)`);
	}
	markFinished();
}
/**
* baseline-model given: its cached results, else scored now (mode a). Otherwise a PR compares each
* of its tasks with its base branch's newest saved results of the same task hashes (mode b), and
* a branch run saves its own for later PRs.
*/
async function obtainBaseline(request) {
	const { inputs, pr, identity, workspace, candidate, modelHash, wholeBaseline } = request;
	const context$1 = {
		store: request.store,
		workspace
	};
	if (inputs.baselineModel !== null) return {
		baseline: await baselineFromModel(context$1, modelBaselineKey(identity, await modelHash("baseline"), taskHashesOf(candidate)), wholeBaseline.obtain, wholeBaseline.obtaining),
		withoutBaseline: [],
		why: ""
	};
	if (pr !== null) {
		const found = await baselineFromBranch(context$1, branchBaselinePrefix(identity, pr.baseRef), candidate);
		const advice = `Run this workflow on pushes to \`${pr.baseRef}\`, or set \`baseline-model\`.`;
		if (found.results === null) {
			const why = `No baseline yet: no results saved by runs on ${pr.baseRef} with these prompts and data. Drop limits are not checked; floors are. Run this workflow on pushes to ${pr.baseRef}, or set baseline-model.`;
			warning(why);
			return {
				baseline: null,
				withoutBaseline: found.withoutBaseline,
				why
			};
		}
		if (found.missingUnits.length > 0) warning(`No baseline on \`${pr.baseRef}\` for ${found.missingUnits.join(", ")}: no results saved there with these prompts and data, so their drop limits are not checked (floors are). ${advice}`);
		const file = path.join(request.outDir, "baseline.json");
		writeResultsFile(file, found.results);
		return {
			baseline: {
				results: found.results,
				file,
				restoredFrom: found.restoredFrom.join(", ")
			},
			withoutBaseline: found.withoutBaseline,
			why: ""
		};
	}
	const branch = process.env.GITHUB_REF_NAME || context.ref.replace(/^refs\/heads\//, "");
	await publishBranchBaseline(context$1, branchBaselinePrefix(identity, branch), await modelHash("candidate"), candidate);
	return {
		baseline: null,
		withoutBaseline: [],
		why: `Scores of ${branch}, saved as the baseline for pull requests into it. Drop limits are not checked; floors are.`
	};
}
function init_main() {
	return (init_main = __esmMin((() => {
		init_version(), init_errors(), init_data(), init_cache_dir(), init_device(), init_evaluator(), init_task_ref();
		init_core();
		init_github();
		init_baseline();
		init_checkpoint_cache();
		init_checkpoint_state();
		init_config();
		init_dataset_cache();
		init_constants();
		init_loop();
		init_pr_history();
		init_fork_comment();
		init_github_api();
		init_report();
		init_runtime_version();
		init_shard_files();
	})))();
}
export { main as n, init_main as t };
