"""Filling the cores XLA's CPU backend leaves idle: one host device against the host split into one device per
core, with the batch split across them (``devices=N``), next to eager torch, in one process.

    python -m benchmarks.host_devices [MODEL_FILE] [--batch 8] [--json]

XLA runs many of a CNN's convolutions on one thread (measured: a 3x3 convolution at 64 channels and 56x56 keeps
1.0 of 2 cores busy, where torch keeps 2.0). Splitting the host into N devices with
``XLA_FLAGS=--xla_force_host_platform_device_count=N`` and running the program with ``devices=N`` gives each
core its own share of the batch. This script re-executes itself with that flag set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_CHILD = "--child"


def _measure(model_file: Path, batch: int, devices: int, runs: int) -> dict[str, Any]:
    import torch

    from torchtpu_aot import export, load
    from torchtpu_aot.benchmark.timing import measure
    from torchtpu_aot.frontend.model_file import load_model_file

    spec = load_model_file(model_file)
    with tempfile.TemporaryDirectory() as tmp:
        path = export(spec.model, spec.args, spec.kwargs, dynamic_shapes=spec.dynamic_shapes,
                      name=spec.name).save(Path(tmp) / f"{spec.name}.mlir")
        example = spec.args[0]
        x = torch.randn(batch, *example.shape[1:]).to(example.dtype)
        row: dict[str, Any] = {"model": spec.name, "batch": batch, "devices": devices}
        with torch.no_grad():
            eager = measure(lambda: spec.model(x), runs=runs, warmup=2)
        row.update(eager_median_s=eager.median, eager_cores=eager.cores)
        for count in (1, devices):
            program = load(path, devices=count)
            latency = measure(lambda p=program: p(x.numpy()), runs=runs, warmup=2)
            row[f"devices_{count}_median_s"] = latency.median
            row[f"devices_{count}_cores"] = latency.cores
            row[f"devices_{count}_ratio_eager"] = latency.median / eager.median
    return row


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m benchmarks.host_devices", description=__doc__.split("\n\n")[0])
    parser.add_argument("model_file", nargs="?", type=Path, default=ROOT / "models" / "resnet18.py")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--devices", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(_CHILD, action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        print(json.dumps(_measure(options.model_file, options.batch, options.devices, options.runs)))
        return 0
    flags = f"{os.environ.get('XLA_FLAGS', '')} --xla_force_host_platform_device_count={options.devices}".strip()
    env = {**os.environ, "XLA_FLAGS": flags,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "benchmarks.host_devices", *argv, _CHILD], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        return done.returncode
    row = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(row) if options.json else "\n".join(lines(row)))
    return 0


def lines(row: dict[str, Any]) -> list[str]:
    from torchtpu_aot.benchmark.report import markdown_table, ms, ratio

    n = row["devices"]
    return markdown_table(
        ["model, batch", "eager torch", "artifact, 1 device", f"artifact, {n} host devices"],
        [[f"{row['model']}, {row['batch']}", f"{ms(row['eager_median_s'])} ({row['eager_cores']:.1f} cores busy)",
          f"{ms(row['devices_1_median_s'])} = {ratio(row['devices_1_ratio_eager'])} eager "
          f"({row['devices_1_cores']:.1f} cores)",
          f"{ms(row[f'devices_{n}_median_s'])} = {ratio(row[f'devices_{n}_ratio_eager'])} eager "
          f"({row[f'devices_{n}_cores']:.1f} cores)"]])


if __name__ == "__main__":
    sys.exit(main())
