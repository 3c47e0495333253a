"""Conversion time against graph size: the LLaMA-style decoder of models/llama.py at 2 to 32 layers.

    python -m benchmarks.decoder_scaling [--layers 2,4,8,16,32] [--json]

Each depth is built, torch.exported and converted in this process (after one untimed warm-up export, so that
torch's and JAX's first-use costs do not land on the smallest model). Prints graph nodes, torch.export time,
conversion time, their ratio and the conversion time per graph node: constant per-node time means conversion
is linear in graph size.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _llama_module():
    spec = importlib.util.spec_from_file_location("torchtpu_bench_llama", ROOT / "models" / "llama.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def measure(layers: int, llama=None) -> dict[str, Any]:
    """One depth: graph size, torch.export seconds, conversion seconds."""
    import torch

    from torchtpu_aot.benchmark.timing import timed
    from torchtpu_aot.convert import convert
    from torchtpu_aot.frontend.torch_export import dim_names, export_program

    llama = llama or _llama_module()
    torch.manual_seed(0)
    config = dataclasses.replace(llama.CONFIG, num_layers=layers)
    model = llama.Llama(config).eval()
    args = (torch.randint(0, config.vocab_size, (2, 16), dtype=torch.int64),)
    ep, export_s = timed(lambda: export_program(model, args, None, llama.DYNAMIC_SHAPES))
    names = dim_names(ep, model, args, None, llama.DYNAMIC_SHAPES)
    _, convert_s = timed(lambda: convert(ep, model_name=f"llama_{layers}", dim_names=names))
    nodes = sum(1 for n in ep.graph.nodes if n.op == "call_function")
    return {"layers": layers, "params": config.num_parameters(), "graph_nodes": nodes, "torch_export_s": export_s,
            "conversion_s": convert_s, "conversion_ratio": convert_s / export_s,
            "conversion_ms_per_node": convert_s / nodes * 1e3}


def curve(depths: list[int]) -> list[dict[str, Any]]:
    llama = _llama_module()
    measure(1, llama)  # warm-up: first-use costs of torch.export and JAX
    return [measure(layers, llama) for layers in depths]


def lines(rows: list[dict[str, Any]]) -> list[str]:
    from torchtpu_aot.benchmark.report import markdown_table

    table = markdown_table(
        ["layers", "params", "graph nodes", "torch.export", "conversion", "conversion / torch.export",
         "conversion per node"],
        [[str(r["layers"]), f"{r['params'] / 1e6:.1f} M", str(r["graph_nodes"]), f"{r['torch_export_s']:.2f} s",
          f"{r['conversion_s']:.2f} s", f"{r['conversion_ratio']:.2f}x", f"{r['conversion_ms_per_node']:.2f} ms"]
         for r in rows])
    first, last = rows[0], rows[-1]
    growth = (f"From {first['layers']} to {last['layers']} layers the graph grows "
              f"{last['graph_nodes'] / first['graph_nodes']:.1f}x and conversion time "
              f"{last['conversion_s'] / first['conversion_s']:.1f}x.")
    return [*table, "", growth]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layers", default="2,4,8,16,32", help="Comma-separated depths.")
    parser.add_argument("--json", action="store_true", help="Print the rows as one JSON list.")
    options = parser.parse_args(argv)
    rows = curve([int(x) for x in options.layers.split(",")])
    print(json.dumps(rows) if options.json else "\n".join(lines(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
