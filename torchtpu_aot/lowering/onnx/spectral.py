"""ONNX DFT: real or complex signals (last dim 1 or 2), forward or inverse, optionally one-sided."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


@onnx_op("DFT", static=(1, 2))
def dft(node: OnnxNode, x, length=None, axis=None):
    if node.opset >= 20:
        axis = -2 if axis is None else int(np.asarray(axis).reshape(-1)[0])
    else:
        axis = node.attr("axis", 1)
    axis = axis % x.ndim
    signal = x[..., 0] if x.shape[-1] == 1 else lax.complex(x[..., 0], x[..., 1])
    if signal.dtype not in (jnp.complex64, jnp.complex128):
        signal = signal.astype(jnp.complex128 if x.dtype == jnp.float64 else jnp.complex64)
    n = signal.shape[axis] if length is None else int(np.asarray(length).reshape(-1)[0])
    if n < signal.shape[axis]:
        signal = lax.slice_in_dim(signal, 0, n, axis=axis)
    elif n > signal.shape[axis]:
        widths = [(0, 0)] * signal.ndim
        widths[axis] = (0, n - signal.shape[axis])
        signal = jnp.pad(signal, widths)
    out = jnp.fft.ifft(signal, axis=axis) if node.attr("inverse", 0) else jnp.fft.fft(signal, axis=axis)
    if node.attr("onesided", 0):
        out = lax.slice_in_dim(out, 0, n // 2 + 1, axis=axis)
    return jnp.stack([jnp.real(out), jnp.imag(out)], axis=-1).astype(x.dtype)
