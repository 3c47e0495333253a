"""Trace the graph function inside jax.export for the target platforms, and tidy the StableHLO it emits."""

from __future__ import annotations

import difflib
import re

import jax
import jaxlib
from jax import export as jax_export

from torchtpu_aot import __version__, jax_compat, mlir_module
from torchtpu_aot.artifact.manifest import (
    DataDependentDim,
    DynamicDim,
    Entry,
    Manifest,
    Mutation,
    Precision,
    TensorEntry,
    WeightsTable,
)
from torchtpu_aot.errors import LoweringError, OptionError
from torchtpu_aot.lowering.registry import user_lowering
from torchtpu_aot.pytree import TreeSpec

DEFAULT_PLATFORMS = ("cpu", "cuda", "tpu")
KNOWN_PLATFORMS = ("cpu", "cuda", "rocm", "tpu")

# Custom calls an artifact may contain: targets that every backend implements the same way (jax.export's own
# guaranteed-stable list, less everything tied to one backend's libraries such as LAPACK or cuSOLVER).
PORTABLE_CUSTOM_CALLS = frozenset({
    "Sharding", "SPMDFullToShardShape", "SPMDShardToFullShape", "shape_assertion", "annotate_device_placement",
    "mhlo.dynamic_reduce_window", "mhlo.dynamic_rng_bit_generator", "mhlo.topk", "stablehlo.dynamic_top_k",
})


# What people call a backend, for the names JAX (and so --platforms) uses.
_PLATFORM_ALIASES = {"gpu": "cuda", "nvidia": "cuda", "amd": "rocm", "hip": "rocm", "host": "cpu"}


def check_platforms(platforms) -> tuple[str, ...]:
    """The platforms as given, once each is one JAX lowers for; OptionError naming the right spelling if not."""
    platforms = tuple(platforms)
    if not platforms:
        raise OptionError(f"No platform was given; choose one or more of {', '.join(KNOWN_PLATFORMS)}.")
    unknown = [p for p in platforms if p not in KNOWN_PLATFORMS]
    if unknown:
        named = []
        for name in unknown:
            close = _PLATFORM_ALIASES.get(str(name).lower()) or next(iter(difflib.get_close_matches(
                str(name).lower(), KNOWN_PLATFORMS, n=1)), None)
            named.append(f"{name!r}" + (f" (did you mean {close}?)" if close else ""))
        raise OptionError(f"Unknown platform{'s' if len(unknown) > 1 else ''} {', '.join(named)}; the platforms are "
                          f"{', '.join(KNOWN_PLATFORMS)} (JAX's names), e.g. --platforms cpu,cuda,tpu.")
    return platforms


def emit(fn, in_avals: list, platforms: tuple[str, ...], arg_names: list[str], result_names: list[str],
         module_name: str, graph=None):
    """StableHLO text of ``fn`` with named arguments/results, plus the jax.export.Exported it came from.

    ``graph`` is the ``interpreter.GraphFunction`` that ``fn`` is or wraps, if any: once traced, it says which ops
    user lowerings lowered and, when it was made with ``debug_info``, where each op came from.
    """
    jax_compat.install_composite_lowering()
    with jax.enable_x64(True):
        exported = jax_export.export(jax.jit(fn, keep_unused=True), platforms=platforms)(*in_avals)
    platform_index = len(platforms) > 1
    debug_info = graph is not None and graph.debug_info
    with mlir_module.new_context() as ctx:
        module = mlir_module.parse(exported.mlir_module(), ctx)
        mlir_module.fold_identical_platform_cases(module)
        mlir_module.finish_composites(module)
        mlir_module.set_module_name(module, module_name)
        main = mlir_module.main_func(module)
        mlir_module.set_argument_names(main, ([None] if platform_index else []) + arg_names, result_names)
        odd = mlir_module.custom_call_targets(module) - PORTABLE_CUSTOM_CALLS
        if odd:
            raise LoweringError(f"The program uses backend-specific custom calls {sorted(odd)}; the artifact would "
                                f"not be portable. {_custom_call_origin(graph)}")
        if debug_info:
            mlir_module.set_locations(module, graph.sites)
        return mlir_module.print_module(module, debug_info=debug_info), exported


def _custom_call_origin(graph) -> str:
    users = sorted(graph.user_ops) if graph is not None else []
    if not users:
        return "This is a bug in a torchtpu_aot lowering; please report it."
    where = ", ".join(f"{op} at {user_lowering(op)}" for op in users)
    return (f"If they come from your lowerings ({where}), write them with jax.numpy / jax.lax operations that lower "
            "to plain StableHLO (jax.numpy.linalg's factorizations and jax.pure_callback, for instance, emit custom "
            "calls); otherwise this is a bug in a torchtpu_aot lowering; please report it.")


def module_name(model_name: str | None) -> str:
    """A valid MLIR symbol name for the module, derived from the model's name."""
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in (model_name or "model"))
    return cleaned if cleaned[:1].isalpha() else f"m_{cleaned}"


def build_manifest(*, frontend: dict[str, str], model_name: str | None, platforms: tuple[str, ...], exported,
                   symbols: dict, weight_entries: list[TensorEntry], inputs: list[Entry], outputs: list[Entry],
                   input_spec: TreeSpec, output_spec: TreeSpec, mutated_buffers: list[Mutation] = (),
                   mutated_inputs: list[Mutation] = (), data_dependent_dims: list[DataDependentDim] = (),
                   precision: Precision | None = None) -> Manifest:
    """The manifest every frontend writes; ``frontend`` adds its own producer versions (e.g. torch's).
    ``symbols`` maps each named dim to its ``{"min", "max"}`` range."""
    return Manifest.new(
        producer={"torchtpu_aot": __version__, **frontend, "jax": jax.__version__, "jaxlib": jaxlib.__version__,
                  "stablehlo": mlir_module.current_version()},
        model=model_name,
        platforms=tuple(platforms),
        calling_convention_version=exported.calling_convention_version,
        symbols=_bind_symbols(symbols, inputs),
        weights=WeightsTable(tuple(weight_entries)),
        inputs=tuple(inputs),
        outputs=tuple(outputs),
        input_spec=input_spec,
        output_spec=output_spec,
        mutated_buffers=tuple(mutated_buffers),
        mutated_inputs=tuple(mutated_inputs),
        data_dependent_dims={d.name: d for d in data_dependent_dims},
        precision=precision,
    )


def _bind_symbols(symbols: dict[str, dict], inputs: list[Entry]) -> dict[str, DynamicDim]:
    """Each named dim's range plus the input dims it sizes (``"x:0"``, the CLI's --dynamic spelling), so the
    manifest tells a runtime or server where to read each size from."""
    bound = {}
    for name, bounds in symbols.items():
        dims = tuple(f"{e.name}:{axis}" for e in inputs if not e.is_constant
                     for axis, d in enumerate(e.shape) if isinstance(d, str) and name in re.findall(r"\w+", d))
        bound[name] = DynamicDim(name, bounds["min"], bounds["max"], dims)
    return bound
