"""ONNX op -> JAX implementations, one module per op family; importing this package registers them all."""

from torchtpu_aot.lowering.onnx import (  # noqa: F401  (imported for their registrations)
    attention,
    control,
    creation,
    elementwise,
    indexing,
    losses,
    nn,
    quantize,
    recurrent,
    reductions,
    resize,
    shape,
    shape_values,
    spectral,
)
from torchtpu_aot.lowering.onnx.registry import OnnxNode, ints, lookup, onnx_op, registered_ops, static_value

__all__ = ["OnnxNode", "ints", "lookup", "onnx_op", "registered_ops", "static_value"]
