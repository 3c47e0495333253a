"""Lowerings for tensor factories: full/zeros/ones/empty and their *_like and new_* forms, arange, eye, linspace.

Result dtypes come from ``ctx.out_dtype`` (torch's own defaults), sizes from the arguments, which may hold
symbolic dimensions. ``empty`` tensors are zero-filled so the emitted programs stay deterministic.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.elementwise import acc_dtype, cast, rounded_to, select
from torchtpu_aot.lowering.registry import lowers


def filled(shape, value, dtype) -> jax.Array:
    """An array of ``shape`` (ints or symbolic dims) holding ``value`` (scalar, symbolic dim or 0-dim array)."""
    return lax.broadcast(cast(value, dtype), tuple(shape))


@lowers("aten.full.default")
def full(ctx, size, fill_value, **kwargs):
    return filled(size, fill_value, ctx.out_dtype)


@lowers("aten.zeros.default", "aten.empty.memory_format")
def zeros(ctx, size, **kwargs):
    return filled(size, 0, ctx.out_dtype)


@lowers("aten.empty_strided.default")
def empty_strided(ctx, size, stride, **kwargs):
    return filled(size, 0, ctx.out_dtype)


@lowers("aten.ones.default")
def ones(ctx, size, **kwargs):
    return filled(size, 1, ctx.out_dtype)


@lowers("aten.full_like.default")
def full_like(ctx, x, fill_value, **kwargs):
    return filled(x.shape, fill_value, ctx.out_dtype)


@lowers("aten.zeros_like.default", "aten.empty_like.default")
def zeros_like(ctx, x, **kwargs):
    return filled(x.shape, 0, ctx.out_dtype)


@lowers("aten.ones_like.default")
def ones_like(ctx, x, **kwargs):
    return filled(x.shape, 1, ctx.out_dtype)


@lowers("aten.new_zeros.default", "aten.new_empty.default")
def new_zeros(ctx, x, size, **kwargs):
    return filled(size, 0, ctx.out_dtype)


@lowers("aten.new_empty_strided.default")
def new_empty_strided(ctx, x, size, stride, **kwargs):
    return filled(size, 0, ctx.out_dtype)


@lowers("aten.new_ones.default")
def new_ones(ctx, x, size, **kwargs):
    return filled(size, 1, ctx.out_dtype)


@lowers("aten.new_full.default")
def new_full(ctx, x, size, fill_value, **kwargs):
    return filled(size, fill_value, ctx.out_dtype)


@lowers("aten.scalar_tensor.default")
def scalar_tensor(ctx, s, **kwargs):
    return cast(s, ctx.out_dtype)


@lowers("aten.fill.Scalar", "aten.fill.Tensor")
def fill(ctx, x, value):
    return filled(x.shape, value, ctx.out_dtype)


def _arange(ctx, start, end, step):
    """start + step * i for i < len, the length being torch's own (the node's result shape)."""
    d = ctx.out_dtype
    compute = acc_dtype(d)
    n = ctx.out_shape[0]
    i = lax.iota(compute, n)
    if not (isinstance(step, (int, float)) and step == 1):
        i = i * cast(step, compute)
    if not (isinstance(start, (int, float)) and start == 0):
        i = i + cast(start, compute)
    return cast(i, d)


@lowers("aten.arange.default")
def arange(ctx, end, **kwargs):
    return _arange(ctx, 0, end, 1)


@lowers("aten.arange.start")
def arange_start(ctx, start, end, **kwargs):
    return _arange(ctx, start, end, 1)


@lowers("aten.arange.start_step")
def arange_start_step(ctx, start, end, step=1, **kwargs):
    return _arange(ctx, start, end, step)


@lowers("aten.eye.default", "aten.eye.m")
def eye(ctx, n, m=None, **kwargs):
    shape = (n, n if m is None else m)
    return cast(lax.eq(lax.broadcasted_iota(np.int32, shape, 0), lax.broadcasted_iota(np.int32, shape, 1)),
                ctx.out_dtype)


@lowers("aten.linspace.default", "aten.linspace.Tensor_Tensor", "aten.linspace.Tensor_Scalar",
        "aten.linspace.Scalar_Tensor")
def linspace(ctx, start, end, steps, **kwargs):
    return linspace_values(start, end, steps, ctx.out_dtype)


def linspace_values(start, end, steps: int, d) -> jax.Array:
    """torch's two-sided linspace: the first half counts up from start, the second half down from end.

    ``start`` and ``end`` may be Python scalars or 0-dim arrays (data-dependent histogram edges).
    """
    d = np.dtype(d)
    if steps <= 1:
        return filled((steps,), start, d)
    # torch steps integer results in double; floating results in their own type, each half-precision operation
    # rounding as c10::Half arithmetic does
    compute = np.dtype(np.float64) if jnp.issubdtype(d, jnp.integer) else acc_dtype(d)
    rounded = (lambda v: v) if compute == np.float64 and d != np.float64 else (lambda v: rounded_to(v, d))
    lo, hi = cast(cast(start, d), compute), cast(cast(end, d), compute)
    step = rounded(_div_by_count(rounded(hi - lo), steps - 1))
    i = lax.iota(compute, steps)
    up = rounded(lo + rounded(step * i))
    down = rounded(hi - rounded(step * (cast(steps - 1, compute) - i)))
    return cast(select(i < cast(steps // 2, compute), up, down), d)


def _div_by_count(num, count: int) -> jax.Array:
    """``num / count`` rounded once to num's dtype. XLA compiles division by a constant as multiplication by the
    constant's rounded reciprocal (in float16, 1/7 is off by 2**-12); a float64 product rounds like the true
    quotient except at exact ties. float64 itself keeps XLA's product."""
    wide = np.dtype(jax.dtypes.canonicalize_dtype(np.float64))
    return cast(lax.div(cast(num, wide), cast(count, wide)), num.dtype)


@lowers("aten.empty_permuted.default")
def empty_permuted(ctx, size, physical_layout, **kwargs):
    return filled(size, 0, ctx.out_dtype)


def _triangle_indices(ctx, row, col, offset, lower: bool):
    r, c = np.tril_indices(row, offset, col) if lower else np.triu_indices(row, offset, col)
    return jnp.asarray(np.stack([r, c]).astype(ctx.out_dtype).reshape(tuple(ctx.out_shape)))


@lowers("aten.tril_indices.default")
def tril_indices(ctx, row, col, offset=0, **kwargs):
    return _triangle_indices(ctx, row, col, offset, True)


@lowers("aten.triu_indices.default")
def triu_indices(ctx, row, col, offset=0, **kwargs):
    return _triangle_indices(ctx, row, col, offset, False)
