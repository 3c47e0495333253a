"""Lowerings for histc, histogram and histogramdd.

Output sizes are static (the bin counts); bin edges may depend on the data (the input's min and max when no
range is given). Edges follow torch's arithmetic exactly: ``linspace`` in the input dtype between outer edges
computed in double, widened when min == max. An element lands in the bin whose left edge is the last one not
above it; the last bin also holds its right edge; elements outside the edges (and NaN) are not counted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import jax
import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.creation import linspace_values
from torchtpu_aot.lowering.elementwise import acc_dtype, cast, rounded_to, select
from torchtpu_aot.lowering.registry import lowers


def _outer_edges(column, lo, hi, widen: float):
    """torch's outermost edges of one dimension: ``lo``/``hi`` if given (not None), else the column's min and
    max (0 and 1 for no data); both moved apart by ``widen`` when equal. Scalars when static, else 0-dim arrays."""
    if lo is None and column.shape[0] == 0:
        lo, hi = 0.0, 1.0
    if lo is not None:
        return (lo - widen, hi + widen) if lo == hi else (lo, hi)
    acc = acc_dtype(column.dtype)
    lo, hi = cast(jnp.min(column), acc), cast(jnp.max(column), acc)
    same = lo == hi
    return select(same, lo - widen, lo), select(same, hi + widen, hi)


def _uniform_edges(x2d, bins: Sequence[int], bounds: Sequence | None) -> list:
    """The edges torch's histogramdd (and histogram) computes from bin counts and an optional flat range."""
    edges = []
    for dim, count in enumerate(bins):
        lo, hi = (bounds[2 * dim], bounds[2 * dim + 1]) if bounds is not None else (None, None)
        lo, hi = _outer_edges(x2d[:, dim], lo, hi, 0.5)
        edges.append(linspace_values(lo, hi, count + 1, x2d.dtype))
    return edges


def _search_bin(column, edges):
    """Bin of each element by binary search over the edges (the right edge of the last bin included)."""
    nbins = edges.shape[0] - 1
    pos = jnp.searchsorted(edges, column, side="right").astype(np.int64) - 1
    return jnp.minimum(pos, nbins - 1)


def _interpolated_bin(column, edges):
    """Bin of each element by torch's histc formula ``(x - left) * bins / (right - left)``, in the input dtype."""
    nbins, d = edges.shape[0] - 1, column.dtype
    acc = acc_dtype(d)
    column, left, right = cast(column, acc), cast(edges[0], acc), cast(edges[-1], acc)
    scaled = rounded_to(rounded_to(column - left, d) * cast(nbins, acc), d)
    pos = rounded_to(scaled / rounded_to(right - left, d), d)
    return jnp.minimum(pos.astype(np.int64), nbins - 1)


def _count(x2d, edges: list, weight, out_dtype, locate=_search_bin) -> jax.Array:
    """The (weighted) histogram of the rows of ``x2d`` over per-dimension ``edges``, in ``out_dtype``."""
    sizes = tuple(e.shape[0] - 1 for e in edges)
    total = math.prod(sizes)
    flat = jnp.zeros((x2d.shape[0],), np.int64)
    inside = jnp.ones((x2d.shape[0],), np.bool_)
    for dim, e in enumerate(edges):
        column = x2d[:, dim]
        inside = inside & (column >= e[0]) & (column <= e[-1])  # False for NaN
        stride = math.prod(sizes[dim + 1:])
        flat = flat + stride * jnp.clip(locate(column, e), 0, sizes[dim] - 1)
    flat = select(inside, flat, jnp.full_like(flat, total))  # out-of-range index: dropped
    acc = acc_dtype(out_dtype)
    w = jnp.ones((x2d.shape[0],), acc) if weight is None else cast(weight.reshape(-1), acc)
    hist = jnp.zeros((total,), acc).at[flat].add(w, mode="drop")
    return cast(hist, out_dtype).reshape(sizes)


def _normalize(hist, edges: list) -> jax.Array:
    """torch's density: divide by the total, then by each bin's width along every dimension."""
    hist = hist / jnp.sum(hist)
    for dim, e in enumerate(edges):
        shape = [1] * hist.ndim
        shape[dim] = e.shape[0] - 1
        hist = hist / (e[1:] - e[:-1]).reshape(shape)
    return hist


def _histogramdd(ctx, x, edges: list, weight, density: bool, locate=_search_bin) -> jax.Array:
    x2d = x.reshape(-1, len(edges))
    hist = _count(x2d, edges, weight, ctx.out_dtype, locate)
    return _normalize(hist, edges) if density else hist


def _as_2d(x, dims: int):
    return x.reshape(-1, dims)


@lowers("aten.histc.default")
def histc(ctx, x, bins=100, min=0, max=0):  # noqa: A002  (torch's argument names)
    """histc widens equal bounds by 1 (not 0.5) and locates bins by interpolation, not search."""
    x2d = _as_2d(x, 1)
    lo, hi = (float(min), float(max)) if min != max or x2d.shape[0] == 0 else (None, None)
    lo, hi = _outer_edges(x2d[:, 0], lo, hi, 1.0)
    edges = [linspace_values(lo, hi, bins + 1, x.dtype)]
    return _histogramdd(ctx, x2d, edges, None, False, _interpolated_bin)


@lowers("aten.histogram.bin_ct")
def histogram_bin_ct(ctx, x, bins=100, *, range=None, weight=None, density=False):  # noqa: A002
    edges = _uniform_edges(_as_2d(x, 1), [bins], range)
    return _histogramdd(ctx, x, edges, weight, density), edges[0]


@lowers("aten.histogram.bins_tensor")
def histogram_bins_tensor(ctx, x, bins, *, weight=None, density=False):
    return _histogramdd(ctx, x, [bins], weight, density), bins


@lowers("aten._histogramdd_bin_edges.default")
def histogramdd_bin_edges(ctx, x, bins, *, range=None, weight=None, density=False):  # noqa: A002
    dims = x.shape[-1]
    return _uniform_edges(_as_2d(x, dims), list(bins), range)


@lowers("aten._histogramdd_from_bin_cts.default")
def histogramdd_from_bin_cts(ctx, x, bins, *, range=None, weight=None, density=False):  # noqa: A002
    edges = histogramdd_bin_edges(ctx, x, bins, range=range)
    return _histogramdd(ctx, x, edges, weight, density)


@lowers("aten._histogramdd_from_bin_tensors.default")
def histogramdd_from_bin_tensors(ctx, x, bins, *, weight=None, density=False):
    return _histogramdd(ctx, x, list(bins), weight, density)
