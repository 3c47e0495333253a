"""Tensor parallelism on host devices: the weight bytes each device holds and the latency at T = 1, 2, 4, 8, for
models/llama.py and the 1.1B-parameter LLaMA (benchmarks/llama_1b.py), exported with ``--shard auto``.

    python -m benchmarks.tensor_parallel [--skip-1b] [--runs 20] [--json]

Each model is exported once (in a fresh process), then loaded and timed at each T in a fresh process of its own with
the host split into 8 devices (``XLA_FLAGS=--xla_force_host_platform_device_count=8``), on T of them (``devices=T,
tensor_parallel=T``; T = 1 is the plain one-device path), the weights passed as arguments at every T
(``fold_weights=False``, tensor parallelism's default) so that only the partitioning differs. The bytes are measured
from the placed arrays' shards; the error is each T's output against T = 1's, relative to its scale. Host devices
share the machine's cores and memory, so the latencies show what partitioning costs here, not what T chips would
gain.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEVICES = 8
COUNTS = (1, 2, 4, 8)
MODELS = {  # model file, the ids' shape (batch, sequence)
    "llama": (ROOT / "models" / "llama.py", (4, 64)),
    "llama_1b": (ROOT / "benchmarks" / "llama_1b.py", (1, 8)),  # its example shape (static)
}


def _export(model_file: Path, target: Path) -> dict[str, Any]:
    import torchtpu_aot
    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(model_file)
    start = time.perf_counter()
    artifact = torchtpu_aot.export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                                   name=spec.name, shard="auto")
    artifact.save(target)
    return {"export_s": time.perf_counter() - start,
            "params": sum(p.numel() for p in spec.model.parameters())}


def _measure(path: Path, shape: tuple[int, int], t: int, runs: int, reference: Path) -> dict[str, Any]:
    import warnings

    import numpy as np

    import torchtpu_aot
    from torchtpu_aot.benchmark.timing import measure

    ids = np.random.default_rng(0).integers(0, 2000, shape)
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        program = torchtpu_aot.load(path, devices=t, tensor_parallel=t, fold_weights=False)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    out = program(ids)
    first_s = time.perf_counter() - start
    latency = measure(lambda: program(ids), runs=runs, warmup=1)
    per_device = program.weight_bytes_per_device()
    if t == 1:
        np.save(reference, out)
    want = np.load(reference)
    return {"t": t, "devices": len(program.devices), "weight_bytes": program.manifest.weights.nbytes,
            "device_bytes": max(per_device.values()), "load_s": load_s, "first_call_s": first_s,
            "median_s": latency.median, "p90_s": latency.p90, "cores": latency.cores,
            "rel_error": float(np.max(np.abs(out - want)) / np.max(np.abs(want))),
            "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "unsplit": [str(w.message) for w in caught]}


def _child(*args: str, devices: int | None = None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    if devices:
        env["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={devices}"
    done = subprocess.run([sys.executable, "-m", "benchmarks.tensor_parallel", "--child", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} exited with {done.returncode}: {done.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])


def run(models: list[str], runs: int, progress=None) -> list[dict[str, Any]]:
    say = progress or (lambda line: None)
    rows = []
    with tempfile.TemporaryDirectory(prefix="torchtpu-tp-") as tmp:
        for name in models:
            model_file, shape = MODELS[name]
            path = Path(tmp) / f"{name}.mlir"
            exported = _child("export", str(model_file), str(path))
            say(f"{name}: exported with --shard auto in {exported['export_s']:.1f} s")
            for t in COUNTS:
                row = _child("measure", str(path), json.dumps(shape), str(t),
                             str(runs if name == "llama" else max(3, runs // 4)), str(Path(tmp) / f"{name}.npy"),
                             devices=DEVICES)
                row.update(model=name, params=exported["params"], batch=shape[0], seq=shape[1])
                say(f"{name} T={t}: {row['device_bytes'] / 2**20:.1f} MiB per device, "
                    f"{row['median_s'] * 1e3:.1f} ms median")
                rows.append(row)
            for suffix in (".mlir", ".safetensors"):
                path.with_suffix(suffix).unlink(missing_ok=True)
    return rows


def lines(rows: list[dict[str, Any]]) -> list[str]:
    """The BENCHMARKS.md table."""
    from torchtpu_aot.benchmark.report import markdown_table, mib

    table = []
    for r in rows:
        one = next(x for x in rows if x["model"] == r["model"] and x["t"] == 1)
        table.append([f"{r['model']} ({r['params'] / 1e6:.0f} M)", f"{r['batch']} x {r['seq']}", str(r["t"]),
                      mib(r["device_bytes"]), f"{r['device_bytes'] / r['weight_bytes']:.3f}",
                      f"{r['median_s'] * 1e3:.1f} ms (p90 {r['p90_s'] * 1e3:.1f})",
                      f"{r['median_s'] / one['median_s']:.2f}x", f"{r['cores']:.1f}", f"{r['rel_error']:.1e}",
                      f"{r['peak_rss_bytes'] / 1e9:.1f} GB"])
    return markdown_table(["model", "ids", "T", "weights per device", "share of all weights", "latency",
                           "latency / T=1", "cores busy", "err/scale vs T=1", "process peak RSS"], table)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        if argv[1] == "export":
            row = _export(Path(argv[2]), Path(argv[3]))
        else:
            row = _measure(Path(argv[2]), tuple(json.loads(argv[3])), int(argv[4]), int(argv[5]), Path(argv[6]))
        print(json.dumps(row))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tensor_parallel", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="Timed calls per T (a quarter of them for the 1.1B).")
    parser.add_argument("--skip-1b", action="store_true", help="Leave out the 1.1B-parameter model (minutes).")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    models = ["llama"] + ([] if options.skip_1b else ["llama_1b"])
    rows = run(models, options.runs, progress=lambda line: print(line, file=sys.stderr, flush=True))
    if options.json:
        print(json.dumps(rows))
    else:
        print("\n".join(lines(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
