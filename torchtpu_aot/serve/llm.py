"""A text-generation artifact behind the server: continuous batching over its slots, driven by one asyncio task.

The task steps the engine (``runtime.engine``: at most one prefill chunk and one decode step per step) in a
single worker thread, so the event loop keeps answering while the device works, and hands each request's tokens
to its stream as they come. Requests and cancellations reach the engine only between steps (the engine is not
thread-safe); a request beyond the free slots waits, and once ``max_waiting`` wait, new ones are refused
(``QueueFull``, answered 429 with Retry-After). A cancelled request (its client went away) frees its slot before
the next step.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from torchtpu_aot.runtime import GenerationProgram
from torchtpu_aot.runtime.engine import DONE, Request, StreamEvent
from torchtpu_aot.runtime.sampling import SamplingParams
from torchtpu_aot.serve.errors import RequestError
from torchtpu_aot.serve.metrics import Metrics

DEFAULT_MAX_WAITING = 256
log = logging.getLogger("torchtpu_aot.serve")


class QueueFull(RequestError):
    """Every slot is busy and the waiting queue is full: try again later (429)."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message, status=429)
        self.retry_after = retry_after


class Stream:
    """One request's events, as the driver produces them (``async for event in stream``)."""

    def __init__(self, request: Request, arrived: float):
        self.request = request
        self.arrived = arrived
        self.queue: asyncio.Queue[StreamEvent | BaseException] = asyncio.Queue()
        self.last_token: float | None = None

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self._events()

    async def _events(self) -> AsyncIterator[StreamEvent]:
        while True:
            item = await self.queue.get()
            if isinstance(item, BaseException):
                raise item
            yield item
            if item.finished:
                return


class ServedLLM:
    """A GenerationProgram served under ``name``: ``submit`` a prompt, iterate its Stream, ``cancel`` it."""

    kind = "text-generation"

    def __init__(self, name: str, program: GenerationProgram, max_waiting: int = DEFAULT_MAX_WAITING):
        self.name, self.program = name, program
        self.max_waiting = max_waiting
        self.engine = program.engine  # the one engine over this program's cache
        self.metrics: Metrics | None = None
        self._streams: dict[int, Stream] = {}
        self._pending: list[Stream] = []
        self._cancels: list[Request] = []
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"torchtpu-{name}")
        self._closing = False
        self._draining = False

    @property
    def max_seq_len(self) -> int:
        return self.program.max_seq_len

    def metadata(self) -> dict[str, Any]:
        """KServe v2 model metadata, as Triton's generation backends give it: text in, text out."""
        return {"name": self.name, "versions": ["1"], "platform": "torchtpu_aot_text_generation",
                "inputs": [{"name": "text_input", "datatype": "BYTES", "shape": [1]}],
                "outputs": [{"name": "text_output", "datatype": "BYTES", "shape": [-1]}]}

    # ------------------------------------------------------------------------------------------ lifecycle

    def start(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._drive(), name=f"torchtpu-engine-{self.name}")
        self._gauges()

    def drain(self) -> None:
        """Shutdown has begun: take no new requests; those admitted run to their end."""
        self._draining = True

    async def close(self) -> None:
        """Stop: every request still open ends with an error."""
        self._closing = True
        if self._task is not None:
            self._wake.set()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._executor.shutdown(wait=True)

    # ------------------------------------------------------------------------------------------ requests

    def submit(self, prompt: str | Sequence[int], *, params: SamplingParams, max_new_tokens: int,
               stop: Sequence[str] = (), ignore_eos: bool = False) -> Stream:
        """Queue a request (checked first: InputError for one that does not fit); QueueFull when too many wait."""
        if self._closing or self._draining:
            raise RequestError(f"Model {self.name!r} is shutting down; send the request to another replica.", 503)
        waiting = len(self._pending) + len(self.engine.waiting)
        if waiting >= self.max_waiting:
            raise QueueFull(f"Model {self.name!r} has all {self.program.max_batch} slots busy and {waiting} requests "
                            f"waiting (torchtpu serve --max-waiting {self.max_waiting}); retry shortly.",
                            retry_after=max(1, waiting // max(self.program.max_batch, 1)))
        request = self.engine.request(prompt, params=params, max_new_tokens=max_new_tokens, stop=stop,
                                      ignore_eos=ignore_eos)
        stream = Stream(request, time.perf_counter())
        self._pending.append(stream)
        self._wake.set()
        return stream

    def cancel(self, stream: Stream) -> None:
        """The client went away: free the request's slot before the next step."""
        if stream.request.state != DONE:
            self._cancels.append(stream.request)
            self._wake.set()

    # ------------------------------------------------------------------------------------------ the driver

    async def _drive(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._admit()
            if self._closing:
                self._fail_all(RequestError(f"Model {self.name!r} is shutting down.", 503))
                return
            if not self.engine.busy:
                self._wake.clear()
                if not self._pending and not self._cancels and not self._closing:
                    await self._wake.wait()
                continue
            try:
                events = await loop.run_in_executor(self._executor, self.engine.step)
            except Exception as e:  # a device step failed: the requests in it cannot go on
                log.exception("model %r failed a generation step", self.name)
                self._fail_all(RequestError(f"Model {self.name!r} failed to run a generation step: "
                                            f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", 500))
                continue
            self._deliver(events)

    def _admit(self) -> None:
        """Hand pending requests and cancellations to the engine (between steps only)."""
        for request in self._cancels:
            self.engine.cancel(request)
            stream = self._streams.pop(request.id, None)
            if stream is not None:
                stream.queue.put_nowait(asyncio.CancelledError())
        self._cancels.clear()
        for stream in self._pending:
            if stream.request.state == DONE:  # cancelled before it was admitted
                continue
            self._streams[stream.request.id] = stream
            self.engine.add(stream.request)
            self.metrics.prompt_tokens.labels(self.name).inc(len(stream.request.prompt))
        self._pending.clear()
        self._gauges()

    def _deliver(self, events: list[StreamEvent]) -> None:
        now = time.perf_counter()
        for event in events:
            stream = self._streams.get(event.request.id)
            if stream is None:
                continue
            if event.token_id is not None:
                self.metrics.generated_tokens.labels(self.name).inc()
                if stream.last_token is None:
                    self.metrics.time_to_first_token.labels(self.name).observe(now - stream.arrived)
                else:
                    self.metrics.inter_token_latency.labels(self.name).observe(now - stream.last_token)
                stream.last_token = now
            stream.queue.put_nowait(event)
            if event.finished:
                del self._streams[event.request.id]
        self._gauges()

    def _fail_all(self, error: RequestError) -> None:
        for stream in [*self._streams.values(), *self._pending]:
            self.engine.cancel(stream.request)
            stream.queue.put_nowait(error)
        self._streams.clear()
        self._pending.clear()
        self._gauges()

    def _gauges(self) -> None:
        m = self.metrics
        running = self.engine.running
        m.requests_running.labels(self.name).set(running)
        m.requests_waiting.labels(self.name).set(len(self.engine.waiting) + len(self._pending))
        m.kv_cache_slots_used.labels(self.name).set(running)
        m.kv_cache_slots.labels(self.name).set(self.program.max_batch)
