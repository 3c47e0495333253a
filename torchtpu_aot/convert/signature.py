"""The entry signature of the converted program, read off torch.export's graph signature.

@main takes the weights (parameters, buffers, lifted constants, by fully qualified name) and then the
user's tensor inputs; its results are laid out as ``artifact.manifest.ResultLayout`` describes. A Python number
the model returns (``x.item()``, a dynamic size) is a 0-d output: int64, float64 or bool.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch.export import ExportedProgram
from torch.export.graph_signature import ConstantArgument, InputKind, OutputKind, TensorArgument

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.artifact.manifest import ConstantEntry, Entry, Mutation, ResultLayout, TensorEntry
from torchtpu_aot.convert.diagnostics import op_key
from torchtpu_aot.convert.symbols import SymbolTable, data_dependent_names, dim_json
from torchtpu_aot.convert.torch_values import numpy_dtype, tensor_to_numpy
from torchtpu_aot.errors import ExportError
from torchtpu_aot.lowering import is_random
from torchtpu_aot.lowering.random import STATE_NAME, STATE_SHAPE, initial_state
from torchtpu_aot.pytree import TreeSpec

# The random state's @main argument and result, for programs with random ops (not graph node names).
RNG_ARGUMENT, RNG_RESULT = "torchtpu_rng_state", "torchtpu_rng_state_out"

_ROLES = {InputKind.PARAMETER: "parameter", InputKind.BUFFER: "buffer", InputKind.CONSTANT_TENSOR: "constant"}


@dataclass
class Signature:
    weights: dict[str, np.ndarray] = field(default_factory=dict)   # FQN -> array, in @main order
    weight_entries: list[TensorEntry] = field(default_factory=list)
    weight_placeholders: list[str] = field(default_factory=list)
    inputs: list[Entry] = field(default_factory=list)                # manifest entries, input-spec leaf order
    input_placeholders: list[str] = field(default_factory=list)      # tensor inputs only, @main order
    constant_inputs: dict[str, Any] = field(default_factory=dict)    # placeholder -> specialized value
    outputs: list[Entry] = field(default_factory=list)
    result_nodes: list[str] = field(default_factory=list)            # @main results before the lengths, in order
    scalar_results: dict[str, np.dtype] = field(default_factory=dict)  # result node -> dtype of its 0-d array
    mutated_buffers: list[Mutation] = field(default_factory=list)
    mutated_inputs: list[Mutation] = field(default_factory=list)
    input_spec: TreeSpec = pytree.LEAF
    output_spec: TreeSpec = pytree.LEAF
    random: bool = False                                              # takes and returns the random state
    data_dims: list[str] = field(default_factory=list)                # data-dependent dims of the outputs
    quantized: dict[str, Any] = field(default_factory=dict)           # weight placeholder -> lowering.QuantSpec

    @property
    def layout(self) -> ResultLayout:
        return ResultLayout(sum(1 for e in self.outputs if not e.is_constant), len(self.mutated_buffers),
                            len(self.mutated_inputs), len(self.data_dims))


# A Python number in the graph (a SymInt, SymFloat or SymBool) is returned as a 0-d array of this dtype.
_SCALAR_DTYPES = {torch.SymInt: np.dtype(np.int64), torch.SymFloat: np.dtype(np.float64),
                  torch.SymBool: np.dtype(np.bool_)}


def tensor_entry(name: str, val: Any, symbols: SymbolTable) -> TensorEntry:
    if type(val) in _SCALAR_DTYPES:
        return TensorEntry(name, dtypes.name_of(_SCALAR_DTYPES[type(val)]), ())
    return TensorEntry(name, dtypes.name_of(numpy_dtype(val.dtype)), tuple(dim_json(symbols.dim(d)) for d in val.shape))


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
            sig.weight_entries.append(TensorEntry(spec.target, dtypes.name_of(array.dtype), tuple(array.shape),
                                                  role=_ROLES[spec.kind]))
        elif spec.kind == InputKind.USER_INPUT:
            if isinstance(spec.arg, TensorArgument):
                sig.inputs.append(tensor_entry(node.name, node.meta["val"], symbols))
                sig.input_placeholders.append(node.name)
            elif isinstance(spec.arg, ConstantArgument):
                sig.inputs.append(ConstantEntry(node.name, _json_constant(spec.arg.value, node.name)))
                sig.constant_inputs[node.name] = spec.arg.value
            else:
                raise ExportError(f"Input {node.name!r} is a {type(spec.arg).__name__}; torchtpu_aot supports tensor "
                                  "inputs and constant Python values.")
        else:
            raise ExportError(f"Input {node.name!r} is of kind {spec.kind.name}, which torchtpu_aot cannot run "
                              "(custom objects and tokens are not supported).")
    output_node = next(n for n in ep.graph.nodes if n.op == "output")
    values = output_node.args[0]
    mutations: list[tuple[str, str, str]] = []  # (buffer or input, its name, the node of its new value)
    if any(n.op == "call_function" and is_random(op_key(n.target), n.args, n.kwargs) for n in ep.graph.nodes):
        _add_random_state(sig, mutations)
    outputs: list[tuple[Any, Any]] = []  # (fake value or None, constant) per user output
    for spec, value in zip(ep.graph_signature.output_specs, values):
        if spec.kind == OutputKind.USER_OUTPUT:
            if isinstance(value, torch.fx.Node):
                val = value.meta["val"]
                outputs.append((val, None))
                sig.result_nodes.append(value.name)
                if type(val) in _SCALAR_DTYPES:
                    sig.scalar_results[value.name] = _SCALAR_DTYPES[type(val)]
                else:
                    sig.data_dims += [n for n in data_dependent_names(val) if n not in sig.data_dims]
            else:
                outputs.append((None, _json_constant(value, "an output")))
        elif spec.kind == OutputKind.BUFFER_MUTATION:
            mutations.append(("buffer", spec.target, value.name))
        elif spec.kind == OutputKind.USER_INPUT_MUTATION:
            mutations.append(("input", spec.target, value.name))
        else:
            raise ExportError(f"The exported graph has a {spec.kind.name} output, which torchtpu_aot does not "
                              "support (export the model for inference).")
    for kind, target, node_name in mutations:
        mutation = Mutation(target, output=len(sig.result_nodes))
        sig.result_nodes.append(node_name)
        (sig.mutated_buffers if kind == "buffer" else sig.mutated_inputs).append(mutation)
    sig.input_spec = tree_spec(ep.call_spec.in_spec)
    sig.output_spec = tree_spec(ep.call_spec.out_spec)
    for (val, constant), path in zip(outputs, pytree.leaf_paths(sig.output_spec)):
        name = pytree.path_name(path) or "output"
        sig.outputs.append(ConstantEntry(name, constant) if val is None else tensor_entry(name, val, symbols))
    return sig


def _add_random_state(sig: Signature, mutations: list, seed: int = 0) -> None:
    """The random state as the last weight and the first mutated buffer: the runtime keeps it across calls
    (each call advances it) and can reseed it; the manifest records the seed it starts from."""
    sig.random = True
    sig.weights[STATE_NAME] = initial_state(seed)
    sig.weight_placeholders.append(RNG_ARGUMENT)
    sig.weight_entries.append(TensorEntry(STATE_NAME, "uint32", tuple(STATE_SHAPE), role="rng", seed=seed))
    mutations.append(("buffer", STATE_NAME, RNG_RESULT))


def _json_constant(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise ExportError(f"{where} is the constant {value!r} of type {type(value).__name__}; only None, bool, int, "
                      "float and str constants can be recorded in an artifact.")


def tree_spec(spec) -> TreeSpec:
    """torch's TreeSpec as the manifest's pytree spec."""
    if spec.is_leaf():
        return pytree.LEAF
    children = tuple(tree_spec(c) for c in spec.children())
    kind, context = spec.type, spec.context
    if kind is tuple:
        return TreeSpec("tuple", children)
    if kind is list:
        return TreeSpec("list", children)
    if kind is type(None):
        return pytree.NONE
    if isinstance(kind, type) and issubclass(kind, dict):
        return TreeSpec("dict", children, keys=tuple(context))
    fields = _named_fields(context if isinstance(context, type) else kind)
    if fields is not None:  # a NamedTuple (torch records the class as the context) or a structseq (torch.topk's)
        named = context if isinstance(context, type) else kind
        return TreeSpec(pytree.NAMEDTUPLE_KIND, children, keys=fields, type_name=named.__name__)
    if isinstance(context, (list, tuple)) and len(context) == len(children) and all(
            isinstance(k, str) for k in context):
        return TreeSpec("dict", children, keys=tuple(context))  # e.g. ModelOutput-like classes
    raise ExportError(f"The model's inputs or outputs contain a {getattr(kind, '__name__', kind)}, which an "
                      "artifact cannot describe; return tuples, lists, dicts, named tuples or tensors.")


def _named_fields(cls: Any) -> tuple[str, ...] | None:
    """The field names of a named tuple or structseq class whose names can be recorded, else None."""
    if not (isinstance(cls, type) and issubclass(cls, tuple)):
        return None
    fields = getattr(cls, "_fields", None) or getattr(cls, "__match_args__", None)
    if not fields or not cls.__name__.isidentifier():
        return None
    fields = tuple(fields)
    return fields if all(isinstance(f, str) and f.isidentifier() and not f.startswith("_") for f in fields) else None
