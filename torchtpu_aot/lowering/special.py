"""Lowerings for special functions (gamma family, error functions, Bessel functions, zeta), computed in float32
for half-precision results as torch does."""

from __future__ import annotations

import jax.numpy as jnp
import jax.scipy.special as jss
from jax import lax

from torchtpu_aot.lowering.elementwise import acc_dtype, cast
from torchtpu_aot.lowering.registry import lowers


def _unary(fn):
    def lowering(ctx, x):
        d = ctx.out_dtype
        return cast(fn(cast(x, acc_dtype(d))), d)

    lowering.__name__ = getattr(fn, "__name__", "special")
    return lowering


def _erfcx(x):
    return lax.exp(x * x) * lax.erfc(x)


def _digamma(x):
    """torch's digamma: -inf at zero (JAX gives NaN there), NaN at the negative integers."""
    return jnp.where(x == 0, jnp.asarray(-jnp.inf, x.dtype), lax.digamma(x))


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
    "aten.special_ndtr.default": jss.ndtr,
    "aten.special_log_ndtr.default": jss.log_ndtr,
    "aten.special_entr.default": jss.entr,
    "aten.special_bessel_j0.default": lambda x: jss.bessel_jn(x, v=0)[0],
    "aten.special_bessel_j1.default": lambda x: jss.bessel_jn(x, v=1)[1],
    "aten.special_modified_bessel_i0.default": jss.i0,
    "aten.special_modified_bessel_i1.default": jss.i1,
    "aten.special_spherical_bessel_j0.default": lambda x: jnp.where(x == 0, jnp.ones((), x.dtype), jnp.sin(x) / x),
}
for _op, _fn in _UNARY.items():
    lowers(_op)(_unary(_fn))


@lowers("aten.polygamma.default")
def polygamma(ctx, n, x):
    d = ctx.out_dtype
    acc = acc_dtype(d)
    if n == 0:
        return cast(_digamma(cast(x, acc)), d)
    return cast(jss.polygamma(n, cast(x, acc)), d)


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
    _binary(jss.zeta))
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
