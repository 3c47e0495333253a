"""Custom ops with user lowerings: ``@torchtpu_aot.register_lowering`` and ``torchtpu export --lowerings``."""

from __future__ import annotations

import re
import textwrap

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from torch import nn

import torchtpu_aot
from torchtpu_aot.cli.main import main
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import LoweringError, TorchTPUError
from torchtpu_aot.lowering.registry import op_names

MODEL = '''
import torch
from torch import nn
from torch.export import Dim


@torch.library.custom_op("torchtpu_cli_test::twice", mutates_args=())
def twice(x: torch.Tensor) -> torch.Tensor:
    return x * 2


@twice.register_fake
def _(x):
    return torch.empty_like(x)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x):
        return twice(self.lin(x)).relu()


DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=32)},)


def build():
    return Model().eval(), (torch.randn(5, 4),)
'''

LOWERINGS = '''
import jax.numpy as jnp

import torchtpu_aot


@torchtpu_aot.register_lowering("torchtpu_cli_test::twice")
def twice(ctx, x):
    return x * jnp.asarray(2, x.dtype)
'''


def test_a_custom_op_exports_from_the_cli_with_its_lowering_file_and_runs(tmp_path):
    model_file, lowerings = tmp_path / "model.py", tmp_path / "my_lowerings.py"
    model_file.write_text(MODEL)
    lowerings.write_text(LOWERINGS)
    runner = CliRunner()
    missing = runner.invoke(main, ["export", str(model_file), "-o", str(tmp_path / "m.mlir")])
    assert missing.exit_code == 3, missing.output
    assert "torchtpu_cli_test.twice.default" in missing.stderr and "--lowerings" in missing.stderr
    assert "torchtpu_aot/lowering" not in missing.stderr
    out = tmp_path / "m.mlir"
    done = runner.invoke(main, ["export", str(model_file), "-o", str(out), "--lowerings", str(lowerings)])
    assert done.exit_code == 0, done.output
    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(model_file)
    program = torchtpu_aot.load(out)
    for batch in (5, 2):
        x = torch.randn(batch, 4)
        with torch.no_grad():
            want = spec.model(x)
        assert all(e.within(1e-5) for e in compare(want, program(x)))
    assert set(re.findall(r"custom_call @(\w+)", out.read_text())) == {"shape_assertion"}


@torch.library.custom_op("torchtpu_test::scale_rows", mutates_args=())
def scale_rows(x: torch.Tensor, factor: float) -> torch.Tensor:
    return x * factor


@scale_rows.register_fake
def _(x, factor):
    return torch.empty_like(x)


@torch.library.custom_op("torchtpu_test::split_sign", mutates_args=())
def split_sign(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    return x.clamp(min=0), x.clamp(max=0)


@split_sign.register_fake
def _(x):
    return torch.empty_like(x), torch.empty_like(x)


class UsesCustomOps(nn.Module):
    def forward(self, x):
        pos, neg = split_sign(x)
        return scale_rows(pos, 3.0) - neg


def _register(op, fn):
    torchtpu_aot.register_lowering(op)(fn)


def test_a_user_lowering_gets_attributes_and_several_results_and_is_checked_like_ours(tmp_path):
    x = torch.randn(3, 4)
    _register(torch.ops.torchtpu_test.scale_rows.default, lambda ctx, x, factor: x * factor)
    _register("torchtpu_test::split_sign", lambda ctx, x: (x.clip(0, None), x.clip(None, 0)))
    program = torchtpu_aot.load(torchtpu_aot.export(UsesCustomOps(), (x,)).save(tmp_path / "m.mlir"))
    assert all(e.within(1e-6) for e in compare(UsesCustomOps()(x), program(x)))

    _register("torchtpu_test::split_sign", lambda ctx, x: x.clip(0, None))  # one result where torch has two
    with pytest.raises(LoweringError, match=r"returned 1 result .* torch returns 2\. Make your lowering") as info:
        torchtpu_aot.export(UsesCustomOps(), (x,))
    assert "test_custom_ops.py:" in str(info.value)
    _register("torchtpu_test::split_sign", lambda ctx, x: (x.clip(0, None), x[:1]))  # a wrong shape
    with pytest.raises(LoweringError, match=r"float32\[1, 4\].*torch computes float32\[3, 4\]"):
        torchtpu_aot.export(UsesCustomOps(), (x,))


def test_a_lowering_that_emits_a_backend_custom_call_is_refused(tmp_path):
    import jax.numpy as jnp

    def with_lapack(ctx, x, factor):
        return x @ jnp.linalg.cholesky(jnp.eye(4, dtype=x.dtype) * factor)

    _register("torchtpu_test::scale_rows", with_lapack)
    _register("torchtpu_test::split_sign", lambda ctx, x: (x.clip(0, None), x.clip(None, 0)))
    with pytest.raises(LoweringError, match=r"backend-specific custom calls .*lapack.*your lowerings .*"
                                            r"torchtpu_test\.scale_rows\.default at tests/test_custom_ops\.py:\d+"):
        torchtpu_aot.export(UsesCustomOps(), (torch.randn(3, 4),))


def test_a_user_composite_whose_code_differs_per_platform_becomes_a_plain_call(tmp_path):
    from jax import lax

    def per_platform(ctx, x, factor):
        def scale(x):  # the same numbers, computed in two ways
            return lax.platform_dependent(x, cpu=lambda x: x * factor, default=lambda x: x * (factor * 2) * 0.5)

        return ctx.composite("torchtpu_test.scale_rows", scale, x, factor=float(factor))

    _register("torchtpu_test::scale_rows", per_platform)
    _register("torchtpu_test::split_sign", lambda ctx, x: (x.clip(0, None), x.clip(None, 0)))
    x = torch.randn(3, 4)
    art = torchtpu_aot.export(UsesCustomOps(), (x,), composites=True)
    assert "stablehlo.composite" not in art.program and "call @torchtpu_test.scale_rows" in art.program
    program = torchtpu_aot.load(art.save(tmp_path / "m.mlir"))
    assert all(e.within(1e-6) for e in compare(UsesCustomOps()(x), program(x)))
    cpu_only = torchtpu_aot.export(UsesCustomOps(), (x,), composites=True, platforms=["cpu"])
    assert 'stablehlo.composite "torchtpu_test.scale_rows"' in cpu_only.program


def test_operator_spellings_and_what_cannot_be_registered():
    assert op_names("mylib::twice") == ["mylib.twice.default"]
    assert op_names("mylib::twice.out") == ["mylib.twice.out"]
    assert op_names("mylib.twice.default") == ["mylib.twice.default"]
    assert op_names(torch.ops.torchtpu_test.split_sign.default) == ["torchtpu_test.split_sign.default"]
    assert op_names(torch.ops.torchtpu_test.split_sign) == ["torchtpu_test.split_sign.default"]
    with pytest.raises(TorchTPUError, match="already has a built-in lowering"):
        torchtpu_aot.register_lowering("aten::relu")(lambda ctx, x: np.maximum(x, 0))
    with pytest.raises(TorchTPUError, match="name the operator as torch does"):
        torchtpu_aot.register_lowering("not an op")


def test_a_broken_lowerings_file_is_reported_with_its_line(tmp_path):
    (tmp_path / "model.py").write_text(MODEL)
    bad = tmp_path / "bad.py"
    bad.write_text(textwrap.dedent("""
        import torchtpu_aot
        raise RuntimeError("oops")
    """))
    result = CliRunner().invoke(main, ["export", str(tmp_path / "model.py"), "--lowerings", str(bad),
                                       "-o", str(tmp_path / "m.mlir")])
    assert result.exit_code == 2 and "bad.py:3" in result.stderr and "lowerings file" in result.stderr
