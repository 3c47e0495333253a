"""Lowerings for gathers and scatters: embedding, advanced indexing, gather/scatter, index_put and friends.

torch rejects out-of-range indices at run time where XLA would clamp or drop them; the lowerings promise
in-bounds indices (smallest code) and wrap negative indices only where torch accepts them (index, index_put,
index_fill, take_along_dim, select/slice_scatter). Advanced indexing follows torch's (NumPy's) placement of
the broadcast index dims; scatters use batching dims rather than materialized iota coordinates.

Results whose size depends on the data (nonzero, masked_select, x[mask], unique, bincount) are returned padded
to a static bound along that dim, their true size bound with ``ctx.bind_length`` (registry.DataDim).
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.elementwise import broadcast_to, cast, divide, is_array, norm_dim, select, truthy
from torchtpu_aot.lowering.quantized import QuantizedWeight
from torchtpu_aot.lowering.registry import DataDim, lowers

_PROMISE = lax.GatherScatterMode.PROMISE_IN_BOUNDS
_NO_WRAP = {"mode": _PROMISE, "wrap_negative_indices": False}


def _check_integer(op: str, index) -> None:
    if _is_mask(index):
        raise LoweringError(
            f"{op} got a boolean mask index, whose result size depends on the data; index with integer tensors "
            "(e.g. torch.nonzero(mask)) or use torch.where(mask, ...) instead."
        )


@lowers("aten.embedding.default")
def embedding(ctx, weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    if isinstance(weight, QuantizedWeight):  # gather the integer rows, then dequantize only those
        return weight.rows(indices)
    return weight.at[indices].get(**_NO_WRAP)


@lowers("aten.index_select.default")
def index_select(ctx, x, dim, index):
    if x.ndim == 0:
        return x
    key = (slice(None),) * norm_dim(dim, x.ndim) + (jnp.reshape(index, (-1,)),)
    return x.at[key].get(**_NO_WRAP)


def _index_tuple(op: str, indices) -> tuple:
    """torch's ``Tensor?[] indices`` as a NumPy-style index: None (a skipped dim) becomes a full slice."""
    key = []
    for index in indices:
        if index is None:
            key.append(slice(None))
        else:
            _check_integer(op, index)
            key.append(index)
    return tuple(key)


@lowers("aten.index.Tensor", "aten.index.Tensor_hacked_twin", "aten._unsafe_index.Tensor")
def index(ctx, x, indices):
    real = [(axis, i) for axis, i in enumerate(indices) if i is not None]
    if len(real) == 1 and _is_mask(real[0][1]) and isinstance(ctx.out_shape[real[0][0]], DataDim):
        axis, mask = real[0]
        return _select_rows(ctx, x, truthy(mask), axis)  # x[mask]: the selected rows, as many as the data says
    return x.at[_index_tuple(ctx.op, indices)].get(mode=_PROMISE)


def _is_mask(index) -> bool:
    return index.dtype == np.bool_ or index.dtype == np.uint8


def _static_size(ctx, shape) -> int:
    """The element count bounding a data-dependent result; it must be known when converting."""
    size = math.prod(shape)
    if not isinstance(size, int):
        raise LoweringError(
            f"{ctx.op}'s result size depends on the data and is bounded by its input's element count {size}, which "
            "is not static here; a data-dependent result needs inputs of static shape (drop --dynamic for them).")
    return size


def _padded_rows(ctx, dim, bound: int, length) -> int:
    """How many rows to compute along a result dim: torch's count where it is static, else (a DataDim) the
    static ``bound``, the true ``length`` bound as the dim's size."""
    if isinstance(dim, DataDim):
        ctx.bind_length(length, bound)
        return bound
    return dim


def _select_rows(ctx, x, mask, axis: int):
    """x's entries where ``mask`` (covering x's dims axis, axis+1, ...) is set, as rows along ``axis``: padded
    to the mask's size with copies of the first row when their count depends on the data."""
    size = _static_size(ctx, mask.shape)
    flat = jnp.reshape(x, tuple(x.shape[:axis]) + (size,) + tuple(x.shape[axis + mask.ndim:]))
    m = jnp.reshape(mask, (size,))
    rows = _padded_rows(ctx, ctx.out_shape[axis], size, jnp.sum(m, dtype=np.int64))
    (positions,) = jnp.nonzero(m, size=rows, fill_value=0)
    return jnp.take(flat, positions, axis=axis, mode="clip") if size else flat


@lowers("aten.masked_select.default")
def masked_select(ctx, x, mask):
    shape = jnp.broadcast_shapes(tuple(x.shape), tuple(mask.shape))
    flat = jnp.reshape(broadcast_to(x, shape), (-1,))
    return _select_rows(ctx, flat, jnp.reshape(broadcast_to(truthy(mask), shape), (-1,)), 0)


def _mask_put(x, mask, values, accumulate: bool):
    """index_put with one boolean mask over x's leading dims and values broadcastable to each selected row."""
    rest = x.shape[mask.ndim:]
    if values.ndim > len(rest) and values.shape[0] != 1:
        raise LoweringError(
            "aten.index_put with a boolean mask needs values broadcastable to one selected element, since the "
            "number of selected elements depends on the data; use torch.where(mask, values, x) instead."
        )
    if values.ndim > len(rest):
        values = lax.squeeze(values, (0,))
    m = lax.broadcast_in_dim(mask, x.shape, tuple(range(mask.ndim)))
    v = jnp.broadcast_to(cast(values, x.dtype), x.shape)
    if accumulate:
        return x + select(m, v, jnp.zeros((), x.dtype))
    return select(m, v, x)


@lowers("aten.index_put.default", "aten.index_put.hacked_twin", "aten._unsafe_index_put.default")
def index_put(ctx, x, indices, values, accumulate=False):
    real = [i for i in indices if i is not None]
    if len(real) == 1 and _is_mask(real[0]) and indices[0] is real[0]:
        return _mask_put(x, truthy(real[0]), values, accumulate)
    ref = x.at[_index_tuple(ctx.op, indices)]
    values = cast(values, x.dtype)
    if accumulate and x.dtype == np.bool_:
        return ref.max(values, mode=_PROMISE)  # torch adds booleans as a logical or
    return ref.add(values, mode=_PROMISE) if accumulate else ref.set(values, mode=_PROMISE)


def _shrink_to(x, shape):
    """x sliced to ``shape`` on every dim (torch lets index be smaller than self/src on the other dims)."""
    if tuple(x.shape) == tuple(shape):
        return x
    return lax.slice(x, (0,) * x.ndim, tuple(shape))


def _wrap(index, size):
    """Negative indices counted from the end, for the ops where torch accepts them."""
    zero = jnp.zeros((), index.dtype)
    return select(index < zero, index + cast(size, index.dtype), index)


def _batched(x, axis: int) -> tuple[int, ...]:
    return tuple(d for d in range(x.ndim) if d != axis)


def _take_along(x, index, axis: int):
    """x[..., index[...], ...] along ``axis``, x and index agreeing on every other dim: one stablehlo.gather."""
    others = _batched(x, axis)
    dnums = lax.GatherDimensionNumbers(offset_dims=(), collapsed_slice_dims=(axis,), start_index_map=(axis,),
                                       operand_batching_dims=others, start_indices_batching_dims=others)
    return lax.gather(x, lax.expand_dims(index, (index.ndim,)), dnums, (1,) * x.ndim, mode=_PROMISE)


@lowers("aten.gather.default")
def gather(ctx, x, dim, index, sparse_grad=False):
    if x.ndim == 0:
        return jnp.reshape(x, index.shape)
    dim = norm_dim(dim, x.ndim)
    shape = tuple(index.shape[d] if d != dim else x.shape[d] for d in range(x.ndim))
    return _take_along(_shrink_to(x, shape), index, dim)


@lowers("aten.take_along_dim.default")
def take_along_dim(ctx, x, indices, dim=None):
    if dim is None:
        x, indices, dim = jnp.reshape(x, (-1,)), jnp.reshape(indices, (-1,)), 0
    dim = norm_dim(dim, x.ndim)
    x_shape, i_shape = list(x.shape), list(indices.shape)
    for d in _batched(x, dim):
        x_shape[d] = i_shape[d] = jnp.broadcast_shapes((x.shape[d],), (indices.shape[d],))[0]
    x, indices = broadcast_to(x, x_shape), broadcast_to(indices, i_shape)
    return _take_along(x, _wrap(indices, x.shape[dim]), dim)


@lowers("aten.take.default")
def take(ctx, x, index):
    """x viewed as 1-D, indexed by ``index`` (negative indices count from the end); the result has index's shape."""
    flat = jnp.reshape(x, (-1,))
    if flat.shape[0] == 0:
        return jnp.zeros(index.shape, x.dtype)
    picked = _take_along(flat, _wrap(jnp.reshape(index, (-1,)), flat.shape[0]), 0)
    return jnp.reshape(picked, index.shape)


_COMBINE = {
    "set": lax.scatter, "add": lax.scatter_add, "sum": lax.scatter_add, "multiply": lax.scatter_mul,
    "prod": lax.scatter_mul, "amax": lax.scatter_max, "amin": lax.scatter_min,
}


# torch adds booleans as a logical or and multiplies them as a logical and.
_BOOL_COMBINE = {"add": "amax", "sum": "amax", "multiply": "amin", "prod": "amin"}


def _combiner(how: str, dtype=None):
    if how not in _COMBINE:
        raise LoweringError(f"scatter reduce={how!r} is not supported; torch accepts sum, prod, mean, amax and amin.")
    return _COMBINE[_BOOL_COMBINE.get(how, how) if dtype == np.bool_ else how]


def _scatter(x, dim, index, src, how: str):
    """torch's scatter family: src[i, j, ...] combined by ``how`` into x at index[i, j, ...] along ``dim``.

    index may be smaller than x on the other dims: the scatter then works on x's leading corner.
    """
    if x.ndim == 0:
        x, index = jnp.reshape(x, (1,)), jnp.reshape(index, (1,))
        src = jnp.reshape(src, (1,)) if is_array(src) else src
        return jnp.reshape(_scatter(x, 0, index, src, how), ())
    dim = norm_dim(dim, x.ndim)
    if is_array(src):
        src = _shrink_to(cast(src, x.dtype), index.shape)
    else:
        src = lax.broadcast(cast(src, x.dtype), tuple(index.shape))
    corner = _shrink_to(x, tuple(index.shape[d] if d != dim else x.shape[d] for d in range(x.ndim)))
    others = _batched(x, dim)
    dnums = lax.ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(dim,),
                                        scatter_dims_to_operand_dims=(dim,), operand_batching_dims=others,
                                        scatter_indices_batching_dims=others)
    out = _combiner(how, x.dtype)(corner, lax.expand_dims(index, (index.ndim,)), src, dnums, mode=_PROMISE)
    return out if corner is x else lax.dynamic_update_slice(x, out, (0,) * x.ndim)


@lowers("aten.scatter.src", "aten.scatter.value")
def scatter(ctx, x, dim, index, src):
    return _scatter(x, dim, index, src, "set")


@lowers("aten.scatter.reduce", "aten.scatter.value_reduce")
def scatter_reduce_legacy(ctx, x, dim, index, src, *, reduce):
    return _scatter(x, dim, index, src, reduce)


@lowers("aten.scatter_add.default")
def scatter_add(ctx, x, dim, index, src):
    return _scatter(x, dim, index, src, "add")


@lowers("aten.scatter_reduce.two")
def scatter_reduce(ctx, x, dim, index, src, reduce, *, include_self=True):
    if reduce == "mean":
        return _scatter_mean(x, dim, index, src, include_self)
    _combiner(reduce)
    if include_self:
        return _scatter(x, dim, index, src, reduce)
    # positions that receive something start from the reduction's identity instead of x
    touched = _scatter(jnp.zeros(x.shape, np.bool_), dim, index, True, "set")
    identity = {"sum": 0, "prod": 1, "amax": _lowest(x.dtype), "amin": _highest(x.dtype)}[reduce]
    base = select(touched, cast(identity, x.dtype), x)
    return _scatter(base, dim, index, src, reduce)


def _lowest(dtype):
    return -np.inf if jnp.issubdtype(dtype, jnp.floating) else (False if dtype == np.bool_ else jnp.iinfo(dtype).min)


def _highest(dtype):
    return np.inf if jnp.issubdtype(dtype, jnp.floating) else (True if dtype == np.bool_ else jnp.iinfo(dtype).max)


def _scatter_mean(x, dim, index, src, include_self: bool):
    counts = _scatter(jnp.zeros(x.shape, x.dtype), dim, index, 1, "add")
    total = _scatter(x if include_self else jnp.zeros(x.shape, x.dtype), dim, index, src, "add")
    if include_self:
        counts = counts + jnp.ones((), x.dtype)
    else:
        total = select(counts == jnp.zeros((), x.dtype), x, total)
    counts = jnp.maximum(counts, jnp.ones((), x.dtype))
    return divide(total, counts, "floor" if jnp.issubdtype(x.dtype, jnp.integer) else None, x.dtype)


def _index_along(x, dim: int, index, updates, how: str):
    """x with updates[..., i, ...] combined by ``how`` into x[..., index[i], ...] along ``dim`` (index 1-D)."""
    dnums = lax.ScatterDimensionNumbers(update_window_dims=_batched(x, dim), inserted_window_dims=(dim,),
                                        scatter_dims_to_operand_dims=(dim,))
    return _combiner(how, x.dtype)(x, jnp.reshape(index, (-1, 1)), updates, dnums, mode=_PROMISE)


def _updates_shape(x, dim: int, index) -> tuple:
    shape = list(x.shape)
    shape[dim] = index.size if index.ndim else 1
    return tuple(shape)


@lowers("aten.index_add.default")
def index_add(ctx, x, dim, index, source, *, alpha=1):
    source = cast(source, x.dtype)
    if not (isinstance(alpha, (int, float)) and alpha == 1):
        source = source * cast(alpha, x.dtype)
    if x.ndim == 0:
        return x + jnp.reshape(source, ())
    dim = norm_dim(dim, x.ndim)
    return _index_along(x, dim, index, jnp.reshape(source, _updates_shape(x, dim, index)), "add")


@lowers("aten.index_copy.default")
def index_copy(ctx, x, dim, index, source):
    if x.ndim == 0:
        return jnp.reshape(cast(source, x.dtype), ())
    dim = norm_dim(dim, x.ndim)
    return _index_along(x, dim, index, jnp.reshape(cast(source, x.dtype), _updates_shape(x, dim, index)), "set")


@lowers("aten.index_fill.int_Scalar", "aten.index_fill.int_Tensor")
def index_fill(ctx, x, dim, index, value):
    if x.ndim == 0:
        return jnp.reshape(cast(value, x.dtype), ())
    dim = norm_dim(dim, x.ndim)
    updates = lax.broadcast(cast(value, x.dtype), _updates_shape(x, dim, index))
    return _index_along(x, dim, _wrap(index, x.shape[dim]), updates, "set")


def _start(start, size):
    """A slice start as torch normalizes it: None -> 0, negative counts from the end, clamped to [0, size]."""
    if start is None:
        return 0
    if isinstance(start, int) and start < 0:
        start = start + size
        return max(start, 0) if isinstance(start, int) else start
    if isinstance(start, int) and isinstance(size, int):
        return min(start, size)
    return start


@lowers("aten.select_scatter.default")
def select_scatter(ctx, x, src, dim, index):
    dim = norm_dim(dim, x.ndim)
    if isinstance(index, int) and index < 0:
        index = index + x.shape[dim]
    update = lax.expand_dims(cast(src, x.dtype), (dim,))
    return lax.dynamic_update_slice_in_dim(x, update, index, dim)


@lowers("aten.slice_scatter.default")
def slice_scatter(ctx, x, src, dim=0, start=None, end=None, step=1):
    dim = norm_dim(dim, x.ndim)
    src = cast(src, x.dtype)
    first = _start(start, x.shape[dim])
    count = src.shape[dim]
    if step == 1:
        if isinstance(count, int) and count == 0:
            return x
        return lax.dynamic_update_slice_in_dim(x, src, first, dim)
    positions = lax.iota(np.int64, count) * cast(step, np.int64) + cast(first, np.int64)
    return _index_along(x, dim, positions, src, "set")


@lowers("aten.masked_scatter.default")
def masked_scatter(ctx, x, mask, source):
    """Where mask is set, the next element of source in row-major order; elsewhere x."""
    shape = tuple(ctx.out_shape)
    m = broadcast_to(truthy(mask), shape).reshape((-1,))
    position = jnp.cumsum(m.astype(np.int64)) - 1
    flat_source = source.reshape((-1,))
    if flat_source.shape[0] == 0:
        return broadcast_to(x, shape)
    taken = jnp.take(flat_source, jnp.clip(position, 0, flat_source.shape[0] - 1))
    return select(m, taken, broadcast_to(x, shape).reshape((-1,))).reshape(shape)


@lowers("aten.nonzero.default", "aten.argwhere.default")
def nonzero(ctx, x):
    """The coordinates of the non-zero elements, one row each: as many rows as the data says, so the result is
    padded to x's element count (rows of zeros) and the true count bound as the rows' length."""
    m = truthy(x)
    rows = _padded_rows(ctx, ctx.out_shape[0], _static_size(ctx, x.shape), jnp.sum(m, dtype=np.int64))
    if x.ndim == 0:
        return jnp.zeros((rows, 0), np.int64)
    return jnp.stack(jnp.nonzero(m, size=rows, fill_value=0), axis=1).astype(np.int64)


@lowers("aten._unique2.default")
def unique(ctx, x, sorted=True, return_inverse=False, return_counts=False):
    """torch.unique over all elements: always sorted (as torch does on CPU whatever ``sorted`` says)."""
    flat = jnp.reshape(x, (_static_size(ctx, x.shape),))
    order = jnp.argsort(flat, stable=True)
    return _runs(ctx, flat[order], order, return_inverse, return_counts)


@lowers("aten.unique_consecutive.default")
def unique_consecutive(ctx, x, return_inverse=False, return_counts=False, dim=None):
    if dim is not None:
        raise LoweringError("aten.unique_consecutive with dim= is not supported; it supports the flattened input "
                            "(dim=None).")
    return _runs(ctx, jnp.reshape(x, (_static_size(ctx, x.shape),)), None, return_inverse, return_counts)


def _runs(ctx, values, order, return_inverse: bool, return_counts: bool):
    """unique's three results from ``values`` (1-D; ``order`` maps its positions back to the input's, or None
    when unsorted): one entry per run of equal values, padded to the element count, with each element's run
    (inverse) and each run's length (counts); torch returns empty tensors for those not asked for. NaNs differ
    from everything, as in torch."""
    n = values.shape[0]
    new = jnp.concatenate([jnp.ones((min(n, 1),), np.bool_), values[1:] != values[:-1]])
    run = jnp.cumsum(new, dtype=np.int64) - 1
    rows = _padded_rows(ctx, ctx.out[0].shape[0], n, jnp.sum(new, dtype=np.int64))
    firsts = jnp.zeros((rows,), values.dtype).at[run].set(values, mode=_PROMISE)
    inverse_meta, counts_meta = ctx.out[1], ctx.out[2]
    if return_inverse:
        inverse = run if order is None else jnp.zeros((n,), np.int64).at[order].set(run, mode=_PROMISE)
        inverse = jnp.reshape(inverse, inverse_meta.shape).astype(inverse_meta.dtype)
    else:
        inverse = jnp.zeros((0,), inverse_meta.dtype)
    counts = jnp.zeros((rows if return_counts else 0,), counts_meta.dtype)
    if return_counts:
        counts = counts.at[run].add(1, mode=_PROMISE)
    return firsts, inverse, counts


@lowers("aten.bincount.default")
def bincount(ctx, x, weights=None, minlength=0):
    """Counts (or summed weights) per value of x: max(x) + 1 bins, at least ``minlength``. That size depends on
    the data; it is bounded only by x's dtype, so small integer dtypes (uint8, int8, int16) are supported."""
    bins = ctx.out_shape[0]
    if isinstance(bins, DataDim):
        top = np.iinfo(x.dtype).max if jnp.issubdtype(x.dtype, jnp.integer) else None
        if top is None or top >= 2**16:
            raise LoweringError(
                f"aten.bincount's result has max(x) + 1 bins, which depends on the data; for {np.dtype(x.dtype)} "
                "input no small static bound exists. Convert x to torch.uint8 or torch.int16 if its values fit (the "
                "result is then computed padded to 256 or 32768 bins), or use a fixed size: "
                "torch.zeros(N).scatter_add_(0, x, weights).")
        top_seen = jnp.max(x).astype(np.int64) + 1 if x.shape[0] else jnp.zeros((), np.int64)
        bins = _padded_rows(ctx, bins, max(int(top) + 1, int(minlength)), jnp.maximum(top_seen, minlength))
    added = jnp.ones((), ctx.out_dtype) if weights is None else cast(weights, ctx.out_dtype)
    return jnp.zeros((bins,), ctx.out_dtype).at[x].add(added, mode=_PROMISE)


@lowers("aten._embedding_bag.default", "aten._embedding_bag_forward_only.default")
def embedding_bag(ctx, weight, indices, offsets, scale_grad_by_freq=False, mode=0, sparse=False,
                  per_sample_weights=None, include_last_offset=False, padding_idx=-1):
    """Bags of embedding rows reduced by sum (0), mean (1) or max (2), with torch's auxiliary outputs."""
    n = indices.shape[0]
    bags = ctx.out[0].shape[0]
    index_dtype = ctx.out[1].dtype
    starts = offsets[:bags].astype(np.int64)
    bag_of = jnp.cumsum(jnp.zeros((n,), np.int64).at[starts].add(1, mode="drop")) - 1
    valid = indices != padding_idx if padding_idx is not None and padding_idx >= 0 else jnp.ones((n,), np.bool_)
    rows = weight.at[indices].get(mode=_PROMISE)
    if per_sample_weights is not None:
        rows = rows * per_sample_weights.astype(rows.dtype)[:, None]
    member = (bag_of[None, :] == jnp.arange(bags, dtype=np.int64)[:, None]) & valid[None, :]
    counts = jnp.sum(member, axis=1)
    if mode == 2:
        masked = jnp.where(member[:, :, None], rows[None], jnp.asarray(-jnp.inf, rows.dtype))
        out = jnp.where((counts > 0)[:, None], jnp.max(masked, axis=1), jnp.zeros((), rows.dtype))
        best = jnp.argmax(masked, axis=1)
        max_indices = jnp.where((counts > 0)[:, None], indices[best], 0).astype(ctx.out[3].dtype)
    else:
        out = jnp.einsum("bn,nd->bd", member.astype(rows.dtype), rows, precision=lax.Precision.HIGHEST)
        if mode == 1:
            out = out / jnp.maximum(counts, 1).astype(rows.dtype)[:, None]
        max_indices = None
    bag_size = counts.astype(ctx.out[2].dtype) if mode != 0 else jnp.zeros((bags,), ctx.out[2].dtype)
    if max_indices is None:
        max_indices = bag_size if mode == 1 else jnp.zeros(ctx.out[3].shape, ctx.out[3].dtype)
    offset2bag = bag_of.astype(index_dtype) if ctx.out[1].shape[0] == n else jnp.zeros((0,), index_dtype)
    bag_size = bag_size if ctx.out[2].shape[0] == bags else jnp.zeros(ctx.out[2].shape, ctx.out[2].dtype)
    return out.astype(weight.dtype), offset2bag, bag_size, max_indices.reshape(ctx.out[3].shape)


def _search(sorted_seq, values, right: bool):
    method = "compare_all" if sorted_seq.shape[-1] <= 64 else "scan"
    return jnp.searchsorted(sorted_seq, values, side="right" if right else "left", method=method)


@lowers("aten.searchsorted.Tensor", "aten.searchsorted.Scalar")
def searchsorted(ctx, sorted_seq, x, *, out_int32=False, right=False, side=None, sorter=None):
    right = bool(right) or side == "right"
    if sorter is not None:
        sorted_seq = jnp.take_along_axis(sorted_seq, sorter, axis=-1)
    values = x if is_array(x) else jnp.asarray(x, sorted_seq.dtype)
    common = jnp.promote_types(sorted_seq.dtype, values.dtype)
    sorted_seq, values = sorted_seq.astype(common), values.astype(common)
    if sorted_seq.ndim <= 1:
        found = _search(sorted_seq, values, right)
    else:
        lead = sorted_seq.shape[:-1]
        flat_seq = sorted_seq.reshape((-1, sorted_seq.shape[-1]))
        flat_val = values.reshape((flat_seq.shape[0], -1))
        found = jax.vmap(lambda s, v: _search(s, v, right))(flat_seq, flat_val).reshape(tuple(lead) + (-1,))
        found = found.reshape(values.shape)
    return found.astype(ctx.out_dtype)


@lowers("aten.bucketize.Tensor", "aten.bucketize.Scalar")
def bucketize(ctx, x, boundaries, *, out_int32=False, right=False):
    values = x if is_array(x) else jnp.asarray(x, boundaries.dtype)
    common = jnp.promote_types(boundaries.dtype, values.dtype)
    return _search(boundaries.astype(common), values.astype(common), bool(right)).astype(ctx.out_dtype)


@lowers("aten.diagonal_scatter.default")
def diagonal_scatter(ctx, x, src, offset=0, dim1=0, dim2=1):
    a1, a2 = norm_dim(dim1, x.ndim), norm_dim(dim2, x.ndim)
    xm = jnp.moveaxis(x, (a1, a2), (-2, -1))
    n = src.shape[-1]
    rows = np.arange(n) + max(-offset, 0)
    cols = np.arange(n) + max(offset, 0)
    xm = xm.at[..., rows, cols].set(src.astype(x.dtype))
    return jnp.moveaxis(xm, (-2, -1), (a1, a2))


@lowers("aten.as_strided_scatter.default")
def as_strided_scatter(ctx, x, src, size, stride, storage_offset=None):
    flat = x.reshape((-1,))
    index = jnp.full(tuple(size), storage_offset or 0, np.int64)
    for axis, st in enumerate(stride):
        index = index + lax.broadcasted_iota(np.int64, tuple(size), axis) * st
    return flat.at[index.reshape((-1,))].set(src.reshape((-1,)).astype(x.dtype), mode="drop").reshape(x.shape)


@lowers("aten.put.default")
def put(ctx, x, index, source, accumulate=False):
    flat = x.reshape((-1,))
    n = flat.shape[0]
    idx = index.reshape((-1,)).astype(np.int64)
    idx = select(idx < 0, idx + n, idx)
    values = source.reshape((-1,)).astype(x.dtype)
    if accumulate and x.dtype == np.bool_:
        out = flat.at[idx].max(values, mode="drop")
    elif accumulate:
        out = flat.at[idx].add(values, mode="drop")
    else:
        out = flat.at[idx].set(values, mode="drop")
    return out.reshape(x.shape)


@lowers("aten.index_reduce.default")
def index_reduce(ctx, x, dim, index, source, reduce, *, include_self=True):
    """x with source's slices combined into the rows ``index`` names along ``dim`` (prod, mean, amax, amin)."""
    if x.ndim == 0:
        return index_reduce(ctx, x.reshape((1,)), 0, index, source.reshape((-1,)), reduce,
                            include_self=include_self).reshape(())
    axis = norm_dim(dim, x.ndim)
    xm = jnp.moveaxis(x, axis, 0)
    sm = jnp.moveaxis(source, axis, 0).astype(x.dtype)
    idx = index.reshape((-1,))
    touched = jnp.zeros((xm.shape[0],), np.bool_).at[idx].set(True)
    shape = (-1,) + (1,) * (xm.ndim - 1)
    if reduce == "prod":
        base = xm if include_self else select(touched.reshape(shape), jnp.ones((), x.dtype), xm)
        out = base.at[idx].multiply(sm)
    elif reduce in ("amax", "amin"):
        fill = _lowest(x.dtype) if reduce == "amax" else _highest(x.dtype)
        base = xm if include_self else select(touched.reshape(shape), jnp.asarray(fill, x.dtype), xm)
        out = base.at[idx].max(sm) if reduce == "amax" else base.at[idx].min(sm)
    elif reduce == "mean":
        counts = jnp.zeros((xm.shape[0],), np.int64).at[idx].add(1)
        base = xm if include_self else select(touched.reshape(shape), jnp.zeros((), x.dtype), xm)
        total = base.at[idx].add(sm)
        n = (counts + (1 if include_self else 0)).reshape(shape)
        n = jnp.maximum(n, 1)
        out = select(touched.reshape(shape), divide(total, n, "floor" if not jnp.issubdtype(x.dtype, jnp.floating)
                                                     else None, x.dtype), xm)
    else:
        raise LoweringError(f"aten.index_reduce got reduce={reduce!r}; torch accepts prod, mean, amax and amin.")
    return jnp.moveaxis(out, 0, axis)


@lowers("aten.nonzero_static.default")
def nonzero_static(ctx, x, *, size, fill_value=-1):
    """nonzero padded (or cut) to ``size`` rows of ``fill_value``: a static shape, unlike nonzero."""
    if x.ndim == 0:
        return jnp.zeros((size, 0), np.int64)
    found = jnp.nonzero(truthy(x), size=size, fill_value=fill_value)
    return jnp.stack(found, axis=1).astype(np.int64)
