"""Warm starts: with a cache directory (``load(path, cache_dir=...)``, ``--cache-dir``, $TORCHTPU_CACHE_DIR) the
first process writes its compiled programs there and a fresh second process loads them instead of compiling.

JAX's cache directory is fixed per process, so every check runs in fresh processes. The signal of a hit is
JAX's own: its monitoring events (``/jax/compilation_cache/cache_hits`` and ``cache_misses``) and, for the CLI,
its "Persistent compilation cache hit" log line; no test asserts on time. ``fresh_run`` is also what a
benchmark can call to time load-to-first-result in a cold and a warm process.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from torchtpu_aot.cli.main import main
from torchtpu_aot.errors import TorchTPUError
from torchtpu_aot.runtime import persistent_cache

ROOT = Path(__file__).resolve().parents[1]
MLP = ROOT / "artifacts" / "mlp"
ENV_VAR = persistent_cache.ENV_VAR

CHILD = textwrap.dedent(r'''
    import json, sys, time
    start = time.perf_counter()
    import jax
    events = []
    jax.monitoring.register_event_listener(lambda event, **_: events.append(event))
    import numpy as np
    import safetensors.numpy
    import torchtpu_aot

    art, cache_dir, inputs_file = sys.argv[1], sys.argv[2] or None, sys.argv[3]
    program = torchtpu_aot.load(art, cache_dir=cache_dir)
    outputs = program.run_named(safetensors.numpy.load_file(inputs_file))
    seconds = time.perf_counter() - start
    print("REPORT " + json.dumps({
        "seconds": seconds,  # process start (before importing jax) to the first result
        "hits": events.count("/jax/compilation_cache/cache_hits"),
        "misses": events.count("/jax/compilation_cache/cache_misses"),
        "cache_dir": None if program.cache_dir is None else str(program.cache_dir),
        "outputs": {k: np.asarray(v).tolist() for k, v in outputs.items()},
    }))
''')


def fresh_run(artifact: Path, inputs: Path, cache_dir: Path | None = None, env: dict[str, str] | None = None
              ) -> dict:
    """Load ``artifact`` in a fresh Python process and call it once on the named arrays in ``inputs`` (a
    .safetensors file); returns the seconds from process start to the first result, JAX's persistent-cache hits
    and misses, the cache directory the program used and its outputs."""
    environment = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    environment.update(env or {})
    child = subprocess.run([sys.executable, "-c", CHILD, str(artifact), str(cache_dir or ""), str(inputs)],
                           env=environment, capture_output=True, text=True, timeout=600)
    lines = [line for line in child.stdout.splitlines() if line.startswith("REPORT ")]
    assert child.returncode == 0 and lines, f"exit {child.returncode}\n{child.stdout}\n{child.stderr}"
    return json.loads(lines[-1].removeprefix("REPORT "))


def entries(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_a_second_process_loads_the_compiled_program_from_the_cache(tmp_path):
    cache = tmp_path / "cache"
    cold = fresh_run(MLP / "mlp.mlir", MLP / "inputs.safetensors", cache)
    written = entries(cache)
    assert cold["cache_dir"] == str(cache.resolve())
    assert (cold["hits"], cold["misses"]) == (0, 1) and written  # compiled once, and written to the cache
    warm = fresh_run(MLP / "mlp.mlir", MLP / "inputs.safetensors", cache)
    assert (warm["hits"], warm["misses"]) == (1, 0)  # found it: no compilation
    assert entries(cache) == written
    assert warm["outputs"] == cold["outputs"]


def test_the_environment_variable_names_the_cache_and_no_cache_is_the_default(tmp_path):
    cache = tmp_path / "from-env"
    plain = fresh_run(MLP / "mlp.mlir", MLP / "inputs.safetensors")
    assert plain["cache_dir"] is None and plain["hits"] == plain["misses"] == 0  # no persistent cache in use
    cold = fresh_run(MLP / "mlp.mlir", MLP / "inputs.safetensors", env={ENV_VAR: str(cache)})
    assert cold["cache_dir"] == str(cache.resolve()) and cold["misses"] == 1 and entries(cache)
    warm = fresh_run(MLP / "mlp.mlir", MLP / "inputs.safetensors", env={ENV_VAR: str(cache)})
    assert warm["hits"] == 1 and warm["misses"] == 0


def test_cli_run_with_cache_dir_hits_the_cache_in_a_second_process(tmp_path):
    cache = tmp_path / "cli-cache"
    command = [sys.executable, "-m", "torchtpu_aot.cli.main", "run", str(MLP / "mlp.mlir"), "--random-inputs",
               "--dim", "batch=3", "--cache-dir", str(cache)]
    env = {**{k: v for k, v in os.environ.items() if k != ENV_VAR}, "JAX_LOG_COMPILES": "1"}
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    written = entries(cache)
    assert written and "Persistent compilation cache hit" not in first.stderr
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "Persistent compilation cache hit" in second.stderr and entries(cache) == written
    assert first.stdout.splitlines()[:-1] == second.stdout.splitlines()[:-1]  # the same outputs; timings differ


def test_one_cache_directory_per_process(tmp_path):
    script = textwrap.dedent('''
        import sys
        from torchtpu_aot.errors import TorchTPUError
        from torchtpu_aot.runtime import persistent_cache
        first = persistent_cache.enable(sys.argv[1])
        assert persistent_cache.enable(sys.argv[1]) == first  # again: nothing changes
        try:
            persistent_cache.enable(sys.argv[2])
        except TorchTPUError as e:
            print("REFUSED", e)
    ''')
    child = subprocess.run([sys.executable, "-c", script, str(tmp_path / "a"), str(tmp_path / "b")],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    assert "REFUSED" in child.stdout and "one cache directory per process" in child.stdout
    assert str(tmp_path / "a") in child.stdout and not (tmp_path / "b").exists()


def _unusable(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    return {"under a file": (blocker / "cache", "cannot be created"), "a file": (blocker, "is not a directory"),
            "writable by all": (shared, "writable by every user")}


@pytest.mark.parametrize("case", ["under a file", "a file", "writable by all"])
def test_an_unusable_directory_is_a_clear_error(tmp_path, case):
    path, says = _unusable(tmp_path)[case]
    with pytest.raises(TorchTPUError, match=says):
        persistent_cache.enable(path)
    assert persistent_cache.current() is None  # nothing was turned on


def test_a_read_only_directory_is_a_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root writes anyway: fail the write the way a read-only directory does

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(persistent_cache.tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(TorchTPUError, match=r"is not writable \(Permission denied\)"):
        persistent_cache.enable(folder)
    assert persistent_cache.current() is None


def test_cli_reports_an_unusable_cache_dir(tmp_path):
    path, _ = _unusable(tmp_path)["under a file"]
    result = CliRunner().invoke(main, ["run", str(MLP / "mlp.mlir"), "--random-inputs", "--cache-dir", str(path)])
    assert result.exit_code == TorchTPUError.exit_code
    assert "cannot be created" in result.output and "--cache-dir" in result.output and "Traceback" not in result.output
