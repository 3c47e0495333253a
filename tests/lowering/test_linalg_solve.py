"""Linear solvers and factorizations against eager torch (LAPACK), and their portability (no custom calls)."""

from __future__ import annotations

import pytest
import torch

import torchtpu_aot
from tests.lowering.harness import check_lowering, imports_torch, untested_ops
from torchtpu_aot.lowering import linalg_solve, lookup

D = torch.float64


def _random(*shape, dtype=D):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(sum(shape)), dtype=dtype)


def _spd(*batch, n=4):
    a = _random(*batch, n, n)
    return a @ a.mT + n * torch.eye(n, dtype=D)


def test_module_is_torch_free_and_every_op_is_tested():
    assert not imports_torch(linalg_solve.__file__)
    assert untested_ops(linalg_solve.__name__, __file__) == set()


@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_family_batched(upper):
    a = _spd(2, 3)
    factor = torch.linalg.cholesky(a, upper=upper)
    check_lowering("aten.linalg_cholesky_ex.default", a, upper=upper)
    check_lowering("aten.linalg_cholesky.default", a, upper=upper)
    check_lowering("aten.cholesky_solve.default", _random(3, 4, 2), factor, upper)  # broadcast batch dims
    check_lowering("aten.cholesky_inverse.default", factor[0, 0], upper)


def test_cholesky_reports_the_first_non_positive_minor():
    a = torch.diag(torch.tensor([4.0, 1.0, -2.0, 3.0], dtype=D))
    _, info = check_lowering("aten.linalg_cholesky_ex.default", a[None].expand(2, 4, 4).clone(), values=False)
    assert info.tolist() == [3, 3]


def test_triangular_solves():
    a, b = _random(2, 4, 4), _random(2, 4, 3)
    check_lowering("aten.triangular_solve.default", b, a[0], False, True, True)
    check_lowering("aten.triangular_solve.default", b, a)
    check_lowering("aten.linalg_solve_triangular.default", a, b.mT, upper=True, left=False)
    check_lowering("aten.linalg_solve_triangular.default", a, b, upper=False, unitriangular=True)


def test_lu_pivots_pick_the_first_largest_row():
    # Column 0 ties between rows 1 and 3 in magnitude: LAPACK's getrf takes row 1 (pivot 2); a zero pivot sets info.
    a = torch.tensor([[1.0, 2.0, 3.0], [-4.0, 1.0, 0.0], [2.0, 0.5, 1.0], [4.0, -1.0, 2.0]], dtype=D)
    lu, pivots, _ = check_lowering("aten.linalg_lu_factor_ex.default", a)
    assert pivots[0] == 2
    singular = torch.tensor([[0.0, 1.0], [0.0, 2.0]], dtype=D)
    _, _, info = check_lowering("aten.linalg_lu_factor_ex.default", singular)
    assert info == 1
    check_lowering("aten.linalg_lu_factor.default", a.mT)
    check_lowering("aten._lu_with_info.default", a, True, False)
    check_lowering("aten.linalg_lu.default", _random(2, 3, 5))
    lu, pivots = torch.linalg.lu_factor(a)
    check_lowering("aten.lu_unpack.default", lu, pivots)
    check_lowering("aten.lu_unpack.default", lu, pivots, False)


@pytest.mark.parametrize("left,adjoint", [(True, False), (True, True), (False, False), (False, True)])
def test_lu_solve(left, adjoint):
    lu, pivots = torch.linalg.lu_factor(_random(2, 4, 4))
    b = _random(4, 3) if left else _random(3, 4)
    check_lowering("aten.linalg_lu_solve.default", lu, pivots, b, left=left, adjoint=adjoint)


def test_solve_inverse_and_determinants_batched():
    a, b = _random(2, 4, 4), _random(2, 4, 3)
    check_lowering("aten.lu_solve.default", b, *torch.linalg.lu_factor(a))
    check_lowering("aten._linalg_solve_ex.default", a, b[:, :, 0])  # a batch of vectors
    check_lowering("aten.linalg_solve_ex.default", a[0], b, left=True)
    check_lowering("aten.linalg_solve.default", a, b.mT, left=False)
    check_lowering("aten.linalg_inv_ex.default", a)
    check_lowering("aten.linalg_inv.default", a[0])
    check_lowering("aten._linalg_det.default", a)
    check_lowering("aten.linalg_det.default", a[1])
    check_lowering("aten._linalg_slogdet.default", a)
    check_lowering("aten.linalg_slogdet.default", a)
    logdet = check_lowering("aten.logdet.default", a)  # one positive and one negative determinant: NaN
    assert torch.isnan(torch.from_numpy(logdet)).any()


@pytest.mark.parametrize("alias,op", [("aten.inverse.default", "aten.linalg_inv.default"),
                                      ("aten.det.default", "aten.linalg_det.default"),
                                      ("aten.slogdet.default", "aten.linalg_slogdet.default"),
                                      ("aten.matrix_exp.default", "aten.linalg_matrix_exp.default")])
def test_legacy_names_share_the_linalg_lowering(alias, op):
    assert lookup(alias) is lookup(op)


def test_tensor_inverse_and_solve():
    check_lowering("aten.linalg_tensorinv.default", _random(4, 6, 8, 3), 2)
    check_lowering("aten.linalg_tensorsolve.default", _random(6, 2, 3), _random(2, 3), [0])


def test_empty_batch():
    check_lowering("aten.linalg_inv_ex.default", torch.zeros(0, 3, 3, dtype=D))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_matrix_exp_every_degree(dtype):
    # One matrix per 1-norm interval: degrees 1, 2, 4, 8, 12 and 18 with squaring.
    scales = torch.tensor([1e-17, 1e-9, 1e-4, 0.03, 0.2, 3.0], dtype=dtype)[:, None, None]
    a = _random(6, 3, 3, dtype=dtype) * scales / 3
    check_lowering("aten.linalg_matrix_exp.default", a)


def test_ldl_bunch_kaufman_pivots_and_solve():
    a = _random(3, 6, 6)
    a = a + a.mT
    ld, pivots, _ = check_lowering("aten.linalg_ldl_factor_ex.default", a)
    assert (pivots < 0).any() and (pivots > 0).any()  # both 1x1 and 2x2 blocks, exactly as sytrf picks them
    check_lowering("aten.linalg_ldl_factor.default", a[0])
    check_lowering("aten.linalg_ldl_solve.default", torch.from_numpy(ld), torch.from_numpy(pivots), _random(6, 2))


def test_program_holds_no_custom_call():
    class Solve(torch.nn.Module):
        def forward(self, a, b):
            return torch.linalg.solve(a, b), torch.linalg.cholesky(a @ a.mT), torch.linalg.det(a)

    art = torchtpu_aot.export(Solve(), (torch.randn(3, 3), torch.randn(3, 2)))
    assert "custom_call" not in art.program
