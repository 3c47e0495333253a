"""ONNX reductions, arg-reductions, softmax family, scans (CumSum/CumProd), TopK, normalizing reductions."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, ints, onnx_op


def _axes(node: OnnxNode, x, axes) -> tuple[int, ...] | None:
    """Reduced axes (None: all), from the axes input (opset 18+, Sum 13+) or the attribute."""
    if axes is None:
        axes = node.attr("axes")
    axes = [] if axes is None else ints(axes)
    if not axes:
        return () if node.attr("noop_with_empty_axes", 0) else None
    return tuple(a % x.ndim for a in axes)


def _lowest(dtype):
    if dtype == jnp.bool_:
        return False
    return -jnp.inf if jnp.issubdtype(dtype, jnp.floating) else jnp.iinfo(dtype).min


def _highest(dtype):
    if dtype == jnp.bool_:
        return True
    return jnp.inf if jnp.issubdtype(dtype, jnp.floating) else jnp.iinfo(dtype).max


def _reduce(fn, post=None, pre=None):
    def impl(node: OnnxNode, x, axes=None):
        axis = _axes(node, x, axes)
        keep = bool(node.attr("keepdims", 1))
        y = pre(x) if pre else x
        if axis == ():
            out = y
        else:
            out = fn(y, axis=axis, keepdims=keep)
        return (post(out) if post else out).astype(x.dtype)

    return impl


def _max(y, axis, keepdims):
    return jnp.max(y, axis=axis, keepdims=keepdims, initial=_lowest(y.dtype))


def _min(y, axis, keepdims):
    return jnp.min(y, axis=axis, keepdims=keepdims, initial=_highest(y.dtype))


def _log_sum_exp(y, axis, keepdims):
    big = jnp.max(y, axis=axis, keepdims=True, initial=_lowest(y.dtype))
    big = jnp.where(jnp.isfinite(big), big, jnp.zeros((), y.dtype))
    out = jnp.log(jnp.sum(jnp.exp(y - big), axis=axis, keepdims=True)) + big
    return out if keepdims else jnp.squeeze(out, axis=axis)


onnx_op("ReduceSum", static=(1,))(_reduce(jnp.sum))
onnx_op("ReduceMean", static=(1,))(_reduce(jnp.mean))
onnx_op("ReduceProd", static=(1,))(_reduce(jnp.prod))
onnx_op("ReduceMax", static=(1,))(_reduce(_max))
onnx_op("ReduceMin", static=(1,))(_reduce(_min))
onnx_op("ReduceL1", static=(1,))(_reduce(jnp.sum, pre=jnp.abs))
onnx_op("ReduceL2", static=(1,))(_reduce(jnp.sum, pre=jnp.square, post=jnp.sqrt))
onnx_op("ReduceSumSquare", static=(1,))(_reduce(jnp.sum, pre=jnp.square))
onnx_op("ReduceLogSum", static=(1,))(_reduce(jnp.sum, post=jnp.log))
onnx_op("ReduceLogSumExp", static=(1,))(_reduce(_log_sum_exp))


def _arg(fn):
    def impl(node: OnnxNode, x):
        axis = node.attr("axis", 0) % x.ndim
        if node.attr("select_last_index", 0):
            n = x.shape[axis]
            out = (n - 1) - fn(jnp.flip(x, axis), axis=axis)
        else:
            out = fn(x, axis=axis)
        out = out.astype(jnp.int64)
        return jnp.expand_dims(out, axis) if node.attr("keepdims", 1) else out

    return impl


onnx_op("ArgMax")(_arg(jnp.argmax))
onnx_op("ArgMin")(_arg(jnp.argmin))


def _coerced(node: OnnxNode, x, fn):
    """Opsets before 13 flatten to 2-D around ``axis`` (default 1); 13 and later work on one axis (default -1)."""
    if node.opset >= 13:
        return fn(x, node.attr("axis", -1) % max(x.ndim, 1))
    axis = node.attr("axis", 1) % max(x.ndim, 1)
    shape = x.shape
    flat = x.reshape((int(np.prod(shape[:axis])), -1))
    return fn(flat, 1).reshape(shape)


@onnx_op("Softmax")
def softmax(node: OnnxNode, x):
    return _coerced(node, x, lambda v, a: jax.nn.softmax(v, axis=a))


@onnx_op("LogSoftmax")
def log_softmax(node: OnnxNode, x):
    return _coerced(node, x, lambda v, a: jax.nn.log_softmax(v, axis=a))


@onnx_op("Hardmax")
def hardmax(node: OnnxNode, x):
    def fn(v, a):
        return jax.nn.one_hot(jnp.argmax(v, axis=a), v.shape[a], axis=a, dtype=v.dtype)

    return _coerced(node, x, fn)


def _cumulative(fn):
    def impl(node: OnnxNode, x, axis):
        axis = int(np.asarray(axis)) % x.ndim
        reverse, exclusive = node.attr("reverse", 0), node.attr("exclusive", 0)
        y = jnp.flip(x, axis) if reverse else x
        out = fn(y, axis=axis, dtype=x.dtype)
        if exclusive:
            identity = 1 if fn is jnp.cumprod else 0
            pad = [(0, 0)] * x.ndim
            pad[axis] = (1, 0)
            out = jnp.pad(lax.slice_in_dim(out, 0, x.shape[axis] - 1, axis=axis), pad, constant_values=identity)
        return jnp.flip(out, axis) if reverse else out

    return impl


onnx_op("CumSum", static=(1,))(_cumulative(jnp.cumsum))
onnx_op("CumProd", static=(1,))(_cumulative(jnp.cumprod))


@onnx_op("TopK", static=(1,))
def top_k(node: OnnxNode, x, k):
    k = int(np.asarray(k).reshape(-1)[0])
    axis = node.attr("axis", -1) % x.ndim
    largest = node.attr("largest", 1)
    moved = jnp.moveaxis(x, axis, -1)
    # A stable sort on (value, index) gives ONNX's tie order: equal values keep ascending indices.
    index = lax.broadcasted_iota(jnp.int64, moved.shape, moved.ndim - 1)
    key = moved
    if largest:
        key = ~moved if jnp.issubdtype(x.dtype, jnp.unsignedinteger) else -moved
    _, values, indices = lax.sort((key, moved, index), dimension=moved.ndim - 1, num_keys=1, is_stable=True)
    values, indices = values[..., :k], indices[..., :k]
    return jnp.moveaxis(values, -1, axis), jnp.moveaxis(indices, -1, axis)


@onnx_op("LpNormalization")
def lp_normalization(node: OnnxNode, x):
    axis, p = node.attr("axis", -1), node.attr("p", 2)
    norm = jnp.sum(jnp.abs(x), axis=axis, keepdims=True) if p == 1 else jnp.sqrt(
        jnp.sum(x * x, axis=axis, keepdims=True))
    return jnp.where(norm == 0, jnp.zeros((), x.dtype), x / norm).astype(x.dtype)


@onnx_op("MeanVarianceNormalization")
def mean_variance_normalization(node: OnnxNode, x):
    axes = tuple(node.attr("axes", [0, 2, 3]))
    mean = jnp.mean(x, axis=axes, keepdims=True)
    var = jnp.mean(jnp.square(x - mean), axis=axes, keepdims=True)
    return ((x - mean) / (jnp.sqrt(var) + 1e-9)).astype(x.dtype)
