"""Comparing a program's outputs with reference outputs, relative to each output's own scale.

Relative-to-scale matters: with random init some models output values around 1e-9 (or exactly 0), where an
absolute tolerance of 1e-4 would accept any answer at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from torchtpu_aot import dtypes
from torchtpu_aot.artifact.manifest import Manifest

# Default tolerances (error relative to each output's scale) for comparing an artifact with eager float32 torch.
# float32 programs differ from torch only by the order of float32 operations: 1e-4 leaves wide margin.
# bfloat16 programs round every stored weight and every intermediate to 8 significant bits (epsilon 2**-7,
# a relative rounding error of up to 2**-8 each time); over a deep network those errors add up to a few
# epsilons of the output's scale (measured on models/: 0.35 to 1.5 epsilons, see README.md), while a wrong
# lowering is off by tens of percent. 4 epsilons (0.031) sits between the two.
FLOAT32_TOLERANCE = 1e-4
BFLOAT16_EPSILON = 2.0**-7
BFLOAT16_TOLERANCE = 4 * BFLOAT16_EPSILON


def default_tolerance(manifest: Manifest) -> float:
    """The tolerance ``torchtpu verify`` uses unless given one: by the artifact's compute dtype."""
    compute = manifest.precision.compute if manifest.precision is not None else None
    return BFLOAT16_TOLERANCE if compute == "bfloat16" else FLOAT32_TOLERANCE


@dataclass(frozen=True)
class OutputError:
    name: str
    shape: tuple
    max_abs: float
    scale: float          # max |reference|
    rel_to_scale: float   # max_abs / scale (0 when both are 0)
    exact_match: bool

    def within(self, tol: float) -> bool:
        return self.exact_match or self.rel_to_scale <= tol


def flatten_outputs(tree: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(name, leaf) pairs of a nested output, named like the manifest names outputs."""
    if isinstance(tree, dict):
        return [p for k, v in tree.items() for p in flatten_outputs(v, f"{prefix}.{k}" if prefix else str(k))]
    if isinstance(tree, (tuple, list)):
        # named tuples (and torch's structseqs, such as topk's result) by field name, as the manifest names them
        keys = getattr(type(tree), "_fields", None) or getattr(type(tree), "__match_args__", None) or range(len(tree))
        return [p for k, v in zip(keys, tree) for p in flatten_outputs(v, f"{prefix}.{k}" if prefix else str(k))]
    if tree is None:
        return []
    return [(prefix or "output", tree)]


def compare(reference: Any, got: Any) -> list[OutputError]:
    """Per-output errors of ``got`` against ``reference`` (matching nested structures)."""
    ref_leaves, got_leaves = flatten_outputs(reference), flatten_outputs(got)
    if [n for n, _ in ref_leaves] != [n for n, _ in got_leaves]:
        raise ValueError(f"output structures differ: {[n for n, _ in ref_leaves]} vs {[n for n, _ in got_leaves]}")
    errors = []
    for (name, ref), (_, out) in zip(ref_leaves, got_leaves):
        ref, out = dtypes.to_array(ref), dtypes.to_array(out)
        if ref.shape != out.shape:
            raise ValueError(f"output {name}: shape {out.shape} differs from the reference {ref.shape}")
        exact = bool(np.array_equal(ref, out, equal_nan=ref.dtype.kind in "fc"))
        if ref.size == 0 or ref.dtype.kind in "biu" or ref.dtype == np.bool_:
            diff = 0.0 if exact else float(np.abs(ref.astype(np.float64) - out.astype(np.float64)).max())
            scale = float(np.abs(ref.astype(np.float64)).max()) if ref.size else 0.0
        else:
            r, o = ref.astype(np.float64), out.astype(np.float64)
            diff = float(np.nanmax(np.abs(r - o))) if not exact else 0.0
            if np.any(np.isnan(r) != np.isnan(o)):
                diff = float("inf")
            scale = float(np.nanmax(np.abs(r))) if np.isfinite(r).any() else 0.0
        rel = 0.0 if diff == 0 else (diff / scale if scale > 0 else float("inf"))
        errors.append(OutputError(name, tuple(ref.shape), diff, scale, rel, exact))
    return errors
