"""Choosing the next token from the logits, on the device, inside the same compiled step as the model.

Each slot has its own settings: temperature 0 is greedy (argmax); otherwise the logits are divided by the
temperature, restricted to the ``top_k`` most likely tokens and to the smallest set whose probability reaches
``top_p`` (the most likely token always stays), and one token is drawn with the Gumbel-max trick. The draw of a
slot's n-th token uses its request's key folded with n, so a seed gives the same tokens whatever else shares the
batch. Three variants are compiled, by what the step's slots need: ``greedy``, ``sample`` (temperature only, one
pass over the vocabulary) and ``filtered`` (top-k/top-p, which sorts the vocabulary).
"""

from __future__ import annotations

from dataclasses import dataclass

import jax
import jax.numpy as jnp
import numpy as np

GREEDY, SAMPLE, FILTERED = "greedy", "sample", "filtered"


@dataclass(frozen=True)
class SamplingParams:
    """How a request chooses its tokens (``top_k`` None or 0: no limit; ``top_p`` None or 1: no limit)."""

    temperature: float = 0.0
    top_k: int | None = None
    top_p: float | None = None
    seed: int | None = None

    @property
    def mode(self) -> str:
        if self.temperature == 0:
            return GREEDY
        return FILTERED if (self.top_k or 0) > 0 or (self.top_p is not None and self.top_p < 1) else SAMPLE


def mode_of(params: list[SamplingParams]) -> str:
    """The cheapest variant that serves every slot of a step."""
    modes = {p.mode for p in params}
    return FILTERED if FILTERED in modes else SAMPLE if SAMPLE in modes else GREEDY


def key_data(seed: int) -> np.ndarray:
    """The raw PRNG key (uint32[2]) of a request's seed."""
    return np.asarray(jax.random.key_data(jax.random.key(seed % 2**32)), np.uint32)


@dataclass(frozen=True)
class SlotSettings:
    """The per-slot arrays a step's sampler takes (host numpy, a row per slot)."""

    temperature: np.ndarray  # float32[B]
    top_k: np.ndarray        # int32[B], 0: no limit
    top_p: np.ndarray        # float32[B], 1: no limit
    keys: np.ndarray         # uint32[B, 2]
    counters: np.ndarray     # uint32[B]: the index of the token being drawn

    @classmethod
    def of(cls, params: list[SamplingParams], keys: list[np.ndarray], counters: list[int]) -> SlotSettings:
        return cls(np.array([p.temperature for p in params], np.float32),
                   np.array([p.top_k or 0 for p in params], np.int32),
                   np.array([1.0 if p.top_p is None else p.top_p for p in params], np.float32),
                   np.stack(keys).astype(np.uint32), np.array(counters, np.uint32))


def choose(logits: jax.Array, s: SlotSettings, mode: str) -> jax.Array:
    """The next token of each row of ``logits`` (float32[B, vocab]), as int32[B]."""
    greedy = jnp.argmax(logits, axis=-1).astype(jnp.int32)
    if mode == GREEDY:
        return greedy
    scaled = logits / jnp.maximum(s.temperature, 1e-6)[:, None]
    keys = jax.vmap(lambda key, n: jax.random.fold_in(jax.random.wrap_key_data(key), n))(s.keys, s.counters)
    noise = jax.vmap(lambda key: jax.random.gumbel(key, logits.shape[-1:], jnp.float32))(keys)
    if mode == SAMPLE:
        sampled = jnp.argmax(scaled + noise, axis=-1).astype(jnp.int32)
    else:
        order = jnp.argsort(-scaled, axis=-1)
        ranked = jnp.take_along_axis(scaled, order, axis=-1)
        rank = jnp.arange(logits.shape[-1])[None, :]
        keep = rank < jnp.where(s.top_k > 0, s.top_k, logits.shape[-1])[:, None]
        probs = jax.nn.softmax(jnp.where(keep, ranked, -jnp.inf), axis=-1)
        keep &= (jnp.cumsum(probs, axis=-1) - probs) < s.top_p[:, None]  # rank 0 is always kept
        pick = jnp.argmax(jnp.where(keep, ranked + noise, -jnp.inf), axis=-1)
        sampled = jnp.take_along_axis(order, pick[:, None], axis=-1)[:, 0].astype(jnp.int32)
    return jnp.where(s.temperature > 0, sampled, greedy)


jax.tree_util.register_dataclass(SlotSettings, data_fields=["temperature", "top_k", "top_p", "keys", "counters"],
                                 meta_fields=[])
