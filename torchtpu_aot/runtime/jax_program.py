"""Wrap an artifact's StableHLO as a ``jax.export.Exported`` so JAX compiles and calls it on any backend."""

from __future__ import annotations

import dataclasses

import jax
from jax import export as jax_export
from jax._src import core

from torchtpu_aot import dtypes, mlir_module
from torchtpu_aot.errors import ArtifactError


def symbolic_scope(manifest: dict) -> jax_export.SymbolicScope:
    """One scope holding every named dim of the artifact with its recorded range."""
    constraints = []
    for name, bounds in sorted(manifest["symbols"].items()):
        if bounds.get("min") is not None:
            constraints.append(f"{name} >= {int(bounds['min'])}")
        if bounds.get("max") is not None:
            constraints.append(f"{name} <= {int(bounds['max'])}")
    return jax_export.SymbolicScope(constraints)


def aval(entry: dict, scope: jax_export.SymbolicScope) -> core.ShapedArray:
    """The abstract value (shape with symbolic dims, dtype) of a signature entry."""
    shape = entry["shape"]
    if any(isinstance(d, str) for d in shape):
        shape = jax_export.symbolic_shape(",".join(str(d) for d in shape), scope=scope)
    return core.ShapedArray(tuple(shape), dtypes.to_numpy(entry["dtype"]))


def build_exported(manifest: dict, program_text: str, weight_entries: list[dict],
                   input_entries: list[dict], result_entries: list[dict]) -> jax_export.Exported:
    """An Exported whose arguments are the weights then the tensor inputs, and whose results are @main's."""
    scope = symbolic_scope(manifest)
    in_avals = tuple(aval(e, scope) for e in weight_entries + input_entries)
    out_avals = tuple(aval(e, scope) for e in result_entries)
    version = manifest.get("calling_convention_version")
    lo = jax_export.minimum_supported_calling_convention_version
    hi = jax_export.maximum_supported_calling_convention_version
    if not isinstance(version, int) or not lo <= version <= hi:
        raise ArtifactError(
            f"The artifact uses JAX calling convention {version!r}; this jax {jax.__version__} runs {lo} to {hi}. "
            "Install a jax release that supports it, or re-export with this one."
        )
    symbolic = any(not core.is_constant_shape(a.shape) for a in in_avals + out_avals)
    values = dict(
        fun_name="main",
        in_tree=jax.tree.structure((tuple(range(len(in_avals))), {})),
        out_tree=jax.tree.structure(tuple(range(len(out_avals)))),
        in_avals=in_avals,
        out_avals=out_avals,
        in_shardings_hlo=(None,) * len(in_avals),
        out_shardings_hlo=(None,) * len(out_avals),
        nr_devices=1,
        platforms=tuple(manifest["platforms"]),
        ordered_effects=(),
        unordered_effects=(),
        disabled_safety_checks=(),
        mlir_module_serialized=mlir_module.to_portable(program_text, mlir_module.current_version()),
        calling_convention_version=version,
        module_kept_var_idx=tuple(range(len(in_avals))),
        uses_global_constants=bool(manifest["platform_index_argument"] or symbolic),
        _get_vjp=None,
        _has_named_shardings=False,
        _in_named_shardings=None,
        _out_named_shardings=None,
    )
    # The dataclass's field set changes between JAX releases: pass exactly the fields this release has.
    names = {f.name for f in dataclasses.fields(jax_export.Exported)}
    missing = [n for n in names if n not in values]
    if missing:
        raise ArtifactError(f"This jax {jax.__version__} needs Exported fields {missing} that torchtpu_aot "
                            "does not know; install the jax version torchtpu_aot pins.")
    return jax_export.Exported(**{k: v for k, v in values.items() if k in names})
