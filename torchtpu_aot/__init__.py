"""torchtpu_aot: PyTorch models to StableHLO artifacts ahead of time, run by a thin JAX runtime.

``export`` needs torch (imported lazily); ``load`` and the runtime do not, so serving hosts can skip it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from torchtpu_aot._version import __version__
from torchtpu_aot.errors import TorchTPUError
from torchtpu_aot.runtime import GenerationProgram, GenerationResult, Program, load

if TYPE_CHECKING:
    from torchtpu_aot.artifact import Artifact

__all__ = ["GenerationProgram", "GenerationResult", "Program", "TorchTPUError", "__version__", "export",
           "export_llm", "export_onnx", "load", "register_lowering"]


def register_lowering(*ops: Any):
    """Decorator: the lowering of a custom op (``"mylib::twice"`` or ``torch.ops.mylib.twice.default``), written
    with jax.numpy / jax.lax as ``fn(ctx, *args, **kwargs)`` like torchtpu_aot's own lowerings (README: Custom ops).
    """
    from torchtpu_aot.lowering.registry import register_lowering as register

    return register(*ops)


def export(model: Any, args: Any = (), kwargs: dict | None = None, *, dynamic_shapes: Any = None,
           platforms: Any = None, name: str | None = None, dtype: Any = "float32", io_dtype: Any = None,
           composites: bool = False, debug_info: bool = False, shard: Any = None, quantize: str | None = None,
           group_size: int | None = None, quantize_skip: str | None = None) -> Artifact:
    """torch.export ``model`` (an nn.Module or an ExportedProgram) on ``args``/``kwargs`` and convert it.

    ``args``, ``kwargs`` and ``dynamic_shapes`` mean what they mean for ``torch.export.export``; ``dynamic_shapes``
    may also be a list of the CLI's ``--dynamic`` strings, e.g. ``["x:0=batch[1,64]", "ids:1=seq[1,2048]"]``.
    ``platforms`` picks the backends the StableHLO is lowered for (default cpu, cuda and tpu); ``name`` is
    recorded in the manifest (default: the model's class name). Save with ``Artifact.save``.

    ``dtype="bfloat16"`` stores the weights and runs the compute in bfloat16: a bfloat16 copy of ``model`` (the
    model itself is not modified) is exported on the example inputs cast to bfloat16. The artifact's floating
    inputs keep the dtypes given here and its floating outputs come back in the dtype of the floating inputs
    (float32 if there are none); ``io_dtype="bfloat16"`` (or ``"float32"``) makes every floating input and output
    that dtype instead. The default ``dtype="float32"`` exports the model as it is.

    ``composites=True`` emits scaled_dot_product_attention, layer_norm, rms_norm, group_norm and gelu as
    ``stablehlo.composite`` ops (named ``aten.<op>``, with their attributes), which backends may match whole; the
    numbers are the same. ``debug_info=True`` keeps an MLIR location on every op: the aten op it came from and the
    model's file:line (off by default: the locations name files on the exporting machine).
    ``shard`` records how each weight splits for tensor parallelism (``load(..., tensor_parallel=T)``):
    ``"auto"`` finds Megatron-style partition specs from the graph (column-parallel projections into attention
    heads and MLPs, row-parallel ones out of them, vocabulary-parallel embeddings and LM heads); ``"REGEX=SPEC"``
    rules, e.g. ``"layers\\..*\\.mlp\\.down_proj\\.weight=model,None"``, set or override specs by weight name
    (a list mixes them: ``["auto", "lm_head=replicated"]``). Without it no spec is recorded.
    ``quantize="int8"`` or ``"int4"`` stores the weights of linear layers, convolutions and embeddings as integers
    with their scales (weight-only, symmetric; int8: one scale per output channel, int4: one per ``group_size``
    consecutive weights of an output channel, default 32), dequantized by the program next to each op that uses
    them; ``quantize_skip`` (a regular expression) keeps the weights whose names it matches (``re.search``)
    floating. The scheme is in README "Quantization"; with ``dtype="bfloat16"`` the scales are bfloat16 too.
    """
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu_aot.export")
    from torchtpu_aot.frontend.quantize import quantize_options

    quantization = quantize_options(quantize, group_size, quantize_skip)
    from torchtpu_aot.convert import DEFAULT_PLATFORMS, convert
    from torchtpu_aot.convert.sharding import parse_shard
    from torchtpu_aot.errors import ExportError
    from torchtpu_aot.frontend.dynamic_options import dynamic_shapes_from_options
    from torchtpu_aot.frontend.precision import BFLOAT16_HINT, dtype_name, to_bfloat16
    from torchtpu_aot.frontend.torch_export import dim_names, export_program
    from torchtpu_aot.progress import phase

    parse_shard(shard)  # a malformed rule fails before the model is exported
    if isinstance(dynamic_shapes, (list, tuple)) and dynamic_shapes and all(isinstance(d, str) for d in dynamic_shapes):
        dynamic_shapes = dynamic_shapes_from_options(dynamic_shapes, model, args, kwargs)
    if name is None and not hasattr(model, "graph_signature"):
        name = type(model).__name__
    precision = None
    if dtype_name(dtype) == "bfloat16":
        model, args, kwargs, precision = to_bfloat16(model, args, kwargs, io_dtype)
    elif io_dtype is not None:
        raise TorchTPUError(f"io_dtype={io_dtype!r} applies only with dtype='bfloat16' (a float32 export keeps the "
                            "model's own input and output dtypes).")

    try:
        with phase("torch.export"):
            ep = export_program(model, args, kwargs, dynamic_shapes)
    except ExportError as e:
        if precision is None:
            raise
        raise ExportError(f"{e} {BFLOAT16_HINT}") from e
    with phase("conversion"):
        return convert(ep, platforms=platforms or DEFAULT_PLATFORMS, model_name=name,
                       dim_names=dim_names(ep, model, args, kwargs, dynamic_shapes), precision=precision,
                       composites=composites, debug_info=debug_info, shard=shard, quantize=quantization)


def export_llm(model: Any, *, max_seq_len: int | None = None, max_batch: int = 1, prefill_chunk: int | None = None,
               dtype: Any = "float32", platforms: Any = None, name: str | None = None, tokenizer: Any = None,
               composites: bool = False, debug_info: bool = False, shard: Any = "auto", quantize: str | None = None,
               group_size: int | None = None, quantize_skip: str | None = None) -> Artifact:
    """A text-generation artifact of a causal language model: ``model`` is a Hugging Face checkpoint folder
    (``save_pretrained``'s: config.json, the weights, tokenizer files; loaded offline) or an in-memory
    ``transformers.PreTrainedModel`` (``tokenizer``: its tokenizer, or a folder holding one).

    The artifact has prefill and decode entry points sharing one weights file and a KV cache of ``max_batch``
    slots by ``max_seq_len`` positions (default: the model's positions, at most 2048) that stays on the device;
    prompts go in chunks of at most ``prefill_chunk`` tokens (default 256). ``dtype="bfloat16"`` stores the weights
    and the cache and computes in bfloat16; ``composites``, ``debug_info``, ``shard`` (partition specs for tensor
    parallelism; ``"auto"`` by default here, None records none) and ``quantize`` (with ``group_size`` and
    ``quantize_skip``) are ``export``'s. Save it with ``Artifact.save``; ``load`` gives a ``GenerationProgram``.
    """
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu_aot.export_llm")
    from torchtpu_aot.frontend.llm import export_llm as export

    return export(model, max_seq_len=max_seq_len, max_batch=max_batch, prefill_chunk=prefill_chunk, dtype=dtype,
                  platforms=platforms, name=name, tokenizer=tokenizer, composites=composites, debug_info=debug_info,
                  shard=shard, quantize=quantize, group_size=group_size, quantize_skip=quantize_skip)


def export_onnx(model: Any, *, constants: dict | None = None, input_shapes: dict | None = None,
                platforms: Any = None, name: str | None = None, shard: Any = None) -> Artifact:
    """Convert an ONNX model (a path to an ``.onnx`` file or an ``onnx.ModelProto``) into an Artifact.

    The artifact has the same format as ``export``'s: initializers become weights, ONNX symbolic dims become
    named dynamic dims, and the graph's input and output names are kept. ``constants`` fixes graph inputs to
    values (needed for inputs that decide shapes, such as a Reshape's target); ``input_shapes`` sets the shape
    of inputs that declare none (ints, or strings for dynamic dims). ``name`` defaults to the graph's name.
    ``shard`` takes ``"REGEX=SPEC"`` rules for tensor parallelism, as for ``export`` (``"auto"`` needs a PyTorch
    graph).
    """
    from pathlib import Path

    from torchtpu_aot.convert import sharding
    from torchtpu_aot.convert.emit import DEFAULT_PLATFORMS
    from torchtpu_aot.convert.onnx_graph import convert_onnx
    from torchtpu_aot.frontend.onnx_model import load_onnx

    sharding.parse_shard(shard)
    proto = load_onnx(model)
    if name is None and isinstance(model, (str, Path)):
        name = Path(model).stem
    artifact = convert_onnx(proto, platforms=platforms or DEFAULT_PLATFORMS, model_name=name, constants=constants,
                            input_shapes=input_shapes)
    artifact.manifest = sharding.apply(artifact.manifest, shard)
    return artifact
