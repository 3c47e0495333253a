"""The aten -> StableHLO lowering registry: one small function per op, registered for one or more overloads.

Keys are operator names as torch prints them ("aten.relu.default", "operator.getitem"), so the lowering
modules need no torch import. Lowerings are written with jax.lax / jax.numpy and traced inside jax.export.
Users add lowerings for their own custom ops with ``register_lowering`` (``torchtpu_aot.register_lowering``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from jax import lax

from torchtpu_aot.errors import TorchTPUError

Lowering = Callable[..., Any]

_LOWERINGS: dict[str, Lowering] = {}
_RANDOM: dict[str, Callable[..., bool]] = {}
_USER: dict[str, str] = {}  # op -> where its user-registered lowering is defined (file:line)


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
    composites: bool = False  # emit stablehlo.composite ops where a lowering offers one (see ``composite``)
    weight_bytes: int = 0  # the program's weights, which a call reads from memory once they outgrow the caches

    def composite(self, name: str, decomposition: Callable[..., Any], *operands: Any, **attributes: Any) -> Any:
        """``decomposition(*operands)``, as one ``stablehlo.composite`` op named ``name`` carrying ``attributes``
        (ints, floats, bools, strings, numpy arrays) when the export asked for composites: backends that know the
        name may compile it whole, the others compile the decomposition. Operands that are None are left out."""
        if not self.composites:
            return decomposition(*operands)
        present = [i for i, x in enumerate(operands) if x is not None]

        def decompose(*values: Any, **_: Any) -> Any:
            full = list(operands)
            for i, value in zip(present, values):
                full[i] = value
            return decomposition(*full)

        return lax.composite(decompose, name)(*(operands[i] for i in present), **attributes)

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


_OP_NAME = re.compile(r"(?P<ns>[A-Za-z_]\w*)(?:::|\.)(?P<name>\w+)(?:\.(?P<overload>\w+))?")


def op_names(op: Any) -> list[str]:
    """The registry keys for ``op``: ``"mylib::twice"``, ``"mylib::twice.default"``, ``"mylib.twice.default"``,
    ``torch.ops.mylib.twice.default`` (one overload) or ``torch.ops.mylib.twice`` (each of its overloads)."""
    if not isinstance(op, str):
        if callable(getattr(op, "overloads", None)):  # an OpOverloadPacket: every overload
            return [f"{op}.{overload}" for overload in op.overloads()]
        if hasattr(op, "_schema"):  # an OpOverload prints as its key
            return [str(op)]
    m = _OP_NAME.fullmatch(op) if isinstance(op, str) else None
    if m is None:
        raise TorchTPUError(f"register_lowering got {op!r}; name the operator as torch does, e.g. \"mylib::twice\" "
                            "or torch.ops.mylib.twice.default.")
    return [f"{m['ns']}.{m['name']}.{m['overload'] or 'default'}"]


def register_lowering(*ops: Any) -> Callable[[Lowering], Lowering]:
    """Register the decorated function as the lowering of each op (see ``op_names`` for the spellings).

    The function is called like the built-in lowerings: ``fn(ctx, *args, **kwargs)`` with the node's tensor
    arguments as JAX arrays and its other arguments as Python values, and returns JAX arrays (a tuple for ops
    with several results); ``ctx.out`` holds torch's shapes and dtypes for the result, which the result is
    checked against. Write it with jax.numpy / jax.lax, so the program stays portable StableHLO. Registering an
    op again replaces the earlier user lowering; ops with a built-in lowering cannot be overridden.
    """
    names = [name for op in ops for name in op_names(op)]
    if not names:
        raise TorchTPUError("register_lowering needs at least one operator, e.g. @register_lowering(\"mylib::twice\").")

    def register(fn: Lowering) -> Lowering:
        code = getattr(fn, "__code__", None)
        site = f"{_relative(code.co_filename)}:{code.co_firstlineno}" if code else getattr(fn, "__qualname__", repr(fn))
        for name in names:
            if name in _LOWERINGS and name not in _USER:
                raise TorchTPUError(f"{name} already has a built-in lowering in torchtpu_aot; register_lowering is "
                                    "for operators without one, such as your own torch.library custom ops.")
            _LOWERINGS[name] = fn
            _USER[name] = site
        return fn

    return register


def _relative(path: str) -> str:
    path = os.path.abspath(path)
    cwd = os.getcwd() + os.sep
    return path[len(cwd):] if path.startswith(cwd) else path


def user_lowering(op: str) -> str | None:
    """Where the user-registered lowering of ``op`` is defined (file:line), or None for built-in ones."""
    return _USER.get(op)


def lookup(op: str) -> Lowering | None:
    """The lowering registered for ``op``, or None."""
    return _LOWERINGS.get(op)


def is_random(op: str, args: tuple = (), kwargs: dict | None = None) -> bool:
    """True if ``op``'s lowering draws random numbers when called with these (torch) arguments."""
    return op in _RANDOM and bool(_RANDOM[op](*args, **(kwargs or {})))


def registered_ops() -> list[str]:
    """Every operator name that has a lowering, sorted."""
    return sorted(_LOWERINGS)
