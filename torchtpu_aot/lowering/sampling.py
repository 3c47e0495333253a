"""Lowerings for resampling: upsample_* (nearest, nearest-exact, linear, bilinear, trilinear, bicubic), grid_sampler,
and the reflection/replication paddings.

Source coordinates follow torch's CPU kernels exactly (``area_pixel_compute_source_index``): align_corners,
explicit scale factors (which override the size ratio), clamping for linear modes; halves compute in float32.
"""

from __future__ import annotations

import itertools
import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.elementwise import acc_dtype, cast
from torchtpu_aot.lowering.registry import lowers


def _scale(n_in: int, n_out: int, align_corners: bool, scale) -> float:
    """torch's ``area_pixel_compute_scale``: the step in input pixels per output pixel."""
    if align_corners:
        return (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
    return 1.0 / scale if scale is not None and scale > 0 else n_in / n_out


def _source(n_in: int, n_out: int, align_corners: bool, scale, dtype, cubic: bool = False):
    s = jnp.asarray(_scale(n_in, n_out, align_corners, scale), dtype)
    dst = lax.iota(dtype, n_out)
    if align_corners:
        return dst * s
    src = (dst + jnp.asarray(0.5, dtype)) * s - jnp.asarray(0.5, dtype)
    return src if cubic else jnp.maximum(src, jnp.zeros((), dtype))


def _take(x, index, axis: int):
    return jnp.take(x, index, axis=axis, mode="clip")


def _linear_axis(x, axis: int, n_out: int, align_corners: bool, scale):
    n_in = x.shape[axis]
    src = _source(n_in, n_out, align_corners, scale, x.dtype)
    i0 = jnp.minimum(lax.floor(src).astype(np.int32), n_in - 1)
    i1 = jnp.minimum(i0 + 1, n_in - 1)
    w1 = src - i0.astype(x.dtype)
    w0 = jnp.ones((), x.dtype) - w1
    shape = [1] * x.ndim
    shape[axis] = n_out
    return _take(x, i0, axis) * w0.reshape(shape) + _take(x, i1, axis) * w1.reshape(shape)


def _cubic_weights(t, a=-0.75):
    def near(v):  # |v| <= 1
        return ((a + 2) * v - (a + 3)) * v * v + 1

    def far(v):  # 1 < |v| < 2
        return ((a * v - 5 * a) * v + 8 * a) * v - 4 * a

    one = jnp.ones((), t.dtype)
    return far(t + one), near(t), near(one - t), far(2 * one - t)


def _cubic_axis(x, axis: int, n_out: int, align_corners: bool, scale):
    n_in = x.shape[axis]
    src = _source(n_in, n_out, align_corners, scale, x.dtype, cubic=True)
    i = lax.floor(src)
    t = src - i
    i = i.astype(np.int32)
    shape = [1] * x.ndim
    shape[axis] = n_out
    out = None
    for k, w in zip(range(-1, 3), _cubic_weights(t)):
        term = _take(x, jnp.clip(i + k, 0, n_in - 1), axis) * w.reshape(shape)
        out = term if out is None else out + term
    return out


def _nearest_axis(x, axis: int, n_out: int, scale, exact: bool):
    n_in = x.shape[axis]
    s = jnp.asarray(_scale(n_in, n_out, False, scale), np.float32)
    dst = lax.iota(np.float32, n_out)
    if exact:
        dst = dst + jnp.asarray(0.5, np.float32)
    src = jnp.minimum(lax.floor(dst * s).astype(np.int32), n_in - 1)
    return _take(x, src, axis)


def _upsample(ctx, x, spatial: int, scales, resize):
    out_sizes = tuple(ctx.out_shape[-spatial:])
    scales = list(scales) if scales is not None else [None] * spatial
    y = x
    for i, (n_out, scale) in enumerate(zip(out_sizes, scales)):
        y = resize(y, x.ndim - spatial + i, n_out, scale)
    return y


def _interp(ctx, x, spatial, align_corners, scales, axis_fn):
    d = ctx.out_dtype
    integer = not jnp.issubdtype(d, jnp.floating)
    xf = cast(x, np.float32 if integer else acc_dtype(d))
    y = _upsample(ctx, xf, spatial, scales, lambda y, a, n, s: axis_fn(y, a, n, align_corners, s))
    if integer:  # torch rounds integer images to the nearest value and saturates
        info = jnp.iinfo(d)
        y = jnp.clip(jnp.round(cast(y, np.float32)), info.min, info.max)
    return cast(y, d)


def _vec_scales(scale_factors, output_size, spatial):
    if output_size is not None or scale_factors is None:
        return None
    return list(scale_factors)[:spatial]


@lowers("aten.upsample_nearest1d.default", "aten.upsample_nearest2d.default", "aten.upsample_nearest3d.default")
def upsample_nearest(ctx, x, output_size, *scales):
    spatial = len(output_size)
    return _upsample(ctx, x, spatial, scales or None, lambda y, a, n, s: _nearest_axis(y, a, n, s, False))


@lowers("aten._upsample_nearest_exact1d.default", "aten._upsample_nearest_exact2d.default",
        "aten._upsample_nearest_exact3d.default")
def upsample_nearest_exact(ctx, x, output_size, *scales):
    spatial = len(output_size)
    return _upsample(ctx, x, spatial, scales or None, lambda y, a, n, s: _nearest_axis(y, a, n, s, True))


@lowers("aten.upsample_nearest1d.vec", "aten.upsample_nearest2d.vec", "aten.upsample_nearest3d.vec",
        "aten._upsample_nearest_exact1d.vec", "aten._upsample_nearest_exact2d.vec",
        "aten._upsample_nearest_exact3d.vec")
def upsample_nearest_vec(ctx, x, output_size, scale_factors):
    spatial = x.ndim - 2
    exact = "exact" in ctx.op
    return _upsample(ctx, x, spatial, _vec_scales(scale_factors, output_size, spatial),
                     lambda y, a, n, s: _nearest_axis(y, a, n, s, exact))


@lowers("aten.upsample_linear1d.default", "aten.upsample_bilinear2d.default", "aten.upsample_trilinear3d.default")
def upsample_linear(ctx, x, output_size, align_corners, *scales):
    return _interp(ctx, x, len(output_size), align_corners, scales or None, _linear_axis)


@lowers("aten.upsample_linear1d.vec", "aten.upsample_bilinear2d.vec", "aten.upsample_trilinear3d.vec")
def upsample_linear_vec(ctx, x, output_size, align_corners, scale_factors):
    spatial = x.ndim - 2
    return _interp(ctx, x, spatial, align_corners, _vec_scales(scale_factors, output_size, spatial), _linear_axis)


@lowers("aten.upsample_bicubic2d.default")
def upsample_bicubic(ctx, x, output_size, align_corners, *scales):
    return _interp(ctx, x, 2, align_corners, scales or None, _cubic_axis)


@lowers("aten.upsample_bicubic2d.vec")
def upsample_bicubic_vec(ctx, x, output_size, align_corners, scale_factors):
    return _interp(ctx, x, 2, align_corners, _vec_scales(scale_factors, output_size, 2), _cubic_axis)


def _aa_weights(n_in: int, n_out: int, align_corners: bool, scale, dtype=np.float64) -> np.ndarray:
    """torch's antialiased bilinear weights along one axis as an (n_out, n_in) matrix: a triangle filter stretched
    by the downscale factor over the pixels whose centers it covers, normalized per output pixel. Computed in
    ``dtype`` as torch does (float32 images get float32 weights)."""
    one, half = dtype(1), dtype(0.5)
    s = dtype(_scale(n_in, n_out, align_corners, scale))
    support, invscale = (s, one / s) if s >= one else (one, one)
    widest = int(math.ceil(support)) * 2 + 1
    weights = np.zeros((n_out, n_in), dtype)
    for i in range(n_out):
        center = s * (dtype(i) + half)
        lo = max(int(center - support + half), 0)
        size = min(max(min(int(center + support + half), n_in) - lo, 0), widest)
        w = np.maximum(one - np.abs((np.arange(size, dtype=dtype) + dtype(lo) - center + half) * invscale), 0)
        weights[i, lo:lo + size] = w / w.sum(dtype=dtype) if w.sum() != 0 else w
    return weights


def _aa_axis(x, axis: int, n_out: int, align_corners: bool, scale):
    m = jnp.asarray(_aa_weights(x.shape[axis], n_out, align_corners, scale, x.dtype.type))
    y = lax.dot_general(x, m, (((axis,), (1,)), ((), ())), precision=lax.Precision.HIGHEST)
    return jnp.moveaxis(y, -1, axis)


def _fixed_point(weights: np.ndarray) -> tuple[np.ndarray, int]:
    """torch's int16 weights for uint8 images: as many fraction bits as keep the largest weight below 2**15."""
    bits = next((b for b in range(22) if int(0.5 + weights.max() * (1 << (b + 1))) >= 1 << 15), 22)
    scaled = weights * (1 << bits)
    return np.where(scaled < 0, scaled - 0.5, scaled + 0.5).astype(np.int16).astype(np.int32), bits


def _aa_uint8(x, out_sizes, align_corners: bool, scales):
    """torch's uint8 path: fixed-point weights, the width pass before the height pass, each rounded to uint8."""
    y = cast(x, np.int32)
    for axis in (x.ndim - 1, x.ndim - 2):
        k = axis - (x.ndim - 2)
        weights, bits = _fixed_point(_aa_weights(x.shape[axis], out_sizes[k], align_corners, scales[k]))
        acc = lax.dot_general(y, jnp.asarray(weights), (((axis,), (1,)), ((), ()))) + (1 << (bits - 1))
        y = jnp.clip(jnp.moveaxis(acc >> bits, -1, axis), 0, 255)
    return cast(y, np.uint8)


def _upsample_aa(ctx, x, align_corners: bool, scales):
    if ctx.out_dtype == np.uint8:
        return _aa_uint8(x, tuple(ctx.out_shape[-2:]), align_corners, list(scales or (None, None)))
    return _interp(ctx, x, 2, align_corners, scales, _aa_axis)


@lowers("aten._upsample_bilinear2d_aa.default")
def upsample_bilinear_aa(ctx, x, output_size, align_corners, *scales):
    return _upsample_aa(ctx, x, align_corners, scales or None)


@lowers("aten._upsample_bilinear2d_aa.vec")
def upsample_bilinear_aa_vec(ctx, x, output_size, align_corners, scale_factors):
    return _upsample_aa(ctx, x, align_corners, _vec_scales(scale_factors, output_size, 2))


# --- grid sampling --------------------------------------------------------------------------------------------


def _unnormalize(g, size: int, align_corners: bool):
    one = jnp.ones((), g.dtype)
    if align_corners:
        return (g + one) / 2 * (size - 1)
    return ((g + one) * size - one) / 2


def _reflect(v, low2: float, high2: float):
    """torch's reflect_coordinates over [low2 / 2, high2 / 2]."""
    if low2 == high2:
        return jnp.zeros_like(v)
    lo, span = low2 / 2, (high2 - low2) / 2
    v = jnp.abs(v - lo)
    extra = jnp.mod(v, span)
    flips = jnp.floor(v / span)
    even = jnp.mod(flips, 2) == 0
    return jnp.where(even, extra + lo, span - extra + lo)


def _source_coord(g, size: int, padding_mode: int, align_corners: bool):
    v = _unnormalize(g, size, align_corners)
    if padding_mode == 1:
        v = jnp.clip(v, 0, size - 1)
    elif padding_mode == 2:
        v = _reflect(v, 0, 2 * (size - 1)) if align_corners else _reflect(v, -1, 2 * size - 1)
        v = jnp.clip(v, 0, size - 1)
    return v


def _gather(img, index: list):
    """``img`` (C, *spatial) at integer positions (one array per spatial axis, all one shape), zero outside."""
    inside = jnp.ones(index[0].shape, np.bool_)
    clipped = []
    for i, n in zip(index, img.shape[1:]):
        inside = inside & (i >= 0) & (i < n)
        clipped.append(jnp.clip(i, 0, n - 1))
    vals = img[(slice(None), *clipped)]
    return jnp.where(inside[None], vals, jnp.zeros((), img.dtype))


def _bilinear_sample(img, coords: list):
    """Linear interpolation over every spatial axis: the 2**n corners weighted by their opposite distances."""
    lows = [jnp.floor(c) for c in coords]
    fracs = [c - lo for c, lo in zip(coords, lows)]
    lows = [lo.astype(np.int32) for lo in lows]
    one = jnp.ones((), img.dtype)
    out = 0
    for corner in itertools.product((0, 1), repeat=len(coords)):
        weight = 1
        for bit, t in zip(corner, fracs):
            weight = weight * (t if bit else one - t)
        out = out + _gather(img, [lo + bit for lo, bit in zip(lows, corner)]) * weight[None]
    return out


def _bicubic_sample(img, coords: list, padding_mode: int, align_corners: bool):
    """Bicubic over (y, x) on unclamped coordinates; each of the 16 taps is padded on its own, as in torch."""
    (h, w), (gy, gx) = img.shape[1:], coords
    x0, y0 = jnp.floor(gx), jnp.floor(gy)
    wx, wy = _cubic_weights(gx - x0), _cubic_weights(gy - y0)
    x0, y0 = x0.astype(np.int32), y0.astype(np.int32)
    out = 0
    for i in range(4):
        for j in range(4):
            yi, xj = y0 - 1 + i, x0 - 1 + j
            if padding_mode != 0:
                yi = _tap(yi, h, padding_mode, align_corners)
                xj = _tap(xj, w, padding_mode, align_corners)
            out = out + _gather(img, [yi, xj]) * (wy[i] * wx[j])[None]
    return out


@lowers("aten.grid_sampler_2d.default", "aten.grid_sampler_3d.default")
def grid_sampler(ctx, x, grid, interpolation_mode, padding_mode, align_corners):
    """Modes 0/1/2 = bilinear/nearest/bicubic, paddings 0/1/2 = zeros/border/reflection. Coordinates and weights
    are computed in float32 for half inputs (torch's CPU kernel rounds them to the half type)."""
    d = ctx.out_dtype
    acc = acc_dtype(d)
    x, grid = cast(x, acc), cast(grid, acc)
    sizes = x.shape[2:]
    n = len(sizes)

    def one(img, g):
        # grid's last axis lists coordinates x, y(, z): the reverse of the spatial axes (D,) H, W
        raw = [g[..., n - 1 - a] for a in range(n)]
        if interpolation_mode == 2:
            return _bicubic_sample(img, [_unnormalize(c, size, align_corners) for c, size in zip(raw, sizes)],
                                   padding_mode, align_corners)
        coords = [_source_coord(c, size, padding_mode, align_corners) for c, size in zip(raw, sizes)]
        if interpolation_mode == 1:
            return _gather(img, [jnp.round(c).astype(np.int32) for c in coords])
        return _bilinear_sample(img, coords)

    return cast(jax.vmap(one)(x, grid), d)


def _tap(i, size: int, padding_mode: int, align_corners: bool):
    v = _source_coord_pixels(i.astype(np.float32), size, padding_mode, align_corners)
    return v.astype(np.int32)


def _source_coord_pixels(v, size, padding_mode, align_corners):
    if padding_mode == 2:
        v = _reflect(v, 0, 2 * (size - 1)) if align_corners else _reflect(v, -1, 2 * size - 1)
    return jnp.clip(v, 0, size - 1)


# --- reflection / replication padding ------------------------------------------------------------------------


def _pad(x, padding, reflect: bool):
    """Reflection or replication padding as one gather per padded dim; negative pads crop, as in torch."""
    pairs = [(padding[2 * i], padding[2 * i + 1]) for i in range(len(padding) // 2)]
    for i, (lo, hi) in enumerate(pairs):
        axis = x.ndim - 1 - i
        n = x.shape[axis]
        src = np.arange(n + lo + hi) - lo
        if reflect:
            src = np.abs(src)
            src = np.where(src >= n, 2 * (n - 1) - src, src)
        x = jnp.take(x, jnp.asarray(np.clip(src, 0, max(n - 1, 0)), np.int32), axis=axis)
    return x


@lowers("aten.reflection_pad1d.default", "aten.reflection_pad2d.default", "aten.reflection_pad3d.default")
def reflection_pad(ctx, x, padding):
    return _pad(x, padding, True)


@lowers("aten.replication_pad1d.default", "aten.replication_pad2d.default", "aten.replication_pad3d.default")
def replication_pad(ctx, x, padding):
    return _pad(x, padding, False)
