"""models/ through torch.onnx.export and then the ONNX frontend give the outputs of the direct torch path."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import torchtpu_aot
from torchtpu_aot.compare import compare

TOLERANCE = 1e-4  # max |error| relative to each output's own max |value|, as for the torch path
MODELS = ["mlp", pytest.param("gpt_decoder", marks=pytest.mark.slow), pytest.param("resnet18", marks=pytest.mark.slow),
          pytest.param("vit_b_16", marks=pytest.mark.slow)]


def onnx_export(model, args, path):
    """torch.onnx.export's maintained (dynamo) exporter, at the example inputs' shapes."""
    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        program = torch.onnx.export(model, tuple(args), dynamo=True, verbose=False)
    program.save(str(path))
    return path


@pytest.mark.parametrize("name", MODELS)
def test_onnx_route_matches_torch_route(name, exported_model, tmp_path):
    direct = exported_model(name)
    spec = direct.spec
    assert not spec.kwargs, "the cross-check passes inputs positionally"
    source = onnx_export(spec.model, spec.args, tmp_path / f"{name}.onnx")
    artifact = torchtpu_aot.export_onnx(source, platforms=("cpu",))
    onnx_program = torchtpu_aot.load(artifact.save(tmp_path / f"{name}_onnx.mlir"))
    torch_program = torchtpu_aot.load(direct.artifact.save(tmp_path / f"{name}_torch.mlir"))
    inputs = [np.asarray(a) for a in spec.args]
    from_onnx = onnx_program(*inputs)
    from_torch = torch_program(*inputs)
    reference = direct.reference if isinstance(direct.reference, (tuple, list)) else (direct.reference,)
    assert len(from_onnx) == len(reference)
    for got, want, eager in zip(from_onnx, [from_torch] if len(reference) == 1 else from_torch, reference):
        errors = compare(want, got) + compare(eager, got)
        for e in errors:
            assert e.scale > 0, f"{name}: an all-zero output proves nothing"
            assert e.within(TOLERANCE), f"{name}: {e}"
    weights = {e["role"] for e in artifact.manifest.to_json()["weights"]["tensors"]}
    assert weights == {"initializer"}, "the model's parameters must come through as weights"


@pytest.mark.slow
def test_dynamic_batch_survives_the_onnx_route(exported_model, tmp_path):
    """torch.onnx.export with a dynamic batch: the artifact keeps it, and shapes computed from it still work."""
    import torch

    spec = exported_model("gpt_decoder").spec
    (ids,) = spec.args
    batch = torch.export.Dim("batch", min=1, max=64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        program = torch.onnx.export(spec.model, (ids,), dynamo=True, verbose=False, dynamic_shapes=({0: batch},))
    program.save(str(tmp_path / "gpt.onnx"))
    artifact = torchtpu_aot.export_onnx(tmp_path / "gpt.onnx", platforms=("cpu",))
    assert artifact.manifest.to_json()["inputs"][0]["shape"] == ["batch", ids.shape[1]]
    loaded = torchtpu_aot.load(artifact.save(tmp_path / "gpt.mlir"))
    for size in (1, 3):
        x = torch.cat([ids] * 2)[:size]
        with torch.no_grad():
            want = spec.model(x)
        for e in compare(want, loaded(x.numpy())[0]):
            assert e.scale > 0 and e.within(TOLERANCE), f"batch {size}: {e}"
