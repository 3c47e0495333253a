"""A small conv net whose forward takes keyword arguments and returns a nested dict."""

import torch
from torch import nn


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
                                      nn.AvgPool2d(2), nn.Conv2d(8, 16, 3, stride=2), nn.ReLU())
        self.classify = nn.Linear(16, 5)
        self.regress = nn.Linear(16 + 4, 2)

    def forward(self, image, *, extra, temperature=1.0):
        pooled = self.features(image).mean(dim=(2, 3))
        logits = self.classify(pooled) / temperature
        box = self.regress(torch.cat([pooled, extra], dim=1))
        return {"logits": logits, "aux": {"probs": logits.softmax(-1), "box": box}}


def build():
    return TwoHeads().eval(), (torch.randn(2, 3, 16, 16),), {"extra": torch.randn(2, 4), "temperature": 2.0}
