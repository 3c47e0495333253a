"""Golden artifacts: export every model in models/ into artifacts/<model>/ (``make goldens``).

Each folder holds the golden ``<model>.mlir`` text (weights not inline). Models whose weights are at most
SMALL_WEIGHTS bytes also keep ``<model>.safetensors``, ``inputs.safetensors`` (tensor inputs by manifest name)
and ``expected.safetensors`` (eager torch outputs by manifest output name).
Run as ``python -m tests.golden_tools [MODEL ...]``.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
ARTIFACTS = ROOT / "artifacts"
SMALL_WEIGHTS = 4 * 2**20


def model_names() -> list[str]:
    return sorted(p.stem for p in MODELS.glob("*.py"))


@dataclass
class Exported:
    """A model file exported once: its spec, the artifact, and eager torch's outputs on the example inputs."""

    name: str
    spec: Any
    artifact: Any
    reference: Any

    def golden_text(self) -> bytes:
        return self.artifact.serialize(self.name)[0]

    def weight_bytes(self) -> int:
        return sum(a.nbytes for a in self.artifact.weights.values())

    def named_inputs(self) -> dict[str, np.ndarray]:
        from torchtpu_aot import pytree
        from torchtpu_aot.dtypes import to_array

        manifest = self.artifact.manifest
        leaves = pytree.flatten(manifest["input_spec"], (self.spec.args, self.spec.kwargs))
        return {e["name"]: to_array(v) for e, v in zip(manifest["inputs"], leaves) if "constant" not in e}

    def named_reference(self) -> dict[str, np.ndarray]:
        from torchtpu_aot.compare import flatten_outputs
        from torchtpu_aot.dtypes import to_array

        names = [e["name"] for e in self.artifact.manifest["outputs"]]
        return {n: to_array(v) for n, (_, v) in zip(names, flatten_outputs(self.reference))}


def export_model(name: str) -> Exported:
    import torch

    import torchtpu_aot
    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(MODELS / f"{name}.py")
    artifact = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes)
    with torch.no_grad():
        reference = spec.model(*spec.args, **spec.kwargs)
    return Exported(name, spec, artifact, reference)


def write_golden(name: str) -> Path:
    import safetensors.numpy

    exported = export_model(name)
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    program, weights = exported.artifact.serialize(name)
    (folder / f"{name}.mlir").write_bytes(program)
    if exported.weight_bytes() <= SMALL_WEIGHTS:
        (folder / f"{name}.safetensors").write_bytes(weights)
        safetensors.numpy.save_file(exported.named_inputs(), folder / "inputs.safetensors")
        safetensors.numpy.save_file(exported.named_reference(), folder / "expected.safetensors")
    return folder


def main(argv: list[str]) -> None:
    for name in argv or model_names():
        folder = write_golden(name)
        print(f"{name}: {', '.join(sorted(p.name for p in folder.iterdir()))}")


if __name__ == "__main__":
    main(sys.argv[1:])
