"""aten -> StableHLO lowerings, one module per op family; importing this package registers them all."""

from torchtpu_aot.lowering import (  # noqa: F401  (imported for their registrations)
    attention,
    backward,
    bessel,
    control_flow,
    convolution,
    creation,
    elementwise,
    histogram,
    indexing,
    linalg,
    linalg_solve,
    linalg_spectral,
    normalization,
    quantized,
    random,
    reductions,
    sampling,
    shape,
    special,
    spectral,
    symbolic,
)
from torchtpu_aot.lowering.registry import (
    LoweringContext,
    TensorMeta,
    is_random,
    lookup,
    lowers,
    register_lowering,
    registered_ops,
)

__all__ = ["LoweringContext", "TensorMeta", "is_random", "lookup", "lowers", "register_lowering", "registered_ops"]
