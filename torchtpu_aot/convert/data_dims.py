"""Results whose size depends on the data (nonzero, masked_select, unique...): where their padding may flow.

Such a result is computed padded to a static bound along its data-dependent dim (torch's unbacked symbol, u0),
with its true length beside it. The padding rows hold arbitrary values, so a padded value may only flow where
they cannot change the real rows: to the graph's outputs (the runtime slices the padding off), through getitem,
and through ops that act row by row along that dim (elementwise ops whose other operands do not span it, casts,
clone, picking along another dim). Any other use is refused before lowering, naming the op and the model line.
"""

from __future__ import annotations

from typing import Any

import torch

from torchtpu_aot.convert.diagnostics import node_location, op_key
from torchtpu_aot.convert.symbols import data_dependent_names, is_data_dependent
from torchtpu_aot.errors import LoweringError

# Ops that pass every row through unchanged, or report sizes (answered with the true length).
_ROW_WISE = frozenset({
    "operator.getitem", "aten.alias.default", "aten.clone.default", "aten._to_copy.default", "aten.to.dtype",
    "aten.detach.default", "aten.lift_fresh_copy.default", "aten._assert_tensor_metadata.default",
    "aten.sym_size.int", "aten.sym_numel.default",
})
# Ops that pick along one dim: row by row as long as that dim is not the data-dependent one.
_ALONG_ONE_DIM = frozenset({"aten.select.int", "aten.slice.Tensor", "aten.unbind.int"})


def tensor_names(val: Any) -> list[str]:
    """The data-dependent symbols in a node's fake result (a tensor or a tuple/list of them)."""
    if isinstance(val, torch.Tensor):
        return data_dependent_names(val)
    names: list[str] = []
    for item in val if isinstance(val, (tuple, list)) else ():
        names += [n for n in tensor_names(item) if n not in names]
    return names


def _inputs(node: torch.fx.Node) -> list[torch.fx.Node]:
    return [n for n in node.all_input_nodes if n.op != "get_attr"]


def padded_inputs(node: torch.fx.Node) -> list[str]:
    """The data-dependent symbols among the sizes of the node's tensor inputs."""
    names: list[str] = []
    for arg in _inputs(node):
        names += [n for n in tensor_names(arg.meta.get("val")) if n not in names]
    return names


def check_graph(graph: torch.fx.Graph) -> None:
    """Raise LoweringError at the first node that uses a padded value where its padding could change real rows,
    or sizes a new tensor by a data-dependent size."""
    for node in graph.nodes:
        if node.op == "call_function":
            check_use(node, op_key(node.target))


def check_use(node: torch.fx.Node, op: str) -> None:
    used = padded_inputs(node)
    if used:
        if not _row_wise(node, op):
            raise LoweringError(_refusal(node, op, used, "would read the padding"))
        return
    sizes = [n for arg in _inputs(node) if isinstance(arg.meta.get("val"), torch.SymInt)
             for n in data_dependent_names(arg.meta["val"])]
    made = [n for n in tensor_names(node.meta.get("val")) if n in sizes]
    if made:
        raise LoweringError(_refusal(node, op, made, "would make a tensor of that size, which a static program "
                                                     "cannot"))


def unbounded(node: torch.fx.Node, op: str, names: list[str], error: Exception | None = None) -> LoweringError:
    """The error for a result whose data-dependent size has no static bound the lowering could pad to."""
    where = node_location(node)
    failed = f" (its lowering failed: {type(error).__name__}: {str(error).splitlines()[0]})" if error else ""
    return LoweringError(
        f"{op} (node {node.name}{', at ' + where if where else ''}) gives a result whose size depends on the data "
        f"({', '.join(names)}), and torchtpu_aot knows no static bound for that size here{failed}, so the result "
        "cannot be computed padded to it. Use a fixed-size alternative (torch.nonzero_static(x, size=N), "
        "torch.where(mask, x, 0), bincount with a small integer dtype such as uint8, or a size computed from the "
        "input shapes).")


def _row_wise(node: torch.fx.Node, op: str) -> bool:
    if op in _ROW_WISE:
        return True
    if op in _ALONG_ONE_DIM:
        x, dim = node.args[0], node.args[1] if len(node.args) > 1 else node.kwargs.get("dim", 0)
        shape = x.meta["val"].shape
        return not _is_symbol(shape[dim % len(shape)])
    target = node.target
    if isinstance(target, torch._ops.OpOverload) and torch.Tag.pointwise in target.tags:
        return _aligned(node)
    return False


def _aligned(node: torch.fx.Node) -> bool:
    """An elementwise op acts row by row when each operand either carries the same data-dependent dim at the
    result's position or broadcasts along it (size 1)."""
    out = node.meta.get("val")
    if not isinstance(out, torch.Tensor):
        return False
    for arg in _inputs(node):
        val = arg.meta.get("val")
        if not isinstance(val, torch.Tensor):
            continue
        offset = out.ndim - val.ndim
        for axis, d in enumerate(out.shape):
            if _is_symbol(d) and axis >= offset:
                mine = val.shape[axis - offset]
                if not (mine == 1 if isinstance(mine, int) else _same(mine, d)):
                    return False
    return True


def _is_symbol(d: Any) -> bool:
    return isinstance(d, torch.SymInt) and is_data_dependent(d.node.expr)


def _same(a: torch.SymInt, b: torch.SymInt) -> bool:
    return isinstance(a, torch.SymInt) and a.node.expr == b.node.expr


def _refusal(node: torch.fx.Node, op: str, names: list[str], what: str) -> str:
    where = node_location(node)
    return (
        f"{op} (node {node.name}{', at ' + where if where else ''}) uses a size known only from the data "
        f"({', '.join(names)}, like the rows of nonzero(x), x[mask] or unique(x)). "
        "torchtpu_aot computes such a result padded to its largest possible size, so it may only flow to the model's "
        "outputs and through ops that act on it row by row (elementwise ops, casts, clone, getitem); this op "
        f"{what}. Return that result from the model and finish the computation outside it, or use a fixed-size "
        "alternative: torch.where(mask, x, 0) instead of x[mask], torch.nonzero_static(x, size=N) instead of "
        "torch.nonzero(x).")
