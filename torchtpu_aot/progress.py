"""The phases of long work (an export: torch.export, conversion, saving) as they start and end, for whoever
listens: the command line draws them. Nothing is reported, and nothing costs anything, when nobody listens.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar

# Called with (phase, None) when a phase starts and (phase, seconds) when it ends well; a phase that fails just
# ends, with the error.
Listener = Callable[[str, "float | None"], None]

_LISTENER: ContextVar[Listener | None] = ContextVar("torchtpu_aot.progress", default=None)


@contextlib.contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Report the phases run inside the block (in this thread or task) to ``listener``."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)


@contextlib.contextmanager
def phase(name: str) -> Iterator[None]:
    """Mark the block as the phase ``name``."""
    listener = _LISTENER.get()
    if listener is None:
        yield
        return
    listener(name, None)
    start = time.perf_counter()
    yield
    listener(name, time.perf_counter() - start)
