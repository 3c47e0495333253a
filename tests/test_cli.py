"""The torchtpu command line, end to end on the small MLP: export, run, inspect, verify, ops and error reporting."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result

import torchtpu_aot
from torchtpu_aot.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
MLP = ROOT / "models" / "mlp.py"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def ok(*args: str | Path) -> Result:
    result = invoke(*args)
    assert result.exit_code == 0, f"exit {result.exit_code}\n{result.output}"
    return result


def squash(text: str) -> str:
    """Output with runs of spaces and newlines made single spaces, so column widths do not matter."""
    return " ".join(text.split())


def assert_one_paragraph_error(result: Result, exit_code: int | None = None) -> str:
    """A failing command prints a single `error: ...` paragraph on stderr, and no traceback."""
    assert result.exit_code != 0
    if exit_code is not None:
        assert result.exit_code == exit_code, result.output
    err = result.stderr.strip()
    assert err.startswith("error: "), err
    assert "\n\n" not in err and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def text_artifact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("text") / "mlp.mlir"
    result = ok("export", MLP, "-o", path)
    assert f"wrote {path}" in result.stdout and "mlp.safetensors" in result.stdout
    assert "exported mlp in" in result.stdout
    assert path.is_file() and path.with_suffix(".safetensors").is_file()
    return path


@pytest.fixture(scope="module")
def input_name(text_artifact: Path) -> str:
    names = torchtpu_aot.load(text_artifact).input_names
    assert len(names) == 1
    return names[0]


def test_help_runs_as_a_real_command() -> None:
    script = Path(sys.executable).parent / "torchtpu"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "torchtpu_aot.cli.main"]
    proc = subprocess.run([*cmd, "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    for command in ("export", "run", "inspect", "verify", "ops"):
        assert command in proc.stdout


def test_every_command_has_help_with_an_example() -> None:
    for command in ("export", "run", "inspect", "verify", "ops"):
        assert "torchtpu " + command in ok(command, "--help").stdout


def test_run_text_artifact_with_random_inputs(text_artifact: Path, input_name: str) -> None:
    out = squash(ok("run", text_artifact, "--random-inputs", "--seed", "3").stdout)
    assert f"{input_name} float32[1, 64] random (seed 3)" in out  # the dynamic batch at its minimum
    assert "output float32[1, 10] min " in out and " mean " in out
    out = squash(ok("run", text_artifact, "--random-inputs", "--dim", "batch=8").stdout)
    assert f"{input_name} float32[8, 64] random (seed 0)" in out and "output float32[8, 10] min " in out


def test_export_bytecode_default_output_and_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                text_artifact: Path, input_name: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = ok("export", MLP, "--format", "bytecode", "--inline-weights", "--platforms", "cpu")
    path = tmp_path / "out" / "mlp.mlir"
    assert "StableHLO bytecode" in result.stdout and "weights inlined" in result.stdout
    assert path.read_bytes().startswith(b"ML\xefR") and not path.with_suffix(".safetensors").exists()
    x = np.random.default_rng(0).standard_normal((8, 64)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    ok("run", "out/mlp.mlir", "--input", f"{input_name}=x.npy", "-o", "bytecode.npz")
    ok("run", text_artifact, "--input", f"{input_name}=x.npy", "-o", "text.npz")
    with np.load("bytecode.npz") as a, np.load("text.npz") as b:
        np.testing.assert_allclose(a["output"], b["output"], rtol=1e-5, atol=1e-6)


def test_run_with_input_files_writes_npz_equal_to_the_library(tmp_path: Path, text_artifact: Path,
                                                              input_name: str) -> None:
    x = np.random.default_rng(1).standard_normal((8, 64)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    npz = tmp_path / "sub" / "out.npz"
    out = ok("run", text_artifact, "-i", f"{input_name}={tmp_path / 'x.npy'}", "-o", npz).stdout
    assert f"wrote {npz}" in out
    program = torchtpu_aot.load(text_artifact)
    expected = program(x)
    with np.load(npz, allow_pickle=False) as saved:
        assert list(saved.keys()) == program.output_names
        np.testing.assert_array_equal(saved[program.output_names[0]], expected)


def test_inspect_text_and_json(text_artifact: Path, input_name: str) -> None:
    out = squash(ok("inspect", text_artifact).stdout)
    for expected in ("torchtpu_aot v1", "StableHLO text", "cpu, cuda, tpu", f"inputs {input_name} float32[batch, 64]",
                     "outputs output float32[batch, 10]", "dynamic dims batch 1 to 1024 input:0",
                     "6 tensors (6 parameters)", "mlp.safetensors (sha256 ",
                     "mutated in place: none", "stablehlo."):
        assert expected in out, expected
    data = json.loads(ok("inspect", text_artifact, "--json").stdout)
    assert data["manifest"]["inputs"][0]["shape"] == ["batch", 64]
    assert data["manifest"]["weights"]["inline"] is False
    assert all(isinstance(n, int) and n > 0 for n in data["op_histogram"].values())


def test_run_and_inspect_work_without_torch(text_artifact: Path) -> None:
    code = textwrap.dedent(f"""
        import sys
        sys.modules["torch"] = None  # any `import torch` now fails, as on a host without torch
        from torchtpu_aot.cli.main import main
        for argv in (["inspect", {str(text_artifact)!r}], ["run", {str(text_artifact)!r}, "--random-inputs"]):
            code = main(argv, standalone_mode=False)
            assert not code, (argv, code)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "float32[1, 10]" in proc.stdout


DYNAMIC_MODEL = """
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x, ids, *, scale=2.0, mask=None):
        return {"h": self.lin(x) * scale, "ids": ids + 1, "mask": mask & (ids > 3)}


def build():
    return Net(), (torch.randn(5, 4), torch.arange(5)), {"scale": 3.0, "mask": torch.ones(5, dtype=torch.bool)}


_batch = torch.export.Dim("batch", min=2, max=64)
DYNAMIC_SHAPES = {"x": {0: _batch}, "ids": {0: _batch}, "scale": None, "mask": {0: _batch}}
"""


def test_dynamic_shapes_kwargs_and_dict_outputs(tmp_path: Path) -> None:
    model, path = tmp_path / "dyn.py", tmp_path / "dyn.mlir"
    model.write_text(DYNAMIC_MODEL)
    ok("export", model, "-o", path, "--platforms", "cpu")
    manifest = json.loads(ok("inspect", path, "--json").stdout)["manifest"]
    (symbol, bounds), = manifest["symbols"].items()
    assert bounds["min"] == 2 and bounds["max"] == 64 and {"x:0", "mask:0"} <= set(bounds["dims"])
    out = squash(ok("inspect", path).stdout)
    assert f"dynamic dims {symbol} 2 to 64" in out and "scale = 3.0 (constant)" in out
    assert f"x float32[{symbol}, 4]" in out and f"mask bool[{symbol}]" in out
    out = squash(ok("run", path, "--random-inputs", "-o", tmp_path / "o.npz").stdout)
    assert "x float32[2, 4] random (seed 0) ids int64[2] random (seed 0) scale = 3.0 (constant)" in out
    assert "mask bool[2] random (seed 0)" in out and "outputs h float32[2, 3] min" in out
    with np.load(tmp_path / "o.npz") as saved:
        assert sorted(saved) == ["h", "ids", "mask"]
        assert saved["h"].shape == (2, 3) and saved["mask"].dtype == np.bool_
        assert ((saved["ids"] >= 1) & (saved["ids"] <= 10)).all()
    assert "ok: 3 outputs within" in ok("verify", model, path).stdout


def test_verify_passes(text_artifact: Path) -> None:
    out = ok("verify", MLP, text_artifact).stdout
    assert "output" in out and "ok: 1 output within 0.0001 of eager torch" in out


def test_verify_fails_against_a_model_with_other_weights(tmp_path: Path, text_artifact: Path) -> None:
    other = tmp_path / "other_mlp.py"
    other.write_text(MLP.read_text().replace("def build():", "def build():\n    torch.manual_seed(1)"))
    result = invoke("verify", other, text_artifact)
    err = assert_one_paragraph_error(result, exit_code=1)
    assert "FAIL" in result.stdout
    assert "does not match eager torch" in err and "1 of 1 output exceeds --tol 0.0001" in err


def test_ops_lists_lowerings_and_counts() -> None:
    lines = ok("ops").stdout.splitlines()
    statuses = {line.split()[0]: line.split()[1] for line in lines[:-1]}
    assert statuses["aten.convolution.default"] == "lowered"
    assert set(statuses.values()) == {"lowered", "decomposed", "missing"}
    assert lines[-1].startswith("ATen ops: ")
    assert "core ATen ops: 193 of 193 lowered, 0 decomposed, 0 missing" in lines[-1]
    core = ok("ops", "--core").stdout.splitlines()[:-1]
    assert len(core) == 193 and all(line.split()[1:] == ["lowered", "core"] for line in core)
    missing = ok("ops", "--status", "missing").stdout.splitlines()[:-1]
    assert missing and all(line.split()[1] == "missing" for line in missing)


@pytest.mark.parametrize("case", ["missing model file", "no build()", "bad target version", "wrong input name",
                                  "missing input", "nonexistent artifact (run)", "nonexistent artifact (inspect)"])
def test_errors_are_one_paragraph(case: str, tmp_path: Path, text_artifact: Path, input_name: str) -> None:
    no_build = tmp_path / "no_build.py"
    no_build.write_text("import torch\nMODEL = torch.nn.Linear(2, 2)\n")
    np.save(tmp_path / "x.npy", np.zeros((8, 64), np.float32))
    args, code, words = {
        "missing model file": (["export", tmp_path / "nope.py"], 2, "No model file at"),
        "no build()": (["export", no_build], 2, "has no build() function"),
        "bad target version": (["export", MLP, "--target-version", "banana"], 23, "not a version"),
        "wrong input name": (["run", text_artifact, "--input", f"bogus={tmp_path / 'x.npy'}"], 6,
                             f"Unknown input name 'bogus'; missing input '{input_name}'; expected inputs: "
                             f"{input_name}: float32[batch, 64]"),
        "missing input": (["run", text_artifact], 6, f"Missing input '{input_name}'"),
        "nonexistent artifact (run)": (["run", tmp_path / "nope.mlir", "--random-inputs"], 10, "No artifact at"),
        "nonexistent artifact (inspect)": (["inspect", tmp_path / "nope.mlir"], 10, "No artifact at"),
    }[case]
    err = assert_one_paragraph_error(invoke(*args), exit_code=code)
    assert words in err


def test_debug_prints_the_traceback(tmp_path: Path) -> None:
    result = invoke("--debug", "inspect", tmp_path / "nope.mlir")
    assert result.exit_code == 10
    assert "Traceback" in result.stderr and result.stderr.strip().splitlines()[-1].startswith("error: No artifact")


def test_unexpected_exceptions_exit_70(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def boom(path: Path) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("torchtpu_aot.cli.commands.read_artifact", boom)
    err = assert_one_paragraph_error(invoke("inspect", tmp_path / "a.mlir"), exit_code=70)
    assert err == "error: internal error: RuntimeError: boom (run with --debug for the traceback)"


def test_usage_errors_keep_click_behaviour(text_artifact: Path) -> None:
    assert invoke("run", text_artifact, "--input", "no-equals-sign").exit_code == 2
    assert invoke("export").exit_code == 2
