"""Artifacts that survive bad input: one typed error per failure, safe paths, atomic writes, the compat promise."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
import safetensors.numpy
import torch
from click.testing import CliRunner

import torchtpu_aot
from tests import compat_tools
from tests.golden_tools import ROOT
from torchtpu_aot import errors, mlir_module
from torchtpu_aot.artifact import FORMAT_VERSION, check_target_version, isolate
from torchtpu_aot.cli.main import main as cli_main
from torchtpu_aot.errors import (
    ArtifactError,
    ArtifactExistsError,
    ArtifactNotFoundError,
    ManifestError,
    ManifestVersionError,
    NotMLIRError,
    NotStableHLOError,
    SignatureMismatchError,
    StableHLOVersionError,
    TargetVersionError,
    TruncatedArtifactError,
    UnsafePathError,
    WeightMismatchError,
    WeightsDigestError,
    WeightsFormatError,
    WeightsNotFoundError,
)

COMPAT = compat_tools.COMPAT


def copy_compat(folder: Path, stem: str = "v1_text") -> Path:
    """A private copy of a compat artifact (program + weights) to break in a test."""
    for suffix in (".mlir", ".safetensors"):
        shutil.copy(COMPAT / f"{stem}{suffix}", folder / f"{stem}{suffix}")
    return folder / f"{stem}.mlir"


def rewrite_manifest(path: Path, edit) -> None:
    """Apply ``edit`` to the manifest dict of the text artifact at ``path`` (in place)."""
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(path.read_text(), ctx)
        manifest = json.loads(mlir_module.read_string_attr(module, mlir_module.MANIFEST_ATTR))
        edit(manifest)
        mlir_module.set_string_attr(module, mlir_module.MANIFEST_ATTR, json.dumps(manifest))
        path.write_text(mlir_module.print_module(module))


def rewrite_weights(path: Path, data: bytes) -> None:
    """Replace the weights of the artifact at ``path`` and record their SHA-256, so only their content is wrong."""
    path.with_suffix(".safetensors").write_bytes(data)
    rewrite_manifest(path, lambda m: m["weights"].update(sha256=mlir_module.sha256_bytes(data)))


def load_error(path: Path, kind: type[ArtifactError]) -> str:
    """Load ``path``, expect exactly ``kind``, and return its message after checking it is one paragraph."""
    with pytest.raises(ArtifactError) as info:
        torchtpu_aot.load(path)
    assert type(info.value) is kind, f"{type(info.value).__name__}: {info.value}"
    message = str(info.value)
    assert "\n" not in message and len(message) < 700, message
    return message


# ------------------------------------------------------------------------------------------- the program file


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in load_error(tmp_path / "nope.mlir", ArtifactNotFoundError)
    (tmp_path / "dir.mlir").mkdir()
    assert "is a folder" in load_error(tmp_path / "dir.mlir", ArtifactNotFoundError)


@pytest.mark.parametrize("stem", ["v1_text", "v1_bytecode"])
def test_truncated_programs(tmp_path, stem):
    path = copy_compat(tmp_path, stem)
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 3, 12):
        path.write_bytes(data[:cut])
        message = load_error(path, TruncatedArtifactError)
        assert str(path) in message and ("ends early" in message or "header" in message), message
    path.write_bytes(b"")
    assert "is empty" in load_error(path, TruncatedArtifactError)


def test_not_mlir(tmp_path):
    path = tmp_path / "junk.mlir"
    path.write_bytes(b"\x00\xffnot mlir")
    assert "neither StableHLO text nor StableHLO bytecode" in load_error(path, NotMLIRError)
    path.write_text("this is a README, not a module }\n")
    assert "not a valid MLIR module" in load_error(path, NotMLIRError)
    data = (COMPAT / "v1_bytecode.mlir").read_bytes()
    header = data.index(b"\0") + 1
    path.write_bytes(data[:header] + b"\xff" * (len(data) - header))
    assert "does not deserialize (invalid section ID" in load_error(path, NotMLIRError)


def test_not_stablehlo(tmp_path):
    path = tmp_path / "arith.mlir"
    path.write_text("module {\n  func.func public @main(%a: tensor<f32>) -> tensor<f32> {\n"
                    "    %0 = arith.addf %a, %a : tensor<f32>\n    return %0 : tensor<f32>\n  }\n}\n")
    assert "not a StableHLO program: it uses arith.addf" in load_error(path, NotStableHLOError)
    path.write_text("module {\n  func.func public @other() {\n    return\n  }\n}\n")
    assert "no @main" in load_error(path, NotStableHLOError)
    path.write_text("module {\n  func.func private @main() {\n    return\n  }\n}\n")
    assert "private @main" in load_error(path, NotStableHLOError)
    path.write_bytes(mlir_module.BYTECODE_MAGIC + b"\x0dMLIR20.0.0git\x00" + b"\x00" * 32)
    assert "not a StableHLO portable artifact" in load_error(path, NotStableHLOError)


@pytest.mark.parametrize("version, newer", [("9.17.0", True), ("0.1.0", False)])
def test_bytecode_for_a_stablehlo_version_this_jaxlib_cannot_read(tmp_path, version, newer):
    path = copy_compat(tmp_path, "v1_bytecode")
    data = path.read_bytes()
    path.write_bytes(data.replace(b"StableHLO_v0.9.0", f"StableHLO_v{version}".encode(), 1))
    message = load_error(path, StableHLOVersionError)
    current, minimum = mlir_module.current_version(), mlir_module.minimum_version()
    assert f"for StableHLO {version}" in message and f"reads StableHLO {minimum} to {current}" in message
    assert ("Upgrade jax and jaxlib" in message) == newer


# ------------------------------------------------------------------------------------------------ the manifest


def test_manifest_missing_or_not_json(tmp_path):
    path = tmp_path / "plain.mlir"
    path.write_text("module {\n  func.func public @main() {\n    return\n  }\n}\n")
    assert "no torchtpu manifest" in load_error(path, ManifestError)
    path = copy_compat(tmp_path)
    text = path.read_text()
    start = text.index('torchtpu.manifest = "') + len('torchtpu.manifest = "')
    path.write_text(text[:start] + "{oops" + text[start:])
    assert "not valid JSON" in load_error(path, ManifestError)


@pytest.mark.parametrize("edit, expected", [
    (lambda m: m.update(format="onnx"), "'format' is not 'torchtpu_aot'"),
    (lambda m: m.pop("inputs"), "'inputs' is missing"),
    (lambda m: m["inputs"][0].update(dtype="float31"), "unknown dtype 'float31'"),
    (lambda m: m["inputs"][0].update(shape=["batch", True]), "invalid dim True"),
    (lambda m: m["inputs"][0].update(shape=["nobody", 4]), "undeclared dynamic dims ['nobody']"),
    (lambda m: m["inputs"][0].update(shape=["batch +", 4]), "do not parse"),
    (lambda m: m["symbols"]["batch"].update(min=0), "invalid range"),
    (lambda m: m.update(platforms=["cpu", "abacus"]), "'platforms' must list"),
    (lambda m: m.update(platform_index_argument=False), "'platform_index_argument'"),
    (lambda m: m["weights"].update(sha256="abc"), "SHA-256 (64 hex digits)"),
    (lambda m: m["mutated_buffers"].append({"buffer": "nobody", "output": 3}), "'mutated_buffers' names"),
    (lambda m: m["input_spec"].update(kind="banana"), "not a valid pytree spec"),
    (lambda m: m["inputs"].append({"name": "extra", "constant": 1}), "disagree in length"),
    (lambda m: m["weights"]["tensors"].append(dict(m["weights"]["tensors"][0])), "appear more than once"),
], ids=["format", "no inputs", "dtype", "bool dim", "undeclared dim", "bad expression", "range", "platforms",
        "platform index", "sha", "mutated buffer", "spec kind", "spec length", "duplicate weight"])
def test_malformed_manifests(tmp_path, edit, expected):
    path = copy_compat(tmp_path)
    rewrite_manifest(path, edit)
    message = load_error(path, ManifestError)
    assert expected in message, message


def test_newer_format_version_names_the_version_needed(tmp_path):
    path = copy_compat(tmp_path)
    rewrite_manifest(path, lambda m: m.update(format_version=FORMAT_VERSION + 1))
    message = load_error(path, ManifestVersionError)
    assert f"format version {FORMAT_VERSION + 1}" in message and f"versions up to {FORMAT_VERSION}" in message
    assert "upgrade torchtpu_aot" in message


@pytest.mark.parametrize("file", ["../v1_text.safetensors", "/etc/passwd", "sub/w.safetensors", "..", "a\\b"])
def test_weights_file_cannot_point_outside_the_artifact_folder(tmp_path, file):
    path = copy_compat(tmp_path)
    rewrite_manifest(path, lambda m: m["weights"].update(file=file))
    assert "not a plain file name beside the program" in load_error(path, UnsafePathError)


@pytest.mark.parametrize("edit, expected", [
    (lambda m: m["inputs"][2].update(shape=[4]), "argument 7 is tensor<3xf32>, but the manifest describes 'bias'"),
    (lambda m: m["outputs"][2].update(dtype="int32"), "result 2 is tensor<?xi64>"),
    (lambda m: m["inputs"][0].update(shape=[3, 4]), "argument 5 is tensor<?x4xf32>"),
    (lambda m: m["weights"]["tensors"].pop(), "@main has 8 arguments, but its manifest describes 7"),
], ids=["shape", "dtype", "static vs dynamic", "count"])
def test_signature_that_disagrees_with_main(tmp_path, edit, expected):
    path = copy_compat(tmp_path)
    rewrite_manifest(path, edit)
    assert expected in load_error(path, SignatureMismatchError)


# ------------------------------------------------------------------------------------------------- the weights


def test_weights_missing_tampered_or_malformed(tmp_path):
    path = copy_compat(tmp_path)
    weights = path.with_suffix(".safetensors")
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    assert "does not match the SHA-256" in load_error(path, WeightsDigestError)
    weights.unlink()
    assert "is missing; it must lie beside the .mlir" in load_error(path, WeightsNotFoundError)
    good = (COMPAT / "v1_text.safetensors").read_bytes()
    header_len = int.from_bytes(good[:8], "little")
    broken = good[:8] + good[8:8 + header_len].replace(b'"dtype"', b'"dtypo"', 1) + good[8 + header_len:]
    rewrite_weights(path, broken)
    assert "is not valid safetensors" in load_error(path, WeightsFormatError)
    rewrite_weights(path, (2**40).to_bytes(8, "little") + good[8:])
    assert "is not valid safetensors" in load_error(path, WeightsFormatError)
    header = json.loads(good[8:8 + header_len])
    name = next(n for n in header if n != "__metadata__")
    header[name]["data_offsets"] = [offset + 8 for offset in header[name]["data_offsets"]]  # a hole before it
    text = json.dumps(header).encode()
    rewrite_weights(path, len(text).to_bytes(8, "little") + text + good[8 + header_len:] + bytes(8))
    assert "is not valid safetensors (the data of " in load_error(path, WeightsFormatError)


def test_weight_whose_dtype_or_shape_disagrees(tmp_path):
    path = copy_compat(tmp_path)
    arrays = safetensors.numpy.load_file(COMPAT / "v1_text.safetensors")
    rewrite_weights(path, safetensors.numpy.save({**arrays, "scale": np.zeros(4, np.float32)}))
    message = load_error(path, WeightMismatchError)
    assert "holds 'scale' as float32[4], but the manifest says float32[3]" in message
    rewrite_weights(path, safetensors.numpy.save({**arrays, "scale": np.zeros(3, np.float64)}))
    assert "holds 'scale' as float64[3]" in load_error(path, WeightMismatchError)
    rewrite_weights(path, safetensors.numpy.save({k: v for k, v in arrays.items() if k != "scale"}))
    assert "lacks the tensor 'scale'" in load_error(path, WeightMismatchError)


# --------------------------------------------------------------------------------------------- target versions


def test_target_versions_are_checked():
    current, minimum = mlir_module.current_version(), mlir_module.minimum_version()
    assert check_target_version(None) == current and check_target_version(minimum) == minimum
    assert check_target_version("01.0.0") == "1.0.0"
    for bad, expected in (("99.0.0", "outside what the installed jaxlib can write"), ("0.0.1", "outside"),
                          ("latest", "not a version like 1.0.0"), ("1.0", "not a version"), (" 1.0.0", "not a")):
        with pytest.raises(TargetVersionError, match=re.escape(expected)) as info:
            check_target_version(bad)
        assert f"{minimum} to {current}" in str(info.value)


def test_a_target_version_too_old_for_the_program_is_a_clear_error(tmp_path):
    art = torchtpu_aot.export(torch.nn.GELU(), (torch.randn(2, 3),))
    with pytest.raises(TargetVersionError, match=r"uses operations \(vhlo\.composite.*StableHLO 0\.9\.0 cannot "
                                                 r"express.*Pick a newer --target-version"):
        art.save(tmp_path / "gelu.mlir", format="bytecode", target_version="0.9.0")
    assert list(tmp_path.iterdir()) == []
    program = torchtpu_aot.load(art.save(tmp_path / "gelu.mlir", format="bytecode", target_version="1.0.0"))
    assert program.manifest.to_json()["program"] == {"format": "bytecode", "stablehlo_version": "1.0.0"}


# ------------------------------------------------------------------------------------------ writing artifacts


@pytest.fixture(scope="module")
def small_artifact():
    torch.manual_seed(0)
    return torchtpu_aot.export(torch.nn.Linear(3, 2), (torch.randn(1, 3),))


def test_existing_files_are_replaced_only_when_asked(tmp_path, small_artifact):
    path = small_artifact.save(tmp_path / "m.mlir")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(before) == ["m.mlir", "m.safetensors"]
    path.with_suffix(".safetensors").write_bytes(b"stale")
    with pytest.raises(ArtifactExistsError, match="m.mlir, .*m.safetensors already exist; nothing was written"):
        small_artifact.save(path)
    assert path.read_bytes() == before["m.mlir"] and path.with_suffix(".safetensors").read_bytes() == b"stale"
    path.unlink()
    with pytest.raises(ArtifactExistsError, match="m.safetensors already exists"):
        small_artifact.save(path)  # the weights alone are enough to refuse: they would be overwritten
    small_artifact.save(path, overwrite=True)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    torchtpu_aot.load(path)


@pytest.mark.parametrize("existing", [False, True], ids=["new", "overwrite"])
@pytest.mark.parametrize("failing", [1, 2], ids=["first rename", "second rename"])
def test_interrupted_save_leaves_the_old_artifact_or_none(tmp_path, small_artifact, monkeypatch, existing, failing):
    path = tmp_path / "m.mlir"
    before = {}
    if existing:
        torchtpu_aot.export(torch.nn.Linear(3, 2), (torch.randn(1, 3),)).save(path)
        before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    calls = []
    real_replace, real_link = os.replace, os.link

    def interrupt_on(n, real):
        def fn(src, dst, *args, **kwargs):
            if str(src).endswith(".tmp"):
                calls.append(dst)
                if len(calls) == n:
                    raise KeyboardInterrupt  # Ctrl-C between the renames
            return real(src, dst, *args, **kwargs)
        return fn

    monkeypatch.setattr(os, "replace", interrupt_on(failing, real_replace))
    monkeypatch.setattr(os, "link", interrupt_on(failing, real_link))
    with pytest.raises(KeyboardInterrupt):
        small_artifact.save(path, overwrite=existing)
    monkeypatch.undo()
    assert len(calls) == failing
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temp files, no half artifact


def test_cli_export_refuses_to_overwrite_without_force(tmp_path):
    runner = CliRunner()
    out = tmp_path / "mlp.mlir"
    out.write_bytes(b"keep me")
    result = runner.invoke(cli_main, ["export", str(ROOT / "models" / "mlp.py"), "-o", str(out)])
    assert result.exit_code == ArtifactExistsError.exit_code, result.output
    assert "already exists; nothing was written" in result.output and "--force" in result.output
    assert out.read_bytes() == b"keep me" and not out.with_suffix(".safetensors").exists()
    result = runner.invoke(cli_main, ["export", str(ROOT / "models" / "mlp.py"), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    torchtpu_aot.load(out)


# ----------------------------------------------------------------------------------------- exit codes and docs


def test_the_readme_error_table_is_the_exit_codes():
    from torchtpu_aot.serve.errors import ServeError

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.TorchTPUError)]
    classes = [c for c in [*classes, ServeError] if "exit_code" in vars(c)]
    codes = [c.exit_code for c in classes]
    # each error its own code, but for the usage errors, which share click's 2
    assert sorted(c.__name__ for c in classes if codes.count(c.exit_code) > 1) == ["ModelFileError", "OptionError"]
    assert errors.ModelFileError.exit_code == errors.OptionError.exit_code == 2
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \|", (ROOT / "README.md").read_text(), re.M)
    assert sorted((str(c.exit_code), c.__name__) for c in classes) == sorted(rows)


@pytest.mark.parametrize("content, kind", [(None, ArtifactNotFoundError), (b"", TruncatedArtifactError),
                                           (b"\xff\xfe", NotMLIRError)], ids=["missing", "empty", "junk"])
def test_cli_prints_one_paragraph_and_the_error_exit_code(tmp_path, content, kind):
    path = tmp_path / "a.mlir"
    if content is not None:
        path.write_bytes(content)
    for command in ("run", "inspect"):
        result = CliRunner().invoke(cli_main, [command, str(path)])
        assert result.exit_code == kind.exit_code, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and str(path) in lines[0], result.output


# --------------------------------------------------------------------------------------------- trust and compat


def test_artifact_and_runtime_code_cannot_execute_artifact_data():
    """No pickle, eval/exec or import-by-name where artifacts are read and run."""
    forbidden = re.compile(r"\b(pickle|marshal|shelve|__import__|importlib|import_module|torch\.load)\b"
                           r"|(?<![\w.])(eval|exec|compile)\s*\(|allow_pickle\s*=\s*True")
    files = [ROOT / "torchtpu_aot" / "mlir_module.py", ROOT / "torchtpu_aot" / "pytree.py",
             ROOT / "torchtpu_aot" / "dtypes.py"]
    files += sorted((ROOT / "torchtpu_aot" / "artifact").glob("*.py"))
    files += sorted((ROOT / "torchtpu_aot" / "runtime").glob("*.py"))
    hits = [f"{f.name}:{i}: {line.strip()}" for f in files for i, line in enumerate(f.read_text().splitlines(), 1)
            if forbidden.search(line.split("#")[0]) and not line.strip().startswith(('"', "'"))]
    assert not hits, hits


@pytest.mark.parametrize("stem", list(compat_tools.PROGRAMS))
def test_compat_artifacts_load_and_run(stem):
    path = COMPAT / f"{stem}.mlir"
    program = torchtpu_aot.load(path)
    m = program.manifest.to_json()
    assert m["format_version"] == 1 and m["program"]["format"] == compat_tools.PROGRAMS[stem]
    if stem == "v1_bytecode":
        assert mlir_module.portable_version(path.read_bytes()) == mlir_module.minimum_version()
        assert m["program"]["stablehlo_version"] == mlir_module.minimum_version()
    inputs = safetensors.numpy.load_file(COMPAT / "inputs.safetensors")
    expected = safetensors.numpy.load_file(COMPAT / "expected.safetensors")
    got = program.run_named(inputs)
    assert sorted(got) == sorted(expected) == ["stats.argmax", "stats.sum", "y"]
    for name, want in expected.items():
        assert got[name].dtype == want.dtype and got[name].shape == want.shape
        scale = max(float(np.abs(want).max()), 1e-6)
        assert float(np.abs(got[name] - want).max()) / scale <= 1e-5, name
    # The dynamic batch dim still works: one row of the stored inputs gives that row of the stored outputs.
    row = program(inputs["x"][1:2], inputs["ids"][1:2], bias=inputs["bias"])
    np.testing.assert_allclose(row["y"], expected["y"][1:2], rtol=1e-5, atol=1e-6)
    assert row["stats"]["argmax"].tolist() == expected["stats.argmax"][1:2].tolist()


def test_compat_files_are_never_overwritten_without_force(tmp_path, monkeypatch):
    before = {p.name: p.read_bytes() for p in COMPAT.iterdir()}
    assert compat_tools.main([]) == 1
    assert {p.name: p.read_bytes() for p in COMPAT.iterdir()} == before
    monkeypatch.setattr(compat_tools, "COMPAT", tmp_path)
    assert compat_tools.main([]) == 0  # a fresh folder is filled: the tool still exports at the oldest version
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)
    assert torchtpu_aot.load(tmp_path / "v1_bytecode.mlir").manifest.to_json()["program"]["stablehlo_version"] == \
        mlir_module.minimum_version()


@pytest.mark.skipif(not isolate.available(), reason="bytecode is read in-process where fork is unavailable")
def test_a_crash_or_hang_in_the_bytecode_reader_is_an_error_not_a_dead_process(tmp_path, monkeypatch):
    path = copy_compat(tmp_path, "v1_bytecode")
    monkeypatch.setattr(mlir_module, "from_portable", lambda data: os.abort())
    message = load_error(path, NotMLIRError)
    assert "crashes MLIR's bytecode reader (the reader crashed with signal 6)" in message
    with pytest.raises(isolate.ChildCrashed, match="did not finish within 1 s"):
        isolate.run(lambda data: time.sleep(60) or "", b"", ValueError, lambda e: [str(e)], timeout=1)
    with pytest.raises(isolate.ChildError, match="bad input"):
        isolate.run(lambda data: int("bad input"), b"", ValueError, lambda e: [str(e)])
    assert isolate.run(lambda data: data.decode()[::-1], "ab\u00e9".encode(), ValueError, list) == "\u00e9ba"
