"""Turning torch objects (dtypes, tensors, fake-tensor metadata) into their numpy/JAX counterparts."""

from __future__ import annotations

from typing import Any

import ml_dtypes
import numpy as np
import torch

from torchtpu_aot import dtypes
from torchtpu_aot.convert.symbols import SymbolTable
from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering import TensorMeta

NUMPY_DTYPE: dict[torch.dtype, np.dtype] = {
    torch.float64: np.dtype(np.float64),
    torch.float32: np.dtype(np.float32),
    torch.float16: np.dtype(np.float16),
    torch.bfloat16: np.dtype(ml_dtypes.bfloat16),
    torch.int64: np.dtype(np.int64),
    torch.int32: np.dtype(np.int32),
    torch.int16: np.dtype(np.int16),
    torch.int8: np.dtype(np.int8),
    torch.uint8: np.dtype(np.uint8),
    torch.uint16: np.dtype(np.uint16),
    torch.uint32: np.dtype(np.uint32),
    torch.uint64: np.dtype(np.uint64),
    torch.bool: np.dtype(np.bool_),
    torch.complex64: np.dtype(np.complex64),
    torch.complex128: np.dtype(np.complex128),
}


def numpy_dtype(dtype: torch.dtype) -> np.dtype:
    try:
        return NUMPY_DTYPE[dtype]
    except KeyError:
        raise LoweringError(f"torch dtype {dtype} has no StableHLO equivalent in torchtpu_aot.") from None


def tensor_to_numpy(t: torch.Tensor) -> np.ndarray:
    """A contiguous, read-only numpy array of a real (not fake) CPU tensor, bfloat16 included.

    It shares the tensor's memory when the tensor is contiguous (a copy only otherwise): weights are lifted
    without a second copy of the model, so exporting a model needs little more memory than the model itself.
    Read-only, so nothing writes to the model through the artifact.
    """
    array = dtypes.to_array(t.contiguous()).view()  # a view of its own, so the flag below is ours alone
    array.flags.writeable = False
    return array


def meta_of(val: Any, symbols: SymbolTable) -> Any:
    """``node.meta["val"]`` as TensorMeta (tensors), nested tuples of them, or plain values."""
    if isinstance(val, torch.Tensor):
        return TensorMeta(symbols.shape(val.shape), numpy_dtype(val.dtype))
    if isinstance(val, (tuple, list)):
        return type(val)(meta_of(v, symbols) for v in val) if isinstance(val, tuple) else [
            meta_of(v, symbols) for v in val]
    if isinstance(val, torch.SymInt):
        try:
            return symbols.dim(val)
        except LoweringError:  # a number computed from the data (x.item()), not a size: nothing to check
            return None
    return val


def plain_arg(arg: Any, env: dict) -> Any:
    """A node argument as lowerings receive it: env values for nodes, numpy dtypes, None for device/layout."""
    if isinstance(arg, torch.fx.Node):
        return env[arg.name]
    if isinstance(arg, (list, tuple)):
        return [plain_arg(a, env) for a in arg]
    if isinstance(arg, dict):
        return {k: plain_arg(v, env) for k, v in arg.items()}
    if isinstance(arg, torch.dtype):
        return numpy_dtype(arg)
    if isinstance(arg, (torch.device, torch.layout, torch.memory_format)):
        return None
    return arg
