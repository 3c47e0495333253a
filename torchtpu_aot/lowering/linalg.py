"""Lowerings for matrix products: linear, addmm, mm, bmm, matmul and friends, all as single dot_generals.

float32/float64 products request HIGHEST precision so TPUs compute them in full precision like eager torch
(their default would round operands to bfloat16); lower-precision inputs use the backend default.
"""

from __future__ import annotations

import numpy as np
from jax import lax

from torchtpu_aot.lowering.registry import lowers

_FULL_PRECISION = (np.dtype(np.float32), np.dtype(np.float64))


def dot(a, b, contracting: tuple, batch: tuple = ((), ()), *, out_dtype):
    """dot_general with torch's precision and result dtype."""
    precision = lax.Precision.HIGHEST if np.dtype(out_dtype) in _FULL_PRECISION else None
    return lax.dot_general(a, b, (contracting, batch), precision=precision, preferred_element_type=out_dtype)


def _scaled(x, factor):
    return x if factor == 1 else x * lax.convert_element_type(factor, x.dtype)


@lowers("aten.linear.default")
def linear(ctx, x, weight, bias=None):
    # Contract x's last dim with weight's input dim directly: no transpose of the weight.
    y = dot(x, weight, ((x.ndim - 1,), (weight.ndim - 1,)), out_dtype=ctx.out_dtype)
    return y if bias is None else y + lax.broadcast_in_dim(bias, y.shape, (y.ndim - 1,))


@lowers("aten.mm.default")
def mm(ctx, a, b):
    return dot(a, b, ((1,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.addmm.default")
def addmm(ctx, bias, a, b, *, beta=1, alpha=1):
    product = _scaled(mm(ctx, a, b), alpha)
    return product if beta == 0 else product + _scaled(bias, beta)


@lowers("aten.bmm.default")
def bmm(ctx, a, b):
    return dot(a, b, ((2,), (1,)), ((0,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.baddbmm.default")
def baddbmm(ctx, bias, a, b, *, beta=1, alpha=1):
    product = _scaled(bmm(ctx, a, b), alpha)
    return product if beta == 0 else product + _scaled(bias, beta)


@lowers("aten.mv.default")
def mv(ctx, a, v):
    return dot(a, v, ((1,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.dot.default", "aten.vdot.default")
def vector_dot(ctx, a, b):
    return dot(a, b, ((0,), (0,)), out_dtype=ctx.out_dtype)


@lowers("aten.outer.default", "aten.ger.default")
def outer(ctx, a, b):
    return dot(a, b, ((), ()), out_dtype=ctx.out_dtype)


@lowers("aten.matmul.default")
def matmul(ctx, a, b):
    """torch.matmul's rules: 1-D operands gain and lose a dim; leading dims broadcast as batch dims."""
    if a.ndim == 1 and b.ndim == 1:
        return vector_dot(ctx, a, b)
    squeeze = []
    if a.ndim == 1:
        a, squeeze = lax.expand_dims(a, (0,)), [-2]
    if b.ndim == 1:
        b, squeeze = lax.expand_dims(b, (1,)), squeeze + [-1]
    batch_shape = lax.broadcast_shapes(tuple(a.shape[:-2]), tuple(b.shape[:-2]))
    a = lax.broadcast_in_dim(a, batch_shape + tuple(a.shape[-2:]), tuple(range(len(batch_shape) + 2 - a.ndim,
                                                                               len(batch_shape) + 2)))
    b = lax.broadcast_in_dim(b, batch_shape + tuple(b.shape[-2:]), tuple(range(len(batch_shape) + 2 - b.ndim,
                                                                               len(batch_shape) + 2)))
    nb = len(batch_shape)
    batch = tuple(range(nb))
    y = dot(a, b, ((nb + 1,), (nb,)), (batch, batch), out_dtype=ctx.out_dtype)
    for axis in sorted((y.ndim + s for s in squeeze), reverse=True):
        y = lax.squeeze(y, (axis,))
    return y
