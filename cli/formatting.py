"""Text helpers for the command line: sizes, shapes, array summaries and aligned tables."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from torchtpu_aot import dtypes
from torchtpu_aot.artifact.manifest import MODEL_AXIS, Entry, Manifest, WeightsTable


def human_bytes(n: int) -> str:
    """``1.5 MiB``: sizes people can compare at a glance."""
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{int(size)} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def shape_text(shape: Sequence[Any]) -> str:
    """``[8, s0]``: ints and symbolic dims (stored as text) alike."""
    return "[" + ", ".join(str(d) for d in shape) + "]"


def entry_text(entry: Entry) -> str:
    """A manifest signature entry as ``float32[8, 64]`` or ``= 3 (constant)``."""
    if entry.is_constant:
        return f"= {entry.value!r} (constant)"
    return f"{entry.dtype}{shape_text(entry.shape)}"


def _number(x: Any) -> str:
    if isinstance(x, (bool, np.bool_)):
        return str(bool(x))
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return f"{float(x):.6g}"


def array_summary(array: np.ndarray, first: int = 4) -> str:
    """min, max, mean and the first few values: enough to eyeball a result without dumping it."""
    if array.size == 0:
        return "empty"
    flat = array.reshape(-1)
    head = ", ".join(_number(v) if array.dtype.kind != "c" else f"{complex(v):.4g}" for v in flat[:first])
    head = f"[{head}{', ...' if flat.size > first else ''}]"
    if array.dtype.kind == "c":
        return f"mean {complex(flat.mean()):.6g}  {head}"
    if array.dtype.kind == "b":
        return f"true {int(flat.sum())}/{flat.size}  {head}"
    values = flat.astype(np.float64)  # also covers bfloat16 and the float8 types (numpy kind "V")
    finite = np.isfinite(values)
    nonfinite = "" if finite.all() else f"  ({int((~finite).sum())} non-finite)"
    shown = values[finite] if finite.any() else values
    return (f"min {_number(shown.min())}  max {_number(shown.max())}  mean {_number(shown.mean())}{nonfinite}  "
            f"{head}")


def table(rows: Sequence[Sequence[str]], indent: int = 2) -> list[str]:
    """Rows of cells as left-aligned columns (the last column is not padded)."""
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(len(r) for r in rows))]
    lines = []
    for row in rows:
        cells = [cell.ljust(widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append(" " * indent + "  ".join(cells).rstrip())
    return lines


def seconds(t: float) -> str:
    return f"{t:.2f} s" if t < 100 else f"{t:.0f} s"


def written_lines(path: Path, manifest: Manifest, fmt: str, version: str, inline_weights: bool) -> list[str]:
    """What ``export`` reports having written: the program, and the weights file unless they were inlined."""
    n_weights = len(manifest.weights.tensors)
    program_kind = "StableHLO text" if fmt == "text" else "StableHLO bytecode"
    inline = f", {n_weights} weights inlined" if inline_weights else ""
    lines = [f"wrote {path}  ({human_bytes(path.stat().st_size)}, {program_kind}, version {version}{inline})"]
    if not inline_weights:
        weights = path.with_suffix(".safetensors")
        lines.append(f"wrote {weights}  ({human_bytes(weights.stat().st_size)}, {n_weights} weights)")
    split = partition_summary(manifest)
    return lines + ([split] if split else [])


def partition_summary(manifest: Manifest) -> str | None:
    """How an artifact's weights split for tensor parallelism, in one line; None when it records no spec."""
    tensors = manifest.weights.tensors
    split = [e for e in tensors if e.partition is not None]
    if not split:
        return None
    share = sum(e.nbytes for e in split) / max(manifest.weights.nbytes, 1)
    return (f"tensor parallel: {len(split)} of {len(tensors)} weights ({share:.1%} of the weight bytes) split over "
            f"the {MODEL_AXIS!r} mesh axis, the rest whole on every device")


def partition_rows(manifest: Manifest) -> list[list[str]]:
    """The partition specs, one row per weight name with its layer number as ``*`` (``layers.*.mlp.up_proj.weight``
    ... x22), in weight-table order."""
    rows: dict[tuple[str, str, str], int] = {}
    for e in manifest.weights.tensors:
        if e.partition is not None:
            key = (re.sub(r"(?<=\.)\d+(?=\.)", "*", e.name), entry_text(e), e.partition.text)
            rows[key] = rows.get(key, 0) + 1
    return [[name, shape, spec, f"x{n}" if n > 1 else ""] for (name, shape, spec), n in rows.items()]


def quantization_text(weights: WeightsTable) -> str:
    """One line on a table's quantized weights ("" when none are): how many, in which scheme, and the bytes."""
    quantized = weights.quantized
    if not quantized:
        return ""
    kinds: dict[str, int] = {}
    for e in quantized:
        info = e.quantization
        kind = f"{info.scheme} ({info.groups_text})" if info.scheme != "external" else \
            "integer, dequantized by the model's own graph (quantized before export)"
        kinds[kind] = kinds.get(kind, 0) + 1
    scales = {e.quantization.scale for e in quantized if e.quantization.scale}
    stored = sum(e.nbytes for e in quantized) + sum(weights.entry(s).nbytes for s in scales)
    floating = sum(math.prod(e.quantization.shape) * dtypes.to_numpy(e.quantization.dtype).itemsize
                   for e in quantized if e.quantization.shape is not None)
    text = "; ".join(f"{n} weight{'s' if n > 1 else ''} {kind}" for kind, n in kinds.items())
    if floating:
        text += (f"; {human_bytes(stored)} with their scales, for {human_bytes(floating)} of floating weights "
                 f"({stored / floating:.2f}x)")
    return text
