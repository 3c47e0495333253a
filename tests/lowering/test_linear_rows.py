"""A float32 linear layer on a few rows of x (a decode step of several sequences): on the CPU branch it is computed
transposed, (weight @ x.T).T, which XLA's CPU backend runs 3-4x faster than x @ weight.T for 2 to 16 rows; both
branches must compute what torch computes."""

from __future__ import annotations

import pytest
import torch

import torchtpu_aot
from tests.lowering.harness import check_lowering
from torchtpu_aot.lowering import linalg

BIG = (1024, 1024)  # 4 MiB of float32: at the size from which the CPU branch applies


@pytest.mark.parametrize("lead", [(1,), (2,), (4,), (2, 8), (64,), (65,), (3, 1, 5)])
@pytest.mark.parametrize("bias", [True, False])
def test_linear_on_a_few_rows_matches_torch(lead, bias):
    torch.manual_seed(0)
    x, w = torch.randn(*lead, BIG[1]), torch.randn(*BIG) / 32
    b = torch.randn(BIG[0]) if bias else None
    check_lowering("aten.linear.default", x, w, b, rtol=1e-5, atol=1e-5)


def test_the_branch_is_taken_only_where_it_was_measured_faster():
    def program(rows: int, weight: tuple[int, int], dtype=torch.float32, platforms=("cpu", "tpu")) -> str:
        model = torch.nn.Linear(weight[1], weight[0], bias=False).to(dtype)
        return torchtpu_aot.export(model, (torch.randn(rows, weight[1], dtype=dtype),), platforms=platforms).program

    assert linalg.CPU_TRANSPOSED_ROWS == (2, 64) and BIG[0] * BIG[1] * 4 == linalg.CPU_TRANSPOSED_MIN_BYTES
    both = program(4, BIG)
    assert "stablehlo.case" in both and both.count("stablehlo.optimization_barrier") == 1  # TPU keeps x @ weight.T
    assert "optimization_barrier" not in program(4, BIG, platforms=("tpu",))
    assert "optimization_barrier" in program(4, BIG, platforms=("cpu",))
    for rows, weight, dtype in [(1, BIG, torch.float32), (65, BIG, torch.float32), (4, (1024, 1023), torch.float32),
                                (4, BIG, torch.bfloat16)]:
        assert "optimization_barrier" not in program(rows, weight, dtype), (rows, weight, dtype)
