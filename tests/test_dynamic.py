"""Dynamic dims: one artifact runs at many shapes, checked against eager torch; bad shapes fail before running;
bucketing bounds the number of compilations."""

from __future__ import annotations

import numpy as np
import pytest
import safetensors.numpy
import torch
from torch import nn
from torch.export import Dim

import torchtpu_aot
from tests.golden_tools import ARTIFACTS, model_names
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import InputError, OptionError

TOLERANCE = 1e-4

# Per model: sizes of its dynamic dims to run at (besides the example's), at least three different shapes.
SHAPES = {
    "mlp": [{"batch": 1}, {"batch": 7}, {"batch": 1024}],
    "resnet18": [{"batch": 1}, {"batch": 3}, {"batch": 5}],
    "gpt_decoder": [{"batch": 1, "seq": 1}, {"batch": 3, "seq": 17}, {"batch": 5, "seq": 64}],
    "conv1d_seq": [{"batch": 1, "length": 8}, {"batch": 3, "length": 257}, {"batch": 4, "length": 1000}],
    "vit_b_16": [{"batch": 1}, {"batch": 3}, {"batch": 4}],
    "llama": [{"batch": 1, "seq": 1}, {"batch": 3, "seq": 37}, {"batch": 16, "seq": 256}],
}
SLOW = {"vit_b_16"}


def _dynamic_models() -> list[str]:
    from tests.golden_tools import MODELS
    from torchtpu_aot.frontend.model_file import load_model_file

    return [m for m in model_names() if load_model_file(MODELS / f"{m}.py").dynamic_shapes is not None]


def test_every_dynamic_model_is_checked_at_three_shapes():
    assert set(_dynamic_models()) == set(SHAPES)
    assert all(len({tuple(sorted(s.items())) for s in shapes}) >= 3 for shapes in SHAPES.values())


@pytest.mark.parametrize("name", [pytest.param(m, marks=pytest.mark.slow) if m in SLOW else m for m in SHAPES])
def test_one_artifact_matches_eager_torch_at_every_shape(name, exported_model, tmp_path):
    exported = exported_model(name)
    manifest = exported.artifact.manifest.to_json()
    assert manifest["symbols"] and all(info["dims"] for info in manifest["symbols"].values())
    assert "?" in exported.golden_text().decode()  # the program itself is shape-polymorphic
    program = torchtpu_aot.load(exported.artifact.save(tmp_path / f"{name}.mlir"))
    for sizes in SHAPES[name]:
        resized = exported.resized(sizes)
        got = program(*resized.spec.args, **resized.spec.kwargs)
        for e in compare(resized.reference, got):
            assert e.scale > 0 and e.within(TOLERANCE), f"{name} at {sizes}, output {e.name}: {e}"
    assert program.compilations == len(SHAPES[name])


RESIZED = [m for m in model_names() if (ARTIFACTS / m / "resized_expected.safetensors").is_file()]


@pytest.mark.parametrize("name", RESIZED)
def test_stored_dynamic_golden_reproduces_outputs_at_another_shape(name):
    folder = ARTIFACTS / name
    program = torchtpu_aot.load(folder / f"{name}.mlir")
    inputs = safetensors.numpy.load_file(folder / "resized_inputs.safetensors")
    expected = safetensors.numpy.load_file(folder / "resized_expected.safetensors")
    example = safetensors.numpy.load_file(folder / "inputs.safetensors")
    assert any(inputs[k].shape != example[k].shape for k in inputs)
    got = program.run_named(inputs)
    for key, want in expected.items():
        assert got[key].shape == want.shape
        assert np.abs(got[key].astype(np.float64) - want).max() <= TOLERANCE * float(np.abs(want).max()), key


def test_dynamic_goldens_are_kept_for_the_small_models():
    assert {"mlp", "gpt_decoder", "conv1d_seq"} <= set(RESIZED)


# ------------------------------------------------------------------------------------------------ shape errors


class Pair(nn.Module):
    def forward(self, x, y):
        return x + y.sum(dim=1, keepdim=True), x[:, ::2]


@pytest.fixture(scope="module")
def pair_program(tmp_path_factory):
    batch = Dim("batch", min=2, max=16)
    half = Dim("half", min=1, max=8)
    art = torchtpu_aot.export(Pair(), (torch.randn(4, 6), torch.randn(4, 3)),
                              dynamic_shapes={"x": {0: batch, 1: 2 * half}, "y": {0: batch}})
    return torchtpu_aot.load(art.save(tmp_path_factory.mktemp("pair") / "pair.mlir"))


def _f32(*shape):
    return np.ones(shape, np.float32)


def test_export_takes_the_cli_spelling_of_dynamic_dims(tmp_path):
    art = torchtpu_aot.export(Pair(), (torch.randn(4, 6), torch.randn(4, 3)),
                              dynamic_shapes=["x:0=batch[2,16]", "y:0=batch", "x:1=2*half[2,8]", "y:1=width[2,9]"])
    assert art.manifest.to_json()["symbols"] == {"batch": {"min": 2, "max": 16, "dims": ["x:0", "y:0"]},
                                       "half": {"min": 2, "max": 8, "dims": ["x:1"]},
                                       "width": {"min": 2, "max": 9, "dims": ["y:1"]}}
    assert [e["shape"] for e in art.manifest.to_json()["inputs"]] == [["batch", "2*half"], ["batch", "width"]]


def test_manifest_names_each_dim_its_range_and_the_input_dims_it_binds(pair_program):
    symbols = pair_program.manifest.to_json()["symbols"]
    assert symbols == {"batch": {"min": 2, "max": 16, "dims": ["x:0", "y:0"]},
                       "half": {"min": 2, "max": 8, "dims": ["x:1"]}}
    assert pair_program.manifest.to_json()["inputs"][0]["shape"] == ["batch", "2*half"]


def test_any_shape_inside_the_ranges_runs(pair_program):
    for b, h in [(2, 2), (5, 3), (16, 8)]:
        x, y = np.random.rand(b, 2 * h).astype(np.float32), np.random.rand(b, 3).astype(np.float32)
        out, half = pair_program(x, y)
        np.testing.assert_allclose(out, x + y.sum(1, keepdims=True), rtol=1e-6)
        np.testing.assert_array_equal(half, x[:, ::2])


@pytest.mark.parametrize("x, y, message", [
    (_f32(17, 4), _f32(17, 3), r"Input 'x' dim 0 is 17, outside the range \[2, 16\] of the dynamic dim 'batch'"),
    (_f32(1, 4), _f32(1, 3), r"Input 'x' dim 0 is 1, outside the range \[2, 16\] of the dynamic dim 'batch'"),
    (_f32(4, 4), _f32(5, 3), r"Input 'y' dim 0 is 5, but input 'x' dim 0 gave the dynamic dim 'batch' the size 4"),
    (_f32(4, 5), _f32(4, 3), r"Input 'x' dim 1 is 5, but the model needs 2\*half there .*never 5"),
    (_f32(4, 18), _f32(4, 3),
     r"Input 'x' dim 1 is 18 \(2\*half with half=9\), outside the range \[2, 8\] of the dynamic dim 'half'"),
    (_f32(4, 4), _f32(4, 2), r"Input 'y' has shape \[4, 2\], but the model was exported with shape \['batch', 3\]"),
    (_f32(4), _f32(4, 3), r"Input 'x' has shape \[4\], but the model expects rank 2"),
])
def test_bad_shapes_fail_before_running_naming_input_dim_and_range(pair_program, x, y, message):
    before = pair_program.compilations
    with pytest.raises(InputError, match=message):
        pair_program(x, y)
    assert pair_program.compilations == before


# ------------------------------------------------------------------------------------------------ compilation


@pytest.fixture(scope="module")
def mlp_path(tmp_path_factory, exported_model):
    return exported_model("mlp").artifact.save(tmp_path_factory.mktemp("mlp") / "mlp.mlir")


def _batch(n: int) -> np.ndarray:
    return np.random.default_rng(n).standard_normal((n, 64)).astype(np.float32)


def test_buckets_compile_only_the_buckets_used_and_slice_the_padding_off(mlp_path):
    plain = torchtpu_aot.load(mlp_path)
    bucketed = torchtpu_aot.load(mlp_path, buckets=[1, 2, 4, 8, 16])
    for n in (3, 5, 7):
        got = bucketed(_batch(n))
        assert got.shape == (n, 10)
        np.testing.assert_allclose(got, plain(_batch(n)), rtol=1e-5, atol=1e-6)
    assert bucketed.compilations == 2  # batch 3 -> 4, 5 and 7 -> 8
    assert plain.compilations == 3
    bucketed(_batch(8))
    bucketed(_batch(20))  # above the largest bucket: runs at its own size
    assert bucketed.compilations == 3


def test_buckets_by_dim_name(tmp_path, exported_model):
    program = torchtpu_aot.load(exported_model("gpt_decoder").artifact.save(tmp_path / "gpt.mlir"),
                                buckets={"seq": [16, 32, 64]})
    plain = torchtpu_aot.load(tmp_path / "gpt.mlir")
    ids = np.random.default_rng(0).integers(0, 512, (2, 9))
    np.testing.assert_allclose(program(ids), plain(ids), rtol=1e-5, atol=1e-5)  # causal: padding is at the end
    program(ids[:, :5])
    assert program.compilations == 1


@pytest.mark.parametrize("buckets, message", [
    ([0, 4], r"Buckets for 'batch' must be sizes in its range \[1, 1024\]"),
    ([2048], r"Buckets for 'batch' must be sizes in its range \[1, 1024\]"),
    ({"seq": [4]}, r"'seq', which is not a dynamic dim of this artifact \(its dynamic dims: batch\)"),
    (["a"], r"Buckets for 'batch' must be whole numbers"),
])
def test_bad_buckets_are_refused_at_load(mlp_path, buckets, message):
    with pytest.raises(OptionError, match=message):
        torchtpu_aot.load(mlp_path, buckets=buckets)


def test_buckets_are_refused_where_padding_cannot_be_undone(pair_program, tmp_path):
    from torchtpu_aot.artifact import read_artifact
    from torchtpu_aot.runtime import Program

    with pytest.raises(OptionError, match=r"Buckets cannot be used for 'half': input 'x' dim 1 is 2\*half"):
        Program(read_artifact(pair_program.path), buckets={"half": [4, 8]})
    static = torchtpu_aot.export(nn.Linear(3, 2), (torch.randn(2, 3),)).save(tmp_path / "static.mlir")
    with pytest.raises(OptionError, match="batch dim .* but it has none"):
        torchtpu_aot.load(static, buckets=[1, 2])


def test_the_compile_cache_keeps_the_most_recent_shapes(mlp_path):
    program = torchtpu_aot.load(mlp_path, cache_size=2)
    for n in (1, 2, 1, 3, 1, 2):
        program(_batch(n))
    # 1, 2 compiled; 1 hit; 3 compiled and evicts 2; 1 hit; 2 compiled again
    assert program.compilations == 4
    with pytest.raises(OptionError, match="compile cache size must be a whole number of at least 1"):
        torchtpu_aot.load(mlp_path, cache_size=0)


# ------------------------------------------------------------------------------------------------ command line


def test_cli_dynamic_options_export_run_and_bucket(tmp_path):
    from tests.test_cli import ROOT, ok, squash

    out = tmp_path / "gpt.mlir"
    ok("export", ROOT / "models" / "gpt_decoder.py", "-o", out, "--platforms", "cpu",
       "--dynamic", "ids:0=batch[1,8]", "--dynamic", "ids:-1=seq[2,32]")
    manifest = torchtpu_aot.load(out).manifest.to_json()
    assert manifest["symbols"] == {"batch": {"min": 1, "max": 8, "dims": ["ids:0"]},
                                   "seq": {"min": 2, "max": 32, "dims": ["ids:1"]}}
    shown = squash(ok("inspect", out).output)
    assert "ids int64[batch, seq]" in shown and "batch 1 to 8 ids:0" in shown and "seq 2 to 32 ids:1" in shown
    ran = squash(ok("run", out, "--random-inputs", "--dim", "batch=3", "--dim", "seq=5", "--buckets", "4,8").output)
    assert "ids int64[3, 5]" in ran and "output float32[3, 5, 512]" in ran


@pytest.mark.parametrize("options, message", [
    (["--dynamic", "x0=batch"], r"--dynamic 'x0=batch' is not INPUT:DIM=NAME\[MIN,MAX\]"),
    (["--dynamic", "x:0=batch[9,2]"], r"the range \[9, 2\] is empty"),
    (["--dynamic", "input:0=batch[1,4]", "--dynamic", "input:0=batch[1,4]"], "gives input:0 twice"),
    (["--dynamic", "ids:0=batch"], r"'ids' is not an input of the model's forward \(tensor inputs: input\)"),
    (["--dynamic", "input:2=batch"], r"'input' has rank 2 \(shape \[8, 64\]\), so it has no dim 2"),
    (["--dynamic", "input:0=batch[1,4]", "--dynamic", "input:1=batch[1,8]"], r"two ranges, \[1, 4\] and \[1, 8\]"),
    (["--dynamic", "input:0=2*batch*3"], "is not INPUT:DIM="),
])
def test_cli_bad_dynamic_options_are_one_paragraph_errors(tmp_path, options, message):
    import re

    from tests.test_cli import MLP, assert_one_paragraph_error, invoke

    text = assert_one_paragraph_error(invoke("export", MLP, "-o", tmp_path / "m.mlir", *options), 2)
    assert re.search(message, " ".join(text.split())), text


@pytest.mark.parametrize("options, message", [
    (["--dim", "batch"], "'batch' is not NAME=SIZE"),
    (["--dim", "seq=4"], r"'seq' is not a dynamic dim of this artifact \(its dynamic dims: batch\)"),
    (["--buckets", "1,x"], "not a comma-separated list of sizes"),
    (["--buckets", "1,2", "--buckets", "batch=4"], "either plain sizes"),
    (["--dim", "batch=2000"], r"dim 0 is 2000, outside the range \[1, 1024\]"),
])
def test_cli_bad_run_options(mlp_path, options, message):
    import re

    from tests.test_cli import invoke

    result = invoke("run", mlp_path, "--random-inputs", *options)
    assert result.exit_code != 0 and re.search(message, " ".join(result.output.split())), result.output
