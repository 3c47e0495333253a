"""Shape arithmetic on values that hold symbolic dims.

The Shape of a tensor with dynamic dims is a numpy object array of ints and JAX symbolic dims. The small ops
that models use to compute target shapes from it (Gather, Concat, Unsqueeze, Slice, arithmetic, ...) are
evaluated here on those arrays, so a Reshape or Expand downstream still gets a shape JAX can trace with.
Ops without an entry here see the value as a run-time int64 tensor instead.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import numpy as np

from torchtpu_aot.lowering.onnx.registry import OnnxNode, ints

ShapeFn = Callable[..., Any]
SHAPE_MATH: dict[str, ShapeFn] = {}


def _shape_math(*names: str):
    def register(fn: ShapeFn) -> ShapeFn:
        for name in names:
            SHAPE_MATH[name] = fn
        return fn

    return register


def _obj(value) -> np.ndarray:
    return np.asarray(value, dtype=object)


@_shape_math("Identity")
def _identity(node: OnnxNode, x):
    return x


@_shape_math("Cast")
def _cast(node: OnnxNode, x):
    return x


@_shape_math("Gather")
def _gather(node: OnnxNode, x, indices):
    axis = node.attr("axis", 0)
    indices = np.asarray(indices).astype(np.int64)
    indices = np.where(indices < 0, indices + x.shape[axis], indices)
    return np.take(_obj(x), indices, axis=axis)


@_shape_math("Concat")
def _concat(node: OnnxNode, *xs):
    return np.concatenate([_obj(x) for x in xs if x is not None], axis=node.attr("axis"))


@_shape_math("Unsqueeze")
def _unsqueeze(node: OnnxNode, x, axes=None):
    axes = ints(axes if axes is not None else node.attr("axes"))
    out = _obj(x)
    rank = out.ndim + len(axes)
    for a in sorted(a % rank for a in axes):
        out = np.expand_dims(out, a)
    return out


@_shape_math("Squeeze")
def _squeeze(node: OnnxNode, x, axes=None):
    axes = axes if axes is not None else node.attr("axes")
    return np.squeeze(_obj(x)) if axes is None else np.squeeze(_obj(x), axis=tuple(ints(axes)))


@_shape_math("Slice")
def _slice(node: OnnxNode, x, starts, ends, axes=None, steps=None):
    x = _obj(x)
    starts, ends = ints(starts), ints(ends)
    axes = list(range(len(starts))) if axes is None else ints(axes)
    steps = [1] * len(starts) if steps is None else ints(steps)
    index = [slice(None)] * x.ndim
    for start, end, axis, step in zip(starts, ends, axes, steps):
        index[axis] = slice(start, end, step)
    return x[tuple(index)]


@_shape_math("Reshape")
def _reshape(node: OnnxNode, x, shape):
    return _obj(x).reshape([int(d) for d in ints(shape)])


def _binary(fn):
    def impl(node: OnnxNode, a, b):
        return np.vectorize(fn, otypes=[object])(_obj(a), _obj(b))

    return impl


_shape_math("Add")(_binary(operator.add))
_shape_math("Sub")(_binary(operator.sub))
_shape_math("Mul")(_binary(operator.mul))
_shape_math("Div")(_binary(operator.floordiv))
