"""Dynamic dims at run time: bind each named dim from the inputs, check ranges and agreement before running.

The manifest writes a dim as an int, a name (``batch``) or JAX's text for an expression over names
(``2*seq``, ``seq + 1``, ``floordiv(seq, 2)``). Expressions are evaluated here with a small arithmetic reader:
nothing from an artifact is ever handed to ``eval``.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from torchtpu_aot.artifact.manifest import DynamicDim, TensorEntry
from torchtpu_aot.errors import InputError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FUNCTIONS = {"floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "max": max, "min": min}
_BINARY = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
           ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b}


@functools.lru_cache(maxsize=4096)
def dim_names(dim: int | str) -> frozenset[str]:
    """The named dims a manifest dim mentions (cached: every call of a program asks for the same few)."""
    return frozenset() if isinstance(dim, int) else frozenset(_NAME.findall(dim)) - frozenset(_FUNCTIONS)


def evaluate(dim: int | str, env: Mapping[str, int]) -> int:
    """The size of a manifest dim once its named dims have sizes."""
    if isinstance(dim, int):
        return dim
    try:
        tree = ast.parse(dim, mode="eval").body
    except SyntaxError:
        raise InputError(f"The artifact's dim expression {dim!r} cannot be read.") from None
    return _eval(tree, env, dim)


def _eval(node: ast.AST, env: Mapping[str, int], text: str) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return int(env[node.id])
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env, text)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, env, text), _eval(node.right, env, text))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS
            and len(node.args) == 2 and not node.keywords):
        return _FUNCTIONS[node.func.id](*(_eval(a, env, text) for a in node.args))
    raise InputError(f"The artifact's dim expression {text!r} uses something other than integer arithmetic on "
                     f"its named dims ({', '.join(sorted(env)) or 'none'}).")


def bind_dims(symbols: Mapping[str, DynamicDim], entries: Sequence[TensorEntry],
              arrays: Sequence[np.ndarray]) -> dict[str, int]:
    """Each named dim's size for this call; raises InputError naming the input, dim, named dim and its range when
    a shape is of the wrong rank, off a static size, outside a range or at odds with another input."""
    bound: dict[str, tuple[int, str]] = {}
    for entry, array in zip(entries, arrays):
        shape, name = list(entry.shape), entry.name
        if array.ndim != len(shape):
            raise InputError(f"Input {name!r} has shape {list(array.shape)}, but the model expects rank "
                             f"{len(shape)} with shape {shape}.")
        for axis, (want, got) in enumerate(zip(shape, array.shape)):
            if isinstance(want, int):
                if want != got:
                    raise InputError(f"Input {name!r} has shape {list(array.shape)}, but the model was exported "
                                     f"with shape {shape} (dim {axis} must be {want}).")
            elif want in symbols:
                _bind(bound, symbols, want, got, name, axis)
    # Dims given only through an expression (torch's derived dims, e.g. 2*seq): solve the affine ones.
    for entry, array in zip(entries, arrays):
        for axis, (want, got) in enumerate(zip(entry.shape, array.shape)):
            if isinstance(want, int) or want in symbols:
                continue
            free = [s for s in sorted(dim_names(want)) if s not in bound]
            if len(free) == 1:
                _solve(bound, symbols, want, free[0], got, entry.name, axis)
    env = {k: v for k, (v, _) in bound.items()}
    for entry, array in zip(entries, arrays):
        for axis, (want, got) in enumerate(zip(entry.shape, array.shape)):
            if not isinstance(want, str) or want in symbols:
                continue
            unknown = sorted(dim_names(want) - env.keys())
            if unknown:
                raise InputError(f"Input {entry['name']!r} dim {axis} is {got}, given by {want}; the sizes of "
                                 f"{', '.join(unknown)} cannot be worked out from the inputs.")
            if evaluate(want, env) != got:
                given = ", ".join(f"{s}={env[s]}" for s in sorted(dim_names(want)))
                raise InputError(f"Input {entry['name']!r} dim {axis} is {got}, but the model needs {want} there, "
                                 f"which is {evaluate(want, env)} with {given}.")
    return env


def _bind(bound: dict, symbols: Mapping[str, DynamicDim], symbol: str, size: int, name: str, axis: int,
          said: str = "") -> None:
    where = f"Input {name!r} dim {axis} is {said or size}"
    lo, hi = symbols[symbol].min, symbols[symbol].max
    if (lo is not None and size < lo) or (hi is not None and size > hi):
        raise InputError(f"{where}, outside the range {symbols[symbol].range_text} of the dynamic dim {symbol!r}.")
    if symbol in bound and bound[symbol][0] != size:
        raise InputError(f"{where}, but {bound[symbol][1]} gave the dynamic dim {symbol!r} the size "
                         f"{bound[symbol][0]}; inputs sharing a dim must agree.")
    bound.setdefault(symbol, (size, f"input {name!r} dim {axis}"))


def _solve(bound: dict, symbols: Mapping[str, DynamicDim], expr: str, symbol: str, size: int, name: str,
           axis: int) -> None:
    env = {k: v for k, (v, _) in bound.items()}
    at = [evaluate(expr, {**env, symbol: v}) for v in (0, 1, 2)]
    slope, offset = at[1] - at[0], at[0]
    if slope <= 0 or at[2] != offset + 2 * slope:
        raise InputError(f"Input {name!r} dim {axis} is {size}, given by {expr}; the size of {symbol!r} cannot be "
                         "worked out from it alone: pass an input that has it as a dim of its own.")
    if (size - offset) % slope:
        raise InputError(f"Input {name!r} dim {axis} is {size}, but the model needs {expr} there "
                         f"({symbol} in {symbols[symbol].range_text}), which is never {size}.")
    value = (size - offset) // slope
    _bind(bound, symbols, symbol, value, name, axis, f"{size} ({expr} with {symbol}={value})")


def concrete_shape(shape: Sequence[Any], symbols: Mapping[str, DynamicDim], sizes: Mapping[str, int] | None = None
                   ) -> tuple[int, ...]:
    """A manifest shape with named dims at the given sizes, or at their minimum."""
    env = {name: dim.min for name, dim in symbols.items()}
    env.update(sizes or {})
    return tuple(evaluate(d, env) for d in shape)
