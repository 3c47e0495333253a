"""The artifact contract: self-describing manifest, portable program, checked reading, torch-free runtime."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

import torchtpu_aot
from tests.golden_tools import ARTIFACTS, ROOT
from torchtpu_aot import mlir_module
from torchtpu_aot.artifact import FORMAT_VERSION, check_target_version, read_artifact
from torchtpu_aot.convert.emit import PORTABLE_CUSTOM_CALLS
from torchtpu_aot.errors import ArtifactError


@pytest.fixture(scope="module")
def mlp_artifact(tmp_path_factory):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 2)).eval()
    x = torch.randn(3, 4)
    path = torchtpu_aot.export(model, (x,)).save(tmp_path_factory.mktemp("mlp") / "mlp.mlir")
    with torch.no_grad():
        return path, x.numpy(), model(x).numpy()


def test_manifest_describes_the_program(mlp_artifact):
    path, _, _ = mlp_artifact
    m = read_artifact(path).manifest.to_json()
    assert m["format"] == "torchtpu_aot" and m["format_version"] == 1  # 2: data-dependent outputs only
    assert set(m["producer"]) == {"torchtpu_aot", "torch", "jax", "jaxlib", "stablehlo"}
    assert m["platforms"] == ["cpu", "cuda", "tpu"]
    assert m["inputs"] == [{"name": "input", "dtype": "float32", "shape": [3, 4]}]  # Sequential's forward(input)
    assert m["outputs"] == [{"name": "output", "dtype": "float32", "shape": [3, 2]}]
    assert [t["name"] for t in m["weights"]["tensors"]] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    assert m["weights"]["file"] == "mlp.safetensors"
    assert m["weights"]["sha256"] == mlir_module.sha256_bytes(path.with_suffix(".safetensors").read_bytes())
    assert m["program"] == {"format": "text", "stablehlo_version": mlir_module.current_version()}


def test_main_arguments_and_results_carry_names(mlp_artifact):
    text = mlp_artifact[0].read_text()
    for name in ("0.weight", "0.bias", "2.weight", "2.bias", "input", "output"):
        assert f'torchtpu.name = "{name}"' in text


def _golden_programs():
    return sorted(ARTIFACTS.glob("*/*.mlir"))


@pytest.mark.parametrize("path", _golden_programs(), ids=lambda p: p.parent.name)
def test_goldens_are_platform_neutral(path):
    """No backend-specific custom calls (LAPACK and the like), lowered for cpu, cuda and tpu."""
    loaded = read_artifact(path)  # text or bytecode (artifacts/compat holds both)
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(loaded.program_text, ctx)
        targets = mlir_module.custom_call_targets(module)
    assert targets <= PORTABLE_CUSTOM_CALLS, targets - PORTABLE_CUSTOM_CALLS
    assert loaded.manifest.to_json()["platforms"] == ["cpu", "cuda", "tpu"]


def test_runtime_works_without_torch(mlp_artifact):
    path, x, want = mlp_artifact
    np.save(path.parent / "x.npy", x)
    script = textwrap.dedent(f"""
        import importlib.abc, sys
        class NoTorch(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name == "torch" or name.startswith("torch."):
                    raise ImportError("torch is not installed on this serving host")
        sys.meta_path.insert(0, NoTorch())
        import numpy as np
        import torchtpu_aot
        y = torchtpu_aot.load({str(path)!r})(np.load({str(path.parent / "x.npy")!r}))
        assert "torch" not in sys.modules
        try:
            torchtpu_aot.export(None, ())
        except torchtpu_aot.TorchTPUError as e:
            assert "needs PyTorch" in str(e), e
        else:
            raise AssertionError("export without torch did not fail clearly")
        np.save({str(path.parent / "y.npy")!r}, y)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
    np.testing.assert_allclose(np.load(path.parent / "y.npy"), want, rtol=1e-5, atol=1e-6)


def test_missing_and_foreign_files_are_refused(tmp_path):
    with pytest.raises(ArtifactError, match="does not exist"):
        torchtpu_aot.load(tmp_path / "nope.mlir")
    (tmp_path / "junk.mlir").write_bytes(b"\x00\xffnot mlir")
    with pytest.raises(ArtifactError, match="neither StableHLO text nor"):
        torchtpu_aot.load(tmp_path / "junk.mlir")
    (tmp_path / "plain.mlir").write_text("module {\n  func.func public @main() {\n    return\n  }\n}\n")
    with pytest.raises(ArtifactError, match="no torchtpu manifest"):
        torchtpu_aot.load(tmp_path / "plain.mlir")


def test_tampered_weights_are_refused(mlp_artifact, tmp_path):
    path = mlp_artifact[0]
    copy = tmp_path / "mlp.mlir"
    copy.write_bytes(path.read_bytes())
    data = bytearray(path.with_suffix(".safetensors").read_bytes())
    data[-1] ^= 0xFF
    copy.with_suffix(".safetensors").write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="SHA-256"):
        torchtpu_aot.load(copy)
    copy.with_suffix(".safetensors").unlink()
    with pytest.raises(ArtifactError, match="is missing"):
        torchtpu_aot.load(copy)


def _rewrite_manifest(text: str, edit) -> str:
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(text, ctx)
        manifest = json.loads(mlir_module.read_string_attr(module, mlir_module.MANIFEST_ATTR))
        edit(manifest)
        mlir_module.set_string_attr(module, mlir_module.MANIFEST_ATTR, json.dumps(manifest))
        return mlir_module.print_module(module)


def test_newer_format_version_names_the_version_needed(mlp_artifact, tmp_path):
    bumped = _rewrite_manifest(mlp_artifact[0].read_text(),
                               lambda m: m.update(format_version=FORMAT_VERSION + 1))
    (tmp_path / "new.mlir").write_text(bumped)
    with pytest.raises(ArtifactError, match=f"format version {FORMAT_VERSION + 1}.*upgrade"):
        torchtpu_aot.load(tmp_path / "new.mlir")


def test_weights_file_cannot_point_outside_the_artifact_folder(mlp_artifact, tmp_path):
    escaped = _rewrite_manifest(mlp_artifact[0].read_text(),
                                lambda m: m["weights"].update(file="../../etc/passwd"))
    (tmp_path / "escape.mlir").write_text(escaped)
    with pytest.raises(ArtifactError, match="plain file name"):
        torchtpu_aot.load(tmp_path / "escape.mlir")


def test_target_versions_are_checked():
    assert check_target_version(None) == mlir_module.current_version()
    assert check_target_version(mlir_module.minimum_version()) == mlir_module.minimum_version()
    with pytest.raises(ArtifactError, match="outside what the installed jaxlib can write"):
        check_target_version("99.0.0")
    with pytest.raises(ArtifactError, match="not a version"):
        check_target_version("latest")


def test_save_refuses_a_path_without_mlir_suffix(mlp_artifact, tmp_path):
    art = torchtpu_aot.export(torch.nn.Linear(2, 2), (torch.randn(1, 2),))
    with pytest.raises(ArtifactError, match="must end in .mlir"):
        art.save(tmp_path / "model.bin")
