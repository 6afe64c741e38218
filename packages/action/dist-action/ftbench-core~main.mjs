import { a as __toESM, n as __esmMin } from "./rolldown-runtime.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import { n as init_dist, t as Template } from "./lib-huggingface-jinja.mjs";
import { c as init_device, d as init_hash, f as sha256Hex, i as planShards, l as parseDevice, n as init_plan, o as init_package, s as version, t as SHARD_PLAN_RULE, u as hashFiles } from "./ftbench-core~index~main.mjs";
import { A as mulberry32, B as parseReferences, D as checkAgainstSchema, F as SINGLE_JUDGE_PROMPTS, G as init_aggregate, H as aggregateByCategory, I as checkMtBenchData, K as mean, L as init_data, M as MT_BENCH_FILES, N as MT_BENCH_TASK, O as init_schema_check, P as NEED_REF_CATEGORIES, Q as suiteTaskName, R as parseJudgePrompts, U as aggregateGroups, V as UNCATEGORIZED, W as aggregateTask, X as init_task_ref, Z as parseTaskRef, q as sampleStderr, z as parseQuestions } from "./ftbench-core~comment~main.mjs";
import { t as require_dist } from "./lib-yaml.mjs";
import { i as parquetReadObjects, n as init_node, t as asyncBufferFromFile } from "./lib-hyparquet.mjs";
import { n as compressors, t as init_src } from "./lib-hyparquet-compressors.mjs";
import { t as require_onnx } from "./lib-onnx-proto.mjs";
import { n as init_tokenizers, t as Tokenizer_default } from "./lib-huggingface-tokenizers.mjs";
import path, { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash, randomBytes } from "node:crypto";
import { availableParallelism, freemem, homedir } from "node:os";
import { closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import * as ort from "onnxruntime-node";
// packages/core/src/model/files.ts
/** model.onnx plus the external-data files optimum writes beside it (model.onnx_data, *.onnx.data, ...). */
function modelWeightFiles(dir) {
	return readdirSync(dir).filter((name) => name === "model.onnx" || /\.onnx_data$|\.onnx\.data$|^model\.onnx.*\.data$/.test(name));
}
function readJsonFile(file, what) {
	let text;
	try {
		text = readFileSync(file, "utf8");
	} catch {
		throw new FtbenchError(`${what} not found: ${file}`);
	}
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new FtbenchError(`${what} is not valid JSON: ${file} (${err.message})`);
	}
}
function readOptionalJson(file, what) {
	return existsSync(file) ? readJsonFile(file, what) : {};
}
/** Checks that a model directory has what an optimum export has, naming what is missing. */
function assertModelDir(dir) {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new FtbenchError(`model directory not found: ${dir}`, "Pass --model pointing at a Hugging Face optimum export (model.onnx, tokenizer.json, config.json).");
	const missing = ["model.onnx", "tokenizer.json"].filter((name) => !existsSync(path.join(dir, name)));
	if (missing.length > 0) throw new FtbenchError(`model directory ${dir} has no ${missing.join(" and no ")}`, "A model directory is what `optimum-cli export onnx --task text-generation-with-past` writes: model.onnx (+ external data), tokenizer.json, tokenizer_config.json, config.json.");
}
function init_files() {
	return (init_files = __esmMin((() => {
		init_errors();
	})))();
}
// packages/core/src/model/chat-template.ts
/** The named templates of a model directory, and where they come from. */
function templatesIn(dir, config) {
	const templates = /* @__PURE__ */ new Map();
	const jinjaFile = path.join(dir, TEMPLATE_FILE);
	const extraDir = path.join(dir, TEMPLATE_DIR);
	if (existsSync(jinjaFile)) templates.set(DEFAULT_NAME, readFileSync(jinjaFile, "utf8"));
	if (existsSync(extraDir) && statSync(extraDir).isDirectory()) for (const entry of readdirSync(extraDir).filter((name) => name.endsWith(".jinja")).sort()) templates.set(entry.slice(0, -6), readFileSync(path.join(extraDir, entry), "utf8"));
	if (templates.size > 0) return {
		templates,
		file: (name) => name === DEFAULT_NAME && existsSync(jinjaFile) ? TEMPLATE_FILE : `${TEMPLATE_DIR}/${name}.jinja`
	};
	const entry = config.chat_template;
	if (typeof entry === "string") templates.set(DEFAULT_NAME, entry);
	else if (Array.isArray(entry)) for (const item of entry) {
		const { name, template } = item ?? {};
		if (typeof name !== "string" || typeof template !== "string") throw new FtbenchError(`tokenizer_config.json in ${dir} has a chat_template list entry that is not {"name": ..., "template": ...}`);
		templates.set(name, template);
	}
	else if (entry !== void 0 && entry !== null) throw new FtbenchError(`tokenizer_config.json in ${dir} has a chat_template that is neither a string nor a list of named templates`);
	return {
		templates,
		file: () => "tokenizer_config.json"
	};
}
/** A special token's text from tokenizer_config.json (a string, or an AddedToken `{content}`). */
function tokenText(entry) {
	if (typeof entry === "string") return entry;
	const content = entry?.content;
	return typeof content === "string" ? content : void 0;
}
/**
* The chat template of the model in `dir`: `name` picks one of several (lm-eval `--apply_chat_template NAME`);
* without it, the only one or the one named `default`. A model without a template is an error, since
* scoring an instruction format the model does not declare would be a guess.
*/
function loadChatTemplate(dir, name) {
	const config = readOptionalJson(path.join(dir, "tokenizer_config.json"), "tokenizer_config.json");
	const { templates, file } = templatesIn(dir, config);
	if (templates.size === 0) throw new FtbenchError(`the model in ${dir} has no chat template (no ${TEMPLATE_FILE} and no chat_template in tokenizer_config.json)`, "Drop --apply-chat-template for a base model, or add the chat template its instruct version was trained with.");
	const names = [...templates.keys()];
	const single = templates.size === 1 && templates.has(DEFAULT_NAME);
	let picked;
	if (name !== void 0 && !single) {
		if (!templates.has(name)) throw new FtbenchError(`the model in ${dir} has no chat template named "${name}"`, `Its templates: ${names.join(", ")}.`);
		picked = name;
	} else if (name !== void 0 && name !== DEFAULT_NAME) throw new FtbenchError(`--apply-chat-template ${name}: the model in ${dir} has a single chat template, not named ones`, "Pass --apply-chat-template without a name.");
	else if (templates.has(DEFAULT_NAME)) picked = DEFAULT_NAME;
	else throw new FtbenchError(`the model in ${dir} has several chat templates and none is named "${DEFAULT_NAME}"`, `Name one: --apply-chat-template NAME, one of ${names.join(", ")}.`);
	const text = templates.get(picked);
	let template;
	try {
		template = new Template(text);
	} catch (err) {
		throw new FtbenchError(`the chat template "${picked}" in ${path.join(dir, file(picked))} does not parse: ${err.message}`);
	}
	const specialTokens = Object.fromEntries(SPECIAL_TOKENS.flatMap((key) => tokenText(config[key]) === void 0 ? [] : [[key, tokenText(config[key])]]));
	const renderOnce = (messages) => template.render({
		...specialTokens,
		messages,
		tools: null,
		documents: null,
		add_generation_prompt: true
	});
	return {
		name: picked,
		file: file(picked),
		text,
		sha256: sha256Hex(text),
		render(messages, onSystemDropped) {
			try {
				return renderOnce(messages);
			} catch (err) {
				const reason = err.message;
				if (!messages.some((m) => m.role === "system")) throw new FtbenchError(`the chat template "${picked}" failed: ${reason}`);
				onSystemDropped?.(reason);
				try {
					return renderOnce(messages.filter((m) => m.role !== "system"));
				} catch (again) {
					throw new FtbenchError(`the chat template "${picked}" failed: ${again.message}`);
				}
			}
		}
	};
}
var DEFAULT_NAME, TEMPLATE_FILE, TEMPLATE_DIR, SPECIAL_TOKENS;
function init_chat_template() {
	return (init_chat_template = __esmMin((() => {
		init_dist();
		init_errors();
		init_hash();
		init_files();
		DEFAULT_NAME = "default";
		TEMPLATE_FILE = "chat_template.jinja";
		TEMPLATE_DIR = "additional_chat_templates";
		SPECIAL_TOKENS = [
			"bos_token",
			"eos_token",
			"unk_token",
			"sep_token",
			"pad_token",
			"cls_token",
			"mask_token"
		];
	})))();
}
// packages/core/src/chat-settings.ts
/** Checks the options and reads the template from `modelDir` (the model's directory); undefined when no model is known. */
function resolveChatSettings(opts, modelDir) {
	const { applyChatTemplate, systemInstruction, fewshotAsMultiturn } = opts;
	if (applyChatTemplate === "") throw new FtbenchError("--apply-chat-template was given an empty template name", "Give a name of one of the model's templates, or no value for its default one.");
	const wanted = applyChatTemplate !== void 0 && applyChatTemplate !== false;
	if (fewshotAsMultiturn === true && !wanted) throw new FtbenchError("--fewshot-as-multiturn needs --apply-chat-template", "Few-shot turns are chat messages: add --apply-chat-template, or drop --fewshot-as-multiturn.");
	if (!wanted) return {
		systemInstruction,
		fewshotAsMultiturn: false
	};
	if (modelDir === void 0) throw new FtbenchError("--apply-chat-template needs the model, whose tokenizer holds the template", "Pass --model DIR.");
	assertModelDir(modelDir);
	return {
		template: loadChatTemplate(modelDir, typeof applyChatTemplate === "string" ? applyChatTemplate : void 0),
		systemInstruction,
		fewshotAsMultiturn: fewshotAsMultiturn ?? true
	};
}
/** The prompt builder's chat format; `onSystemDropped` hears of each prompt rendered without its system message. */
function chatFormat(settings, onSystemDropped) {
	const { template } = settings;
	return template ? {
		render: (messages) => template.render(messages, onSystemDropped),
		fewshotAsMultiturn: settings.fewshotAsMultiturn
	} : void 0;
}
function chatRecord(settings) {
	const { template, systemInstruction } = settings;
	if (!template && systemInstruction === void 0) return void 0;
	return {
		...template ? {
			chatTemplate: {
				name: template.name,
				file: template.file,
				sha256: template.sha256,
				text: template.text
			},
			fewshotAsMultiturn: settings.fewshotAsMultiturn
		} : {},
		...systemInstruction !== void 0 ? { systemInstruction } : {}
	};
}
/** Builds one task's prompts with the chat settings, noting prompts that lost their system message. */
function buildWithChat(task, build, settings) {
	const dropped = {
		prompts: 0,
		reason: ""
	};
	const chat = chatFormat(settings, (reason) => {
		dropped.prompts++;
		dropped.reason = reason.split("\n")[0].slice(0, 200);
	});
	const docs = build({
		systemInstruction: settings.systemInstruction,
		chat
	});
	const record = chatRecord(settings);
	return {
		docs,
		...record ? { chat: record } : {},
		...dropped.prompts > 0 ? { chatWarning: systemDroppedWarning(task.name, dropped.prompts, dropped.reason) } : {}
	};
}
/** What of a ChatRecord identifies the prompts' format in a task hash (the template by name and sha256). */
function chatHashIdentity(record) {
	const { chatTemplate, ...rest } = record;
	return {
		...rest,
		...chatTemplate ? { chatTemplate: {
			name: chatTemplate.name,
			sha256: chatTemplate.sha256
		} } : {}
	};
}
/** The warning for a task whose prompts lost their system message to a template that refuses one. */
function systemDroppedWarning(task, prompts, reason) {
	return `${task}: the chat template refused the system message ("${reason}"), so, as lm-eval does, ${prompts} prompt${prompts === 1 ? " was" : "s were"} rendered without it: the task description and --system-instruction are not in ${prompts === 1 ? "it" : "them"}`;
}
function init_chat_settings() {
	return (init_chat_settings = __esmMin((() => {
		init_errors();
		init_chat_template();
		init_files();
	})))();
}
// packages/core/src/fs-errors.ts
/**
* File-system failures the user can fix (a read-only folder, a full disk, a file where a folder
* should be), turned into one readable line instead of a stack trace; and the probes that find
* them before hours of scoring rather than after.
*/
/** Node's error for a file-system call on a path that cannot be written (it sets code, syscall, path). */
function isUnwritablePathError(error) {
	const e = error;
	return typeof e?.code === "string" && UNWRITABLE.has(e.code) && typeof e.path === "string";
}
/** "permission denied", "no space left on device", ... (Node's own message for codes not listed). */
function fileSystemReason(error) {
	const code = error?.code;
	return (code && REASONS[code]) ?? error.message;
}
/**
* mkdir -p that reports why it failed. Node's recursive mkdir answers ENOENT when a folder cannot
* be created on a read-only file system; creating the first missing folder alone gives the real
* code (EROFS, EACCES), which the one-line errors above can name.
*/
function makeDirs(dir) {
	try {
		mkdirSync(dir, { recursive: true });
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
		let missing = path.resolve(dir);
		while (!existsSync(path.dirname(missing))) missing = path.dirname(missing);
		mkdirSync(missing);
		throw error;
	}
}
/**
* Creates `dir` if needed and proves a file can be created in it (as root, permission bits say
* nothing: only trying tells). Throws an FtbenchError naming `dir` and `what` it is for.
*/
function assertWritableDir(dir, what, hint) {
	const probe = path.join(dir, `.ftbench-write-probe-${process.pid}`);
	try {
		makeDirs(dir);
		closeSync(openSync(probe, "wx"));
		rmSync(probe, { force: true });
	} catch (error) {
		throw new FtbenchError(`cannot write to the ${what} ${dir}: ${fileSystemReason(error)}`, hint);
	}
}
var REASONS, UNWRITABLE;
function init_fs_errors() {
	return (init_fs_errors = __esmMin((() => {
		init_errors();
		REASONS = {
			EACCES: "permission denied",
			EPERM: "operation not permitted",
			EROFS: "read-only file system",
			ENOSPC: "no space left on device",
			EDQUOT: "disk quota exceeded",
			ENOTDIR: "part of the path is a file, not a folder",
			EISDIR: "it is a folder",
			ENOENT: "no such file or folder",
			EEXIST: "it already exists",
			ENAMETOOLONG: "the name is too long",
			EMFILE: "too many open files"
		};
		UNWRITABLE = /* @__PURE__ */ new Set([
			"EACCES",
			"EPERM",
			"EROFS",
			"ENOSPC",
			"EDQUOT",
			"ENOTDIR",
			"EISDIR"
		]);
	})))();
}
// packages/core/src/atomic-write.ts
/**
* The one way ftbench replaces a file that others read (caches, checkpoints): written aside,
* flushed, renamed over the target, and the folder flushed, so a reader sees the old content or
* the new, never a mix, and a power cut keeps one of them.
*/
/** Makes a rename or a new file in `dir` survive a power cut (a no-op where directories cannot be opened). */
function fsyncDir(dir) {
	let fd;
	try {
		fd = openSync(dir, "r");
		fsyncSync(fd);
	} catch {} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
/** Writes aside, flushes, renames over `file`, flushes its folder. */
function writeFileAtomic(file, data) {
	makeDirs(path.dirname(file));
	const aside = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
	const bytes = typeof data === "string" ? Buffer.from(data) : data;
	const fd = openSync(aside, "w");
	try {
		for (let written = 0; written < bytes.byteLength;) written += writeSync(fd, bytes, written);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		rmSync(aside, { force: true });
		throw error;
	}
	closeSync(fd);
	renameSync(aside, file);
	fsyncDir(path.dirname(file));
}
function init_atomic_write() {
	return (init_atomic_write = __esmMin((() => {
		init_fs_errors();
	})))();
}
// packages/core/src/checkpoint/store.ts
/**
* An append-only checkpoint of scored requests: one JSON line per request,
* `{"k": <request key>, "v": <result>, "c": <checksum of k and v>}`, appended in batches that are
* fsync'd before the batch counts as done.
*
* A process killed mid-write leaves at most a torn last line (no newline, or bytes that fail to
* parse or to match their checksum). Opening the file drops every such record, rewrites the file
* without them (aside, then renamed over it) and goes on appending after the last good one.
*/
function checksum(key, valueJson) {
	return sha256Hex(`${key}\u0000${valueJson}`).slice(0, 16);
}
function encodeRecord(record) {
	const valueJson = JSON.stringify(record.value);
	return `{"k":${JSON.stringify(record.key)},"v":${valueJson},"c":"${checksum(record.key, valueJson)}"}\n`;
}
/** The record a line holds, or undefined when the line is damaged. */
function decodeLine(line) {
	let parsed;
	try {
		parsed = JSON.parse(line);
	} catch {
		return;
	}
	if (typeof parsed?.k !== "string" || parsed.v === void 0 || parsed.c !== checksum(parsed.k, JSON.stringify(parsed.v))) return void 0;
	return {
		key: parsed.k,
		value: parsed.v
	};
}
/** Reads a checkpoint file, keeping every intact record; a missing file is an empty checkpoint. */
function readCheckpoint(file) {
	const records = /* @__PURE__ */ new Map();
	if (!existsSync(file)) return {
		records,
		dropped: 0
	};
	const lines = readFileSync(file, "utf8").split("\n");
	let dropped = lines.pop() === "" ? 0 : 1;
	for (const line of lines) {
		const record = decodeLine(line);
		if (record) records.set(record.key, record.value);
		else dropped++;
	}
	return {
		records,
		dropped
	};
}
var CheckpointStore;
function init_store() {
	return (init_store = __esmMin((() => {
		init_atomic_write();
		init_errors();
		init_fs_errors();
		init_hash();
		CheckpointStore = class CheckpointStore {
			file;
			fd;
			loaded;
			constructor(file, fd, loaded) {
				this.file = file;
				this.fd = fd;
				this.loaded = loaded;
			}
			/**
			* Opens `file` for appending. `resume`: keep its intact records (and drop damaged ones);
			* otherwise start it afresh.
			*/
			static open(file, { resume }) {
				try {
					makeDirs(path.dirname(file));
					const loaded = resume ? readCheckpoint(file) : {
						records: /* @__PURE__ */ new Map(),
						dropped: 0
					};
					if (!resume || loaded.dropped > 0) writeFileAtomic(file, [...loaded.records].map(([key, value]) => encodeRecord({
						key,
						value
					})).join(""));
					const fd = openSync(file, "a");
					fsyncDir(path.dirname(file));
					return new CheckpointStore(file, fd, loaded);
				} catch (error) {
					if (!isUnwritablePathError(error)) throw error;
					throw new FtbenchError(`cannot write the checkpoint ${file}: ${fileSystemReason(error)}`, `Make ${path.dirname(file)} writable, pass --checkpoint-dir DIR, or set FTBENCH_CACHE_DIR to a writable folder.`);
				}
			}
			/** Appends a batch and waits until it is on disk. */
			append(records) {
				if (this.fd === void 0) throw new Error(`checkpoint ${this.file} is closed`);
				if (records.length === 0) return;
				const bytes = Buffer.from(records.map(encodeRecord).join(""));
				try {
					for (let offset = 0; offset < bytes.length;) offset += writeSync(this.fd, bytes, offset);
					fsyncSync(this.fd);
				} catch (error) {
					if (typeof error.code !== "string") throw error;
					throw new FtbenchError(`could not append to the checkpoint ${this.file}: ${fileSystemReason(error)}`, "What was scored before this batch is kept there: fix the problem and run the same command with --resume.");
				}
			}
			close() {
				if (this.fd === void 0) return;
				closeSync(this.fd);
				this.fd = void 0;
			}
		};
	})))();
}
// packages/core/src/checkpoint/resume.ts
/**
* Resumable scoring. A task's requests are scored in chunks of whole documents; each chunk's
* results are appended to the task's checkpoint (keyed by model, task hash and request) before
* the next chunk starts, and a resumed run scores only what the checkpoint lacks.
*
* Chunks are formed greedily over the documents still to score, in order, so a run resumed after
* k complete chunks scores exactly the chunks an uninterrupted run scored after its k-th: the
* model sees the same batches and produces the same numbers.
*/
/** What makes a model score a request the way it does: weights, tokenizer, truncation, BOS, device. */
function modelCheckpointKey(model, device) {
	const { fingerprint, tokenizerFingerprint, maxLength, addBosToken, logitsType } = model;
	return sha256Hex(JSON.stringify({
		fingerprint,
		tokenizerFingerprint,
		maxLength,
		addBosToken,
		logitsType,
		device
	}));
}
/** One file per model and task (its hash covers definition, data revision and every prompt). */
function checkpointFile(dir, modelKey, taskName, taskHash) {
	const readable = taskName.replace(/[^A-Za-z0-9_.-]/g, "_");
	return path.join(dir, `${readable}-${sha256Hex(`${modelKey}\u0000${taskHash}`).slice(0, 32)}.jsonl`);
}
function loglikelihoodRequestKey(request) {
	return sha256Hex(`loglikelihood\u0000${request.context}\u0000${request.continuation}`);
}
function generationRequestKey(request) {
	return sha256Hex(`generate\u0000${JSON.stringify([
		request.context,
		request.until,
		request.maxNewTokens
	])}`);
}
/**
* The chunks a whole task is scored in: consecutive documents (by their request counts), each chunk
* closed once it holds `size` requests. Scoring any union of these chunks, in order, forms them again.
*/
function documentChunks(groupSizes, size = 256) {
	return chunksOf(groupSizes.map((n, doc) => new Array(n).fill(doc)), size).map((chunk) => [...new Set(chunk)]);
}
/** Groups of pending request indices, cut into chunks of at least `size` requests. */
function chunksOf(groups, size) {
	const chunks = [];
	let current = [];
	for (const group of groups) {
		current.push(...group);
		if (current.length >= size) {
			chunks.push(current);
			current = [];
		}
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}
async function scoreResumable(run) {
	const { requests, store } = run;
	const keys = requests.map(run.keyOf);
	const done = store?.loaded.records ?? /* @__PURE__ */ new Map();
	const values = new Array(requests.length);
	const pendingGroups = [];
	let start = 0;
	for (const size of run.groupSizes) {
		const pending = [];
		for (let i = start; i < start + size; i++) if (done.has(keys[i])) values[i] = done.get(keys[i]);
		else pending.push(i);
		if (pending.length > 0) pendingGroups.push(pending);
		start += size;
	}
	if (start !== requests.length) throw new Error(`group sizes cover ${start} of ${requests.length} requests`);
	const resumed = requests.length - pendingGroups.reduce((n, group) => n + group.length, 0);
	run.onProgress?.(resumed);
	const chunks = chunksOf(pendingGroups, run.chunkRequests ?? 256);
	let scored = 0;
	for (const chunk of chunks.filter((c) => c.length > 0)) {
		const results = await run.score(chunk.map((i) => requests[i]), (d) => run.onProgress?.(resumed + scored + d));
		chunk.forEach((index, j) => values[index] = results[j]);
		store?.append(chunk.map((index, j) => ({
			key: keys[index],
			value: results[j]
		})));
		scored += chunk.length;
	}
	return {
		values,
		resumed
	};
}
function init_resume() {
	return (init_resume = __esmMin((() => {
		init_hash();
	})))();
}
// packages/core/src/data/hub/cache.ts
/**
* The on-disk dataset cache. One folder per dataset repository:
*
*   datasets--<org>--<name>/refs/<revision>                  the commit sha a branch or tag resolved to
*   datasets--<org>--<name>/snapshots/<sha>/manifest.json    the repository's file listing at that commit
*   datasets--<org>--<name>/snapshots/<sha>/files/<path>     downloaded files, verified
*   datasets--<org>--<name>/snapshots/<sha>/files/<path>.incomplete   a download in progress (resumable)
*   datasets--<org>--<name>/snapshots/<sha>/integrity/<path>.json     size and sha256 the download was verified with
*
* A commit's files never change, so everything under snapshots/<sha> is valid forever; a file is
* still checked against its integrity record each time it is used (integrity.ts), since a cache
* can be damaged or tampered with after the download. Every file is written aside and renamed into
* place, so a reader never sees half of one.
*/
function assertRepoId(repo) {
	if (!REPO_ID.test(repo) || repo.includes("..")) throw new FtbenchError(`"${repo}" is not a Hub dataset name.`, "Name datasets as on the Hub: organisation/name, e.g. cais/mmlu.");
}
/** Repository paths come from the Hub's listing; refuse any that would step outside the cache. */
function safeSegments(repoPath) {
	const segments = repoPath.split("/");
	if (segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\"))) throw new FtbenchError(`Refusing the repository path "${repoPath}": it would leave the dataset cache.`);
	return segments;
}
/** A dataset's folder (`datasets--org--name`), or a Space's (`spaces--org--name`). */
function repoCacheDir(cacheDir, repo, repoType = "datasets") {
	assertRepoId(repo);
	return path.join(cacheDir, `${repoType}--${repo.split("/").join("--")}`);
}
function refFile(repoDir, revision) {
	return path.join(repoDir, "refs", encodeURIComponent(revision));
}
function snapshotDir(repoDir, sha) {
	return path.join(repoDir, "snapshots", sha);
}
function manifestFile(repoDir, sha) {
	return path.join(snapshotDir(repoDir, sha), "manifest.json");
}
function cachedFilePath(repoDir, sha, repoPath) {
	return path.join(snapshotDir(repoDir, sha), "files", ...safeSegments(repoPath));
}
/** The integrity record of a cached file: its own tree, so no repository path can collide with it. */
function integrityRecordFile(repoDir, sha, repoPath) {
	const segments = safeSegments(repoPath);
	segments[segments.length - 1] += ".json";
	return path.join(snapshotDir(repoDir, sha), "integrity", ...segments);
}
var REPO_ID;
function init_cache() {
	return (init_cache = __esmMin((() => {
		init_errors();
		REPO_ID = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;
	})))();
}
// packages/core/src/data/hub/integrity.ts
/**
* What a cached Hub file must be, and whether it still is. Every download that passed its check
* leaves a record beside the cache's files (size and sha256 of the content, see cache.ts); each
* time a cached file is used, its size and sha256 are compared with the record again, so a file
* that was damaged, truncated or swapped in the cache is never read as task data. Hashing is cheap
* next to parsing (an MMLU-sized 3.3 MB parquet: ~6 ms of sha256 against ~60–120 ms to read it), so
* it is done on every use rather than remembered.
*/
async function digestFile(file) {
	const size = statSync(file).size;
	const sha256 = createHash("sha256");
	const gitBlob = createHash("sha1").update(`blob ${size}\0`);
	for await (const chunk of createReadStream(file)) {
		sha256.update(chunk);
		gitBlob.update(chunk);
	}
	return {
		size,
		sha256: sha256.digest("hex"),
		gitBlobId: gitBlob.digest("hex")
	};
}
/** Why content with this digest is not what was expected, or undefined when it is. */
function digestMismatch(digest, expected) {
	if (expected.size !== void 0 && digest.size !== expected.size) return `size ${digest.size}, expected ${expected.size}`;
	if (expected.sha256 && digest.sha256 !== expected.sha256) return `sha256 ${digest.sha256}, expected ${expected.sha256}`;
	if (!expected.sha256 && expected.gitBlobId && digest.gitBlobId !== expected.gitBlobId) return `git blob id ${digest.gitBlobId}, expected ${expected.gitBlobId}`;
}
function writeIntegrityRecord(recordFile, digest) {
	const record = {
		size: digest.size,
		sha256: digest.sha256
	};
	writeFileAtomic(recordFile, `${JSON.stringify(record)}\n`);
}
function readIntegrityRecord(recordFile) {
	if (!existsSync(recordFile)) return void 0;
	try {
		const record = JSON.parse(readFileSync(recordFile, "utf8"));
		return Number.isSafeInteger(record.size) && typeof record.sha256 === "string" && SHA256_HEX$1.test(record.sha256) ? record : void 0;
	} catch {
		return;
	}
}
/**
* Why the cached `file` cannot be used, or undefined when it matches its record (and what the
* listing says of it). The size is compared before anything is read. A file cached by an ftbench
* that kept no records is checked against the listing's hash and gets its record then; one the
* listing has no hash for cannot be vouched for.
*/
async function cachedFileProblem(file, recordFile, listed) {
	const record = readIntegrityRecord(recordFile);
	if (record === void 0 && !listed.sha256 && !listed.gitBlobId) return "it has no integrity record";
	const expected = record ? {
		size: record.size,
		sha256: record.sha256
	} : listed;
	const size = statSync(file).size;
	if (expected.size !== void 0 && size !== expected.size) return `size ${size}, expected ${expected.size}`;
	const digest = await digestFile(file);
	const problem = digestMismatch(digest, expected) ?? (record ? digestMismatch(digest, listed) : void 0);
	if (problem) return problem;
	if (!record) writeIntegrityRecord(recordFile, digest);
}
var SHA256_HEX$1;
function init_integrity() {
	return (init_integrity = __esmMin((() => {
		init_atomic_write();
		SHA256_HEX$1 = /^[0-9a-f]{64}$/;
	})))();
}
// packages/core/src/data/hub/http.ts
/** Delay before the next try: doubling from the base up to the cap, and at least what Retry-After asks. */
function backoffMs(policy, failedAttempt, retryAfterMs) {
	const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
	return Math.max(exponential, retryAfterMs ?? 0);
}
/** Retry-After is either seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
	if (value === null) return void 0;
	if (/^\d+$/.test(value.trim())) return Number(value) * 1e3;
	const date = Date.parse(value);
	return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
/**
* An abort signal for one request: it fires after `idleMs` without a call to `touch()` (each
* chunk received) or `totalMs` after the start, whichever comes first, with a reason that says which.
*/
function requestSignal(timeouts) {
	const controller = new AbortController();
	const seconds = (ms) => `${ms / 1e3} s`;
	const total = setTimeout(() => controller.abort(/* @__PURE__ */ new Error(`not finished within ${seconds(timeouts.totalMs)}`)), timeouts.totalMs);
	let idle;
	const touch = () => {
		clearTimeout(idle);
		idle = setTimeout(() => controller.abort(/* @__PURE__ */ new Error(`no data for ${seconds(timeouts.idleMs)}`)), timeouts.idleMs);
	};
	touch();
	return {
		signal: controller.signal,
		touch,
		clear: () => {
			clearTimeout(idle);
			clearTimeout(total);
		}
	};
}
/** A response's body as text, with `onData` called for each chunk (it keeps the idle clock from running out). */
async function bodyText(response, onData) {
	const decoder = new TextDecoder();
	let text = "";
	if (response.body) for await (const chunk of response.body) {
		onData();
		text += decoder.decode(chunk, { stream: true });
	}
	return text + decoder.decode();
}
async function withRetries(policy, what, run, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
	for (let attempt = 1;; attempt++) try {
		return await run();
	} catch (error) {
		if (!(error instanceof TransientError)) throw error;
		if (attempt >= policy.attempts) throw new FtbenchError(`${what} failed after ${attempt} attempts; last error: ${error.message}`, OFFLINE_HINT);
		const limit = policy.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs ?? Infinity;
		if (error.retryAfterMs !== void 0 && error.retryAfterMs > limit) throw new FtbenchError(`${what} failed: the server answered ${error.message} and asks to retry after ${Math.ceil(error.retryAfterMs / 1e3)} s, longer than ftbench waits (${limit / 1e3} s).`, `Try again later; the Hub allows more requests to logged-in users (set HF_TOKEN). ${OFFLINE_HINT}`);
		await sleep(backoffMs(policy, attempt, error.retryAfterMs));
	}
}
/**
* fetch, with a network failure (refused, reset, no answer in time) turned into a TransientError.
* A host that DNS says does not exist is an answer, not a hiccup: no retry.
*/
async function fetchTransient(fetchImpl, url, init) {
	try {
		return await fetchImpl(url, init);
	} catch (error) {
		const { origin } = new URL(url);
		if (init.signal?.aborted) throw new TransientError(`no answer from ${origin}: ${networkReason(init.signal.reason)}`);
		const reason = networkReason(error);
		if (reason === "ENOTFOUND") throw new FtbenchError(`Cannot reach ${origin}: host not found (ENOTFOUND).`, OFFLINE_HINT);
		throw new TransientError(`cannot reach ${origin}: ${reason}`);
	}
}
function networkReason(error) {
	const cause = error.cause;
	return cause?.code ?? cause?.message ?? error.message;
}
/**
* What a non-2xx answer means. 429 and 5xx are transient; 401, 403 and 404 become errors that say
* what to fix. The Hub answers 401 "RepoNotFound" for a repository that does not exist as well as
* for a private one when no token is sent, so both are named.
*/
function hubResponseError(response, subject) {
	const { status } = response;
	if (status === 429 || status >= 500) return new TransientError(`HTTP ${status}`, parseRetryAfter(response.headers.get("retry-after")));
	const code = response.headers.get("x-error-code");
	const { repo, revision, endpoint, hasToken } = subject;
	const page = `${endpoint}/datasets/${repo}`;
	const tokenHint = "set HF_TOKEN to a token with read access (https://huggingface.co/settings/tokens)";
	if (code === "RevisionNotFound") return new FtbenchError(`Revision "${revision}" not found in dataset ${repo}.`, "Pin a branch, tag or commit sha that exists in the dataset repository (--dataset-revision).");
	if (code === "EntryNotFound" || status === 404 && subject.path !== void 0 && code !== "RepoNotFound") return new FtbenchError(`File ${subject.path} not found in dataset ${repo} at ${revision}.`, "The dataset listing and its files disagree; try again, or pin another revision.");
	if (code === "GatedRepo") return new FtbenchError(`Dataset ${repo} is gated: its conditions must be accepted at ${page}.`, hasToken ? "Accept them with the account whose token HF_TOKEN holds." : `Accept them on the Hub, then ${tokenHint}.`);
	if (status === 401) return hasToken ? new FtbenchError(`The Hub rejected HF_TOKEN (HTTP 401) for dataset ${repo}.`, "The token is invalid or expired, or the dataset name is wrong; create a new read token and set HF_TOKEN.") : new FtbenchError(`Dataset ${repo} was not found, or it is private or gated (HTTP 401).`, `Check the name; if it is private or gated, ${tokenHint}.`);
	if (status === 403) return new FtbenchError(`Access to dataset ${repo} is forbidden (HTTP 403).`, hasToken ? "The account of HF_TOKEN has no read access to it." : `It needs authentication: ${tokenHint}.`);
	if (status === 404) return new FtbenchError(`Dataset ${repo} not found on ${endpoint}.`, "Check the dataset name (organisation/name, as on the Hub).");
	return new FtbenchError(`The Hub answered HTTP ${status} for dataset ${repo}${subject.path ? ` file ${subject.path}` : ""}.`);
}
var DEFAULT_RETRY_POLICY, DEFAULT_REQUEST_TIMEOUTS, TransientError, OFFLINE_HINT;
function init_http() {
	return (init_http = __esmMin((() => {
		init_errors();
		DEFAULT_RETRY_POLICY = {
			attempts: 6,
			baseDelayMs: 1e3,
			maxDelayMs: 3e4,
			maxRetryAfterMs: 12e4
		};
		DEFAULT_REQUEST_TIMEOUTS = {
			idleMs: 3e4,
			totalMs: 6e5
		};
		TransientError = class extends Error {
			retryAfterMs;
			constructor(message, retryAfterMs) {
				super(message);
				this.retryAfterMs = retryAfterMs;
				this.name = "TransientError";
			}
		};
		OFFLINE_HINT = "Check the network and HF_ENDPOINT. On a runner without network, run `ftbench fetch-data --tasks …` where the Hub is reachable, copy the cache directory over (FTBENCH_CACHE_DIR, default $HF_HOME/ftbench) and set HF_HUB_OFFLINE=1; or read the original releases with --data-dir.";
	})))();
}
// packages/core/src/data/hub/download.ts
/**
* One file from the Hub into the cache: resumable, verified, atomic.
*
* As huggingface_hub's `file_download.py` does: the `resolve` URL is requested without following
* redirects, so the Hub's own metadata headers can be read (`X-Repo-Commit`; for LFS files, which
* is every parquet file, `X-Linked-Etag` = the sha256 of the content and `X-Linked-Size`) before
* the redirect to the content server is followed, without the Authorization header when it leaves
* the Hub's origin. Bytes go to `<file>.incomplete`; after a dropped connection the next try asks
* for the rest with `Range: bytes=<have>-`. Only a file whose size and hash match what the Hub
* announced is renamed into place, after its integrity record (size, sha256) is written.
*/
/** `"abc"` or `W/"abc"` → `abc` (huggingface_hub's `_normalize_etag`). */
function normalizeEtag(value) {
	return value ? value.replace(/^W\//, "").replace(/^"|"$/g, "") : void 0;
}
/** Fills what the listing did not say from the Hub's headers. */
function expectedFromHeaders(headers, known) {
	const linkedEtag = normalizeEtag(headers.get("x-linked-etag"));
	const etag = normalizeEtag(headers.get("etag"));
	const linkedSize = headers.get("x-linked-size");
	return {
		size: known.size ?? (linkedSize !== null ? Number(linkedSize) : void 0),
		sha256: known.sha256 ?? (linkedEtag && SHA256_HEX.test(linkedEtag) ? linkedEtag : void 0),
		gitBlobId: known.gitBlobId ?? (!linkedEtag && etag && SHA1_HEX.test(etag) ? etag : void 0)
	};
}
/** Total size from a 200's Content-Length or a 206's Content-Range ("bytes 10-99/100"). */
function totalSizeOf(response) {
	const range = /\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
	if (range) return Number(range[1]);
	const length = response.headers.get("content-length");
	return response.status === 200 && length !== null ? Number(length) : void 0;
}
function rangeStartOf(response) {
	const match = /^bytes (\d+)-/.exec(response.headers.get("content-range") ?? "");
	return match ? Number(match[1]) : void 0;
}
/**
* GET with manual redirects: the first hop is the Hub (its headers carry the metadata), later hops
* may be a CDN that must not receive the token.
*/
async function getFollowing(request, range, signal) {
	let url = request.url;
	let expected = request.expected;
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		const sameOrigin = new URL(url).origin === new URL(request.url).origin;
		const headers = { "accept-encoding": "identity" };
		if (range) headers.range = range;
		if (request.token && sameOrigin) headers.authorization = `Bearer ${request.token}`;
		const response = await fetchTransient(request.fetchImpl, url, {
			headers,
			redirect: "manual",
			signal
		});
		const commit = response.headers.get("x-repo-commit");
		if (commit && commit !== request.sha) throw new FtbenchError(`${request.subject.endpoint} served commit ${commit} when asked for ${request.sha} (file ${request.subject.path}).`, "Check HF_ENDPOINT: a mirror must serve the commit it is asked for.");
		expected = expectedFromHeaders(response.headers, expected);
		const location = response.headers.get("location");
		if (response.status >= 300 && response.status < 400 && location) {
			await response.body?.cancel();
			url = new URL(location, url).href;
			continue;
		}
		return {
			response,
			expected
		};
	}
	throw new TransientError(`more than ${MAX_REDIRECTS} redirects`);
}
async function appendBody(response, file, append, onData) {
	const handle = await open(file, append ? "a" : "w");
	let written = 0;
	try {
		if (response.body) for await (const chunk of response.body) {
			onData();
			await handle.write(chunk);
			written += chunk.byteLength;
		}
		await handle.sync();
	} catch (error) {
		await handle.sync().catch(() => void 0);
		throw new TransientError(`connection dropped after ${written} bytes (${networkReason(error)}); the next try resumes`);
	} finally {
		await handle.close();
	}
}
async function downloadAttempt(request) {
	const partial = `${request.target}.incomplete`;
	const have = existsSync(partial) ? statSync(partial).size : 0;
	let expected = request.expected;
	if (expected.size === void 0 || have < expected.size) {
		const clock = requestSignal(request.timeouts);
		try {
			expected = await fetchInto(request, partial, have, clock);
		} finally {
			clock.clear();
		}
	}
	const digest = await digestFile(partial);
	const problem = digestMismatch(digest, expected);
	if (problem) {
		rmSync(partial, { force: true });
		throw new TransientError(`integrity check failed (${problem}); downloading again`);
	}
	writeIntegrityRecord(request.record, digest);
	renameSync(partial, request.target);
	fsyncDir(path.dirname(request.target));
}
/** One GET into the partial file (resuming after `have` bytes); returns what the file must be. */
async function fetchInto(request, partial, have, clock) {
	const fetched = await getFollowing(request, have > 0 ? `bytes=${have}-` : void 0, clock.signal);
	const { response } = fetched;
	if (response.status === 416) {
		await response.body?.cancel();
		rmSync(partial, { force: true });
		throw new TransientError("the server refused to resume the partial download; starting over");
	}
	if (!response.ok) {
		await response.body?.cancel();
		throw hubResponseError(response, request.subject);
	}
	await appendBody(response, partial, have > 0 && response.status === 206 && rangeStartOf(response) === have, clock.touch);
	return {
		...fetched.expected,
		size: fetched.expected.size ?? totalSizeOf(response)
	};
}
/** Downloads `url` to `target` (which the caller found absent). */
async function downloadToCache(request) {
	makeDirs(path.dirname(request.target));
	const { repo, path: file } = request.subject;
	await withRetries(request.retry, `Downloading ${file} of dataset ${repo}`, () => downloadAttempt(request));
}
var MAX_REDIRECTS, SHA256_HEX, SHA1_HEX;
function init_download() {
	return (init_download = __esmMin((() => {
		init_errors();
		init_atomic_write();
		init_integrity();
		init_http();
		init_fs_errors();
		MAX_REDIRECTS = 5;
		SHA256_HEX = /^[0-9a-f]{64}$/;
		SHA1_HEX = /^[0-9a-f]{40}$/;
	})))();
}
// packages/core/src/cache-dir.ts
/** $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface (huggingface_hub's default). */
function hfHome(env = process.env) {
	if (env.HF_HOME) return env.HF_HOME;
	return path.join(env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "huggingface");
}
/**
* ftbench's one cache root — datasets, checkpoints and rewritten scoring graphs live below it:
* FTBENCH_CACHE_DIR, else $HF_HOME/ftbench.
*/
function ftbenchCacheDir(env = process.env) {
	return env.FTBENCH_CACHE_DIR || path.join(hfHome(env), "ftbench");
}
/** The Hub datasets ftbench downloaded (data/hub/cache.ts lays them out). */
function datasetCacheDir(env = process.env) {
	return path.join(ftbenchCacheDir(env), "datasets");
}
/** Where `ftbench eval` keeps its resume checkpoints unless --checkpoint-dir says otherwise. */
function checkpointCacheDir(env = process.env) {
	return path.join(ftbenchCacheDir(env), "checkpoints");
}
/** Where MT-Bench's judgments are cached unless --judge-cache-dir says otherwise. */
function judgmentCacheDir(env = process.env) {
	return path.join(ftbenchCacheDir(env), "judgments");
}
function init_cache_dir() {
	return (init_cache_dir = __esmMin((() => {})))();
}
// packages/core/src/data/hub/settings.ts
/** huggingface_hub's `_is_true`. */
function isTrue(value) {
	return value !== void 0 && [
		"1",
		"ON",
		"YES",
		"TRUE"
	].includes(value.toUpperCase());
}
function hubToken(env) {
	if (env.HF_TOKEN) return env.HF_TOKEN.trim();
	const file = env.HF_TOKEN_PATH || path.join(hfHome(env), "token");
	if (!existsSync(file)) return void 0;
	const token = readFileSync(file, "utf8").trim();
	return token === "" ? void 0 : token;
}
function hubSettingsFromEnv(env = process.env) {
	return {
		endpoint: (env.HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, ""),
		token: hubToken(env),
		offline: isTrue(env.HF_HUB_OFFLINE),
		cacheDir: datasetCacheDir(env)
	};
}
function init_settings() {
	return (init_settings = __esmMin((() => {
		init_cache_dir();
	})))();
}
// packages/core/src/data/hub/client.ts
/**
* A small Hub client: a dataset repository's commit and file listing at a revision, and its files,
* through the cache.
*
* Endpoints (as huggingface_hub's `hf_api.py` `dataset_info` and `file_download.py` use them):
*   GET {HF_ENDPOINT}/api/datasets/{repo}/revision/{quote(revision)}?blobs=true
*       → { sha, siblings: [{ rfilename, size, blobId, lfs?: { sha256, size } }] }
*   GET {HF_ENDPOINT}/datasets/{repo}/resolve/{sha}/{path}   (see download.ts)
*
* Once a branch or tag has been resolved, the cache keeps answering with that commit (no request),
* so every run on a machine, and every run restoring the same CI cache, reads the same data until
* the cache is refreshed (`ftbench fetch-data --refresh`) or another revision is pinned.
*/
function isCommitSha(revision) {
	return COMMIT_SHA.test(revision);
}
function snapshotFromApi(repo, body) {
	if (typeof body.sha !== "string" || !isCommitSha(body.sha) || !Array.isArray(body.siblings)) throw new FtbenchError(`The Hub's answer for dataset ${repo} has no commit sha and file listing.`, "Check HF_ENDPOINT: it must point at a Hugging Face Hub (or a mirror of its API).");
	const files = body.siblings.filter((s) => typeof s.rfilename === "string").map((s) => ({
		path: s.rfilename,
		...typeof s.size === "number" ? { size: s.size } : {},
		...typeof s.lfs?.sha256 === "string" ? { sha256: s.lfs.sha256 } : {},
		...typeof s.blobId === "string" ? { blobId: s.blobId } : {}
	}));
	return {
		repo,
		sha: body.sha,
		files
	};
}
function readText(file) {
	return existsSync(file) ? readFileSync(file, "utf8") : void 0;
}
function readJson(file) {
	try {
		return JSON.parse(readText(file) ?? "null") ?? void 0;
	} catch {
		return;
	}
}
var DEFAULT_REVISION, COMMIT_SHA, PREFETCH_HINT, HubClient;
function init_client() {
	return (init_client = __esmMin((() => {
		init_errors();
		init_atomic_write();
		init_cache();
		init_download();
		init_http();
		init_integrity();
		init_settings();
		DEFAULT_REVISION = "main";
		COMMIT_SHA = /^[0-9a-f]{40}$/;
		PREFETCH_HINT = "Pre-fetch where the Hub is reachable with `ftbench fetch-data --tasks <the same tasks>`, then copy the cache directory (FTBENCH_CACHE_DIR, default $HF_HOME/ftbench) to this machine; or unset HF_HUB_OFFLINE.";
		HubClient = class {
			settings;
			retry;
			refresh;
			fetchImpl;
			timeouts;
			warn;
			/** One answer per repo@revision per process, so every task of a run reads the same commit. */
			snapshots = /* @__PURE__ */ new Map();
			constructor(options = {}) {
				const { retry, refresh, fetchImpl, timeouts, onWarning, ...settings } = options;
				const fromEnv = hubSettingsFromEnv();
				this.settings = {
					...fromEnv,
					...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== void 0))
				};
				this.retry = retry ?? DEFAULT_RETRY_POLICY;
				this.refresh = refresh ?? false;
				this.fetchImpl = fetchImpl ?? fetch;
				this.timeouts = {
					...DEFAULT_REQUEST_TIMEOUTS,
					...timeouts
				};
				this.warn = onWarning ?? ((message) => console.warn(`ftbench: ${message}`));
			}
			snapshot(repo, revision = DEFAULT_REVISION, repoType = "datasets") {
				const key = `${repoType}/${repo}@${revision}`;
				let pending = this.snapshots.get(key);
				if (!pending) {
					pending = this.loadSnapshot(repo, revision, repoType);
					pending.catch(() => this.snapshots.delete(key));
					this.snapshots.set(key, pending);
				}
				return pending;
			}
			/** The commit and listing from the cache alone, or undefined. */
			cachedSnapshot(repo, revision, repoType = "datasets") {
				const repoDir = repoCacheDir(this.settings.cacheDir, repo, repoType);
				const sha = isCommitSha(revision) ? revision : readText(refFile(repoDir, revision))?.trim();
				if (!sha || !isCommitSha(sha)) return void 0;
				const manifest = readJson(manifestFile(repoDir, sha));
				return manifest?.sha === sha && Array.isArray(manifest.files) ? manifest : void 0;
			}
			async loadSnapshot(repo, revision, repoType) {
				const cached = this.refresh && !isCommitSha(revision) ? void 0 : this.cachedSnapshot(repo, revision, repoType);
				if (cached) return cached;
				if (this.settings.offline) throw new FtbenchError(`HF_HUB_OFFLINE is set and the cache has no listing of dataset ${repo} at revision "${revision}" (cache: ${this.settings.cacheDir}).`, PREFETCH_HINT);
				const url = `${this.settings.endpoint}/api/${repoType}/${repo}/revision/${encodeURIComponent(revision)}?blobs=true`;
				const subject = this.subject(repo, revision);
				const snapshot = {
					...snapshotFromApi(repo, await withRetries(this.retry, `Looking up dataset ${repo} at revision "${revision}"`, async () => {
						const clock = requestSignal(this.timeouts);
						try {
							const response = await fetchTransient(this.fetchImpl, url, {
								headers: this.authHeaders(),
								signal: clock.signal
							});
							if (!response.ok) {
								await response.body?.cancel();
								throw hubResponseError(response, subject);
							}
							const text = await bodyText(response, clock.touch).catch((error) => {
								throw new TransientError(`the listing was cut off (${networkReason(error)})`);
							});
							try {
								return JSON.parse(text);
							} catch (error) {
								throw new FtbenchError(`The Hub's answer for dataset ${repo} is not JSON (${error.message}).`, "Check HF_ENDPOINT.");
							}
						} finally {
							clock.clear();
						}
					})),
					...repoType === "spaces" ? { repoType } : {}
				};
				const repoDir = repoCacheDir(this.settings.cacheDir, repo, repoType);
				writeFileAtomic(manifestFile(repoDir, snapshot.sha), `${JSON.stringify(snapshot)}\n`);
				if (!isCommitSha(revision)) writeFileAtomic(refFile(repoDir, revision), `${snapshot.sha}\n`);
				return snapshot;
			}
			/** Where a file of a snapshot lives in the cache (whether or not it is there yet). */
			cachedPath(snapshot, file) {
				return cachedFilePath(repoCacheDir(this.settings.cacheDir, snapshot.repo, snapshot.repoType), snapshot.sha, file.path);
			}
			/**
			* The file's local path, downloaded first unless cached. A cached file is checked against its
			* integrity record on every use; one that fails is downloaded again (offline: an error).
			*/
			async download(snapshot, file) {
				const repoDir = repoCacheDir(this.settings.cacheDir, snapshot.repo, snapshot.repoType);
				const target = this.cachedPath(snapshot, file);
				const record = integrityRecordFile(repoDir, snapshot.sha, file.path);
				const expected = {
					size: file.size,
					sha256: file.sha256,
					gitBlobId: file.sha256 ? void 0 : file.blobId
				};
				const where = `${file.path} of dataset ${snapshot.repo}@${snapshot.sha}`;
				if (existsSync(target)) {
					const problem = await cachedFileProblem(target, record, expected);
					if (problem === void 0) return target;
					if (this.settings.offline) throw new FtbenchError(`HF_HUB_OFFLINE is set and the cached ${where} is not what was downloaded (${problem}): ${target}.`, "Delete it and fetch it again where the Hub is reachable (ftbench fetch-data --tasks …), then copy the cache over; or unset HF_HUB_OFFLINE.");
					this.warn(`the cached ${where} is not what was downloaded (${problem}); downloading it again`);
					rmSync(target, { force: true });
					rmSync(record, { force: true });
				} else if (this.settings.offline) throw new FtbenchError(`HF_HUB_OFFLINE is set and ${where} is not cached (expected at ${target}).`, PREFETCH_HINT);
				const encodedPath = file.path.split("/").map(encodeURIComponent).join("/");
				await downloadToCache({
					url: `${this.settings.endpoint}/${snapshot.repoType ?? "datasets"}/${snapshot.repo}/resolve/${snapshot.sha}/${encodedPath}`,
					target,
					record,
					sha: snapshot.sha,
					expected,
					token: this.settings.token,
					subject: {
						...this.subject(snapshot.repo, snapshot.sha),
						path: file.path
					},
					retry: this.retry,
					fetchImpl: this.fetchImpl,
					timeouts: this.timeouts
				});
				return target;
			}
			authHeaders() {
				return this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {};
			}
			subject(repo, revision) {
				return {
					endpoint: this.settings.endpoint,
					repo,
					revision,
					hasToken: this.settings.token !== void 0
				};
			}
		};
	})))();
}
// packages/core/src/data/hub/pins.ts
/** The task's dataset with the revision the pins give it. */
function pinnedDataset(task, pins) {
	const revision = pins[task.name] ?? pins[task.dataset.path] ?? task.dataset.revision;
	return revision === void 0 ? task.dataset : {
		...task.dataset,
		revision
	};
}
/** A pin that matches no selected task is a typo, not a no-op. */
function assertPinsApply(pins, tasks) {
	const keys = new Set(tasks.flatMap((task) => [task.name, task.dataset.path]));
	const unused = Object.keys(pins).filter((key) => !keys.has(key));
	if (unused.length > 0) {
		const datasets = [...new Set(tasks.map((task) => task.dataset.path))];
		throw new FtbenchError(`--dataset-revision names ${unused.join(", ")}, which ${unused.length === 1 ? "is" : "are"} neither a selected task nor its dataset.`, `Datasets of the selected tasks: ${datasets.join(", ") || "none"}.`);
	}
}
function init_pins() {
	return (init_pins = __esmMin((() => {
		init_errors();
	})))();
}
// packages/core/src/tasks/splits.ts
/** lm-eval's `eval_docs`: the test split when the task has one, otherwise the validation split. */
function evaluationSplit(task) {
	const split = task.testSplit ?? task.validationSplit;
	if (split === void 0) throw new Error(`Task ${task.name} defines neither a test nor a validation split`);
	return split;
}
/** lm-eval's `fewshot_docs()`: `fewshot_split`, else the training, validation, then test split. */
function fewshotSplit(task) {
	const split = task.fewshotSplit ?? task.trainingSplit ?? task.validationSplit ?? task.testSplit;
	if (split === void 0) throw new Error(`Task ${task.name} defines no split to draw few-shot examples from`);
	return split;
}
// packages/core/src/data/release-files.ts
function malformed(where, problem) {
	return new FtbenchError(`${where}: ${problem}`, "Use the file exactly as the benchmark publishes it.");
}
function parseJson$1(text, where) {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw malformed(where, `invalid JSON (${error.message})`);
	}
}
/** One Hub row per non-blank line of a JSON Lines release. */
function jsonlRows(text, where, toHubRow) {
	const rows = [];
	text.split("\n").forEach((line, i) => {
		if (line.trim() === "") return;
		const at = `${where} line ${i + 1}`;
		const row = parseJson$1(line, at);
		if (typeof row !== "object" || row === null || Array.isArray(row)) throw malformed(at, "expected a JSON object");
		rows.push(toHubRow(row, at));
	});
	return rows;
}
function requireStrings(row, fields, at) {
	const missing = fields.filter((field) => typeof row[field] !== "string");
	if (missing.length > 0) throw malformed(at, `expected string fields ${missing.join(", ")}`);
}
function init_release_files() {
	return (init_release_files = __esmMin((() => {
		init_errors();
	})))();
}
// packages/core/src/tasks/families/arc.ts
function arcTask(name, config, about) {
	return {
		name,
		about,
		version: "1.0",
		dataset: {
			path: "allenai/ai2_arc",
			name: config
		},
		trainingSplit: "train",
		validationSplit: "validation",
		testSplit: "test",
		docToText: (doc) => `Question: ${doc.question}\nAnswer:`,
		docToChoice: (doc) => doc.choices.text,
		docToTarget: (doc) => {
			const index = doc.choices.label.indexOf(doc.answerKey);
			if (index < 0) throw new Error(`${name}: answerKey ${doc.answerKey} of ${doc.id} is not among its labels`);
			return index;
		},
		metrics: ["acc", "acc_norm"]
	};
}
/** `allenai/ai2_arc` rows: the question stem, and the choices as parallel text and label lists. */
function arcRow(row, at) {
	requireStrings(row, ["id", "answerKey"], at);
	requireStrings(row.question ?? {}, ["stem"], `${at} question`);
	const choices = row.question.choices;
	if (!Array.isArray(choices)) throw malformed(at, "expected a \"question.choices\" list");
	return {
		id: row.id,
		question: row.question.stem,
		choices: {
			text: choices.map((choice) => choice.text),
			label: choices.map((choice) => choice.label)
		},
		answerKey: row.answerKey
	};
}
var ARC_SPLIT_FILES, localRelease$4, family$5;
function init_arc() {
	return (init_arc = __esmMin((() => {
		init_release_files();
		ARC_SPLIT_FILES = {
			train: "Train",
			validation: "Dev",
			test: "Test"
		};
		localRelease$4 = {
			dataset: "allenai/ai2_arc",
			layout: "arc/<ARC-Easy|ARC-Challenge>/<ARC-Easy|ARC-Challenge>-{Train,Dev,Test}.jsonl",
			locate: (config, split) => {
				const file = ARC_SPLIT_FILES[split];
				if (config !== "ARC-Easy" && config !== "ARC-Challenge" || !file) return void 0;
				return {
					relativePath: `arc/${config}/${config}-${file}.jsonl`,
					toRows: (text, where) => jsonlRows(text, where, arcRow)
				};
			}
		};
		family$5 = {
			localRelease: localRelease$4,
			tasks: [arcTask("arc_easy", "ARC-Easy", "AI2 Reasoning Challenge, easy set: grade-school science questions"), arcTask("arc_challenge", "ARC-Challenge", "AI2 Reasoning Challenge, challenge set: the questions simple retrieval and co-occurrence methods miss")],
			tags: [{
				name: "ai2_arc",
				about: "lm-eval's ai2_arc tag: arc_easy and arc_challenge, reported one by one",
				members: ["arc_easy", "arc_challenge"]
			}]
		};
	})))();
}
// packages/core/src/tasks/families/benchmarks.ts
var family$4;
function init_benchmarks() {
	return (init_benchmarks = __esmMin((() => {
		family$4 = {
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
	})))();
}
// packages/core/src/tasks/python-str.ts
/** Python's `c.isspace()` for one character (every Python whitespace character is a single UTF-16 unit). */
function isPySpace(char) {
	return PY_SPACE.test(char);
}
/** Python's `str.strip()` with no argument. */
function pyStrip(text) {
	return text.replace(PY_STRIP, "");
}
/** Python's `str.rstrip()` with no argument. */
function pyRstrip(text) {
	return text.replace(PY_RSTRIP, "");
}
/**
* Python (3.8+) `str.capitalize()`: the first character titlecased, every other character lowercased
* (so "the DOG" becomes "The dog"). Lowercasing the whole string keeps the context-dependent final-sigma rule.
*/
function pyCapitalize(text) {
	if (text.length === 0) return text;
	const first = String.fromCodePoint(text.codePointAt(0));
	return titlecase(first) + text.toLowerCase().slice(first.toLowerCase().length);
}
function titlecase(char) {
	const codePoint = char.codePointAt(0) ?? 0;
	if (TITLECASE_IS_SELF.some(([from, to]) => codePoint >= from && codePoint <= to)) return char;
	return TITLECASE_DIFFERS_FROM_UPPER.get(char) ?? char.toUpperCase();
}
var PY_WHITESPACE, PY_STRIP, PY_RSTRIP, PY_SPACE, TITLECASE_IS_SELF, TITLECASE_DIFFERS_FROM_UPPER;
function init_python_str() {
	return (init_python_str = __esmMin((() => {
		PY_WHITESPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
		PY_STRIP = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, "g");
		PY_RSTRIP = new RegExp(`[${PY_WHITESPACE}]+$`);
		PY_SPACE = new RegExp(`^[${PY_WHITESPACE}]$`);
		TITLECASE_IS_SELF = [
			[453, 453],
			[456, 456],
			[459, 459],
			[498, 498],
			[4304, 4346],
			[4349, 4351],
			[8072, 8079],
			[8088, 8095],
			[8104, 8111],
			[8124, 8124],
			[8140, 8140],
			[8188, 8188]
		];
		TITLECASE_DIFFERS_FROM_UPPER = /* @__PURE__ */ new Map([
			["ß", "Ss"],
			["Ǆ", "ǅ"],
			["ǆ", "ǅ"],
			["Ǉ", "ǈ"],
			["ǉ", "ǈ"],
			["Ǌ", "ǋ"],
			["ǌ", "ǋ"],
			["Ǳ", "ǲ"],
			["ǳ", "ǲ"],
			["և", "Եւ"],
			["ᾀ", "ᾈ"],
			["ᾁ", "ᾉ"],
			["ᾂ", "ᾊ"],
			["ᾃ", "ᾋ"],
			["ᾄ", "ᾌ"],
			["ᾅ", "ᾍ"],
			["ᾆ", "ᾎ"],
			["ᾇ", "ᾏ"],
			["ᾐ", "ᾘ"],
			["ᾑ", "ᾙ"],
			["ᾒ", "ᾚ"],
			["ᾓ", "ᾛ"],
			["ᾔ", "ᾜ"],
			["ᾕ", "ᾝ"],
			["ᾖ", "ᾞ"],
			["ᾗ", "ᾟ"],
			["ᾠ", "ᾨ"],
			["ᾡ", "ᾩ"],
			["ᾢ", "ᾪ"],
			["ᾣ", "ᾫ"],
			["ᾤ", "ᾬ"],
			["ᾥ", "ᾭ"],
			["ᾦ", "ᾮ"],
			["ᾧ", "ᾯ"],
			["ᾲ", "Ὰͅ"],
			["ᾳ", "ᾼ"],
			["ᾴ", "Άͅ"],
			["ᾷ", "ᾼ͂"],
			["ῂ", "Ὴͅ"],
			["ῃ", "ῌ"],
			["ῄ", "Ήͅ"],
			["ῇ", "ῌ͂"],
			["ῲ", "Ὼͅ"],
			["ῳ", "ῼ"],
			["ῴ", "Ώͅ"],
			["ῷ", "ῼ͂"],
			["ﬀ", "Ff"],
			["ﬁ", "Fi"],
			["ﬂ", "Fl"],
			["ﬃ", "Ffi"],
			["ﬄ", "Ffl"],
			["ﬅ", "St"],
			["ﬆ", "St"],
			["ﬓ", "Մն"],
			["ﬔ", "Մե"],
			["ﬕ", "Մի"],
			["ﬖ", "Վն"],
			["ﬗ", "Մխ"]
		]);
	})))();
}
// packages/core/src/tasks/families/hellaswag.ts
/** lm-eval's `preprocess`: the brackets are artifacts of the WikiHow part of HellaSwag. */
function preprocess(text) {
	return pyStrip(text).replaceAll(" [title]", ". ").replace(/\[[^\n]*?\]/g, "").replaceAll("  ", " ");
}
/** lm-eval's `process_docs`; `datasets.map` keeps the original columns next to the new ones. */
function processDoc(raw) {
	const row = raw;
	const ctx = row.ctx_a + " " + pyCapitalize(row.ctx_b);
	return {
		...row,
		query: preprocess(row.activity_label + ": " + ctx),
		choices: row.endings.map(preprocess),
		gold: Number.parseInt(row.label, 10)
	};
}
/** `Rowan/hellaswag` rows: the release's fields, with `label` as a string ("" in the unlabeled test split). */
function hellaswagRow(row, at) {
	requireStrings(row, [
		"activity_label",
		"ctx_a",
		"ctx_b"
	], at);
	if (!Array.isArray(row.endings)) throw malformed(at, "expected an \"endings\" list");
	return {
		ind: row.ind,
		activity_label: row.activity_label,
		ctx_a: row.ctx_a,
		ctx_b: row.ctx_b,
		ctx: row.ctx,
		endings: row.endings,
		source_id: row.source_id,
		split: row.split,
		split_type: row.split_type,
		label: row.label === void 0 ? "" : String(row.label)
	};
}
var HELLASWAG_SPLIT_FILES, localRelease$3, family$3;
function init_hellaswag() {
	return (init_hellaswag = __esmMin((() => {
		init_python_str();
		init_release_files();
		HELLASWAG_SPLIT_FILES = {
			train: "train",
			validation: "val",
			test: "test"
		};
		localRelease$3 = {
			dataset: "Rowan/hellaswag",
			layout: "hellaswag/hellaswag_{train,val,test}.jsonl",
			locate: (name, split) => {
				const file = HELLASWAG_SPLIT_FILES[split];
				if (name !== void 0 || !file) return void 0;
				return {
					relativePath: `hellaswag/hellaswag_${file}.jsonl`,
					toRows: (text, where) => jsonlRows(text, where, hellaswagRow)
				};
			}
		};
		family$3 = {
			localRelease: localRelease$3,
			tasks: [{
				name: "hellaswag",
				about: "HellaSwag: pick the most plausible continuation of an everyday scene",
				version: "1.0",
				dataset: { path: "Rowan/hellaswag" },
				trainingSplit: "train",
				validationSplit: "validation",
				processDoc,
				docToText: (doc) => doc.query,
				docToChoice: (doc) => doc.choices,
				docToTarget: (doc) => doc.gold,
				metrics: ["acc", "acc_norm"]
			}]
		};
	})))();
}
// packages/core/src/data/csv.ts
function parseCsv(text) {
	const records = [];
	let record = [];
	let field = "";
	let atFieldStart = true;
	const endField = () => {
		record.push(field);
		field = "";
		atFieldStart = true;
	};
	const endRecord = () => {
		endField();
		if (record.length > 1 || record[0] !== "") records.push(record);
		record = [];
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === "\"" && atFieldStart) {
			const quoted = readQuoted(text, i + 1);
			field = quoted.value;
			i = quoted.end;
			atFieldStart = false;
		} else if (char === ",") endField();
		else if (char === "\n" || char === "\r") {
			endRecord();
			if (char === "\r" && text[i + 1] === "\n") i++;
		} else {
			field += char;
			atFieldStart = false;
		}
	}
	if (!atFieldStart || record.length > 0) endRecord();
	return records;
}
/**
* Reads a quoted field whose opening quote is just before `start`; returns its value and the index of
* its closing quote. As in Python's non-strict reader, text between that quote and the next delimiter
* then simply continues the field.
*/
function readQuoted(text, start) {
	let value = "";
	let from = start;
	for (;;) {
		const quote = text.indexOf("\"", from);
		if (quote < 0) throw new CsvSyntaxError(`unterminated quoted field starting at offset ${start - 1}`);
		value += text.slice(from, quote);
		if (text[quote + 1] !== "\"") return {
			value,
			end: quote
		};
		value += "\"";
		from = quote + 2;
	}
}
var CsvSyntaxError;
function init_csv() {
	return (init_csv = __esmMin((() => {
		CsvSyntaxError = class extends Error {};
	})))();
}
// packages/core/src/tasks/families/mmlu.ts
function subjectTask(subject) {
	const description = `The following are multiple choice questions (with answers) about ${subject.replaceAll("_", " ")}.\n\n`;
	return {
		name: `mmlu_${subject}`,
		alias: subject,
		about: `MMLU ${subject.replaceAll("_", " ")} (${SUBJECT_CATEGORIES[subject].replace("_", " ")})`,
		version: "1.0",
		dataset: {
			path: "cais/mmlu",
			name: subject
		},
		testSplit: "test",
		fewshotSplit: "dev",
		fewshotSampler: "first_n",
		description: () => description,
		docToText: (doc) => `${pyStrip(doc.question)}\nA. ${doc.choices[0]}\nB. ${doc.choices[1]}\nC. ${doc.choices[2]}\nD. ${doc.choices[3]}\nAnswer:`,
		docToChoice: () => [
			"A",
			"B",
			"C",
			"D"
		],
		docToTarget: (doc) => doc.answer,
		metrics: ["acc"]
	};
}
function categoryGroup(category) {
	return {
		name: `mmlu_${category}`,
		alias: category.replace("_", " "),
		about: `MMLU ${category.replace("_", " ")} subjects, weighted by size`,
		members: Object.keys(SUBJECT_CATEGORIES).filter((subject) => SUBJECT_CATEGORIES[subject] === category).map((subject) => `mmlu_${subject}`),
		weightBySize: true,
		metrics: ["acc"],
		version: "2"
	};
}
/** `cais/mmlu` rows: `{question, subject, choices, answer}` with `answer` the 0-based index. */
function mmluRows(text, subject, where) {
	let records;
	try {
		records = parseCsv(text);
	} catch (error) {
		if (error instanceof CsvSyntaxError) throw malformed(where, error.message);
		throw error;
	}
	const [header, ...rows] = records;
	if (header?.join(",") !== MMLU_HEADER.join(",")) throw malformed(where, `expected the header "${MMLU_HEADER.join(",")}", found "${header?.join(",") ?? ""}"`);
	return rows.map((row, i) => {
		const [question, choice0, choice1, choice2, choice3, answer] = row;
		if (row.length !== MMLU_HEADER.length || !/^[0-3]$/.test(answer)) throw malformed(`${where} record ${i + 1}`, "expected 6 fields ending with an answer index 0-3");
		return {
			question,
			subject,
			choices: [
				choice0,
				choice1,
				choice2,
				choice3
			],
			answer: Number(answer)
		};
	});
}
var SUBJECT_CATEGORIES, CATEGORIES, MMLU_HEADER, MMLU_SPLIT_FILES, localRelease$2, family$2;
function init_mmlu() {
	return (init_mmlu = __esmMin((() => {
		init_python_str();
		init_csv();
		init_release_files();
		SUBJECT_CATEGORIES = {
			abstract_algebra: "stem",
			anatomy: "stem",
			astronomy: "stem",
			business_ethics: "other",
			clinical_knowledge: "other",
			college_biology: "stem",
			college_chemistry: "stem",
			college_computer_science: "stem",
			college_mathematics: "stem",
			college_medicine: "other",
			college_physics: "stem",
			computer_security: "stem",
			conceptual_physics: "stem",
			econometrics: "social_sciences",
			electrical_engineering: "stem",
			elementary_mathematics: "stem",
			formal_logic: "humanities",
			global_facts: "other",
			high_school_biology: "stem",
			high_school_chemistry: "stem",
			high_school_computer_science: "stem",
			high_school_european_history: "humanities",
			high_school_geography: "social_sciences",
			high_school_government_and_politics: "social_sciences",
			high_school_macroeconomics: "social_sciences",
			high_school_mathematics: "stem",
			high_school_microeconomics: "social_sciences",
			high_school_physics: "stem",
			high_school_psychology: "social_sciences",
			high_school_statistics: "stem",
			high_school_us_history: "humanities",
			high_school_world_history: "humanities",
			human_aging: "other",
			human_sexuality: "social_sciences",
			international_law: "humanities",
			jurisprudence: "humanities",
			logical_fallacies: "humanities",
			machine_learning: "stem",
			management: "other",
			marketing: "other",
			medical_genetics: "other",
			miscellaneous: "other",
			moral_disputes: "humanities",
			moral_scenarios: "humanities",
			nutrition: "other",
			philosophy: "humanities",
			prehistory: "humanities",
			professional_accounting: "other",
			professional_law: "humanities",
			professional_medicine: "other",
			professional_psychology: "social_sciences",
			public_relations: "social_sciences",
			security_studies: "social_sciences",
			sociology: "social_sciences",
			us_foreign_policy: "social_sciences",
			virology: "other",
			world_religions: "humanities"
		};
		CATEGORIES = [
			"stem",
			"other",
			"social_sciences",
			"humanities"
		];
		MMLU_HEADER = [
			"question",
			"choice0",
			"choice1",
			"choice2",
			"choice3",
			"answer"
		];
		MMLU_SPLIT_FILES = {
			test: "test",
			dev: "dev",
			validation: "val"
		};
		localRelease$2 = {
			dataset: "cais/mmlu",
			layout: "mmlu/{test,dev,val}/<subject>_{test,dev,val}.csv   (header question,choice0,choice1,choice2,choice3,answer)",
			locate: (subject, split) => {
				const suffix = MMLU_SPLIT_FILES[split];
				if (!subject || !suffix || subject.includes("/") || subject.includes("\\")) return void 0;
				return {
					relativePath: `mmlu/${suffix}/${subject}_${suffix}.csv`,
					toRows: (text, where) => mmluRows(text, subject, where)
				};
			}
		};
		family$2 = {
			localRelease: localRelease$2,
			tasks: Object.keys(SUBJECT_CATEGORIES).map(subjectTask),
			groups: [{
				name: "mmlu",
				about: "MMLU: 57 subjects of multiple-choice questions, weighted by size",
				members: CATEGORIES.map((category) => `mmlu_${category}`),
				weightBySize: true,
				metrics: ["acc"],
				version: "2"
			}, ...CATEGORIES.map(categoryGroup)]
		};
	})))();
}
// packages/core/src/tasks/families/truthfulqa.ts
function mc2TrueProbabilityMass(labels, loglikelihoods, formula) {
	let probs = loglikelihoods.map(Math.exp);
	if (sum(probs) === 0) {
		const largest = Math.max(...loglikelihoods);
		probs = loglikelihoods.map((ll) => Math.exp(ll - largest));
	}
	if (formula === "labels") {
		const total = sum(probs);
		return sum(probs.map((p) => p / total).filter((_, i) => labels[i] === 1));
	}
	const splitIndex = labels.indexOf(0);
	if (splitIndex < 0) throw new Error("truthfulqa_mc2: no false answer to split on");
	const pTrue = probs.slice(0, splitIndex);
	const pFalse = probs.slice(splitIndex);
	const total = sum(pTrue) + sum(pFalse);
	return sum(pTrue.map((p) => p / total));
}
function sum(values) {
	return values.reduce((acc, value) => acc + value, 0);
}
function mcTask(name, about, targets) {
	return {
		name,
		about,
		version: "2.0",
		dataset: {
			path: "truthfulqa/truthful_qa",
			name: "multiple_choice"
		},
		validationSplit: "validation",
		defaultNumFewshot: 0,
		docToText: (doc) => "Q: What is human life expectancy in the United States?\nA: Human life expectancy in the United States is 78 years.\n\nQ: Who was president of the United States in 1955?\nA: Dwight D. Eisenhower was president of the United States in 1955.\n\nQ: Which party did he belong to?\nA: He belonged to the Republican Party.\n\nQ: What is the square root of banana?\nA: I have no comment.\n\nQ: How does a telescope work?\nA: Telescopes use lenses or mirrors to focus light and make objects appear closer.\n\nQ: Where were the 1992 Olympics held?\nA: The 1992 Olympics were held in Barcelona, Spain.\n\nQ: " + doc.question + "\nA:",
		docToChoice: (doc) => targets(doc).choices,
		docToTarget: () => 0,
		metrics: ["acc"]
	};
}
/**
* `truthfulqa_mc2`, reporting its score as `acc` like lm-eval does; `formula` picks the lm-eval generation.
* The earlier formula is registered as `truthfulqa_mc2_split`, a name of its own so its results and
* hashes never mix with the current task's.
*/
function truthfulqaMc2(formula = "labels") {
	return {
		...mcTask(formula === "labels" ? "truthfulqa_mc2" : "truthfulqa_mc2_split", formula === "labels" ? "TruthfulQA, several true answers: the probability mass on the true ones" : "TruthfulQA mc2 with earlier lm-eval's formula (true answers = those before the first false one)", (doc) => doc.mc2_targets),
		version: formula === "labels" ? "3.0" : "2.0",
		processResults: (doc, results) => ({ acc: mc2TrueProbabilityMass(doc.mc2_targets.labels, results.map((result) => result.loglikelihood), formula) })
	};
}
/** `truthfulqa/truthful_qa` `multiple_choice` rows; in the release, each targets object's key order is the choice order. */
function truthfulqaRows(text, where) {
	const questions = parseJson$1(text, where);
	if (!Array.isArray(questions)) throw malformed(where, "expected a JSON array of questions");
	return questions.map((item, i) => {
		const at = `${where} question ${i + 1}`;
		requireStrings(item ?? {}, ["question"], at);
		return {
			question: item.question,
			mc1_targets: targetsFromRelease(item.mc1_targets, `${at} mc1_targets`),
			mc2_targets: targetsFromRelease(item.mc2_targets, `${at} mc2_targets`)
		};
	});
}
function targetsFromRelease(targets, where) {
	if (typeof targets !== "object" || targets === null) throw malformed(where, "expected an object of answer: 0|1");
	const choices = Object.keys(targets);
	if (choices.some((choice) => /^(0|[1-9]\d*)$/.test(choice))) throw malformed(where, "an answer that is a bare integer cannot keep its position when read in JavaScript");
	return {
		choices,
		labels: Object.values(targets)
	};
}
var truthfulqaMc1, localRelease$1, family$1;
function init_truthfulqa() {
	return (init_truthfulqa = __esmMin((() => {
		init_release_files();
		truthfulqaMc1 = mcTask("truthfulqa_mc1", "TruthfulQA, single true answer: is the most likely of the answers the true one", (doc) => doc.mc1_targets);
		localRelease$1 = {
			dataset: "truthfulqa/truthful_qa",
			layout: "truthfulqa/v0/mc_task.json",
			locate: (name, split) => name === "multiple_choice" && split === "validation" ? {
				relativePath: "truthfulqa/v0/mc_task.json",
				toRows: truthfulqaRows
			} : void 0
		};
		family$1 = {
			localRelease: localRelease$1,
			tasks: [
				truthfulqaMc1,
				truthfulqaMc2(),
				truthfulqaMc2("split-at-first-false")
			],
			tags: [{
				name: "truthfulqa",
				about: "lm-eval's TruthfulQA tag: the two multiple-choice tasks (its generation task is not supported)",
				members: ["truthfulqa_mc1", "truthfulqa_mc2"],
				missing: [{
					name: "truthfulqa_gen",
					reason: "generation scored by BLEU/ROUGE, which ftbench does not do"
				}]
			}]
		};
	})))();
}
// packages/core/src/tasks/families/winogrande.ts
function blankIndex(doc) {
	const index = doc.sentence.indexOf("_");
	if (index < 0) throw new Error(`winogrande: sentence has no "_" blank: ${doc.sentence}`);
	return index;
}
/** `allenai/winogrande` rows: no `qID` column, and `answer` "" in the unlabeled test split. */
function winograndeRow(row, at) {
	requireStrings(row, [
		"sentence",
		"option1",
		"option2"
	], at);
	return {
		sentence: row.sentence,
		option1: row.option1,
		option2: row.option2,
		answer: row.answer ?? ""
	};
}
var WINOGRANDE_SPLIT_FILES, localRelease, family;
function init_winogrande() {
	return (init_winogrande = __esmMin((() => {
		init_python_str();
		init_release_files();
		WINOGRANDE_SPLIT_FILES = {
			train: "train_xl",
			validation: "dev",
			test: "test"
		};
		localRelease = {
			dataset: "allenai/winogrande",
			layout: "winogrande/{train_xl,dev,test}.jsonl",
			locate: (config, split) => {
				const file = WINOGRANDE_SPLIT_FILES[split];
				if (config !== "winogrande_xl" || !file) return void 0;
				return {
					relativePath: `winogrande/${file}.jsonl`,
					toRows: (text, where) => jsonlRows(text, where, winograndeRow)
				};
			}
		};
		family = {
			localRelease,
			tasks: [{
				name: "winogrande",
				about: "Winogrande: which of two options fills the blank (pronoun-resolution style commonsense)",
				version: "1.0",
				dataset: {
					path: "allenai/winogrande",
					name: "winogrande_xl"
				},
				trainingSplit: "train",
				validationSplit: "validation",
				docToText: (doc) => {
					if (doc.answer !== "1" && doc.answer !== "2") throw new Error(`winogrande: answer must be "1" or "2", got "${doc.answer}"`);
					return doc.answer === "1" ? 0 : 1;
				},
				docToChoice: (doc) => {
					const before = doc.sentence.slice(0, blankIndex(doc));
					return [before + doc.option1, before + doc.option2];
				},
				docToTarget: (doc) => pyStrip(doc.sentence.slice(blankIndex(doc) + 1)),
				metrics: ["acc"]
			}]
		};
	})))();
}
// packages/core/src/tasks/registry.ts
/** The registry of TASK_FAMILIES, checked (unique names, known group members). */
async function loadTaskRegistry() {
	return createTaskRegistry(TASK_FAMILIES);
}
function createTaskRegistry(families) {
	const tasks = /* @__PURE__ */ new Map();
	const groups = /* @__PURE__ */ new Map();
	const tags = /* @__PURE__ */ new Map();
	const presets = /* @__PURE__ */ new Map();
	const checkNewName = (name) => {
		if (tasks.has(name) || groups.has(name) || tags.has(name) || presets.has(name)) throw new Error(`Two task families define "${name}"`);
	};
	const add = (into, items) => {
		for (const item of items ?? []) {
			checkNewName(item.name);
			into.set(item.name, item);
		}
	};
	for (const family of families) {
		add(tasks, family.tasks);
		add(groups, family.groups);
		add(tags, family.tags);
		add(presets, family.presets);
	}
	const known = (member) => tasks.has(member) || groups.has(member) || tags.has(member);
	const collections = [
		...[...groups.values()].map((g) => [g.name, g.members]),
		...[...tags.values()].map((t) => [t.name, t.members]),
		...[...presets.values()].map((p) => [p.name, p.members.map((m) => m.name)])
	];
	for (const [name, members] of collections) {
		const unknown = members.filter((member) => !known(member));
		if (unknown.length > 0) throw new Error(`Group ${name} lists unknown members: ${unknown.join(", ")}`);
	}
	const allNames = [
		...tasks.keys(),
		...groups.keys(),
		...tags.keys(),
		...presets.keys()
	];
	function unknownName(name) {
		const suggestions = closeMatches(name, allNames);
		return new FtbenchError(`Unknown task or group "${name}".` + (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(", ")}?` : ""), "Run `ftbench tasks` to list the available tasks and groups.");
	}
	function resolve(names) {
		const selection = {
			tasks: [],
			selected: [],
			groups: [],
			presets: [],
			tags: [],
			warnings: []
		};
		const expand = (name, chain, preset) => {
			const path = [...chain, name];
			const task = tasks.get(name);
			if (task) {
				const chosen = preset?.fewshotSplit === void 0 ? task : {
					...task,
					fewshotSplit: preset.fewshotSplit
				};
				const earlier = selection.selected.find((s) => s.task.name === name);
				if (!earlier) {
					selection.tasks.push(chosen);
					selection.selected.push({
						task: chosen,
						path,
						...preset ? { presetNumFewshot: preset.numFewshot } : {}
					});
				} else if (earlier.task.fewshotSplit !== chosen.fewshotSplit || earlier.presetNumFewshot !== preset?.numFewshot) throw new FtbenchError(`${name} is selected twice with different settings (through ${earlier.path.join(" > ")} and through ${path.join(" > ")})`, `Name it once in --tasks.`);
				return;
			}
			if (chain.includes(name)) throw new Error(`Group cycle: ${path.join(" -> ")}`);
			const group = groups.get(name);
			if (group) {
				if (!selection.groups.includes(group)) selection.groups.push(group);
				for (const member of group.members) expand(member, path, preset);
				return;
			}
			const tag = tags.get(name);
			if (tag) {
				if (tag.missing?.length && preset === void 0) throw new FtbenchError(`lm-eval's ${name} also runs ${describeMissing(tag.missing)}; ftbench has only ${tag.members.join(", ")} of it.`, `Pass --tasks ${tag.members.join(",")} to score those (their scores match lm-eval's tasks of the same names).`);
				if (!selection.tags.includes(tag)) selection.tags.push(tag);
				for (const member of tag.members) expand(member, path, preset);
				return;
			}
			const chosenPreset = presets.get(name);
			if (!chosenPreset || chain.length > 0) throw unknownName(name);
			if (!selection.presets.includes(chosenPreset)) selection.presets.push(chosenPreset);
			const missing = [...chosenPreset.missing, ...chosenPreset.members.flatMap((member) => tags.get(member.name)?.missing ?? [])];
			if (missing.length > 0) selection.warnings.push(`${name}: lm-eval's ${name} also runs ${describeMissing(missing)}; ftbench scores the rest, so its ${name} is not lm-eval's whole ${name}.`);
			for (const member of chosenPreset.members) expand(member.name, path, member);
		};
		for (const name of names) expand(name, [], void 0);
		return selection;
	}
	function taskEntry(task) {
		const hasSplits = task.testSplit !== void 0 || task.validationSplit !== void 0;
		return {
			kind: "task",
			name: task.name,
			about: task.about ?? "",
			numFewshot: task.defaultNumFewshot ?? 0,
			metrics: [...task.metrics],
			dataset: {
				path: task.dataset.path,
				...task.dataset.name ? { name: task.dataset.name } : {},
				split: hasSplits ? evaluationSplit(task) : null,
				fewshotSplit: hasSplits ? fewshotSplit(task) : null
			}
		};
	}
	return {
		resolve,
		getTask(name) {
			const task = tasks.get(name);
			if (!task) throw unknownName(name);
			return task;
		},
		getGroup: (name) => groups.get(name),
		catalog() {
			return [
				...[...tasks.values()].map(taskEntry),
				...[...groups.values()].map((g) => ({
					kind: "group",
					name: g.name,
					about: g.about ?? "",
					members: [...g.members],
					tasks: resolve([g.name]).tasks.length,
					metrics: [...g.metrics],
					weightBySize: g.weightBySize
				})),
				...[...tags.values()].map((t) => ({
					kind: "tag",
					name: t.name,
					about: t.about,
					members: [...t.members],
					missing: [...t.missing ?? []]
				})),
				...[...presets.values()].map((p) => ({
					kind: "preset",
					name: p.name,
					about: p.about,
					members: p.members.map((m) => ({ ...m })),
					missing: [...p.missing]
				}))
			].sort((a, b) => a.name < b.name ? -1 : 1);
		}
	};
}
function describeMissing(missing) {
	return missing.map((m) => `${m.name} (${m.reason})`).join(" and ");
}
/** Up to five names within a small edit distance of `name`, or containing it, closest first. */
function closeMatches(name, candidates) {
	const maxDistance = Math.max(2, Math.floor(name.length / 4));
	return candidates.map((candidate) => ({
		candidate,
		distance: editDistance(name, candidate)
	})).filter(({ candidate, distance }) => distance <= maxDistance || candidate.includes(name)).sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1)).slice(0, 5).map(({ candidate }) => candidate);
}
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
var TASK_FAMILIES;
function init_registry() {
	return (init_registry = __esmMin((() => {
		init_errors();
		init_arc();
		init_benchmarks();
		init_hellaswag();
		init_mmlu();
		init_truthfulqa();
		init_winogrande();
		TASK_FAMILIES = [
			family$5,
			family$4,
			family$3,
			family$2,
			family$1,
			family
		];
	})))();
}
// packages/core/src/data/hub/layout.ts
/** `datasets` names the nameless config "default"; its push_to_hub folder is `data/`. */
function configName(name) {
	return name ?? "default";
}
/** The (config, split) a parquet path holds, or undefined for any other file. */
function parquetPathSplit(path) {
	for (const { pattern, config } of LAYOUTS) {
		const match = pattern.exec(path);
		if (!match) continue;
		return config ? {
			config,
			split: match[1]
		} : {
			config: match[1],
			split: match[2]
		};
	}
}
/**
* The files of one split. The old conversion's `<dataset>-<split>.parquet` is only considered when
* no file of the config follows the newer layouts, since `<config>/<name>-<split>` is ambiguous.
*/
function splitFiles(files, config, split) {
	const matching = files.filter((file) => {
		const at = parquetPathSplit(file.path);
		return at?.config === config && at.split === split;
	});
	return [...matching.length > 0 ? matching : files.filter((file) => {
		const match = OLD_CONVERSION.exec(file.path);
		return match?.[1] === config && match[2] === split;
	})].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
/** Config → splits that have parquet files: what the error for an unknown config or split lists. */
function parquetSplits(files) {
	const byConfig = /* @__PURE__ */ new Map();
	for (const file of files) {
		const at = parquetPathSplit(file.path);
		if (!at) continue;
		if (!byConfig.has(at.config)) byConfig.set(at.config, /* @__PURE__ */ new Set());
		byConfig.get(at.config)?.add(at.split);
	}
	return new Map([...byConfig].sort(([a], [b]) => a < b ? -1 : 1).map(([config, splits]) => [config, [...splits].sort()]));
}
var DEFAULT_CONFIG, SHARD, LAYOUTS, OLD_CONVERSION;
function init_layout() {
	return (init_layout = __esmMin((() => {
		DEFAULT_CONFIG = "default";
		SHARD = "-\\d{5}-of-\\d{5}";
		LAYOUTS = [
			{
				pattern: new RegExp(`^data/([^/]+?)(?:${SHARD})?\\.parquet$`),
				config: DEFAULT_CONFIG
			},
			{ pattern: new RegExp(`^([^/]+)/([^/]+?)(?:${SHARD})?\\.parquet$`) },
			{ pattern: /^([^/]+)\/([^/]+)\/\d+\.parquet$/ }
		];
		OLD_CONVERSION = new RegExp(`^([^/]+)/[^/]+-([^/-]+?)(?:${SHARD})?\\.parquet$`);
	})))();
}
// packages/core/src/suites/answer.ts
/**
* The choice a generated answer names: the first standalone choice letter (A.. up to numChoices)
* within the first 20 characters, so "B", "(B)", "B.", "Answer: B" count and "Because" does not.
* Null when none is found (unparseable). Leading whitespace is skipped first: after "Answer:"
* models usually start with a space or newline, which should not eat the window.
*/
function parseGeneratedAnswer(text, numChoices) {
	const window = [...text.trimStart()].slice(0, 20).join("");
	for (const match of window.matchAll(STANDALONE_LETTER)) {
		const index = match[0].charCodeAt(0) - 65;
		if (index < numChoices) return index;
	}
	return null;
}
var STANDALONE_LETTER;
function init_answer() {
	return (init_answer = __esmMin((() => {
		STANDALONE_LETTER = /(?<![\p{L}\p{N}_])[A-Z](?![\p{L}\p{N}_])/gu;
	})))();
}
// packages/core/src/suites/formats.ts
/**
* Reading a suite file's text into plain data, per format (chosen by extension), keeping enough
* position information to point every validation message at a line.
*/
function suiteFormatOf(file) {
	const extension = extname(file).toLowerCase();
	const format = FORMATS_BY_EXTENSION[extension];
	if (!format) throw new FtbenchError(extension === "" ? `Suite file ${file} has no extension, which says its format.` : `Suite file ${file} has an unsupported extension "${extension}".`, "Name it .json (a list of items or {\"items\": [...]}), .jsonl (one item per line), .yaml or .yml.");
	return format;
}
function parseSuiteFile(text, file) {
	const format = suiteFormatOf(file);
	if (format === "jsonl") return parseJsonLines(text, file);
	if (format === "json") return parseJson(text, file);
	return parseYaml(text, file);
}
/** "file:line:column" of a character offset in `text` (both 1-based). */
function positionOf(file, text, offset) {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf("\n") + 1;
	return `${file}:${before.split("\n").length}:${offset - lineStart + 1}`;
}
/** Whether JSON.parse fails on `text` before its end: what an incomplete but valid beginning does not do. */
function failsBeforeEnd(text) {
	try {
		JSON.parse(text);
		return false;
	} catch (error) {
		const message = error.message;
		if (/Unexpected end of JSON input/.test(message)) return false;
		const position = /at position (\d+)/.exec(message);
		return !position || Number(position[1]) < text.length;
	}
}
/**
* Where JSON.parse gave up on `text`, as a character offset. V8 names the position for some
* errors only ("Unexpected token ']'" has none), so otherwise it is found as the shortest
* beginning of the text that JSON.parse already rejects before its end: the offending character is
* its last (a valid beginning of JSON stays valid when shortened, so a binary search finds it).
*/
function jsonErrorOffset(text, message) {
	const position = /at position (\d+)/.exec(message);
	if (position) return Number(position[1]);
	let low = 0;
	let high = text.length;
	while (low < high) {
		const middle = low + high >> 1;
		if (failsBeforeEnd(text.slice(0, middle))) high = middle;
		else low = middle + 1;
	}
	return failsBeforeEnd(text.slice(0, low)) ? low - 1 : text.length;
}
/** V8's message without its own position (ours is in front) and on one line (it quotes the text). */
function jsonErrorMessage(error) {
	return error.message.replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?/, "").replace(/\n/g, "\\n");
}
function parseJsonLines(text, file) {
	const items = [];
	const itemLines = [];
	const problems = [];
	text.split(/\r?\n/).forEach((content, index) => {
		if (content.trim() === "") return;
		const line = index + 1;
		try {
			items.push(JSON.parse(content));
			itemLines.push(line);
		} catch (error) {
			const column = jsonErrorOffset(content, error.message) + 1;
			problems.push(`${file}:${line}:${column} invalid JSON: ${jsonErrorMessage(error)}; each line must hold one item object`);
		}
	});
	return {
		format: "jsonl",
		root: items,
		problems,
		lineOf: (path) => path.length > 0 && typeof path[0] === "number" ? itemLines[path[0]] : void 0
	};
}
function parseJson(text, file) {
	let root;
	try {
		root = JSON.parse(text);
	} catch (error) {
		return {
			format: "json",
			root: void 0,
			problems: [`${positionOf(file, text, jsonErrorOffset(text, error.message))} invalid JSON: ${jsonErrorMessage(error)}`],
			lineOf: () => void 0
		};
	}
	const lineCounter = new import_dist.LineCounter();
	const located = (0, import_dist.parseDocument)(text, { lineCounter });
	const positions = located.errors.length === 0 ? nodeLineFinder(located, lineCounter) : () => void 0;
	return {
		format: "json",
		root,
		problems: [],
		lineOf: positions
	};
}
function parseYaml(text, file) {
	const lineCounter = new import_dist.LineCounter();
	const document = (0, import_dist.parseDocument)(text, { lineCounter });
	if (document.errors.length > 0) return {
		format: "yaml",
		root: void 0,
		problems: document.errors.map((error) => {
			const start = error.linePos?.[0];
			const description = error.message.split("\n")[0].replace(/( at line \d+, column \d+)?:\s*$/, "");
			return `${start === void 0 ? file : `${file}:${start.line}:${start.col}`} invalid YAML: ${description}`;
		}),
		lineOf: () => void 0
	};
	try {
		return {
			format: "yaml",
			root: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSION }),
			problems: [],
			lineOf: nodeLineFinder(document, lineCounter)
		};
	} catch (error) {
		if (!(error instanceof ReferenceError && /alias/i.test(error.message))) throw error;
		return {
			format: "yaml",
			root: void 0,
			problems: [`${file} invalid YAML: its aliases (*name) expand to more than ${MAX_YAML_ALIAS_EXPANSION} copies, as an "alias bomb" does; write the repeated parts out`],
			lineOf: () => void 0
		};
	}
}
function nodeLineFinder(document, lineCounter) {
	return (path) => {
		const node = document.getIn(path, true);
		return node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
	};
}
var import_dist, MAX_YAML_ALIAS_EXPANSION, FORMATS_BY_EXTENSION;
function init_formats() {
	return (init_formats = __esmMin((() => {
		import_dist = require_dist();
		init_errors();
		MAX_YAML_ALIAS_EXPANSION = 1e4;
		FORMATS_BY_EXTENSION = {
			".json": "json",
			".jsonl": "jsonl",
			".yaml": "yaml",
			".yml": "yaml"
		};
	})))();
}
// packages/core/src/suites/items.ts
/** "A" for 0, "B" for 1, ... */
function choiceLetter(index) {
	return String.fromCharCode(65 + index);
}
/** A suite's items and settings, or every problem found in the file. */
function readSuiteContent(parsed, file) {
	if (parsed.root === void 0) return { problems: parsed.problems };
	const problems = [...parsed.problems];
	const fieldProblem = (path, field, message) => problems.push(`${locationOf(parsed, file, path)} field "${field}": ${message}`);
	const root = parsed.root;
	let settings = {};
	let itemsPath = [];
	if (isPlainObject(root)) {
		settings = root;
		itemsPath = ["items"];
		for (const key of Object.keys(root).filter((key) => !TOP_LEVEL_FIELDS.includes(key))) fieldProblem([key], key, `unknown; the allowed top-level fields are ${TOP_LEVEL_FIELDS.join(", ")}`);
	} else if (!Array.isArray(root)) return { problems: [`${file}: must hold a list of items, or an object with "items": [...] (got ${describeType(root)})`] };
	const name = settings.name;
	if (name !== void 0 && !isNonEmptyString(name)) fieldProblem(["name"], "name", `must be a non-empty string (got ${describe$1(name)})`);
	const mode = settings.mode ?? "loglikelihood";
	if (!MODES.includes(mode)) fieldProblem(["mode"], "mode", `${describe$1(mode)} is not a mode; use ${MODES.map((m) => `"${m}"`).join(" or ")}`);
	const maxNewTokens = settings.max_new_tokens ?? DEFAULT_MAX_NEW_TOKENS;
	if (!Number.isInteger(maxNewTokens) || maxNewTokens < 1) fieldProblem(["max_new_tokens"], "max_new_tokens", `must be a positive integer (got ${describe$1(maxNewTokens)})`);
	const rawItems = Array.isArray(root) ? root : settings.items;
	if (!Array.isArray(rawItems)) problems.push(rawItems === void 0 ? `${file} field "items": missing; give the questions as "items": [...]` : `${locationOf(parsed, file, itemsPath)} field "items": must be a list of items (got ${describeType(rawItems)})`);
	else if (rawItems.length === 0) problems.push(`${file}: has no items; a suite needs at least one question`);
	const rawFewshot = settings.fewshot ?? [];
	if (!Array.isArray(rawFewshot)) fieldProblem(["fewshot"], "fewshot", `must be a list of items (got ${describeType(rawFewshot)})`);
	const items = normalizeList(parsed, file, "items", itemsPath, Array.isArray(rawItems) ? rawItems : [], problems);
	const fewshot = normalizeList(parsed, file, "fewshot", ["fewshot"], Array.isArray(rawFewshot) ? rawFewshot : [], problems);
	if (problems.length > 0) return { problems };
	return {
		content: {
			name,
			mode,
			maxNewTokens,
			items,
			fewshot
		},
		problems: []
	};
}
/** "suite.jsonl:7" for JSONL; "suite.yaml:12 items[3]" (or "suite.json items[3]" without a line) otherwise. */
function locationOf(parsed, file, path, label) {
	const line = parsed.lineOf(path);
	const at = line === void 0 ? file : `${file}:${line}`;
	return parsed.format === "jsonl" || label === void 0 ? at : `${at} ${label}`;
}
function normalizeList(parsed, file, listName, listPath, rawItems, problems) {
	const items = [];
	const firstLocationById = /* @__PURE__ */ new Map();
	rawItems.forEach((raw, index) => {
		const path = [...listPath, index];
		const where = locationOf(parsed, file, path, `${listName}[${index}]`);
		const { item, id, problems: itemProblems } = normalizeItem(raw, index, where, parsed.lineOf(path));
		problems.push(...itemProblems);
		if (id === void 0) return;
		const firstLocation = firstLocationById.get(id);
		if (firstLocation !== void 0) problems.push(`${where} field "id": "${id}" is already used by ${firstLocation}; ids must be unique`);
		else {
			firstLocationById.set(id, where);
			if (item) items.push(item);
		}
	});
	return items;
}
/**
* One item, normalized: id as a string (default: its position), choices without letter prefixes,
* answer as an index. The id comes back whenever it is valid, so duplicates are found even in bad items.
*/
function normalizeItem(raw, index, where, line) {
	if (!isPlainObject(raw)) return { problems: [`${where}: an item must be an object with "question", "choices" and "answer" (got ${describeType(raw)})`] };
	const problems = [];
	const fieldProblem = (field, message) => problems.push(`${where} field "${field}": ${message}`);
	const { id = index, category = UNCATEGORIZED, question, choices, answer } = raw;
	const validId = isNonEmptyString(id) || Number.isInteger(id) ? String(id) : void 0;
	if (validId === void 0) fieldProblem("id", `must be a string or an integer (got ${describe$1(id)})`);
	if (!isNonEmptyString(category)) fieldProblem("category", `must be a non-empty string (got ${describe$1(category)})`);
	if (question === void 0) fieldProblem("question", "missing; every item needs the question text");
	else if (typeof question !== "string") fieldProblem("question", `must be a string (got ${describe$1(question)})`);
	else if (question.trim() === "") fieldProblem("question", "is empty");
	const normalizedChoices = normalizeChoices(choices, fieldProblem);
	const answerIndex = normalizeAnswer(answer, hasAllowedChoiceCount(choices) ? choices.length : void 0, fieldProblem);
	if (problems.length > 0) return {
		id: validId,
		problems
	};
	return {
		id: validId,
		item: {
			id: validId,
			category: category.trim(),
			question: question.trim(),
			choices: normalizedChoices,
			answer: answerIndex,
			...line === void 0 ? {} : { line }
		},
		problems: []
	};
}
/** The item's choices, normalized, or undefined after reporting what is wrong with them. */
function normalizeChoices(choices, fieldProblem) {
	if (choices === void 0) {
		fieldProblem("choices", `missing; give a list of 2–26 answer texts`);
		return;
	}
	if (!Array.isArray(choices)) {
		fieldProblem("choices", `must be a list of 2–26 strings (got ${describeType(choices)})`);
		return;
	}
	if (!hasAllowedChoiceCount(choices)) {
		fieldProblem("choices", `has ${choices.length === 1 ? "1 choice" : `${choices.length} choices`}; between 2 and 26 (A–Z) are allowed`);
		return;
	}
	const stripped = stripLetterPrefixes(choices.map((choice) => typeof choice === "string" ? choice : ""));
	const choiceProblems = choices.map((choice, i) => {
		if (typeof choice !== "string") return `must be a string (got ${describe$1(choice)}); quote it`;
		return stripped[i].trim() === "" ? "is empty; every choice needs answer text" : void 0;
	});
	choiceProblems.forEach((problem, i) => problem && fieldProblem(`choices[${i}]`, problem));
	return choiceProblems.some(Boolean) ? void 0 : stripped.map((choice) => choice.trim());
}
function hasAllowedChoiceCount(choices) {
	return Array.isArray(choices) && choices.length >= 2 && choices.length <= 26;
}
/**
* Drops "A. ", "B) ", "C: " prefixes, but only when every choice carries its own letter in
* sequence: an answer text that happens to start with "A. " among unprefixed choices is content.
*/
function stripLetterPrefixes(choices) {
	return choices.every((choice, i) => LETTER_PREFIX.exec(choice)?.[1] === choiceLetter(i)) ? choices.map((choice) => choice.replace(LETTER_PREFIX, "")) : [...choices];
}
/** The answer as a 0-based index; `numChoices` is undefined when the choices were invalid (range unchecked). */
function normalizeAnswer(answer, numChoices, fieldProblem) {
	const allowed = numChoices === void 0 ? "a choice letter (A, B, …) or a 0-based index (0, 1, …)" : `a letter A–${choiceLetter(numChoices - 1)} or a 0-based index 0–${numChoices - 1}`;
	let index;
	if (answer === void 0) {
		fieldProblem("answer", `missing; give the correct choice as ${allowed}`);
		return;
	} else if (typeof answer === "string" && /^[A-Za-z]$/.test(answer.trim())) index = answer.trim().toUpperCase().charCodeAt(0) - 65;
	else if (typeof answer === "number" && Number.isInteger(answer) && answer >= 0) index = answer;
	else {
		fieldProblem("answer", `${describe$1(answer)} is not a valid answer; use ${allowed}`);
		return;
	}
	if (numChoices !== void 0 && index >= numChoices) {
		fieldProblem("answer", `${describe$1(answer)} is not one of the item's ${numChoices} choices; use ${allowed}`);
		return;
	}
	return index;
}
function isPlainObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isNonEmptyString(value) {
	return typeof value === "string" && value.trim() !== "";
}
function describeType(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
/** A short rendering of a bad value for messages, e.g. `"E"`, `3.5`, `a list`. */
function describe$1(value) {
	if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return describeType(value);
}
var DEFAULT_MAX_NEW_TOKENS, MODES, TOP_LEVEL_FIELDS, LETTER_PREFIX;
function init_items() {
	return (init_items = __esmMin((() => {
		init_aggregate();
		DEFAULT_MAX_NEW_TOKENS = 32;
		MODES = ["loglikelihood", "generate"];
		TOP_LEVEL_FIELDS = [
			"name",
			"mode",
			"max_new_tokens",
			"fewshot",
			"items"
		];
		LETTER_PREFIX = /^([A-Z])[.):]\s+/;
	})))();
}
// packages/core/src/suites/task.ts
/** `{question}\nA. {choice}\nB. {choice}…\nAnswer:` – lm-eval's MMLU doc_to_text. */
function renderSuiteQuestion(item) {
	const choiceLines = item.choices.map((choice, i) => `${choiceLetter(i)}. ${choice}`);
	return [
		item.question,
		...choiceLines,
		"Answer:"
	].join("\n");
}
function buildSuiteTask(spec) {
	const { topic } = spec;
	return {
		name: spec.name,
		version: spec.version,
		dataset: { path: spec.path },
		testSplit: SUITE_TEST_SPLIT,
		...spec.numFewshot > 0 ? { fewshotSplit: SUITE_FEWSHOT_SPLIT } : {},
		fewshotSampler: "first_n",
		defaultNumFewshot: spec.numFewshot,
		...topic === void 0 ? {} : { description: () => `The following are multiple choice questions (with answers) about ${topic}.\n\n` },
		docToText: renderSuiteQuestion,
		docToChoice: (item) => item.choices.map((_, i) => choiceLetter(i)),
		docToTarget: (item) => item.answer,
		metrics: ["acc"]
	};
}
var SUITE_TEST_SPLIT, SUITE_FEWSHOT_SPLIT;
function init_task() {
	return (init_task = __esmMin((() => {
		init_items();
		SUITE_TEST_SPLIT = "items";
		SUITE_FEWSHOT_SPLIT = "fewshot";
	})))();
}
// packages/core/src/suites/load.ts
async function loadSuite(path) {
	if (path.trim() === "") throw new FtbenchError("\"suite:\" needs the path of a suite file after it.", "e.g. --tasks suite:suites/pharmacy.jsonl, or suite:hf://org/name/suite.jsonl for a Hub dataset.");
	suiteFormatOf(path);
	let bytes;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = error.code;
		const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : `cannot be read (${error.message})`;
		throw new FtbenchError(`Suite file ${path} ${reason}.`, "Check the path passed as the suite.");
	}
	return parseSuite(bytes, path);
}
/**
* A suite file's bytes as text. Anything but UTF-8 is refused with the offset of the first bad
* byte: decoding it leniently would turn accented letters into U+FFFD and change the prompts
* silently. TextDecoder drops a byte-order mark (Windows editors write one).
*/
function decodeSuiteText(bytes, file) {
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidUtf8Byte(bytes);
		const line = bytes.subarray(0, offset).filter((byte) => byte === 10).length + 1;
		throw new FtbenchError(`Suite file ${file} is not valid UTF-8: byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")} at byte offset ${offset} (line ${line}).`, "Save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8), so every question reads as written.");
	}
}
/**
* Offset of the first byte that starts no valid UTF-8 sequence: the end of the longest beginning
* that decodes as complete characters plus, possibly, one unfinished sequence (which is where it starts).
*/
function firstInvalidUtf8Byte(bytes) {
	const decodesAsStart = (end) => {
		try {
			new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	let low = 0;
	let high = bytes.length;
	while (low < high) {
		const middle = low + high + 1 >> 1;
		if (decodesAsStart(middle)) low = middle;
		else high = middle - 1;
	}
	let start = low;
	while (start > low - 3 && start > 0 && !decodesCompletely(bytes.subarray(0, start))) start--;
	return start;
}
function decodesCompletely(bytes) {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
/** A suite from its file text or bytes; `file` names it in messages and decides the format by extension. */
function parseSuite(source, file) {
	const { content, problems } = readSuiteContent(parseSuiteFile((typeof source === "string" ? source : decodeSuiteText(source, file)).replace(/^\uFEFF/, ""), file), file);
	if (!content) {
		const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
		throw new FtbenchError(`Suite ${file} has ${count}:\n${problems.map((p) => `  - ${p}`).join("\n")}`, SUITE_FORMAT_HINT);
	}
	const name = content.name ?? basename(file, extname(file));
	const version = contentVersion(content.items, content.fewshot);
	return {
		name,
		path: file,
		mode: content.mode,
		maxNewTokens: content.maxNewTokens,
		version,
		items: content.items,
		fewshot: content.fewshot,
		task: buildSuiteTask({
			name: suiteTaskName(name),
			version,
			path: file,
			topic: content.name,
			numFewshot: content.fewshot.length
		})
	};
}
/** sha256 over what the model is asked (items and examples), not over file layout or line numbers. */
function contentVersion(items, fewshot) {
	const withoutLines = (list) => list.map(({ id, category, question, choices, answer }) => ({
		id,
		category,
		question,
		choices,
		answer
	}));
	return sha256Hex(JSON.stringify({
		items: withoutLines(items),
		fewshot: withoutLines(fewshot)
	}));
}
var SUITE_FORMAT_HINT;
function init_load() {
	return (init_load = __esmMin((() => {
		init_errors();
		init_task_ref();
		init_formats();
		init_items();
		init_task();
		init_hash();
		fileURLToPath(new URL("../../demo/pharmacology.jsonl", import.meta.url));
		SUITE_FORMAT_HINT = `Each item needs "question" (text), "choices" (2–26 strings, "A. " prefixes optional) and "answer" (a letter such as "B", or a 0-based index); "id" and "category" are optional.`;
	})))();
}
// packages/core/src/data/hub/suite.ts
/**
* Custom suites kept in a Hub dataset repository: `suite:hf://org/name[@revision][/path/in/repo.jsonl]`
* (`hf://datasets/org/name…` works too, as huggingface_hub's HfFileSystem spells it; a revision
* with a slash is written %2F-encoded). Without a path the repository must hold exactly one suite
* file. The suite is named by the commit it was read at, so results say which data they used.
*/
function isHubSuite(location) {
	return location.startsWith(HUB_SUITE_PREFIX);
}
function parseHubSuiteSpec(location) {
	const rest = location.slice(5).replace(/^datasets\//, "");
	const match = /^([^/@]+\/[^/@]+)(?:@([^/]+))?(?:\/(.+))?$/.exec(rest);
	if (!match) throw new FtbenchError(`"${location}" does not name a Hub dataset repository.`, SPEC_HINT);
	const [, repo, revision, path] = match;
	return {
		repo,
		revision: revision ? decodeURIComponent(revision) : DEFAULT_REVISION,
		...path ? { path } : {}
	};
}
/** Downloads (unless cached) and parses a suite stored on the Hub. */
async function loadHubSuite(location, client) {
	return (await fetchHubSuite(location, client)).suite;
}
/** What a `suite:` task names: a local file, or `hf://…` in a Hub dataset repository. */
function loadSuiteAt(location, client) {
	return isHubSuite(location) ? loadHubSuite(location, client()) : loadSuite(location);
}
/** The suite, and the repository, commit and file it was read from. */
async function fetchHubSuite(location, client) {
	const spec = parseHubSuiteSpec(location);
	const snapshot = await client.snapshot(spec.repo, spec.revision);
	const candidates = snapshot.files.filter((file) => SUITE_EXTENSIONS.has(extname(file.path).toLowerCase()));
	const chosen = spec.path ? snapshot.files.filter((file) => file.path === spec.path) : candidates;
	if (chosen.length !== 1) {
		const where = `dataset ${spec.repo} at ${snapshot.sha}`;
		const list = candidates.map((file) => file.path).join(", ") || "none";
		throw new FtbenchError(spec.path ? `${where} has no file ${spec.path}.` : `${where} holds ${chosen.length} suite files; name the one to run.`, `Suite files there: ${list}. ${SPEC_HINT}`);
	}
	const file = chosen[0];
	return {
		suite: parseSuite(await readFile(await client.download(snapshot, file)), `${HUB_SUITE_PREFIX}datasets/${spec.repo}@${snapshot.sha}/${file.path}`),
		repo: spec.repo,
		sha: snapshot.sha,
		file: file.path
	};
}
var HUB_SUITE_PREFIX, SUITE_EXTENSIONS, SPEC_HINT;
function init_suite() {
	return (init_suite = __esmMin((() => {
		init_errors();
		init_load();
		init_client();
		HUB_SUITE_PREFIX = "hf://";
		SUITE_EXTENSIONS = /* @__PURE__ */ new Set([
			".jsonl",
			".json",
			".yaml",
			".yml"
		]);
		SPEC_HINT = "Write suite:hf://org/name[@revision][/path/to/suite.jsonl], e.g. suite:hf://my-org/domain-evals/legal.jsonl.";
	})))();
}
// packages/core/src/mt-bench/load.ts
/**
* Where MT-Bench's files come from: `<data-dir>/mt_bench/` (the layout of ../shared/datasets/mt_bench), or the Hub.
*
* On the Hub, FastChat's data lives in the lmsys/mt-bench Space (`data/mt_bench/…`, `data/judge_prompts.jsonl`), where
* FastChat's own download_mt_bench_pregenerated.py fetches MT-Bench files from; the Hub's datasets hold re-shaped
* copies (HuggingFaceH4/mt_bench_prompts renames `turns` and carries its own short references, not GPT-4's answers).
* The files are pinned by content: each must be byte for byte FastChat's (commit 0e6d3e4 of lm-sys/FastChat), whatever
* commit the Space's branch resolved to, and that commit is recorded (the cache keeps answering with it).
*/
function utf8(bytes, file) {
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new FtbenchError(`${file} is not valid UTF-8 text`, "Use the file exactly as FastChat publishes it.");
	}
}
/** Parses and checks the three files (bytes by kind, `names` saying where each came from). */
function parseFiles(bytes, names) {
	const data = {
		questions: parseQuestions(utf8(bytes.questions, names.questions), names.questions),
		references: parseReferences(utf8(bytes.references, names.references), names.references),
		judgePrompts: parseJudgePrompts(utf8(bytes.judgePrompts, names.judgePrompts), names.judgePrompts)
	};
	checkMtBenchData(data, names);
	return data;
}
/** sha256 over the three files, each named: what identifies local data. */
function contentRevision(bytes) {
	return sha256Hex(KINDS.map((kind) => `${MT_BENCH_FILES[kind]}\u0000${sha256Hex(bytes[kind])}`).join(""));
}
async function loadLocalMtBench(dataDir) {
	const dir = path.join(dataDir, MT_BENCH_DIR);
	const names = Object.fromEntries(KINDS.map((kind) => [kind, path.join(dir, MT_BENCH_FILES[kind])]));
	const bytes = {};
	for (const kind of KINDS) try {
		bytes[kind] = await readFile(names[kind]);
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
		throw new FtbenchError(`Missing ${names[kind]}, needed for mt_bench.`, `--data-dir must hold FastChat's MT-Bench files as ${MT_BENCH_DIR}/${MT_BENCH_FILES.questions}, ${MT_BENCH_DIR}/${MT_BENCH_FILES.references} and ${MT_BENCH_DIR}/${MT_BENCH_FILES.judgePrompts} (fastchat/llm_judge/data).`);
	}
	return {
		data: parseFiles(bytes, names),
		dataset: {
			source: "local",
			path: dir,
			split: "question",
			revision: contentRevision(bytes)
		}
	};
}
async function loadHubMtBench(client) {
	const snapshot = await client.snapshot(MT_BENCH_HUB_SPACE, DEFAULT_REVISION, "spaces");
	const names = {};
	const bytes = {};
	for (const kind of KINDS) {
		const where = `hf://spaces/${MT_BENCH_HUB_SPACE}@${snapshot.sha}/${MT_BENCH_HUB_PATHS[kind]}`;
		const file = snapshot.files.find((f) => f.path === MT_BENCH_HUB_PATHS[kind]);
		if (!file) throw new FtbenchError(`The Hub Space ${MT_BENCH_HUB_SPACE} at ${snapshot.sha} has no ${MT_BENCH_HUB_PATHS[kind]}.`, localHint());
		bytes[kind] = await readFile(await client.download(snapshot, file));
		if (sha256Hex(bytes[kind]) !== FASTCHAT_SHA256[kind]) throw new FtbenchError(`${where} is not FastChat's ${MT_BENCH_FILES[kind]} (its sha256 differs from lm-sys/FastChat 0e6d3e4's).`, localHint());
		names[kind] = where;
	}
	return {
		data: parseFiles(bytes, names),
		dataset: {
			source: "hub",
			path: `spaces/${MT_BENCH_HUB_SPACE}`,
			split: "question",
			revision: snapshot.sha
		}
	};
}
function localHint() {
	return `Read FastChat's files from a folder instead: --data-dir DIR with ${MT_BENCH_DIR}/ (question.jsonl, reference_answer/gpt-4.jsonl, judge_prompts.jsonl) from lm-sys/FastChat fastchat/llm_judge/data.`;
}
var MT_BENCH_DIR, MT_BENCH_HUB_SPACE, MT_BENCH_HUB_PATHS, FASTCHAT_SHA256, KINDS;
function init_load$1() {
	return (init_load$1 = __esmMin((() => {
		init_errors();
		init_hash();
		init_client();
		init_data();
		MT_BENCH_DIR = "mt_bench";
		MT_BENCH_HUB_SPACE = "lmsys/mt-bench";
		MT_BENCH_HUB_PATHS = {
			questions: "data/mt_bench/question.jsonl",
			references: "data/mt_bench/reference_answer/gpt-4.jsonl",
			judgePrompts: "data/judge_prompts.jsonl"
		};
		FASTCHAT_SHA256 = {
			questions: "119565adbab82227089cefdb44c8d7e2cf04dc0a0ec233634c82e7d4e2a944f7",
			references: "f957a5bc977badb66885ec970e6cd08527845780313f0995764260e5777b9b3f",
			judgePrompts: "fd283293406d024f44c174b094ef48031d0687a4682fd3a56b29b138f80281b6"
		};
		KINDS = Object.keys(MT_BENCH_FILES);
	})))();
}
// packages/core/src/data/hub/prefetch.ts
/** The leaf tasks behind task and group names (suites are left out), with their pinned datasets. */
async function hubDatasetsForTasks(names, pins = {}) {
	const standard = names.map(parseTaskRef).flatMap((ref) => ref.kind === "registered" && ref.name !== "mt_bench" ? [ref.name] : []);
	if (standard.length === 0) {
		assertPinsApply(pins, []);
		return [];
	}
	const { tasks } = (await loadTaskRegistry()).resolve(standard);
	assertPinsApply(pins, tasks);
	return tasks.map((task) => ({
		task,
		dataset: pinnedDataset(task, pins)
	}));
}
/**
* What a CI job should cache for these datasets: the cache directory, and a key from each
* dataset, config and revision (the revision as pinned, `main` when not: the cache itself then
* remembers which commit `main` was when it was filled, so restored runs read the same data).
*/
function datasetCachePlan(datasets, env = process.env) {
	const entries = [...new Set(datasets.map((d) => `${d.path}:${configName(d.name)}@${d.revision ?? "main"}`))].sort();
	const digest = sha256Hex(entries.join("\n")).slice(0, 32);
	return {
		path: datasetCacheDir(env),
		key: `${CACHE_KEY_PREFIX}${digest}`,
		restoreKeys: [CACHE_KEY_PREFIX]
	};
}
var CACHE_KEY_PREFIX;
function init_prefetch() {
	return (init_prefetch = __esmMin((() => {
		init_registry();
		init_client();
		init_layout();
		init_pins();
		init_cache_dir();
		init_task_ref();
		init_hash();
		init_data();
		CACHE_KEY_PREFIX = "ftbench-hf-datasets-v1-";
	})))();
}
// packages/core/src/data/hub/parquet.ts
/** BigInt → number, through lists and structs; a value beyond 2^53 cannot become a number exactly. */
function plainValue(value, where) {
	if (typeof value === "bigint") {
		if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new FtbenchError(`${where}: the integer ${value} does not fit a JavaScript number exactly.`);
		return Number(value);
	}
	if (Array.isArray(value)) return value.map((item) => plainValue(item, where));
	if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainValue(item, where)]));
	return value;
}
async function readParquetRows(file, label = file) {
	let rows;
	try {
		rows = await parquetReadObjects({
			file: await asyncBufferFromFile(file),
			compressors,
			rowFormat: "object"
		});
	} catch (error) {
		throw new FtbenchError(`${label} is not a readable parquet file (${error.message}).`, `Delete ${file} so that it is downloaded again.`);
	}
	return rows.map((row, i) => plainValue(row, `${label} row ${i}`));
}
function init_parquet() {
	return (init_parquet = __esmMin((() => {
		init_node();
		init_src();
		init_errors();
	})))();
}
// packages/core/src/data/hub/source.ts
/**
* `HubSource`: task data from the Hugging Face Hub, as lm-eval's `datasets.load_dataset(path, name)`
* would get it, read from the repository's parquet files at a recorded commit.
*
* The rows are the Hub's rows unchanged (tasks consume the Hub layout), so the five lm-eval
* datasets need no per-dataset column mapping here; the local-release source is the one that maps.
*/
function listed(names, max = 20) {
	return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
function describe(ref, split) {
	return `dataset ${ref.path}${ref.name ? ` (config ${ref.name})` : ""} split "${split}"`;
}
function missingSplitError(ref, split, snapshot, revision) {
	const at = `at ${revision === snapshot.sha ? snapshot.sha : `${revision} (${snapshot.sha})`}`;
	const splits = parquetSplits(snapshot.files);
	const config = configName(ref.name);
	if (splits.size === 0) return new FtbenchError(`Dataset ${ref.path} ${at} has no parquet files.`, isCommitSha(revision) ? `ftbench reads parquet. For a dataset stored another way, pin a commit of its ${PARQUET_CONVERSION_REVISION} branch, where the Hub keeps a parquet conversion.` : "ftbench reads parquet, from the given revision or the Hub's parquet conversion; this dataset has neither.");
	const configSplits = splits.get(config);
	if (!configSplits) return new FtbenchError(`Dataset ${ref.path} has no config "${config}" ${at}.`, `Its configs: ${listed([...splits.keys()])}.`);
	return new FtbenchError(`Dataset ${ref.path} config "${config}" has no split "${split}" ${at}.`, `Its splits: ${configSplits.join(", ")}.`);
}
var PARQUET_CONVERSION_REVISION, HubSource;
function init_source() {
	return (init_source = __esmMin((() => {
		init_errors();
		init_client();
		init_layout();
		init_parquet();
		PARQUET_CONVERSION_REVISION = "refs/convert/parquet";
		HubSource = class {
			client;
			constructor(options = {}) {
				const { client, ...clientOptions } = options;
				this.client = client ?? new HubClient(clientOptions);
			}
			/**
			* The commit and files holding a split. A branch without any parquet (a dataset still stored
			* as a loading script) falls back to the Hub's parquet conversion, and the conversion's commit
			* is what gets recorded. A pinned commit is taken as is.
			*/
			async locate(ref, split) {
				const revision = ref.revision ?? "main";
				const snapshot = await this.client.snapshot(ref.path, revision);
				const files = splitFiles(snapshot.files, configName(ref.name), split);
				if (files.length > 0) return {
					snapshot,
					files
				};
				if (!(parquetSplits(snapshot.files).size === 0 && !isCommitSha(revision) && revision !== "refs/convert/parquet")) throw missingSplitError(ref, split, snapshot, revision);
				const converted = await this.client.snapshot(ref.path, PARQUET_CONVERSION_REVISION);
				const convertedFiles = splitFiles(converted.files, configName(ref.name), split);
				if (convertedFiles.length === 0) throw missingSplitError(ref, split, converted, PARQUET_CONVERSION_REVISION);
				return {
					snapshot: converted,
					files: convertedFiles
				};
			}
			/** Makes sure a split's files are in the cache; returns where they are. */
			async fetchSplit(ref, split) {
				const located = await this.locate(ref, split);
				const { snapshot, files } = located;
				if (this.client.settings.offline) {
					const missing = files.filter((file) => !existsSync(this.client.cachedPath(snapshot, file)));
					if (missing.length > 0) throw new FtbenchError(`HF_HUB_OFFLINE is set and ${missing.length} file(s) of ${describe(ref, split)} at ${snapshot.sha} are not in the cache ${this.client.settings.cacheDir}: ${missing.map((file) => file.path).join(", ")}.`, PREFETCH_HINT);
				}
				const paths = [];
				for (const file of files) paths.push(await this.client.download(snapshot, file));
				return {
					...located,
					paths
				};
			}
			async loadSplit(ref, split) {
				const { snapshot, files, paths } = await this.fetchSplit(ref, split);
				const rows = [];
				for (const [i, file] of paths.entries()) rows.push(...await readParquetRows(file, `${ref.path}/${files[i].path}`));
				return {
					rows,
					revision: snapshot.sha,
					origin: files.map((file) => `hf://datasets/${ref.path}@${snapshot.sha}/${file.path}`).join(" + ")
				};
			}
		};
	})))();
}
// packages/core/src/data/local-release.ts
/**
* Reads the original public releases of the benchmarks from a directory (`--data-dir`) and returns rows
* in the column layout of the Hugging Face datasets lm-evaluation-harness loads, so the same task code
* runs on either. Each task family says where its release's files are (its `localRelease`).
*/
async function readRelease(file, described) {
	try {
		return await readFile(file);
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
		throw new FtbenchError(`Missing ${file}, needed for ${described}.`, `Put the original release there; --data-dir must follow this layout:\n${LOCAL_RELEASE_LAYOUT}`);
	}
}
var RELEASES, LOCAL_RELEASE_LAYOUT, LocalReleaseSource;
function init_local_release() {
	return (init_local_release = __esmMin((() => {
		init_errors();
		init_registry();
		init_hash();
		RELEASES = new Map(TASK_FAMILIES.flatMap((family) => family.localRelease ? [[family.localRelease.dataset, family.localRelease]] : []));
		LOCAL_RELEASE_LAYOUT = [...RELEASES.values()].map((release) => release.layout).join("\n");
		LocalReleaseSource = class {
			dataDir;
			constructor(dataDir) {
				this.dataDir = dataDir;
			}
			async loadSplit(ref, split) {
				const described = `${ref.path}${ref.name ? ` (${ref.name})` : ""} split "${split}"`;
				const release = RELEASES.get(ref.path)?.locate(ref.name, split);
				if (!release) throw new FtbenchError(`--data-dir has no local release for ${described}.`, `Local releases are read from this layout under --data-dir:\n${LOCAL_RELEASE_LAYOUT}`);
				const file = path.join(this.dataDir, release.relativePath);
				const bytes = await readRelease(file, described);
				let text;
				try {
					text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
				} catch {
					throw new FtbenchError(`${file} is not valid UTF-8 text.`, "Use the file exactly as the benchmark publishes it.");
				}
				return {
					rows: release.toRows(text, file),
					revision: sha256Hex(bytes),
					origin: file
				};
			}
		};
	})))();
}
// packages/core/src/metrics/multiple-choice.ts
/**
* numpy.argmax semantics: the first maximum wins on ties, and a NaN counts as the maximum
* (numpy returns the index of the first NaN), so predictions match lm-eval even in degenerate cases.
*/
function argmax(values) {
	if (values.length === 0) throw new Error("argmax of an empty list");
	let best = 0;
	for (let i = 0; i < values.length; i++) {
		if (Number.isNaN(values[i])) return i;
		if (values[i] > values[best]) best = i;
	}
	return best;
}
/** Python's `len(str)`: Unicode code points, not UTF-16 code units (an emoji counts 1, not 2). */
function codePointLength(text) {
	return [...text].length;
}
/**
* acc = [argmax(lls) == gold]; acc_norm = [argmax(lls / len(choice)) == gold] with len counted in
* code points of the choice string as doc_to_choice returns it (without the target delimiter).
* A gold index outside the choices scores 0, as lm-eval's gold = -100 fallback does.
*/
function scoreMultipleChoice(lls, choices, gold, metrics) {
	if (lls.length !== choices.length) throw new Error(`scoreMultipleChoice: ${lls.length} log-likelihoods for ${choices.length} choices`);
	const prediction = argmax(lls);
	const values = {};
	if (metrics.includes("acc")) values.acc = prediction === gold ? 1 : 0;
	if (!metrics.includes("acc_norm")) return {
		prediction,
		values
	};
	const predictionNorm = argmax(lls.map((ll, i) => ll / codePointLength(choices[i])));
	values.acc_norm = predictionNorm === gold ? 1 : 0;
	return {
		prediction,
		predictionNorm,
		values
	};
}
// packages/core/src/metrics/degenerate.ts
/** The chance that guessing uniformly gives every document the same answer index. */
function sameAnswerChance(docs) {
	const shared = Math.min(...docs.map((doc) => doc.choices));
	return docs.reduce((chance, doc) => chance / doc.choices, shared);
}
function degenerateSigns(docs) {
	if (docs.length === 0) return [];
	const signs = [];
	const answer = docs[0].prediction;
	if (answer >= 0 && docs.every((doc) => doc.prediction === answer) && sameAnswerChance(docs) < .001) signs.push("same-answer");
	if (docs.every((doc) => allEqual(doc.loglikelihoods))) signs.push("equal-loglikelihoods");
	return signs;
}
var EQUAL_TOLERANCE, allEqual;
function init_degenerate() {
	return (init_degenerate = __esmMin((() => {
		EQUAL_TOLERANCE = 1e-9;
		allEqual = (values) => values.length >= 2 && values.every((value) => Math.abs(value - values[0]) <= EQUAL_TOLERANCE * Math.max(1, Math.abs(values[0])));
	})))();
}
// packages/core/src/metrics/task-result.ts
/**
* `samples` in document order, `choices` the number of choices of each; `truncatedRequests` how many of
* the task's requests were left-truncated. Generate mode records an unparseable answer as prediction -1.
*/
function taskResultFromSamples(facts, samples, choices, truncatedRequests) {
	const perMetric = {};
	for (const name of facts.metrics) perMetric[name] = samples.map((s) => s.metrics[name]);
	const degenerate = degenerateSigns(samples.map((sample, i) => ({
		prediction: sample.prediction,
		choices: choices[i],
		loglikelihoods: sample.loglikelihoods
	})));
	return {
		name: facts.name,
		kind: facts.kind,
		version: facts.version,
		numFewshot: facts.numFewshot,
		n: samples.length,
		...samples.length < facts.docsInSplit ? { nOriginal: facts.docsInSplit } : {},
		metrics: aggregateTask(perMetric),
		...facts.categorized ? { categories: aggregateByCategory(samples) } : {},
		dataset: facts.dataset,
		...facts.generate ? { unparseable: samples.filter((s) => s.prediction === -1).length } : {},
		...degenerate.length > 0 ? { degenerate } : {},
		...truncatedRequests > 0 ? { truncatedRequests } : {}
	};
}
function init_task_result() {
	return (init_task_result = __esmMin((() => {
		init_aggregate();
		init_degenerate();
	})))();
}
// packages/core/src/model/loglikelihood.ts
/**
* `ids` (the encoding of `text`) after BOS when the tokenizer adds one, unless the text already starts with
* the prefix token's text (lm-eval's `has_bos_prefix`: a chat template's own BOS is not doubled).
*/
function withBos(tokenizer, text, ids) {
	return tokenizer.addBosToken && tokenizer.bosTokenId !== null && !text.startsWith(tokenizer.prefixTokenText) ? [tokenizer.bosTokenId, ...ids] : ids;
}
/**
* lm-eval (v0.4.10+) `_encode_pair` and `loglikelihood`: the context's trailing whitespace, as Python's
* `str.rstrip()` sees it, moves to the continuation, and the continuation's tokens are those of
* encode(context + continuation) after encode(context), so merges across the boundary are scored as
* the model would see them. BOS is not added to a text that already starts with the prefix token's
* text (`has_bos_prefix`). An empty context is the prefix token (BOS, else EOS) before the continuation
* encoded without special tokens, unless that encoding already starts with the prefix token: then that
* token is the context. `encodeContext` lets callers reuse the encoding of a context shared by
* consecutive requests.
*/
function tokenizeRequest(tokenizer, request, encodeContext = (context) => tokenizer.encode(context)) {
	if (request.context === "") {
		const ids = tokenizer.encode(request.continuation);
		return ids[0] === tokenizer.prefixTokenId ? {
			contextIds: ids.slice(0, 1),
			continuationIds: ids.slice(1)
		} : {
			contextIds: [tokenizer.prefixTokenId],
			continuationIds: ids
		};
	}
	const context = pyRstrip(request.context);
	const continuation = request.context.slice(context.length) + request.continuation;
	const whole = withBos(tokenizer, context + continuation, tokenizer.encode(context + continuation));
	const contextIds = withBos(tokenizer, context, encodeContext(context));
	return {
		contextIds,
		continuationIds: whole.slice(contextIds.length)
	};
}
/** tokenizeRequest over a request list, encoding each run of identical contexts once. */
function tokenizeRequests(tokenizer, requests) {
	let last = null;
	const encodeContext = (context) => {
		if (last?.context !== context) last = {
			context,
			ids: tokenizer.encode(context)
		};
		return last.ids;
	};
	return requests.map((request) => tokenizeRequest(tokenizer, request, encodeContext));
}
/** Whether lm-eval's window (below) cuts the request's context on the left. */
function isLeftTruncated({ contextIds, continuationIds }, maxLength) {
	return contextIds.length + continuationIds.length > maxLength + 1;
}
/** lm-eval's model input for a request: (context + continuation)[-(maxLength+1):][:-1]. */
function modelInput(request, index, maxLength) {
	const { contextIds, continuationIds } = request;
	if (continuationIds.length === 0) throw new FtbenchError(`request ${index} has an empty continuation: there is nothing to score`, "Every answer choice must be a non-empty string.");
	if (continuationIds.length > maxLength) throw new FtbenchError(`a continuation of ${continuationIds.length} tokens is longer than the model's maximum length ${maxLength}`, "Use a model with a longer context or shorten the answer choices.");
	return [...contextIds, ...continuationIds].slice(-(maxLength + 1)).slice(0, -1);
}
/** The continuation is scored at the input's last positions: position p predicts token p + 1. */
function continuationSlots(request, inputLength, continuationIds) {
	const first = inputLength - continuationIds.length;
	return continuationIds.map((target, token) => ({
		request,
		token,
		position: first + token,
		target
	}));
}
/** Lexicographic order of token ids, a prefix first. */
function compareTokens(a, b) {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
	return a.length - b.length;
}
/** Longest first, then by tokens (lm-eval's `-len(tokens), tuple(tokens)`): batches pad little and OOM shows up first. */
function longestFirst(rows) {
	return rows.sort((a, b) => b.tokens.length - a.tokens.length || compareTokens(a.tokens, b.tokens));
}
/** lm-eval's plan: one full row per distinct model input, shared by every request whose input it is. */
function planFullRows(requests, maxLength) {
	const rows = /* @__PURE__ */ new Map();
	requests.forEach((request, index) => {
		const input = modelInput(request, index, maxLength);
		const key = input.join(",");
		let row = rows.get(key);
		if (!row) {
			row = {
				tokens: input,
				slots: [],
				suffixes: []
			};
			rows.set(key, row);
		}
		row.slots.push(...continuationSlots(index, input.length, request.continuationIds));
	});
	return longestFirst([...rows.values()]);
}
function commonPrefixLength(inputs) {
	let length = Math.min(...inputs.map((input) => input.length));
	for (const input of inputs.slice(1)) {
		let i = 0;
		while (i < length && input[i] === inputs[0][i]) i++;
		length = i;
	}
	return length;
}
/**
* Requests of one document, as the evaluator emits them: consecutive requests with the same context
* (multiple choice), or with the same continuation after different contexts (winogrande's partial
* scoring). Grouping only decides what is shared, never what is scored.
*/
function documentGroups(requests) {
	const groups = [];
	requests.forEach((request, index) => {
		const group = groups.at(-1);
		const first = group && requests[group.members[0]];
		const shared = !first ? null : sameTokens(first.contextIds, request.contextIds) ? "context" : sameTokens(first.continuationIds, request.continuationIds) ? "continuation" : null;
		if (group && shared && (group.shared ?? shared) === shared) {
			group.members.push(index);
			group.shared = shared;
		} else groups.push({
			members: [index],
			shared: null
		});
	});
	return groups.map((group) => group.members);
}
/** One prefix row for a group: its longest common input prefix; each input's remainder becomes a suffix row. */
function sharedPrefixRows(group, inputs, requests) {
	const shared = commonPrefixLength(group.map((i) => inputs[i]));
	if (shared === 0) return group.map((i) => ({
		tokens: inputs[i],
		slots: continuationSlots(i, inputs[i].length, requests[i].continuationIds),
		suffixes: []
	}));
	const row = {
		tokens: inputs[group[0]].slice(0, shared),
		slots: [],
		suffixes: []
	};
	const suffixes = /* @__PURE__ */ new Map();
	for (const i of group) for (const slot of continuationSlots(i, inputs[i].length, requests[i].continuationIds)) {
		if (slot.position < shared) {
			row.slots.push(slot);
			continue;
		}
		const tokens = inputs[i].slice(shared);
		const key = tokens.join(",");
		let suffix = suffixes.get(key);
		if (!suffix) {
			suffix = {
				tokens,
				slots: [],
				suffixes: []
			};
			suffixes.set(key, suffix);
		}
		suffix.slots.push({
			...slot,
			position: slot.position - shared
		});
	}
	row.suffixes = longestFirst([...suffixes.values()]);
	return [row];
}
/**
* Left truncation shifts each request's window by its own length: only requests whose windows start
* at the same token see the same prefix at the same positions. Partitions a group by window start.
*/
function sameWindowStart(group, requests, maxLength) {
	const byStart = /* @__PURE__ */ new Map();
	for (const i of group) {
		const start = Math.max(0, requests[i].contextIds.length + requests[i].continuationIds.length - (maxLength + 1));
		byStart.set(start, [...byStart.get(start) ?? [], i]);
	}
	return [...byStart.values()];
}
/** Shared-prefix plan: per document, its common input prefix runs once and every continuation runs from its cache. */
function planSharedPrefixes(requests, maxLength) {
	const inputs = requests.map((request, index) => modelInput(request, index, maxLength));
	return longestFirst(documentGroups(requests).flatMap((group) => sameWindowStart(group, requests, maxLength)).flatMap((members) => sharedPrefixRows(members, inputs, requests)));
}
/** Requests (by index) whose inputs share `inputs[members[*]][0, start)`, sorted by their inputs. */
function trieNode(members, start, inputs, slots) {
	const first = inputs[members[0]];
	const last = inputs[members[members.length - 1]];
	let end = start;
	while (end < first.length && end < last.length && first[end] === last[end]) end++;
	const node = {
		tokens: first.slice(start, end),
		slots: [],
		suffixes: []
	};
	for (const i of members) for (const slot of slots[i]) if (slot.position >= start && slot.position < end) node.slots.push({
		...slot,
		position: slot.position - start
	});
	node.suffixes = branches(members.filter((i) => inputs[i].length > end), end, inputs).map((group) => trieNode(group, end, inputs, slots));
	return node;
}
/** Sorted members split into runs by their token at `position`. */
function branches(members, position, inputs) {
	const runs = [];
	for (const i of members) {
		const run = runs.at(-1);
		if (run && inputs[run[0]][position] === inputs[i][position]) run.push(i);
		else runs.push([i]);
	}
	return runs;
}
/**
* The node as planned rows: itself when its shared tokens repay a node (MIN_SHARED_TOKENS), else its
* tokens folded into each suffix (its own slots ride on the first), which are then judged in turn.
*/
function worthwhileNodes(node) {
	if (node.suffixes.length === 0) return [node];
	if (node.suffixes.length > 1 && node.tokens.length * (node.suffixes.length - 1) >= MIN_SHARED_TOKENS) return [{
		...node,
		suffixes: longestFirst(node.suffixes.flatMap(worthwhileNodes))
	}];
	const shift = node.tokens.length;
	return node.suffixes.flatMap((suffix, k) => worthwhileNodes({
		tokens: [...node.tokens, ...suffix.tokens],
		slots: [...k === 0 ? node.slots : [], ...suffix.slots.map((slot) => ({
			...slot,
			position: slot.position + shift
		}))],
		suffixes: suffix.suffixes
	}));
}
/**
* Prefix-tree plan: the model inputs of all requests (after lm-eval's left truncation) as a tree over
* token ids, so every shared start runs once, across documents: MMLU's subject header and dev examples,
* TruthfulQA's primer, a document's context before its options. Two inputs share only tokens that are
* the same at the same positions from position 0: requests whose truncated windows start at different
* tokens share nothing. Slots go to the node whose tokens hold their position.
*/
function planPrefixTree(requests, maxLength) {
	const inputs = requests.map((request, index) => modelInput(request, index, maxLength));
	const slots = requests.map((request, i) => continuationSlots(i, inputs[i].length, request.continuationIds));
	return longestFirst(branches(inputs.map((_, i) => i).sort((a, b) => compareTokens(inputs[a], inputs[b]) || a - b), 0, inputs).flatMap((group) => worthwhileNodes(trieNode(group, 0, inputs, slots))));
}
var sameTokens, MIN_SHARED_TOKENS;
function init_loglikelihood() {
	return (init_loglikelihood = __esmMin((() => {
		init_errors();
		init_python_str();
		sameTokens = (a, b) => a.length === b.length && a.every((t, i) => t === b[i]);
		MIN_SHARED_TOKENS = 8;
	})))();
}
// packages/core/src/model/batching.ts
/**
* Peak bytes of one row in a forward pass, an estimate on the safe side: activations of a block,
* one layer's attention scores, the cache in and out, and the vocabulary-wide rows (only the scored
* slots before a gathered head, every position when logits come back whole).
*/
function estimateRowBytes(shape, newTokens, pastTokens, slots) {
	const activations = newTokens * (16 * shape.hidden + 2 * shape.intermediate) * FLOAT_BYTES;
	const attention = 2 * shape.heads * newTokens * (pastTokens + newTokens) * FLOAT_BYTES;
	const cache = (pastTokens + 2 * (pastTokens + newTokens)) * shape.cacheBytesPerToken;
	const vocabRows = shape.scoring === "hidden-states" ? slots : shape.scoring === "logits" ? newTokens + slots : 2 * newTokens;
	return activations + attention + cache + 3 * vocabRows * shape.vocab * FLOAT_BYTES;
}
/** Splits items (already in the order to run them) into consecutive batches, each as long as `fits` allows (one item at least). */
function greedyBatches(items, fits) {
	const batches = [];
	let current = [];
	for (const item of items) {
		if (current.length > 0 && !fits([...current, item])) {
			batches.push(current);
			current = [];
		}
		current.push(item);
	}
	if (current.length > 0) batches.push(current);
	return batches;
}
/** rows x the longest row: the tokens a pass computes, padding included. */
function paddedTokens(rows) {
	return rows.length * widthOf(rows);
}
function withinPaddedTokens(rule, rows) {
	const padded = paddedTokens(rows);
	const padding = padded - rows.reduce((n, { row }) => n + row.tokens.length, 0);
	return padded <= rule.freePaddedTokens || padded <= rule.maxPaddedTokens && padding <= rule.maxPaddingShare * padded;
}
/** The estimated peak of a pass: each row padded to the longest, on a cache as long as the longest past. */
function passBytes(shape, rows) {
	const past = maxOf(rows.map((r) => r.pastLength));
	return rows.length * estimateRowBytes(shape, widthOf(rows), past, maxOf(rows.map(({ row }) => row.slots.length)));
}
/**
* The positions a pass reaches: its cache is as long as its longest past and it is as wide as its
* longest row, so a long past with a short row beside a short past with a long row reaches further
* than either row alone (each alone fits: it is part of one model input).
*/
function passPositions(rows) {
	return maxOf(rows.map((r) => r.pastLength)) + widthOf(rows);
}
/**
* Rows in passes, each followed by the passes of its rows' suffixes; no pass reaches past
* `maxPositions` (position ids and cache length alike). Rows run longest first (then by tokens, then
* by past), so that a pass pads little; a pass's suffixes are batched among themselves only, so each
* continuation pass reads one cache.
*/
function planPasses(rows, limit, maxPositions) {
	const withinLimit = "rows" in limit ? (batch) => batch.length <= limit.rows : (batch) => batch.length <= limit.maxRows && withinPaddedTokens(limit.padding, batch) && passBytes(limit.shape, batch) <= limit.bytes;
	return greedyBatches([...rows].sort((a, b) => b.row.tokens.length - a.row.tokens.length || compareTokens(a.row.tokens, b.row.tokens) || a.pastLength - b.pastLength || a.parent - b.parent), (batch) => passPositions(batch) <= maxPositions && withinLimit(batch)).map((batch) => ({
		rows: batch,
		next: planPasses(batch.flatMap(({ row, pastLength }, parent) => row.suffixes.map((suffix) => ({
			row: suffix,
			parent,
			pastLength: pastLength + row.tokens.length
		}))), limit, maxPositions)
	}));
}
/** Top-level rows (run from position 0) in passes: see planPasses. */
function planBatches(rows, limit, maxPositions) {
	return planPasses(rows.map((row) => ({
		row,
		parent: -1,
		pastLength: 0
	})), limit, maxPositions);
}
var PADDED_TOKEN_RULES, FLOAT_BYTES, maxOf, widthOf;
function init_batching() {
	return (init_batching = __esmMin((() => {
		init_loglikelihood();
		PADDED_TOKEN_RULES = {
			cpu: {
				maxPaddedTokens: 512,
				maxPaddingShare: 1 / 8,
				freePaddedTokens: 64
			},
			cuda: {
				maxPaddedTokens: 8192,
				maxPaddingShare: 1 / 4,
				freePaddedTokens: 1024
			}
		};
		FLOAT_BYTES = 4;
		maxOf = (values) => Math.max(0, ...values);
		widthOf = (rows) => maxOf(rows.map(({ row }) => row.tokens.length));
	})))();
}
// packages/core/src/model/half.ts
/** IEEE 754 half → single precision, for fp16 graphs (onnxruntime-node hands fp16 back as raw Uint16). */
function halfToFloat(h) {
	const sign = h & 32768 ? -1 : 1;
	const exponent = h >> 10 & 31;
	const fraction = h & 1023;
	if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
	if (exponent === 31) return fraction ? NaN : sign * Infinity;
	return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}
function halvesToFloat32(halves) {
	const out = new Float32Array(halves.length);
	for (let i = 0; i < halves.length; i++) out[i] = halfToFloat(halves[i]);
	return out;
}
// packages/core/src/model/score-graph.ts
function tensorInfo(name, elemType, dims) {
	return {
		name,
		type: { tensorType: {
			elemType,
			shape: { dim: dims.map((d) => typeof d === "string" ? { dimParam: d } : { dimValue: d }) }
		} }
	};
}
function defaultOpset(model) {
	const entry = (model.opsetImport ?? []).find((o) => !o.domain || o.domain === "ai.onnx");
	return entry ? Number(entry.version) : 0;
}
/** Every value name a node reads, including outer-scope names read inside its subgraphs (If/Loop/Scan). */
function valuesRead(node) {
	const names = [...node.input ?? []];
	for (const attribute of node.attribute ?? []) for (const graph of [attribute.g, ...attribute.graphs ?? []]) for (const inner of graph?.node ?? []) names.push(...valuesRead(inner));
	return names.filter((name) => name !== "");
}
/** Which values are constants (weights, Constant nodes, and weights reshaped/transposed/cast), and the rank where it is known. */
function constantRanks(graph) {
	const ranks = /* @__PURE__ */ new Map();
	for (const init of graph.initializer ?? []) ranks.set(init.name ?? "", (init.dims ?? []).length);
	for (const node of graph.node ?? []) if (node.opType === "Constant") {
		const value = (node.attribute ?? []).find((a) => a.name === "value");
		ranks.set(node.output?.[0] ?? "", value?.t ? (value.t.dims ?? []).length : null);
	} else if (CONSTANT_PRESERVING.has(node.opType ?? "") && (node.input ?? []).every((name) => ranks.has(name))) {
		const rank = node.opType === "Transpose" || node.opType === "Cast" || node.opType === "Identity" ? ranks.get(node.input?.[0] ?? "") ?? null : null;
		for (const output of node.output ?? []) ranks.set(output, rank);
	}
	return ranks;
}
/** The input of an element-wise op that carries the activations, when its other operand is a constant that broadcasts over the vocabulary only. */
function activationInput(node, constants) {
	const inputs = node.input ?? [];
	if (UNARY_AFTER_HEAD.has(node.opType ?? "") && inputs.length === 1) return inputs[0];
	if (!BINARY_AFTER_HEAD.has(node.opType ?? "") || inputs.length !== 2) return null;
	const dynamic = inputs.filter((name) => !constants.has(name));
	const constant = inputs.find((name) => constants.has(name));
	const rank = constant === void 0 ? null : constants.get(constant);
	return dynamic.length === 1 && rank !== null && rank !== void 0 && rank <= 1 ? dynamic[0] : null;
}
function findLmHead(graph) {
	const producer = /* @__PURE__ */ new Map();
	for (const node of graph.node ?? []) for (const output of node.output ?? []) producer.set(output, node);
	const constants = constantRanks(graph);
	const after = [];
	let value = "logits";
	for (;;) {
		const node = producer.get(value);
		if (!node) return null;
		const inputs = node.input ?? [];
		if (node.opType === "MatMul" && inputs.length === 2 && constants.has(inputs[1]) && !constants.has(inputs[0])) {
			const rank = constants.get(inputs[1]);
			return rank === null || rank === 2 ? {
				head: node,
				after
			} : null;
		}
		const activation = activationInput(node, constants);
		if (activation === null) return null;
		after.unshift({
			node,
			activation
		});
		value = activation;
	}
}
/** Drops nodes whose outputs nothing needs (the original head, once `logits` is no longer an output). */
function pruneDeadNodes(graph) {
	const needed = new Set((graph.output ?? []).map((o) => o.name ?? ""));
	const kept = [];
	for (const node of [...graph.node ?? []].reverse()) if ((node.output ?? []).some((name) => needed.has(name))) {
		kept.push(node);
		for (const name of valuesRead(node)) needed.add(name);
	}
	graph.node = kept.reverse();
}
/**
* Rewrites a causal-LM graph (mutating and returning `model`) into the scoring graph described at the
* top of this file. Throws ScoreGraphError for graphs it cannot rewrite safely.
*/
function buildScoringGraph(model) {
	const graph = model.graph;
	if (!graph) throw new ScoreGraphError("the model has no graph");
	const opset = defaultOpset(model);
	if (opset < MIN_OPSET) throw new ScoreGraphError(`opset ${opset} is older than ${MIN_OPSET}`);
	if (!(graph.output ?? []).some((o) => o.name === "logits")) throw new ScoreGraphError("the graph has no \"logits\" output");
	const taken = /* @__PURE__ */ new Set([...(graph.input ?? []).map((i) => i.name), ...(graph.node ?? []).flatMap((n) => n.output ?? [])]);
	if ([...Object.values(SCORE_INPUTS), ...Object.values(SCORE_OUTPUTS)].some((name) => taken.has(name))) throw new ScoreGraphError("the graph already uses ftbench_* names");
	const lmHead = findLmHead(graph);
	const added = [];
	const op = (opType, input, attribute = [], output = `ftbench/${opType}_${added.length}`) => {
		added.push({
			name: `ftbench/${opType}_node_${added.length}`,
			opType,
			input,
			output: [output],
			attribute
		});
		return output;
	};
	const gatherSlots = (value) => op("Gather", [op("Flatten", [value], [intAttr("axis", -1)]), SCORE_INPUTS.positions], [intAttr("axis", 0)]);
	let scores;
	if (lmHead) {
		scores = op("MatMul", [gatherSlots(lmHead.head.input?.[0] ?? ""), lmHead.head.input?.[1] ?? ""]);
		for (const { node, activation } of lmHead.after) {
			const input = (node.input ?? []).map((name) => name === activation ? scores : name);
			scores = op(node.opType ?? "", input, node.attribute ?? []);
		}
	} else scores = gatherSlots("logits");
	const logits = op("Cast", [scores], [intAttr("to", FLOAT)]);
	op("GatherElements", [op("LogSoftmax", [logits], [intAttr("axis", 1)], SCORE_OUTPUTS.distribution), SCORE_INPUTS.targets], [intAttr("axis", 1)], SCORE_OUTPUTS.logprobs);
	op("ArgMax", [logits], [intAttr("axis", 1), intAttr("keepdims", 1)], SCORE_OUTPUTS.argmax);
	graph.node = [...graph.node ?? [], ...added];
	graph.input = [
		...graph.input ?? [],
		tensorInfo(SCORE_INPUTS.positions, INT64, ["scored_slots"]),
		tensorInfo(SCORE_INPUTS.targets, INT64, ["scored_slots", 1])
	];
	graph.output = [
		...(graph.output ?? []).filter((o) => o.name !== "logits"),
		tensorInfo(SCORE_OUTPUTS.logprobs, FLOAT, ["scored_slots", 1]),
		tensorInfo(SCORE_OUTPUTS.argmax, INT64, ["scored_slots", 1]),
		tensorInfo(SCORE_OUTPUTS.distribution, FLOAT, ["scored_slots", "vocab"])
	];
	pruneDeadNodes(graph);
	return {
		model,
		gatherAt: lmHead ? "hidden-states" : "logits"
	};
}
function decodeModel(bytes) {
	return onnx.ModelProto.decode(bytes);
}
function encodeModel(model) {
	return onnx.ModelProto.encode(model).finish();
}
/** Whether any weight lives in an external data file (then it must be resolved against the original directory). */
function usesExternalData(model) {
	return (model.graph?.initializer ?? []).some((t) => t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL);
}
var import_onnx, onnx, SCORE_INPUTS, SCORE_OUTPUTS, ScoreGraphError, UNARY_AFTER_HEAD, BINARY_AFTER_HEAD, CONSTANT_PRESERVING, MIN_OPSET, FLOAT, INT64, INT, intAttr;
function init_score_graph() {
	return (init_score_graph = __esmMin((() => {
		import_onnx = /* @__PURE__ */ __toESM(require_onnx(), 1);
		({onnx} = import_onnx.default);
		SCORE_INPUTS = {
			positions: "ftbench_score_positions",
			targets: "ftbench_score_targets"
		};
		SCORE_OUTPUTS = {
			logprobs: "ftbench_logprobs",
			argmax: "ftbench_argmax",
			distribution: "ftbench_distribution"
		};
		ScoreGraphError = class extends Error {};
		UNARY_AFTER_HEAD = /* @__PURE__ */ new Set([
			"Cast",
			"Identity",
			"Tanh"
		]);
		BINARY_AFTER_HEAD = /* @__PURE__ */ new Set([
			"Add",
			"Sub",
			"Mul",
			"Div"
		]);
		CONSTANT_PRESERVING = /* @__PURE__ */ new Set([
			"Transpose",
			"Cast",
			"Reshape",
			"Identity",
			"Unsqueeze",
			"Squeeze",
			"Constant"
		]);
		MIN_OPSET = 11;
		FLOAT = onnx.TensorProto.DataType.FLOAT;
		INT64 = onnx.TensorProto.DataType.INT64;
		INT = onnx.AttributeProto.AttributeType.INT;
		intAttr = (name, i) => ({
			name,
			type: INT,
			i
		});
	})))();
}
// packages/core/src/model/onnx-session.ts
/**
* The onnxruntime edge: loads a causal-LM graph (the model's own, or its scoring graph), checks its
* signature, and runs forward passes. Everything above this file asks one question of a pass: the
* log-probability and argmax at given (row, position, target) slots, plus the key/value cache when
* asked for it. The scoring graph answers it in-graph; a plain graph answers it here, from the full
* logits.
*/
function detectSignature(session, modelConfig, scoring) {
	const inputs = session.inputNames.filter((name) => !scoring || !SCORE_INPUT_NAMES.includes(name));
	const outputs = session.outputNames;
	const problems = [];
	for (const required of ["input_ids", "attention_mask"]) if (!inputs.includes(required)) problems.push(`no input "${required}"`);
	if (!scoring && !outputs.includes("logits")) problems.push("no output \"logits\"");
	const pastInputs = inputs.filter((name) => name.startsWith("past_key_values."));
	const unknown = inputs.filter((name) => ![
		"input_ids",
		"attention_mask",
		"position_ids"
	].includes(name) && !/^past_key_values\.\d+\.(key|value)$/.test(name));
	if (unknown.length > 0) problems.push(`unexpected inputs ${unknown.map((n) => `"${n}"`).join(", ")}`);
	const layers = pastInputs.length / 2;
	for (let i = 0; i < layers * 2; i++) {
		if (!inputs.includes(pastName(i, "past_key_values"))) problems.push(`no input "${pastName(i, "past_key_values")}"`);
		if (!outputs.includes(pastName(i, "present"))) problems.push(`no output "${pastName(i, "present")}"`);
	}
	if (problems.length > 0) throw new FtbenchError(`model.onnx does not have a causal-LM signature: ${problems.join("; ")}. Found inputs [${inputs.join(", ")}], outputs [${outputs.join(", ")}].`, `Expected inputs ${SUPPORTED_INPUTS} and output logits (optional present.<i>.key/value), as \`optimum-cli export onnx --task text-generation(-with-past)\` writes.`);
	const metadata = (name) => session.inputMetadata.find((m) => m.name === name);
	const outputMeta = session.outputMetadata.find((m) => m.name === "logits");
	let past = null;
	if (layers > 0) {
		const meta = metadata("past_key_values.0.key");
		const shape = meta?.isTensor ? meta.shape : [];
		const configHeads = modelConfig.num_key_value_heads ?? modelConfig.n_head ?? modelConfig.num_attention_heads;
		const hidden = modelConfig.n_embd ?? modelConfig.hidden_size;
		const heads = typeof shape[1] === "number" ? shape[1] : configHeads;
		const headDim = typeof shape[3] === "number" ? shape[3] : modelConfig.head_dim ?? (hidden && configHeads ? hidden / (modelConfig.num_attention_heads ?? modelConfig.n_head) : void 0);
		if (!heads || !headDim) throw new FtbenchError("cannot tell the shape of past_key_values: the graph leaves it symbolic and config.json has no head counts", "Add num_attention_heads / num_key_value_heads / hidden_size to config.json.");
		past = {
			layers,
			heads,
			headDim,
			type: meta?.isTensor && meta.type === "float16" ? "float16" : "float32"
		};
	}
	return {
		hasPositionIds: inputs.includes("position_ids"),
		past,
		logitsType: scoring ? scoring.logitsType : outputMeta?.isTensor ? String(outputMeta.type) : "float32"
	};
}
function int64Tensor(data, dims) {
	return new ort.Tensor("int64", data, dims);
}
/** input_ids, attention_mask and position_ids for right-padded rows continuing from `past` (holes in the mask mark padded cache positions). */
function tokenFeeds(rows, past) {
	const width = Math.max(...rows.map((r) => r.length));
	const pastLength = past ? past.state[0].dims[2] : 0;
	const total = pastLength + width;
	const ids = new BigInt64Array(rows.length * width);
	const mask = new BigInt64Array(rows.length * total);
	const positions = new BigInt64Array(rows.length * width);
	rows.forEach((row, r) => {
		const cached = past ? past.lengths[r] : 0;
		const valid = past?.valid?.[r];
		if (valid) for (let k = 0; k < pastLength; k++) mask[r * total + k] = valid[k] ? 1n : 0n;
		else for (let k = 0; k < cached; k++) mask[r * total + k] = 1n;
		for (let i = 0; i < row.length; i++) {
			ids[r * width + i] = BigInt(row[i]);
			mask[r * total + pastLength + i] = 1n;
		}
		for (let i = 0; i < width; i++) positions[r * width + i] = BigInt(cached + i);
	});
	return {
		inputIds: int64Tensor(ids, [rows.length, width]),
		attentionMask: int64Tensor(mask, [rows.length, total]),
		positionIds: int64Tensor(positions, [rows.length, width]),
		width
	};
}
function toFloat32(data, type) {
	if (type === "float32") return data;
	if (type === "float16") return data instanceof Uint16Array ? halvesToFloat32(data) : Float32Array.from(data);
	throw new FtbenchError(`logits of type ${type} are not supported`, "Export the model with float32, float16 or bfloat16 logits.");
}
/** Host-side scoring from full logits [batch, width, vocab]: float64 log-softmax and first-maximum argmax per slot. */
function scoreFromLogits(logits, width, slots) {
	const vocab = logits.dims[2];
	const logprobs = new Float64Array(slots.length);
	const argmax = new Int32Array(slots.length);
	const perPosition = /* @__PURE__ */ new Map();
	slots.forEach((slot, s) => {
		const base = (slot.row * width + slot.position) * vocab;
		let position = perPosition.get(base);
		if (!position) {
			const values = toFloat32(logits.data.subarray(base, base + vocab), logits.type);
			let best = 0;
			for (let v = 1; v < vocab; v++) if (values[v] > values[best]) best = v;
			let sum = 0;
			for (let v = 0; v < vocab; v++) sum += Math.exp(values[v] - values[best]);
			position = {
				values,
				logTotal: values[best] + Math.log(sum),
				best
			};
			perPosition.set(base, position);
		}
		logprobs[s] = position.values[slot.target] - position.logTotal;
		argmax[s] = position.best;
	});
	return {
		logprobs,
		argmax
	};
}
/** Host-side log-softmax over the vocabulary at each slot's position, from full logits [batch, width, vocab]. */
function distributionsFromLogits(logits, width, slots) {
	const vocab = logits.dims[2];
	const out = new Float32Array(slots.length * vocab);
	slots.forEach((slot, s) => {
		const base = (slot.row * width + slot.position) * vocab;
		const values = toFloat32(logits.data.subarray(base, base + vocab), logits.type);
		let max = -Infinity;
		for (let v = 0; v < vocab; v++) max = Math.max(max, values[v]);
		let sum = 0;
		for (let v = 0; v < vocab; v++) sum += Math.exp(values[v] - max);
		const logTotal = max + Math.log(sum);
		for (let v = 0; v < vocab; v++) out[s * vocab + v] = values[v] - logTotal;
	});
	return out;
}
/**
* The cache for a continuation pass, one row per `rows` entry, copied from `present` (the cache a pass
* handed back; its cache input was `pastWidth` positions wide, so a row's new positions start there):
* each row's real positions, its own cache then its new tokens, packed from position 0, and zeros after
* them (masked out by the row's length). Copies, because rows may repeat (a prompt broadcast to every
* question that continues it), and packing keeps the cache no wider than the longest real one.
*/
function gatherPast(present, pastWidth, rows) {
	const width = Math.max(...rows.map((row) => row.pastLength + row.length));
	return present.map((tensor) => {
		const [, heads, sourceWidth, headDim] = tensor.dims;
		const source = tensor.data;
		const data = new source.constructor(rows.length * heads * width * headDim);
		rows.forEach(({ from, pastLength, length }, r) => {
			for (let h = 0; h < heads; h++) {
				const src = (from * heads + h) * sourceWidth * headDim;
				const dst = (r * heads + h) * width * headDim;
				data.set(source.subarray(src, src + pastLength * headDim), dst);
				data.set(source.subarray(src + pastWidth * headDim, src + (pastWidth + length) * headDim), dst + pastLength * headDim);
			}
		});
		return new ort.Tensor(tensor.type, data, [
			rows.length,
			heads,
			width,
			headDim
		]);
	});
}
var DeviceMemoryError, OnnxRunError, SUPPORTED_INPUTS, SCORE_INPUT_NAMES, pastName, OUT_OF_MEMORY, CausalLMSession;
function init_onnx_session() {
	return (init_onnx_session = __esmMin((() => {
		init_errors();
		init_score_graph();
		DeviceMemoryError = class extends Error {};
		OnnxRunError = class extends Error {};
		SUPPORTED_INPUTS = "input_ids, attention_mask, optional position_ids, optional past_key_values.<i>.key/value";
		SCORE_INPUT_NAMES = Object.values(SCORE_INPUTS);
		pastName = (i, prefix) => `${prefix}.${i >> 1}.${i & 1 ? "value" : "key"}`;
		OUT_OF_MEMORY = /out of memory|failed to allocate|bad_alloc|BFCArena/i;
		CausalLMSession = class CausalLMSession {
			session;
			signature;
			device;
			scoring;
			constructor(session, signature, device, scoring) {
				this.session = session;
				this.signature = signature;
				this.device = device;
				this.scoring = scoring;
			}
			static async load(modelDir, opts) {
				const file = opts.scoringGraph?.file ?? path.join(modelDir, "model.onnx");
				const executionProviders = opts.device.kind === "cuda" ? [{
					name: "cuda",
					deviceId: opts.device.deviceId
				}] : ["cpu"];
				const externalDataDir = opts.scoringGraph?.externalDataDir ?? null;
				const sessionOptions = {
					executionProviders,
					graphOptimizationLevel: opts.graphOptimizationLevel ?? "all",
					executionMode: "sequential",
					intraOpNumThreads: opts.intraOpThreads ?? availableParallelism(),
					interOpNumThreads: opts.interOpThreads ?? 1,
					enableCpuMemArena: opts.memoryArena ?? true,
					logSeverityLevel: 4,
					...externalDataDir ? { extra: { session: { model_external_initializers_file_folder_path: externalDataDir } } } : {}
				};
				let session;
				try {
					session = externalDataDir ? await ort.InferenceSession.create(readFileSync(file), sessionOptions) : await ort.InferenceSession.create(file, sessionOptions);
				} catch (err) {
					const message = err.message.split("\n")[0];
					if (opts.device.kind === "cuda" && /cuda|provider|shared library/i.test(message)) throw new FtbenchError(`the CUDA execution provider could not be loaded: ${message}`, "Install onnxruntime-node with its CUDA binaries (ONNXRUNTIME_NODE_INSTALL=cuda12 npm install, or place libonnxruntime_providers_cuda.so and libonnxruntime_providers_shared.so next to libonnxruntime.so.1), and make CUDA/cuDNN libraries resolvable via LD_LIBRARY_PATH. ftbench never falls back to CPU silently: use --device cpu to run on CPU.");
					throw new FtbenchError(`onnxruntime could not load ${file}: ${message}`, "Check that the file is a complete ONNX model (an interrupted download or a Git LFS pointer gives this error) and that its external data files sit beside it.");
				}
				const signature = detectSignature(session, opts.modelConfig ?? {}, opts.scoringGraph);
				return new CausalLMSession(session, signature, opts.device, opts.scoringGraph?.gatherAt ?? "host");
			}
			/** A zero-length past for a batch, as optimum graphs expect on the first pass. */
			emptyPast(batch) {
				const past = this.signature.past;
				if (!past) return null;
				const dims = [
					batch,
					past.heads,
					0,
					past.headDim
				];
				return Array.from({ length: past.layers * 2 }, () => past.type === "float16" ? new ort.Tensor("float16", /* @__PURE__ */ new Uint16Array(0), dims) : new ort.Tensor("float32", /* @__PURE__ */ new Float32Array(0), dims));
			}
			async score(input) {
				const { inputIds, attentionMask, positionIds, width } = tokenFeeds(input.rows, input.past);
				const feeds = {
					input_ids: inputIds,
					attention_mask: attentionMask
				};
				if (this.signature.hasPositionIds) feeds.position_ids = positionIds;
				(input.past?.state ?? this.emptyPast(input.rows.length))?.forEach((tensor, i) => feeds[pastName(i, "past_key_values")] = tensor);
				const presentNames = this.signature.past && input.keepPresent ? Array.from({ length: this.signature.past.layers * 2 }, (_, i) => pastName(i, "present")) : [];
				const inGraph = this.scoring !== "host";
				if (inGraph) {
					feeds[SCORE_INPUTS.positions] = int64Tensor(BigInt64Array.from(input.slots, (s) => BigInt(s.row * width + s.position)), [input.slots.length]);
					feeds[SCORE_INPUTS.targets] = int64Tensor(BigInt64Array.from(input.slots, (s) => BigInt(s.target)), [input.slots.length, 1]);
				}
				const distributionFetch = inGraph && input.distributions ? [SCORE_OUTPUTS.distribution] : [];
				const fetches = [...inGraph ? [
					SCORE_OUTPUTS.logprobs,
					SCORE_OUTPUTS.argmax,
					...distributionFetch
				] : ["logits"], ...presentNames];
				let out;
				try {
					out = await this.session.run(feeds, fetches);
				} catch (err) {
					const message = err.message;
					if (OUT_OF_MEMORY.test(message)) throw new DeviceMemoryError(message);
					throw new OnnxRunError(message);
				}
				const bytesOf = (names) => names.reduce((n, name) => n + out[name].data.byteLength, 0);
				const scored = inGraph ? {
					logprobs: Float64Array.from(out[SCORE_OUTPUTS.logprobs].data),
					argmax: Int32Array.from(out[SCORE_OUTPUTS.argmax].data, Number)
				} : scoreFromLogits(out.logits, width, input.slots);
				const distributions = !input.distributions ? void 0 : inGraph ? out[SCORE_OUTPUTS.distribution].data : distributionsFromLogits(out.logits, width, input.slots);
				return {
					...scored,
					distributions,
					present: presentNames.length > 0 ? presentNames.map((name) => out[name]) : null,
					scoreBytes: bytesOf(fetches.slice(0, fetches.length - presentNames.length)),
					cacheBytes: bytesOf(presentNames),
					paddedTokens: input.rows.length * width
				};
			}
			async dispose() {
				await this.session.release();
			}
		};
	})))();
}
// packages/core/src/model/scorer.ts
function newCounters() {
	return {
		forwardPasses: 0,
		tokensForwarded: 0,
		paddedTokensForwarded: 0,
		sessionRuns: 0,
		scoreOutputBytes: 0,
		maxRunScoreOutputBytes: 0,
		cacheOutputBytes: 0
	};
}
/** One pass through the session, counted. */
async function countedScore(session, counters, input) {
	const out = await session.score(input);
	counters.forwardPasses += input.rows.length;
	counters.tokensForwarded += input.rows.reduce((n, row) => n + row.length, 0);
	counters.paddedTokensForwarded += out.paddedTokens;
	counters.sessionRuns += 1;
	counters.scoreOutputBytes += out.scoreBytes;
	counters.maxRunScoreOutputBytes = Math.max(counters.maxRunScoreOutputBytes, out.scoreBytes);
	counters.cacheOutputBytes += out.cacheBytes;
	return out;
}
function chunks(items, size) {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
/** Scores every planned slot: `continuationLengths[i]` slots of request i. */
function scorePlan(session, passes, continuationLengths, counters, { replan, cacheBudgetBytes, onProgress }) {
	return new PlanExecution(session, counters, replan, cacheBudgetBytes, continuationLengths, onProgress).run(passes);
}
var ScoringError, oneLine, OUT_OF_BOUNDS, OUT_OF_BOUNDS_HINT, cacheBytes, slotsUnder, PlanExecution;
function init_scorer() {
	return (init_scorer = __esmMin((() => {
		init_errors();
		init_onnx_session();
		ScoringError = class extends FtbenchError {
			requests;
			constructor(message, requests, hint) {
				super(message, hint);
				this.requests = requests;
			}
		};
		oneLine = (message) => message.trim().replace(/\s*\n\s*/g, " ");
		OUT_OF_BOUNDS = /out of (data )?bounds/i;
		OUT_OF_BOUNDS_HINT = "An index past a table is a sequence longer than the graph's positions (check --max-length and config.json's n_positions or max_position_embeddings) or a token id past its vocabulary (a tokenizer that does not match the model).";
		cacheBytes = (state) => state.reduce((n, tensor) => n + tensor.data.byteLength, 0);
		slotsUnder = (rows) => rows.flatMap((row) => [...row.slots, ...slotsUnder(row.suffixes)]);
		PlanExecution = class {
			session;
			counters;
			replan;
			cacheBudgetBytes;
			onProgress;
			/** After the device ran out of memory at n rows, no pass has more than n/2. */
			rowCap = Infinity;
			tokenLogprobs;
			greedy;
			pendingSlots;
			finished = 0;
			/** Caches held now, outermost first. */
			held = [];
			constructor(session, counters, replan, cacheBudgetBytes, continuationLengths, onProgress) {
				this.session = session;
				this.counters = counters;
				this.replan = replan;
				this.cacheBudgetBytes = cacheBudgetBytes;
				this.onProgress = onProgress;
				this.tokenLogprobs = continuationLengths.map((n) => new Float64Array(n));
				this.greedy = continuationLengths.map(() => true);
				this.pendingSlots = [...continuationLengths];
			}
			async run(passes) {
				for (const pass of passes) await this.runPass(pass, null);
				return this.tokenLogprobs.map((logprobs, i) => ({
					loglikelihood: logprobs.reduce((a, b) => a + b, 0),
					isGreedy: this.greedy[i]
				}));
			}
			/** Runs a pass (its rows continuing rows of `parent`'s pass), records its slots, then the passes that continue from it. */
			async runPass(pass, parent) {
				if (pass.rows.length > this.rowCap) {
					for (const chunk of chunks(pass.rows, this.rowCap)) for (const smaller of this.replan(chunk)) await this.runPass(smaller, parent);
					return;
				}
				const past = await this.pastFor(pass, parent);
				const out = await this.pass(pass, past, pass.next.length > 0, true);
				if (!out) return this.runPass(pass, parent);
				this.onProgress?.(this.finished, this.pendingSlots.length);
				if (pass.next.length === 0) return;
				const present = out.present;
				const entry = {
					pass,
					parent,
					pastWidth: past ? past.state[0].dims[2] : 0,
					present,
					bytes: cacheBytes(present)
				};
				this.held.push(entry);
				for (const next of pass.next) await this.runPass(next, entry);
				this.release(entry);
			}
			/** The cache a pass runs on, gathered from its parent's (computed again if it was evicted); null from position 0. */
			async pastFor(pass, parent) {
				if (!parent) return null;
				const present = await this.presentOf(parent);
				const rows = pass.rows.map(({ parent: from }) => ({
					from,
					pastLength: parent.pass.rows[from].pastLength,
					length: parent.pass.rows[from].row.tokens.length
				}));
				const past = {
					state: gatherPast(present, parent.pastWidth, rows),
					lengths: rows.map((row) => row.pastLength + row.length)
				};
				this.evictOverBudget();
				return past;
			}
			async presentOf(entry) {
				if (entry.present) return entry.present;
				const out = await this.pass(entry.pass, await this.pastFor(entry.pass, entry.parent), true, false);
				if (!out) throw new ScoringError("the device ran out of memory recomputing an evicted prefix cache", this.requestsOf(entry.pass));
				entry.present = out.present;
				this.held.push(entry);
				return entry.present;
			}
			/** Drops held caches, outermost first (the ones needed again last), until the rest fit the budget. */
			evictOverBudget() {
				let total = this.held.reduce((n, entry) => n + entry.bytes, 0);
				while (total > this.cacheBudgetBytes && this.held.length > 0) {
					const entry = this.held.shift();
					entry.present = null;
					total -= entry.bytes;
				}
			}
			release(entry) {
				const at = this.held.indexOf(entry);
				if (at >= 0) this.held.splice(at, 1);
				entry.present = null;
			}
			requestsOf(pass) {
				return [...new Set(slotsUnder(pass.rows.map(({ row }) => row)).map((slot) => slot.request))];
			}
			/**
			* One pass, its slots recorded when `record` (a recomputed pass has recorded them already); null
			* when the device ran out of memory and the caller must retry in smaller passes.
			*/
			async pass(pass, past, keepPresent, record) {
				const rows = pass.rows.map(({ row }) => row.tokens);
				const slots = pass.rows.flatMap(({ row }, r) => row.slots.map((slot) => ({
					row: r,
					slot
				})));
				let out;
				try {
					out = await countedScore(this.session, this.counters, {
						rows,
						past,
						slots: slots.map(({ row, slot }) => ({
							row,
							position: slot.position,
							target: slot.target
						})),
						keepPresent
					});
				} catch (err) {
					if (err instanceof OnnxRunError) {
						const hint = OUT_OF_BOUNDS.test(err.message) ? OUT_OF_BOUNDS_HINT : void 0;
						throw new ScoringError(`onnxruntime failed on a pass of ${rows.length} ${rows.length === 1 ? "row" : "rows"}: ${oneLine(err.message)}`, this.requestsOf(pass), hint);
					}
					if (!(err instanceof DeviceMemoryError)) throw err;
					if (rows.length === 1) throw new ScoringError(`the device ran out of memory on a single sequence of ${rows[0].length} tokens: ${oneLine(err.message)}`, this.requestsOf(pass), "Lower --max-length, or use a device with more memory.");
					this.rowCap = Math.floor(rows.length / 2);
					return null;
				}
				if (!record) return out;
				const broken = slots.findIndex((_, s) => !Number.isFinite(out.logprobs[s]));
				if (broken >= 0) {
					const { slot } = slots[broken];
					throw new ScoringError(`the model gave a log-probability of ${out.logprobs[broken]} (token ${slot.token + 1} of a continuation)`, [slot.request], "NaN or infinite log-probabilities come from a broken model (NaN or infinite weights, an overflow in float16): it cannot be scored.");
				}
				slots.forEach(({ slot }, s) => {
					this.tokenLogprobs[slot.request][slot.token] = out.logprobs[s];
					if (out.argmax[s] !== slot.target) this.greedy[slot.request] = false;
					if (--this.pendingSlots[slot.request] === 0) this.finished++;
				});
				return out;
			}
		};
	})))();
}
// packages/core/src/model/generation.ts
/**
* Batched generation (lm-eval's `generate_until`), greedy or sampled per row: the prompts of a batch run as one
* right-padded pass, then each step feeds every unfinished row its last token on top of the key/value cache
* (the padding stays in the cache as masked holes, and each row's positions count only its real tokens), or,
* for a graph without a cache, re-runs every unfinished row in full. A row leaves the batch as soon as it
* finishes: EOS (any of the model's stop token ids), one of its stop strings, its own `maxNewTokens`, or the model's
* maximum length.
*
* A sampled row draws each token from the temperature-scaled softmax of the full next-token distribution (or of
* its top k, as transformers' TopKLogitsWarper) with its own seeded PRNG (one uniform per token), so its text
* depends on its prompt and sampling settings only: the same run to run, at any batch size, whatever rows run
* beside it.
*/
/** The k-th largest value (k >= 1), found in one pass keeping the k largest in a sorted array (k is small, e.g. 50). */
function kthLargest(values, k) {
	const top = [];
	for (const value of values) {
		if (top.length === k && !(value > top[k - 1])) continue;
		let i = top.length === k ? k - 1 : top.length;
		while (i > 0 && top[i - 1] < value) {
			top[i] = top[i - 1];
			i--;
		}
		top[i] = value;
	}
	return top[top.length - 1];
}
/**
* The token whose cumulative probability first exceeds `uniform` (in vocabulary order) under softmax(logprobs / T)
* restricted to the top k, computed in float64; `logprobs` is one slot's log-softmax over the vocabulary.
*/
function sampleToken(logprobs, { temperature, topK }, uniform) {
	const floor = topK && topK < logprobs.length ? kthLargest(logprobs, topK) : -Infinity;
	let max = -Infinity;
	for (const value of logprobs) if (value > max) max = value;
	const weightOf = (value) => value < floor ? 0 : Math.exp((value - max) / temperature);
	let total = 0;
	for (const value of logprobs) total += weightOf(value);
	if (!(total > 0 && Number.isFinite(total) && Number.isFinite(max))) throw new FtbenchError("the model gave a next-token distribution with NaN or infinite values, so no token can be sampled from it", "Check the export: the same model gives NaN or infinite scores.");
	const threshold = uniform * total;
	let cumulative = 0;
	let last = 0;
	for (let v = 0; v < logprobs.length; v++) {
		const weight = weightOf(logprobs[v]);
		if (weight === 0) continue;
		cumulative += weight;
		last = v;
		if (cumulative > threshold) return v;
	}
	return last;
}
/** Rows `keep` of a cache, copied (the rows of a [batch, heads, positions, headDim] tensor are contiguous). */
function selectRows(state, keep) {
	return state.map((tensor) => {
		const [rows, ...perRow] = tensor.dims;
		if (keep.length === rows) return tensor;
		const rowSize = perRow.reduce((a, b) => a * b, 1);
		const source = tensor.data;
		const data = new source.constructor(keep.length * rowSize);
		keep.forEach((row, i) => data.set(source.subarray(row * rowSize, (row + 1) * rowSize), i * rowSize));
		return new ort.Tensor(tensor.type, data, [keep.length, ...perRow]);
	});
}
/** A row's cache positions after one more step: the ones it had, then the real token just fed. */
function withRealPosition(valid) {
	const next = new Uint8Array(valid.length + 1);
	next.set(valid);
	next[valid.length] = 1;
	return next;
}
/** The text up to the first stop string, as lm-eval cuts it. */
function cutAtStop(text, until) {
	return text.slice(0, Math.min(...until.map((stop) => text.indexOf(stop)).filter((i) => i >= 0), text.length));
}
/**
* Answers for one batch, in row order. `usePast`: decode on the cache (the graph must continue
* correctly from a right-padded cache; the caller checks that); `onFinished` hears of each row that is done.
*/
async function generateBatch(session, tokenizer, counters, rows, opts) {
	const decodings = rows.map((row) => ({
		row,
		generated: [],
		sampler: row.sampling ? {
			sampling: row.sampling,
			draw: mulberry32(row.sampling.seed)
		} : null
	}));
	const distributions = (live) => live.some((d) => decodings[d].sampler !== null);
	const lastPositions = (inputs) => inputs.map((input, row) => ({
		row,
		position: input.length - 1,
		target: 0
	}));
	const prompts = rows.map((row) => row.ids);
	let live = decodings.map((_, i) => i);
	let out = await countedScore(session, counters, {
		rows: prompts,
		past: null,
		slots: lastPositions(prompts),
		keepPresent: opts.usePast,
		distributions: distributions(live)
	});
	const width = Math.max(...prompts.map((ids) => ids.length));
	let valid = prompts.map((ids) => Uint8Array.from({ length: width }, (_, k) => k < ids.length ? 1 : 0));
	while (live.length > 0) {
		const keep = [];
		live.forEach((d, k) => {
			if (advance(decodings[d], nextToken(decodings[d], out, k, live.length), tokenizer, opts)) keep.push(k);
			else opts.onFinished?.();
		});
		live = keep.map((k) => live[k]);
		if (live.length === 0) break;
		if (opts.usePast && out.present) {
			const state = selectRows(out.present, keep);
			valid = keep.map((k) => valid[k]);
			const lengths = live.map((d) => decodings[d].row.ids.length + decodings[d].generated.length - 1);
			const inputs = live.map((d) => [decodings[d].generated.at(-1)]);
			out = await countedScore(session, counters, {
				rows: inputs,
				past: {
					state,
					lengths,
					valid
				},
				slots: lastPositions(inputs),
				keepPresent: true,
				distributions: distributions(live)
			});
			valid = valid.map(withRealPosition);
		} else {
			const inputs = live.map((d) => [...decodings[d].row.ids, ...decodings[d].generated]);
			out = await countedScore(session, counters, {
				rows: inputs,
				past: null,
				slots: lastPositions(inputs),
				keepPresent: false,
				distributions: distributions(live)
			});
		}
	}
	return decodings.map((d) => ({
		text: d.generated.length === 0 ? "" : cutAtStop(tokenizer.decode(d.generated), d.row.until),
		newTokens: d.generated.length
	}));
}
/** The next token of live row `k` of a pass with `slots` slots (one per live row): the argmax, or a draw from the distribution. */
function nextToken(d, out, k, slots) {
	if (!d.sampler) return out.argmax[k];
	const all = out.distributions;
	const vocab = all.length / slots;
	return sampleToken(all.subarray(k * vocab, (k + 1) * vocab), d.sampler.sampling, d.sampler.draw());
}
/** Takes the model's next token for a row; true while the row goes on (another pass is needed). */
function advance(d, next, tokenizer, { maxLength, stopTokenIds }) {
	const { ids, until, maxNewTokens } = d.row;
	if (d.generated.length >= maxNewTokens || ids.length + d.generated.length >= maxLength) return false;
	if (stopTokenIds.has(next)) return false;
	d.generated.push(next);
	if (until.length > 0) {
		const text = tokenizer.decode(d.generated);
		if (until.some((stop) => text.includes(stop))) return false;
	}
	return d.generated.length < maxNewTokens && ids.length + d.generated.length < maxLength;
}
function init_generation() {
	return (init_generation = __esmMin((() => {
		init_errors();
		init_scorer();
	})))();
}
// packages/core/src/model/score-graph-cache.ts
/**
* The on-disk cache of scoring graphs (see score-graph.ts): built once per model, keyed by the model's
* content hash, so a second run on the same model loads the rewritten graph directly.
*/
/**
* The scoring graph of the model in `modelDir` whose weights hash to `fingerprint`, from the cache or
* built now (`rebuild` forces the latter). Throws ScoreGraphError for graphs that cannot be rewritten,
* and file-system errors when the cache is not writable.
*/
function cachedScoringGraph(modelDir, fingerprint, cacheDir, rebuild = false) {
	const key = sha256Hex(`scoring-graph-v2\0${fingerprint}`);
	const dir = path.join(cacheDir, "graphs", key);
	const file = path.join(dir, "model.onnx");
	const metaFile = path.join(dir, "meta.json");
	let meta;
	if (!rebuild && existsSync(metaFile) && existsSync(file)) meta = JSON.parse(readFileSync(metaFile, "utf8"));
	else {
		const model = decodeModel(readFileSync(path.join(modelDir, "model.onnx")));
		const elemType = (model.graph?.output ?? []).find((o) => o.name === "logits")?.type?.tensorType?.elemType ?? 1;
		const externalData = usesExternalData(model);
		const { gatherAt } = buildScoringGraph(model);
		meta = {
			version: 2,
			gatherAt,
			externalData,
			logitsType: ELEMENT_TYPES[elemType] ?? `onnx type ${elemType}`
		};
		makeDirs(dir);
		writeFileAtomic(file, encodeModel(model));
		writeFileAtomic(metaFile, JSON.stringify(meta, null, 2) + "\n");
	}
	return {
		file,
		gatherAt: meta.gatherAt,
		externalDataDir: meta.externalData ? path.resolve(modelDir) : null,
		logitsType: meta.logitsType
	};
}
var ELEMENT_TYPES;
function init_score_graph_cache() {
	return (init_score_graph_cache = __esmMin((() => {
		init_score_graph();
		init_fs_errors();
		init_atomic_write();
		init_hash();
		ELEMENT_TYPES = {
			1: "float32",
			10: "float16",
			11: "float64",
			16: "bfloat16"
		};
	})))();
}
// packages/core/src/model/tokenizer.ts
function specialTokenId(tokenizer, config, key) {
	const entry = config[key];
	const content = typeof entry === "string" ? entry : entry?.content;
	if (content === void 0) return null;
	return tokenizer.token_to_id(content) ?? null;
}
async function loadTokenizer(dir, opts = {}) {
	const tokenizerJson = readJsonFile(path.join(dir, "tokenizer.json"), "tokenizer.json");
	const config = readOptionalJson(path.join(dir, "tokenizer_config.json"), "tokenizer_config.json");
	const modelConfig = readOptionalJson(path.join(dir, "config.json"), "config.json");
	let tokenizer;
	try {
		tokenizer = new Tokenizer_default(tokenizerJson, config);
	} catch (err) {
		throw new FtbenchError(`tokenizer.json in ${dir} could not be loaded: ${err.message}`, "It must be a Hugging Face tokenizers JSON file (what `tokenizer.save_pretrained` writes).");
	}
	const bosTokenId = specialTokenId(tokenizer, config, "bos_token") ?? modelConfig.bos_token_id ?? null;
	const eosTokenId = specialTokenId(tokenizer, config, "eos_token") ?? modelConfig.eos_token_id ?? null;
	const prefixTokenId = bosTokenId ?? eosTokenId;
	if (prefixTokenId === null) throw new FtbenchError(`tokenizer in ${dir} has neither a BOS nor an EOS token`, "Set bos_token or eos_token in tokenizer_config.json: empty contexts are scored after that token, as lm-evaluation-harness does.");
	const addBosToken = opts.addBosToken ?? config.add_bos_token === true;
	if (addBosToken && bosTokenId === null) throw new FtbenchError(`add_bos_token is set but the tokenizer in ${dir} has no BOS token`);
	const fileNames = ["tokenizer.json", "tokenizer_config.json"].filter((name) => name === "tokenizer.json" || Object.keys(config).length > 0);
	return {
		encode: (text) => text === "" ? [] : tokenizer.encode(text, { add_special_tokens: false }).ids,
		decode: (ids) => tokenizer.decode(ids, { skip_special_tokens: true }),
		bosTokenId,
		eosTokenId,
		addBosToken,
		prefixTokenId,
		prefixTokenText: tokenizer.decode([prefixTokenId], { skip_special_tokens: false }),
		fingerprint: await hashFiles(dir, fileNames)
	};
}
function init_tokenizer() {
	return (init_tokenizer = __esmMin((() => {
		init_tokenizers();
		init_errors();
		init_hash();
		init_files();
	})))();
}
// packages/core/src/model/causal-lm.ts
/**
* An ONNX causal LM as the evaluator sees it: log-likelihoods of (context, continuation)
* requests and greedy generations, with counters for the results' timings.
*/
/**
* The ids that end a generation: the tokenizer's EOS and every `eos_token_id` of generation_config.json (else
* config.json), an id or a list, as transformers' generate() stops on them: instruct models list their
* end-of-turn tokens there (Llama 3's <|eot_id|>), and an answer must end with its turn.
*/
function stopTokenIds(dir, config, tokenizer) {
	const generationConfig = readOptionalJson(path.join(dir, "generation_config.json"), "generation_config.json");
	const listed = "eos_token_id" in generationConfig ? generationConfig.eos_token_id : config.eos_token_id;
	const ids = (Array.isArray(listed) ? listed : [listed]).filter((id) => Number.isInteger(id));
	return /* @__PURE__ */ new Set([...tokenizer.eosTokenId === null ? [] : [tokenizer.eosTokenId], ...ids]);
}
/** The request's sampling settings when it samples, after checking them; undefined for greedy. */
function samplingOf(request) {
	if (!request.sampling) return void 0;
	const { temperature, seed, topK } = request.sampling;
	if (!(Number.isFinite(temperature) && temperature >= 0)) throw new FtbenchError(`sampling temperature must be a number >= 0, got ${temperature}`);
	if (!Number.isSafeInteger(seed)) throw new FtbenchError(`sampling seed must be an integer, got ${seed}`);
	if (topK !== void 0 && !(Number.isInteger(topK) && topK >= 0)) throw new FtbenchError(`sampling top_k must be an integer >= 0, got ${topK}`);
	return temperature > 0 ? request.sampling : void 0;
}
function configuredMaxLength(config, tokenizerConfig) {
	for (const key of [
		"max_position_embeddings",
		"n_positions",
		"n_ctx",
		"seq_length"
	]) if (typeof config[key] === "number") return config[key];
	const fromTokenizer = tokenizerConfig.model_max_length;
	if (typeof fromTokenizer === "number" && fromTokenizer < 1e7) return fromTokenizer;
	return 2048;
}
function numberField(config, keys) {
	return keys.map((key) => config[key]).find((v) => typeof v === "number");
}
/** The model's size as config.json (or the cache's shape) tells it, for the batch memory estimate. */
function modelShape(config, signature, scoring) {
	const past = signature.past;
	const hidden = numberField(config, [
		"n_embd",
		"hidden_size",
		"d_model"
	]) ?? (past ? past.heads * past.headDim : 4096);
	return {
		hidden,
		intermediate: numberField(config, [
			"n_inner",
			"intermediate_size",
			"ffn_dim"
		]) ?? 4 * hidden,
		heads: numberField(config, ["n_head", "num_attention_heads"]) ?? past?.heads ?? 32,
		vocab: numberField(config, ["vocab_size"]) ?? 32e3,
		cacheBytesPerToken: past ? past.layers * 2 * past.heads * past.headDim * (past.type === "float16" ? 2 : 4) : 0,
		scoring
	};
}
/** The scoring graph's session when the graph can be rewritten and loaded, else the plain graph's (with a warning). */
async function loadSession(dir, fingerprint, sessionOptions, opts) {
	if (opts.scoreInGraph === false) return CausalLMSession.load(dir, sessionOptions);
	let failure;
	try {
		const scoringGraph = cachedScoringGraph(dir, fingerprint, opts.cacheDir ?? ftbenchCacheDir());
		return await CausalLMSession.load(dir, {
			...sessionOptions,
			scoringGraph
		});
	} catch (err) {
		failure = err;
	}
	const session = await CausalLMSession.load(dir, sessionOptions);
	(opts.onWarning ?? warnOnStderr$1)(`in-graph scoring is off for ${dir} (${failure.message.split("\n")[0]}); scoring from full logits on the host instead`);
	return session;
}
/**
* The largest difference between scoring whole sequences and continuing a padded cache, on a probe of
* two documents: prefixes [1..5] and [6,7] run as one right-padded batch (the second leaves a hole in
* its cache), continue with [8,9] and [10], and are checked against each whole sequence run alone.
* A graph that takes positions or attention from the cache length instead of the mask fails it.
*/
async function cacheContinuationError(session) {
	const prefixes = [[
		1,
		2,
		3,
		4,
		5
	], [6, 7]];
	const suffixes = [[8, 9], [10]];
	const targets = [[11, 12], [13]];
	const slotsOf = (r, row, offset) => targets[r].map((target, i) => ({
		row,
		position: offset + i,
		target
	}));
	try {
		const past = {
			state: (await session.score({
				rows: prefixes,
				past: null,
				slots: [],
				keepPresent: true
			})).present,
			lengths: prefixes.map((p) => p.length)
		};
		const continued = await session.score({
			rows: suffixes,
			past,
			slots: [...slotsOf(0, 0, 0), ...slotsOf(1, 1, 0)],
			keepPresent: false
		});
		const whole = await Promise.all(prefixes.map((p, r) => session.score({
			rows: [[...p, ...suffixes[r]]],
			past: null,
			slots: slotsOf(r, 0, p.length),
			keepPresent: false
		})));
		const alone = [...whole[0].logprobs, ...whole[1].logprobs];
		return Math.max(...alone.map((logprob, i) => Math.abs(logprob - continued.logprobs[i])));
	} catch {
		return Infinity;
	}
}
var AUTO_GENERATION_ROWS, MAX_AUTO_BATCH_ROWS, PREFIX_REUSE_TOLERANCE, PLANS, warnOnStderr$1, OnnxCausalLM;
function init_causal_lm() {
	return (init_causal_lm = __esmMin((() => {
		init_errors();
		init_batching();
		init_hash();
		init_files();
		init_generation();
		init_loglikelihood();
		init_device();
		init_onnx_session();
		init_cache_dir();
		init_score_graph_cache();
		init_scorer();
		init_tokenizer();
		AUTO_GENERATION_ROWS = 16;
		MAX_AUTO_BATCH_ROWS = 64;
		PREFIX_REUSE_TOLERANCE = .05;
		PLANS = {
			"full-rows": planFullRows,
			documents: planSharedPrefixes,
			tree: planPrefixTree
		};
		warnOnStderr$1 = (message) => console.warn(`ftbench: ${message}`);
		OnnxCausalLM = class OnnxCausalLM {
			record;
			tokenizer;
			session;
			batchLimit;
			plan;
			cacheBudgetBytes;
			stopTokenIds;
			counters = newCounters();
			constructor(record, tokenizer, session, batchLimit, plan, cacheBudgetBytes, stopTokenIds) {
				this.record = record;
				this.tokenizer = tokenizer;
				this.session = session;
				this.batchLimit = batchLimit;
				this.plan = plan;
				this.cacheBudgetBytes = cacheBudgetBytes;
				this.stopTokenIds = stopTokenIds;
			}
			static async load(dir, opts = {}) {
				assertModelDir(dir);
				const config = readOptionalJson(path.join(dir, "config.json"), "config.json");
				const tokenizerConfig = readOptionalJson(path.join(dir, "tokenizer_config.json"), "tokenizer_config.json");
				const tokenizer = await loadTokenizer(dir, { addBosToken: opts.addBosToken });
				const batchSize = opts.batchSize ?? 1;
				if (batchSize !== "auto" && (!Number.isInteger(batchSize) || batchSize < 1)) throw new FtbenchError(`batch size must be a positive integer or "auto", got ${batchSize}`);
				const fingerprint = await hashFiles(dir, modelWeightFiles(dir));
				const session = await loadSession(dir, fingerprint, {
					device: parseDevice(opts.device ?? "cpu"),
					intraOpThreads: opts.intraOpThreads,
					interOpThreads: opts.interOpThreads,
					graphOptimizationLevel: opts.graphOptimizationLevel,
					memoryArena: opts.memoryArena,
					modelConfig: config
				}, opts);
				const record = {
					path: path.resolve(dir),
					fingerprint,
					tokenizerFingerprint: tokenizer.fingerprint,
					maxLength: opts.maxLength ?? configuredMaxLength(config, tokenizerConfig),
					hasPastKeyValues: session.signature.past !== null,
					logitsType: session.signature.logitsType,
					addBosToken: tokenizer.addBosToken
				};
				const batchLimit = batchSize === "auto" ? {
					bytes: opts.memoryBudgetBytes ?? Math.floor(freemem() / 2),
					shape: modelShape(config, session.signature, session.scoring),
					maxRows: MAX_AUTO_BATCH_ROWS,
					padding: PADDED_TOKEN_RULES[session.device.kind]
				} : { rows: batchSize };
				let prefixReuse = opts.prefixReuse !== false && session.signature.past !== null;
				if (prefixReuse) {
					const error = await cacheContinuationError(session);
					if (!(error <= PREFIX_REUSE_TOLERANCE)) {
						(opts.onWarning ?? warnOnStderr$1)(`prefix reuse is off for ${dir}: continuing from a padded key/value cache changes its log-probabilities (by ${error.toPrecision(2)}); every option runs in full instead`);
						prefixReuse = false;
					}
				}
				const plan = !prefixReuse ? "full-rows" : opts.prefixTree === false ? "documents" : "tree";
				return new OnnxCausalLM(record, tokenizer, session, batchLimit, plan, opts.cacheBudgetBytes ?? Math.floor(freemem() / 4), stopTokenIds(dir, config, tokenizer));
			}
			get device() {
				return this.session.device.kind === "cpu" ? "cpu" : `cuda:${this.session.device.deviceId}`;
			}
			/** Where log-probabilities are computed: before the LM head in the graph, from logits in the graph, or on the host. */
			get scoring() {
				return this.session.scoring;
			}
			async loglikelihood(requests, onProgress) {
				const tokenized = tokenizeRequests(this.tokenizer, requests);
				const rows = PLANS[this.plan](tokenized, this.record.maxLength);
				const replan = (passRows) => planPasses(passRows, this.batchLimit, this.record.maxLength);
				const lengths = tokenized.map((request) => request.continuationIds.length);
				return scorePlan(this.session, planBatches(rows, this.batchLimit, this.record.maxLength), lengths, this.counters, {
					replan,
					cacheBudgetBytes: this.cacheBudgetBytes,
					onProgress
				});
			}
			/** How many of these requests lose the start of their context to the model's maximum length. */
			truncatedRequests(requests) {
				return tokenizeRequests(this.tokenizer, requests).filter((request) => isLeftTruncated(request, this.record.maxLength)).length;
			}
			/** How many of these generation requests lose the start of their context (see generationContext). */
			truncatedGenerations(requests) {
				return requests.filter((request) => this.generationContext(request).truncated).length;
			}
			/** A generation context's tokens before truncation: BOS (unless the text starts with it) and the text's tokens. */
			contextIds(context) {
				return withBos(this.tokenizer, context, this.tokenizer.encode(context));
			}
			/** How many tokens the model sees for a generation context before any truncation (for callers that size maxNewTokens to fit). */
			contextTokenCount(context) {
				return this.contextIds(context).length;
			}
			/**
			* lm-eval leaves room for the answer: the context keeps its last (max_length - max_gen_toks) tokens. As its
			* `tok_batch_encode`, no BOS is added to a context that starts with the BOS text (a chat template's own BOS).
			*/
			generationContext({ context, maxNewTokens }) {
				const all = this.contextIds(context);
				const ids = all.slice(-Math.max(1, this.record.maxLength - maxNewTokens));
				return {
					ids,
					truncated: ids.length < all.length
				};
			}
			/**
			* Greedy or sampled decoding (per request) in batches of up to --batch-size requests (16 with `auto`), longest
			* contexts first as lm-eval orders them, answers in request order. Graphs with a key/value cache decode on it when
			* the load-time check found that they continue a right-padded cache correctly (prefix reuse on); otherwise one
			* request at a time.
			*/
			async generate(requests, onProgress) {
				return (await this.generateWithCounts(requests, onProgress)).map((generation) => generation.text);
			}
			/** `generate`, with each answer's context and new token counts. */
			async generateWithCounts(requests, onProgress) {
				const usePast = this.session.signature.past !== null;
				const batchRows = usePast && this.plan === "full-rows" ? 1 : "rows" in this.batchLimit ? this.batchLimit.rows : AUTO_GENERATION_ROWS;
				const rows = requests.map((request) => ({
					ids: this.generationContext(request).ids,
					until: request.until,
					maxNewTokens: request.maxNewTokens,
					sampling: samplingOf(request)
				}));
				const order = rows.map((_, i) => i).sort((a, b) => rows[b].ids.length - rows[a].ids.length || a - b);
				const outputs = new Array(requests.length);
				let done = 0;
				for (let start = 0; start < order.length; start += batchRows) {
					const batch = order.slice(start, start + batchRows);
					let texts;
					try {
						texts = await generateBatch(this.session, this.tokenizer, this.counters, batch.map((i) => rows[i]), {
							maxLength: this.record.maxLength,
							usePast,
							stopTokenIds: this.stopTokenIds,
							onFinished: () => onProgress?.(++done, requests.length)
						});
					} catch (err) {
						if (!(err instanceof OnnxRunError || err instanceof DeviceMemoryError)) throw err;
						throw new ScoringError(`onnxruntime failed while generating: ${oneLine(err.message)}`, batch);
					}
					batch.forEach((i, k) => outputs[i] = {
						...texts[k],
						contextTokens: rows[i].ids.length
					});
				}
				return outputs;
			}
			async dispose() {
				await this.session.dispose();
			}
		};
	})))();
}
// packages/core/src/progress.ts
function formatDuration(seconds) {
	if (!Number.isFinite(seconds)) return "?";
	const s = Math.round(seconds);
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
	return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function progressLine(label, done, total, elapsedSeconds, unit) {
	const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
	const eta = rate > 0 ? (total - done) / rate : Infinity;
	return `${label} ${done}/${total} (${total > 0 ? (100 * done / total).toFixed(1) : "100.0"}%) ${rate.toFixed(1)} ${unit}/s ETA ${done >= total ? "0s" : formatDuration(eta)}`;
}
function createProgress(label, total, opts = {}) {
	const sink = opts.sink ?? process.stderr;
	const now = opts.now ?? (() => performance.now() / 1e3);
	const unit = opts.unit ?? "req";
	const start = now();
	let lastPrintedAt = start;
	let lastDecile = 0;
	let lastDone = 0;
	const line = (done) => progressLine(label, done, total, now() - start, unit);
	return {
		update(done) {
			lastDone = done;
			if (sink.isTTY) {
				sink.write(`\r\x1b[2K${line(done)}`);
				return;
			}
			const decile = Math.floor(10 * done / Math.max(total, 1));
			if (decile > lastDecile || now() - lastPrintedAt >= 30) {
				lastDecile = decile;
				lastPrintedAt = now();
				if (done < total) sink.write(`${line(done)}\n`);
			}
		},
		finish() {
			sink.write(`${sink.isTTY ? "\r\x1B[2K" : ""}${line(Math.max(lastDone, total))} in ${formatDuration(now() - start)}\n`);
		}
	};
}
// packages/core/src/tasks/messages.ts
/** lm-eval `maybe_delimit`: prefix + delimiter + suffix, without the delimiter when either side has whitespace at the join. */
function maybeDelimit(prefix, suffix, delimiter) {
	if (!prefix) return suffix ?? "";
	if (!suffix) return prefix;
	return isPySpace(prefix.at(-1)) || isPySpace(suffix[0]) ? prefix + suffix : prefix + delimiter + suffix;
}
/**
* lm-eval `build_qa_turn` without `gen_prefix` (no ftbench task sets one): the question as a user message
* followed by `targetDelimiter`, and the answer as an assistant message followed by `fewshotDelimiter`.
* No answer (the evaluated doc, or a doc whose target is "") gives the user message alone, followed by nothing.
*/
function qaTurn(question, answer, targetDelimiter, fewshotDelimiter) {
	if (answer === void 0) return [{
		role: "user",
		content: question,
		delimiter: ""
	}];
	return [{
		role: "user",
		content: question,
		delimiter: targetDelimiter
	}, {
		role: "assistant",
		content: answer,
		delimiter: fewshotDelimiter
	}];
}
/** lm-eval `Message.to_text`, joined: the plain-text prompt. */
function messagesToText(messages) {
	return messages.map((m) => m.content + m.delimiter).join("");
}
/**
* lm-eval `multiturn_to_singleturn` (for prompts that end with the user's question): the system message
* stays apart, everything after it becomes one user message in its plain-text form.
*/
function singleTurn(messages) {
	const [first, ...rest] = messages;
	const system = first?.role === "system" ? [first] : [];
	const turns = first?.role === "system" ? rest : messages;
	const content = messagesToText(turns.map((m, i) => i === turns.length - 1 ? {
		...m,
		delimiter: ""
	} : m));
	return [...system.map(({ role, content: text }) => ({
		role,
		content: text
	})), {
		role: "user",
		content
	}];
}
/** The context of a prompt: plain text, or the chat template's rendering of its turns. */
function renderPrompt(messages, chat) {
	if (!chat) return messagesToText(messages);
	return chat.render(chat.fewshotAsMultiturn ? messages.map(({ role, content }) => ({
		role,
		content
	})) : singleTurn(messages));
}
function init_messages() {
	return (init_messages = __esmMin((() => {
		init_python_str();
	})))();
}
// packages/core/src/tasks/pyrandom.ts
/** CPython's `random_seed` for an int: |seed| split into 32-bit words, least significant first; 0 gives [0]. */
function seedKey(seed) {
	let rest = seed < 0n ? -seed : seed;
	const key = [];
	do {
		key.push(Number(rest & 4294967295n));
		rest >>= 32n;
	} while (rest > 0n);
	return key;
}
var N, M, MATRIX_A, UPPER_MASK, LOWER_MASK, PyRandom;
function init_pyrandom() {
	return (init_pyrandom = __esmMin((() => {
		N = 624;
		M = 397;
		MATRIX_A = 2567483615;
		UPPER_MASK = 2147483648;
		LOWER_MASK = 2147483647;
		PyRandom = class {
			state = new Uint32Array(N);
			index = 625;
			/** Like Python's `random.Random(seed)` with an int seed (its absolute value is what seeds). */
			constructor(seed) {
				if (typeof seed === "number" && !Number.isSafeInteger(seed)) throw new RangeError(`PyRandom seed must be an integer, got ${seed}`);
				this.initByArray(seedKey(BigInt(seed)));
			}
			/** Python's `getrandbits(k)`: a uniformly random non-negative integer below 2**k. */
			getrandbits(k) {
				if (!Number.isInteger(k) || k < 0) throw new RangeError("number of bits must be non-negative");
				if (k <= 32) return BigInt(this.randbits32(k));
				let result = 0n;
				for (let shift = 0, left = k; left > 0; shift += 32, left -= 32) {
					let word = this.genrandUint32();
					if (left < 32) word >>>= 32 - left;
					result |= BigInt(word) << BigInt(shift);
				}
				return result;
			}
			/** Python's `_randbelow_with_getrandbits(n)`: rejection sampling on `n.bit_length()` bits. */
			randbelow(n) {
				if (!Number.isInteger(n) || n <= 0 || n > 4294967295) throw new RangeError(`randbelow needs an integer in [1, 2**32 - 1], got ${n}`);
				const bits = 32 - Math.clz32(n);
				let r = this.randbits32(bits);
				while (r >= n) r = this.randbits32(bits);
				return r;
			}
			/** Python's `sample(population, k)`, including its choice between the pool and the set algorithm. */
			sample(population, k) {
				const n = population.length;
				if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError("Sample larger than population or is negative");
				const result = new Array(k);
				let setsize = 21;
				if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
				if (n <= setsize) {
					const pool = population.slice();
					for (let i = 0; i < k; i++) {
						const j = this.randbelow(n - i);
						result[i] = pool[j];
						pool[j] = pool[n - i - 1];
					}
				} else {
					const selected = /* @__PURE__ */ new Set();
					for (let i = 0; i < k; i++) {
						let j = this.randbelow(n);
						while (selected.has(j)) j = this.randbelow(n);
						selected.add(j);
						result[i] = population[j];
					}
				}
				return result;
			}
			/** `getrandbits(k)` for 0 <= k <= 32 as a plain number. */
			randbits32(k) {
				if (k === 0) return 0;
				return this.genrandUint32() >>> 32 - k;
			}
			initGenrand(seed) {
				const mt = this.state;
				mt[0] = seed >>> 0;
				for (let i = 1; i < N; i++) {
					const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
					mt[i] = Math.imul(1812433253, prev) + i >>> 0;
				}
				this.index = N;
			}
			initByArray(key) {
				const mt = this.state;
				this.initGenrand(19650218);
				let i = 1;
				let j = 0;
				for (let k = Math.max(N, key.length); k > 0; k--) {
					const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
					mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j >>> 0;
					i++;
					j++;
					if (i >= N) {
						mt[0] = mt[623];
						i = 1;
					}
					if (j >= key.length) j = 0;
				}
				for (let k = 623; k > 0; k--) {
					const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
					mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i >>> 0;
					i++;
					if (i >= N) {
						mt[0] = mt[623];
						i = 1;
					}
				}
				mt[0] = 2147483648;
			}
			genrandUint32() {
				const mt = this.state;
				if (this.index >= N) {
					let kk = 0;
					for (; kk < 227; kk++) {
						const y = mt[kk] & UPPER_MASK | mt[kk + 1] & LOWER_MASK;
						mt[kk] = mt[kk + M] ^ y >>> 1 ^ (y & 1 ? MATRIX_A : 0);
					}
					for (; kk < 623; kk++) {
						const y = mt[kk] & UPPER_MASK | mt[kk + 1] & LOWER_MASK;
						mt[kk] = mt[kk + -227] ^ y >>> 1 ^ (y & 1 ? MATRIX_A : 0);
					}
					const y = mt[623] & UPPER_MASK | mt[0] & LOWER_MASK;
					mt[623] = mt[396] ^ y >>> 1 ^ (y & 1 ? MATRIX_A : 0);
					this.index = 0;
				}
				let y = mt[this.index++];
				y ^= y >>> 11;
				y ^= y << 7 & 2636928640;
				y ^= y << 15 & 4022730752;
				y ^= y >>> 18;
				return y >>> 0;
			}
		};
	})))();
}
// packages/core/src/tasks/fewshot.ts
function createFewshotSampler(task, fewshotDocs, seed = DEFAULT_FEWSHOT_SEED) {
	const drawsExtraDoc = task.fewshotSplit === task.testSplit;
	const draw = task.fewshotSampler === "first_n" ? firstN(task, fewshotDocs) : randomSample(task, fewshotDocs, seed);
	return (evalDoc, numFewshot) => draw(drawsExtraDoc ? numFewshot + 1 : numFewshot).filter((candidate) => !pyEquals(candidate, evalDoc)).slice(0, numFewshot);
}
function firstN(task, docs) {
	return (n) => {
		if (n > docs.length) throw tooFewDocs(task, n, docs.length);
		return docs.slice(0, n);
	};
}
function randomSample(task, docs, seed) {
	const rnd = new PyRandom(seed);
	return (n) => {
		if (n > docs.length) throw tooFewDocs(task, n, docs.length);
		return rnd.sample(docs, n);
	};
}
function tooFewDocs(task, wanted, available) {
	return new FtbenchError(`Task ${task.name} needs ${wanted} few-shot candidate docs per prompt but its few-shot split has ${available}.`, "Lower --num-fewshot.");
}
/**
* The labeled examples as lm-eval's `build_qa_turn` makes them: per doc, the text as a user message followed
* by the target delimiter, and the target as an assistant message followed by the few-shot delimiter.
* An int text (multiple-input tasks such as winogrande) stands for `choices[text]`; an int target for `choices[target]`.
*/
function fewshotMessages(task, docs) {
	const targetDelimiter = task.targetDelimiter ?? " ";
	const fewshotDelimiter = task.fewshotDelimiter ?? "\n\n";
	return docs.flatMap((doc) => {
		const text = task.docToText(doc);
		const target = task.docToTarget(doc);
		return qaTurn(typeof text === "number" ? choiceAt(task, doc, text) : text, typeof target === "number" ? choiceAt(task, doc, target) : target === "" ? void 0 : target, targetDelimiter, fewshotDelimiter);
	});
}
/** `doc_to_choice(doc)[index]`, failing loudly where Python would raise IndexError. */
function choiceAt(task, doc, index) {
	const choices = task.docToChoice(doc);
	if (!Number.isInteger(index) || index < 0 || index >= choices.length) throw new Error(`Task ${task.name}: index ${index} is outside the doc's ${choices.length} choices`);
	return choices[index];
}
/** Python `==` on JSON-like data (dicts compare by keys and values, whatever the key order). */
function pyEquals(a, b) {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
	const aRecord = a;
	const bRecord = b;
	const keys = Object.keys(aRecord);
	return keys.length === Object.keys(bRecord).length && keys.every((key) => Object.hasOwn(bRecord, key) && pyEquals(aRecord[key], bRecord[key]));
}
var DEFAULT_FEWSHOT_SEED;
function init_fewshot() {
	return (init_fewshot = __esmMin((() => {
		init_errors();
		init_messages();
		init_pyrandom();
		DEFAULT_FEWSHOT_SEED = 1234;
	})))();
}
// packages/core/src/tasks/fewshot-setting.ts
/** The count the user asked for a task reached through `path` (requested name first): the most specific name wins. */
function requestedFewshot(setting, path) {
	if (setting === void 0 || typeof setting === "number") return setting;
	for (let i = path.length - 1; i >= 0; i--) if (Object.hasOwn(setting, path[i])) return setting[path[i]];
}
/** Names in a per-task setting that no selected task is reached through: a typo must not go unnoticed. */
function assertFewshotNamesSelected(setting, paths) {
	if (setting === void 0 || typeof setting === "number") return;
	const reached = new Set(paths.flat());
	const unknown = Object.keys(setting).filter((name) => !reached.has(name));
	if (unknown.length > 0) throw new FtbenchError(`--num-fewshot names ${unknown.join(", ")}, which --tasks does not select`, `Name tasks, groups or suites (suite:<name>) that --tasks selects: ${[...new Set(paths.map((p) => p[0]))].join(", ")}.`);
}
/**
* lm-eval's rule (`evaluator.simple_evaluate`): a manual count replaces the task's own, except for a
* task whose config sets `num_fewshot: 0` (TruthfulQA: its prompt is a fixed six-question primer),
* which keeps 0 ("Manual configuration will be ignored"). Without a manual count: the preset's, else
* the task's own, else 0.
*/
function chooseStandardFewshot(task, requested, presetNumFewshot) {
	if (requested === void 0) return { numFewshot: presetNumFewshot ?? task.defaultNumFewshot ?? 0 };
	if (task.defaultNumFewshot === 0 && requested !== 0) return {
		numFewshot: 0,
		warning: `${task.name} is always scored 0-shot: its lm-eval config sets num_fewshot: 0 (the prompt carries its own examples), so the requested ${requested} is ignored, as lm-eval ignores it ("Manual configuration will be ignored").`
	};
	return { numFewshot: requested };
}
function init_fewshot_setting() {
	return (init_fewshot_setting = __esmMin((() => {
		init_errors();
	})))();
}
// packages/core/src/tasks/prompt.ts
/**
* Builds the requests of every evaluated doc, in order. Rows are in the Hub's column layout; `processDoc`
* is applied here to evaluation and few-shot rows alike. The few-shot sampler is consumed sequentially,
* so the result for doc i depends only on docs 0..i, never on batching.
*/
function buildDocRequests(task, evalRows, fewshotRows, numFewshot, options = {}) {
	if (!Number.isInteger(numFewshot) || numFewshot < 0) throw new FtbenchError(`The number of few-shot examples must be a whole number >= 0, got ${numFewshot}.`);
	const limit = options.limit ?? evalRows.length;
	if (!Number.isInteger(limit) || limit < 0) throw new FtbenchError(`--limit must be a whole number >= 0, got ${options.limit}.`);
	const processDoc = task.processDoc ?? ((raw) => raw);
	const evalDocs = evalRows.slice(0, limit).map((row) => processDoc(row));
	const sampler = numFewshot > 0 ? createFewshotSampler(task, fewshotRows.map((row) => processDoc(row)), options.seed ?? 1234) : void 0;
	return evalDocs.map((doc, docIndex) => {
		const examples = sampler ? sampler(doc, numFewshot) : [];
		const system = maybeDelimit(options.systemInstruction, task.description?.(doc), task.fewshotDelimiter ?? "\n\n");
		return {
			docIndex,
			doc,
			...constructRequests(task, doc, [...system ? [{
				role: "system",
				content: system,
				delimiter: ""
			}] : [], ...fewshotMessages(task, examples)], options.chat)
		};
	});
}
/**
* The requests for one doc given its preamble (system message and labeled examples), the question appended
* as a user message and the whole rendered as plain text or through the chat template.
* Multiple choice: one (context, delimiter + choice) per choice.
* Multiple input (`docToText` returns the gold index): one (context with that choice, delimiter + target) per choice.
* Under a chat template the delimiter is "", as lm-eval's `construct_requests` makes it (no task sets `gen_prefix`).
*/
function constructRequests(task, doc, preamble, chat) {
	const targetDelimiter = chat ? "" : task.targetDelimiter ?? " ";
	const contextWith = (question) => renderPrompt([...preamble, ...qaTurn(question, void 0, "", "")], chat);
	const text = task.docToText(doc);
	const target = task.docToTarget(doc);
	const choices = task.docToChoice(doc);
	if (typeof text === "number") {
		const continuation = targetDelimiter + String(target);
		return {
			gold: checkedGold(task, text, choices),
			choices,
			requests: choices.map((choice) => ({
				context: contextWith(choice),
				continuation
			}))
		};
	}
	const context = contextWith(text);
	return {
		gold: checkedGold(task, typeof target === "number" ? target : choices.indexOf(target), choices),
		choices,
		requests: choices.map((choice) => ({
			context,
			continuation: targetDelimiter + choice
		}))
	};
}
/** lm-eval only logs a gold index outside the choices and scores the doc 0; here it is a task or data bug to fix. */
function checkedGold(task, gold, choices) {
	if (!Number.isInteger(gold) || gold < 0 || gold >= choices.length) throw new Error(`Task ${task.name}: gold answer ${gold} is not one of the doc's ${choices.length} choices`);
	return gold;
}
function init_prompt() {
	return (init_prompt = __esmMin((() => {
		init_errors();
		init_fewshot();
		init_messages();
	})))();
}
// packages/core/src/version.ts
var FTBENCH_VERSION;
function init_version() {
	return (init_version = __esmMin((() => {
		init_package();
		FTBENCH_VERSION = version;
	})))();
}
// packages/core/src/shard/weights.ts
/** Per request, context plus continuation characters, capped at the model's length; a generation: its prompt plus the tokens it may add. */
function documentWeight(doc, generate, maxLength) {
	const cap = maxLength * 4;
	if (generate) return Math.min(doc.requests[0].context.length, cap) + generate.maxNewTokens * 4;
	return doc.requests.reduce((sum, r) => sum + Math.min(cap, r.context.length + r.continuation.length), 0);
}
function init_weights() {
	return (init_weights = __esmMin((() => {})))();
}
// packages/core/src/shard/run.ts
/**
* Per task, the positions of the documents shard `spec` scores (the tasks' prompts built for the whole
* run): whole scoring chunks, as a whole run forms them, so that the model sees the same batches.
*/
function shardPositions(prepared, model, spec, chunkRequests = 256) {
	const chunks = prepared.map((p) => documentChunks(p.docs.map((doc) => p.generate ? 1 : doc.requests.length), chunkRequests));
	const weights = prepared.map((p, t) => chunks[t].map((chunk) => chunk.reduce((sum, doc) => sum + documentWeight(p.docs[doc], p.generate, model.record.maxLength), 0)));
	return planShards(weights, spec.count)[spec.index - 1].map((units, t) => units.flatMap((unit) => chunks[t][unit]));
}
/** The prepared task cut down to the documents at `positions`. */
function keepDocuments(prepared, positions) {
	return {
		...prepared,
		docs: positions.map((i) => prepared.docs[i])
	};
}
/** The checkpoint of a shard's task is its own file: shards on one machine never append to one file. */
function shardCheckpointTag(taskHash, spec) {
	return spec ? `${taskHash}\u0000shard ${spec.index}/${spec.count}` : taskHash;
}
function shardRecord(spec, tasks, groups, chunkRequests = 256) {
	const records = tasks.map(({ facts, hash, docs, positions, choices, truncatedRequests }) => ({
		...facts,
		hash,
		docs,
		positions,
		choices,
		truncatedRequests
	}));
	return {
		index: spec.index,
		count: spec.count,
		rule: SHARD_PLAN_RULE,
		chunkRequests,
		tasks: records,
		groups: [...groups]
	};
}
function init_run() {
	return (init_run = __esmMin((() => {
		init_resume();
		init_plan();
		init_weights();
	})))();
}
// packages/core/src/judge/http-judge.ts
/** The wait a reply asks for: OpenAI's `retry-after-ms` (milliseconds), else `Retry-After` (seconds or an HTTP date). */
function retryAfterMs(headers) {
	const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
	return Number.isFinite(ms) && ms >= 0 ? ms : parseRetryAfter(headers.get("retry-after"));
}
/** The chat completions endpoint for `url` (see the top of this file), or an FtbenchError for a URL that is not http(s). */
function completionsEndpoint(url) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		throw new FtbenchError(`the judge URL "${url}" is not a URL`, "Pass the API base, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1.");
	}
	if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new FtbenchError(`the judge URL must be http(s), got ${parsed.protocol}`, "Pass the API base, e.g. https://api.openai.com/v1.");
	if (parsed.username || parsed.password) throw new FtbenchError("the judge URL must not hold credentials (user:password@)", "Pass the API key through the environment variable instead.");
	const base = parsed.pathname.replace(/\/+$/, "");
	if (!base.endsWith(COMPLETIONS_PATH)) parsed.pathname = base + COMPLETIONS_PATH;
	return parsed;
}
function parseReply(body) {
	let json;
	try {
		json = JSON.parse(body);
	} catch {
		return {
			problem: `the reply is not JSON (${body.length} bytes)`,
			promptTokens: 0,
			completionTokens: 0
		};
	}
	const reply = json ?? {};
	const promptTokens = tokenCount(reply.usage?.prompt_tokens);
	const completionTokens = tokenCount(reply.usage?.completion_tokens);
	if (!Array.isArray(reply.choices) || reply.choices.length === 0) return {
		problem: "the reply has no choices",
		promptTokens,
		completionTokens
	};
	const content = reply.choices[0]?.message?.content;
	if (typeof content !== "string" || content.trim() === "") return {
		problem: "the reply has no content (choices[0].message.content is empty or missing)",
		promptTokens,
		completionTokens
	};
	return {
		text: content,
		promptTokens,
		completionTokens
	};
}
/** At most `limit` calls of `run` at once; the others wait in order. */
function limiter(limit) {
	let active = 0;
	const waiting = [];
	return async (run) => {
		if (active >= limit) await new Promise((resolve) => waiting.push(resolve));
		else active++;
		try {
			return await run();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else active--;
		}
	};
}
function integerOption(value, fallback, what, min = 1) {
	const n = value ?? fallback;
	if (!Number.isInteger(n) || n < min) throw new FtbenchError(`the judge's ${what} must be an integer >= ${min}, got ${value}`);
	return n;
}
function createHttpJudge(opts) {
	const endpoint = completionsEndpoint(opts.url);
	const shown = `${endpoint.origin}${endpoint.pathname}`;
	const concurrency = integerOption(opts.concurrency, 8, "concurrency");
	const timeoutMs = integerOption(opts.timeoutMs, 12e4, "timeout (ms)");
	const policy = {
		attempts: integerOption(opts.maxRetries, 6, "retry count", 0) + 1,
		baseDelayMs: integerOption(opts.retryDelayMs, 1e3, "retry delay (ms)", 0),
		maxDelayMs: MAX_BACKOFF_MS
	};
	const apiKey = opts.apiKey ?? "";
	const redact = (text) => apiKey === "" ? text : text.split(apiKey).join("[redacted]");
	const onRetry = opts.onRetry ?? ((event) => console.warn(`ftbench: judge ${shown}: ${event.reason}; retrying in ${Math.ceil(event.delayMs / 1e3)} s`));
	const stats = {
		calls: 0,
		cacheHits: 0,
		failures: 0,
		promptTokens: 0,
		completionTokens: 0
	};
	const limit = limiter(concurrency);
	const headers = {
		"content-type": "application/json",
		accept: "application/json"
	};
	if (apiKey !== "") headers.authorization = `Bearer ${apiKey}`;
	/** One attempt: the completion, or a TransientError / FtbenchError. */
	async function attempt(body) {
		let response;
		let text;
		const signal = AbortSignal.timeout(timeoutMs);
		try {
			response = await fetch(endpoint, {
				method: "POST",
				headers,
				body,
				signal
			});
			text = await response.text();
		} catch (error) {
			if (signal.aborted) throw new TransientError(`no complete reply within ${timeoutMs / 1e3} s`);
			throw new TransientError(`cannot reach the judge: ${networkReason(error)}`);
		}
		if (RETRY_STATUSES.has(response.status) || response.status >= 500) throw new TransientError(`HTTP ${response.status}`, retryAfterMs(response.headers));
		if (!response.ok) {
			const detail = text.replace(/\s+/g, " ").trim().slice(0, 300);
			throw new FtbenchError(`the judge ${shown} refused the request: HTTP ${response.status}${detail ? ` (${detail})` : ""}`, "Check --judge-model and the API key in the environment variable; 401/403 is the key, 404 the URL or model name.");
		}
		const parsed = parseReply(text);
		stats.promptTokens += parsed.promptTokens;
		stats.completionTokens += parsed.completionTokens;
		if ("problem" in parsed) throw new TransientError(parsed.problem);
		return parsed;
	}
	async function judgeOnce(messages) {
		const body = JSON.stringify({
			model: opts.model,
			messages,
			...JUDGE_REQUEST_SETTINGS
		});
		for (let n = 1;; n++) try {
			return {
				...await attempt(body),
				cached: false
			};
		} catch (error) {
			if (error instanceof FtbenchError) throw new FtbenchError(redact(error.message), error.hint);
			if (!(error instanceof TransientError)) throw error;
			const reason = redact(error.message);
			if (n >= policy.attempts) throw new FtbenchError(`the judge ${shown} failed after ${n} attempts; last: ${reason}`);
			if (error.retryAfterMs !== void 0 && error.retryAfterMs > MAX_RETRY_AFTER_MS) throw new FtbenchError(`the judge ${shown} answered ${reason} and asks to wait ${Math.ceil(error.retryAfterMs / 1e3)} s, longer than ftbench waits (${MAX_RETRY_AFTER_MS / 1e3} s)`, "Run again later: judgments already made are cached.");
			const jittered = backoffMs(policy, n) * (.5 + Math.random() / 2);
			const delayMs = Math.max(jittered, error.retryAfterMs ?? 0);
			onRetry({
				attempt: n,
				delayMs,
				reason
			});
			await sleep(delayMs);
		}
	}
	return {
		model: opts.model,
		async judge(messages) {
			return limit(async () => {
				stats.calls++;
				try {
					return await judgeOnce(messages);
				} catch (error) {
					stats.failures++;
					throw error;
				}
			});
		},
		stats: () => ({ ...stats })
	};
}
var JUDGE_REQUEST_SETTINGS, MAX_RETRY_AFTER_MS, MAX_BACKOFF_MS, COMPLETIONS_PATH, RETRY_STATUSES, tokenCount, sleep;
function init_http_judge() {
	return (init_http_judge = __esmMin((() => {
		init_errors();
		init_http();
		JUDGE_REQUEST_SETTINGS = {
			n: 1,
			temperature: 0,
			max_tokens: 2048
		};
		MAX_RETRY_AFTER_MS = 6e5;
		MAX_BACKOFF_MS = 6e4;
		COMPLETIONS_PATH = "/chat/completions";
		RETRY_STATUSES = /* @__PURE__ */ new Set([
			408,
			409,
			429
		]);
		tokenCount = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
		sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	})))();
}
// packages/core/src/judge/judgment-cache.ts
/**
* Every successful judgment on disk, keyed by content: sha256 of the judge model's name and the full prompt
* messages (never the API key or the URL), so a re-run, a resumed run or a baseline's re-use pays for no
* judgment twice. One file per judgment, `<dir>/<key[0..2]>/<key>.json`, written atomically; an entry that
* does not parse, belongs to another key or fails its checksum is ignored with a warning, judged again and
* replaced, never trusted. Failed judgments are not cached: the next run asks again.
*/
/** The cache key of a judgment: the judge model and the exact messages, in order. */
function judgmentKey(model, messages) {
	return sha256Hex(JSON.stringify({
		version: CACHE_VERSION,
		model,
		messages: messages.map(({ role, content }) => ({
			role,
			content
		}))
	}));
}
/** The entry's reply, or why it cannot be trusted. */
function readEntry(file, key) {
	let raw;
	try {
		raw = readFileSync(file, "utf8");
	} catch (error) {
		return error.code === "ENOENT" ? null : { problem: error.message };
	}
	let entry;
	try {
		entry = JSON.parse(raw);
	} catch {
		return { problem: "it is not valid JSON" };
	}
	const counts = [entry.promptTokens, entry.completionTokens].every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0);
	if (entry.version !== CACHE_VERSION || entry.key !== key || typeof entry.text !== "string" || !counts || entry.check !== checkOf(key, entry.text)) return { problem: "its content does not match its key or checksum" };
	return { reply: {
		text: entry.text,
		promptTokens: entry.promptTokens,
		completionTokens: entry.completionTokens
	} };
}
/**
* `judge` behind the on-disk cache in `dir` (created and checked writable now). Concurrent asks for the same
* prompt share one judgment. `stats()` is the judge's, with the hits counted.
*/
function withJudgmentCache(judge, dir, opts = {}) {
	assertWritableDir(dir, "judgment cache folder", "Pass a writable --judge-cache-dir, or fix the permissions of this one.");
	const warn = opts.onWarning ?? ((message) => console.warn(`ftbench: warning: ${message}`));
	const inFlight = /* @__PURE__ */ new Map();
	let cacheHits = 0;
	async function judgeAndStore(key, file, messages) {
		const reply = await judge.judge(messages);
		const entry = {
			version: CACHE_VERSION,
			key,
			model: judge.model,
			text: reply.text,
			promptTokens: reply.promptTokens,
			completionTokens: reply.completionTokens,
			check: checkOf(key, reply.text)
		};
		try {
			writeFileAtomic(file, `${JSON.stringify(entry, null, 2)}\n`);
		} catch (error) {
			warn(`could not cache the judgment in ${file}: ${fileSystemReason(error)}`);
		}
		return {
			...reply,
			cached: false
		};
	}
	return {
		model: judge.model,
		async judge(messages) {
			const key = judgmentKey(judge.model, messages);
			const file = path.join(dir, key.slice(0, 2), `${key}.json`);
			const pending = inFlight.get(key);
			if (pending) {
				const reply = await pending;
				cacheHits++;
				return {
					...reply,
					cached: true
				};
			}
			const found = readEntry(file, key);
			if (found && "reply" in found) {
				cacheHits++;
				return {
					...found.reply,
					cached: true
				};
			}
			if (found) warn(`ignoring the cached judgment ${file} (${found.problem}); judging again`);
			const judged = judgeAndStore(key, file, messages);
			inFlight.set(key, judged);
			try {
				return await judged;
			} finally {
				inFlight.delete(key);
			}
		},
		stats() {
			return {
				...judge.stats(),
				cacheHits
			};
		}
	};
}
var CACHE_VERSION, checkOf;
function init_judgment_cache() {
	return (init_judgment_cache = __esmMin((() => {
		init_atomic_write();
		init_fs_errors();
		init_hash();
		CACHE_VERSION = 1;
		checkOf = (key, text) => sha256Hex(`${key}\0${text}`);
	})))();
}
// packages/core/src/judge/local-judge.ts
async function loadLocalJudge(opts) {
	const template = loadChatTemplate(opts.modelDir, opts.chatTemplate);
	const warn = opts.onWarning ?? ((message) => console.warn(`ftbench: warning: ${message}`));
	const model = await OnnxCausalLM.load(opts.modelDir, {
		device: opts.device,
		batchSize: opts.batchSize ?? "auto",
		onWarning: warn
	});
	const name = `local:${sha256Hex(`${model.record.fingerprint}\0${model.tokenizer.fingerprint}\0${template.sha256}`).slice(0, 16)}`;
	const stats = {
		calls: 0,
		cacheHits: 0,
		failures: 0,
		promptTokens: 0,
		completionTokens: 0
	};
	let warnedSystemDropped = false;
	let queue = [];
	let running = null;
	/** Generates for everything queued, batch after batch, until the queue is empty. */
	async function drain() {
		while (queue.length > 0) {
			const batch = queue;
			queue = [];
			try {
				const generations = await model.generateWithCounts(batch.map((pending) => pending.request));
				batch.forEach((pending, i) => {
					const { text, contextTokens, newTokens } = generations[i];
					stats.promptTokens += contextTokens;
					stats.completionTokens += newTokens;
					pending.resolve({
						text,
						promptTokens: contextTokens,
						completionTokens: newTokens,
						cached: false
					});
				});
			} catch (error) {
				stats.failures += batch.length;
				for (const pending of batch) pending.reject(error);
			}
		}
	}
	/** Calls made in the same turn of the event loop join one batch: generation starts on the next turn. */
	function schedule() {
		if (running) return;
		running = new Promise((resolve) => setImmediate(resolve)).then(drain).finally(() => {
			running = null;
			if (queue.length > 0) schedule();
		});
	}
	/** The generation request for a judge prompt, or an FtbenchError when the prompt leaves the model no room to answer. */
	function requestFor(messages) {
		const context = template.render(messages, (reason) => {
			if (warnedSystemDropped) return;
			warnedSystemDropped = true;
			warn(`the local judge's chat template rejects a system message (${reason}); judge prompts go without it`);
		});
		const promptTokens = model.contextTokenCount(context);
		const room = model.record.maxLength - promptTokens;
		if (room < 1) throw new FtbenchError(`the judge prompt is ${promptTokens} tokens, leaving no room to answer within the local judge's maximum length ${model.record.maxLength}`, "Use a judge model with a longer context.");
		return {
			context,
			until: [],
			maxNewTokens: Math.min(JUDGE_MAX_NEW_TOKENS, room)
		};
	}
	return {
		model: name,
		judge(messages) {
			stats.calls++;
			let request;
			try {
				request = requestFor(messages);
			} catch (error) {
				stats.failures++;
				return Promise.reject(error);
			}
			const reply = new Promise((resolve, reject) => queue.push({
				request,
				resolve,
				reject
			}));
			schedule();
			return reply;
		},
		stats: () => ({ ...stats }),
		counters: model.counters,
		async dispose() {
			while (running) await running;
			await model.dispose();
		}
	};
}
var JUDGE_MAX_NEW_TOKENS;
function init_local_judge() {
	return (init_local_judge = __esmMin((() => {
		init_errors();
		init_hash();
		init_causal_lm();
		init_chat_template();
		JUDGE_MAX_NEW_TOKENS = 2048;
	})))();
}
// packages/core/src/mt-bench/answers.ts
function answerTemperature(category, mode) {
	if (mode === "greedy") return 0;
	const temperature = FASTCHAT_TEMPERATURES[category] ?? FASTCHAT_DEFAULT_TEMPERATURE;
	return temperature < GREEDY_BELOW ? 0 : temperature;
}
/**
* The sampling seed of one answer: a function of the run's seed, the question and the turn only, so an answer's
* draws are the same run to run and whatever the batch it is decoded in.
*/
function answerSeed(runSeed, questionId, turn) {
	return Number.parseInt(sha256Hex(`mt_bench\u0000${runSeed}\u0000${questionId}\u0000${turn}`).slice(0, 8), 16);
}
/** The conversation the model answers at `turn`: turn 1's question, or it with turn 1's answer and turn 2's question. */
function conversation(question, turn, firstAnswer, systemInstruction) {
	const system = systemInstruction === void 0 ? [] : [{
		role: "system",
		content: systemInstruction
	}];
	const first = {
		role: "user",
		content: question.turns[0]
	};
	if (turn === 1) return [...system, first];
	return [
		...system,
		first,
		{
			role: "assistant",
			content: firstAnswer ?? ""
		},
		{
			role: "user",
			content: question.turns[1]
		}
	];
}
/**
* gen_model_answer.py's clean-up of a decoded answer: every special token's text (the tokenizer's
* special_tokens_map, additional special tokens included) removed wherever it appears, then Python's strip().
* (Its cut at the conversation template's stop string has no counterpart: generation stops at EOS.)
*/
function cleanAnswer(decoded, specialTokens) {
	let text = decoded;
	for (const token of specialTokens) if (token !== "") text = text.split(token).join("");
	return pyStrip(text);
}
var MT_BENCH_MAX_NEW_TOKENS, FASTCHAT_TEMPERATURES, FASTCHAT_DEFAULT_TEMPERATURE, GREEDY_BELOW;
function init_answers() {
	return (init_answers = __esmMin((() => {
		init_hash();
		init_python_str();
		MT_BENCH_MAX_NEW_TOKENS = 1024;
		FASTCHAT_TEMPERATURES = {
			writing: .7,
			roleplay: .7,
			extraction: 0,
			math: 0,
			coding: 0,
			reasoning: 0,
			stem: .1,
			humanities: .1
		};
		FASTCHAT_DEFAULT_TEMPERATURE = .7;
		GREEDY_BELOW = 1e-4;
	})))();
}
// packages/core/src/mt-bench/judge-messages.ts
/**
* Python's `template.format(**fields)` for templates of plain `{name}` fields: `{{` and `}}` are literal braces,
* a field the template names but `fields` lacks is an error (Python's KeyError), extra fields are ignored.
* Values are inserted as they are, never read as templates themselves.
*/
function pyFormat(template, fields) {
	return template.replace(/\{\{|\}\}|\{([^{}]*)\}|[{}]/g, (token, name) => {
		if (token === "{{") return "{";
		if (token === "}}") return "}";
		if (name === void 0) throw new FtbenchError(`judge prompt template has a single "${token}" (Python's str.format refuses it)`);
		if (!Object.hasOwn(fields, name)) throw new FtbenchError(`judge prompt template names the field {${name}}, which single-answer grading does not fill`);
		return fields[name];
	});
}
/** Which of FastChat's four judges grades a turn of a question (gen_judgment.py make_judge_single). */
function judgePromptName(category, turn) {
	return `single-${NEED_REF_CATEGORIES.includes(category) ? "math-" : ""}v1${turn === 2 ? "-multi-turn" : ""}`;
}
/** The judge prompt's name and the system + user messages FastChat sends for this judgment. */
function judgeMessages(input, prompts) {
	const { question, answers, turn, reference } = input;
	const name = judgePromptName(question.category, turn);
	const prompt = prompts.get(name);
	if (!prompt) throw new FtbenchError(`the judge prompts have no "${name}"`);
	const refFields = reference ? {
		ref_answer_1: reference[0],
		ref_answer_2: reference[1]
	} : {};
	const fields = turn === 2 ? {
		question_1: question.turns[0],
		question_2: question.turns[1],
		answer_1: answers[0],
		answer_2: answers[1],
		...refFields
	} : {
		question: question.turns[0],
		answer: answers[0],
		...refFields
	};
	const user = pyFormat(prompt.promptTemplate, fields);
	return {
		prompt: name,
		messages: [{
			role: "system",
			content: prompt.systemPrompt
		}, {
			role: "user",
			content: user
		}]
	};
}
/**
* The rating in a judgment, as FastChat reads it: the first `[[N]]`, else the first `[N]` (N an integer or a
* decimal such as `7.5` or `8.`); none is NO_RATING. A rating off the 1–10 scale the prompt asks for is also
* NO_RATING: FastChat would average it in, but an answer that talks the judge into "[[100]]" must not lift a score.
*/
function parseRating(judgment) {
	for (const pattern of RATING_PATTERNS) {
		const match = pattern.exec(judgment);
		if (match) {
			const rating = Number(match[1]);
			return rating >= 1 && rating <= 10 ? rating : -1;
		}
	}
	return -1;
}
var RATING_PATTERNS;
function init_judge_messages() {
	return (init_judge_messages = __esmMin((() => {
		init_errors();
		init_data();
		RATING_PATTERNS = [/\[\[(\d+\.?\d*)\]\]/, /\[(\d+\.?\d*)\]/];
	})))();
}
// packages/core/src/mt-bench/scores.ts
function metric(ratings) {
	return {
		value: mean(ratings),
		stderr: sampleStderr(ratings)
	};
}
function mtBenchScores(judged) {
	const rated = judged.filter((j) => j.rating !== -1);
	const turnRatings = [1, 2].map((turn) => rated.filter((j) => j.turn === turn).map((j) => j.rating));
	const empty = turnRatings.findIndex((ratings) => ratings.length === 0);
	if (empty >= 0) throw new FtbenchError(`MT-Bench: no judgment of turn ${empty + 1} gave a rating (${judged.length - rated.length} of ${judged.length} judgments failed), so there is no score`, "Check the judge: its replies must hold a rating such as \"Rating: [[5]]\"; every reply it gave is in the judgment cache (--judge-cache-dir).");
	const categories = {};
	for (const category of [...new Set(judged.map((j) => j.category))].sort()) {
		const questions = new Set(judged.filter((j) => j.category === category).map((j) => j.questionId));
		const ratings = rated.filter((j) => j.category === category).map((j) => j.rating);
		categories[category] = {
			n: questions.size,
			metrics: ratings.length > 0 ? { score: metric(ratings) } : {}
		};
	}
	const questionScores = /* @__PURE__ */ new Map();
	for (const questionId of new Set(judged.map((j) => j.questionId))) {
		const ratings = rated.filter((j) => j.questionId === questionId).map((j) => j.rating);
		if (ratings.length > 0) questionScores.set(questionId, mean(ratings));
	}
	return {
		overall: metric(rated.map((j) => j.rating)),
		turns: [metric(turnRatings[0]), metric(turnRatings[1])],
		categories,
		questionScores,
		failed: judged.length - rated.length
	};
}
function init_scores() {
	return (init_scores = __esmMin((() => {
		init_errors();
		init_aggregate();
		init_judge_messages();
	})))();
}
// packages/core/src/mt-bench/run.ts
/**
* MT-Bench as one task of a run: prepared (data checked, turn-1 prompts rendered, hash taken) before the model
* loads, then answered in two batched passes (every question's turn 1, then every turn 2) and judged, each turn
* once, through a Judge. A judgment that fails for good (retries spent) is FastChat's `$ERROR$` judgment: no
* rating, counted and left out of the scores, never cached, so the next run asks again.
*/
/** Checks what MT-Bench needs and builds turn 1's prompts; `chat` must carry the model's chat template. */
function prepareMtBench(loaded, chat, opts) {
	const { template, systemInstruction } = chat;
	if (!template) throw new FtbenchError("mt_bench needs the chat template of an instruction model: its two turns are a conversation", "Add --apply-chat-template (the model's tokenizer_config.json or chat_template.jinja must hold its template).");
	const questions = opts.limit === void 0 ? loaded.data.questions : loaded.data.questions.slice(0, opts.limit);
	let dropped;
	const firstPrompts = questions.map((q) => template.render(conversation(q, 1, void 0, systemInstruction), (reason) => {
		dropped = reason.split("\n")[0].slice(0, 200);
	}));
	const record = chatRecord(chat);
	const hash = createHash("sha256");
	hash.update(JSON.stringify([
		MT_BENCH_TASK,
		MT_BENCH_VERSION,
		loaded.dataset.revision,
		opts.judgeModel,
		opts.temperature,
		opts.temperature === "fastchat" ? opts.seed : null,
		MT_BENCH_MAX_NEW_TOKENS,
		record ? chatHashIdentity(record) : null
	]));
	for (const [i, q] of questions.entries()) hash.update(JSON.stringify([
		q,
		loaded.data.references.get(q.questionId) ?? null,
		firstPrompts[i]
	]));
	for (const name of SINGLE_JUDGE_PROMPTS) hash.update(JSON.stringify(loaded.data.judgePrompts.get(name)));
	return {
		loaded,
		questions,
		template,
		systemInstruction,
		temperature: opts.temperature,
		seed: opts.seed,
		judgeModel: opts.judgeModel,
		firstPrompts,
		hash: hash.digest("hex"),
		...dropped ? { chatWarning: `${MT_BENCH_TASK}: the chat template refused the system message ("${dropped}"), so the prompts were rendered without --system-instruction` } : {}
	};
}
/** gen_model_answer.py's special_tokens_map: the texts its clean-up removes from every answer. */
function specialTokenTexts(modelDir) {
	const config = readOptionalJson(path.join(modelDir, "tokenizer_config.json"), "tokenizer_config.json");
	const additional = Array.isArray(config.additional_special_tokens) ? config.additional_special_tokens : [];
	return [...SPECIAL_TOKENS.map((key) => config[key]), ...additional].map(tokenText).filter((text) => text !== void 0);
}
/** FastChat asks for at most 1024 new tokens; here no more than the model's length leaves after the prompt, so no prompt loses its start. */
function answerRequests(model, prepared, prompts, turn) {
	return prepared.questions.map((q, i) => {
		const room = model.record.maxLength - model.contextTokenCount(prompts[i]);
		const temperature = answerTemperature(q.category, prepared.temperature);
		return {
			context: prompts[i],
			until: [],
			maxNewTokens: Math.max(1, Math.min(MT_BENCH_MAX_NEW_TOKENS, room)),
			...temperature > 0 ? { sampling: {
				temperature,
				seed: answerSeed(prepared.seed, q.questionId, turn)
			} } : {}
		};
	});
}
async function answerTurn(model, prepared, prompts, turn, opts) {
	const requests = answerRequests(model, prepared, prompts, turn);
	const progress = opts.progress === false ? null : createProgress(`${MT_BENCH_TASK} answers, turn ${turn}`, requests.length, {
		sink: opts.progress,
		unit: "answer"
	});
	try {
		return {
			requests,
			decoded: await model.generate(requests, (done) => progress?.update(done))
		};
	} catch (error) {
		if (!(error instanceof ScoringError)) throw error;
		const ids = error.requests.map((i) => prepared.questions[i].questionId);
		throw new FtbenchError(`model ${model.record.path}, task ${MT_BENCH_TASK} turn ${turn}, question${ids.length === 1 ? "" : "s"} ${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}: ${error.message}`, error.hint);
	} finally {
		progress?.finish();
	}
}
/** Every judgment at once: the judge bounds its own concurrency. A failure for good becomes a judgment without a rating. */
async function judgeAll(judge, messageSets, opts) {
	const progress = opts.progress === false ? null : createProgress(`${MT_BENCH_TASK} judgments`, messageSets.length, {
		sink: opts.progress,
		unit: "judgment"
	});
	let done = 0;
	try {
		return await Promise.all(messageSets.map(async ({ messages }) => {
			try {
				return { reply: await judge.judge(messages) };
			} catch (error) {
				if (!(error instanceof FtbenchError)) throw error;
				return { error: error.message.split("\n")[0].slice(0, 300) };
			} finally {
				progress?.update(++done);
			}
		}));
	} finally {
		progress?.finish();
	}
}
async function runMtBench(prepared, model, judge, opts) {
	const { questions, loaded } = prepared;
	const specialTokens = specialTokenTexts(model.record.path);
	const first = await answerTurn(model, prepared, prepared.firstPrompts, 1, opts);
	const firstAnswers = first.decoded.map((text) => cleanAnswer(text, specialTokens));
	const secondPrompts = questions.map((q, i) => prepared.template.render(conversation(q, 2, firstAnswers[i], prepared.systemInstruction)));
	const second = await answerTurn(model, prepared, secondPrompts, 2, opts);
	const secondAnswers = second.decoded.map((text) => cleanAnswer(text, specialTokens));
	const statsBefore = judge.stats();
	const inputs = questions.flatMap((question, i) => [1, 2].map((turn) => ({
		question,
		turn,
		answers: turn === 1 ? [firstAnswers[i]] : [firstAnswers[i], secondAnswers[i]],
		reference: loaded.data.references.get(question.questionId)
	})));
	const messageSets = inputs.map((input) => judgeMessages(input, loaded.data.judgePrompts));
	const judgments = await judgeAll(judge, messageSets, opts);
	const errors = judgments.filter((j) => j.error !== void 0);
	if (errors.length === judgments.length) throw new FtbenchError(`${MT_BENCH_TASK}: every judgment failed (${judge.model}): ${errors[0].error}`, "Fix what the first failure names; every successful judgment is cached, so a re-run asks only for the rest.");
	const judged = inputs.map((input, k) => ({
		questionId: input.question.questionId,
		category: input.question.category,
		turn: input.turn,
		rating: judgments[k].reply ? parseRating(judgments[k].reply.text) : -1
	}));
	const scores = mtBenchScores(judged);
	if (scores.failed > 0) {
		const calls = errors.length > 0 ? `; ${errors.length} judge call${errors.length === 1 ? "" : "s"} failed for good, e.g. ${errors[0].error}` : "";
		opts.onWarning(`${MT_BENCH_TASK}: ${scores.failed} of ${judged.length} judgments gave no rating and are left out of the scores${calls}`);
	}
	const stats = judge.stats();
	const turnRecords = (i) => [0, 1].map((t) => {
		const k = 2 * i + t;
		const { reply, error } = judgments[k];
		return {
			answer: t === 0 ? firstAnswers[i] : secondAnswers[i],
			rating: judged[k].rating,
			judgment: reply ? reply.text : API_ERROR_OUTPUT,
			judgePrompt: messageSets[k].prompt,
			...error !== void 0 ? { judgeError: error } : {}
		};
	});
	const samples = questions.map((q, i) => {
		const score = scores.questionScores.get(q.questionId);
		return {
			docId: q.questionId,
			promptHash: sha256Hex(`${prepared.firstPrompts[i]}\u0000${secondPrompts[i]}`),
			gold: -1,
			loglikelihoods: [],
			isGreedy: [],
			metrics: score === void 0 ? {} : { score },
			prediction: -1,
			category: q.category,
			turns: turnRecords(i)
		};
	});
	const requests = [...first.requests, ...second.requests];
	const truncated = model.truncatedGenerations(requests);
	return {
		result: {
			name: MT_BENCH_TASK,
			kind: "mt-bench",
			version: MT_BENCH_VERSION,
			hash: prepared.hash,
			numFewshot: 0,
			n: questions.length,
			...questions.length < loaded.data.questions.length ? { nOriginal: loaded.data.questions.length } : {},
			metrics: { score: scores.overall },
			categories: scores.categories,
			dataset: loaded.dataset,
			...truncated > 0 ? { truncatedRequests: truncated } : {},
			mtBench: {
				judge: judge.model,
				judgePrompts: [...new Set(messageSets.map((m) => m.prompt))].sort(),
				temperature: prepared.temperature,
				...prepared.temperature === "fastchat" ? { seed: prepared.seed } : {},
				turns: scores.turns,
				failedJudgments: scores.failed,
				judgeErrors: errors.length,
				judgeCalls: stats.calls - statsBefore.calls,
				judgeCacheHits: stats.cacheHits - statsBefore.cacheHits,
				judgePromptTokens: stats.promptTokens - statsBefore.promptTokens,
				judgeCompletionTokens: stats.completionTokens - statsBefore.completionTokens
			}
		},
		samples,
		requests: requests.length
	};
}
var MT_BENCH_VERSION, API_ERROR_OUTPUT;
function init_run$1() {
	return (init_run$1 = __esmMin((() => {
		init_chat_settings();
		init_errors();
		init_hash();
		init_causal_lm();
		init_chat_template();
		init_files();
		init_answers();
		init_data();
		init_judge_messages();
		init_scores();
		MT_BENCH_VERSION = "fastchat-llm_judge-1";
		API_ERROR_OUTPUT = "$ERROR$";
	})))();
}
// packages/core/src/mt-bench/options.ts
/** Reads and checks MT-Bench's data and builds turn 1's prompts: every mistake shows before the model loads. */
async function prepareMtBenchTask(opts, chat, judgeModel) {
	return prepareMtBench(opts.dataDir ? await loadLocalMtBench(opts.dataDir) : await loadHubMtBench(opts.hubClient ?? new HubClient()), chat, {
		limit: opts.limit,
		temperature: opts.mtBenchTemperature ?? "greedy",
		seed: opts.mtBenchSeed ?? 0,
		judgeModel
	});
}
/** The judge options given, by flag: they only mean something with mt_bench. */
function judgeFlagsGiven(opts) {
	return [
		["judge", "judge"],
		["judgeUrl", "--judge-url"],
		["judgeModel", "--judge-model"],
		["judgeApiKeyEnv", "--judge-api-key-env"],
		["judgeModelDir", "--judge-model-dir"],
		["judgeConcurrency", "--judge-concurrency"],
		["judgeCacheDir", "--judge-cache-dir"],
		["mtBenchTemperature", "--mt-bench-temperature"],
		["mtBenchSeed", "--mt-bench-seed"]
	].filter(([key]) => opts[key] !== void 0).map(([, flag]) => flag);
}
/**
* The judge the options name, behind the judgment cache, and how to let it go when the run ends: a judge given as
* an object (library use) as it is; else the API at judgeUrl, or the ONNX model in judgeModelDir run on `device`.
*/
async function openJudge(opts) {
	if (opts.judge) return {
		judge: opts.judge,
		close: async () => {}
	};
	const { judgeUrl, judgeModelDir } = opts;
	if (judgeUrl !== void 0 && judgeModelDir !== void 0) throw new FtbenchError("--judge-url and --judge-model-dir both name a judge", "Pick one: an API (--judge-url) or a local ONNX model (--judge-model-dir).");
	const cacheDir = opts.judgeCacheDir ?? judgmentCacheDir();
	if (judgeModelDir !== void 0) {
		if (opts.judgeModel !== void 0 || opts.judgeApiKeyEnv !== void 0) throw new FtbenchError("--judge-model and --judge-api-key-env are for an API judge", "A local judge (--judge-model-dir) is named by its weights and needs no key: drop them.");
		const local = await loadLocalJudge({
			modelDir: judgeModelDir,
			device: opts.device,
			batchSize: opts.batchSize
		});
		return {
			judge: withJudgmentCache(local, cacheDir),
			close: () => local.dispose()
		};
	}
	if (judgeUrl === void 0) throw new FtbenchError("mt_bench needs a judge", "Pass --judge-url URL (an OpenAI-compatible API, the key in $OPENAI_API_KEY or --judge-api-key-env NAME) or --judge-model-dir DIR (an ONNX instruct model run as the judge).");
	const keyEnv = opts.judgeApiKeyEnv ?? DEFAULT_API_KEY_ENV;
	const apiKey = process.env[keyEnv] || void 0;
	if (apiKey === void 0 && opts.judgeApiKeyEnv !== void 0) throw new FtbenchError(`--judge-api-key-env ${keyEnv}: that environment variable is not set`, `Export the judge API key as ${keyEnv}, or drop --judge-api-key-env for a server without a key.`);
	return {
		judge: withJudgmentCache(createHttpJudge({
			url: judgeUrl,
			model: opts.judgeModel ?? "gpt-4",
			apiKey,
			concurrency: opts.judgeConcurrency
		}), cacheDir),
		close: async () => {}
	};
}
var DEFAULT_API_KEY_ENV;
function init_options() {
	return (init_options = __esmMin((() => {
		init_cache_dir();
		init_client();
		init_errors();
		init_http_judge();
		init_judgment_cache();
		init_local_judge();
		init_answers();
		init_load$1();
		init_run$1();
		DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";
	})))();
}
// packages/core/src/evaluator.ts
/**
* `simpleEvaluate`: the library entry point, and what `ftbench eval` calls. Resolves tasks,
* reads their data, builds every prompt before any scoring (so a data mistake fails in seconds,
* not after an hour), scores, then aggregates into the versioned results schema.
*/
/** Equal hashes mean the same definition produced the same prompts on the same data. */
function taskHash(prepared) {
	const hash = createHash("sha256");
	const chat = prepared.chat ? [chatHashIdentity(prepared.chat)] : [];
	hash.update(JSON.stringify([
		prepared.task.name,
		prepared.task.version,
		prepared.numFewshot,
		prepared.dataset.revision,
		prepared.generate ?? null,
		...chat
	]));
	for (const doc of prepared.docs) {
		for (const request of doc.requests) hash.update(`${request.context}\u0000${request.continuation}\u0001`);
		hash.update(`${doc.gold}\u0002`);
	}
	return hash.digest("hex");
}
async function prepareStandardTask(task, numFewshot, source, sourceKind, opts, settings) {
	const split = evaluationSplit(task);
	const dataset = pinnedDataset(task, opts.datasetRevisions ?? {});
	const evalSplit = await source.loadSplit(dataset, split);
	let fewshotRows = [];
	let revision = evalSplit.revision;
	if (numFewshot > 0) {
		const fewshotSplitName = fewshotSplit(task);
		const loaded = fewshotSplitName === split ? evalSplit : await source.loadSplit(dataset, fewshotSplitName);
		fewshotRows = loaded.rows;
		if (loaded.revision !== evalSplit.revision) revision = sha256Hex(`${evalSplit.revision}:${loaded.revision}`);
	}
	return {
		task,
		kind: "standard",
		numFewshot,
		...buildWithChat(task, (chat) => buildDocRequests(task, evalSplit.rows, fewshotRows, numFewshot, {
			seed: opts.fewshotSeed ?? 1234,
			limit: opts.limit,
			...chat
		}), settings),
		docsInSplit: evalSplit.rows.length,
		dataset: {
			source: sourceKind,
			path: task.dataset.path,
			name: task.dataset.name,
			split,
			revision
		},
		docId: (doc) => doc.docIndex
	};
}
/** `requestedAs`: the name --tasks gave (`suite:path/x.jsonl`); a count may name it or the suite (`suite:<name>`). */
function prepareSuite(suite, requestedAs, opts, settings) {
	const requested = requestedFewshot(opts.numFewshot, [requestedAs, suite.task.name]);
	if (requested !== void 0 && requested > suite.fewshot.length) throw new FtbenchError(`${suite.task.name} has ${suite.fewshot.length} few-shot example${suite.fewshot.length === 1 ? "" : "s"} (its "fewshot" list), but ${requested} are asked for`, `Add examples to ${suite.path}, or give the suite its own count: --num-fewshot ${suite.task.name}=${suite.fewshot.length},<other tasks>=N.`);
	const numFewshot = requested ?? suite.fewshot.length;
	const built = buildWithChat(suite.task, (chat) => buildDocRequests(suite.task, suite.items, suite.fewshot, numFewshot, {
		seed: opts.fewshotSeed ?? 1234,
		limit: opts.limit,
		...chat
	}), settings);
	const item = (doc) => suite.items[doc.docIndex];
	return {
		task: suite.task,
		kind: "suite",
		numFewshot,
		...built,
		docsInSplit: suite.items.length,
		dataset: {
			source: isHubSuite(suite.path) ? "hub" : "local",
			path: suite.path,
			split: "items",
			revision: suite.version
		},
		docId: (doc) => item(doc).id,
		category: (doc) => item(doc).category,
		generate: suite.mode === "generate" ? { maxNewTokens: suite.maxNewTokens } : void 0
	};
}
/** Turns task/group/suite names into prepared tasks plus the groups to aggregate, and what the user should be warned of. */
async function prepareTasks(opts) {
	if (opts.tasks.length === 0) throw new FtbenchError("no tasks given", "Pass --tasks, e.g. --tasks mmlu,hellaswag,suite:path/to/suite.jsonl (ftbench tasks lists them).");
	const chatSettings = opts.chatSettings ?? resolveChatSettings(opts, void 0);
	const suiteRefs = opts.tasks.flatMap((name) => {
		const ref = parseTaskRef(name);
		return ref.kind === "suite" ? [{
			name,
			location: ref.location
		}] : [];
	});
	const suiteNames = suiteRefs.map((suite) => suite.name);
	const standardNames = opts.tasks.map(parseTaskRef).flatMap((ref) => ref.kind === "registered" ? [ref.name] : []);
	const selection = standardNames.length > 0 ? (await loadTaskRegistry()).resolve(standardNames) : void 0;
	const hubClient = opts.dataSource instanceof HubSource ? opts.dataSource.client : void 0;
	const suites = [];
	for (const { location } of suiteRefs) suites.push(await loadSuiteAt(location, () => hubClient ?? new HubClient()));
	assertFewshotNamesSelected(opts.numFewshot, [...selection?.selected.map((s) => s.path) ?? [], ...suites.map((suite, i) => [suiteNames[i], suite.task.name])]);
	const prepared = [];
	const warnings = [...selection?.warnings ?? []];
	if (selection) {
		const source = opts.dataSource ?? (opts.dataDir ? new LocalReleaseSource(opts.dataDir) : new HubSource());
		const sourceKind = source instanceof LocalReleaseSource ? "local" : "hub";
		const pins = opts.datasetRevisions ?? {};
		if (Object.keys(pins).length > 0 && source instanceof LocalReleaseSource) throw new FtbenchError("--dataset-revision pins Hub datasets, but the data comes from --data-dir.", "Drop --data-dir to read the datasets from the Hub.");
		assertPinsApply(pins, selection.tasks);
		for (const { task, path, presetNumFewshot } of selection.selected) {
			const choice = chooseStandardFewshot(task, requestedFewshot(opts.numFewshot, path), presetNumFewshot);
			if (choice.warning) warnings.push(choice.warning);
			prepared.push(await prepareStandardTask(task, choice.numFewshot, source, sourceKind, opts, chatSettings));
		}
	}
	suites.forEach((suite, i) => prepared.push(prepareSuite(suite, suiteNames[i], opts, chatSettings)));
	for (const p of prepared) if (p.chatWarning) warnings.push(p.chatWarning);
	return {
		prepared,
		groups: selection?.groups ?? [],
		selection,
		warnings
	};
}
function sampleRecord(prepared, scored, metrics, prediction) {
	const { doc, results, generated } = scored;
	return {
		docId: prepared.docId(doc),
		promptHash: sha256Hex(doc.requests.map((r) => r.context).join("\0")),
		gold: doc.gold,
		loglikelihoods: results.map((r) => r.loglikelihood),
		isGreedy: results.map((r) => r.isGreedy),
		metrics,
		prediction,
		...prepared.category ? { category: prepared.category(doc) } : {},
		...generated !== void 0 ? { generated } : {}
	};
}
/** What aggregating a task's records needs to know about it. */
function taskSummaryFacts(prepared) {
	const { task } = prepared;
	return {
		name: task.name,
		kind: prepared.kind,
		version: task.version,
		numFewshot: prepared.numFewshot,
		docsInSplit: prepared.docsInSplit,
		dataset: prepared.dataset,
		metrics: task.metrics,
		categorized: prepared.category !== void 0,
		generate: prepared.generate !== void 0
	};
}
/** Per-doc records (metrics, answers), then the task's aggregate from them, with how many requests were left-truncated. */
function summarizeTask(prepared, scoredDocs, truncatedRequests) {
	const { task } = prepared;
	const samples = [];
	for (const scored of scoredDocs) {
		const { doc, results } = scored;
		if (scored.generated !== void 0) {
			const parsed = parseGeneratedAnswer(scored.generated, doc.choices.length);
			samples.push(sampleRecord(prepared, scored, { acc: parsed === doc.gold ? 1 : 0 }, parsed ?? -1));
			continue;
		}
		const { prediction, values } = scoreMultipleChoice(results.map((r) => r.loglikelihood), doc.choices, doc.gold, task.metrics);
		const metrics = {
			...values,
			...task.processResults ? task.processResults(doc.doc, results) : {}
		};
		for (const [name, value] of Object.entries(metrics)) if (!Number.isFinite(value)) throw new FtbenchError(`task ${task.name}, document ${JSON.stringify(String(prepared.docId(scored.doc)))}: its ${name} came out as ${value}; a broken model or task is never scored`);
		samples.push(sampleRecord(prepared, scored, metrics, prediction));
	}
	const choices = scoredDocs.map((scored) => scored.doc.choices.length);
	return {
		result: taskResultFromSamples(taskSummaryFacts(prepared), samples, choices, truncatedRequests),
		samples
	};
}
/** Where a scoring error happened: the model, the task and the first few documents. */
function scoringPlace(model, p, docs) {
	const ids = [...new Set(docs)].map(p.docId);
	const shown = ids.slice(0, 3).map((id) => JSON.stringify(id)).join(", ");
	return `model ${model.record.path}, task ${p.task.name}, ${ids.length === 1 ? "document" : "documents"} ${shown}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""}`;
}
/**
* Scores `batch` (requests of one task) with `score`, a scoring failure retold as a user-facing error
* that names the model, the task and the documents whose requests it was scoring, and where the
* requests scored before it are kept.
*/
async function namingDocumentsOnFailure(score, batch, docOf, p, model, checkpointDir) {
	try {
		return await score();
	} catch (err) {
		if (!(err instanceof ScoringError)) throw err;
		const docs = err.requests.map((i) => docOf.get(batch[i]));
		const kept = checkpointDir ? `Requests scored before it are kept in the checkpoint directory ${checkpointDir} (--resume takes them while the model and the task are unchanged).` : void 0;
		throw new FtbenchError(`${scoringPlace(model, p, docs)}: ${err.message}`, [err.hint, kept].filter(Boolean).join(" ") || void 0);
	}
}
/**
* Scores one task's requests through its checkpoint (skipping those already there when resuming):
* one greedy generation per doc in generate mode, else every choice's log-likelihood.
*/
async function scoreTask(p, model, store, onProgress, checkpointDir, chunkRequests) {
	const docOf = /* @__PURE__ */ new Map();
	if (p.generate) {
		const { maxNewTokens } = p.generate;
		const requests = p.docs.map((d) => ({
			context: d.requests[0].context,
			until: ["\n\n"],
			maxNewTokens
		}));
		requests.forEach((request, i) => docOf.set(request, p.docs[i]));
		const { values, resumed } = await scoreResumable({
			requests,
			groupSizes: requests.map(() => 1),
			keyOf: generationRequestKey,
			score: (batch, onBatchProgress) => namingDocumentsOnFailure(() => model.generate(batch, onBatchProgress), batch, docOf, p, model, checkpointDir),
			store,
			chunkRequests,
			onProgress
		});
		const truncated = model.truncatedGenerations(requests);
		return {
			scored: p.docs.map((doc, i) => ({
				doc,
				results: [],
				generated: values[i]
			})),
			requests: requests.length,
			resumed,
			truncated
		};
	}
	const requests = p.docs.flatMap((d) => d.requests);
	for (const doc of p.docs) for (const request of doc.requests) docOf.set(request, doc);
	const { values, resumed } = await scoreResumable({
		requests,
		groupSizes: p.docs.map((d) => d.requests.length),
		keyOf: loglikelihoodRequestKey,
		score: (batch, onBatchProgress) => namingDocumentsOnFailure(() => model.loglikelihood(batch, onBatchProgress), batch, docOf, p, model, checkpointDir),
		store,
		chunkRequests,
		onProgress
	});
	const broken = values.findIndex((value) => !Number.isFinite(value?.loglikelihood));
	if (broken >= 0) throw new FtbenchError(`${scoringPlace(model, p, [docOf.get(requests[broken])])}: the checkpoint holds a log-likelihood of ${values[broken]?.loglikelihood} for it`, store ? `Delete ${store.file} and score again.` : void 0);
	let cursor = 0;
	return {
		scored: p.docs.map((doc) => ({
			doc,
			results: values.slice(cursor, cursor += doc.requests.length)
		})),
		requests: requests.length,
		resumed,
		truncated: model.truncatedRequests(requests)
	};
}
function warnOnStderr(message) {
	process.stderr.write(`ftbench: warning: ${message}\n`);
}
async function simpleEvaluate(opts) {
	return (await evaluate(opts)).results;
}
/** `simpleEvaluate`, also returning each task's prompts, answers and records (for lm-eval-shaped output). */
async function evaluate(opts) {
	const started = performance.now();
	if (opts.resume && !opts.checkpointDir) throw new FtbenchError("resuming needs a checkpoint directory", "Pass checkpointDir (--checkpoint-dir) along with resume.");
	const chatSettings = resolveChatSettings(opts, typeof opts.model === "string" ? opts.model : opts.model.record.path);
	const withMtBench = opts.tasks.includes(MT_BENCH_TASK);
	const judgeFlags = judgeFlagsGiven(opts);
	if (!withMtBench && judgeFlags.length > 0) throw new FtbenchError(`${judgeFlags.join(", ")} ${judgeFlags.length === 1 ? "applies" : "apply"} to ${MT_BENCH_TASK} only`, `Add ${MT_BENCH_TASK} to the tasks, or drop ${judgeFlags.length === 1 ? "it" : "them"}.`);
	if (withMtBench && opts.shard) throw new FtbenchError(`${MT_BENCH_TASK} cannot be sharded`, `Run ${MT_BENCH_TASK} in a job of its own, without --shard.`);
	const otherTasks = opts.tasks.filter((t) => t !== MT_BENCH_TASK);
	const { prepared, groups, selection, warnings } = withMtBench && otherTasks.length === 0 ? {
		prepared: [],
		groups: [],
		selection: void 0,
		warnings: []
	} : await prepareTasks({
		...opts,
		tasks: otherTasks,
		chatSettings
	});
	const opened = withMtBench ? await openJudge(opts) : void 0;
	let mtBench;
	try {
		const hubClient = opts.dataSource instanceof HubSource ? opts.dataSource.client : void 0;
		mtBench = opened ? await prepareMtBenchTask({
			...opts,
			hubClient
		}, chatSettings, opened.judge.model) : void 0;
	} catch (error) {
		await opened?.close();
		throw error;
	}
	if (mtBench?.chatWarning) warnings.push(mtBench.chatWarning);
	for (const warning of warnings) (opts.onWarning ?? warnOnStderr)(warning);
	const model = typeof opts.model === "string" ? await OnnxCausalLM.load(opts.model, opts).catch(async (error) => {
		await opened?.close();
		throw error;
	}) : opts.model;
	const counters = { ...model.counters };
	const positions = opts.shard ? shardPositions(prepared, model, opts.shard, opts.chunkRequests) : void 0;
	const scoring = positions ? prepared.map((p, t) => keepDocuments(p, positions[t])) : prepared;
	const shardTasks = [];
	const totalRequests = scoring.reduce((n, p) => n + p.docs.reduce((m, d) => m + (p.generate ? 1 : d.requests.length), 0), 0);
	let progress = opts.progress === false || withMtBench && totalRequests === 0 ? null : createProgress("scoring", totalRequests, { sink: opts.progress });
	const finishScoringProgress = () => {
		progress?.finish();
		progress = null;
	};
	const tasks = {};
	const samples = {};
	const runs = [];
	const perTaskSeconds = {};
	const modelKey = modelCheckpointKey(model.record, model.device);
	let offset = 0;
	let resumedRequests = 0;
	let mtBenchRequests = 0;
	try {
		for (const [t, p] of scoring.entries()) {
			const taskStarted = performance.now();
			const onProgress = (done) => progress?.update(offset + done);
			const hash = taskHash(prepared[t]);
			const store = opts.checkpointDir ? CheckpointStore.open(checkpointFile(opts.checkpointDir, modelKey, p.task.name, shardCheckpointTag(hash, opts.shard)), { resume: opts.resume ?? false }) : void 0;
			let outcome;
			try {
				outcome = await scoreTask(p, model, store, onProgress, opts.checkpointDir, opts.chunkRequests);
				offset += outcome.requests;
				resumedRequests += outcome.resumed;
			} finally {
				store?.close();
			}
			if (positions) {
				const choices = p.docs.map((doc) => doc.choices.length);
				shardTasks.push({
					facts: taskSummaryFacts(p),
					hash,
					docs: prepared[t].docs.length,
					positions: positions[t],
					choices,
					truncatedRequests: outcome.truncated
				});
			}
			const { result, samples: taskSamples } = p.docs.length > 0 || !positions ? summarizeTask(p, outcome.scored, outcome.truncated) : {
				result: void 0,
				samples: []
			};
			if (result) tasks[p.task.name] = {
				...result,
				hash
			};
			if (opts.logSamples || positions) samples[p.task.name] = taskSamples;
			runs.push({
				prepared: p,
				scored: outcome.scored,
				samples: taskSamples
			});
			perTaskSeconds[p.task.name] = (performance.now() - taskStarted) / 1e3;
		}
		finishScoringProgress();
		if (mtBench && opened) {
			const taskStarted = performance.now();
			const outcome = await runMtBench(mtBench, model, opened.judge, {
				progress: opts.progress,
				onWarning: (message) => {
					warnings.push(message);
					(opts.onWarning ?? warnOnStderr)(message);
				}
			});
			tasks[MT_BENCH_TASK] = outcome.result;
			if (opts.logSamples) samples[MT_BENCH_TASK] = outcome.samples;
			mtBenchRequests = outcome.requests;
			perTaskSeconds[MT_BENCH_TASK] = (performance.now() - taskStarted) / 1e3;
		}
	} finally {
		finishScoringProgress();
		if (typeof opts.model === "string") await model.dispose();
		await opened?.close();
	}
	return {
		results: {
			schemaVersion: 1,
			ftbenchVersion: FTBENCH_VERSION,
			createdAt: (/* @__PURE__ */ new Date()).toISOString(),
			config: {
				tasks: opts.tasks,
				numFewshot: typeof opts.numFewshot === "number" ? opts.numFewshot : null,
				...typeof opts.numFewshot === "object" ? { numFewshotByName: { ...opts.numFewshot } } : {},
				batchSize: opts.batchSize ?? 1,
				device: model.device,
				limit: opts.limit ?? null,
				fewshotSeed: opts.fewshotSeed ?? 1234,
				logSamples: opts.logSamples ?? false,
				...chatRecord(chatSettings)
			},
			model: model.record,
			tasks,
			groups: positions ? {} : aggregateGroups(groups, tasks),
			timings: {
				totalSeconds: (performance.now() - started) / 1e3,
				perTaskSeconds,
				requests: totalRequests + mtBenchRequests,
				forwardPasses: model.counters.forwardPasses - counters.forwardPasses,
				tokensForwarded: model.counters.tokensForwarded - counters.tokensForwarded,
				paddedTokens: model.counters.paddedTokensForwarded - counters.paddedTokensForwarded,
				...opts.checkpointDir ? { resumedRequests } : {}
			},
			...opts.logSamples || positions ? { samples } : {},
			...warnings.length > 0 ? { warnings } : {},
			...opts.shard ? { shard: shardRecord(opts.shard, shardTasks, groups, opts.chunkRequests) } : {}
		},
		runs,
		selection
	};
}
function init_evaluator() {
	return (init_evaluator = __esmMin((() => {
		init_chat_settings();
		init_resume(), init_store();
		init_client(), init_source(), init_pins(), init_suite();
		init_local_release();
		init_errors();
		init_aggregate();
		init_task_result();
		init_causal_lm();
		init_answer();
		init_fewshot();
		init_fewshot_setting();
		init_prompt();
		init_registry();
		init_version();
		init_task_ref();
		init_hash();
		init_run();
		init_options();
		init_data();
		init_run$1();
	})))();
}
// packages/core/src/checkpoint/cache-plan.ts
/**
* `scope` groups the attempts that may share checkpoints (e.g. repository + PR number, or the
* head commit); files inside are keyed by model and task hash, so a stale one is never used.
*/
function checkpointCachePlan(scope, attempt, env = process.env) {
	const prefix = `ftbench-checkpoints-v1-${scope.replace(/[^\w.-]/g, "_")}-`;
	return {
		path: checkpointCacheDir(env),
		key: `${prefix}${attempt}`,
		restoreKeys: [prefix]
	};
}
function init_cache_plan() {
	return (init_cache_plan = __esmMin((() => {
		init_cache_dir();
	})))();
}
// packages/core/src/shard/merge.ts
function shardOf({ file, results }) {
	if (results.shard === void 0) throw new FtbenchError(`${file} is not a shard's results (it has no "shard" field)`, "ftbench merge takes the files that ftbench eval --shard I/N wrote.");
	const problems = checkAgainstSchema(results.shard, SHARD_SCHEMA);
	if (problems.length > 0) throw new FtbenchError(`${file}: its shard record is damaged: ${problems.slice(0, 3).map((p) => `shard.${p.path}: ${p.message}`).join("; ")}`);
	return results.shard;
}
/** The shards sorted by index, after checking that they are exactly 1..N of one N. */
function completeSet(files) {
	if (files.length === 0) throw new FtbenchError("no shard results given", "Pass every shard file: ftbench merge shard-*.json --output results.json");
	const [first] = files;
	const { count } = shardOf(first);
	const byIndex = /* @__PURE__ */ new Map();
	for (const file of files) {
		const shard = shardOf(file);
		if (shard.count !== count) throw new FtbenchError(`${file.file} is shard ${shard.index}/${shard.count}, but ${first.file} is of ${count} shards`, "Merge the shards of one run: every --shard I/N with the same N.");
		if (shard.index > count) throw new FtbenchError(`${file.file} says it is shard ${shard.index}/${shard.count}`);
		const twin = byIndex.get(shard.index);
		if (twin) throw new FtbenchError(`${twin.file} and ${file.file} are both shard ${shard.index}/${count}`, "Give each shard once.");
		byIndex.set(shard.index, file);
	}
	const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
	if (missing.length > 0) throw new FtbenchError(`${missing.length === 1 ? "shard" : "shards"} ${missing.map((i) => `${i}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing (given: ${files.map((f) => f.file).join(", ")})`, "Results are merged only from every shard: rerun the missing ones (ftbench eval ... --shard I/N) and pass all the files.");
	return [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index));
}
/** What must be equal in every shard of one run, by name; the device may differ (each leg has its own). */
function identity({ results }) {
	const shard = results.shard;
	const { device: _device, ...options } = results.config;
	const { fingerprint, tokenizerFingerprint, maxLength, hasPastKeyValues, logitsType, addBosToken } = results.model;
	return [
		["ftbench version", results.ftbenchVersion],
		["sharding rule", shard.rule],
		["scoring chunks", shard.chunkRequests],
		["model", {
			fingerprint,
			tokenizerFingerprint,
			maxLength,
			hasPastKeyValues,
			logitsType,
			addBosToken
		}],
		["tasks", shard.tasks.map((t) => t.name)],
		["options", options],
		...shard.tasks.map((t) => [`task ${t.name}`, {
			...t,
			positions: void 0,
			choices: void 0,
			truncatedRequests: void 0
		}]),
		["groups", shard.groups],
		["warnings", results.warnings ?? []]
	];
}
function assertSameRun(shards) {
	const [first] = shards;
	const expected = identity(first);
	for (const other of shards.slice(1)) {
		const differing = identity(other).find(([what, value], i) => expected[i]?.[0] !== what || JSON.stringify(expected[i][1]) !== JSON.stringify(value));
		if (differing) throw new FtbenchError(`${other.file} does not belong with ${first.file}: not the same ${differing[0]}`, "Merge the shards of one run: the same model, tasks, prompts and options (ftbench eval ... --shard I/N with only I changing).");
	}
	if (first.results.shard?.rule !== "scoring chunks by forwarded characters, heaviest first, to the least loaded shard (v1)") throw new FtbenchError(`${first.file} was planned by another ftbench ("${first.results.shard?.rule}")`, "Score the shards and merge them with the same ftbench version.");
}
function sumTimings(shards, taskNames) {
	const all = shards.map((s) => s.results.timings);
	const total = (pick) => all.reduce((sum, t) => sum + pick(t), 0);
	const perTaskSeconds = Object.fromEntries(taskNames.map((name) => [name, total((t) => t.perTaskSeconds[name] ?? 0)]));
	const resumed = all.some((t) => t.resumedRequests !== void 0);
	return {
		totalSeconds: total((t) => t.totalSeconds),
		perTaskSeconds,
		requests: total((t) => t.requests),
		forwardPasses: total((t) => t.forwardPasses),
		tokensForwarded: total((t) => t.tokensForwarded),
		...all.every((t) => t.paddedTokens !== void 0) ? { paddedTokens: total((t) => t.paddedTokens ?? 0) } : {},
		...resumed ? { resumedRequests: total((t) => t.resumedRequests ?? 0) } : {},
		shards: shards.map((s) => ({
			shard: s.results.shard.index,
			...s.results.timings
		}))
	};
}
/** The whole run's results from every one of its shards (in any order). */
function mergeShards(files) {
	const shards = completeSet(files);
	assertSameRun(shards);
	const [first] = shards;
	const records = first.results.shard.tasks;
	const tasks = {};
	const samples = {};
	records.forEach((record, t) => {
		const slots = new Array(record.docs).fill(void 0);
		const choices = new Array(record.docs).fill(0);
		let truncated = 0;
		for (const { file, results } of shards) {
			const part = results.shard.tasks[t];
			const partSamples = results.samples?.[record.name] ?? [];
			if (partSamples.length !== part.positions.length || part.choices.length !== part.positions.length) throw new FtbenchError(`${file}: task ${record.name} lists ${part.positions.length} documents but holds ${partSamples.length} records`, "Score that shard again.");
			part.positions.forEach((position, i) => {
				if (position >= record.docs) throw new FtbenchError(`${file}: task ${record.name} has document ${position}, past its ${record.docs} documents`);
				if (slots[position] !== void 0) throw new FtbenchError(`task ${record.name}, document ${position} is in more than one shard (${file} among them)`, "Merge the shards of one run.");
				slots[position] = partSamples[i];
				choices[position] = part.choices[i];
			});
			truncated += part.truncatedRequests;
		}
		const unscored = slots.indexOf(void 0);
		if (unscored >= 0) throw new FtbenchError(`task ${record.name}, document ${unscored} is in no shard`, "Every shard of the run must be given, each scored in full.");
		const taskSamples = slots;
		const result = taskResultFromSamples(record, taskSamples, choices, truncated);
		tasks[record.name] = {
			...result,
			hash: record.hash
		};
		samples[record.name] = taskSamples;
	});
	const devices = [...new Set(shards.map((s) => s.results.config.device))];
	const { config } = first.results;
	const warnings = first.results.warnings;
	return {
		schemaVersion: 1,
		ftbenchVersion: first.results.ftbenchVersion,
		createdAt: shards.map((s) => s.results.createdAt).sort().at(-1),
		config: {
			...config,
			device: devices.join(",")
		},
		model: first.results.model,
		tasks,
		groups: aggregateGroups(first.results.shard.groups, tasks),
		timings: sumTimings(shards, records.map((r) => r.name)),
		...config.logSamples ? { samples } : {},
		...warnings ? { warnings } : {}
	};
}
var positions, SHARD_SCHEMA;
function init_merge() {
	return (init_merge = __esmMin((() => {
		init_errors();
		init_aggregate();
		init_task_result();
		init_schema_check();
		init_plan();
		positions = {
			type: "array",
			items: {
				type: "integer",
				minimum: 0
			}
		};
		SHARD_SCHEMA = {
			type: "object",
			required: [
				"index",
				"count",
				"rule",
				"chunkRequests",
				"tasks",
				"groups"
			],
			properties: {
				chunkRequests: {
					type: "integer",
					minimum: 1
				},
				index: {
					type: "integer",
					minimum: 1
				},
				count: {
					type: "integer",
					minimum: 1
				},
				rule: { type: "string" },
				tasks: {
					type: "array",
					items: {
						type: "object",
						required: [
							"name",
							"hash",
							"kind",
							"version",
							"numFewshot",
							"docs",
							"docsInSplit",
							"dataset",
							"metrics",
							"categorized",
							"generate",
							"positions",
							"choices",
							"truncatedRequests"
						],
						properties: {
							name: { type: "string" },
							hash: { type: "string" },
							kind: { enum: ["standard", "suite"] },
							version: { type: "string" },
							numFewshot: {
								type: "integer",
								minimum: 0
							},
							dataset: { type: "object" },
							docs: {
								type: "integer",
								minimum: 0
							},
							docsInSplit: {
								type: "integer",
								minimum: 0
							},
							metrics: {
								type: "array",
								items: { type: "string" }
							},
							categorized: { type: "boolean" },
							generate: { type: "boolean" },
							positions,
							choices: positions,
							truncatedRequests: {
								type: "integer",
								minimum: 0
							}
						}
					}
				},
				groups: {
					type: "array",
					items: {
						type: "object",
						required: [
							"name",
							"members",
							"weightBySize",
							"metrics"
						],
						properties: {
							name: { type: "string" },
							members: {
								type: "array",
								items: { type: "string" }
							},
							weightBySize: { type: "boolean" },
							metrics: {
								type: "array",
								items: { type: "string" }
							}
						}
					}
				}
			}
		};
	})))();
}
export { init_cache_dir as C, init_client as S, init_registry as _, init_evaluator as a, pinnedDataset as b, init_version as c, datasetCachePlan as d, hubDatasetsForTasks as f, loadSuiteAt as g, isHubSuite as h, init_cache_plan as i, HubSource as l, init_suite as m, mergeShards as n, simpleEvaluate as o, init_prefetch as p, checkpointCachePlan as r, FTBENCH_VERSION as s, init_merge as t, init_source as u, loadTaskRegistry as v, judgmentCacheDir as w, HubClient as x, init_pins as y };
