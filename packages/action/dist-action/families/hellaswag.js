import "../rolldown-runtime-DYf_mQCB.mjs";
import { r as pyStrip, t as pyCapitalize } from "../python-str-4H3abCjF.mjs";
// packages/core/src/tasks/families/hellaswag.ts
/**
* HellaSwag as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/hellaswag/hellaswag.yaml` + `utils.py`).
*/
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
const family = { tasks: [{
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
}] };
export { family, preprocess };
