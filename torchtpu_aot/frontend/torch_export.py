"""torch.export, then only the decompositions needed: ops that have a lowering stay whole.

Keeping linear, conv2d, layer_norm or scaled_dot_product_attention whole is faster to convert than
decomposing them and gives the compiler higher-level structure to work with.
"""

from __future__ import annotations

import functools
from typing import Any

import torch
from torch.export import ExportedProgram

from torchtpu_aot.errors import ExportError
from torchtpu_aot.frontend.locations import user_frame


def export_program(model: Any, args: tuple = (), kwargs: dict | None = None,
                   dynamic_shapes: Any = None) -> ExportedProgram:
    """torch.export.export with errors turned into one readable paragraph."""
    if isinstance(model, ExportedProgram):
        return model
    if not isinstance(model, torch.nn.Module):
        raise ExportError(f"export() takes a torch.nn.Module or an ExportedProgram, got {type(model).__name__}.")
    if not isinstance(args, tuple):
        args = tuple(args) if isinstance(args, list) else (args,)
    try:
        return torch.export.export(model, args, kwargs or {}, dynamic_shapes=dynamic_shapes)
    except Exception as e:
        where = user_frame(e.__traceback__)
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ExportError(
            f"torch.export could not export {type(model).__name__}{f' (at {where})' if where else ''}: "
            f"{type(e).__name__}: {first} This is torch.export's own limit, before any conversion: make the "
            "model exportable (see https://pytorch.org/docs/stable/export.html), or run with --debug for "
            "torch's full message."
        ) from e


@functools.cache
def _default_decompositions() -> dict:
    return dict(torch.export.default_decompositions().items())


def decompose(ep: ExportedProgram, lowered: set[str]) -> ExportedProgram:
    """Functionalize, and decompose exactly the ops without a lowering of their own."""
    table = {op: fn for op, fn in _default_decompositions().items() if str(op) not in lowered}
    try:
        return ep.run_decompositions(table)
    except Exception as e:
        raise ExportError(
            f"torch's decompositions failed on the exported program: {type(e).__name__}: "
            f"{str(e).strip().splitlines()[0] if str(e).strip() else ''} Run with --debug for the full message."
        ) from e


def dim_names(ep: ExportedProgram, model: Any, args: tuple, kwargs: dict | None, dynamic_shapes: Any) -> dict[str, str]:
    """torch's symbol names (``s17``) -> the names the user gave their ``Dim``s (``batch``), where they can be
    matched; the manifest and the StableHLO then speak of ``batch`` rather than torch's internal names."""
    if dynamic_shapes is None or isinstance(model, ExportedProgram):
        return {}
    from torch.export.dynamic_shapes import _combine_args, _tree_map_with_path
    from torch.export.graph_signature import InputKind

    if not isinstance(args, tuple):
        args = tuple(args) if isinstance(args, list) else (args,)
    by_name = {n.name: n for n in ep.graph.nodes if n.op == "placeholder"}
    user_names = [s.arg.name for s in ep.graph_signature.input_specs if s.kind == InputKind.USER_INPUT]
    leaves = torch.utils._pytree.tree_leaves((args, kwargs or {}))
    node_of = {id(leaf): by_name[name] for leaf, name in zip(leaves, user_names) if isinstance(leaf, torch.Tensor)}
    names: dict[str, str] = {}

    def record(path, value, spec):
        if not isinstance(value, torch.Tensor) or spec is None or id(value) not in node_of:
            return None
        items = spec.items() if isinstance(spec, dict) else enumerate(spec)
        shape = node_of[id(value)].meta["val"].shape
        for axis, dim in items:
            root = getattr(dim, "root", dim)  # a derived dim (2*seq) names the dim it is derived from
            name = getattr(root, "__name__", None)
            size = shape[axis] if axis < len(shape) else None
            if name and isinstance(size, torch.SymInt) and len(size.node.expr.free_symbols) == 1:
                names.setdefault(str(next(iter(size.node.expr.free_symbols))), name)
        return None

    combined = _combine_args(model, args, kwargs or {})
    if isinstance(dynamic_shapes, (tuple, list)):  # given by position, as torch.export also accepts
        combined = type(dynamic_shapes)(combined.values())
    _tree_map_with_path(record, combined, dynamic_shapes, tree_name="inputs")
    return names
