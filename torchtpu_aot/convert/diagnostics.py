"""Operator names as the registry knows them, and the one error that lists every unsupported op at once."""

from __future__ import annotations

from collections.abc import Iterator
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


def submodule(module: torch.fx.GraphModule, target: str) -> Any:
    """What a ``get_attr`` node names: for torch.cond, while_loop, scan and map, the body's own GraphModule."""
    for name in target.split("."):
        module = getattr(module, name)
    return module


def all_nodes(module: torch.fx.GraphModule) -> Iterator[torch.fx.Node]:
    """The graph's nodes, and those of the graphs nested in it (torch.cond, while_loop, scan and map bodies)."""
    for node in module.graph.nodes:
        yield node
        if node.op == "get_attr" and isinstance(body := submodule(module, node.target), torch.fx.GraphModule):
            yield from all_nodes(body)


def check_supported(module: torch.fx.GraphModule) -> None:
    """Raise UnsupportedOpsError naming every op without a lowering, with counts and first locations."""
    missing: dict[str, list[torch.fx.Node]] = {}
    for node in all_nodes(module):
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
        + ". Rewrite those lines with supported operations (`torchtpu ops` lists them), or write a lowering for "
        "each op with @torchtpu_aot.register_lowering(\"mylib::op\") in a file of your own and pass it with "
        "`torchtpu export --lowerings FILE.py` (from Python: import that file before exporting).",
        sorted(missing),
    )
