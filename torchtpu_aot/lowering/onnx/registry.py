"""The ONNX op -> JAX registry, kept apart from the aten one: one plain function per ONNX operator.

An implementation takes the node (attributes, opset) and its inputs (JAX arrays, numpy arrays for values known
at export time, None for omitted optional inputs) and returns one array or a tuple of them, one per output.
Inputs listed as ``static`` decide output shapes (Reshape's shape, Slice's starts, ...): their values must be
known when the model is exported, so the converter folds them to numpy before calling the implementation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from torchtpu_aot.errors import LoweringError

OnnxImpl = Callable[..., Any]


@dataclass(frozen=True)
class OnnxOp:
    fn: OnnxImpl
    static: tuple[int, ...]   # input positions whose values must be known at export time
    shape_only: bool          # the op reads only its first input's shape and dtype, never its values


@dataclass(frozen=True)
class OnnxNode:
    """What an implementation may know about its node besides the inputs."""

    op: str
    name: str
    attrs: dict[str, Any] = field(default_factory=dict)
    opset: int = 13
    n_outputs: int = 1
    # Evaluates a subgraph attribute (If/Loop/Scan bodies) on a list of inputs, seeing this node's outer scope.
    run_graph: Callable[[Any, list], list] | None = None

    def attr(self, name: str, default: Any = None) -> Any:
        return self.attrs.get(name, default)

    def fail(self, what: str) -> LoweringError:
        """An error for an attribute combination or input the implementation does not support."""
        return LoweringError(f"ONNX node {self.name!r} ({self.op}): {what}")


_OPS: dict[str, OnnxOp] = {}


def onnx_op(*names: str, static: tuple[int, ...] = (), shape_only: bool = False) -> Callable[[OnnxImpl], OnnxImpl]:
    """Register the decorated function as the implementation of each named ONNX operator (default domain)."""

    def register(fn: OnnxImpl) -> OnnxImpl:
        for name in names:
            if name in _OPS:
                raise ValueError(f"ONNX op {name} already has an implementation: {_OPS[name].fn.__name__}")
            _OPS[name] = OnnxOp(fn, tuple(static), shape_only)
        return fn

    return register


def lookup(name: str) -> OnnxOp | None:
    return _OPS.get(name)


def registered_ops() -> list[str]:
    return sorted(_OPS)


def static_value(node: OnnxNode, value: Any, what: str) -> np.ndarray:
    """``value`` as a numpy array, or a clear error if it is only known when the program runs."""
    if value is None or isinstance(value, np.ndarray):
        return value
    if isinstance(value, (int, float, bool, np.generic)):
        return np.asarray(value)
    raise node.fail(f"its {what} must be known when the model is exported, but it is computed at run time. "
                    "Make it an initializer or a Constant, or pass the graph input it comes from in `constants`.")


def ints(value: Any) -> list:
    """A static integer tensor (or attribute list) as a list of Python ints; symbolic dims (from the Shape of a
    tensor with dynamic dims) stay symbolic, which jax.numpy's shape arguments accept."""
    return [int(v) if isinstance(v, (int, np.integer)) else v for v in np.asarray(value).reshape(-1)]


def is_symbolic(value: Any) -> bool:
    """True for a static shape value holding symbolic dims (a numpy object array)."""
    return isinstance(value, np.ndarray) and value.dtype == object
