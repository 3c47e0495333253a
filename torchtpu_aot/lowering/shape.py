"""Lowerings for ops that only move data around: views, reshapes, permutations, concatenation, slicing, padding."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.elementwise import norm_dim
from torchtpu_aot.lowering.registry import lowers


def _resolve_shape(x, shape) -> tuple:
    """torch's view shape with at most one -1, resolved against x's element count (symbolic dims allowed)."""
    shape = list(shape)
    if -1 in shape:
        known = 1
        for s in shape:
            if not (isinstance(s, int) and s == -1):
                known *= s
        total = 1
        for s in x.shape:
            total *= s
        shape[shape.index(-1)] = total // known
    return tuple(shape)


@lowers("aten.view.default", "aten._unsafe_view.default", "aten.reshape.default")
def view(ctx, x, shape):
    return lax.reshape(x, _resolve_shape(x, shape)) if tuple(x.shape) != tuple(shape) else x


@lowers("aten.view_as.default", "aten.reshape_as.default")
def view_as(ctx, x, other):
    return lax.reshape(x, tuple(other.shape))


@lowers("aten.permute.default")
def permute(ctx, x, dims):
    return lax.transpose(x, tuple(norm_dim(d, x.ndim) for d in dims))


@lowers("aten.transpose.int")
def transpose(ctx, x, dim0, dim1):
    perm = list(range(x.ndim))
    a, b = norm_dim(dim0, x.ndim), norm_dim(dim1, x.ndim)
    perm[a], perm[b] = perm[b], perm[a]
    return lax.transpose(x, tuple(perm)) if a != b else x


@lowers("aten.t.default", "aten.numpy_T.default")
def t(ctx, x):
    return lax.transpose(x, tuple(reversed(range(x.ndim))))


@lowers("aten.unsqueeze.default")
def unsqueeze(ctx, x, dim):
    return lax.expand_dims(x, (norm_dim(dim, x.ndim + 1),))


@lowers("aten.squeeze.dim", "aten.squeeze.dims", "aten.squeeze.default")
def squeeze(ctx, x, dim=None):
    if dim is None:
        dims = range(x.ndim)
    elif isinstance(dim, int):
        dims = [dim]
    else:
        dims = dim
    dims = tuple(d for d in (norm_dim(d, x.ndim) for d in dims) if isinstance(x.shape[d], int) and x.shape[d] == 1)
    return lax.squeeze(x, dims) if dims else x


@lowers("aten.flatten.using_ints")
def flatten(ctx, x, start_dim=0, end_dim=-1):
    return lax.reshape(x, ctx.out_shape)


@lowers("aten.unflatten.int")
def unflatten(ctx, x, dim, sizes):
    return lax.reshape(x, ctx.out_shape)


@lowers("aten.expand.default", "aten.expand_copy.default")
def expand(ctx, x, size, implicit=False):
    shape = tuple(x.shape[i - (len(size) - x.ndim)] if s == -1 else s for i, s in enumerate(size))
    return jnp.broadcast_to(x, shape)


@lowers("aten.expand_as.default")
def expand_as(ctx, x, other):
    return jnp.broadcast_to(x, other.shape)


@lowers("aten.cat.default", "aten.concat.default", "aten.concatenate.default")
def cat(ctx, tensors, dim=0):
    # torch skips legacy empty 1-D tensors in cat; it also promotes dtypes across inputs.
    tensors = [lax.convert_element_type(t, ctx.out_dtype) for t in tensors if not (t.ndim == 1 and t.shape[0] == 0)]
    if not tensors:
        return jnp.zeros(ctx.out_shape, ctx.out_dtype)
    return lax.concatenate(tensors, norm_dim(dim, tensors[0].ndim))


@lowers("aten.stack.default")
def stack(ctx, tensors, dim=0):
    dim = norm_dim(dim, tensors[0].ndim + 1)
    return lax.concatenate([lax.expand_dims(lax.convert_element_type(t, ctx.out_dtype), (dim,)) for t in tensors], dim)


@lowers("aten.slice.Tensor", "aten.slice_copy.Tensor")
def slice_(ctx, x, dim=0, start=None, end=None, step=1):
    dim = norm_dim(dim, x.ndim)
    index = [slice(None)] * x.ndim
    index[dim] = slice(start, end, step)
    return x[tuple(index)]


@lowers("aten.select.int", "aten.select_copy.int")
def select(ctx, x, dim, index):
    dim = norm_dim(dim, x.ndim)
    if isinstance(index, int) and index < 0:
        index += x.shape[dim]
    return lax.index_in_dim(x, index, dim, keepdims=False)


@lowers("aten.narrow.default")
def narrow(ctx, x, dim, start, length):
    dim = norm_dim(dim, x.ndim)
    if start < 0:
        start += x.shape[dim]
    return lax.slice_in_dim(x, start, start + length, axis=dim)


@lowers("aten.split.Tensor", "aten.split_copy.Tensor")
def split(ctx, x, split_size, dim=0):
    dim = norm_dim(dim, x.ndim)
    size = x.shape[dim]
    return [lax.slice_in_dim(x, s, min(s + split_size, size), axis=dim) for s in range(0, size, split_size)]


@lowers("aten.split_with_sizes.default", "aten.split_with_sizes_copy.default")
def split_with_sizes(ctx, x, split_sizes, dim=0):
    dim = norm_dim(dim, x.ndim)
    out, start = [], 0
    for s in split_sizes:
        out.append(lax.slice_in_dim(x, start, start + s, axis=dim))
        start += s
    return out


@lowers("aten.chunk.default")
def chunk(ctx, x, chunks, dim=0):
    size = x.shape[norm_dim(dim, x.ndim)]
    return split(ctx, x, -(-size // chunks), dim)


@lowers("aten.unbind.int")
def unbind(ctx, x, dim=0):
    dim = norm_dim(dim, x.ndim)
    return [lax.index_in_dim(x, i, dim, keepdims=False) for i in range(x.shape[dim])]


@lowers("aten.repeat.default")
def repeat(ctx, x, repeats):
    x = lax.reshape(x, (1,) * (len(repeats) - x.ndim) + tuple(x.shape))
    return jnp.tile(x, repeats)


@lowers("aten.flip.default")
def flip(ctx, x, dims):
    return lax.rev(x, tuple(norm_dim(d, x.ndim) for d in dims))


@lowers("aten.roll.default")
def roll(ctx, x, shifts, dims=()):
    if not dims:
        return jnp.roll(x.reshape(-1), shifts[0]).reshape(x.shape)
    return jnp.roll(x, tuple(shifts), tuple(dims))


@lowers("aten.constant_pad_nd.default")
def constant_pad_nd(ctx, x, pad, value=0):
    # torch's pad list runs from the last dim backwards, (before, after) per dim; negative pads crop.
    config = [(0, 0, 0)] * x.ndim
    for i in range(len(pad) // 2):
        config[x.ndim - 1 - i] = (pad[2 * i], pad[2 * i + 1], 0)
    return lax.pad(x, jnp.asarray(value, x.dtype), config)


@lowers("aten.contiguous.default", "aten.lift_fresh.default")
def contiguous(ctx, x, memory_format=None):
    return x


@lowers("aten.diagonal.default", "aten.diagonal_copy.default")
def diagonal(ctx, x, offset=0, dim1=0, dim2=1):
    return jnp.diagonal(x, offset, norm_dim(dim1, x.ndim), norm_dim(dim2, x.ndim))


def _contiguous_strides(shape) -> list:
    strides, step = [], 1
    for n in reversed(tuple(shape)):
        strides.append(step)
        step = step * n
    return strides[::-1]


@lowers("aten.as_strided.default", "aten.as_strided_copy.default")
def as_strided(ctx, x, size, stride, storage_offset=None):
    """A strided view of x's elements in row-major order (the storage of a contiguous tensor), as one gather."""
    flat = x.reshape((-1,))
    index = jnp.full(tuple(size), storage_offset or 0, np.int64)
    for axis, st in enumerate(stride):
        index = index + lax.broadcasted_iota(np.int64, tuple(size), axis) * st
    if 0 in tuple(size) or flat.shape[0] == 0:
        return jnp.zeros(tuple(size), x.dtype)
    return jnp.take(flat, index, mode="clip")


@lowers("aten.sym_stride.int")
def sym_stride(ctx, x, dim):
    return _contiguous_strides(x.shape)[norm_dim(dim, x.ndim)]


@lowers("aten.sym_storage_offset.default")
def sym_storage_offset(ctx, x):
    return 0


@lowers("aten.sym_is_contiguous.default")
def sym_is_contiguous(ctx, x, memory_format=None):
    return True


@lowers("aten.resize_.default", "aten.resize.default")
def resize(ctx, x, size, memory_format=None):
    """The first prod(size) elements of x in row-major order; new elements are zero (torch leaves them
    uninitialized)."""
    total = int(np.prod(size))
    flat = x.reshape((-1,))
    if flat.shape[0] >= total:
        return flat[:total].reshape(tuple(size))
    return jnp.pad(flat, (0, total - flat.shape[0])).reshape(tuple(size))


@lowers("aten.view_copy.default")
def view_copy(ctx, x, shape):
    return view(ctx, x, shape)


@lowers("aten.permute_copy.default")
def permute_copy(ctx, x, dims):
    return permute(ctx, x, dims)


@lowers("aten.narrow_copy.default")
def narrow_copy(ctx, x, dim, start, length):
    return narrow(ctx, x, dim, start, length)


@lowers("aten.unbind_copy.int")
def unbind_copy(ctx, x, dim=0):
    return unbind(ctx, x, dim)


@lowers("aten.unfold.default", "aten.unfold_copy.default")
def unfold(ctx, x, dimension, size, step):
    """Windows of ``size`` every ``step`` along ``dimension``, as a new last dim."""
    if x.ndim == 0:
        return x.reshape((1,))
    axis = norm_dim(dimension, x.ndim)
    count = (x.shape[axis] - size) // step + 1
    starts = np.arange(count) * step
    index = jnp.asarray(starts[:, None] + np.arange(size)[None, :], np.int32)
    y = jnp.take(x, index.reshape((-1,)), axis=axis)
    y = y.reshape(tuple(x.shape[:axis]) + (count, size) + tuple(x.shape[axis + 1:]))
    return jnp.moveaxis(y, axis + 1, -1)
