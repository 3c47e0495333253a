"""Attention on repeated keys and values becomes grouped-query attention on the keys and values themselves.

Models with fewer key/value heads than query heads often repeat each key/value head for its group before calling
``scaled_dot_product_attention`` (transformers' ``repeat_kv``: ``x[:, :, None].expand(b, kv, n, s, d)
.reshape(b, kv * n, s, d)``). In a decode step that copy of the whole KV cache, every layer, costs more than the
attention that reads it. This pass hands attention the un-repeated tensors with ``enable_gqa=True``, which means
the same thing (query head h reads key/value head h // n) and which the lowering computes per group without a
copy (``lowering/attention.py``).
"""

from __future__ import annotations

import torch
from torch.export import ExportedProgram

from torchtpu_aot.convert.functional import copied_graph

_ATTENTION = torch.ops.aten.scaled_dot_product_attention.default
_UNSQUEEZE = torch.ops.aten.unsqueeze.default
_EXPAND = torch.ops.aten.expand.default
_RESHAPES = (torch.ops.aten.reshape.default, torch.ops.aten.view.default, torch.ops.aten._unsafe_view.default)


def without_repeated_heads(ep: ExportedProgram) -> ExportedProgram:
    """``ep`` itself when no attention reads repeated keys and values, else a copy where none does (the
    user's program is left untouched)."""
    if not any(_repeated(node) for node in ep.graph.nodes):
        return ep
    graph = copied_graph(ep)
    for node in list(graph.nodes):
        found = _repeated(node)
        if found is None:
            continue
        keys, values = found
        repeated = node.args[1:3]
        node.args = (node.args[0], keys, values, *node.args[3:])
        node.kwargs = {**node.kwargs, "enable_gqa": True}
        for chain in dict.fromkeys(repeated):  # reshape <- expand <- unsqueeze, erased once nothing reads them
            while isinstance(chain, torch.fx.Node) and not chain.users:
                source = chain.args[0]
                graph.erase_node(chain)
                chain = source
    return ep._update(torch.fx.GraphModule(ep.graph_module, graph), ep.graph_signature)


def _repeated(node: torch.fx.Node) -> tuple[torch.fx.Node, torch.fx.Node] | None:
    """The un-repeated keys and values of an attention node whose keys and values are both repeated per group of
    the same size (and which does not already group)."""
    if node.op != "call_function" or node.target is not _ATTENTION or node.kwargs.get("enable_gqa"):
        return None
    if len(node.args) < 3:
        return None
    query, keys, values = node.args[:3]
    found = [_repeat_source(t) for t in (keys, values)]
    if any(f is None for f in found):
        return None
    (k, k_group), (v, v_group) = found
    heads = _shape(query)
    if heads is None or len(heads) != len(_shape(k)) or k_group != v_group or _shape(k)[-3] != _shape(v)[-3]:
        return None
    if heads[-3] != _shape(k)[-3] * k_group:
        return None
    return k, v


def _repeat_source(node) -> tuple[torch.fx.Node, int] | None:
    """(x, n) when ``node`` is ``x`` of shape [..., h, s, d] with each head repeated n times in a row:
    unsqueeze(x, -4 or its positive index) -> expand to [..., h, n, s, d] -> reshape to [..., h * n, s, d],
    the intermediates read by nothing else."""
    if not (isinstance(node, torch.fx.Node) and node.op == "call_function" and node.target in _RESHAPES):
        return None
    expand = node.args[0]
    if not (isinstance(expand, torch.fx.Node) and expand.target is _EXPAND and len(expand.users) == 1):
        return None
    unsqueeze = expand.args[0]
    if not (isinstance(unsqueeze, torch.fx.Node) and unsqueeze.target is _UNSQUEEZE and len(unsqueeze.users) == 1):
        return None
    x = unsqueeze.args[0]
    shape, grown, out = _shape(x), _shape(expand), _shape(node)
    if shape is None or grown is None or out is None or len(shape) < 3:
        return None
    dim = unsqueeze.args[1]
    if dim not in (len(shape) - 2, -4):  # the new dim right after the heads
        return None
    group = grown[-3]
    if not isinstance(group, int) or group < 1:
        return None
    wanted = (*shape[:-2], group, *shape[-2:])
    if not _same(grown, wanted) or not _same(out, (*shape[:-3], shape[-3] * group, *shape[-2:])):
        return None
    return x, group


def _shape(node) -> tuple | None:
    value = node.meta.get("val") if isinstance(node, torch.fx.Node) else None
    return tuple(value.shape) if isinstance(value, torch.Tensor) else None


def _same(a: tuple, b: tuple) -> bool:
    """Equal shapes; symbolic dims compare by their expressions (no guards are added)."""
    return len(a) == len(b) and all(x == y if isinstance(x, int) and isinstance(y, int) else str(x) == str(y)
                                    for x, y in zip(a, b))
