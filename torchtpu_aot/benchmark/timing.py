"""Latency of repeated calls, measured the same way for every contender (the artifact, eager torch,
torch.compile), so that their ratios compare like with like."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Latency:
    """Wall-clock seconds of each timed call, after the warm-up calls, and how many cores were busy on average
    during them (process CPU time over wall time, all threads counted)."""

    samples: tuple[float, ...]
    cores: float

    @property
    def median(self) -> float:
        return float(np.median(self.samples))

    @property
    def p90(self) -> float:
        return float(np.percentile(self.samples, 90))


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """``fn()``'s result and the seconds it took."""
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def measure(fn: Callable[[], Any], *, runs: int, warmup: int) -> Latency:
    """Call ``fn`` ``warmup`` times untimed, then ``runs`` times timed one by one."""
    for _ in range(warmup):
        fn()
    samples = []
    cpu = time.process_time()
    for _ in range(runs):
        samples.append(timed(fn)[1])
    return Latency(tuple(samples), (time.process_time() - cpu) / sum(samples))
