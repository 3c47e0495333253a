"""Artifacts for the serving-host check, made where torch is: ``python -m tests.serving_host.prepare DIR``.

The serving-host check (``tests/serving_host/test_serving_host.py``) runs in a separate environment with the newest
JAX and no torch (CI: a Python 3.12 venv). This writes everything it needs into DIR, so that environment needs
nothing but DIR and the installed package:

- ``goldens/``: a copy of ``artifacts/`` (the stored goldens, those small enough with their weights, inputs and
  expected outputs, and the compat artifacts);
- freshly exported artifacts (``*.mlir`` + ``*.safetensors``): resnet18 with a dynamic batch (its program equals
  the stored golden's), llama (also with partition specs, for tensor parallelism), mobilenet_v3_small, an mlp as
  portable bytecode, a small text-generation artifact with partition specs (``llm_tp.json``: its greedy tokens), an
  ONNX model, gpt_decoder with composites and debug locations (bytecode), a cond inside a scan, and small models
  with named-tuple and scalar outputs, outputs sized by the data, buffers the model updates and random ops;
- ``plan.json``: for each artifact, the ways to load it (buckets, devices, tensor parallelism, weight folding) and
  the calls to make,
  each with its inputs and the outputs this (the exporting) environment's runtime computed, as ``.safetensors``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import safetensors.numpy
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


class Plan:
    def __init__(self, folder: Path):
        self.folder = folder
        self.entries: list[dict] = []

    def add(self, artifact: Path, loads: list[tuple[dict, list[dict[str, np.ndarray]]]], golden: str | None = None
            ) -> None:
        """Record ``artifact`` with, per load options, the calls to make (named inputs) and what they return."""
        import torchtpu_aot

        entry: dict[str, Any] = {"path": artifact.name, "loads": []}
        if golden:
            entry["golden"] = golden
        for index, (options, inputs_list) in enumerate(loads):
            # devices=N, tensor_parallel=T: the serving host compares with one device's outputs (equal up to
            # rounding)
            program = torchtpu_aot.load(artifact, **{k: v for k, v in options.items()
                                                     if k not in ("devices", "tensor_parallel")})
            done = []
            for call, inputs in enumerate(inputs_list):
                stem = f"{artifact.stem}.{index}.{call}"
                safetensors.numpy.save_file(inputs, self.folder / f"{stem}.inputs.safetensors")
                safetensors.numpy.save_file({k: np.asarray(v) for k, v in program.run_named(inputs).items()},
                                            self.folder / f"{stem}.expected.safetensors")
                done.append(stem)
            entry["loads"].append({"options": options, "calls": done})
        self.entries.append(entry)

    def write(self) -> None:
        (self.folder / "plan.json").write_text(json.dumps({"artifacts": self.entries}, indent=1))


def _export(model, args, path: Path, **options) -> Path:
    import torchtpu_aot

    save = {k: options.pop(k) for k in ("format", "target_version") if k in options}
    torchtpu_aot.export(model, args, **options).save(path, **save)
    return path


def _golden(name: str, folder: Path) -> Path:
    from tests.golden_tools import export_model

    path = folder / f"{name}.mlir"
    export_model(name).artifact.save(path)
    return path


def _model_file(name: str):
    from torchtpu_aot.frontend.model_file import load_model_file

    return load_model_file(ROOT / "models" / f"{name}.py")


def _random(shape, seed: int, dtype=np.float32) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def prepare(folder: Path) -> None:
    import torchtpu_aot

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ARTIFACTS, folder / "goldens", dirs_exist_ok=True)
    plan = Plan(folder)

    # The models whose goldens are stored without weights, exported as the goldens are (so their programs are the
    # goldens): resnet18 with a dynamic batch at batch 1 and 3, buckets, 2 devices, unfolded; llama; mobilenet.
    resnet = _golden("resnet18", folder)
    one, three = {"x": _random((1, 3, 224, 224), 1)}, {"x": _random((3, 3, 224, 224), 2)}
    plan.add(resnet, [({}, [one, three]), ({"buckets": [2, 4]}, [three]), ({"devices": 2}, [three]),
                      ({"fold_weights": False}, [one])], golden="resnet18/resnet18.mlir")
    ids = {"ids": np.random.default_rng(3).integers(0, 1000, (2, 9)).astype(np.int64)}
    plan.add(_golden("llama", folder), [({}, [ids])], golden="llama/llama.mlir")
    plan.add(_golden("mobilenet_v3_small", folder), [({}, [{"x": _random((1, 3, 224, 224), 4)}])],
             golden="mobilenet_v3_small/mobilenet_v3_small.mlir")

    # Tensor parallelism: llama with its partition specs (--shard auto), weights split over 4 and 2 of the 4
    # devices (2 x 2 with the batch split too).
    spec = _model_file("llama")
    llama_tp = _export(spec.model, spec.args, folder / "llama_tp.mlir", dynamic_shapes=spec.dynamic_shapes,
                       name=spec.name, shard="auto")
    plan.add(llama_tp, [({"devices": 4, "tensor_parallel": 4}, [ids]), ({"devices": 4, "tensor_parallel": 2}, [ids])])
    _generation_tp(folder)

    # Portable bytecode for this jaxlib's StableHLO, which newer jaxlibs promise to read (the compat goldens hold
    # one written for the oldest version).
    spec = _model_file("mlp")
    mlp = _export(spec.model, spec.args, folder / "mlp_bytecode.mlir", dynamic_shapes=spec.dynamic_shapes,
                  name=spec.name, format="bytecode")
    plan.add(mlp, [({}, [{"input": _random((5, 64), 5)}]), ({"devices": 4}, [{"input": _random((6, 64), 6)}])])

    # Named tuples (torch.topk's structseq, a user NamedTuple) and Python numbers as outputs: format 3.
    torch.manual_seed(0)
    extras = _export(NamedOutputs(), (torch.randn(4, 8),), folder / "named_outputs.mlir")
    plan.add(extras, [({}, [{"x": _random((4, 8), 7)}])])

    nonzero = _export(NonzeroRows(), (torch.randn(6, 3),), folder / "nonzero.mlir")
    plan.add(nonzero, [({}, [{"x": _random((6, 3), 8)}])])

    torch.manual_seed(0)
    batchnorm = _export(nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4)).train(), (torch.randn(8, 4),),
                        folder / "batchnorm_train.mlir")
    plan.add(batchnorm, [({}, [{"input": _random((8, 4), s)} for s in (9, 10)])])  # the statistics carry over

    random_ops = _export(RandomOps(), (torch.randn(3, 5),), folder / "random_ops.mlir")
    plan.add(random_ops, [({"seed": 7}, [{"x": _random((3, 5), 11)} for _ in range(2)])])

    # Composites and debug locations, as bytecode with a dynamic batch and sequence; control flow (a cond in a scan).
    spec = _model_file("gpt_decoder")
    gpt = _export(spec.model, spec.args, folder / "gpt_composites.mlir", dynamic_shapes=spec.dynamic_shapes,
                  name=spec.name, composites=True, debug_info=True, format="bytecode")
    tokens = np.random.default_rng(13)
    plan.add(gpt, [({}, [{"ids": tokens.integers(0, 512, shape).astype(np.int64)} for shape in ((2, 9), (1, 5))])])
    from tests.test_control_flow import GatedScan

    torch.manual_seed(0)
    scan = _export(GatedScan().eval(), (torch.randn(8, 3), torch.randn(3)), folder / "gated_scan.mlir")
    plan.add(scan, [({}, [{"xs": _random((8, 3), 14), "h0": _random((3,), 15)}])])

    from tests.onnx.test_onnx_frontend import mlp_model

    onnx_mlp = folder / "onnx_mlp.mlir"
    torchtpu_aot.export_onnx(mlp_model()).save(onnx_mlp)
    plan.add(onnx_mlp, [({}, [{"x": _random((3, 8), 12)}])])
    plan.write()


def _generation_tp(folder: Path) -> None:
    """A small Llama text-generation artifact with partition specs (4 heads, 2 key/value heads), and the greedy
    tokens this runtime generates with it on one device (``llm_tp.json``)."""
    import torchtpu_aot
    from tests import llm_tools

    checkpoint = llm_tools.checkpoint("llama", folder / "llm_tp_checkpoint")
    path = torchtpu_aot.export_llm(checkpoint, max_seq_len=48, max_batch=2, prefill_chunk=16,
                                   shard="auto").save(folder / "llm_tp.mlir")
    shutil.rmtree(checkpoint)
    prompts = [[1, 17, 42, 99, 7], [1, 5, 6]]
    tokens = [r.token_ids for r in torchtpu_aot.load(path).generate(prompts, max_new_tokens=10, ignore_eos=True)]
    (folder / "llm_tp.json").write_text(json.dumps({"prompts": prompts, "tokens": tokens}))


class Pair(NamedTuple):
    total: Any
    peak: Any


class NamedOutputs(nn.Module):
    """topk's named tuple, a user NamedTuple, and Python numbers (a float from .item(), an int size)."""

    def forward(self, x):
        return {"top": torch.topk(x, 3), "pair": Pair(x.sum(1), x.amax(1)), "mean": x.mean().item(),
                "rows": x.shape[0] * 2}


class NonzeroRows(nn.Module):
    def forward(self, x):
        return x.nonzero(), x[x > 0] * 2


class RandomOps(nn.Module):
    def forward(self, x):
        return x + torch.rand_like(x)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.serving_host.prepare", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    prepare(parser.parse_args(argv).folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
