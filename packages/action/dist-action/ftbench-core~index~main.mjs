import { n as __esmMin } from "./rolldown-runtime.mjs";
import { n as init_errors, t as FtbenchError } from "./ftbench-core~index~comment~main.mjs";
import path from "node:path";
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
// packages/core/src/hash.ts
/** sha256, the one hash behind ftbench's cache keys, fingerprints and content versions. */
function sha256Hex(data) {
	return createHash("sha256").update(data).digest("hex");
}
/** sha256 over the named files of a directory (relative path, size and bytes), streamed so multi-GB weights are fine. */
async function hashFiles(dir, names) {
	const hash = createHash("sha256");
	for (const name of [...names].sort()) {
		hash.update(`${name.split(path.sep).join("/")}\0${statSync(path.join(dir, name)).size}\0`);
		for await (const chunk of createReadStream(path.join(dir, name))) hash.update(chunk);
	}
	return hash.digest("hex");
}
function init_hash() {
	return (init_hash = __esmMin((() => {})))();
}
// packages/core/src/device.ts
function parseDevice(spec) {
	const match = /^(cpu|cuda)(?::(\d+))?$/.exec(spec.trim());
	if (!match) throw new FtbenchError(`unknown device "${spec}"`, "Use cpu, cuda or cuda:<device id>.");
	return match[1] === "cpu" ? { kind: "cpu" } : {
		kind: "cuda",
		deviceId: Number(match[2] ?? 0)
	};
}
function init_device() {
	return (init_device = __esmMin((() => {
		init_errors();
	})))();
}
// packages/core/package.json
var version, dependencies;
function init_package() {
	return (init_package = __esmMin((() => {
		version = "0.1.0";
		dependencies = {
			"@huggingface/jinja": "^0.5.11",
			"@huggingface/tokenizers": "0.2.0",
			"ajv": "^8.20.0",
			"hyparquet": "^1.31.5",
			"hyparquet-compressors": "^1.1.2",
			"markdown-table": "^3.1.0",
			"onnx-proto": "^8.0.1",
			"onnxruntime-node": "1.29.0",
			"yaml": "^2.9.1"
		};
	})))();
}
export { parseDevice as a, sha256Hex as c, init_device as i, init_package as n, hashFiles as o, version as r, init_hash as s, dependencies as t };
