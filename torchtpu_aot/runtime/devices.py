"""Several devices: data parallelism (``devices=N``) and tensor parallelism (``tensor_parallel=T``), through JAX's
sharding and XLA's SPMD partitioner.

The N devices form a two-axis ``Mesh``, ``data`` x ``model`` = N/T x T. The batch splits over ``data``; the weights
split over ``model`` by the partition specs the artifact records (``export --shard``), each device holding only
its slices, placed once; everything else is whole on every device (of its ``data`` row). The one-device program
is compiled with ``jax.jit(in_shardings=..., out_shardings=...)``: XLA's SPMD partitioner splits the computation
to match and inserts the collectives. Sharding never changes what the program computes, only where: results equal
a one-device run's up to float rounding (a sum split across devices may add in another order).

A weight whose spec the devices cannot split evenly (T does not divide its attention heads, or its size) is kept
whole on every device instead, and one warning says which. An artifact without specs splits no weight: with
``tensor_parallel`` it runs as with ``devices`` alone, and says so.

The batch dim is the dynamic dim that is dim 0 of the inputs (as for buckets). A batch that is not a multiple of
N/T is padded up to one with the buckets' edge padding and the results are cut back. An artifact without such a
dim (static shapes) is split along dim 0 of its inputs when they all share a size that N/T divides. Buffers the
model mutates keep their placement and are updated as on one device, but a batch of such a model is never padded,
since padded rows would change the buffers: its batch must be a multiple of N/T.

With several processes (``runtime.hosts``), the mesh spans every process's devices; each process passes the same
inputs, and every output comes back whole to every process.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import jax
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from torchtpu_aot import jax_compat
from torchtpu_aot.artifact.manifest import MODEL_AXIS, Manifest, TensorEntry
from torchtpu_aot.errors import InputError, OptionError, ShardingWarning
from torchtpu_aot.runtime.buckets import input_batch_dim, padding_problem

DATA = "data"


def _count(value: Any, what: str, meaning: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise OptionError(f"{what} must be a whole number of at least 1 ({meaning}), got {value!r}.")
    return int(value)


def device_counts(devices: Any, tensor_parallel: Any) -> tuple[int, int]:
    """(N, T) from the ``devices`` and ``tensor_parallel`` options (checked): N defaults to T on one process and
    to every device of every process on several."""
    n = _count(devices, "devices", "the first N of jax.devices()")
    t = _count(tensor_parallel, "tensor_parallel", "the devices each weight splits across") or 1
    if n is None:
        n = len(jax.devices()) if jax.process_count() > 1 else t
    if n % t:
        raise OptionError(f"tensor_parallel={t} does not divide devices={n}: the {n} devices form a data x model "
                          f"mesh of N/T x T. Use a device count that is a multiple of {t}, or another "
                          "tensor_parallel.")
    return n, t


def plan(devices: Any, tensor_parallel: Any, manifest: Manifest, path: Any) -> Parallel | None:
    """The sharding plan for the options (checked), or None for one device (the plain path)."""
    n, t = device_counts(devices, tensor_parallel)
    return None if n == 1 else Parallel(n, t, manifest, path)


def make_mesh(count: int, tensor_parallel: int) -> Mesh:
    """The ``data`` x ``model`` mesh of the first ``count`` devices (of every process); OptionError when JAX sees
    fewer, or when some process would have none."""
    available = jax.devices()
    if count > len(available):
        processes = jax.process_count()
        raise OptionError(
            f"{count} devices were asked for, but JAX sees {len(available)} ({jax.default_backend()}"
            f"{f', {processes} processes' if processes > 1 else ''}: "
            f"{', '.join(str(d) for d in available[:4])}{', ...' if len(available) > 4 else ''}). Ask for at "
            f"most {len(available)}, or run where JAX sees more; on CPU, set "
            f"XLA_FLAGS=--xla_force_host_platform_device_count={count} before the process starts to split the "
            "host into that many devices.")
    devices = list(available[:count])
    missing = sorted({d.process_index for d in available} - {d.process_index for d in devices})
    if missing:
        raise OptionError(
            f"The first {count} of the {len(available)} devices of the {jax.process_count()} processes leave "
            f"process{'es' if len(missing) > 1 else ''} {', '.join(map(str, missing))} without a device, and every "
            f"process must take part. Ask for all {len(available)} devices (the default with several processes).")
    shape = (count // tensor_parallel, tensor_parallel)
    return Mesh(jax_compat.device_mesh(shape, devices), (DATA, MODEL_AXIS))


class Parallel:
    """Shardings for an artifact's weights, inputs and results over a ``data`` x ``model`` mesh of ``count``
    devices, and the batch padding."""

    def __init__(self, count: int, tensor_parallel: int, manifest: Manifest, path: Any, *, batch: bool = True):
        self.count, self.tensor_parallel = count, tensor_parallel
        self.data = count // tensor_parallel
        self.mesh = make_mesh(count, tensor_parallel)
        self.devices = list(self.mesh.devices.flat)
        self.processes = len({d.process_index for d in self.devices})
        self.replicated = NamedSharding(self.mesh, PartitionSpec())
        self.weight_shardings = weight_shardings(manifest.weights.tensors, self.mesh, tensor_parallel, path)
        if not batch:
            return
        split = NamedSharding(self.mesh, PartitionSpec(DATA))
        inputs = manifest.tensor_inputs
        self.symbol = input_batch_dim(manifest) if self.data > 1 else None
        self._symbols = manifest.symbols
        if self.data == 1:
            marker: Any = object()  # nothing is split along the batch
            self._problem = None
        elif self.symbol is not None:
            marker = self.symbol
            self._problem = padding_problem(self.symbol, manifest)
        else:
            marker = _static_batch(inputs, self.data, path)
            self._problem = None
        self.input_shardings = [split if e.shape and e.shape[0] == marker else self.replicated for e in inputs]
        buffers = range(manifest.layout.buffer_slice.start, manifest.layout.buffer_slice.stop)
        self.result_shardings = [  # buffers keep their placement; several processes each read every output whole
            self.weight_shardings[e.name] if i in buffers
            else split if e.shape and e.shape[0] == marker and self.processes == 1 else self.replicated
            for i, e in enumerate(manifest.results)]

    @property
    def multiprocess(self) -> bool:
        return self.processes > 1

    def split_names(self) -> set[str]:
        """The weights split across the ``model`` axis."""
        return {name for name, s in self.weight_shardings.items() if not s.is_fully_replicated}

    def place(self, name: str, value: np.ndarray) -> jax.Array:
        """A weight on the mesh, each device (of every process) holding only its slice."""
        return jax_compat.global_array(np.asarray(value), self.weight_shardings.get(name, self.replicated))

    def jit_options(self, live: Sequence[str]) -> dict[str, Any]:
        """``jax.jit`` keywords for a function of the weights named ``live`` (in order), then the tensor inputs."""
        weights = tuple(self.weight_shardings.get(name, self.replicated) for name in live)
        return {"in_shardings": weights + tuple(self.input_shardings), "out_shardings": tuple(self.result_shardings)}

    def inputs(self, tensors: Sequence[np.ndarray]) -> list:
        """The inputs as the compiled program takes them: numpy arrays on one process, arrays of every process's
        shards on several (each process passes the same values)."""
        if not self.multiprocess:
            return list(tensors)
        return [jax_compat.global_array(t, s) for t, s in zip(tensors, self.input_shardings)]

    def target(self, sizes: Mapping[str, int], target: Mapping[str, int] | None) -> dict[str, int] | None:
        """The padded sizes (``target``, e.g. from buckets) with the batch dim rounded up to a multiple of the
        ``data`` axis; None when nothing needs padding."""
        if self.symbol is None:
            return dict(target) if target else None
        size = sizes[self.symbol]
        base = target[self.symbol] if target and self.symbol in target else size
        padded = -(-base // self.data) * self.data
        if padded != size:
            hi = self._symbols[self.symbol].max
            why = self._problem or (f"that is above the range {self._symbols[self.symbol].range_text} of "
                                    f"{self.symbol!r}" if hi is not None and padded > hi else None)
            if why:
                raise InputError(
                    f"The batch dim {self.symbol!r} is {size}, which {self.data} data-parallel devices split only "
                    f"when padded to {padded}, but {why}. Pass a batch that is a multiple of {self.data}, or use "
                    "fewer devices.")
        if padded == size and not target:
            return None
        return {**(target or {}), self.symbol: padded}


def weight_shardings(tensors: Sequence[TensorEntry], mesh: Mesh, tensor_parallel: int, path: Any
                     ) -> dict[str, NamedSharding]:
    """Each weight's sharding on ``mesh``: split along the ``model`` axis by its partition spec when
    ``tensor_parallel`` devices split it evenly, whole on every device otherwise. Warns once about the weights
    whose spec the devices cannot follow, and (with tensor_parallel > 1) about an artifact without specs."""
    replicated = NamedSharding(mesh, PartitionSpec())
    out: dict[str, NamedSharding] = {}
    unsplit: dict[tuple[str, str], int] = {}
    for entry in tensors:
        part = entry.partition
        if part is None or tensor_parallel == 1:
            out[entry.name] = replicated
        elif part.splits(entry.shape, tensor_parallel):
            out[entry.name] = NamedSharding(mesh, PartitionSpec(*part.spec))
        else:
            out[entry.name] = replicated
            size = entry.shape[part.dim]
            why = (f"{part.units} heads" if part.units and part.units != size else f"dim {part.dim} of {size}")
            key = (re.sub(r"(?<=\.)\d+(?=\.)", "*", entry.name), why)
            unsplit[key] = unsplit.get(key, 0) + 1
    if tensor_parallel > 1 and not any(e.partition is not None for e in tensors):
        warnings.warn(ShardingWarning(
            f"{path} records no partition specs (it was exported without --shard), so tensor_parallel="
            f"{tensor_parallel} splits no weight: every device holds all of them, as with devices alone. Re-export "
            "it with `torchtpu export ... --shard auto` to split the weights."), stacklevel=4)
    elif unsplit:
        shown = "; ".join(f"{name} ({why}{f', {n} weights' if n > 1 else ''})"
                          for (name, why), n in sorted(unsplit.items()))
        warnings.warn(ShardingWarning(
            f"tensor_parallel={tensor_parallel} does not divide these weights of {path} evenly, so each device "
            f"holds them whole: {shown}. The results are the same; pick a tensor_parallel that divides the heads "
            "(or sizes) listed to split them too."), stacklevel=4)
    return out


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


def bytes_per_device(arrays: Mapping[str, jax.Array], devices: Sequence[Any],
                     whole: Mapping[str, Any] | None = None) -> dict[str, int]:
    """The weight bytes each of ``devices`` that is this process's holds, from the placed arrays' shards; ``whole``
    adds arrays every device holds whole (weights compiled in as constants)."""
    out = {str(d): 0 for d in devices if d.process_index == jax.process_index()}
    extra = sum(np.asarray(v).nbytes for v in (whole or {}).values())
    for array in arrays.values():
        for shard in array.addressable_shards:
            out[str(shard.device)] = out.get(str(shard.device), 0) + shard.data.nbytes
    return {device: count + extra for device, count in out.items()}
