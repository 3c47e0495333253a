"""TinyLlama-1.1B's architecture (models/llama.py at 1,100,048,384 parameters, 4.4 GB of float32 weights),
with cheap random weights: for measuring what exporting a billion-parameter model costs.

    torchtpu export benchmarks/llama_1b.py -o out/llama_1b.mlir
    python -m benchmarks.export_memory benchmarks/llama_1b.py
    torchtpu export benchmarks/llama_1b.py --task text-generation -o out/llama_1b_gen.mlir
"""

import importlib.util
import sys
from pathlib import Path

import torch


def _llama():
    """models/llama.py (model files are loaded by path, so this one finds its sibling folder by path too)."""
    name = "torchtpu_benchmarks_llama"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent.parent / "models" / "llama.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules[name]


llama = _llama()
CONFIG = llama.TINYLLAMA_1B


def build():
    model = llama.materialize(CONFIG)
    return model, (torch.randint(0, CONFIG.vocab_size, (1, 8), dtype=torch.int64),)


def build_causal_lm():
    """The same architecture as transformers' LlamaForCausalLM, for text generation (``torchtpu export
    benchmarks/llama_1b.py --task text-generation``, ``torchtpu bench-generate``)."""
    return llama.build_causal_lm(CONFIG)
