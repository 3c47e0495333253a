"""Lowerings for convolutions (plain, grouped, dilated, transposed) and pooling, in torch's NC... layouts."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.linalg import _FULL_PRECISION
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
    y = lax.conv_general_dilated(
        x, weight, window_strides=stride, padding=pads, lhs_dilation=lhs_dilation, rhs_dilation=dilation,
        dimension_numbers=_dimension_numbers(spatial), feature_group_count=groups,
        precision=_precision(ctx.out_dtype), preferred_element_type=ctx.out_dtype,
    )
    if bias is not None:
        y = y + lax.broadcast_in_dim(bias, y.shape, (1,))
    return lax.squeeze(y, (0,)) if unbatched else y


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
    zero = jnp.asarray(0, x.dtype)
    total = lax.reduce_window(x, zero, lax.add, window, strides, [(0, 0)] * lead + pads)
    if divisor_override:
        return total / jnp.asarray(divisor_override, x.dtype)
    counts = np.ones((), np.float64)
    for n, k, st, p, out in zip(in_sizes, kernel, stride, padding, total.shape[lead:]):
        counts = np.multiply.outer(counts, _window_counts(n, k, st, p, out, count_include_pad))
    return total / lax.broadcast_in_dim(jnp.asarray(counts, x.dtype), total.shape, tuple(range(lead, x.ndim)))


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
    y = x
    for i, (n, o) in enumerate(zip(in_sizes, out_sizes)):
        axis = lead + i
        m = jnp.asarray(_adaptive_matrix(n, o), x.dtype)
        y = lax.dot_general(y, m, (((axis,), (1,)), ((), ())), precision=_precision(x.dtype))
        y = jnp.moveaxis(y, -1, axis)
    return y


@lowers("aten.adaptive_avg_pool1d.default")
def adaptive_avg_pool1d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 1)


@lowers("aten.adaptive_avg_pool2d.default", "aten._adaptive_avg_pool2d.default")
def adaptive_avg_pool2d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 2)


@lowers("aten.adaptive_avg_pool3d.default", "aten._adaptive_avg_pool3d.default")
def adaptive_avg_pool3d(ctx, x, output_size):
    return _adaptive_avg_pool(ctx, x, output_size, 3)
