"""Lowerings for special functions (gamma family, error functions, zeta, orthogonal polynomials), computed in float32
for half-precision results as torch does. Bessel and Airy functions live in bessel.py."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import jax
import jax.numpy as jnp
import jax.scipy.special as jss
from jax import lax

from torchtpu_aot.lowering.elementwise import acc_dtype, cast
from torchtpu_aot.lowering.registry import lowers


def unary(fn: Callable[[jax.Array], jax.Array]) -> Callable:
    """A lowering applying ``fn`` in the dtype torch computes in (float32 for half precision), rounded once."""

    def lowering(ctx, x):
        d = ctx.out_dtype
        return cast(fn(cast(x, acc_dtype(d))), d)

    lowering.__name__ = getattr(fn, "__name__", "special")
    return lowering


def polevl(x: jax.Array, coefficients: Sequence[float]) -> jax.Array:
    """Horner's rule with the highest power first, as Cephes' polevl (coefficients rounded to x's dtype)."""
    result = jnp.full_like(x, coefficients[0])
    for c in coefficients[1:]:
        result = result * x + c
    return result


def chbevl(x: jax.Array, coefficients: Sequence[float]) -> jax.Array:
    """Clenshaw's recurrence for a Chebyshev series, as Cephes' chbevl: half the difference b0 - b2."""
    b0, b1, b2 = jnp.full_like(x, coefficients[0]), jnp.zeros_like(x), jnp.zeros_like(x)
    for c in coefficients[1:]:
        b2, b1 = b1, b0
        b0 = x * b1 - b2 + c
    return 0.5 * (b0 - b2)


def _erfcx(x):
    return lax.exp(x * x) * lax.erfc(x)


# Cephes' digamma: the asymptotic series in 1/x^2 beyond 10, and digamma(10).
_DIGAMMA_A = (8.33333333333333333333e-2, -2.10927960927960927961e-2, 7.57575757575757575758e-3,
              -4.16666666666666666667e-3, 3.96825396825396825397e-3, -8.33333333333333333333e-3,
              8.33333333333333333333e-2)
_PSI_10 = 2.25175258906672110764


def _digamma_positive(x):
    """digamma for x > 0: the recurrence up to 10 (at most ten steps from x > 0), then the asymptotic series."""
    result = jnp.zeros_like(x)
    for _ in range(10):
        below = x < 10
        result = jnp.where(below, result - 1.0 / x, result)
        x = jnp.where(below, x + 1.0, x)
    z = 1.0 / (x * x)
    tail = jnp.where(x < 1e17, z * polevl(z, _DIGAMMA_A), jnp.zeros_like(x))
    return jnp.where(x == 10, result + _PSI_10, result + jnp.log(x) - 0.5 / x - tail)


def _digamma(x):
    """torch's digamma (Cephes): -inf at +0 and +inf at -0, NaN at the negative integers, and for other negative
    x the reflection digamma(1 - x) - pi / tan(pi r), r the fractional part of x, which torch takes in float64
    for float32 (it decides the value near the poles)."""
    negative = x < 0
    fraction = x - jnp.trunc(x)
    wide = jnp.float64 if x.dtype == jnp.float32 else x.dtype
    reflection = cast(math.pi / jnp.tan(math.pi * cast(fraction, wide)), x.dtype)
    value = _digamma_positive(jnp.where(negative, 1.0 - x, x))
    value = jnp.where(negative, jnp.where(fraction == 0, jnp.full_like(x, jnp.nan), value - reflection), value)
    return jnp.where(x == 0, jnp.copysign(jnp.asarray(jnp.inf, x.dtype), -x), value)


def _trigamma(x):
    """torch's trigamma: reflection below 1/2 (so negative integers give huge finite values, not inf, since
    sin(pi x) is not exactly zero there), six recurrence steps, then the asymptotic series."""
    pi = jnp.asarray(math.pi, x.dtype)
    reflect = x < 0.5
    sin = jnp.sin(pi * x)
    result = jnp.where(reflect, -(pi * pi) / (sin * sin), jnp.zeros_like(x))
    y = jnp.where(reflect, 1.0 - x, x)
    for _ in range(6):
        result = result + 1.0 / (y * y)
        y = y + 1.0
    ixx = 1.0 / (y * y)
    result = result + (1.0 + 1.0 / (2.0 * y) + ixx * (1.0 / 6 - ixx * (1.0 / 30 - ixx * (1.0 / 42)))) / y
    return jnp.where(reflect, -result, result)


# Cephes' zeta: (2k)! / B_2k, the Euler-Maclaurin coefficients.
_ZETA_A = (12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
           -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
           1.8152105401943546773e17, -7.1661652561756670113e18)
_MACHEP = 1.11022302462515654042e-16


def _zeta_direct(x, q, first, skip):
    """Sum ``first`` (q^-x) + (q+1)^-x + ... until a term is below MACHEP of the sum (converged) or at least nine
    terms are added and the base exceeds 9; elements in ``skip`` are left alone. Returns (base, last term, sum,
    converged)."""

    def going(state):
        i, a, _, _, done = state
        return ~done & ((i < 9) | (a <= 9.0))

    def body(state):
        i, a, b, s, done = state
        move = going(state)
        a2 = a + 1.0
        b2 = lax.pow(a2, -x)
        s2 = s + b2
        converged = (-_MACHEP * s2 < b2) & (b2 < _MACHEP * s2)
        new = (i + 1, a2, b2, s2, done | converged)
        return tuple(jnp.where(move, n, o) for n, o in zip(new, state))

    state = (jnp.zeros(x.shape, jnp.int32), q, jnp.zeros_like(x), first, skip)
    _, a, b, s, done = lax.while_loop(lambda st: jnp.any(going(st)), body, state)
    return a, b, s, done & ~skip


def _zeta_tail(x, a, b, s):
    """The Euler-Maclaurin remainder after the direct sum stopped at base ``a`` with last term ``b``."""
    w = a
    s = s + b * w / (x - 1.0)
    s = s - 0.5 * b
    a, k = jnp.ones_like(x), jnp.zeros_like(x)
    done = jnp.zeros(x.shape, bool)
    for coefficient in _ZETA_A:
        a = a * (x + k)
        b = b / w
        t = a * b / coefficient
        s_next = s + t
        s = jnp.where(done, s, s_next)
        done = done | (jnp.abs(t / s_next) < _MACHEP)
        k = k + 1.0
        a = a * (x + k)
        b = b / w
        k = k + 1.0
    return s


def _zeta(x, q, widen: bool = True):
    """torch's Hurwitz zeta(x, q) (Cephes): inf at x == 1 and at non-positive integer q, NaN for x < 1 and for
    negative q with non-integer x. Like torch on CPU, float32 sums in float64, its accumulate type (float32 loses
    the small results and the cancelling terms of negative q), all but the first term, which it takes in float32;
    ``widen=False`` keeps float32 where it only stands in for half precision (whose accumulate type it is)."""
    x, q = jnp.broadcast_arrays(x, q)
    dtype = x.dtype
    first = lax.pow(q, -x)
    if widen and dtype == jnp.float32:
        x, q, first = (cast(v, jnp.float64) for v in (x, q, first))
    q_pole = (q <= 0) & (q == jnp.floor(q))
    invalid = (q <= 0) & (x != jnp.floor(x))
    special = (x == 1) | (x < 1) | q_pole | invalid
    a, b, s, converged = _zeta_direct(x, q, first, special)
    value = jnp.where(converged, s, _zeta_tail(x, a, b, s))
    inf, nan = jnp.full_like(x, jnp.inf), jnp.full_like(x, jnp.nan)
    value = jnp.where(x == 1, inf, jnp.where(x < 1, nan, jnp.where(q_pole, inf, jnp.where(invalid, nan, value))))
    return cast(value, dtype)


_UNARY = {
    "aten.lgamma.default": lax.lgamma,
    "aten.digamma.default": _digamma,
    "aten.special_digamma.default": _digamma,
    "aten.erfc.default": lax.erfc,
    "aten.special_erfcx.default": _erfcx,
    "aten.i0.default": jss.i0,
    "aten.special_i0e.default": jss.i0e,
    "aten.special_i1.default": jss.i1,
    "aten.special_i1e.default": jss.i1e,
    "aten.special_ndtri.default": jss.ndtri,
    "aten.special_log_ndtr.default": jss.log_ndtr,
    "aten.special_entr.default": jss.entr,
    "aten.special_spherical_bessel_j0.default": lambda x: jnp.where(x == 0, jnp.ones((), x.dtype), jnp.sin(x) / x),
}
for _op, _fn in _UNARY.items():
    lowers(_op)(unary(_fn))


@lowers("aten.polygamma.default")
def polygamma(ctx, n: int, x: jax.Array) -> jax.Array:
    """digamma for n = 0, trigamma for n = 1, else (-1)^(n+1) n! zeta(n + 1, x) as torch computes it: n! as
    exp(lgamma(n + 1)) and zeta rounded to the result dtype before the product."""
    d = ctx.out_dtype
    acc = acc_dtype(d)
    x = cast(x, acc)
    if n == 0:
        return cast(_digamma(x), d)
    if n == 1:
        return cast(_trigamma(x), d)
    factorial = jnp.exp(lax.lgamma(jnp.asarray(n + 1, acc)))
    zeta = cast(cast(_zeta(jnp.full_like(x, n + 1), x, widen=d == jnp.float32), d), acc)
    return cast((1.0 if n % 2 else -1.0) * factorial * zeta, d)


@lowers("aten.special_ndtr.default")
def ndtr(ctx, x: jax.Array) -> jax.Array:
    """torch's composite (1 + erf(x / sqrt(2))) * 0.5, every step rounded to the result dtype as eager torch does
    (in half precision that loses the small tail values, and so must we)."""
    d = ctx.out_dtype
    acc = acc_dtype(d)

    def rounded(v):
        return cast(cast(v, d), acc)

    t = rounded(cast(x, acc) / math.sqrt(2.0))
    e = rounded(lax.erf(t))
    return cast(rounded(1.0 + e) * 0.5, d)


@lowers("aten.mvlgamma.default")
def mvlgamma(ctx, x, p):
    d = ctx.out_dtype
    return cast(jss.multigammaln(cast(x, acc_dtype(d)), p), d)


def _binary(fn):
    def lowering(ctx, x, other):
        d = ctx.out_dtype
        acc = acc_dtype(d)
        return cast(fn(*jnp.broadcast_arrays(cast(x, acc), cast(other, acc))), d)

    return lowering


lowers("aten.igamma.default", "aten.special_gammainc.default")(_binary(lax.igamma))
lowers("aten.igammac.default", "aten.special_gammaincc.default")(_binary(lax.igammac))
lowers("aten.special_zeta.default", "aten.special_zeta.other_scalar", "aten.special_zeta.self_scalar")(
    _binary(_zeta))
lowers("aten.special_xlog1py.default", "aten.special_xlog1py.other_scalar", "aten.special_xlog1py.self_scalar")(
    _binary(jss.xlog1py))
lowers("aten.xlogy.Tensor", "aten.xlogy.Scalar_Other", "aten.xlogy.Scalar_Self", "aten.special_xlogy.default")(
    _binary(jss.xlogy))


# --- orthogonal polynomials of integer degree n, by torch's recurrences ---------------------------------------------


def _recurrence(x, n, first, step):
    """p_n(x) from p_0 = 1, p_1 = ``first(x)`` and p_{k+1} = ``step(k, x, p_k, p_{k-1})``, elementwise in n."""
    one = jnp.ones_like(x)
    q0 = first(x)

    def cond(state):
        k, _, _ = state
        return jnp.any(k < n)

    def body(state):
        k, p, q = state
        r = step(k.astype(x.dtype), x, q, p)
        move = k < n
        return k + 1, jnp.where(move, q, p), jnp.where(move, r, q)

    k0 = jnp.ones_like(n)
    _, _, q = lax.while_loop(cond, body, (k0, one, q0))
    return jnp.where(n == 0, one, jnp.where(n == 1, q0, q))


def _polynomial(fn):
    def lowering(ctx, x, n):
        d = ctx.out_dtype
        acc = acc_dtype(d) if jnp.issubdtype(d, jnp.floating) else jnp.float64
        xv, nv = jnp.broadcast_arrays(cast(x, acc), cast(n, acc))
        ni = lax.convert_element_type(jnp.trunc(nv), jnp.int64)
        r = fn(xv, ni)
        return cast(jnp.where(ni < 0, jnp.zeros((), acc), r), d)

    return lowering


def _odd(n):
    return (n % 2) != 0


def _cheb_t(x, n):
    two = jnp.asarray(2, x.dtype)
    r = _recurrence(x, n, lambda v: v, lambda k, v, q, p: two * v * q - p)
    r = jnp.where((n > 6) & (jnp.abs(x) < 1), jnp.cos(n.astype(x.dtype) * jnp.arccos(x)), r)
    at_one = jnp.where((x > 0) | ~_odd(n), jnp.ones_like(x), -jnp.ones_like(x))
    return jnp.where(jnp.abs(x) == 1, at_one, r)


def _cheb_u(x, n):
    two = jnp.asarray(2, x.dtype)
    nf = n.astype(x.dtype)
    r = _recurrence(x, n, lambda v: two * v, lambda k, v, q, p: two * v * q - p)
    theta = jnp.arccos(x)
    big = jnp.where(jnp.sin(theta) != 0, jnp.sin((nf + 1) * theta) / jnp.sin(theta),
                    (nf + 1) * jnp.cos((nf + 1) * theta) / x)
    r = jnp.where((n > 8) & (jnp.abs(x) < 1), big, r)
    at_one = jnp.where((x > 0) | ~_odd(n), nf + 1, -(nf + 1))
    return jnp.where(jnp.abs(x) == 1, at_one, r)


def _cheb_v(x, n):
    two = jnp.asarray(2, x.dtype)
    nf = n.astype(x.dtype)
    r = _recurrence(x, n, lambda v: two * v - 1, lambda k, v, q, p: two * v * q - p)
    theta = jnp.arccos(x)
    odd_value = jnp.where(_odd(n), -(nf + nf + 1), nf + nf + 1)
    big = jnp.where(jnp.sin(theta / 2) != 1, jnp.cos((nf + 0.5) * theta) / jnp.cos(theta / 2), odd_value)
    r = jnp.where((n > 8) & (jnp.abs(x) < 1), big, r)
    at_one = jnp.where(x > 0, jnp.ones_like(x), odd_value)
    return jnp.where(jnp.abs(x) == 1, at_one, r)


def _cheb_w(x, n):
    two = jnp.asarray(2, x.dtype)
    nf = n.astype(x.dtype)
    r = _recurrence(x, n, lambda v: two * v + 1, lambda k, v, q, p: two * v * q - p)
    theta = jnp.arccos(x)
    sign = jnp.where(_odd(n), -jnp.ones_like(x), jnp.ones_like(x))
    edge = jnp.where(x > 0, nf + nf + 1, sign)
    big = jnp.where(jnp.cos(theta / 2) != 1, jnp.sin((nf + 0.5) * theta) / jnp.sin(theta / 2), edge)
    r = jnp.where((n > 8) & (jnp.abs(x) < 1), big, r)
    return jnp.where(jnp.abs(x) == 1, edge, r)


def _hermite_h(x, n):
    two = jnp.asarray(2, x.dtype)
    return _recurrence(x, n, lambda v: two * v, lambda k, v, q, p: two * v * q - two * k * p)


def _hermite_he(x, n):
    return _recurrence(x, n, lambda v: v, lambda k, v, q, p: v * q - k * p)


def _laguerre(x, n):
    one = jnp.ones((), x.dtype)
    r = _recurrence(x, n, lambda v: one - v, lambda k, v, q, p: ((k + k + (one - v)) * q - k * p) / (k + one))
    return jnp.where(x == 0, jnp.ones_like(x), r)


def _legendre(x, n):
    one = jnp.ones((), x.dtype)
    r = _recurrence(x, n, lambda v: v, lambda k, v, q, p: ((k + k + one) * v * q - k * p) / (k + one))
    at_one = jnp.where((x > 0) | (n == 1) | ~_odd(n), jnp.ones_like(x), -jnp.ones_like(x))
    return jnp.where(jnp.abs(x) == 1, at_one, r)


def _shifted(fn):
    return lambda x, n: fn(x + x - jnp.ones((), x.dtype), n)


_POLYNOMIALS = {
    "chebyshev_polynomial_t": _cheb_t, "chebyshev_polynomial_u": _cheb_u, "chebyshev_polynomial_v": _cheb_v,
    "chebyshev_polynomial_w": _cheb_w, "hermite_polynomial_h": _hermite_h, "hermite_polynomial_he": _hermite_he,
    "laguerre_polynomial_l": _laguerre, "legendre_polynomial_p": _legendre,
    "shifted_chebyshev_polynomial_t": _shifted(_cheb_t), "shifted_chebyshev_polynomial_u": _shifted(_cheb_u),
    "shifted_chebyshev_polynomial_v": _shifted(_cheb_v), "shifted_chebyshev_polynomial_w": _shifted(_cheb_w),
}
for _name, _fn in _POLYNOMIALS.items():
    lowers(f"aten.special_{_name}.default", f"aten.special_{_name}.x_scalar", f"aten.special_{_name}.n_scalar")(
        _polynomial(_fn))
