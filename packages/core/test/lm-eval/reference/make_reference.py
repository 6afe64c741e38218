"""Reference data for ftbench's lm-eval formats, made with Python itself (no lm-eval install needed).

Each computation copies the lm-eval v0.4.13 code it stands for:
- doc_hash / prompt_hash / target_hash: lm_eval/evaluator.py (log_samples) with utils.hash_string;
- a samples line: loggers/evaluation_tracker.py save_results_samples (arguments as gen_args_i/arg_j,
  resps and filtered_resps through utils.sanitize_list, target as str) and json.dumps(ensure_ascii=False);
- few-shot draws: api/samplers.py ContextSampler.sample, which draws n + 1 and drops the evaluated doc
  only when the task's fewshot split equals its test split (api/task.py fewshot_context).

Run: python3 make_reference.py > reference.json
"""
import hashlib
import json
import random


def hash_string(string):
    return hashlib.sha256(string.encode("utf-8")).hexdigest()


def sanitize_list(sub):
    if isinstance(sub, list):
        return [sanitize_list(item) for item in sub]
    if isinstance(sub, tuple):
        return tuple(sanitize_list(item) for item in sub)
    return str(sub)


DOCS = [
    # a processed hellaswag doc: the Hub's columns, then the three process_docs adds
    {
        "ind": 24, "activity_label": "Roof shingle removal",
        "ctx_a": "A man is sitting on a roof.", "ctx_b": "he",
        "ctx": "A man is sitting on a roof. he",
        "endings": ["is using wrap to wrap a pair of skis.", "is ripping level tiles off.", "is holding a rubik's cube.", "starts pulling up roofing on a roof."],
        "source_id": "activitynet~v_-JhWjGDPHMY", "split": "val", "split_type": "indomain", "label": "3",
        "query": "Roof shingle removal: A man is sitting on a roof. He",
        "choices": ["is using wrap to wrap a pair of skis.", "is ripping level tiles off.", "is holding a rubik's cube.", "starts pulling up roofing on a roof."],
        "gold": 3,
    },
    # an ARC row with numeric labels, non-ASCII text, quotes, backslashes and control characters
    {
        "id": "Mercury_7\u00e9", "question": "Caf\u00e9 \u201cna\u00efve\u201d \\ tab\there\nnew line \u0001 \u007f \u2028 \U0001F600?",
        "choices": {"text": ["a", "b", "c"], "label": ["1", "2", "3"]}, "answerKey": "2",
    },
    # empty containers and a nested empty string
    {"sentence": "", "option1": [], "option2": {}, "answer": "1"},
]

FLOATS = [-1.0, -0.5, -12.345678901234567, -1e-05, -0.0001, -1.5e-07, -123456789.125, -1e16, -2.5e+20, 0.1, 3.0, -7.62939453125e-06]


def sampler_draws(docs, eval_docs, n, fewshot_split, test_split, seed=1234):
    rnd = random.Random(seed)
    out = []
    for eval_doc in eval_docs:
        if fewshot_split == test_split:
            res = [x for x in rnd.sample(docs, n + 1) if x != eval_doc][:n]
        else:
            res = rnd.sample(docs, n)
        out.append(res)
    return out


def main():
    docs = []
    for doc in DOCS:
        docs.append({
            "doc": doc,
            "indent2": json.dumps(doc, indent=2, ensure_ascii=False),
            "doc_hash": hash_string(json.dumps(doc, indent=2, ensure_ascii=False)),
        })
    hellaswag = DOCS[0]
    context = hellaswag["query"]
    arguments = [(context, " " + ending) for ending in hellaswag["choices"]]
    lls = [-12.5, -7.62939453125e-06, -3.0000000000000004, -1e-05]
    resps = [[(ll, ll == -7.62939453125e-06)] for ll in lls]
    sample = {
        "doc_id": 0,
        "doc": hellaswag,
        "target": 3,
        "arguments": arguments,
        "resps": resps,
        "filtered_resps": [r[0] for r in resps],
        "filter": "none",
        "metrics": ["acc", "acc_norm"],
        "doc_hash": hash_string(json.dumps(hellaswag, indent=2, ensure_ascii=False)),
        "prompt_hash": hash_string(arguments[0][0]),
        "target_hash": hash_string(str(3)),
    }
    sample.update({"acc": 0.0, "acc_norm": 1.0})
    # save_results_samples
    sample["arguments"] = {f"gen_args_{i}": {f"arg_{j}": tmp for j, tmp in enumerate(arg)} for i, arg in enumerate(sample["arguments"])}
    sample["resps"] = sanitize_list(sample["resps"])
    sample["filtered_resps"] = sanitize_list(sample["filtered_resps"])
    sample["target"] = str(sample["target"])
    line = json.dumps(sample, ensure_ascii=False)

    # HellaSwag-shaped pool: 30 train docs, 3 validation docs, 10-shot
    pool = [{"ind": i} for i in range(30)]
    evals = [{"ind": 100 + i} for i in range(3)]
    draws = {
        # plain hellaswag: no fewshot_split, no test_split -> None == None -> n + 1 draws
        "hellaswag_default": [[d["ind"] for d in res] for res in sampler_draws(pool, evals, 10, None, None)],
        # openllm: fewshot_split train != test_split None -> n draws
        "hellaswag_openllm": [[d["ind"] for d in res] for res in sampler_draws(pool, evals, 10, "train", None)],
    }
    print(json.dumps({
        "docs": docs,
        "floats": [{"value": f, "str": str(f)} for f in FLOATS],
        "sample": {"lls": lls, "line": line, "prompt_hash": sample["prompt_hash"], "target_hash": sample["target_hash"]},
        "draws": draws,
    }, indent=2, ensure_ascii=False))


main()
