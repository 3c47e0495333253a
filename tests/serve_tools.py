"""`torchtpu serve` in a subprocess, for the tests that start one: a free loopback port, and waiting until the
server says it is ready."""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, processes: Sequence[subprocess.Popen], logs: Sequence[Path], timeout_s: float) -> None:
    """Return once the server on ``port`` answers ``GET /v2/health/ready`` with 200. AssertionError, with the
    ``logs``, when one of the server's ``processes`` exits first or ``timeout_s`` passes."""
    deadline = time.monotonic() + timeout_s
    while True:
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"server exited with {process.returncode}:\n{_text(logs)}")
        if time.monotonic() >= deadline:
            raise AssertionError(f"server not ready in {timeout_s} s:\n{_text(logs)}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                connection.request("GET", "/v2/health/ready")
                if connection.getresponse().status == 200:
                    return
            finally:
                connection.close()
        except OSError:
            pass
        time.sleep(0.2)


def _text(logs: Sequence[Path]) -> str:
    return "\n".join(log.read_text() for log in logs if log.exists())
