"""Reduced-precision export: the model's weights and compute in bfloat16 (TPU's native type).

The model is copied and cast with ``Module.to(torch.bfloat16)`` (floating parameters and buffers become
bfloat16, integer and complex ones are untouched; the caller's model is not modified), its floating example
inputs are cast too, and that is what torch.export captures: torch's own bfloat16 semantics (where it keeps
float32, what it promotes) are then in the graph and in every node's recorded dtype, and the converter checks
the lowerings against them as for any model.

The artifact's inputs and outputs keep their declared types unless asked otherwise (``io_dtype``); the converter
adds the casts at the program's boundary (``torchtpu_aot.convert.io_casts``). The rule:

- inputs: each floating input keeps the dtype it was given at export (the program casts it to bfloat16 on
  entry); with ``io_dtype`` every floating input takes that dtype instead;
- outputs: every floating output (and every floating input the model writes into) is returned in ``io_dtype``,
  or by default in the dtype of the model's floating inputs (the widest, if they differ), float32 if it has none.
  Integer and boolean inputs and outputs are never cast.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import torch

from torchtpu_aot.artifact.manifest import Precision as ManifestPrecision
from torchtpu_aot.errors import ExportError, TorchTPUError

DTYPES = ("float32", "bfloat16")     # export's dtype: float32 means "as the model is" (no cast)
IO_DTYPES = ("float32", "bfloat16")  # the floating inputs' and outputs' dtype of a bfloat16 artifact
_ALIASES = {"float32": "float32", "fp32": "float32", "float": "float32", "bfloat16": "bfloat16", "bf16": "bfloat16"}


# Added to torch.export's errors on a bfloat16 copy: the usual cause is a model that is not dtype-generic.
BFLOAT16_HINT = ("(With dtype bfloat16 the model is exported as model.to(torch.bfloat16) on bfloat16 inputs; a "
                 "model that creates float32 tensors of its own, e.g. with dtype=torch.float32, can mix dtypes that "
                 "way and fail in torch itself: create them with the inputs' dtype, or cast them with "
                 ".to(x.dtype), or export with the default dtype.)")


@dataclass(frozen=True)
class Precision:
    """How a reduced-precision program meets its callers.

    ``input_dtypes`` has one entry per user input leaf, in the order of ``torch.utils._pytree.tree_leaves((args,
    kwargs))`` (torch.export's input order): the dtype name the artifact declares for a floating tensor input,
    None for anything else. ``output_dtype`` is the dtype floating outputs are returned in.
    """

    compute: str
    io: str
    input_dtypes: tuple[str | None, ...]
    output_dtype: str

    def manifest(self) -> ManifestPrecision:
        """The manifest's optional ``precision`` field."""
        return ManifestPrecision(self.compute, self.io)


def dtype_name(dtype: Any, what: str = "dtype", choices: tuple[str, ...] = DTYPES) -> str:
    """The canonical name of a dtype option: a name ("bfloat16", "bf16", "float32", "fp32") or a torch dtype."""
    if isinstance(dtype, torch.dtype):
        dtype = str(dtype).removeprefix("torch.")
    name = _ALIASES.get(dtype.lower()) if isinstance(dtype, str) else None
    if name not in choices:
        raise TorchTPUError(f"Unknown {what} {dtype!r}; choose one of {', '.join(choices)} (float32 exports the "
                            "model as it is, bfloat16 stores the weights and runs the compute in bfloat16).")
    return name


def to_bfloat16(model: Any, args: tuple, kwargs: dict | None, io_dtype: Any = None
                ) -> tuple[torch.nn.Module, tuple, dict, Precision]:
    """A bfloat16 copy of ``model``, the example inputs with their floating tensors in bfloat16, and the
    Precision the converter applies at the program's boundary (see the module docstring)."""
    io = dtype_name(io_dtype, "io_dtype", IO_DTYPES) if io_dtype is not None else None
    if not isinstance(model, torch.nn.Module):
        what = "an ExportedProgram" if hasattr(model, "graph_signature") else f"a {type(model).__name__}"
        raise ExportError(f"dtype='bfloat16' needs the nn.Module, but export() was given {what}; pass the module "
                          "(torchtpu_aot casts a copy of it), or export a bfloat16 model yourself with the default "
                          "dtype.")
    try:
        cast_model = copy.deepcopy(model).to(torch.bfloat16)
    except Exception as e:
        raise ExportError(f"Could not copy {type(model).__name__} to cast it to bfloat16 ({type(e).__name__}: {e}); "
                          "cast the model yourself with model.to(torch.bfloat16) and export it with the default "
                          "dtype.") from e
    if not isinstance(args, tuple):
        args = tuple(args) if isinstance(args, list) else (args,)
    kwargs = dict(kwargs or {})
    leaves, tree = torch.utils._pytree.tree_flatten((args, kwargs))
    declared = tuple(_name(leaf.dtype) if _floating(leaf) else None for leaf in leaves)
    cast = [leaf.to(torch.bfloat16) if _floating(leaf) else leaf for leaf in leaves]
    cast_args, cast_kwargs = torch.utils._pytree.tree_unflatten(cast, tree)
    floating = [d for d in declared if d is not None]
    output = io or max(floating, key=lambda d: torch.finfo(getattr(torch, d)).bits, default="float32")
    if io is not None:
        declared = tuple(io if d is not None else None for d in declared)
    precision = Precision(compute="bfloat16", io=io or output, input_dtypes=declared, output_dtype=output)
    return cast_model, tuple(cast_args), cast_kwargs, precision


def _floating(value: Any) -> bool:
    return isinstance(value, torch.Tensor) and value.is_floating_point()


def _name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")
