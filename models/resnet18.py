"""torchvision's ResNet-18 with random weights: 224x224 images, any batch from 1 to 64."""

import torch
import torchvision
from torch.export import Dim

# torch.export specializes a dim whose example size is 0 or 1, so the example batch is 2.
DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=64)},)


def build():
    return torchvision.models.resnet18().eval(), (torch.randn(2, 3, 224, 224),)
