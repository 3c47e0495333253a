"""Finding the user's own file:line in torch's stack traces, so errors (and debug locations) point at model code."""

from __future__ import annotations

import os
import re
from types import TracebackType
from typing import NamedTuple

_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)\n(?P<code>[^\n]*)')
_TORCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__import__("torch").__file__)))
_OWN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class SourceLine(NamedTuple):
    """One frame of the user's code: file (relative to the working directory when under it), line, function, code."""

    file: str
    line: int
    func: str
    code: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} in {self.func}" + (f" (`{self.code}`)" if self.code else "")


def _is_library(path: str) -> bool:
    """torch's and torchtpu_aot's own files, and code generated at run time (``<eval_with_key>.5``: the graphs
    torch.export builds for torch.cond, while_loop, scan and map bodies)."""
    if path.startswith("<"):
        return True
    path = os.path.abspath(path)
    return path.startswith(os.path.join(_TORCH_DIR, "torch") + os.sep) or path.startswith(_OWN_DIR + os.sep)


def _short(path: str) -> str:
    path = os.path.abspath(path)
    cwd = os.getcwd() + os.sep
    return path[len(cwd):] if path.startswith(cwd) else path


def user_line(stack_trace: str | None) -> SourceLine | None:
    """The innermost frame outside torch, torchtpu_aot and generated code, from a node's stack trace."""
    if not stack_trace:
        return None
    frames = [m for m in _FRAME.finditer(stack_trace) if not _is_library(m["file"])]
    if not frames:
        return None
    m = frames[-1]
    return SourceLine(_short(m["file"]), int(m["line"]), m["func"], m["code"].strip())


def from_stack_trace(stack_trace: str | None) -> str | None:
    """``file:line in func (`code`)`` for the innermost user frame of a node's stack trace."""
    line = user_line(stack_trace)
    return str(line) if line else None


def user_frame(tb: TracebackType | None) -> str | None:
    """``file:line`` of the innermost traceback frame outside torch and torchtpu_aot."""
    found = None
    while tb is not None:
        path = tb.tb_frame.f_code.co_filename
        if not _is_library(path):
            found = f"{_short(path)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
