"""How fast artifacts load and save, next to what this machine allows, all measured in one run.

    python -m benchmarks.load_speed [--models resnet18,vit_b_16,llama_1b] [--runs 3] [--json] [--out DIR]

For each model (models/NAME.py, or benchmarks/NAME.py for llama_1b: TinyLlama's 1.1B-parameter architecture, 4.4 GB
of float32 weights): ``Artifact.save`` timed in the process that exported it; ``torchtpu_aot.load`` timed in a
fresh process, with that process's peak RSS while loading (VmHWM when ``load`` returns) against the weight bytes,
its first call (compile + run, random inputs) and its peak over both (``wait4``'s max RSS). Beside each, its floor
on the same file and disk: reading the weights file from the page cache, its SHA-256 on one core (a load checks
it, so it cannot end sooner: the digest is computed while the weights are read and placed), and writing as many
bytes to the same folder with one fsync at the end, as ``dd conv=fsync`` does. Times are medians of ``--runs``; each
write goes to a new file, and the disk is synced before the next one starts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("resnet18", "vit_b_16", "llama_1b")
_SAVE, _LOAD = "--child-save", "--child-load"
_BLOCK = 64 << 20


def model_file(name: str) -> Path:
    for folder in (ROOT / "models", ROOT / "benchmarks"):
        if (folder / f"{name}.py").exists():
            return folder / f"{name}.py"
    raise SystemExit(f"No model file models/{name}.py or benchmarks/{name}.py.")


# ------------------------------------------------------------------------------------------------- in children


def _child_save(source: str, out: str, runs: int) -> None:
    """Export ``source`` and save it ``runs`` times, each to a new folder beside ``out`` removed after it is timed,
    then once to ``out``; print the save times."""
    import torchtpu_aot
    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(Path(source))
    artifact = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                                   name=spec.name)
    seconds = []
    for run in range(runs):
        folder = Path(out).parent / f".save_{run}"
        folder.mkdir()
        start = time.perf_counter()
        artifact.save(folder / Path(out).name, progress=False)
        seconds.append(time.perf_counter() - start)
        shutil.rmtree(folder)
        _settle()
    artifact.save(out, overwrite=True, progress=False)
    print(json.dumps({"save_s": seconds}))


def _settle() -> None:
    """Let the disk finish what earlier runs left (written-back pages, discarded blocks of removed files), so that
    each timed write starts from the same state."""
    os.sync()
    time.sleep(2)


def _child_load(path: str) -> None:
    """Load ``path`` in this fresh process and call it once on random inputs; print the figures."""
    import jax

    import torchtpu_aot
    from torchtpu_aot.cli.inputs import build_inputs

    jax.devices()  # JAX's backend started: what the process holds before loading
    before = _vm("VmRSS")
    start = time.perf_counter()
    program = torchtpu_aot.load(path, progress=False)
    loaded = time.perf_counter()
    load_peak = _vm("VmHWM")
    args, kwargs, _ = build_inputs(program.manifest, {}, True, 0)
    program(*args, **kwargs)
    print(json.dumps({"load_s": loaded - start, "first_call_s": time.perf_counter() - loaded,
                      "rss_before_load": before, "load_peak_rss": load_peak,
                      "weight_bytes": program.manifest.weights.nbytes}))


def _vm(field: str) -> int:
    """A /proc/self/status figure in bytes (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


# -------------------------------------------------------------------------------------------------- the floors


def read_seconds(path: Path) -> float:
    """Reading the file from the page cache into one reused buffer (after a read that puts it there)."""
    buffer = bytearray(_BLOCK)
    for _ in range(2):
        start = time.perf_counter()
        with open(path, "rb", buffering=0) as f:
            while f.readinto(buffer):
                pass
    return time.perf_counter() - start


def sha256_seconds(path: Path) -> float:
    start = time.perf_counter()
    with open(path, "rb") as f:
        hashlib.file_digest(f, "sha256")
    return time.perf_counter() - start


def write_seconds(folder: Path, nbytes: int) -> float:
    """Writing ``nbytes`` to a new file in ``folder`` from one reused buffer, then one fsync (``dd conv=fsync``)."""
    block = os.urandom(1 << 20) * (_BLOCK >> 20)
    target = folder / ".load_speed_write_floor"
    try:
        start = time.perf_counter()
        with open(target, "wb", buffering=0) as f:
            left = nbytes
            while left > 0:
                left -= f.write(memoryview(block)[:min(left, _BLOCK)])
            os.fsync(f.fileno())
        return time.perf_counter() - start
    finally:
        target.unlink(missing_ok=True)
        _settle()


def _median(measure: Callable[[], float], runs: int) -> float:
    return statistics.median(measure() for _ in range(runs))


# ------------------------------------------------------------------------------------------------ the parent


def _child_json(command: list[str], scratch: Path) -> tuple[dict[str, Any], int]:
    from benchmarks.export_memory import run_fresh

    done, peak = run_fresh([sys.executable, "-m", "benchmarks.load_speed", *command], scratch)
    for line in reversed(done.stdout.decode(errors="replace").splitlines()):
        if line.startswith("{"):
            return json.loads(line), peak
    raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}:\n"
                       f"{done.stdout.decode(errors='replace')[-3000:]}")


def measure(name: str, folder: Path, runs: int) -> dict[str, Any]:
    """Every figure of one model, its artifact written under ``folder``."""
    path = folder / f"{name}.mlir"
    saved, _ = _child_json([_SAVE, str(model_file(name)), str(path), str(runs)], folder)
    weights = path.with_suffix(".safetensors")
    file_bytes = weights.stat().st_size
    loads = [_child_json([_LOAD, str(path)], folder) for _ in range(runs)]
    first = loads[0][0]
    row = {
        "model": name,
        "weight_bytes": first["weight_bytes"],
        "file_bytes": file_bytes,
        "load_s": statistics.median(r["load_s"] for r, _ in loads),
        "first_call_s": statistics.median(r["first_call_s"] for r, _ in loads),
        "load_peak_rss_bytes": max(r["load_peak_rss"] for r, _ in loads),
        "rss_before_load_bytes": max(r["rss_before_load"] for r, _ in loads),
        "process_peak_rss_bytes": max(peak for _, peak in loads),
        "save_s": statistics.median(saved["save_s"]),
        "read_floor_s": _median(lambda: read_seconds(weights), runs),
        "sha256_floor_s": _median(lambda: sha256_seconds(weights), runs),
        "write_floor_s": _median(lambda: write_seconds(folder, file_bytes), runs),
    }
    row["load_ratio_sha256"] = row["load_s"] / row["sha256_floor_s"]
    row["load_ratio_read"] = row["load_s"] / row["read_floor_s"]
    row["rss_ratio"] = row["load_peak_rss_bytes"] / row["weight_bytes"]
    row["rss_above_imports_ratio"] = (row["load_peak_rss_bytes"] - row["rss_before_load_bytes"]) / row["weight_bytes"]
    row["save_ratio_write"] = row["save_s"] / row["write_floor_s"]
    # A save also computes the file's SHA-256 (the program records it), on the other core: it cannot end before
    # the slower of the two.
    row["save_floor_s"] = max(row["write_floor_s"], row["sha256_floor_s"])
    row["save_ratio_floor"] = row["save_s"] / row["save_floor_s"]
    return row


def lines(rows: list[dict[str, Any]]) -> list[str]:
    """The markdown table of ``rows``, with what each column is."""
    from torchtpu_aot.benchmark.report import markdown_table, ratio, sec

    def gb(n: float) -> str:
        return f"{n / 1e9:.2f} GB"

    table = markdown_table(
        ["model", "weights", "load", "SHA-256 floor", "load / SHA-256", "page-cache read", "peak RSS loading",
         "RSS / weights (above imports)", "first call", "save", "disk write floor", "save / write",
         "save / max(write, SHA-256)"],
        [[r["model"], gb(r["weight_bytes"]), sec(r["load_s"]), sec(r["sha256_floor_s"]),
          ratio(r["load_ratio_sha256"]), sec(r["read_floor_s"]), gb(r["load_peak_rss_bytes"]),
          f"{r['rss_ratio']:.2f}x ({r['rss_above_imports_ratio']:.2f}x)", sec(r["first_call_s"]), sec(r["save_s"]),
          sec(r["write_floor_s"]), ratio(r["save_ratio_write"]), ratio(r["save_ratio_floor"])] for r in rows])
    return [
        "`torchtpu_aot.load` in a fresh process per run (time to a loaded program; peak RSS while loading, and in "
        "brackets the part above the process's RSS before `load`, both over the weight bytes; first call = compile "
        "+ run on random inputs) and `Artifact.save` in the exporting process. Floors, measured in the same run on "
        "the same file and folder: the SHA-256 of the weights file on one core (a load cannot end before its digest "
        "is checked), reading it from the page cache, and writing as many bytes with one fsync (`dd conv=fsync`); a "
        "save writes and hashes the weights at once, so the slower of the write and the SHA-256 is its floor.",
        "", *table]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_SAVE]:
        _child_save(argv[1], argv[2], int(argv[3]))
        return 0
    if argv[:1] == [_LOAD]:
        _child_load(argv[1])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--models", default=",".join(MODELS),
                        help=f"comma-separated model names [default: {','.join(MODELS)}]")
    parser.add_argument("--runs", type=int, default=3, help="timed loads and saves per model (medians)")
    parser.add_argument("--json", action="store_true", help="print one JSON list of rows")
    parser.add_argument("--out", type=Path, help="write (and keep) the artifacts in this folder [default: a "
                                                 "temporary folder, removed afterwards]")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.models.split(",") if n.strip()]
    for name in names:
        model_file(name)  # an unknown name fails before anything runs
    folder = args.out or Path(tempfile.mkdtemp(prefix="load_speed_"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for name in names:
            print(f"load_speed {name} ...", file=sys.stderr, flush=True)
            rows.append(measure(name, folder.resolve(), args.runs))
            if args.out is None:
                for suffix in (".mlir", ".safetensors"):
                    (folder / f"{name}{suffix}").unlink(missing_ok=True)
    except (RuntimeError, subprocess.SubprocessError) as e:
        print(e, file=sys.stderr)
        return 2
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(rows) if args.json else "\n".join(lines(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
