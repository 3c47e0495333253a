"""ExportedProgram -> Artifact: lift weights, map symbolic dims, lower every node, emit StableHLO."""

from __future__ import annotations

import torch
from jax import ShapeDtypeStruct
from torch.export import ExportedProgram

from torchtpu_aot.artifact import Artifact
from torchtpu_aot.artifact.manifest import DataDependentDim
from torchtpu_aot.convert import sharding
from torchtpu_aot.convert.data_dims import check_graph
from torchtpu_aot.convert.diagnostics import check_supported
from torchtpu_aot.convert.emit import DEFAULT_PLATFORMS, build_manifest, check_platforms, emit, module_name
from torchtpu_aot.convert.functional import without_decomposition
from torchtpu_aot.convert.grouped_attention import without_repeated_heads
from torchtpu_aot.convert.interpreter import GraphFunction
from torchtpu_aot.convert.io_casts import apply_io_casts
from torchtpu_aot.convert.quantized import mark_external, quantize_weights
from torchtpu_aot.convert.signature import build_signature
from torchtpu_aot.convert.symbols import SymbolTable
from torchtpu_aot.frontend.torch_export import decompose
from torchtpu_aot.lowering import registered_ops

__all__ = ["DEFAULT_PLATFORMS", "convert"]


def convert(ep: ExportedProgram, *, platforms=DEFAULT_PLATFORMS, model_name: str | None = None,
            dim_names: dict[str, str] | None = None, precision=None, composites: bool = False,
            debug_info: bool = False, shard=None, quantize=None) -> Artifact:
    """Convert an ExportedProgram (straight from torch.export) into an Artifact.

    ``dim_names`` maps torch's symbol names to the names the manifest should use for them. ``precision`` (a
    ``frontend.precision.Precision``) adds the casts that keep a bfloat16 program's declared I/O dtypes.
    ``composites`` emits ``stablehlo.composite`` ops where lowerings offer them; ``debug_info`` keeps each op's
    location (its aten op and model line) in the program.
    ``shard`` records partition specs for tensor parallelism (``convert.sharding``).
    ``quantize`` (a ``frontend.quantize.QuantizeOptions``) stores the weights of linear layers, convolutions and
    embeddings as int8 or int4 with their scales (``convert.quantized``).
    """
    platforms = check_platforms(platforms)
    sharding.parse_shard(shard)  # a malformed rule fails before the work
    lowered = set(registered_ops())
    ep = without_repeated_heads(without_decomposition(ep, lowered) or decompose(ep, lowered))
    check_supported(ep.graph_module)
    check_graph(ep.graph)
    symbols = SymbolTable(ep, dim_names)
    sig = build_signature(ep, symbols)
    if quantize is not None:
        quantize_weights(ep, sig, quantize, model_name)
    mark_external(ep, sig)
    fn = graph = GraphFunction(ep.graph_module, sig, symbols, composites=composites, debug_info=debug_info)
    in_avals = [ShapeDtypeStruct(a.shape, a.dtype) for a in sig.weights.values()]
    placeholders = {n.name: n for n in ep.graph.nodes if n.op == "placeholder"}
    for name in sig.input_placeholders:
        val = placeholders[name].meta["val"]
        entry = next(e for e in sig.inputs if e.name == name)
        in_avals.append(ShapeDtypeStruct(symbols.shape(val.shape), entry.numpy_dtype))
    if precision is not None:
        fn, in_avals = apply_io_casts(fn, sig, in_avals, precision)
    layout = sig.layout
    result_names = layout.result_names([e.name for e in sig.outputs if not e.is_constant],
                                       [m.target for m in sig.mutated_buffers], [m.target for m in sig.mutated_inputs],
                                       sig.data_dims)
    text, exported = emit(fn, in_avals, platforms, list(sig.weights) + sig.input_placeholders, result_names,
                          module_name(model_name), graph=graph)
    first_length = layout.length_slice.start
    data_dims = [DataDependentDim(name, graph.bounds[name], first_length + i) for i, name in enumerate(sig.data_dims)]
    manifest = build_manifest(
        frontend={"torch": torch.__version__.split("+")[0]}, model_name=model_name, platforms=platforms,
        exported=exported, symbols=symbols.ranges, weight_entries=sig.weight_entries, inputs=sig.inputs,
        outputs=sig.outputs, input_spec=sig.input_spec, output_spec=sig.output_spec,
        mutated_buffers=sig.mutated_buffers, mutated_inputs=sig.mutated_inputs, data_dependent_dims=data_dims,
        precision=precision.manifest() if precision is not None else None)
    manifest = sharding.apply(manifest, shard, ep)
    return Artifact(program=text, manifest=manifest, weights=sig.weights, debug_info=debug_info)
