"""Weights stream from disk to the device: each tensor is read into memory of its own while the file's SHA-256 is
computed beside it, and placed once the digest matched (artifact/weights.py); saving writes each tensor once with
one fsync at the end.

A changed byte anywhere in the weights file still fails the load with WeightsDigestError, with nothing placed;
every kind of artifact loads through the stream; progress shows for long transfers only. The bound on the loading
process's peak memory is held on a large model in the slow suite (the last test)."""

from __future__ import annotations

import gc
import io
import json
import os
from pathlib import Path

import jax
import ml_dtypes
import numpy as np
import pytest
import safetensors.numpy
import torch
from click.testing import CliRunner

import torchtpu_aot
from tests import llm_tools, test_export_memory
from tests.golden_tools import ROOT
from torchtpu_aot import progress
from torchtpu_aot.artifact import read_artifact
from torchtpu_aot.artifact import weights as weights_lib
from torchtpu_aot.cli.main import main as cli_main
from torchtpu_aot.cli.progress import Phases
from torchtpu_aot.errors import ArtifactError, WeightsDigestError


class MLP(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.up = torch.nn.Linear(64, 96)
        self.down = torch.nn.Linear(96, 48)
        self.register_buffer("scale", torch.full((48,), 0.5))

    def forward(self, x):
        return self.down(torch.relu(self.up(x))) * self.scale


@pytest.fixture(scope="module")
def mlp(tmp_path_factory):
    """An MLP artifact (a dynamic batch, five weights) and the model it came from."""
    torch.manual_seed(0)
    model = MLP().eval()
    folder = tmp_path_factory.mktemp("mlp")
    path = torchtpu_aot.export(model, (torch.randn(2, 64),), dynamic_shapes=["x:0=batch[1,16]"]).save(
        folder / "mlp.mlir")
    return model, path


def _copy(path: Path, folder: Path) -> Path:
    for suffix in (".mlir", ".safetensors"):
        (folder / path.with_suffix(suffix).name).write_bytes(path.with_suffix(suffix).read_bytes())
    return folder / path.name


def _live() -> int:
    gc.collect()
    return len(jax.live_arrays())


# ------------------------------------------------------------------------------------------------------ writing


def test_written_files_are_what_safetensors_writes_for_every_dtype_and_name():
    arrays = {name: np.arange(6).reshape(2, 3).astype(dtype) for name, dtype in [
        ("f64", np.float64), ("f32", np.float32), ("f16", np.float16), ("bf16", ml_dtypes.bfloat16),
        ("i64", np.int64), ("i32", np.int32), ("i16", np.int16), ("i8", np.int8), ("u64", np.uint64),
        ("u32", np.uint32), ("u16", np.uint16), ("u8", np.uint8), ("bool", np.bool_), ("c64", np.complex64)]}
    arrays.update({"é": np.ones(2, np.float32), 'x\x01\x7f"\\': np.zeros(3, np.int8), "Z": np.ones((), np.float64),
                   "日本": np.ones(1, np.uint16), "a\u2028b": np.zeros((0, 4), np.int16), "B": np.ones(1, np.float32)})
    assert weights_lib.encode(arrays) == safetensors.numpy.save(arrays, metadata={"format": "torchtpu_aot"})


def test_a_dtype_safetensors_cannot_hold_is_a_clear_error():
    with pytest.raises(ArtifactError, match="'z' is complex128, which a safetensors file cannot hold"):
        weights_lib.encode({"z": np.zeros(2, np.complex128)})


def test_saving_syncs_the_weights_file_once(tmp_path, monkeypatch, mlp):
    model, _ = mlp
    artifact = torchtpu_aot.export(model, (torch.randn(2, 64),))
    synced: list[str] = []
    real = os.fsync

    def fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    path = artifact.save(tmp_path / "m.mlir")
    weights = [p for p in synced if ".m.safetensors." in p]
    assert len(weights) == 1, synced
    assert path.with_suffix(".safetensors").read_bytes() == weights_lib.encode(artifact.weights)


# ------------------------------------------------------------------------------------------------------ reading


def _corrupt(data: bytearray, where: str) -> bytes:
    """``data`` (a weights file) with one change at ``where``."""
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    if where == "length":
        data[0] ^= 0x08
    elif where == "header bytes":  # JSON no more
        data[8] ^= 0xFF
    elif where == "header shape":  # still valid safetensors, but not the manifest's weights
        name = next(n for n, e in header.items() if n != "__metadata__" and len(set(e["shape"])) == 2)
        a, b = header[name]["shape"]
        old = json.dumps({"shape": [a, b]}, separators=(",", ":"))[1:-1].encode()
        new = json.dumps({"shape": [b, a]}, separators=(",", ":"))[1:-1].encode()
        at = data.index(old, 8)
        data[at:at + len(old)] = new
    elif where == "middle":
        data[(8 + length + len(data)) // 2] ^= 0x01
    elif where == "last byte":
        data[-1] ^= 0x01
    elif where == "cut short":
        return bytes(data[:-1])
    elif where == "one more byte":
        return bytes(data) + b"\0"
    return bytes(data)


@pytest.mark.parametrize("where", ["length", "header bytes", "header shape", "middle", "last byte", "cut short",
                                   "one more byte"])
def test_a_changed_byte_anywhere_fails_the_load_before_anything_is_placed(tmp_path, monkeypatch, mlp, where):
    path = _copy(mlp[1], tmp_path)
    weights = path.with_suffix(".safetensors")
    weights.write_bytes(_corrupt(bytearray(weights.read_bytes()), where))
    placed = []
    real = torchtpu_aot.Program._place
    monkeypatch.setattr(torchtpu_aot.Program, "_place", lambda self, k, v: placed.append(k) or real(self, k, v))
    before = _live()
    with pytest.raises(ArtifactError) as info:
        torchtpu_aot.load(path, fold_weights=False)
    assert type(info.value) is WeightsDigestError, info.value
    assert "does not match the SHA-256" in str(info.value)
    assert not placed
    assert _live() == before


def test_every_tensor_is_read_and_checked_before_any_is_placed(mlp, monkeypatch):
    events = []
    real_read, real_place = weights_lib._read_tensor, torchtpu_aot.Program._place
    monkeypatch.setattr(weights_lib, "_read_tensor",
                        lambda f, t, sha: events.append(("read", t.name)) or real_read(f, t, sha))
    monkeypatch.setattr(torchtpu_aot.Program, "_place",
                        lambda self, k, v: events.append(("place", k)) or real_place(self, k, v))
    program = torchtpu_aot.load(mlp[1], fold_weights=False)
    names = [name for kind, name in events if kind == "read"]
    assert events == [("read", name) for name in names] + [("place", name) for name in names]
    assert sorted(names) == sorted(program.manifest.weights.names)
    assert all(isinstance(v, jax.Array) for v in program._weights.values())


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    """The MLP exported as each kind of artifact: kind -> (path, load options); and the model and an input."""
    torch.manual_seed(0)
    model = MLP().eval()
    x = torch.randn(3, 64)
    folder = tmp_path_factory.mktemp("kinds")
    out = {"model": model, "x": x}
    for kind, options in [("folded", {}), ("arguments", {}), ("bfloat16", {"dtype": "bfloat16"}),
                          ("buckets", {}), ("int8", {"quantize": "int8"}),
                          ("int4", {"quantize": "int4", "group_size": 32}), ("inline", {})]:
        artifact = torchtpu_aot.export(model, (x,), dynamic_shapes=["x:0=batch[1,16]"], **options)
        path = artifact.save(folder / f"{kind}.mlir", inline_weights=kind == "inline")
        out[kind] = (path, {"arguments": {"fold_weights": False}, "buckets": {"buckets": [4, 8]}}.get(kind, {}))
    return out


@pytest.mark.parametrize("kind", ["folded", "arguments", "bfloat16", "buckets", "int8", "int4", "inline"])
def test_every_kind_of_artifact_loads_through_the_stream(monkeypatch, kinds, kind):
    path, options = kinds[kind]
    reads = []
    real = weights_lib.read
    monkeypatch.setattr(weights_lib, "read", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    program = torchtpu_aot.load(path, **options)
    assert reads == ([] if kind == "inline" else [path.with_suffix(".safetensors")])
    with torch.no_grad():
        want = kinds["model"](kinds["x"]).numpy()
    got = np.asarray(program(kinds["x"].numpy()), np.float32)
    tolerance = {"bfloat16": 0.05, "int8": 0.05, "int4": 0.3}.get(kind, 1e-5)
    assert np.abs(got - want).max() <= tolerance * np.abs(want).max()
    placed = {k: v for k, v in program._weights.items() if k not in program.folded}
    assert all(isinstance(v, jax.Array) for v in placed.values())
    assert bool(placed) == (kind not in ("folded", "bfloat16", "buckets", "inline"))
    quantized = [e.name for e in program.manifest.weights.quantized]
    assert bool(quantized) == (kind in ("int8", "int4"))
    assert all(placed[name].dtype in (np.int8, np.uint8) for name in quantized)  # kept integer on the device


def test_a_text_generation_artifact_loads_through_the_stream(tmp_path, monkeypatch):
    folder = llm_tools.checkpoint("llama", tmp_path / "ckpt")
    path = torchtpu_aot.export_llm(folder, max_seq_len=32, max_batch=1, prefill_chunk=8).save(tmp_path / "lm.mlir")
    seen: list[tuple[int, int]] = []
    program = torchtpu_aot.load(path, progress=lambda done, total: seen.append((done, total)))
    size = path.with_suffix(".safetensors").stat().st_size
    assert seen[-1] == (size, size) and len(seen) == 1 + len(read_artifact(path).manifest.weights.tensors)
    assert all(isinstance(v, jax.Array) for v in program._weights.values())
    assert len(program.generate([[1, 2, 3]], max_new_tokens=3)[0].token_ids) == 3


# ----------------------------------------------------------------------------------------------------- progress


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty", [True, False])
def test_quick_transfers_show_nothing(tty):
    stream = _Stream(tty)
    meter = progress.Meter("loading weights", True, stream=stream, total=100)
    meter.advance(100)
    meter.close(True)
    assert stream.getvalue() == ""


def test_a_long_transfer_draws_a_bar_on_a_terminal(monkeypatch):
    monkeypatch.setattr(progress, "DELAY_S", 0.0)
    stream = _Stream(tty=True)
    meter = progress.Meter("saving weights", None, then="syncing to disk", stream=stream, total=4 * 10**9)
    meter.advance(10**9)
    _wait_for(lambda: "1.00/4.00 GB" in stream.getvalue())
    meter.advance(3 * 10**9)
    _wait_for(lambda: "syncing to disk" in stream.getvalue())
    meter.close(True)
    text = stream.getvalue()
    assert "\rsaving weights [######------------------] 1.00/4.00 GB, " in text and " GB/s" in text
    assert "[########################] 4.00/4.00 GB, " in text
    assert text.endswith("\n") and "\r\x1b[Ksaving weights: 4.00 GB in " in text


def test_elsewhere_plain_lines_only_when_asked(monkeypatch):
    monkeypatch.setattr(progress, "DELAY_S", 0.0)
    quiet = _Stream(tty=False)
    meter = progress.Meter("loading weights", None, stream=quiet)  # the library's default: a terminal only
    meter.close(True)
    assert quiet.getvalue() == ""
    stream = _Stream(tty=False)
    meter = progress.Meter("loading weights", True, stream=stream, total=2 * 10**9)
    _wait_for(lambda: stream.getvalue())
    meter.advance(10**9)
    meter.close(True)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("loading weights: ") and "/2.00 GB" in lines[0]
    assert lines[-1].startswith("loading weights: 1.00 GB in ") and "\r" not in stream.getvalue()


def _wait_for(condition) -> None:
    import time

    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "the progress display never showed it"
        time.sleep(0.01)


def test_cli_run_shows_the_weights_loading(mlp, monkeypatch):
    monkeypatch.setattr(progress, "DELAY_S", 0.0)
    result = CliRunner().invoke(cli_main, ["run", str(mlp[1]), "--random-inputs"])
    assert result.exit_code == 0, result.output
    assert "loading weights: " in result.stderr and " GB/s" in result.stderr
    assert "loading weights" not in result.stdout


def test_export_shows_the_saved_bytes_in_its_phase_bar():
    stream = CliRunner()
    with stream.isolation() as (out, _, _):
        with Phases(["save"], tty=True) as shown, progress.listening(shown):
            with progress.phase("save"):
                shown.transfer(10**9, 2 * 10**9)
                shown._draw()
        text = out.getvalue().decode()
    assert "0/1 save " in text and "(1.00/2.00 GB, " in text


# ------------------------------------------------------------------------------------------------ peak memory

@pytest.mark.slow
def test_a_fresh_process_loads_large_weights_holding_them_once(tmp_path):
    from benchmarks import load_speed

    model = tmp_path / "llama_mid.py"  # TinyLlama's architecture with 12 of its 22 layers: 2.6 GB of weights
    model.write_text(test_export_memory.MODEL.format(root=str(ROOT), layers=test_export_memory.LAYERS))
    path = tmp_path / "llama_mid.mlir"
    torch.manual_seed(0)
    import torchtpu_aot.frontend.model_file as model_file

    spec = model_file.load_model_file(model)
    torchtpu_aot.export(spec.model, spec.args).save(path)
    del spec
    gc.collect()
    figures, process_peak = load_speed._child_json([load_speed._LOAD, str(path)], tmp_path)
    weight_bytes = figures["weight_bytes"]
    assert weight_bytes > 2.5e9
    # The whole loading process, Python and JAX included, peaks at 1.2x the weight bytes at most (the file read
    # whole and then copied was 2x); above what it held before loading, the weights are held once.
    assert figures["load_peak_rss"] <= 1.2 * weight_bytes, figures
    assert figures["load_peak_rss"] - figures["rss_before_load"] <= 1.05 * weight_bytes, figures
    assert process_peak >= figures["load_peak_rss"]
