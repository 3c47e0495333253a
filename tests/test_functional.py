"""The fast conversion path: graphs that need no decomposition skip torch's run_decompositions, with in-place
ops on fresh intermediates rewritten as functional ops; everything else still goes through torch's pass."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import torchtpu_aot
from torchtpu_aot.convert import functional
from torchtpu_aot.convert.diagnostics import op_key
from torchtpu_aot.lowering import registered_ops

LOWERED = set(registered_ops())


class InPlaceChain(nn.Module):
    """resnet's ``out += identity; out.relu_()`` plus a reader of the tensor before and after its mutation."""

    def forward(self, x, y):
        a = x * 2
        before = a.sum()
        a += y
        a.relu_()
        return a, before, a.sum(), (x * 2).mul_(3).add_(1)


class NamedInput(nn.Module):
    """An input named like a Python builtin: the functional copy must keep torch.export's node names."""

    def forward(self, input):
        a = input * 2
        a.relu_()
        return a


class MutatesInput(nn.Module):
    def forward(self, x):
        x.add_(1)
        return x * 2


class MutatesAView(nn.Module):
    def forward(self, x):
        a = x * 1
        v = a[0]
        v.add_(10)  # writes through the view into a
        return a


class ViewOfMutated(nn.Module):
    def forward(self, x):
        a = x * 1
        v = a.view(-1)
        a.add_(10)  # v must see it
        return v


class BufferCounter(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(()))

    def forward(self, x):
        self.count.add_(1)
        return x + self.count


def _exported(model, *args):
    return torch.export.export(model, args)


def test_in_place_ops_on_intermediates_skip_decomposition_and_keep_the_users_program():
    ep = _exported(InPlaceChain(), torch.randn(3, 4), torch.randn(3, 4))
    before = [(n.name, op_key(n.target)) for n in ep.graph.nodes]
    fast = functional.without_decomposition(ep, LOWERED)
    assert fast is not None and fast is not ep
    assert not any(functional._is_mutating(n.target) for n in fast.graph.nodes)
    assert [(n.name, op_key(n.target)) for n in ep.graph.nodes] == before  # the caller's program is untouched


def test_a_graph_without_mutation_is_used_as_it_is():
    ep = _exported(nn.Sequential(nn.Linear(4, 3), nn.GELU()), torch.randn(2, 4))
    assert functional.without_decomposition(ep, LOWERED) is ep


@pytest.mark.parametrize("model, args", [
    (MutatesInput(), (torch.randn(3),)),
    (MutatesAView(), (torch.randn(2, 3),)),
    (ViewOfMutated(), (torch.randn(2, 3),)),
    (BufferCounter(), (torch.randn(3),)),
], ids=["mutated-input", "mutated-view", "view-of-mutated", "mutated-buffer"])
def test_aliasing_the_rewrite_cannot_prove_safe_goes_through_torch(model, args):
    assert functional.without_decomposition(_exported(model, *args), LOWERED) is None


def test_an_op_without_a_lowering_goes_through_torch():
    ep = _exported(nn.Sequential(nn.Linear(4, 3), nn.GELU()), torch.randn(2, 4))
    assert functional.without_decomposition(ep, LOWERED - {"aten.gelu.default"}) is None


@pytest.mark.parametrize("model, args", [
    (InPlaceChain(), (torch.randn(3, 4), torch.randn(3, 4))),
    (NamedInput(), (torch.randn(3, 4),)),
    (MutatesAView(), (torch.randn(2, 3),)),
    (ViewOfMutated(), (torch.randn(2, 3),)),
], ids=["in-place-chain", "builtin-input-name", "mutated-view", "view-of-mutated"])
def test_both_paths_match_eager_torch(tmp_path, model, args):
    program = torchtpu_aot.load(torchtpu_aot.export(model, args).save(tmp_path / "m.mlir"))
    expected = model(*[a.clone() for a in args])
    got = program(*[a.numpy() for a in args])
    for e, g in zip(torch.utils._pytree.tree_leaves(expected), torch.utils._pytree.tree_leaves(got)):
        np.testing.assert_allclose(g, e.detach().numpy(), rtol=1e-6, atol=1e-6)
