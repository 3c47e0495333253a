"""Lowerings for batch, layer, group and RMS normalization, kept whole rather than decomposed.

Half-precision inputs are normalized in float32 and cast back, as torch's CPU kernels do.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.registry import LoweringContext, lowers


def _compute_dtype(dtype):
    return np.dtype(np.float32) if np.dtype(dtype).itemsize < 4 else np.dtype(dtype)


def _per_channel(v, x):
    """Broadcast a (C,) vector along dim 1 of x."""
    return lax.broadcast_in_dim(v, x.shape, (1,))


def _affine_from_stats(x, mean, var, weight, bias, eps):
    """x * scale + shift with per-channel scale = weight / sqrt(var + eps): two ops on the big tensor."""
    dtype = _compute_dtype(x.dtype)
    scale = lax.rsqrt(var.astype(dtype) + jnp.asarray(eps, dtype))
    if weight is not None:
        scale = scale * weight.astype(dtype)
    shift = -mean.astype(dtype) * scale
    if bias is not None:
        shift = shift + bias.astype(dtype)
    y = x.astype(dtype) * _per_channel(scale, x) + _per_channel(shift, x)
    return y.astype(x.dtype)


def _empty(dtype):
    return jnp.zeros((0,), dtype)


def _batch_stats(x):
    dtype = _compute_dtype(x.dtype)
    axes = tuple(a for a in range(x.ndim) if a != 1)
    xf = x.astype(dtype)
    mean = jnp.mean(xf, axis=axes)
    var = jnp.mean(jnp.square(xf - lax.broadcast_in_dim(mean, x.shape, (1,))), axis=axes)
    count = np.prod([x.shape[a] for a in axes])
    return mean, var, count


@lowers("aten._native_batch_norm_legit_no_training.default")
def batch_norm_inference(ctx, x, weight, bias, running_mean, running_var, momentum, eps):
    y = _affine_from_stats(x, running_mean, running_var, weight, bias, eps)
    return y, _empty(ctx.out[1].dtype), _empty(ctx.out[2].dtype)


def _train_batch_norm(x, weight, bias, eps):
    mean, var, count = _batch_stats(x)
    y = _affine_from_stats(x, mean, var, weight, bias, eps)
    rstd = lax.rsqrt(var + jnp.asarray(eps, var.dtype))
    return y, mean, rstd, var, count


@lowers("aten._native_batch_norm_legit_functional.default")
def batch_norm_functional(ctx, x, weight, bias, running_mean, running_var, training, momentum, eps):
    if not training:
        y = _affine_from_stats(x, running_mean, running_var, weight, bias, eps)
        return (y, _empty(ctx.out[1].dtype), _empty(ctx.out[2].dtype), running_mean.astype(ctx.out[3].dtype),
                running_var.astype(ctx.out[4].dtype))
    y, mean, rstd, var, count = _train_batch_norm(x, weight, bias, eps)
    unbiased = var * (count / max(count - 1, 1))
    new_mean = (1 - momentum) * running_mean + momentum * mean.astype(running_mean.dtype)
    new_var = (1 - momentum) * running_var + momentum * unbiased.astype(running_var.dtype)
    return (y, mean.astype(ctx.out[1].dtype), rstd.astype(ctx.out[2].dtype), new_mean.astype(ctx.out[3].dtype),
            new_var.astype(ctx.out[4].dtype))


@lowers("aten._batch_norm_with_update_functional.default")
def batch_norm_with_update(ctx, x, weight, bias, running_mean, running_var, momentum, eps):
    """Training batch norm that also returns the updated running statistics (and an empty reserve)."""
    y, mean, rstd, new_mean, new_var = batch_norm_functional(
        LoweringContext(ctx.op, ctx.node_name, ctx.out[:3] + ctx.out[4:]), x, weight, bias, running_mean,
        running_var, True, momentum, eps)
    return y, mean, rstd, jnp.zeros(ctx.out[3].shape, ctx.out[3].dtype), new_mean, new_var


@lowers("aten._native_batch_norm_legit.default")
def batch_norm_legit(ctx, x, weight, bias, running_mean, running_var, training, momentum, eps):
    """The in-place form; functionalized graphs carry ``_functional`` instead, which also returns the updated
    running statistics. Here only the three results are computed."""
    if not training:
        y = _affine_from_stats(x, running_mean, running_var, weight, bias, eps)
        return y, _empty(ctx.out[1].dtype), _empty(ctx.out[2].dtype)
    y, mean, rstd, _, _ = _train_batch_norm(x, weight, bias, eps)
    return y, mean.astype(ctx.out[1].dtype), rstd.astype(ctx.out[2].dtype)


@lowers("aten._native_batch_norm_legit.no_stats")
def batch_norm_no_stats(ctx, x, weight, bias, training, momentum, eps):
    y, mean, rstd, _, _ = _train_batch_norm(x, weight, bias, eps)
    return y, mean.astype(ctx.out[1].dtype), rstd.astype(ctx.out[2].dtype)


@lowers("aten.batch_norm.default")
def batch_norm(ctx, x, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled=True):
    if training or running_mean is None:
        return _train_batch_norm(x, weight, bias, eps)[0]
    return _affine_from_stats(x, running_mean, running_var, weight, bias, eps)


def _layer_norm(x, normalized_shape, weight, bias, eps):
    dtype = _compute_dtype(x.dtype)
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    xf = x.astype(dtype)
    mean = jnp.mean(xf, axis=axes, keepdims=True)
    centered = xf - mean
    var = jnp.mean(jnp.square(centered), axis=axes, keepdims=True)
    rstd = lax.rsqrt(var + jnp.asarray(eps, dtype))
    y = centered * rstd
    if weight is not None:
        y = y * weight.astype(dtype)
    if bias is not None:
        y = y + bias.astype(dtype)
    return y.astype(x.dtype), mean, rstd


@lowers("aten.layer_norm.default")
def layer_norm(ctx, x, normalized_shape, weight=None, bias=None, eps=1e-5, cudnn_enable=True):
    return ctx.composite("aten.layer_norm", lambda x, w, b: _layer_norm(x, normalized_shape, w, b, eps)[0],
                         x, weight, bias, normalized_shape=_ints(normalized_shape), eps=float(eps))


@lowers("aten.native_layer_norm.default")
def native_layer_norm(ctx, x, normalized_shape, weight, bias, eps):
    def fn(x, w, b):
        y, mean, rstd = _layer_norm(x, normalized_shape, w, b, eps)
        return y, mean.astype(ctx.out[1].dtype), rstd.astype(ctx.out[2].dtype)

    return ctx.composite("aten.native_layer_norm", fn, x, weight, bias, normalized_shape=_ints(normalized_shape),
                         eps=float(eps))


def _ints(values) -> np.ndarray | None:
    """A composite attribute holding a list of ints (normalized_shape); None (left out) if a size is symbolic."""
    values = list(values)
    return np.asarray(values, np.int64) if all(isinstance(v, int) for v in values) else None


def _group_norm(x, groups, weight, bias, eps):
    dtype = _compute_dtype(x.dtype)
    n = x.shape[0]
    xg = x.astype(dtype).reshape((n, groups, -1))
    mean = jnp.mean(xg, axis=2, keepdims=True)
    centered = xg - mean
    rstd = lax.rsqrt(jnp.mean(jnp.square(centered), axis=2, keepdims=True) + jnp.asarray(eps, dtype))
    y = (centered * rstd).reshape(x.shape)
    if weight is not None:
        y = y * _per_channel(weight.astype(dtype), y)
    if bias is not None:
        y = y + _per_channel(bias.astype(dtype), y)
    return y.astype(x.dtype), mean.reshape((n, groups)), rstd.reshape((n, groups))


@lowers("aten.group_norm.default")
def group_norm(ctx, x, num_groups, weight=None, bias=None, eps=1e-5, cudnn_enabled=True):
    return ctx.composite("aten.group_norm", lambda x, w, b: _group_norm(x, num_groups, w, b, eps)[0], x, weight,
                         bias, num_groups=int(num_groups), eps=float(eps))


@lowers("aten.native_group_norm.default")
def native_group_norm(ctx, x, weight, bias, n, c, hw, groups, eps):
    def fn(x, w, b):
        y, mean, rstd = _group_norm(x, groups, w, b, eps)
        return y, mean.astype(ctx.out[1].dtype), rstd.astype(ctx.out[2].dtype)

    return ctx.composite("aten.native_group_norm", fn, x, weight, bias, num_groups=int(groups), eps=float(eps))


@lowers("aten.rms_norm.default")
def rms_norm(ctx, x, normalized_shape, weight=None, eps=None):
    dtype = _compute_dtype(x.dtype)
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    if eps is None:
        eps = float(jnp.finfo(x.dtype).eps)

    def fn(x, weight):
        xf = x.astype(dtype)
        y = xf * lax.rsqrt(jnp.mean(jnp.square(xf), axis=axes, keepdims=True) + jnp.asarray(eps, dtype))
        if weight is not None:
            y = y * weight.astype(dtype)
        return y.astype(ctx.out_dtype)

    return ctx.composite("aten.rms_norm", fn, x, weight, normalized_shape=_ints(normalized_shape), eps=float(eps))
