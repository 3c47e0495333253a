"""torch.cond, while_loop, scan and map: export -> save -> load -> run, against eager torch on several inputs."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch._higher_order_ops import scan, while_loop
from torch._higher_order_ops.map import map as map_rows
from torch.export import Dim

import torchtpu_aot
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import LoweringError, UnsupportedOpsError


class Gate(nn.Module):
    """A branch on the data, each side reading weights or a buffer and returning two tensors."""

    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 4)
        self.register_buffer("shift", torch.linspace(-1.0, 1.0, 4))

    def forward(self, x):
        def positive(x):
            return self.proj(x) + self.shift, x.amax(dim=1)

        def negative(x):
            return (x * self.shift).sin(), x.amin(dim=1)

        return torch.cond(x.sum() > 0, positive, negative, (x,))


class Halving(nn.Module):
    """A loop whose trip count is an input, carrying a counter, a tensor and a running total."""

    def forward(self, x, steps):
        def keep_going(i, x, total):
            return i < steps

        def step(i, x, total):
            return i + 1, x * 0.5 + 1.0, total + x.sum()

        return while_loop(keep_going, step, (torch.zeros((), dtype=torch.int64), x, torch.zeros(())))


class Recurrent(nn.Module):
    """An RNN cell scanned over a sequence (seq, batch, features), returning the last state and two stacked
    per-step outputs."""

    def __init__(self):
        super().__init__()
        self.ih = nn.Linear(3, 5)
        self.hh = nn.Linear(5, 5)

    def forward(self, xs, h0):
        def cell(h, x):
            h = torch.tanh(self.ih(x) + self.hh(h))
            return h, (h.clone(), h.sum(dim=-1))

        return scan(cell, h0, xs)


class GatedScan(nn.Module):
    """A cond nested in a scan: each step picks its update from that step's data."""

    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor([0.5, -1.5, 2.0]))

    def forward(self, xs, h0):
        def step(h, x):
            h = torch.cond(x.sum() > 0, lambda h, x: h * self.scale + x, lambda h, x: (h - x).cos(), (h, x))
            return h, h.clone()

        return scan(step, h0, xs)


class PerRow(nn.Module):
    def forward(self, xs, y):
        return map_rows(lambda x, y: x.cos() * y + 1.0, xs, y)


def _export_and_run(tmp_path, model, inputs, dynamic_shapes=None):
    """Export on the first inputs, then check every set of inputs against eager torch; the program text."""
    art = torchtpu_aot.export(model, inputs[0], dynamic_shapes=dynamic_shapes)
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    for args in inputs:
        with torch.no_grad():
            want = model(*args)
        errors = compare(want, program(*args))
        assert errors and all(e.within(1e-5) for e in errors), errors
    return art.program


def test_cond_on_the_data_runs_either_branch_at_run_time_with_a_dynamic_batch(tmp_path):
    torch.manual_seed(0)
    positive, negative = torch.rand(3, 4) + 0.1, -torch.rand(5, 4) - 0.1
    text = _export_and_run(tmp_path, Gate().eval(), [(positive,), (negative,), (torch.randn(2, 4),)],
                           ({0: Dim("batch", min=1, max=16)},))
    assert "stablehlo.case" in text  # one program with both branches in it, not the example's branch alone
    assert "?x4xf32" in text


def test_while_loop_with_a_trip_count_from_the_data(tmp_path):
    torch.manual_seed(0)
    x = torch.randn(2, 3)
    text = _export_and_run(tmp_path, Halving(), [(x, torch.tensor(3)), (x, torch.tensor(0)), (x, torch.tensor(7))])
    assert "stablehlo.while" in text
    got = torchtpu_aot.load(tmp_path / "m.mlir")(x, torch.tensor(7))
    assert int(got[0]) == 7


def test_scan_runs_a_recurrent_cell_over_a_sequence_of_any_length_and_batch(tmp_path):
    torch.manual_seed(0)
    seq, batch = Dim("seq", min=2, max=64), Dim("batch", min=2, max=16)
    inputs = [(torch.randn(6, 2, 3), torch.randn(2, 5)), (torch.randn(11, 4, 3), torch.randn(4, 5))]
    text = _export_and_run(tmp_path, Recurrent().eval(), inputs, ({0: seq, 1: batch}, {0: batch}))
    assert "stablehlo.while" in text


def test_cond_nested_in_scan_takes_both_branches_across_steps(tmp_path):
    torch.manual_seed(0)
    inputs = [(torch.randn(8, 3), torch.randn(3)), (torch.randn(8, 3), torch.randn(3))]
    signs = {bool(x.sum() > 0) for xs, _ in inputs for x in xs}
    assert signs == {True, False}  # the inputs exercise both branches
    text = _export_and_run(tmp_path, GatedScan().eval(), inputs)
    assert "stablehlo.while" in text and "stablehlo.case" in text


def test_map_applies_its_body_to_every_row(tmp_path):
    torch.manual_seed(0)
    _export_and_run(tmp_path, PerRow(), [(torch.randn(4, 3), torch.randn(3)), (torch.randn(4, 3), torch.randn(3))])


@torch.library.custom_op("torchtpu_test::unlowered", mutates_args=())
def unlowered(x: torch.Tensor) -> torch.Tensor:
    return x + 1


@unlowered.register_fake
def _(x):
    return torch.empty_like(x)


class CustomInBranch(nn.Module):
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda x: unlowered(x), lambda x: x - 1, (x,))


class RandomInBranch(nn.Module):
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda x: x + torch.rand_like(x), lambda x: x - 1, (x,))


def test_errors_inside_a_body_name_the_model_line_not_generated_code():
    with pytest.raises(UnsupportedOpsError) as info:
        torchtpu_aot.export(CustomInBranch(), (torch.randn(2, 3),))
    message = str(info.value)
    assert "torchtpu_test.unlowered.default" in message and "--lowerings" in message
    assert "test_control_flow.py:" in message and "eval_with_key" not in message
    with pytest.raises(LoweringError, match=r"random numbers inside a torch.cond") as info:
        torchtpu_aot.export(RandomInBranch(), (torch.randn(2, 3),))
    assert "test_control_flow.py:" in str(info.value) and "eval_with_key" not in str(info.value)
