"""Phases of a long command as they happen: a bar on a terminal, plain lines elsewhere (logs, pipes, CI)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from torchtpu_aot import progress

from .formatting import seconds

_TICK_S = 0.2


class Phases:
    """A ``torchtpu_aot.progress`` listener that prints each phase on stdout as it ends (``  torch.export: 1.42 s``)
    and, on a terminal, keeps a bar over the ``expected`` phases below those lines, with the running phase and its
    time so far, redrawn a few times a second so that a minutes-long phase still shows it is alive.

    ``transfer`` is a ``progress.Show`` function for the bytes a phase moves (a save's weights): they join the bar
    on a terminal; elsewhere a phase that takes seconds prints them as a plain line every few seconds."""

    def __init__(self, expected: Sequence[str], tty: bool | None = None):
        self.expected = list(expected)
        self.tty = click.get_text_stream("stdout").isatty() if tty is None else tty
        self.done = 0
        self.running: tuple[str, float] | None = None
        self.moved: tuple[int, int] | None = None  # the running phase's bytes (done, total), if it reports them
        self._last_line = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def __call__(self, phase: str, took: float | None) -> None:
        with self._lock:
            if took is None:
                self.running = (phase, time.perf_counter())
                if self.tty and self._ticker is None:
                    self._ticker = threading.Thread(target=self._tick, name="torchtpu-progress", daemon=True)
                    self._ticker.start()
            else:
                self.running = self.moved = None
                self.done += 1
                self._clear()
                click.echo(f"  {phase}: {seconds(took)}")
            self._draw()

    def transfer(self, done: int, total: int) -> None:
        with self._lock:
            self.moved = (done, total)
            if self.tty or self.running is None:
                return
            name, start = self.running
            now = time.perf_counter()
            if now - start >= progress.DELAY_S and now - self._last_line >= progress.LINE_EVERY_S:
                click.echo(f"  {name}: {progress.rate_text(done, total, now - start)}")
                self._last_line = now

    def __enter__(self) -> Phases:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        with self._lock:
            self._clear()

    def _tick(self) -> None:
        while not self._stop.wait(_TICK_S):
            with self._lock:
                self._draw()

    def _draw(self) -> None:
        if not self.tty or self.running is None:
            return
        name, start = self.running
        total = max(len(self.expected), self.done + 1)
        took = time.perf_counter() - start
        moved = f" ({progress.rate_text(*self.moved, took)})" if self.moved else ""
        click.echo(f"\r{progress.bar(self.done, total)} {self.done}/{total} {name} {seconds(took)}{moved}"
                   f"{progress.TO_END}", nl=False, color=True)

    def _clear(self) -> None:
        if self.tty:
            click.echo(f"\r{progress.TO_END}", nl=False, color=True)


EXPORT_PHASES = ("build", "torch.export", "conversion", "save")


@contextlib.contextmanager
def export_phases() -> Iterator[tuple[Callable[[str], contextlib.AbstractContextManager], Phases]]:
    """Show an export's phases while the block runs; gives ``phase(name)`` for the phases the command runs itself
    (the library reports torch.export and conversion), and the display (``transfer`` for the save's bytes)."""
    with Phases(EXPORT_PHASES) as shown, progress.listening(shown):
        yield progress.phase, shown
