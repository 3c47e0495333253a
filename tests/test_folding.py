"""Weights folded into the compiled program as constants (``load(..., fold_weights=...)``, ``--fold-weights``):
the same numbers as weights passed as arguments, and never for values that change between calls."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch
from torch import nn

import torchtpu_aot
from torchtpu_aot.errors import OptionError
from torchtpu_aot.runtime import folding


class ConvBN(nn.Module):
    """Conv + batch norm: the weight-only work (filter layout, BN scale) folding moves to compile time."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.head = nn.Linear(8, 4)

    def forward(self, x):
        return self.head(torch.relu(self.bn(self.conv(x))).mean((2, 3)))


@pytest.fixture(scope="module")
def conv_bn(tmp_path_factory):
    torch.manual_seed(0)
    model = ConvBN().eval()
    with torch.no_grad():
        model.bn.running_mean.uniform_(-1, 1)
        model.bn.running_var.uniform_(0.5, 2)
    x = torch.randn(2, 3, 16, 16)
    path = torchtpu_aot.export(model, (x,)).save(tmp_path_factory.mktemp("fold") / "conv_bn.mlir")
    with torch.no_grad():
        return path, x.numpy(), model(x).numpy()


def test_folded_and_argument_weights_give_the_same_numbers(conv_bn):
    path, x, expected = conv_bn
    folded, plain = torchtpu_aot.load(path), torchtpu_aot.load(path, fold_weights=False)
    names = {e["name"] for e in folded.manifest.to_json()["weights"]["tensors"]}
    assert folded.folded == names and len(names) == 8 and plain.folded == set()  # conv, bn (4) and head weights
    np.testing.assert_allclose(folded(x), expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(folded(x), plain(x), rtol=1e-6, atol=1e-7)
    assert set(folded.buffers()) == set(plain.buffers())  # folded weights are still reported


def test_folded_weights_are_not_arguments_of_the_compiled_program(conv_bn):
    path, x, _ = conv_bn
    program = torchtpu_aot.load(path, fold_weights=True)
    program(x)
    (compiled,) = program._cache._compiled.values()
    args, _ = compiled.input_shardings
    assert len(args) == 1  # only the input: every weight is a constant of the executable


def test_buffers_the_program_updates_stay_arguments(tmp_path):
    model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4)).train()
    x = torch.randn(8, 4)
    program = torchtpu_aot.load(torchtpu_aot.export(model, (x,)).save(tmp_path / "bn.mlir"))
    mutated = {b["buffer"] for b in program.manifest.to_json()["mutated_buffers"]}
    assert mutated and not mutated & program.folded and program.folded
    before = program.buffers()["1.running_mean"].copy()
    program(x.numpy())
    program(x.numpy())
    with torch.no_grad():
        model(x)
        model(x)
    np.testing.assert_allclose(program.buffers()["1.running_mean"], model[1].running_mean.numpy(), rtol=1e-5,
                               atol=1e-6)
    assert not np.allclose(before, program.buffers()["1.running_mean"])


def test_the_random_state_stays_an_argument(tmp_path):
    model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5)).train()
    program = torchtpu_aot.load(torchtpu_aot.export(model, (torch.randn(2, 4),)).save(tmp_path / "drop.mlir"))
    rng = next(e["name"] for e in program.manifest.to_json()["weights"]["tensors"] if e.get("role") == "rng")
    assert rng not in program.folded and program.folded
    x = np.ones((2, 4), np.float32)
    assert not np.array_equal(program(x), program(x))  # the state advances between calls


def test_automatic_folding_stops_at_the_size_limit(monkeypatch, conv_bn):
    path, x, _ = conv_bn
    monkeypatch.setattr(folding, "DEFAULT_FOLD_LIMIT", 100)
    assert torchtpu_aot.load(path).folded == set()
    assert torchtpu_aot.load(path, fold_weights=True).folded


def test_a_bad_fold_value_is_refused(conv_bn):
    with pytest.raises(OptionError, match="fold_weights is True, False or None"):
        torchtpu_aot.load(conv_bn[0], fold_weights="yes")


def test_cli_fold_weights_option(conv_bn):
    path = conv_bn[0]
    for choice in ("on", "off", "auto"):
        done = subprocess.run([sys.executable, "-m", "torchtpu_aot.cli.main", "run", str(path), "--random-inputs",
                               "--fold-weights", choice], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, "-m", "torchtpu_aot.cli.main", "run", str(path), "--random-inputs",
                           "--fold-weights", "maybe"], capture_output=True, text=True)
    assert done.returncode == 2 and "auto" in done.stderr
