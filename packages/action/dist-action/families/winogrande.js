import "../rolldown-runtime-DYf_mQCB.mjs";
import { r as pyStrip } from "../python-str-4H3abCjF.mjs";
// packages/core/src/tasks/families/winogrande.ts
/**
* Winogrande as lm-evaluation-harness v0.4.x defines it (`lm_eval/tasks/winogrande/default.yaml` +
* `preprocess_winogrande.py`): partial scoring. Each option fills the blank and everything before it is
* the context; the model scores the rest of the sentence (the same continuation for both options).
*/
function blankIndex(doc) {
	const index = doc.sentence.indexOf("_");
	if (index < 0) throw new Error(`winogrande: sentence has no "_" blank: ${doc.sentence}`);
	return index;
}
const family = { tasks: [{
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
}] };
export { family };
