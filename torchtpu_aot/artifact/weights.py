"""Weights in safetensors: written deterministically, read back with their digest checked."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import ml_dtypes
import numpy as np
import safetensors
import safetensors.numpy

from torchtpu_aot.errors import WeightsDigestError, WeightsFormatError, WeightsNotFoundError
from torchtpu_aot.mlir_module import sha256_bytes

_METADATA = {"format": "torchtpu_aot"}
# safetensors.numpy writes bfloat16 (ml_dtypes) as BF16 but cannot read it back: the dtype table is ours.
_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "BF16": ml_dtypes.bfloat16, "I64": np.int64,
           "I32": np.int32, "I16": np.int16, "I8": np.int8, "U64": np.uint64, "U32": np.uint32, "U16": np.uint16,
           "U8": np.uint8, "BOOL": np.bool_, "C64": np.complex64, "C128": np.complex128}


def encode(weights: Mapping[str, np.ndarray]) -> bytes:
    """The safetensors bytes for ``weights`` (same arrays -> same bytes)."""
    # np.ascontiguousarray turns 0-d arrays into 1-d ones: reshape back so scalar buffers keep their shape.
    arrays = {k: np.ascontiguousarray(v).reshape(np.shape(v)) for k, v in weights.items()}
    return safetensors.numpy.save(arrays, metadata=_METADATA)


def read(path: Path, expected_sha256: str) -> dict[str, np.ndarray]:
    """Load a weights file, checking its SHA-256 against the manifest's before parsing anything."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WeightsNotFoundError(
            f"The weights file {path} is missing; it must lie beside the .mlir it belongs to "
            "(copy both files together, or re-export with --inline-weights for a single file)."
        ) from None
    except OSError as e:
        raise WeightsNotFoundError(f"The weights file {path} cannot be read ({e.strerror or e}); check that it is a "
                                   "file beside the .mlir and that its permissions allow reading.") from None
    if sha256_bytes(data) != expected_sha256:
        raise WeightsDigestError(
            f"The weights file {path} does not match the SHA-256 recorded in its artifact: it was changed or "
            "belongs to another export. Copy the matching .safetensors file, or re-export the model."
        )
    try:
        return {name: _as_array(view) for name, view in safetensors.deserialize(data)}
    except Exception as e:  # safetensors raises its own error types for malformed headers and data
        raise WeightsFormatError(f"The weights file {path} is not valid safetensors ({type(e).__name__}: {e}), "
                                 "although its SHA-256 matches the artifact: it was written wrongly. Re-export "
                                 "the model.") from None


def _as_array(view: dict) -> np.ndarray:
    """One tensor of ``safetensors.deserialize``'s output as a numpy array (KeyError for an unknown dtype)."""
    return np.frombuffer(view["data"], dtype=_DTYPES[view["dtype"]]).reshape(view["shape"])
