"""torchvision's ViT-B/16 with random weights.

torchvision initialises the classification head to zero, which would make every output exactly 0; the
head is re-initialised so the output depends on the whole network. Any batch from 1 to 64.
"""

import torch
import torchvision
from torch import nn
from torch.export import Dim

DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=64)},)


def build():
    model = torchvision.models.vit_b_16().eval()
    nn.init.normal_(model.heads.head.weight, std=0.02)
    return model, (torch.randn(2, 3, 224, 224),)
