"""Lowerings for torch's FFT primitives (_fft_r2c, _fft_c2r, _fft_c2c) as stablehlo.fft.

``normalization`` is torch's fft_norm_mode: 0 no scaling, 1 by 1/sqrt(n), 2 by 1/n, n being the product of the
transformed signal sizes.
"""

from __future__ import annotations

import math

import jax.numpy as jnp

from torchtpu_aot.lowering.elementwise import norm_dim
from torchtpu_aot.lowering.registry import lowers


def _scaled(y, normalization: int, n: int, dtype):
    if normalization == 1:
        y = y / math.sqrt(n)
    elif normalization == 2:
        y = y / n
    return y.astype(dtype)


@lowers("aten._fft_r2c.default")
def fft_r2c(ctx, x, dim, normalization, onesided):
    axes = [norm_dim(d, x.ndim) for d in dim]
    n = math.prod(x.shape[a] for a in axes)
    y = jnp.fft.rfftn(x, axes=axes) if onesided else jnp.fft.fftn(x, axes=axes)
    return _scaled(y, normalization, n, ctx.out_dtype)


@lowers("aten._fft_c2r.default")
def fft_c2r(ctx, x, dim, normalization, last_dim_size):
    axes = [norm_dim(d, x.ndim) for d in dim]
    sizes = [x.shape[a] for a in axes[:-1]] + [last_dim_size]
    y = jnp.fft.irfftn(x, s=sizes, axes=axes, norm="forward")  # unscaled inverse
    return _scaled(y, normalization, math.prod(sizes), ctx.out_dtype)


@lowers("aten._fft_c2c.default")
def fft_c2c(ctx, x, dim, normalization, forward):
    axes = [norm_dim(d, x.ndim) for d in dim]
    n = math.prod(x.shape[a] for a in axes)
    y = jnp.fft.fftn(x, axes=axes) if forward else jnp.fft.ifftn(x, axes=axes, norm="forward")
    return _scaled(y, normalization, n, ctx.out_dtype)
