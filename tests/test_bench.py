"""``torchtpu bench``: every figure it promises is there and consistent with the artifact it measured (no
assertions on how fast anything is: timings depend on the machine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "torchtpu_aot.cli.main"]


def _bench(*args: str) -> dict:
    done = subprocess.run([*CLI, "bench", *args, "--json"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def mlp_row(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "mlp.mlir"
    return _bench(str(ROOT / "models" / "mlp.py"), "-n", "5", "--warmup", "1", "--no-torch-compile", "-o", str(out))


def test_a_model_file_row_has_every_phase_and_ratio(mlp_row):
    r = mlp_row
    for key in ("torch_export_s", "conversion_s", "write_s", "load_s", "first_call_s", "artifact_median_s",
                "artifact_p90_s", "eager_median_s", "eager_p90_s", "cold_first_result_s", "warm_first_result_s",
                "cold_compile_s", "warm_compile_s"):
        assert r[key] > 0 or key.endswith("compile_s"), key
    assert r["conversion_ratio"] == pytest.approx(r["conversion_s"] / r["torch_export_s"])
    assert r["latency_ratio_eager"] == pytest.approx(r["artifact_median_s"] / r["eager_median_s"])
    assert r["warm_start_ratio"] == pytest.approx(r["warm_first_result_s"] / r["cold_first_result_s"])
    assert r["artifact_p90_s"] >= r["artifact_median_s"]
    assert r["throughput_per_s"] == pytest.approx(r["batch"] / r["artifact_median_s"])
    assert r["max_rel_error"] < 1e-5
    assert "torch_compile_median_s" not in r
    assert r["environment"]["torch"] and r["environment"]["jax"]


def test_sizes_are_the_files_written(mlp_row, tmp_path):
    r = mlp_row
    assert r["params"] > 0 and r["weight_bytes"] == 4 * r["params"]  # float32, no buffers in the mlp
    assert r["weight_bytes"] + r["program_bytes"] <= r["artifact_bytes"] <= 1.01 * (r["weight_bytes"]
                                                                                   + r["program_bytes"])
    assert r["stablehlo_ops"] > 0


def test_folded_weights_are_compared_with_weights_as_arguments(mlp_row):
    assert mlp_row["artifact_unfolded_median_s"] > 0
    assert mlp_row["latency_ratio_eager_unfolded"] == pytest.approx(
        mlp_row["artifact_unfolded_median_s"] / mlp_row["eager_median_s"])


def test_an_artifact_alone_is_loaded_and_timed():
    r = _bench(str(ROOT / "artifacts" / "mlp" / "mlp.mlir"), "-n", "3", "--no-starts")
    assert r["artifact_median_s"] > 0 and r["load_s"] > 0 and r["batch"] == 1
    assert "torch_export_s" not in r and "cold_first_result_s" not in r


def test_the_text_report_names_each_figure():
    done = subprocess.run([*CLI, "bench", str(ROOT / "models" / "mlp.py"), "-n", "3", "--no-torch-compile",
                           "--no-starts"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    for label in ("torch.export", "conversion (after torch.export)", "artifact latency (JAX)",
                  "eager torch latency", "artifact/eager", "max error vs eager"):
        assert label in done.stdout


def test_a_target_that_is_neither_model_nor_artifact_is_refused(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    done = subprocess.run([*CLI, "bench", str(target)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "neither a model file" in done.stderr


def test_benchmarks_md_tables_come_from_the_rows(mlp_row):
    from benchmarks.suite import markdown

    text = markdown([mlp_row], None, None)
    assert "| mlp |" in text and f"{mlp_row['conversion_ratio']:.2f}x" in text
    assert mlp_row["environment"]["jax"] in text


def test_precisions_side_by_side():
    result = _bench(str(ROOT / "models" / "mlp.py"), "--precisions", "float32,bfloat16,int8,int4", "-n", "2",
                    "--warmup", "1")
    rows = {r["precision"]: r for r in result["precisions"]}
    assert list(rows) == ["float32", "bfloat16", "int8", "int4"]
    base = rows["float32"]["weight_bytes"]
    assert rows["bfloat16"]["weight_bytes"] == base / 2
    assert rows["int8"]["weight_bytes_vs_float32"] <= 0.27 and rows["int4"]["weight_bytes_vs_float32"] <= 0.18
    for r in rows.values():
        assert r["device_bytes"] == r["weight_bytes"]  # placed as stored: nothing expanded
        assert r["latency_median_s"] > 0 and r["latency_median_s_vs_float32"] > 0
    assert rows["float32"]["error"] < 1e-5 < rows["bfloat16"]["error"] < 0.03
    assert 1e-3 < rows["int8"]["error"] < 0.05 < rows["int4"]["error"] < 0.5


@pytest.mark.slow
def test_generation_precisions_side_by_side(tmp_path):
    from tests import llm_tools

    folder = llm_tools.checkpoint("llama", tmp_path / "ckpt")
    done = subprocess.run([*CLI, "bench-generate", str(folder), "--precisions", "float32,int8", "--prompt-len", "8",
                           "-n", "3", "--max-seq-len", "32", "--json"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {r["precision"]: r for r in json.loads(done.stdout.strip().splitlines()[-1])["precisions"]}
    assert rows["int8"]["device_bytes_vs_float32"] <= 0.3  # the norms stay float32
    assert rows["float32"]["error"] < 1e-5 and 1e-3 < rows["int8"]["error"] < 0.05
    assert rows["int8"]["decode_tok_s"] > 0


def test_generation_next_to_transformers(tmp_path):
    from tests import llm_tools

    folder = llm_tools.checkpoint("llama", tmp_path / "ckpt")
    done = subprocess.run([*CLI, "bench-generate", str(folder), "--max-batch", "2", "--prompt-len", "8", "-n", "3",
                           "--max-seq-len", "32", "--no-torch-compile", "--json"], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    row = json.loads(done.stdout.strip().splitlines()[-1])
    assert "artifact, batch 2:" in done.stderr  # the artifact's own process reports as it goes
    for batch in (1, 2):
        ours, eager = row[f"decode_b{batch}_tok_s"], row[f"eager_decode_b{batch}_tok_s"]
        assert ours > 0 and eager > 0 and row[f"decode_b{batch}_vs_eager"] == pytest.approx(ours / eager)
        assert row[f"decode_b{batch}_step_ms"] == pytest.approx(batch * 1e3 / ours)
    assert row["decode_batch_speedup"] == pytest.approx(row["decode_b2_tok_s"] / row["decode_b1_tok_s"])
    assert row["prefill_calls"] == 1 and row["ttft_s"] > 0 and 0 <= row["row_steps"] <= 1


def test_unknown_precisions_are_a_usage_error():
    done = subprocess.run([*CLI, "bench", str(ROOT / "models" / "mlp.py"), "--precisions", "float32,int3"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "int3" in done.stderr and "Traceback" not in done.stderr
