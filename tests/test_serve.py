"""torchtpu serve: a real server process on a free loopback port, driven by Triton's HTTP client and raw HTTP.

Artifacts with a dynamic batch dim are exported once per module; each server is a `torchtpu serve` subprocess.
"""

from __future__ import annotations

import asyncio
import gzip
import http.client
import inspect
import json
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from prometheus_client.parser import text_string_to_metric_families
from torch.export import Dim

import torchtpu_aot
from tests.serve_tools import free_port, wait_ready
from torchtpu_aot.cli.main import main
from torchtpu_aot.frontend.model_file import load_model_file
from torchtpu_aot.serve.batching import Batcher
from torchtpu_aot.serve.metrics import Metrics
from torchtpu_aot.serve.model import ServedModel

httpclient = pytest.importorskip("tritonclient.http")
InferenceServerException = pytest.importorskip("tritonclient.utils").InferenceServerException

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 300  # loading and compiling the buckets of resnet18 on 2 busy cores


# ---------------------------------------------------------------------------------------------------- fixtures


def _export(name: str, folder: Path, dynamic: bool = True, example: tuple | None = None) -> Path:
    spec = load_model_file(ROOT / "models" / f"{name}.py")
    args = example if example is not None else spec.args
    shapes = None
    if dynamic:
        first = next(iter(inspect.signature(spec.model.forward).parameters))
        shapes = {first: {0: Dim("batch", min=1, max=64)}}
    artifact = torchtpu_aot.export(spec.model, args, spec.kwargs, dynamic_shapes=shapes, name=name)
    return artifact.save(folder / f"{name}.mlir")


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("serve")
    return {
        "mlp": _export("mlp", folder),
        "gpt_decoder": _export("gpt_decoder", folder),
        # batch 2 in the example: torch.export specializes a dim of size 1
        "resnet18": _export("resnet18", folder, example=(torch.randn(2, 3, 224, 224),)),
        "dict_model": _export("dict_model", folder, dynamic=False),
    }


class Server:
    """`torchtpu serve` in a subprocess on a free loopback port."""

    def __init__(self, paths: list[Path], *options: str, log: Path):
        self.port = free_port()
        self.url = f"127.0.0.1:{self.port}"
        self.log = log
        command = [sys.executable, "-m", "torchtpu_aot.cli.main", "serve", *map(str, paths), "--port",
                   str(self.port), *options]
        self.process = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT)
        try:
            wait_ready(self.port, [self.process], [log], READY_TIMEOUT_S)
        except AssertionError:
            self.process.kill()
            raise

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
                ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            connection.request(method, path, body, headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, bytes]:
        status, _, body = self.request("GET", path)
        return status, body

    def metric(self, name: str, **labels: str) -> float:
        """A sample's value from /metrics (0 when absent)."""
        text = self.get("/metrics")[1].decode()
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                    return sample.value
        return 0.0

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@pytest.fixture(scope="module")
def server(artifacts: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    """All four models, and the mlp once more under another name; batching up to 4 rows; a 2 MiB request limit;
    shapes compiled as requests come."""
    paths = [artifacts[n] for n in ("mlp", "gpt_decoder", "resnet18", "dict_model")]
    s = Server(paths, "--name", f"classifier={artifacts['mlp']}", "--max-batch-size", "4", "--max-request-mb", "2",
               "--no-warmup", log=tmp_path_factory.mktemp("log") / "server.log")
    yield s
    assert s.stop() == 0, s.log.read_text()


@pytest.fixture(scope="module")
def client(server: Server):
    c = httpclient.InferenceServerClient(url=server.url, concurrency=4, network_timeout=120)
    yield c
    c.close()


@pytest.fixture(scope="module")
def programs(artifacts: dict[str, Path]):
    cache = {}

    def get(name: str) -> torchtpu_aot.Program:
        if name not in cache:
            cache[name] = torchtpu_aot.load(artifacts[name])
        return cache[name]

    return get


def _triton_infer(client, model: str, inputs: dict[str, np.ndarray], binary: bool = True,
                  outputs: dict[str, bool] | None = None):
    tensors = []
    for name, array in inputs.items():
        t = httpclient.InferInput(name, list(array.shape), {"float32": "FP32", "int64": "INT64"}[str(array.dtype)])
        t.set_data_from_numpy(array, binary_data=binary)
        tensors.append(t)
    wanted = None if outputs is None else [httpclient.InferRequestedOutput(n, binary_data=b)
                                          for n, b in outputs.items()]
    return client.infer(model, tensors, outputs=wanted, request_id="req-1")


# ---------------------------------------------------------------------------------------------------- protocol


def test_health_and_metadata(client, server: Server):
    assert client.is_server_live() and client.is_server_ready()
    meta = client.get_server_metadata()
    assert meta["name"] == "torchtpu_aot" and "binary_tensor_data" in meta["extensions"]
    for name in ("mlp", "gpt_decoder", "resnet18", "dict_model"):
        assert client.is_model_ready(name) and client.is_model_ready(name, "1")
    assert not client.is_model_ready("nope")
    assert client.get_model_metadata("mlp") == {
        "name": "mlp", "versions": ["1"], "platform": "torchtpu_aot_stablehlo",
        "inputs": [{"name": "input", "datatype": "FP32", "shape": [-1, 64]}],
        "outputs": [{"name": "output", "datatype": "FP32", "shape": [-1, 10]}]}
    decoder = client.get_model_metadata("gpt_decoder", "1")
    assert decoder["inputs"] == [{"name": "ids", "datatype": "INT64", "shape": [-1, 16]}]
    assert decoder["outputs"] == [{"name": "output", "datatype": "FP32", "shape": [-1, 16, 512]}]
    static = client.get_model_metadata("dict_model")
    assert [(t["name"], t["shape"]) for t in static["inputs"]] == [("image", [2, 3, 16, 16]), ("extra", [2, 4])]
    assert [t["name"] for t in static["outputs"]] == ["logits", "aux.probs", "aux.box"]
    with pytest.raises(InferenceServerException, match="no version '2'"):
        client.get_model_metadata("mlp", "2")


def test_the_server_lists_its_models_and_serves_one_under_another_name(client, server: Server, programs):
    names = ["classifier", "dict_model", "gpt_decoder", "mlp", "resnet18"]
    assert client.get_server_metadata()["models"] == names
    assert client.get_model_repository_index() == [{"name": n, "version": "1", "state": "READY"} for n in names]
    status, _, raw = server.request("POST", "/v2/repository/index", b'{"ready": "yes"}')
    assert status == 400 and "must be empty or" in json.loads(raw)["error"]
    assert client.get_model_metadata("classifier")["name"] == "classifier"
    x = np.ones((2, 64), np.float32)
    np.testing.assert_array_equal(_triton_infer(client, "classifier", {"input": x}).as_numpy("output"),
                                  programs("mlp").run_named({"input": x})["output"])
    log = server.log.read_text()
    assert "mlp: batching dim 'batch' up to 4 rows, buckets 1,2,4" in log
    assert "dict_model: no batching: input 'image' has a static dim 0 (2)" in log


def _strict_json(raw: bytes):
    def refuse(token: str):
        raise AssertionError(f"{token} is not JSON")

    return json.loads(raw, parse_constant=refuse)


def test_nan_and_infinity_never_make_invalid_json(server: Server, client):
    x = [0.5] * 64
    x[0] = float("nan")  # Python writes the JSON-like token NaN, which the server reads
    status, _, raw = server.request("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(data=x)]))
    assert status == 400 and "holds NaN or infinity, which JSON cannot carry" in _strict_json(raw)["error"]
    assert "binary_data" in _strict_json(raw)["error"]
    got = _triton_infer(client, "mlp", {"input": np.array([x], np.float32)}, binary=True).as_numpy("output")
    assert np.isnan(got).all()  # binary data carries NaN as it is


@pytest.mark.parametrize("binary", [True, False], ids=["binary", "json"])
def test_triton_client_matches_in_process(client, programs, binary: bool):
    rng = np.random.default_rng(0)
    cases = [("gpt_decoder", {"ids": rng.integers(0, 512, (2, 16)).astype(np.int64)}),
             ("mlp", {"input": rng.standard_normal((4, 64)).astype(np.float32)})]
    if binary:  # its JSON body would pass the 2 MiB limit
        cases.append(("resnet18", {"x": rng.standard_normal((1, 3, 224, 224)).astype(np.float32)}))
    for name, inputs in cases:
        want = programs(name).run_named(inputs)["output"]
        result = _triton_infer(client, name, inputs, binary=binary)
        got = result.as_numpy("output")
        assert result.get_response()["id"] == "req-1" and result.get_response()["model_name"] == name
        assert got.dtype == want.dtype and got.shape == want.shape, name
        # same shape, same compiled program: the same bits, through JSON as through binary
        np.testing.assert_array_equal(got, want, err_msg=name)


def test_requested_outputs_are_honoured(client, programs):
    rng = np.random.default_rng(1)
    inputs = {"image": rng.standard_normal((2, 3, 16, 16)).astype(np.float32),
              "extra": rng.standard_normal((2, 4)).astype(np.float32)}
    want = programs("dict_model").run_named(inputs)
    result = _triton_infer(client, "dict_model", inputs, outputs={"aux.box": True, "logits": False})
    response = result.get_response()
    assert [o["name"] for o in response["outputs"]] == ["aux.box", "logits"]
    assert "binary_data_size" in response["outputs"][0]["parameters"] and "data" in response["outputs"][1]
    np.testing.assert_array_equal(result.as_numpy("aux.box"), want["aux.box"])
    np.testing.assert_array_equal(result.as_numpy("logits"), want["logits"])
    assert result.as_numpy("aux.probs") is None
    everything = _triton_infer(client, "dict_model", inputs)
    assert sorted(o["name"] for o in everything.get_response()["outputs"]) == ["aux.box", "aux.probs", "logits"]


def test_compressed_request(server: Server, programs):
    x = np.arange(2 * 64, dtype=np.float32).reshape(2, 64) / 100
    body = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": [2, 64],
                                   "data": x.ravel().tolist()}]}).encode()
    status, _, raw = server.request("POST", "/v2/models/mlp/infer", gzip.compress(body),
                                    {"Content-Encoding": "gzip"})
    assert status == 200, raw
    out = json.loads(raw)["outputs"][0]
    np.testing.assert_array_equal(np.array(out["data"], np.float32).reshape(out["shape"]),
                                  programs("mlp").run_named({"input": x})["output"])


# ---------------------------------------------------------------------------------------------------- malformed


def _json_body(inputs: list[dict], **extra) -> bytes:
    return json.dumps({"inputs": inputs, **extra}).encode()


def _mlp_input(shape=(1, 64), datatype="FP32", data=None, name="input") -> dict:
    count = int(np.prod(shape))
    return {"name": name, "datatype": datatype, "shape": list(shape),
            "data": data if data is not None else [0.5] * count}


_BINARY_HEADER = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": [1, 64],
                                         "parameters": {"binary_data_size": 256}}]}).encode()

MALFORMED = {
    "unknown model": ("POST", "/v2/models/nope/infer", _json_body([_mlp_input()]), {}, 404, "No model named 'nope'"),
    "unknown version": ("POST", "/v2/models/mlp/versions/7/infer", _json_body([_mlp_input()]), {}, 404,
                        "no version '7'"),
    "unknown input": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(), _mlp_input(name="bogus")]), {},
                      400, "has no input 'bogus'"),
    "missing input": ("POST", "/v2/models/dict_model/infer",
                      _json_body([{"name": "image", "datatype": "FP32", "shape": [2, 3, 16, 16],
                                   "data": [0.0] * 1536}]), {}, 400, "Missing input 'extra'"),
    "wrong datatype": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(datatype="FP64")]), {}, 400,
                       "datatype FP64, but model 'mlp' takes FP32"),
    "unknown datatype": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(datatype="FP8")]), {}, 400,
                         "datatype 'FP8'"),
    "wrong shape": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(shape=(1, 63))]), {}, 400,
                    "dim 1 must be 64"),
    "wrong rank": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(shape=(64,))]), {}, 400, "rank 2"),
    "batch out of range": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(shape=(65, 64))]), {}, 400,
                           "outside the range [1, 64]"),
    "FP32 value beyond its range": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(data=[1e40] * 64)]), {},
                                    400, "beyond the range of FP32"),
    "data length mismatch": ("POST", "/v2/models/mlp/infer", _json_body([_mlp_input(data=[0.5] * 63)]), {}, 400,
                             "63 data elements, but shape [1, 64] takes 64"),
    "floats for INT64": ("POST", "/v2/models/gpt_decoder/infer",
                         _json_body([{"name": "ids", "datatype": "INT64", "shape": [1, 16], "data": [0.5] * 16}]), {},
                         400, "must be a list of integers"),
    "malformed JSON": ("POST", "/v2/models/mlp/infer", b'{"inputs": [', {}, 400, "not valid JSON"),
    "no inputs": ("POST", "/v2/models/mlp/infer", b'{"id": "x"}', {}, 400, "non-empty \"inputs\" list"),
    "header length not a number": ("POST", "/v2/models/mlp/infer", _BINARY_HEADER + bytes(256),
                                   {"Inference-Header-Content-Length": "ten"}, 400, "must be an integer"),
    "header length past the body": ("POST", "/v2/models/mlp/infer", _BINARY_HEADER + bytes(256),
                                    {"Inference-Header-Content-Length": str(len(_BINARY_HEADER) + 10**6)}, 400,
                                    "size of the JSON header"),
    "header length cuts the JSON": ("POST", "/v2/models/mlp/infer", _BINARY_HEADER + bytes(256),
                                    {"Inference-Header-Content-Length": "20"}, 400, "not valid JSON"),
    "binary data short": ("POST", "/v2/models/mlp/infer", _BINARY_HEADER + bytes(100),
                          {"Inference-Header-Content-Length": str(len(_BINARY_HEADER))}, 400, "only 100 remain"),
    "binary data left over": ("POST", "/v2/models/mlp/infer", _BINARY_HEADER + bytes(300),
                              {"Inference-Header-Content-Length": str(len(_BINARY_HEADER))}, 400,
                              "carries 300 bytes"),
    "unknown requested output": ("POST", "/v2/models/mlp/infer",
                                 _json_body([_mlp_input()], outputs=[{"name": "logits"}]), {}, 400,
                                 "has no output 'logits'"),
    "body over the limit": ("POST", "/v2/models/mlp/infer", b"[" * (3 * 2**20), {}, 413, "over this server's limit"),
    "gzip bomb over the limit": ("POST", "/v2/models/mlp/infer", gzip.compress(b" " * (3 * 2**20)),
                                 {"Content-Encoding": "gzip"}, 413, "once decompressed"),
    "bad gzip": ("POST", "/v2/models/mlp/infer", b"not gzip", {"Content-Encoding": "gzip"}, 400,
                 "cannot be decompressed"),
    "unknown encoding": ("POST", "/v2/models/mlp/infer", b"{}", {"Content-Encoding": "br"}, 415, "'br'"),
    "GET on infer": ("GET", "/v2/models/mlp/infer", None, {}, 405, "GET is not allowed"),
    "unknown route": ("GET", "/v3/models", None, {}, 404, "No route /v3/models"),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_requests_answer_4xx_and_the_server_keeps_serving(server: Server, client, case: str):
    method, path, body, headers, want_status, want_text = MALFORMED[case]
    status, response_headers, raw = server.request(method, path, body, headers)
    assert status == want_status, raw
    assert response_headers["content-type"].startswith("application/json")
    error = _strict_json(raw)["error"]
    assert want_text in error, error
    x = np.ones((1, 64), np.float32)
    assert _triton_infer(client, "mlp", {"input": x}).as_numpy("output").shape == (1, 10)


def test_metrics(server: Server, client):
    before_ok = server.metric("torchtpu_infer_requests_total", model="mlp", status="200")
    before_bad = server.metric("torchtpu_infer_requests_total", model="mlp", status="400")
    before_latency = server.metric("torchtpu_infer_request_duration_seconds_count", model="mlp")
    for _ in range(3):
        _triton_infer(client, "mlp", {"input": np.ones((1, 64), np.float32)})
    server.request("POST", "/v2/models/mlp/infer", b"{")
    server.request("POST", "/v2/models/nope/infer", b"{}")
    assert server.metric("torchtpu_infer_requests_total", model="mlp", status="200") == before_ok + 3
    assert server.metric("torchtpu_infer_requests_total", model="mlp", status="400") == before_bad + 1
    assert server.metric("torchtpu_infer_requests_total", model="_unknown", status="404") >= 1
    assert server.metric("torchtpu_infer_request_duration_seconds_count", model="mlp") == before_latency + 4
    assert server.metric("torchtpu_batch_size_count", model="mlp") >= 3
    assert server.metric("torchtpu_batch_duration_seconds_count", model="mlp") >= 3
    assert server.metric("torchtpu_queue_depth", model="mlp") == 0


# ---------------------------------------------------------------------------------------------------- batching


def test_dynamic_batching_answers_each_request_as_unbatched(artifacts, programs, tmp_path):
    """A long batch timeout makes concurrent requests meet in batches; each answer equals its unbatched call."""
    server = Server([artifacts["mlp"]], "--max-batch-size", "8", "--batch-timeout-ms", "500", log=tmp_path / "log")
    try:
        rng = np.random.default_rng(2)
        requests = [rng.standard_normal((1 + i % 3, 64)).astype(np.float32) for i in range(16)]
        c = httpclient.InferenceServerClient(url=server.url, concurrency=16, network_timeout=120)
        try:
            pending = [c.async_infer("mlp", [_input("input", x)]) for x in requests]
            results = [p.get_result().as_numpy("output") for p in pending]
        finally:
            c.close()
        program = programs("mlp")
        for x, got in zip(requests, results):
            want = program.run_named({"input": x})["output"]
            assert got.shape == want.shape
            # a different batch shape may sum in another order: equal to float32 rounding
            np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)
        calls = server.metric("torchtpu_batch_size_count", model="mlp")
        rows = server.metric("torchtpu_batch_size_sum", model="mlp")
        assert rows == sum(len(x) for x in requests)
        assert calls < len(requests)  # requests met in batches
        assert server.metric("torchtpu_batch_size_bucket", model="mlp", le="8.0") == calls  # none above the limit
        log = server.log.read_text()  # each bucket was compiled, and said so, before the server listened
        assert [line.split()[1] for line in log.splitlines() if line.strip().startswith("bucket ")] == \
            ["1", "2", "4", "8"]
        assert log.index("bucket 8 compiled in") < log.index("listening on http://")
    finally:
        assert server.stop() == 0, server.log.read_text()


def _input(name: str, array: np.ndarray):
    t = httpclient.InferInput(name, list(array.shape), "FP32")
    t.set_data_from_numpy(array)
    return t


class _FailingModel(ServedModel):
    """Fails any call that holds a request whose first value is -1 (a model error at run time)."""

    def run(self, requests):
        if any(r["input"].flat[0] == -1 for r in requests):
            raise RuntimeError("the accelerator fell over")
        return super().run(requests)


def test_a_failed_batch_fails_only_its_requests(artifacts):
    model = _FailingModel("mlp", torchtpu_aot.load(artifacts["mlp"]), max_batch_size=2)
    rows = [np.full((1, 64), v, np.float32) for v in (1.0, -1.0, 2.0, 3.0)]

    async def scenario():
        batcher = Batcher(model, timeout_s=5.0, metrics=Metrics())
        batcher.start()
        try:
            return await asyncio.gather(*(batcher.submit({"input": x}) for x in rows), return_exceptions=True)
        finally:
            await batcher.close()

    results = asyncio.run(scenario())
    # batches of 2 in arrival order: [1, -1] fails, [2, 3] runs
    assert [isinstance(r, RuntimeError) for r in results] == [True, True, False, False]
    program = torchtpu_aot.load(artifacts["mlp"])
    for x, got in zip(rows[2:], results[2:]):
        np.testing.assert_allclose(got["output"], program.run_named({"input": x})["output"], rtol=1e-5, atol=1e-6)


def test_a_failed_call_answers_500_and_the_server_keeps_serving(failing_app_port: int):
    ok = json.dumps({"inputs": [_mlp_input(data=[1.0] * 64)]}).encode()
    bad = json.dumps({"inputs": [_mlp_input(data=[-1.0] * 64)]}).encode()
    for body in (bad, ok, bad, ok):
        status, raw = _post(failing_app_port, body)
        if body is bad:
            assert status == 500, raw
            assert json.loads(raw)["error"] == ("Model 'mlp' failed to run this request: RuntimeError: the "
                                                "accelerator fell over")
        else:
            assert status == 200 and len(json.loads(raw)["outputs"][0]["data"]) == 10


@pytest.fixture
def failing_app_port(artifacts):
    """The app with a failing model (no batching), on uvicorn in a thread of this process."""
    import uvicorn

    from torchtpu_aot.serve import create_app

    model = _FailingModel("mlp", torchtpu_aot.load(artifacts["mlp"]))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app([model]), host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield port
    server.should_exit = True
    thread.join(30)


def _post(port: int, body: bytes) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/v2/models/mlp/infer", body)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# ---------------------------------------------------------------------------------------------------- shutdown, CLI


def test_sigterm_finishes_in_flight_requests(artifacts, programs, tmp_path):
    """A request waiting in a batch when SIGTERM comes is answered; then the server exits 0 and listens no more."""
    server = Server([artifacts["mlp"]], "--max-batch-size", "8", "--batch-timeout-ms", "60000", log=tmp_path / "log")
    x = np.full((2, 64), 0.25, np.float32)
    with ThreadPoolExecutor(1) as pool:
        body = json.dumps({"inputs": [_mlp_input(shape=(2, 64), data=x.ravel().tolist())]}).encode()
        answer = pool.submit(_post, server.port, body)
        deadline = time.monotonic() + 60
        while server.metric("torchtpu_queue_depth", model="mlp") != 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.metric("torchtpu_queue_depth", model="mlp") == 1
        server.process.send_signal(signal.SIGTERM)
        status, raw = answer.result(timeout=60)
    assert status == 200, raw
    out = json.loads(raw)["outputs"][0]
    np.testing.assert_array_equal(np.array(out["data"], np.float32).reshape(out["shape"]),
                                  programs("mlp").run_named({"input": x})["output"])
    assert server.process.wait(60) == 0, server.log.read_text()
    with pytest.raises(OSError):
        server.get("/v2/health/live")


def test_serve_refuses_two_models_of_one_name(artifacts, tmp_path):
    other = tmp_path / "mlp.mlir"
    other.write_bytes(artifacts["mlp"].read_bytes())
    other.with_suffix(".safetensors").write_bytes(artifacts["mlp"].with_suffix(".safetensors").read_bytes())
    result = CliRunner().invoke(main, ["serve", str(artifacts["mlp"]), str(other)])
    assert result.exit_code == 7, result.output
    assert "Two artifacts would be served as 'mlp'" in result.stderr


def test_bench_serve(server: Server, artifacts):
    result = CliRunner().invoke(main, ["bench-serve", str(artifacts["mlp"]), "--url", f"http://{server.url}",
                                       "-n", "40", "-c", "1,4", "--rows", "2", "--in-process-requests", "10"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines() if line.split()[:1] in (["server"], ["in-process"])]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("server", "1", "40", "0"), ("server", "4", "40", "0"),
                                                        ("in-process", "1", "10", "0")]
    assert float(rows[0][7]) == 2.0  # 2 rows per request, one request per call at 1 client
    assert "max |server - in-process| on one request: 0" in result.stdout


# ---------------------------------------------------------------------------------------------------- load (slow)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["mlp", "resnet18"])
def test_load_2000_requests_at_concurrency_32(artifacts, tmp_path, name: str):
    """Zero errors and batches over 1 row at concurrency 32; req/s printed next to --max-batch-size 1."""
    figures = {}
    for max_batch in (32, 1):
        server = Server([artifacts[name]], "--max-batch-size", str(max_batch), log=tmp_path / f"log{max_batch}")
        try:
            result = CliRunner().invoke(main, ["bench-serve", str(artifacts[name]), "--url", f"http://{server.url}",
                                               "-n", "2000", "-c", "32", "--in-process-requests", "20"])
            assert result.exit_code == 0, result.output
            print(result.stdout)
            row = next(line.split() for line in result.stdout.splitlines() if line.split()[:2] == ["server", "32"])
            assert row[3] == "0"  # errors
            figures[max_batch] = float(row[4])
            calls = server.metric("torchtpu_batch_size_count", model=name)
            if max_batch == 32:
                assert server.metric("torchtpu_batch_size_bucket", model=name, le="1.0") < calls
            else:
                assert server.metric("torchtpu_batch_size_bucket", model=name, le="1.0") == calls
        finally:
            assert server.stop() == 0, server.log.read_text()
    print(f"{name}: {figures[32]:.1f} req/s with --max-batch-size 32, {figures[1]:.1f} with 1")


# ---------------------------------------------------------------------------------------------------- codec


def test_codec_round_trips_every_datatype():
    """Each v2 datatype survives JSON and binary requests, and JSON and binary responses, value for value."""
    from torchtpu_aot import dtypes
    from torchtpu_aot.serve.tensors import HEADER_LENGTH, V2_DATATYPES, encode_response, parse_request

    rng = np.random.default_rng(3)
    for name, datatype in V2_DATATYPES.items():
        dtype = dtypes.to_numpy(name)
        if dtype.kind == "b":
            array = rng.random((2, 3)) < 0.5
        elif dtype.kind in "iu":
            array = rng.integers(0, 100, (2, 3)).astype(dtype)
        else:
            array = rng.standard_normal((2, 3)).astype(dtype)
        as_json = array.astype(np.float32) if name == "bfloat16" else array
        json_request = json.dumps({"inputs": [{"name": "a", "datatype": datatype, "shape": [2, 3],
                                               "data": as_json.ravel().tolist()}]}).encode()
        header = json.dumps({"inputs": [{"name": "a", "datatype": datatype, "shape": [2, 3],
                                         "parameters": {"binary_data_size": array.nbytes}}]}).encode()
        for body, length in ((json_request, None), (header + array.tobytes(), str(len(header)))):
            decoded = parse_request(body, length).inputs[0].array
            assert decoded.dtype == dtype and decoded.shape == (2, 3), datatype
            np.testing.assert_array_equal(decoded, array, err_msg=datatype)
        body, headers = encode_response("m", "id-1", [("j", array, False), ("b", array, True)])
        size = int(headers[HEADER_LENGTH])
        response = json.loads(body[:size])
        assert response["id"] == "id-1" and [o["datatype"] for o in response["outputs"]] == [datatype] * 2
        np.testing.assert_array_equal(np.array(response["outputs"][0]["data"]).astype(dtype).reshape(2, 3), array)
        np.testing.assert_array_equal(np.frombuffer(body[size:], dtype).reshape(2, 3), array)
