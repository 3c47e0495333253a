"""The one module that knows how JAX releases differ: every private or release-specific JAX API torchtpu_aot uses
is reached through here, so supporting a new JAX release means reading this table and editing this file alone.

torchtpu_aot runs an artifact's StableHLO by wrapping it in a ``jax.export.Exported`` and calling that (eagerly or
under ``jax.jit``), which is how JAX itself calls a deserialized export: shape polymorphism, sharding, the
persistent compilation cache and every backend come with it. ``Exported`` is a dataclass whose fields change
between releases, so it is built here from the fields the installed release declares.

What differs, per JAX release (checked on 0.10.2, 0.11.2 and 0.12.1):

| release      | what changes here |
|--------------|-------------------|
| 0.10.x       | ``Exported`` has ``_has_named_shardings``; with it False the named-sharding tuples are not read. |
| 0.11.0 on    | ``_has_named_shardings`` is gone, and ``call`` reads ``_in_named_shardings``/``_out_named_shardings`` |
|              | unconditionally: they must be tuples (``None`` per argument/result), not None. |
| 0.11.0 on    | ``jax.core.is_constant_shape`` is gone (shapes are checked here instead). |
| all          | ``make_ir_context`` (an MLIR context with every dialect JAX uses loaded) exists only as |
|              | ``jax._src.interpreters.mlir.make_ir_context``; ``ShapedArray`` is taken from ``jax._src.core`` |
|              | (``jax.core.ShapedArray`` warns of deprecation on 0.10.2). |
| all          | calling conventions 9 to 10 (``jax.export``'s public min/max say which). |
| 0.10.2       | ``jax.lax.composite``'s lowering does not pass the decomposition the platform index and dimension |
| (exporting)  | variables JAX passes every function it lowers, so a composite fails to verify in a multi-platform |
|              | or shape-polymorphic export. ``install_composite_lowering`` replaces it (export only: the runtime |
|              | never lowers composites). |
| all          | ``jax.distributed.initialize(coordinator_address, num_processes, process_id)`` joins several |
|              | processes (0.12 adds mTLS keywords, unused here); it must run before anything starts JAX's backend, |
|              | else it raises RuntimeError. CPU devices of several processes talk through gloo, the default |
|              | ``jax_cpu_collectives_implementation`` on every release listed (set here if a user turned it off). |
| all          | ``jax.experimental.mesh_utils.create_device_mesh`` orders devices for a mesh by the accelerator's |
|              | topology (TPU slices); ``jax.make_array_from_callback`` builds an array of every process's shards; |
|              | ``multihost_utils.broadcast_one_to_all`` / ``process_allgather`` move host values between processes. |

A release newer than the newest listed is tried as the newest one is; a field it adds that has no default makes
``exported`` raise ArtifactError naming it, instead of failing inside JAX.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import jax
import numpy as np
from jax import export as jax_export
from jax._src import core as _core
from jax._src.interpreters import mlir as _mlir
from jaxlib.mlir import ir
from jaxlib.mlir.dialects import stablehlo

from torchtpu_aot.errors import ArtifactError

TESTED = ("0.10.2", "0.11.2", "0.12.1")  # the releases the table above was checked on; CI runs oldest and newest
MINIMUM = "0.10.2"


def make_ir_context():
    """An MLIR context with the func, StableHLO, CHLO and Shardy dialects loaded."""
    return _mlir.make_ir_context()


def shaped_array(shape: Sequence[Any], dtype: Any) -> Any:
    """JAX's abstract value for a shape (ints or symbolic dims) and dtype."""
    return _core.ShapedArray(tuple(shape), np.dtype(dtype))


def initialize_distributed(coordinator: str | None, num_processes: int | None, process_id: int | None) -> None:
    """Join this process to the others through ``jax.distributed`` (all three None: let JAX find the cluster, as
    on a TPU pod slice). RuntimeError when JAX's backend already started in this process."""
    if jax.config.jax_cpu_collectives_implementation in (None, "", "none"):
        jax.config.update("jax_cpu_collectives_implementation", "gloo")  # CPU devices across processes
    if coordinator is None:
        jax.distributed.initialize()
    else:
        jax.distributed.initialize(coordinator_address=coordinator, num_processes=num_processes,
                                   process_id=process_id)


def distributed_initialized() -> bool:
    return jax.distributed.is_initialized()


def device_mesh(shape: tuple[int, ...], devices: Sequence[Any]) -> np.ndarray:
    """``devices`` arranged as an array of ``shape`` for a ``Mesh``: by the interconnect's topology where JAX
    knows it (TPU), in order otherwise."""
    from jax.experimental import mesh_utils

    try:
        return mesh_utils.create_device_mesh(shape, devices=list(devices), allow_split_physical_axes=True)
    except Exception:  # a device kind or subset mesh_utils does not lay out (CPU, GPU, a partial slice)
        return np.array(list(devices), dtype=object).reshape(shape)


def global_array(value: np.ndarray, sharding: Any) -> jax.Array:
    """A ``jax.Array`` of ``value`` laid out by ``sharding``: each device (of every process) gets only its slice,
    taken from this process's copy of ``value``."""
    return jax.make_array_from_callback(value.shape, sharding, lambda index: value[index])


def to_host(array: jax.Array) -> np.ndarray:
    """A device array's whole value on this host, even when it is split across processes."""
    if array.is_fully_addressable or array.is_fully_replicated:
        return np.asarray(array)
    from jax.experimental import multihost_utils

    return np.asarray(multihost_utils.process_allgather(array, tiled=True))


def broadcast_from_first(value: Any) -> Any:
    """Process 0's ``value`` (a pytree of arrays of the same shapes everywhere), on every process."""
    from jax.experimental import multihost_utils

    return multihost_utils.broadcast_one_to_all(value)


def calling_conventions() -> tuple[int, int]:
    """The oldest and newest calling convention this JAX can call."""
    return (jax_export.minimum_supported_calling_convention_version,
            jax_export.maximum_supported_calling_convention_version)


def exported(*, in_avals: Sequence[Any], out_avals: Sequence[Any], platforms: Sequence[str], module: bytes,
             calling_convention_version: int, symbolic: bool, platform_index: bool) -> jax_export.Exported:
    """A one-device ``Exported`` for a StableHLO module (portable bytecode) whose public ``main`` takes
    ``in_avals`` (after the platform index, if ``platform_index``) and returns ``out_avals``.

    ``symbolic``: some dim is symbolic, so JAX refines the module's shapes per call (``uses_global_constants``).
    """
    lo, hi = calling_conventions()
    if not isinstance(calling_convention_version, int) or not lo <= calling_convention_version <= hi:
        raise ArtifactError(
            f"The artifact uses JAX calling convention {calling_convention_version!r}; this jax {jax.__version__} "
            f"runs {lo} to {hi}. Install a jax release that supports it (torchtpu_aot is tested with jax "
            f"{', '.join(TESTED)}), or re-export the model with this one.")
    n_in, n_out = len(in_avals), len(out_avals)
    values = dict(
        fun_name="main",
        in_tree=jax.tree.structure((tuple(range(n_in)), {})),
        out_tree=jax.tree.structure(tuple(range(n_out))),
        in_avals=tuple(in_avals),
        out_avals=tuple(out_avals),
        in_shardings_hlo=(None,) * n_in,
        out_shardings_hlo=(None,) * n_out,
        _in_named_shardings=(None,) * n_in,     # read by 0.11+ at every call
        _out_named_shardings=(None,) * n_out,
        _has_named_shardings=False,             # 0.10.x only
        nr_devices=1,
        platforms=tuple(platforms),
        ordered_effects=(),
        unordered_effects=(),
        disabled_safety_checks=(),
        mlir_module_serialized=module,
        calling_convention_version=calling_convention_version,
        module_kept_var_idx=tuple(range(n_in)),
        uses_global_constants=bool(platform_index or symbolic),
        _get_vjp=None,
    )
    fields = dataclasses.fields(jax_export.Exported)
    unknown = [f.name for f in fields if f.name not in values
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if unknown:
        raise ArtifactError(
            f"jax {jax.__version__} describes an export with fields {unknown} that torchtpu_aot does not know, so it "
            f"cannot call artifacts with it. Install a jax release torchtpu_aot is tested with ({', '.join(TESTED)}; "
            "`pip install 'jax==0.12.1' 'jaxlib==0.12.1'`), or upgrade torchtpu_aot.")
    return jax_export.Exported(**{f.name: values[f.name] for f in fields if f.name in values})


DIM_SOURCES_ATTR = "torchtpu.dim_sources"
_composite_installed = False


def install_composite_lowering() -> None:
    """Lower ``jax.lax.composite`` so that it verifies in multi-platform and shape-polymorphic exports.

    Its decomposition function is lowered the way JAX lowers every called function, taking the platform index and
    the dimension variables first; here the ``stablehlo.composite`` op passes them (JAX's own lowering, as of
    0.10.2, forgets to), and records as ``torchtpu.dim_sources`` where each dimension variable can be read from:
    ``{name: [decomposition argument, axis]}``. ``mlir_module.finish_composites`` then takes them out again, so the
    composite's operands are the op's own. Installed when exporting only, once.
    """
    global _composite_installed
    if _composite_installed:
        return
    from jax._src.lax import lax as _lax

    def lowering(ctx, *args, name, attributes, version, jaxpr):
        consts = _core.jaxpr_const_args(jaxpr.jaxpr)
        const_avals = [aval for _, aval in consts]
        const_values = tuple(_mlir.ir_constants(c, const_lowering=ctx.const_lowering, aval=aval) for c, aval in consts)
        func_op, _, _ = _mlir.lower_called_computation(name, jaxpr, ctx.module_context, len(consts),
                                                       (*const_avals, *ctx.avals_in), ctx.avals_out, ctx.tokens_in)
        composite_attrs = {}
        for key, leaves, treedef in attributes:
            value = treedef.unflatten(leaves)
            if value is not None:
                composite_attrs[key] = _mlir.ir_attribute(value)
        globals_ = tuple(ctx.dim_var_values)
        operands, _ = _mlir.ir_tree_registry.flatten((*globals_, *const_values, *args))
        op = stablehlo.CompositeOp(func_op.type.results, operands, name=ir.StringAttr.get(name),
                                   decomposition=ir.FlatSymbolRefAttr.get(func_op.name.value),
                                   composite_attributes=ir.DictAttr.get(composite_attrs),
                                   version=_mlir.i32_attr(version))
        if globals_:
            first = len(globals_) + len(consts)
            sources = {}
            for index, aval in enumerate(ctx.avals_in):
                for axis, dim in enumerate(aval.shape):
                    if not isinstance(dim, int):
                        where = np.array([first + index, axis], np.int64)
                        sources.setdefault(str(dim), ir.DenseIntElementsAttr.get(where))
            op.operation.attributes[DIM_SOURCES_ATTR] = ir.DictAttr.get(
                {n: sources[n] for n in ctx.module_context.shape_poly_state.dim_vars if n in sources})
        return op.results

    _mlir.register_lowering(_lax.composite_p, lowering)
    _composite_installed = True
