"""Shape buckets: pad a dynamic dim up to the next of a few sizes, so a server compiles a handful of programs
instead of one per batch size, and slice the padding back off the outputs.

Padding repeats the last slice along the dim (edge padding), so padded rows hold real data (no zeros to take a
log of). That is only sound for dims whose slices the model treats independently, like a batch: buckets are
something the caller opts into per dim. Data parallelism (runtime/devices.py) pads the batch dim to a multiple
of the device count with the same functions.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import numpy as np

from torchtpu_aot.artifact.manifest import Manifest, TensorEntry
from torchtpu_aot.errors import OptionError
from torchtpu_aot.runtime.shapes import dim_names

BucketSpec = Sequence[int] | Mapping[str, Sequence[int]]


class Buckets:
    """Bucket sizes per named dim, checked against an artifact's manifest."""

    def __init__(self, spec: BucketSpec, manifest: Manifest):
        symbols = manifest.symbols
        sizes = spec if isinstance(spec, Mapping) else {_plain_bucket_dim(manifest): spec}
        self.sizes: dict[str, list[int]] = {}
        for symbol, values in sizes.items():
            if symbol not in symbols:
                raise OptionError(f"Buckets were given for {symbol!r}, which is not a dynamic dim of this artifact "
                                 f"(its dynamic dims: {', '.join(sorted(symbols)) or 'none'}).")
            try:
                values = sorted({int(v) for v in values})
            except (TypeError, ValueError):
                raise OptionError(f"Buckets for {symbol!r} must be whole numbers, got {values!r}.") from None
            lo, hi = symbols[symbol].min, symbols[symbol].max
            outside = [v for v in values if v < lo or (hi is not None and v > hi)]
            if not values or outside:
                raise OptionError(f"Buckets for {symbol!r} must be sizes in its range {symbols[symbol].range_text}; "
                                 f"got {values or 'none'}.")
            problem = padding_problem(symbol, manifest)
            if problem:
                raise OptionError(f"Buckets cannot be used for {symbol!r}: {problem}.")
            self.sizes[symbol] = values

    def target(self, sizes: Mapping[str, int]) -> dict[str, int]:
        """The padded size of each bucketed dim; a size above the largest bucket runs as it is."""
        padded = {}
        for symbol, values in self.sizes.items():
            size = sizes[symbol]
            i = bisect.bisect_left(values, size)
            padded[symbol] = values[i] if i < len(values) else size
        return padded


def pad_dims(entries: Sequence[TensorEntry], arrays: Sequence[np.ndarray], target: Mapping[str, int]
             ) -> list[np.ndarray]:
    """The inputs with each named dim in ``target`` grown to its target size by repeating its last slice."""
    out = []
    for entry, array in zip(entries, arrays):
        widths = [(0, target[d] - n if d in target else 0) for d, n in zip(entry.shape, array.shape)]
        out.append(np.pad(array, widths, mode="edge") if any(w for _, w in widths) else array)
    return out


def unpad_dims(entries: Sequence[TensorEntry], arrays: Sequence[np.ndarray], sizes: Mapping[str, int],
               padded: Mapping[str, int]) -> list[np.ndarray]:
    """The results with each named dim that was padded (a key of ``padded``) cut back to its size in the call."""
    out = []
    for entry, array in zip(entries, arrays):
        index = tuple(slice(0, sizes[d]) if d in padded else slice(None) for d in entry.shape)
        out.append(array[index] if any(d in padded for d in entry.shape) else array)
    return out


def input_batch_dim(manifest: Manifest) -> str | None:
    """The named dim that is dim 0 of the tensor inputs (what plain bucket sizes and data parallelism apply to);
    None when no dynamic dim, or several, are dim 0 of the inputs."""
    named = _dynamic_firsts(manifest)
    return named[0] if len(named) == 1 else None


def _dynamic_firsts(manifest: Manifest) -> list[str]:
    firsts = {e.shape[0] for e in manifest.tensor_inputs if e.shape}
    return sorted(d for d in firsts if isinstance(d, str) and d in manifest.symbols)


def _plain_bucket_dim(manifest: Manifest) -> str:
    """The batch dim, which plain bucket sizes apply to; an OptionError when the artifact has none."""
    named = _dynamic_firsts(manifest)
    if len(named) != 1:
        raise OptionError("Plain bucket sizes apply to the artifact's batch dim (the dynamic dim 0 of its inputs), "
                         f"but it has {'none' if not named else 'several: ' + ', '.join(named)}; name the dim, "
                         "e.g. buckets={'batch': [1, 2, 4, 8]} (CLI: --buckets batch=1,2,4,8).")
    return named[0]


def padding_problem(symbol: str, manifest: Manifest) -> str | None:
    """Why padding ``symbol`` (and slicing the padding off the results) would be unsound here, or None. Padding
    is undone by slicing, so the dim must appear in inputs and outputs only as a whole dim."""
    if manifest.mutated_buffers:
        return (f"the artifact updates buffers ({', '.join(b.target for b in manifest.mutated_buffers)}), "
                "and padded rows would change them")
    for kind, entries in (("input", manifest.tensor_inputs), ("output", manifest.tensor_outputs)):
        for entry in entries:
            for axis, d in enumerate(entry.shape):
                if d != symbol and symbol in dim_names(d):
                    return (f"{kind} {entry.name!r} dim {axis} is {d}, so padding {symbol!r} cannot be "
                            "sliced off again")
    return None
