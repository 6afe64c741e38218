"""How lm-evaluation-harness's HF backend splits log-likelihood requests into token ids, for the stories260k
tokenizer in ../shared/models (SentencePiece BPE with byte fallback, add_bos_token true).

This runs lm-eval's own `HFLM.loglikelihood` -> `TemplateLM.loglikelihood` / `_encode_pair` / `HFLM.tok_encode`
(no model is loaded: the pairs of ids handed to `_loglikelihood_tokens` are recorded). The tokenizer is the
model's tokenizer.json loaded as `PreTrainedTokenizerFast`, which applies that file as written, as transformers
4.x's LlamaTokenizerFast does. (transformers 5's LlamaTokenizer replaces the file's normalizer with a Metaspace
pre-tokenizer that adds no second "▁" to a text that starts with a space; that difference is not lm-eval's and
is documented in the README.)

Run from the repository root, with lm-eval 0.4.13 and transformers installed:
    python packages/core/test/reference/lm_eval_encode_pair.py > packages/core/test/reference/lm-eval-encode-pair.json
"""

import json
import os
import sys
from importlib.metadata import version

from lm_eval.models.huggingface import HFLM
from transformers import PreTrainedTokenizerFast

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.normpath(os.path.join(HERE, "../../../../../shared/models/stories260k"))

# Python whitespace that JavaScript's \s lacks (U+001C-U+001F, U+0085) and the one it has that Python lacks
# (U+FEFF); a text that starts with the BOS text; an empty context before a continuation that starts with it.
REQUESTS = [
    ("", " Hello"),
    ("", "Once upon a time"),
    ("", "<s> Hi"),
    ("<s>Q:", " a"),
    ("Once upon a time\x85", "there"),
    ("Once upon a time\x1c\x1d\x1e\x1f", " there"),
    ("Once upon a time\ufeff", " there"),
    ("Once upon a time\u3000 \t", "there"),
    ("Lily said:\n\n", "Hello."),
]


class Request:
    def __init__(self, args):
        self.args = args


def main():
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=os.path.join(MODEL, "tokenizer.json"), bos_token="<s>", eos_token="</s>", unk_token="<unk>"
    )
    lm = HFLM.__new__(HFLM)  # the backend without a model: only its tokenization runs
    lm.tokenizer = tokenizer
    lm.add_bos_token = True
    lm.custom_prefix_token_id = None
    lm.backend = "causal"
    lm.enable_thinking = False
    recorded = []
    lm._loglikelihood_tokens = lambda requests, disable_tqdm=False: recorded.extend(requests) or []
    lm.loglikelihood([Request(args) for args in REQUESTS], disable_tqdm=True)
    out = [
        {"context": context, "continuation": continuation, "context_ids": context_ids, "continuation_ids": continuation_ids}
        for (context, continuation), context_ids, continuation_ids in recorded
    ]
    json.dump(
        {"generator": f"lm_eval {version('lm_eval')}, {os.path.relpath(__file__, os.path.join(HERE, '../../../..'))}", "requests": out},
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
