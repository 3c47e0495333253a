"""``--debug-info``: every op carries its aten op and the model's file:line; off by default."""

from __future__ import annotations

import re
from pathlib import Path

import torch
from click.testing import CliRunner

import torchtpu_aot
from tests import test_control_flow
from tests.golden_tools import MODELS
from torchtpu_aot.artifact import read_artifact
from torchtpu_aot.cli.main import main
from torchtpu_aot.compare import compare


def locations(text: str) -> dict[str, str]:
    """Each named location's name -> the file:line it wraps, from a program printed with its locations."""
    aliases = dict(re.findall(r"^(#loc\d*) = loc\((.*)\)$", text, re.M))
    named = {}
    for body in aliases.values():
        m = re.fullmatch(r'"([^"]+)"\((#loc\d*)\)', body)
        if m:
            named.setdefault(m[1], set()).add(aliases[m[2]])
    return named


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_cli_debug_info_names_the_aten_op_and_model_line_and_the_artifact_runs(exported_model, tmp_path):
    model = MODELS / "gpt_decoder.py"
    runner = CliRunner()
    for fmt in ("text", "bytecode"):
        out = tmp_path / fmt / "gpt.mlir"
        done = runner.invoke(main, ["export", str(model), "-o", str(out), "--debug-info", "--format", fmt])
        assert done.exit_code == 0, done.output
    text = (tmp_path / "text" / "gpt.mlir").read_text()
    named = locations(text)
    sdpa = line_of(model, "F.scaled_dot_product_attention(")
    assert any(re.search(rf'gpt_decoder.py":{sdpa}:0', f) for f in named["aten.scaled_dot_product_attention.default"])
    assert {"aten.layer_norm.default", "aten.linear.default", "aten.embedding.default"} <= set(named)
    assert "torchtpu_aot/" not in text and "site-packages" not in text  # only the model's own files
    assert "gpt_decoder.py" in read_artifact(tmp_path / "bytecode" / "gpt.mlir").program_text  # kept for XLA

    plain = exported_model("gpt_decoder")
    assert "loc(" not in plain.golden_text().decode()  # off by default
    want = torchtpu_aot.load(plain.artifact.save(tmp_path / "plain.mlir"))(**plain.named_inputs())
    for fmt in ("text", "bytecode"):
        got = torchtpu_aot.load(tmp_path / fmt / "gpt.mlir")(**plain.named_inputs())
        assert all(e.max_abs == 0 for e in compare(want, got))


def test_ops_inside_control_flow_point_at_the_model_line():
    art = torchtpu_aot.export(test_control_flow.Gate().eval(), (torch.randn(3, 4),), debug_info=True)
    call = line_of(Path(test_control_flow.__file__), "torch.cond(x.sum() > 0, positive, negative")
    named = locations(art.program)
    for op in ("torch.ops.higher_order.cond", "aten.sin.default", "aten.linear.default"):
        assert any(f.endswith(f'test_control_flow.py":{call}:0') for f in named[op]), (op, named.get(op))
