"""ONNX Resize (and the older Upsample): separable per-axis interpolation.

Output sizes are static, so for every resized axis the source positions and weights are computed once with
numpy (nearest, linear or cubic, with ONNX's coordinate transforms, antialiasing and exclude_outside); the
program then gathers the neighbours along that axis and takes their weighted sum.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _nearest(mode: str):
    def coeffs(ratio: float, scale: float) -> np.ndarray:
        if float(ratio).is_integer():
            return np.array([0.0, 1.0])
        up = {"round_prefer_floor": ratio > 0.5, "round_prefer_ceil": ratio >= 0.5, "floor": False,
              "ceil": True}[mode]
        return np.array([0.0, 1.0]) if up else np.array([1.0, 0.0])

    return coeffs


def _linear(antialias: bool):
    def coeffs(ratio: float, scale: float) -> np.ndarray:
        if not antialias:
            return np.array([1 - ratio, ratio])
        scale = min(scale, 1.0)
        start = int(np.floor(-1 / scale) + 1)
        args = (np.arange(start, start + 2 - 2 * start) - ratio) * scale
        c = np.clip(1 - np.abs(args), 0, 1)
        return c / c.sum()

    return coeffs


def _cubic(a: float, antialias: bool):
    def kernel(x: float) -> float:
        x = abs(x)
        if x <= 1:
            return (a + 2) * x ** 3 - (a + 3) * x ** 2 + 1
        if x < 2:
            return a * x ** 3 - 5 * a * x ** 2 + 8 * a * x - 4 * a
        return 0.0

    def coeffs(ratio: float, scale: float) -> np.ndarray:
        if not antialias:
            return np.array([kernel(ratio + 1), kernel(ratio), kernel(1 - ratio), kernel(2 - ratio)])
        scale = min(scale, 1.0)
        start = int(np.floor(-2 / scale) + 1)
        c = np.array([kernel(scale * (i - ratio)) for i in range(start, 2 - start)])
        return c / c.sum()

    return coeffs


def _source_positions(mode: str, y: np.ndarray, scale: float, size: int, out: int, roi) -> tuple:
    """Source coordinate of every output position, and (tf_crop_and_resize only) which fall outside."""
    width = scale * size
    outside = None
    if mode == "align_corners":
        x = np.zeros(out) if width == 1 else y * (size - 1) / (width - 1)
    elif mode == "asymmetric":
        x = y / scale
    elif mode == "tf_crop_and_resize":
        lo, hi = roi
        x = np.full(out, (hi - lo) * (size - 1) / 2) if width == 1 else y * (hi - lo) * (size - 1) / (width - 1)
        x = x + lo * (size - 1)
        outside = (x < 0) | (x > size - 1)
    elif mode == "pytorch_half_pixel":
        x = np.full(out, -0.5) if width == 1 else (y + 0.5) / scale - 0.5
    elif mode == "half_pixel":
        x = (y + 0.5) / scale - 0.5
    elif mode == "half_pixel_symmetric":
        offset = size / 2 * (1 - out / width)
        x = offset + (y + 0.5) / scale - 0.5
    else:
        raise ValueError(f"unknown coordinate_transformation_mode {mode!r}")
    return x, outside


def _axis_plan(size: int, out: int, scale: float, coeffs, node: OnnxNode, roi):
    """(indices (out, n), weights (out, n), outside mask or None) for one axis."""
    y = np.arange(out, dtype=np.float64)
    x, outside = _source_positions(node.attr("coordinate_transformation_mode", "half_pixel"), y, scale, size,
                                   out, roi)
    base = np.floor(x).astype(np.int64)
    ratios = np.where(x == base, 1.0, x - base)
    weights = np.stack([coeffs(float(r), scale) for r in ratios]) if out else np.zeros((0, 2))
    n = weights.shape[1]
    pad = int(np.ceil(n / 2))
    shifted = x + pad
    floor = np.floor(shifted).astype(np.int64)
    frac = shifted - floor
    if n % 2 == 0:
        first = np.where(frac == 0, -(n // 2), -(n // 2) + 1)
    else:
        first = np.where(frac <= 0.5, -((n - 1) // 2), -((n - 1) // 2) + 1)
    index = (floor + first)[:, None] + np.arange(n)[None, :] - pad
    if node.attr("exclude_outside", 0):
        weights = np.where((index < 0) | (index >= size), 0.0, weights)
        total = weights.sum(axis=-1, keepdims=True)
        weights = weights / np.where(total == 0, 1.0, total)
    return np.clip(index, 0, size - 1), weights, outside


def _plan_sizes(node: OnnxNode, shape: tuple, scales, sizes, axes) -> tuple[list[float], list[int], list[int]]:
    rank = len(shape)
    axes = list(range(rank)) if axes is None else [a % rank for a in axes]
    if sizes is not None and np.size(sizes):
        sizes = [int(s) for s in np.asarray(sizes).reshape(-1)]
        out = list(shape)
        for a, s in zip(axes, sizes):
            out[a] = s
        factors = [out[i] / shape[i] for i in range(rank)]
        policy = node.attr("keep_aspect_ratio_policy", "stretch")
        if policy != "stretch":
            pick = min if policy == "not_larger" else max
            scale = pick(factors[a] for a in axes)
            factors = [scale if i in axes else 1.0 for i in range(rank)]
            out = [int(scale * shape[i] + 0.5) if i in axes else shape[i] for i in range(rank)]
    else:
        given = [float(s) for s in np.asarray(scales).reshape(-1)]
        factors = [1.0] * rank
        for a, s in zip(axes, given):
            factors[a] = s
        out = [int(f * d) for f, d in zip(factors, shape)]
    return factors, out, axes


def resize_array(node: OnnxNode, x, scales, sizes, roi):
    rank = x.ndim
    factors, out, axes = _plan_sizes(node, x.shape, scales, sizes, node.attr("axes"))
    full_roi = None
    if roi is not None and np.size(roi):
        roi = [float(v) for v in np.asarray(roi).reshape(-1)]
        full_roi = [0.0] * rank + [1.0] * rank
        k = len(roi) // 2
        for i, a in enumerate(axes if k != rank else range(rank)):
            full_roi[a], full_roi[rank + a] = roi[i], roi[k + i]
    mode = node.attr("mode", "nearest")
    antialias = bool(node.attr("antialias", 0))
    if mode == "nearest":
        coeffs = _nearest(node.attr("nearest_mode", "round_prefer_floor"))
    elif mode == "linear":
        coeffs = _linear(antialias)
    else:
        coeffs = _cubic(node.attr("cubic_coeff_a", -0.75), antialias)
    compute = x.dtype if jnp.issubdtype(x.dtype, jnp.floating) else jnp.float32
    y = x.astype(compute)
    for axis in axes:
        axis_roi = None if full_roi is None else (full_roi[axis], full_roi[axis + rank])
        if np.isclose(factors[axis], 1.0) and out[axis] == y.shape[axis] and (
                axis_roi is None or (np.isclose(axis_roi[0], 0) and np.isclose(axis_roi[1], 1))):
            continue
        index, weights, outside = _axis_plan(y.shape[axis], out[axis], factors[axis], coeffs, node, axis_roi)
        gathered = jnp.take(y, jnp.asarray(index.reshape(-1)), axis=axis)
        gathered = gathered.reshape(y.shape[:axis] + index.shape + y.shape[axis + 1:])
        w = jnp.asarray(weights.reshape((1,) * axis + weights.shape + (1,) * (y.ndim - axis - 1)), compute)
        y = jnp.sum(gathered * w, axis=axis + 1)
        if outside is not None and outside.any():
            mask = jnp.asarray(outside.reshape((1,) * axis + (-1,) + (1,) * (y.ndim - axis - 1)))
            y = jnp.where(mask, jnp.asarray(node.attr("extrapolation_value", 0.0), compute), y)
    if jnp.issubdtype(x.dtype, jnp.integer):
        info = jnp.iinfo(x.dtype)
        y = jnp.clip(jnp.round(y), info.min, info.max)
    return y.astype(x.dtype)


@onnx_op("Resize", static=(1, 2, 3))
def resize(node: OnnxNode, x, roi=None, scales=None, sizes=None):
    return resize_array(node, x, scales, sizes, roi)


@onnx_op("Upsample", static=(1,))
def upsample(node: OnnxNode, x, scales):
    return resize_array(node, x, scales, None, None)
