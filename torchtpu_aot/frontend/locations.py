"""Finding the user's own file:line in torch's stack traces, so errors point at model code."""

from __future__ import annotations

import os
import re
from types import TracebackType

_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)\n(?P<code>[^\n]*)')
_TORCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__import__("torch").__file__)))
_OWN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _is_library(path: str) -> bool:
    path = os.path.abspath(path)
    return path.startswith(os.path.join(_TORCH_DIR, "torch") + os.sep) or path.startswith(_OWN_DIR + os.sep)


def _short(path: str) -> str:
    path = os.path.abspath(path)
    cwd = os.getcwd() + os.sep
    return path[len(cwd):] if path.startswith(cwd) else path


def from_stack_trace(stack_trace: str | None) -> str | None:
    """``file:line in func: code`` for the innermost frame outside torch itself, from a node's stack trace."""
    if not stack_trace:
        return None
    frames = [m for m in _FRAME.finditer(stack_trace) if not _is_library(m["file"])]
    if not frames:
        return None
    m = frames[-1]
    code = m["code"].strip()
    return f"{_short(m['file'])}:{m['line']} in {m['func']}" + (f" (`{code}`)" if code else "")


def user_frame(tb: TracebackType | None) -> str | None:
    """``file:line`` of the innermost traceback frame outside torch and torchtpu_aot."""
    found = None
    while tb is not None:
        path = tb.tb_frame.f_code.co_filename
        if not _is_library(path) and not path.startswith("<"):
            found = f"{_short(path)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
