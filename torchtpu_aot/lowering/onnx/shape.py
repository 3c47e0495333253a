"""ONNX shape and layout ops: reshaping, slicing, concatenation, padding, tiling, space/depth moves."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, ints, onnx_op


def _is_static_shape(shape) -> bool:
    return all(isinstance(d, (int, np.integer)) for d in shape)


@onnx_op("Shape", shape_only=True)
def shape_of(node: OnnxNode, x):
    dims = list(jnp.shape(x))
    start, end = node.attr("start", 0), node.attr("end", None)
    dims = dims[slice(start, end)]
    if _is_static_shape(dims):
        return np.asarray(dims, dtype=np.int64)
    return np.asarray(dims, dtype=object)  # symbolic dims: see shape_values


@onnx_op("Size", shape_only=True)
def size_of(node: OnnxNode, x):
    total = 1
    for d in jnp.shape(x):
        total = total * d
    return np.asarray(total, np.int64) if isinstance(total, (int, np.integer)) else jnp.asarray(total, jnp.int64)


@onnx_op("Reshape", static=(1,))
def reshape(node: OnnxNode, x, shape):
    target = ints(shape)
    if not node.attr("allowzero", 0):
        target = [x.shape[i] if d == 0 else d for i, d in enumerate(target)]
    if -1 in target:
        known = 1
        for d in target:
            if d != -1:
                known = known * d
        total = 1
        for d in x.shape:
            total = total * d
        target = [total // known if d == -1 else d for d in target]
    return jnp.reshape(x, tuple(target))


@onnx_op("Flatten")
def flatten(node: OnnxNode, x):
    axis = node.attr("axis", 1)
    axis = axis + x.ndim if axis < 0 else axis
    outer = 1
    for d in x.shape[:axis]:
        outer = outer * d
    inner = 1
    for d in x.shape[axis:]:
        inner = inner * d
    return jnp.reshape(x, (outer, inner))


def _axes_arg(node: OnnxNode, axes):
    if axes is None:
        axes = node.attr("axes")
    return None if axes is None else ints(axes)


@onnx_op("Squeeze", static=(1,))
def squeeze(node: OnnxNode, x, axes=None):
    axes = _axes_arg(node, axes)
    if axes is None:
        return jnp.squeeze(x)
    return jnp.squeeze(x, axis=tuple(a % x.ndim for a in axes))


@onnx_op("Unsqueeze", static=(1,))
def unsqueeze(node: OnnxNode, x, axes=None):
    axes = _axes_arg(node, axes)
    rank = x.ndim + len(axes)
    out = x
    for a in sorted(a % rank for a in axes):
        out = jnp.expand_dims(out, a)
    return out


@onnx_op("Transpose")
def transpose(node: OnnxNode, x):
    perm = node.attr("perm")
    return jnp.transpose(x, perm if perm is None else tuple(perm))


@onnx_op("Concat")
def concat(node: OnnxNode, *xs):
    xs = [x for x in xs if x is not None]
    axis = node.attr("axis")
    if all(isinstance(x, np.ndarray) for x in xs):
        return np.concatenate(xs, axis=axis)
    return jnp.concatenate(xs, axis=axis)


@onnx_op("Split", static=(1,))
def split(node: OnnxNode, x, sizes=None):
    axis = node.attr("axis", 0) % x.ndim
    sizes = ints(sizes) if sizes is not None else node.attr("split")
    n = x.shape[axis]
    if not sizes:
        parts = node.attr("num_outputs", node.n_outputs)
        chunk = -(-n // parts)
        sizes = [min(chunk, n - i * chunk) for i in range(parts)]
    bounds = np.cumsum([0] + list(sizes))
    return tuple(lax.slice_in_dim(x, int(lo), int(hi), axis=axis) for lo, hi in zip(bounds[:-1], bounds[1:]))


@onnx_op("Slice", static=(1, 2, 3, 4))
def slice_(node: OnnxNode, x, starts, ends, axes=None, steps=None):
    starts, ends = ints(starts), ints(ends)
    axes = list(range(len(starts))) if axes is None else [a % x.ndim for a in ints(axes)]
    steps = [1] * len(starts) if steps is None else ints(steps)
    index = [slice(None)] * x.ndim
    for start, end, axis, step in zip(starts, ends, axes, steps):
        n = x.shape[axis]
        # Clamp like numpy, but keep ONNX's huge sentinels (INT64_MAX/MIN) from overflowing.
        start = max(min(start, n), -n - 1)
        end = max(min(end, n), -n - 1)
        if step < 0 and end < -n:
            end = None
        index[axis] = slice(start, end, step)
    return x[tuple(index)]


@onnx_op("Expand", static=(1,))
def expand(node: OnnxNode, x, shape):
    shape = ints(shape)
    rank = max(len(shape), x.ndim)
    shape = [1] * (rank - len(shape)) + shape
    have = [1] * (rank - x.ndim) + list(x.shape)
    target = tuple(h if s == 1 else s for s, h in zip(shape, have))
    return jnp.broadcast_to(x, target)


@onnx_op("Tile", static=(1,))
def tile(node: OnnxNode, x, repeats):
    return jnp.tile(x, tuple(ints(repeats)))


@onnx_op("Pad", static=(1, 2, 3))
def pad(node: OnnxNode, x, pads=None, value=None, axes=None):
    pads = ints(pads if pads is not None else node.attr("pads"))
    axes = list(range(x.ndim)) if axes is None else [a % x.ndim for a in ints(axes)]
    k = len(axes)
    widths = [(0, 0)] * x.ndim
    for i, axis in enumerate(axes):
        widths[axis] = (pads[i], pads[i + k])
    mode = node.attr("mode", "constant")
    # Negative pads crop: pad with the non-negative parts, then slice the rest off.
    grow = [(max(lo, 0), max(hi, 0)) for lo, hi in widths]
    if mode == "constant":
        fill = 0 if value is None or np.size(value) == 0 else np.asarray(value).reshape(-1)[0]
        out = jnp.pad(x, grow, mode="constant", constant_values=jnp.asarray(fill, x.dtype))
    else:
        out = jnp.pad(x, grow, mode={"reflect": "reflect", "edge": "edge", "wrap": "wrap"}[mode])
    index = tuple(slice(-lo if lo < 0 else 0, (out.shape[a] + hi) if hi < 0 else None)
                  for a, (lo, hi) in enumerate(widths))
    return out[index]


@onnx_op("DepthToSpace")
def depth_to_space(node: OnnxNode, x):
    b = node.attr("blocksize")
    n, c, h, w = x.shape
    if node.attr("mode", "DCR") == "DCR":
        y = x.reshape(n, b, b, c // (b * b), h, w).transpose(0, 3, 4, 1, 5, 2)
    else:
        y = x.reshape(n, c // (b * b), b, b, h, w).transpose(0, 1, 4, 2, 5, 3)
    return y.reshape(n, c // (b * b), h * b, w * b)


@onnx_op("SpaceToDepth")
def space_to_depth(node: OnnxNode, x):
    b = node.attr("blocksize")
    n, c, h, w = x.shape
    y = x.reshape(n, c, h // b, b, w // b, b)
    y = y.transpose(0, 1, 3, 5, 2, 4) if node.attr("mode", "DCR") == "CRD" else y.transpose(0, 3, 5, 1, 2, 4)
    return y.reshape(n, c * b * b, h // b, w // b)


@onnx_op("Trilu", static=(1,))
def trilu(node: OnnxNode, x, k=None):
    k = 0 if k is None else int(np.asarray(k).reshape(-1)[0])
    return jnp.triu(x, k) if node.attr("upper", 1) else jnp.tril(x, k)


@onnx_op("CenterCropPad", static=(1,))
def center_crop_pad(node: OnnxNode, x, shape):
    shape = ints(shape)
    axes = node.attr("axes") or list(range(x.ndim))
    axes = [a % x.ndim for a in axes]
    out = x
    for axis, size in zip(axes, shape):
        n = out.shape[axis]
        if size < n:
            start = (n - size) // 2
            out = lax.slice_in_dim(out, start, start + size, axis=axis)
        elif size > n:
            widths = [(0, 0)] * out.ndim
            before = (size - n) // 2
            widths[axis] = (before, size - n - before)
            out = jnp.pad(out, widths)
    return out


@onnx_op("ReverseSequence")
def reverse_sequence(node: OnnxNode, x, lengths):
    batch_axis, time_axis = node.attr("batch_axis", 1), node.attr("time_axis", 0)
    t = lax.broadcasted_iota(jnp.int64, x.shape, time_axis)
    shape = [1] * x.ndim
    shape[batch_axis] = x.shape[batch_axis]
    n = jnp.asarray(lengths, jnp.int64).reshape(shape)
    index = jnp.where(t < n, n - 1 - t, t)
    return jnp.take_along_axis(x, index, axis=time_axis)
