"""Operator names as the registry knows them, and the one error that lists every unsupported op at once."""

from __future__ import annotations

from typing import Any

import torch

from torchtpu_aot.errors import UnsupportedOpsError
from torchtpu_aot.frontend.locations import from_stack_trace
from torchtpu_aot.lowering import lookup

_MODULE_ALIASES = {"_operator": "operator", "torch": "torch"}


def op_key(target: Any) -> str:
    """``aten.relu.default`` for OpOverloads, ``operator.getitem`` for Python functions."""
    if isinstance(target, (torch._ops.OpOverload, torch._ops.OpOverloadPacket)):
        return str(target)
    module = getattr(target, "__module__", None) or ""
    module = _MODULE_ALIASES.get(module, module)
    return f"{module}.{getattr(target, '__name__', repr(target))}"


def node_location(node: torch.fx.Node) -> str | None:
    return from_stack_trace(node.meta.get("stack_trace"))


def check_supported(graph: torch.fx.Graph) -> None:
    """Raise UnsupportedOpsError naming every op without a lowering, with counts and first locations."""
    missing: dict[str, list[torch.fx.Node]] = {}
    for node in graph.nodes:
        if node.op == "call_function" and lookup(op_key(node.target)) is None:
            missing.setdefault(op_key(node.target), []).append(node)
    if not missing:
        return
    parts = []
    for op, nodes in sorted(missing.items()):
        where = [loc for loc in (node_location(n) for n in nodes) if loc]
        uses = f"{len(nodes)} use{'s' if len(nodes) > 1 else ''}"
        parts.append(f"{op} ({uses}; first at {where[0]})" if where else f"{op} ({uses})")
    raise UnsupportedOpsError(
        f"Cannot convert the model: {len(missing)} operator{'s have' if len(missing) > 1 else ' has'} no lowering: "
        + "; ".join(parts)
        + ". Rewrite those lines with supported operations, or add a lowering in torchtpu_aot/lowering "
        "(`torchtpu ops` lists what is supported).",
        sorted(missing),
    )
