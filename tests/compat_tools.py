"""Compatibility artifacts: format-version-1 artifacts kept in artifacts/compat/ as a promise.

Unlike the goldens (``tests/golden_tools.py``), these files are never regenerated when the converter changes:
they stand for artifacts users already have, and every later release must keep loading and running them
(tests/test_artifact_errors.py does). The folder holds, for one small model that exercises a dynamic dim, a
keyword argument, an int64 input, a buffer and a nested dict output:

- ``v1_text.mlir`` + ``v1_text.safetensors``: StableHLO text;
- ``v1_bytecode.mlir`` + ``v1_bytecode.safetensors``: portable bytecode at the oldest StableHLO version the
  installed jaxlib writes (``check_target_version``'s minimum), the version with the longest promise;
- ``inputs.safetensors`` and ``expected.safetensors``: inputs by manifest name and eager torch's outputs.

Run ``python -m tests.compat_tools`` to create the files that are missing; ``--force`` replaces existing ones,
which breaks the promise they stand for: only do it when adding a new format version's artifacts.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from tests.golden_tools import ARTIFACTS

COMPAT = ARTIFACTS / "compat"
PROGRAMS = {"v1_text": "text", "v1_bytecode": "bytecode"}
BATCH = 3


def build():
    """The compat model and its example inputs (the model file convention)."""
    import torch
    from torch import nn

    class CompatModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(10, 4)
            self.proj = nn.Linear(4, 3)
            self.register_buffer("scale", torch.tensor([0.5, 1.0, 2.0]))

        def forward(self, x, ids, *, bias):
            h = torch.relu(self.proj(x + self.embed(ids))) * self.scale + bias
            return {"y": h, "stats": {"sum": h.sum(dim=1), "argmax": h.argmax(dim=1)}}

    torch.manual_seed(0)
    model = CompatModel().eval()
    args = (torch.randn(BATCH, 4), torch.randint(0, 10, (BATCH,)))
    return model, args, {"bias": torch.randn(3)}


def dynamic_shapes():
    import torch

    batch = torch.export.Dim("batch", min=1, max=64)
    return {"x": {0: batch}, "ids": {0: batch}, "bias": None}


def write(force: bool) -> list[str]:
    """Export the compat model and write the files; refuses to replace any existing file unless ``force``."""
    import safetensors.numpy
    import torch

    import torchtpu_aot
    from torchtpu_aot.artifact import check_overwrite
    from torchtpu_aot.compare import flatten_outputs
    from torchtpu_aot.dtypes import to_array
    from torchtpu_aot.mlir_module import minimum_version

    paths = [COMPAT / "inputs.safetensors", COMPAT / "expected.safetensors"]
    paths += [COMPAT / f"{stem}{suffix}" for stem in PROGRAMS for suffix in (".mlir", ".safetensors")]
    check_overwrite(paths, force)
    model, args, kwargs = build()
    artifact = torchtpu_aot.export(model, args, kwargs, dynamic_shapes=dynamic_shapes(), name="compat")
    for stem, fmt in PROGRAMS.items():
        target = minimum_version() if fmt == "bytecode" else None
        artifact.save(COMPAT / f"{stem}.mlir", format=fmt, target_version=target, overwrite=force)
    with torch.no_grad():
        reference = model(*args, **kwargs)
    inputs = {"x": args[0].numpy(), "ids": args[1].numpy(), "bias": kwargs["bias"].numpy()}
    names = [e["name"] for e in artifact.manifest.to_json()["outputs"]]
    expected = {n: np.ascontiguousarray(to_array(v)) for n, (_, v) in zip(names, flatten_outputs(reference))}
    (COMPAT / "inputs.safetensors").write_bytes(safetensors.numpy.save(inputs))
    (COMPAT / "expected.safetensors").write_bytes(safetensors.numpy.save(expected))
    return sorted(p.name for p in paths)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.compat_tools", description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true",
                        help="replace existing compat files (breaks the compatibility promise they stand for)")
    options = parser.parse_args(argv)
    from torchtpu_aot.errors import ArtifactExistsError

    try:
        written = write(options.force)
    except ArtifactExistsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"{COMPAT}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
