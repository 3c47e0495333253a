"""Run a parser over untrusted bytes in a forked child, so that a crash in native code cannot take the caller
down with it.

MLIR's bytecode reader (in jaxlib) is not memory-safe on malformed input: fuzzing found bytecode that corrupts
the heap and later aborts the process. Reading an artifact's bytecode in a child process turns that into an
error the caller can report. The child is a fork (on Linux), so it shares the already imported jaxlib and
costs milliseconds; where fork is unsafe or missing (macOS, Windows), the function runs in-process.
"""

from __future__ import annotations

import faulthandler
import json
import os
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable

_OK, _ERROR = b"\x00", b"\x01"


class ChildCrashed(Exception):
    """The child died (signal or abnormal exit) before returning: the input crashed the native code."""

    def __init__(self, how: str):
        super().__init__(how)
        self.how = how


class ChildError(Exception):
    """``fn`` raised one of the expected exception types in the child; ``messages`` are its details."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


def available() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run(fn: Callable[[bytes], str], data: bytes, expected: type[Exception],
        details: Callable[[Exception], list[str]], timeout: float = 300.0) -> str:
    """``fn(data)`` computed in a forked child. ``expected`` exceptions come back as ChildError (with
    ``details(e)``); a crash, any other exception in the child, or no answer within ``timeout`` seconds (a hang
    on crafted input) is ChildCrashed."""
    if not available():
        try:
            return fn(data)
        except expected as e:
            raise ChildError(details(e)) from None
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # JAX (and Python 3.12+, for a process with threads) warn about any fork; this child runs only the
        # single-threaded reader and exits.
        warnings.filterwarnings("ignore", message=r"os\.fork\(\) was called", category=RuntimeWarning)
        warnings.filterwarnings("ignore", message=r".*use of fork\(\) may lead", category=DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any of the parent's cleanup
        code = 1
        try:
            # A crash here is reported by the parent as an error; Python's fault handler (on under pytest, or
            # with -X faulthandler) would also dump "Fatal Python error" and a stack onto the user's terminal.
            faulthandler.disable()
            os.close(read_end)
            try:
                payload = _OK + fn(data).encode("utf-8")
            except expected as e:
                payload = _ERROR + json.dumps(details(e)).encode("utf-8")
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view):]
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    deadline = time.monotonic() + timeout
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([pipe], [], [], left)[0]:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise ChildCrashed(f"the reader did not finish within {timeout:.0f} s")
            chunk = pipe.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    payload = b"".join(chunks)
    if os.WIFSIGNALED(status):
        raise ChildCrashed(f"the reader crashed with signal {os.WTERMSIG(status)}")
    if os.WEXITSTATUS(status) != 0 or not payload:
        raise ChildCrashed(f"the reader exited with status {os.WEXITSTATUS(status)}")
    if payload[:1] == _ERROR:
        raise ChildError(json.loads(payload[1:]))
    return payload[1:].decode("utf-8")
