"""Attention on keys and values repeated per group of query heads (transformers' ``repeat_kv``) is converted as
grouped-query attention on the keys and values themselves: the same results, no repeated copy in the program."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch.nn import functional as F

import torchtpu_aot
from torchtpu_aot.convert.grouped_attention import without_repeated_heads


def repeat_kv(x: torch.Tensor, n: int) -> torch.Tensor:
    """As transformers writes it: each head repeated n times in a row."""
    b, h, s, d = x.shape
    return x[:, :, None, :, :].expand(b, h, n, s, d).reshape(b, h * n, s, d)


class Repeated(torch.nn.Module):
    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, repeat_kv(k, 2), repeat_kv(v, 2), attn_mask=mask)


class Tiled(torch.nn.Module):
    """The heads repeated as a whole (head h reads key/value head h % n): not grouped-query attention."""

    def forward(self, q, k, v, mask):
        return F.scaled_dot_product_attention(q, k.repeat(1, 2, 1, 1), v.repeat(1, 2, 1, 1), attn_mask=mask)


class AlsoReturned(torch.nn.Module):
    """The repeated keys are an output too: they stay in the program, attention still reads the originals."""

    def forward(self, q, k, v, mask):
        keys = repeat_kv(k, 2)
        return F.scaled_dot_product_attention(q, keys, repeat_kv(v, 2), attn_mask=mask), keys


def _inputs():
    torch.manual_seed(0)
    return torch.randn(2, 4, 3, 8), torch.randn(2, 2, 5, 8), torch.randn(2, 2, 5, 8), torch.rand(2, 1, 3, 5) > 0.2


def _attention_calls(ep) -> list:
    return [n for n in ep.graph.nodes if n.target is torch.ops.aten.scaled_dot_product_attention.default]


@pytest.mark.parametrize("module,grouped,expands", [(Repeated(), True, 0), (Tiled(), False, 0),
                                                    (AlsoReturned(), True, 1)])
def test_attention_reads_the_keys_and_values_that_were_repeated(module, grouped, expands, tmp_path):
    inputs = _inputs()
    ep = torch.export.export(module, inputs)
    before = [(n.name, n.target, n.args, dict(n.kwargs)) for n in ep.graph.nodes]
    rewritten = without_repeated_heads(ep)
    assert [(n.name, n.target, n.args, dict(n.kwargs)) for n in ep.graph.nodes] == before  # the user's, untouched
    (call,) = _attention_calls(rewritten)
    assert call.kwargs.get("enable_gqa", False) == grouped
    if grouped:
        assert [a.name for a in call.args[1:3]] == ["k", "v"]
        assert sum(n.target is torch.ops.aten.expand.default for n in rewritten.graph.nodes) == expands
    else:
        assert rewritten is ep
    program = torchtpu_aot.load(torchtpu_aot.export(module, inputs).save(tmp_path / "m.mlir"))
    got = program(*[t.numpy() for t in inputs])
    want = module(*inputs)
    for g, w in zip(got if isinstance(got, (tuple, list)) else (got,), want if isinstance(want, tuple) else (want,)):
        np.testing.assert_allclose(np.asarray(g), w.numpy(), rtol=1e-5, atol=1e-5)


def test_the_program_holds_no_repeated_copy():
    grouped = torchtpu_aot.export(Repeated(), _inputs()).program
    tiled = torchtpu_aot.export(Tiled(), _inputs()).program
    assert "tensor<2x2x2x5x8xf32>" not in grouped  # keys or values broadcast to [batch, kv heads, 2, length, dim]
    assert "tensor<2x4x5x8xf32>" not in grouped and "tensor<2x4x5x8xf32>" in tiled  # nor 4 heads of them
