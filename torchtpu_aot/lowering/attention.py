"""Lowering of scaled_dot_product_attention as one fused pattern (two dot_generals and a softmax)."""

from __future__ import annotations

import math

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.elementwise import broadcast_to, select
from torchtpu_aot.lowering.linalg import cpu_transposed, dot
from torchtpu_aot.lowering.random import dropout_train
from torchtpu_aot.lowering.registry import lowers


def _drops(q, k, v, attn_mask=None, dropout_p=0.0, *args, **kwargs) -> bool:
    return bool(dropout_p)


@lowers("aten.scaled_dot_product_attention.default", random=_drops)
def scaled_dot_product_attention(ctx, q, k, v, attn_mask=None, dropout_p=0.0, is_causal=False, *, scale=None,
                                 enable_gqa=False):
    def attend(q, k, v, attn_mask):
        scores, v, batch = _scores(ctx, q, k, v, attn_mask, is_causal, scale, enable_gqa, q.dtype)
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
    scores, v, batch = _scores(ctx, q, k, v, attn_mask, is_causal, scale, False, lse_meta.dtype)
    weights = jax_softmax(scores)
    lse = jnp.max(scores, axis=-1) + jnp.log(jnp.sum(jnp.exp(scores - jnp.max(scores, axis=-1, keepdims=True)),
                                                     axis=-1))
    return _apply(weights, v.astype(weights.dtype), batch, weights.dtype).astype(out_meta.dtype), lse


class _Groups:
    """Grouped-query attention on keys and values that are not repeated: the query heads split into (key/value
    head, group member), so each key/value head is read once for its whole group. Repeating them (as torch's
    own math path for ``enable_gqa`` does) would copy the cache per step, which costs more than the attention
    itself at decode time; the results are the same."""

    def __init__(self, q, k):
        self.heads, self.kv_heads = q.shape[-3], k.shape[-3]
        self.group = self.heads // self.kv_heads

    def split(self, x):
        """[..., heads, L, X] -> [..., kv_heads, group, L, X]"""
        return x.reshape((*x.shape[:-3], self.kv_heads, self.group, *x.shape[-2:]))

    def merge(self, x):
        """[..., kv_heads, group, L, X] -> [..., heads, L, X]"""
        return x.reshape((*x.shape[:-4], self.heads, *x.shape[-2:]))


def _scores(ctx, q, k, v, attn_mask, is_causal: bool, scale, enable_gqa: bool, dtype):
    """The masked, scaled q @ k^T in ``dtype``, with v broadcast to the common batch dims, and how to apply the
    weights to v (``_apply``'s ``batch``: the batch dims, or a ``_Groups``)."""
    scale = 1.0 / math.sqrt(q.shape[-1]) if scale is None else scale
    groups = None
    if enable_gqa and q.shape[-3] != k.shape[-3]:
        if q.shape[:-3] == k.shape[:-3] == v.shape[:-3]:
            groups = _Groups(q, k)
        else:
            repeats = q.shape[-3] // k.shape[-3]
            k, v = jnp.repeat(k, repeats, axis=-3), jnp.repeat(v, repeats, axis=-3)
    if groups is not None:
        # [..., kv, group, L, D] x [..., kv, S, D] -> [..., kv, group, L, S], the batch dims and kv as batch
        grouped = groups.split(q.astype(dtype))
        scores = groups.merge(_query_key_dot(ctx, grouped, k.astype(dtype), k.ndim - 2, dtype))
        scores = scores * jnp.asarray(scale, dtype)
        batch = groups
    else:
        batch_shape = lax.broadcast_shapes(tuple(q.shape[:-2]), tuple(k.shape[:-2]), tuple(v.shape[:-2]))
        q, k, v = (broadcast_to(t, batch_shape + tuple(t.shape[-2:])) for t in (q, k, v))
        nb = len(batch_shape)
        batch = (tuple(range(nb)), tuple(range(nb)))
        q, k = q.astype(dtype), k.astype(dtype)
        scores = _query_key_dot(ctx, q, k, nb, dtype) * jnp.asarray(scale, dtype)
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


def _query_key_dot(ctx, q, k, nb: int, dtype):
    """q [*batch, *rows, D] . k [*batch, S, D] -> [*batch, *rows, S], over ``nb`` batch dims. On the CPU, for a few
    rows (a decode step's queries), computed as k . q and transposed, as linear layers are (see
    ``linalg.cpu_transposed``): the keys play the weight."""
    dims = (tuple(range(nb)), tuple(range(nb)))

    def plain(q, k):
        return dot(q, k, ((q.ndim - 1,), (k.ndim - 1,)), dims, out_dtype=dtype)

    def transposed(q, k):
        # The barrier keeps XLA from giving the product the transposed layout, which would make it the slow form.
        product = lax.optimization_barrier(dot(k, q, ((k.ndim - 1,), (q.ndim - 1,)), dims, out_dtype=dtype))
        return jnp.moveaxis(product, nb, -1)  # [*batch, S, *rows] -> [*batch, *rows, S]

    return cpu_transposed(ctx, (q.dtype, k.dtype, dtype), q.shape[nb:-1], k.shape, plain, transposed, q, k)


def _apply(weights, v, batch, out_dtype):
    """The attention weights applied to v (``batch`` from ``_scores``)."""
    if isinstance(batch, _Groups):
        nb = v.ndim - 2  # the batch dims and kv
        dims = (tuple(range(nb)), tuple(range(nb)))
        return batch.merge(dot(batch.split(weights), v, ((nb + 2,), (nb,)), dims, out_dtype=out_dtype))
    nb = len(batch[0])
    return dot(weights, v, ((nb + 1,), (nb,)), batch, out_dtype=out_dtype)


def jax_softmax(x):
    """Softmax over the last dim; rows that are entirely -inf give NaN, as in torch."""
    shifted = x - lax.stop_gradient(jnp.max(x, axis=-1, keepdims=True))
    e = jnp.exp(shifted)
    return e / jnp.sum(e, axis=-1, keepdims=True)
