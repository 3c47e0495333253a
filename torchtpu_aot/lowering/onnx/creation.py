"""ONNX ops that make tensors: constants, ranges, identity-like matrices, one-hot encodings."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.registry import OnnxNode, ints, onnx_op


@onnx_op("Constant")
def constant(node: OnnxNode):
    attrs = node.attrs
    if "value" in attrs:
        return np.asarray(attrs["value"])
    for key, dtype in (("value_float", np.float32), ("value_floats", np.float32), ("value_int", np.int64),
                       ("value_ints", np.int64)):
        if key in attrs:
            return np.asarray(attrs[key], dtype=dtype)
    raise node.fail(f"Constant with attribute(s) {sorted(attrs)} is not supported (sparse or string values).")


@onnx_op("ConstantOfShape", static=(0,))
def constant_of_shape(node: OnnxNode, shape):
    value = node.attr("value")
    value = np.zeros(1, np.float32) if value is None else np.asarray(value)
    dims = tuple(ints(shape))
    if not all(isinstance(d, int) for d in dims):
        return jnp.full(dims, value.reshape(-1)[0], dtype=value.dtype)
    return np.full(dims, value.reshape(-1)[0], dtype=value.dtype)


@onnx_op("Range", static=(0, 1, 2))
def range_(node: OnnxNode, start, limit, delta):
    start, limit, delta = (np.asarray(v).reshape(()) for v in (start, limit, delta))
    n = max(int(np.ceil((limit - start) / delta)), 0)
    return (start + np.arange(n, dtype=np.int64).astype(start.dtype) * delta).astype(start.dtype)


@onnx_op("EyeLike", shape_only=True)
def eye_like(node: OnnxNode, x):
    from torchtpu_aot.lowering.onnx.elementwise import _onnx_dtype

    dtype = _onnx_dtype(node.attr("dtype")) if node.attr("dtype") is not None else np.dtype(x.dtype)
    rows, cols = x.shape
    return np.eye(rows, cols, k=node.attr("k", 0), dtype=dtype)


@onnx_op("OneHot", static=(1,))
def one_hot(node: OnnxNode, indices, depth, values):
    depth = int(np.asarray(depth).reshape(-1)[0])
    axis = node.attr("axis", -1)
    indices = jnp.asarray(indices)
    indices = jnp.where(indices < 0, indices + depth, indices)
    hot = jax.nn.one_hot(indices, depth, axis=axis, dtype=jnp.bool_)
    values = jnp.asarray(values)
    return jnp.where(hot, values[1], values[0])


@onnx_op("Dropout", static=(1, 2))
def dropout(node: OnnxNode, x, ratio=None, training=None):
    if training is not None and bool(np.asarray(training)) and (ratio is None or float(np.asarray(ratio)) > 0):
        raise node.fail("Dropout in training mode is random; export the model for inference (training_mode "
                        "false).")
    if node.n_outputs > 1:
        return x, jnp.ones(jnp.shape(x), jnp.bool_)
    return x


def _window(node: OnnxNode, size, fn):
    from torchtpu_aot.lowering.onnx.elementwise import _onnx_dtype

    n = int(np.asarray(size).reshape(-1)[0])
    denominator = n if node.attr("periodic", 1) else n - 1
    k = np.arange(n, dtype=np.float64)
    return fn(k, denominator).astype(_onnx_dtype(node.attr("output_datatype", 1)))


@onnx_op("HannWindow", static=(0,))
def hann_window(node: OnnxNode, size):
    return _window(node, size, lambda k, d: np.sin(np.pi * k / d) ** 2)


@onnx_op("HammingWindow", static=(0,))
def hamming_window(node: OnnxNode, size):
    return _window(node, size, lambda k, d: 25 / 46 - (1 - 25 / 46) * np.cos(2 * np.pi * k / d))


@onnx_op("BlackmanWindow", static=(0,))
def blackman_window(node: OnnxNode, size):
    return _window(node, size, lambda k, d: 0.42 - 0.5 * np.cos(2 * np.pi * k / d) + 0.08 * np.cos(4 * np.pi * k / d))
