import { n as __esmMin } from "./rolldown-runtime.mjs";
import { C as DEGENERATE_SIGN_TEXT, L as init_data, a as HEADLINE_METRICS, b as formatScore, c as init_tradeoff, d as init_stop_advice, f as stopAdvice, g as init_gates, h as METRIC_POINTS_SCALE, l as targetTasksOf, s as init_variants, v as formatPValue, w as init_render_table, x as formatSignedPoints, y as formatPoints } from "./ftbench-core~comment~main.mjs";
import { n as markdownTable } from "./lib-markdown-table.mjs";
// packages/reporter/src/escape.ts
function clip(text, maxLength) {
	const codePoints = Array.from(text);
	return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join("")}…`;
}
/** Step 3: a zero-width space wherever GitHub or GFM would see a link or reference. */
function breakAutolinks(text) {
	const z = ZERO_WIDTH_SPACE;
	return text.replace(/@/g, `@${z}`).replace(/#(?=\d)/g, `#${z}`).replace(/(gh-)(?=\d)/gi, `$1${z}`).replace(/:(?=\/\/)/g, `:${z}`).replace(/(www)(?=\.)/gi, `$1${z}`).replace(/(:[\w+-]+)(?=:)/g, `$1${z}`).replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/.{6}(?=.)/g, `$&${z}`));
}
function escapeMarkdown(text, maxLength = 500) {
	return breakAutolinks(clip(String(text).replace(LINE_BREAK_OR_TAB, " ").replace(INVISIBLE, "�").replace(ODD_SPACE, " "), maxLength)).replace(SPECIAL, (char) => REFERENCES[char]).replace(/^( *)([-+=])/, (_, spaces, marker) => spaces + LINE_START_MARKER[marker]).replace(/^( *\d+)([.)])/, (_, number, delimiter) => `${number}${delimiter === "." ? "&#46;" : "&#41;"}`).replace(/\u200b/g, "&#8203;");
}
var ZERO_WIDTH_SPACE, LINE_BREAK_OR_TAB, INVISIBLE, ODD_SPACE, REFERENCES, SPECIAL, LINE_START_MARKER;
function init_escape() {
	return (init_escape = __esmMin((() => {
		ZERO_WIDTH_SPACE = "​";
		LINE_BREAK_OR_TAB = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
		INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;
		ODD_SPACE = /(?! )[\s\p{Zs}]/gu;
		REFERENCES = {
			"&": "&amp;",
			"<": "&lt;",
			">": "&gt;",
			"\\": "&#92;",
			"`": "&#96;",
			"*": "&#42;",
			_: "&#95;",
			"~": "&#126;",
			"[": "&#91;",
			"]": "&#93;",
			"|": "&#124;",
			"#": "&#35;",
			$: "&#36;"
		};
		SPECIAL = /[&<>\\`*_~[\]|#$]/g;
		LINE_START_MARKER = {
			"-": "&#45;",
			"+": "&#43;",
			"=": "&#61;"
		};
	})))();
}
// packages/reporter/src/facts.ts
/** The MT-Bench tasks of a run, with their judging facts. */
function mtBenchFactsOf(tasks) {
	return tasks.flatMap((task) => {
		const record = task.mtBench;
		if (record === void 0) return [];
		const { judge, temperature, failedJudgments, judgeCalls, judgeCacheHits, judgePromptTokens, judgeCompletionTokens } = record;
		const judgments = 2 * task.n;
		return [{
			task: task.name,
			judge,
			temperature,
			failedJudgments,
			judgments,
			judgeCalls,
			judgeCacheHits,
			judgePromptTokens,
			judgeCompletionTokens
		}];
	});
}
function runFactsFrom(baseline, candidate, baselineCacheHit) {
	const side = (results) => {
		const tasks = Object.values(results.tasks);
		return {
			modelFingerprint: results.model.fingerprint,
			seconds: results.timings.totalSeconds,
			degenerate: tasks.filter((task) => (task.degenerate ?? []).length > 0).map((task) => ({
				task: task.name,
				signs: task.degenerate ?? []
			})),
			truncated: tasks.filter((task) => (task.truncatedRequests ?? 0) > 0).map((task) => ({
				task: task.name,
				requests: task.truncatedRequests ?? 0
			})),
			model: results.name ?? results.model.path,
			ftbenchVersion: results.ftbenchVersion,
			tasks: tasks.map((task) => ({
				task: task.name,
				numFewshot: task.numFewshot,
				dataset: task.dataset.path,
				revision: task.dataset.revision
			})),
			mtBench: mtBenchFactsOf(tasks)
		};
	};
	const groups = {};
	for (const results of [baseline, candidate]) for (const group of Object.values(results.groups)) groups[group.name] = [.../* @__PURE__ */ new Set([...groups[group.name] ?? [], ...group.members])];
	return {
		baseline: side(baseline),
		candidate: side(candidate),
		device: candidate.config.device,
		baselineCacheHit,
		groups
	};
}
function init_facts() {
	return (init_facts = __esmMin((() => {
		init_data();
	})))();
}
// packages/reporter/src/notes.ts
function taskList(names) {
	const listed = names.slice(0, LISTED_TASKS).map((name) => escapeMarkdown(name)).join(", ");
	return names.length > LISTED_TASKS ? `${listed} and ${names.length - LISTED_TASKS} more` : listed;
}
function degenerateNote(side, run) {
	const bySign = /* @__PURE__ */ new Map();
	for (const { task, signs } of run.degenerate ?? []) for (const sign of signs) bySign.set(sign, [...bySign.get(sign) ?? [], task]);
	return [...bySign].map(([sign, tasks]) => `> ⚠️ **Degenerate output:** the ${side} model gave ${DEGENERATE_SIGN_TEXT[sign]} in ${taskList(tasks)}. A broken model looks like this; its scores there mean nothing.`);
}
function truncationNote(run) {
	return taskList((run.truncated ?? []).map(({ task, requests }) => `${task} ${requests}`));
}
/** Judgments without a rating are left out of MT-Bench's score: a reader must know how many, on which side. */
function failedJudgmentNote(side, run) {
	return (run.mtBench ?? []).filter((facts) => facts.failedJudgments > 0).map((facts) => `> ⚠️ **Failed judgments:** the judge gave no rating for ${facts.failedJudgments} of the ${side}'s ${facts.judgments} turns in ${escapeMarkdown(facts.task)}; they are left out of its score, as FastChat does.`);
}
/** The notes as Markdown (empty when there are none), every task name escaped. */
function runNotes(facts) {
	const degenerate = SIDES.flatMap((side) => [...degenerateNote(side, facts[side]), ...failedJudgmentNote(side, facts[side])]);
	const truncated = SIDES.filter((side) => (facts[side].truncated ?? []).length > 0).map((side) => `${side}: ${truncationNote(facts[side])}`);
	const truncation = truncated.length > 0 ? [`> ℹ️ Left-truncated requests (prompts longer than the model's maximum length, cut at the start): ${truncated.join("; ")}.`] : [];
	return [...degenerate, ...truncation].join("\n>\n");
}
var LISTED_TASKS, SIDES;
function init_notes() {
	return (init_notes = __esmMin((() => {
		init_render_table();
		init_escape();
		LISTED_TASKS = 10;
		SIDES = ["candidate", "baseline"];
	})))();
}
// packages/reporter/src/format.ts
/** 42.3 → "42.3 s", 185 → "3 min 05 s", 3725 → "1 h 02 min". */
function formatDuration(seconds) {
	if (seconds < 60) return `${seconds.toFixed(1)} s`;
	const wholeSeconds = Math.round(seconds);
	const minutes = Math.floor(wholeSeconds / 60);
	if (minutes < 60) return `${minutes} min ${String(wholeSeconds % 60).padStart(2, "0")} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
function init_format() {
	return (init_format = __esmMin((() => {})))();
}
// packages/reporter/src/render.ts
function renderComment(comparison, facts, options = {}) {
	return renderReport(comparison, facts, {
		budget: COMMENT_BUDGET,
		fullReport: COMMENT_FULL_REPORT,
		measure: characters,
		...options
	});
}
function renderJobSummary(comparison, facts, options = {}) {
	return renderReport(comparison, facts, {
		budget: JOB_SUMMARY_BUDGET,
		fullReport: SUMMARY_FULL_REPORT,
		measure: utf8Bytes,
		...options
	});
}
/** What the failing check prints: one line per failing gate, each with its observed value and limit. */
function regressionMessage(comparison) {
	return comparison.reasons.join("\n");
}
/**
* Last resort for a text still over `budget`: cut at a line end and say where the rest is. The
* start, with the headline, always stays.
*/
function clipToBudget(markdown, budget, fullReport, measure = characters) {
	if (measure(markdown) <= budget) return markdown;
	const pointer = `> ⚠️ Cut short to stay within the size limit; the full report is in ${fullReport}.\n`;
	const firstLineEnd = markdown.indexOf("\n");
	const headline = markdown.slice(0, firstLineEnd === -1 ? markdown.length : firstLineEnd);
	let room = budget - measure(pointer) - 2;
	for (;;) {
		const lineEnd = markdown.lastIndexOf("\n", Math.max(0, room));
		const kept = lineEnd > firstLineEnd ? markdown.slice(0, lineEnd) : headline;
		const clipped = `${kept}\n\n${pointer}`;
		if (kept === headline || measure(clipped) <= budget) return clipped;
		room = lineEnd - (measure(clipped) - budget);
	}
}
function renderScoresComment(results, why, options = {}) {
	return renderScores(results, why, {
		budget: COMMENT_BUDGET,
		fullReport: COMMENT_FULL_REPORT,
		measure: characters,
		...options
	});
}
function renderScoresSummary(results, why, options = {}) {
	return renderScores(results, why, {
		budget: JOB_SUMMARY_BUDGET,
		fullReport: "the results file (the action's `results` output)",
		measure: utf8Bytes,
		...options
	});
}
/**
* The report when there is nothing to compare with: why, then the candidate's scores, one row
* per task (or group) and metric, and one per suite category. Category rows are dropped first to
* fit the budget, then task rows from the last.
*/
function renderScores(results, why, options) {
	const metricCells = (metric, value) => [
		escapeMarkdown(metric),
		value.value.toFixed(4),
		value.stderr === null ? "—" : `± ${value.stderr.toFixed(4)}`
	];
	const main = [];
	const categories = [];
	for (const task of Object.values(results.tasks)) {
		const version = escapeMarkdown(task.kind === "suite" ? task.version.slice(0, 8) : task.version);
		for (const [metric, value] of Object.entries(task.metrics)) main.push([
			escapeMarkdown(task.name),
			version,
			String(task.numFewshot),
			...metricCells(metric, value),
			String(task.n)
		]);
		if (task.unparseable) main.push([
			escapeMarkdown(task.name),
			version,
			String(task.numFewshot),
			"unparseable answers",
			String(task.unparseable),
			"—",
			String(task.n)
		]);
		for (const [category, result] of Object.entries(task.categories ?? {})) for (const [metric, value] of Object.entries(result.metrics)) categories.push([
			escapeMarkdown(`${task.name} / ${category}`),
			"",
			"",
			...metricCells(metric, value),
			String(result.n)
		]);
	}
	for (const group of Object.values(results.groups)) for (const [metric, value] of Object.entries(group.metrics)) main.push([
		`${escapeMarkdown(group.name)} (group)`,
		"",
		"",
		...metricCells(metric, value),
		String(group.n)
	]);
	const gates = options.gates ?? [];
	const failing = gates.filter((gate) => gate.failed).length;
	const mark = (gate) => gate.failed ? "❌" : gate.verdict === "pass" ? "✅" : "⚠️";
	const verdicts = gates.map((gate) => `- ${mark(gate)} ${escapeMarkdown(gate.reason)}`).join("\n");
	const render = (dropped) => {
		const droppedCategories = Math.min(dropped, categories.length);
		const rows = [...main.slice(0, main.length - (dropped - droppedCategories)), ...categories.slice(0, categories.length - droppedCategories)];
		return `${[
			failing === 0 ? "### ftbench: scores only, no baseline to compare with" : `### ❌ ftbench: ${failing} failing ${plural(failing, "gate")}, no baseline to compare with`,
			options.notice ?? "",
			escapeMarkdown(why, 2e3),
			verdicts,
			rows.length > 0 ? markdownTable([SCORE_COLUMNS, ...rows], {
				align: SCORE_ALIGN,
				alignDelimiters: false
			}) : "",
			dropped > 0 ? `> ⚠️ ${dropped} ${plural(dropped, "row")} omitted to stay within the size limit. All scores are in ${options.fullReport}.` : "",
			`Model: ${escapeMarkdown(results.model.fingerprint.slice(0, 12))}. Device: ${escapeMarkdown(results.config.device)}.`,
			...mtBenchFactsOf(Object.values(results.tasks)).map(mtBenchFactLine)
		].filter((section) => section !== "").join("\n\n")}\n`;
	};
	return fitToBudget(render, main.length + categories.length, options);
}
/** A drop the paired test calls significant. */
function significantDrop(row) {
	return row !== null && row.comparable && row.delta.points < 0 && row.delta.pValue !== null && row.delta.pValue < SIGNIFICANCE;
}
/** Lower is more important, and sorts first: failing rows (never dropped), significant drops, drops a gate let pass, gated rows, the rest. */
function importance(entry) {
	if (entry.gates.some((gate) => gate.failed)) return 0;
	if (significantDrop(entry.row)) return 1;
	if (entry.gates.some((gate) => gate.verdict === "not-significant")) return 2;
	return entry.gates.length > 0 ? 3 : 4;
}
/**
* The top-level group a task belongs to (mmlu for mmlu_anatomy and for mmlu_stem), or null for a
* task or group no group contains.
*/
function topGroupOf(name, groups) {
	let current = name;
	for (let depth = 0; depth < 10; depth++) {
		const parent = Object.keys(groups).find((group) => groups[group].includes(current));
		if (parent === void 0) return current === name ? null : current;
		current = parent;
	}
	return current;
}
/**
* The table's entries: the main table holds tasks and groups by their headline metric, most
* important first; MMLU's subjects (tasks inside a group), other metrics and suite categories go
* into collapsed breakdowns, unless a gate judges them or they drop significantly. Gates with a
* missing target come first. Gates are matched to rows by target and metric, so a comparison read
* back from JSON works too.
*/
function tableEntries(comparison, gatesByRow, facts) {
	const groups = facts.groups ?? {};
	const missing = comparison.gates.filter((gate) => gate.row === null).map((gate) => ({
		label: gate.gate.target,
		metric: gate.gate.metric,
		row: null,
		gates: [gate]
	}));
	const metricsOf = /* @__PURE__ */ new Map();
	for (const row of comparison.rows) metricsOf.set(row.target, [...metricsOf.get(row.target) ?? [], row.metric]);
	const headline = (target) => {
		return comparison.gates.find((gate) => gate.row?.target === target)?.gate.metric ?? HEADLINE_METRICS.find((metric) => metricsOf.get(target)?.includes(metric)) ?? metricsOf.get(target)?.[0];
	};
	const main = [...missing];
	const details = [];
	for (const row of comparison.rows) {
		const gates = gatesByRow.get(rowKey(row.target, row.metric)) ?? [];
		const top = row.kind === "category" ? null : topGroupOf(row.task, groups);
		const covered = gates.length > 0 || top !== null && comparison.gates.some((gate) => gate.row?.target === top);
		const entry = {
			label: row.kind === "category" ? `${row.task} / ${row.category}` : row.task,
			metric: row.metric,
			row,
			gates,
			covered
		};
		const section = row.kind === "category" ? `Per-category breakdown: ${escapeMarkdown(row.task)}` : top !== null && row.kind === "task" ? `Tasks of ${escapeMarkdown(top)}` : row.metric !== headline(row.target) ? "Other metrics" : null;
		if (section === null || gates.length > 0) main.push(entry);
		else details.push({
			...entry,
			label: row.kind === "category" ? row.category ?? "" : row.task,
			section
		});
	}
	return {
		main: main.sort((a, b) => importance(a) - importance(b)),
		details: details.sort((a, b) => importance(a) - importance(b))
	};
}
/**
* The fewest reductions that fit: `render(k)` must get no longer as `k` grows, up to `most`; if
* even `render(most)` is over budget, it is cut at a line end.
*/
function fitToBudget(render, most, { budget, fullReport, measure }) {
	const full = render(0);
	if (measure(full) <= budget) return full;
	let low = 1;
	let high = most;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (measure(render(middle)) <= budget) high = middle;
		else low = middle + 1;
	}
	return clipToBudget(render(Math.min(low, most)), budget, fullReport, measure);
}
function renderReport(comparison, facts, options) {
	const gatesByRow = /* @__PURE__ */ new Map();
	for (const gate of comparison.gates) {
		if (gate.row === null) continue;
		const key = rowKey(gate.row.target, gate.row.metric);
		gatesByRow.set(key, [...gatesByRow.get(key) ?? [], gate]);
	}
	const { main, details: categories } = tableEntries(comparison, gatesByRow, facts);
	const failingMain = main.filter((entry) => importance(entry) === 0).length;
	const droppable = categories.length + main.length - failingMain;
	const render = (reductions) => {
		const droppedCategories = Math.min(reductions, categories.length);
		const droppedMain = Math.min(reductions - droppedCategories, main.length);
		const hidden = Math.max(0, reductions - droppable);
		return renderDocument(comparison, facts, options, {
			main: main.slice(0, main.length - droppedMain),
			categories: categories.slice(0, categories.length - droppedCategories),
			omittedRows: droppedCategories + droppedMain,
			omittedFailingRows: Math.min(hidden, failingMain),
			reasons: comparison.reasons.slice(0, Math.max(0, comparison.reasons.length - hidden))
		});
	};
	return fitToBudget(render, droppable + Math.max(failingMain, comparison.reasons.length), options);
}
function renderDocument(comparison, facts, options, layout) {
	const hiddenReasons = comparison.reasons.length - layout.reasons.length;
	const reasons = [...layout.reasons.map((reason) => `- ${escapeMarkdown(reason)}${inconclusiveNote(comparison, reason)}`), hiddenReasons > 0 ? `- … and ${hiddenReasons} more failing ${plural(hiddenReasons, "gate")}, listed in ${options.fullReport}` : ""];
	const omitted = layout.omittedRows === 0 ? "" : layout.omittedFailingRows === 0 ? `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, "row")} omitted to stay within the size limit; regressions are always shown. All rows are in ${options.fullReport}.` : `> ⚠️ ${layout.omittedRows} ${plural(layout.omittedRows, "row")} omitted to stay within the size limit, ${layout.omittedFailingRows} of them failing. All rows are in ${options.fullReport}.`;
	return `${[
		headline(comparison),
		tradeoffLine(comparison, facts),
		goalLines(comparison),
		options.notice ?? "",
		reasons.filter((line) => line !== "").join("\n"),
		runNotes(facts),
		layout.main.length > 0 ? deltaTable("Task", layout.main) : layout.omittedRows > 0 ? "" : "_No task was scored by both runs._",
		legend(comparison, layout.main),
		omitted,
		incomparableNotes(layout.main),
		addedRemovedNote(comparison),
		withoutBaselineNote(comparison),
		...detailSections(layout.categories),
		...options.extraSections ?? [],
		factsSection(facts, options.context)
	].filter((section) => section !== "").join("\n\n")}\n`;
}
function plural(count, noun) {
	return count === 1 ? noun : `${noun}s`;
}
function headline(comparison) {
	const failing = comparison.gates.filter((gate) => gate.failed);
	const gateCount = comparison.gates.length;
	if (failing.length === 0) return gateCount === 0 ? "### ✅ ftbench: no gates configured" : `### ✅ ftbench passed: ${gateCount} ${plural(gateCount, "gate")}, no regressions`;
	const kind = (gate) => inconclusive(gate) ? "inconclusive" : gate.verdict.replace("-", " ");
	if (failing.every((gate) => kind(gate) === "regression")) return `### ❌ ftbench: ${failing.length} ${plural(failing.length, "regression")}`;
	const counts = /* @__PURE__ */ new Map();
	for (const gate of failing) counts.set(kind(gate), (counts.get(kind(gate)) ?? 0) + 1);
	const parts = [...counts].map(([verdict, count]) => `${count} ${verdict}`);
	return `### ❌ ftbench: ${failing.length} failing ${plural(failing.length, "gate")} (${parts.join(", ")})`;
}
function deltaTable(firstColumn, entries) {
	return markdownTable([[firstColumn, ...TABLE_COLUMNS], ...entries.map(tableCells)], {
		align: TABLE_ALIGN,
		alignDelimiters: false
	});
}
function tableCells(entry) {
	const { row } = entry;
	const delta = row?.comparable ? row.delta : null;
	const scale = row?.pointsScale ?? 100;
	return [
		escapeMarkdown(entry.label),
		escapeMarkdown(entry.metric),
		row ? formatScore(row.baseline, scale) : "—",
		row ? formatScore(row.candidate, scale) : "—",
		delta ? formatSignedPoints(delta.points, scale) : "—",
		delta?.ci ? keepTogether(`[${formatSignedPoints(delta.ci.low, scale)}, ${formatSignedPoints(delta.ci.high, scale)}]`) : "—",
		entry.gates.length > 0 ? entry.gates.map((gate) => shortLimits(gate.gate)).join("; ") : "—",
		statusCell(entry)
	];
}
/**
* A drop past its limit whose 95 % interval reaches back within the limit: the data cannot tell
* whether the limit was crossed. It still fails (the gate is the user's rule), and says so.
*/
function inconclusive(gate) {
	const { row } = gate;
	if (gate.verdict !== "regression" || row === null || !row.comparable || row.delta.ci === null || gate.gate.maxDrop === void 0) return false;
	return row.delta.ci.high > -gate.gate.maxDrop;
}
/** For a failing reason whose drop's CI reaches back within the limit: says so, with the interval and n. */
function inconclusiveNote(comparison, reason) {
	const gate = comparison.gates.find((candidate) => candidate.failed && candidate.reason === reason);
	if (gate === void 0 || !inconclusive(gate) || !gate.row?.comparable || gate.row.delta.ci === null) return "";
	const { ci, n } = gate.row.delta;
	const scale = gate.row.pointsScale;
	return ` — inconclusive: the 95 % CI [${formatSignedPoints(ci.low, scale)}, ${formatSignedPoints(ci.high, scale)}] reaches back within the limit (n = ${n})`;
}
function statusCell(entry) {
	const { row } = entry;
	const test = row === null || !row.comparable ? "" : row.delta.pValue === null ? "unpaired" : escapeMarkdown(formatPValue(row.delta.pValue));
	const verdicts = new Set(entry.gates.map((gate) => gate.verdict));
	const worst = Object.keys(VERDICT_STATUS).find((verdict) => verdicts.has(verdict));
	if (worst === "regression" && row?.comparable && entry.gates.some(inconclusive)) return `❌ inconclusive: past the limit, CI crosses it (${keepTogether(`n = ${row.delta.n}`)})`;
	if (worst !== void 0) return test === "" || worst === "below-floor" ? VERDICT_STATUS[worst] : `${VERDICT_STATUS[worst]} (${test})`;
	if (row !== null && !row.comparable) return "⚠️ not comparable";
	if (significantDrop(row) && !entry.covered) return `⚠️ significant drop, no gate (${test})`;
	return test === "" ? "—" : test;
}
/** A gate's limits in a few characters; the reasons above the table say them in full. */
function shortLimits(gate) {
	const scale = METRIC_POINTS_SCALE[gate.metric];
	const score = (value) => scale === 100 ? `${Number((value * 100).toFixed(1))} %` : formatScore(value, scale);
	return [
		gate.maxDrop !== void 0 && `max −${formatPoints(gate.maxDrop, scale)}`,
		gate.maxDropRelative !== void 0 && `max −${gate.maxDropRelative.toFixed(1)} %rel`,
		gate.min !== void 0 && `floor ${score(gate.min)}`,
		gate.targetValue !== void 0 && `goal ${score(gate.targetValue)}`,
		gate.requireSignificant && "if significant"
	].filter((part) => typeof part === "string").join(", ");
}
/** Points as the trade-off line shows them: −2.8, +9.8, ±0.2; ratings (pointsScale 1) to two decimals: −0.31, ±0.02. */
function tradeoffPoints(points, pointsScale) {
	const noise = pointsScale === 100 ? .5 : .05;
	const magnitude = formatPoints(Math.abs(points), pointsScale);
	return Math.abs(points) < noise ? `±${magnitude}` : points > 0 ? `+${magnitude}` : `−${magnitude}`;
}
/** A row's two values as the trade-off line shows them: "63.2 → 73.0 %", or "7.42 → 7.10" for ratings. */
function tradeoffValues(row) {
	if (row.pointsScale !== 100) return `${formatScore(row.baseline, row.pointsScale)} → ${formatScore(row.candidate, row.pointsScale)}`;
	return `${(row.baseline * 100).toFixed(1)} → ${(row.candidate * 100).toFixed(1)} %`;
}
/** The headline row of each top-level task and group, by target. */
function topLevelRows(comparison, facts) {
	const groups = facts.groups ?? {};
	const byTarget = /* @__PURE__ */ new Map();
	for (const row of comparison.rows) {
		if (row.kind === "category" || topGroupOf(row.task, groups) !== null) continue;
		byTarget.set(row.target, [...byTarget.get(row.target) ?? [], row]);
	}
	return [...byTarget.values()].map((rows) => {
		const gated = comparison.gates.find((gate) => gate.row?.target === rows[0].target);
		return rows.find((row) => row.metric === gated?.gate.metric) ?? rows.find((row) => row.metric === "acc_norm") ?? rows[0];
	});
}
/**
* One line under the headline: what the fine-tune gained on its target tasks (those with a goal
* or a floor) against what it cost everywhere else, e.g.
* "Task: pharmacy 63.2 → 73.0 % (+9.8; goal 80 % not reached) · General: MMLU −2.8, ARC ±0.2".
*/
function tradeoffLine(comparison, facts) {
	const targets = targetTasksOf(comparison.gates.map((gate) => gate.gate));
	const rows = topLevelRows(comparison, facts);
	const goalValue = (value, scale) => scale !== 100 ? formatScore(value, scale) : `${Number.isInteger(value * 100) ? String(value * 100) : (value * 100).toFixed(1)} %`;
	const taskParts = rows.filter((row) => targets.has(row.target)).map((row) => {
		const goal = comparison.gates.find((gate) => gate.row === row && gate.gate.targetValue !== void 0);
		const goalText = goal ? `; goal ${goalValue(goal.gate.targetValue, row.pointsScale)} ${goal.goalReached ? "reached" : "not reached"}` : "";
		const delta = row.comparable ? tradeoffPoints(row.delta.points, row.pointsScale) : "not comparable";
		return `${escapeMarkdown(row.task)} ${tradeoffValues(row)} (${delta}${goalText})`;
	});
	const generalParts = rows.filter((row) => !targets.has(row.target)).map((row) => {
		const gated = comparison.gates.some((gate) => gate.row?.target === row.target);
		return `${escapeMarkdown(row.task)} ${row.comparable ? tradeoffPoints(row.delta.points, row.pointsScale) : "not comparable"}${significantDrop(row) && !gated ? " ⚠️" : ""}`;
	});
	const listed = (parts) => parts.length > LISTED_BENCHMARKS ? `${parts.slice(0, LISTED_BENCHMARKS).join(", ")} and ${parts.length - LISTED_BENCHMARKS} more` : parts.join(", ");
	return [taskParts.length > 0 ? `Task: ${listed(taskParts)}` : "", generalParts.length > 0 ? `General: ${listed(generalParts)}` : ""].filter((part) => part !== "").join(" · ");
}
/** Goals never fail the check; each says reached or not on its own line. */
function goalLines(comparison) {
	const goals = comparison.gates.filter((gate) => gate.gate.targetValue !== void 0);
	const more = goals.length - LISTED_BENCHMARKS;
	const lines = goals.slice(0, LISTED_BENCHMARKS).map((gate) => {
		const scale = METRIC_POINTS_SCALE[gate.gate.metric];
		const value = gate.value === null ? "missing" : formatScore(gate.value, scale);
		return `🎯 Goal ${escapeMarkdown(gate.label)} ≥ ${formatScore(gate.gate.targetValue, scale)}: ${gate.goalReached ? "reached" : "not reached"} (${value})`;
	});
	if (more > 0) lines.push(`🎯 … and ${more} more ${plural(more, "goal")}, ${goals.slice(LISTED_BENCHMARKS).filter((gate) => gate.goalReached).length} of them reached`);
	return lines.join("  \n");
}
/** What the numbers mean, naming only the tests that produced them. */
function legend(comparison, entries) {
	const tests = new Set(comparison.rows.flatMap((row) => row.comparable ? [row.delta.test] : []));
	const named = [
		tests.has("mcnemar") && "McNemar exact test (0/1 scores, paired by document)",
		tests.has("bootstrap") && "paired bootstrap (continuous scores such as TruthfulQA mc2 and MT-Bench ratings, paired per question)",
		tests.has("unpaired") && "\"unpaired\": no per-document records, no test"
	].filter((text) => typeof text === "string");
	if (entries.length === 0 || named.length === 0) return "";
	const flagged = entries.some((entry) => !entry.covered && significantDrop(entry.row)) ? ` ⚠️: a significant drop (p below ${SIGNIFICANCE}) that no gate covers.` : "";
	return `Δ and 95 % CI in points (${comparison.rows.some((row) => row.pointsScale !== 100) ? "1 point = 0.01 of a 0–1 score; MT-Bench's score is FastChat's 1–10 rating, 1 point = 1 rating step" : "1 point = 0.01 of a 0–1 score"}). p: two-sided, ${named.join("; ")}.${flagged}`;
}
/** Why rows in the table could not be compared, once per target. */
function incomparableNotes(entries) {
	const reasons = /* @__PURE__ */ new Map();
	for (const { row } of entries) if (row !== null && !row.comparable) reasons.set(row.target, row.incomparableReason);
	if (reasons.size === 0) return "";
	return [`**Not comparable** (scores are shown, but no delta is computed):`, ...[...reasons].map(([target, reason]) => `- ${escapeMarkdown(target)}: ${escapeMarkdown(reason)}`)].join("\n");
}
/** Names in a sentence, the first MAX_LISTED_NAMES of them, the rest counted. */
function nameList(names) {
	const listed = names.slice(0, MAX_LISTED_NAMES).map((name) => escapeMarkdown(name));
	const rest = names.length - listed.length;
	return rest > 0 ? `${listed.join(", ")} and ${rest} more` : listed.join(", ");
}
function addedRemovedNote({ added, removed }) {
	return [added.length > 0 ? `**Only in the candidate run:** ${nameList(added)}` : "", removed.length > 0 ? `**Only in the baseline run:** ${nameList(removed)}` : ""].filter((line) => line !== "").join("  \n");
}
/** Gates must never switch off silently: the tasks compared with nothing are named. */
function withoutBaselineNote({ withoutBaseline }) {
	if (withoutBaseline.length === 0) return "";
	return `> ⚠️ **No baseline** for ${withoutBaseline.map((name) => escapeMarkdown(name)).join(", ")}: their drop limits are not checked (floors are).`;
}
/** One collapsed breakdown per section (a suite's categories, a group's tasks, other metrics), each a whole table. */
function detailSections(entries) {
	const bySection = /* @__PURE__ */ new Map();
	for (const entry of entries) bySection.set(entry.section ?? "", [...bySection.get(entry.section ?? "") ?? [], entry]);
	return [...bySection].map(([section, sectionEntries]) => {
		const drops = sectionEntries.filter((entry) => significantDrop(entry.row) && !entry.covered).length;
		return `<details><summary>${section}${drops > 0 ? ` (⚠️ ${drops} significant ${plural(drops, "drop")})` : ""}</summary>\n\n${deltaTable(section.startsWith("Per-category") ? "Category" : "Task", sectionEntries)}\n\n</details>`;
	});
}
/** Distinct values, as "a, b and 3 more". */
function distinctList(values) {
	return nameList([...new Set(values)]);
}
/** The run's commit and workflow run as links, and the runtime version; empty outside CI. */
function contextLine(context) {
	if (context === void 0) return "";
	const parts = [
		context.commit && /^[0-9a-f]{40}$/.test(context.commit.sha) ? `Commit [${context.commit.sha.slice(0, 7)}](${context.commit.url})` : "",
		context.runUrl ? `[workflow run](${context.runUrl})` : "",
		context.onnxruntimeVersion ? `onnxruntime-node ${escapeMarkdown(context.onnxruntimeVersion, 40)}` : ""
	].filter((part) => part !== "");
	return parts.length === 0 ? "" : ` ${parts.join(" · ")}.`;
}
/** What judging cost: "160 new, 0 from the cache; 182,400 prompt + 21,050 completion tokens". */
function judgeCost(facts) {
	return `${count(facts.judgeCalls)} new, ${count(facts.judgeCacheHits)} from the cache; ${count(facts.judgePromptTokens)} prompt + ${count(facts.judgeCompletionTokens)} completion tokens`;
}
/** One MT-Bench task's judging in a sentence, for the scores-only report. */
function mtBenchFactLine(facts) {
	const failed = facts.failedJudgments > 0 ? "⚠️ " : "";
	return `MT-Bench ${escapeMarkdown(facts.task)}: judged by ${escapeMarkdown(facts.judge, 80)} (${escapeMarkdown(facts.temperature, 20)} temperatures); ${failed}${count(facts.failedJudgments)} of ${count(facts.judgments)} judgments gave no rating (left out of the score); judge calls: ${judgeCost(facts)}.`;
}
/** MT-Bench's judging, side by side: the judge and answer sampling, failed judgments, judge calls (cached) and tokens. */
function mtBenchFactRows(baseline, candidate) {
	if (baseline.length === 0 && candidate.length === 0) return [];
	const tasks = [...new Set([...baseline, ...candidate].map((facts) => facts.task))];
	return tasks.flatMap((task) => {
		const label = tasks.length === 1 ? "" : ` (${escapeMarkdown(task)})`;
		const cell = (side, text) => {
			const facts = side.find((candidate) => candidate.task === task);
			return facts === void 0 ? "—" : text(facts);
		};
		const row = (name, text) => [
			`${name}${label}`,
			cell(baseline, text),
			cell(candidate, text)
		];
		return [
			row("MT-Bench judge", (facts) => `${escapeMarkdown(facts.judge, 80)}, ${escapeMarkdown(facts.temperature, 20)} temperatures`),
			row("Failed judgments", (facts) => `${count(facts.failedJudgments)} of ${count(facts.judgments)}`),
			row("Judge calls", judgeCost)
		];
	});
}
function factsSection(facts, context) {
	const model = (side) => {
		const fingerprint = escapeMarkdown(side.modelFingerprint.slice(0, 12));
		return side.model === void 0 ? fingerprint : `${escapeMarkdown(side.model, 60)} (${fingerprint})`;
	};
	const duration = (seconds) => seconds === null ? "—" : formatDuration(seconds);
	const rows = [
		[
			"",
			"Baseline",
			"Candidate"
		],
		[
			"Model",
			model(facts.baseline),
			model(facts.candidate)
		],
		[
			"Duration",
			duration(facts.baseline.seconds),
			duration(facts.candidate.seconds)
		]
	];
	if (facts.baseline.ftbenchVersion !== void 0 || facts.candidate.ftbenchVersion !== void 0) rows.push([
		"ftbench",
		escapeMarkdown(facts.baseline.ftbenchVersion ?? "—"),
		escapeMarkdown(facts.candidate.ftbenchVersion ?? "—")
	]);
	rows.push(...mtBenchFactRows(facts.baseline.mtBench ?? [], facts.candidate.mtBench ?? []));
	const table = markdownTable(rows, { alignDelimiters: false });
	const cache = facts.baselineCacheHit ? "cache hit, results reused" : "cache miss, evaluated in this run";
	const tasks = facts.candidate.tasks ?? [];
	const shots = /* @__PURE__ */ new Map();
	for (const task of tasks) shots.set(task.numFewshot, [...shots.get(task.numFewshot) ?? [], task.task]);
	const fewshot = tasks.length === 0 ? "" : ` n-shot: ${[...shots].map(([n, names]) => `${n} (${names.length > 3 ? `${names.length} tasks` : names.map((name) => escapeMarkdown(name)).join(", ")})`).join("; ")}.`;
	const data = tasks.length === 0 ? "" : ` Data: ${distinctList(tasks.map((task) => `${task.dataset.startsWith("/") ? task.dataset.split("/").pop() : task.dataset}@${task.revision.slice(0, 12)}`))}.`;
	return `#### Run\n\n${table}\n\nDevice: ${escapeMarkdown(facts.device)}. Baseline: ${cache}.${contextLine(context)}${fewshot}${data}`;
}
var GITHUB_COMMENT_LIMIT, COMMENT_BUDGET, JOB_SUMMARY_BUDGET, characters, utf8Bytes, MAX_LISTED_NAMES, COMMENT_FULL_REPORT, SUMMARY_FULL_REPORT, SCORE_COLUMNS, SCORE_ALIGN, SIGNIFICANCE, rowKey, TABLE_COLUMNS, keepTogether, TABLE_ALIGN, VERDICT_STATUS, LISTED_BENCHMARKS, count;
function init_render() {
	return (init_render = __esmMin((() => {
		init_variants(), init_gates(), init_tradeoff();
		init_escape();
		init_facts();
		init_notes();
		GITHUB_COMMENT_LIMIT = 65536;
		COMMENT_BUDGET = 65e3;
		JOB_SUMMARY_BUDGET = 1e6;
		characters = (text) => text.length;
		utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
		MAX_LISTED_NAMES = 20;
		COMMENT_FULL_REPORT = "this run's job summary";
		SUMMARY_FULL_REPORT = "the results files (the action's `results` and `baseline-results` outputs)";
		SCORE_COLUMNS = [
			"Task",
			"Version",
			"n-shot",
			"Metric",
			"Value",
			"Stderr",
			"n"
		];
		SCORE_ALIGN = [
			"l",
			"l",
			"r",
			"l",
			"r",
			"r",
			"r"
		];
		SIGNIFICANCE = .05;
		rowKey = (target, metric) => `${target}\u0000${metric}`;
		TABLE_COLUMNS = [
			"Metric",
			"Baseline",
			"Candidate",
			"Δ pts",
			"95 % CI",
			"Gate",
			"Status"
		];
		keepTogether = (text) => text.replace(/ /g, "\xA0");
		TABLE_ALIGN = [
			"l",
			"l",
			"r",
			"r",
			"r",
			"c",
			"l",
			"l"
		];
		VERDICT_STATUS = {
			regression: "❌ regression",
			"below-floor": "❌ below floor",
			missing: "❌ missing",
			"not-comparable": "❌ not comparable",
			"not-significant": "⚠️ drop not significant",
			"no-baseline": "⚠️ no baseline",
			improvement: "🚀 improvement",
			pass: "✅ pass"
		};
		LISTED_BENCHMARKS = 8;
		count = (n) => n.toLocaleString("en-US");
	})))();
}
// packages/reporter/src/chart.ts
/** Mermaid takes labels in double quotes with no escape for them: anything but plain characters becomes `_`. */
function mermaidLabel(text, width = 24) {
	const plain = text.replace(/[^A-Za-z0-9 ._+:/#%(),-]/g, "_");
	return `"${plain.length > width ? `${plain.slice(0, width - 1)}…` : plain}"`;
}
/** Bars per variant (or iteration): task gain above zero, general drop below it. */
function mermaidTradeoffChart(points, title = "Task gain (first bar) vs general drop (second bar), points") {
	const values = points.flatMap((point) => [point.taskGain ?? 0, -point.generalDrop]);
	const low = Math.floor(Math.min(0, ...values) - 1);
	const high = Math.ceil(Math.max(0, ...values) + 1);
	return [
		"```mermaid",
		"xychart-beta",
		`  title ${mermaidLabel(title, 80)}`,
		`  x-axis [${points.map((point) => mermaidLabel(point.name)).join(", ")}]`,
		`  y-axis "points" ${low} --> ${high}`,
		`  bar [${points.map((point) => round(point.taskGain ?? 0)).join(", ")}]`,
		`  bar [${points.map((point) => round(-point.generalDrop)).join(", ")}]`,
		"```"
	].join("\n");
}
/** The history's trajectory: the task gain and the worst general drop per push, oldest first. */
function mermaidTrajectoryChart(points) {
	return mermaidTradeoffChart(points, "Per push: task gain (first line) vs general drop (second line), points").replace(/ {2}bar \[/g, "  line [");
}
var round;
function init_chart() {
	return (init_chart = __esmMin((() => {
		round = (value) => Number(value.toFixed(1));
	})))();
}
// packages/reporter/src/compare.ts
function criterionMark(met) {
	return met === null ? "➖" : met ? "✅" : "❌";
}
/** The stop advice: the verdict, then each criterion on its own line with its numbers. */
function adviceLines(advice, name, bold = (text) => `**${text}**`) {
	return [
		bold(`${ADVICE_MARK[advice.verdict]} ${name(advice.summary)}`),
		"",
		...advice.criteria.map((criterion) => `- ${criterionMark(criterion.met)} ${name(criterion.text)}`)
	].join("\n");
}
var ADVICE_MARK;
function init_compare() {
	return (init_compare = __esmMin((() => {
		init_chart();
		init_escape();
		init_format();
		ADVICE_MARK = {
			stop: "🛑",
			"target-met": "🎯",
			plateau: "📉",
			"back-off": "↩️",
			continue: "🔁"
		};
	})))();
}
// packages/reporter/src/history.ts
/** "01 Dec 19:00" (UTC), with no-break spaces: one line in a narrow column. The history is validated, so the ISO text has its shape. */
function timeText(iso) {
	return [
		iso.slice(8, 10),
		MONTHS[Number(iso.slice(5, 7)) - 1],
		iso.slice(11, 16)
	].join("\xA0");
}
function renderHistory(history, { settings, commitBaseUrl }) {
	const iterations = history.iterations;
	if (iterations.length === 0) return "";
	const newest = iterations[iterations.length - 1];
	const shown = iterations.slice(-20).reverse();
	const taskTargets = newest.point.tasks.map((task) => task.target);
	const generalTargets = newest.point.general.slice(0, GENERAL_COLUMNS).map((benchmark) => benchmark.target);
	const commit = (sha) => commitBaseUrl ? `[${shortSha(sha)}](${commitBaseUrl}${sha})` : shortSha(sha);
	const rows = shown.map((iteration) => {
		const task = (target) => {
			const change = iteration.point.tasks.find((candidate) => candidate.target === target);
			if (change === void 0 || change.value === null) return "—";
			const scale = METRIC_POINTS_SCALE[change.metric] ?? 100;
			return `${formatScore(change.value, scale)}${change.points === null ? "" : ` (${formatSignedPoints(change.points, scale)})`}`;
		};
		const general = (target) => {
			const change = iteration.point.general.find((candidate) => candidate.target === target);
			return change?.points == null ? "—" : formatSignedPoints(change.points, METRIC_POINTS_SCALE[change.metric] ?? 100);
		};
		return [
			commit(iteration.sha),
			timeText(iteration.time),
			...taskTargets.map(task),
			...generalTargets.map(general),
			iteration.passed ? "✅" : "❌"
		];
	});
	const header = [
		"Push",
		"UTC",
		...taskTargets.map((target) => `${escapeMarkdown(target, 40)} (task)`),
		...generalTargets.map((target) => `${escapeMarkdown(target, 40)} Δ`),
		"Check"
	];
	const table = markdownTable([header, ...rows], {
		alignDelimiters: false,
		align: [
			"l",
			"l",
			...taskTargets.map(() => "r"),
			...generalTargets.map(() => "r"),
			"c"
		]
	});
	const older = iterations.length - shown.length;
	const previous = iterations.length > 1 ? iterations[iterations.length - 2] : null;
	const named = (iteration) => ({
		...iteration.point,
		name: shortSha(iteration.sha)
	});
	const advice = stopAdvice(named(newest), previous === null ? null : named(previous), settings);
	const chart = iterations.length > 1 ? mermaidTrajectoryChart(iterations.slice(-20).map(named)) : "";
	return [
		`#### Iterations on this PR (${iterations.length} ${iterations.length === 1 ? "push" : "pushes"}, newest first)`,
		table,
		older > 0 ? `_${older} older ${older === 1 ? "push is" : "pushes are"} stored but not shown._` : "",
		chart,
		`#### Stop advice`,
		adviceLines(advice, escapeMarkdown)
	].filter((section) => section !== "").join("\n\n");
}
var GENERAL_COLUMNS, shortSha, MONTHS;
function init_history() {
	return (init_history = __esmMin((() => {
		init_gates(), init_stop_advice();
		init_chart();
		init_compare();
		init_escape();
		GENERAL_COLUMNS = 6;
		shortSha = (sha) => sha.slice(0, 7);
		MONTHS = [
			"Jan",
			"Feb",
			"Mar",
			"Apr",
			"May",
			"Jun",
			"Jul",
			"Aug",
			"Sep",
			"Oct",
			"Nov",
			"Dec"
		];
	})))();
}
// packages/reporter/src/index.ts
function init_src() {
	return (init_src = __esmMin((() => {
		init_escape();
		init_facts();
		init_notes();
		init_format();
		init_render();
		init_compare();
		init_chart();
		init_history();
	})))();
}
export { clipToBudget as a, renderComment as c, renderScoresSummary as d, init_facts as f, init_escape as h, GITHUB_COMMENT_LIMIT as i, renderJobSummary as l, escapeMarkdown as m, init_history as n, init_render as o, runFactsFrom as p, renderHistory as r, regressionMessage as s, init_src as t, renderScoresComment as u };
