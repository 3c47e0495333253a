"""Long commands say what they are doing as they go: export's phases (a bar on a terminal, plain lines elsewhere)
and bench's phases as each ends. serve's buckets and batching are checked in test_serve."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from torchtpu_aot import progress
from torchtpu_aot.cli.main import main
from torchtpu_aot.cli.progress import Phases

ROOT = Path(__file__).resolve().parents[1]


def test_export_prints_each_phase_as_it_ends(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(ROOT / "models" / "mlp.py"), "-o", str(tmp_path / "m.mlir")])
    assert result.exit_code == 0, result.output
    phases = [line.split(":")[0].strip() for line in result.stdout.splitlines()[:4]]
    assert phases == ["build", "torch.export", "conversion", "save"], result.stdout
    assert "\r" not in result.stdout  # no bar where the output is not a terminal


def test_on_a_terminal_a_bar_counts_the_phases() -> None:
    runner = CliRunner()
    with runner.isolation() as (out, _, _):
        with Phases(["build", "torch.export"], tty=True) as shown, progress.listening(shown):
            with progress.phase("build"):
                pass
            with progress.phase("torch.export"):
                pass
        text = out.getvalue().decode()
    assert "[------------------------] 0/2 build" in text
    assert "[############------------] 1/2 torch.export" in text
    assert "  build: " in text and "  torch.export: " in text
    assert text.endswith("\r\x1b[K")  # the bar is gone once the work is


def test_phases_cost_nothing_without_a_listener() -> None:
    with progress.phase("anything"):
        pass  # no listener: nothing is reported, nothing fails


def test_bench_prints_each_phase_before_the_summary() -> None:
    done = subprocess.run([sys.executable, "-m", "torchtpu_aot.cli.main", "bench", str(ROOT / "models" / "mlp.py"),
                           "-n", "3", "--warmup", "1", "--no-torch-compile", "--no-starts"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    summary = lines.index("mlp: 3 timed calls after 1 warm-up calls")
    phases = [line.split(":")[0].strip() for line in lines[1:summary]]
    assert phases[:4] == ["build", "torch.export", "conversion", "artifact write"], done.stdout
    assert "artifact latency (JAX)" in phases and "eager torch latency" in phases
    # a tiny model's export peak is the libraries' own memory, not a multiple of its weights
    rss = next(line for line in lines[summary:] if "export peak RSS" in line)
    assert "mostly Python, torch and JAX themselves: the weights are 0.1 MiB" in rss and "x the weight" not in rss
