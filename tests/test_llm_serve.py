"""Serving a text-generation artifact: the OpenAI API (driven by the official `openai` client), streaming,
continuous batching under 64 concurrent streams, validation, metrics, disconnects, a full queue, and the KServe v2
generate extension. Each server is a `torchtpu serve` subprocess on a free loopback port."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openai
import pytest

import torchtpu_aot
from tests import llm_tools
from tests.serve_tools import free_port, wait_ready

PROMPTS = ["the quick brown fox", "hello world", "once upon a time", "numbers 0123", "what is the capital"]


class Server:
    def __init__(self, artifact: Path, log: Path, *options: str):
        self.port = free_port()
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "torchtpu_aot.cli.main", "serve", str(artifact), "--port", str(self.port),
             *options], stdout=log.open("w"), stderr=subprocess.STDOUT)
        wait_ready(self.port, [self.process], [log], 300)

    def request(self, method: str, path: str, body: dict | bytes | None = None) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            data = json.dumps(body).encode() if isinstance(body, dict) else body
            connection.request(method, path, data, {"Content-Type": "application/json"})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def metric(self, name: str) -> float:
        text = self.request("GET", "/metrics")[2].decode()
        return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith(name + "{") or line.startswith(name + " "))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def llm(tmp_path_factory):
    """A Llama checkpoint (tokenizer with a chat template), its artifact (8 slots x 96 positions, chunks of 16),
    the program in this process, and a server of it."""
    folder = tmp_path_factory.mktemp("llm")
    checkpoint = llm_tools.checkpoint("llama", folder / "ckpt")
    path = torchtpu_aot.export_llm(checkpoint, max_seq_len=96, max_batch=8, prefill_chunk=16).save(folder / "llm.mlir")
    server = Server(path, folder / "serve.log")
    yield path, torchtpu_aot.load(path), server
    server.stop()


@pytest.fixture(scope="module")
def client(llm):
    return openai.OpenAI(base_url=f"http://127.0.0.1:{llm[2].port}/v1", api_key="unused")


def test_models_are_listed(client):
    assert [m.id for m in client.models.list().data] == ["llm"]


def test_a_greedy_completion_equals_generate_in_process(llm, client):
    program = llm[1]
    for prompt in PROMPTS[:3]:
        reply = client.completions.create(model="llm", prompt=prompt, max_tokens=16, temperature=0,
                                          extra_body={"ignore_eos": True})
        want = program.generate([prompt], max_new_tokens=16, ignore_eos=True)[0]
        assert reply.choices[0].text == want.text and reply.choices[0].finish_reason == "length"
        assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (want.prompt_tokens, 16)


def test_streaming_returns_the_same_text_in_chunks(llm, client):
    program = llm[1]
    chunks = list(client.completions.create(model="llm", prompt="hello world", max_tokens=12, temperature=0,
                                            stream=True, stream_options={"include_usage": True},
                                            extra_body={"ignore_eos": True}))
    text = "".join(c.choices[0].text for c in chunks if c.choices)
    assert text == program.generate(["hello world"], max_new_tokens=12, ignore_eos=True)[0].text
    assert len([c for c in chunks if c.choices]) == 12  # a chunk per token
    assert chunks[-2].choices[0].finish_reason == "length" and chunks[-1].usage.completion_tokens == 12


def test_chat_uses_the_checkpoint_template(llm, client):
    program = llm[1]
    messages = [{"role": "user", "content": "what is the capital of france?"}]
    reply = client.chat.completions.create(model="llm", messages=messages, max_tokens=10, temperature=0,
                                           extra_body={"ignore_eos": True})
    ids = program.chat_prompt(messages)
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(llm[0].parent / "ckpt")
    assert ids == tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True,
                                                return_dict=False)  # rendered as transformers renders it
    want = program.generate([ids], max_new_tokens=10, ignore_eos=True)[0]
    assert reply.choices[0].message.content == want.text and reply.usage.prompt_tokens == len(ids)
    streamed = client.chat.completions.create(model="llm", messages=messages, max_tokens=10, temperature=0,
                                              stream=True, extra_body={"ignore_eos": True})
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == want.text


def _stream(port: int, body: dict) -> tuple[int, list[dict], bool]:
    """A raw streaming request: status, the JSON chunks, whether it ended with data: [DONE]."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        connection.request("POST", "/v1/completions", json.dumps(body), {"Content-Type": "application/json"})
        response = connection.getresponse()
        chunks, done = [], False
        for line in response:
            if line.startswith(b"data: "):
                data = line[6:].strip()
                done = data == b"[DONE]"
                if not done:
                    chunks.append(json.loads(data))
        return response.status, chunks, done
    finally:
        connection.close()


def test_64_concurrent_streams_on_8_slots_each_equal_to_running_alone(llm):
    path, program, server = llm
    bodies = [{"model": "llm", "prompt": f"{PROMPTS[i % len(PROMPTS)]} {i}", "max_tokens": 4 + (i * 7) % 29,
               "temperature": 0, "stream": True, "ignore_eos": True} for i in range(64)]
    with ThreadPoolExecutor(max_workers=64) as pool:
        results = list(pool.map(lambda body: _stream(server.port, body), bodies))
    assert all(status == 200 and done for status, _, done in results)  # zero errors, every stream ends [DONE]
    for body, (_, chunks, _) in zip(bodies, results):
        alone = program.generate([body["prompt"]], max_new_tokens=body["max_tokens"], ignore_eos=True)[0]
        assert "".join(c["choices"][0]["text"] for c in chunks) == alone.text, body
        assert len(chunks) == body["max_tokens"]
    assert server.metric("torchtpu_kv_cache_slots") == 8 and server.metric("torchtpu_kv_cache_slots_used") == 0


@pytest.mark.parametrize("body, status, param", [
    ({"model": "nope", "prompt": "hi"}, 404, None),
    (b"{not json", 400, None),
    ({"model": "llm", "prompt": "hi", "temperature": "hot"}, 400, "temperature"),
    ({"model": "llm", "prompt": "hi", "temperature": -1}, 400, "temperature"),
    ({"model": "llm", "prompt": "hi", "top_p": 0}, 400, "top_p"),
    ({"model": "llm", "prompt": "hi", "max_tokens": 200}, 400, "max_tokens"),
    ({"model": "llm", "prompt": "hi", "max_tokens": -3}, 400, "max_tokens"),
    ({"model": "llm", "prompt": "hi", "n": 2}, 400, "n"),
    ({"model": "llm", "prompt": 5}, 400, "prompt"),
    ({"model": "llm", "prompt": "hi", "logprobs": 3}, 400, "logprobs"),
    ({"model": "llm", "prompt": "hi", "stop": [""]}, 400, "stop"),
])
def test_bad_requests_answer_openai_errors_and_the_server_keeps_serving(llm, body, status, param):
    server = llm[2]
    got, _, raw = server.request("POST", "/v1/completions", body)
    error = json.loads(raw)["error"]
    assert got == status and error["param"] == param and error["message"] and "type" in error
    assert server.request("POST", "/v1/completions", {"model": "llm", "prompt": "hi", "max_tokens": 2})[0] == 200


def test_metrics_count_tokens_and_latencies(llm, client):
    server = llm[2]
    before = server.metric("torchtpu_generated_tokens_total")
    client.completions.create(model="llm", prompt="hello", max_tokens=5, temperature=0,
                              extra_body={"ignore_eos": True})
    assert server.metric("torchtpu_generated_tokens_total") == before + 5
    for name in ("torchtpu_time_to_first_token_seconds_count", "torchtpu_inter_token_latency_seconds_count",
                 "torchtpu_prompt_tokens_total"):
        assert server.metric(name) > 0, name
    assert server.metric("torchtpu_requests_running") == 0 and server.metric("torchtpu_requests_waiting") == 0


def test_a_client_that_disconnects_frees_its_slot(llm):
    server = llm[2]
    body = json.dumps({"model": "llm", "prompt": "hello", "max_tokens": 80, "temperature": 0, "stream": True,
                       "ignore_eos": True}).encode()
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        received = b""
        while b"data: " not in received:  # the headers, then the first token
            received += s.recv(4096)
        assert server.metric("torchtpu_kv_cache_slots_used") == 1
    deadline = time.monotonic() + 30
    while server.metric("torchtpu_kv_cache_slots_used") != 0:
        assert time.monotonic() < deadline, "the slot was not freed"
        time.sleep(0.1)
    assert server.metric("torchtpu_generated_tokens_total") > 0


def test_a_full_queue_answers_429_with_retry_after(llm, tmp_path):
    one_slot = torchtpu_aot.export_llm(llm_tools.checkpoint("gpt2", tmp_path / "ckpt"), max_seq_len=200,
                                       max_batch=1).save(tmp_path / "one.mlir")
    server = Server(one_slot, tmp_path / "serve.log", "--max-waiting", "1", "--no-warmup")
    try:
        long = {"model": "one", "prompt": "hello", "max_tokens": 180, "temperature": 0, "stream": True,
                "ignore_eos": True}
        with ThreadPoolExecutor(max_workers=2) as pool:
            running = [pool.submit(_stream, server.port, long) for _ in range(2)]  # one in the slot, one waiting
            deadline = time.monotonic() + 60
            while server.metric("torchtpu_requests_waiting") < 1:
                assert time.monotonic() < deadline
                time.sleep(0.05)
            status, headers, raw = server.request("POST", "/v1/completions", {**long, "stream": False})
            assert status == 429 and int(headers["retry-after"]) >= 1
            assert json.loads(raw)["error"]["type"] == "RateLimitError"
            assert all(f.result()[0] == 200 and f.result()[2] for f in running)
    finally:
        server.stop()


def test_kserve_v2_generate_and_generate_stream(llm):
    path, program, server = llm
    want = program.generate(["hello world"], max_new_tokens=8, ignore_eos=True)[0]
    status, _, raw = server.request("POST", "/v2/models/llm/generate",
                                    {"text_input": "hello world", "parameters": {"max_tokens": 8, "ignore_eos": True}})
    assert status == 200 and json.loads(raw)["text_output"] == want.text
    status, _, raw = server.request("POST", "/v2/models/llm/generate_stream",
                                    {"text_input": "hello world", "parameters": {"max_tokens": 8, "ignore_eos": True}})
    events = [json.loads(line[6:]) for line in raw.decode().splitlines() if line.startswith("data: ")]
    assert status == 200 and "".join(e["text_output"] for e in events) == want.text
    assert events[-1]["finish_reason"] == "length"
    assert json.loads(server.request("GET", "/v2/models/llm")[2])["inputs"][0]["name"] == "text_input"
    status, _, raw = server.request("POST", "/v2/models/llm/infer", {"inputs": []})
    assert status == 400 and "generate" in json.loads(raw)["error"]


def test_bench_serve_drives_a_generation_endpoint(llm):
    path, _, server = llm
    result = subprocess.run([sys.executable, "-m", "torchtpu_aot.cli.main", "bench-serve", str(path), "--url",
                             f"http://127.0.0.1:{server.port}", "-n", "8", "-c", "1,4", "--prompt-len", "4,16",
                             "--output-len", "4,12"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "output tok/s" in result.stdout and "TTFT p50 ms" in result.stdout and "1 client" in result.stdout
