"""Weights compiled into the program as constants ("folded"), so that XLA does the work that depends on the
weights alone once, when it compiles, instead of on every call.

With the weights as arguments, XLA's CPU backend re-lays out every convolution filter on every call (torch's
OIHW into the HWIO its kernels read: a copy of all the conv weights) and recomputes every batch-norm scale and
shift; on resnet18 that was about a third of each call. Folded, those are constants of the executable. The
artifact itself is unchanged (its weights stay a separate safetensors file); folding is a load-time choice.

It costs compile time and memory in the executable (and in a persistent-cache entry), so by default only
programs with at most ``DEFAULT_FOLD_LIMIT`` bytes of weights are folded. Buffers the program updates and the
random-number state stay arguments: they change between calls. So do quantized weights (int8, int4, or integers a
torchao model dequantizes itself): folded, XLA would compute their dequantized values once, as floating constants
four to eight times their size, undoing the point of quantizing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from torchtpu_aot.errors import OptionError

DEFAULT_FOLD_LIMIT = 256 * 2**20


def folded_names(fold: bool | None, sizes: Mapping[str, int], changing: set[str]) -> set[str]:
    """The weights to compile in as constants, decided from their byte ``sizes`` before any is read: none for
    ``fold=False``; every weight not in ``changing`` (those that change between calls, and quantized weights) for
    ``fold=True``; for ``None`` (the default), those when their bytes are at most ``DEFAULT_FOLD_LIMIT``."""
    if fold is not None and not isinstance(fold, bool):
        raise OptionError(f"fold_weights is True, False or None (automatic), got {fold!r}.")
    constant = {name for name in sizes if name not in changing}
    if fold is False or not constant:
        return set()
    if fold is None and sum(sizes[name] for name in constant) > DEFAULT_FOLD_LIMIT:
        return set()
    return constant


def with_constants(call: Callable, names: list[str], constants: Mapping[str, np.ndarray]) -> Callable:
    """``call(*all_weights, *inputs)`` as a function of the other weights and the inputs, the ``constants``
    closed over (JAX embeds closed-over numpy arrays as constants of the compiled program)."""
    slots = [constants.get(name) for name in names]
    live = sum(1 for s in slots if s is None)

    def folded(*args: Any) -> Any:
        supplied = iter(args[:live])
        weights = [next(supplied) if s is None else s for s in slots]
        return call(*weights, *args[live:])

    return folded


def placed_bytes(array: Any) -> int:
    """The bytes a placed array takes on its devices: each device's shard as it lies there."""
    shards = getattr(array, "addressable_shards", None)
    if shards is None:
        return int(np.asarray(array).nbytes)
    return sum(int(s.data.nbytes) for s in shards)
