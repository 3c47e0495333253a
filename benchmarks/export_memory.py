"""What exporting a model costs in memory and time: ``torchtpu export`` in a fresh process, measured.

    python -m benchmarks.export_memory [MODEL_FILE] [--json] [--out DIR] [--limit 1.5]

Prints the parameter count, the weight bytes, the export process's peak resident memory (its max RSS, as
``/usr/bin/time -v`` reports it) and its ratio to the weight bytes, the wall time with its split (build,
torch.export, decompositions, conversion, save), and the artifact's size against weight bytes + program bytes.
Exits 1 when the peak RSS is ``--limit`` (default 1.5) times the weight bytes or more, so it can serve as a check
(2 when the export itself fails).

The export runs as ``torchtpu export MODEL_FILE -o DIR/NAME.mlir --force`` in a fresh Python process that wraps
a few library functions with timers (nothing else changes); the peak RSS is that process's own, from ``wait4``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "benchmarks" / "llama_1b.py"
LIMIT = 1.5
_CHILD = "--child-report"
# Runs the export process and writes its max RSS (what `/usr/bin/time -v` reports) to argv[1]. A process's
# max RSS starts from that of the process it was spawned from (Linux carries the spawner's peak across exec),
# so the export is spawned from this small interpreter, not from the caller (which may be a large pytest).
_SPAWN = """
import os, sys
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""

# (phase, module, attribute path): functions the child times. decompose (torch's decompositions, or the check that
# finds none are needed) runs inside convert and is subtracted from it in the split. A function that has moved is
# skipped, not an error.
_PROBES = [
    ("build", "torchtpu_aot.frontend.model_file", "load_model_file"),
    ("torch.export", "torchtpu_aot.frontend.torch_export", "export_program"),
    ("convert", "torchtpu_aot.convert", "convert"),
    ("decompose", "torchtpu_aot.convert", "without_decomposition"),  # the check that skips decomposing
    ("decompose", "torchtpu_aot.convert", "decompose"),
    ("save", "torchtpu_aot.artifact.artifact", "Artifact.save"),
]


def _memory_kib() -> tuple[int, int]:
    """(current RSS, peak RSS so far) of this process in KiB, from /proc (0, 0 where there is none)."""
    fields = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except (OSError, KeyError, ValueError):
        return 0, 0


def _child(report: str, cli_args: list[str]) -> None:
    """In the child: wrap the probed functions, then run the torchtpu command line on ``cli_args``."""
    import functools
    import importlib

    def wrap(phase, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            before, _ = _memory_kib()
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                rss, peak = _memory_kib()
                with open(report, "a") as f:
                    f.write(json.dumps({"phase": phase, "seconds": time.perf_counter() - start,
                                        "rss_before": before * 1024, "rss_after": rss * 1024,
                                        "peak_so_far": peak * 1024}) + "\n")
        return timed

    for phase, module_name, path in _PROBES:
        *owners, attr = path.split(".")
        try:
            owner = importlib.import_module(module_name)
            for name in owners:
                owner = getattr(owner, name)
            setattr(owner, attr, wrap(phase, getattr(owner, attr)))
        except (ImportError, AttributeError):
            continue
    from torchtpu_aot.cli.main import main

    try:
        main(args=cli_args, prog_name="torchtpu")
    finally:
        rss, peak = _memory_kib()
        with open(report, "a") as f:
            f.write(json.dumps({"phase": "exit", "seconds": 0.0, "rss_before": rss * 1024, "rss_after": rss * 1024,
                                "peak_so_far": peak * 1024}) + "\n")


def run_fresh(command: list[str], scratch: Path) -> tuple[subprocess.CompletedProcess, int]:
    """Run ``command`` (a Python command line, with this repository importable) in a fresh process spawned from a
    small interpreter; its output (stdout and stderr together) and its own peak RSS in bytes, from ``wait4``.
    ``scratch`` is a folder for the figure's hand-over file."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    rss_file = scratch / "maxrss"
    done = subprocess.run([sys.executable, "-S", "-c", _SPAWN, str(rss_file), *command], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = int(rss_file.read_text()) * 1024 if rss_file.exists() else 0  # ru_maxrss is in KiB on Linux
    rss_file.unlink(missing_ok=True)
    return done, peak


def measure(model_file: Path, out_dir: Path) -> dict:
    """Export ``model_file`` into ``out_dir`` in a child process and gather the figures."""
    from torchtpu_aot.artifact import read_artifact

    out = out_dir / f"{model_file.stem}.mlir"
    report = out_dir / "phases.jsonl"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.export_memory", _CHILD, str(report), "export", str(model_file),
               "-o", str(out), "--force"]
    start = time.perf_counter()
    done, peak = run_fresh(command, out_dir)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"torchtpu export exited with {done.returncode}:\n{done.stdout.decode(errors='replace')}")
    phases = [json.loads(line) for line in report.read_text().splitlines()] if report.exists() else []
    report.unlink(missing_ok=True)
    weights = read_artifact(out).manifest.weights
    weight_bytes = weights.nbytes
    params = sum(math.prod(e.shape) for e in weights.tensors if e.role == "parameter")
    program_bytes = out.stat().st_size
    weights_file = out.with_suffix(".safetensors")
    artifact_bytes = program_bytes + (weights_file.stat().st_size if weights_file.exists() else 0)
    # The process before the model is built: Python, torch, JAX and torchtpu_aot imported (about 0.7 GB with a
    # CUDA build of torch). Everything above it is what the model and its export cost.
    baseline = next((p["rss_before"] for p in phases if p["phase"] == "build"), 0)
    seconds: dict[str, float] = {}
    for p in phases:
        seconds[p["phase"]] = seconds.get(p["phase"], 0.0) + p["seconds"]
    split = {}
    for phase in ("build", "torch.export", "decompose", "convert", "save"):
        if phase in seconds:
            split[phase] = seconds[phase]
    if "convert" in split and "decompose" in split:
        split["convert"] -= split["decompose"]  # conversion proper: signature, lowering, emitting StableHLO
    return {
        "model_file": str(model_file),
        "parameters": params,
        "weight_bytes": weight_bytes,
        "peak_rss_bytes": peak,
        "rss_ratio": peak / weight_bytes if weight_bytes else float("inf"),
        "baseline_rss_bytes": baseline,
        "above_baseline_ratio": (peak - baseline) / weight_bytes if weight_bytes else float("inf"),
        "wall_seconds": wall,
        "split_seconds": split,
        "peak_rss_after": {p["phase"]: p["peak_so_far"] for p in phases},
        "program_bytes": program_bytes,
        "artifact_bytes": artifact_bytes,
        "artifact_ratio": artifact_bytes / (weight_bytes + program_bytes),
    }


def _gb(n: float) -> str:
    return f"{n / 1e9:.2f} GB"


def report_lines(r: dict, limit: float) -> list[str]:
    split = ", ".join(f"{k} {v:.1f} s" for k, v in r["split_seconds"].items())
    peaks = ", ".join(f"{k} {_gb(v)}" for k, v in r["peak_rss_after"].items())
    verdict = "ok" if r["rss_ratio"] < limit else f"OVER the {limit}x limit"
    return [
        f"model           {r['model_file']}",
        f"parameters      {r['parameters']:,}",
        f"weight bytes    {r['weight_bytes']:,} ({_gb(r['weight_bytes'])})",
        f"peak RSS        {r['peak_rss_bytes']:,} ({_gb(r['peak_rss_bytes'])})",
        f"RSS / weights   {r['rss_ratio']:.3f}  {verdict}",
        f"before build    {_gb(r['baseline_rss_bytes'])} (imports); peak above it / weights "
        f"{r['above_baseline_ratio']:.3f}",
        f"peak RSS after  {peaks}",
        f"export time     {r['wall_seconds']:.1f} s (process wall time; {split})",
        f"artifact        {r['artifact_bytes']:,} bytes = {r['artifact_ratio']:.5f} x (weight bytes + program "
        f"{r['program_bytes']:,} bytes)",
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_CHILD]:
        _child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.export_memory", description=__doc__.split("\n")[0])
    parser.add_argument("model_file", nargs="?", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", type=Path, help="write (and keep) the artifact in this folder [default: a "
                                                 "temporary folder, removed afterwards]")
    parser.add_argument("--limit", type=float, default=LIMIT, help="fail when peak RSS / weight bytes >= this")
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="export_memory_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        result = measure(args.model_file.resolve(), out_dir.resolve())
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 2
    finally:
        if args.out is None:
            shutil.rmtree(out_dir, ignore_errors=True)
    result["limit"] = args.limit
    print(json.dumps(result) if args.json else "\n".join(report_lines(result, args.limit)))
    return 0 if result["rss_ratio"] < args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
