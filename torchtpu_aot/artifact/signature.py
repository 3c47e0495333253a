"""The manifest's signature checked against @main's own argument and result types.

The runtime builds JAX's view of the program from the manifest; if the two disagree, JAX would fail deep inside
compilation (or run with the wrong weights). Comparing them at load time turns that into one clear error.
"""

from __future__ import annotations

from pathlib import Path

from jaxlib.mlir import ir

from torchtpu_aot.artifact.manifest import Manifest
from torchtpu_aot.errors import SignatureMismatchError

# MLIR element type spelling -> manifest dtype name.
_ELEMENT_DTYPES = {
    "f16": "float16", "bf16": "bfloat16", "f32": "float32", "f64": "float64", "i1": "bool",
    "i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64",
    "ui8": "uint8", "ui16": "uint16", "ui32": "uint32", "ui64": "uint64",
    "complex<f32>": "complex64", "complex<f64>": "complex128",
}
def tensor_type_text(type_: ir.Type) -> tuple[str, list] | None:
    """(dtype name, shape with None for dynamic dims) of a ranked tensor type; None for anything else."""
    if type_.typeid != ir.RankedTensorType.static_typeid:
        return None
    tensor = ir.RankedTensorType(type_)
    dtype = _ELEMENT_DTYPES.get(str(tensor.element_type))
    if dtype is None:
        return None
    return dtype, [None if tensor.is_dynamic_dim(i) else tensor.get_dim_size(i) for i in range(tensor.rank)]


def check_main_signature(path: Path, main, manifest: Manifest) -> None:
    """Raise SignatureMismatchError unless @main's types are exactly what the manifest describes."""
    ftype = ir.FunctionType(ir.TypeAttr(main.attributes["function_type"]).value)
    for kind, types, entries in (("argument", list(ftype.inputs), manifest.arguments),
                                 ("result", list(ftype.results), manifest.results)):
        if len(types) != len(entries):
            raise SignatureMismatchError(
                f"{path}: @main has {len(types)} {kind}s, but its manifest describes {len(entries)}; the program and "
                "its manifest do not belong together (the file was edited). Re-export the model."
            )
        for i, (type_, entry) in enumerate(zip(types, entries)):
            got = tensor_type_text(type_)
            want_shape = [None if isinstance(d, str) else d for d in entry.shape]
            if got != (entry.dtype, want_shape):
                raise SignatureMismatchError(
                    f"{path}: @main's {kind} {i} is {type_}, but the manifest describes {entry.name!r} as "
                    f"{entry.dtype}{list(entry.shape)}; the program and its manifest do not belong together (the "
                    "file was edited). Re-export the model."
                )
