"""One pass over the exported graph, calling each node's lowering on JAX values and checking its result.

The result check compares every node's JAX shape and dtype with what torch recorded in ``node.meta["val"]``,
so a lowering that disagrees with torch fails here, at conversion, naming the op and the model line.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from jax.errors import InconclusiveDimensionOperation

from torchtpu_aot.convert.diagnostics import node_location, op_key
from torchtpu_aot.convert.signature import RNG_ARGUMENT, RNG_RESULT, Signature
from torchtpu_aot.convert.symbols import SymbolTable
from torchtpu_aot.convert.torch_values import meta_of, plain_arg
from torchtpu_aot.errors import LoweringError, TorchTPUError
from torchtpu_aot.lowering import LoweringContext, TensorMeta, lookup
from torchtpu_aot.lowering.random import RngStream


class GraphFunction:
    """A Python function of (weights..., tensor inputs...) that evaluates the graph with the lowerings."""

    def __init__(self, graph: torch.fx.Graph, sig: Signature, symbols: SymbolTable):
        self.graph = graph
        self.sig = sig
        self.symbols = symbols
        self.arg_names = sig.weight_placeholders + sig.input_placeholders

    def __call__(self, *arrays: Any) -> tuple:
        env: dict[str, Any] = dict(zip(self.arg_names, arrays))
        env.update(self.sig.constant_inputs)
        rng = RngStream(env[RNG_ARGUMENT]) if self.sig.random else None
        for node in self.graph.nodes:
            if node.op == "placeholder":
                env.setdefault(node.name, None)  # unused weights are not arguments
            elif node.op == "call_function":
                env[node.name] = self._lower(node, env, rng)
        if rng is not None:
            env[RNG_RESULT] = rng.state
        return tuple(env[name] for name in self.sig.result_nodes)

    def _lower(self, node: torch.fx.Node, env: dict, rng: RngStream | None) -> Any:
        op = op_key(node.target)
        expected = meta_of(node.meta.get("val"), self.symbols)
        ctx = LoweringContext(op=op, node_name=node.name, out=expected, rng=rng)
        args = [plain_arg(a, env) for a in node.args]
        kwargs = {k: plain_arg(v, env) for k, v in node.kwargs.items()}
        try:
            result = lookup(op)(ctx, *args, **kwargs)
        except TorchTPUError as e:
            raise LoweringError(f"{e} (node {node.name}, {op}{_at(node)})") from e
        except Exception as e:
            raise LoweringError(
                f"Lowering {op} failed for node {node.name}{_at(node)}: {type(e).__name__}: {e}. This is a bug in "
                "torchtpu_aot's lowering of that op; please report it with the model line above."
            ) from e
        _check(node, op, result, expected)
        return result


def _at(node: torch.fx.Node) -> str:
    where = node_location(node)
    return f", at {where}" if where else ""


def _check(node: torch.fx.Node, op: str, result: Any, expected: Any) -> None:
    if isinstance(expected, TensorMeta):
        shape, dtype = tuple(getattr(result, "shape", ())), getattr(result, "dtype", None)
        if dtype is None or np.dtype(dtype) != expected.dtype or not _same_shape(shape, expected.shape):
            raise LoweringError(
                f"Lowering {op} produced {np.dtype(dtype) if dtype is not None else type(result).__name__}"
                f"{list(shape)} for node {node.name}{_at(node)}, but torch computes {expected.dtype}"
                f"{list(expected.shape)}. This is a bug in torchtpu_aot's lowering of that op; please report it."
            )
    elif isinstance(expected, (tuple, list)) and isinstance(result, (tuple, list)):
        if len(result) != len(expected):
            raise LoweringError(f"Lowering {op} returned {len(result)} results for node {node.name}, torch returns "
                                f"{len(expected)}. This is a bug in torchtpu_aot's lowering of that op.")
        for r, e in zip(result, expected):
            _check(node, op, r, e)


def _same_shape(got: tuple, want: tuple) -> bool:
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        try:
            if g != w:
                return False
        except InconclusiveDimensionOperation:
            continue  # symbolic dims JAX cannot compare statically; the runtime checks them
    return True
