"""Progress of long work. The phases of an export (torch.export, conversion, saving) as they start and end, for
whoever listens: the command line draws them; nothing is reported, and nothing costs anything, when nobody listens.
And the bytes of a long transfer (loading or saving weights), shown as the caller asks (``transfer``).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import IO

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


# ------------------------------------------------------------------------------------------- bytes of a transfer

# How a transfer shows its progress: None (the default) a bar on stderr when stderr is a terminal, nothing
# otherwise; True a bar on a terminal and plain lines elsewhere (logs, pipes); False nothing; a function is called
# with (bytes done, total bytes) as they advance.
Show = bool | Callable[[int, int], None] | None

DELAY_S = 2.0  # nothing is shown for a transfer that takes less than this
LINE_EVERY_S = 5.0  # plain lines (stderr not a terminal): one this often
_TICK_S = 0.2
TO_END = "\x1b[K"  # erase to the end of the line (on a terminal)


def bar(done: int, total: int, width: int = 24) -> str:
    """``[#########---------------]``: ``done`` of ``total`` filled."""
    filled = max(0, min(width, width * done // total)) if total > 0 else 0
    return f"[{'#' * filled}{'-' * (width - filled)}]"


def rate_text(done: int, total: int, seconds: float) -> str:
    """``1.84/4.40 GB, 1.21 GB/s``."""
    rate = f", {done / seconds / 1e9:.2f} GB/s" if seconds > 0 else ""
    return f"{done / 1e9:.2f}/{total / 1e9:.2f} GB{rate}"


class Meter:
    """The bytes of one transfer (loading or saving weights): the code moving them sets ``total`` and calls
    ``advance`` as it goes; ``transfer`` shows them."""

    def __init__(self, what: str, show: Show = None, then: str | None = None, stream: IO[str] | None = None,
                 total: int = 0):
        self.what, self.then = what, then
        self.total, self.done = total, 0
        self.start = time.perf_counter()
        self._callback = show if callable(show) else None
        self._stream = stream if stream is not None else sys.stderr
        self._tty = _isatty(self._stream)
        visible = self._callback is None and (show is True or (show is None and self._tty))
        self.shown = False
        self._stop = threading.Event()
        self._thread = None
        if visible:
            self._thread = threading.Thread(target=self._show, name="torchtpu-progress", daemon=True)
            self._thread.start()

    def advance(self, nbytes: int) -> None:
        self.done += nbytes
        if self._callback is not None:
            self._callback(self.done, self.total)

    def text(self) -> str:
        """What is done so far: bytes and rate, or ``then`` once every byte is (a save flushing the file)."""
        moved = rate_text(self.done, self.total, time.perf_counter() - self.start)
        return f"{moved}, {self.then}" if self.then and self.total and self.done >= self.total else moved

    def _show(self) -> None:
        if self._stop.wait(DELAY_S):
            return
        last_line = 0.0
        while True:
            now = time.perf_counter()
            if self._tty:
                self._write(f"\r{self.what} {bar(self.done, self.total)} {self.text()}{TO_END}")
            elif now - last_line >= LINE_EVERY_S:
                self._write(f"{self.what}: {self.text()}\n")
                last_line = now
            self.shown = True
            if self._stop.wait(_TICK_S):
                return

    def close(self, ok: bool) -> None:
        """Stop showing; once something was shown, end with a line saying what moved and how fast."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.shown:
            end = f"\r{TO_END}" if self._tty else ""
            took = time.perf_counter() - self.start
            summary = f"{self.done / 1e9:.2f} GB in {took:.1f} s, {self.done / took / 1e9:.2f} GB/s" if ok else \
                "stopped"
            self._write(f"{end}{self.what}: {summary}\n")

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a closed or broken stream: progress is not worth failing for
            pass


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def transfer(what: str, show: Show = None, *, then: str | None = None) -> Iterator[Meter]:
    """A ``Meter`` for the bytes the block moves, shown as ``show`` says (see ``Show``): a bar on stderr redrawn in
    place on a terminal, a plain line every few seconds elsewhere, starting only once the transfer has taken
    ``DELAY_S`` (quick ones stay silent) and ending with one line of bytes, time and rate. ``then`` is said once
    every byte is counted but the block has not ended (a save flushing the file to disk)."""
    meter = Meter(what, show, then)
    ok = False
    try:
        yield meter
        ok = True
    finally:
        meter.close(ok)
