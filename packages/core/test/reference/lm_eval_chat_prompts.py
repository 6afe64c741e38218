"""Golden chat-template prompts from lm-evaluation-harness itself (`--apply_chat_template`, `--system_instruction`,
`--fewshot_as_multiturn`), for MMLU and ARC on the real releases in ../shared/datasets, Winogrande (multiple input)
and a custom suite (packages/core/test/chat/chat-suite.yaml, defined here as the lm-eval task ftbench builds from it),
under four chat templates written from their public specifications (packages/core/test/chat/templates/).

The prompts are what lm-eval's `Task.build_all_requests` builds when `evaluator.evaluate` drives it with
`chat_template=lm.apply_chat_template`: lm-eval's own `HFLM.apply_chat_template` (with its retry without the system
message when the template raises) on a transformers tokenizer that carries the template, no model loaded. The token
ids of a few requests come from lm-eval's `HFLM.loglikelihood` -> `_encode_pair` -> `tok_encode` on the stories260k
tokenizer (its BOS text "<s>" stands in for each family's BOS), as in lm_eval_encode_pair.py.

Run from the repository root, with lm-eval 0.4.13 and its datasets/transformers/jinja2 installed:
    HF_HUB_OFFLINE=1 TQDM_DISABLE=1 python packages/core/test/reference/lm_eval_chat_prompts.py \
        > packages/core/test/reference/lm-eval-chat-prompts.json
"""

import json
import os
import sys
from importlib.metadata import version

import datasets
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../.."))
SHARED = os.path.normpath(os.path.join(ROOT, "../shared"))
TEMPLATES = os.path.join(HERE, "../chat/templates")
SUITE_FILE = os.path.join(HERE, "../chat/chat-suite.yaml")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_mmlu(split, subject):
    import csv

    with open(f"{SHARED}/datasets/mmlu/{split}/{subject}_{split}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]  # header: question,choice0..choice3,answer (a 0-based index, cais/mmlu's layout)
    return [{"question": r[0], "subject": subject, "choices": r[1:5], "answer": int(r[5])} for r in rows]


def arc_hub_row(row):
    choices = row["question"]["choices"]
    return {
        "id": row["id"],
        "question": row["question"]["stem"],
        "choices": {"text": [c["text"] for c in choices], "label": [c["label"] for c in choices]},
        "answerKey": row["answerKey"],
    }


def suite_items(entries):
    return [{"question": e["question"], "choices": e["choices"], "answer": LETTERS.index(e["answer"])} for e in entries]


def release_dataset(path=None, name=None, **kwargs):
    if path == "cais/mmlu":
        return datasets.DatasetDict({split: datasets.Dataset.from_list(read_mmlu(split, name)) for split in ("test", "dev")})
    if path == "allenai/ai2_arc":
        files = {"train": "Train", "validation": "Dev", "test": "Test"}
        return datasets.DatasetDict({
            split: datasets.Dataset.from_list([arc_hub_row(r) for r in read_jsonl(f"{SHARED}/datasets/arc/{name}/{name}-{file}.jsonl")])
            for split, file in files.items()
        })
    if path == "allenai/winogrande" and name == "winogrande_xl":
        files = {"train": "train_xl", "validation": "dev"}
        keep = ("sentence", "option1", "option2", "answer")
        return datasets.DatasetDict({
            split: datasets.Dataset.from_list([{k: r[k] for k in keep} for r in read_jsonl(f"{SHARED}/datasets/winogrande/{file}.jsonl")])
            for split, file in files.items()
        })
    if path == "ftbench-suite":
        with open(SUITE_FILE, encoding="utf-8") as f:
            suite = yaml.safe_load(f)
        return datasets.DatasetDict({split: datasets.Dataset.from_list(suite_items(suite[split])) for split in ("items", "fewshot")})
    raise ValueError(f"no release for {path} {name}")


datasets.load_dataset = release_dataset

from lm_eval.api.task import ConfigurableTask  # noqa: E402  (after the patch, which task.py reads at call time)
from lm_eval.models.huggingface import HFLM  # noqa: E402
from lm_eval.tasks import TaskManager, get_task_dict  # noqa: E402
from transformers import PreTrainedTokenizerFast  # noqa: E402


def suite_task():
    """ftbench's suite task (packages/core/src/suites/task.ts) as an lm-eval task config."""
    with open(SUITE_FILE, encoding="utf-8") as f:
        name = yaml.safe_load(f)["name"]

    def doc_to_text(doc):
        return "\n".join([doc["question"], *[f"{LETTERS[i]}. {c}" for i, c in enumerate(doc["choices"])], "Answer:"])

    return ConfigurableTask(config={
        "task": "suite",
        "dataset_path": "ftbench-suite",
        "output_type": "multiple_choice",
        "test_split": "items",
        "fewshot_split": "fewshot",
        "fewshot_config": {"sampler": "first_n"},
        "description": f"The following are multiple choice questions (with answers) about {name}.\n\n",
        "doc_to_text": doc_to_text,
        "doc_to_choice": lambda doc: [LETTERS[i] for i in range(len(doc["choices"]))],
        "doc_to_target": lambda doc: doc["answer"],
        "metric_list": [{"metric": "acc"}],
    })


def chat_lm(template):
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=os.path.join(SHARED, "models/stories260k/tokenizer.json"),
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        chat_template=template,
    )
    lm = HFLM.__new__(HFLM)  # the backend without a model: its chat template and tokenization run
    lm.tokenizer = tokenizer
    lm.chat_template_args = {}
    lm.add_bos_token = True
    lm.custom_prefix_token_id = None
    lm.backend = "causal"
    lm.enable_thinking = False
    return lm


class Request:
    def __init__(self, args):
        self.args = args


def encoded(lm, pairs):
    recorded = []
    lm._loglikelihood_tokens = lambda requests, disable_tqdm=False: recorded.extend(requests) or []
    lm.loglikelihood([Request(p) for p in pairs], disable_tqdm=True)
    return [{"context_ids": c, "continuation_ids": t} for (_, c, t) in recorded]


def golden(task_name, num_fewshot, doc_ids, family, lm, system_instruction, multiturn, encode):
    task = suite_task() if task_name == "suite" else get_task_dict([task_name], TaskManager())[task_name]
    task.set_config(key="num_fewshot", value=num_fewshot)
    task.set_fewshot_seed(seed=1234)
    limit = max(doc_ids) + 1
    task.build_all_requests(
        limit=limit,
        rank=0,
        world_size=1,
        system_instruction=system_instruction,
        apply_chat_template=lm is not None,
        fewshot_as_multiturn=multiturn,
        chat_template=lm.apply_chat_template if lm is not None else None,
    )
    out = []
    for doc_id in doc_ids:
        instances = sorted((i for i in task.instances if i.doc_id == doc_id), key=lambda i: i.idx)
        requests = [{"context": i.arguments[0], "continuation": i.arguments[1]} for i in instances]
        doc = {"doc_id": doc_id, "requests": requests}
        if encode and doc_id == doc_ids[0]:
            doc["tokens"] = encoded(lm or chat_lm(None), [i.arguments for i in instances[:2]])
        out.append(doc)
    return {
        "task": task_name,
        "num_fewshot": num_fewshot,
        "template": family,
        "system_instruction": system_instruction,
        "fewshot_as_multiturn": multiturn,
        "docs": out,
    }


def main():
    families = sorted(name.removesuffix(".jinja") for name in os.listdir(TEMPLATES) if name.endswith(".jinja"))
    lms = {}
    for family in families:
        with open(os.path.join(TEMPLATES, f"{family}.jinja"), encoding="utf-8") as f:
            lms[family] = chat_lm(f.read())
    system = "You are a careful expert. Answer with the letter only."
    cases = []
    for family in families:
        lm = lms[family]
        cases += [
            golden("mmlu_anatomy", 0, [0, 1], family, lm, None, False, True),
            golden("mmlu_anatomy", 2, [0], family, lm, None, True, True),
            golden("mmlu_anatomy", 2, [0], family, lm, None, False, False),
            golden("mmlu_anatomy", 1, [1], family, lm, system, True, False),
            golden("arc_challenge", 0, [0], family, lm, None, False, True),
            golden("arc_challenge", 2, [0, 1], family, lm, system, True, False),
            golden("arc_easy", 2, [0], family, lm, system, False, False),
            golden("suite", 2, [0, 1], family, lm, None, True, False),
            golden("suite", 1, [1], family, lm, system, False, False),
            golden("winogrande", 1, [0], family, lm, None, True, False),
        ]
    # --system_instruction without a chat template: prepended as plain text.
    cases += [
        golden("mmlu_anatomy", 1, [0], None, None, system, False, False),
        golden("arc_easy", 0, [0], None, None, system, False, False),
    ]
    # One case per line: the file stays diffable without a line per token id.
    generator = f"lm_eval {version('lm_eval')}, transformers {version('transformers')}, {os.path.relpath(__file__, ROOT)}"
    lines = [json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in cases]
    sys.stdout.write(f'{{"generator":{json.dumps(generator)},"cases":[\n' + ",\n".join(lines) + "\n]}\n")


if __name__ == "__main__":
    main()
