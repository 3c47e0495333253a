"""ONNX neural-network ops: matrix products, convolutions, pooling and normalizations (NC... layout)."""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op

# ---------------------------------------------------------------------------------------------------- products


@onnx_op("MatMul")
def matmul(node: OnnxNode, a, b):
    return jnp.matmul(a, b, preferred_element_type=jnp.asarray(a).dtype)


@onnx_op("Gemm")
def gemm(node: OnnxNode, a, b, c=None):
    a = a.T if node.attr("transA", 0) else a
    b = b.T if node.attr("transB", 0) else b
    y = jnp.matmul(a, b, preferred_element_type=a.dtype)
    alpha, beta = node.attr("alpha", 1.0), node.attr("beta", 1.0)
    if alpha != 1.0:
        y = y * jnp.asarray(alpha, y.dtype)
    if c is not None:
        y = y + (jnp.asarray(beta, y.dtype) * c if beta != 1.0 else c)
    return y.astype(a.dtype)


@onnx_op("Einsum")
def einsum(node: OnnxNode, *xs):
    return jnp.einsum(node.attr("equation").replace(" ", ""), *xs, preferred_element_type=jnp.asarray(xs[0]).dtype)


# ---------------------------------------------------------------------------------------------------- windows


def _window(node: OnnxNode, spatial: tuple, kernel: list[int]) -> tuple[list[int], list[int], list[tuple]]:
    """Strides, dilations and explicit (before, after) padding of a conv or pool, auto_pad resolved."""
    n = len(kernel)
    strides = list(node.attr("strides") or [1] * n)
    dilations = list(node.attr("dilations") or [1] * n)
    auto_pad = node.attr("auto_pad", "NOTSET")
    if auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        pads = []
        for size, k, s, d in zip(spatial, kernel, strides, dilations):
            out = -(-size // s)
            total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
            small, big = total // 2, total - total // 2
            pads.append((small, big) if auto_pad == "SAME_UPPER" else (big, small))
    elif auto_pad == "VALID":
        pads = [(0, 0)] * n
    else:
        flat = list(node.attr("pads") or [0] * (2 * n))
        pads = list(zip(flat[:n], flat[n:]))
    return strides, dilations, pads


@onnx_op("Conv")
def conv(node: OnnxNode, x, w, b=None):
    kernel = list(w.shape[2:])
    strides, dilations, pads = _window(node, x.shape[2:], kernel)
    y = lax.conv_general_dilated(x, w.astype(x.dtype), strides, pads, rhs_dilation=dilations,
                                 feature_group_count=node.attr("group", 1), preferred_element_type=x.dtype)
    if b is not None:
        y = y + b.reshape((1, -1) + (1,) * len(kernel))
    return y


@onnx_op("ConvTranspose")
def conv_transpose(node: OnnxNode, x, w, b=None):
    group = node.attr("group", 1)
    kernel = list(w.shape[2:])
    n = len(kernel)
    strides = list(node.attr("strides") or [1] * n)
    dilations = list(node.attr("dilations") or [1] * n)
    extra = list(node.attr("output_padding") or [0] * n)
    spatial = x.shape[2:]
    output_shape = node.attr("output_shape")
    auto_pad = node.attr("auto_pad", "NOTSET")
    if output_shape is not None or auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        output_shape = list(output_shape)[-n:] if output_shape is not None else [s * st for s, st in
                                                                                  zip(spatial, strides)]
        pads = []
        for i in range(n):
            # Negative when output_shape asks for more than the natural size: the extra rows come as padding.
            total = strides[i] * (spatial[i] - 1) + extra[i] + (kernel[i] - 1) * dilations[i] + 1 - output_shape[i]
            if auto_pad == "SAME_UPPER":
                pads.append((total // 2, total - total // 2))
            else:
                pads.append((total - total // 2, total // 2))
    elif auto_pad == "VALID":
        pads = [(0, 0)] * n
    else:
        flat = list(node.attr("pads") or [0] * (2 * n))
        pads = list(zip(flat[:n], flat[n:]))
    # (C, M/group, k...) -> (M, C/group, k...), spatially flipped: the transposed conv as a plain conv.
    c, m_per = w.shape[0], w.shape[1]
    wt = w.reshape((group, c // group, m_per) + tuple(kernel))
    wt = jnp.swapaxes(wt, 1, 2).reshape((group * m_per, c // group) + tuple(kernel))
    wt = jnp.flip(wt, axis=tuple(range(2, 2 + n)))
    padding = [((k - 1) * d - lo, (k - 1) * d - hi + e) for k, d, (lo, hi), e in zip(kernel, dilations, pads, extra)]
    y = lax.conv_general_dilated(x, wt.astype(x.dtype), [1] * n, padding, lhs_dilation=strides,
                                 rhs_dilation=dilations, feature_group_count=group, preferred_element_type=x.dtype)
    if b is not None:
        y = y + b.reshape((1, -1) + (1,) * n)
    return y


def _pool_pads(node: OnnxNode, x, kernel):
    strides, dilations, pads = _window(node, x.shape[2:], kernel)
    ceil_extra = []
    for size, k, s, d, (lo, hi) in zip(x.shape[2:], kernel, strides, dilations, pads):
        eff = (k - 1) * d + 1
        span = size + lo + hi - eff
        out = (-(-span // s) if node.attr("ceil_mode", 0) else span // s) + 1
        if node.attr("ceil_mode", 0) and (out - 1) * s >= size + lo:
            out -= 1
        ceil_extra.append(max((out - 1) * s + eff - (size + lo + hi), 0))
    return strides, dilations, pads, ceil_extra


def _reduce_window(x, init, fn, kernel, strides, dilations, padding):
    return lax.reduce_window(x, init, fn, (1, 1) + tuple(kernel), (1, 1) + tuple(strides),
                             [(0, 0), (0, 0)] + list(padding), window_dilation=(1, 1) + tuple(dilations))


@onnx_op("MaxPool")
def max_pool(node: OnnxNode, x):
    kernel = list(node.attr("kernel_shape"))
    strides, dilations, pads, extra = _pool_pads(node, x, kernel)
    padding = [(lo, hi + e) for (lo, hi), e in zip(pads, extra)]
    low = jnp.asarray(-jnp.inf if jnp.issubdtype(x.dtype, jnp.floating) else jnp.iinfo(x.dtype).min, x.dtype)
    y = _reduce_window(x, low, lax.max, kernel, strides, dilations, padding)
    if node.n_outputs < 2:
        return y
    # Indices: the flat (row-major, or column-major with storage_order=1) position of each window's maximum.
    spatial = x.shape[2:]
    if node.attr("storage_order", 0):
        flat = np.zeros(spatial, np.int64)
        for axis in range(len(spatial)):
            flat = flat + np.indices(spatial)[axis] * int(np.prod(spatial[:axis]))
    else:
        flat = np.arange(int(np.prod(spatial)), dtype=np.int64).reshape(spatial)
    n, c = x.shape[:2]
    base = (np.arange(n * c, dtype=np.int64) * int(np.prod(spatial))).reshape(n, c, *([1] * len(spatial)))
    positions = jnp.broadcast_to(jnp.asarray(flat) + base, x.shape)

    def pick(a, b):
        (va, ia), (vb, ib) = a, b
        take_b = (vb > va) | ((vb == va) & (ib < ia))
        return jnp.where(take_b, vb, va), jnp.where(take_b, ib, ia)

    _, idx = lax.reduce_window((x, positions), (low, jnp.asarray(np.iinfo(np.int64).max)), pick,
                               (1, 1) + tuple(kernel), (1, 1) + tuple(strides), [(0, 0), (0, 0)] + padding,
                               window_dilation=(1, 1) + tuple(dilations))
    return y, idx


@onnx_op("AveragePool")
def average_pool(node: OnnxNode, x):
    kernel = list(node.attr("kernel_shape"))
    strides, dilations, pads, extra = _pool_pads(node, x, kernel)
    padding = [(lo, hi + e) for (lo, hi), e in zip(pads, extra)]
    zero = jnp.zeros((), x.dtype)
    total = _reduce_window(x, zero, lax.add, kernel, strides, dilations, padding)
    # How many elements each window averages depends only on shapes: count once, at export, for one channel.
    with jax.ensure_compile_time_eval():
        zero = np.zeros((), x.dtype)
        ones = jnp.ones((1, 1) + tuple(x.shape[2:]), x.dtype)
        if node.attr("count_include_pad", 0):
            ones = jnp.pad(ones, [(0, 0), (0, 0)] + pads, constant_values=1)
            count = _reduce_window(ones, zero, lax.add, kernel, strides, dilations, [(0, e) for e in extra])
        else:
            count = _reduce_window(ones, zero, lax.add, kernel, strides, dilations, padding)
        count = np.asarray(count)
    return (total / count).astype(x.dtype)


@onnx_op("LpPool")
def lp_pool(node: OnnxNode, x):
    kernel = list(node.attr("kernel_shape"))
    p = node.attr("p", 2)
    strides, dilations, pads, extra = _pool_pads(node, x, kernel)
    padding = [(lo, hi + e) for (lo, hi), e in zip(pads, extra)]
    total = _reduce_window(jnp.abs(x) ** p, jnp.zeros((), x.dtype), lax.add, kernel, strides, dilations, padding)
    return (total ** (1.0 / p)).astype(x.dtype)


@onnx_op("GlobalAveragePool")
def global_average_pool(node: OnnxNode, x):
    return jnp.mean(x, axis=tuple(range(2, x.ndim)), keepdims=True)


@onnx_op("GlobalMaxPool")
def global_max_pool(node: OnnxNode, x):
    return jnp.max(x, axis=tuple(range(2, x.ndim)), keepdims=True)


@onnx_op("GlobalLpPool")
def global_lp_pool(node: OnnxNode, x):
    p = node.attr("p", 2)
    return (jnp.sum(jnp.abs(x) ** p, axis=tuple(range(2, x.ndim)), keepdims=True) ** (1.0 / p)).astype(x.dtype)


# ---------------------------------------------------------------------------------------------------- norms


def _channel(v, ndim):
    return jnp.asarray(v).reshape((1, -1) + (1,) * (ndim - 2))


@onnx_op("BatchNormalization")
def batch_norm(node: OnnxNode, x, scale, bias, mean, var):
    eps = node.attr("epsilon", 1e-5)
    if node.attr("training_mode", 0):
        axes = (0,) + tuple(range(2, x.ndim))
        batch_mean = jnp.mean(x, axis=axes)
        batch_var = jnp.var(x, axis=axes)
        momentum = node.attr("momentum", 0.9)
        y = (x - _channel(batch_mean, x.ndim)) / jnp.sqrt(_channel(batch_var, x.ndim) + eps)
        y = (y * _channel(scale, x.ndim) + _channel(bias, x.ndim)).astype(x.dtype)
        running_mean = (mean * momentum + batch_mean * (1 - momentum)).astype(mean.dtype)
        running_var = (var * momentum + batch_var * (1 - momentum)).astype(var.dtype)
        return (y, running_mean, running_var)[:node.n_outputs]
    inv = 1 / jnp.sqrt(_channel(var, x.ndim) + eps)
    y = (x - _channel(mean, x.ndim)) * inv * _channel(scale, x.ndim) + _channel(bias, x.ndim)
    return y.astype(x.dtype)


@onnx_op("InstanceNormalization")
def instance_norm(node: OnnxNode, x, scale, bias):
    axes = tuple(range(2, x.ndim))
    mean = jnp.mean(x, axis=axes, keepdims=True)
    var = jnp.var(x, axis=axes, keepdims=True)
    y = (x - mean) / jnp.sqrt(var + node.attr("epsilon", 1e-5))
    return (y * _channel(scale, x.ndim) + _channel(bias, x.ndim)).astype(x.dtype)


def _stash(node: OnnxNode, x):
    return jnp.float32 if node.attr("stash_type", 1) == 1 and x.dtype != jnp.float64 else x.dtype


@onnx_op("LayerNormalization")
def layer_norm(node: OnnxNode, x, scale, bias=None):
    axis = node.attr("axis", -1) % x.ndim
    axes = tuple(range(axis, x.ndim))
    xf = x.astype(_stash(node, x))
    mean = jnp.mean(xf, axis=axes, keepdims=True)
    inv = lax.rsqrt(jnp.mean(jnp.square(xf - mean), axis=axes, keepdims=True) + node.attr("epsilon", 1e-5))
    y = ((xf - mean) * inv).astype(x.dtype) * scale
    if bias is not None:
        y = y + bias
    return (y, mean, inv)[:node.n_outputs] if node.n_outputs > 1 else y


@onnx_op("RMSNormalization")
def rms_norm(node: OnnxNode, x, scale):
    axis = node.attr("axis", -1) % x.ndim
    axes = tuple(range(axis, x.ndim))
    xf = x.astype(_stash(node, x))
    inv = lax.rsqrt(jnp.mean(jnp.square(xf), axis=axes, keepdims=True) + node.attr("epsilon", 1e-5))
    return (xf * inv).astype(x.dtype) * scale


@onnx_op("GroupNormalization")
def group_norm(node: OnnxNode, x, scale, bias):
    groups = node.attr("num_groups")
    n, c = x.shape[:2]
    xf = x.astype(_stash(node, x)).reshape((n, groups, -1))
    mean = jnp.mean(xf, axis=-1, keepdims=True)
    var = jnp.var(xf, axis=-1, keepdims=True)
    y = ((xf - mean) / jnp.sqrt(var + node.attr("epsilon", 1e-5))).reshape(x.shape).astype(x.dtype)
    if scale.shape[0] != c:  # opset 18: one scale and bias per group
        scale, bias = jnp.repeat(scale, c // groups), jnp.repeat(bias, c // groups)
    return y * _channel(scale, x.ndim) + _channel(bias, x.ndim)


@onnx_op("LRN")
def lrn(node: OnnxNode, x):
    size = node.attr("size")
    alpha, beta, bias = node.attr("alpha", 1e-4), node.attr("beta", 0.75), node.attr("bias", 1.0)
    before, after = (size - 1) // 2, math.ceil((size - 1) / 2)
    window = (1, size) + (1,) * (x.ndim - 2)
    padding = [(0, 0), (before, after)] + [(0, 0)] * (x.ndim - 2)
    square_sum = lax.reduce_window(jnp.square(x), jnp.zeros((), x.dtype), lax.add, window, (1,) * x.ndim, padding)
    return (x / (bias + alpha / size * square_sum) ** beta).astype(x.dtype)
