"""Lowerings for the backward ops in the Core ATen opset, as the vector-Jacobian product of our own forward lowering.

Exported training steps keep these ops; differentiating the forward lowering with jax.vjp gives exactly the
gradient of the computation the forward op lowers to, with no second implementation to keep in step.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering import convolution, normalization
from torchtpu_aot.lowering.registry import LoweringContext, TensorMeta, lowers


def _ctx(ctx, dtype) -> LoweringContext:
    """A context for calling a forward lowering whose result has ``dtype``."""
    return LoweringContext(ctx.op, ctx.node_name, TensorMeta((), np.dtype(dtype)))


def _vjp(fn, primals: tuple, grad):
    _, pullback = jax.vjp(fn, *primals)
    return pullback(grad)


@lowers("aten.convolution_backward.default")
def convolution_backward(ctx, grad, x, weight, bias_sizes, stride, padding, dilation, transposed, output_padding,
                         groups, output_mask):
    fwd = _ctx(ctx, grad.dtype)

    def f(x, w):
        return convolution._convolution(fwd, x, w, None, stride, padding, dilation, transposed, output_padding, groups)

    gx, gw = _vjp(f, (x, weight), grad)
    results = [gx, gw, None]
    if output_mask[2]:
        axes = tuple(a for a in range(grad.ndim) if a != (1 if grad.ndim == x.ndim else 0))
        results[2] = jnp.sum(grad, axis=axes).astype(grad.dtype)
    return tuple(r if m else None for r, m in zip(results, output_mask))


def _avg_pool_by_conv(x, spatial, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    """torch's avg_pool as a depthwise convolution with a ones kernel (differentiable, unlike a generic
    reduce_window), divided by the same per-position counts as the forward lowering."""
    kernel, stride, padding, dilation = convolution._pool_args(x, spatial, kernel_size, stride, padding)
    lead = x.ndim - spatial
    in_sizes = tuple(x.shape[lead:])
    _, pads = convolution._pool_geometry(in_sizes, kernel, stride, padding, dilation, ceil_mode)
    flat = x.reshape((-1, 1) + in_sizes)
    ones = jnp.ones((1, 1) + kernel, x.dtype)
    total = lax.conv_general_dilated(flat, ones, stride, pads, precision=lax.Precision.HIGHEST)
    total = total.reshape(tuple(x.shape[:lead]) + tuple(total.shape[2:]))
    if divisor_override:
        return total / jnp.asarray(divisor_override, x.dtype)
    counts = np.ones((), np.float64)
    for n, k, st, p, out in zip(in_sizes, kernel, stride, padding, total.shape[lead:]):
        counts = np.multiply.outer(counts, convolution._window_counts(n, k, st, p, out, count_include_pad))
    return total / jnp.asarray(counts, x.dtype)


@lowers("aten.avg_pool2d_backward.default", "aten.avg_pool3d_backward.default")
def avg_pool_backward(ctx, grad, x, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    spatial = 2 if ctx.op.startswith("aten.avg_pool2d") else 3
    (gx,) = _vjp(lambda v: _avg_pool_by_conv(v, spatial, kernel_size, stride, padding, ceil_mode,
                                             count_include_pad, divisor_override), (x,), grad)
    return gx


@lowers("aten._adaptive_avg_pool2d_backward.default", "aten._adaptive_avg_pool3d_backward.default")
def adaptive_avg_pool_backward(ctx, grad, x):
    spatial = 2 if ctx.op.startswith("aten._adaptive_avg_pool2d") else 3
    fwd = _ctx(ctx, x.dtype)
    out_size = tuple(grad.shape[-spatial:])
    (gx,) = _vjp(lambda v: convolution._adaptive_avg_pool(fwd, v, out_size, spatial), (x,), grad)
    return gx


@lowers("aten.max_pool2d_with_indices_backward.default", "aten.max_pool3d_with_indices_backward.default")
def max_pool_with_indices_backward(ctx, grad, x, kernel_size, stride, padding, dilation, ceil_mode, indices):
    """Scatter-add each output gradient into the input position its index names (flat within each plane)."""
    spatial = 2 if "max_pool2d" in ctx.op else 3
    lead = x.shape[:-spatial]
    plane = int(np.prod(x.shape[-spatial:]))
    g = grad.reshape((-1, int(np.prod(grad.shape[-spatial:]))))
    idx = indices.reshape(g.shape)
    rows = lax.broadcasted_iota(idx.dtype, idx.shape, 0)
    out = jnp.zeros((g.shape[0], plane), grad.dtype).at[rows, idx].add(g)
    return out.reshape(tuple(lead) + tuple(x.shape[-spatial:]))


@lowers("aten.embedding_dense_backward.default")
def embedding_dense_backward(ctx, grad, indices, num_weights, padding_idx, scale_grad_by_freq):
    flat = indices.reshape((-1,))
    g = grad.reshape((flat.shape[0], grad.shape[-1]))
    acc = np.float32 if grad.dtype.itemsize < 4 else grad.dtype
    g = g.astype(acc)
    if scale_grad_by_freq:
        counts = jnp.zeros((num_weights,), acc).at[flat].add(jnp.ones(flat.shape, acc))
        g = g / counts[flat][:, None]
    if padding_idx is not None and padding_idx >= 0:
        g = jnp.where((flat == padding_idx)[:, None], jnp.zeros((), acc), g)
    return jnp.zeros((num_weights, grad.shape[-1]), acc).at[flat].add(g).astype(grad.dtype)


@lowers("aten.native_layer_norm_backward.default")
def native_layer_norm_backward(ctx, grad, x, normalized_shape, mean, rstd, weight, bias, output_mask):
    w = weight if weight is not None else jnp.ones(tuple(normalized_shape), x.dtype)
    b = bias if bias is not None else jnp.zeros(tuple(normalized_shape), x.dtype)
    gx, gw, gb = _vjp(lambda x, w, b: _layer_norm_given_stats(x, w, b, mean, rstd, len(normalized_shape)),
                      (x, w, b), grad)
    return tuple(r if m else None for r, m in zip((gx, gw, gb), output_mask))


def _layer_norm_given_stats(x, w, b, mean, rstd, n_norm: int):
    """Layer norm whose statistics are functions of x, recomputed so their gradient flows; ``rstd`` supplies
    the epsilon torch used (1/rstd^2 - var)."""
    dtype = normalization._compute_dtype(x.dtype)
    axes = tuple(range(x.ndim - n_norm, x.ndim))
    xf = x.astype(dtype)
    mu = jnp.mean(xf, axis=axes, keepdims=True)
    var = jnp.mean(jnp.square(xf - mu), axis=axes, keepdims=True)
    eps = lax.stop_gradient(jnp.reshape(1.0 / jnp.square(rstd.astype(dtype)), var.shape) - var)
    y = (xf - mu) * lax.rsqrt(var + eps) * w.astype(dtype) + b.astype(dtype)
    return y.astype(x.dtype)


@lowers("aten.native_group_norm_backward.default")
def native_group_norm_backward(ctx, grad, x, mean, rstd, weight, n, c, hw, groups, output_mask):
    dtype = normalization._compute_dtype(x.dtype)
    w = weight if weight is not None else jnp.ones((c,), x.dtype)
    b = jnp.zeros((c,), x.dtype)

    def f(x, w, b):
        xg = x.astype(dtype).reshape((n, groups, -1))
        mu = jnp.mean(xg, axis=2, keepdims=True)
        var = jnp.mean(jnp.square(xg - mu), axis=2, keepdims=True)
        eps = lax.stop_gradient(1.0 / jnp.square(rstd.astype(dtype).reshape(var.shape)) - var)
        y = ((xg - mu) * lax.rsqrt(var + eps)).reshape(x.shape)
        y = y * lax.broadcast_in_dim(w.astype(dtype), y.shape, (1,)) + lax.broadcast_in_dim(b.astype(dtype), y.shape,
                                                                                           (1,))
        return y.astype(x.dtype)

    gx, gw, gb = _vjp(f, (x, w, b), grad)
    return tuple(r if m else None for r, m in zip((gx, gw, gb), output_mask))
