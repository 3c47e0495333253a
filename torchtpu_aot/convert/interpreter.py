"""One pass over the exported graph, calling each node's lowering on JAX values and checking its result.

The result check compares every node's JAX shape and dtype with what torch recorded in ``node.meta["val"]``,
so a lowering that disagrees with torch fails here, at conversion, naming the op and the model line.

A result whose size depends on the data comes back padded to a static bound, its true length recorded in
``lengths`` (convert/data_dims.py checked beforehand where such a value flows); the function returns the length
of each data-dependent dim of the outputs after the outputs themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
import torch
from jax.errors import InconclusiveDimensionOperation

from torchtpu_aot.convert import data_dims
from torchtpu_aot.convert.diagnostics import node_location, op_key, submodule
from torchtpu_aot.convert.signature import RNG_ARGUMENT, RNG_RESULT, Signature
from torchtpu_aot.convert.symbols import SymbolTable
from torchtpu_aot.convert.torch_values import meta_of, plain_arg
from torchtpu_aot.errors import LoweringError, TorchTPUError
from torchtpu_aot.frontend.locations import SourceLine, user_line
from torchtpu_aot.lowering import LoweringContext, TensorMeta, is_random, lookup
from torchtpu_aot.lowering.quantized import QuantizedWeight
from torchtpu_aot.lowering.quantized import resolve as resolve_quantized
from torchtpu_aot.lowering.random import RngStream
from torchtpu_aot.lowering.registry import DataDim, user_lowering
from torchtpu_aot.mlir_module import SCOPE_PREFIX

_SIZE_QUERIES = frozenset({"aten.sym_size.int", "aten.sym_numel.default"})


class GraphFunction:
    """A Python function of (weights..., tensor inputs...) that evaluates the graph with the lowerings.

    The bodies of torch.cond, while_loop, scan and map are graphs of their own (``get_attr`` nodes naming
    submodules); their lowerings receive them as functions of JAX values, evaluated here the same way.
    ``composites`` lets lowerings emit ``stablehlo.composite`` ops; ``debug_info`` puts each node's lowering under a
    JAX name scope ``torchtpu_node<i>``, ``sites[i]`` saying which op and model line it was (see emit.py).
    """

    def __init__(self, module: torch.fx.GraphModule, sig: Signature, symbols: SymbolTable, *,
                 composites: bool = False, debug_info: bool = False):
        self.module = module
        self.sig = sig
        self.symbols = symbols
        self.composites = composites
        self.debug_info = debug_info
        self.arg_names = sig.weight_placeholders + sig.input_placeholders
        self.lengths: dict[str, tuple] = {}  # data-dependent dim -> (true length, static bound), per trace
        self.sites: list[tuple[str, SourceLine | None]] = []  # per name scope: (op, model line), per trace
        self.user_ops: set[str] = set()  # ops lowered by user-registered lowerings
        self.weight_bytes = sum(int(w.nbytes) for w in sig.weights.values())

    @property
    def bounds(self) -> dict[str, int]:
        """Each data-dependent dim's static bound, once the function was traced."""
        return {name: bound for name, (_, bound) in self.lengths.items()}

    def __call__(self, *arrays: Any) -> tuple:
        self.lengths, self.sites = {}, []
        env: dict[str, Any] = dict(zip(self.arg_names, arrays))
        env.update(self.sig.constant_inputs)
        for name, spec in self.sig.quantized.items():  # integers and scales: dequantized where they are used
            env[name] = QuantizedWeight(env[name], env.pop(spec.scale_argument), spec)
        rng = RngStream(env[RNG_ARGUMENT]) if self.sig.random else None
        self._evaluate(self.module, env, rng)
        if rng is not None:
            env[RNG_RESULT] = rng.state
        lengths = [jnp.asarray(self.lengths[name][0], np.int64) for name in self.sig.data_dims]
        scalars = self.sig.scalar_results  # Python numbers the model returns: 0-d arrays
        results = [jnp.asarray(env[n], scalars[n]) if n in scalars else env[n] for n in self.sig.result_nodes]
        results = [r.dequantize() if isinstance(r, QuantizedWeight) else r for r in results]
        return tuple(results) + tuple(lengths)

    def _evaluate(self, module: torch.fx.GraphModule, env: dict, rng: RngStream | None, in_body: bool = False) -> Any:
        """Lower every node of ``module``'s graph into ``env``; returns the graph's output (nodes as env values)."""
        for node in module.graph.nodes:
            if node.op == "placeholder":
                env.setdefault(node.name, None)  # unused weights are not arguments
            elif node.op == "get_attr":
                env[node.name] = submodule(module, node.target)
            elif node.op == "call_function":
                env[node.name] = self._lower(node, env, rng, in_body)
            elif node.op == "output":
                return plain_arg(node.args[0], env)
        return None

    def _body(self, module: torch.fx.GraphModule) -> Callable[..., Any]:
        """A control-flow body as a function of JAX values (its placeholders, in order) returning its outputs."""
        names = [n.name for n in module.graph.nodes if n.op == "placeholder"]

        def body(*values: Any) -> Any:
            try:
                return self._evaluate(module, dict(zip(names, values)), None, in_body=True)
            except TorchTPUError as e:
                raise _BodyError(e) from e

        return body

    def _lower(self, node: torch.fx.Node, env: dict, rng: RngStream | None, in_body: bool) -> Any:
        op = op_key(node.target)
        val = node.meta.get("val")
        if op in _SIZE_QUERIES and isinstance(val, torch.SymInt) and data_dims.padded_inputs(node):
            return self.symbols.expr(val.node.expr, {k: v for k, (v, _) in self.lengths.items()})
        if in_body:
            _check_body_node(node, op)
        expected = meta_of(val, self.symbols)
        ctx = LoweringContext(op=op, node_name=node.name, out=expected, rng=rng, lengths=self.lengths,
                              composites=self.composites, weight_bytes=self.weight_bytes)
        args = [self._body(a) if isinstance(a, torch.fx.GraphModule) else a
                for a in (plain_arg(a, env) for a in node.args)]
        kwargs = {k: plain_arg(v, env) for k, v in node.kwargs.items()}
        user = user_lowering(op)
        if user:
            self.user_ops.add(op)
        if self.sig.quantized:
            args, kwargs = resolve_quantized(op, args, kwargs)
        try:
            if self.debug_info:
                self.sites.append((op, user_line(node.meta.get("stack_trace"))))
                with jax.named_scope(f"{SCOPE_PREFIX}{len(self.sites) - 1}"):
                    result = lookup(op)(ctx, *args, **kwargs)
            else:
                result = lookup(op)(ctx, *args, **kwargs)
        except _BodyError as e:
            raise e.error from e.error.__cause__  # it already names the node in the body
        except TorchTPUError as e:
            raise LoweringError(f"{e} (node {node.name}, {op}{_at(node)})") from e
        except Exception as e:
            self._check_bound(node, op, e)
            raise LoweringError(
                f"Lowering {op} failed for node {node.name}{_at(node)}: {type(e).__name__}: {e}. "
                + (f"Fix your lowering of it ({user})." if user else "This is a bug in torchtpu_aot's lowering of "
                   "that op; please report it with the model line above.")
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


class _BodyError(Exception):
    """A user-facing error from inside a control-flow body, on its way out through JAX's tracing of the body."""

    def __init__(self, error: TorchTPUError):
        super().__init__(str(error))
        self.error = error


def _check_body_node(node: torch.fx.Node, op: str) -> None:
    """Random ops cannot run inside a control-flow body: the random state is not carried through it. (Sizes that
    depend on the data torch.export itself refuses there.)"""
    if is_random(op, node.args, node.kwargs):
        raise LoweringError(f"{op} (node {node.name}{_at(node)}) draws random numbers inside a torch.cond, while_loop, "
                            "scan or map body, which torchtpu_aot does not support. Draw them before the control "
                            "flow (e.g. torch.rand of the full size) and pass them in.")


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
                f"{list(expected.shape)}. {_fix(op)}"
            )
    elif isinstance(expected, (tuple, list)):
        results = result if isinstance(result, (tuple, list)) else (result,)
        if len(results) != len(expected):
            raise LoweringError(f"Lowering {op} returned {len(results)} result{'s' if len(results) != 1 else ''} for "
                                f"node {node.name}{_at(node)}, torch returns {len(expected)}. {_fix(op)}")
        for r, e in zip(results, expected):
            _check(node, op, r, e, bounds)


def _fix(op: str) -> str:
    user = user_lowering(op)
    if user:
        return (f"Make your lowering of it ({user}) return what the op's fake kernel (register_fake) returns: one "
                "JAX array per tensor result, in a tuple when there are several.")
    return "This is a bug in torchtpu_aot's lowering of that op; please report it."


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
