"""Quantized artifacts: the int8/int4 scheme exactly as documented, artifacts that equal the fake-quantized eager
model, weights that stay small in the file and on the device, the manifest field, the CLI, generation artifacts,
and models quantized with torchao before export."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from torch import nn

import torchtpu_aot
from tests import llm_tools
from tests.golden_tools import MODELS
from torchtpu_aot.artifact import manifest as manifest_lib
from torchtpu_aot.artifact import read_artifact
from torchtpu_aot.cli.main import main
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import ArtifactError, ManifestError, OptionError
from torchtpu_aot.frontend.model_file import load_model_file
from torchtpu_aot.frontend.quantize import (
    fake_quantized,
    manifest_weights,
    pack_int4,
    quantize_options,
    quantize_tensor,
    unpack_int4,
)

EXACT = 1e-4  # the artifact against the fake-quantized eager model, relative to each output's scale


def _reference_scheme(w: np.ndarray, scheme: str, group: int) -> tuple[np.ndarray, np.ndarray]:
    """The scheme as the README states it, in numpy (float32): rows, groups, max|group| / qmax, round half to
    even, clamp."""
    qmax, lo = (127, -128) if scheme == "int8" else (7, -8)
    rows = w.reshape(w.shape[0], -1).astype(np.float32)
    length = rows.shape[1]
    g = length if scheme == "int8" or length % group else group
    groups = rows.reshape(rows.shape[0], length // g, g)
    s = (np.abs(groups).max(-1) / np.float32(qmax)).astype(np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(s[..., None] == 0, 0, np.round(groups / s[..., None]))
    return np.clip(q, lo, qmax).astype(np.int8).reshape(rows.shape), s


@pytest.mark.parametrize("scheme,group,shape", [("int8", None, (6, 5)), ("int4", 4, (6, 8)), ("int4", 4, (3, 2, 5)),
                                                ("int4", 32, (4, 3, 3, 3))])
def test_the_scheme_is_the_documented_one(scheme, group, shape):
    torch.manual_seed(0)
    w = torch.randn(shape)
    w[1] = 0.0  # an all-zero row: scale 0, q 0
    got = quantize_tensor(w, scheme, group)
    q, s = _reference_scheme(w.numpy(), scheme, group)
    np.testing.assert_array_equal(got.q.numpy(), q)
    np.testing.assert_array_equal(got.scale.numpy(), s)
    length = int(np.prod(shape[1:]))
    assert got.group_size == (length if scheme == "int8" or length % group else group)
    dequantized = got.dequantized()
    assert dequantized.shape == w.shape and float((dequantized[1]).abs().max()) == 0.0
    step = np.repeat(s, got.group_size, axis=1).reshape(w.shape)
    assert np.all(np.abs(dequantized.numpy() - w.numpy()) <= step / 2 + 1e-7)  # at most half a step off


def test_rounding_is_half_to_even_and_the_ends_of_the_range_are_used():
    # row max 127 -> s = 1: 2.5 rounds to 2, 3.5 to 4, -0.5 to 0 (torch.round), -127 to -127
    w = torch.tensor([[127.0, 2.5, 3.5, -0.5, -127.0, 1.5]])
    q = quantize_tensor(w, "int8").q[0].tolist()
    assert q == [127, 2, 4, 0, -127, 2]
    q4 = quantize_tensor(torch.tensor([[7.0, 2.5, 7.0, -3.5, -7.0, 0.5]]), "int4", 2).q[0].tolist()
    assert q4 == [7, 2, 7, -4, -7, 0]  # groups of 2, each with s = 1


def test_int4_packs_two_to_a_byte_low_nibble_first():
    q = torch.tensor([[1, -1, 7, -8, 3]], dtype=torch.int8)
    packed = pack_int4(q)
    assert packed.dtype == np.uint8 and packed.shape == (1, 3)
    assert packed.tolist() == [[0x01 | 0xF0, 0x07 | 0x80, 0x03]]
    np.testing.assert_array_equal(unpack_int4(packed, 5), q.numpy())


def test_bfloat16_weights_get_bfloat16_scales_and_q_uses_the_rounded_scale():
    w = torch.randn(4, 64).to(torch.bfloat16)
    got = quantize_tensor(w, "int4", 32)
    assert got.scale.dtype == torch.bfloat16
    exact = got.scale.float()[:, :, None]
    want = torch.round(w.float().reshape(4, 2, 32) / exact).clamp(-8, 7).reshape(4, 64)
    assert torch.equal(got.q.float(), want)


def _export_and_load(model, args, tmp_path, name="m", **options):
    artifact = torchtpu_aot.export(model, args, **options)
    path = artifact.save(tmp_path / f"{name}.mlir")
    return artifact, torchtpu_aot.load(path)


def _err(got, want) -> float:
    return max(e.rel_to_scale for e in compare(want, got))


@pytest.mark.parametrize("scheme", ["int8", "int4"])
def test_resnet18_equals_the_fake_quantized_model_and_stays_small_on_the_device(scheme, exported_model, tmp_path):
    spec = load_model_file(MODELS / "resnet18.py")
    artifact, program = _export_and_load(spec.model, spec.args, tmp_path, dynamic_shapes=spec.dynamic_shapes,
                                         quantize=scheme)
    weights = manifest_weights(artifact.manifest)
    assert len(weights) == 21  # 20 convolutions and the classifier
    with torch.no_grad():
        want = fake_quantized(spec.model, weights)(*spec.args)
        ref = spec.model(*spec.args)
    got = program(*[a.numpy() for a in spec.args])
    assert _err(got, want) <= EXACT
    noise = _err(got, ref)
    assert (0.005 < noise <= 0.05) if scheme == "int8" else (0.05 < noise < 0.4)  # measured: 0.013, 0.16
    # bytes: the file, the placed arrays (nothing folded), and the default load (small weights folded)
    float_artifact = exported_model("resnet18").artifact
    float_bytes = sum(a.nbytes for a in float_artifact.weights.values())
    limit = 0.27 if scheme == "int8" else 0.18
    file_bytes = (tmp_path / "m.safetensors").stat().st_size
    assert file_bytes <= limit * float_bytes
    float_path = float_artifact.save(tmp_path / "f.mlir")
    unfolded = torchtpu_aot.load(tmp_path / "m.mlir", fold_weights=False)
    assert not unfolded.folded and unfolded.weight_bytes <= limit * torchtpu_aot.load(
        float_path, fold_weights=False).weight_bytes
    quantized = {e.name for e in artifact.manifest.weights.quantized}
    assert program.folded and not program.folded & quantized  # folding never expands quantized weights
    assert program.weight_bytes <= limit * float_bytes
    placed = {k: v for k, v in program._weights.items() if k in quantized}
    assert {str(v.dtype) for v in placed.values()} == {"int8" if scheme == "int8" else "uint8"}


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["int8", "int4"])
def test_llama_model_file_equals_the_fake_quantized_model(scheme, tmp_path):
    spec = load_model_file(MODELS / "llama.py")
    artifact, program = _export_and_load(spec.model, spec.args, tmp_path, dynamic_shapes=spec.dynamic_shapes,
                                         quantize=scheme)
    weights = manifest_weights(artifact.manifest)
    assert "embed_tokens.weight" in weights and "lm_head.weight" in weights
    fq = fake_quantized(spec.model, weights)
    for tokens in (spec.args[0], spec.args[0][:, :3]):  # the example, and another length (dynamic dim)
        with torch.no_grad():
            want = fq(tokens)
        assert _err(program(tokens.numpy()), want) <= EXACT


class _Tied(nn.Module):
    """An embedding whose table is also the output layer's weight, a 1-D parameter and a skipped layer."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 64)
        self.norm = nn.LayerNorm(64)
        self.proj = nn.Linear(64, 64)
        self.keep = nn.Linear(64, 64)

    def forward(self, ids):
        h = self.keep(self.proj(self.norm(self.embed(ids))))
        return h @ self.embed.weight.T


def test_tied_and_skipped_weights_and_other_uses_of_a_quantized_weight(tmp_path):
    torch.manual_seed(0)
    model = _Tied().eval()
    ids = torch.randint(0, 50, (2, 5))
    artifact, program = _export_and_load(model, (ids,), tmp_path, quantize="int4", group_size=32,
                                         quantize_skip=r"^keep\.")
    weights = manifest_weights(artifact.manifest)
    assert sorted(weights) == ["embed.weight", "proj.weight"]
    assert artifact.manifest.weights.entry("keep.weight").dtype == "float32"
    with torch.no_grad():
        want = fake_quantized(model, weights)(ids)
    assert _err(program(ids.numpy()), want) <= EXACT


def test_bfloat16_with_quantized_weights(tmp_path):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 128), nn.GELU(), nn.Linear(128, 16)).eval()
    x = torch.randn(4, 64)
    artifact, program = _export_and_load(model, (x,), tmp_path, dtype="bfloat16", quantize="int8")
    scales = [e for e in artifact.manifest.weights.tensors if e.role == "scale"]
    assert scales and all(e.dtype == "bfloat16" for e in scales)
    assert artifact.manifest.precision.compute == "bfloat16"
    weights = manifest_weights(artifact.manifest)
    with torch.no_grad():
        want = fake_quantized(model.to(torch.bfloat16), weights)(x.to(torch.bfloat16)).float()
    got = program(x.numpy())
    assert got.dtype == np.float32 and _err(got, want) <= 0.02  # bfloat16 arithmetic on both sides


def test_dynamic_shapes_and_buckets(tmp_path):
    spec = load_model_file(MODELS / "mlp.py")
    artifact = torchtpu_aot.export(spec.model, spec.args, dynamic_shapes=spec.dynamic_shapes, quantize="int8")
    path = artifact.save(tmp_path / "mlp.mlir")
    fq = fake_quantized(spec.model, manifest_weights(artifact.manifest))
    bucketed = torchtpu_aot.load(path, buckets=[4, 16])
    for batch in (3, 11):
        x = torch.randn(batch, 64)
        with torch.no_grad():
            want = fq(x)
        assert _err(bucketed(x.numpy()), want) <= EXACT
    assert bucketed.compilations == 2
    # devices=N is checked in a process with 8 CPU devices (tests/test_devices.py runs quantized models too)


def test_the_manifest_records_the_scheme_and_unquantized_artifacts_do_not_change(exported_model, tmp_path):
    plain = exported_model("mlp").artifact.manifest.to_json()
    assert "quantization" not in json.dumps(plain)
    spec = load_model_file(MODELS / "mlp.py")
    artifact = torchtpu_aot.export(spec.model, spec.args, quantize="int4", group_size=64)
    entry = artifact.manifest.weights.entry("2.weight").to_json()
    assert entry == {"name": "2.weight", "dtype": "uint8", "shape": [128, 64], "role": "parameter",
                     "quantization": {"scheme": "int4", "dtype": "float32", "shape": [128, 128], "group_size": 64,
                                      "scale": "2.weight.scale"}}
    assert artifact.manifest.weights.entry("2.weight.scale").shape == (128, 2)
    assert artifact.manifest.format_version == 1  # an older runtime computes the same (it may fold: slower)
    with pytest.raises(ArtifactError, match="--inline-weights cannot be used with quantized weights"):
        artifact.save(tmp_path / "inline.mlir", inline_weights=True)
    path = artifact.save(tmp_path / "q.mlir")
    assert read_artifact(path).manifest.to_json()["weights"] == artifact.manifest.replace(
        weights=read_artifact(path).manifest.weights).to_json()["weights"]


@pytest.mark.parametrize("change,message", [
    (lambda q: q.update(scheme="int3"), "known scheme"),
    (lambda q: q.update(group_size=48), "does not hold"),
    (lambda q: q.update(scale="0.bias"), "as its scales"),
    (lambda q: q.pop("shape"), "does not give"),
])
def test_malformed_quantization_fields_are_refused(change, message):
    spec = load_model_file(MODELS / "mlp.py")
    raw = torchtpu_aot.export(spec.model, spec.args, quantize="int8").manifest.to_json()
    change(raw["weights"]["tensors"][0]["quantization"])
    with pytest.raises(ManifestError, match=message):
        manifest_lib.from_json(raw, "m.mlir")


def test_options_are_checked():
    assert quantize_options(None) is None
    assert quantize_options("int4").group_size == 32
    for bad in [dict(quantize="int2"), dict(quantize="int8", group_size=32), dict(quantize="int4", group_size=33),
                dict(quantize=None, group_size=32), dict(quantize="int8", skip="(")]:
        with pytest.raises(OptionError):
            quantize_options(bad.get("quantize"), bad.get("group_size"), bad.get("skip"))
    model = nn.Sequential(nn.ReLU())
    with pytest.raises(OptionError, match="found no weights"):
        torchtpu_aot.export(model, (torch.randn(2, 3),), quantize="int8")


def test_cli_export_inspect_and_usage_errors(tmp_path):
    runner = CliRunner()
    out = tmp_path / "mlp.mlir"
    result = runner.invoke(main, ["export", str(MODELS / "mlp.py"), "-o", str(out), "--quantize", "int4",
                                  "--group-size", "32", "--quantize-skip", "^4\\."])
    assert result.exit_code == 0, result.output
    assert "quantized: 2 weights int4 (a scale per 32 weights of a row)" in result.output
    shown = runner.invoke(main, ["inspect", str(out)])
    assert shown.exit_code == 0 and "quantized weights  (2)" in shown.output
    assert "uint8[128, 32]  int4, a scale per 32 weights of a row in 0.weight.scale, for float32[128, 64]" \
        in shown.output
    verified = runner.invoke(main, ["verify", str(MODELS / "mlp.py"), str(out)])
    assert verified.exit_code == 0 and "eager torch with the quantized weights (q * s)" in verified.output
    for args in (["--group-size", "32"], ["--quantize", "int8", "--group-size", "32"],
                 ["--quantize", "int8", "--quantize-skip", "("], ["--quantize-skip", "x"]):
        bad = runner.invoke(main, ["export", str(MODELS / "mlp.py"), "-o", str(tmp_path / "x.mlir"), *args])
        assert bad.exit_code == 2 and "Traceback" not in bad.output, (args, bad.output)
        assert len(bad.output.strip().splitlines()) == 1


# ------------------------------------------------------------------------------------------------ generation


@pytest.fixture(scope="module")
def llama_int8(tmp_path_factory):
    folder = llm_tools.checkpoint("llama", tmp_path_factory.mktemp("qllama") / "ckpt")
    artifact = torchtpu_aot.export_llm(folder, max_seq_len=64, max_batch=2, prefill_chunk=16, quantize="int8")
    path = artifact.save(folder.parent / "llama_int8.mlir")
    lm = llm_tools.model("llama", len(llm_tools.tokenizer()))
    fq = fake_quantized(lm, manifest_weights(artifact.manifest, prefix="model."))
    return folder, artifact, torchtpu_aot.load(path), fq


def test_generation_with_int8_weights_equals_the_fake_quantized_model(llama_int8):
    from transformers import AutoTokenizer

    folder, artifact, program, fq = llama_int8
    quantized = manifest_weights(artifact.manifest, prefix="model.")
    assert "lm_head.weight" in quantized and "model.embed_tokens.weight" in quantized
    assert len(quantized) == 2 * 7 + 2  # 7 linear layers per block, the embedding, the head
    tokenizer = AutoTokenizer.from_pretrained(folder)
    prompts = ["the quick brown fox", "once upon a time there was a model"]
    results = program.generate(prompts, max_new_tokens=16, ignore_eos=True)
    for prompt, result in zip(prompts, results):
        assert result.token_ids == llm_tools.greedy(fq, tokenizer(prompt).input_ids, 16), prompt
    assert len({t for r in results for t in r.token_ids}) > 6
    ids = tokenizer(prompts[0]).input_ids
    with torch.no_grad():
        want = fq(input_ids=torch.tensor([ids])).logits[0, -1].numpy()
    got = program.prompt_logits(ids)
    assert np.abs(got - want).max() <= EXACT * np.abs(want).max()
    weights = artifact.manifest.weights
    assert program.weight_bytes == weights.nbytes  # placed as stored
    floating = sum(int(np.prod(e.quantization.shape)) * 4 for e in weights.quantized)
    assert sum(e.nbytes for e in weights.tensors if e.quantization or e.role == "scale") <= 0.27 * floating


def test_cli_exports_generation_artifacts_quantized(tmp_path):
    folder = llm_tools.checkpoint("llama", tmp_path / "ckpt")
    out = tmp_path / "g.mlir"
    result = CliRunner().invoke(main, ["export", str(folder), "-o", str(out), "--max-seq-len", "32", "--quantize",
                                       "int4", "--quantize-skip", "lm_head"])
    assert result.exit_code == 0, result.output
    assert "quantized: 15 weights int4" in result.output
    manifest = read_artifact(out).manifest
    assert manifest.weights.entry("model.lm_head.weight").quantization is None
    assert torchtpu_aot.load(out).generate(["hello"], max_new_tokens=3, ignore_eos=True)[0].finish_reason == "length"


# ------------------------------------------------------------------------------------------------ torchao


def _torchao_configs():
    pytest.importorskip("torchao")
    import torchao.quantization as q

    return {
        "Int8WeightOnlyConfig": q.Int8WeightOnlyConfig(),
        "Int8DynamicActivationInt8WeightConfig": q.Int8DynamicActivationInt8WeightConfig(),
        "IntxWeightOnlyConfig int4 group 32": q.IntxWeightOnlyConfig(weight_dtype=torch.int4,
                                                                     granularity=q.PerGroup(32)),
    }


@pytest.mark.parametrize("name", ["Int8WeightOnlyConfig", "Int8DynamicActivationInt8WeightConfig",
                                  "IntxWeightOnlyConfig int4 group 32"])
def test_torchao_models_convert_with_their_integer_weights(name, tmp_path):
    from torchao.quantization import quantize_

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 32)).eval()
    x = torch.randn(4, 64)
    quantize_(model, _torchao_configs()[name])
    with torch.no_grad():
        want = model(x)
    artifact, program = _export_and_load(model, (x,), tmp_path)
    integers = [e for e in artifact.manifest.weights.tensors if e.dtype == "int8" and len(e.shape) == 2]
    assert len(integers) >= 2 and all(e.quantization.scheme == "external" for e in integers)
    assert not program.folded & {e.name for e in integers}
    if "Dynamic" in name:
        assert "tensor<64x128xi8>) -> tensor<4x128xi32>" in artifact.program  # int8 x int8 -> int32 dot
    # torchao's activation scale is max|row| / 127.5, which puts each row's extreme at +-127.5 exactly: a quotient
    # 1 ulp off (XLA's multiplication by the reciprocal) would turn -128 into -127, 0.0037 of the output's scale.
    assert _err(program(x.numpy()), want) <= 1e-3


@pytest.mark.parametrize("left", ["int8", "uint8"])
def test_int_mm_is_exact(left):
    from torchtpu_aot.lowering.quantized import int_mm

    rng = np.random.default_rng(0)
    a = rng.integers(-128, 128, (5, 64)).astype(left) if left == "int8" else rng.integers(0, 256, (5, 64)).astype(
        np.uint8)
    b = rng.integers(-128, 128, (64, 8)).astype(np.int8)
    got = np.asarray(int_mm(None, a, b))
    assert got.dtype == np.int32
    np.testing.assert_array_equal(got, a.astype(np.int64) @ b.astype(np.int64))


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["int8", "int4"])
def test_vit_b_16_equals_the_fake_quantized_model(scheme, tmp_path):
    spec = load_model_file(MODELS / "vit_b_16.py")
    artifact, program = _export_and_load(spec.model, spec.args, tmp_path, dynamic_shapes=spec.dynamic_shapes,
                                         quantize=scheme)
    weights = manifest_weights(artifact.manifest)
    assert any("in_proj_weight" in n for n in weights)  # attention's packed projection, used through linear
    with torch.no_grad():
        want = fake_quantized(spec.model, weights)(*spec.args)
    assert _err(program(*[a.numpy() for a in spec.args]), want) <= EXACT


def test_torchao_imported_after_an_export_still_converts():
    # torch's decomposition table lists the composite ops registered when it is built; one built before torchao was
    # imported would keep torchao's ops whole, and they have no lowering.
    pytest.importorskip("torchao")
    code = """if True:
        import torch, torchtpu_aot
        torchtpu_aot.export(torch.nn.BatchNorm1d(4).train(), (torch.randn(3, 4),))  # goes through decompositions
        import torchao.quantization as q
        model = torch.nn.Sequential(torch.nn.Linear(64, 32)).eval()
        q.quantize_(model, q.IntxWeightOnlyConfig(weight_dtype=torch.int4, granularity=q.PerGroup(32)))
        torchtpu_aot.export(model, (torch.randn(2, 64),))
        print("converted")
    """
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "converted" in done.stdout, done.stderr[-2000:]
