"""Quantized weights in the signature: export's own int8/int4 weights, and integer weights quantized before export.

``quantize_weights`` (export's ``quantize=``) picks the weights the graph uses as the weight of a linear layer, a
convolution or an embedding, quantizes them in the scheme of ``frontend/quantize.py`` and puts the integers in their
place in the weight table, each followed by its scales (``NAME.scale``). The graph function then receives them as
a ``lowering.quantized.QuantizedWeight``, which the lowerings dequantize next to the op that uses it.

``mark_external`` records the integer weights a model quantized before export (torchao's) dequantizes in its own
graph, so that the runtime keeps them integer too.
"""

from __future__ import annotations

import numpy as np
import torch
from torch.export import ExportedProgram

from torchtpu_aot import dtypes
from torchtpu_aot.artifact.manifest import Quantization
from torchtpu_aot.convert.diagnostics import op_key
from torchtpu_aot.convert.signature import Signature
from torchtpu_aot.convert.torch_values import numpy_dtype
from torchtpu_aot.errors import OptionError, TorchTPUError
from torchtpu_aot.frontend.quantize import QuantizeOptions, check_quantizable, quantize_tensor
from torchtpu_aot.lowering.quantized import QuantSpec

# The ops whose weight is quantized, and at which argument it is.
WEIGHT_ARGUMENT = {
    "aten.linear.default": 1,
    "aten.convolution.default": 1, "aten._convolution.default": 1,
    "aten.conv1d.default": 1, "aten.conv2d.default": 1, "aten.conv3d.default": 1,
    "aten.conv1d.padding": 1, "aten.conv2d.padding": 1, "aten.conv3d.padding": 1,
    "aten.conv_transpose1d.default": 1, "aten.conv_transpose2d.input": 1, "aten.conv_transpose3d.input": 1,
    "aten.embedding.default": 0,
}
SCALE_SUFFIX = ".scale"


def quantize_weights(ep: ExportedProgram, sig: Signature, options: QuantizeOptions, model_name: str | None) -> None:
    """Replace the chosen weights in ``sig`` by their integers and scales (in place; see the module docstring)."""
    graph_nodes = {n.name: n for n in ep.graph.nodes if n.op == "placeholder"}
    mutated = {m.target for m in sig.mutated_buffers}
    names, placeholders, entries = list(sig.weights), list(sig.weight_placeholders), list(sig.weight_entries)
    weights: dict[str, np.ndarray] = {}
    new_placeholders, new_entries = [], []
    for name, placeholder, entry in zip(names, placeholders, entries):
        weights[name] = sig.weights[name]
        new_placeholders.append(placeholder)
        new_entries.append(entry)
        tensor = ep.state_dict.get(name, ep.constants.get(name))
        if (not isinstance(tensor, torch.Tensor) or not tensor.is_floating_point() or tensor.ndim < 2
                or name in mutated or options.keeps(name) or not _used_as_weight(graph_nodes.get(placeholder))):
            continue
        scale_name = name + SCALE_SUFFIX
        if scale_name in sig.weights:
            raise TorchTPUError(f"The model has a weight named {scale_name!r}, the name the scales of the quantized "
                                f"weight {name!r} would take; keep {name!r} floating with --quantize-skip.")
        quantized = _quantized(name, tensor, options)
        stored = quantized.stored(options.scheme)
        scale = dtypes.to_array(quantized.scale)
        weights[name], weights[scale_name] = stored, scale
        info = Quantization(options.scheme, entry.dtype, tuple(tensor.shape), quantized.group_size, scale_name)
        new_entries[-1] = entry.replace(dtype=dtypes.name_of(stored.dtype), shape=tuple(stored.shape),
                                        quantization=info)
        new_entries.append(entry.replace(name=scale_name, dtype=dtypes.name_of(scale.dtype), shape=scale.shape,
                                         role="scale"))
        scale_argument = f"{placeholder}:scale"
        new_placeholders.append(scale_argument)
        sig.quantized[placeholder] = QuantSpec(options.scheme, tuple(tensor.shape), numpy_dtype(tensor.dtype),
                                               quantized.group_size, scale_argument)
    if not sig.quantized:
        skipped = f", or --quantize-skip {options.skip.pattern!r} keeps all of them" if options.skip else ""
        raise OptionError(f"--quantize {options.scheme} found no weights to quantize in {model_name or 'the model'}: "
                          f"it quantizes the floating weights of linear layers, convolutions and embeddings, and "
                          f"the model has none{skipped}. Export it without --quantize.")
    sig.weights, sig.weight_placeholders, sig.weight_entries = weights, new_placeholders, new_entries


def _quantized(name: str, tensor: torch.Tensor, options: QuantizeOptions):
    """The weight in the scheme, computed once per tensor and options (``options.memo``)."""
    key = (tensor.data_ptr(), tuple(tensor.shape), tuple(tensor.stride()), tensor.dtype, name)
    if key not in options.memo:
        check_quantizable(name, tensor)
        options.memo[key] = quantize_tensor(tensor, options.scheme, options.group_size)
    return options.memo[key]


def _used_as_weight(node: torch.fx.Node | None) -> bool:
    """Whether the graph uses this placeholder as the weight of a linear layer, convolution or embedding."""
    if node is None:
        return False
    for user in node.users:
        index = WEIGHT_ARGUMENT.get(op_key(user.target)) if user.op == "call_function" else None
        if index is not None and len(user.args) > index and user.args[index] is node:
            return True
    return False


# Ops a quantized weight passes through on its way to being dequantized (views, copies, torch.export's checks).
_PASS_THROUGH = frozenset({
    "aten.t.default", "aten.permute.default", "aten.transpose.int", "aten.view.default", "aten.reshape.default",
    "aten._unsafe_view.default", "aten.expand.default", "aten.slice.Tensor", "aten.contiguous.default",
    "aten.clone.default", "aten.alias.default", "aten.unsqueeze.default", "aten.squeeze.dim", "aten.flatten.using_ints",
    "aten._assert_tensor_metadata.default", "aten.select.int", "aten.narrow.default",
})
_CONVERSIONS = frozenset({"aten.to.dtype", "aten._to_copy.default", "aten.to.dtype_layout",
                          "prims.convert_element_type.default", "aten.type_as.default"})


def mark_external(ep: ExportedProgram, sig: Signature) -> None:
    """Record as ``external`` quantized weights the integer weights of rank 2 or more that the graph converts to a
    floating dtype or multiplies with ``aten._int_mm`` (how torchao's quantized layers use theirs)."""
    graph_nodes = {n.name: n for n in ep.graph.nodes if n.op == "placeholder"}
    for index, (placeholder, entry) in enumerate(zip(sig.weight_placeholders, sig.weight_entries)):
        if entry.quantization is not None or entry.role == "rng" or len(entry.shape) < 2:
            continue
        if np.dtype(entry.numpy_dtype).kind not in "iu":
            continue
        if _dequantized(graph_nodes.get(placeholder)):
            sig.weight_entries[index] = entry.replace(quantization=Quantization("external"))


def _dequantized(node: torch.fx.Node | None, depth: int = 0) -> bool:
    if node is None or depth > 8:
        return False
    for user in node.users:
        if user.op != "call_function":
            continue
        op = op_key(user.target)
        if op == "aten._int_mm.default":
            return True
        if op in _CONVERSIONS:
            val = user.meta.get("val")
            if isinstance(val, torch.Tensor) and val.is_floating_point():
                return True
        if op in _PASS_THROUGH and _dequantized(user, depth + 1):
            return True
    return False
