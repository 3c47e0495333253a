"""Every model in models/ (and the quantized goldens): golden text byte for byte, numerics against eager torch (the
fake-quantized model for a quantized golden), stored golden outputs."""

from __future__ import annotations

import difflib

import numpy as np
import pytest
import safetensors.numpy

import torchtpu_aot
from tests.golden_tools import ARTIFACTS, golden_names
from torchtpu_aot.compare import compare

TOLERANCE = 1e-4  # max |error| relative to each output's own max |value|
MODELS = golden_names()


def test_every_model_has_a_golden():
    assert MODELS, "models/ is empty"
    missing = [m for m in MODELS if not (ARTIFACTS / m / f"{m}.mlir").is_file()]
    assert not missing, f"no golden artifact for {missing}; run `make goldens`"


@pytest.mark.parametrize("name", MODELS)
def test_export_matches_golden_text(name, exported_model):
    golden = (ARTIFACTS / name / f"{name}.mlir").read_text()
    fresh = exported_model(name).golden_text().decode()
    if fresh != golden:
        diff = "".join(difflib.unified_diff(golden.splitlines(True), fresh.splitlines(True),
                                            f"artifacts/{name}/{name}.mlir (golden)", "fresh export", n=2))
        pytest.fail(f"Export of {name} differs from its golden (if intended, run `make goldens`):\n"
                    + diff[:20000])


@pytest.mark.parametrize("name", MODELS)
def test_numerics_match_eager_torch(name, exported_model, tmp_path):
    exported = exported_model(name)
    path = exported.artifact.save(tmp_path / f"{name}.mlir")
    program = torchtpu_aot.load(path)
    got = program(*exported.spec.args, **exported.spec.kwargs)
    errors = compare(exported.reference, got)
    assert errors, "model has no outputs to compare"
    for e in errors:
        assert e.scale > 0, f"{name} output {e.name} is all zeros: the check would prove nothing"
        assert e.within(TOLERANCE), f"{name} output {e.name}: {e}"


GOLDEN_OUTPUTS = [m for m in MODELS if (ARTIFACTS / m / "expected.safetensors").is_file()]


@pytest.mark.parametrize("name", GOLDEN_OUTPUTS)
def test_stored_golden_artifact_reproduces_stored_outputs(name):
    folder = ARTIFACTS / name
    program = torchtpu_aot.load(folder / f"{name}.mlir")
    inputs = safetensors.numpy.load_file(folder / "inputs.safetensors")
    expected = safetensors.numpy.load_file(folder / "expected.safetensors")
    got = program.run_named(inputs)
    assert sorted(got) == sorted(expected)
    for key, want in expected.items():
        scale = float(np.abs(want).max())
        assert scale > 0
        assert np.abs(got[key].astype(np.float64) - want).max() <= TOLERANCE * scale, key


def test_small_models_keep_their_weights_and_samples():
    # The regression check above must cover at least the decoder and the kwargs/dict model.
    assert {"gpt_decoder", "dict_model", "mlp", "mlp_int8", "gpt_decoder_int4"} <= set(GOLDEN_OUTPUTS)
