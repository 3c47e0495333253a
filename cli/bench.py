"""``torchtpu bench``: one model measured end to end, side by side with eager torch and torch.compile."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from .formatting import table

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
def bench_cmd(target: Path, runs: int, warmup: int, torch_compile: bool, starts: bool, output: Path | None,
              force: bool, as_json: bool) -> None:
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
    """
    from torchtpu_aot.artifact import check_overwrite, output_paths
    from torchtpu_aot.benchmark import Settings, bench_artifact, bench_model_file, environment
    from torchtpu_aot.benchmark.report import row_lines

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

    def progress(line: str) -> None:  # each phase as it finishes; with --json, on stderr beside the JSON
        click.echo(f"  {line}", err=as_json)

    click.echo(f"{target.name}: measuring each phase", err=as_json)
    if target.suffix == ".mlir":
        row = bench_artifact(target, settings, progress=progress)
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


COMMANDS = [bench_cmd]
