"""``torchtpu bench``: one model measured end to end, side by side with eager torch and torch.compile."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from .formatting import table
from .inputs import join_hosts, parallel_options


def parallel_options_with_devices(fn):
    return parallel_options(fn, devices=True)

_PATH = click.Path(path_type=Path)


@click.command("bench")
@click.argument("target", metavar="MODEL.py|ART.mlir", type=_PATH)
@click.option("-n", "--runs", type=click.IntRange(min=1), default=30, show_default=True,
              help="Timed calls per contender (after the warm-up calls).")
@click.option("--warmup", type=click.IntRange(min=0), default=3, show_default=True, help="Untimed calls first.")
@click.option("--torch-compile/--no-torch-compile", default=True, show_default=True,
              help="Also time the model under torch.compile (compiling takes a while on a CPU).")
@click.option("--starts/--no-starts", default=True, show_default=True,
              help="Measure cold and warm starts (load to first result) in two fresh processes sharing a "
                   "persistent compilation cache.")
@click.option("-o", "--output", type=_PATH, metavar="OUT.mlir",
              help="Keep the exported artifact here.  [default: a temporary folder]")
@click.option("--force", is_flag=True, help="With -o, replace an existing artifact there (default: refuse).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object (a BENCHMARKS row).")
@click.option("--rows", type=click.IntRange(min=1), default=1, show_default=True,
              help="ART.mlir: the batch dim of the random inputs.")
@click.option("--precisions", metavar="LIST",
              help="Instead, export MODEL.py in each of these precisions (float32, bfloat16, int8, int4: e.g. "
                   "float32,bfloat16,int8,int4) and compare them side by side: weight bytes, bytes on the device, "
                   "latency and error against the float32 model.")
@parallel_options_with_devices
def bench_cmd(target: Path, runs: int, warmup: int, torch_compile: bool, starts: bool, output: Path | None,
              force: bool, as_json: bool, rows: int, precisions: str | None, devices: int | None,
              tensor_parallel: int | None, hosts: dict) -> None:
    """Measure one model in one run: torch.export time, conversion time, artifact write time and size, load
    time, compile time cold and warm, and the artifact's steady-state latency (median, p90) and throughput on
    JAX, next to the same model's eager torch and torch.compile latency on the same inputs, with the ratios.

    MODEL.py is exported first (every phase timed); ART.mlir is only loaded and run, on random inputs with
    dynamic dims at their minimum, and has no torch model to compare with.

    \b
    Examples:
      torchtpu bench models/resnet18.py
      torchtpu bench models/mlp.py --json -n 100
      torchtpu bench out/resnet18.mlir --no-starts
      torchtpu bench out/llama.mlir --devices 8 --tensor-parallel 8 --rows 8   # exported with --shard auto
      torchtpu bench models/resnet18.py --precisions float32,bfloat16,int8,int4

    --devices, --tensor-parallel and the options that join several processes apply to ART.mlir; on several
    processes the starts in fresh processes are skipped.
    """
    from torchtpu_aot.artifact import check_overwrite, output_paths
    from torchtpu_aot.benchmark import Settings, bench_artifact, bench_model_file, environment
    from torchtpu_aot.benchmark.report import row_lines

    if precisions is not None:
        return _precisions(target, precisions, as_json, output,
                           lambda names: _model_precisions(target, names, runs, warmup, as_json))

    settings = Settings(runs=runs, warmup=warmup, torch_compile=torch_compile, starts=starts)
    if target.suffix not in (".mlir", ".py"):
        raise click.BadParameter(f"{target} is neither a model file (.py) nor an artifact (.mlir); pass "
                                 "models/NAME.py to export and measure a model, or OUT.mlir to measure an artifact.",
                                 param_hint="'MODEL.py|ART.mlir'")
    if target.suffix == ".py":
        from torchtpu_aot.frontend import require_torch

        require_torch("torchtpu bench MODEL.py")
        if output is not None:
            if output.suffix != ".mlir":
                raise click.BadParameter(f"{output} must end in .mlir.", param_hint="'-o'")
            check_overwrite(output_paths(output), force)  # before the model is built

    load_options = {k: v for k, v in (("devices", devices), ("tensor_parallel", tensor_parallel)) if v is not None}
    if target.suffix == ".py" and (load_options or hosts["coordinator"]):
        raise click.BadParameter("applies to an artifact: export the model with --shard auto, then bench ART.mlir.",
                                 param_hint="'--devices/--tensor-parallel/--coordinator'")
    if join_hosts(hosts) != 0 or hosts["coordinator"]:
        settings = Settings(runs=runs, warmup=warmup, torch_compile=torch_compile, starts=False)

    def progress(line: str) -> None:  # each phase as it finishes; with --json, on stderr beside the JSON
        click.echo(f"  {line}", err=as_json)

    click.echo(f"{target.name}: measuring each phase", err=as_json)
    if target.suffix == ".mlir":
        row = bench_artifact(target, settings, progress=progress, load_options=load_options, rows=rows)
    elif output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        row = bench_model_file(target, output, settings, overwrite=force, progress=progress)
    else:
        with tempfile.TemporaryDirectory(prefix="torchtpu-bench-") as tmp:
            row = bench_model_file(target, Path(tmp) / f"{target.stem}.mlir", settings, progress=progress)
    if as_json:
        click.echo(json.dumps({**row, "environment": environment()},
                              sort_keys=True))
        return
    click.echo(f"{row['model']}: {runs} timed calls after {warmup} warm-up calls")
    for line in table([list(t) for t in row_lines(row)]):
        click.echo(line)


@click.command("bench-generate")
@click.argument("source", metavar="MODEL.py|CHECKPOINT_DIR", type=_PATH)
@click.option("--max-batch", type=click.IntRange(min=1), default=4, show_default=True,
              help="Slots of the artifact; decode is measured at batch 1 and at this batch.")
@click.option("--prompt-len", type=click.IntRange(min=1), default=128, show_default=True,
              help="Prompt tokens (random ids), prefilled in one call.")
@click.option("-n", "--new-tokens", type=click.IntRange(min=2), default=32, show_default=True,
              help="Decode steps timed per measurement.")
@click.option("--max-seq-len", type=click.IntRange(min=2), default=512, show_default=True)
@click.option("--dtype", type=click.Choice(("float32", "bfloat16")), default="float32", show_default=True)
@click.option("--torch-compile/--no-torch-compile", default=True, show_default=True,
              help="Also time transformers' generate under torch.compile (compiling takes minutes on a CPU).")
@click.option("-o", "--output", type=_PATH, metavar="OUT.mlir", help="Keep the exported artifact here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--precisions", metavar="LIST",
              help="Instead, export one-slot artifacts in each of these precisions (float32, bfloat16, int8, int4: "
                   "e.g. float32,bfloat16,int8,int4) and compare them side by side: weight bytes, bytes on the "
                   "device, decode tokens/s at batch 1 and the logits' error against the float32 model (--max-batch, "
                   "--dtype and --torch-compile do not apply).")
def bench_generate_cmd(source: Path, max_batch: int, prompt_len: int, new_tokens: int, max_seq_len: int,
                       dtype: str, torch_compile: bool, output: Path | None, as_json: bool,
                       precisions: str | None) -> None:
    """Measure text generation: the artifact's decode tokens/s at batch 1 and --max-batch, prefill tokens/s and
    time to first token, next to transformers' eager generate with a static cache and torch.compile'd generate on
    the same model and prompts, and to the memory-bandwidth bound (weight bytes read per step / the read bandwidth
    measured here), with the ratios, all from one run.

    \b
    Examples:
      torchtpu bench-generate models/llama.py
      torchtpu bench-generate benchmarks/llama_1b.py --max-batch 4 -n 16 --no-torch-compile
      torchtpu bench-generate models/llama.py --precisions float32,bfloat16,int8,int4 --prompt-len 32
    """
    from torchtpu_aot.benchmark.generation import bench_generation, table_rows
    from torchtpu_aot.frontend import require_torch

    require_torch("torchtpu bench-generate")
    if precisions is not None:
        from torchtpu_aot.benchmark.precisions import bench_generation_precisions

        def run(names):
            return bench_generation_precisions(source, names, prompt_len=prompt_len, new_tokens=new_tokens,
                                               max_seq_len=max_seq_len,
                                               progress=lambda line: click.echo(f"  {line}", err=True))

        return _precisions(source, precisions, as_json, output, run)
    row = bench_generation(source, max_batch=max_batch, prompt_len=prompt_len, new_tokens=new_tokens,
                           max_seq_len=max_seq_len, dtype=dtype, torch_compile=torch_compile, artifact=output)
    if as_json:
        click.echo(json.dumps(row, sort_keys=True))
        return
    click.echo(f"{row['model']}: {row['parameters']:,} parameters, {row['weight_bytes'] / 1e6:.0f} MB of {dtype} "
               f"weights, read bandwidth {row['read_bandwidth_bytes_s'] / 1e9:.1f} GB/s")
    for line in table(table_rows(row)):
        click.echo(line)


def _model_precisions(target: Path, names: list[str], runs: int, warmup: int, as_json: bool) -> dict:
    from torchtpu_aot.benchmark.precisions import bench_model_precisions
    from torchtpu_aot.frontend import require_torch

    if target.suffix != ".py":
        raise click.BadParameter("compares precisions of a model file (MODEL.py), which it exports in each; an "
                                 "artifact has one precision.", param_hint="'--precisions'")
    require_torch("torchtpu bench --precisions")
    return bench_model_precisions(target, names, runs=runs, warmup=warmup,
                                  progress=lambda line: click.echo(f"  {line}", err=as_json))


def _precisions(target: Path, text: str, as_json: bool, output: Path | None, run) -> None:
    """``--precisions``: one row per precision, side by side."""
    from torchtpu_aot.benchmark import environment
    from torchtpu_aot.benchmark.precisions import parse_precisions, table_rows

    if output is not None:
        raise click.BadParameter("does not apply with --precisions (each precision's artifact goes to a temporary "
                                 "folder).", param_hint="'-o'")
    names = parse_precisions(text)
    click.echo(f"{target.name}: {', '.join(names)}, exported and measured one after the other", err=as_json)
    result = run(names)
    if as_json:
        click.echo(json.dumps({**result, "environment": environment()}, sort_keys=True))
        return
    for line in table(table_rows(result)):
        click.echo(line)


COMMANDS = [bench_cmd, bench_generate_cmd]
