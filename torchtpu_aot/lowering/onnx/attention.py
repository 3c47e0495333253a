"""ONNX Attention (opset 23+): multi/grouped-query attention with masks, causal and sliding windows, KV cache."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from torchtpu_aot.lowering.onnx.elementwise import _onnx_dtype
from torchtpu_aot.lowering.onnx.registry import OnnxNode, onnx_op


def _heads(x, heads: int):
    b, s, hidden = x.shape
    return jnp.transpose(x.reshape(b, s, heads, hidden // heads), (0, 2, 1, 3))


def _band(q_len: int, kv_len: int, offset, left: int, right: int, causal: bool):
    """Where query i may attend key j: j <= i + offset (causal), within the sliding window; (q, kv) or
    (batch, 1, q, kv) when ``offset`` is per batch."""
    i = jnp.arange(q_len).reshape(q_len, 1)
    j = jnp.arange(kv_len).reshape(1, kv_len)
    if jnp.ndim(offset) > 0:
        i = i + jnp.reshape(offset, (-1, 1, 1))
    else:
        i = i + offset
    allowed = jnp.ones(jnp.broadcast_shapes(i.shape, j.shape), jnp.bool_)
    if causal:
        allowed &= j <= i
    if left >= 0:
        allowed &= (i - j) <= left
    if right >= 0:
        allowed &= (j - i) <= right
    return allowed if allowed.ndim == 2 else allowed[:, None]


@onnx_op("Attention")
def attention(node: OnnxNode, q, k, v, mask=None, past_key=None, past_value=None, nonpad=None):
    rank = q.ndim
    if rank == 3:
        q = _heads(q, node.attr("q_num_heads"))
        k = _heads(k, node.attr("kv_num_heads"))
        v = _heads(v, node.attr("kv_num_heads"))
    dtype = q.dtype
    scale = node.attr("scale")
    scale = 1 / np.sqrt(q.shape[3]) if scale is None else scale
    root = jnp.asarray(np.sqrt(scale), dtype)
    if past_key is not None:
        k = jnp.concatenate([past_key, k], axis=2)
        v = jnp.concatenate([past_value, v], axis=2)
    present_key, present_value = k, v
    q_len, kv_len = q.shape[2], k.shape[2]
    neg = jnp.asarray(-jnp.inf, dtype)
    zero = jnp.zeros((), dtype)
    bias = jnp.zeros((q_len, kv_len), dtype)
    if mask is not None:
        pad = kv_len - mask.shape[-1]
        if pad > 0:
            widths = [(0, 0)] * (mask.ndim - 1) + [(0, pad)]
            mask = jnp.pad(mask, widths, constant_values=False if mask.dtype == jnp.bool_ else -jnp.inf)
        bias = bias + (jnp.where(mask, zero, neg) if mask.dtype == jnp.bool_ else mask.astype(dtype))
    causal = bool(node.attr("is_causal", 0))
    left, right = node.attr("left_window_size", -1), node.attr("right_window_size", -1)
    if causal or left >= 0 or right >= 0:
        if past_key is None and nonpad is not None:
            offset = jnp.reshape(nonpad, (-1,)) - q_len
        else:
            offset = past_key.shape[2] if past_key is not None else 0
        bias = bias + jnp.where(_band(q_len, kv_len, offset, left, right, causal), zero, neg)
    if nonpad is not None:
        keep = jnp.arange(kv_len) < jnp.reshape(nonpad, (-1, 1))
        bias = bias + jnp.where(keep.reshape(-1, 1, 1, kv_len), zero, neg)
    q_heads, kv_heads = q.shape[1], k.shape[1]
    if q_heads != kv_heads and q_heads % kv_heads == 0:
        k = jnp.repeat(k, q_heads // kv_heads, axis=1)
        v = jnp.repeat(v, q_heads // kv_heads, axis=1)
    scores = jnp.matmul(q * root, jnp.swapaxes(k * root, 2, 3), preferred_element_type=dtype)
    softcap = node.attr("softcap", 0.0)
    if softcap and softcap > 0:
        scores = jnp.tanh(scores / softcap) * softcap
    qk_out = scores
    with_bias = scores + bias
    mode = node.attr("qk_matmul_output_mode", 0)
    if mode == 2:
        qk_out = with_bias
    precision = node.attr("softmax_precision")
    if precision is not None:
        with_bias = with_bias.astype(_onnx_dtype(precision))
    top = jnp.max(with_bias, axis=-1, keepdims=True)
    safe = jnp.where(jnp.isneginf(top), jnp.zeros((), with_bias.dtype), top)
    e = jnp.exp(with_bias - safe)
    total = jnp.sum(e, axis=-1, keepdims=True)
    probs = e / jnp.where(total == 0, jnp.ones((), total.dtype), total)
    probs = jnp.where(jnp.isneginf(jnp.max(bias, axis=-1, keepdims=True)), jnp.zeros((), probs.dtype), probs)
    if mode == 3:
        qk_out = probs
    probs = probs.astype(dtype)
    out = jnp.matmul(probs, v, preferred_element_type=dtype)
    if rank == 3:
        out = jnp.transpose(out, (0, 2, 1, 3))
        out = out.reshape(out.shape[0], out.shape[1], -1)
    return (out, present_key, present_value, qk_out.astype(dtype))[:node.n_outputs]


@onnx_op("RotaryEmbedding")
def rotary_embedding(node: OnnxNode, x, cos, sin, positions=None):
    shape = x.shape
    y = jnp.transpose(x, (0, 2, 1, 3)) if x.ndim == 4 else x
    if y.ndim == 3:
        heads = node.attr("num_heads")
        y = y.reshape(y.shape[0], y.shape[1], heads, y.shape[2] // heads)
    dim = node.attr("rotary_embedding_dim", 0) or y.shape[3]
    rotate, keep = y[..., :dim], y[..., dim:]
    if positions is not None:
        cos, sin = jnp.take(cos, positions, axis=0), jnp.take(sin, positions, axis=0)
    cos, sin = jnp.expand_dims(cos, 2), jnp.expand_dims(sin, 2)
    interleaved = node.attr("interleaved", 0)
    if interleaved:
        x1, x2 = rotate[..., 0::2], rotate[..., 1::2]
    else:
        x1, x2 = rotate[..., :dim // 2], rotate[..., dim // 2:]
    real, imag = cos * x1 - sin * x2, sin * x1 + cos * x2
    if interleaved:
        rotate = jnp.stack([real, imag], axis=-1).reshape(rotate.shape)
    else:
        rotate = jnp.concatenate([real, imag], axis=-1)
    out = jnp.concatenate([rotate, keep], axis=-1).astype(x.dtype)
    return out.reshape(shape) if len(shape) == 3 else jnp.transpose(out, (0, 2, 1, 3))
