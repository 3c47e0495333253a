"""Casts at the boundary of a reduced-precision program, so its signature keeps the model's I/O types.

A bfloat16 export (``torchtpu_aot.frontend.precision``) captures a graph whose floating inputs and outputs are
bfloat16. Here the graph function is wrapped: the manifest and ``@main`` declare each floating input with its
declared dtype and the program converts it to the graph's dtype on entry; floating user outputs, and floating
inputs the model writes into, are converted to the declared dtypes on exit. The graph itself, and the check of
every node against torch's recorded dtype, stay as they are.
"""

from __future__ import annotations

from typing import Any

import jax
from jax import ShapeDtypeStruct

from torchtpu_aot import dtypes
from torchtpu_aot.convert.signature import Signature
from torchtpu_aot.errors import TorchTPUError
from torchtpu_aot.frontend.precision import Precision

_FLOATING = ("float16", "bfloat16", "float32", "float64")


class CastingFunction:
    """``fn`` with its tensor inputs converted to the graph's dtypes and chosen results to the declared ones."""

    def __init__(self, fn: Any, n_weights: int, input_dtypes: list, result_dtypes: list):
        self.fn = fn
        self.n_weights = n_weights
        self.input_dtypes = input_dtypes      # per tensor input: the graph's dtype to convert to, or None
        self.result_dtypes = result_dtypes    # per result: the declared dtype to convert to, or None

    def __call__(self, *arrays: Any) -> tuple:
        weights, inputs = arrays[:self.n_weights], arrays[self.n_weights:]
        inputs = [_convert(x, d) for x, d in zip(inputs, self.input_dtypes)]
        results = self.fn(*weights, *inputs)
        return tuple(_convert(r, d) for r, d in zip(results, self.result_dtypes))


def _convert(x: Any, dtype: Any) -> Any:
    return x if dtype is None else jax.lax.convert_element_type(x, dtype)


def apply_io_casts(fn: Any, sig: Signature, in_avals: list, precision: Precision) -> tuple[CastingFunction, list]:
    """Wrap ``fn`` (weights..., tensor inputs...) -> results, and set the declared dtypes in ``sig.inputs``,
    ``sig.outputs`` and the input avals; returns the wrapped function and the new avals."""
    if len(sig.inputs) != len(precision.input_dtypes):
        raise TorchTPUError(f"The exported program has {len(sig.inputs)} inputs, but {len(precision.input_dtypes)} "
                            "example inputs were cast to bfloat16. This is a bug in torchtpu_aot; please report it.")
    n_weights = len(sig.weights)
    input_dtypes, avals = [], list(in_avals[:n_weights])
    declared_inputs: dict[str, str] = {}
    avals_in = iter(in_avals[n_weights:])
    for index, (entry, declared) in enumerate(zip(sig.inputs, precision.input_dtypes)):
        if entry.is_constant:
            continue
        aval = next(avals_in)
        graph_dtype = entry.dtype
        if declared is None or declared == graph_dtype or graph_dtype not in _FLOATING:
            input_dtypes.append(None)
            avals.append(aval)
        else:
            sig.inputs[index] = entry = entry.replace(dtype=declared)
            input_dtypes.append(dtypes.to_numpy(graph_dtype))
            avals.append(ShapeDtypeStruct(aval.shape, dtypes.to_numpy(declared)))
        declared_inputs[entry.name] = entry.dtype

    result_dtypes: list = [None] * sig.layout.count
    tensor_outputs = [i for i, e in enumerate(sig.outputs) if not e.is_constant]
    for result, index in enumerate(tensor_outputs):
        entry = sig.outputs[index]
        if entry.dtype in _FLOATING and entry.dtype != precision.output_dtype:
            sig.outputs[index] = entry.replace(dtype=precision.output_dtype)
            result_dtypes[result] = dtypes.to_numpy(precision.output_dtype)
    for info in sig.mutated_inputs:
        result_dtypes[info.output] = dtypes.to_numpy(declared_inputs[info.target])
    return CastingFunction(fn, n_weights, input_dtypes, result_dtypes), avals
