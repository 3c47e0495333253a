"""One served artifact: its v2 metadata, request checks against its signature, and batched calls.

A model can be batched when every tensor input and output has the same named dim as dim 0 and nowhere else,
the model mutates no state and no output's size depends on the data: then requests that agree on every other
dim are concatenated along dim 0, run as one call, and the outputs are split back by each request's share. That
assumes rows do not interact, as in any model in eval mode; serve with ``--max-batch-size 1`` to turn it off.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np

from torchtpu_aot.artifact.manifest import Manifest, TensorEntry
from torchtpu_aot.errors import InputError
from torchtpu_aot.runtime import Program
from torchtpu_aot.runtime.shapes import bind_dims, dim_names
from torchtpu_aot.serve.errors import RequestError, ServeError
from torchtpu_aot.serve.tensors import V2_DATATYPES, InferRequest

VERSION = "1"  # an artifact is one version of its model


class ServedModel:
    """A loaded Program under a name, with the signature checks a request gets before it is queued."""

    kind = "model"

    def __init__(self, name: str, program: Program, max_batch_size: int = 1, buckets: list[int] | None = None):
        self.name, self.program, self.buckets = name, program, buckets
        manifest = program.manifest
        self.symbols = manifest.symbols
        self.inputs = manifest.tensor_inputs
        self.outputs = manifest.tensor_outputs
        for kind, entries in (("input", self.inputs), ("output", self.outputs)):
            for e in entries:
                if e.dtype not in V2_DATATYPES:
                    raise ServeError(f"Model {name!r} ({program.path}) has {kind} {e.name!r} of dtype {e.dtype}, "
                                     "which the Open Inference Protocol has no datatype for; re-export the model "
                                     "with a real-valued signature to serve it.")
        self._input_names = {e.name for e in self.inputs}
        self._output_names = [e.name for e in self.outputs]
        self.batch_dim, self.unbatched_reason = batching(manifest)
        limit = self.symbols[self.batch_dim].max if self.batch_dim else 1
        self.max_batch_size = max(1, min(max_batch_size, limit) if limit is not None else max_batch_size)

    def metadata(self) -> dict[str, Any]:
        """The v2 model metadata: v2 datatypes, -1 for dynamic dims."""
        def tensor(e: TensorEntry) -> dict:
            return {"name": e.name, "datatype": V2_DATATYPES[e.dtype],
                    "shape": [d if isinstance(d, int) else -1 for d in e.shape]}

        return {"name": self.name, "versions": [VERSION], "platform": "torchtpu_aot_stablehlo",
                "inputs": [tensor(e) for e in self.inputs], "outputs": [tensor(e) for e in self.outputs]}

    def check(self, request: InferRequest) -> dict[str, np.ndarray]:
        """The request's inputs by name, once names, datatypes and shapes fit the signature (else RequestError)."""
        given: dict[str, np.ndarray] = {}
        for tensor in request.inputs:
            if tensor.name not in self._input_names:
                raise RequestError(f"Model {self.name!r} has no input {tensor.name!r}; its inputs are "
                                   f"{self._signature()}.")
            if tensor.name in given:
                raise RequestError(f"Input {tensor.name!r} is given twice.")
            given[tensor.name] = tensor.array
        missing = [e.name for e in self.inputs if e.name not in given]
        if missing:
            raise RequestError(f"Missing input{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))} for "
                               f"model {self.name!r}; its inputs are {self._signature()}.")
        for entry, tensor in zip(self.inputs, sorted(request.inputs, key=self._order)):
            want = V2_DATATYPES[entry.dtype]
            if tensor.datatype != want:
                raise RequestError(f"Input {tensor.name!r} has datatype {tensor.datatype}, but model {self.name!r} "
                                   f"takes {want} there.")
        try:
            bind_dims(self.symbols, self.inputs, [given[e.name] for e in self.inputs])
        except InputError as e:
            raise RequestError(f"{e} (model {self.name!r}; -1 in its metadata marks a dynamic dim)") from None
        for name in request.outputs or ():
            if name not in self._output_names:
                raise RequestError(f"Model {self.name!r} has no output {name!r}; its outputs are "
                                   f"{', '.join(self._output_names)}.")
        return given

    def _order(self, tensor: Any) -> int:
        return [e.name for e in self.inputs].index(tensor.name)

    def _signature(self) -> str:
        def dims(e: TensorEntry) -> str:
            return ", ".join(str(d if isinstance(d, int) else -1) for d in e.shape)

        return ", ".join(f"{e.name} {V2_DATATYPES[e.dtype]}[{dims(e)}]" for e in self.inputs)

    def batch_size(self, inputs: dict[str, np.ndarray]) -> int:
        """Rows a checked request adds to a batch (1 for models that are not batched)."""
        return inputs[self.inputs[0].name].shape[0] if self.batch_dim else 1

    def batch_key(self, inputs: dict[str, np.ndarray]) -> Hashable:
        """Requests with equal keys can share a call: every dim but the batch dim agrees."""
        return tuple(inputs[e.name].shape[1:] for e in self.inputs)

    def run(self, requests: list[dict[str, np.ndarray]]) -> list[dict[str, np.ndarray]]:
        """Outputs by name for each request, from one call (the requests must share a batch key)."""
        if len(requests) == 1:
            outputs = self.program.run_named(requests[0])
            return [{n: outputs[n] for n in self._output_names}]
        merged = {e.name: np.concatenate([r[e.name] for r in requests]) for e in self.inputs}
        outputs = self.program.run_named(merged)
        ends = np.cumsum([self.batch_size(r) for r in requests])
        split = {n: np.split(outputs[n], ends[:-1]) for n in self._output_names}
        return [{n: split[n][i] for n in self._output_names} for i in range(len(requests))]


def batch_dim(manifest: Manifest) -> str | None:
    """The named dim that is dim 0 of every tensor input and output and appears nowhere else, if any; none for
    models that update state or whose outputs' sizes depend on the data (a batch's rows would mix there)."""
    return batching(manifest)[0]


def batching(manifest: Manifest) -> tuple[str | None, str]:
    """``(batch dim, "")`` for a model whose requests can be batched, else ``(None, why not)`` in a user's words."""
    inputs = manifest.tensor_inputs
    entries = inputs + manifest.tensor_outputs
    if not inputs:
        return None, "it takes no tensor inputs"
    if manifest.mutates:
        return None, "it updates buffers or inputs in place, so requests in one call would share that state"
    if manifest.data_dependent_dims:
        return None, "the sizes of its outputs depend on the data, which batching would mix"
    first = entries[0].shape[0] if entries[0].shape else None
    if not isinstance(first, str) or first not in manifest.symbols:
        what = "no dim 0" if first is None else f"a static dim 0 ({first})"
        return None, (f"input {entries[0].name!r} has {what}; export with a dynamic batch dim to batch it "
                      f"(--dynamic {entries[0].name}:0=batch[1,64])")
    for i, e in enumerate(entries):
        kind = "input" if i < len(inputs) else "output"
        if not e.shape or e.shape[0] != first:
            return None, f"its {kind} {e.name!r} does not have the dynamic dim {first!r} as its dim 0"
        if any(first in dim_names(d) for d in e.shape[1:]):
            return None, f"its {kind} {e.name!r} uses {first!r} beyond dim 0, so its rows are not independent"
    return first, ""
