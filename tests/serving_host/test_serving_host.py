"""The serving host: artifacts run where only the runtime is installed, on the JAX that host has.

A TPU host installs ``torchtpu-aot`` beside whatever jax its accelerator needs (today the newest), without torch.
CI builds such an environment (a Python 3.12 venv, ``pip install . pytest``, so the newest jax/jaxlib) and runs
this module there, from a copy of this folder, so that ``torchtpu_aot`` is the installed package:

    python -m tests.serving_host.prepare DIR            # in the dev venv: export, run, record (needs torch)
    cp -r tests/serving_host SOMEWHERE && cd SOMEWHERE
    TORCHTPU_SERVING_ARTIFACTS=DIR python -m pytest -q serving_host

Every stored golden and compat artifact must reproduce its stored outputs, and every artifact the dev venv just
exported must reproduce what the dev venv's runtime computed (loaded plainly, with buckets, on several devices, with
its weights split across them, unfolded), within 1e-5 of each output's scale (XLA releases may fuse and round
differently); the persistent compilation cache, ``torchtpu inspect``/``run`` and ``torchtpu serve`` must work. The
dev venv's test run leaves this folder out (tests/conftest.py).
"""

from __future__ import annotations

import http.client
import importlib.util
import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import safetensors.numpy

import torchtpu_aot

FOLDER = Path(os.environ.get("TORCHTPU_SERVING_ARTIFACTS", "/nonexistent"))
GOLDENS = FOLDER / "goldens"
TOLERANCE = 1e-5
TORCHTPU = str(Path(sys.executable).with_name("torchtpu"))  # the command the package installed beside python
PLAN = json.loads((FOLDER / "plan.json").read_text())["artifacts"] if (FOLDER / "plan.json").is_file() else []

if not FOLDER.is_dir():
    pytest.skip("set TORCHTPU_SERVING_ARTIFACTS to a folder made by `python -m tests.serving_host.prepare`",
                allow_module_level=True)


def assert_close(got: dict, want: dict, what: str) -> None:
    assert sorted(got) == sorted(want), what
    for key, expected in want.items():
        actual = np.asarray(got[key])
        assert actual.shape == expected.shape and actual.dtype == expected.dtype, f"{what} {key}"
        if expected.dtype.kind in "biu" or expected.size == 0:
            np.testing.assert_array_equal(actual, expected, err_msg=f"{what} {key}")
            continue
        error = np.abs(actual.astype(np.float64) - expected.astype(np.float64))
        scale = float(np.abs(expected.astype(np.float64)).max())
        assert np.isfinite(error).all() and error.max() <= TOLERANCE * max(scale, 1e-30), \
            f"{what} {key}: err {error.max():.3g}, scale {scale:.3g}"


def test_this_is_a_serving_host():
    """The environment really lacks torch and transformers, and runs a JAX the goldens were not made with."""
    assert importlib.util.find_spec("torch") is None and importlib.util.find_spec("transformers") is None
    import jax

    print(f"serving host: Python {sys.version.split()[0]}, jax {jax.__version__}, {len(jax.devices())} devices")


def _stored() -> list[tuple[Path, Path, Path]]:
    """(program, inputs, expected) of every stored artifact that comes with its outputs."""
    cases = []
    for folder in sorted(p for p in GOLDENS.iterdir() if p.is_dir()):
        programs = sorted(folder.glob("*.mlir"))
        for prefix in ("", "resized_"):
            inputs, expected = folder / f"{prefix}inputs.safetensors", folder / f"{prefix}expected.safetensors"
            if expected.is_file():
                cases += [(p, inputs, expected) for p in programs if p.with_suffix(".safetensors").is_file()]
    return cases


@pytest.mark.parametrize("program,inputs,expected", _stored(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stored_goldens_and_compat_artifacts_reproduce_their_outputs(program, inputs, expected):
    got = torchtpu_aot.load(program).run_named(safetensors.numpy.load_file(inputs))
    assert_close(got, safetensors.numpy.load_file(expected), program.name)


def test_every_stored_golden_with_outputs_is_checked():
    names = {p.parent.name for p, _, _ in _stored()}
    assert {"mlp", "gpt_decoder", "dict_model", "conv1d_seq", "compat"} <= names


_LOADS = [(entry, index) for entry in PLAN for index in range(len(entry["loads"]))]


@pytest.mark.parametrize("entry,index", _LOADS,
                         ids=[f"{e['path']}-{json.dumps(e['loads'][i]['options'])}" for e, i in _LOADS])
def test_fresh_exports_reproduce_the_exporting_runtime(entry, index):
    path = FOLDER / entry["path"]
    if "golden" in entry:  # the program is the stored golden, so the golden itself runs here
        assert path.read_bytes() == (GOLDENS / entry["golden"]).read_bytes()
    load = entry["loads"][index]
    program = torchtpu_aot.load(path, **load["options"])
    if "devices" in load["options"]:
        assert len(program.devices) == load["options"]["devices"]
    if "tensor_parallel" in load["options"]:
        assert program.tensor_parallel == load["options"]["tensor_parallel"]
        total = program.manifest.weights.nbytes
        assert max(program.weight_bytes_per_device().values()) <= (1 / program.tensor_parallel + 0.1) * total
    for stem in load["calls"]:  # in order: buffers and random state carry over from call to call
        got = program.run_named(safetensors.numpy.load_file(FOLDER / f"{stem}.inputs.safetensors"))
        assert_close(got, safetensors.numpy.load_file(FOLDER / f"{stem}.expected.safetensors"), stem)


def test_named_tuples_scalars_and_inputs_by_name():
    program = torchtpu_aot.load(FOLDER / "named_outputs.mlir")
    x = safetensors.numpy.load_file(FOLDER / "named_outputs.0.0.inputs.safetensors")["x"]
    out = program(x=x)
    top, pair = out["top"], out["pair"]
    assert type(top).__name__ == "topk" and top._fields == ("values", "indices")
    assert type(pair).__name__ == "Pair" and pair._fields == ("total", "peak")
    np.testing.assert_array_equal(top.values, np.sort(x, axis=1)[:, ::-1][:, :3])
    assert out["mean"].shape == () and out["mean"].dtype == np.float64 and out["rows"] == 8
    np.testing.assert_array_equal(program(x)["top"].indices, top.indices)
    onnx = torchtpu_aot.load(FOLDER / "onnx_mlp.mlir")
    y = safetensors.numpy.load_file(FOLDER / "onnx_mlp.0.0.inputs.safetensors")["x"]
    np.testing.assert_array_equal(onnx(x=y)[0], onnx(y)[0])


CHILD = textwrap.dedent(r'''
    import json, sys
    import jax
    events = []
    jax.monitoring.register_event_listener(lambda event, **_: events.append(event))
    import numpy as np, safetensors.numpy, torchtpu_aot
    program = torchtpu_aot.load(sys.argv[1], cache_dir=sys.argv[2])
    out = program.run_named(safetensors.numpy.load_file(sys.argv[3]))
    print("REPORT " + json.dumps({"hits": events.count("/jax/compilation_cache/cache_hits"),
                                  "misses": events.count("/jax/compilation_cache/cache_misses"),
                                  "sum": float(sum(np.asarray(v, np.float64).sum() for v in out.values()))}))
''')


def test_the_persistent_cache_serves_a_fresh_process(tmp_path):
    reports = []
    for _ in range(2):
        child = subprocess.run([sys.executable, "-c", CHILD, str(FOLDER / "mlp_bytecode.mlir"), str(tmp_path),
                                str(FOLDER / "mlp_bytecode.0.0.inputs.safetensors")],
                               capture_output=True, text=True, timeout=600)
        lines = [line for line in child.stdout.splitlines() if line.startswith("REPORT ")]
        assert child.returncode == 0 and lines, child.stderr
        reports.append(json.loads(lines[-1].removeprefix("REPORT ")))
    assert (reports[0]["hits"], reports[0]["misses"]) == (0, 1)
    assert (reports[1]["hits"], reports[1]["misses"]) == (1, 0)
    assert reports[0]["sum"] == reports[1]["sum"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([TORCHTPU, *args], capture_output=True, text=True, timeout=600)


def test_inspect_states_which_stablehlo_this_jax_reads():
    import jax

    result = _cli("inspect", str(FOLDER / "mlp_bytecode.mlir"))
    assert result.returncode == 0, result.stderr
    assert "StableHLO bytecode, version" in result.stdout and f"jax {jax.__version__} reads" in result.stdout
    assert "loads here" in result.stdout


def test_run_from_the_command_line(tmp_path):
    inputs = safetensors.numpy.load_file(FOLDER / "resnet18.0.0.inputs.safetensors")
    np.save(tmp_path / "x.npy", inputs["x"])
    result = _cli("run", str(FOLDER / "resnet18.mlir"), "-i", f"x={tmp_path / 'x.npy'}", "-o", str(tmp_path / "o.npz"))
    assert result.returncode == 0, result.stderr
    want = safetensors.numpy.load_file(FOLDER / "resnet18.0.0.expected.safetensors")
    assert_close(dict(np.load(tmp_path / "o.npz")), want, "torchtpu run")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_a_v2_infer_request(tmp_path):
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([TORCHTPU, "serve", str(FOLDER / "mlp_bytecode.mlir"), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/v2/health/ready")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.5)
        x = safetensors.numpy.load_file(FOLDER / "mlp_bytecode.0.0.inputs.safetensors")["input"]
        body = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": list(x.shape),
                                       "data": x.reshape(-1).tolist()}]})
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("POST", "/v2/models/mlp_bytecode/infer", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        assert response.status == 200
        (output,) = json.loads(response.read())["outputs"]
        got = {output["name"]: np.asarray(output["data"], np.float32).reshape(output["shape"])}
        assert_close(got, safetensors.numpy.load_file(FOLDER / "mlp_bytecode.0.0.expected.safetensors"), "serve")
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_tensor_parallel_generation_gives_the_exporting_runtimes_tokens():
    """Weights and KV cache split across 2 devices by heads: the greedy tokens of one device in the dev venv."""
    expected = json.loads((FOLDER / "llm_tp.json").read_text())
    program = torchtpu_aot.load(FOLDER / "llm_tp.mlir", tensor_parallel=2)
    assert len(program.devices) == 2 and program.cache_arrays()[0].sharding.spec[1] == "model"
    results = program.generate(expected["prompts"], max_new_tokens=10, ignore_eos=True)
    assert [r.token_ids for r in results] == expected["tokens"]


def test_the_stored_generation_golden_generates_its_tokens_here():
    """Text generation with no torch and no transformers: the tokenizer is the `tokenizers` package's."""
    folder = GOLDENS / "llm"
    expected = json.loads((folder / "expected.json").read_text())
    program = torchtpu_aot.load(folder / "llm.mlir")
    results = program.generate([r["prompt"] for r in expected["results"]],
                               max_new_tokens=expected["max_new_tokens"], ignore_eos=True)
    assert [r.token_ids for r in results] == [r["token_ids"] for r in expected["results"]]
    assert [r.text for r in results] == [r["text"] for r in expected["results"]]
    result = _cli("generate", str(folder / "llm.mlir"), "--prompt", expected["results"][0]["prompt"], "-n", "16",
                  "--ignore-eos")
    assert result.returncode == 0 and result.stdout.startswith(expected["results"][0]["text"]), result.stderr
