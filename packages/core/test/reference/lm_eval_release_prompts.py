"""Golden prompts from lm-evaluation-harness itself, for ARC-Easy, ARC-Challenge and Winogrande on the real
releases in ../shared/datasets (read, never copied: only the few docs below are written out).

lm-eval loads these datasets from the Hugging Face Hub; here `datasets.load_dataset` is replaced by a reader of
the original release files that returns the Hub's column layout (ARC: `allenai/ai2_arc`, choices as parallel
`text`/`label` lists; Winogrande: `allenai/winogrande` `winogrande_xl`, no `qID`). Everything else -- the task
YAML, the few-shot sampler with seed 1234, `fewshot_context`, `construct_requests` -- is lm-eval's own code,
driven as `lm_eval.evaluator.simple_evaluate` drives it.

Run from the repository root, with lm-eval 0.4.13 and its datasets/transformers/torch installed (about 2 minutes:
lm-eval's sampler is slow at 25 shots):
    HF_HUB_OFFLINE=1 TQDM_DISABLE=1 python packages/core/test/reference/lm_eval_release_prompts.py \
        > packages/core/test/reference/lm-eval-release-prompts.json
"""

import json
import os
import sys
from importlib.metadata import version

import datasets

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../../shared/datasets"))


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def arc_hub_row(row):
    choices = row["question"]["choices"]
    return {
        "id": row["id"],
        "question": row["question"]["stem"],
        "choices": {"text": [c["text"] for c in choices], "label": [c["label"] for c in choices]},
        "answerKey": row["answerKey"],
    }


def winogrande_hub_row(row):
    return {k: row[k] for k in ("sentence", "option1", "option2", "answer")}


def release_dataset(path=None, name=None, **kwargs):
    if path == "allenai/ai2_arc":
        files = {"train": "Train", "validation": "Dev", "test": "Test"}
        return datasets.DatasetDict({
            split: datasets.Dataset.from_list([arc_hub_row(r) for r in read_jsonl(f"{SHARED}/arc/{name}/{name}-{file}.jsonl")])
            for split, file in files.items()
        })
    if path == "allenai/winogrande" and name == "winogrande_xl":
        files = {"train": "train_xl", "validation": "dev"}
        return datasets.DatasetDict({
            split: datasets.Dataset.from_list([winogrande_hub_row(r) for r in read_jsonl(f"{SHARED}/winogrande/{file}.jsonl")])
            for split, file in files.items()
        })
    raise ValueError(f"no release for {path} {name}")


datasets.load_dataset = release_dataset

from lm_eval.tasks import TaskManager, get_task_dict  # noqa: E402  (after the patch, which task.py reads at call time)


def pick_arc_docs(rows):
    """The first two docs, and the first with 3 choices, with 5 choices and with numeric labels."""
    picks = [0, 1]
    for test in (
        lambda r: len(r["choices"]["text"]) == 3,
        lambda r: len(r["choices"]["text"]) == 5,
        lambda r: r["choices"]["label"][0] == "1",
    ):
        picks.append(next(i for i, r in enumerate(rows) if test(r)))
    return sorted(set(picks))


def golden(task_name, num_fewshot, doc_ids):
    task = get_task_dict([task_name], TaskManager())[task_name]
    task.set_config(key="num_fewshot", value=num_fewshot)
    task.set_fewshot_seed(seed=1234)
    task.build_all_requests(limit=max(doc_ids) + 1, rank=0, world_size=1)
    docs = dict(task.doc_iterator(rank=0, limit=max(doc_ids) + 1, world_size=1))
    out = []
    for doc_id in doc_ids:
        instances = sorted((i for i in task.instances if i.doc_id == doc_id), key=lambda i: i.idx)
        doc = docs[doc_id]
        gold = task.doc_to_text(doc) if task.multiple_input else task.doc_to_target(doc)
        out.append({
            "doc_id": doc_id,
            "gold": int(gold),
            "requests": [{"context": i.arguments[0], "continuation": i.arguments[1]} for i in instances],
        })
    return {"task": task_name, "num_fewshot": num_fewshot, "docs": out}


def main():
    arc_ids = {
        name: pick_arc_docs([arc_hub_row(r) for r in read_jsonl(f"{SHARED}/arc/{config}/{config}-Test.jsonl")])
        for name, config in (("arc_easy", "ARC-Easy"), ("arc_challenge", "ARC-Challenge"))
    }
    winogrande_ids = [0, 1, 2, 500, 1266]
    cases = []
    for name, ids in arc_ids.items():
        cases += [golden(name, 0, ids), golden(name, 25, ids)]
    cases += [golden("winogrande", 0, winogrande_ids), golden("winogrande", 5, winogrande_ids)]
    json.dump(
        {"generator": f"lm_eval {version('lm_eval')}, {os.path.relpath(__file__, os.path.join(HERE, '../../../..'))}", "cases": cases},
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
