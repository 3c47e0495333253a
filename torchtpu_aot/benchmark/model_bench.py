"""One model, measured end to end in one run: export phases, the artifact's load, compile and latency on JAX,
and the same model under eager torch and torch.compile on the same inputs, with the ratios between them.

Everything is measured in this process except the cold and warm starts, which need fresh processes sharing a
JAX persistent-compilation-cache directory (``first_result``).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jax
import numpy as np

from torchtpu_aot import __version__, pytree
from torchtpu_aot.artifact import output_paths
from torchtpu_aot.benchmark.report import ms, sec
from torchtpu_aot.benchmark.timing import Latency, measure, timed
from torchtpu_aot.compare import compare
from torchtpu_aot.dtypes import to_array
from torchtpu_aot.runtime import load

Progress = Callable[[str], None]  # told of each phase as it finishes, in one line


@dataclass(frozen=True)
class Settings:
    runs: int = 30
    warmup: int = 3
    torch_compile: bool = True
    starts: bool = True  # cold and warm starts in fresh processes


def environment() -> dict[str, Any]:
    """The machine and versions a row was measured on (torch's only where torch is installed)."""
    try:
        import torch
    except ImportError:
        torch = None
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} logical CPUs, {platform.system()}",
        "python": platform.python_version(),
        "torchtpu_aot": __version__,
        "torch": torch.__version__.split("+")[0] if torch else None,
        "jax": jax.__version__,
        "jax_backend": jax.default_backend(),
        "torch_threads": torch.get_num_threads() if torch else None,
        "xla_flags": os.environ.get("XLA_FLAGS", ""),
    }


def bench_model_file(path: str | Path, target: str | Path, settings: Settings = Settings(), *,
                     overwrite: bool = False, progress: Progress | None = None) -> dict[str, Any]:
    """Export ``path`` (a model file) to ``target`` (an .mlir path; an existing artifact there is replaced only
    with ``overwrite``) and measure every phase; one row of figures. ``progress`` is told of each phase as it
    finishes, in one line."""
    import torch

    from torchtpu_aot.convert import convert
    from torchtpu_aot.frontend.model_file import load_model_file
    from torchtpu_aot.frontend.torch_export import dim_names, export_program

    say = progress or _quiet
    spec, build_s = timed(lambda: load_model_file(path))
    say(f"build: {sec(build_s)}")
    ep, export_s = timed(lambda: export_program(spec.model, spec.args, spec.kwargs, spec.dynamic_shapes))
    say(f"torch.export: {sec(export_s)}")
    names = dim_names(ep, spec.model, spec.args, spec.kwargs, spec.dynamic_shapes)
    artifact, convert_s = timed(lambda: convert(ep, model_name=spec.name, dim_names=names))
    say(f"conversion: {sec(convert_s)}")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    target = Path(target)
    _, write_s = timed(lambda: artifact.save(target, overwrite=overwrite))
    say(f"artifact write: {sec(write_s)}")
    weight_bytes = sum(a.nbytes for a in artifact.weights.values())
    row: dict[str, Any] = {
        "model": spec.name,
        "params": sum(p.numel() for p in spec.model.parameters()),
        "build_s": build_s,
        "torch_export_s": export_s,
        "conversion_s": convert_s,
        "conversion_ratio": convert_s / export_s,
        "write_s": write_s,
        "weight_bytes": weight_bytes,
        "program_bytes": target.stat().st_size,
        "artifact_bytes": _artifact_bytes(target),
        "export_peak_rss_bytes": peak_rss,
        "stablehlo_ops": _op_count(artifact.program),
    }
    with torch.no_grad():
        reference = spec.model(*spec.args, **spec.kwargs)
        program, load_s = timed(lambda: load(target))
        leaves = pytree.flatten(program.manifest.input_spec, (spec.args, spec.kwargs), "inputs")
        arrays = [to_array(v) if isinstance(v, torch.Tensor) else v for v in leaves]
        args, kwargs = pytree.unflatten(program.manifest.input_spec, arrays)
        got, first_call_s = timed(lambda: program(*args, **kwargs))
        say(f"load: {sec(load_s)}, first call (compile + run): {sec(first_call_s)}")
        row.update(load_s=load_s, first_call_s=first_call_s,
                   max_rel_error=max((e.rel_to_scale for e in compare(reference, got)), default=0.0))
        _latencies(row, "artifact", measure(lambda: program(*args, **kwargs), runs=settings.runs,
                                            warmup=settings.warmup), say, "artifact latency (JAX)")
        if program.folded:  # the same artifact with its weights as arguments: what folding gains
            unfolded = load(target, fold_weights=False)
            _latencies(row, "artifact_unfolded", measure(lambda: unfolded(*args, **kwargs), runs=settings.runs,
                                                         warmup=settings.warmup),
                       say, "artifact latency, weights as arguments")
            del unfolded
        _latencies(row, "eager", measure(lambda: spec.model(*spec.args, **spec.kwargs), runs=settings.runs,
                                         warmup=settings.warmup), say, "eager torch latency")
        if settings.torch_compile:
            _torch_compile(row, spec, settings, say)
    row["batch"] = _batch(arrays)
    row["throughput_per_s"] = row["batch"] / row["artifact_median_s"]
    row["latency_ratio_eager"] = row["artifact_median_s"] / row["eager_median_s"]
    if "artifact_unfolded_median_s" in row:
        row["latency_ratio_eager_unfolded"] = row["artifact_unfolded_median_s"] / row["eager_median_s"]
    if row.get("torch_compile_median_s"):
        row["latency_ratio_torch_compile"] = row["artifact_median_s"] / row["torch_compile_median_s"]
    if settings.starts:
        row.update(starts(target, program.manifest, dict(zip(program.input_names, _tensors(program, arrays)))))
        _say_starts(row, say)
    return row


def bench_artifact(path: str | Path, settings: Settings = Settings(), *, progress: Progress | None = None,
                   load_options: dict[str, Any] | None = None, rows: int = 1) -> dict[str, Any]:
    """Load, compile and latency of an artifact alone, on random inputs at the dynamic dims' minimum sizes, the
    batch dim at ``rows`` (there is no torch model to compare with). ``progress`` is told of each phase as it
    finishes. ``load_options`` go to ``load`` (``devices``, ``tensor_parallel``, ...): the row then also has the
    device count and the weight bytes the fullest device holds."""
    from torchtpu_aot.serve.bench import make_inputs

    say = progress or _quiet
    load_options = dict(load_options or {})
    program, load_s = timed(lambda: load(path, **load_options))
    if not hasattr(program, "run_named"):
        from torchtpu_aot.errors import InputError

        raise InputError(f"{path} is a text-generation artifact; measure it with `torchtpu bench-generate`.")
    inputs = make_inputs(program.manifest, rows, seed=0)
    _, first_call_s = timed(lambda: program.run_named(inputs))
    say(f"load: {sec(load_s)}, first call (compile + run): {sec(first_call_s)}")
    per_device = program.weight_bytes_per_device()
    row: dict[str, Any] = {"model": program.manifest.model or Path(path).stem, "load_s": load_s,
                           "first_call_s": first_call_s, "artifact_bytes": _artifact_bytes(Path(path)),
                           "devices": len(program.devices), "tensor_parallel": program.tensor_parallel,
                           "weight_bytes": program.manifest.weights.nbytes,
                           "device_weight_bytes": max(per_device.values(), default=0)}
    _latencies(row, "artifact", measure(lambda: program.run_named(inputs), runs=settings.runs,
                                        warmup=settings.warmup), say, "artifact latency (JAX)")
    row["batch"] = _batch(list(inputs.values()))
    row["throughput_per_s"] = row["batch"] / row["artifact_median_s"]
    if settings.starts:
        row.update(starts(Path(path), program.manifest, inputs, load_options))
        _say_starts(row, say)
    return row


def _quiet(line: str) -> None:
    pass


def _say_starts(row: dict[str, Any], say: Progress) -> None:
    say(f"cold start: {sec(row['cold_first_result_s'])}, warm start: {sec(row['warm_first_result_s'])} "
        "(load to first result, fresh processes)")


def starts(path: Path, manifest: dict, inputs: dict[str, np.ndarray], load_options: dict | None = None
           ) -> dict[str, float]:
    """Load-to-first-result in two fresh processes sharing one empty persistent-cache directory: the first
    compiles and fills the cache (cold), the second compiles from it (warm). ``load_options``: ``load``'s."""
    from safetensors.numpy import save_file

    with tempfile.TemporaryDirectory(prefix="torchtpu-bench-") as tmp:
        inputs_file = Path(tmp) / "inputs.safetensors"
        save_file({k: np.ascontiguousarray(v) for k, v in inputs.items()}, str(inputs_file))
        cache = Path(tmp) / "cache"
        cold, warm = (_first_result(path, inputs_file, cache, load_options) for _ in range(2))
    return {"cold_first_result_s": cold["first_result_s"], "warm_first_result_s": warm["first_result_s"],
            "cold_compile_s": cold["compile_s"], "warm_compile_s": warm["compile_s"],
            "warm_start_ratio": warm["first_result_s"] / cold["first_result_s"]}


def _first_result(path: Path, inputs_file: Path, cache: Path, load_options: dict | None = None
                  ) -> dict[str, float]:
    command = [sys.executable, "-m", "torchtpu_aot.benchmark.first_result", str(path), str(inputs_file), str(cache),
               json.dumps(load_options or {})]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the start-up measurement failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _torch_compile(row: dict[str, Any], spec, settings: Settings, say: Progress) -> None:
    import torch

    try:
        compiled = torch.compile(spec.model)
        _, row["torch_compile_first_call_s"] = timed(lambda: compiled(*spec.args, **spec.kwargs))
        _latencies(row, "torch_compile", measure(lambda: compiled(*spec.args, **spec.kwargs), runs=settings.runs,
                                                 warmup=settings.warmup), say, "torch.compile latency")
    except Exception as e:  # torch.compile's own limits are a finding, not a reason to lose the row
        row["torch_compile_error"] = f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e) else ''}"
        say(f"torch.compile: failed ({row['torch_compile_error']})")


def _latencies(row: dict[str, Any], prefix: str, latency: Latency, say: Progress, label: str) -> None:
    row[f"{prefix}_median_s"] = latency.median
    row[f"{prefix}_p90_s"] = latency.p90
    row[f"{prefix}_cores"] = latency.cores
    say(f"{label}: {ms(latency.median)} median, {ms(latency.p90)} p90")


def _tensors(program, arrays: list) -> list[np.ndarray]:
    return [a for e, a in zip(program.manifest.inputs, arrays) if not e.is_constant]


def _batch(arrays: list) -> int:
    """Items per call: the leading dim of the first tensor input (1 for scalars)."""
    first = next((a for a in arrays if isinstance(a, np.ndarray)), None)
    return int(first.shape[0]) if first is not None and first.ndim else 1


def _op_count(program_text: str) -> int:
    """Operations in the program, as ``torchtpu inspect`` counts them."""
    from torchtpu_aot import mlir_module

    with mlir_module.new_context() as ctx:
        return sum(mlir_module.op_histogram(mlir_module.parse(program_text, ctx)).values())


def _artifact_bytes(program_path: Path) -> int:
    """The program's size plus its weights file's, if it has one (not with inlined weights)."""
    return sum(p.stat().st_size for p in output_paths(program_path) if p.is_file())
