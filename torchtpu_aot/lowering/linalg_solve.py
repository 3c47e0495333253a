"""Lowerings for linear solvers and factorizations (Cholesky, LU, triangular solves, inverses, determinants),
written as portable StableHLO loops: JAX's own CPU lowerings call LAPACK, which an artifact may not contain.

Each factorization is one ``lax.fori_loop`` over columns (a ``stablehlo.while``) whose body updates the whole
trailing matrix at once with masks, so leading batch dims ride along for free. The loops follow LAPACK's
unblocked algorithms (getf2, potf2, trsm) so pivots and rounding track eager torch.

Composite ops (linalg_solve, linalg_inv, linalg_cholesky, ...) are lowered whole: torch's decompositions
of them add ``_linalg_check_errors`` side effects that a serving program cannot raise.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from torchtpu_aot.lowering.linalg import dot
from torchtpu_aot.lowering.registry import lowers

# ----------------------------------------------------------------------------------------------------------
# Small array helpers
# ----------------------------------------------------------------------------------------------------------


def mT(x: jax.Array) -> jax.Array:
    """x with its last two dims swapped."""
    return jnp.swapaxes(x, -1, -2)


def _row(x, i):
    """Row ``i`` (a traced index) of the last two dims."""
    return lax.dynamic_index_in_dim(x, i, axis=x.ndim - 2, keepdims=False)


def _col(x, j):
    """Column ``j`` (a traced index) of the last two dims."""
    return lax.dynamic_index_in_dim(x, j, axis=x.ndim - 1, keepdims=False)


def iota_along(n: int, axis: int, ndim: int = 2) -> jax.Array:
    """0..n-1 along ``axis`` of an ``ndim``-dim int32 array of size 1 elsewhere, for index masks."""
    shape = [1] * ndim
    shape[axis] = n
    return lax.broadcasted_iota(np.int32, tuple(shape), axis)


def _loop(count: int, body, init):
    """fori_loop with an int32 index, so indices and info codes stay int32 under x64. No loop at all for an
    empty matrix: its body's one-element slices would not fit a zero-length axis."""
    if count == 0:
        return init
    return lax.fori_loop(np.int32(0), np.int32(count), body, init)


def _matmul(a, b):
    """Batched a @ b with torch's precision (batch dims of a and b already equal)."""
    batch = tuple(range(a.ndim - 2))
    return dot(a, b, ((a.ndim - 1,), (b.ndim - 2,)), (batch, batch), out_dtype=a.dtype)


def _broadcast_batch(x, batch: tuple):
    """x with its leading (batch) dims broadcast to ``batch``; the last two dims are kept."""
    return jnp.broadcast_to(x, tuple(batch) + x.shape[-2:])


def _eye_like(a):
    n = a.shape[-1]
    return jnp.broadcast_to(jnp.eye(n, dtype=a.dtype), a.shape)


def _symmetrize(x, lower: bool):
    """Mirror one triangle onto the other, as LAPACK's potri results are completed in torch."""
    tri = jnp.tril(x) if lower else jnp.triu(x)
    return tri + mT(jnp.tril(x, -1) if lower else jnp.triu(x, 1))


# ----------------------------------------------------------------------------------------------------------
# Triangular solves
# ----------------------------------------------------------------------------------------------------------


def solve_triangular(a: jax.Array, b: jax.Array, *, lower: bool, left: bool = True,
                     unit_diagonal: bool = False) -> jax.Array:
    """Solve ``a @ x = b`` (left) or ``x @ a = b`` for triangular ``a``, batch dims already broadcast.

    Only ``a``'s ``lower`` (or upper) triangle is read; ``unit_diagonal`` takes its diagonal as ones. Column
    substitution with division by the diagonal, like BLAS trsm.
    """
    if not left:
        return mT(solve_triangular(mT(a), mT(b), lower=not lower, unit_diagonal=unit_diagonal))
    n = a.shape[-1]
    rows = iota_along(n, 0)[:, :1]  # (n, 1)

    def step(s, x):
        j = s if lower else n - 1 - s
        a_col = _col(a, j)                                      # (..., n)
        xj = _row(x, j)                                         # (..., k)
        if not unit_diagonal:
            xj = xj / lax.dynamic_index_in_dim(a_col, j, axis=a_col.ndim - 1)
        rest = (rows > j) if lower else (rows < j)
        x = jnp.where(rest, x - a_col[..., :, None] * xj[..., None, :], x)
        return lax.dynamic_update_index_in_dim(x, xj, j, axis=x.ndim - 2)

    return _loop(n, step, b)


# ----------------------------------------------------------------------------------------------------------
# Cholesky
# ----------------------------------------------------------------------------------------------------------


def cholesky(a: jax.Array) -> tuple[jax.Array, jax.Array]:
    """Lower Cholesky factor of ``a`` (only its lower triangle is read) and LAPACK potrf's info (int32).

    A batch element whose leading minor j is not positive definite gets info = j and stops updating there.
    """
    n = a.shape[-1]
    rows, cols = iota_along(n, 0), iota_along(n, 1)
    info0 = jnp.zeros(a.shape[:-2], np.int32)

    def step(j, carry):
        x, info = carry
        d = lax.dynamic_index_in_dim(_col(x, j), j, axis=x.ndim - 2)[..., 0]
        info = jnp.where((info == 0) & ~(d > 0), j + 1, info)
        root = jnp.sqrt(d)[..., None]
        col = jnp.where(rows[:, 0] > j, _col(x, j) / root, root)   # L[j:, j]
        trailing = (rows > j) & (cols > j) & (cols <= rows)
        updated = jnp.where(trailing, x - col[..., :, None] * col[..., None, :], x)
        updated = jnp.where((cols == j) & (rows >= j), col[..., :, None], updated)
        return jnp.where((info == 0)[..., None, None], updated, x), info

    factor, info = _loop(n, step, (a, info0))
    return jnp.tril(factor), info


def _lower_factor(a, upper: bool):
    """Cholesky as torch returns it: L (lower) or U = L^T read from a's upper triangle."""
    factor, info = cholesky(mT(a) if upper else a)
    return (mT(factor) if upper else factor), info


def cholesky_solve(factor: jax.Array, b: jax.Array, *, upper: bool) -> jax.Array:
    """Solve ``(L L^T) x = b`` (or ``(U^T U) x = b``) from a Cholesky factor, batch dims already broadcast."""
    lower = factor if not upper else mT(factor)
    y = solve_triangular(lower, b, lower=True)
    return solve_triangular(mT(lower), y, lower=False)


@lowers("aten.linalg_cholesky_ex.default")
def linalg_cholesky_ex(ctx, a, *, upper=False, check_errors=False):
    return _lower_factor(a, upper)


@lowers("aten.linalg_cholesky.default")
def linalg_cholesky(ctx, a, *, upper=False):
    return _lower_factor(a, upper)[0]


@lowers("aten.cholesky_solve.default")
def cholesky_solve_op(ctx, b, factor, upper=False):
    batch = ctx.out_shape[:-2]
    return cholesky_solve(_broadcast_batch(factor, batch), _broadcast_batch(b, batch), upper=upper)


@lowers("aten.cholesky_inverse.default")
def cholesky_inverse(ctx, factor, upper=False):
    inverse = cholesky_solve(factor, _eye_like(factor), upper=upper)
    return _symmetrize(inverse, lower=not upper)


# ----------------------------------------------------------------------------------------------------------
# Triangular-solve ops
# ----------------------------------------------------------------------------------------------------------


@lowers("aten.triangular_solve.default")
def triangular_solve(ctx, b, a, upper=True, transpose=False, unitriangular=False):
    batch = ctx.out[0].shape[:-2]
    a = _broadcast_batch(a, batch)
    coefficient = mT(a) if transpose else a
    x = solve_triangular(coefficient, _broadcast_batch(b, batch), lower=upper == transpose,
                         unit_diagonal=unitriangular)
    return x, jnp.broadcast_to(a, ctx.out[1].shape)


@lowers("aten.linalg_solve_triangular.default")
def linalg_solve_triangular(ctx, a, b, *, upper, left=True, unitriangular=False):
    batch = ctx.out_shape[:-2]
    return solve_triangular(_broadcast_batch(a, batch), _broadcast_batch(b, batch), lower=not upper, left=left,
                            unit_diagonal=unitriangular)


# ----------------------------------------------------------------------------------------------------------
# LU
# ----------------------------------------------------------------------------------------------------------


def lu_factor(a: jax.Array, *, pivot: bool = True) -> tuple[jax.Array, jax.Array, jax.Array]:
    """LU with partial pivoting as LAPACK getrf: returns (LU, 1-based int32 pivots, int32 info).

    Pivot j is the first row of largest |value| at or below the diagonal; a zero pivot sets info (first one
    only) and leaves its column unscaled, as getf2 does.
    """
    m, n = a.shape[-2:]
    k = min(m, n)
    rows, cols = iota_along(m, 0), iota_along(n, 1)
    batch = a.shape[:-2]
    pivots0 = jnp.broadcast_to(jnp.arange(1, k + 1, dtype=np.int32), batch + (k,))

    def step(j, carry):
        x, pivots, info = carry
        if pivot:
            magnitude = jnp.where(rows[:, 0] >= j, jnp.abs(_col(x, j)), -1)
            p = jnp.argmax(magnitude, axis=-1).astype(np.int32)          # (...,)
            x = _swap_rows(x, j, p, rows)
            pivots = lax.dynamic_update_index_in_dim(pivots, (p + 1)[..., None], j, axis=pivots.ndim - 1)
        column = _col(x, j)
        diagonal = lax.dynamic_index_in_dim(column, j, axis=column.ndim - 1)     # (..., 1)
        info = jnp.where((info == 0) & (diagonal[..., 0] == 0), j + 1, info)
        scale = jnp.where(diagonal != 0, 1 / diagonal, jnp.ones_like(diagonal))
        multipliers = jnp.where(rows[:, 0] > j, column * scale, column)
        u = _row(x, j)
        x = jnp.where((rows > j) & (cols > j), x - multipliers[..., :, None] * u[..., None, :], x)
        return lax.dynamic_update_index_in_dim(x, multipliers[..., :, None], j, axis=x.ndim - 1), pivots, info

    return _loop(k, step, (a, pivots0, jnp.zeros(batch, np.int32)))


def _swap_rows(x, j, p, rows):
    """Swap row j (a scalar) with row p (one per batch element)."""
    row_j = _row(x, j)
    row_p = jnp.take_along_axis(x, p[..., None, None], axis=x.ndim - 2)[..., 0, :]
    at_p = rows == p[..., None, None]
    return jnp.where(rows == j, row_p[..., None, :], jnp.where(at_p, row_j[..., None, :], x))


def pivots_to_permutation(pivots: jax.Array, m: int) -> jax.Array:
    """The row order LAPACK's sequential swaps produce: row i of P^T A is row ``perm[i]`` of A (0-based)."""
    perm0 = jnp.broadcast_to(jnp.arange(m, dtype=np.int32), pivots.shape[:-1] + (m,))
    positions = jnp.arange(m, dtype=np.int32)

    def step(i, perm):
        target = lax.dynamic_index_in_dim(pivots, i, axis=pivots.ndim - 1) - 1     # (..., 1)
        at_i = lax.dynamic_index_in_dim(perm, i, axis=perm.ndim - 1)
        at_target = jnp.take_along_axis(perm, target, axis=-1)
        swapped = jnp.where(positions == target, at_i, perm)
        return jnp.where(positions == i, at_target, swapped)

    return _loop(pivots.shape[-1], step, perm0)


def _unit_lower(lu, k: int):
    """L (m x k, unit diagonal) from a packed LU."""
    low = jnp.tril(lu[..., :, :k], -1)
    return low + jnp.eye(lu.shape[-2], k, dtype=lu.dtype)


def lu_solve(lu: jax.Array, pivots: jax.Array, b: jax.Array, *, left: bool = True,
             adjoint: bool = False) -> jax.Array:
    """Solve ``A x = b`` (``A^T x = b`` when adjoint; ``x A = b`` when not left) from getrf's LU and pivots."""
    if not left:
        return mT(lu_solve(lu, pivots, mT(b), adjoint=not adjoint))
    perm = pivots_to_permutation(pivots, lu.shape[-2])[..., :, None]
    if not adjoint:
        y = solve_triangular(lu, jnp.take_along_axis(b, perm, axis=-2), lower=True, unit_diagonal=True)
        return solve_triangular(lu, y, lower=False)
    y = solve_triangular(mT(lu), b, lower=True)
    z = solve_triangular(mT(lu), y, lower=False, unit_diagonal=True)
    inverse = jnp.argsort(perm, axis=-2).astype(np.int32)
    return jnp.take_along_axis(z, inverse, axis=-2)


def _permutation_matrix(pivots, m: int, dtype):
    """P with A = P L U: P[perm[i], i] = 1."""
    perm = pivots_to_permutation(pivots, m)
    return (perm[..., None, :] == iota_along(m, 0)).astype(dtype)


def _unpack(lu, pivots, out):
    """(P, L, U) from a packed LU; parts torch returns empty (unpack_data/unpack_pivots False) stay empty."""
    m, n = lu.shape[-2:]
    k = min(m, n)
    p_meta, l_meta, u_meta = out
    empty = [math.prod(meta.shape) == 0 and len(meta.shape) != lu.ndim for meta in out]
    p = jnp.zeros(p_meta.shape, p_meta.dtype) if empty[0] else _permutation_matrix(pivots, m, p_meta.dtype)
    if empty[1]:
        return p, jnp.zeros(l_meta.shape, l_meta.dtype), jnp.zeros(u_meta.shape, u_meta.dtype)
    return p, _unit_lower(lu, k), jnp.triu(lu[..., :k, :])


@lowers("aten.linalg_lu_factor_ex.default", "aten._lu_with_info.default")
def linalg_lu_factor_ex(ctx, a, pivot=True, check_errors=False):
    return lu_factor(a, pivot=pivot)


@lowers("aten.linalg_lu_factor.default")
def linalg_lu_factor(ctx, a, *, pivot=True):
    return lu_factor(a, pivot=pivot)[:2]


@lowers("aten.linalg_lu.default")
def linalg_lu(ctx, a, *, pivot=True):
    lu, pivots, _ = lu_factor(a, pivot=pivot)
    return _unpack(lu, pivots, ctx.out)


@lowers("aten.lu_unpack.default")
def lu_unpack(ctx, lu, pivots, unpack_data=True, unpack_pivots=True):
    return _unpack(lu, pivots.astype(np.int32), ctx.out)


def _lu_solve_broadcast(ctx, lu, pivots, b, left: bool, adjoint: bool):
    batch = ctx.out_shape[:-2]
    pivots = jnp.broadcast_to(pivots.astype(np.int32), tuple(batch) + pivots.shape[-1:])
    return lu_solve(_broadcast_batch(lu, batch), pivots, _broadcast_batch(b, batch), left=left, adjoint=adjoint)


@lowers("aten.linalg_lu_solve.default")
def linalg_lu_solve(ctx, lu, pivots, b, *, left=True, adjoint=False):
    return _lu_solve_broadcast(ctx, lu, pivots, b, left, adjoint)


@lowers("aten.lu_solve.default")
def legacy_lu_solve(ctx, b, lu, pivots):
    return _lu_solve_broadcast(ctx, lu, pivots, b, True, False)


# ----------------------------------------------------------------------------------------------------------
# Solve and inverse
# ----------------------------------------------------------------------------------------------------------


def _is_vector_rhs(a, b) -> bool:
    """torch's rule: B is a (batch of) vector(s) if 1-D, or if its shape is A's without the last dim."""
    return b.ndim == 1 or (b.ndim == a.ndim - 1 and tuple(b.shape) == tuple(a.shape[:-1]))


def solve(a: jax.Array, b: jax.Array, *, left: bool = True) -> tuple[jax.Array, ...]:
    """torch.linalg.solve_ex's computation: (x, LU, pivots, info), LU of A itself as torch returns it."""
    vector = _is_vector_rhs(a, b)
    rhs = jnp.expand_dims(b, -1 if left else -2) if vector else b
    batch = jnp.broadcast_shapes(a.shape[:-2], rhs.shape[:-2])
    lu, pivots, info = lu_factor(a)
    x = lu_solve(_broadcast_batch(lu, batch), jnp.broadcast_to(pivots, tuple(batch) + pivots.shape[-1:]),
                 _broadcast_batch(rhs, batch), left=left)
    return (jnp.squeeze(x, -1 if left else -2) if vector else x), lu, pivots, info


@lowers("aten._linalg_solve_ex.default")
def linalg_solve_ex_private(ctx, a, b, *, left=True, check_errors=False):
    return solve(a, b, left=left)


@lowers("aten.linalg_solve_ex.default")
def linalg_solve_ex(ctx, a, b, *, left=True, check_errors=False):
    x, _, _, info = solve(a, b, left=left)
    return x, info


@lowers("aten.linalg_solve.default")
def linalg_solve(ctx, a, b, *, left=True):
    return solve(a, b, left=left)[0]


def inverse(a: jax.Array) -> tuple[jax.Array, jax.Array]:
    """(A^-1, info) the way torch computes it: linalg.solve(A, I)."""
    x, _, _, info = solve(a, _eye_like(a))
    return x, info


@lowers("aten.linalg_inv_ex.default")
def linalg_inv_ex(ctx, a, *, check_errors=False):
    return inverse(a)


@lowers("aten.linalg_inv.default", "aten.inverse.default")
def linalg_inv(ctx, a):
    return inverse(a)[0]


@lowers("aten.linalg_tensorinv.default")
def linalg_tensorinv(ctx, a, ind=2):
    rows = math.prod(a.shape[:ind])
    return inverse(a.reshape(rows, -1))[0].reshape(ctx.out_shape)


@lowers("aten.linalg_tensorsolve.default")
def linalg_tensorsolve(ctx, a, b, dims=None):
    if dims is not None:
        moved = [d % a.ndim for d in dims]
        a = jnp.transpose(a, [d for d in range(a.ndim) if d not in moved] + moved)
    size = math.prod(a.shape[b.ndim:])
    return solve(a.reshape(-1, size), b.reshape(-1))[0].reshape(ctx.out_shape)


# ----------------------------------------------------------------------------------------------------------
# Determinants
# ----------------------------------------------------------------------------------------------------------


def _det_factors(a):
    """LU of A^T (torch factors the transpose of a contiguous A), its diagonal and the permutation's sign."""
    lu, pivots, _ = lu_factor(mT(a))
    swaps = jnp.sum(pivots != jnp.arange(1, pivots.shape[-1] + 1, dtype=np.int32), axis=-1)
    sign = jnp.where(swaps % 2 == 1, -1, 1).astype(a.dtype)
    return lu, pivots, jnp.diagonal(lu, axis1=-2, axis2=-1), sign


def det(a: jax.Array) -> tuple[jax.Array, ...]:
    """(det, LU, pivots) as aten._linalg_det."""
    lu, pivots, diagonal, sign = _det_factors(a)
    return sign * jnp.prod(diagonal, axis=-1), lu, pivots


def slogdet(a: jax.Array) -> tuple[jax.Array, ...]:
    """(sign, log|det|, LU, pivots) as aten._linalg_slogdet."""
    lu, pivots, diagonal, sign = _det_factors(a)
    sign = sign * jnp.prod(jnp.sign(diagonal), axis=-1)
    return sign, jnp.sum(jnp.log(jnp.abs(diagonal)), axis=-1), lu, pivots


@lowers("aten._linalg_det.default")
def linalg_det_private(ctx, a):
    return det(a)


@lowers("aten.linalg_det.default", "aten.det.default")
def linalg_det(ctx, a):
    return det(a)[0]


@lowers("aten._linalg_slogdet.default")
def linalg_slogdet_private(ctx, a):
    return slogdet(a)


@lowers("aten.linalg_slogdet.default", "aten.slogdet.default")
def linalg_slogdet(ctx, a):
    return slogdet(a)[:2]


@lowers("aten.logdet.default")
def logdet(ctx, a):
    sign, logabsdet, _, _ = slogdet(a)
    return jnp.where(sign == -1, jnp.nan, logabsdet).astype(a.dtype)


# ----------------------------------------------------------------------------------------------------------
# Matrix exponential: torch's optimized Taylor polynomials of degree 1, 2, 4, 8, 12, 18 (Bader, Blanes and
# Casas 2019), the degree picked per matrix by its 1-norm, with scaling and squaring past degree 18.
# ----------------------------------------------------------------------------------------------------------

_MEXP_THETAS = {
    np.dtype(np.float32): (1.192092800768788e-07, 5.978858893805233e-04, 5.116619363445086e-02,
                           5.800524627688768e-01, 1.461661507209034e+00, 3.010066362817634e+00),
    np.dtype(np.float64): (2.220446049250313e-16, 2.580956802971767e-08, 3.397168839976962e-04,
                           4.991228871115323e-02, 2.996158913811580e-01, 1.090863719290036e+00),
}
_T12 = ((9.0198e-16, 0.46932117595418237389, -0.20099424927047284052, -0.04623946134063071740),
        (5.31597895759871264183, 1.19926790417132231573, 0.01179296240992997031, 0.01108844528519167989),
        (0.18188869982170434744, 0.05502798439925399070, 0.09351590770535414968, 0.00610700528898058230),
        (-2.0861320e-13, -0.13181061013830184015, -0.02027855540589259079, -0.00675951846863086359))
_T18 = ((0., -1.00365581030144618291e-01, -8.02924648241156932449e-03, -8.92138498045729985177e-04, 0.),
        (0., 3.97849749499645077844e-01, 1.36783778460411720168e+00, 4.98289622525382669416e-01,
         -6.37898194594723280150e-04),
        (-1.09676396052962061844e+01, 1.68015813878906206114e+00, 5.71779846478865511061e-02,
         -6.98210122488052056106e-03, 3.34975017086070470649e-05),
        (-9.04316832390810593223e-02, -6.76404519071381882256e-02, 6.75961301770459654925e-02,
         2.95552570429315521194e-02, -1.39180257516060693404e-05),
        (0., 0., -9.23364619367118555360e-02, -1.69364939002081722752e-02, -1.40086798182036094347e-05))


def _combine(terms, coefficients):
    """sum_j c_j * terms[j], accumulated in order from zero like torch's _compute_linear_combination."""
    total = jnp.zeros_like(terms[0])
    for term, c in zip(terms, coefficients):
        total = total + jnp.asarray(c, term.dtype) * term
    return total


def _powers(a):
    """[I, A, A^2, A^3, A^6], the products torch's polynomials are built from."""
    a2 = _matmul(a, a)
    a3 = _matmul(a, a2)
    return [_eye_like(a), a, a2, a3, _matmul(a3, a3)]


def _t8_coefficients(dtype):
    """T8's constants, rounded the way torch's constexpr scalar_t expressions round them."""
    f = np.dtype(dtype).type
    s, x3 = float(f(0.1330413469565007072504e+2)), float(f(2. / 3.))
    return {"x1": f(x3 * ((1. + s) / 88.)), "x2": f(x3 * ((1. + s) / 352.)), "x3": f(x3),
            "x4": f((-271. + 29. * s) / (315. * x3)), "x5": f((-11. + 11. * s) / (1260. * x3)),
            "x6": f((-99. + 11. * s) / (5040. * x3)), "x7": f((89. - s) / (5040. * x3)),
            "y2": f((857. - 58. * s) / 630.)}


def _taylor_low(p):
    """Degrees 1, 2, 4 and 8 from the shared powers p = [I, A, A^2, A^3, A^6]."""
    eye, a, a2 = p[:3]
    t1 = eye + a
    t2 = _combine([eye, a, a2 / 2], (1, 1, 1))
    t4 = _combine([eye, a, _matmul(a2, _combine([eye, a, a2], (1 / 2, 1 / 6, 1 / 24)))], (1, 1, 1))
    c = _t8_coefficients(a.dtype)
    a4 = _matmul(a2, _combine([a, a2], (c["x1"], c["x2"])))
    a8 = _matmul(_combine([a2, a4], (c["x3"], 1)), _combine([eye, a, a2, a4], (c["x4"], c["x5"], c["x6"], c["x7"])))
    t8 = _combine([eye, a, a2, a8], (1, 1, c["y2"], 1))
    return [t1, t2, t4, t8]


def _taylor12(p):
    b = [_combine(p[:4], row) for row in _T12]
    b2 = b[2] + _matmul(b[3], b[3])
    return b[0] + _matmul(b[1] + b2, b2)


def _taylor18(p):
    b = [_combine(p, row) for row in _T18]
    b3 = b[3] + _matmul(b[0], b[4])
    return b[1] + _matmul(b[2] + b3, b3)


def _scaled_taylor18(a, norm, theta):
    """exp(A) = T18(A / 2^s)^(2^s) with s = max(0, ceil(log2(|A|_1 / theta))), s per matrix."""
    s = jnp.maximum(0, jnp.ceil(jnp.log2(norm / jnp.asarray(theta, a.dtype))))
    s = jnp.where(jnp.isfinite(s), s, 0).astype(np.int32)
    result = _taylor18(_powers(a / jnp.exp2(s.astype(a.dtype))[..., None, None]))

    def square(carry):
        step, x = carry
        return step + 1, jnp.where((step < s)[..., None, None], _matmul(x, x), x)

    _, result = lax.while_loop(lambda carry: carry[0] < jnp.max(s, initial=0), square, (np.int32(0), result))
    return result


def matrix_exp(a: jax.Array) -> jax.Array:
    """exp of each square matrix in ``a``, by torch's degree-selection scheme. Half-precision inputs are computed
    in float32 (torch's own half kernel reads its double coefficients as halves and returns NaN)."""
    if np.dtype(a.dtype) not in _MEXP_THETAS:
        return matrix_exp(a.astype(np.float32)).astype(a.dtype)
    n = a.shape[-1]
    if n == 1:
        return jnp.exp(a)
    if n == 0:
        return a
    thetas = _MEXP_THETAS[np.dtype(a.dtype)]
    norm = jnp.max(jnp.sum(jnp.abs(a), axis=-2), axis=-1)
    degree = sum((norm > jnp.asarray(t, a.dtype)).astype(np.int32) for t in thetas[:5])
    degree = jnp.where(norm >= jnp.asarray(thetas[4], a.dtype), 5, degree)
    p = _powers(a)
    candidates = [*_taylor_low(p), _taylor12(p), _scaled_taylor18(a, norm, thetas[5])]
    return lax.select_n(jnp.broadcast_to(degree[..., None, None], a.shape), *candidates)


@lowers("aten.linalg_matrix_exp.default", "aten.matrix_exp.default")
def linalg_matrix_exp(ctx, a):
    return matrix_exp(a)


# ----------------------------------------------------------------------------------------------------------
# LDL^T with Bunch-Kaufman pivoting: LAPACK sytf2 (lower), which sytrf runs for matrices under its block size,
# and sytrs. One matrix per loop (1x1 or 2x2 steps differ between matrices); batches go through vmap.
# ----------------------------------------------------------------------------------------------------------

_BUNCH_KAUFMAN_ALPHA = (1 + math.sqrt(17)) / 8


def _over_batch(fn, *arrays):
    """Apply a one-matrix function to every matrix of a batch (leading dims of each array flattened)."""
    batch = arrays[0].shape[:-2]
    flat = [x.reshape((-1,) + x.shape[len(batch):]) for x in arrays]
    results = jax.vmap(fn)(*flat)
    return jax.tree.map(lambda r: r.reshape(tuple(batch) + r.shape[1:]), results)


def _at(x, i, j):
    return lax.dynamic_index_in_dim(lax.dynamic_index_in_dim(x, i, 0, keepdims=False), j, 0, keepdims=False)


def _bunch_kaufman_pivot(a, k, rows, cols):
    """sytf2's choice at column k: (interchange row kp, step 1 or 2, whether the column is zero)."""
    alpha = jnp.asarray(_BUNCH_KAUFMAN_ALPHA, a.dtype)
    absakk = jnp.abs(_at(a, k, k))
    below = jnp.where(rows[:, 0] > k, jnp.abs(_col(a, k)), -1)
    imax = jnp.argmax(below).astype(np.int32)
    colmax = jnp.maximum(below[imax], 0)
    zero = (jnp.maximum(absakk, colmax) == 0) | jnp.isnan(absakk)
    in_row = jnp.where((cols[0] >= k) & (cols[0] < imax), jnp.abs(_row(a, imax)), -1)
    in_col = jnp.where(rows[:, 0] > imax, jnp.abs(_col(a, imax)), -1)
    rowmax = jnp.maximum(jnp.max(in_row), jnp.max(in_col))
    keep = zero | (absakk >= alpha * colmax) | (absakk >= alpha * colmax * (colmax / rowmax))
    one_by_one = keep | (jnp.abs(_at(a, imax, imax)) >= alpha * rowmax)
    return jnp.where(keep, k, imax), jnp.where(one_by_one, 1, 2).astype(np.int32), zero


def _symmetric_swap(a, k, kk, kp, rows, cols):
    """Interchange rows and columns kk and kp of the trailing block a[k:, k:] (lower triangle stored)."""
    full = jnp.tril(a) + mT(jnp.tril(a, -1))
    index = jnp.where(rows[:, 0] == kk, kp, jnp.where(rows[:, 0] == kp, kk, rows[:, 0]))
    swapped = full[index][:, index]
    return jnp.where((rows >= k) & (cols >= k) & (cols <= rows), swapped, a)


def _ldl_step1(a, k, rows, cols):
    """1x1 pivot: A22 -= x x^T / d (lower part), then the column becomes x / d."""
    x = jnp.where(rows[:, 0] > k, _col(a, k), 0)
    d11 = 1 / _at(a, k, k)
    trailing = (rows > k) & (cols > k) & (cols <= rows)
    a = jnp.where(trailing, a + x[:, None] * (-d11 * x)[None, :], a)
    return jnp.where((cols == k) & (rows > k), (d11 * x)[:, None], a)


def _ldl_step2(a, k, rows, cols):
    """2x2 pivot on rows/columns k, k+1, with sytf2's formulas for the multipliers."""
    d21 = _at(a, k + 1, k)
    d11 = _at(a, k + 1, k + 1) / d21
    d22 = _at(a, k, k) / d21
    d21 = (1 / (d11 * d22 - 1)) / d21
    ck, ck1 = _col(a, k), _col(a, k + 1)
    wk = d21 * (d11 * ck - ck1)
    wkp1 = d21 * (d22 * ck1 - ck)
    trailing = (rows > k + 1) & (cols > k + 1) & (cols <= rows)
    a = jnp.where(trailing, a - ck[:, None] * wk[None, :] - ck1[:, None] * wkp1[None, :], a)
    below = rows > k + 1
    a = jnp.where((cols == k) & below, wk[:, None], a)
    return jnp.where((cols == k + 1) & below, wkp1[:, None], a)


def _ldl_factor_one(a):
    n = a.shape[-1]
    rows, cols = iota_along(n, 0), iota_along(n, 1)

    def body(state):
        a, pivots, info, k = state
        kp, step, zero = _bunch_kaufman_pivot(a, k, rows, cols)
        info = jnp.where(zero & (info == 0), k + 1, info)
        a = jnp.where(zero, a, _symmetric_swap(a, k, k + step - 1, kp, rows, cols))
        updated = jnp.where(step == 1, _ldl_step1(a, k, rows, cols), _ldl_step2(a, k, rows, cols))
        a = jnp.where(zero, a, updated)
        positions = lax.iota(np.int32, n)
        mark = jnp.where(step == 1, kp + 1, -(kp + 1))
        pivots = jnp.where((positions >= k) & (positions < k + step), mark, pivots)
        return a, pivots, info, k + step

    init = (a, jnp.zeros(n, np.int32), np.int32(0), np.int32(0))
    a, pivots, info, _ = lax.while_loop(lambda state: state[3] < n, body, init)
    return jnp.tril(a), pivots, info


def ldl_factor(a: jax.Array) -> tuple[jax.Array, jax.Array, jax.Array]:
    """(LD, pivots, info) of symmetric ``a`` as LAPACK sytrf (lower) returns them; only a's lower triangle is read."""
    if a.shape[-1] == 0:
        return a, jnp.zeros(a.shape[:-1], np.int32), jnp.zeros(a.shape[:-2], np.int32)
    return _over_batch(_ldl_factor_one, a)


def _swap_b_rows(b, i, j):
    """Swap rows i and j of a one-matrix right-hand side."""
    rows = lax.iota(np.int32, b.shape[0])[:, None]
    row_i, row_j = _row(b, i), _row(b, j)
    return jnp.where(rows == i, row_j[None, :], jnp.where(rows == j, row_i[None, :], b))


def _ldl_forward(ld, pivots, b):
    """sytrs's first half: solve L D y = P b, one 1x1 or 2x2 block at a time."""
    n = ld.shape[-1]
    rows = lax.iota(np.int32, n)[:, None]

    def one(k, b):
        b = _swap_b_rows(b, k, pivots[k] - 1)
        b = jnp.where(rows > k, b - _col(ld, k)[:, None] * _row(b, k)[None, :], b)
        return jnp.where(rows == k, _row(b, k)[None, :] * (1 / _at(ld, k, k)), b)

    def two(k, b):
        b = _swap_b_rows(b, k + 1, -pivots[k] - 1)
        b = jnp.where(rows > k + 1, b - _col(ld, k)[:, None] * _row(b, k)[None, :], b)
        b = jnp.where(rows > k + 1, b - _col(ld, k + 1)[:, None] * _row(b, k + 1)[None, :], b)
        akm1k = _at(ld, k + 1, k)
        akm1, ak = _at(ld, k, k) / akm1k, _at(ld, k + 1, k + 1) / akm1k
        denom = akm1 * ak - 1
        bkm1, bk = _row(b, k) / akm1k, _row(b, k + 1) / akm1k
        b = jnp.where(rows == k, ((ak * bkm1 - bk) / denom)[None, :], b)
        return jnp.where(rows == k + 1, ((akm1 * bk - bkm1) / denom)[None, :], b)

    def body(state):
        k, b = state
        single = pivots[k] > 0
        return k + jnp.where(single, 1, 2).astype(np.int32), jnp.where(single, one(k, b), two(k, b))

    return lax.while_loop(lambda state: state[0] < n, body, (np.int32(0), b))[1]


def _ldl_backward(ld, pivots, b):
    """sytrs's second half: solve L^T P^T x = y from the last block up."""
    n = ld.shape[-1]
    rows = lax.iota(np.int32, n)[:, None]

    def body(state):
        k, b = state
        single = pivots[k] > 0
        first = jnp.where(single, k, k - 1)         # the block is rows first..k
        below = jnp.where(rows > k, b, 0)
        for column in (k, k - 1):
            update = jnp.sum(jnp.where(rows > k, _col(ld, jnp.maximum(column, 0))[:, None], 0) * below, axis=0)
            b = jnp.where((rows == column) & (column >= first), b - update[None, :], b)
        b = _swap_b_rows(b, k, jnp.abs(pivots[k]) - 1)
        return first - 1, b

    return lax.while_loop(lambda state: state[0] >= 0, body, (np.int32(n - 1), b))[1]


def ldl_solve(ld: jax.Array, pivots: jax.Array, b: jax.Array) -> jax.Array:
    """Solve ``A x = b`` from sytrf's (LD, pivots), batch dims already broadcast."""
    def one(factor, column, rhs):
        return _ldl_backward(factor, column[:, 0], _ldl_forward(factor, column[:, 0], rhs))

    return _over_batch(one, ld, pivots[..., None], b)  # pivots as a column, to share ld's batch dims


@lowers("aten.linalg_ldl_factor_ex.default")
def linalg_ldl_factor_ex(ctx, a, *, hermitian=False, check_errors=False):
    return ldl_factor(a)


@lowers("aten.linalg_ldl_factor.default")
def linalg_ldl_factor(ctx, a, *, hermitian=False):
    return ldl_factor(a)[:2]


@lowers("aten.linalg_ldl_solve.default")
def linalg_ldl_solve(ctx, ld, pivots, b, *, hermitian=False):
    batch = tuple(ctx.out_shape[:-2])
    if ld.shape[-1] == 0:
        return jnp.zeros(ctx.out_shape, ctx.out_dtype)
    pivots = jnp.broadcast_to(pivots.astype(np.int32), batch + pivots.shape[-1:])
    return ldl_solve(_broadcast_batch(ld, batch), pivots, _broadcast_batch(b, batch))
