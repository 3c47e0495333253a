"""Compiled programs per input shape, least recently used first out, so a long-running server that sees many
shapes keeps its memory bounded."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import jax

from torchtpu_aot.errors import OptionError

DEFAULT_CACHE_SIZE = 16


class CompileCache:
    """``cache(weights, inputs)`` runs ``fn`` compiled for the inputs' shapes and dtypes (weights never change
    shape); ``compilations`` counts how many times it compiled. ``jit_options`` go to ``jax.jit`` (e.g. the
    shardings of a data-parallel program). Compiling goes through ``jax.jit``, so JAX's persistent compilation
    cache serves it when one is enabled (runtime/persistent_cache.py)."""

    def __init__(self, fn: Callable, size: int = DEFAULT_CACHE_SIZE, **jit_options: Any):
        if not isinstance(size, int) or size < 1:
            raise OptionError(f"The compile cache size must be a whole number of at least 1, got {size!r}.")
        self.size = size
        self.compilations = 0
        self._jit = jax.jit(fn, **jit_options)
        self._compiled: OrderedDict[tuple, Any] = OrderedDict()

    def __call__(self, weights: Sequence[Any], inputs: Sequence[Any]) -> Any:
        key = tuple((tuple(x.shape), x.dtype) for x in inputs)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._jit.lower(*weights, *inputs).compile()
            self.compilations += 1
            self._compiled[key] = compiled
            while len(self._compiled) > self.size:
                self._compiled.popitem(last=False)
        else:
            self._compiled.move_to_end(key)
        return compiled(*weights, *inputs)
