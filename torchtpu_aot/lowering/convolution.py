"""Lowerings for convolutions (plain, grouped, dilated, transposed) and pooling, in torch's NC... layouts."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.elementwise import acc_dtype, cast, rounded_to
from torchtpu_aot.lowering.linalg import _FULL_PRECISION, _HALF
from torchtpu_aot.lowering.registry import lowers


def _tuple(v, n: int) -> tuple:
    if isinstance(v, int):
        return (v,) * n
    v = tuple(v)
    return v * n if len(v) == 1 else v


def _dimension_numbers(spatial: int) -> tuple[str, str, str]:
    chars = "DHW"[3 - spatial:] if spatial <= 3 else None
    if chars is None:
        raise LoweringError(f"convolutions with {spatial} spatial dims are not supported (at most 3)")
    return ("NC" + chars, "OI" + chars, "NC" + chars)


def _precision(dtype):
    return lax.Precision.HIGHEST if np.dtype(dtype) in _FULL_PRECISION else None


def _convolution(ctx, x, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    spatial = weight.ndim - 2
    unbatched = x.ndim == spatial + 1
    if unbatched:
        x = lax.expand_dims(x, (0,))
    stride, dilation = _tuple(stride, spatial), _tuple(dilation, spatial)
    kernel = tuple(weight.shape[2:])
    if isinstance(padding, str):
        if padding == "valid":
            pads = [(0, 0)] * spatial
        else:  # "same": torch puts the odd extra element on the high side
            total = [d * (k - 1) for d, k in zip(dilation, kernel)]
            pads = [(t // 2, t - t // 2) for t in total]
    else:
        pads = [(p, p) for p in _tuple(padding, spatial)]
    if transposed:
        output_padding = _tuple(output_padding, spatial)
        cin, cout_g = weight.shape[0], weight.shape[1]
        w = weight.reshape((groups, cin // groups, cout_g) + kernel)
        w = jnp.swapaxes(w, 1, 2).reshape((groups * cout_g, cin // groups) + kernel)
        weight = lax.rev(w, tuple(range(2, 2 + spatial)))
        pads = [(d * (k - 1) - lo, d * (k - 1) - lo + op)
                for d, k, (lo, _), op in zip(dilation, kernel, pads, output_padding)]
        lhs_dilation, stride = stride, (1,) * spatial
    else:
        lhs_dilation = (1,) * spatial
    # Half precision accumulates in float32 and rounds once, bias included, as torch's CPU kernels do.
    half = np.dtype(ctx.out_dtype) in _HALF
    accumulate = np.float32 if half else ctx.out_dtype

    def native(x, weight):
        return lax.conv_general_dilated(
            x, weight, window_strides=stride, padding=pads, lhs_dilation=lhs_dilation, rhs_dilation=dilation,
            dimension_numbers=_dimension_numbers(spatial), feature_group_count=groups,
            precision=_precision(ctx.out_dtype), preferred_element_type=accumulate,
        )

    out_spatial = tuple(ctx.out_shape[-spatial:])
    if not transposed and _depthwise_taps(x, weight, groups, out_spatial):
        def taps(x, weight):
            return _depthwise_by_taps(x, weight, stride, pads, dilation, out_spatial, accumulate)

        y = lax.platform_dependent(x, weight, cpu=taps, default=native)
    else:
        y = native(x, weight)
    if bias is not None:
        y = y + lax.broadcast_in_dim(bias.astype(y.dtype), y.shape, (1,))
    if half:
        y = y.astype(ctx.out_dtype)
    return lax.squeeze(y, (0,)) if unbatched else y


# XLA's CPU backend runs depthwise convolutions (one input channel per group) on one thread through a generic
# grouped-convolution path: 70x slower than torch at 64 channels x 56 x 56 (mobilenet's). On the CPU branch of
# the program they become a sum over the kernel taps of strided slices times per-channel weights, which XLA fuses
# into one parallel loop; other platforms keep the native convolution, which they run well.
_MAX_DEPTHWISE_TAPS = 81


def _depthwise_taps(x, weight, groups: int, out_spatial: tuple) -> bool:
    """Whether this convolution is depthwise with static sizes and few enough taps for the tap-sum form."""
    kernel = tuple(weight.shape[2:])
    static = all(isinstance(d, int) for d in (*x.shape[1:], *out_spatial, *weight.shape))
    return (static and groups > 1 and weight.shape[1] == 1 and x.shape[1] == groups
            and int(np.prod(kernel)) <= _MAX_DEPTHWISE_TAPS and jnp.issubdtype(x.dtype, jnp.floating))


def _depthwise_by_taps(x, weight, stride, pads, dilation, out_spatial, accumulate):
    """Depthwise convolution as sum over taps of x[strided window at the tap] * weight[:, 0, tap]."""
    channels_out = weight.shape[0]
    if channels_out != x.shape[1]:  # a channel multiplier: output o reads input channel o // multiplier
        x = jnp.repeat(x, channels_out // x.shape[1], axis=1)
    x = lax.pad(x.astype(accumulate), np.array(0, accumulate), [(0, 0, 0)] * 2 + [(lo, hi, 0) for lo, hi in pads])
    weight = weight.astype(accumulate)
    total = None
    for tap in np.ndindex(*weight.shape[2:]):
        start = [d * t for d, t in zip(dilation, tap)]
        window = x[(slice(None), slice(None)) + tuple(
            slice(b, b + (n - 1) * s + 1, s) for b, n, s in zip(start, out_spatial, stride))]
        w = lax.broadcast_in_dim(weight[(slice(None), 0) + tap], window.shape, (1,))
        total = window * w if total is None else total + window * w
    return total


@lowers("aten.convolution.default", "aten._convolution.default")
def convolution(ctx, x, weight, bias, stride, padding, dilation, transposed, output_padding, groups, *_flags):
    return _convolution(ctx, x, weight, bias, stride, padding, dilation, transposed, output_padding, groups)


@lowers("aten.conv1d.default", "aten.conv2d.default", "aten.conv3d.default",
        "aten.conv1d.padding", "aten.conv2d.padding", "aten.conv3d.padding")
def conv(ctx, x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _convolution(ctx, x, weight, bias, stride, padding, dilation, False, 0, groups)


@lowers("aten.conv_transpose1d.default", "aten.conv_transpose2d.input", "aten.conv_transpose3d.input")
def conv_transpose(ctx, x, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _convolution(ctx, x, weight, bias, stride, padding, dilation, True, output_padding, groups)


def _pool_geometry(in_sizes, kernel, stride, padding, dilation, ceil_mode):
    """torch's pooling output sizes, and the (low, high) padding that yields exactly those windows."""
    out_sizes, pads = [], []
    for n, k, s, p, d in zip(in_sizes, kernel, stride, padding, dilation):
        span = n + 2 * p - d * (k - 1) - 1
        out = (-(-span // s) if ceil_mode else span // s) + 1
        if ceil_mode and (out - 1) * s >= n + p:
            out -= 1  # the last window must start inside the input or the left padding
        out_sizes.append(out)
        pads.append((p, max((out - 1) * s + d * (k - 1) + 1 - n - p, 0)))
    return out_sizes, pads


def _pool_args(x, spatial, kernel_size, stride, padding, dilation=1):
    kernel = _tuple(kernel_size, spatial)
    stride = _tuple(stride, spatial) if stride not in (None, [], ()) else kernel
    return kernel, stride, _tuple(padding, spatial), _tuple(dilation, spatial)


def _lowest(dtype):
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return False
    return -np.inf if jnp.issubdtype(dtype, jnp.floating) else jnp.iinfo(dtype).min


def _max_pool(ctx, x, spatial, kernel_size, stride, padding, dilation, ceil_mode):
    kernel, stride, padding, dilation = _pool_args(x, spatial, kernel_size, stride, padding, dilation)
    lead = x.ndim - spatial
    _, pads = _pool_geometry(x.shape[lead:], kernel, stride, padding, dilation, ceil_mode)
    return lax.reduce_window(
        x, jnp.asarray(_lowest(x.dtype), x.dtype), lax.max, (1,) * lead + kernel, (1,) * lead + stride,
        [(0, 0)] * lead + pads, window_dilation=(1,) * lead + dilation,
    )


@lowers("aten.max_pool1d.default")
def max_pool1d(ctx, x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    return _max_pool(ctx, x, 1, kernel_size, stride, padding, dilation, ceil_mode)


@lowers("aten.max_pool2d.default")
def max_pool2d(ctx, x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    return _max_pool(ctx, x, 2, kernel_size, stride, padding, dilation, ceil_mode)


@lowers("aten.max_pool3d.default")
def max_pool3d(ctx, x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    return _max_pool(ctx, x, 3, kernel_size, stride, padding, dilation, ceil_mode)


def _avg_pool(ctx, x, spatial, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    kernel, stride, padding, dilation = _pool_args(x, spatial, kernel_size, stride, padding)
    lead = x.ndim - spatial
    in_sizes = tuple(x.shape[lead:])
    _, pads = _pool_geometry(in_sizes, kernel, stride, padding, dilation, ceil_mode)
    window, strides = (1,) * lead + kernel, (1,) * lead + stride
    d = x.dtype
    x = cast(x, acc_dtype(d))  # torch sums half-precision windows in float32 and rounds the average once
    total = lax.reduce_window(x, jnp.asarray(0, x.dtype), lax.add, window, strides, [(0, 0)] * lead + pads)
    if not jnp.issubdtype(x.dtype, jnp.inexact):  # integer pooling divides with truncation, as torch does
        if divisor_override:
            return lax.div(total, jnp.asarray(divisor_override, x.dtype))
        counts = np.ones((), np.int64)
        for n, k, st, p, out in zip(in_sizes, kernel, stride, padding, total.shape[lead:]):
            counts = np.multiply.outer(counts, _window_counts(n, k, st, p, out, count_include_pad).astype(np.int64))
        return lax.div(total, lax.broadcast_in_dim(jnp.asarray(counts, x.dtype), total.shape,
                                                   tuple(range(lead, x.ndim))))
    if divisor_override:
        return cast(total / jnp.asarray(divisor_override, x.dtype), d)
    counts = np.ones((), np.float64)
    for n, k, st, p, out in zip(in_sizes, kernel, stride, padding, total.shape[lead:]):
        counts = np.multiply.outer(counts, _window_counts(n, k, st, p, out, count_include_pad))
    return cast(total / lax.broadcast_in_dim(jnp.asarray(counts, x.dtype), total.shape, tuple(range(lead, x.ndim))),
                d)


def _window_counts(n: int, k: int, stride: int, pad: int, out: int, count_include_pad: bool) -> np.ndarray:
    """torch's divisor per output position along one dim: the window clipped to the padded input (or to the
    input itself without count_include_pad); a ceil-mode window's overhang past the padding never counts."""
    start = np.arange(out) * stride - pad
    end = np.minimum(start + k, n + pad)
    if not count_include_pad:
        start, end = np.maximum(start, 0), np.minimum(end, n)
    return (end - start).astype(np.float64)


@lowers("aten.avg_pool1d.default")
def avg_pool1d(ctx, x, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True):
    return _avg_pool(ctx, x, 1, kernel_size, stride, padding, ceil_mode, count_include_pad, None)


@lowers("aten.avg_pool2d.default")
def avg_pool2d(ctx, x, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _avg_pool(ctx, x, 2, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


@lowers("aten.avg_pool3d.default")
def avg_pool3d(ctx, x, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _avg_pool(ctx, x, 3, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def _adaptive_matrix(n: int, out: int) -> np.ndarray:
    """(out, n) averaging weights of torch's adaptive pooling bins [floor(i*n/out), ceil((i+1)*n/out))."""
    m = np.zeros((out, n), np.float64)
    for i in range(out):
        start, end = (i * n) // out, -(-((i + 1) * n) // out)
        m[i, start:end] = 1.0 / (end - start)
    return m


def _adaptive_avg_pool(ctx, x, output_size, spatial):
    lead = x.ndim - spatial
    out_sizes = _tuple(output_size, spatial)
    in_sizes = tuple(x.shape[lead:])
    if all(o == 1 for o in out_sizes):
        return jnp.mean(x, axis=tuple(range(lead, x.ndim)), keepdims=True, dtype=x.dtype)
    if all(isinstance(n, int) and n % o == 0 for n, o in zip(in_sizes, out_sizes)):
        split = tuple(x.shape[:lead])
        for n, o in zip(in_sizes, out_sizes):
            split += (o, n // o)
        y = lax.reshape(x, split)
        return jnp.mean(y, axis=tuple(lead + 2 * i + 1 for i in range(spatial)), dtype=x.dtype)
    y = cast(x, acc_dtype(x.dtype))  # half precision: float32 weights (1/3 is not a half) and one final rounding
    for i, (n, o) in enumerate(zip(in_sizes, out_sizes)):
        axis = lead + i
        m = jnp.asarray(_adaptive_matrix(n, o), y.dtype)
        y = lax.dot_general(y, m, (((axis,), (1,)), ((), ())), precision=_precision(y.dtype))
        y = jnp.moveaxis(y, -1, axis)
    return cast(y, x.dtype)


@lowers("aten.adaptive_avg_pool1d.default")
def adaptive_avg_pool1d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 1)


@lowers("aten.adaptive_avg_pool2d.default", "aten._adaptive_avg_pool2d.default")
def adaptive_avg_pool2d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 2)


@lowers("aten.adaptive_avg_pool3d.default", "aten._adaptive_avg_pool3d.default")
def adaptive_avg_pool3d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 3)


def _argmax_pair(a, b):
    """The (value, index) pair torch's max pooling keeps: the larger value, NaN above all, the first index among
    equal values and the last among NaNs."""
    av, ai = a
    bv, bi = b
    if jnp.issubdtype(av.dtype, jnp.floating):
        a_nan, b_nan = av != av, bv != bv
        take_b = (bv > av) | (b_nan & ~a_nan) | ((bv == av) & (bi < ai)) | (a_nan & b_nan & (bi > ai))
    else:
        take_b = (bv > av) | ((bv == av) & (bi < ai))
    return lax.select(take_b, bv, av), lax.select(take_b, bi, ai)


def _max_pool_with_indices(ctx, x, spatial, kernel_size, stride, padding, dilation, ceil_mode):
    kernel, stride, padding, dilation = _pool_args(x, spatial, kernel_size, stride, padding, dilation)
    lead = x.ndim - spatial
    in_sizes = tuple(x.shape[lead:])
    _, pads = _pool_geometry(in_sizes, kernel, stride, padding, dilation, ceil_mode)
    index_dtype = ctx.out[1].dtype
    plane = lax.broadcasted_iota(index_dtype, in_sizes, 0)
    for axis in range(1, spatial):
        plane = plane * jnp.asarray(in_sizes[axis], index_dtype) + lax.broadcasted_iota(index_dtype, in_sizes, axis)
    index = lax.broadcast_in_dim(plane, x.shape, tuple(range(lead, x.ndim)))
    values, indices = lax.reduce_window(
        (x, index), (jnp.asarray(_lowest(x.dtype), x.dtype), jnp.asarray(-1, index_dtype)), _argmax_pair,
        (1,) * lead + kernel, (1,) * lead + stride, [(0, 0)] * lead + pads, window_dilation=(1,) * lead + dilation,
    )
    return values, indices


@lowers("aten.max_pool2d_with_indices.default")
def max_pool2d_with_indices(ctx, x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    return _max_pool_with_indices(ctx, x, 2, kernel_size, stride, padding, dilation, ceil_mode)


@lowers("aten.max_pool3d_with_indices.default")
def max_pool3d_with_indices(ctx, x, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    return _max_pool_with_indices(ctx, x, 3, kernel_size, stride, padding, dilation, ceil_mode)


def _window_starts(sample, n_in: int, n_out: int, pool: int):
    """torch's ``generate_intervals`` in the samples' dtype: (N, C) uniform samples -> (N, C, n_out) starts."""
    d = sample.dtype
    last = jnp.full(sample.shape + (1,), n_in - pool, np.int64)
    if n_out == 1:
        return last
    acc = acc_dtype(d)
    sample = cast(sample, acc)
    alpha = cast(rounded_to(np.asarray((n_in - pool) / (n_out - 1), acc), d), acc)
    steps = rounded_to(rounded_to(lax.iota(acc, n_out - 1) + sample[..., None], d) * alpha, d).astype(np.int64)
    first = rounded_to(sample * alpha, d).astype(np.int64)
    return jnp.concatenate([steps - first[..., None], last], axis=-1)


def _fractional_max_pool(ctx, x, kernel_size, output_size, samples):
    """Max and flat in-plane argmax over windows whose starts come from ``samples`` (one per batch, channel and
    axis); ties keep the first index, NaN wins (the last NaN), as torch's CPU kernel scans."""
    spatial = len(kernel_size)
    unbatched = x.ndim == spatial + 1
    x = x[None] if unbatched else x
    n, c, in_sizes = x.shape[0], x.shape[1], tuple(x.shape[2:])
    samples = jnp.broadcast_to(samples, (n, c, spatial))
    index_dtype = ctx.out[1].dtype
    rank = 2 + 2 * spatial  # (N, C, out_1.., kernel_1..)
    flat = jnp.zeros((), index_dtype)
    for a, (size, out, k) in enumerate(zip(in_sizes, output_size, kernel_size)):
        column = spatial - 1 - a if spatial == 2 else a  # torch's 2d kernel reads (w, h) samples, its 3d (t, h, w)
        pos = _window_starts(samples[..., column], size, out, k)[..., None] + jnp.arange(k, dtype=index_dtype)
        shape = [n, c] + [1] * (rank - 2)
        shape[2 + a], shape[2 + spatial + a] = out, k
        flat = flat * size + pos.reshape(shape)
    flat = jnp.broadcast_to(flat, (n, c, *output_size, *kernel_size)).reshape(n, c, *output_size, -1)
    values = jnp.take_along_axis(x.reshape(n, c, -1), flat.reshape(n, c, -1), axis=-1).reshape(flat.shape)
    init = (jnp.asarray(_lowest(x.dtype), x.dtype), jnp.asarray(np.iinfo(index_dtype).max, index_dtype))
    values, indices = lax.reduce((values, flat), init, _argmax_pair, (flat.ndim - 1,))
    return (values[0], indices[0]) if unbatched else (values, indices)


@lowers("aten.fractional_max_pool2d.default", "aten.fractional_max_pool3d.default")
def fractional_max_pool(ctx, x, kernel_size, output_size, random_samples):
    return _fractional_max_pool(ctx, x, list(kernel_size), list(output_size), random_samples)


@lowers("aten.im2col.default")
def im2col(ctx, x, kernel_size, dilation, padding, stride):
    """torch's unfold: (N, C, H, W) -> (N, C * kh * kw, L), channel-major then kernel position."""
    unbatched = x.ndim == 3
    if unbatched:
        x = lax.expand_dims(x, (0,))
    kernel, dilation, padding, stride = (_tuple(v, 2) for v in (kernel_size, dilation, padding, stride))
    n, c = x.shape[0], x.shape[1]
    patches = lax.conv_general_dilated_patches(
        x, kernel, stride, [(p, p) for p in padding], rhs_dilation=dilation,
        dimension_numbers=("NCHW", "OIHW", "NCHW"), precision=lax.Precision.HIGHEST,
    ) if jnp.issubdtype(x.dtype, jnp.floating) else _int_patches(x, kernel, dilation, padding, stride)
    y = patches.reshape((n, c * kernel[0] * kernel[1], patches.shape[2] * patches.shape[3]))
    return y[0] if unbatched else y


def _int_patches(x, kernel, dilation, padding, stride):
    """conv_general_dilated_patches for non-float dtypes, by explicit strided slices of the padded input."""
    xp = jnp.pad(x, ((0, 0), (0, 0)) + tuple((p, p) for p in padding))
    out_h = (xp.shape[2] - dilation[0] * (kernel[0] - 1) - 1) // stride[0] + 1
    out_w = (xp.shape[3] - dilation[1] * (kernel[1] - 1) - 1) // stride[1] + 1
    parts = []
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            h0, w0 = i * dilation[0], j * dilation[1]
            parts.append(xp[:, :, h0:h0 + (out_h - 1) * stride[0] + 1:stride[0],
                            w0:w0 + (out_w - 1) * stride[1] + 1:stride[1]])
    return jnp.stack(parts, axis=2).reshape((x.shape[0], x.shape[1] * len(parts), out_h, out_w))


@lowers("aten.col2im.default")
def col2im(ctx, cols, output_size, kernel_size, dilation, padding, stride):
    """torch's fold: the transpose of unfold, summing overlapping patches."""
    unbatched = cols.ndim == 2
    if unbatched:
        cols = lax.expand_dims(cols, (0,))
    kernel = _tuple(kernel_size, 2)
    c = cols.shape[1] // (kernel[0] * kernel[1])
    shape = (cols.shape[0], c) + tuple(_tuple(output_size, 2))
    zeros = jnp.zeros(shape, cols.dtype)
    _, pullback = jax.vjp(lambda v: im2col(ctx, v, kernel_size, dilation, padding, stride), zeros)
    (y,) = pullback(cols)
    return y[0] if unbatched else y


def _adaptive_max_pool(ctx, x, output_size, spatial: int):
    """Max and flat argmax over torch's adaptive bins, as one masked reduction over every (bin, input) pair."""
    lead = x.ndim - spatial
    in_sizes = tuple(x.shape[lead:])
    out_sizes = _tuple(output_size, spatial)
    mask = np.ones((), np.bool_)
    for n, o in zip(in_sizes, out_sizes):
        m = _adaptive_matrix(n, o) > 0  # (o, n)
        mask = np.logical_and.outer(mask, m) if mask.ndim else m
    # mask axes: (o1, n1, o2, n2, ...) -> (o1, o2, ..., n1, n2, ...)
    order = [2 * i for i in range(spatial)] + [2 * i + 1 for i in range(spatial)]
    mask = np.transpose(mask, order)
    xe = x.reshape(tuple(x.shape[:lead]) + (1,) * spatial + in_sizes)
    lowest = jnp.asarray(_lowest(x.dtype), x.dtype)
    masked = jnp.where(jnp.asarray(mask), xe, lowest)
    flat = masked.reshape(tuple(x.shape[:lead]) + tuple(out_sizes) + (-1,))
    if jnp.issubdtype(x.dtype, jnp.floating):
        nan = jnp.isnan(flat)
        index = jnp.where(jnp.any(nan, axis=-1), jnp.argmax(nan, axis=-1), jnp.argmax(flat, axis=-1))
    else:
        index = jnp.argmax(flat, axis=-1)
    values = jnp.take_along_axis(flat, index[..., None], axis=-1)[..., 0]
    return values, index.astype(ctx.out[1].dtype)


@lowers("aten.adaptive_max_pool2d.default")
def adaptive_max_pool2d(ctx, x, output_size):
    return _adaptive_max_pool(ctx, x, output_size, 2)


@lowers("aten.adaptive_max_pool3d.default")
def adaptive_max_pool3d(ctx, x, output_size):
    return _adaptive_max_pool(ctx, x, output_size, 3)
