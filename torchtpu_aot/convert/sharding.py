"""Partition specs for tensor parallelism: how each weight splits over the ``model`` axis of a device mesh.

The program stays a one-device program; the specs only say where each weight's slices go, and XLA's SPMD
partitioner (behind ``jax.jit`` in-shardings, at run time) partitions the computation to match and inserts the
collectives. Any spec computes the same results; a good one keeps the collectives few and every device's share
of the weights near 1/T.

``shard="auto"`` finds Megatron-style specs from the graph, following which weights feed which matrix products
and what flows between them, never module names:

- a matrix product whose input is whole on every device (after a norm, an embedding, the residual stream) is
  column-parallel: its weight splits along its output features, and so does its result (and its bias);
- a matrix product whose input arrives split along its features (from a column-parallel one, through
  elementwise ops, reshapes into heads and back, attention over heads) is row-parallel: its weight splits along
  its input features, and its result is whole again (XLA sums the partial products);
- an embedding splits along its vocabulary, as does an LM head (a column-parallel product);
- everything else (norms, row-parallel biases, buffers, small constants) stays whole.

A column-parallel result reshaped into heads records the head count as the weight's ``units``, so the runtime
splits it only when T divides the heads (and keeps it whole, saying so, when it does not). ``REGEX=SPEC`` rules
(``--shard "layers\\..*\\.mlp\\.down_proj\\.weight=model,None"``) set or override specs by weight name: the first
rule whose regular expression is found in a weight's name decides it; ``SPEC`` gives per dim ``model`` or
``None``, or is ``replicated``.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sympy
import torch
from torch.export import ExportedProgram
from torch.export.graph_signature import InputKind

from torchtpu_aot.artifact.manifest import MODEL_AXIS, Manifest, Partition
from torchtpu_aot.convert.diagnostics import op_key
from torchtpu_aot.errors import OptionError

AUTO = "auto"
REPLICATED = "replicated"


# ------------------------------------------------------------------------------------------------ the options


@dataclass(frozen=True)
class Rule:
    """``REGEX=SPEC``: weights whose name contains a match of ``pattern`` get ``spec`` (None: kept whole)."""

    text: str
    pattern: re.Pattern
    spec: tuple[str | None, ...] | None


def parse_shard(shard: Any) -> tuple[bool, list[Rule]]:
    """``shard`` as ``export`` takes it: None, ``"auto"``, one ``"REGEX=SPEC"`` rule, or a list of those. Gives
    whether the automatic specs are wanted and the rules, in order; a malformed one is an OptionError."""
    if shard is None:
        return False, []
    items = [shard] if isinstance(shard, str) else shard
    if not isinstance(items, (list, tuple)) or not all(isinstance(s, str) for s in items):
        raise OptionError(f"shard takes 'auto' or 'REGEX=SPEC' rules (a string or a list of strings), got {shard!r}.")
    auto, rules = False, []
    for item in items:
        if item.strip() == AUTO:
            auto = True
            continue
        pattern, sep, spec_text = item.rpartition("=")
        if not sep or not pattern:
            raise OptionError(f"--shard {item!r} is neither 'auto' nor REGEX=SPEC (e.g. "
                              "'layers\\..*\\.mlp\\.down_proj\\.weight=model,None').")
        try:
            compiled = re.compile(pattern)
        except re.error as e:
            raise OptionError(f"--shard {item!r}: {pattern!r} is not a regular expression ({e}).") from None
        rules.append(Rule(item, compiled, _parse_spec(spec_text, item)))
    return auto, rules


def _parse_spec(text: str, item: str) -> tuple[str | None, ...] | None:
    text = text.strip()
    if text.lower() == REPLICATED:
        return None
    parts = [p.strip() for p in text.split(",")]
    spec: list[str | None] = []
    for part in parts:
        if part == MODEL_AXIS:
            spec.append(MODEL_AXIS)
        elif part.lower() in ("none", "null"):
            spec.append(None)
        else:
            raise OptionError(f"--shard {item!r}: the spec {text!r} must give, per dim of the weight, "
                              f"{MODEL_AXIS!r} or None (e.g. model,None), or be {REPLICATED!r}.")
    if spec.count(MODEL_AXIS) > 1:
        raise OptionError(f"--shard {item!r}: a weight splits along one dim only; the spec {text!r} names "
                          f"{MODEL_AXIS!r} {spec.count(MODEL_AXIS)} times.")
    if MODEL_AXIS not in spec:
        return None  # None,None is the same as replicated
    return tuple(spec)


def apply(manifest: Manifest, shard: Any, ep: ExportedProgram | None = None) -> Manifest:
    """``manifest`` with the partition specs ``shard`` asks for (see ``parse_shard``): the automatic ones found
    in ``ep``'s graph, then the rules on top. Nothing changes for ``shard=None``."""
    auto, rules = parse_shard(shard)
    if not auto and not rules:
        return manifest
    found: dict[str, Partition | None] = {}
    if auto:
        if ep is None:
            raise OptionError("--shard auto finds the specs in a PyTorch graph, which an ONNX model does not have; "
                              "give REGEX=SPEC rules instead (e.g. --shard 'MatMul_.*=None,model').")
        found.update(graph_partitions(ep))
    tensors = {e.name: e for e in manifest.weights.tensors}
    for rule in rules:
        matched = [name for name in tensors if rule.pattern.search(name)]
        if not matched:
            shown = ", ".join(list(tensors)[:4]) + (", ..." if len(tensors) > 4 else "")
            raise OptionError(f"--shard {rule.text!r} matches no weight of this model; weights are named like "
                              f"{shown or '(none)'} (torchtpu inspect lists them all after export).")
    chosen: dict[str, Partition | None] = {}
    for name, entry in tensors.items():
        rule = next((r for r in rules if r.pattern.search(name)), None)
        if rule is None:
            part = found.get(name)
            chosen[name] = part if part is not None and _fits(part, entry.shape) else None
            continue
        if rule.spec is not None and len(rule.spec) != len(entry.shape):
            raise OptionError(f"--shard {rule.text!r} gives {len(rule.spec)} dims, but the weight {name!r} has "
                              f"{len(entry.shape)} (shape {list(entry.shape)}); give one entry per dim.")
        chosen[name] = None if rule.spec is None or entry.role == "rng" else Partition(rule.spec)
    return manifest.with_partitions(chosen)


def _fits(part: Partition, shape: tuple) -> bool:
    return len(part.spec) == len(shape) and all(isinstance(d, int) for d in shape) and shape[part.dim] > 1


# ------------------------------------------------------------------------------------------------ the graph


@dataclass(frozen=True)
class _Split:
    """An activation split along ``dim`` into ``units`` whole blocks under the Megatron layout; ``sources``: the
    column-parallel weights it came from."""

    dim: int
    units: int
    sources: frozenset[str]


_ELEMENTWISE = {
    "add", "sub", "rsub", "mul", "div", "neg", "silu", "gelu", "relu", "sigmoid", "tanh", "exp", "log", "sqrt",
    "rsqrt", "pow", "abs", "clamp", "clamp_min", "clamp_max", "where", "masked_fill", "dropout", "native_dropout",
    "clone", "contiguous", "_to_copy", "to", "type_as", "alias", "detach", "lift_fresh_copy", "erf", "square",
    "hardtanh", "leaky_relu", "elu", "softplus", "mish", "hardswish", "hardsigmoid", "reciprocal", "sin", "cos",
    "maximum", "minimum", "gelu_", "copy", "_assert_tensor_metadata",
}
_PARAM_VIEWS = {"t", "transpose", "permute", "_to_copy", "to", "clone", "contiguous", "detach", "alias",
                "lift_fresh_copy", "type_as"}


def _name(node: Any) -> str:
    """``linear`` for ``aten.linear.default``; ``getitem`` for operator.getitem."""
    if not isinstance(node, torch.fx.Node) or node.op != "call_function":
        return ""
    if node.target is operator.getitem:
        return "getitem"
    key = op_key(node.target)
    parts = key.split(".")
    return parts[1] if parts[0] == "aten" and len(parts) > 1 else key


def _shape(node: Any) -> tuple | None:
    val = node.meta.get("val") if isinstance(node, torch.fx.Node) else None
    return tuple(val.shape) if isinstance(val, torch.Tensor) else None


def _expr(d: Any):
    if isinstance(d, int):
        return sympy.Integer(d)
    node = getattr(d, "node", None)
    return getattr(node, "expr", None) if node is not None else None


def _same(a: Any, b: Any) -> bool:
    ea, eb = _expr(a), _expr(b)
    return ea is not None and eb is not None and sympy.expand(ea - eb) == 0


class _Analysis:
    """One forward pass over the graph, deciding each parameter's spec from its uses (see the module docstring)."""

    def __init__(self, ep: ExportedProgram, whole: frozenset[str] = frozenset()):
        self.whole = whole  # weights kept whole (an earlier pass found uses that split them differently)
        self.params: dict[str, str] = {}  # placeholder name -> weight name
        for spec in ep.graph_signature.input_specs:
            if spec.kind == InputKind.PARAMETER:
                self.params[spec.arg.name] = spec.target
        self.shapes: dict[str, tuple] = {}  # weight -> shape
        self.views: dict[str, tuple[str, tuple[int, ...]]] = {}  # node -> (weight, the weight dim of each dim)
        self.state: dict[str, Any] = {}  # node -> _Split | None, or a list of them for multi-output nodes
        self.wants: dict[str, set] = {}  # weight -> {(spec, units)} from each use
        self.units: dict[str, int] = {}  # column-parallel weight -> units learnt downstream (heads)
        self.graph = ep.graph

    def run(self) -> dict[str, Partition | None]:
        for node in self.graph.nodes:
            if node.op == "placeholder":
                if node.name in self.params:
                    shape = _shape(node) or ()
                    self.shapes[self.params[node.name]] = shape
                    self.views[node.name] = (self.params[node.name], tuple(range(len(shape))))
                continue
            if node.op != "call_function":
                continue
            try:
                self.state[node.name] = self._visit(node)
            except Exception:  # an op this analysis misreads must never fail an export: keep its result whole
                self.state[node.name] = None
        out: dict[str, Partition | None] = {}
        for weight, wants in self.wants.items():
            if len(wants) != 1:
                out[weight] = None  # used in ways that split it differently: keep it whole
                continue
            (spec, units), = wants
            units = math.gcd(units, self.units.get(weight, units))
            size = self.shapes[weight][spec.index(MODEL_AXIS)]
            out[weight] = Partition(spec, None if units == size else units) if units > 1 else None
        return out

    # ------------------------------------------------------------------------------------------ helpers

    def _split(self, arg: Any) -> _Split | None:
        value = self.state.get(arg.name) if isinstance(arg, torch.fx.Node) else None
        return value if isinstance(value, _Split) else None

    def _want(self, weight: str, spec: tuple, units: int) -> None:
        self.wants.setdefault(weight, set()).add((spec, units))

    def _refine(self, sources: Iterable[str], units: int) -> None:
        for weight in sources:
            self.units[weight] = math.gcd(self.units.get(weight, units), units)

    def _weight(self, arg: Any) -> tuple[str, tuple[int, ...]] | None:
        return self.views.get(arg.name) if isinstance(arg, torch.fx.Node) else None

    def _param_view(self, node: torch.fx.Node, name: str) -> bool:
        """A transpose or cast of a weight stays that weight (with its dims mapped)."""
        if name not in _PARAM_VIEWS or not node.args or self._weight(node.args[0]) is None:
            return False
        weight, dims = self._weight(node.args[0])
        if name == "t" and len(dims) == 2:
            dims = (dims[1], dims[0])
        elif name == "transpose":
            a, b = (d % len(dims) for d in node.args[1:3])
            dims = list(dims)
            dims[a], dims[b] = dims[b], dims[a]
            dims = tuple(dims)
        elif name == "permute":
            dims = tuple(dims[d % len(dims)] for d in node.args[1])
        self.views[node.name] = (weight, dims)
        return True

    # ------------------------------------------------------------------------------------------ the ops

    def _visit(self, node: torch.fx.Node) -> Any:
        name = _name(node)
        if self._param_view(node, name):
            return None
        args = node.args
        if name == "linear":
            return self._product(node, args[0], args[1], args[2] if len(args) > 2 else node.kwargs.get("bias"),
                                 out_dim=0)
        if name in ("mm", "matmul") and self._weight(args[1]) is not None:
            return self._product(node, args[0], args[1], None, out_dim=1)
        if name == "addmm" and self._weight(args[2]) is not None:
            return self._product(node, args[1], args[2], args[0], out_dim=1)
        if name == "embedding" and self._weight(args[0]) is not None:
            weight, dims = self._weight(args[0])
            shape = _shape(args[0])
            if shape is not None and len(shape) == 2 and isinstance(shape[0], int):
                self._want(weight, _spec_at(dims, dims[0]), shape[0])
            return None
        if name == "getitem":
            parent = self.state.get(args[0].name) if isinstance(args[0], torch.fx.Node) else None
            return parent[args[1]] if isinstance(parent, list) and isinstance(args[1], int) else None
        if name in ("chunk", "split", "split_with_sizes", "unbind"):
            return self._pieces(node, name)
        if name in ("view", "reshape", "_unsafe_view", "flatten", "unflatten"):
            return self._reshape(node)
        if name in ("transpose", "permute", "t", "unsqueeze", "squeeze", "expand", "select", "slice", "narrow"):
            return self._layout(node, name)
        if name == "cat":
            return self._cat(node)
        if name == "scaled_dot_product_attention":
            q = self._split(args[0])
            return q if q is not None and q.dim < len(_shape(node) or ()) - 2 else None
        if name in ("bmm", "matmul"):
            return self._batched_product(node)
        if name in ("softmax", "_softmax", "log_softmax", "_log_softmax"):
            split = self._split(args[0])
            return split if split is not None and args[1] % len(_shape(node)) != split.dim else None
        if name in ("mean", "sum", "amax", "amin", "var", "std"):
            return self._reduction(node)
        if name in _ELEMENTWISE:
            return self._elementwise(node)
        return None

    def _product(self, node, x, w, bias, out_dim: int) -> _Split | None:
        """``x @ W`` with the weight's output features along its dim ``out_dim`` (0 for linear, 1 for mm)."""
        view = self._weight(w)
        shape = _shape(w)
        if view is None or shape is None or len(shape) != 2 or not all(isinstance(d, int) for d in shape):
            return None
        weight, dims = view
        if weight in self.whole:
            return None
        in_dim = 1 - out_dim
        split = self._split(x)
        x_shape = _shape(x)
        if split is not None and x_shape is not None and split.dim == len(x_shape) - 1:
            self._want(weight, _spec_at(dims, dims[in_dim]), split.units)  # row-parallel
            return None
        self._want(weight, _spec_at(dims, dims[out_dim]), shape[out_dim])  # column-parallel
        sources = {weight}
        bias_view = self._weight(bias)
        if bias_view is not None and len(bias_view[1]) == 1:
            self._want(bias_view[0], (MODEL_AXIS,), shape[out_dim])
            sources.add(bias_view[0])
        out = _shape(node)
        return _Split(len(out) - 1, shape[out_dim], frozenset(sources)) if out else None

    def _pieces(self, node, name: str) -> list | None:
        split = self._split(node.args[0])
        shape = _shape(node.args[0])
        if split is None or shape is None:
            return None
        dim = 0 if name == "unbind" else node.args[2] if len(node.args) > 2 else node.kwargs.get("dim", 0)
        dim %= len(shape)
        if dim == split.dim:
            return None
        pieces = len(node.meta.get("val") or ())
        if name == "unbind":
            return [_Split(split.dim - (dim < split.dim), split.units, split.sources)] * pieces
        return [split] * pieces

    def _reshape(self, node) -> _Split | None:
        split = self._split(node.args[0])
        before, after = _shape(node.args[0]), _shape(node)
        if split is None or before is None or after is None:
            return None
        for (i0, i1), (j0, j1) in _groups(before, after):
            if not i0 <= split.dim < i1:
                continue
            major_in = next((i for i in range(i0, i1) if not _same(before[i], 1)), None)
            major_out = next((j for j in range(j0, j1) if not _same(after[j], 1)), None)
            if major_in != split.dim or major_out is None or not isinstance(after[major_out], int):
                return None
            units = math.gcd(split.units, after[major_out])
            if units <= 1:
                return None
            if units != split.units:
                self._refine(split.sources, units)
            return _Split(major_out, units, split.sources)
        return None

    def _layout(self, node, name: str) -> _Split | None:
        split = self._split(node.args[0])
        before, after = _shape(node.args[0]), _shape(node)
        if split is None or before is None or after is None:
            return None
        d, args = split.dim, node.args
        if name in ("transpose", "t"):
            a, b = (0, 1) if name == "t" else (args[1] % len(before), args[2] % len(before))
            d = b if d == a else a if d == b else d
        elif name == "permute":
            d = [p % len(before) for p in args[1]].index(d)
        elif name == "unsqueeze":
            d += args[1] % len(after) <= d
        elif name == "squeeze":
            dims = [i for i, s in enumerate(before) if _same(s, 1)] if len(args) < 2 else (
                [args[1]] if isinstance(args[1], int) else list(args[1]))
            dims = [x % len(before) for x in dims if _same(before[x % len(before)], 1)]
            d -= sum(1 for x in dims if x < d)
        elif name == "expand":
            d += len(after) - len(before)
        elif name in ("select", "slice", "narrow"):
            dim = (args[1] if len(args) > 1 else 0) % len(before)
            if dim == d:
                return None
            d -= name == "select" and dim < d
        if not (0 <= d < len(after)) or not _same(after[d], before[split.dim]):
            return None
        return _Split(d, split.units, split.sources)

    def _cat(self, node) -> _Split | None:
        tensors = node.args[0]
        shape = _shape(node)
        dim = (node.args[1] if len(node.args) > 1 else node.kwargs.get("dim", 0)) % len(shape)
        splits = [self._split(t) for t in tensors]
        if any(s is None for s in splits) or len({s.dim for s in splits}) != 1 or splits[0].dim == dim:
            return None
        return _Split(splits[0].dim, min(s.units for s in splits), frozenset().union(*(s.sources for s in splits)))

    def _batched_product(self, node) -> _Split | None:
        a, b = (self._split(x) for x in node.args[:2])
        shape = _shape(node)
        if a is None or shape is None or a.dim >= len(shape) - 2:
            return None
        if b is not None and b.dim != a.dim:
            return None
        return a

    def _reduction(self, node) -> _Split | None:
        split = self._split(node.args[0])
        before = _shape(node.args[0])
        if split is None or before is None or len(node.args) < 2 or node.args[1] is None:
            return None
        dims = node.args[1] if isinstance(node.args[1], (list, tuple)) else [node.args[1]]
        dims = [x % len(before) for x in dims]
        if split.dim in dims:
            return None
        keep = node.args[2] if len(node.args) > 2 else node.kwargs.get("keepdim", False)
        return split if keep else _Split(split.dim - sum(1 for x in dims if x < split.dim), split.units,
                                         split.sources)

    def _elementwise(self, node) -> _Split | None:
        out = _shape(node)
        if out is None:
            return None
        tensors = [a for a in node.args if isinstance(a, torch.fx.Node)]
        tensors += [a for a in node.kwargs.values() if isinstance(a, torch.fx.Node)]
        result = None
        for arg in tensors:
            split = self._split(arg)
            shape = _shape(arg)
            if split is None or shape is None:
                continue
            d = split.dim + len(out) - len(shape)
            if not _same(out[d], shape[split.dim]):
                continue
            if result is None:
                result = _Split(d, split.units, split.sources)
            elif result.dim != d:
                return None
            else:
                result = _Split(d, result.units, result.sources | split.sources)
        if result is None:
            return None
        for arg in tensors:  # a weight scaled or added along the split dim (a bias after a product) splits too
            view = self._weight(arg)
            shape = _shape(arg)
            if view is None or shape is None:
                continue
            d = result.dim - (len(out) - len(shape))
            if 0 <= d < len(shape) and _same(shape[d], out[result.dim]) and len(view[1]) == len(shape):
                self._want(view[0], _spec_at(view[1], view[1][d]), result.units)
        return result


def _spec_at(dims: tuple[int, ...], weight_dim: int) -> tuple[str | None, ...]:
    """The spec of a weight with ``len(dims)`` dims split along its own dim ``weight_dim``."""
    return tuple(MODEL_AXIS if d == weight_dim else None for d in range(len(dims)))


def _groups(before: tuple, after: tuple) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The dims of a reshape, in groups whose sizes multiply to the same value on both sides."""
    groups, i, j = [], 0, 0
    while i < len(before) and j < len(after):
        i0, j0 = i, j
        left, right = _expr(before[i]), _expr(after[j])
        if left is None or right is None:
            return groups
        i, j = i + 1, j + 1
        while sympy.expand(left - right) != 0:
            bigger_left = _is_multiple(left, right)
            if bigger_left and j < len(after):
                right = right * _expr(after[j])
                j += 1
            elif i < len(before):
                left = left * _expr(before[i])
                i += 1
            elif j < len(after):
                right = right * _expr(after[j])
                j += 1
            else:
                return groups
        groups.append(((i0, i), (j0, j)))
    return groups


def _is_multiple(a, b) -> bool:
    """Whether ``a`` is a (strict) multiple of ``b``: the side to grow is the other one."""
    try:
        ratio = sympy.simplify(a / b)
        return bool(ratio.is_integer) or (ratio.is_number and ratio > 1)
    except Exception:
        return False


def graph_partitions(ep: ExportedProgram) -> dict[str, Partition | None]:
    """The automatic (Megatron-style) spec of each parameter the graph uses in a matrix product or embedding,
    keyed by weight name; None for one it uses in ways that split differently. Parameters not listed stay whole.
    A weight kept whole that way leaves its products' results whole too, so the pass runs again until no such
    weight is found (rarely more than twice)."""
    whole: frozenset[str] = frozenset()
    for _ in range(4):
        found = _Analysis(ep, whole).run()
        conflicts = frozenset(name for name, part in found.items() if part is None) | whole
        if conflicts == whole:
            break
        whole = conflicts
    return found
