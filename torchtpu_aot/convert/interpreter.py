"""One pass over the exported graph, calling each node's lowering on JAX values and checking its result.

The result check compares every node's JAX shape and dtype with what torch recorded in ``node.meta["val"]``,
so a lowering that disagrees with torch fails here, at conversion, naming the op and the model line.

A result whose size depends on the data comes back padded to a static bound, its true length recorded in
``lengths`` (convert/data_dims.py checked beforehand where such a value flows); the function returns the length
of each data-dependent dim of the outputs after the outputs themselves.
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
import numpy as np
import torch
from jax.errors import InconclusiveDimensionOperation

from torchtpu_aot.convert import data_dims
from torchtpu_aot.convert.diagnostics import node_location, op_key
from torchtpu_aot.convert.signature import RNG_ARGUMENT, RNG_RESULT, Signature
from torchtpu_aot.convert.symbols import SymbolTable
from torchtpu_aot.convert.torch_values import meta_of, plain_arg
from torchtpu_aot.errors import LoweringError, TorchTPUError
from torchtpu_aot.lowering import LoweringContext, TensorMeta, lookup
from torchtpu_aot.lowering.quantized import QuantizedWeight
from torchtpu_aot.lowering.quantized import resolve as resolve_quantized
from torchtpu_aot.lowering.random import RngStream
from torchtpu_aot.lowering.registry import DataDim

_SIZE_QUERIES = frozenset({"aten.sym_size.int", "aten.sym_numel.default"})


class GraphFunction:
    """A Python function of (weights..., tensor inputs...) that evaluates the graph with the lowerings."""

    def __init__(self, graph: torch.fx.Graph, sig: Signature, symbols: SymbolTable):
        self.graph = graph
        self.sig = sig
        self.symbols = symbols
        self.arg_names = sig.weight_placeholders + sig.input_placeholders
        self.lengths: dict[str, tuple] = {}  # data-dependent dim -> (true length, static bound), per trace

    @property
    def bounds(self) -> dict[str, int]:
        """Each data-dependent dim's static bound, once the function was traced."""
        return {name: bound for name, (_, bound) in self.lengths.items()}

    def __call__(self, *arrays: Any) -> tuple:
        self.lengths = {}
        env: dict[str, Any] = dict(zip(self.arg_names, arrays))
        env.update(self.sig.constant_inputs)
        for name, spec in self.sig.quantized.items():  # integers and scales: dequantized where they are used
            env[name] = QuantizedWeight(env[name], env.pop(spec.scale_argument), spec)
        rng = RngStream(env[RNG_ARGUMENT]) if self.sig.random else None
        for node in self.graph.nodes:
            if node.op == "placeholder":
                env.setdefault(node.name, None)  # unused weights are not arguments
            elif node.op == "call_function":
                env[node.name] = self._lower(node, env, rng)
        if rng is not None:
            env[RNG_RESULT] = rng.state
        lengths = [jnp.asarray(self.lengths[name][0], np.int64) for name in self.sig.data_dims]
        scalars = self.sig.scalar_results  # Python numbers the model returns: 0-d arrays
        results = [jnp.asarray(env[n], scalars[n]) if n in scalars else env[n] for n in self.sig.result_nodes]
        results = [r.dequantize() if isinstance(r, QuantizedWeight) else r for r in results]
        return tuple(results) + tuple(lengths)

    def _lower(self, node: torch.fx.Node, env: dict, rng: RngStream | None) -> Any:
        op = op_key(node.target)
        val = node.meta.get("val")
        if op in _SIZE_QUERIES and isinstance(val, torch.SymInt) and data_dims.padded_inputs(node):
            return self.symbols.expr(val.node.expr, {k: v for k, (v, _) in self.lengths.items()})
        expected = meta_of(val, self.symbols)
        ctx = LoweringContext(op=op, node_name=node.name, out=expected, rng=rng, lengths=self.lengths)
        args = [plain_arg(a, env) for a in node.args]
        kwargs = {k: plain_arg(v, env) for k, v in node.kwargs.items()}
        if self.sig.quantized:
            args, kwargs = resolve_quantized(op, args, kwargs)
        try:
            result = lookup(op)(ctx, *args, **kwargs)
        except TorchTPUError as e:
            raise LoweringError(f"{e} (node {node.name}, {op}{_at(node)})") from e
        except Exception as e:
            self._check_bound(node, op, e)
            raise LoweringError(
                f"Lowering {op} failed for node {node.name}{_at(node)}: {type(e).__name__}: {e}. This is a bug in "
                "torchtpu_aot's lowering of that op; please report it with the model line above."
            ) from e
        self._check_bound(node, op)
        _check(node, op, result, expected, self.bounds)
        return result

    def _check_bound(self, node: torch.fx.Node, op: str, error: Exception | None = None) -> None:
        """Every data-dependent dim of the node's result must have a length by now (its lowering binds it);
        ``error`` is how the lowering failed, if it did (likely for lack of a size to work with)."""
        unbound = [n for n in data_dims.tensor_names(node.meta.get("val")) if n not in self.lengths]
        if unbound:
            raise data_dims.unbounded(node, op, unbound, error) from error


def _at(node: torch.fx.Node) -> str:
    where = node_location(node)
    return f", at {where}" if where else ""


def _check(node: torch.fx.Node, op: str, result: Any, expected: Any, bounds: dict[str, int]) -> None:
    if isinstance(expected, TensorMeta):
        shape, dtype = tuple(getattr(result, "shape", ())), getattr(result, "dtype", None)
        want = tuple(bounds[d.name] if isinstance(d, DataDim) else d for d in expected.shape)
        if dtype is None or np.dtype(dtype) != expected.dtype or not _same_shape(shape, want):
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
            _check(node, op, r, e, bounds)


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
