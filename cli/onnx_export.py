"""``torchtpu export MODEL.onnx``: the ONNX frontend behind the export command.

The export command dispatches here for ``.onnx`` files; the artifact it writes has the same format as a torch
export, so ``run``, ``inspect`` and ``serve`` work on it unchanged.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from torchtpu_aot.artifact import check_overwrite, check_target_version, output_paths
from torchtpu_aot.errors import OptionError

from .formatting import seconds, written_lines
from .inputs import parse_input_options, read_npy


def parse_constant_options(options: tuple[str, ...]) -> dict[str, np.ndarray]:
    """``NAME=FILE.npy`` pairs fixing ONNX graph inputs to values (for inputs that decide shapes)."""
    return {name: read_npy(file, f"--constant {name}", OptionError)
            for name, file in parse_input_options(options, "--constant").items()}


def export_onnx_file(model_file: Path, output: Path | None, fmt: str, target_version: str | None,
                     inline_weights: bool, platforms: str | None, force: bool, constant_options: tuple[str, ...],
                     echo, shard: list[str] | None = None) -> None:
    """Convert ``model_file`` (ONNX) and save the artifact, printing what was written like a torch export."""
    import torchtpu_aot
    from torchtpu_aot.convert.emit import check_platforms

    version = check_target_version(target_version)
    wanted = None
    if platforms is not None:
        wanted = check_platforms(p.strip() for p in platforms.split(",") if p.strip())
    constants = parse_constant_options(constant_options)
    path = output if output is not None else Path("out") / f"{model_file.stem}.mlir"
    check_overwrite(output_paths(path, inline_weights), force)
    start = time.perf_counter()
    artifact = torchtpu_aot.export_onnx(model_file, constants=constants, platforms=wanted, shard=shard)
    converted = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    artifact.save(path, format=fmt, target_version=target_version, inline_weights=inline_weights, overwrite=force,
                  progress=True)
    saved = time.perf_counter()

    for line in written_lines(path, artifact.manifest, fmt, version, inline_weights):
        echo(line)
    echo(f"exported {model_file.name} (ONNX opset {artifact.manifest.producer['onnx_opset']}) in "
         f"{seconds(saved - start)} (convert {seconds(converted - start)}, save {seconds(saved - converted)})")

