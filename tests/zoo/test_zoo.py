"""The zoo as tests: a representative subset by default, a broader one under ``-m slow``.

The whole zoo (every model, `make zoo`) is too long for CI; these subsets cover each family and the main
architecture styles (plain/residual/depthwise CNNs, windowed and global attention, segmentation heads, 3-D
convolutions, and decoder/encoder transformers with masks, rotary and relative position embeddings).
"""

from __future__ import annotations

import pytest
import torch
import torchvision

from tests.zoo.catalog import (
    CLASSIFICATION,
    SEGMENTATION,
    TRANSFORMERS,
    VIDEO,
    ZooModel,
    by_name,
    reinit_zero_weights,
    torchvision_models,
)
from tests.zoo.report import render
from tests.zoo.runner import DEGENERATE, MISMATCH, PASS, TORCH_EXPORT_FAILS, ZooResult, perturbed, run_model

DEFAULT = ["squeezenet1_1", "lraspp_mobilenet_v3_large", "hf_bert", "hf_llama"]
SLOW = [
    "resnet50", "mobilenet_v3_small", "efficientnet_b0", "shufflenet_v2_x0_5", "densenet121", "googlenet",
    "inception_v3", "regnet_y_400mf", "convnext_tiny", "swin_v2_t", "vit_b_32", "vgg11_bn", "mnasnet0_5",
    "fcn_resnet50", "deeplabv3_mobilenet_v3_large",
    "r2plus1d_18", "swin3d_t",
    "hf_gpt2", "hf_t5_encoder", "hf_vit", "hf_whisper_encoder",
]


def _check(name: str) -> None:
    result = run_model(by_name([name])[0])
    assert result.status == PASS, f"{name}: {result.status}: {result.reason}"
    assert result.max_error is not None and result.max_error <= result.tolerance


@pytest.mark.parametrize("name", DEFAULT)
def test_zoo_subset(name):
    _check(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", SLOW)
def test_zoo_broad(name):
    _check(name)


def test_catalog_covers_every_torchvision_model():
    m = torchvision.models
    want = {CLASSIFICATION: m.list_models(module=m), SEGMENTATION: m.list_models(module=m.segmentation),
            VIDEO: m.list_models(module=m.video)}
    zoo = torchvision_models()
    for family, names in want.items():
        assert sorted(z.name for z in zoo if z.family == family) == sorted(names)
    hf = {z.name for z in by_name() if z.family == TRANSFORMERS}
    assert {"hf_bert", "hf_gpt2", "hf_llama", "hf_t5_encoder", "hf_vit", "hf_whisper_encoder"} <= hf


def test_zero_weight_matrices_are_reinitialised_deterministically():
    def build():
        model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 2))
        torch.nn.init.zeros_(model[1].weight)
        torch.nn.init.zeros_(model[1].bias)
        return model

    first, second = build(), build()
    kept = first[0].weight.clone()
    assert reinit_zero_weights(first) == ["1.weight"] == reinit_zero_weights(second)
    assert first[1].weight.any() and torch.equal(first[1].weight, second[1].weight)
    assert torch.equal(first[0].weight, kept) and not first[1].bias.any()  # others untouched


def test_vit_head_is_not_zero_in_the_zoo():
    # torchvision starts ViT's head at zero: the logits would be exactly 0 and any artifact would "match".
    model, args, _ = by_name(["vit_b_32"])[0].build()
    with torch.no_grad():
        assert model(*args).abs().max() > 0


def test_a_wrong_result_is_reported_as_a_mismatch(monkeypatch):
    # The comparison must be able to fail: perturb the artifact's output and the model must not pass.
    from torchtpu_aot.runtime import program as program_module

    original = program_module.Program.__call__
    monkeypatch.setattr(program_module.Program, "__call__",
                        lambda self, *a, **k: {k2: v * 1.001 for k2, v in original(self, *a, **k).items()})
    result = run_model(by_name(["hf_t5_encoder"])[0])
    assert result.status == MISMATCH and result.max_error > 1e-4


def test_an_output_that_ignores_the_input_is_degenerate_not_a_pass():
    # A network whose signal dies returns its bias whatever the input: artifact and eager agree exactly, yet
    # the comparison proved nothing about the layers before the bias.
    def build():
        model = torch.nn.Linear(8, 4)
        with torch.no_grad():
            model.weight.mul_(1e-12)
        return model, (torch.randn(2, 8),), {}

    result = run_model(ZooModel("dead", CLASSIFICATION, build, "2x8"))
    assert result.status == DEGENERATE and result.sensitivity < 1e-6, result


def test_perturbed_inputs_change_values_but_keep_masks():
    ids, mask = torch.arange(6).reshape(1, 6), torch.tensor([[1, 1, 1, 1, 0, 0]])
    x = torch.randn(2, 3)
    got = perturbed({"input_ids": ids, "attention_mask": mask, "x": x})
    assert torch.equal(got["attention_mask"], mask)
    assert torch.equal(got["input_ids"], torch.tensor([[5, 0, 1, 2, 3, 4]]))
    assert got["x"].shape == x.shape and not torch.equal(got["x"], x)


def test_report_lists_every_model_and_counts_families():
    results = [ZooResult("a", CLASSIFICATION, "1x3x64x64", PASS, 1.0, 2.0, 3.0, 4.0, 5.0, 1e-7, 1e-4),
               ZooResult("b", VIDEO, "1x3x8x64x64", TORCH_EXPORT_FAILS, reason="Unsupported: data-dependent")]
    results[0].total_s, results[0].sensitivity = 30.0, 0.5
    text = render(results, versions={"torch": "x"}, runs=3)
    assert "| a | classification | 1x3x64x64 | 1.00 | 2.00 | 3.00 | 4.0 | 5.0 | 1.0e-07 | 5.0e-01 | 30 | pass |" in text
    assert "| video | 1 | 0 | 1 | 0 |" in text
    assert "- **b** (torch.export fails): Unsupported: data-dependent" in text
