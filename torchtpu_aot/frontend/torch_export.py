"""torch.export, then only the decompositions needed: ops that have a lowering stay whole.

Keeping linear, conv2d, layer_norm or scaled_dot_product_attention whole is faster to convert than
decomposing them and gives the compiler higher-level structure to work with.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import sys
from collections.abc import Iterator
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
        with held_output() as held:
            return torch.export.export(model, args, kwargs or {}, dynamic_shapes=dynamic_shapes)
    except Exception as e:
        where = user_frame(e.__traceback__)
        error = ExportError(
            f"torch.export could not export {type(model).__name__}{f' (at {where})' if where else ''}: "
            f"{type(e).__name__}: {_then(torch_explanation(e))}{_hint(e)}This is torch.export's own limit, before "
            "any conversion: make the model exportable (see https://pytorch.org/docs/stable/export.html), or run "
            "with --debug for torch's full message."
        )
        error.details = held.getvalue()
        raise error from e


@functools.lru_cache(maxsize=1)
def _default_decompositions(registered_ops: int) -> dict:
    """torch's default decomposition table. It lists the composite ops registered when it is built (custom ops
    too, such as torchao's quantize_affine), and an op missing from it would be kept whole: so it is built again
    whenever more operators are registered (``registered_ops`` counts them), e.g. after ``import torchao``."""
    return dict(torch.export.default_decompositions().items())


def decompose(ep: ExportedProgram, lowered: set[str]) -> ExportedProgram:
    """Functionalize, and decompose exactly the ops without a lowering of their own."""
    defaults = _default_decompositions(len(torch._C._dispatch_get_all_op_names()))
    table = {op: fn for op, fn in defaults.items() if str(op) not in lowered}
    try:
        with held_output() as held:
            return ep.run_decompositions(table)
    except Exception as e:
        error = ExportError(f"torch's decompositions failed on the exported program: {type(e).__name__}: "
                            f"{_then(torch_explanation(e))}Run with --debug for the full message.")
        error.details = held.getvalue()
        raise error from e


@contextlib.contextmanager
def held_output() -> Iterator[io.StringIO]:
    """What torch writes to stderr meanwhile (its log of a failed fake-tensor run, partial graphs printed for a
    failed export), held back: written out once the block succeeds, and left in the StringIO for the error
    (``TorchTPUError.details``, which ``--debug`` prints) if it fails."""
    held = io.StringIO()
    with contextlib.redirect_stderr(held):
        yield held
    sys.stderr.write(held.getvalue())


# torch's pointers to its own debugging switches, which mean nothing to someone exporting with torchtpu, and the
# boilerplate and stack excerpt it ends with (the error names the model's line itself).
_TORCH_SWITCHES = re.compile(r"\s*For more information, run with TORCH_LOGS=\S+|\s*If you're using mark_dynamic,.*?"
                             r"Dim\.AUTO\.")
_TORCH_DEBUG_LINES = ("For more information, run with", "For extended logs", "If you suspect the guard",
                      "For more debugging help", "For C++ stack trace", "Caused by: (",
                      "consider using data-dependent friendly APIs")
_TORCH_TAILS = ("The error above occurred when calling torch.export", "The following call raised this error:")


def torch_explanation(e: BaseException, limit: int = 12) -> str:
    """torch's own account of why it refused (the violated constraint, its suggested fix), without its pointers to
    internal debugging switches or the boilerplate after it; at most ``limit`` lines."""
    text = str(e)
    for tail in _TORCH_TAILS:
        text = text.split(tail, 1)[0]
    text = _TORCH_SWITCHES.sub("", text)
    lines = [line.rstrip() for line in text.splitlines()
             if line.strip() and not line.strip().startswith(_TORCH_DEBUG_LINES)]
    if len(lines) > limit:
        lines = [*lines[:limit], "[...]"]
    return "\n".join(lines).strip() or "(no message)"


def _then(text: str) -> str:
    """``text`` followed by what comes next: on its own line after several lines, else after a full stop."""
    if "\n" in text:
        return text + "\n"
    return text + (" " if text.endswith((".", "!", "?")) else ". ")


def _hint(e: BaseException) -> str:
    """What to do about the refusals torchtpu users meet most, in their terms (ends with a space if not empty)."""
    if "specialized it to be a constant" in str(e):
        return ("The model fixes the size of a dim that was declared dynamic: leave that dim out of --dynamic (or "
                "DYNAMIC_SHAPES) to keep it at its example size, or change the model so the size may vary. ")
    if type(e).__name__ == "GuardOnDataDependentSymNode":
        return ("A value computed from the input data decides a Python branch or a size there; torch.export needs "
                "it decided without the data (use torch.where or torch.cond for branches). ")
    return ""


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
