"""torch's symbolic dims (sympy expressions over s0, s1, ...) as JAX symbolic dimensions.

Unbacked symbols (u0, u1, ...: sizes torch learns only from the data, like nonzero's row count) are not JAX
dims: they become ``DataDim`` markers, and their true sizes are values the program computes.
"""

from __future__ import annotations

from typing import Any

import sympy
import torch
from jax import export as jax_export
from torch.utils._sympy.functions import FloorDiv, Mod, PythonMod
from torch.utils._sympy.symbol import SymT, symbol_is_type

from torchtpu_aot.errors import LoweringError
from torchtpu_aot.lowering.registry import DataDim


class SymbolTable:
    """The JAX symbolic dims for one exported program, created in one scope with torch's ranges."""

    def __init__(self, ep: torch.export.ExportedProgram, names: dict[str, str] | None = None):
        """``names`` renames torch's symbols (``s17``) to the user's ``Dim`` names (``batch``)."""
        names = names or {}
        self.ranges: dict[str, dict] = {}   # user-facing name -> {"min", "max"}
        torch_names: dict[str, str] = {}    # torch symbol -> user-facing name
        for symbol, vr in ep.range_constraints.items():
            if (not isinstance(symbol, sympy.Symbol) or is_data_dependent(symbol)
                    or symbol_is_type(symbol, (SymT.UNBACKED_FLOAT, SymT.FLOAT))):
                continue  # not a size: a value from the data, or a Python float the model computes (x.item())
            lo = int(vr.lower) if vr.lower.is_Integer else None  # torch's int_oo says is_finite
            hi = int(vr.upper) if vr.upper.is_Integer else None
            name = names.get(str(symbol), str(symbol))
            if name in self.ranges:  # two torch symbols under one Dim name: keep them apart
                name = str(symbol)
            torch_names[str(symbol)] = name
            self.ranges[name] = {"min": max(lo or 1, 1), "max": hi}
        self.scope, dims = symbolic_dims(self.ranges)
        self.dims = {symbol: dims[name] for symbol, name in torch_names.items()}

    def dim(self, d: Any) -> Any:
        """An int, or the JAX symbolic dim for a torch SymInt."""
        if isinstance(d, int):
            return d
        if isinstance(d, torch.SymInt):
            expr = d.node.expr
            return int(expr) if expr.is_number else self.expr(expr)
        return d

    def expr(self, e: sympy.Expr, lengths: dict[str, Any] | None = None) -> Any:
        """``e`` as a JAX dim expression; with ``lengths`` (data-dependent symbol -> its size as a traced value),
        a value computed from those sizes."""
        if e.is_Integer:
            return int(e)
        if e.is_Symbol and is_data_dependent(e):
            if lengths is not None and str(e) in lengths:
                return lengths[str(e)]
            return DataDim(str(e))
        if e.is_Symbol:
            return self.dims[str(e)]
        if lengths is None and any(is_data_dependent(s) for s in e.free_symbols):
            raise LoweringError(f"The size {e} is computed from a size that depends on the data; a result of that "
                                "size cannot be computed padded to a static bound. Return the data-dependent "
                                "result from the model and reshape or combine it outside.")
        args = [self.expr(a, lengths) for a in e.args]
        if isinstance(e, sympy.Add):
            return _fold(args, lambda a, b: a + b)
        if isinstance(e, sympy.Mul):
            return _fold(args, lambda a, b: a * b)
        if isinstance(e, FloorDiv):
            return args[0] // args[1]
        if isinstance(e, (Mod, PythonMod)):
            return args[0] % args[1]
        if isinstance(e, sympy.Pow) and e.exp.is_Integer and int(e.exp) > 0:
            return _fold([args[0]] * int(e.exp), lambda a, b: a * b)
        raise LoweringError(f"The symbolic shape expression {e} has no JAX equivalent yet.")

    def shape(self, shape) -> tuple:
        return tuple(self.dim(d) for d in shape)


def is_data_dependent(symbol: sympy.Basic) -> bool:
    """True for torch's unbacked symbols: sizes known only once the data is (nonzero's rows, unique's values)."""
    return isinstance(symbol, sympy.Symbol) and symbol_is_type(symbol, SymT.UNBACKED_INT)


def data_dependent_names(value: Any) -> list[str]:
    """The unbacked symbols a fake tensor's shape (or a SymInt) mentions, in order of first appearance."""
    dims = value.shape if isinstance(value, torch.Tensor) else [value]
    names: list[str] = []
    for d in dims:
        if isinstance(d, torch.SymInt):
            names += [str(s) for s in sorted(d.node.expr.free_symbols, key=str)
                      if is_data_dependent(s) and str(s) not in names]
    return names


def symbolic_dims(ranges: dict[str, dict]) -> tuple[jax_export.SymbolicScope, dict[str, Any]]:
    """One JAX scope holding every named dim with its {"min", "max"} range, and the dims by name."""
    constraints = [f"{n} >= {r['min']}" for n, r in sorted(ranges.items())]
    constraints += [f"{n} <= {r['max']}" for n, r in sorted(ranges.items()) if r["max"] is not None]
    scope = jax_export.SymbolicScope(constraints)
    ordered = sorted(ranges)
    return scope, dict(zip(ordered, jax_export.symbolic_shape(",".join(ordered), scope=scope) if ordered else ()))


def _fold(items, fn):
    out = items[0]
    for item in items[1:]:
        out = fn(out, item)
    return out


def dim_json(d: Any) -> int | str:
    """A dim as the manifest stores it: an int, or JAX's text for a symbolic expression."""
    return d if isinstance(d, int) else str(d)
