"""Weights in safetensors: written deterministically, read back with their digest checked."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import safetensors.numpy

from torchtpu_aot.errors import ArtifactError
from torchtpu_aot.mlir_module import sha256_bytes

_METADATA = {"format": "torchtpu_aot"}


def encode(weights: Mapping[str, np.ndarray]) -> bytes:
    """The safetensors bytes for ``weights`` (same arrays -> same bytes)."""
    # np.ascontiguousarray turns 0-d arrays into 1-d ones: reshape back so scalar buffers keep their shape.
    arrays = {k: np.ascontiguousarray(v).reshape(np.shape(v)) for k, v in weights.items()}
    return safetensors.numpy.save(arrays, metadata=_METADATA)


def read(path: Path, expected_sha256: str | None) -> dict[str, np.ndarray]:
    """Load a weights file, checking its SHA-256 against the manifest's."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactError(
            f"The weights file {path} is missing; it must lie beside the .mlir it belongs to "
            "(copy both files together, or re-export with --inline-weights for a single file)."
        ) from None
    if expected_sha256 is not None and sha256_bytes(data) != expected_sha256:
        raise ArtifactError(
            f"The weights file {path} does not match the SHA-256 recorded in its artifact: it was changed or "
            "belongs to another export. Copy the matching .safetensors file, or re-export the model."
        )
    try:
        return safetensors.numpy.load(data)
    except Exception as e:  # safetensors raises its own error types for malformed headers
        raise ArtifactError(f"The weights file {path} is not valid safetensors ({e}).") from None
