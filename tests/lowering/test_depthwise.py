"""Depthwise convolutions: on the CPU branch they are a sum over kernel taps (XLA's CPU grouped convolution is
single-threaded and slow there); both branches must compute what torch computes."""

from __future__ import annotations

import jax
import pytest
import torch

import torchtpu_aot
from tests.lowering.harness import check_lowering


@pytest.mark.parametrize("shape, weight, kwargs", [
    ((2, 8, 13, 11), (8, 1, 3, 3), dict(stride=1, padding=1, groups=8)),
    ((2, 8, 13, 11), (8, 1, 5, 5), dict(stride=2, padding=2, groups=8)),
    ((1, 6, 12, 12), (12, 1, 3, 3), dict(stride=1, padding=2, dilation=2, groups=6)),  # channel multiplier 2
    ((2, 4, 9, 7), (4, 1, 3, 1), dict(stride=(2, 1), padding=(1, 0), groups=4)),
    ((2, 5, 17), (5, 1, 7), dict(stride=1, padding=3, groups=5)),  # 1-d
    ((1, 3, 5, 6, 7), (3, 1, 3, 3, 3), dict(stride=1, padding=1, groups=3)),  # 3-d
    ((8, 10, 10), (8, 1, 3, 3), dict(stride=1, padding=1, groups=8)),  # unbatched
], ids=["3x3", "5x5-stride2", "multiplier-dilated", "3x1-mixed-stride", "1d", "3d", "unbatched"])
def test_depthwise_matches_torch(shape, weight, kwargs):
    torch.manual_seed(0)
    x, w, b = torch.randn(shape), torch.randn(weight), torch.randn(weight[0])
    op = {3: "aten.conv1d.default", 4: "aten.conv2d.default", 5: "aten.conv3d.default"}[len(weight)]
    spatial = len(weight) - 2

    def listed(v):
        return list(v) if isinstance(v, tuple) else [v] * spatial

    check_lowering(op, x, w, b, listed(kwargs["stride"]), listed(kwargs["padding"]),
                   listed(kwargs.get("dilation", 1)), kwargs["groups"], rtol=1e-5, atol=1e-5)


def test_half_precision_depthwise_accumulates_in_float32():
    torch.manual_seed(0)
    x, w = torch.randn(2, 8, 10, 10, dtype=torch.bfloat16), torch.randn(8, 1, 3, 3, dtype=torch.bfloat16)
    check_lowering("aten.conv2d.default", x, w, None, [1, 1], [1, 1], [1, 1], 8, rtol=1e-2, atol=1e-2)


def test_the_program_keeps_the_native_convolution_for_other_platforms():
    model = torch.nn.Conv2d(4, 4, 3, padding=1, groups=4)
    text = torchtpu_aot.export(model, (torch.randn(1, 4, 8, 8),), platforms=("cpu", "tpu")).program
    assert "stablehlo.case" in text and "feature_group_count = 4" in text
    cpu_only = torchtpu_aot.export(model, (torch.randn(1, 4, 8, 8),), platforms=("cpu",)).program
    assert "stablehlo.convolution" not in cpu_only
    assert jax.default_backend() == "cpu"
