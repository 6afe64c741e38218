import { n as __esmMin } from "./rolldown-runtime.mjs";
import { i as getInput, m as warning, o as info, s as init_core, u as setFailed } from "./lib-actions-core.mjs";
import { n as openCacheStore, t as init_cache_store } from "./ftbench-action~index~post.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import { c as init_device, d as init_hash, f as sha256Hex, l as parseDevice, n as init_plan, r as parseShardSpec } from "./ftbench-core~index~main.mjs";
import { n as parseBooleanText, r as splitList } from "./ftbench-core~index.mjs";
import { a as init_constants, n as Inputs } from "./ftbench-action~index~comment~post~main.mjs";
import { n as init_runtime_version, t as ONNXRUNTIME_NODE_VERSION } from "./ftbench-action~index~main.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
// packages/action/src/failure.ts
/** A user mistake prints its message and hint; anything else is a bug and keeps its stack. */
function failureMessage(error) {
	if (error instanceof FtbenchError) return error.hint ? `${error.message}\n${error.hint}` : error.message;
	return error instanceof Error ? error.stack ?? error.message : String(error);
}
function init_failure() {
	return (init_failure = __esmMin((() => {
		init_errors();
	})))();
}
// packages/action/src/inputs.ts
function parseBoolean(name, raw) {
	const value = parseBooleanText(raw);
	if (value === void 0) throw new FtbenchError(`input ${name} must be true or false, got "${raw}"`);
	return value;
}
function parseBatchSize(raw) {
	if (raw === "auto") return "auto";
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1) throw new FtbenchError(`input batch-size must be a whole number ≥ 1 or "auto", got "${raw}"`);
	return n;
}
function temperatureMode(raw) {
	const mode = TEMPERATURE_MODES.find((candidate) => candidate === raw);
	if (mode === void 0) throw new FtbenchError(`input mt-bench-temperature must be greedy or fastchat, got "${raw}"`, "greedy decodes every answer greedily; fastchat samples at FastChat's per-category temperatures.");
	return mode;
}
function readMtBenchInputs(optional) {
	const keyEnv = optional(Inputs.JudgeApiKeyEnv);
	if (keyEnv !== null && !ENV_NAME.test(keyEnv)) throw new FtbenchError("input judge-api-key-env must name an environment variable (letters, digits, _), not hold the key", "Put the key in the step's env from a secret (env: OPENAI_API_KEY, set from secrets.OPENAI_API_KEY) and set judge-api-key-env: OPENAI_API_KEY.");
	const temperature = optional(Inputs.MtBenchTemperature);
	const inputs = {
		judgeUrl: optional(Inputs.JudgeUrl) ?? void 0,
		judgeModel: optional(Inputs.JudgeModel) ?? void 0,
		judgeApiKeyEnv: keyEnv ?? void 0,
		judgeModelDir: optional(Inputs.JudgeModelDir) ?? void 0,
		mtBenchTemperature: temperature === null ? void 0 : temperatureMode(temperature)
	};
	return Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== void 0));
}
function checkDevice(raw) {
	try {
		parseDevice(raw);
	} catch {
		throw new FtbenchError(`input device must be cpu, cuda or cuda:N, got "${raw}"`);
	}
	return raw;
}
function parseShard(raw) {
	if (!raw) return null;
	try {
		return parseShardSpec(raw, "input shard");
	} catch {
		throw new FtbenchError(`input shard must be I/N with 1 <= I <= N (this job scores shard I of N), got "${raw}"`, "e.g. shard: 2/4 for the second of four legs (in a matrix of index: [1, 2, 3, 4], shard: <matrix.index>/4).");
	}
}
function readInputs(get) {
	const text = (name) => get(name).trim();
	const optional = (name) => text(name) || null;
	const shard = parseShard(text(Inputs.Shard));
	const merge = optional(Inputs.Merge);
	if (shard !== null && merge !== null) throw new FtbenchError("inputs shard and merge are both set", "A matrix leg sets shard (it scores one shard); the job that needs: them sets merge (it compares and gates): one of them per job.");
	const model = text(Inputs.Model);
	if (!model && merge === null) throw new FtbenchError("input model is required", "Set `model:` to the directory of the ONNX export to evaluate (model.onnx, tokenizer.json, config.json).");
	const config = text(Inputs.Config);
	if (!config) throw new FtbenchError("input config is empty", "Set it to the path of the config file, or leave it out for ftbench.yml.");
	const tasks = optional(Inputs.Tasks);
	return {
		model,
		baselineModel: optional(Inputs.BaselineModel),
		config,
		tasks: tasks === null ? null : splitList(tasks),
		device: checkDevice(text(Inputs.Device)),
		batchSize: parseBatchSize(text(Inputs.BatchSize)),
		dataDir: optional(Inputs.DataDir),
		githubToken: text(Inputs.GithubToken),
		comment: parseBoolean(Inputs.Comment, text(Inputs.Comment)),
		failOnRegression: parseBoolean(Inputs.FailOnRegression, text(Inputs.FailOnRegression)),
		resume: parseBoolean(Inputs.Resume, text(Inputs.Resume)),
		shard,
		merge,
		mtBench: readMtBenchInputs(optional)
	};
}
var ENV_NAME, TEMPERATURE_MODES;
function init_inputs() {
	return (init_inputs = __esmMin((() => {
		init_errors(), init_device(), init_plan();
		init_constants();
		ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
		TEMPERATURE_MODES = ["greedy", "fastchat"];
	})))();
}
// packages/action/src/runtime.ts
/**
* Brings onnxruntime-node to a runner that has only Node. It is native (one binary per platform)
* so it cannot live in the committed bundle: on first use it is installed with `npm ci` from the
* lockfile shipped beside the bundle (dist-action/runtime/, written by bundle.mjs), so every
* package is the exact version and tarball (integrity) this repository was tested with. Each
* flavor (cpu, cuda12) has a folder of its own, pruned to this platform's binaries (44 MB instead
* of 280) and saved in the Actions cache, so the next run on a fresh runner restores it instead.
* A runner that keeps its action folders (most self-hosted ones) finds it in place.
*
* Whatever is found in place or restored is checked against the manifest written right after
* the install (every file's SHA-256, the lockfile, flavor and platform) before anything loads it.
* npm runs as the runner's own npm would (its global and user npmrc, registry, proxy and CA
* settings) but with no secrets in its environment: install scripts are code from the registry.
*/
function runtimeFlavor(device) {
	return parseDevice(device).kind === "cuda" ? "cuda12" : "cpu";
}
/** Where a flavor is installed: its own folder, so switching `device` never finds the other flavor's files. */
function runtimeInstallDir(bundleDir, flavor) {
	return path.join(bundleDir, "node_modules", ".ftbench-runtime", flavor);
}
/** The shipped lockfile's hash: a different lockfile (another action version) never reuses an install. */
function lockHash(bundleDir) {
	const hash = createHash("sha256");
	for (const file of LOCK_FILES) {
		const full = path.join(bundleDir, LOCK_DIR, file);
		if (!existsSync(full)) throw new Error(`${full} is missing: the action bundle is incomplete (rebuild it with node packages/action/bundle.mjs)`);
		hash.update(`${file}\0`).update(readFileSync(full)).update("\0");
	}
	return hash.digest("hex");
}
function runtimeCacheKey(version, flavor, lock) {
	return `ftbench-runtime-${RUNTIME_PACKAGE}-${version}-${process.platform}-${process.arch}-${flavor}-${lock.slice(0, 16)}`;
}
/** The binaries a flavor must have, relative to the installed package. */
function requiredBinaries(flavor) {
	const dir = path.posix.join("bin", "napi-v6", process.platform, process.arch);
	const binding = path.posix.join(dir, "onnxruntime_binding.node");
	return flavor === "cuda12" ? [binding, path.posix.join(dir, "libonnxruntime_providers_cuda.so")] : [binding];
}
/** Every file and link under `dir` (except the manifest), as the manifest records them. */
function treeEntries(dir) {
	const entries = {};
	const walk = (relative) => {
		for (const name of readdirSync(path.join(dir, relative)).sort()) {
			const rel = relative ? `${relative}/${name}` : name;
			if (rel === "ftbench-runtime-manifest.json") continue;
			const full = path.join(dir, rel);
			const stat = lstatSync(full);
			if (stat.isSymbolicLink()) entries[rel] = `link:${readlinkSync(full)}`;
			else if (stat.isDirectory()) walk(rel);
			else if (stat.isFile()) entries[rel] = `sha256:${sha256Hex(readFileSync(full))}`;
			else entries[rel] = "special";
		}
	};
	walk("");
	return entries;
}
/** Why the folder cannot be used for this lockfile and flavor, or null when every file is as installed. */
function verifyRuntime(dir, flavor, lock) {
	const manifestPath = path.join(dir, MANIFEST_FILE);
	if (!existsSync(manifestPath)) return `no ${MANIFEST_FILE}`;
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
	} catch (error) {
		return `${MANIFEST_FILE} is not JSON (${error.message})`;
	}
	if (typeof manifest !== "object" || manifest === null) return `${MANIFEST_FILE} is not a manifest`;
	const expected = {
		lock,
		flavor,
		platform: process.platform,
		arch: process.arch
	};
	for (const [field, value] of Object.entries(expected)) if (manifest[field] !== value) return `it was installed for ${field} ${String(manifest[field])}, not ${value}`;
	const recorded = manifest.entries ?? {};
	for (const binary of requiredBinaries(flavor)) if (!recorded[`node_modules/${RUNTIME_PACKAGE}/${binary}`]?.startsWith("sha256:")) return `it has no ${binary}`;
	const actual = treeEntries(dir);
	for (const [rel, entry] of Object.entries(actual)) {
		if (!(rel in recorded)) return `${rel} is not part of the install`;
		if (recorded[rel] !== entry) return `${rel} was modified`;
	}
	for (const rel of Object.keys(recorded)) if (!(rel in actual)) return `${rel} is missing`;
	return null;
}
/** Records the flavor's folder of `bundleDir` as installed now: what verifyRuntime checks it against later. */
function recordRuntimeManifest(bundleDir, flavor) {
	const dir = runtimeInstallDir(bundleDir, flavor);
	const manifest = {
		lock: lockHash(bundleDir),
		flavor,
		platform: process.platform,
		arch: process.arch,
		entries: treeEntries(dir)
	};
	writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}
function npmOnPath(env) {
	const windows = process.platform === "win32";
	for (const dir of (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean)) {
		const found = path.join(dir, windows ? "npm.cmd" : "npm");
		if (!existsSync(found)) continue;
		const prefix = windows || path.basename(dir) !== "bin" ? dir : path.dirname(dir);
		const cli = windows ? path.join(dir, "node_modules", "npm", "bin", "npm-cli.js") : realpathSync(found);
		if (/\.c?js$/.test(cli) && existsSync(cli)) return {
			command: process.execPath,
			args: [cli],
			prefix
		};
		if (!windows) return {
			command: found,
			args: [],
			prefix
		};
	}
	return null;
}
/** The runner's npm (the one on PATH, as a workflow step runs it), else the one shipped beside this Node. */
function findNpm(env) {
	const onPath = npmOnPath(env);
	if (onPath) return onPath;
	const prefix = path.resolve(path.dirname(process.execPath), "..");
	const bundled = path.join(prefix, "lib", "node_modules", "npm", "bin", "npm-cli.js");
	if (existsSync(bundled)) return {
		command: process.execPath,
		args: [bundled],
		prefix
	};
	throw new Error(`${RUNTIME_PACKAGE} must be installed on this runner and no npm was found (neither on PATH nor beside ${process.execPath}). Install Node with npm (for example actions/setup-node) on the runner.`);
}
function installEnvironment(env, flavor, npmPrefix) {
	const kept = {};
	let globalconfig;
	for (const [name, value] of Object.entries(env)) {
		if (value === void 0 || !KEPT_VARIABLES.test(name) || SECRET_LOOKING.test(name)) continue;
		if (/^NPM_CONFIG_GLOBALCONFIG$/i.test(name)) globalconfig = value;
		if (!RELOCATING.test(name)) kept[name] = value;
	}
	return {
		...kept,
		npm_config_globalconfig: globalconfig ?? path.join(npmPrefix, "etc", "npmrc"),
		ONNXRUNTIME_NODE_INSTALL: flavor === "cpu" ? "skip" : flavor
	};
}
async function npmCi(bundleDir, dir, flavor, env) {
	mkdirSync(dir, { recursive: true });
	for (const file of LOCK_FILES) copyFileSync(path.join(bundleDir, LOCK_DIR, file), path.join(dir, file));
	const npm = findNpm(env);
	const args = [
		...npm.args,
		"ci",
		"--prefer-offline",
		"--no-audit",
		"--no-fund",
		"--loglevel=error"
	];
	const child = spawn(npm.command, args, {
		cwd: dir,
		stdio: [
			"ignore",
			"inherit",
			"inherit"
		],
		env: installEnvironment(env, flavor, npm.prefix)
	});
	const failure = await new Promise((resolve) => {
		child.on("error", (error) => resolve(error.message));
		child.on("close", (code, signal) => resolve(code === 0 ? null : signal ? `killed by ${signal}` : `exit code ${code}`));
	});
	if (failure !== null) throw new Error(`npm ci of ${RUNTIME_PACKAGE} in ${dir} failed (${failure}); see the npm output above`);
}
/** Removes the other platforms' binaries, so the cached folder holds only what this runner loads. */
function pruneOtherPlatforms(packageDir) {
	const napiDir = path.join(packageDir, "bin", "napi-v6");
	if (!existsSync(napiDir)) return;
	for (const platform of readdirSync(napiDir)) if (platform !== process.platform) rmSync(path.join(napiDir, platform), {
		recursive: true,
		force: true
	});
	else for (const arch of readdirSync(path.join(napiDir, platform))) if (arch !== process.arch) rmSync(path.join(napiDir, platform, arch), {
		recursive: true,
		force: true
	});
}
/** Points the bundle's `import 'onnxruntime-node'` at the verified flavor (Node resolves its dependencies from there). */
function linkRuntime(bundleDir, dir) {
	const link = path.join(bundleDir, "node_modules", RUNTIME_PACKAGE);
	const target = path.join(dir, "node_modules", RUNTIME_PACKAGE);
	try {
		if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
		rmSync(link, {
			recursive: true,
			force: true
		});
	} catch {}
	symlinkSync(target, link, "junction");
}
/** Makes onnxruntime-node importable from the bundle in `bundleDir`, verified; says where it came from. */
async function ensureRuntime(opts) {
	const { bundleDir, version, store, env = process.env } = opts;
	const flavor = runtimeFlavor(opts.device);
	const lock = lockHash(bundleDir);
	const dir = runtimeInstallDir(bundleDir, flavor);
	const label = `${RUNTIME_PACKAGE} ${version} (${flavor})`;
	const refuse = (where, reason) => {
		warning(`Refusing the ${label} ${where} in ${dir}: ${reason}. It is installed again.`);
		rmSync(dir, {
			recursive: true,
			force: true
		});
	};
	const source = await (async () => {
		if (existsSync(dir)) {
			const problem = verifyRuntime(dir, flavor, lock);
			if (problem === null) return "present";
			refuse("found", problem);
		}
		const key = runtimeCacheKey(version, flavor, lock);
		if (await store.restore(key, [], dir)) {
			const problem = verifyRuntime(dir, flavor, lock);
			if (problem === null) {
				info(`${label} restored from the Actions cache`);
				return "cache";
			}
			refuse("restored from the Actions cache", problem);
		}
		info(`Installing ${label} into ${dir} (first run on this runner)`);
		const started = performance.now();
		await npmCi(bundleDir, dir, flavor, env);
		pruneOtherPlatforms(path.join(dir, "node_modules", RUNTIME_PACKAGE));
		recordRuntimeManifest(bundleDir, flavor);
		const problem = verifyRuntime(dir, flavor, lock);
		if (problem !== null) throw new Error(`${RUNTIME_PACKAGE} was installed into ${dir} but cannot be used: ${problem}`);
		info(`Installed ${RUNTIME_PACKAGE} in ${((performance.now() - started) / 1e3).toFixed(1)}s`);
		if (await store.save(key, dir)) info(`Saved ${RUNTIME_PACKAGE} to the Actions cache as ${key}`);
		return "npm";
	})();
	linkRuntime(bundleDir, dir);
	return source;
}
var RUNTIME_PACKAGE, LOCK_DIR, LOCK_FILES, MANIFEST_FILE, KEPT_VARIABLES, SECRET_LOOKING, RELOCATING;
function init_runtime() {
	return (init_runtime = __esmMin((() => {
		init_core();
		init_device(), init_hash();
		RUNTIME_PACKAGE = "onnxruntime-node";
		LOCK_DIR = "runtime";
		LOCK_FILES = ["package.json", "package-lock.json"];
		MANIFEST_FILE = "ftbench-runtime-manifest.json";
		KEPT_VARIABLES = /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LC_\w+|TZ|TERM|CI|TMPDIR|TMP|TEMP|XDG_(CACHE|CONFIG|DATA)_HOME|SYSTEMROOT|SYSTEMDRIVE|WINDIR|COMSPEC|PATHEXT|APPDATA|LOCALAPPDATA|USERPROFILE|HOMEDRIVE|HOMEPATH|PROGRAMDATA|PROGRAMFILES|HTTPS?_PROXY|NO_PROXY|GLOBAL_AGENT_\w+|NODE_EXTRA_CA_CERTS|NODE_OPTIONS|SSL_CERT_(FILE|DIR)|NPM_CONFIG_\w[\w/:.@-]*)$/i;
		SECRET_LOOKING = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|KEY|_PASS/i;
		RELOCATING = /^NPM_CONFIG_(PREFIX|GLOBAL|LOCATION|GLOBALCONFIG)$/i;
	})))();
}
// packages/action/src/entry.ts
/**
* What action.yml runs (bundled as dist-action/index.mjs). The engine imports onnxruntime-node,
* which a fresh checkout of the action does not have, so this entry first makes it importable
* (for the device the inputs name) and only then loads the rest of the action.
*/
var store;
function init_entry() {
	return (init_entry = __esmMin((async () => {
		init_core();
		init_cache_store();
		init_failure();
		init_inputs();
		init_runtime();
		init_runtime_version();
		try {
			const inputs = readInputs((name) => getInput(name));
			store = await openCacheStore();
			await ensureRuntime({
				bundleDir: path.dirname(fileURLToPath(import.meta.url)),
				device: inputs.merge === null ? inputs.device : "cpu",
				version: ONNXRUNTIME_NODE_VERSION,
				store
			});
			const { main } = await import("./main.mjs");
			await main(inputs, store);
		} catch (error) {
			setFailed(failureMessage(error));
		}
		if (store?.abandoned) process.exit();
	})))();
}
export { init_entry as t };
