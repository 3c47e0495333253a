"""Load a running server at a few concurrencies and time the same model in-process, for ``torchtpu bench-serve``.

The client is a small asyncio HTTP/1.1 loop over keep-alive connections (one per concurrent client) sending
binary-tensor infer requests, so that the client costs little of the CPU it shares with a local server.
Batch sizes come from the server's own /metrics (the batch-size histogram before and after each level).
"""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from prometheus_client.parser import text_string_to_metric_families

from torchtpu_aot import dtypes
from torchtpu_aot.artifact.manifest import Manifest
from torchtpu_aot.runtime import load
from torchtpu_aot.runtime.shapes import concrete_shape
from torchtpu_aot.serve.errors import ServeError
from torchtpu_aot.serve.model import batch_dim
from torchtpu_aot.serve.tensors import HEADER_LENGTH, V2_DATATYPES


@dataclass
class Level:
    """One measured setting: where the calls went, how many, how fast."""

    mode: str  # "server" or "in-process"
    concurrency: int
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    calls: int | None = None  # model calls the server made (from /metrics)
    rows: float | None = None  # rows those calls held

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.latencies, q)) if self.latencies else float("nan")

    @property
    def mean_batch(self) -> float | None:
        return self.rows / self.calls if self.calls else None


def make_inputs(manifest: Manifest, rows: int, seed: int) -> dict[str, np.ndarray]:
    """Random tensor inputs with ``rows`` in the batch dim and other dynamic dims at their minimum."""
    rng = np.random.default_rng(seed)
    dim = batch_dim(manifest)
    inputs = {}
    for e in manifest.tensor_inputs:
        shape = concrete_shape(e.shape, manifest.symbols, {dim: rows} if dim else {})
        dtype = e.numpy_dtype
        if dtype.kind == "f" or e.dtype == "bfloat16":
            inputs[e.name] = rng.standard_normal(shape).astype(dtype)
        elif dtype.kind == "b":
            inputs[e.name] = rng.random(shape) < 0.5
        else:
            inputs[e.name] = rng.integers(0, 10, shape).astype(dtype)
    return inputs


def encode_request(inputs: dict[str, np.ndarray]) -> tuple[bytes, int]:
    """A binary-tensor infer request body and its JSON header length."""
    header = {"inputs": [{"name": n, "datatype": V2_DATATYPES[dtypes.name_of(a.dtype)], "shape": list(a.shape),
                          "parameters": {"binary_data_size": a.nbytes}} for n, a in inputs.items()],
              "parameters": {"binary_data_output": True}}
    text = json.dumps(header).encode()
    return text + b"".join(np.ascontiguousarray(a).tobytes() for a in inputs.values()), len(text)


class Target:
    """A server at ``url`` serving ``model``."""

    def __init__(self, url: str, model: str):
        parts = urlsplit(url if "://" in url else f"http://{url}")
        if parts.scheme != "http" or not parts.hostname:
            raise ServeError(f"--url must be http://HOST:PORT, got {url!r}.")
        self.host, self.port, self.model = parts.hostname, parts.port or 80, model

    def get(self, path: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, response.read()
        except OSError as e:
            raise ServeError(f"Cannot reach the server at http://{self.host}:{self.port}: {e}. Start it with "
                             "`torchtpu serve ART.mlir --port PORT` first.") from None
        finally:
            connection.close()

    def batch_totals(self) -> tuple[float, float]:
        """(calls, rows) the server has made for the model so far."""
        status, body = self.get("/metrics")
        calls = rows = 0.0
        for family in text_string_to_metric_families(body.decode()):
            if family.name != "torchtpu_batch_size":
                continue
            for sample in family.samples:
                if sample.labels.get("model") != self.model:
                    continue
                if sample.name.endswith("_count"):
                    calls = sample.value
                elif sample.name.endswith("_sum"):
                    rows = sample.value
        return calls, rows

    def infer_once(self, body: bytes, header_length: int) -> dict[str, np.ndarray]:
        """One request; the outputs decoded (to compare with the in-process call)."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request("POST", f"/v2/models/{self.model}/infer", body,
                               {HEADER_LENGTH: str(header_length), "Content-Type": "application/octet-stream"})
            response = connection.getresponse()
            data = response.read()
            if response.status != 200:
                raise ServeError(f"The server answered {response.status}: {data[:500].decode(errors='replace')}")
            size = int(response.getheader(HEADER_LENGTH) or len(data))
        finally:
            connection.close()
        header, offset, outputs = json.loads(data[:size]), size, {}
        for out in header["outputs"]:
            n = out["parameters"]["binary_data_size"]
            dtype = next(dtypes.to_numpy(k) for k, v in V2_DATATYPES.items() if v == out["datatype"])
            outputs[out["name"]] = np.frombuffer(data[offset:offset + n], dtype).reshape(out["shape"])
            offset += n
        return outputs

    async def _client(self, request: bytes, counter: itertools.count, total: int, latencies: list[float]) -> int:
        errors = 0
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            while next(counter) < total:
                start = time.perf_counter()
                writer.write(request)
                status_line = await reader.readline()
                if not status_line:
                    raise ServeError(f"The server at http://{self.host}:{self.port} closed a connection mid-run.")
                status = int(status_line.split()[1])
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - start)
                errors += status != 200
        finally:
            writer.close()
        return errors

    def load_level(self, body: bytes, header_length: int, concurrency: int, total: int) -> Level:
        """``total`` requests from ``concurrency`` clients at once."""
        head = (f"POST /v2/models/{self.model}/infer HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Content-Type: application/octet-stream\r\n{HEADER_LENGTH}: {header_length}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        counter, latencies = itertools.count(), []
        before = self.batch_totals()

        async def run() -> int:
            tasks = [self._client(head + body, counter, total, latencies) for _ in range(concurrency)]
            return sum(await asyncio.gather(*tasks))

        start = time.perf_counter()
        errors = asyncio.run(run())
        seconds = time.perf_counter() - start
        after = self.batch_totals()
        return Level("server", concurrency, total, errors, seconds, latencies, int(after[0] - before[0]),
                     after[1] - before[1])


def in_process(path: Path, inputs: dict[str, np.ndarray], total: int) -> tuple[Level, dict[str, np.ndarray]]:
    """``total`` sequential calls of the artifact loaded in this process (after one warm-up call)."""
    program = load(path)
    outputs = program.run_named(inputs)
    latencies = []
    start = time.perf_counter()
    for _ in range(total):
        t = time.perf_counter()
        program.run_named(inputs)
        latencies.append(time.perf_counter() - t)
    return Level("in-process", 1, total, 0, time.perf_counter() - start, latencies), outputs


@dataclass
class GenerationLevel:
    """One concurrency level of a text-generation load: what came back and when."""

    concurrency: int
    requests: int
    errors: int
    seconds: float
    output_tokens: int
    ttft: list[float]
    itl: list[float]

    @property
    def tokens_per_s(self) -> float:
        return self.output_tokens / self.seconds if self.seconds else 0.0

    @staticmethod
    def percentile(values: list[float], q: float) -> float:
        return float(np.percentile(values, q)) if values else float("nan")


def generation_requests(total: int, vocab: int, prompt_lens: tuple[int, int], output_lens: tuple[int, int],
                        seed: int) -> list[dict]:
    """``total`` /v1/completions bodies with token-id prompts and output lengths drawn from the ranges."""
    rng = np.random.default_rng(seed)
    bodies = []
    for _ in range(total):
        n = int(rng.integers(prompt_lens[0], prompt_lens[1] + 1))
        bodies.append({"prompt": rng.integers(3, vocab, n).tolist(), "temperature": 0.0, "ignore_eos": True,
                       "max_tokens": int(rng.integers(output_lens[0], output_lens[1] + 1)), "stream": True,
                       "stream_options": {"include_usage": True}})
    return bodies


def _stream_one(target: Target, body: dict) -> tuple[bool, int, list[float]]:
    """One streaming completion: (ok, completion tokens, arrival time of each token's chunk)."""
    connection = http.client.HTTPConnection(target.host, target.port, timeout=600)
    start, times, tokens, ok = time.perf_counter(), [], 0, False
    try:
        connection.request("POST", "/v1/completions", json.dumps({**body, "model": target.model}),
                           {"Content-Type": "application/json"})
        response = connection.getresponse()
        if response.status != 200:
            response.read()
            return False, 0, []
        for line in response:
            if not line.startswith(b"data: "):
                continue
            data = line[6:].strip()
            if data == b"[DONE]":
                ok = True
                break
            chunk = json.loads(data)
            if chunk.get("choices"):
                times.append(time.perf_counter() - start)
            if chunk.get("usage"):
                tokens = chunk["usage"]["completion_tokens"]
    except (OSError, ValueError):
        return False, 0, []
    finally:
        connection.close()
    return ok, tokens, times


def generation_level(target: Target, bodies: list[dict], concurrency: int) -> GenerationLevel:
    """Send ``bodies`` as streaming completions, ``concurrency`` at a time."""
    from concurrent.futures import ThreadPoolExecutor

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda body: _stream_one(target, body), bodies))
    seconds = time.perf_counter() - start
    ttft = [times[0] for ok, _, times in results if ok and times]
    itl = [b - a for ok, _, times in results if ok for a, b in zip(times, times[1:])]
    return GenerationLevel(concurrency, len(bodies), sum(1 for ok, _, _ in results if not ok), seconds,
                           sum(tokens for ok, tokens, _ in results if ok), ttft, itl)
