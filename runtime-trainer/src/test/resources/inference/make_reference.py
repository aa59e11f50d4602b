#!/usr/bin/python3
"""PyTorch side of the parity fixture: loads tiny-gpt.safetensors (exported by Plumbline) into
nanoGPT's GPT on Debian's python3-torch (1.13), and writes

  pytorch-reference.json            logits on fixed inputs, the LM-eval-harness log-likelihoods
                                    of the HellaSwag and MMLU sample items, a greedy generation
  tiny-gpt.from-pytorch.safetensors the model's state dict written back from PyTorch

for PyTorchParityTest, which needs no Python. The harness's text preparation is written out here
independently of the Java code (HellaSwag's preprocess and capitalize, MMLU's zero-shot prompt,
_encode_pair). Run through make_fixture.sh, or:
    /usr/bin/python3 make_reference.py
"""
import json
import os
import re
import sys

import torch
from torch.nn import functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nanogpt_model import load_gpt, write_safetensors  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LM = os.path.join(HERE, "..", "eval", "lm")
torch.set_num_threads(1)


def encode(text):
    return list(text.encode("utf-8"))


def hellaswag_preprocess(text):
    text = text.strip().replace(" [title]", ". ")
    text = re.sub("\\[.*?\\]", "", text)
    return text.replace("  ", " ")


def hellaswag_items():
    items = []
    for line in open(os.path.join(LM, "hellaswag-sample.jsonl"), encoding="utf-8"):
        doc = json.loads(line)
        ctx = doc["ctx_a"] + " " + doc["ctx_b"].capitalize()
        items.append((hellaswag_preprocess(doc["activity_label"] + ": " + ctx),
                      [hellaswag_preprocess(e) for e in doc["endings"]], int(doc["label"])))
    return items


def mmlu_items():
    items = []
    for line in open(os.path.join(LM, "mmlu-sample.jsonl"), encoding="utf-8"):
        doc = json.loads(line)
        subject = doc["subject"].replace("_", " ")
        prompt = f"The following are multiple choice questions (with answers) about {subject}.\n\n"
        prompt += doc["question"].strip()
        for letter, choice in zip("ABCD", doc["choices"]):
            prompt += f"\n{letter}. {choice}"
        prompt += "\nAnswer:"
        items.append((prompt, ["A", "B", "C", "D"], doc["answer"]))
    return items


@torch.no_grad()
def loglikelihood(model, block_size, context, continuation):
    n_spaces = len(context) - len(context.rstrip())
    if n_spaces > 0:
        continuation = context[-n_spaces:] + continuation
        context = context[:-n_spaces]
    whole = encode(context + continuation)
    context_enc = encode(context)
    continuation_enc = whole[len(context_enc):]
    inp = torch.tensor([(context_enc + continuation_enc)[-(block_size + 1):][:-1]])
    logprobs = F.log_softmax(model(inp, all_positions=True), dim=-1)[0]
    targets = (context_enc + continuation_enc)[-(block_size + 1):][1:]
    # A continuation longer than the window is scored on the tokens the window still holds.
    n = min(len(continuation_enc), len(targets))
    rows = logprobs[-n:]
    return float(sum(rows[i, targets[-n + i]] for i in range(n)))


def score(model, block_size, items):
    out = []
    for context, choices, answer in items:
        lls = [loglikelihood(model, block_size, context, " " + c) for c in choices]
        norms = [ll / len(c) for ll, c in zip(lls, choices)]
        out.append({"context": context, "choices": choices, "answer": answer,
                    "loglikelihoods": lls, "acc_pick": int(torch.tensor(lls).argmax()),
                    "acc_norm_pick": int(torch.tensor(norms).argmax())})
    return out


def main():
    model, config = load_gpt(os.path.join(HERE, "tiny-gpt.safetensors"))
    inputs = ["Licensed under the Apache Licens", "This program is free software;",
              "Each Contributor hereby grants"]
    logits = [model(torch.tensor([encode(text)]), all_positions=True)[0].tolist()
              for text in inputs]
    prompt = "The software is provided "
    greedy = model.generate(torch.tensor([encode(prompt)]), 40, temperature=0)[0].tolist()
    reference = {
        "generator": "make_reference.py", "torch": torch.__version__,
        "inputs": inputs, "logits": logits,
        "hellaswag": score(model, config.block_size, hellaswag_items()),
        "mmlu": score(model, config.block_size, mmlu_items()),
        "greedy_prompt": prompt, "greedy_tokens": greedy[len(encode(prompt)):],
    }
    with open(os.path.join(HERE, "pytorch-reference.json"), "w", encoding="utf-8") as f:
        json.dump(reference, f)
        f.write("\n")
    state = {k: v for k, v in model.state_dict().items() if not k.endswith(".attn.bias")}
    # The tied head last, as Plumbline writes it (state_dict() lists it first, with wte).
    head = state.pop("lm_head.weight")
    state["lm_head.weight"] = head
    metadata = {"format": "pt", "n_layer": config.n_layer, "n_head": config.n_head,
                "n_embd": config.n_embd, "block_size": config.block_size,
                "vocab_size": config.vocab_size, "bias": "True", "dropout": "0.0",
                "source": "pytorch " + torch.__version__}
    write_safetensors(os.path.join(HERE, "tiny-gpt.from-pytorch.safetensors"), state, metadata)
    print("[INFO] wrote pytorch-reference.json and tiny-gpt.from-pytorch.safetensors")


if __name__ == "__main__":
    main()
