"""The aten -> StableHLO lowering registry: one small function per op, registered for one or more overloads.

Keys are operator names as torch prints them ("aten.relu.default", "operator.getitem"), so the lowering
modules need no torch import. Lowerings are written with jax.lax / jax.numpy and traced inside jax.export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

Lowering = Callable[..., Any]

_LOWERINGS: dict[str, Lowering] = {}
_RANDOM: dict[str, Callable[..., bool]] = {}


@dataclass(frozen=True)
class TensorMeta:
    """What torch says a node's tensor result is: its shape (ints or JAX symbolic dims) and numpy dtype."""

    shape: tuple
    dtype: np.dtype


@dataclass(frozen=True)
class DataDim:
    """A result dim whose size depends on the data (torch's unbacked symbol, e.g. ``u0`` for nonzero's rows).

    A lowering returns such a result padded to a static bound along the dim and records the true size with
    ``LoweringContext.bind_length``; the program returns that size beside the result and the runtime slices.
    """

    name: str

    def __str__(self) -> str:
        return self.name


def data_dims(value: Any) -> list[DataDim]:
    """The DataDims in a TensorMeta or nested tuple/list of them, in order of first appearance."""
    if isinstance(value, TensorMeta):
        return [d for d in value.shape if isinstance(d, DataDim)]
    found: list[DataDim] = []
    for item in value if isinstance(value, (tuple, list)) else ():
        found += [d for d in data_dims(item) if d not in found]
    return found


@dataclass(frozen=True)
class LoweringContext:
    """What a lowering may know about the node it lowers besides its arguments.

    ``out`` mirrors the node's result structure from ``node.meta["val"]``: a TensorMeta, a tuple/list of
    them (multi-output ops), or a plain Python value for symbolic-int results.
    """

    op: str
    node_name: str
    out: Any
    rng: Any = None  # the program's random stream (lowering.random.RngStream), for ops registered random=True
    lengths: dict | None = None  # DataDim name -> (true size, static bound), filled by bind_length

    def bind_length(self, length: Any, bound: int) -> None:
        """Record the true size (an int64 scalar) of this node's data-dependent result dim(s), whose result the
        lowering padded to ``bound`` along them."""
        for dim in data_dims(self.out):
            self.lengths[dim.name] = (length, bound)

    @property
    def out_meta(self) -> TensorMeta:
        """The single (or first) tensor result's meta."""
        out = self.out
        while isinstance(out, (tuple, list)):
            out = out[0]
        return out

    @property
    def out_dtype(self) -> np.dtype:
        return self.out_meta.dtype

    @property
    def out_shape(self) -> tuple:
        return self.out_meta.shape


def lowers(*ops: str, random: bool | Callable[..., bool] = False) -> Callable[[Lowering], Lowering]:
    """Register the decorated function as the lowering of each named operator overload. ``random`` ops draw
    from ``ctx.rng``; a program using any of them takes and returns a random state. ``random`` may be a
    predicate of the node's arguments (dropout draws only in training mode)."""

    def register(fn: Lowering) -> Lowering:
        for op in ops:
            if op in _LOWERINGS:
                raise ValueError(f"{op} already has a lowering: {_LOWERINGS[op].__module__}.{_LOWERINGS[op].__name__}")
            _LOWERINGS[op] = fn
            if random:
                _RANDOM[op] = random if callable(random) else (lambda *args, **kwargs: True)
        return fn

    return register


def lookup(op: str) -> Lowering | None:
    """The lowering registered for ``op``, or None."""
    return _LOWERINGS.get(op)


def is_random(op: str, args: tuple = (), kwargs: dict | None = None) -> bool:
    """True if ``op``'s lowering draws random numbers when called with these (torch) arguments."""
    return op in _RANDOM and bool(_RANDOM[op](*args, **(kwargs or {})))


def registered_ops() -> list[str]:
    """Every operator name that has a lowering, sorted."""
    return sorted(_LOWERINGS)
