"""A small multi-layer perceptron: the quickest model to export and run."""

import torch
from torch import nn
from torch.export import Dim

DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=1024)},)


def build():
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.GELU(), nn.Linear(128, 10)).eval()
    return model, (torch.randn(8, 64),)
