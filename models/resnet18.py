"""torchvision's ResNet-18 with random weights, at batch 1 and 224x224."""

import torch
import torchvision


def build():
    return torchvision.models.resnet18().eval(), (torch.randn(1, 3, 224, 224),)
