"""Lowerings for random ops (rand*, randint*, randperm, bernoulli, dropout in training, normal, uniform...).

They draw from StableHLO's ``rng_bit_generator`` (ThreeFry, the same bits on every backend). A program that uses
any of them takes a uint32[4] random state as an extra weight and returns the advanced state as a mutated
buffer, so the runtime threads it across calls and ``Program.seed`` can reset it. Values follow torch's
distributions, not its bit streams: the same seed gives the same numbers here, not the ones eager torch draws.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.elementwise import acc_dtype, cast, select
from torchtpu_aot.lowering.registry import lowers

STATE_NAME = "torchtpu.rng_state"
STATE_SHAPE = (4,)


def initial_state(seed: int) -> np.ndarray:
    """The random state a seed starts from."""
    return np.array([seed, 0, 0, 0], np.uint32)


class RngStream:
    """The random state of one program call, advanced by every draw in graph order."""

    def __init__(self, state: jax.Array):
        self.state = state

    def bits(self, shape: tuple, dtype=np.uint32) -> jax.Array:
        self.state, bits = lax.rng_bit_generator(self.state, tuple(shape), dtype=np.dtype(dtype),
                                                 algorithm=lax.RandomAlgorithm.RNG_THREE_FRY)
        return bits

    def uniform(self, shape: tuple, dtype) -> jax.Array:
        """Uniform in [0, 1) in ``dtype`` (float64 from 52 random bits; the others from float32's 23)."""
        dtype = np.dtype(dtype)
        if dtype == np.float64:
            bits = lax.shift_right_logical(self.bits(shape, np.uint64), jnp.asarray(12, np.uint64))
            one = lax.bitwise_or(bits, jnp.asarray(0x3FF0000000000000, np.uint64))
            return lax.bitcast_convert_type(one, np.float64) - jnp.asarray(1.0, np.float64)
        bits = lax.shift_right_logical(self.bits(shape, np.uint32), jnp.asarray(9, np.uint32))
        u = lax.bitcast_convert_type(lax.bitwise_or(bits, jnp.asarray(0x3F800000, np.uint32)), np.float32)
        u = u - jnp.asarray(1.0, np.float32)
        if dtype == np.float32:
            return u
        below_one = jnp.asarray(np.nextafter(np.array(1.0, dtype), np.array(0.0, dtype)), dtype)
        return jnp.minimum(u.astype(dtype), below_one)  # rounding to a half type must not reach 1

    def normal(self, shape: tuple, dtype) -> jax.Array:
        """Standard normal in ``dtype`` (halves computed in float32), by the inverse error function."""
        acc = acc_dtype(dtype)
        u = self.uniform(shape, acc)
        lo = jnp.asarray(np.nextafter(np.array(-1.0, acc), np.array(0.0, acc)), acc)
        v = jnp.maximum(u * jnp.asarray(2.0, acc) - jnp.asarray(1.0, acc), lo)
        return cast(lax.erf_inv(v) * jnp.asarray(math.sqrt(2.0), acc), dtype)


def _float_result(ctx, fn):
    """Draw in the result's compute dtype (float32 for halves) and round once."""
    d = ctx.out_dtype
    return cast(fn(acc_dtype(d)), d)


# --- factories ------------------------------------------------------------------------------------------------


@lowers("aten.rand.default", "aten.rand_like.default", random=True)
def rand(ctx, size, *args, **kwargs):
    return ctx.rng.uniform(tuple(ctx.out_shape), ctx.out_dtype)


@lowers("aten.randn.default", "aten.randn_like.default", random=True)
def randn(ctx, size, *args, **kwargs):
    return ctx.rng.normal(tuple(ctx.out_shape), ctx.out_dtype)


def _randint(ctx, low, high):
    """Integers uniform in [low, high), from 64 random bits reduced modulo the range."""
    d = ctx.out_dtype
    span = int(high) - int(low)
    bits = ctx.rng.bits(tuple(ctx.out_shape), np.uint64)
    offset = lax.rem(bits, jnp.asarray(max(span, 1), np.uint64)).astype(np.int64) + jnp.asarray(int(low), np.int64)
    return cast(offset, d)


@lowers("aten.randint.default", random=True)
def randint(ctx, high, size, **kwargs):
    return _randint(ctx, 0, high)


@lowers("aten.randint.low", random=True)
def randint_low(ctx, low, high, size, **kwargs):
    return _randint(ctx, low, high)


@lowers("aten.randint_like.default", random=True)
def randint_like(ctx, x, high, **kwargs):
    return _randint(ctx, 0, high)


@lowers("aten.randint_like.low_dtype", random=True)
def randint_like_low(ctx, x, low, high, **kwargs):
    return _randint(ctx, low, high)


@lowers("aten.randperm.default", random=True)
def randperm(ctx, n, **kwargs):
    keys = ctx.rng.bits((n,), np.uint32)
    _, perm = lax.sort_key_val(keys, lax.iota(np.int64, n))
    return cast(perm, ctx.out_dtype)


# --- in-place fills, in their functional forms ----------------------------------------------------------------


@lowers("aten.uniform.default", random=True)
def uniform(ctx, x, low=0.0, high=1.0, **kwargs):
    def draw(t):
        return cast(low, t) + ctx.rng.uniform(x.shape, t) * cast(high - low, t)

    return _float_result(ctx, draw)


@lowers("aten.normal_functional.default", random=True)
def normal_functional(ctx, x, mean=0.0, std=1.0, **kwargs):
    return _float_result(ctx, lambda t: cast(mean, t) + ctx.rng.normal(x.shape, t) * cast(std, t))


@lowers("aten.normal.Tensor_float", "aten.normal.float_Tensor", "aten.normal.Tensor_Tensor", random=True)
def normal(ctx, mean, std=1.0, **kwargs):
    shape = tuple(ctx.out_shape)
    return _float_result(ctx, lambda t: cast(mean, t) + ctx.rng.normal(shape, t) * cast(std, t))


@lowers("aten.normal.float_float", random=True)
def normal_float_float(ctx, mean, std, size, **kwargs):
    shape = tuple(ctx.out_shape)
    return _float_result(ctx, lambda t: cast(mean, t) + ctx.rng.normal(shape, t) * cast(std, t))


@lowers("aten.exponential.default", random=True)
def exponential(ctx, x, lambd=1.0, **kwargs):
    return _float_result(ctx, lambda t: -lax.log1p(-ctx.rng.uniform(x.shape, t)) / cast(lambd, t))


@lowers("aten.cauchy.default", random=True)
def cauchy(ctx, x, median=0.0, sigma=1.0, **kwargs):
    def draw(t):
        u = ctx.rng.uniform(x.shape, t)
        return cast(median, t) + cast(sigma, t) * lax.tan(jnp.asarray(math.pi, t) * (u - jnp.asarray(0.5, t)))

    return _float_result(ctx, draw)


@lowers("aten.log_normal.default", random=True)
def log_normal(ctx, x, mean=1.0, std=2.0, **kwargs):
    return _float_result(ctx, lambda t: lax.exp(cast(mean, t) + ctx.rng.normal(x.shape, t) * cast(std, t)))


@lowers("aten.geometric.default", random=True)
def geometric(ctx, x, p, **kwargs):
    """The number of Bernoulli(p) trials up to the first success: ceil(log(u) / log(1 - p)), u in (0, 1]."""
    u = jnp.asarray(1.0, np.float64) - ctx.rng.uniform(x.shape, np.float64)
    return cast(lax.ceil(lax.log(u) / jnp.asarray(math.log1p(-p), np.float64)), ctx.out_dtype)


@lowers("aten.bernoulli.default", random=True)
def bernoulli(ctx, x, *args, **kwargs):
    acc = acc_dtype(x.dtype) if jnp.issubdtype(x.dtype, jnp.floating) else np.dtype(np.float32)
    return cast(ctx.rng.uniform(x.shape, acc) < cast(x, acc), ctx.out_dtype)


@lowers("aten.bernoulli.p", random=True)
def bernoulli_p(ctx, x, p=0.5, **kwargs):
    acc = acc_dtype(ctx.out_dtype) if jnp.issubdtype(ctx.out_dtype, jnp.floating) else np.dtype(np.float64)
    return cast(ctx.rng.uniform(x.shape, acc) < cast(p, acc), ctx.out_dtype)


# --- dropout in training mode (in eval mode it is the identity and draws nothing) -----------------------------


def dropout_mask(ctx, x, p: float) -> jax.Array:
    return ctx.rng.uniform(x.shape, np.float32) >= jnp.asarray(p, np.float32)


def dropout_train(ctx, x, p: float):
    """torch's native_dropout: keep each element with probability 1 - p and scale it by 1 / (1 - p)."""
    if p >= 1:
        return jnp.zeros_like(x), jnp.zeros(x.shape, np.bool_)
    keep = dropout_mask(ctx, x, p)
    scale = cast(1.0 / (1.0 - p), acc_dtype(x.dtype))
    y = cast(cast(x, acc_dtype(x.dtype)) * scale, x.dtype)
    return select(keep, y, jnp.zeros((), x.dtype)), keep


def _training(x, p=0.5, train=None, *args, **kwargs) -> bool:
    return bool(train) and p != 0


def _native_training(x, p=0.5, train=None, *args, **kwargs) -> bool:
    return train is not False and p != 0  # native_dropout's missing train flag means training


@lowers("aten.native_dropout.default", random=_native_training)
def native_dropout(ctx, x, p, train=None):
    if not _native_training(x, p, train):
        return x, jnp.ones(x.shape, np.bool_)
    return dropout_train(ctx, x, p)


@lowers("aten.dropout.default", random=_training)
def dropout(ctx, x, p, train):
    return dropout_train(ctx, x, p)[0] if _training(x, p, train) else x


@lowers("aten.feature_dropout.default", random=_training)
def feature_dropout(ctx, x, p, train):
    """Whole channels (dims 0 and 1) dropped together."""
    if not _training(x, p, train):
        return x
    if p >= 1:
        return jnp.zeros_like(x)
    mask_shape = tuple(x.shape[:2]) + (1,) * (x.ndim - 2)
    keep = ctx.rng.uniform(mask_shape, np.float32) >= jnp.asarray(p, np.float32)
    acc = acc_dtype(x.dtype)
    y = cast(cast(x, acc) * cast(1.0 / (1.0 - p), acc), x.dtype)
    return select(keep, y, jnp.zeros((), x.dtype))


_SELU_ALPHA = 1.7580993408473766


@lowers("aten.alpha_dropout.default", "aten.feature_alpha_dropout.default", random=_training)
def alpha_dropout(ctx, x, p, train):
    """torch's alpha dropout: dropped elements take SELU's negative saturation, then an affine map keeps the
    mean and variance."""
    if not _training(x, p, train):
        return x
    if p >= 1:
        return jnp.zeros_like(x)
    acc = acc_dtype(x.dtype)
    shape = tuple(x.shape) if ctx.op == "aten.alpha_dropout.default" else tuple(x.shape[:2]) + (1,) * (x.ndim - 2)
    keep = (ctx.rng.uniform(shape, np.float32) >= jnp.asarray(p, np.float32)).astype(acc)
    a = 1.0 / math.sqrt((_SELU_ALPHA ** 2 * p + 1) * (1 - p))
    b = (keep - jnp.ones((), acc)) * cast(_SELU_ALPHA * a, acc) + cast(_SELU_ALPHA * a * p, acc)
    return cast(cast(x, acc) * keep * cast(a, acc) + b, x.dtype)


def _rrelu_training(x, noise, lower=0.125, upper=1.0 / 3.0, training=False, *args, **kwargs) -> bool:
    return bool(training)


@lowers("aten.rrelu_with_noise_functional.default", random=_rrelu_training)
def rrelu_with_noise(ctx, x, noise, lower=0.125, upper=1.0 / 3.0, training=False, generator=None):
    """Randomized leaky ReLU: negative inputs scaled by a slope drawn from U(lower, upper) in training (returned
    as the noise), by the mean slope in eval."""
    d = ctx.out[0].dtype
    acc = acc_dtype(d)
    v = cast(x, acc)
    negative = v < jnp.zeros((), acc)
    if not training:
        slope = cast((lower + upper) / 2, acc)
        return cast(select(negative, v * slope, v), d), noise
    r = cast(lower, acc) + ctx.rng.uniform(x.shape, acc) * cast(upper - lower, acc)
    slope = select(negative, r, jnp.ones((), acc))
    return cast(v * slope, d), cast(slope, noise.dtype)


@lowers("aten.multinomial.default", random=True)
def multinomial(ctx, probs, num_samples, replacement=False, *, generator=None):
    """Category indices drawn with the given (unnormalized) weights per row: by inverse CDF with replacement, by
    the Gumbel top-k trick without (each category at most once)."""
    p = cast(probs, np.float64 if probs.dtype == np.float64 else np.float32)
    rows = p.reshape((-1, p.shape[-1]))
    if replacement:
        cdf = jnp.cumsum(rows, axis=-1)
        u = ctx.rng.uniform((rows.shape[0], num_samples), p.dtype) * cdf[:, -1:]
        picks = jax.vmap(lambda c, v: jnp.searchsorted(c, v, side="right"))(cdf, u)
        picks = jnp.minimum(picks, rows.shape[-1] - 1)
    else:
        u = ctx.rng.uniform(rows.shape, p.dtype)
        tiny = jnp.asarray(np.finfo(p.dtype).tiny, p.dtype)
        keys = jnp.where(rows > 0, lax.log(rows) - lax.log(-lax.log(jnp.maximum(u, tiny))), -jnp.inf)
        picks = lax.top_k(keys, num_samples)[1]
    return picks.astype(ctx.out_dtype).reshape(tuple(ctx.out_shape))
