"""The in-memory artifact the converter produces, and how it is written to disk.

On disk: ``NAME.mlir`` (StableHLO text, or portable VHLO bytecode) carrying the manifest as a module
attribute, and ``NAME.safetensors`` beside it with the weights (unless they are inlined as constants).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from torchtpu_aot import mlir_module
from torchtpu_aot.artifact import manifest as manifest_lib
from torchtpu_aot.artifact import weights as weights_lib
from torchtpu_aot.artifact.files import write_atomic
from torchtpu_aot.errors import ArtifactError

FORMATS = ("text", "bytecode")


@dataclass
class Artifact:
    """A converted program: StableHLO text whose @main takes ``weights`` (in order) then the user inputs.

    ``manifest`` is complete except for what depends on how it is saved (program format, weights file).
    """

    program: str
    manifest: dict
    weights: dict[str, np.ndarray]

    def serialize(self, name: str, *, format: str = "text", target_version: str | None = None,
                  inline_weights: bool = False) -> tuple[bytes, bytes | None]:
        """The bytes of ``NAME.mlir`` and of ``NAME.safetensors`` (None when the weights are inlined)."""
        if format not in FORMATS:
            raise ArtifactError(f"Unknown artifact format {format!r}; choose one of {', '.join(FORMATS)}.")
        version = check_target_version(target_version)
        manifest = copy.deepcopy(self.manifest)
        manifest["program"] = {"format": format, "stablehlo_version": version}
        with mlir_module.new_context() as ctx:
            module = mlir_module.parse(self.program, ctx)
            if inline_weights and manifest["mutated_buffers"]:
                raise ArtifactError(
                    "--inline-weights cannot be used for a model that mutates its buffers ("
                    + ", ".join(b["buffer"] for b in manifest["mutated_buffers"])
                    + "): inlined buffers are constants and could not carry the updates. Save the weights "
                    "beside the program, or export the model in eval mode."
                )
            if inline_weights:
                first = 1 if manifest["platform_index_argument"] else 0
                mlir_module.inline_arguments(mlir_module.main_func(module),
                                             {first + i: a for i, a in enumerate(self.weights.values())})
                manifest["weights"].update(file=None, sha256=None, inline=True)
                data = None
            else:
                data = weights_lib.encode(self.weights)
                manifest["weights"].update(file=f"{name}.safetensors", sha256=mlir_module.sha256_bytes(data),
                                           inline=False)
            mlir_module.set_string_attr(module, mlir_module.MANIFEST_ATTR, manifest_lib.dumps(manifest))
            text = mlir_module.print_module(module)
        program = mlir_module.to_portable(text, version) if format == "bytecode" else text.encode()
        return program, data

    def save(self, path: str | Path, *, format: str = "text", target_version: str | None = None,
             inline_weights: bool = False) -> Path:
        """Write the artifact to ``path`` (``.mlir``) and, unless inlined, the weights beside it.

        Each file is written to a temporary name and renamed, so an interrupted save leaves no half file.
        """
        path = Path(path)
        if path.suffix != ".mlir":
            raise ArtifactError(f"Artifact path {path} must end in .mlir (the weights go beside it as .safetensors).")
        program, data = self.serialize(path.stem, format=format, target_version=target_version,
                                       inline_weights=inline_weights)
        if data is not None:
            write_atomic(path.with_suffix(".safetensors"), data)
        write_atomic(path, program)
        return path


def check_target_version(target_version: str | None) -> str:
    """The StableHLO version to write: the requested one, checked against what this jaxlib can write."""
    current, minimum = mlir_module.current_version(), mlir_module.minimum_version()
    if target_version is None:
        return current
    try:
        wanted = tuple(int(p) for p in target_version.split("."))
        if len(wanted) != 3:
            raise ValueError
    except ValueError:
        raise ArtifactError(f"--target-version {target_version!r} is not a version like 1.0.0.") from None
    if not (_parse(minimum) <= wanted <= _parse(current)):
        raise ArtifactError(
            f"StableHLO target version {target_version} is outside what the installed jaxlib can write "
            f"({minimum} to {current}); pick a version in that range."
        )
    return target_version


def _parse(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))
