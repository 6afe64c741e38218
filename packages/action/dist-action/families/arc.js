import "../rolldown-runtime-DYf_mQCB.mjs";
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
const family = {
	tasks: [arcTask("arc_easy", "ARC-Easy", "AI2 Reasoning Challenge, easy set: grade-school science questions"), arcTask("arc_challenge", "ARC-Challenge", "AI2 Reasoning Challenge, challenge set: the questions simple retrieval and co-occurrence methods miss")],
	tags: [{
		name: "ai2_arc",
		about: "lm-eval's ai2_arc tag: arc_easy and arc_challenge, reported one by one",
		members: ["arc_easy", "arc_challenge"]
	}]
};
export { family };
