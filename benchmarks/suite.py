"""``make bench``: every model in models/ through ``torchtpu bench`` (one fresh process each), the host-devices
comparison, the decoder scaling curve, tensor parallelism on host devices, the 1B-parameter export's memory, load
and save speed against the disk and SHA-256 floors (``benchmarks.load_speed``) and text generation (``torchtpu
bench-generate`` on models/llama.py and the 1.1B model), written to BENCHMARKS.md.

    python -m benchmarks.suite [--out BENCHMARKS.md] [--runs 30] [--skip-1b] [--no-torch-compile]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from torchtpu_aot.benchmark.report import markdown_table, mib, ms, ratio, sec
from torchtpu_aot.runtime import folding

ROOT = Path(__file__).resolve().parent.parent


def _run_json(command: list[str]) -> Any:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}: {done.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])  # export_memory exits 1 over its limit, and its row still belongs in the report


def bench_rows(runs: int, torch_compile: bool) -> list[dict[str, Any]]:
    rows = []
    for model in sorted((ROOT / "models").glob("*.py")):
        print(f"bench {model.name} ...", file=sys.stderr, flush=True)
        command = [sys.executable, "-m", "torchtpu_aot.cli.main", "bench", str(model), "--json", "-n", str(runs)]
        row = _run_json(command + ([] if torch_compile else ["--no-torch-compile"]))
        rows.append(row)
    return rows


def _before(row: dict[str, Any]) -> str:
    """The latency ratio with the weights as arguments; a model whose weights were not folded has no before."""
    if "latency_ratio_eager_unfolded" in row:
        return ratio(row["latency_ratio_eager_unfolded"])
    return f"same (weights over {folding.DEFAULT_FOLD_LIMIT // 2**20} MiB: not folded)"


def generation_rows(torch_compile: bool, skip_1b: bool) -> list[dict[str, Any]]:
    """``torchtpu bench-generate`` on the 56M Llama (4 slots, and 1 slot for the single-sequence bound) and the
    1.1B one, each in a fresh process."""
    runs = [("models/llama.py", ["--max-batch", "4"]), ("models/llama.py", ["--max-batch", "1"])]
    if not skip_1b:
        runs.append(("benchmarks/llama_1b.py", ["--max-batch", "4", "-n", "16"]))
    rows = []
    for source, options in runs:
        print(f"bench-generate {source} {' '.join(options)} ...", file=sys.stderr, flush=True)
        command = [sys.executable, "-m", "torchtpu_aot.cli.main", "bench-generate", source, "--json", *options]
        rows.append(_run_json(command + ([] if torch_compile else ["--no-torch-compile"])))
    return rows


def generation_markdown(rows: list[dict[str, Any]]) -> list[str]:
    from torchtpu_aot.benchmark.generation import table_rows

    out = ["## Text generation", "",
           "`torchtpu bench-generate MODEL --max-batch B` exports the model's causal LM with B slots, then measures "
           "transformers' eager `generate` (static cache) and the torch.compile'd one, then the artifact, on the "
           "same random prompts, and reads the memory bandwidth (numpy summing 1 GiB). Decode tokens/s are timed "
           "over decode steps only (prefill excluded); the bound is bandwidth / weight bytes steps per second, "
           "times the batch. XLA's CPU backend, 2 cores.", ""]
    for row in rows:
        out.append(f"**{row['model']}**, {row['parameters']:,} parameters ({row['weight_bytes'] / 1e6:.0f} MB "
                   f"of {row['dtype']} weights), {row['max_batch']} slot{'s' if row['max_batch'] > 1 else ''} x "
                   f"{row['max_seq_len']} positions, read bandwidth {row['read_bandwidth_bytes_s'] / 1e9:.1f} GB/s:")
        out.append("")
        table = table_rows(row)
        out += ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
        out += ["| " + " | ".join(r) + " |" for r in table[1:]]
        out.append("")
    return out


def markdown(rows: list[dict[str, Any]], scaling: list[dict[str, Any]] | None, memory: dict | None,
             host_devices: dict | None = None, tensor_parallel: list[dict[str, Any]] | None = None,
             generation: list[dict[str, Any]] | None = None, load_speed: list[dict[str, Any]] | None = None) -> str:
    env = rows[0]["environment"]
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks.suite`); every figure below comes from that one run. Each "
        "model runs in its own fresh process (`torchtpu bench models/NAME.py --json`), so torch.export and "
        "conversion times include first-use costs, as a user's `torchtpu export` does. Latencies are medians "
        "(and p90) of single calls on the model file's example inputs, after warm-up calls; ratios are taken "
        "between figures measured in the same process.",
        "",
        f"- Machine: {env['machine']}; JAX backend {env['jax_backend']}.",
        f"- Versions: torchtpu_aot {env['torchtpu_aot']}, torch {env['torch']}, jax {env['jax']}, "
        f"Python {env['python']}.",
        f"- Threads: torch {env['torch_threads']} intra-op threads; XLA's CPU client its default thread pool "
        f"(one thread per logical CPU); XLA_FLAGS={env['xla_flags'] or '(unset)'}.",
        "",
        "## Export",
        "",
        "Conversion is everything after torch.export: decompositions (when needed), lowering, emitting StableHLO. "
        "The artifact is the program text plus the safetensors weights.",
        "",
        *markdown_table(
            ["model", "params", "torch.export", "conversion", "conversion / torch.export", "write",
             "artifact", "artifact / (weights + program)", "StableHLO ops"],
            [[r["model"], f"{r['params'] / 1e6:.2f} M", sec(r["torch_export_s"]), sec(r["conversion_s"]),
              ratio(r["conversion_ratio"]), sec(r["write_s"]), mib(r["artifact_bytes"]),
              f"{r['artifact_bytes'] / (r['weight_bytes'] + r['program_bytes']):.4f}", str(r["stablehlo_ops"])]
             for r in rows]),
        "",
        "## Latency on the CPU",
        "",
        "The artifact runs with its weights folded into the compiled program as constants (the runtime's "
        "default, `--fold-weights auto`); \"before\" is the same artifact with the weights passed as arguments "
        "(`--fold-weights off`), measured in the same process. Cores busy is process CPU time over wall time "
        "during the timed calls.",
        "",
        *markdown_table(
            ["model", "batch", "artifact (JAX)", "throughput", "eager torch", "artifact / eager",
             "before: artifact / eager", "cores busy: artifact, eager", "torch.compile", "artifact / torch.compile",
             "max error vs eager"],
            [[r["model"], str(r["batch"]), f"{ms(r['artifact_median_s'])} (p90 {ms(r['artifact_p90_s'])})",
              f"{r['throughput_per_s']:.1f}/s", f"{ms(r['eager_median_s'])} (p90 {ms(r['eager_p90_s'])})",
              ratio(r["latency_ratio_eager"]), _before(r),
              f"{r['artifact_cores']:.1f}, {r['eager_cores']:.1f}", ms(r.get("torch_compile_median_s")),
              ratio(r.get("latency_ratio_torch_compile")), f"{r['max_rel_error']:.1e}"] for r in rows]),
        "",
        "## Starts",
        "",
        "Load to first result in two fresh processes sharing one JAX persistent compilation cache directory "
        "(`--cache-dir`): the first (cold) compiles and fills the cache, the second (warm) compiles from it.",
        "",
        *markdown_table(
            ["model", "load", "cold: first result", "cold compile", "warm: first result", "warm compile",
             "warm / cold"],
            [[r["model"], sec(r["load_s"]), sec(r.get("cold_first_result_s")), sec(r.get("cold_compile_s")),
              sec(r.get("warm_first_result_s")), sec(r.get("warm_compile_s")), ratio(r.get("warm_start_ratio"))]
             for r in rows]),
    ]
    if host_devices:
        from benchmarks.host_devices import lines as device_lines

        out += ["", "## Filling the idle cores", "",
                "XLA's CPU backend runs many convolutions on one thread (the cores-busy column above). Splitting the "
                "host into one device per core (`XLA_FLAGS=--xla_force_host_platform_device_count=N`) and running "
                "with `devices=N` gives each core its share of the batch (`python -m benchmarks.host_devices`):", "",
                *device_lines(host_devices)]
    if tensor_parallel:
        out += ["", "## Tensor parallelism on host devices", "", *tensor_parallel_section(tensor_parallel)]
    if scaling:
        from benchmarks.decoder_scaling import lines

        out += ["", "## Conversion time against graph size", "",
                "The LLaMA-style decoder of models/llama.py at several depths (`python -m benchmarks.decoder_scaling`"
                "), in one process after a warm-up export.", "", *lines(scaling)]
    if memory:
        out += ["", "## A 1.1B-parameter LLaMA export", "",
                f"`python -m benchmarks.export_memory benchmarks/llama_1b.py`: {memory['parameters']:,} parameters, "
                f"{memory['weight_bytes'] / 1e9:.2f} GB of float32 weights. The export process peaked at "
                f"{memory['peak_rss_bytes'] / 1e9:.2f} GB resident, {memory['rss_ratio']:.2f}x the weight bytes, and "
                f"took {memory['wall_seconds']:.1f} s ("
                + ", ".join(f"{k} {v:.1f} s" for k, v in memory["split_seconds"].items())
                + f"). The artifact is {memory['artifact_ratio']:.5f}x the weight bytes plus the program text."]
    if load_speed:
        from benchmarks.load_speed import lines as load_lines

        out += ["", "## Loading and saving", "", "`python -m benchmarks.load_speed`:", "", *load_lines(load_speed)]
    if generation:
        out += ["", *generation_markdown(generation)]
    return "\n".join(out) + "\n"


def tensor_parallel_section(rows: list[dict[str, Any]]) -> list[str]:
    from benchmarks.tensor_parallel import lines

    unsplit = [f"{r['model']} at T = {r['t']}: {w.split('evenly, so each device holds them whole: ')[1].split('. ')[0]}"
               for r in rows for w in r["unsplit"] if "evenly, so each device holds them whole" in w]
    return [
        "Exported with `--shard auto`, loaded with `devices=T, tensor_parallel=T` on a host split into 8 devices, "
        "each T in a fresh process, the weights passed as arguments at every T. Weights per device is the fullest "
        "device's, measured from the placed arrays' shards. The host devices share this machine's cores, so the "
        "latencies show what the partitioned program and its collectives cost here, not what T chips would gain. "
        "The process peak RSS includes the whole weights file, which every process reads (and checks against its "
        "SHA-256) before placing its slices.",
        "", *lines(rows), "",
        *(["Weights kept whole on every device, because T does not divide their key/value heads: "
           + "; ".join(unsplit) + "."] if unsplit else [])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--skip-1b", action="store_true",
                        help="Leave out the 1.1B-parameter export and tensor-parallel runs (minutes).")
    parser.add_argument("--no-torch-compile", action="store_true")
    options = parser.parse_args(argv)
    rows = bench_rows(options.runs, not options.no_torch_compile)
    print("decoder scaling ...", file=sys.stderr, flush=True)
    scaling = _run_json([sys.executable, "-m", "benchmarks.decoder_scaling", "--json"])
    print("host devices ...", file=sys.stderr, flush=True)
    host_devices = _run_json([sys.executable, "-m", "benchmarks.host_devices", "--json"])
    print("tensor parallelism ...", file=sys.stderr, flush=True)
    tensor_parallel = _run_json([sys.executable, "-m", "benchmarks.tensor_parallel", "--json"]
                                + (["--skip-1b"] if options.skip_1b else []))
    memory = None
    if not options.skip_1b:
        print("1.1B export ...", file=sys.stderr, flush=True)
        memory = _run_json([sys.executable, "-m", "benchmarks.export_memory", "--json"])
    print("load speed ...", file=sys.stderr, flush=True)
    load_speed = _run_json([sys.executable, "-m", "benchmarks.load_speed", "--json"]
                           + (["--models", "resnet18,vit_b_16"] if options.skip_1b else []))
    generation = generation_rows(not options.no_torch_compile, options.skip_1b)
    options.out.write_text(markdown(rows, scaling, memory, host_devices, tensor_parallel, generation, load_speed))
    print(f"wrote {options.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
