"""`torchtpu verify` against eager torch and against ONNX's reference runtime, on example, given and made-up
inputs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from click.testing import CliRunner

from tests.onnx.test_onnx_frontend import mlp_model, shape_input_model
from torchtpu_aot.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
MLP = ROOT / "models" / "mlp.py"
ART = ROOT / "artifacts" / "mlp" / "mlp.mlir"


def verify(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["verify", *map(str, args)])
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture(scope="module")
def onnx_files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("onnx")
    onnx.save_model(mlp_model(), folder / "mlp.onnx")
    onnx.save_model(shape_input_model(), folder / "reshape.onnx")
    np.save(folder / "shape.npy", np.array([3, 4], np.int64))
    np.save(folder / "x.npy", np.random.default_rng(0).standard_normal((3, 8)).astype(np.float32))
    runner = CliRunner()
    for args in (["export", folder / "mlp.onnx", "-o", folder / "mlp.mlir"],
                 ["export", folder / "reshape.onnx", "-o", folder / "reshape.mlir", "--constant",
                  f"shape={folder / 'shape.npy'}"]):
        result = runner.invoke(main, [str(a) for a in args])
        assert result.exit_code == 0, result.output
    return folder


def test_onnx_against_the_reference_runtime(onnx_files: Path) -> None:
    code, out = verify(onnx_files / "mlp.onnx", onnx_files / "mlp.mlir")
    assert code == 0, out
    assert "vs onnx.reference on made-up x (seed 0)" in out and "y [1, 4]" in out
    assert "ok: 1 output within 0.0001 of onnx.reference" in out
    code, out = verify(onnx_files / "mlp.onnx", onnx_files / "mlp.mlir", "--input", f"x={onnx_files / 'x.npy'}")
    assert code == 0 and f"on x={onnx_files / 'x.npy'}" in out and "y [3, 4]" in out, out
    code, out = verify(onnx_files / "mlp.onnx", onnx_files / "mlp.mlir", "--dim", "N=5")
    assert code == 0 and "y [5, 4]" in out, out


def test_onnx_inputs_fixed_at_export_are_given_again(onnx_files: Path) -> None:
    code, out = verify(onnx_files / "reshape.onnx", onnx_files / "reshape.mlir")
    assert code == 2 and "'shape' is not an input of the artifact" in out and "--constant" in out, out
    code, out = verify(onnx_files / "reshape.onnx", onnx_files / "reshape.mlir", "--constant",
                       f"shape={onnx_files / 'shape.npy'}")
    assert code == 0 and "y [3, 4]" in out, out


def test_a_mismatch_with_onnx_fails(onnx_files: Path) -> None:
    # the artifact of another graph with the same signature: y = softmax of other weights
    other = mlp_model()
    other.graph.initializer[2].CopyFrom(onnx.numpy_helper.from_array(np.zeros((16, 4), np.float32), "w2"))
    onnx.save_model(other, onnx_files / "other.onnx")
    code, out = verify(onnx_files / "other.onnx", onnx_files / "mlp.mlir", "--dim", "N=4")
    assert code == 1 and "does not match onnx.reference" in out and "FAIL" in out, out


def test_a_model_file_on_given_and_made_up_inputs(tmp_path: Path) -> None:
    code, out = verify(MLP, ART, "--dim", "batch=3", "--seed", "2")
    assert code == 0 and "vs eager torch on made-up input (seed 2)" in out and "output [3, 10]" in out, out
    np.save(tmp_path / "x.npy", np.ones((5, 64), np.float32))
    code, out = verify(MLP, ART, "-i", f"input={tmp_path / 'x.npy'}")
    assert code == 0 and f"on input={tmp_path / 'x.npy'}" in out and "output [5, 10]" in out, out
    code, out = verify(MLP, ART, "--constant", f"x={tmp_path / 'x.npy'}")
    assert code == 2 and "applies to ONNX models only" in out, out
