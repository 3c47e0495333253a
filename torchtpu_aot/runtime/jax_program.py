"""An artifact's StableHLO as a ``jax.export.Exported``, so JAX compiles and calls it on any backend
(torchtpu_aot/jax_compat.py builds the Exported for the installed JAX release)."""

from __future__ import annotations

from collections.abc import Sequence

from jax import export as jax_export

from torchtpu_aot import jax_compat, mlir_module
from torchtpu_aot.artifact.manifest import Manifest, TensorEntry


def symbolic_scope(manifest: Manifest) -> jax_export.SymbolicScope:
    """One scope holding every named dim of the artifact with its recorded range."""
    constraints = []
    for name, dim in sorted(manifest.symbols.items()):
        constraints.append(f"{name} >= {dim.min}")
        if dim.max is not None:
            constraints.append(f"{name} <= {dim.max}")
    return jax_export.SymbolicScope(constraints)


def aval(entry: TensorEntry, scope: jax_export.SymbolicScope):
    """The abstract value (shape with symbolic dims, dtype) of a signature entry."""
    shape = entry.shape
    if not entry.is_static:
        shape = jax_export.symbolic_shape(",".join(str(d) for d in shape), scope=scope)
    return jax_compat.shaped_array(shape, entry.numpy_dtype)


def build_exported(manifest: Manifest, program_text: str, arguments: Sequence[TensorEntry],
                   results: Sequence[TensorEntry]) -> jax_export.Exported:
    """An Exported whose arguments are ``arguments`` (@main's, less the platform index) and whose results are
    ``results``.

    A program with dynamic dims has its ``stablehlo.composite`` ops (``export --composites``) turned into calls of
    their decompositions, the same computation: JAX's shape refinement, which fixes those dims per call, does not
    reach into composites (jax 0.10.2 to 0.12.1).
    """
    scope = symbolic_scope(manifest)
    symbolic = not all(e.is_static for e in (*arguments, *results))
    if symbolic and "stablehlo.composite" in program_text:
        with mlir_module.new_context() as ctx:
            module = mlir_module.parse(program_text, ctx)
            mlir_module.composites_to_calls(module)
            program_text = mlir_module.print_module(module)
    return jax_compat.exported(
        in_avals=[aval(e, scope) for e in arguments], out_avals=[aval(e, scope) for e in results],
        platforms=manifest.platforms,
        module=mlir_module.to_portable(program_text, mlir_module.current_version()),
        calling_convention_version=manifest.calling_convention_version,
        symbolic=symbolic, platform_index=manifest.platform_index_argument)
