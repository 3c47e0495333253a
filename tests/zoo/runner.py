"""Run one zoo model through the whole path and time each stage: torch.export, conversion, compile, run.

Stages are timed separately so ZOO.md shows where the time goes. "conversion" is torchtpu_aot's part
(decompositions, lowering, StableHLO emission); "compile" is the first call of the loaded artifact less one
steady-state run; "run" is the best of the following calls. Best-of rather than median: on a shared machine
other processes only ever add time, and torch's OpenMP threads slow down badly when the cores are oversubscribed.
"""

from __future__ import annotations

import gc
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jax
import torch

import torchtpu_aot
from tests.zoo.catalog import ZooModel
from torchtpu_aot.compare import compare
from torchtpu_aot.errors import ExportError, UnsupportedOpsError
from torchtpu_aot.frontend.torch_export import export_program

PASS, MISMATCH, DEGENERATE = "pass", "mismatch", "degenerate"
# The outputs must move by at least this much (relative to their scale) when the inputs change, or a wrong
# lowering anywhere before the last layer could hide below the tolerance (a dead network outputs its bias).
MIN_SENSITIVITY = 1e-2
TORCH_EXPORT_FAILS, UNSUPPORTED, CONVERSION_FAILS, RUN_FAILS = (
    "torch.export fails", "unsupported ops", "conversion fails", "run fails")
RUNS = 5


@dataclass
class ZooResult:
    name: str
    family: str
    inputs: str
    status: str
    export_s: float | None = None
    convert_s: float | None = None
    compile_s: float | None = None
    run_ms: float | None = None
    eager_ms: float | None = None
    max_error: float | None = None   # max over outputs of max |error| / max |reference|
    tolerance: float | None = None
    sensitivity: float | None = None  # max |eager(x') - eager(x)| / max |eager(x)| for other inputs x'
    reason: str = ""
    total_s: float | None = None     # the whole row: build, eager, export, conversion, save, load, calls

    @property
    def passed(self) -> bool:
        return self.status == PASS


def _seconds(start: float) -> float:
    return time.perf_counter() - start


def _best_seconds(call: Callable[..., object], args: tuple, kwargs: dict) -> float:
    """The shortest wall time of RUNS calls (after the caller's warm-up call)."""
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call(*args, **kwargs)
        runs.append(_seconds(start))
    return min(runs)


def perturbed(tree: Any) -> Any:
    """The same inputs with other values: new random floats; integer sequences (token ids) rolled by one.

    0/1 integer tensors (attention masks, token types) are kept, so the structure of the call stays valid.
    """
    generator = torch.Generator().manual_seed(1)

    def change(x: Any) -> Any:
        if not isinstance(x, torch.Tensor):
            return x
        if x.is_floating_point():
            return torch.randn(x.shape, generator=generator, dtype=x.dtype)
        if x.dim() and x.unique().numel() > 2:
            return torch.roll(x, 1, -1)
        return x

    return torch.utils._pytree.tree_map(change, tree)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text.splitlines()[0] if text else ''}".strip()


def run_model(entry: ZooModel, workdir: Path | None = None) -> ZooResult:
    """Export ``entry``, save, load and run the artifact, and compare with eager torch; never raises."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        try:
            result = _run(entry, Path(tmp))
        except Exception as e:  # an unexpected failure is a row in the report, not the end of the zoo
            result = ZooResult(entry.name, entry.family, entry.inputs, RUN_FAILS,
                               reason=f"{_first_line(e)} ({traceback.extract_tb(e.__traceback__)[-1].name})")
        finally:
            jax.clear_caches()  # compiled programs of earlier models would otherwise pile up in memory
            gc.collect()
    result.total_s = _seconds(start)
    return result


def _run(entry: ZooModel, tmp: Path) -> ZooResult:
    result = ZooResult(entry.name, entry.family, entry.inputs, RUN_FAILS, tolerance=entry.tolerance)
    model, args, kwargs = entry.build()
    with torch.no_grad():
        reference = model(*args, **kwargs)
        result.eager_ms = _best_seconds(model, args, kwargs) * 1e3
        other = model(*perturbed(args), **perturbed(kwargs))
    result.sensitivity = min(e.rel_to_scale for e in compare(reference, other))
    start = time.perf_counter()
    try:
        ep = export_program(model, args, kwargs)
    except ExportError as e:
        result.status, result.reason = TORCH_EXPORT_FAILS, _first_line(e.__cause__ or e)
        return result
    result.export_s = _seconds(start)
    start = time.perf_counter()
    try:
        artifact = torchtpu_aot.export(ep, name=entry.name)
    except UnsupportedOpsError as e:
        result.status, result.reason = UNSUPPORTED, ", ".join(e.ops)
        return result
    except Exception as e:
        result.status, result.reason = CONVERSION_FAILS, _first_line(e)
        return result
    result.convert_s = _seconds(start)
    del ep, model
    program = torchtpu_aot.load(artifact.save(tmp / f"{entry.name}.mlir"))
    del artifact
    start = time.perf_counter()
    got = program(*args, **kwargs)
    first = _seconds(start)
    run = _best_seconds(program, args, kwargs)
    result.run_ms, result.compile_s = run * 1e3, max(first - run, 0.0)
    errors = compare(reference, got)
    result.max_error = max(e.rel_to_scale for e in errors)
    degenerate = [e.name for e in errors if e.scale == 0]
    if degenerate:
        result.status, result.reason = DEGENERATE, f"outputs all zero: {', '.join(degenerate)}"
    elif result.sensitivity < MIN_SENSITIVITY:
        result.status = DEGENERATE
        result.reason = (f"outputs barely depend on the inputs (relative change {result.sensitivity:.1e} for other "
                         "inputs): the comparison could not see a wrong result")
    elif all(e.within(entry.tolerance) for e in errors):
        result.status = PASS
    else:
        worst = max(errors, key=lambda e: e.rel_to_scale)
        result.status = MISMATCH
        result.reason = f"output {worst.name}: max |error| {worst.max_abs:.3g} at scale {worst.scale:.3g}"
    return result
