"""ONNX graph -> Artifact: initializers become weights, symbolic dims become named dynamic dims, every node is
evaluated by its JAX implementation inside jax.export, and the program is emitted by the torch path's helpers.

Values that decide shapes (Reshape's target shape, Slice's bounds, ...) must be known at export time. They are
found by walking the graph backwards from the ops' static inputs; initializers and Constant nodes feeding them
are folded to numpy and evaluated eagerly, and graph inputs feeding them must be given in ``constants``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import ShapeDtypeStruct

from torchtpu_aot import dtypes
from torchtpu_aot.artifact import Artifact
from torchtpu_aot.artifact.manifest import TensorEntry
from torchtpu_aot.convert.emit import DEFAULT_PLATFORMS, build_manifest, check_platforms, emit, module_name
from torchtpu_aot.convert.symbols import dim_json, symbolic_dims
from torchtpu_aot.errors import (
    ExportError,
    LoweringError,
    ModelFileError,
    OptionError,
    TorchTPUError,
    UnsupportedOpsError,
)
from torchtpu_aot.frontend.onnx_model import DEFAULT_DOMAINS, opset_version
from torchtpu_aot.lowering.onnx import OnnxNode, lookup, static_value
from torchtpu_aot.lowering.onnx.registry import is_symbolic
from torchtpu_aot.lowering.onnx.shape_values import SHAPE_MATH
from torchtpu_aot.pytree import LEAF, TreeSpec


def convert_onnx(proto: Any, *, platforms=DEFAULT_PLATFORMS, model_name: str | None = None,
                 constants: Mapping[str, Any] | None = None,
                 input_shapes: Mapping[str, tuple] | None = None) -> Artifact:
    """Convert a loaded, checked ModelProto (see ``frontend.onnx_model.load_onnx``) into an Artifact.

    ``constants`` fixes graph inputs to values (they leave the signature); ``input_shapes`` gives shapes for
    inputs whose declared shape is missing or should be overridden (ints, or strings naming dynamic dims).
    """
    import onnx

    platforms = check_platforms(platforms)
    graph = proto.graph
    opset = opset_version(proto)
    nodes = [_NodeInfo(n, i, opset) for i, n in enumerate(graph.node)]
    _check_supported(graph, nodes)
    initializers = {t.name: _to_numpy(t, f"initializer {t.name!r}") for t in graph.initializer}
    if len(graph.sparse_initializer):
        raise ModelFileError("The ONNX model has sparse initializers, which torchtpu_aot does not read yet; "
                             "store them as dense initializers.")
    constants = {k: np.asarray(v) for k, v in (constants or {}).items()}
    graph_inputs = [v for v in graph.input if v.name not in initializers]
    unknown = sorted(set(constants) - {v.name for v in graph_inputs})
    if unknown:
        raise OptionError(f"constants names {unknown}, which are not inputs of the ONNX model; its inputs are "
                          f"{[v.name for v in graph_inputs]}.")
    for value in graph_inputs:
        if value.name in constants:
            _check_constant(value, constants[value.name])
    needed = _static_values(graph, nodes)
    unfixed = [v.name for v in graph_inputs if v.name in needed and v.name not in constants]
    if unfixed:
        raise ExportError(
            f"The ONNX model's input(s) {unfixed} decide the shapes of other values (e.g. a Reshape's target "
            "shape), so their values must be known at export time. Pass them as constants (export_onnx(..., "
            "constants={name: array}) or `torchtpu export --constant NAME=FILE.npy`), or make them initializers."
        )
    used = {name for info in _with_subgraph_nodes(nodes) for name in info.inputs} | {o.name for o in graph.output}
    weights = {k: v for k, v in initializers.items() if k not in needed and k in used}
    static_env: dict[str, Any] = {k: v for k, v in initializers.items() if k in needed}
    static_env.update(constants)
    tensor_inputs = [v for v in graph_inputs if v.name not in constants]
    ranges, input_entries, shapes = _input_signature(tensor_inputs, input_shapes or {})
    _, dims = symbolic_dims(ranges)
    in_avals = [ShapeDtypeStruct(a.shape, a.dtype) for a in weights.values()]
    for entry, shape in zip(input_entries, shapes):
        in_avals.append(ShapeDtypeStruct(tuple(dims[d] if isinstance(d, str) else d for d in shape),
                                         entry.numpy_dtype))
    declared = {o.name: o.type.tensor_type.elem_type for o in graph.output}
    fn = _GraphFunction(nodes, static_env, list(weights) + [e.name for e in input_entries],
                        [o.name for o in graph.output], declared)
    output_names = [o.name for o in graph.output]
    name = model_name or graph.name or "onnx_model"
    text, exported = emit(fn, in_avals, platforms, list(weights) + [e.name for e in input_entries],
                          output_names, module_name(name))
    outputs = [TensorEntry(n, dtypes.name_of(a.dtype), tuple(dim_json(d) for d in a.shape))
               for n, a in zip(output_names, exported.out_avals)]
    weight_entries = [TensorEntry(k, dtypes.name_of(v.dtype), tuple(v.shape), role="initializer")
                      for k, v in weights.items()]
    manifest = build_manifest(
        frontend={"onnx": onnx.__version__, "onnx_opset": str(opset)}, model_name=name, platforms=platforms,
        exported=exported, symbols=ranges, weight_entries=weight_entries, inputs=input_entries, outputs=outputs,
        input_spec=TreeSpec("tuple", (TreeSpec("tuple", (LEAF,) * len(input_entries)), TreeSpec("dict", keys=()))),
        output_spec=TreeSpec("tuple", (LEAF,) * len(outputs)))
    return Artifact(program=text, manifest=manifest, weights=weights)


def static_inputs(proto: Any) -> list[str]:
    """The graph inputs whose values decide shapes, so they must be passed as ``constants`` when converting."""
    graph = proto.graph
    nodes = [_NodeInfo(n, i, opset_version(proto)) for i, n in enumerate(graph.node)]
    _check_supported(graph, nodes)
    initializers = {t.name for t in graph.initializer}
    needed = _static_values(graph, nodes)
    return [v.name for v in graph.input if v.name in needed and v.name not in initializers]


class _NodeInfo:
    """One ONNX node with its attributes decoded once, outside the traced function."""

    def __init__(self, proto: Any, index: int, opset: int):
        from onnx import helper

        self.proto = proto
        self.inputs = list(proto.input)
        self.outputs = list(proto.output)
        self.name = proto.name or f"{proto.op_type}_{index}"
        attrs = {}
        for attr in proto.attribute:
            value = helper.get_attribute_value(attr)
            if attr.type == attr.TENSOR:
                value = _to_numpy(value, f"attribute {attr.name} of node {self.name!r}")
            elif isinstance(value, bytes):
                value = value.decode()
            elif isinstance(value, list) and value and isinstance(value[0], bytes):
                value = [v.decode() for v in value]
            attrs[attr.name] = value
        self.has_subgraphs = any(a.HasField("g") or len(a.graphs) for a in proto.attribute)
        self.node = OnnxNode(op=proto.op_type, name=self.name, attrs=attrs, opset=opset,
                             n_outputs=len(proto.output))


def _check_supported(graph: Any, nodes: list[_NodeInfo]) -> None:
    """One UnsupportedOpsError naming every operator without an implementation and the nodes that use it."""
    missing: dict[str, list[str]] = {}
    for info in _with_subgraph_nodes(nodes):
        domain = info.proto.domain
        key = info.proto.op_type if domain in DEFAULT_DOMAINS else f"{domain}.{info.proto.op_type}"
        if domain not in DEFAULT_DOMAINS or lookup(info.proto.op_type) is None:
            missing.setdefault(key, []).append(info.name)
    if not missing:
        return
    parts = []
    for op, names in sorted(missing.items()):
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        parts.append(f"{op} (node{'s' if len(names) > 1 else ''} {shown})")
    raise UnsupportedOpsError(
        f"Cannot convert the ONNX model: {len(missing)} operator{'s have' if len(missing) > 1 else ' has'} no "
        "implementation: " + "; ".join(parts) + ". Re-export the model without them, or add them in "
        "torchtpu_aot/lowering/onnx.",
        sorted(missing),
    )


def _with_subgraph_nodes(nodes: list[_NodeInfo]):
    for info in nodes:
        yield info
        for attr in info.proto.attribute:
            for graph in ([attr.g] if attr.HasField("g") else []) + list(attr.graphs):
                yield from _with_subgraph_nodes(_subgraph_nodes(graph, info.node.opset))


def _static_values(graph: Any, nodes: list[_NodeInfo]) -> set[str]:
    """Names of every value whose contents must be known at export time (walked backwards from static inputs)."""
    needed: set[str] = set()
    for info in reversed(nodes):
        op = lookup(info.proto.op_type)
        for i in op.static:
            if i < len(info.inputs) and info.inputs[i]:
                needed.add(info.inputs[i])
        if not op.shape_only and any(o in needed for o in info.outputs):
            needed.update(i for i in info.inputs if i)
    return needed


_NAME = re.compile(r"[^A-Za-z0-9_]")


def _dim_name(text: str) -> str:
    name = _NAME.sub("_", text)
    return name if name[:1].isalpha() else f"d_{name}"


def _input_signature(inputs: list, overrides: Mapping[str, tuple]) -> tuple[dict, list[TensorEntry], list[tuple]]:
    """Symbol ranges, manifest entries and shapes (ints or symbol names) of the graph's tensor inputs."""
    ranges: dict[str, dict] = {}
    entries, shapes = [], []
    for value in inputs:
        kind = value.type.WhichOneof("value")
        if kind != "tensor_type":
            raise ExportError(f"ONNX input {value.name!r} is a {kind or 'value of unknown type'}; torchtpu_aot "
                              "converts models whose inputs are tensors.")
        tensor = value.type.tensor_type
        dtype = _dtype_name(tensor.elem_type, f"input {value.name!r}")
        if value.name in overrides:
            raw = list(overrides[value.name])
        elif tensor.HasField("shape"):
            raw = []
            for axis, d in enumerate(tensor.shape.dim):
                if d.HasField("dim_value"):
                    raw.append(int(d.dim_value))
                else:
                    raw.append(d.dim_param or f"{value.name}_{axis}")
        else:
            raise ExportError(f"ONNX input {value.name!r} declares no shape; give it one with input_shapes="
                              "{name: (dims...)} (ints, or strings for dynamic dims).")
        shape = []
        for d in raw:
            if isinstance(d, str):
                d = _dim_name(d)
                ranges.setdefault(d, {"min": 1, "max": None})
            shape.append(d)
        entries.append(TensorEntry(value.name, dtype, tuple(shape)))
        shapes.append(tuple(shape))
    return ranges, entries, shapes


def _check_constant(declared: Any, value: np.ndarray) -> None:
    """OptionError unless a constant has the dtype and shape the graph declares for its input."""
    if declared.type.WhichOneof("value") != "tensor_type":
        return
    tensor = declared.type.tensor_type
    want = _dtype_name(tensor.elem_type, f"input {declared.name!r}")
    dims = ([int(d.dim_value) if d.HasField("dim_value") else (d.dim_param or "?") for d in tensor.shape.dim]
            if tensor.HasField("shape") else None)
    fits = dims is None or (len(dims) == value.ndim and all(not isinstance(d, int) or d == n
                                                             for d, n in zip(dims, value.shape)))
    got = str(value.dtype)
    if got != want or not fits:
        shape = f"[{', '.join(map(str, dims))}]" if dims is not None else ""
        raise OptionError(
            f"The constant for ONNX input {declared.name!r} is {got}{list(value.shape)}, but the model declares "
            f"that input as {want}{shape}. Save an array of that dtype and shape (numpy.save(path, "
            f"numpy.asarray(values, dtype='{want}'))) and pass it with --constant {declared.name}=FILE.npy "
            "(constants= from Python).")


def _dtype_name(elem_type: int, where: str) -> str:
    from onnx import helper

    try:
        return dtypes.name_of(helper.tensor_dtype_to_np_dtype(elem_type))
    except (TypeError, KeyError, ValueError):
        from onnx import TensorProto

        raise ExportError(f"ONNX {where} has element type {TensorProto.DataType.Name(elem_type)}, which an "
                          "artifact cannot hold (supported: float16/32/64, bfloat16, integers, bool, "
                          "complex).") from None


def _to_numpy(tensor: Any, where: str) -> np.ndarray:
    from onnx import numpy_helper

    _dtype_name(tensor.data_type, where)
    return numpy_helper.to_array(tensor)


def _subgraph_nodes(graph: Any, opset: int) -> list[_NodeInfo]:
    return [_NodeInfo(n, i, opset) for i, n in enumerate(graph.node)]


def _run_subgraph(graph: Any, inputs: list, outer: dict, opset: int) -> list:
    """Evaluate a subgraph (If/Loop/Scan body) on ``inputs``; names it does not define come from ``outer``."""
    env = dict(outer)
    env.update({t.name: _to_numpy(t, f"initializer {t.name!r}") for t in graph.initializer})
    env.update(zip([v.name for v in graph.input], inputs))
    for info in _subgraph_nodes(graph, opset):
        outputs = _evaluate(info, [env[n] if n else None for n in info.inputs], env)
        for name, value in zip(info.outputs, outputs):
            if name:
                env[name] = value
    return [env[v.name] for v in graph.output]


def _as_tuple(result: Any) -> tuple:
    return result if isinstance(result, tuple) else (result,)


def _shape_value(value: Any) -> np.ndarray:
    """A shape-math result as an object array, or as int64 once no symbolic dim is left in it."""
    array = np.empty((), dtype=object)
    array[()] = value
    array = np.asarray(value, dtype=object) if isinstance(value, np.ndarray) else array
    if all(isinstance(d, (int, np.integer)) for d in array.reshape(-1)):
        return array.astype(np.int64)
    return array


def _dims_tensor(value: np.ndarray) -> Any:
    """An object array of ints and symbolic dims as an int64 tensor computed when the program runs."""
    flat = [jnp.asarray(d, jnp.int64) for d in value.reshape(-1)]
    return (jnp.stack(flat) if flat else jnp.zeros((0,), jnp.int64)).reshape(value.shape)


class _GraphFunction:
    """A Python function of (weights..., tensor inputs...) that evaluates the ONNX nodes with JAX."""

    def __init__(self, nodes: list[_NodeInfo], static_env: dict, arg_names: list[str], output_names: list[str],
                 declared: dict[str, int]):
        self.nodes = nodes
        self.static_env = static_env
        self.arg_names = arg_names
        self.output_names = output_names
        self.declared = declared

    def __call__(self, *arrays: Any) -> tuple:
        env: dict[str, Any] = dict(self.static_env)
        env.update(zip(self.arg_names, arrays))
        for info in self.nodes:
            outputs = _evaluate(info, [env[n] if n else None for n in info.inputs], env)
            for name, value in zip(info.outputs, outputs):
                if name:
                    env[name] = value
        from onnx import helper

        results = []
        for name in self.output_names:
            value = jnp.asarray(env[name])
            want = self.declared.get(name)
            if want:
                expected = np.dtype(helper.tensor_dtype_to_np_dtype(want))
                if np.dtype(value.dtype) != expected:
                    raise LoweringError(f"ONNX output {name!r} is computed as {np.dtype(value.dtype)}, but the "
                                        f"model declares {expected}. This is a bug in an ONNX op implementation "
                                        "of torchtpu_aot; please report it.")
            results.append(value)
        return tuple(results)


def _evaluate(info: _NodeInfo, args: list, env: dict) -> tuple:
    """Run one node; nodes whose inputs are all known at export time are computed eagerly, to numpy."""
    op = lookup(info.proto.op_type)
    node = info.node
    if info.has_subgraphs:
        node = dataclasses.replace(node, run_graph=lambda g, inputs: _run_subgraph(g, inputs, env, node.opset))
    for i in op.static:
        if i < len(args):
            args[i] = static_value(node, args[i], f"input {i} ({info.inputs[i]!r})")
    static = all(a is None or isinstance(a, np.ndarray) for a in args) and not info.has_subgraphs
    symbolic = [i for i, a in enumerate(args) if is_symbolic(a)]
    if symbolic:
        shape_math = SHAPE_MATH.get(node.op)
        if shape_math is not None and static:  # arithmetic on shape values, no run-time tensor involved
            return tuple(_shape_value(v) for v in _as_tuple(shape_math(node, *args)))
        static = False  # the op sees symbolic dims as shape arguments, or as a run-time int64 tensor
        for i in symbolic:
            if i not in op.static:
                args[i] = _dims_tensor(args[i])
    try:
        if static:
            with jax.ensure_compile_time_eval():
                result = op.fn(node, *args)
        else:
            result = op.fn(node, *args)
    except TorchTPUError:
        raise
    except Exception as e:
        raise LoweringError(f"The ONNX node {node.name!r} ({node.op}) failed to convert: {type(e).__name__}: {e}. "
                            "This is a bug in torchtpu_aot's implementation of that op; please report it.") from e
    outputs = _as_tuple(result)
    if static:
        outputs = tuple(None if o is None else np.asarray(o) for o in outputs)
    return outputs
