"""Dynamic batching: gather concurrent requests for one model into a call, run it off the event loop, split back.

Every request of a model goes through its Batcher, batched or not, so one queue orders its calls, counts its
depth and lets shutdown drain it. A model's calls run one at a time on its own thread (a Program keeps state
across calls); while one runs, the next batch gathers in the queue. A batch is sent when it reaches
``max_batch_size`` rows; when it holds as many requests as the previous call did and no other request for the
model is still being received; when ``timeout_s`` has passed since its first request arrived; or at once while
the server drains.

The middle rule expects the clients answered by the last call to come back, and waits for bodies already
arriving: under load a batch waits for them (without it, the first request back runs alone while the rest
queue, and calls alternate between one request and a full batch), and under light load, once a call held a
single request, nothing waits at all.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Hashable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from torchtpu_aot.serve.metrics import Metrics
from torchtpu_aot.serve.model import ServedModel


@dataclass
class _Pending:
    inputs: dict[str, np.ndarray]
    rows: int
    key: Hashable
    future: asyncio.Future
    arrived: float = field(default_factory=time.monotonic)


class Batcher:
    """The queue and the call loop of one model; ``submit`` from request handlers on the server's event loop."""

    def __init__(self, model: ServedModel, timeout_s: float, metrics: Metrics):
        self.model, self.timeout_s, self.metrics = model, timeout_s, metrics
        self._queue: deque[_Pending] = deque()
        self._arrived = asyncio.Event()
        self._draining = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"model-{model.name}")
        self._task: asyncio.Task | None = None
        self._expected = model.max_batch_size  # requests the next batch waits for: those of the previous call
        self._receiving = 0  # requests for this model whose body is being read and checked
        self._depth = metrics.queue_depth.labels(model.name)
        self._batch_size = metrics.batch_size.labels(model.name)
        self._batch_duration = metrics.batch_duration.labels(model.name)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name=f"batcher-{self.model.name}")

    @contextmanager
    def receiving(self) -> Iterator[None]:
        """Around reading and checking a request, so a gathering batch knows it is on its way."""
        self._receiving += 1
        try:
            yield
        finally:
            self._receiving -= 1
            self._arrived.set()

    async def submit(self, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """The outputs for one checked request, once the call holding it has run; its exception if that failed."""
        future = asyncio.get_running_loop().create_future()
        self._queue.append(_Pending(inputs, self.model.batch_size(inputs), self.model.batch_key(inputs), future))
        self._depth.inc()
        self._arrived.set()
        return await future

    def drain(self) -> None:
        """Stop waiting for batches to fill: what is queued runs now (shutdown has begun)."""
        self._draining = True
        self._arrived.set()

    async def close(self) -> None:
        """Run what is still queued, then stop the loop and the model's thread."""
        self.drain()
        while self._queue:
            await asyncio.sleep(0.01)
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self._executor.shutdown(wait=True)

    async def _loop(self) -> None:
        while True:
            if not self._queue:
                self._arrived.clear()
                await self._arrived.wait()
                continue
            batch = await self._gather()
            if batch:
                await self._run(batch)

    async def _gather(self) -> list[_Pending]:
        """Requests sharing the first queued request's batch key, FIFO, up to max_batch_size rows."""
        first = self._queue[0]
        limit = self.model.max_batch_size
        deadline = first.arrived + self.timeout_s
        while True:
            batch, rows, full = [], 0, False
            for pending in self._queue:
                if pending.key != first.key:
                    continue
                if batch and rows + pending.rows > limit:
                    full = True  # the next request in line does not fit: this batch cannot grow
                    break
                batch.append(pending)
                rows += pending.rows
            remaining = deadline - time.monotonic()
            expected = len(batch) >= self._expected and not self._receiving
            if full or rows >= limit or expected or remaining <= 0 or self._draining:
                break
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), remaining)
            except TimeoutError:
                pass
        self._expected = len(batch)
        taken = {id(p) for p in batch}
        self._queue = deque(p for p in self._queue if id(p) not in taken)
        self._depth.dec(len(batch))
        return [p for p in batch if not p.future.done()]  # a client that went away leaves a cancelled future

    async def _run(self, batch: list[_Pending]) -> None:
        self._batch_size.observe(sum(p.rows for p in batch))
        start = time.perf_counter()
        try:
            results = await asyncio.get_running_loop().run_in_executor(
                self._executor, self.model.run, [p.inputs for p in batch])
        except Exception as error:  # the call failed: it fails exactly the requests in it
            for pending in batch:
                if not pending.future.done():
                    pending.future.set_exception(error)
            return
        finally:
            self._batch_duration.observe(time.perf_counter() - start)
        for pending, outputs in zip(batch, results):
            if not pending.future.done():
                pending.future.set_result(outputs)
