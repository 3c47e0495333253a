"""aten -> StableHLO lowerings, one module per op family; importing this package registers them all."""

from torchtpu_aot.lowering import (  # noqa: F401  (imported for their registrations)
    attention,
    convolution,
    creation,
    elementwise,
    indexing,
    linalg,
    normalization,
    reductions,
    shape,
    symbolic,
)
from torchtpu_aot.lowering.registry import LoweringContext, TensorMeta, lookup, lowers, registered_ops

__all__ = ["LoweringContext", "TensorMeta", "lookup", "lowers", "registered_ops"]
