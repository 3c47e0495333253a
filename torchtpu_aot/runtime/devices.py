"""Data parallelism: a program run on the first N of ``jax.devices()``, the batch split across them.

Everything goes through JAX's sharding: a one-axis ``Mesh`` over the devices, the weights placed replicated on
every device, and the program compiled with ``jax.jit(in_shardings=..., out_shardings=...)`` so that inputs and
outputs carrying the batch dim are split along dim 0 and everything else is replicated; XLA's SPMD partitioner
does the rest. Sharding never changes what the program computes, only where: results equal a one-device run's
up to float rounding (each device multiplies fewer rows, which can change the summation order).

The batch dim is the dynamic dim that is dim 0 of the inputs (as for buckets). A batch that is not a multiple
of N is padded up to one with the buckets' edge padding and the results are cut back. An artifact without such a
dim (static shapes) is split along dim 0 of its inputs when they all share a size that N divides. Buffers the
model mutates are kept replicated and updated as on one device (the partitioner keeps batch statistics global),
but a batch of such a model is never padded, since padded rows would change the buffers: its batch must be a
multiple of N.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import jax
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from torchtpu_aot.artifact.manifest import Manifest, TensorEntry
from torchtpu_aot.errors import InputError, OptionError
from torchtpu_aot.runtime.buckets import input_batch_dim, padding_problem

AXIS = "batch"


def data_parallel(devices: Any, manifest: Manifest, path: Any) -> DataParallel | None:
    """The sharding plan for ``devices`` devices (checked), or None for one device (the plain path)."""
    if devices is None:
        return None
    if isinstance(devices, bool) or not isinstance(devices, (int, np.integer)) or devices < 1:
        raise OptionError(f"devices must be a whole number of at least 1 (the first N of jax.devices()), "
                         f"got {devices!r}.")
    return None if devices == 1 else DataParallel(int(devices), manifest, path)


class DataParallel:
    """Shardings for an artifact's weights, inputs and results over ``count`` devices, and the batch padding."""

    def __init__(self, count: int, manifest: Manifest, path: Any):
        available = jax.devices()
        if count > len(available):
            raise OptionError(
                f"{count} devices were asked for, but JAX sees {len(available)} ({jax.default_backend()}: "
                f"{', '.join(str(d) for d in available[:4])}{', ...' if len(available) > 4 else ''}). Ask for at "
                f"most {len(available)}, or run where JAX sees more; on CPU, set "
                f"XLA_FLAGS=--xla_force_host_platform_device_count={count} before the process starts to split the "
                "host into that many devices.")
        self.count = count
        self.devices = list(available[:count])
        mesh = Mesh(np.array(self.devices), (AXIS,))
        self.replicated = NamedSharding(mesh, PartitionSpec())
        split = NamedSharding(mesh, PartitionSpec(AXIS))
        inputs = manifest.tensor_inputs
        self.symbol = input_batch_dim(manifest)
        self._symbols = manifest.symbols
        if self.symbol is not None:
            marker: Any = self.symbol
            self._problem = padding_problem(self.symbol, manifest)
        else:
            marker = _static_batch(inputs, count, path)
            self._problem = None
        self.input_shardings = [split if e.shape and e.shape[0] == marker else self.replicated for e in inputs]
        self.result_shardings = [split if e.shape and e.shape[0] == marker else self.replicated
                                 for e in manifest.results]

    def jit_options(self, weight_count: int) -> dict[str, Any]:
        """``jax.jit`` keywords for a function of the weights, then the tensor inputs."""
        return {"in_shardings": (self.replicated,) * weight_count + tuple(self.input_shardings),
                "out_shardings": tuple(self.result_shardings)}

    def target(self, sizes: Mapping[str, int], target: Mapping[str, int] | None) -> dict[str, int] | None:
        """The padded sizes (``target``, e.g. from buckets) with the batch dim rounded up to a multiple of the
        device count; None when nothing needs padding."""
        if self.symbol is None:
            return dict(target) if target else None
        size = sizes[self.symbol]
        base = target[self.symbol] if target and self.symbol in target else size
        padded = -(-base // self.count) * self.count
        if padded != size:
            hi = self._symbols[self.symbol].max
            why = self._problem or (f"that is above the range {self._symbols[self.symbol].range_text} of "
                                    f"{self.symbol!r}" if hi is not None and padded > hi else None)
            if why:
                raise InputError(
                    f"The batch dim {self.symbol!r} is {size}, which {self.count} devices split only when padded "
                    f"to {padded}, but {why}. Pass a batch that is a multiple of {self.count}, or use fewer "
                    "devices.")
        if padded == size and not target:
            return None
        return {**(target or {}), self.symbol: padded}


def _static_batch(inputs: Sequence[TensorEntry], count: int, path: Any) -> int:
    """The dim 0 every tensor input (of rank 1 or more) shares, when ``count`` devices can split it."""
    firsts = {e.shape[0] for e in inputs if e.shape}
    if len(firsts) == 1 and isinstance(size := next(iter(firsts)), int) and size % count == 0:
        return size
    shown = ", ".join(f"{e.name} {list(e.shape)}" for e in inputs) or "none"
    raise OptionError(
        f"{path} has no dynamic batch dim (a dynamic dim 0 of its inputs) to split across {count} devices, and its "
        f"inputs do not share a static dim 0 that is a multiple of {count} (inputs: {shown}). Use one device, a "
        "device count that divides the static batch, or re-export with a dynamic batch dim "
        "(torchtpu export ... --dynamic INPUT:0=batch[1,64]).")
