"""Weights in safetensors: written deterministically, read back with their digest checked."""

from __future__ import annotations

import hashlib
import json
import os
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
    """The safetensors bytes for ``weights`` (same arrays -> same bytes). Holds the whole file in memory: to
    write large weights, ``write`` streams the same bytes to a file instead."""
    return safetensors.numpy.save(_contiguous(weights), metadata=_METADATA)


def write(weights: Mapping[str, np.ndarray], path: Path) -> str:
    """Write the safetensors file for ``weights`` to ``path`` (the bytes ``encode`` gives) and return its SHA-256.

    The library writes each array's own memory to the file, copying nothing (contiguous little-endian arrays,
    which lifted weights are), so peak memory stays at the weights themselves whatever their size.
    """
    arrays = _contiguous(weights)
    safetensors.numpy.save_file(arrays, path, metadata=_METADATA)
    return _hash_as_written(path, arrays) or sha256_file(path)


def _hash_as_written(path: Path, arrays: Mapping[str, np.ndarray]) -> str | None:
    """The SHA-256 of the safetensors file just written at ``path`` from ``arrays``: its header read back from the
    file, then the arrays themselves from memory in the order its offsets give (faster than reading the file
    back). None where the file is not laid out as the arrays predict; the caller then hashes the file."""
    try:
        with open(path, "rb") as f:
            size = int.from_bytes(f.read(8), "little")
            header = f.read(size)
            file_size = os.fstat(f.fileno()).st_size
        entries = sorted((v["data_offsets"], k) for k, v in json.loads(header).items() if k != "__metadata__")
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return None
    if len(header) != size or len(entries) != len(arrays):
        return None
    sha = hashlib.sha256(size.to_bytes(8, "little") + header)
    end = 0
    for (start, stop), name in entries:
        data = _bytes_of(arrays.get(name))
        if data is None or start != end or stop - start != data.nbytes:
            return None
        sha.update(data)
        end = stop
    return sha.hexdigest() if file_size == 8 + size + end else None


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in pieces (``sha256_bytes`` of its content, without holding it in memory)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _bytes_of(array: np.ndarray | None) -> memoryview | None:
    """The little-endian bytes safetensors writes for ``array``, as a view of its memory (None if unsure)."""
    if array is None or not array.flags.c_contiguous or array.dtype.byteorder == ">":
        return None
    return memoryview(array.reshape(-1).view(np.uint8))


def _contiguous(weights: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    # np.ascontiguousarray turns 0-d arrays into 1-d ones: reshape back so scalar buffers keep their shape.
    # Contiguous arrays pass through as they are (no copy).
    return {k: np.ascontiguousarray(v).reshape(np.shape(v)) for k, v in weights.items()}


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
