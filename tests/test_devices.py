"""Data parallelism (``load(path, devices=N)``, ``--devices N``): the batch split across N devices, weights
replicated, results equal to one device's.

JAX reads XLA_FLAGS once, when it starts, so the checks run in one fresh process with 8 CPU devices
(--xla_force_host_platform_device_count=8) that prints its findings as JSON; the tests assert on them.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import jax
import numpy as np
import pytest
import torch
from click.testing import CliRunner
from torch import nn

import torchtpu_aot
from tests.serve_tools import free_port, wait_ready
from torchtpu_aot.cli.main import main
from torchtpu_aot.errors import OptionError

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
DEVICES = 8
TOLERANCE = 1e-6  # relative to each output's scale: each device multiplies fewer rows, which may round differently

# Batch sizes per model (8 and 16 split evenly; 5 and 11 are padded up to 8 and 16, sharing their programs).
CASES = {
    "mlp": [{"batch": 8}, {"batch": 16}, {"batch": 5}, {"batch": 11}],
    "gpt_decoder": [{"batch": 8, "seq": 12}, {"batch": 16, "seq": 12}, {"batch": 5, "seq": 12},
                    {"batch": 11, "seq": 12}],
    "resnet18": [{"batch": 8}, {"batch": 16}, {"batch": 11}],
    # quantized goldens: integer weights replicated like any other
    "mlp_int8": [{"batch": 8}, {"batch": 11}],
    "gpt_decoder_int4": [{"batch": 8, "seq": 12}, {"batch": 11, "seq": 12}],
}

CHILD = textwrap.dedent(r'''
    import json, sys
    import jax
    import numpy as np
    import torchtpu_aot
    from torchtpu_aot.cli.inputs import random_array
    from torchtpu_aot.errors import InputError, OptionError

    paths, cases = json.loads(sys.argv[1]), json.loads(sys.argv[2])
    rng = np.random.default_rng(0)
    report = {"device_count": len(jax.devices()), "models": {}, "errors": {}}

    def make_inputs(program, sizes):
        return {e.name: random_array(e, program.manifest, rng, sizes) for e in program.manifest.tensor_inputs}

    def rel(a, b):
        scale = float(np.max(np.abs(a.astype(np.float64)), initial=0))
        diff = float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64)), initial=0))
        return diff / scale if scale else diff

    def compare(one, many, inputs):
        a, b = one.run_named(inputs), many.run_named(inputs)
        return {n: {"shape": list(b[n].shape), "want": list(a[n].shape), "rel": rel(a[n], b[n])} for n in a}

    def layout(program):
        """How the compiled programs place weights, inputs and results, and where the weights live."""
        out = []
        for compiled in program._cache._compiled.values():
            args, _ = compiled.input_shardings
            n = len(program._live)  # weights passed as arguments (the rest are folded in as constants)
            out.append({
                "weights": sorted({tuple(s.spec) for s in args[:n]}),
                "inputs": [list(s.spec) for s in args[n:]],
                "results": [list(s.spec) for s in compiled.output_shardings],
                "devices": sorted({len(s.device_set) for s in (*args, *compiled.output_shardings)}),
            })
        weights = [program._weights[k] for k in program._live]
        return {"compiled": out, "program_devices": len(program.devices),
                "weights_replicated": bool(weights) and all(w.sharding.is_fully_replicated
                                          and len(w.sharding.device_set) == len(program.devices) for w in weights)}

    def error(fn):
        try:
            fn()
        except (InputError, OptionError) as e:
            return {"type": type(e).__name__, "message": str(e)}
        return None

    for name, sizes_list in cases.items():
        # One device with weights folded in (the default), eight with weights as replicated arguments.
        one, many = torchtpu_aot.load(paths[name]), torchtpu_aot.load(paths[name], devices=8, fold_weights=False)
        runs = [{"sizes": s, "outputs": compare(one, many, make_inputs(one, s))} for s in sizes_list]
        report["models"][name] = {"runs": runs, "compilations": many.compilations, **layout(many)}

    # Buckets and devices together: batch 3 -> bucket 4 -> 8 rows.
    one = torchtpu_aot.load(paths["mlp"], buckets=[1, 2, 4])
    many = torchtpu_aot.load(paths["mlp"], buckets=[1, 2, 4], devices=8)
    report["buckets"] = compare(one, many, make_inputs(one, {"batch": 3}))
    report["buckets_input_shape"] = [k[0][0] for k in many._cache._compiled]

    # Static shapes: dict_model's inputs share dim 0 = 2, which 2 devices split and 8 do not.
    one = torchtpu_aot.load(paths["dict_model"])
    two = torchtpu_aot.load(paths["dict_model"], devices=2, fold_weights=False)
    report["static"] = {"outputs": compare(one, two, make_inputs(one, {})), **layout(two)}
    report["errors"]["static"] = error(lambda: torchtpu_aot.load(paths["dict_model"], devices=8))

    # Buffers the model updates (BatchNorm in train mode) stay replicated and match one device's.
    one, many = torchtpu_aot.load(paths["bn"]), torchtpu_aot.load(paths["bn"], devices=8)
    inputs = make_inputs(one, {"batch": 16})
    report["buffers"] = {"outputs": compare(one, many, inputs)}
    report["buffers"]["buffers"] = {k: rel(v, many.buffers()[k]) for k, v in one.buffers().items()}
    report["buffers"]["replicated"] = all(many._weights[k].sharding.is_fully_replicated for k in many._live)
    report["errors"]["buffers_padding"] = error(lambda: many.run_named(make_inputs(one, {"batch": 5})))
    small = torchtpu_aot.load(paths["small"], devices=8)
    report["errors"]["above_max"] = error(lambda: small.run_named(make_inputs(small, {"batch": 19})))
    report["errors"]["too_many"] = error(lambda: torchtpu_aot.load(paths["mlp"], devices=9))
    report["errors"]["zero"] = error(lambda: torchtpu_aot.load(paths["mlp"], devices=0))
    print("REPORT " + json.dumps(report))
''')


def eight_devices_env() -> dict[str, str]:
    return {**os.environ, "XLA_FLAGS": f"--xla_force_host_platform_device_count={DEVICES}", "JAX_PLATFORMS": "cpu"}


def _export(model: nn.Module, example: torch.Tensor, dynamic: str, path: Path) -> str:
    return str(torchtpu_aot.export(model, (example,), dynamic_shapes=[dynamic]).save(path))


class _Norm(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 4)
        self.bn = nn.BatchNorm1d(4)

    def forward(self, x):
        return self.bn(self.fc(x))


@pytest.fixture(scope="module")
def report(exported_model, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("devices")
    torch.manual_seed(0)
    paths = {name: str(ARTIFACTS / name / f"{name}.mlir")
             for name in ("mlp", "gpt_decoder", "dict_model", "mlp_int8", "gpt_decoder_int4")}
    paths["resnet18"] = str(exported_model("resnet18").artifact.save(folder / "resnet18.mlir"))
    paths["bn"] = _export(_Norm().train(), torch.randn(4, 6), "x:0=batch[2,64]", folder / "bn.mlir")
    paths["small"] = _export(nn.Linear(6, 4), torch.randn(4, 6), "input:0=batch[1,20]", folder / "small.mlir")
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(paths), json.dumps(CASES)], env=eight_devices_env(),
                           capture_output=True, text=True, timeout=900)
    lines = [line for line in child.stdout.splitlines() if line.startswith("REPORT ")]
    assert child.returncode == 0 and lines, f"exit {child.returncode}\n{child.stdout}\n{child.stderr}"
    return json.loads(lines[-1].removeprefix("REPORT "))


def _assert_equal_outputs(outputs: dict, where: str) -> None:
    for name, found in outputs.items():
        assert found["shape"] == found["want"], f"{where}, output {name}: {found}"
        assert found["rel"] <= TOLERANCE, f"{where}, output {name}: {found}"


def test_the_child_sees_eight_devices(report):
    assert report["device_count"] == DEVICES


@pytest.mark.parametrize("name", list(CASES))
def test_eight_devices_give_one_devices_results(report, name):
    model = report["models"][name]
    assert [run["sizes"] for run in model["runs"]] == CASES[name]
    for run in model["runs"]:
        _assert_equal_outputs(run["outputs"], f"{name} at {run['sizes']}")
    # Batches 5 and 11 are padded to 8 and 16 and reuse those programs.
    assert model["compilations"] == 2


@pytest.mark.parametrize("name", list(CASES))
def test_inputs_and_outputs_are_split_across_the_devices_and_weights_replicated(report, name):
    model = report["models"][name]
    assert model["program_devices"] == DEVICES and model["weights_replicated"]
    for compiled in model["compiled"]:
        assert compiled["devices"] == [DEVICES]
        assert compiled["weights"] == [[]]  # replicated
        assert compiled["inputs"] == [["data"]]  # dim 0 split over the data axis of the mesh
        assert compiled["results"] == [["data"]]


def test_buckets_and_devices_pad_together(report):
    _assert_equal_outputs(report["buckets"], "mlp, buckets 1,2,4 at batch 3")
    assert report["buckets_input_shape"] == [[8, 64]]  # 3 -> bucket 4 -> a multiple of 8


def test_static_shapes_split_when_the_devices_divide_the_batch(report):
    static = report["static"]
    _assert_equal_outputs(static["outputs"], "dict_model on 2 devices")
    assert static["program_devices"] == 2 and static["weights_replicated"]
    (compiled,) = static["compiled"]
    assert compiled["inputs"] == [["data"]] * 2 and compiled["devices"] == [2]
    message = report["errors"]["static"]["message"]
    assert "no dynamic batch dim" in message and "--dynamic INPUT:0=batch" in message
    assert "image [2, 3, 16, 16]" in message


def test_mutated_buffers_stay_replicated_and_match_one_device(report):
    buffers = report["buffers"]
    _assert_equal_outputs(buffers["outputs"], "BatchNorm in train mode at batch 16")
    assert buffers["buffers"] and all(v <= TOLERANCE for v in buffers["buffers"].values()), buffers["buffers"]
    assert buffers["replicated"]
    message = report["errors"]["buffers_padding"]["message"]
    assert "padded to 8" in message and "updates buffers" in message and "multiple of 8" in message


def test_errors_say_what_to_do(report):
    errors = report["errors"]
    assert all(e is not None for e in errors.values()), errors
    # options that do not fit the machine are usage errors; a batch the devices cannot split is the input's fault
    assert errors["too_many"]["type"] == errors["zero"]["type"] == "OptionError", errors
    assert errors["above_max"]["type"] == "InputError", errors
    assert "JAX sees 8" in errors["too_many"]["message"]
    assert "XLA_FLAGS=--xla_force_host_platform_device_count=9" in errors["too_many"]["message"]
    assert "at least 1" in errors["zero"]["message"]
    assert "padded to 24" in errors["above_max"]["message"] and "[1, 20]" in errors["above_max"]["message"]


def test_one_device_is_the_plain_path():
    program = torchtpu_aot.load(ARTIFACTS / "mlp" / "mlp.mlir", devices=1)
    assert program._parallel is None and len(program.devices) == 1
    with pytest.raises(OptionError, match="whole number of at least 1"):
        torchtpu_aot.load(ARTIFACTS / "mlp" / "mlp.mlir", devices=True)


def test_cli_run_on_eight_devices(tmp_path):
    art = ARTIFACTS / "mlp" / "mlp.mlir"
    common = ["run", str(art), "--random-inputs", "--dim", "batch=11"]
    child = subprocess.run([sys.executable, "-m", "torchtpu_aot.cli.main", *common, "--devices", "8", "-o",
                            str(tmp_path / "eight.npz")], env=eight_devices_env(), capture_output=True, text=True,
                           timeout=300)
    assert child.returncode == 0, child.stderr
    assert "output float32[11, 10]" in " ".join(child.stdout.split()) and "ran on 8 devices" in child.stdout
    one = CliRunner().invoke(main, [*common, "-o", str(tmp_path / "one.npz")])
    assert one.exit_code == 0, one.output
    a, b = np.load(tmp_path / "one.npz")["output"], np.load(tmp_path / "eight.npz")["output"]
    assert a.shape == b.shape == (11, 10)
    assert np.max(np.abs(a - b)) <= TOLERANCE * np.max(np.abs(a))


def test_cli_asking_for_more_devices_than_there_are():
    result = CliRunner().invoke(main, ["run", str(ARTIFACTS / "mlp" / "mlp.mlir"), "--random-inputs", "--devices",
                                       str(len(jax.devices()) + 1)])
    assert result.exit_code == OptionError.exit_code == 2
    assert "xla_force_host_platform_device_count" in result.output and "Traceback" not in result.output


def test_serve_on_eight_devices_with_a_cache_dir(tmp_path):
    """`torchtpu serve --devices 8 --cache-dir DIR`: requests of 3 rows (padded to 8) answer as one device does."""
    art, cache, log = ARTIFACTS / "mlp" / "mlp.mlir", tmp_path / "cache", tmp_path / "serve.log"
    port = free_port()
    command = [sys.executable, "-m", "torchtpu_aot.cli.main", "serve", str(art), "--port", str(port),
               "--max-batch-size", "4", "--devices", "8", "--cache-dir", str(cache)]
    server = subprocess.Popen(command, env=eight_devices_env(), stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        wait_ready(port, [server], [log], 300)
        x = np.random.default_rng(0).standard_normal((3, 64)).astype(np.float32)
        body = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": [3, 64],
                                       "data": x.ravel().tolist()}]})
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("POST", "/v2/models/mlp/infer", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        assert response.status == 200, answer
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)
    (output,) = answer["outputs"]
    got = np.array(output["data"], np.float32).reshape(output["shape"])
    want = torchtpu_aot.load(art)(x)
    assert got.shape == want.shape == (3, 10)
    assert np.max(np.abs(got - want)) <= TOLERANCE * np.max(np.abs(want))
    assert "loaded 1 model on 8 devices" in log.read_text() and entries_in(cache)


def entries_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
