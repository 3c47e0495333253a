"""Check one aten op's lowering against eager torch: the same dtype, the same shape and the same values.

The lowering is traced under ``jax.jit`` with x64 enabled, as the converter traces it inside ``jax.export``.
"""

from __future__ import annotations

from typing import Any

import jax
import ml_dtypes
import numpy as np
import torch

import torchtpu_aot.lowering  # noqa: F401  (registers every lowering)
from torchtpu_aot.convert.torch_values import numpy_dtype
from torchtpu_aot.dtypes import to_array
from torchtpu_aot.lowering.registry import LoweringContext, TensorMeta, lookup


def torch_op(op_name: str):
    """``torch.ops.aten.add.Tensor`` for ``"aten.add.Tensor"``."""
    namespace, name, overload = op_name.split(".")
    return getattr(getattr(getattr(torch.ops, namespace), name), overload)


def to_torch(a) -> torch.Tensor:
    a = np.asarray(a)
    if a.dtype == ml_dtypes.bfloat16:
        return torch.from_numpy(a.view(np.int16).copy()).view(torch.bfloat16)
    return torch.from_numpy(a.copy())


def meta_of(value: Any) -> Any:
    """The structure a LoweringContext's ``out`` holds for a torch result."""
    if isinstance(value, torch.Tensor):
        return TensorMeta(tuple(value.shape), numpy_dtype(value.dtype))
    if isinstance(value, (tuple, list)):
        return tuple(meta_of(v) for v in value)
    return value


# Test programs are tiny and run once: skip LLVM's optimizations (about halves the compile time).
_FAST_COMPILE = {"xla_backend_optimization_level": 0}


class _Slot:
    def __init__(self, index: int):
        self.index = index


def _convert(value: Any, tensors: list) -> Any:
    if isinstance(value, torch.Tensor):
        tensors.append(to_array(value))
        return _Slot(len(tensors) - 1)
    if isinstance(value, torch.dtype):
        return numpy_dtype(value)
    if isinstance(value, (torch.device, torch.layout, torch.memory_format)):
        return None
    if isinstance(value, (list, tuple)):
        return [_convert(v, tensors) for v in value]
    return value


def _fill(value: Any, arrays) -> Any:
    if isinstance(value, _Slot):
        return arrays[value.index]
    if isinstance(value, list):
        return [_fill(v, arrays) for v in value]
    return value


def run_lowering(op_name: str, out: Any, *args, **kwargs) -> Any:
    """Call ``op_name``'s lowering on torch arguments under jax.jit with x64, given the node's ``out`` meta."""
    lowering = lookup(op_name)
    assert lowering is not None, f"no lowering registered for {op_name}"
    tensors: list = []
    jargs = _convert(list(args), tensors)
    jkwargs = {k: _convert(v, tensors) for k, v in kwargs.items()}
    ctx = LoweringContext(op_name, "node", out)

    def traced(*arrays):
        return lowering(ctx, *_fill(jargs, arrays), **{k: _fill(v, arrays) for k, v in jkwargs.items()})

    with jax.enable_x64(True):
        compiled = jax.jit(traced).lower(*tensors).compile(compiler_options=_FAST_COMPILE)
        return jax.tree.map(np.asarray, compiled(*tensors))


def assert_matches(actual: Any, expected: Any, rtol: float | None, atol: float | None, values: bool) -> None:
    if isinstance(expected, (tuple, list)):
        assert isinstance(actual, (tuple, list)) and len(actual) == len(expected), (actual, expected)
        for a, e in zip(actual, expected):
            assert_matches(a, e, rtol, atol, values)
        return
    if not isinstance(expected, torch.Tensor):
        assert actual == expected, (actual, expected)
        return
    assert np.dtype(actual.dtype) == numpy_dtype(expected.dtype), f"dtype {actual.dtype} != torch's {expected.dtype}"
    assert tuple(actual.shape) == tuple(expected.shape), f"shape {actual.shape} != torch's {tuple(expected.shape)}"
    if values:
        torch.testing.assert_close(to_torch(actual), expected, rtol=rtol, atol=atol, equal_nan=True)


def check_lowering(op_name: str, *args, rtol: float | None = None, atol: float | None = None,
                   values: bool = True, **kwargs) -> Any:
    """Run ``op_name`` in eager torch and through its lowering; assert equal dtype, shape and values.

    Integers and bools must match exactly, floats within torch.testing's default tolerances (or rtol/atol),
    NaNs in the same places. ``values=False`` checks only dtype and shape (for ``empty``-like ops).
    Returns the lowering's result as numpy arrays.
    """
    expected = torch_op(op_name)(*args, **kwargs)
    if (rtol is None) != (atol is None):
        rtol, atol = rtol or 0.0, atol or 0.0
    actual = run_lowering(op_name, meta_of(expected), *args, **kwargs)
    assert_matches(actual, expected, rtol, atol, values)
    return actual


def registered_by(module: str) -> set[str]:
    """Every op name whose lowering lives in ``module`` (e.g. "torchtpu_aot.lowering.elementwise")."""
    from torchtpu_aot.lowering.registry import registered_ops

    return {op for op in registered_ops() if lookup(op).__module__ == module}


def untested_ops(module: str, test_file: str) -> set[str]:
    """Ops registered by ``module`` whose name never appears as a string in ``test_file``."""
    with open(test_file) as f:
        source = f.read()
    return {op for op in registered_by(module) if f'"{op}"' not in source}


def imports_torch(module_file: str) -> bool:
    """True if the Python file imports torch anywhere (lowering modules must stay torch-free)."""
    import ast

    with open(module_file) as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "torch" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "torch":
            return True
    return False
