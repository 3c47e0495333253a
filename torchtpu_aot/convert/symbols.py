"""torch's symbolic dims (sympy expressions over s0, s1, ...) as JAX symbolic dimensions."""

from __future__ import annotations

from typing import Any

import sympy
import torch
from jax import export as jax_export
from torch.utils._sympy.functions import FloorDiv, Mod, PythonMod

from torchtpu_aot.errors import LoweringError


class SymbolTable:
    """The JAX symbolic dims for one exported program, created in one scope with torch's ranges."""

    def __init__(self, ep: torch.export.ExportedProgram, names: dict[str, str] | None = None):
        """``names`` renames torch's symbols (``s17``) to the user's ``Dim`` names (``batch``)."""
        names = names or {}
        self.ranges: dict[str, dict] = {}   # user-facing name -> {"min", "max"}
        torch_names: dict[str, str] = {}    # torch symbol -> user-facing name
        for symbol, vr in ep.range_constraints.items():
            if not isinstance(symbol, sympy.Symbol):
                continue
            lo = int(vr.lower) if vr.lower.is_finite else None
            hi = int(vr.upper) if vr.upper.is_finite else None
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

    def expr(self, e: sympy.Expr) -> Any:
        if e.is_Integer:
            return int(e)
        if e.is_Symbol:
            return self.dims[str(e)]
        args = [self.expr(a) for a in e.args]
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
