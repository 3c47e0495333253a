"""Lowering of scaled_dot_product_attention as one fused pattern (two dot_generals and a softmax)."""

from __future__ import annotations

import math

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.elementwise import broadcast_to, select
from torchtpu_aot.lowering.linalg import dot
from torchtpu_aot.lowering.random import dropout_train
from torchtpu_aot.lowering.registry import lowers


def _drops(q, k, v, attn_mask=None, dropout_p=0.0, *args, **kwargs) -> bool:
    return bool(dropout_p)


@lowers("aten.scaled_dot_product_attention.default", random=_drops)
def scaled_dot_product_attention(ctx, q, k, v, attn_mask=None, dropout_p=0.0, is_causal=False, *, scale=None,
                                 enable_gqa=False):
    def attend(q, k, v, attn_mask):
        scores, v, batch = _scores(q, k, v, attn_mask, is_causal, scale, enable_gqa, q.dtype)
        weights = jax_softmax(scores)
        if dropout_p:  # attention dropout, as torch applies it in training: on the weights, kept ones scaled up
            weights = dropout_train(ctx, weights, float(dropout_p))[0]
        return _apply(weights, v, batch, ctx.out_dtype)

    if dropout_p:  # draws from the program's random stream, which a composite's decomposition cannot reach
        return attend(q, k, v, attn_mask)
    return ctx.composite("aten.scaled_dot_product_attention", attend, q, k, v, attn_mask, is_causal=bool(is_causal),
                         scale=float(1.0 / math.sqrt(q.shape[-1]) if scale is None else scale),
                         enable_gqa=bool(enable_gqa))


@lowers("aten._scaled_dot_product_flash_attention_for_cpu.default")
def flash_attention_for_cpu(ctx, q, k, v, dropout_p=0.0, is_causal=False, *, attn_mask=None, scale=None):
    """torch's fused CPU attention kernel, called directly: the output and each query row's logsumexp of the
    scores, both computed in float32 for half-precision inputs as the kernel does (torch's own decomposition
    of this op returns the attention weights in the logsumexp's place)."""
    if dropout_p:
        raise LoweringError("_scaled_dot_product_flash_attention_for_cpu with dropout is not supported; call "
                            "torch.nn.functional.scaled_dot_product_attention instead.")
    out_meta, lse_meta = ctx.out
    scores, v, batch = _scores(q, k, v, attn_mask, is_causal, scale, False, lse_meta.dtype)
    weights = jax_softmax(scores)
    lse = jnp.max(scores, axis=-1) + jnp.log(jnp.sum(jnp.exp(scores - jnp.max(scores, axis=-1, keepdims=True)),
                                                     axis=-1))
    return _apply(weights, v.astype(weights.dtype), batch, weights.dtype).astype(out_meta.dtype), lse


def _scores(q, k, v, attn_mask, is_causal: bool, scale, enable_gqa: bool, dtype):
    """The masked, scaled q @ k^T in ``dtype``, with v broadcast to the common batch dims, and those dims."""
    if enable_gqa and q.shape[-3] != k.shape[-3]:
        repeats = q.shape[-3] // k.shape[-3]
        k, v = jnp.repeat(k, repeats, axis=-3), jnp.repeat(v, repeats, axis=-3)
    batch_shape = lax.broadcast_shapes(tuple(q.shape[:-2]), tuple(k.shape[:-2]), tuple(v.shape[:-2]))
    q, k, v = (broadcast_to(t, batch_shape + tuple(t.shape[-2:])) for t in (q, k, v))
    nb = len(batch_shape)
    batch = (tuple(range(nb)), tuple(range(nb)))
    scale = 1.0 / math.sqrt(q.shape[-1]) if scale is None else scale
    q, k = q.astype(dtype), k.astype(dtype)
    scores = dot(q, k, ((nb + 1,), (nb + 1,)), batch, out_dtype=dtype) * jnp.asarray(scale, dtype)
    length, source = q.shape[-2], k.shape[-2]
    if is_causal:
        # Top-left aligned lower triangle, as torch builds it; iota keeps it valid for symbolic lengths.
        rows = lax.broadcasted_iota(np.int32, (length, source), 0)
        causal = lax.broadcasted_iota(np.int32, (length, source), 1) <= rows
        scores = select(causal, scores, jnp.asarray(-jnp.inf, dtype))
    if attn_mask is not None:
        if attn_mask.dtype == jnp.bool_:
            scores = select(attn_mask, scores, jnp.asarray(-jnp.inf, dtype))
        else:
            scores = scores + attn_mask.astype(dtype)
    return scores, v, batch


def _apply(weights, v, batch: tuple, out_dtype):
    """The attention weights applied to v."""
    nb = len(batch[0])
    return dot(weights, v, ((nb + 1,), (nb,)), batch, out_dtype=out_dtype)


def jax_softmax(x):
    """Softmax over the last dim; rows that are entirely -inf give NaN, as in torch."""
    shifted = x - lax.stop_gradient(jnp.max(x, axis=-1, keepdims=True))
    e = jnp.exp(shifted)
    return e / jnp.sum(e, axis=-1, keepdims=True)
