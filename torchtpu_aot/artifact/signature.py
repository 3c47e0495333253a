"""The manifest's signature checked against @main's own argument and result types.

The runtime builds JAX's view of the program from the manifest; if the two disagree, JAX would fail deep inside
compilation (or run with the wrong weights). Comparing them at load time turns that into one clear error.
"""

from __future__ import annotations

from pathlib import Path

from jaxlib.mlir import ir

from torchtpu_aot.errors import SignatureMismatchError

# MLIR element type spelling -> manifest dtype name.
_ELEMENT_DTYPES = {
    "f16": "float16", "bf16": "bfloat16", "f32": "float32", "f64": "float64", "i1": "bool",
    "i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64",
    "ui8": "uint8", "ui16": "uint16", "ui32": "uint32", "ui64": "uint64",
    "complex<f32>": "complex64", "complex<f64>": "complex128",
}
_PLATFORM_INDEX = {"name": "the platform index", "dtype": "int64", "shape": []}


def expected_arguments(manifest: dict) -> list[dict]:
    """@main's arguments as the manifest describes them: platform index, weights (unless inlined), tensor inputs."""
    args = [_PLATFORM_INDEX] if manifest["platform_index_argument"] else []
    if not manifest["weights"]["inline"]:
        args += manifest["weights"]["tensors"]
    return args + [e for e in manifest["inputs"] if "constant" not in e]


def expected_results(manifest: dict) -> list[dict]:
    """@main's results: tensor outputs (padded to their bound along data-dependent dims), then the mutated
    buffers' and inputs' new values, then the length of each data-dependent dim."""
    weights = {e["name"]: e for e in manifest["weights"]["tensors"]}
    inputs = {e["name"]: e for e in manifest["inputs"] if "constant" not in e}
    data_dims = manifest.get("data_dependent_dims", {})
    results = [padded_entry(e, data_dims) for e in manifest["outputs"] if "constant" not in e]
    results += [weights[b["buffer"]] for b in manifest["mutated_buffers"]]
    results += [inputs[i["input"]] for i in manifest["mutated_inputs"]]
    lengths = sorted(data_dims.items(), key=lambda item: item[1]["length_output"])
    return results + [{"name": f"the length of {name}", "dtype": "int64", "shape": []} for name, _ in lengths]


def padded_entry(entry: dict, data_dims: dict) -> dict:
    """An output entry as @main returns it: each data-dependent dim at its static bound."""
    if not any(d in data_dims for d in entry["shape"] if isinstance(d, str)):
        return entry
    shape = [data_dims[d]["max"] if isinstance(d, str) and d in data_dims else d for d in entry["shape"]]
    return {**entry, "shape": shape}


def tensor_type_text(type_: ir.Type) -> tuple[str, list] | None:
    """(dtype name, shape with None for dynamic dims) of a ranked tensor type; None for anything else."""
    if type_.typeid != ir.RankedTensorType.static_typeid:
        return None
    tensor = ir.RankedTensorType(type_)
    dtype = _ELEMENT_DTYPES.get(str(tensor.element_type))
    if dtype is None:
        return None
    return dtype, [None if tensor.is_dynamic_dim(i) else tensor.get_dim_size(i) for i in range(tensor.rank)]


def check_main_signature(path: Path, main, manifest: dict) -> None:
    """Raise SignatureMismatchError unless @main's types are exactly what the manifest describes."""
    ftype = ir.FunctionType(ir.TypeAttr(main.attributes["function_type"]).value)
    for kind, types, entries in (("argument", list(ftype.inputs), expected_arguments(manifest)),
                                 ("result", list(ftype.results), expected_results(manifest))):
        if len(types) != len(entries):
            raise SignatureMismatchError(
                f"{path}: @main has {len(types)} {kind}s, but its manifest describes {len(entries)}; the program and "
                "its manifest do not belong together (the file was edited). Re-export the model."
            )
        for i, (type_, entry) in enumerate(zip(types, entries)):
            got = tensor_type_text(type_)
            want_shape = [None if isinstance(d, str) else d for d in entry["shape"]]
            if got != (entry["dtype"], want_shape):
                raise SignatureMismatchError(
                    f"{path}: @main's {kind} {i} is {type_}, but the manifest describes {entry['name']!r} as "
                    f"{entry['dtype']}{entry['shape']}; the program and its manifest do not belong together (the "
                    "file was edited). Re-export the model."
                )
