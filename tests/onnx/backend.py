"""An onnx.backend implementation that goes through the whole product path: export -> save -> load -> run.

Graph inputs that decide shapes (a Reshape's target, Slice bounds, ...) are fixed to the values the caller
passes, as ``export_onnx(constants=...)`` documents; inputs declared without a shape take the given array's.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx.backend.base import Backend, BackendRep

import torchtpu_aot
from torchtpu_aot.convert.onnx_graph import static_inputs
from torchtpu_aot.frontend.onnx_model import load_onnx

PLATFORMS = ("cpu",)


class TorchTPURep(BackendRep):
    def __init__(self, model: onnx.ModelProto):
        self.model = load_onnx(model)
        self.static = set(static_inputs(self.model))
        initializers = {t.name for t in self.model.graph.initializer}
        self.inputs = [v for v in self.model.graph.input if v.name not in initializers]
        self.fixed: dict[str, Any] | None = None
        self.program = None

    def run(self, inputs: Any, **kwargs: Any) -> tuple:
        if isinstance(inputs, dict):
            feeds = dict(inputs)
        else:
            inputs = [inputs] if isinstance(inputs, np.ndarray) else list(inputs)
            feeds = {v.name: np.asarray(x) for v, x in zip(self.inputs, inputs)}
        constants = {k: v for k, v in feeds.items() if k in self.static}
        program = self._program(constants, feeds)
        args = [feeds[name] for name in program.input_names]
        return tuple(program(*args))

    def _program(self, constants: dict, feeds: dict):
        key = {k: (v.dtype.str, v.shape, v.tobytes()) for k, v in constants.items()}
        if self.program is not None and key == self.fixed:
            return self.program
        shapes = {v.name: feeds[v.name].shape for v in self.inputs
                  if v.name in feeds and not _has_full_shape(v)}
        artifact = torchtpu_aot.export_onnx(self.model, constants=constants, input_shapes=shapes,
                                            platforms=PLATFORMS, name="node_test")
        with tempfile.TemporaryDirectory() as folder:
            path = artifact.save(Path(folder) / "model.mlir")
            self.program = torchtpu_aot.load(path)
        self.fixed = key
        return self.program


def _has_full_shape(value: Any) -> bool:
    tensor = value.type.tensor_type
    return tensor.HasField("shape") and all(d.HasField("dim_value") or d.dim_param for d in tensor.shape.dim)


class TorchTPUBackend(Backend):
    @classmethod
    def prepare(cls, model: onnx.ModelProto, device: str = "CPU", **kwargs: Any) -> TorchTPURep:
        return TorchTPURep(model)

    @classmethod
    def supports_device(cls, device: str) -> bool:
        return device == "CPU"

    @classmethod
    def run_model(cls, model: onnx.ModelProto, inputs: Any, device: str = "CPU", **kwargs: Any) -> tuple:
        return cls.prepare(model, device).run(inputs)
