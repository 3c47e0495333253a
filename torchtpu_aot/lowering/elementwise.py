"""Lowerings for elementwise aten ops: arithmetic, comparisons, activations, casts and identities.

Each lowering computes in torch's own result dtype (``ctx.out_dtype``) so type promotion, integer division
and NaN handling match eager torch exactly; half-precision activations are evaluated in float32 as torch does.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.registry import lowers

_HALF = (np.dtype(jnp.bfloat16), np.dtype(np.float16))


# --- helpers shared with the other lowering modules -------------------------------------------------------------


def is_array(v) -> bool:
    """True for JAX arrays and tracers (tensor arguments), False for Python scalars and symbolic dims."""
    return isinstance(v, (jax.Array, np.ndarray, np.generic)) and not isinstance(v, (bool, int, float))


def cast(v, dtype) -> jax.Array:
    """``v`` (array, Python scalar or symbolic dim) as an array of ``dtype``, wrapping out-of-range ints like torch."""
    dtype = np.dtype(dtype)
    if is_array(v):
        return v if v.dtype == dtype else lax.convert_element_type(v, dtype)
    if isinstance(v, (bool, int, float)):
        with np.errstate(all="ignore"):
            return jnp.asarray(np.asarray(v).astype(dtype))
    return jnp.asarray(v, dtype)  # a symbolic dimension


def acc_dtype(dtype) -> np.dtype:
    """The dtype torch computes in for ``dtype``: float32 for float16/bfloat16, else ``dtype`` itself."""
    dtype = np.dtype(dtype)
    return np.dtype(np.float32) if dtype in _HALF else dtype


def rounded_to(x, dtype) -> jax.Array:
    """``x`` (in its acc dtype) rounded to ``dtype``'s precision, kept in the acc dtype. Emulates one c10::Half
    or BFloat16 operation: XLA may otherwise skip the rounding between half-precision ops (excess precision)."""
    dtype = np.dtype(dtype)
    if dtype not in _HALF:
        return cast(x, dtype)
    info = jnp.finfo(dtype)
    return lax.reduce_precision(x, exponent_bits=info.nexp, mantissa_bits=info.nmant)


def norm_dim(dim: int, ndim: int) -> int:
    """A possibly negative dim as a non-negative axis; 0-dim tensors accept dims 0 and -1."""
    if ndim == 0:
        return 0
    return dim + ndim if dim < 0 else dim


def _category(dtype: np.dtype) -> int:
    if dtype == np.bool_:
        return 0
    if jnp.issubdtype(dtype, np.integer):
        return 1
    if jnp.issubdtype(dtype, np.complexfloating):
        return 3
    return 2


def _promote(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return np.dtype(jnp.promote_types(a, b))


def _combine(higher, lower):
    if higher is None:
        return lower
    if lower is None:
        return higher
    hc, lc = _category(higher), _category(lower)
    if hc == 3:
        return higher
    if lc == 3:
        return np.dtype(np.complex128 if higher == np.float64 else np.complex64) if hc == 2 else lower
    if hc == 2:
        return higher
    if higher == np.bool_ or lc == 2:
        return _promote(higher, lower)
    return higher


def result_type(*operands) -> np.dtype:
    """torch.result_type over tensors (arrays) and Python scalars: dimensioned tensors outrank 0-dim tensors,
    which outrank Python scalars, unless a lower-ranked operand is of a higher category (bool < int < float)."""
    dims = zeros = wrapped = None
    for v in operands:
        if v is None:
            continue
        if is_array(v):
            if v.ndim > 0:
                dims = _promote(dims, np.dtype(v.dtype))
            else:
                zeros = _promote(zeros, np.dtype(v.dtype))
            continue
        if isinstance(v, bool):
            d = np.dtype(np.bool_)
        elif isinstance(v, float):
            d = np.dtype(np.float32)
        elif isinstance(v, complex):
            d = np.dtype(np.complex64)
        else:
            d = np.dtype(np.int64)
        wrapped = _promote(wrapped, d)
    return _combine(dims, _combine(zeros, wrapped))


def broadcast_to(x, shape) -> jax.Array:
    """``x`` broadcast to ``shape`` under NumPy rules (trailing dims aligned), with no op when already there."""
    shape = tuple(shape)
    if tuple(x.shape) == shape:
        return x
    return lax.broadcast_in_dim(x, shape, tuple(range(len(shape) - x.ndim, len(shape))))


def select(cond, a, b) -> jax.Array:
    """``cond ? a : b`` with NumPy broadcasting as one stablehlo.select (jnp.where adds a private function)."""
    shape = jnp.broadcast_shapes(cond.shape, a.shape, b.shape)
    return lax.select(broadcast_to(cond, shape), broadcast_to(a, shape), broadcast_to(b, shape))


def truthy(x) -> jax.Array:
    """``x != 0`` as bool (bool inputs unchanged; Python scalars by their truth value)."""
    if not is_array(x):
        return jnp.asarray(bool(x))
    return x if x.dtype == np.bool_ else lax.ne(x, jnp.zeros((), x.dtype))


def _is_float(dtype) -> bool:
    return jnp.issubdtype(np.dtype(dtype), np.inexact)


def _is_int(dtype) -> bool:
    return jnp.issubdtype(np.dtype(dtype), np.integer) or np.dtype(dtype) == np.bool_


# --- arithmetic ---------------------------------------------------------------------------------------------------


def _plain(alpha) -> bool:
    return alpha is None or (not isinstance(alpha, bool) and alpha == 1)


def _add(x, y, alpha, dtype, subtract: bool):
    """x + alpha * y (or x - alpha * y) in ``dtype``; with an alpha, halves round once from float32 as in torch."""
    op = jnp.subtract if subtract else jnp.add
    if _plain(alpha):
        return op(cast(x, dtype), cast(y, dtype))
    acc = acc_dtype(dtype)
    return cast(op(cast(x, acc), jnp.multiply(cast(y, acc), cast(alpha, acc))), dtype)


@lowers("aten.add.Tensor", "aten.add.Scalar")
def add(ctx, x, other, alpha=1):
    d = ctx.out_dtype
    if d == np.bool_:
        return jnp.logical_or(truthy(x), jnp.logical_and(truthy(other), truthy(True if alpha is None else alpha)))
    return _add(x, other, alpha, d, subtract=False)


@lowers("aten.sub.Tensor", "aten.sub.Scalar")
def sub(ctx, x, other, alpha=1):
    return _add(x, other, alpha, ctx.out_dtype, subtract=True)


@lowers("aten.rsub.Tensor", "aten.rsub.Scalar")
def rsub(ctx, x, other, alpha=1):
    return _add(other, x, alpha, ctx.out_dtype, subtract=True)


@lowers("aten.mul.Tensor", "aten.mul.Scalar")
def mul(ctx, x, other):
    d = ctx.out_dtype
    if d == np.bool_:
        return jnp.logical_and(truthy(x), truthy(other))
    return jnp.multiply(cast(x, d), cast(other, d))


def _floor_divide_float(a, b):
    """torch's div_floor for floats: Python floor division, and IEEE a / b where b == 0."""
    zero, one = jnp.zeros((), a.dtype), jnp.ones((), a.dtype)
    mod = lax.rem(a, b)
    div = lax.div(lax.sub(a, mod), b)
    fix = jnp.logical_and(mod != zero, (b < zero) != (mod < zero))
    div = select(fix, div - one, div)
    floor = lax.floor(div)
    floor = select(div - floor > jnp.asarray(0.5, a.dtype), floor + one, floor)
    true_div = lax.div(a, b)
    floor = select(div == zero, _signed_zero(true_div), floor)
    return select(b == zero, true_div, floor)


def _signed_zero(v):
    """A zero with the sign of ``v`` (torch's copysign(0, a / b)), by masking v's bits down to the sign bit."""
    bits = np.dtype(f"uint{v.dtype.itemsize * 8}")
    sign = jnp.asarray(np.array(1 << (v.dtype.itemsize * 8 - 1), bits))
    return lax.bitcast_convert_type(lax.bitwise_and(lax.bitcast_convert_type(v, bits), sign), v.dtype)


def _floor_divide_int(a, b):
    q = lax.div(a, b)
    zero = jnp.zeros((), a.dtype)
    fix = jnp.logical_and(lax.rem(a, b) != zero, jnp.less(a, zero) != jnp.less(b, zero))
    return select(fix, q - jnp.ones((), a.dtype), q)


def divide(a, b, rounding_mode, dtype) -> jax.Array:
    """torch.div(a, b, rounding_mode=...) computed in ``dtype`` (torch's result dtype)."""
    a, b = jnp.broadcast_arrays(cast(a, dtype), cast(b, dtype))
    if rounding_mode is None:
        return lax.div(a, b)
    if rounding_mode == "trunc":
        return lax.div(a, b) if _is_int(dtype) else _trunc(lax.div(a, b))
    if rounding_mode == "floor":
        return _floor_divide_int(a, b) if _is_int(dtype) else _floor_divide_float(a, b)
    raise LoweringError(f"aten.div got rounding_mode={rounding_mode!r}; torch accepts only None, 'trunc' and 'floor'.")


@lowers("aten.div.Tensor", "aten.div.Scalar", "aten.div.Tensor_mode", "aten.div.Scalar_mode")
def div(ctx, x, other, rounding_mode=None):
    if rounding_mode is None and _inexact_reciprocal(other) and np.dtype(ctx.out_dtype) in _ROUNDED_ONCE:
        return divide_by_constant(x, float(other), ctx.out_dtype)
    return divide(x, other, rounding_mode, ctx.out_dtype)


# The floating dtypes whose quotient float32 arithmetic rounds correctly (float32 has at least twice their
# precision plus two bits, so rounding a float32 quotient again gives the half-precision quotient).
_ROUNDED_ONCE = {np.dtype(np.float32), np.dtype(np.float16), np.dtype(jnp.bfloat16)}


def _inexact_reciprocal(c) -> bool:
    """A Python number whose float32 reciprocal is rounded (not 0, infinite, NaN or a power of two)."""
    if isinstance(c, bool) or not isinstance(c, (int, float)) or not math.isfinite(c) or c == 0:
        return False
    return math.frexp(abs(c))[0] != 0.5


def divide_by_constant(x, c: float, dtype) -> jax.Array:
    """``x / c`` rounded once, as torch divides, for a constant ``c``. XLA compiles a division by a constant (or
    by any broadcast value) as a multiplication by its rounded reciprocal, which is 1 ulp off for about half of
    the inputs; a quantizer rounding ``max|row| / 127.5`` to an integer then lands on the other side of a tie.
    The quotient ``q = x * (1/c)`` is corrected by its residual ``x - q * c``, which is computed exactly in
    float32 (Dekker's product with Veltkamp's split of ``q``; ``c``'s halves are exact constants), so the result
    is the correctly rounded quotient, except where ``q`` is subnormal (the residual is not exact then) or too
    large to split (or infinite, or NaN): there it stays XLA's product."""
    x = cast(x, np.float32)
    f32 = np.float32
    c32 = f32(c)
    r = f32(1) / c32
    c_hi = (np.array(c32).view(np.uint32) & np.uint32(0xFFFFF000)).view(f32)  # c's top 12 significant bits
    c_lo = c32 - c_hi
    q = x * r
    t = q * f32(4097)  # Veltkamp: q = q_hi + q_lo, each with at most 12 significant bits
    q_hi = t - (t - q)
    q_lo = q - q_hi
    p = q * c32
    err = ((q_hi * c_hi - p) + q_hi * c_lo + q_lo * c_hi) + q_lo * c_lo  # q * c - p, exactly
    corrected = q + ((x - p) - err) * r
    return cast(select(jnp.abs(q) < f32(2.0**115), corrected, q), dtype)


@lowers("aten.floor_divide.default", "aten.floor_divide.Scalar")
def floor_divide(ctx, x, other):
    return divide(x, other, "floor", ctx.out_dtype)


@lowers("aten.remainder.Tensor", "aten.remainder.Scalar", "aten.remainder.Scalar_Tensor")
def remainder(ctx, x, other):
    d = ctx.out_dtype
    a, b = jnp.broadcast_arrays(cast(x, d), cast(other, d))
    mod = lax.rem(a, b)
    zero = jnp.zeros((), d)
    fix = jnp.logical_and(mod != zero, jnp.less(b, zero) != jnp.less(mod, zero))
    return select(fix, mod + b, mod)


@lowers("aten.fmod.Tensor", "aten.fmod.Scalar")
def fmod(ctx, x, other):
    d = ctx.out_dtype
    return lax.rem(*jnp.broadcast_arrays(cast(x, d), cast(other, d)))


def _int_pow(base, exp):
    """Integer power by repeated squaring, with torch's rules for negative exponents."""
    one = jnp.ones((), base.dtype)
    base, exp = jnp.broadcast_arrays(base, exp)
    e = jnp.maximum(exp, jnp.zeros((), exp.dtype))

    def cond(state):
        return jnp.any(state[2] > 0)

    def body(state):
        acc, b, k = state
        odd = lax.bitwise_and(k, jnp.ones((), k.dtype)) != 0
        return select(odd, acc * b, acc), b * b, lax.shift_right_logical(k, jnp.ones((), k.dtype))

    acc, _, _ = lax.while_loop(cond, body, (jnp.ones_like(base), base, e))
    if not jnp.issubdtype(exp.dtype, jnp.signedinteger):
        return acc
    # torch: 1 ** -n is 1, (-1) ** -n is -1 or 1 by the parity of n, any other base ** -n is 0
    negative = select(base == one, one, jnp.zeros((), base.dtype))
    if jnp.issubdtype(base.dtype, jnp.signedinteger):
        odd = lax.bitwise_and(exp, jnp.ones((), exp.dtype)) != 0
        negative = select(base == -one, select(odd, -one, one), negative)
    return select(exp < 0, negative, acc)


@lowers("aten.pow.Tensor_Tensor", "aten.pow.Scalar")
def pow_tensor(ctx, x, exponent):
    d = ctx.out_dtype
    if _is_int(d):
        return _int_pow(cast(x, d), cast(exponent, d))
    return lax.pow(*jnp.broadcast_arrays(cast(x, d), cast(exponent, d)))


@lowers("aten.pow.Tensor_Scalar")
def pow_scalar(ctx, x, exponent):
    d = ctx.out_dtype
    x = cast(x, d)
    e = float(exponent)
    if e == 0:
        return jnp.ones_like(x)
    if e == 1:
        return x
    if _is_int(d):
        if e < 0:
            return _int_pow(x, cast(int(e), d))
        return lax.integer_pow(x, int(e))
    special = {2.0: lambda v: v * v, 3.0: lambda v: v * v * v, 0.5: lax.sqrt, -0.5: lax.rsqrt,
               -1.0: lambda v: lax.div(jnp.ones((), d), v), -2.0: lambda v: lax.div(jnp.ones((), d), v * v)}
    if e in special:
        return special[e](x)
    return lax.pow(x, cast(exponent, d))


@lowers("aten.neg.default")
def neg(ctx, x):
    return lax.neg(cast(x, ctx.out_dtype))


@lowers("aten.abs.default")
def abs_(ctx, x):
    if x.dtype == np.bool_ or jnp.issubdtype(x.dtype, jnp.unsignedinteger):
        return x
    return lax.abs(cast(x, ctx.out_dtype))


@lowers("aten.sign.default", "aten.sgn.default")
def sign(ctx, x):
    d = ctx.out_dtype
    x = cast(x, d)
    if d == np.bool_:
        return x
    s = lax.sign(x)
    return select(lax.ne(x, x), jnp.zeros((), d), s) if _is_float(d) else s


def _unary_float(fn):
    """A lowering applying ``fn`` in torch's compute dtype for the (floating) result, float32 for halves."""

    def lowering(ctx, x):
        d = ctx.out_dtype
        return cast(fn(cast(x, acc_dtype(d))), d)

    lowering.__name__ = getattr(fn, "__name__", "unary")
    return lowering


def _log2(x):
    """log2 as the binary exponent plus log2 of a mantissa in [sqrt(1/2), sqrt(2)): exact at powers of two,
    where log(x) / log(2) is often one ulp off; zero, negatives, inf, NaN and subnormals take the plain formula."""
    info = jnp.finfo(x.dtype)
    ints = np.dtype(f"int{x.dtype.itemsize * 8}")
    bias = info.maxexp - 1
    inv_ln2 = jnp.asarray(1.0 / math.log(2.0), x.dtype)
    i = lax.bitcast_convert_type(x, ints)
    exponent = lax.shift_right_logical(i, jnp.asarray(info.nmant, ints)) - jnp.asarray(bias, ints)
    bits = lax.bitwise_or(lax.bitwise_and(i, jnp.asarray((1 << info.nmant) - 1, ints)),
                          jnp.asarray(bias << info.nmant, ints))
    mantissa = lax.bitcast_convert_type(bits, x.dtype)
    big = mantissa > jnp.asarray(math.sqrt(2.0), x.dtype)
    exponent = select(big, exponent + jnp.ones((), ints), exponent)
    mantissa = select(big, mantissa * jnp.asarray(0.5, x.dtype), mantissa)
    r = lax.convert_element_type(exponent, x.dtype) + lax.log(mantissa) * inv_ln2
    normal = jnp.logical_and(x >= jnp.asarray(info.smallest_normal, x.dtype), x <= jnp.asarray(info.max, x.dtype))
    return select(normal, r, lax.log(x) * inv_ln2)


def _log10(x):
    # multiplying by 1/ln(10) matches torch's log10 bit for bit more often than dividing by ln(10)
    return lax.log(x) * jnp.asarray(1.0 / math.log(10.0), x.dtype)


_UNARY_FLOAT = {
    "exp": lax.exp, "exp2": lax.exp2, "expm1": lax.expm1, "log": lax.log, "log2": _log2,
    "log10": _log10, "log1p": lax.log1p, "sqrt": lax.sqrt, "rsqrt": lax.rsqrt, "sin": lax.sin,
    "cos": lax.cos, "tan": lax.tan, "asin": lax.asin, "acos": lax.acos, "atan": lax.atan, "sinh": lax.sinh,
    "cosh": lax.cosh, "tanh": lax.tanh, "asinh": lax.asinh, "acosh": lax.acosh, "atanh": lax.atanh,
    "erf": lax.erf, "erfinv": lax.erf_inv, "sigmoid": lax.logistic,
    "reciprocal": lambda x: lax.div(jnp.ones((), x.dtype), x),
}
for _name, _fn in _UNARY_FLOAT.items():
    lowers(f"aten.{_name}.default")(_unary_float(_fn))


@lowers("aten.atan2.default", "aten.atan2.out")
def atan2(ctx, x, other, *, out=None):
    d = ctx.out_dtype
    return lax.atan2(*jnp.broadcast_arrays(cast(x, d), cast(other, d)))


# --- activations --------------------------------------------------------------------------------------------------


def _in_acc(ctx, x, fn):
    """Apply ``fn`` to ``x`` in torch's compute dtype for the result (float32 for halves), then round back."""
    d = ctx.out_dtype
    return cast(fn(cast(x, acc_dtype(d))), d)


@lowers("aten.relu.default")
def relu(ctx, x):
    d = ctx.out_dtype
    return x if d == np.bool_ else lax.max(cast(x, d), jnp.zeros(x.shape, d))


@lowers("aten.gelu.default")
def gelu(ctx, x, approximate="none"):
    def none(v):
        half = jnp.asarray(0.5, v.dtype)
        return v * half * (jnp.ones((), v.dtype) + lax.erf(v * jnp.asarray(math.sqrt(0.5), v.dtype)))

    def tanh(v):
        beta = jnp.asarray(math.sqrt(2.0 / math.pi), v.dtype)
        inner = beta * (v + jnp.asarray(0.044715, v.dtype) * v * v * v)
        return jnp.asarray(0.5, v.dtype) * v * (jnp.ones((), v.dtype) + lax.tanh(inner))

    if approximate not in ("none", "tanh"):
        raise LoweringError(f"aten.gelu got approximate={approximate!r}; torch accepts only 'none' and 'tanh'.")
    return ctx.composite("aten.gelu", lambda v: _in_acc(ctx, v, none if approximate == "none" else tanh), x,
                         approximate=approximate)


@lowers("aten.silu.default")
def silu(ctx, x):
    return _in_acc(ctx, x, lambda v: v * lax.logistic(v))


@lowers("aten.hardswish.default")
def hardswish(ctx, x):
    def fn(v):
        r6 = lax.clamp(jnp.zeros((), v.dtype), v + jnp.asarray(3, v.dtype), jnp.asarray(6, v.dtype))
        return v * r6 / jnp.asarray(6, v.dtype)

    return _in_acc(ctx, x, fn)


@lowers("aten.hardsigmoid.default")
def hardsigmoid(ctx, x):
    def fn(v):
        r6 = lax.clamp(jnp.zeros((), v.dtype), v + jnp.asarray(3, v.dtype), jnp.asarray(6, v.dtype))
        return r6 / jnp.asarray(6, v.dtype)

    return _in_acc(ctx, x, fn)


@lowers("aten.hardtanh.default")
def hardtanh(ctx, x, min_val=-1, max_val=1):
    d = ctx.out_dtype
    return lax.clamp(cast(min_val, d), cast(x, d), cast(max_val, d))


@lowers("aten.leaky_relu.default")
def leaky_relu(ctx, x, negative_slope=0.01):
    def fn(v):
        return select(v > jnp.zeros((), v.dtype), v, v * cast(negative_slope, v.dtype))

    return _in_acc(ctx, x, fn)


@lowers("aten.elu.default")
def elu(ctx, x, alpha=1, scale=1, input_scale=1):
    def fn(v):
        t = v.dtype
        negative = lax.expm1(v * cast(input_scale, t)) * cast(alpha * scale, t)
        return select(v <= jnp.zeros((), t), negative, v * cast(scale, t))

    return _in_acc(ctx, x, fn)


@lowers("aten.softplus.default")
def softplus(ctx, x, beta=1, threshold=20):
    def fn(v):
        t = v.dtype
        scaled = v * cast(beta, t)
        return select(scaled > cast(threshold, t), v, lax.log1p(lax.exp(scaled)) / cast(beta, t))

    return _in_acc(ctx, x, fn)


@lowers("aten.mish.default")
def mish(ctx, x):
    return _in_acc(ctx, x, lambda v: v * lax.tanh(lax.log1p(lax.exp(v))))


# --- clamping, max/min --------------------------------------------------------------------------------------------


@lowers("aten.clamp.default", "aten.clamp.Tensor")
def clamp(ctx, x, min=None, max=None):  # noqa: A002  (torch's argument names)
    d = ctx.out_dtype
    x = cast(x, d)
    if min is not None and max is not None and not is_array(min) and not is_array(max):
        return lax.clamp(cast(min, d), x, cast(max, d))
    if min is not None:
        x = jnp.maximum(x, cast(min, d))
    if max is not None:
        x = jnp.minimum(x, cast(max, d))
    return x


@lowers("aten.clamp_min.default", "aten.clamp_min.Tensor")
def clamp_min(ctx, x, min):  # noqa: A002
    d = ctx.out_dtype
    return jnp.maximum(cast(x, d), cast(min, d))


@lowers("aten.clamp_max.default", "aten.clamp_max.Tensor")
def clamp_max(ctx, x, max):  # noqa: A002
    d = ctx.out_dtype
    return jnp.minimum(cast(x, d), cast(max, d))


@lowers("aten.maximum.default", "aten.max.other")
def maximum(ctx, x, other):
    d = ctx.out_dtype
    return jnp.maximum(cast(x, d), cast(other, d))


@lowers("aten.minimum.default", "aten.min.other")
def minimum(ctx, x, other):
    d = ctx.out_dtype
    return jnp.minimum(cast(x, d), cast(other, d))


def _nan_ignoring(ctx, x, other, pick):
    d = ctx.out_dtype
    a, b = jnp.broadcast_arrays(cast(x, d), cast(other, d))
    r = pick(a, b)
    if _is_float(d):
        r = select(lax.ne(a, a), b, select(lax.ne(b, b), a, r))
    return r


@lowers("aten.fmax.default")
def fmax(ctx, x, other):
    return _nan_ignoring(ctx, x, other, jnp.maximum)


@lowers("aten.fmin.default")
def fmin(ctx, x, other):
    return _nan_ignoring(ctx, x, other, jnp.minimum)


# --- comparisons and logic ----------------------------------------------------------------------------------------


def _comparison(fn):
    def lowering(ctx, x, other):
        d = result_type(x, other)
        return cast(fn(cast(x, d), cast(other, d)), ctx.out_dtype)

    lowering.__name__ = fn.__name__
    return lowering


for _name, _fn in {"eq": jnp.equal, "ne": jnp.not_equal, "lt": jnp.less, "le": jnp.less_equal,
                   "gt": jnp.greater, "ge": jnp.greater_equal}.items():
    lowers(f"aten.{_name}.Tensor", f"aten.{_name}.Scalar")(_comparison(_fn))


def _logical(fn):
    def lowering(ctx, x, other):
        return cast(fn(truthy(x), truthy(other)), ctx.out_dtype)

    lowering.__name__ = fn.__name__
    return lowering


for _name, _fn in {"and": jnp.logical_and, "or": jnp.logical_or, "xor": jnp.logical_xor}.items():
    lowers(f"aten.logical_{_name}.default")(_logical(_fn))


@lowers("aten.logical_not.default")
def logical_not(ctx, x):
    return cast(lax.bitwise_not(truthy(x)), ctx.out_dtype)


def _bitwise(fn):
    def lowering(ctx, x, other):
        d = ctx.out_dtype
        return fn(cast(x, d), cast(other, d))

    lowering.__name__ = fn.__name__
    return lowering


for _name, _fn in {"and": jnp.bitwise_and, "or": jnp.bitwise_or, "xor": jnp.bitwise_xor}.items():
    lowers(f"aten.bitwise_{_name}.Tensor", f"aten.bitwise_{_name}.Scalar",
           f"aten.bitwise_{_name}.Scalar_Tensor")(_bitwise(_fn))


@lowers("aten.bitwise_not.default")
def bitwise_not(ctx, x):
    return lax.bitwise_not(cast(x, ctx.out_dtype))


@lowers("aten.where.self", "aten.where.ScalarSelf", "aten.where.ScalarOther", "aten.where.Scalar")
def where(ctx, condition, x, other):
    d = ctx.out_dtype
    return select(truthy(condition), cast(x, d), cast(other, d))


@lowers("aten.masked_fill.Scalar", "aten.masked_fill.Tensor")
def masked_fill(ctx, x, mask, value):
    d = ctx.out_dtype
    return select(truthy(mask), cast(value, d), cast(x, d))


@lowers("aten.isnan.default")
def isnan(ctx, x):
    return lax.ne(x, x) if _is_float(x.dtype) else jnp.zeros(x.shape, np.bool_)


@lowers("aten.isinf.default")
def isinf(ctx, x):
    if not _is_float(x.dtype):
        return jnp.zeros(x.shape, np.bool_)
    return lax.eq(lax.abs(x), jnp.asarray(np.inf, x.dtype))


@lowers("aten.isfinite.default")
def isfinite(ctx, x):
    return lax.is_finite(x) if _is_float(x.dtype) else jnp.ones(x.shape, np.bool_)


# --- rounding -----------------------------------------------------------------------------------------------------


def _trunc(x):
    return lax.select(x < jnp.zeros((), x.dtype), lax.ceil(x), lax.floor(x))


def _rounding(fn):
    def lowering(ctx, x):
        return x if _is_int(x.dtype) else fn(x)

    lowering.__name__ = getattr(fn, "__name__", "rounding")
    return lowering


lowers("aten.floor.default")(_rounding(lax.floor))
lowers("aten.ceil.default")(_rounding(lax.ceil))
lowers("aten.trunc.default", "aten.fix.default")(_rounding(_trunc))


@lowers("aten.round.default", "aten.round.decimals")
def round_(ctx, x, decimals=0):
    if _is_int(x.dtype):
        return x
    even = lax.RoundingMethod.TO_NEAREST_EVEN
    if decimals == 0:
        return lax.round(x, even)
    scale = cast(10.0 ** abs(decimals), x.dtype)
    if decimals > 0:
        return lax.round(x * scale, even) / scale
    return lax.round(x / scale, even) * scale


@lowers("aten.frac.default")
def frac(ctx, x):
    return x - _trunc(x)


# --- fused pointwise ----------------------------------------------------------------------------------------------


@lowers("aten.lerp.Scalar", "aten.lerp.Tensor")
def lerp(ctx, x, end, weight):
    """torch's two-sided lerp: from x for |weight| < 0.5, from end otherwise (exact at both ends)."""
    d = ctx.out_dtype
    acc = acc_dtype(d)
    x, end, w = cast(x, acc), cast(end, acc), cast(weight, acc)
    diff = end - x
    one = jnp.ones((), acc)
    if not is_array(weight):
        return cast(x + w * diff if abs(weight) < 0.5 else end - diff * (one - w), d)
    return cast(select(lax.abs(w) < jnp.asarray(0.5, acc), x + w * diff, end - diff * (one - w)), d)


@lowers("aten.addcmul.default")
def addcmul(ctx, x, tensor1, tensor2, value=1):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    return cast(cast(x, acc) + cast(value, acc) * cast(tensor1, acc) * cast(tensor2, acc), d)


@lowers("aten.addcdiv.default")
def addcdiv(ctx, x, tensor1, tensor2, value=1):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    return cast(cast(x, acc) + cast(value, acc) * cast(tensor1, acc) / cast(tensor2, acc), d)


@lowers("aten.nan_to_num.default")
def nan_to_num(ctx, x, nan=None, posinf=None, neginf=None):
    if not _is_float(x.dtype):
        return x
    info = jnp.finfo(x.dtype)
    big = cast(float(info.max) if posinf is None else posinf, x.dtype)
    small = cast(float(info.min) if neginf is None else neginf, x.dtype)
    x = select(lax.ne(x, x), cast(0.0 if nan is None else nan, x.dtype), x)
    inf = jnp.asarray(np.inf, x.dtype)
    return select(x == inf, big, select(x == -inf, small, x))


def _diagonal_mask(x, diagonal, keep_lower: bool):
    rows, cols = x.shape[-2], x.shape[-1]
    if isinstance(diagonal, int):
        diagonal = max(min(diagonal, 2**31 - 1), -(2**31 - 1))
    r = lax.broadcasted_iota(np.int32, (rows, cols), 0)
    c = lax.broadcasted_iota(np.int32, (rows, cols), 1)
    offset = c - r
    k = cast(diagonal, np.int32)
    return offset <= k if keep_lower else offset >= k


@lowers("aten.tril.default")
def tril(ctx, x, diagonal=0):
    return select(_diagonal_mask(x, diagonal, True), x, jnp.zeros((), x.dtype))


@lowers("aten.triu.default")
def triu(ctx, x, diagonal=0):
    return select(_diagonal_mask(x, diagonal, False), x, jnp.zeros((), x.dtype))


# --- casts, copies and identities ---------------------------------------------------------------------------------


@lowers("aten._to_copy.default", "aten.to.dtype", "aten.to.device", "aten.to.other", "aten.to.dtype_layout",
        "aten.type_as.default")
def to_copy(ctx, x, *args, **kwargs):
    return cast(x, ctx.out_dtype)


@lowers("aten.clone.default", "aten.alias.default", "aten.detach.default", "aten.lift_fresh_copy.default",
        "aten.positive.default")
def identity(ctx, x, *args, **kwargs):
    return x


@lowers("aten.copy.default")
def copy(ctx, x, src, non_blocking=False):
    return jnp.broadcast_to(cast(src, x.dtype), x.shape)


@lowers("aten._assert_tensor_metadata.default")
def assert_tensor_metadata(ctx, *args, **kwargs):
    return None


# --- bit shifts, signs and float decomposition ---------------------------------------------------------------------


def _shift(x, other, d, left: bool):
    """torch's shifts: amounts past the bit width (or negative) give 0, or -1 for right shifts of negatives."""
    a, s = jnp.broadcast_arrays(cast(x, d), cast(other, d))
    bits = np.dtype(d).itemsize * 8
    too_far = (s < jnp.zeros((), d)) | (s >= jnp.asarray(bits, d)) if jnp.issubdtype(d, jnp.signedinteger) else (
        s >= jnp.asarray(bits, d))
    if left:
        return select(too_far, jnp.zeros((), d), lax.shift_left(a, s))
    shifted = lax.shift_right_arithmetic(a, s) if jnp.issubdtype(d, jnp.signedinteger) else lax.shift_right_logical(
        a, s)
    if jnp.issubdtype(d, jnp.signedinteger):
        return select(too_far, select(a < jnp.zeros((), d), -jnp.ones((), d), jnp.zeros((), d)), shifted)
    return select(too_far, jnp.zeros((), d), shifted)


@lowers("aten.bitwise_left_shift.Tensor", "aten.bitwise_left_shift.Tensor_Scalar",
        "aten.bitwise_left_shift.Scalar_Tensor", "aten.__lshift__.Tensor", "aten.__lshift__.Scalar")
def bitwise_left_shift(ctx, x, other):
    return _shift(x, other, ctx.out_dtype, left=True)


@lowers("aten.bitwise_right_shift.Tensor", "aten.bitwise_right_shift.Tensor_Scalar",
        "aten.bitwise_right_shift.Scalar_Tensor", "aten.__rshift__.Tensor", "aten.__rshift__.Scalar")
def bitwise_right_shift(ctx, x, other):
    return _shift(x, other, ctx.out_dtype, left=False)


def _sign_bit(v):
    bits = np.dtype(f"uint{v.dtype.itemsize * 8}")
    raw = lax.bitcast_convert_type(v, bits)
    return lax.shift_right_logical(raw, jnp.asarray(v.dtype.itemsize * 8 - 1, bits)) != jnp.zeros((), bits)


@lowers("aten.signbit.default")
def signbit(ctx, x):
    if not _is_float(x.dtype):
        return x < jnp.zeros((), x.dtype) if jnp.issubdtype(x.dtype, jnp.signedinteger) else jnp.zeros(x.shape,
                                                                                                        np.bool_)
    return _sign_bit(x)


@lowers("aten.copysign.Tensor", "aten.copysign.Scalar")
def copysign(ctx, x, other):
    d = ctx.out_dtype
    a, b = jnp.broadcast_arrays(cast(x, d), cast(other, d))
    return select(_sign_bit(b), -lax.abs(a), lax.abs(a))


@lowers("aten.ldexp.Tensor")
def ldexp(ctx, x, other):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    return cast(cast(x, acc) * lax.exp2(cast(other, acc)), d)


@lowers("aten.hypot.default")
def hypot(ctx, x, other):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    a, b = jnp.broadcast_arrays(cast(x, acc), cast(other, acc))
    return cast(jnp.hypot(a, b), d)


@lowers("aten.nextafter.default")
def nextafter(ctx, x, other):
    d = ctx.out_dtype
    return jnp.nextafter(*jnp.broadcast_arrays(cast(x, d), cast(other, d)))


@lowers("aten.frexp.Tensor")
def frexp(ctx, x):
    mantissa, exponent = jnp.frexp(x)
    return mantissa.astype(ctx.out[0].dtype), exponent.astype(ctx.out[1].dtype)


@lowers("aten.angle.default")
def angle(ctx, x):
    d = ctx.out_dtype
    v = cast(x, d)
    pi = jnp.asarray(np.pi, d)
    zero = jnp.zeros((), d)
    r = select(v < zero, pi, zero)
    return select(lax.ne(v, v), v, r) if _is_float(d) else r


def _gcd(a, b):
    if jnp.issubdtype(a.dtype, jnp.signedinteger):
        a, b = lax.abs(a), lax.abs(b)

    def cond(state):
        return jnp.any(state[1] != jnp.zeros((), state[1].dtype))

    def body(state):
        p, q = state
        nonzero = q != jnp.zeros((), q.dtype)
        safe = select(nonzero, q, jnp.ones((), q.dtype))
        return select(nonzero, q, p), select(nonzero, lax.rem(p, safe), q)

    return lax.while_loop(cond, body, (a, b))[0]


@lowers("aten.gcd.default")
def gcd(ctx, x, other):
    d = ctx.out_dtype
    return _gcd(*jnp.broadcast_arrays(cast(x, d), cast(other, d)))


@lowers("aten.lcm.default")
def lcm(ctx, x, other):
    d = ctx.out_dtype
    a, b = jnp.broadcast_arrays(cast(x, d), cast(other, d))
    g = _gcd(a, b)
    zero = jnp.zeros((), d)
    r = lax.div(a, select(g == zero, jnp.ones((), d), g)) * b
    return select(g == zero, zero, lax.abs(r) if jnp.issubdtype(d, jnp.signedinteger) else r)


@lowers("aten._conj.default", "aten.conj_physical.default", "aten._conj_physical.default", "aten.resolve_conj.default",
        "aten.resolve_neg.default")
def conj(ctx, x):
    return lax.conj(x) if jnp.issubdtype(x.dtype, jnp.complexfloating) and "resolve" not in ctx.op else x


@lowers("aten.complex.default")
def complex_from_parts(ctx, real, imag):
    """torch.complex: a complex tensor from its real and imaginary parts (float32 -> complex64, float64 ->
    complex128; half-precision parts would make complex32, which has no StableHLO type)."""
    part = np.float64 if ctx.out_dtype == np.complex128 else np.float32
    return lax.complex(*jnp.broadcast_arrays(cast(real, part), cast(imag, part)))


@lowers("aten.polar.default")
def polar(ctx, magnitude, phase):
    """torch.polar: magnitude * (cos(phase) + i sin(phase))."""
    m, p = jnp.broadcast_arrays(magnitude, phase)
    return lax.complex(m * lax.cos(p), m * lax.sin(p))


@lowers("aten.view_as_complex.default")
def view_as_complex(ctx, x):
    """The last dim of size 2 read as (real, imaginary) pairs."""
    return lax.complex(x[..., 0], x[..., 1])


@lowers("aten.view_as_real.default")
def view_as_real(ctx, x):
    """A complex tensor as (real, imaginary) pairs along a new last dim."""
    return jnp.stack([lax.real(x), lax.imag(x)], axis=-1)
