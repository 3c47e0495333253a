"""Outputs whose size depends on the data (nonzero, masked_select, unique...), cut to their true size.

The program returns each such output padded to a static bound along its data-dependent dim, and the true length
of that dim as an extra int64 result (the manifest's ``data_dependent_dims`` says which); here the outputs are
sliced to those lengths and the lengths dropped, so callers see exactly torch's shapes. Buckets and data
parallelism pad or split the batch, which would change such results, so they are refused for these artifacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from torchtpu_aot.artifact.manifest import Manifest
from torchtpu_aot.errors import OptionError


def check_unpadded(manifest: Manifest, path: Any, buckets: Any, devices: Any) -> None:
    """Refuse buckets and several devices splitting the batch (``devices``: how many; tensor parallelism alone
    splits none) for an artifact whose outputs have data-dependent sizes."""
    dims = manifest.data_dependent_dims
    many = isinstance(devices, (int, np.integer)) and not isinstance(devices, bool) and devices > 1
    if not dims or (buckets is None and not many):
        return
    what = "buckets" if buckets is not None else f"devices={devices}"
    raise OptionError(
        f"{path} has outputs whose size depends on the data ({', '.join(sorted(dims))}: the rows of a nonzero, "
        f"masked_select, unique or similar result), so it cannot run with {what}: padding or splitting the batch "
        "would change which rows those results hold. Load it without buckets, on one device.")


def trim(manifest: Manifest, results: Sequence[np.ndarray]) -> list[np.ndarray]:
    """The results with each output cut to its data-dependent lengths and the length results dropped."""
    dims = manifest.data_dependent_dims
    if not dims:
        return list(results)
    lengths = {name: int(results[d.length_output]) for name, d in dims.items()}
    out = list(results[:manifest.layout.length_slice.start])
    for i, entry in enumerate(manifest.tensor_outputs):
        if any(d in lengths for d in entry.shape if isinstance(d, str)):
            index = tuple(slice(0, lengths[d]) if isinstance(d, str) and d in lengths else slice(None)
                          for d in entry.shape)
            out[i] = out[i][index]
    return out
