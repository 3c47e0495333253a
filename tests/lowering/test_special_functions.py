"""Bessel, Airy, polygamma, zeta and ndtr lowerings against eager torch, across each approximation's argument
ranges and at the edge values (zeros, negatives, branch splits, inf, NaN, integer and bool inputs)."""

from __future__ import annotations

import pytest
import torch

import torchtpu_aot.lowering.bessel as bessel
from tests.lowering.harness import check_lowering, imports_torch, untested_ops

NAN, INF = float("nan"), float("inf")
# Branch splits of the approximations (Bessel 5, I 8, K 2, Airy +-2.09 / 8.32 / 103.892) and both sides of them.
EDGES = [0.0, -0.0, 1e-6, -1e-6, 1e-5, 0.5, 1.0, -1.0, 2.0, 2.0001, 2.09, -2.09, 2.0899999, -2.0899999, 4.999, 5.0,
         5.0001, -5.0, 8.0, 8.0001, 8.3203353, 10.0, -10.0, 30.0, -30.0, 100.0, 103.9, 1e4, -1e4, NAN, INF, -INF]

BESSEL_OPS = ["aten.special_bessel_j0.default", "aten.special_bessel_j1.default",
              "aten.special_bessel_y0.default", "aten.special_bessel_y1.default",
              "aten.special_modified_bessel_i0.default", "aten.special_modified_bessel_i1.default",
              "aten.special_modified_bessel_k0.default", "aten.special_modified_bessel_k1.default",
              "aten.special_scaled_modified_bessel_k0.default", "aten.special_scaled_modified_bessel_k1.default",
              "aten.special_airy_ai.default"]


def values(dtype: torch.dtype) -> torch.Tensor:
    """The edge values plus a sweep of [-20, 20] in ``dtype``; integers -10..10 and both bools for those."""
    if dtype == torch.bool:
        return torch.tensor([True, False])
    if not dtype.is_floating_point:
        return torch.arange(-10, 11, dtype=dtype)
    return torch.cat([torch.tensor(EDGES, dtype=torch.float64), torch.linspace(-20, 20, 97, dtype=torch.float64)]).to(
        dtype)


def test_bessel_module_is_torch_free_and_fully_tested() -> None:
    assert not imports_torch(bessel.__file__)
    assert untested_ops(bessel.__name__, __file__) == set()


@pytest.mark.parametrize("op", BESSEL_OPS)
def test_bessel_and_airy(op: str) -> None:
    for dtype in (torch.float32, torch.float64, torch.bool):
        check_lowering(op, values(dtype))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int32])
def test_polygamma(dtype: torch.dtype) -> None:
    # Negative non-integers need the reflection (n = 1) and zeta's cancelling terms in float64 (n >= 2);
    # negative integers give torch's huge finite trigamma and infinite polygamma.
    x = torch.cat([values(dtype), torch.tensor([-2.5, -8.4784, -1.7658, -3.0, 0.25]).to(dtype)]) \
        if dtype.is_floating_point else values(dtype)
    for n in range(5):
        check_lowering("aten.polygamma.default", n, x)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_zeta(dtype: torch.dtype) -> None:
    q = torch.cat([values(dtype), torch.tensor([-2.5, -3.0, 0.3, 1e-3])]).to(dtype)
    # x == 1 (pole), x < 1 (NaN), integer x with negative q, large x whose result underflows float32.
    x = torch.tensor([1.0, 0.5, 2.0, 3.0, 4.5, 101.0, NAN, INF], dtype=dtype)
    check_lowering("aten.special_zeta.default", x[:, None], q[None, :])
    check_lowering("aten.special_zeta.default", q.abs() + 1, q)


def test_zeta_integer_and_bool() -> None:
    check_lowering("aten.special_zeta.default", torch.tensor([True, False, True, False]),
                   torch.tensor([True, True, False, False]))
    x = torch.arange(-3, 6).repeat(9)
    check_lowering("aten.special_zeta.default", x, x.reshape(9, 9).T.flatten())


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64])
def test_ndtr_rounds_each_step_like_torch(dtype: torch.dtype) -> None:
    # In half precision torch rounds x / sqrt(2), erf and 1 + erf to the dtype, which coarsens the lower tail.
    x = values(dtype) if not dtype.is_floating_point else torch.cat(
        [values(dtype), torch.linspace(-6, -2, 41).to(dtype)])
    check_lowering("aten.special_ndtr.default", x)


def test_digamma_signed_zero() -> None:
    check_lowering("aten.digamma.default", torch.tensor([0.0, -0.0, -1.0, -2.5, 1.0, INF, NAN]))
