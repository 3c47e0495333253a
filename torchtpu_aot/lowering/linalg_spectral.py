"""Lowerings for orthogonal and spectral decompositions (QR, Householder products, symmetric eigenproblems, SVD
and what builds on them), written as portable StableHLO loops: JAX's own CPU lowerings call LAPACK.

QR follows LAPACK's unblocked geqr2/dlarfg/org2r/orm2r step for step, so (a, tau), Q and R match LAPACK to
rounding. Eigenvalues come from cyclic Jacobi and singular values from one-sided (Hestenes) Jacobi, both
accurate to rounding; each Jacobi round rotates n/2 disjoint index pairs at once (round-robin ordering).
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.linalg_solve import iota_along, mT
from torchtpu_aot.lowering.registry import lowers

_MAX_SWEEPS = 30  # Jacobi converges quadratically: float64 needs about 10 sweeps; this only bounds the loop


def _matmul(a, b):
    """Batched matrix product in full precision (TPUs would otherwise round float32 operands to bfloat16)."""
    return jnp.matmul(a, b, precision=lax.Precision.HIGHEST)


def _eye(batch: tuple, rows: int, cols: int, dtype):
    return jnp.broadcast_to(jnp.eye(rows, cols, dtype=dtype), (*batch, rows, cols))


# ----------------------------------------------------------------------------------------------- Householder

def _reflector(col, i):
    """LAPACK dlarfg on col[i:]: the reflector H = I - tau v v^T with H col[i:] = (beta, 0, ...).

    Returns v (zero above row i, one at row i), tau and beta; beta = -sign(alpha) * ||col[i:]||, and an
    all-zero tail gives tau = 0 (H = I) and beta = alpha, as LAPACK does."""
    rows = iota_along(col.shape[-1], col.ndim - 1, col.ndim)
    alpha = jnp.sum(jnp.where(rows == i, col, 0), axis=-1)
    x = jnp.where(rows > i, col, 0)
    xnorm = jnp.sqrt(jnp.sum(x * x, axis=-1))
    reflect = xnorm != 0
    beta = -jnp.copysign(jnp.hypot(alpha, xnorm), alpha)
    safe_beta = jnp.where(reflect, beta, 1)
    tau = jnp.where(reflect, (beta - alpha) / safe_beta, 0)
    scale = jnp.where(reflect, 1 / jnp.where(reflect, alpha - beta, 1), 0)
    v = jnp.where(rows == i, jnp.ones_like(col), x * scale[..., None])
    return v, tau, jnp.where(reflect, beta, alpha)


def _reflect_left(c, v, tau):
    """H c = c - v (tau (v^T c)), in dlarf's operation order."""
    w = jnp.sum(v[..., :, None] * c, axis=-2)
    return c - v[..., :, None] * (tau[..., None] * w)[..., None, :]


def _reflect_right(c, v, tau):
    """c H = c - (c v) (tau v^T), in dlarf's operation order."""
    w = jnp.sum(c * v[..., None, :], axis=-1)
    return c - w[..., :, None] * (tau[..., None] * v)[..., None, :]


def _geqrf(a):
    """LAPACK geqr2: R on and above the diagonal, the reflectors' tails below it, and their tau."""
    m, n = a.shape[-2:]
    k = min(m, n)
    rows, cols = iota_along(m, a.ndim - 2, a.ndim - 1), iota_along(n, a.ndim - 1, a.ndim)
    k_idx = iota_along(k, a.ndim - 2, a.ndim - 1)

    def step(i, carry):
        a, taus = carry
        col = lax.dynamic_index_in_dim(a, i, axis=-1, keepdims=False)
        v, tau, beta = _reflector(col, i)
        a = jnp.where(cols > i, _reflect_left(a, v, tau), a)
        stored = jnp.where(rows < i, col, jnp.where(rows == i, beta[..., None], v))
        a = jnp.where(cols == i, stored[..., None], a)
        return a, jnp.where(k_idx == i, tau[..., None], taus)

    taus = jnp.zeros((*a.shape[:-2], k), a.dtype)
    return (a, taus) if k == 0 else lax.fori_loop(0, k, step, (a, taus))


def _stored_reflector(a, i):
    """Reflector i's v from geqrf's packed form: column i below the diagonal, one on it, zero above."""
    col = lax.dynamic_index_in_dim(a, i, axis=-1, keepdims=False)
    rows = iota_along(col.shape[-1], col.ndim - 1, col.ndim)
    return jnp.where(rows > i, col, jnp.where(rows == i, jnp.ones_like(col), 0))


def _apply_reflectors(a, tau, c, *, left: bool, transpose: bool):
    """LAPACK orm2r: Q c, Q^T c, c Q or c Q^T for Q = H_0 H_1 ... H_{k-1} held in geqrf form (a, tau)."""
    k = tau.shape[-1]
    backwards = left != transpose  # Q c and c Q^T apply H_{k-1} first
    reflect = _reflect_left if left else _reflect_right

    def step(j, c):
        i = k - 1 - j if backwards else j
        return reflect(c, _stored_reflector(a, i), lax.dynamic_index_in_dim(tau, i, axis=-1, keepdims=False))

    return c if k == 0 else lax.fori_loop(0, k, step, c)


def _orgqr(a, tau, cols: int):
    """LAPACK org2r: the first ``cols`` columns of Q = H_0 ... H_{k-1}."""
    m = a.shape[-2]
    return _apply_reflectors(a, tau, _eye(a.shape[:-2], m, cols, a.dtype), left=True, transpose=False)


@lowers("aten.geqrf.default")
def geqrf(ctx, a):
    return _geqrf(a)


@lowers("aten.linalg_householder_product.default")
def householder_product(ctx, a, tau):
    return _orgqr(a, tau, a.shape[-1])


@lowers("aten.ormqr.default")
def ormqr(ctx, a, tau, other, left=True, transpose=False):
    return _apply_reflectors(a, tau, other, left=left, transpose=transpose)


@lowers("aten.linalg_qr.default")
def linalg_qr(ctx, a, mode="reduced"):
    m, n = a.shape[-2:]
    k = min(m, n)
    packed, tau = _geqrf(a)
    r = jnp.triu(packed if mode == "complete" else packed[..., :k, :])
    if mode == "r":
        return jnp.zeros(ctx.out[0].shape, a.dtype), r
    return _orgqr(packed[..., :k], tau, m if mode == "complete" else k), r


# ----------------------------------------------------------------------------------------------------- Jacobi

def _round_robin(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Round-robin pairings of 0..n-1 (n even): n-1 rounds of n/2 disjoint pairs covering every pair once.

    Returns p, q of shape (rounds, n/2) and, per round, the permutation that puts the stacked rows (p rows, then
    q rows) back in index order."""
    players = list(range(n))
    ps, qs, inverse = [], [], []
    for _ in range(n - 1):
        half = n // 2
        p, q = players[:half], players[half:][::-1]
        pairs = sorted(zip(p, q), key=lambda pq: pq[0])
        p, q = [min(pq) for pq in pairs], [max(pq) for pq in pairs]
        ps.append(p)
        qs.append(q)
        inverse.append(np.argsort(np.array(p + q)))
        players = [players[0], players[-1], *players[1:-1]]
    return np.array(ps, np.int32), np.array(qs, np.int32), np.array(inverse, np.int32)


def _rotation(app, aqq, apq):
    """(c, s, t = s / c) of the Jacobi rotation that zeroes apq of the symmetric 2x2 [[app, apq], [apq, aqq]]
    (Golub & Van Loan's symSchur2, Rutishauser's stable form); identity where apq is zero."""
    rotate = apq != 0
    zeta = (aqq - app) / (2 * jnp.where(rotate, apq, 1))
    t = jnp.where(zeta >= 0, 1, -1) / (jnp.abs(zeta) + jnp.hypot(jnp.ones_like(zeta), zeta))
    t = jnp.where(rotate, t, 0)
    r2 = 1 + t * t
    c = lax.rsqrt(r2)
    # one Newton step: GPUs' rsqrt is off by an ulp with a bias, and a rotation with c^2 + s^2 != 1 scales its
    # pair; over thousands of rotations that bias would grow into the eigen- and singular values
    c = c * (1.5 - 0.5 * r2 * c * c)
    return c, t * c, t


def _rotate(x, p, q, inverse, c, s, axis: int):
    """Rotate the index pairs (p, q) of ``x`` along ``axis`` at once: x_p <- c x_p - s x_q, x_q <- s x_p + c x_q."""
    xp, xq = jnp.take(x, p, axis=axis), jnp.take(x, q, axis=axis)
    c, s = (t[..., :, None] if axis == x.ndim - 2 else t[..., None, :] for t in (c, s))
    return jnp.take(jnp.concatenate([c * xp - s * xq, s * xp + c * xq], axis=axis), inverse, axis=axis)


def _pad_even(x, axes: tuple):
    """Zero-pad ``axes`` to an even size: the extra index is a decoupled zero that no rotation touches."""
    n = x.shape[axes[0]]
    if n % 2 == 0:
        return x
    pad = [(0, 0, 0)] * x.ndim
    for axis in axes:
        pad[axis] = (0, 1, 0)
    return lax.pad(x, jnp.zeros((), x.dtype), pad)


def _sweeps(x, v, n: int, round_fn):
    """Cyclic threshold Jacobi: sweeps of n-1 round-robin rounds, ``round_fn(x, v, p, q, inverse) -> (x, v,
    rotated)``, until a sweep rotates nothing (or _MAX_SWEEPS)."""
    if n < 2:
        return x, v
    ps, qs, inverses = (jnp.asarray(t) for t in _round_robin(n))

    def one_round(r, carry):
        x, v, rotated = carry
        x, v, now = round_fn(x, v, *(lax.dynamic_index_in_dim(t, r, keepdims=False) for t in (ps, qs, inverses)))
        return x, v, rotated | now

    def sweep(carry):
        count, x, v, _ = carry
        return count + 1, *lax.fori_loop(0, n - 1, one_round, (x, v, jnp.bool_(False)))

    def go_on(carry):
        return (carry[0] < _MAX_SWEEPS) & carry[3]

    return lax.while_loop(go_on, sweep, (jnp.int32(0), x, v, jnp.bool_(True)))[1:3]


def _symmetric(a, lower: bool):
    """The symmetric matrix held in one triangle of ``a``, as LAPACK reads it."""
    tri = jnp.tril(a) if lower else jnp.triu(a)
    return tri + mT(jnp.tril(a, -1) if lower else jnp.triu(a, 1))


def _eigh(a, compute_v: bool = True):
    """Eigenvalues (ascending) and eigenvectors (columns) of symmetric ``a``, by cyclic two-sided Jacobi.

    A pair is rotated while |a_pq| > eps sqrt(|a_pp a_qq|) (relative accuracy, Demmel & Veselic); each rotation
    sets its a_pq to zero and its diagonal by the exact 2x2 formulas, so rounding cannot keep the loop going."""
    n = a.shape[-1]
    batch = a.shape[:-2]
    padded = _pad_even(a, (a.ndim - 2, a.ndim - 1))
    size = padded.shape[-1]
    eps = jnp.finfo(a.dtype).eps

    def round_fn(x, v, p, q, inverse):
        diag = jnp.diagonal(x, axis1=-2, axis2=-1)
        app, aqq = jnp.take(diag, p, axis=-1), jnp.take(diag, q, axis=-1)
        rows = jnp.take(x, p, axis=-2)
        apq = jnp.take_along_axis(rows, jnp.broadcast_to(q[:, None], (*rows.shape[:-1], 1)), axis=-1)[..., 0]
        needed = jnp.abs(apq) > eps * jnp.sqrt(jnp.abs(app)) * jnp.sqrt(jnp.abs(aqq))
        pivot = jnp.where(needed, apq, 0)
        c, s, t = _rotation(app, aqq, pivot)
        x = _rotate(_rotate(x, p, q, inverse, c, s, x.ndim - 2), p, q, inverse, c, s, x.ndim - 1)
        x = x.at[..., p, q].set(apq - pivot).at[..., q, p].set(apq - pivot)
        x = x.at[..., p, p].set(app - t * pivot).at[..., q, q].set(aqq + t * pivot)
        return x, _rotate(v, p, q, inverse, c, s, v.ndim - 1), jnp.any(needed)

    _, v = _sweeps(padded, _eye(batch, size, size, a.dtype), size, round_fn)
    # Rounded rotations leave V a little off orthogonal (more so where rsqrt is approximate, as on GPUs): the
    # eigenvalues are the Rayleigh quotients of V's unit columns, whose error is that deviation squared.
    v = v[..., :n, :n]
    v = v / jnp.sqrt(jnp.sum(v * v, axis=-2))[..., None, :]
    w = jnp.sum(v * _matmul(a, v), axis=-2)
    order = jnp.argsort(w, axis=-1, stable=True)
    w = jnp.take_along_axis(w, order, axis=-1)
    return w, (jnp.take_along_axis(v, order[..., None, :], axis=-1) if compute_v else None)


def _one_sided_jacobi(a):
    """Hestenes' one-sided Jacobi on the columns of ``a`` (m >= n): the V that makes A V's columns orthogonal.

    A pair is rotated while its columns' cosine exceeds sqrt(m) eps (LAPACK gesvj's threshold, the noise level
    of an m-term dot product) and neither column is below eps ||A|| (rounding noise of a rank-deficient A)."""
    m, n = a.shape[-2:]
    w = _pad_even(a, (a.ndim - 1,))
    size = w.shape[-1]
    eps = jnp.finfo(a.dtype).eps
    negligible = jnp.square(eps) * jnp.sum(a * a, axis=(-2, -1))[..., None]

    def round_fn(w, v, p, q, inverse):
        wp, wq = jnp.take(w, p, axis=-1), jnp.take(w, q, axis=-1)
        alpha, beta, gamma = (jnp.sum(x * y, axis=-2) for x, y in ((wp, wp), (wq, wq), (wp, wq)))
        needed = ((jnp.abs(gamma) > np.sqrt(m) * eps * jnp.sqrt(alpha) * jnp.sqrt(beta))
                  & (jnp.minimum(alpha, beta) > negligible))
        c, s, _ = _rotation(alpha, beta, jnp.where(needed, gamma, 0))
        w = _rotate(w, p, q, inverse, c, s, w.ndim - 1)
        return w, _rotate(v, p, q, inverse, c, s, v.ndim - 1), jnp.any(needed)

    _, v = _sweeps(w, _eye(a.shape[:-2], size, size, a.dtype), size, round_fn)
    return v[..., :n, :n]


def _svd(a, full_matrices: bool, compute_uv: bool):
    """U, S (descending), Vh of ``a``; U and Vh are None without ``compute_uv``.

    One-sided Jacobi gives V, and W = A V has orthogonal columns of norms S; U is then the Q of W's Householder QR
    with R's diagonal signs moved into it: orthonormal even where S is zero, and completed to m columns for
    ``full_matrices``. Wide matrices take the SVD of their transpose."""
    m, n = a.shape[-2:]
    if m < n:
        u, s, vh = _svd(mT(a), full_matrices, compute_uv)
        return (None if vh is None else mT(vh)), s, (None if u is None else mT(u))
    v = _one_sided_jacobi(a)
    # Rounded rotations leave V a little off orthogonal (more so where rsqrt is approximate, as on GPUs); the
    # singular values from A's product with V's unit columns have that error squared (Rayleigh quotients).
    v = v / jnp.sqrt(jnp.sum(v * v, axis=-2))[..., None, :]
    w = _matmul(a, v)
    s = jnp.sqrt(jnp.sum(w * w, axis=-2))
    order = jnp.argsort(-s, axis=-1, stable=True)
    s = jnp.take_along_axis(s, order, axis=-1)
    if not compute_uv:
        return None, s, None
    w, v = (jnp.take_along_axis(x, order[..., None, :], axis=-1) for x in (w, v))
    packed, tau = _geqrf(w)
    u = _orgqr(packed, tau, m if full_matrices else n)
    signs = jnp.where(jnp.diagonal(packed, axis1=-2, axis2=-1) < 0, -1, 1).astype(a.dtype)
    signs = jnp.concatenate([signs, jnp.ones((*signs.shape[:-1], u.shape[-1] - n), a.dtype)], axis=-1)
    return u * signs[..., None, :], s, mT(v)


def _empty_or(x, meta):
    """``x``, or zeros of torch's (empty) shape for an output torch does not compute."""
    return jnp.zeros(meta.shape, meta.dtype) if x is None else x


@lowers("aten._linalg_eigh.default")
def linalg_eigh(ctx, a, UPLO="L", compute_v=True):  # noqa: N803  (torch's argument name)
    w, v = _eigh(_symmetric(a, UPLO == "L"), compute_v)
    return w, _empty_or(v, ctx.out[1])


@lowers("aten._linalg_svd.default")
def linalg_svd(ctx, a, full_matrices=False, compute_uv=True, *, driver=None):
    u, s, vh = _svd(a, full_matrices, compute_uv)
    return _empty_or(u, ctx.out[0]), s, _empty_or(vh, ctx.out[2])


def _default_tolerances(a, atol, rtol):
    """torch's get_atol_rtol: atol 0; rtol eps * max(m, n), or 0 when only a positive atol is given."""
    zero = jnp.zeros((), a.dtype)
    if rtol is None:
        default = jnp.asarray(jnp.finfo(a.dtype).eps * max(a.shape[-2:]), a.dtype)
        rtol = default if atol is None else jnp.where(atol > 0, zero, default)
    return (zero if atol is None else atol), rtol


@lowers("aten.linalg_pinv.atol_rtol_tensor")
def linalg_pinv(ctx, a, *, atol=None, rtol=None, hermitian=False):
    """torch's rule: invert the singular values (|eigenvalues|) above max(atol, rtol * the largest), zero the rest."""
    atol, rtol = _default_tolerances(a, atol, rtol)
    if hermitian:
        values, u = _eigh(_symmetric(a, lower=True))
        vh = mT(u)
        magnitude = jnp.abs(values)
    else:
        u, values, vh = _svd(a, full_matrices=False, compute_uv=True)
        magnitude = values
    largest = jnp.max(magnitude, axis=-1, keepdims=True, initial=0)
    tol = jnp.maximum(atol[..., None], rtol[..., None] * largest).astype(a.dtype)
    inverse = jnp.where(magnitude > tol, 1 / jnp.where(magnitude > tol, values, 1), 0).astype(a.dtype)
    return _matmul(mT(vh) * inverse[..., None, :], mT(u))


def _symmetrized(x):
    """(x + x^T) / 2: exactly symmetric, as torch's results are."""
    return (x + mT(x)) / 2


@lowers("aten.linalg_polar.default")
def linalg_polar(ctx, a):
    """A = U H with U = W Vh (the orthogonal factor of A = W S Vh) and H = V S Vh."""
    w, s, vh = _svd(a, full_matrices=False, compute_uv=True)
    return _matmul(w, vh), _symmetrized(_matmul(mT(vh) * s[..., None, :], vh))


@lowers("aten.linalg_matrix_sqrth.default")
def linalg_matrix_sqrth(ctx, a):
    """Q sqrt(L) Q^T from the lower triangle's eigendecomposition; negative eigenvalues count as zero."""
    values, q = _eigh(_symmetric(a, lower=True))
    root = jnp.sqrt(jnp.maximum(values, 0))
    return _symmetrized(_matmul(q * root[..., None, :], mT(q)))
