"""``export(..., composites=True)`` / ``--composites``: stablehlo.composite ops, same numbers as without."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from torch import nn

import torchtpu_aot
from tests.golden_tools import MODELS, probe_sizes
from torchtpu_aot import mlir_module
from torchtpu_aot.cli.main import main
from torchtpu_aot.compare import compare


def composites(text: str) -> dict[str, int]:
    """The program's composites by name, less JAX's own (``chlo.erf``, which it emits for every erf)."""
    with mlir_module.new_context() as ctx:
        counts = mlir_module.composite_histogram(mlir_module.parse(text, ctx))
    return {name: n for name, n in counts.items() if not name.startswith("chlo.")}


@pytest.mark.parametrize("name, expected", [
    ("gpt_decoder", {"aten.gelu", "aten.layer_norm", "aten.scaled_dot_product_attention"}),
    ("vit_b_16", {"aten.gelu", "aten.layer_norm", "aten.scaled_dot_product_attention"}),
    ("resnet18", set()),  # none of those ops: the program is the plain one
])
def test_model_zoo_composites_give_the_plain_artifacts_numbers(exported_model, tmp_path, name, expected):
    plain = exported_model(name)
    spec = plain.spec
    art = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                              composites=True)
    assert set(composites(art.program)) == expected
    if not expected:
        assert art.program == plain.artifact.program
        return
    with_composites = torchtpu_aot.load(art.save(tmp_path / "c.mlir"))
    without = torchtpu_aot.load(plain.artifact.save(tmp_path / "p.mlir"))
    inputs = plain.named_inputs()
    feeds = [inputs]
    if name == "gpt_decoder":  # other sizes of its dynamic batch and sequence too
        feeds.append(plain.resized(probe_sizes(plain.artifact.manifest, inputs)).named_inputs())
    for feed in feeds:
        errors = compare(without(**feed), with_composites(**feed))
        assert errors and all(e.max_abs == 0 for e in errors), errors


class Norms(nn.Module):
    def __init__(self):
        super().__init__()
        self.group = nn.GroupNorm(2, 4, eps=1e-3)
        self.rms = nn.RMSNorm([6], eps=1e-6)
        self.layer = nn.LayerNorm([6], elementwise_affine=False)

    def forward(self, x):
        h = self.group(x)
        return self.layer(nn.functional.gelu(self.rms(h))), nn.functional.gelu(h, approximate="tanh")


def test_each_composite_carries_its_attributes_and_runs_as_bytecode(tmp_path):
    torch.manual_seed(0)
    model, x = Norms().eval(), torch.randn(3, 4, 6)
    art = torchtpu_aot.export(model, (x,), composites=True)
    text = art.program
    assert composites(text) == {"aten.gelu": 2, "aten.group_norm": 1, "aten.layer_norm": 1, "aten.rms_norm": 1}
    assert re.search(r'composite "aten.group_norm" %\w+, %\w+, %\w+ \{composite_attributes = \{eps = 1.000000e-03 : '
                     r'f64, num_groups = 2 : i64\}', text)
    assert re.search(r'composite "aten.layer_norm" %\w+ \{composite_attributes = \{eps = 1.000000e-05 : f64, '
                     r'normalized_shape = dense<6> : tensor<1xi64>\}', text)  # no weight, no bias: one operand
    assert re.search(r'composite "aten.rms_norm" %\w+, %\w+ \{composite_attributes = \{eps = 9.99\d*E-7', text)
    assert 'approximate = "tanh"' in text and 'approximate = "none"' in text
    with torch.no_grad():
        want = model(x)
    plain = torchtpu_aot.load(torchtpu_aot.export(model, (x,)).save(tmp_path / "p.mlir"))(x)
    for fmt in ("text", "bytecode"):
        got = torchtpu_aot.load(art.save(tmp_path / fmt / "c.mlir", format=fmt))(x)
        assert all(e.within(1e-5) for e in compare(want, got))
        assert all(e.max_abs == 0 for e in compare(plain, got))


def test_cli_composites_and_inspect_counts_them(tmp_path):
    out = tmp_path / "gpt.mlir"
    runner = CliRunner()
    done = runner.invoke(main, ["export", str(MODELS / "gpt_decoder.py"), "-o", str(out), "--composites"])
    assert done.exit_code == 0, done.output
    shown = runner.invoke(main, ["inspect", str(out)])
    assert shown.exit_code == 0, shown.output
    lines = " ".join(shown.stdout.split())
    assert "composites (9)" in lines and "aten.layer_norm 5" in lines and "aten.scaled_dot_product_attention 2" in lines
    data = json.loads(runner.invoke(main, ["inspect", str(out), "--json"]).stdout)
    assert data["composites"] == {"aten.gelu": 2, "aten.layer_norm": 5, "aten.scaled_dot_product_attention": 2}
    ids = np.zeros((2, 7), np.int64)
    assert torchtpu_aot.load(out)(ids).shape[:2] == (2, 7)
