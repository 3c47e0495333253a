"""The entry signature of the converted program, read off torch.export's graph signature.

@main takes the weights (parameters, buffers, lifted constants, by fully qualified name) and then the
user's tensor inputs; it returns the user's tensor outputs, then mutated buffers, then mutated inputs, then the
length of each data-dependent dim of the outputs (an int64 scalar; the outputs are padded along those dims).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch.export import ExportedProgram
from torch.export.graph_signature import ConstantArgument, InputKind, OutputKind, TensorArgument

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.convert.diagnostics import op_key
from torchtpu_aot.convert.symbols import SymbolTable, data_dependent_names, dim_json
from torchtpu_aot.convert.torch_values import numpy_dtype, tensor_to_numpy
from torchtpu_aot.errors import ExportError
from torchtpu_aot.lowering import is_random
from torchtpu_aot.lowering.random import STATE_NAME, STATE_SHAPE, initial_state

# The random state's @main argument and result, for programs with random ops (not graph node names).
RNG_ARGUMENT, RNG_RESULT = "torchtpu_rng_state", "torchtpu_rng_state_out"

_ROLES = {InputKind.PARAMETER: "parameter", InputKind.BUFFER: "buffer", InputKind.CONSTANT_TENSOR: "constant"}


@dataclass
class Signature:
    weights: dict[str, np.ndarray] = field(default_factory=dict)   # FQN -> array, in @main order
    weight_entries: list[dict] = field(default_factory=list)
    weight_placeholders: list[str] = field(default_factory=list)
    inputs: list[dict] = field(default_factory=list)                 # manifest entries, input-spec leaf order
    input_placeholders: list[str] = field(default_factory=list)      # tensor inputs only, @main order
    constant_inputs: dict[str, Any] = field(default_factory=dict)    # placeholder -> specialized value
    outputs: list[dict] = field(default_factory=list)
    result_nodes: list[str] = field(default_factory=list)            # @main results, in order
    mutated_buffers: list[dict] = field(default_factory=list)
    mutated_inputs: list[dict] = field(default_factory=list)
    input_spec: dict = field(default_factory=dict)
    output_spec: dict = field(default_factory=dict)
    random: bool = False                                              # takes and returns the random state
    data_dims: list[str] = field(default_factory=list)                # data-dependent dims of the outputs


def tensor_entry(name: str, val: torch.Tensor, symbols: SymbolTable) -> dict:
    return {"name": name, "dtype": dtypes.name_of(numpy_dtype(val.dtype)),
            "shape": [dim_json(symbols.dim(d)) for d in val.shape]}


def build_signature(ep: ExportedProgram, symbols: SymbolTable) -> Signature:
    sig = Signature()
    placeholders = {n.name: n for n in ep.graph.nodes if n.op == "placeholder"}
    mutated = {s.target for s in ep.graph_signature.output_specs if s.kind == OutputKind.BUFFER_MUTATION}
    for spec in ep.graph_signature.input_specs:
        node = placeholders[spec.arg.name]
        if spec.kind in _ROLES:
            if not node.users and spec.target not in mutated:
                continue  # an unused weight (e.g. BatchNorm's num_batches_tracked in eval) is not stored
            value = ep.state_dict[spec.target] if spec.target in ep.state_dict else ep.constants[spec.target]
            array = tensor_to_numpy(value)
            sig.weights[spec.target] = array
            sig.weight_placeholders.append(node.name)
            sig.weight_entries.append({"name": spec.target, "role": _ROLES[spec.kind],
                                       "dtype": dtypes.name_of(array.dtype), "shape": list(array.shape)})
        elif spec.kind == InputKind.USER_INPUT:
            if isinstance(spec.arg, TensorArgument):
                sig.inputs.append(tensor_entry(node.name, node.meta["val"], symbols))
                sig.input_placeholders.append(node.name)
            elif isinstance(spec.arg, ConstantArgument):
                sig.inputs.append({"name": node.name, "constant": _json_constant(spec.arg.value, node.name)})
                sig.constant_inputs[node.name] = spec.arg.value
            else:
                raise ExportError(f"Input {node.name!r} is a {type(spec.arg).__name__}; torchtpu_aot supports tensor "
                                  "inputs and constant Python values.")
        else:
            raise ExportError(f"Input {node.name!r} is of kind {spec.kind.name}, which torchtpu_aot cannot run "
                              "(custom objects and tokens are not supported).")
    output_node = next(n for n in ep.graph.nodes if n.op == "output")
    values = output_node.args[0]
    mutations: list[tuple[str, dict, str]] = []
    if any(n.op == "call_function" and is_random(op_key(n.target), n.args, n.kwargs) for n in ep.graph.nodes):
        _add_random_state(sig, mutations)
    for spec, value in zip(ep.graph_signature.output_specs, values):
        if spec.kind == OutputKind.USER_OUTPUT:
            if isinstance(value, torch.fx.Node):
                sig.outputs.append(tensor_entry("", value.meta["val"], symbols))
                sig.result_nodes.append(value.name)
                sig.data_dims += [n for n in data_dependent_names(value.meta["val"]) if n not in sig.data_dims]
            else:
                sig.outputs.append({"name": "", "constant": _json_constant(value, "an output")})
        elif spec.kind == OutputKind.BUFFER_MUTATION:
            mutations.append(("buffer", {"buffer": spec.target}, value.name))
        elif spec.kind == OutputKind.USER_INPUT_MUTATION:
            mutations.append(("input", {"input": spec.target}, value.name))
        else:
            raise ExportError(f"The exported graph has a {spec.kind.name} output, which torchtpu_aot does not "
                              "support (export the model for inference).")
    for kind, info, node_name in mutations:
        info["output"] = len(sig.result_nodes)
        sig.result_nodes.append(node_name)
        (sig.mutated_buffers if kind == "buffer" else sig.mutated_inputs).append(info)
    sig.input_spec = spec_json(ep.call_spec.in_spec)
    sig.output_spec = spec_json(ep.call_spec.out_spec)
    paths = pytree.leaf_paths(sig.output_spec)
    for entry, path in zip(sig.outputs, paths):
        entry["name"] = pytree.path_name(path) or "output"
    return sig


def _add_random_state(sig: Signature, mutations: list, seed: int = 0) -> None:
    """The random state as the last weight and the first mutated buffer: the runtime keeps it across calls
    (each call advances it) and can reseed it; the manifest records the seed it starts from."""
    sig.random = True
    sig.weights[STATE_NAME] = initial_state(seed)
    sig.weight_placeholders.append(RNG_ARGUMENT)
    sig.weight_entries.append({"name": STATE_NAME, "role": "rng", "dtype": "uint32", "shape": list(STATE_SHAPE),
                               "seed": seed})
    mutations.append(("buffer", {"buffer": STATE_NAME}, RNG_RESULT))


def _json_constant(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise ExportError(f"{where} is the constant {value!r} of type {type(value).__name__}; only None, bool, int, "
                      "float and str constants can be recorded in an artifact.")


def spec_json(spec) -> dict:
    """torch's TreeSpec as the manifest's JSON pytree spec."""
    if spec.is_leaf():
        return {"kind": "leaf"}
    children = [spec_json(c) for c in spec.children()]
    kind = spec.type
    if kind is tuple:
        return {"kind": "tuple", "children": children}
    if kind is list:
        return {"kind": "list", "children": children}
    if kind is type(None):
        return {"kind": "none"}
    if isinstance(kind, type) and issubclass(kind, dict):
        return {"kind": "dict", "keys": list(spec.context), "children": children}
    if isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):
        return {"kind": "dict", "keys": list(kind._fields), "children": children}  # namedtuple -> dict
    context = spec.context
    if isinstance(context, (list, tuple)) and len(context) == len(children) and all(
            isinstance(k, str) for k in context):
        return {"kind": "dict", "keys": list(context), "children": children}  # e.g. ModelOutput-like classes
    raise ExportError(f"The model's inputs or outputs contain a {getattr(kind, '__name__', kind)}, which an "
                      "artifact cannot describe; return tuples, lists, dicts or tensors.")
