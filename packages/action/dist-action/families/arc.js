import "../rolldown-runtime-DYf_mQCB.mjs";
// packages/core/src/tasks/families/arc.ts
function arcTask(name, config) {
	return {
		name,
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
const family = { tasks: [arcTask("arc_easy", "ARC-Easy"), arcTask("arc_challenge", "ARC-Challenge")] };
export { family };
