"""The mistakes a new user makes, through the command line: each one is a single paragraph saying what to do, with
the README's exit code, never a traceback or an "internal error". Outputs that would be written are checked
before any export or model run.

Every case's output is printed (pytest -s shows it), so a reviewer can read them all in one place.
"""

from __future__ import annotations

import logging
import shutil
import socket
from pathlib import Path

import jax
import numpy as np
import onnx
import pytest
from click.testing import CliRunner, Result

from tests.onnx.test_onnx_frontend import shape_input_model
from torchtpu_aot.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
MLP = ROOT / "models" / "mlp.py"
ART = ROOT / "artifacts" / "mlp" / "mlp.mlir"  # a golden artifact: input "input" float32[batch, 64]
LLM = ROOT / "artifacts" / "llm" / "llm.mlir"  # the text-generation golden: 2 slots x 64 positions

# build() leaves a marker file behind, so a case can tell whether the model was built at all.
MARKED_MODEL = """
import pathlib, torch
from torch import nn

def build():
    pathlib.Path(__file__).with_suffix(".built").touch()
    return nn.Sequential(nn.Linear(64, 10)).eval(), (torch.randn(8, 64),)
"""

FOUR_VALUES = """
import torch

def build():
    return torch.nn.Linear(2, 2), (torch.randn(3, 2),), {}, "extra"
"""

SHAPE_ERROR = """
import torch
from torch import nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(32, 10)

    def forward(self, x):
        return self.lin(x)  # x has 64 features

def build():
    return Net(), (torch.randn(8, 64),)
"""

DATA_DEPENDENT = """
import torch
from torch import nn

class Net(nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x

def build():
    return Net(), (torch.randn(8, 64),)
"""


def _busy_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "marked.py").write_text(MARKED_MODEL)
    (tmp_path / "four.py").write_text(FOUR_VALUES)
    (tmp_path / "shape_error.py").write_text(SHAPE_ERROR)
    (tmp_path / "data_dependent.py").write_text(DATA_DEPENDENT)
    (tmp_path / "notes.txt").write_text("not a folder")
    (tmp_path / "existing.npz").write_bytes(b"keep me")
    (tmp_path / "folder.mlir").mkdir()
    (tmp_path / "lonely").mkdir()
    shutil.copy(ART, tmp_path / "lonely" / "mlp.mlir")  # without its weights file
    onnx.save_model(shape_input_model(), tmp_path / "reshape.onnx")  # input "shape" int64[2] decides a shape
    np.save(tmp_path / "image.npy", np.zeros((1, 128), np.float32))
    return tmp_path


@pytest.fixture(scope="module")
def ids_only(tmp_path_factory) -> Path:
    """A text-generation artifact exported without a tokenizer (prompts are token ids)."""
    import torchtpu_aot
    from tests import llm_tools

    path = tmp_path_factory.mktemp("ids_only") / "ids_only.mlir"
    return torchtpu_aot.export_llm(llm_tools.model("gpt2", 320), max_seq_len=32).save(path)


# case: (arguments, exit code, words the message must contain); {tmp} is the work folder, {port} a port in use.
CASES = {
    "run --seed -1": (["run", ART, "--random-inputs", "--seed", "-1"], 2, "-1 is not in the range x>=0"),
    "export -o into a folder that cannot be written": (["export", "{tmp}/marked.py", "-o", "/sys/x.mlir"], 8,
                                                       "Cannot write in /sys"),
    "export -o under a file": (["export", "{tmp}/marked.py", "-o", "{tmp}/notes.txt/m.mlir"], 8,
                               "is a file, not a folder"),
    "run -o into a folder that cannot be written": (["run", ART, "--random-inputs", "-o", "/sys/o.npz"], 8,
                                                    "Cannot write in /sys"),
    "run -o onto an existing file": (["run", ART, "--random-inputs", "-o", "{tmp}/existing.npz"], 24,
                                     "already exists; nothing was written. Pass --force"),
    "--dynamic with a one-size range": (["export", "{tmp}/marked.py", "-o", "{tmp}/m.mlir", "--dynamic",
                                         "input:0=batch[1,1]"], 2, "holds one size"),
    "ONNX --constant of the wrong dtype and shape": (["export", "{tmp}/reshape.onnx", "-o", "{tmp}/r.mlir",
                                                      "--constant", "shape={tmp}/image.npy"], 2,
                                                     "is float32[1, 128], but the model declares that input as "
                                                     "int64[2]"),
    "serve on a port in use": (["serve", ART, "--port", "{port}"], 7, "already in use"),
    "--dynamic on a dim the model fixes": (["export", MLP, "-o", "{tmp}/m.mlir", "--dynamic", "input:1=feat[1,128]"],
                                           3, "specialized it to be a constant (64)"),
    "a shape error inside the model": (["export", "{tmp}/shape_error.py", "-o", "{tmp}/m.mlir"], 3,
                                       "must have same reduction dim"),
    "a branch on the data inside the model": (["export", "{tmp}/data_dependent.py", "-o", "{tmp}/m.mlir"], 3,
                                              "torch.where or torch.cond"),
    "--dynamic syntax": (["export", "{tmp}/marked.py", "-o", "{tmp}/m.mlir", "--dynamic", "input:0=batch[1,"], 2,
                         "is not INPUT:DIM=NAME[MIN,MAX]"),
    "--platforms cpu,gpu": (["export", "{tmp}/marked.py", "-o", "{tmp}/m.mlir", "--platforms", "cpu,gpu"], 2,
                            "did you mean cuda?"),
    "--buckets 0,2": (["run", ART, "--random-inputs", "--buckets", "0,2"], 2, "must be sizes in its range"),
    "--devices beyond the devices there are": (["run", ART, "--random-inputs", "--devices", "{devices}"], 2,
                                               "xla_force_host_platform_device_count"),
    "build() returning 4 values": (["export", "{tmp}/four.py", "-o", "{tmp}/m.mlir"], 2,
                                   "build() returned a tuple of 4 values"),
    "--input naming a Python file": (["run", ART, "-i", "input={tmp}/marked.py"], 6,
                                     "is not a .npy file; save the array with numpy.save"),
    "inspect with the weights file missing": (["inspect", "{tmp}/lonely/mlp.mlir"], 18, "which is missing"),
    "export -o onto a folder": (["export", "{tmp}/marked.py", "-o", "{tmp}/folder.mlir"], 8, "is a folder"),
    "export -o onto a folder with --force": (["export", "{tmp}/marked.py", "-o", "{tmp}/folder.mlir", "--force"], 8,
                                             "is a folder"),
    "an unknown option": (["run", ART, "--random-input"], 2, "No such option"),
    "bench on a file that is neither model nor artifact": (["bench", "{tmp}/notes.txt"], 2, "neither a model file"),
    # text generation
    "export a folder that is not a checkpoint": (["export", "{tmp}/lonely", "-o", "{tmp}/l.mlir"], 2,
                                                 "without config.json"),
    "generate with an ordinary artifact": (["generate", ART, "--prompt", "hi"], 6, "not a text-generation artifact"),
    "generate without a prompt": (["generate", LLM], 2, "Give a prompt"),
    "generate text with an artifact without a tokenizer": (["generate", "{ids_only}", "--prompt", "hi"], 6,
                                                            "exported without a tokenizer"),
    "generate a prompt longer than the context": (["generate", LLM, "--ids", ",".join(["5"] * 70)], 6,
                                                  "70 tokens long, but the artifact holds 64 positions"),
    "run a generation artifact": (["run", LLM, "--random-inputs"], 6, "torchtpu generate"),
    "text-generation options on a plain model": (["export", "{tmp}/marked.py", "-o", "{tmp}/m.mlir",
                                                  "--max-seq-len", "64"], 2, "text-generation exports"),
    "--shard splitting a weight along two dims": (["export", "{tmp}/marked.py", "-o", "{tmp}/m.mlir", "--shard",
                                                   "0.weight=model,model"], 2, "a weight splits along one dim only"),
    "--tensor-parallel that does not divide --devices": (["run", ART, "--random-inputs", "--devices", "2",
                                                          "--tensor-parallel", "4"], 2,
                                                         "tensor_parallel=4 does not divide devices=2"),
    "--num-processes without --coordinator": (["run", ART, "--random-inputs", "--num-processes", "2"], 2,
                                              "needs a coordinator (--coordinator HOST:PORT"),
    "--coordinator that is no address": (["run", ART, "--random-inputs", "--coordinator", "localhost",
                                          "--num-processes", "2", "--process-id", "0"], 2, "is not HOST:PORT"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_user_mistakes_are_one_paragraph_with_their_exit_code(case: str, work: Path, request) -> None:
    args, code, words = CASES[case]
    with _busy_port() as busy:
        values = {"tmp": work, "port": busy.getsockname()[1], "devices": len(jax.devices()) + 1,
                  "ids_only": request.getfixturevalue("ids_only") if "{ids_only}" in args else None}
        result = CliRunner().invoke(main, [str(a).format(**values) for a in args])
    print(f"--- {case}: exit {result.exit_code}\n{result.output}")
    err = _one_paragraph(result, code)
    assert words in " ".join(err.split()), err
    assert not (work / "marked.built").exists(), "the model was built before the mistake was found"
    if case.startswith("run"):
        assert "outputs" not in result.stdout, "the model ran before the mistake was found"
    if case == "run -o onto an existing file":
        assert (work / "existing.npz").read_bytes() == b"keep me"
    if case == "serve on a port in use":
        assert "loaded" not in result.stdout, "the models were loaded before the port was checked"
    if "inside the model" in case:  # torch's own log lines and partial graphs stay out of the terminal
        assert "fake_tensor" not in result.output and "def forward" not in result.output, result.output


def _one_paragraph(result: Result, code: int) -> str:
    """stderr is one `error: ...` paragraph with no traceback and no sign of a bug; the exit code is ``code``."""
    err = result.stderr.strip()
    assert result.exit_code == code, f"exit {result.exit_code}, want {code}:\n{result.output}"
    assert err.startswith("error: ") and "\n\n" not in err, err
    for sign in ("Traceback", "internal error", "please report", "a bug in"):
        assert sign not in result.output, result.output
    return err


def test_run_refuses_an_existing_output_unless_forced(work: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(ART), "--random-inputs", "-o", str(work / "existing.npz"),
                                       "--force"])
    assert result.exit_code == 0, result.output
    with np.load(work / "existing.npz") as saved:
        assert saved["output"].shape == (1, 10)


def test_debug_is_accepted_after_the_command(work: Path) -> None:
    quiet = CliRunner().invoke(main, ["run", str(ART), "--random-inputs"])
    assert quiet.exit_code == 0 and logging.getLogger("jax").getEffectiveLevel() >= logging.ERROR
    ran = CliRunner().invoke(main, ["run", str(ART), "--random-inputs", "--debug"])
    assert ran.exit_code == 0, ran.output
    assert logging.getLogger("jax").getEffectiveLevel() < logging.ERROR  # JAX's warnings shown under --debug
    failed = CliRunner().invoke(main, ["export", str(work / "shape_error.py"), "-o", str(work / "m.mlir"), "--debug"])
    assert failed.exit_code == 3
    # --debug shows what torch logged while failing, then the traceback, then the one-paragraph error
    assert "fake_tensor" in failed.stderr and "Traceback" in failed.stderr
    assert failed.stderr.strip().splitlines()[-1].startswith("error: torch.export could not export Net")

