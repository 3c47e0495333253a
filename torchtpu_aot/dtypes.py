"""Dtype names used in manifests, and their numpy equivalents (no torch needed on serving hosts)."""

from __future__ import annotations

import sys
from typing import Any

import ml_dtypes
import numpy as np

from torchtpu_aot.errors import ArtifactError

# Manifest dtype name -> numpy dtype. Names follow torch's spelling (torch.float32 -> "float32").
_NUMPY_DTYPES: dict[str, np.dtype] = {
    "float64": np.dtype(np.float64),
    "float32": np.dtype(np.float32),
    "float16": np.dtype(np.float16),
    "bfloat16": np.dtype(ml_dtypes.bfloat16),
    "int64": np.dtype(np.int64),
    "int32": np.dtype(np.int32),
    "int16": np.dtype(np.int16),
    "int8": np.dtype(np.int8),
    "uint8": np.dtype(np.uint8),
    "uint16": np.dtype(np.uint16),
    "uint32": np.dtype(np.uint32),
    "uint64": np.dtype(np.uint64),
    "bool": np.dtype(np.bool_),
    "complex64": np.dtype(np.complex64),
    "complex128": np.dtype(np.complex128),
}
_NAMES = {dtype: name for name, dtype in _NUMPY_DTYPES.items()}


def to_numpy(name: str) -> np.dtype:
    """The numpy dtype for a manifest dtype name."""
    try:
        return _NUMPY_DTYPES[name]
    except KeyError:
        raise ArtifactError(
            f"Unknown dtype {name!r} in the artifact; known dtypes are {', '.join(sorted(_NUMPY_DTYPES))}. "
            "The artifact was probably written by a newer torchtpu_aot: upgrade to read it."
        ) from None


def name_of(dtype) -> str:
    """The manifest name of a numpy (or jax) dtype."""
    dtype = np.dtype(dtype)
    try:
        return _NAMES[dtype]
    except KeyError:
        raise TypeError(f"dtype {dtype} has no artifact representation") from None


def is_64bit(name: str) -> bool:
    """True for dtypes that need JAX's x64 mode to exist at all."""
    return name in ("float64", "int64", "uint64", "complex128")


def to_array(value: Any) -> np.ndarray:
    """A numpy array of an array-like or a torch.Tensor (bfloat16 included), without importing torch here."""
    if type(value).__module__.startswith("torch"):
        torch = sys.modules["torch"]  # whoever made the tensor has imported torch already
        value = value.detach().cpu()
        if value.dtype == torch.bfloat16:
            return value.view(torch.int16).numpy().view(_NUMPY_DTYPES["bfloat16"])
        return value.numpy()
    return np.asarray(value)
