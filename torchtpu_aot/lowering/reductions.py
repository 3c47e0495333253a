"""Lowerings for reductions, scans, softmax, sorting and top-k.

Half-precision inputs are accumulated in float32 as torch does; max/min propagate NaN, index results are
int64 and pick the first of equal candidates, and sort orders NaN above every number, like torch.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.elementwise import acc_dtype, cast, norm_dim, select, truthy
from torchtpu_aot.lowering.registry import lowers


def reduce_dims(dim, ndim: int) -> tuple[int, ...]:
    """Normalized axes for an ``int[1]? dim`` argument: None or [] means every axis."""
    if ndim == 0:
        return ()
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, int):
        dim = [dim]
    if len(dim) == 0:
        return tuple(range(ndim))
    return tuple(sorted({norm_dim(d, ndim) for d in dim}))


def _count(x, dims: tuple[int, ...]):
    n = 1
    for d in dims:
        n = n * x.shape[d]
    return n


def _sum(x, dims, keepdim):
    return jnp.sum(x, axis=dims, keepdims=keepdim)


@lowers("aten.sum.default", "aten.sum.dim_IntList")
def sum_(ctx, x, dim=None, keepdim=False, *, dtype=None):
    d = ctx.out_dtype
    if d == np.bool_:
        return jnp.any(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim)
    return cast(_sum(cast(x, acc_dtype(d)), reduce_dims(dim, x.ndim), keepdim), d)


@lowers("aten.mean.default", "aten.mean.dim")
def mean(ctx, x, dim=None, keepdim=False, *, dtype=None):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    dims = reduce_dims(dim, x.ndim)
    total = _sum(cast(x, acc), dims, keepdim)
    return cast(lax.div(total, cast(_count(x, dims), acc)), d)


@lowers("aten.prod.default", "aten.prod.dim_int")
def prod(ctx, x, dim=None, keepdim=False, *, dtype=None):
    d = ctx.out_dtype
    if d == np.bool_:
        return jnp.all(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim)
    return cast(jnp.prod(cast(x, acc_dtype(d)), axis=reduce_dims(dim, x.ndim), keepdims=keepdim), d)


@lowers("aten.hash_tensor.default")
def hash_tensor(ctx, x, dim=(), *, keepdim=False, mode=0):
    """Mode 0, torch's only mode: the xor of the 64-bit patterns of the elements as double (floats) or int64."""
    if mode != 0:
        raise LoweringError(f"aten.hash_tensor mode {mode} is not supported (torch defines only mode 0).")
    if x.dtype != np.uint64:
        wide = np.float64 if jnp.issubdtype(x.dtype, jnp.floating) else np.int64
        x = lax.bitcast_convert_type(cast(x, wide), np.uint64)
    dims = reduce_dims(dim, x.ndim)
    h = lax.reduce(x, np.uint64(0), lax.bitwise_xor, dims)
    return lax.expand_dims(h, dims) if keepdim else h


# reduce name -> (the identity an empty segment starts from, the reduction over an axis, the pairwise combine)
_SEGMENT_OPS = {
    "max": (-np.inf, jnp.max, jnp.maximum), "min": (np.inf, jnp.min, jnp.minimum),
    "sum": (0, jnp.sum, lax.add), "mean": (0, jnp.sum, lax.add), "prod": (1, jnp.prod, lax.mul),
}


def _segment_bounds(lengths, offsets):
    """Start and (exclusive) end of every segment, shaped like ``data.shape[:axis] + (segments,)``."""
    if offsets is not None:
        return offsets[..., :-1], offsets[..., 1:]
    end = jnp.cumsum(lengths, axis=-1)
    return end - lengths, end


@lowers("aten.segment_reduce.default")
def segment_reduce(ctx, data, reduce, *, lengths=None, indices=None, offsets=None, axis=0, unsafe=False,
                   initial=None):
    """Segments are data-dependent but their count is static: each segment reduces its masked span of ``axis``,
    starting from ``initial`` (else the identity); an empty segment's mean is NaN unless ``initial`` is given."""
    if indices is not None or (lengths is None and offsets is None):
        raise LoweringError("aten.segment_reduce is lowered only for the lengths= and offsets= forms.")
    identity, reduce_fn, combine = _SEGMENT_OPS[reduce]
    axis = norm_dim(axis, data.ndim)
    inner = (1,) * (data.ndim - axis - 1)
    start, end = _segment_bounds(lengths, offsets)
    pos = lax.iota(start.dtype, data.shape[axis])
    inside = ((start[..., None] <= pos) & (pos < end[..., None])).reshape(start.shape + (data.shape[axis],) + inner)
    acc = acc_dtype(data.dtype)
    x = jnp.expand_dims(cast(data, acc), axis)
    first = cast(identity if initial is None else initial, acc)
    out = combine(first, reduce_fn(select(inside, x, cast(identity, acc)), axis=axis + 1))
    if reduce == "mean":
        count = cast(end - start, acc).reshape(start.shape + inner)
        empty = out if initial is not None else jnp.full((), np.nan, acc)
        out = select(count > 0, out / count, empty)
    return cast(out, ctx.out_dtype)


@lowers("aten.amax.default", "aten.max.default")
def amax(ctx, x, dim=(), keepdim=False):
    return jnp.max(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim)


@lowers("aten.amin.default", "aten.min.default")
def amin(ctx, x, dim=(), keepdim=False):
    return jnp.min(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim)


def _arg_reduce(x, dim, keepdim, arg_fn):
    """Index of the first max/min (NaN counts as the max and the min) along ``dim``, or over all of ``x``."""
    if dim is None:
        flat = lax.reshape(x, (_count(x, tuple(range(x.ndim))),))
        index = arg_fn(flat, 0, np.int64)
        return lax.reshape(index, (1,) * x.ndim) if keepdim else index
    if x.ndim == 0:
        return jnp.zeros((), np.int64)
    axis = norm_dim(dim, x.ndim)
    index = arg_fn(x, axis, np.int64)
    return lax.expand_dims(index, (axis,)) if keepdim else index


@lowers("aten.argmax.default")
def argmax(ctx, x, dim=None, keepdim=False):
    return _arg_reduce(x, dim, keepdim, lax.argmax)


@lowers("aten.argmin.default")
def argmin(ctx, x, dim=None, keepdim=False):
    return _arg_reduce(x, dim, keepdim, lax.argmin)


@lowers("aten.max.dim")
def max_dim(ctx, x, dim, keepdim=False):
    return jnp.max(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim), _arg_reduce(x, dim, keepdim, lax.argmax)


@lowers("aten.min.dim")
def min_dim(ctx, x, dim, keepdim=False):
    return jnp.min(x, axis=reduce_dims(dim, x.ndim), keepdims=keepdim), _arg_reduce(x, dim, keepdim, lax.argmin)


# --- variance and standard deviation ------------------------------------------------------------------------------


def _var_mean(x, dim, correction, keepdim, dtype):
    """(variance, mean) in torch's accumulation dtype: two passes, divisor max(N - correction, 0)."""
    acc = acc_dtype(dtype)
    dims = reduce_dims(dim, x.ndim)
    x = cast(x, acc)
    n = _count(x, dims)
    m = lax.div(_sum(x, dims, True), cast(n, acc))
    centered = x - m
    squares = centered * centered
    c = 1 if correction is None else correction
    if isinstance(n, int):
        divisor = cast(max(n - c, 0), squares.dtype)
    else:
        divisor = jnp.maximum(cast(n, squares.dtype) - cast(c, squares.dtype), jnp.zeros((), squares.dtype))
    var = lax.div(_sum(squares, dims, keepdim), divisor)
    return var, (m if keepdim else lax.squeeze(m, dims))


def _correction(unbiased) -> int:
    return 1 if unbiased else 0


@lowers("aten.var.correction")
def var_correction(ctx, x, dim=None, *, correction=None, keepdim=False):
    return cast(_var_mean(x, dim, correction, keepdim, ctx.out_dtype)[0], ctx.out_dtype)


@lowers("aten.var.default")
def var_default(ctx, x, unbiased=True):
    return cast(_var_mean(x, None, _correction(unbiased), False, ctx.out_dtype)[0], ctx.out_dtype)


@lowers("aten.var.dim")
def var_dim(ctx, x, dim, unbiased=True, keepdim=False):
    return cast(_var_mean(x, dim, _correction(unbiased), keepdim, ctx.out_dtype)[0], ctx.out_dtype)


@lowers("aten.std.correction")
def std_correction(ctx, x, dim=None, *, correction=None, keepdim=False):
    return cast(lax.sqrt(_var_mean(x, dim, correction, keepdim, ctx.out_dtype)[0]), ctx.out_dtype)


@lowers("aten.std.default")
def std_default(ctx, x, unbiased=True):
    return cast(lax.sqrt(_var_mean(x, None, _correction(unbiased), False, ctx.out_dtype)[0]), ctx.out_dtype)


@lowers("aten.std.dim")
def std_dim(ctx, x, dim, unbiased=True, keepdim=False):
    return cast(lax.sqrt(_var_mean(x, dim, _correction(unbiased), keepdim, ctx.out_dtype)[0]), ctx.out_dtype)


def _pair(ctx, var, m, sqrt: bool):
    first, second = ctx.out
    return cast(lax.sqrt(var) if sqrt else var, first.dtype), cast(m, second.dtype)


@lowers("aten.var_mean.correction")
def var_mean_correction(ctx, x, dim=None, *, correction=None, keepdim=False):
    return _pair(ctx, *_var_mean(x, dim, correction, keepdim, ctx.out_dtype), sqrt=False)


@lowers("aten.var_mean.default")
def var_mean_default(ctx, x, unbiased=True):
    return _pair(ctx, *_var_mean(x, None, _correction(unbiased), False, ctx.out_dtype), sqrt=False)


@lowers("aten.var_mean.dim")
def var_mean_dim(ctx, x, dim, unbiased=True, keepdim=False):
    return _pair(ctx, *_var_mean(x, dim, _correction(unbiased), keepdim, ctx.out_dtype), sqrt=False)


@lowers("aten.std_mean.correction")
def std_mean_correction(ctx, x, dim=None, *, correction=None, keepdim=False):
    return _pair(ctx, *_var_mean(x, dim, correction, keepdim, ctx.out_dtype), sqrt=True)


@lowers("aten.std_mean.default")
def std_mean_default(ctx, x, unbiased=True):
    return _pair(ctx, *_var_mean(x, None, _correction(unbiased), False, ctx.out_dtype), sqrt=True)


@lowers("aten.std_mean.dim")
def std_mean_dim(ctx, x, dim, unbiased=True, keepdim=False):
    return _pair(ctx, *_var_mean(x, dim, _correction(unbiased), keepdim, ctx.out_dtype), sqrt=True)


# --- any / all ----------------------------------------------------------------------------------------------------


def _logical_dims(dim, ndim: int) -> tuple[int, ...]:
    """any/all dims: None means every axis, but an explicit [] reduces nothing (unlike sum)."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, int):
        dim = [dim]
    return tuple(sorted({norm_dim(d, ndim) for d in dim})) if ndim else ()


@lowers("aten.any.default", "aten.any.dim", "aten.any.dims")
def any_(ctx, x, dim=None, keepdim=False):
    return cast(jnp.any(truthy(x), axis=_logical_dims(dim, x.ndim), keepdims=keepdim), ctx.out_dtype)


@lowers("aten.all.default", "aten.all.dim", "aten.all.dims")
def all_(ctx, x, dim=None, keepdim=False):
    return cast(jnp.all(truthy(x), axis=_logical_dims(dim, x.ndim), keepdims=keepdim), ctx.out_dtype)


# --- softmax and friends ------------------------------------------------------------------------------------------


def _softmax(x, dim: int, out_dtype, log: bool):
    x = cast(x, acc_dtype(out_dtype))
    axes = (norm_dim(dim, x.ndim),) if x.ndim else ()
    shifted = x - jnp.max(x, axis=axes, keepdims=True)
    e = lax.exp(shifted)
    s = jnp.sum(e, axis=axes, keepdims=True)
    return cast(shifted - lax.log(s) if log else lax.div(e, s), out_dtype)


@lowers("aten._softmax.default")
def softmax_(ctx, x, dim, half_to_float):
    return _softmax(x, dim, ctx.out_dtype, log=False)


@lowers("aten._log_softmax.default")
def log_softmax_(ctx, x, dim, half_to_float):
    return _softmax(x, dim, ctx.out_dtype, log=True)


@lowers("aten.softmax.int")
def softmax(ctx, x, dim, dtype=None):
    return _softmax(x if dtype is None else cast(x, dtype), dim, ctx.out_dtype, log=False)


@lowers("aten.log_softmax.int")
def log_softmax(ctx, x, dim, dtype=None):
    return _softmax(x if dtype is None else cast(x, dtype), dim, ctx.out_dtype, log=True)


@lowers("aten.logsumexp.default")
def logsumexp(ctx, x, dim, keepdim=False):
    d = ctx.out_dtype
    x = cast(x, acc_dtype(d))
    dims = reduce_dims(dim, x.ndim)
    m = jnp.max(x, axis=dims, keepdims=True)
    m = select(lax.abs(m) == jnp.asarray(np.inf, m.dtype), jnp.zeros((), m.dtype), m)
    r = lax.log(_sum(lax.exp(x - m), dims, True)) + m
    return cast(r if keepdim else lax.squeeze(r, dims), d)


# --- scans --------------------------------------------------------------------------------------------------------


@lowers("aten.cumsum.default")
def cumsum(ctx, x, dim, *, dtype=None):
    d = ctx.out_dtype
    x = cast(x, acc_dtype(d))
    return cast(lax.cumsum(x, norm_dim(dim, x.ndim)) if x.ndim else x, d)


@lowers("aten.cumprod.default")
def cumprod(ctx, x, dim, *, dtype=None):
    d = ctx.out_dtype
    x = cast(x, acc_dtype(d))
    return cast(lax.cumprod(x, norm_dim(dim, x.ndim)) if x.ndim else x, d)


# --- norms --------------------------------------------------------------------------------------------------------


@lowers("aten.linalg_vector_norm.default")
def linalg_vector_norm(ctx, x, ord=2, dim=None, keepdim=False, *, dtype=None):  # noqa: A002  (torch's name)
    d = ctx.out_dtype
    acc = acc_dtype(d)
    dims = reduce_dims(dim, x.ndim)
    if dtype is not None:
        x = cast(x, dtype)
    a = lax.abs(cast(x, acc)) if not jnp.issubdtype(x.dtype, jnp.complexfloating) else cast(lax.abs(x), acc)
    p = float(ord)
    if p == np.inf:
        r = jnp.max(a, axis=dims, keepdims=keepdim)
    elif p == -np.inf:
        r = jnp.min(a, axis=dims, keepdims=keepdim)
    elif p == 0:
        r = _sum(cast(a != jnp.zeros((), acc), acc), dims, keepdim)
    elif p == 1:
        r = _sum(a, dims, keepdim)
    elif p == 2:
        r = lax.sqrt(_sum(a * a, dims, keepdim))
    else:
        r = lax.pow(_sum(lax.pow(a, cast(p, acc)), dims, keepdim), cast(1.0 / p, acc))
    return cast(r, d)


# --- sorting ------------------------------------------------------------------------------------------------------


def _sort_keys(x, descending: bool) -> list:
    """Keys that make lax.sort's lexicographic ascending order equal torch's order (NaN largest, -0.0 == 0.0)."""
    if x.dtype == np.bool_:
        return [lax.bitwise_not(x) if descending else x]
    if jnp.issubdtype(x.dtype, jnp.integer):
        return [lax.bitwise_not(x) if descending else x]
    nan = lax.ne(x, x)
    zero = jnp.zeros((), x.dtype)
    value = select(jnp.logical_or(nan, x == zero), zero, x)
    if descending:
        return [lax.bitwise_not(nan), lax.neg(value)]
    return [nan, value]


def stable_sort(x, axis: int, descending: bool) -> tuple[jax.Array, jax.Array]:
    """(values, int64 indices) of a stable sort along ``axis`` with torch's ordering."""
    keys = _sort_keys(x, descending)
    iota = lax.broadcasted_iota(np.int64, x.shape, axis)
    *_, values, indices = lax.sort((*keys, x, iota), dimension=axis, is_stable=True, num_keys=len(keys))
    return values, indices


@lowers("aten.sort.default")
def sort(ctx, x, dim=-1, descending=False):
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    return stable_sort(x, norm_dim(dim, x.ndim), descending)


@lowers("aten.sort.stable")
def sort_stable(ctx, x, *, stable=None, dim=-1, descending=False):
    return sort(ctx, x, dim, descending)


@lowers("aten.topk.default")
def topk(ctx, x, k, dim=-1, largest=True, sorted=True):  # noqa: A002  (torch's name)
    if x.ndim == 0:
        if k not in (0, 1):
            raise LoweringError(f"aten.topk asked for k={k} elements of a 0-dim tensor.")
        return x, jnp.zeros((), np.int64)
    axis = norm_dim(dim, x.ndim)
    values, indices = stable_sort(x, axis, descending=largest)
    return lax.slice_in_dim(values, 0, k, axis=axis), lax.slice_in_dim(indices, 0, k, axis=axis)


# --- running extremes, order statistics ---------------------------------------------------------------------------


def _cum_extreme(x, axis: int, take_new):
    """Running (value, index) along ``axis``; ``take_new(new, best)`` says when a later element replaces the best
    (torch keeps the last index among equal values, and NaN once seen)."""
    n = x.shape[axis]
    idx = lax.broadcasted_iota(np.int64, x.shape, axis)

    def combine(a, b):
        av, ai = a
        bv, bi = b
        replace = take_new(bv, av)
        return select(replace, bv, av), select(replace, bi, ai)

    if n == 0:
        return x, idx
    return lax.associative_scan(combine, (x, idx), axis=axis)


def _nan_aware(greater: bool):
    def take_new(new, best):
        cmp = new >= best if greater else new <= best
        if jnp.issubdtype(new.dtype, jnp.floating):
            return cmp | (new != new) & (best == best) | ((new != new) & (best != best))
        return cmp

    return take_new


@lowers("aten.cummax.default")
def cummax(ctx, x, dim):
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    return _cum_extreme(x, norm_dim(dim, x.ndim), _nan_aware(True))


@lowers("aten.cummin.default")
def cummin(ctx, x, dim):
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    return _cum_extreme(x, norm_dim(dim, x.ndim), _nan_aware(False))


@lowers("aten.logcumsumexp.default")
def logcumsumexp(ctx, x, dim):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    v = cast(x, acc)
    if v.ndim == 0:
        return cast(v, d)
    return cast(lax.cumlogsumexp(v, axis=norm_dim(dim, v.ndim)), d)


def _kth(x, k: int, axis: int):
    """The k-th smallest (1-based) along axis, NaN largest, with the index torch reports for it."""
    values, indices = stable_sort(x, axis, descending=False)
    return lax.index_in_dim(values, k - 1, axis, keepdims=False), lax.index_in_dim(indices, k - 1, axis,
                                                                                    keepdims=False)


@lowers("aten.kthvalue.default")
def kthvalue(ctx, x, k, dim=-1, keepdim=False):
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    axis = norm_dim(dim, x.ndim)
    v, i = _kth(x, k, axis)
    if keepdim:
        v, i = jnp.expand_dims(v, axis), jnp.expand_dims(i, axis)
    return v, i


def _median(x, axis: int, ignore_nan: bool):
    n = x.shape[axis]
    values, indices = stable_sort(x, axis, descending=False)
    if ignore_nan and jnp.issubdtype(x.dtype, jnp.floating):
        count = jnp.sum(~jnp.isnan(x), axis=axis, keepdims=True)
        k = jnp.maximum((count - 1) // 2, 0)
    else:
        k = jnp.full(tuple(s if a != axis else 1 for a, s in enumerate(x.shape)), (n - 1) // 2, np.int64)
        if jnp.issubdtype(x.dtype, jnp.floating):  # a NaN anywhere makes the median NaN (the first NaN's index)
            has_nan = jnp.any(jnp.isnan(x), axis=axis, keepdims=True)
            first_nan = jnp.sum(~jnp.isnan(x), axis=axis, keepdims=True)
            k = select(has_nan, first_nan.astype(np.int64), k)
    k = k.astype(np.int64)
    return (jnp.take_along_axis(values, k, axis=axis).squeeze(axis),
            jnp.take_along_axis(indices, k, axis=axis).squeeze(axis))


@lowers("aten.median.default")
def median_all(ctx, x):
    return _median(x.reshape((-1,)), 0, False)[0]


@lowers("aten.nanmedian.default")
def nanmedian_all(ctx, x):
    return _median(x.reshape((-1,)), 0, True)[0]


@lowers("aten.median.dim", "aten.nanmedian.dim")
def median_dim(ctx, x, dim=-1, keepdim=False):
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    axis = norm_dim(dim, x.ndim)
    v, i = _median(x, axis, ctx.op == "aten.nanmedian.dim")
    if keepdim:
        v, i = jnp.expand_dims(v, axis), jnp.expand_dims(i, axis)
    return v, i


@lowers("aten.mode.default")
def mode(ctx, x, dim=-1, keepdim=False):
    """The most frequent value (the smallest among ties) and the last index where it occurs."""
    if x.ndim == 0:
        return x, jnp.zeros((), np.int64)
    axis = norm_dim(dim, x.ndim)
    xm = jnp.moveaxis(x, axis, -1)
    eq = xm[..., :, None] == xm[..., None, :]
    if jnp.issubdtype(x.dtype, jnp.floating):
        eq = eq | (jnp.isnan(xm)[..., :, None] & jnp.isnan(xm)[..., None, :])
    counts = jnp.sum(eq, axis=-1)
    best = jnp.max(counts, axis=-1, keepdims=True)
    values, _ = stable_sort(select(counts == best, xm, _largest_like(xm)), xm.ndim - 1, descending=False)
    v = values[..., 0]
    pos = lax.broadcasted_iota(np.int64, xm.shape, xm.ndim - 1)
    same = (xm == v[..., None]) | (jnp.isnan(xm) & jnp.isnan(v)[..., None]) if jnp.issubdtype(
        x.dtype, jnp.floating) else xm == v[..., None]
    i = jnp.max(select(same, pos, jnp.full(pos.shape, -1, np.int64)), axis=-1)
    if keepdim:
        v, i = jnp.expand_dims(v, axis), jnp.expand_dims(i, axis)
    return v, i


def _largest_like(x):
    if x.dtype == np.bool_:
        return jnp.ones(x.shape, np.bool_)
    if jnp.issubdtype(x.dtype, jnp.floating):
        return jnp.full(x.shape, jnp.nan, x.dtype)
    return jnp.full(x.shape, jnp.iinfo(x.dtype).max, x.dtype)
