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
// packages/core/src/shard/plan.ts
function parseShardSpec(value, flag = "--shard") {
	const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
	const index = match ? Number(match[1]) : NaN;
	const count = match ? Number(match[2]) : NaN;
	if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) throw new FtbenchError(`${flag} must be I/N with 1 <= I <= N (shard I of N), got "${value}"`, `e.g. ${flag} 1/4 … ${flag} 4/4 for four shards.`);
	return {
		index,
		count
	};
}
/**
* Per shard (0-based), per task, the positions of the units (chunks) it scores, ascending.
* `weights[t][u]`: the tokens of unit u of task t.
*/
function planShards(weights, count) {
	const units = [];
	weights.forEach((taskUnits, task) => taskUnits.forEach((weight, unit) => units.push({
		task,
		unit,
		weight
	})));
	units.sort((a, b) => b.weight - a.weight || a.task - b.task || a.unit - b.unit);
	const loads = new Array(count).fill(0);
	const plan = Array.from({ length: count }, () => weights.map(() => []));
	for (const unit of units) {
		let lightest = 0;
		for (let shard = 1; shard < count; shard++) if (loads[shard] < loads[lightest]) lightest = shard;
		loads[lightest] += unit.weight;
		plan[lightest][unit.task].push(unit.unit);
	}
	for (const shard of plan) for (const taskUnits of shard) taskUnits.sort((a, b) => a - b);
	return plan;
}
var SHARD_PLAN_RULE;
function init_plan() {
	return (init_plan = __esmMin((() => {
		init_errors();
		SHARD_PLAN_RULE = "scoring chunks by forwarded characters, heaviest first, to the least loaded shard (v1)";
	})))();
}
export { dependencies as a, init_device as c, init_hash as d, sha256Hex as f, planShards as i, parseDevice as l, init_plan as n, init_package as o, parseShardSpec as r, version as s, SHARD_PLAN_RULE as t, hashFiles as u };
