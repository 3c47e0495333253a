"""Every zoo model with its example inputs: small inputs where the architecture allows, random weights.

Each entry builds ``(model, args, kwargs)`` with torch seeded, so weights and inputs are reproducible. Weight
tensors that torchvision initialises to zero (ViT heads) are re-initialised, or every output would be 0 and
the comparison could not fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
import torchvision
from torch import nn

Built = tuple[nn.Module, tuple, dict]

CLASSIFICATION, SEGMENTATION, VIDEO, TRANSFORMERS = "classification", "segmentation", "video", "transformers"
FAMILIES = (CLASSIFICATION, SEGMENTATION, VIDEO, TRANSFORMERS)
DEFAULT_TOLERANCE = 1e-4  # max |error| relative to each output's own max |value|


@dataclass(frozen=True)
class ZooModel:
    """One zoo entry: how to build it and what its inputs are (``inputs`` is shown in ZOO.md)."""

    name: str
    family: str
    build_fn: Callable[[], Built] = field(repr=False)
    inputs: str
    tolerance: float = DEFAULT_TOLERANCE

    def build(self) -> Built:
        torch.manual_seed(0)
        model, args, kwargs = self.build_fn()
        reinit_zero_weights(model)
        return model.eval(), args, kwargs


def reinit_zero_weights(model: nn.Module, std: float = 0.02) -> list[str]:
    """Re-initialise (deterministically) every weight matrix that is all zeros; returns their names."""
    generator = torch.Generator().manual_seed(1234)
    names = []
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() >= 2 and p.is_floating_point() and not p.any():
                p.copy_(torch.randn(p.shape, generator=generator, dtype=p.dtype) * std)
                names.append(name)
    return names


def _image(size: int, frames: int | None = None) -> torch.Tensor:
    shape = (1, 3, size, size) if frames is None else (1, 3, frames, size, size)
    return torch.randn(*shape)


def _describe(size: int, frames: int | None = None) -> str:
    return f"1x3x{size}x{size}" if frames is None else f"1x3x{frames}x{size}x{size}"


# Input sizes the architectures need when 64x64 is too small or does not fit their geometry.
_CLASSIFICATION_SIZE = {
    "inception_v3": 80,   # its stem needs at least 75x75
    "maxvit_t": 224,      # window partitions of 7 at every stage fix the input at 224
}
# ViTs take their image size as an argument: the smallest size that still gives a 4x4 patch grid.
_VIT_SIZE = {"vit_b_16": 64, "vit_b_32": 128, "vit_l_16": 64, "vit_l_32": 128, "vit_h_14": 56}


def _fan_out_init(model: nn.Module) -> None:
    """He (fan-out) init of every convolution, as torchvision's ResNets use: activations keep their scale."""
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")


def _calibrate_batch_norm(model: nn.Module, shape: tuple[int, ...] = (4, 3, 64, 64)) -> None:
    """Set every BatchNorm's running statistics from one random batch, as training would have."""
    for m in model.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.reset_running_stats()
            m.momentum = None  # a plain average over the calibration batch
    model.train()
    with torch.no_grad():
        model(torch.randn(shape, generator=torch.Generator().manual_seed(2)))
    model.eval()


# GoogLeNet's own init (truncated normal, std 0.01) shrinks activations to ~1e-11 by the last layer, so its
# logits are exactly the classifier's bias whatever the input; ShuffleNet's logits move by only 3e-4 of their
# scale between inputs (untrained BatchNorms normalise nothing). Both are fixed so the output depends on the
# input (ZOO.md's sensitivity column).
# DeepLabV3-MobileNetV3's output does not move at all as built (dead activations); calibrating fixes it too.
_REINIT = {"googlenet": _fan_out_init, "deeplabv3_mobilenet_v3_large": _calibrate_batch_norm,
           **{f"shufflenet_v2_x{w}": _calibrate_batch_norm for w in ("0_5", "1_0", "1_5", "2_0")}}


def _classifier(name: str) -> ZooModel:
    size = _VIT_SIZE.get(name, _CLASSIFICATION_SIZE.get(name, 64))
    options: dict[str, Any] = {"image_size": size} if name in _VIT_SIZE else {}

    def build() -> Built:
        model = torchvision.models.get_model(name, **options)
        _REINIT.get(name, lambda m: None)(model)
        return model, (_image(size),), {}

    return ZooModel(name, CLASSIFICATION, build, _describe(size))


def _segmenter(name: str) -> ZooModel:
    def build() -> Built:
        # weights_backbone=None: the default would download ImageNet weights for the backbone.
        model = torchvision.models.get_model(name, weights_backbone=None)
        _REINIT.get(name, lambda m: None)(model)
        return model, (_image(64),), {}

    return ZooModel(name, SEGMENTATION, build, _describe(64))


# (frames, size) per video model: the smallest input each architecture's fixed pooling or embedding accepts.
_VIDEO_INPUT = {
    "mvit_v1_b": (16, 224),   # positional embeddings fix 16x224x224
    "mvit_v2_s": (16, 224),
    "s3d": (16, 224),         # its final 2x7x7 average pool needs 16 frames at 224
}


def _video(name: str) -> ZooModel:
    frames, size = _VIDEO_INPUT.get(name, (8, 64))

    def build() -> Built:
        model = torchvision.models.get_model(name)
        if name == "s3d":  # as built, its output moves by 4e-7 of its scale between inputs
            _calibrate_batch_norm(model, (2, 3, frames, size, size))
        return model, (_image(size, frames),), {}

    return ZooModel(name, VIDEO, build, _describe(size, frames))


def torchvision_models() -> list[ZooModel]:
    m = torchvision.models
    return ([_classifier(n) for n in m.list_models(module=m)]
            + [_segmenter(n) for n in m.list_models(module=m.segmentation)]
            + [_video(n) for n in m.list_models(module=m.video)])


def all_models() -> list[ZooModel]:
    """The whole zoo, in report order."""
    from tests.zoo.transformers_models import transformers_models

    return torchvision_models() + transformers_models()


def by_name(names: list[str] | None = None) -> list[ZooModel]:
    """The catalog entries named (all of them for None); unknown names are an error."""
    zoo = all_models()
    if not names:
        return zoo
    index = {z.name: z for z in zoo}
    unknown = [n for n in names if n not in index]
    if unknown:
        raise KeyError(f"not in the zoo: {unknown}")
    return [index[n] for n in names]
