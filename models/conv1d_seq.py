"""A 1-D convolutional sequence tagger: any batch up to 16 and any length from 8 to 4096 steps.

Dilated residual convolutions over (batch, features, length) signals give per-step logits and a pooled
sequence embedding. (torch.export specializes nn.LSTM/GRU lengths, so sequence models with a dynamic length
are convolutional or attention-based.)
"""

import torch
from torch import nn
from torch.export import Dim

FEATURES, WIDTH, CLASSES = 16, 64, 8

DYNAMIC_SHAPES = ({0: Dim("batch", min=1, max=16), 2: Dim("length", min=8, max=4096)},)


class Residual(nn.Module):
    def __init__(self, dilation: int):
        super().__init__()
        self.conv = nn.Conv1d(WIDTH, WIDTH, kernel_size=3, dilation=dilation, padding=dilation)
        self.norm = nn.GroupNorm(8, WIDTH)

    def forward(self, x):
        return x + nn.functional.gelu(self.norm(self.conv(x)))


class ConvTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv1d(FEATURES, WIDTH, kernel_size=5, padding=2)
        self.blocks = nn.Sequential(*(Residual(d) for d in (1, 2, 4, 8)))
        self.tags = nn.Conv1d(WIDTH, CLASSES, kernel_size=1)

    def forward(self, signal):
        h = self.blocks(torch.relu(self.stem(signal)))
        return {"tags": self.tags(h), "embedding": h.mean(dim=2)}


def build():
    return ConvTagger().eval(), (torch.randn(2, FEATURES, 100),)
