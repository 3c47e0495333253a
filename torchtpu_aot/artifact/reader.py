"""Reading an artifact back: the program, its manifest and its weights, each checked as it is read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from torchtpu_aot import dtypes, mlir_module
from torchtpu_aot.artifact import manifest as manifest_lib
from torchtpu_aot.artifact import weights as weights_lib
from torchtpu_aot.errors import ArtifactError


@dataclass
class LoadedArtifact:
    """An artifact as read from disk; ``program_text`` is StableHLO text whatever the file's format."""

    path: Path
    program_text: str
    manifest: dict

    def load_weights(self) -> dict[str, np.ndarray]:
        """The weight arrays in @main argument order (empty when weights are inlined)."""
        info = self.manifest["weights"]
        if info.get("inline"):
            return {}
        if info.get("file") is None:
            raise ArtifactError(f"{self.path} names no weights file and does not inline its weights.")
        arrays = weights_lib.read(self.path.parent / info["file"], info.get("sha256"))
        ordered = {}
        for entry in info["tensors"]:
            name = entry["name"]
            if name not in arrays:
                raise ArtifactError(f"The weights file of {self.path} lacks the tensor {name!r} its manifest lists.")
            array = arrays[name]
            if dtypes.name_of(array.dtype) != entry["dtype"] or list(array.shape) != entry["shape"]:
                raise ArtifactError(
                    f"The weights file of {self.path} holds {name!r} as {dtypes.name_of(array.dtype)}"
                    f"{list(array.shape)}, but the manifest says {entry['dtype']}{entry['shape']}; the files do "
                    "not belong together. Re-export the model."
                )
            ordered[name] = array
        return ordered


def read_artifact(path: str | Path) -> LoadedArtifact:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactError(f"No artifact at {path}: the file does not exist.") from None
    except IsADirectoryError:
        raise ArtifactError(f"{path} is a folder; pass the artifact's .mlir file.") from None
    if mlir_module.is_bytecode(data):
        try:
            text = mlir_module.from_portable(data)
        except Exception as e:
            raise ArtifactError(
                f"{path} is StableHLO bytecode this jaxlib (StableHLO {mlir_module.current_version()}) cannot read "
                f"({e}); it is truncated, corrupted, or written for a newer StableHLO."
            ) from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ArtifactError(f"{path} is neither StableHLO text nor StableHLO bytecode.") from None
    with mlir_module.new_context() as ctx:
        try:
            module = mlir_module.parse(text, ctx)
        except Exception as e:
            raise ArtifactError(f"{path} is not a valid MLIR module: {str(e).splitlines()[0]}") from None
        if mlir_module.main_func(module) is None:
            raise ArtifactError(f"{path} has no @main function to run.")
        manifest = manifest_lib.loads(mlir_module.read_string_attr(module, mlir_module.MANIFEST_ATTR), str(path))
    return LoadedArtifact(path=path, program_text=text, manifest=manifest)
