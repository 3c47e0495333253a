"""The torchtpu subcommands.

``run`` and ``inspect`` import no torch (serving hosts may not have it); ``export``, ``verify`` and ``ops``
import it inside the command, so ``torchtpu --help`` stays quick too.
"""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import click
import numpy as np

from torchtpu_aot import dtypes, pytree
from torchtpu_aot.artifact import FORMATS, check_overwrite, check_target_version, output_paths, read_artifact
from torchtpu_aot.artifact.manifest import DynamicDim, Manifest, WeightsTable
from torchtpu_aot.errors import InputError, TorchTPUError, WeightsNotFoundError

from .formatting import (
    array_summary,
    entry_text,
    human_bytes,
    partition_rows,
    partition_summary,
    quantization_text,
    seconds,
    shape_text,
    table,
    written_lines,
)
from .generate import TASKS, describe
from .inputs import (
    build_inputs,
    devices_text,
    join_hosts,
    parse_bucket_options,
    parse_dim_options,
    parse_input_options,
    runtime_options,
)
from .progress import export_phases
from .references import onnx_reference, torch_reference

_PATH = click.Path(path_type=Path)
_TOP_OPS = 15
_TOP_QUANTIZED = 8


def _echo(line: str = "") -> None:
    click.echo(line)


# ---------------------------------------------------------------------------------------------------- export


@click.command("export")
@click.argument("model_file", metavar="MODEL.py|MODEL.onnx|CHECKPOINT_DIR", type=_PATH)
@click.option("-o", "--output", type=_PATH, metavar="OUT.mlir",
              help="Where to write the program; the weights go beside it as .safetensors.  [default: out/MODEL.mlir]")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: readable StableHLO; bytecode: portable VHLO bytecode, loadable by newer jaxlibs.")
@click.option("--target-version", metavar="X.Y.Z",
              help="StableHLO version to write, for runtimes older than this jaxlib.  [default: the newest]")
@click.option("--inline-weights", is_flag=True,
              help="Put the weights into the program as constants instead of a .safetensors file.")
@click.option("--platforms", metavar="LIST",
              help="Comma-separated backends to lower for (cpu, cuda, rocm, tpu).  [default: cpu,cuda,tpu]")
@click.option("--dynamic", "dynamic_options", multiple=True, metavar="INPUT:DIM=SPEC",
              help="Make an input dim dynamic: x:0=batch[1,64] (a named dim with its range), ids:1=seq, or a "
                   "dim derived from a named one, e.g. y:1=2*seq. Repeat per dim; the same name means equal "
                   "sizes. Replaces the model file's DYNAMIC_SHAPES.")
@click.option("--force", is_flag=True, help="Replace an existing artifact at the output path (default: refuse).")
@click.option("--constant", "constant_options", multiple=True, metavar="NAME=FILE.npy",
              help="ONNX only: fix graph input NAME to the array in FILE.npy (needed for inputs that decide "
                   "shapes, such as a Reshape's target shape).")
@click.option("--dtype", type=click.Choice(("float32", "bfloat16")), default="float32", show_default=True,
              help="bfloat16: store the weights and run the compute in bfloat16 (TPU's native type); the "
                   "artifact's inputs and outputs keep their types (float32) unless --io-dtype says otherwise. "
                   "float32: the model as it is.")
@click.option("--io-dtype", type=click.Choice(("float32", "bfloat16")),
              help="With --dtype bfloat16: the dtype of the artifact's floating inputs and outputs.  [default: "
                   "the model's floating inputs' dtype, float32 if it has none]")
@click.option("--task", type=click.Choice(TASKS), default="auto", show_default=True,
              help="text-generation: a causal LM with prefill and decode entry points and a KV cache on the "
                   "device (torchtpu generate, serve); auto: that for a checkpoint folder, a plain model otherwise.")
@click.option("--max-seq-len", type=click.IntRange(min=2), metavar="N",
              help="Text generation: positions per sequence (prompt + generated).  [default: the model's, at most "
                   "2048]")
@click.option("--max-batch", type=click.IntRange(min=1), default=1, show_default=True, metavar="B",
              help="Text generation: sequences generated side by side (the KV cache's slots).")
@click.option("--prefill-chunk", type=click.IntRange(min=1), metavar="N",
              help="Text generation: most prompt tokens per prefill call.  [default: 256]")
@click.option("--lowerings", "lowering_files", multiple=True, type=_PATH, metavar="FILE.py",
              help="Import FILE.py before converting: the lowerings it registers with "
                   "@torchtpu_aot.register_lowering(\"mylib::op\") convert your custom ops. Repeatable.")
@click.option("--composites", is_flag=True,
              help="Emit scaled_dot_product_attention, layer_norm, rms_norm, group_norm and gelu as "
                   "stablehlo.composite ops (aten.<op>, with their attributes) that backends may match whole; "
                   "the numbers are the same.")
@click.option("--debug-info", is_flag=True,
              help="Keep an MLIR location on every op: the aten op and your model's file:line (so a profile points "
                   "at the model's line). Off by default: locations name files on this machine.")
@click.option("--shard", "shard_options", multiple=True, metavar="auto|REGEX=SPEC",
              help="Record how the weights split for tensor parallelism (run/serve --tensor-parallel T). auto: "
                   "Megatron-style specs found from the graph (attention and MLP projections column- then "
                   "row-parallel, embeddings and LM head over the vocabulary, the rest whole). REGEX=SPEC (repeat; "
                   "the first rule found in a weight's name wins, over auto): SPEC gives per dim 'model' or None, "
                   "e.g. 'layers\\..*\\.mlp\\.down_proj\\.weight=model,None', or is 'replicated'. [default: auto for a "
                   "text-generation export, no specs otherwise]")
@click.option("--quantize", type=click.Choice(("int8", "int4")),
              help="Store the weights of linear layers, convolutions and embeddings as integers with their scales "
                   "(weight-only, symmetric): int8 with one scale per output channel (0.25x the float32 bytes), "
                   "int4 with one per --group-size weights of an output channel (two to a byte). The program "
                   "dequantizes them next to each op; README \"Quantization\" has the exact scheme.")
@click.option("--group-size", type=click.Choice(("32", "64", "128")),
              help="With --quantize int4: weights per scale along each output channel (a row of another length "
                   "gets one scale).  [default: 32]")
@click.option("--quantize-skip", metavar="REGEX",
              help="With --quantize: keep floating the weights whose names match this regular expression "
                   "(searched in names as `torchtpu inspect` lists them), e.g. 'lm_head|embed'.")
def export_cmd(model_file: Path, output: Path | None, fmt: str, target_version: str | None, inline_weights: bool,
               platforms: str | None, dynamic_options: tuple[str, ...], force: bool,
               constant_options: tuple[str, ...], dtype: str, io_dtype: str | None, task: str,
               max_seq_len: int | None, max_batch: int, prefill_chunk: int | None, lowering_files: tuple[Path, ...],
               composites: bool, debug_info: bool, shard_options: tuple[str, ...], quantize: str | None,
               group_size: str | None, quantize_skip: str | None) -> None:
    """Export a model file, an ONNX model or a Hugging Face checkpoint folder to a StableHLO artifact.

    MODEL.py defines build() returning (model, args) or (model, args, kwargs): an nn.Module and the example
    inputs to trace it with; it may also define DYNAMIC_SHAPES (torch.export's dynamic_shapes).

    MODEL.onnx is converted from ONNX (opset 13 or later; older opsets are upgraded): initializers become the
    weights, symbolic dims become dynamic dims, and input/output names are kept. --dynamic does not apply.

    CHECKPOINT_DIR (a save_pretrained folder of a causal LM, loaded offline) gives a text-generation artifact
    (--task text-generation, the default for a folder): prefill and decode entry points sharing one weights file,
    a KV cache of --max-batch slots by --max-seq-len positions, and the tokenizer beside it. A model file exports
    for text generation with --task text-generation when its build_causal_lm() (or build()) returns a
    transformers causal LM, or (model, tokenizer).

    \b
    Examples:
      torchtpu export models/mlp.py -o out/mlp.mlir
      torchtpu export models/mlp.py --format bytecode --target-version 1.0.0 --platforms cpu,tpu
      torchtpu export models/gpt_decoder.py --dynamic ids:0=batch[1,32] --dynamic ids:1=seq[1,64]
      torchtpu export models/resnet18.py --dtype bfloat16 -o out/resnet18_bf16.mlir
      torchtpu export models/gpt_decoder.py --composites --debug-info -o out/gpt.mlir
      torchtpu export my_model.py --lowerings my_lowerings.py
      torchtpu export models/resnet18.py --quantize int8 -o out/resnet18_int8.mlir
      torchtpu export model.onnx -o out/model.mlir
      torchtpu export my-llama/ -o out/llm.mlir --max-seq-len 512 --max-batch 8
      torchtpu export my-llama/ -o out/llm_int4.mlir --quantize int4 --group-size 64 --quantize-skip lm_head
      torchtpu export models/llama.py --shard auto -o out/llama.mlir    # then: run --tensor-parallel 8
    """
    shard = list(shard_options) or None
    from torchtpu_aot.errors import OptionError

    try:
        from torchtpu_aot.convert.sharding import parse_shard

        parse_shard(shard)  # malformed rules fail before any work
    except OptionError as e:
        raise click.BadParameter(str(e).removeprefix("--shard "), param_hint="'--shard'") from None
    if output is not None and output.suffix != ".mlir":
        raise click.BadParameter(f"{output} must end in .mlir (the weights go beside it).", param_hint="'-o'")
    quantization = _quantize_options(quantize, group_size, quantize_skip)
    if task == "text-generation" or (task == "auto" and model_file.is_dir()):
        unused = [flag for flag, value in (("--dynamic", dynamic_options), ("--constant", constant_options),
                                           ("--io-dtype", io_dtype), ("--inline-weights", inline_weights)) if value]
        if unused:
            raise click.BadParameter("does not apply to a text-generation export.", param_hint=f"'{unused[0]}'")
        from torchtpu_aot.frontend import require_torch

        from .generate import export_llm_cmd

        require_torch("torchtpu export --task text-generation")
        wanted = None
        if platforms is not None:
            from torchtpu_aot.convert.emit import check_platforms

            wanted = check_platforms(p.strip() for p in platforms.split(",") if p.strip())
        check_target_version(target_version)
        from torchtpu_aot.frontend.model_file import load_lowerings_file

        for lowerings in lowering_files:
            load_lowerings_file(lowerings)
        return export_llm_cmd(model_file, output, dict(force=force, fmt=fmt, target_version=target_version,
                                                       max_seq_len=max_seq_len, max_batch=max_batch,
                                                       prefill_chunk=prefill_chunk, dtype=dtype, platforms=wanted,
                                                       composites=composites, debug_info=debug_info,
                                                       shard=shard or "auto", **quantization), _echo)
    if model_file.is_dir():
        raise click.BadParameter(f"{model_file} is a folder: pass a model file (.py), an ONNX model, or a Hugging "
                                 "Face checkpoint folder with --task text-generation.", param_hint="'MODEL'")
    llm_options = [flag for flag, value in (("--max-seq-len", max_seq_len), ("--prefill-chunk", prefill_chunk),
                                            ("--max-batch", max_batch != 1)) if value]
    if llm_options:
        raise click.BadParameter("applies to text-generation exports (--task text-generation) only.",
                                 param_hint=f"'{llm_options[0]}'")
    if io_dtype is not None and dtype != "bfloat16":
        raise click.BadParameter("applies only with --dtype bfloat16.", param_hint="'--io-dtype'")
    if model_file.suffix == ".onnx":
        if dtype != "float32" or io_dtype is not None:
            raise click.BadParameter("does not apply to ONNX models: they are converted with the dtypes the ONNX "
                                     "graph declares (convert the model to bfloat16 in ONNX first).",
                                     param_hint="'--dtype'" if dtype != "float32" else "'--io-dtype'")
        if dynamic_options:
            raise click.BadParameter("does not apply to ONNX models: their symbolic dims are already dynamic.",
                                     param_hint="'--dynamic'")
        for flag, given in (("--lowerings", lowering_files), ("--composites", composites),
                            ("--debug-info", debug_info)):
            if given:
                raise click.BadParameter("applies to PyTorch models (MODEL.py) only.", param_hint=f"'{flag}'")
        if quantize is not None:
            raise click.BadParameter("does not apply to ONNX models: they are converted with the weights the ONNX "
                                     "graph holds (quantize the model file, or the model in ONNX).",
                                     param_hint="'--quantize'")
        from .onnx_export import export_onnx_file

        return export_onnx_file(model_file, output, fmt, target_version, inline_weights, platforms, force,
                                constant_options, _echo, shard)
    if constant_options:
        raise click.BadParameter("applies to ONNX models only.", param_hint="'--constant'")
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu export")
    version = check_target_version(target_version)  # a bad version fails now, not after a long export
    path = output if output is not None else Path("out") / f"{model_file.stem}.mlir"
    check_overwrite(output_paths(path, inline_weights), force)  # so does an output path that cannot be written
    wanted = None
    if platforms is not None:
        from torchtpu_aot.convert.emit import check_platforms

        wanted = check_platforms(p.strip() for p in platforms.split(",") if p.strip())
    import torchtpu_aot
    from torchtpu_aot.frontend.dynamic_options import dynamic_shapes_from_options, parse_dynamic_option
    from torchtpu_aot.frontend.model_file import load_lowerings_file, load_model_file

    start = time.perf_counter()
    for option in dynamic_options:  # malformed options fail before the model is built
        parse_dynamic_option(option)
    for lowerings in lowering_files:
        load_lowerings_file(lowerings)
    with export_phases() as (phase, shown):  # each phase as it ends; a bar on a terminal
        with phase("build"):
            spec = load_model_file(model_file)
        dynamic_shapes = spec.dynamic_shapes
        if dynamic_options:
            dynamic_shapes = dynamic_shapes_from_options(dynamic_options, spec.model, spec.args, spec.kwargs)
        artifact = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=dynamic_shapes,
                                       platforms=wanted, name=spec.name, dtype=dtype, io_dtype=io_dtype,
                                       composites=composites, debug_info=debug_info, shard=shard, **quantization)
        path.parent.mkdir(parents=True, exist_ok=True)
        with phase("save"):
            artifact.save(path, format=fmt, target_version=target_version, inline_weights=inline_weights,
                          overwrite=force, progress=shown.transfer)
    saved = time.perf_counter()

    for line in written_lines(path, artifact.manifest, fmt, version, inline_weights):
        _echo(line)
    if artifact.manifest.precision is not None:
        _echo(f"precision: {artifact.manifest.precision.text}")
    quantized = quantization_text(artifact.manifest.weights)
    if quantized:
        _echo(f"quantized: {quantized}")
    _echo(f"exported {spec.name} in {seconds(saved - start)}")


def _quantize_options(quantize: str | None, group_size: str | None, skip: str | None) -> dict[str, Any]:
    """export's quantize keywords from the CLI options; a usage error (exit 2) for ones that do not fit."""
    if quantize is None:
        given = "'--group-size'" if group_size is not None else "'--quantize-skip'" if skip is not None else None
        if given:
            raise click.BadParameter("applies only with --quantize int8 or int4.", param_hint=given)
        return {}
    if group_size is not None and quantize != "int4":
        raise click.BadParameter("applies only to --quantize int4 (int8 has one scale per output channel).",
                                 param_hint="'--group-size'")
    from torchtpu_aot.frontend.quantize import quantize_options

    quantize_options(quantize, int(group_size) if group_size else None, skip)  # a bad REGEX fails now
    return {"quantize": quantize, "group_size": int(group_size) if group_size else None, "quantize_skip": skip}



# ---------------------------------------------------------------------------------------------------- run


@click.command("run")
@click.argument("artifact", metavar="ART.mlir", type=_PATH)
@click.option("-i", "--input", "input_options", multiple=True, metavar="NAME=FILE.npy",
              help="Feed input NAME from a .npy file (repeat for each input; no pickled arrays).")
@click.option("--random-inputs", is_flag=True,
              help="Make up the inputs not given with --input: floats standard normal, ints in [0, 10), "
                   "random bools; dynamic dims at their minimum size.")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed for --random-inputs.")
@click.option("--dim", "dim_options", multiple=True, metavar="NAME=SIZE",
              help="Size of a dynamic dim for the inputs --random-inputs makes up (repeat for each dim).")
@click.option("--buckets", "bucket_options", multiple=True, metavar="[NAME=]SIZES",
              help="Pad a dynamic dim up to the next of these sizes, e.g. 1,2,4,8 (the batch dim) or "
                   "seq=128,512 (repeat per dim); outputs are cut back to the size given.")
@click.option("-o", "--output", type=_PATH, metavar="OUT.npz",
              help="Save every output to an .npz file, keyed by output name.")
@click.option("--force", is_flag=True, help="Replace an existing file at the -o path (default: refuse).")
@runtime_options
def run_cmd(artifact: Path, input_options: tuple[str, ...], random_inputs: bool, seed: int,
            dim_options: tuple[str, ...], bucket_options: tuple[str, ...], output: Path | None, force: bool,
            cache_dir: Path | None, devices: int | None, fold_weights: bool | None, tensor_parallel: int | None,
            hosts: dict) -> None:
    """Run an artifact and summarize its outputs.

    Inputs come from .npy files (--input) or are made up (--random-inputs). Input names, dtypes and shapes
    are the artifact's (see `torchtpu inspect`). A .npy file cannot hold bfloat16, so float arrays are
    accepted (and rounded) for bfloat16 inputs, and bfloat16 outputs are saved as float32.

    With --coordinator, run the same command in every process (each with its own --process-id): they compute
    the same outputs, and process 0 writes -o.

    \b
    Examples:
      torchtpu run out/mlp.mlir --random-inputs --seed 1
      torchtpu run out/mlp.mlir --input x=x.npy -o out.npz
      torchtpu run out/resnet18.mlir --random-inputs --dim batch=3 --buckets 1,2,4,8
      torchtpu run out/resnet18.mlir --random-inputs --cache-dir ~/.cache/torchtpu
      torchtpu run out/mlp.mlir --random-inputs --dim batch=16 --devices 8
      torchtpu run out/llama.mlir --random-inputs --tensor-parallel 8     # exported with --shard auto
      torchtpu run out/llama.mlir --random-inputs --devices 8 --tensor-parallel 8 \\
          --coordinator 10.0.0.1:8476 --num-processes 2 --process-id 0    # and --process-id 1 on the other host
    """
    from torchtpu_aot.runtime import Program

    files = parse_input_options(input_options)
    if output is not None and output.suffix != ".npz":
        raise click.BadParameter(f"{output} must end in .npz.", param_hint="'-o'")
    process = join_hosts(hosts)
    if process != 0:
        output = None  # process 0 writes the outputs every process computed
    if output is not None:
        check_overwrite([output], force)  # before the model runs
    start = time.perf_counter()
    loaded = read_artifact(artifact)
    manifest = loaded.manifest
    if manifest.is_generation:
        raise InputError(f"{artifact} is a text-generation artifact: generate with it (`torchtpu generate "
                         f"{artifact} --prompt TEXT`), or serve it (`torchtpu serve {artifact}`).")
    args, kwargs, arrays = build_inputs(manifest, files, random_inputs, seed, parse_dim_options(dim_options, manifest))
    program = Program(loaded, buckets=parse_bucket_options(bucket_options), cache_dir=cache_dir, devices=devices,
                      fold_weights=fold_weights, tensor_parallel=tensor_parallel, progress=True)
    ready = time.perf_counter()
    result = program(*args, **kwargs)
    done = time.perf_counter()

    rows = []
    for entry in manifest.inputs:
        name = entry.name
        if entry.is_constant:
            rows.append([name, entry_text(entry)])
            continue
        source = str(files[name]) if name in files else f"random (seed {seed})"
        rows.append([name, f"{dtypes.name_of(arrays[name].dtype)}{shape_text(arrays[name].shape)}", source])
    if rows:
        _echo("inputs")
        for line in table(rows):
            _echo(line)
    leaves = pytree.flatten(manifest.output_spec, result, "outputs")
    outputs = {e.name: value for e, value in zip(manifest.outputs, leaves)}
    _echo("outputs")
    rows = []
    for name, value in outputs.items():
        if isinstance(value, np.ndarray):
            rows.append([name, f"{dtypes.name_of(value.dtype)}{shape_text(value.shape)}", array_summary(value)])
        else:
            rows.append([name, "constant", repr(value)])
    for line in table(rows):
        _echo(line)
    if output is not None:
        notes = _save_npz(output, outputs)
        count = f"{len(outputs)} output{'s' if len(outputs) != 1 else ''}"
        _echo(f"wrote {output}  ({human_bytes(output.stat().st_size)}, {count}{notes})")
    _echo(f"loaded {artifact} in {seconds(ready - start)}, ran{devices_text(program)} in {seconds(done - ready)} "
          f"(includes compilation{', or loading it from the compilation cache' if program.cache_dir else ''})")


def _save_npz(path: Path, outputs: dict[str, Any]) -> str:
    """The layout np.savez writes, without pickling, and without np.savez's reserved keyword names."""
    path.parent.mkdir(parents=True, exist_ok=True)
    notes = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        for name, value in outputs.items():
            if value is None:
                notes.append(f"{name} is None, not saved")
                continue
            array = np.asarray(value)
            if array.dtype.kind == "V" or str(array.dtype) == "bfloat16":
                notes.append(f"{name} saved as float32")
                array = array.astype(np.float32)
            with zf.open(f"{name}.npy", "w", force_zip64=True) as f:
                np.lib.format.write_array(f, array, allow_pickle=False)
    return "".join(f"; {n}" for n in notes)


# ---------------------------------------------------------------------------------------------------- inspect


@click.command("inspect")
@click.argument("artifact", metavar="ART.mlir", type=_PATH)
@click.option("--json", "as_json", is_flag=True, help="Print the manifest and the op histogram as JSON.")
def inspect_cmd(artifact: Path, as_json: bool) -> None:
    """Describe an artifact without running it.

    Prints versions, platforms, the entry signature, the weights (and how they split for tensor parallelism, if
    the artifact was exported with --shard), the ops in the program and its stablehlo.composite ops by name. Reads
    only the program file (not the weights), so it is quick even for large models.

    \b
    Examples:
      torchtpu inspect out/mlp.mlir
      torchtpu inspect out/mlp.mlir --json | jq .manifest.inputs
    """
    from torchtpu_aot import mlir_module

    loaded = read_artifact(artifact)
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(loaded.program_text, ctx)
        histogram = mlir_module.op_histogram(module)
        composites = mlir_module.composite_histogram(module)
    m = loaded.manifest
    weights = None if m.weights.inline else artifact.parent / m.weights.file
    if as_json:
        _echo(json.dumps({"path": str(artifact), "manifest": m.to_json(), "op_histogram": histogram,
                          "composites": composites}, indent=2))
        return _check_weights_beside(artifact, weights)

    rows = [
        ["format", f"torchtpu_aot v{m.format_version}"],
        ["program", _program_text(m)],
        ["runtime", _compatibility_text(m)],
        ["producer", ", ".join(f"{k} {v}" for k, v in m.producer.items()) or "unknown"],
        ["model", m.model or "unnamed"],
        ["platforms", ", ".join(m.platforms)],
    ]
    if m.precision is not None:
        rows.append(["precision", m.precision.text])
    if m.weights.quantized:
        rows.append(["quantized", quantization_text(m.weights)])
    _echo(f"{artifact}  ({human_bytes(artifact.stat().st_size)})")
    for line in table(rows):
        _echo(line)
    if m.is_generation:
        for line in describe(m):
            _echo(line)
    else:
        _section("inputs", [[e.name, entry_text(e)] for e in m.inputs])
        _section("outputs", [[e.name, entry_text(e)] for e in m.outputs])
    if m.symbols:
        _section("dynamic dims", [[name, _range_text(d), ", ".join(d.dims)] for name, d in sorted(m.symbols.items())])
    if m.data_dependent_dims:
        _section("sizes from the data", [[name, f"at most {d.max}"]
                                         for name, d in sorted(m.data_dependent_dims.items())])
    _echo("weights")
    for line in table([[_weights_text(m.weights) + (" MISSING" if weights and not weights.is_file() else "")]]):
        _echo(line)
    split = partition_summary(m)
    if split:
        _echo(f"{split}:")
        for line in table(partition_rows(m)):
            _echo(line)
    quantized = m.weights.quantized
    if quantized:
        shown = quantized[:_TOP_QUANTIZED]
        more = f", first {len(shown)}; --json lists all" if len(quantized) > len(shown) else ""
        _section(f"quantized weights  ({len(quantized)}{more})",
                 [[e.name, f"{e.dtype}{shape_text(e.shape)}", e.quantization.text] for e in shown])
    mutated = [[b.target, "buffer"] for b in m.mutated_buffers]
    mutated += [[i.target, "input"] for i in m.mutated_inputs]
    _section("mutated in place", mutated)
    total = sum(histogram.values())
    top = sorted(histogram.items(), key=lambda kv: (-kv[1], kv[0]))
    more = f", top {_TOP_OPS}" if len(top) > _TOP_OPS else ""
    _echo(f"ops  ({total} in {len(top)} kinds{more})")
    for line in table([[name, str(count)] for name, count in top[:_TOP_OPS]]):
        _echo(line)
    _section(f"composites  ({sum(composites.values())})" if composites else "composites",
             [[name, str(count)] for name, count in composites.items()])
    _check_weights_beside(artifact, weights)


def _check_weights_beside(artifact: Path, weights: Path | None) -> None:
    """inspect reads only the program; it still says when the weights file it names is not there."""
    if weights is not None and not weights.is_file():
        raise WeightsNotFoundError(
            f"{artifact} names the weights file {weights}, which is missing: run and serve need it beside the .mlir. "
            "Copy both files together, or re-export with --inline-weights for a single file."
        )


def _section(title: str, rows: list[list[str]]) -> None:
    _echo(title if rows else f"{title}: none")
    for line in table(rows):
        _echo(line)


def _range_text(dim: DynamicDim) -> str:
    return f"{dim.min} to {dim.max if dim.max is not None else 'unbounded'}"


def _program_text(m: Manifest) -> str:
    if m.program is None:
        return "StableHLO (format not recorded)"
    return f"StableHLO {m.program.format}, version {m.program.stablehlo_version}"


def _compatibility_text(m: Manifest) -> str:
    """Which StableHLO this jax reads, and what that means for this artifact (it was read, so it loads here)."""
    import jax

    from torchtpu_aot import mlir_module

    window = (f"jax {jax.__version__} reads StableHLO bytecode {mlir_module.minimum_version()} to "
              f"{mlir_module.current_version()}")
    if m.program is not None and m.program.format == "bytecode":
        return f"{window}: this artifact's {m.program.stablehlo_version} loads here"
    return (f"{window}; this text artifact loads here (text has no cross-version promise: export --format "
            "bytecode for serving hosts on other jax releases)")


def _weights_text(info: WeightsTable) -> str:
    tensors = info.tensors
    total = info.nbytes
    roles: dict[str, int] = {}
    for e in tensors:
        roles[e.role or "tensor"] = roles.get(e.role or "tensor", 0) + 1
    kinds = ", ".join(f"{n} {role}{'s' if n > 1 else ''}" for role, n in sorted(roles.items()))
    text = f"{len(tensors)} tensors ({kinds or 'none'}), {human_bytes(total)} ({total:,} bytes)"
    if info.inline:
        return f"{text}, inlined as constants in the program"
    return f"{text}, in {info.file} (sha256 {info.sha256})"


# ---------------------------------------------------------------------------------------------------- verify


@click.command("verify")
@click.argument("model_file", metavar="MODEL.py|MODEL.onnx", type=_PATH)
@click.argument("artifact", metavar="ART.mlir", type=_PATH)
@click.option("--tol", type=click.FloatRange(min=0),
              help="Largest accepted error, relative to each output's scale (its max |value| in the reference).  "
                   "[default: 1e-4; 0.03125 (4 x bfloat16's epsilon 2^-7) for a --dtype bfloat16 artifact]")
@click.option("-i", "--input", "input_options", multiple=True, metavar="NAME=FILE.npy",
              help="Compare on this input from a .npy file (repeat per input); inputs not given are made up as "
                   "`run --random-inputs` does.")
@click.option("--dim", "dim_options", multiple=True, metavar="NAME=SIZE",
              help="Compare on made-up inputs with this size for a dynamic dim (repeat per dim).")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed for made-up inputs.")
@click.option("--constant", "constant_options", multiple=True, metavar="NAME=FILE.npy",
              help="ONNX only: the value a graph input was fixed to at export (export --constant).")
def verify_cmd(model_file: Path, artifact: Path, tol: float | None, input_options: tuple[str, ...],
               dim_options: tuple[str, ...], seed: int, constant_options: tuple[str, ...]) -> None:
    """Compare an artifact's outputs with eager torch (MODEL.py) or ONNX's reference runtime (MODEL.onnx).

    MODEL.py: builds the model, runs it (under torch.no_grad) and the artifact on the model file's example
    inputs, or on the inputs given with --input and --dim. MODEL.onnx: runs onnx.reference and the artifact on
    the inputs given, made up where not given. Prints each output's max abs error, its scale and their ratio;
    exits 1 if any ratio exceeds --tol.

    A bfloat16 artifact (export --dtype bfloat16) is compared with the model as the file builds it, in
    float32: the figures are the error bfloat16 costs. An artifact with int8 or int4 weights (export --quantize) is
    compared with the model whose quantized weights are replaced by their dequantized values (q * s), which it
    must equal; `torchtpu bench --precisions` reports the error quantization itself costs.

    \b
    Examples:
      torchtpu verify models/mlp.py out/mlp.mlir --tol 1e-5
      torchtpu verify models/gpt_decoder.py out/gpt_decoder.mlir --dim batch=3 --dim seq=7
      torchtpu verify models/resnet18.py out/resnet18_bf16.mlir
      torchtpu verify model.onnx out/model.mlir --input x=x.npy
    """
    from torchtpu_aot.compare import compare, default_tolerance
    from torchtpu_aot.runtime import Program

    files = parse_input_options(input_options)
    if constant_options and model_file.suffix != ".onnx":
        raise click.BadParameter("applies to ONNX models only.", param_hint="'--constant'")
    loaded = read_artifact(artifact)
    sizes = parse_dim_options(dim_options, loaded.manifest)
    given = (files, seed, sizes) if files or sizes or model_file.suffix == ".onnx" else None
    if model_file.suffix == ".onnx":
        check = onnx_reference(model_file, loaded.manifest, given, constant_options)
    else:
        check = torch_reference(model_file, loaded.manifest, given)
    program = Program(loaded, progress=True)
    precision = loaded.manifest.precision
    tol = default_tolerance(loaded.manifest) if tol is None else tol
    try:
        got = program(*check.args, **check.kwargs)
    except InputError as e:
        raise InputError(f"The inputs ({check.inputs}) do not fit {artifact}: {e} Was the artifact exported from "
                         f"{model_file}?") from e
    try:
        errors = compare(check.reference, check.named(got))
    except ValueError as e:
        raise TorchTPUError(f"The outputs of {artifact} do not match those of {model_file} in structure ({e}); "
                            "was the artifact exported from this model file?") from None
    _echo(f"{artifact} vs {check.against} on {check.inputs}")
    if precision is not None:
        _echo(f"the artifact holds {precision.text}; torch runs the model as built, in its own dtypes")
    rows = [["output", "shape", "max abs err", "scale", "err/scale", ""]]
    for e in errors:
        rows.append([e.name, shape_text(e.shape), f"{e.max_abs:.3g}", f"{e.scale:.3g}", f"{e.rel_to_scale:.3g}",
                     "ok" if e.within(tol) else "FAIL"])
    for line in table(rows):
        _echo(line)
    bad = [e for e in errors if not e.within(tol)]
    if bad:
        worst = ", ".join(f"{e.name} (err/scale {e.rel_to_scale:.3g})" for e in bad)
        counted = f"{len(bad)} of {len(errors)} output{'s' if len(errors) > 1 else ''}"
        raise TorchTPUError(
            f"{artifact} does not match {check.against} on {model_file}: {counted} "
            f"exceed{'s' if len(bad) == 1 else ''} --tol {tol:g} (error relative to scale): {worst}. Re-export the "
            "artifact if it is stale; if the model is numerically sensitive, a larger --tol may be right."
        )
    worst = max((e.rel_to_scale for e in errors), default=0.0)
    _echo(f"ok: {len(errors)} output{'s' if len(errors) != 1 else ''} within {tol:g} of {check.against} "
          f"(largest err/scale {worst:.3g})")


# ---------------------------------------------------------------------------------------------------- ops


_STATUSES = ("lowered", "decomposed", "missing")


@click.command("ops")
@click.option("--core", "core_only", is_flag=True, help="Only the core ATen opset (ops tagged torch.Tag.core).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(_STATUSES),
              help="Only ops with this status (repeatable).")
def ops_cmd(core_only: bool, statuses: tuple[str, ...]) -> None:
    """List every ATen operator overload with its status, and a summary.

    \b
    lowered     torchtpu_aot has a lowering of its own
    decomposed  no lowering, but torch decomposes it into other ops before conversion, so models using it export
    missing     neither: a model using it fails to convert

    \b
    Examples:
      torchtpu ops --core
      torchtpu ops --status missing
      torchtpu ops | grep conv
    """
    from torchtpu_aot.lowering import registered_ops

    lowered = set(registered_ops())
    try:
        import torch  # noqa: F401
    except ImportError:
        _echo("torch is not installed: only the lowered ops are listed.")
        for name in sorted(lowered):
            _echo(f"{name}  lowered")
        return
    rows = _aten_op_statuses(lowered)
    shown = [r for r in rows if (r[2] or not core_only) and (not statuses or r[1] in statuses)]
    width = max((len(r[0]) for r in shown), default=0)
    for name, status, core in shown:
        _echo(f"{name:<{width}}  {status:<10}{'  core' if core else ''}".rstrip())
    others = sorted(op for op in lowered if not op.startswith("aten."))
    if not core_only and (not statuses or "lowered" in statuses):
        for name in others:
            _echo(f"{name:<{width}}  lowered")
    _echo(_ops_summary(rows))


def _aten_op_statuses(lowered: set[str]) -> list[tuple[str, str, bool]]:
    """(name, status, is core) for every ATen overload registered in this torch, sorted by name."""
    import torch

    table = {str(op) for op in torch.export.default_decompositions()}
    rows = []
    packets = sorted({n.split("::", 1)[1].split(".", 1)[0] for n in torch._C._dispatch_get_all_op_names()
                      if n.startswith("aten::")})
    for packet_name in packets:
        packet = getattr(torch.ops.aten, packet_name, None)
        if packet is None:
            continue
        for overload in packet.overloads():
            op = getattr(packet, overload)
            key = str(op)
            try:
                implicit = torch._C._dispatch_has_kernel_for_dispatch_key(op.name(), "CompositeImplicitAutograd")
            except RuntimeError:
                continue  # a TorchScript builtin (e.g. aten::__and__.bool), not a dispatcher op
            if key in lowered:
                status = "lowered"
            elif key in table or implicit:
                status = "decomposed"
            else:
                status = "missing"
            rows.append((key, status, torch.Tag.core in op.tags))
    return sorted(rows)


def _ops_summary(rows: list[tuple[str, str, bool]]) -> str:
    def counts(selected):
        return {s: sum(1 for r in selected if r[1] == s) for s in _STATUSES}

    every, core = counts(rows), counts([r for r in rows if r[2]])
    n_core = sum(core.values())
    return (f"ATen ops: {every['lowered']} lowered, {every['decomposed']} decomposed, {every['missing']} missing "
            f"of {len(rows)}; core ATen ops: {core['lowered']} of {n_core} lowered, {core['decomposed']} "
            f"decomposed, {core['missing']} missing")


COMMANDS = (export_cmd, run_cmd, inspect_cmd, verify_cmd, ops_cmd)
