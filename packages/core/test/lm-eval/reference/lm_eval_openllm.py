"""lm-evaluation-harness's own `--tasks openllm --limit 2 --log_samples` run, on the small invented release
that ../openllm-release.ts writes, for the golden test in ../openllm-golden.test.ts.

lm-eval loads datasets from the Hugging Face Hub; here `datasets.load_dataset` reads the fixture's release
files into the Hub's column layout instead. The model is a stand-in whose answers do not matter: the test
compares what does not depend on them -- each doc's `doc`, `target`, `arguments` (every context and
continuation), `doc_hash`, `prompt_hash`, `target_hash`, lm-eval's `task_hashes`, and the results' `n-shot`,
`n-samples`, `group_subtasks`, `versions`, `higher_is_better` and aliases. Everything else is lm-eval's code:
the openllm group with its `fewshot_split` overrides, the samplers with seed 1234, prompt and request
construction, and `EvaluationTracker` writing the files, driven as `simple_evaluate` drives them. lm-eval's
members that ftbench does not have (gsm8k, truthfulqa_gen: generation tasks whose metrics need packages this
environment lacks) are loaded, then left out of the run.

lm-eval 0.4.13 names tasks wrongly inside this group: a tag or group member given with settings (`- task:
truthfulqa` / `- task: mmlu` with `num_fewshot`) passes its own name down as every member's task name, so its
`truthfulqa` is one task (truthfulqa_mc2, the last of the tag) and its `mmlu` one subject (world_religions, the
last built) instead of 57. The test maps those two names to the ftbench tasks they are.

Run from the repository root, with lm-eval 0.4.13 and datasets installed (about a minute):
    npx rolldown packages/core/test/lm-eval/write-openllm-release.ts --file /tmp/write-release.mjs --format esm --platform node
    DIR=$(node /tmp/write-release.mjs)
    HF_HUB_OFFLINE=1 python packages/core/test/lm-eval/reference/lm_eval_openllm.py "$DIR" > packages/core/test/lm-eval/reference/lm-eval-openllm.json
"""

import csv
import glob
import json
import os
import sys
import tempfile
import types
from importlib.metadata import version

# truthfulqa/utils.py imports the generation metrics' packages at module level; mc1/mc2 never call them.
for name in ("sacrebleu", "rouge_score"):
    sys.modules[name] = types.ModuleType(name)
sys.modules["rouge_score"].rouge_scorer = None
sys.modules["rouge_score"].scoring = None

import datasets  # noqa: E402

DATA = sys.argv[1]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dataset_dict(splits):
    return datasets.DatasetDict({split: datasets.Dataset.from_list(rows) for split, rows in splits.items()})


def arc_row(row):
    choices = row["question"]["choices"]
    return {"id": row["id"], "question": row["question"]["stem"], "choices": {"text": [c["text"] for c in choices], "label": [c["label"] for c in choices]}, "answerKey": row["answerKey"]}


def hellaswag_row(row):
    keys = ("ind", "activity_label", "ctx_a", "ctx_b", "ctx", "endings", "source_id", "split", "split_type")
    return {**{k: row[k] for k in keys}, "label": str(row["label"])}


def mmlu_rows(path, subject):
    with open(path, encoding="utf-8", newline="") as f:
        return [{"question": r["question"], "subject": subject, "choices": [r[f"choice{i}"] for i in range(4)], "answer": int(r["answer"])} for r in csv.DictReader(f)]


def truthfulqa_rows():
    with open(f"{DATA}/truthfulqa/v0/mc_task.json", encoding="utf-8") as f:
        items = json.load(f)
    targets = lambda t: {"choices": list(t.keys()), "labels": list(t.values())}  # noqa: E731
    return [{"question": q["question"], "mc1_targets": targets(q["mc1_targets"]), "mc2_targets": targets(q["mc2_targets"])} for q in items]


def release_dataset(path=None, name=None, **kwargs):
    if path == "allenai/ai2_arc":
        return dataset_dict({split: [arc_row(r) for r in read_jsonl(f"{DATA}/arc/{name}/{name}-{file}.jsonl")] for split, file in (("train", "Train"), ("validation", "Dev"), ("test", "Test"))})
    if path == "Rowan/hellaswag":
        return dataset_dict({split: [hellaswag_row(r) for r in read_jsonl(f"{DATA}/hellaswag/hellaswag_{file}.jsonl")] for split, file in (("train", "train"), ("validation", "val"))})
    if path == "allenai/winogrande":
        keep = ("sentence", "option1", "option2", "answer")
        return dataset_dict({split: [{k: r[k] for k in keep} for r in read_jsonl(f"{DATA}/winogrande/{file}.jsonl")] for split, file in (("train", "train_xl"), ("validation", "dev"))})
    if path == "cais/mmlu":
        return dataset_dict({split: mmlu_rows(f"{DATA}/mmlu/{split}/{name}_{split}.csv", name) for split in ("test", "dev")})
    if path == "truthfulqa/truthful_qa" and name == "multiple_choice":
        return dataset_dict({"validation": truthfulqa_rows()})
    # Members ftbench lacks: a row of the right shape so they load; they are not run.
    if path == "truthfulqa/truthful_qa" and name == "generation":
        return dataset_dict({"validation": [{"type": "x", "category": "x", "question": "q", "best_answer": "a", "correct_answers": ["a"], "incorrect_answers": ["b"], "source": "x"}]})
    if path == "openai/gsm8k":
        return dataset_dict({split: [{"question": "1+1?", "answer": "#### 2"}] for split in ("train", "test")})
    raise ValueError(f"no release for {path} {name}")


datasets.load_dataset = release_dataset

from lm_eval.api.model import LM  # noqa: E402
from lm_eval.evaluator import evaluate  # noqa: E402
from lm_eval.loggers import EvaluationTracker  # noqa: E402
from lm_eval.tasks import TaskManager  # noqa: E402


class StandIn(LM):
    def loglikelihood(self, requests):
        return [(-1.0, False) for _ in requests]

    def loglikelihood_rolling(self, requests):
        return [-1.0 for _ in requests]

    def generate_until(self, requests):
        return ["" for _ in requests]


NOT_IN_FTBENCH = ("gsm8k", "truthfulqa_gen")


def main():
    loaded = TaskManager().load(["openllm"])
    for name in list(loaded["tasks"]):
        if name in NOT_IN_FTBENCH:
            loaded["tasks"].pop(name)
    # simple_evaluate's per-task setup with no --num_fewshot: the group's counts, else 0; seed 1234.
    for task in loaded["tasks"].values():
        if task.get_config("num_fewshot") is None:
            task.set_config(key="num_fewshot", value=0)
        task.set_fewshot_seed(seed=1234)
    results = evaluate(lm=StandIn(), task_dict=loaded, limit=2, log_samples=True, bootstrap_iters=100000)
    samples = results.pop("samples")
    with tempfile.TemporaryDirectory() as out:
        tracker = EvaluationTracker(output_path=out)
        tracker.general_config_tracker.model_name_sanitized = "standin"
        tracker.save_results_aggregated(results=results, samples=samples)
        for task_name in samples:
            tracker.save_results_samples(task_name=task_name, samples=samples[task_name])
        [results_file] = glob.glob(f"{out}/standin/results_*.json")
        with open(results_file, encoding="utf-8") as f:
            written = json.load(f)
        sample_lines = {}
        for task_name in samples:
            [file] = glob.glob(f"{out}/standin/samples_{task_name}_*.jsonl")
            with open(file, encoding="utf-8") as f:
                sample_lines[task_name] = [line.rstrip("\n") for line in f]
    keep = ("group_subtasks", "versions", "n-shot", "higher_is_better", "n-samples", "task_hashes")
    json.dump(
        {
            "generator": f"lm_eval {version('lm_eval')}, packages/core/test/lm-eval/reference/lm_eval_openllm.py",
            "results": {k: written[k] for k in keep},
            "aliases": {name: entry.get("alias") for name, entry in written["results"].items()},
            "groups": sorted(written.get("groups", {})),
            "fewshot_split": {name: cfg.get("fewshot_split") for name, cfg in written["configs"].items()},
            "mmlu_subject": written["configs"]["mmlu"]["dataset_name"],
            "samples": sample_lines,
        },
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
