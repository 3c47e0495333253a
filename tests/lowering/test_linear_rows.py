"""A float32 linear layer on a few rows of x (a decode step of several sequences): on the CPU branch it is computed
transposed, (weight @ x.T).T, which XLA's CPU backend runs 3-4x faster than x @ weight.T for 2 to 16 rows; both
branches must compute what torch computes."""

from __future__ import annotations

import numpy as np
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
    assert (linalg.CPU_STREAMED_WEIGHTS, linalg.CPU_STREAMED_MIN_BYTES) == (64 << 20, 64 << 10)
    both = program(4, BIG)
    assert "stablehlo.case" in both and both.count("stablehlo.optimization_barrier") == 1  # TPU keeps x @ weight.T
    assert "optimization_barrier" not in program(4, BIG, platforms=("tpu",))
    assert "optimization_barrier" in program(4, BIG, platforms=("cpu",))
    for rows, weight, dtype in [(1, BIG, torch.float32), (65, BIG, torch.float32), (4, (1024, 1023), torch.float32),
                                (4, BIG, torch.bfloat16)]:
        assert "optimization_barrier" not in program(rows, weight, dtype), (rows, weight, dtype)


def test_in_a_program_whose_weights_outgrow_the_caches_smaller_weights_take_the_branch(monkeypatch):
    def program(width: int) -> str:
        model = torch.nn.Sequential(torch.nn.Linear(128, 128, bias=False), torch.nn.Linear(128, width, bias=False))
        return torchtpu_aot.export(model.eval(), (torch.randn(4, 128),), platforms=("cpu",)).program

    small = program(128)  # two 64 KB weights: 128 KB in all
    assert "optimization_barrier" not in small
    monkeypatch.setattr(linalg, "CPU_STREAMED_WEIGHTS", 100 << 10)  # as if 100 KB outgrew the caches
    assert small != program(128) and program(128).count("stablehlo.optimization_barrier") == 2
    assert program(127).count("stablehlo.optimization_barrier") == 1  # a weight under 64 KB keeps x @ weight.T


ATTENTION = [
    # a decode step's grouped queries (2 per key/value head, one position each) over 16 keys, masked per row
    ((torch.randn(2, 4, 1, 8), torch.randn(2, 2, 16, 8), torch.randn(2, 2, 16, 4), torch.rand(2, 1, 1, 16) > 0.3),
     {"enable_gqa": True}),
    # three queries per head, causally; one query per head (a matrix-vector product: never transposed)
    ((torch.randn(2, 2, 3, 8), torch.randn(2, 2, 5, 8), torch.randn(2, 2, 5, 8)), {"is_causal": True}),
    ((torch.randn(2, 2, 1, 8), torch.randn(2, 2, 5, 8), torch.randn(2, 2, 5, 8)), {}),
]


@pytest.mark.parametrize("args,kwargs", ATTENTION)
def test_attention_of_a_few_queries_in_such_a_program_matches_torch(args, kwargs, monkeypatch):
    """The keys play the weight: q . k^T computed as (k . q^T)^T on the CPU."""
    monkeypatch.setattr(linalg, "CPU_STREAMED_WEIGHTS", -1)  # any program streams its weights
    monkeypatch.setattr(linalg, "CPU_STREAMED_MIN_BYTES", 0)
    check_lowering("aten.scaled_dot_product_attention.default", *args, rtol=1e-5, atol=1e-5, **kwargs)


def test_attention_takes_the_branch_only_for_a_few_queries_in_such_a_program(monkeypatch):
    class Attention(torch.nn.Module):
        def forward(self, q, k, v):
            return torch.nn.functional.scaled_dot_product_attention(q, k, v, enable_gqa=True)

    def program(queries: int) -> str:
        q, k = torch.randn(2, 4, queries, 8), torch.randn(2, 2, 16, 8)
        return torchtpu_aot.export(Attention(), (q, k, k), platforms=("cpu",)).program

    assert "optimization_barrier" not in program(1)
    monkeypatch.setattr(linalg, "CPU_STREAMED_WEIGHTS", -1)
    monkeypatch.setattr(linalg, "CPU_STREAMED_MIN_BYTES", 0)
    assert "optimization_barrier" in program(1)  # 2 query heads per key/value head: 2 rows
    assert "optimization_barrier" not in program(40)  # 80 rows


def test_rows_of_a_dynamic_length_are_decided_when_compiled_for_each(monkeypatch, tmp_path):
    """A prompt chunk of dynamic length: the branch is a conditional on the row count, folded per compiled length."""
    monkeypatch.setattr(linalg, "CPU_STREAMED_WEIGHTS", -1)
    model = torch.nn.Linear(256, 128).eval()
    x = torch.randn(8, 256)
    art = torchtpu_aot.export(model, (x,), dynamic_shapes=({0: torch.export.Dim("rows", min=1, max=200)},))
    assert art.program.count("stablehlo.optimization_barrier") == 1 and "stablehlo.case" in art.program
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    for rows in (1, 2, 5, 64, 65, 200):
        x = torch.randn(rows, 256)
        torch.testing.assert_close(torch.from_numpy(np.asarray(program(x.numpy()))), model(x).detach(), rtol=1e-5,
                                   atol=1e-5)
