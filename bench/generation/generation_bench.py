#!/usr/bin/python3
"""One round of the generation benchmark, PyTorch's side: nanoGPT's GPT and its generate loop
(sample.py's, temperature 0.8, top-k 200) on the same safetensors; prints 'pytorch <tok/s>'."""
import os
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "runtime-trainer", "src", "test", "resources", "inference"))
from nanogpt_model import load_gpt  # noqa: E402

model, _ = load_gpt(sys.argv[1])
tokens = int(sys.argv[2])
prompt = torch.tensor([list("Licensed ".encode("utf-8"))])
torch.manual_seed(1337)
model.generate(prompt, 200, temperature=0.8, top_k=200)
started = time.perf_counter()
model.generate(prompt, tokens, temperature=0.8, top_k=200)
print("pytorch %.1f" % (tokens / (time.perf_counter() - started)))
