"""Shape buckets: pad a dynamic dim up to the next of a few sizes, so a server compiles a handful of programs
instead of one per batch size, and slice the padding back off the outputs.

Padding repeats the last slice along the dim (edge padding), so padded rows hold real data (no zeros to take a
log of). That is only sound for dims whose slices the model treats independently, like a batch: buckets are
something the caller opts into per dim.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import numpy as np

from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime.shapes import dim_names, range_text

BucketSpec = Sequence[int] | Mapping[str, Sequence[int]]


class Buckets:
    """Bucket sizes per named dim, checked against an artifact's manifest."""

    def __init__(self, spec: BucketSpec, manifest: dict):
        symbols = manifest["symbols"]
        sizes = spec if isinstance(spec, Mapping) else {_batch_dim(manifest): spec}
        self.sizes: dict[str, list[int]] = {}
        for symbol, values in sizes.items():
            if symbol not in symbols:
                raise InputError(f"Buckets were given for {symbol!r}, which is not a dynamic dim of this artifact "
                                 f"(its dynamic dims: {', '.join(sorted(symbols)) or 'none'}).")
            try:
                values = sorted({int(v) for v in values})
            except (TypeError, ValueError):
                raise InputError(f"Buckets for {symbol!r} must be whole numbers, got {values!r}.") from None
            lo, hi = symbols[symbol].get("min") or 1, symbols[symbol].get("max")
            outside = [v for v in values if v < lo or (hi is not None and v > hi)]
            if not values or outside:
                raise InputError(f"Buckets for {symbol!r} must be sizes in its range {range_text(symbol, symbols)}; "
                                 f"got {values or 'none'}.")
            _check_paddable(symbol, manifest)
            self.sizes[symbol] = values

    def target(self, sizes: Mapping[str, int]) -> dict[str, int]:
        """The padded size of each bucketed dim; a size above the largest bucket runs as it is."""
        padded = {}
        for symbol, values in self.sizes.items():
            size = sizes[symbol]
            i = bisect.bisect_left(values, size)
            padded[symbol] = values[i] if i < len(values) else size
        return padded

    def pad(self, entries: Sequence[dict], arrays: Sequence[np.ndarray], target: Mapping[str, int]
            ) -> list[np.ndarray]:
        """The inputs with each bucketed dim grown to its target size by repeating its last slice."""
        out = []
        for entry, array in zip(entries, arrays):
            widths = [(0, target[d] - n if d in target else 0) for d, n in zip(entry["shape"], array.shape)]
            out.append(np.pad(array, widths, mode="edge") if any(w for _, w in widths) else array)
        return out

    def unpad(self, entries: Sequence[dict], arrays: Sequence[np.ndarray], sizes: Mapping[str, int]
              ) -> list[np.ndarray]:
        """The results with each bucketed dim cut back to the size it had in the call."""
        out = []
        for entry, array in zip(entries, arrays):
            index = tuple(slice(0, sizes[d]) if d in self.sizes else slice(None) for d in entry["shape"])
            out.append(array[index] if any(d in self.sizes for d in entry["shape"]) else array)
        return out


def _batch_dim(manifest: dict) -> str:
    """The named dim that is dim 0 of the tensor inputs: what plain bucket sizes apply to."""
    firsts = {e["shape"][0] for e in manifest["inputs"] if "constant" not in e and e["shape"]}
    named = sorted(d for d in firsts if isinstance(d, str) and d in manifest["symbols"])
    if len(named) != 1:
        raise InputError("Plain bucket sizes apply to the artifact's batch dim (the dynamic dim 0 of its inputs), "
                         f"but it has {'none' if not named else 'several: ' + ', '.join(named)}; name the dim, "
                         "e.g. buckets={'batch': [1, 2, 4, 8]} (CLI: --buckets batch=1,2,4,8).")
    return named[0]


def _check_paddable(symbol: str, manifest: dict) -> None:
    """Padding is undone by slicing, so the dim must appear in inputs and outputs only as a whole dim."""
    if manifest["mutated_buffers"]:
        raise InputError(f"Buckets cannot be used with this artifact: it updates buffers "
                         f"({', '.join(b['buffer'] for b in manifest['mutated_buffers'])}), and padded rows would "
                         "change them.")
    for kind in ("inputs", "outputs"):
        for entry in manifest[kind]:
            for axis, d in enumerate(entry.get("shape", [])):
                if d != symbol and symbol in dim_names(d):
                    raise InputError(f"Buckets cannot be used for {symbol!r}: {kind[:-1]} {entry['name']!r} dim "
                                     f"{axis} is {d}, so padding {symbol!r} cannot be sliced off again.")
