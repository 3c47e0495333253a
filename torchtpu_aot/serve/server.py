"""The server process: load the artifacts, warm their batch buckets, run the app on uvicorn until SIGTERM.

SIGTERM or SIGINT starts a graceful shutdown: the listening socket closes, queued batches are sent at once,
in-flight requests are answered, and the process exits 0.
"""

from __future__ import annotations

import errno
import logging
import re
import signal
import socket
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

import jax
import numpy as np
import uvicorn

from torchtpu_aot.artifact import read_artifact
from torchtpu_aot.progress import Show
from torchtpu_aot.runtime import GenerationProgram, Program
from torchtpu_aot.runtime.shapes import concrete_shape
from torchtpu_aot.serve.app import DEFAULT_MAX_REQUEST_BYTES, ServerState, create_app
from torchtpu_aot.serve.errors import ServeError
from torchtpu_aot.serve.llm import DEFAULT_MAX_WAITING, ServedLLM
from torchtpu_aot.serve.model import ServedModel, batch_dim

log = logging.getLogger("torchtpu_aot.serve")
_BACKLOG = 2048  # uvicorn's default
MODEL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")  # a name that is one URL path segment as it is


def default_buckets(max_batch_size: int, lo: int = 1) -> list[int]:
    """Powers of two up to max_batch_size (and it): a handful of compiled shapes for any batch."""
    sizes = {max_batch_size} | {1 << i for i in range(max_batch_size.bit_length()) if (1 << i) <= max_batch_size}
    return sorted(s for s in sizes if s >= lo)


def load_models(paths: Sequence[Path | tuple[str, Path]], *, max_batch_size: int = 1,
                buckets: Sequence[int] | None = None, devices: int | None = None, cache_dir: Path | None = None,
                fold_weights: bool | None = None, max_waiting: int = DEFAULT_MAX_WAITING,
                tensor_parallel: int | None = None, progress: Show = None) -> list[ServedModel | ServedLLM]:
    """Each artifact as a ServedModel named after its file, or under the name given with it (``(name, path)``); a
    text-generation one as a ServedLLM (``max_waiting`` requests may wait for its slots). Batched models get
    ``buckets`` (default: powers of two up to the max batch size) so that a few shapes are compiled; unbatched ones
    run at the shapes they get. ``devices``, ``tensor_parallel``, ``cache_dir``, ``fold_weights`` and ``progress``
    are the Program's (data and tensor parallelism; the persistent compilation cache; weights compiled in as
    constants; the weights' bytes shown as they load).
    A text-generation artifact takes ``devices`` with ``tensor_parallel`` (or on several processes) only: alone,
    ``devices`` splits ordinary models' batches and leaves its slots on one device."""
    models = []
    several = jax.process_count() > 1
    for name, path in model_names(paths):
        artifact = read_artifact(path)
        if artifact.manifest.is_generation:
            spread = tensor_parallel is not None or several
            program = GenerationProgram(artifact, cache_dir=cache_dir, devices=devices if spread else None,
                                        tensor_parallel=tensor_parallel, progress=progress)
            models.append(ServedLLM(name, program, max_waiting))
            continue
        dim = batch_dim(artifact.manifest)
        chosen = None
        if dim is not None and (buckets is not None or max_batch_size > 1):
            bounds = artifact.manifest.symbols[dim]
            cap = min(max_batch_size, bounds.max) if bounds.max is not None else max_batch_size
            chosen = list(buckets) if buckets is not None else default_buckets(cap, bounds.min)
        program = Program(artifact, buckets=chosen, devices=devices, cache_dir=cache_dir, fold_weights=fold_weights,
                          tensor_parallel=tensor_parallel, progress=progress)
        models.append(ServedModel(name, program, max_batch_size, buckets=chosen))
    return models


def model_names(paths: Sequence[Path | tuple[str, Path]]) -> list[tuple[str, Path]]:
    """(name, path) of each artifact: its file name, or the name given with it; ServeError for names that clash
    or cannot be a URL path segment."""
    named = [item if isinstance(item, tuple) else (Path(item).name.removesuffix(".mlir"), Path(item))
             for item in paths]
    names: dict[str, Path] = {}
    for name, path in named:
        if not MODEL_NAME.fullmatch(name):
            raise ServeError(f"{name!r} ({path}) cannot be a model name in a URL; serve it under another name "
                             "with --name NAME=ART.mlir (letters, digits, '_', '-' and '.').")
        if name in names:
            raise ServeError(f"Two artifacts would be served as {name!r}: {names[name]} and {path}. Serve one "
                             "under another name with --name NAME=ART.mlir.")
        names[name] = path
    return named


def listen_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port`` before any model is loaded: a port in use or an address this host does
    not have is a ServeError now, not after every model has compiled. Connections made while the models warm up
    wait in the backlog until ``serve`` answers them."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as e:
        raise ServeError(f"--host {host!r} is not an address of this machine ({e.strerror}); use 127.0.0.1 for "
                         "this machine only, or 0.0.0.0 for every interface.") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restarts need no wait
    try:
        sock.bind(address)
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            raise ServeError(f"Port {port} on {host} is already in use (another server, or an earlier torchtpu serve "
                             "still running); stop it, or pass another --port.") from None
        raise ServeError(f"Cannot listen on {host}:{port} ({e.strerror or e}); pick another --host or --port (ports "
                         "below 1024 need privileges).") from None
    sock.listen(_BACKLOG)  # listening holds the port (a bound socket alone does not, under SO_REUSEADDR)
    return sock


def warm_up(model: ServedModel | ServedLLM, compiled: Callable[[int, float], None] | None = None) -> float:
    """Compile each bucket up to the max batch size now, not on the first requests; returns the seconds taken.
    ``compiled(size, seconds)`` is told of each bucket as it is done. A text-generation model compiles its decode
    step (in each sampling variant) and each prefill chunk length."""
    start = time.perf_counter()
    if isinstance(model, ServedLLM):
        model.program.warm_up()
        return time.perf_counter() - start
    for size in [b for b in model.buckets or [] if b <= model.max_batch_size]:
        inputs = {e.name: np.zeros(concrete_shape(e.shape, model.symbols, {model.batch_dim: size}), e.numpy_dtype)
                  for e in model.inputs}
        began = time.perf_counter()
        model.run([inputs])
        if compiled is not None:
            compiled(size, time.perf_counter() - began)
    return time.perf_counter() - start


class _Server(uvicorn.Server):
    """uvicorn's server, telling the app when shutdown starts and exiting 0 after a graceful stop."""

    def __init__(self, config: uvicorn.Config, state: ServerState):
        super().__init__(config)
        self._state = state

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.should_exit and sig == signal.SIGINT:
            self.force_exit = True  # a second Ctrl+C: stop waiting for in-flight requests
        self.should_exit = True
        if self._state.loop is not None:
            self._state.loop.call_soon_threadsafe(self._state.drain)


def serve(models: list[ServedModel | ServedLLM], *, host: str = "127.0.0.1", port: int = 8000,
          batch_timeout_s: float = 0.005, max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
          access_log: bool = False, sock: socket.socket | None = None) -> None:
    """Serve ``models`` until SIGTERM/SIGINT; returns after a graceful shutdown. ``sock`` (from ``listen_socket``)
    is the address to listen on, bound beforehand; without it, ``host:port`` is bound now."""
    app = create_app(models, batch_timeout_s=batch_timeout_s, max_request_bytes=max_request_bytes)
    state: ServerState = app.state.serve
    sock = sock if sock is not None else listen_socket(host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level="info", access_log=access_log, lifespan="on")
    server = _Server(config, state)
    with sock:
        server.run(sockets=[sock])
