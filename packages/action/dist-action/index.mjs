import { i as getInput, l as setFailed, o as info } from "./core-BsaXlejp.mjs";
import { t as openCacheStore } from "./cache-store-BIZjgSd7.mjs";
import { t as ONNXRUNTIME_NODE_VERSION } from "./runtime-version-BeksquEY.mjs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
// packages/action/src/runtime.ts
/**
* Brings onnxruntime-node to a runner that has only Node. It is native (one binary per platform)
* so it cannot live in the committed bundle: on first use it is installed with npm into
* node_modules/ beside the bundle, pruned to this platform's binaries (44 MB instead of 280),
* and saved in the Actions cache, so the next run on a fresh runner restores it instead.
* A runner that keeps its action folders (most self-hosted ones) finds it in place.
*/
const RUNTIME_PACKAGE = "onnxruntime-node";
function runtimeFlavor(device) {
	return device.startsWith("cuda") ? "cuda12" : "cpu";
}
function runtimeCacheKey(version, flavor, platform = process.platform, arch = process.arch) {
	return `ftbench-runtime-${RUNTIME_PACKAGE}-${version}-${platform}-${arch}-${flavor}`;
}
/** The folder onnxruntime-node loads its native binding from, for this platform. */
function bindingDir(packageDir) {
	return path.join(packageDir, "bin", "napi-v6", process.platform, process.arch);
}
/** The installed package folder as the bundle in `bundleDir` would resolve it, if it has what the flavor needs. */
function findRuntime(bundleDir, flavor) {
	let packageJson;
	try {
		packageJson = createRequire(path.join(bundleDir, "index.mjs")).resolve(`${RUNTIME_PACKAGE}/package.json`);
	} catch {
		return null;
	}
	const packageDir = path.dirname(packageJson);
	const needed = flavor === "cuda12" ? "libonnxruntime_providers_cuda.so" : "onnxruntime_binding.node";
	return existsSync(path.join(bindingDir(packageDir), needed)) ? packageDir : null;
}
/** npm as shipped beside this Node (official tarballs), else the one on PATH. */
function npmCommand() {
	const bundled = path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
	if (existsSync(bundled)) return [process.execPath, [bundled]];
	if (spawnSync("npm", ["--version"], { stdio: "ignore" }).error === void 0) return ["npm", []];
	throw new Error(`${RUNTIME_PACKAGE} must be installed on this runner and no npm was found (neither beside ${process.execPath} nor on PATH). Install Node with npm (for example actions/setup-node) on the runner.`);
}
function installWithNpm(bundleDir, version, flavor) {
	const [command, prefixArgs] = npmCommand();
	const args = [
		...prefixArgs,
		"install",
		`${RUNTIME_PACKAGE}@${version}`,
		"--prefix",
		bundleDir,
		"--no-save",
		"--no-package-lock",
		"--prefer-offline",
		"--no-audit",
		"--no-fund",
		"--loglevel=error"
	];
	const env = {
		...process.env,
		ONNXRUNTIME_NODE_INSTALL: flavor === "cpu" ? "skip" : flavor
	};
	const result = spawnSync(command, args, {
		stdio: [
			"ignore",
			"inherit",
			"inherit"
		],
		env
	});
	if (result.error || result.status !== 0) throw new Error(`npm install ${RUNTIME_PACKAGE}@${version} failed (${result.error?.message ?? `exit code ${result.status}`}); see the npm output above`);
}
/** Removes the other platforms' binaries, so the cached folder holds only what this runner loads. */
function pruneOtherPlatforms(packageDir) {
	const napiDir = path.join(packageDir, "bin", "napi-v6");
	for (const platform of readdirSync(napiDir)) for (const arch of readdirSync(path.join(napiDir, platform))) if (platform !== process.platform || arch !== process.arch) rmSync(path.join(napiDir, platform, arch), {
		recursive: true,
		force: true
	});
}
/** Makes onnxruntime-node importable from the bundle in `bundleDir`; says where it came from. */
async function ensureRuntime(opts) {
	const { bundleDir, version, store } = opts;
	const flavor = runtimeFlavor(opts.device);
	if (findRuntime(bundleDir, flavor)) return "present";
	const installDir = path.join(bundleDir, "node_modules");
	const key = runtimeCacheKey(version, flavor);
	if (await store.restore(key, [], installDir) && findRuntime(bundleDir, flavor)) {
		info(`${RUNTIME_PACKAGE} ${version} (${flavor}) restored from the Actions cache`);
		return "cache";
	}
	info(`Installing ${RUNTIME_PACKAGE} ${version} (${flavor}) into ${installDir} (first run on this runner)`);
	const started = performance.now();
	installWithNpm(bundleDir, version, flavor);
	pruneOtherPlatforms(path.join(installDir, RUNTIME_PACKAGE));
	if (!findRuntime(bundleDir, flavor)) throw new Error(`${RUNTIME_PACKAGE} was installed into ${installDir} but has no ${flavor} binaries for ${process.platform}/${process.arch}`);
	info(`Installed ${RUNTIME_PACKAGE} in ${((performance.now() - started) / 1e3).toFixed(1)}s`);
	if (await store.save(key, installDir)) info(`Saved ${RUNTIME_PACKAGE} to the Actions cache as ${key}`);
	return "npm";
}
// packages/action/src/entry.ts
/**
* What action.yml runs (bundled as dist-action/index.mjs). The engine imports onnxruntime-node,
* which a fresh checkout of the action does not have, so this entry first makes it importable
* and only then loads the rest of the action.
*/
try {
	const store = await openCacheStore();
	await ensureRuntime({
		bundleDir: path.dirname(fileURLToPath(import.meta.url)),
		device: getInput("device") || "cpu",
		version: ONNXRUNTIME_NODE_VERSION,
		store
	});
	const { main, failureMessage } = await import("./main-XlpkuH7Z.mjs");
	try {
		await main(store);
	} catch (error) {
		setFailed(failureMessage(error));
	}
} catch (error) {
	setFailed(error instanceof Error ? error.stack ?? error.message : String(error));
}
export {};
