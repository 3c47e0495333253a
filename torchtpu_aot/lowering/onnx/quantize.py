"""ONNX linear (de)quantization: per-tensor, per-axis and blocked scales with integer zero points."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.elementwise import _onnx_dtype
from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _along(node: OnnxNode, param, x):
    """``param`` (scale or zero point) broadcast against ``x``: scalar, per axis, or per block of an axis."""
    param = jnp.asarray(param)
    if param.ndim == 0 or param.size == 1 and param.ndim <= 1:
        return param.reshape(())
    axis = node.attr("axis", 1) % x.ndim
    block = node.attr("block_size", 0)
    if block:
        return jnp.repeat(param, block, axis=axis, total_repeat_length=x.shape[axis])
    return param.reshape([-1 if i == axis else 1 for i in range(x.ndim)])


@onnx_op("QuantizeLinear")
def quantize_linear(node: OnnxNode, x, scale, zero_point=None):
    if zero_point is not None:
        dtype = np.dtype(zero_point.dtype)
    elif node.attr("output_dtype"):
        dtype = _onnx_dtype(node.attr("output_dtype"))
    else:
        dtype = np.dtype(np.uint8)
    if not np.issubdtype(dtype, np.integer):
        raise node.fail(f"quantizing to {dtype} is not supported (only integer types).")
    scaled = jnp.round(x / _along(node, scale, x).astype(x.dtype))
    if zero_point is not None:
        scaled = scaled + _along(node, zero_point, x).astype(scaled.dtype)
    info = np.iinfo(dtype)
    return jnp.clip(scaled, info.min, info.max).astype(dtype)


@onnx_op("DequantizeLinear")
def dequantize_linear(node: OnnxNode, x, scale, zero_point=None):
    scale = jnp.asarray(scale)
    dtype = _onnx_dtype(node.attr("output_dtype")) if node.attr("output_dtype") else scale.dtype
    values = jnp.asarray(x).astype(jnp.int32 if jnp.asarray(x).dtype.itemsize < 4 else jnp.int64)
    if zero_point is not None:
        values = values - _along(node, zero_point, x).astype(values.dtype)
    return (values.astype(jnp.float32) * _along(node, scale, x).astype(jnp.float32)).astype(dtype)
