"""QR, eigh, SVD and what builds on them against eager torch (LAPACK), their portability (no custom calls), and
the OpInfo sweep's sign gauge for eigen/singular vectors."""

from __future__ import annotations

import pytest
import torch

import torchtpu_aot
from tests.lowering.harness import check_lowering, imports_torch, meta_of, run_lowering, to_torch, untested_ops
from tests.opinfo.sweep import FAIL, PASS, Sample, fix_signs, judge
from torchtpu_aot.lowering import linalg_spectral

D = torch.float64


def _random(*shape, dtype=D):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(sum(shape)), dtype=dtype)


def _close_up_to_sign(actual: list, expected: list, vectors: tuple) -> None:
    actual, expected = fix_signs([to_torch(a) for a in actual], list(expected), vectors)
    for a, e in zip(actual, expected):
        torch.testing.assert_close(a, e)


def test_module_is_torch_free_and_every_op_is_tested():
    assert not imports_torch(linalg_spectral.__file__)
    assert untested_ops(linalg_spectral.__name__, __file__) == set()


@pytest.mark.parametrize("shape, dtype", [((5, 3), D), ((3, 5), D), ((2, 4, 4), torch.float32)])
def test_householder_family_matches_lapack_exactly_to_rounding(shape, dtype):
    a = _random(*shape, dtype=dtype)
    packed, tau = check_lowering("aten.geqrf.default", a)  # same reflectors, signs and tau as LAPACK
    for mode in ("reduced", "complete", "r"):
        check_lowering("aten.linalg_qr.default", a, mode)
    packed, tau = to_torch(packed), to_torch(tau)
    if shape[-2] >= shape[-1]:
        check_lowering("aten.linalg_householder_product.default", packed, tau)
    reflectors = packed[..., :, : tau.shape[-1]]
    for left, transpose in ((True, False), (True, True), (False, False), (False, True)):
        rows = shape[-2]
        other = _random(*shape[:-2], rows, 2, dtype=dtype) if left else _random(*shape[:-2], 2, rows, dtype=dtype)
        check_lowering("aten.ormqr.default", reflectors, tau, other, left, transpose)


@pytest.mark.parametrize("uplo", ["L", "U"])
def test_eigh_batched(uplo):
    a = _random(3, 6, 6)
    values, vectors = run_lowering("aten._linalg_eigh.default", meta_of(torch.linalg.eigh(a, uplo)), a, uplo)
    expected = torch.linalg.eigh(a, uplo)
    _close_up_to_sign([values, vectors], expected, ((1, "col"),))
    check_lowering("aten._linalg_eigh.default", a, uplo, False)  # eigenvalues only


@pytest.mark.parametrize("shape, full_matrices", [((5, 3), True), ((3, 5), True), ((2, 4, 4), False)])
def test_svd_tall_wide_batched(shape, full_matrices):
    a = _random(*shape, dtype=torch.float32)
    expected = torch.ops.aten._linalg_svd(a, full_matrices)
    u, s, vh = (to_torch(x) for x in run_lowering("aten._linalg_svd.default", meta_of(expected), a, full_matrices))
    # full_matrices' extra vectors are any orthonormal basis of a subspace: LAPACK's is one of many
    k = min(shape[-2:])
    _close_up_to_sign([u[..., :k], s, vh[..., :k, :]], [expected[0][..., :k], expected[1], expected[2][..., :k, :]],
                      ((0, "col"), (2, "row")))
    for q in (u.mT, vh):
        torch.testing.assert_close(q @ q.mT, torch.eye(q.shape[-2]).expand_as(q @ q.mT))
    check_lowering("aten._linalg_svd.default", a, full_matrices, False)  # singular values only


def test_svd_of_a_rank_deficient_matrix_still_gives_orthogonal_factors():
    a = _random(6, 1) @ _random(1, 4)
    u, s, vh = (to_torch(x) for x in run_lowering("aten._linalg_svd.default",
                                                   meta_of(torch.linalg.svd(a)), a, True))
    torch.testing.assert_close(s, torch.linalg.svdvals(a))
    torch.testing.assert_close(u.mT @ u, torch.eye(6, dtype=D))
    torch.testing.assert_close(vh @ vh.mT, torch.eye(4, dtype=D))
    torch.testing.assert_close(u[:, :4] * s @ vh, a)


@pytest.mark.parametrize("hermitian", [False, True])
def test_pinv(hermitian):
    a = _random(2, 4, 4)
    a = a + a.mT if hermitian else a
    check_lowering("aten.linalg_pinv.atol_rtol_tensor", a, hermitian=hermitian)


def test_pinv_of_a_singular_matrix_drops_its_zero_singular_values():
    singular = _random(5, 2) @ _random(2, 3)
    check_lowering("aten.linalg_pinv.atol_rtol_tensor", singular, rtol=torch.tensor(1e-8, dtype=D))


def test_polar_and_matrix_sqrth():
    check_lowering("aten.linalg_polar.default", _random(2, 5, 3))
    a = _random(2, 4, 4)
    check_lowering("aten.linalg_matrix_sqrth.default", a @ a.mT + torch.eye(4, dtype=D))


def test_program_holds_no_custom_call():
    class Spectral(torch.nn.Module):
        def forward(self, a):
            return (*torch.linalg.svd(a), *torch.linalg.eigh(a @ a.mT), *torch.linalg.qr(a))

    art = torchtpu_aot.export(Spectral(), (torch.randn(3, 3),))
    assert "custom_call" not in art.program


def _judged(actual: list, expected: list) -> Sample:
    sample = Sample("linalg.svd", "float64", 0, None, expected=expected)
    judge(sample, actual)
    return sample


def test_sign_gauge_accepts_flipped_vectors_and_rejects_wrong_ones():
    u, s, vh = torch.linalg.svd(_random(4, 3), full_matrices=False)
    flip = torch.tensor([1.0, -1.0, -1.0], dtype=D)
    assert _judged([u * flip, s, flip[:, None] * vh], [u, s, vh]).status == PASS
    # U's column flipped without V's: the product U S Vh changes, so the pair must fail
    assert _judged([u * flip, s, vh], [u, s, vh]).status == FAIL
    wrong = u.clone()
    wrong[:, 0] = u[:, 1]
    assert _judged([wrong, s, vh], [u, s, vh]).status == FAIL


def test_float32_values_of_a_larger_matrix_are_as_accurate_as_lapacks():
    # thousands of rotations: their rounding must not accumulate in the values (Rayleigh quotients at the end)
    a = _random(48, 48)
    exact_s, exact_w = torch.linalg.svdvals(a), torch.linalg.eigvalsh(a + a.mT)
    a = a.float()
    s = run_lowering("aten._linalg_svd.default", meta_of(torch.ops.aten._linalg_svd(a, False, False)), a, False, False)
    w = run_lowering("aten._linalg_eigh.default", meta_of(torch.ops.aten._linalg_eigh(a + a.mT, "L", False)),
                     a + a.mT, "L", False)
    torch.testing.assert_close(to_torch(s[1]), exact_s.float())
    torch.testing.assert_close(to_torch(w[0]), exact_w.float())
