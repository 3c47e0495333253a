"""ONNX gathers and scatters, and the selections whose output shape depends on values (known at export)."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _wrap(indices, n):
    indices = jnp.asarray(indices)
    return jnp.where(indices < 0, indices + n, indices)


@onnx_op("Gather")
def gather(node: OnnxNode, x, indices):
    axis = node.attr("axis", 0) % x.ndim
    if isinstance(x, np.ndarray) and isinstance(indices, np.ndarray):
        return np.take(x, np.where(indices < 0, indices + x.shape[axis], indices), axis=axis)
    return jnp.take(x, _wrap(indices, x.shape[axis]), axis=axis, mode="clip")


@onnx_op("GatherElements")
def gather_elements(node: OnnxNode, x, indices):
    axis = node.attr("axis", 0) % x.ndim
    return jnp.take_along_axis(x, _wrap(indices, x.shape[axis]), axis=axis, mode="clip")


def _nd_index(x, indices, batch_dims: int):
    """Index tuples for x[...] from GatherND/ScatterND's indices (last axis indexes x's leading dims)."""
    indices = jnp.asarray(indices)
    k = indices.shape[-1]
    batch_shape = indices.shape[:batch_dims]
    idx = []
    for b in range(batch_dims):
        shape = [1] * (indices.ndim - 1)
        shape[b] = batch_shape[b]
        idx.append(jnp.arange(batch_shape[b]).reshape(shape))
    for j in range(k):
        idx.append(_wrap(indices[..., j], x.shape[batch_dims + j]))
    return tuple(idx)


@onnx_op("GatherND")
def gather_nd(node: OnnxNode, x, indices):
    return jnp.asarray(x)[_nd_index(x, indices, node.attr("batch_dims", 0))]


def _scatter(ref, idx, updates, reduction: str):
    at = ref.at[idx]
    if reduction == "add":
        return at.add(updates)
    if reduction == "mul":
        return at.multiply(updates)
    if reduction == "max":
        return at.max(updates)
    if reduction == "min":
        return at.min(updates)
    return at.set(updates)


@onnx_op("ScatterND")
def scatter_nd(node: OnnxNode, x, indices, updates):
    x = jnp.asarray(x)
    return _scatter(x, _nd_index(x, indices, 0), updates, node.attr("reduction", "none"))


@onnx_op("ScatterElements", "Scatter")
def scatter_elements(node: OnnxNode, x, indices, updates):
    x = jnp.asarray(x)
    axis = node.attr("axis", 0) % x.ndim
    indices = _wrap(indices, x.shape[axis])
    idx = [jnp.arange(n).reshape([n if i == a else 1 for i in range(indices.ndim)])
           for a, n in enumerate(indices.shape)]
    idx[axis] = indices
    return _scatter(x, tuple(idx), updates, node.attr("reduction", "none"))


@onnx_op("Compress", static=(1,))
def compress(node: OnnxNode, x, condition):
    keep = np.nonzero(np.asarray(condition).reshape(-1))[0]
    axis = node.attr("axis")
    if axis is None:
        return jnp.take(jnp.reshape(x, (-1,)), keep)
    return jnp.take(x, keep, axis=axis % x.ndim)


@onnx_op("NonZero", static=(0,))
def non_zero(node: OnnxNode, x):
    return np.asarray(np.nonzero(np.asarray(x)), dtype=np.int64).reshape(np.ndim(x), -1)


@onnx_op("TensorScatter")
def tensor_scatter(node: OnnxNode, cache, update, write_indices=None):
    """Write ``update`` into a KV cache along ``axis`` at each batch row's write index (linear or circular)."""
    axis = node.attr("axis", -2) % cache.ndim
    batch, length, steps = cache.shape[0], cache.shape[axis], update.shape[axis]
    start = jnp.zeros((batch,), jnp.int64) if write_indices is None else jnp.asarray(write_indices, jnp.int64)
    position = start[:, None] + jnp.arange(steps)[None, :]
    if node.attr("mode", "linear") == "circular":
        position = position % length
    shape = [1] * cache.ndim
    shape[0], shape[axis] = batch, steps
    target = jnp.broadcast_to(position.reshape([batch] + [1] * (axis - 1) + [steps]).reshape(shape), update.shape)
    idx = [jnp.broadcast_to(jnp.arange(n).reshape([n if i == a else 1 for i in range(update.ndim)]), update.shape)
           for a, n in enumerate(update.shape)]
    idx[axis] = target
    return jnp.asarray(cache).at[tuple(idx)].set(update)


@onnx_op("Unique", static=(0,))
def unique(node: OnnxNode, x):
    x = np.asarray(x)
    axis = node.attr("axis")
    y, first, inverse, counts = np.unique(x, True, True, True, axis=axis)
    if not node.attr("sorted", 1):
        order = np.argsort(first)
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        first, counts = first[order], counts[order]
        y = np.take(x if axis is not None else x.reshape(-1), first, axis=axis or 0)
        inverse = rank[inverse]
    outputs = (y, first.astype(np.int64), inverse.reshape(-1).astype(np.int64), counts.astype(np.int64))
    return outputs[:node.n_outputs]
